"""Message boxes the program shows; one object per window so tests can answer them."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class Prompts:
    """Questions and messages; callers pass texts already translated.

    Subclasses add the file choosers and questions of their area.

    Attributes:
        destructive: Whether ``confirm`` guards a destructive action (warning icon and a
            destructive accept button) rather than an ordinary change.
    """

    destructive = False

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def confirm(self, title: str, text: str, action: str) -> bool:
        """Ask before an action; ``action`` labels the accepting button, Cancel is default."""
        icon = QMessageBox.Icon.Warning if self.destructive else QMessageBox.Icon.Question
        role = (
            QMessageBox.ButtonRole.DestructiveRole
            if self.destructive
            else QMessageBox.ButtonRole.AcceptRole
        )
        box = QMessageBox(icon, title, text, parent=self._parent)
        accept = box.addButton(action, role)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is accept

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self._parent, title, text)

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self._parent, title, text)
