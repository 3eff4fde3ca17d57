"""The questions and file choosers of the spreadsheet features, in one object tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

SPREADSHEET_SUFFIXES: tuple[str, ...] = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
"""What the import accepts from the file chooser and from drops on the window."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpreadsheetPrompts", text)


def documents_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


class Prompts:
    """Message boxes and file dialogs; callers pass texts already translated.

    Attributes:
        last_dir: Where the next file dialog opens.
    """

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self.last_dir = documents_dir()

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self._parent, title, text)

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self._parent, title, text)

    def confirm(self, title: str, text: str, action: str) -> bool:
        """Ask before a change; ``action`` labels the accepting button."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self._parent)
        accept = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is accept

    def open_spreadsheet(self, title: str) -> Path | None:
        patterns = " ".join(f"*{s}" for s in SPREADSHEET_SUFFIXES)
        name, _ = QFileDialog.getOpenFileName(
            self._parent,
            title,
            str(self.last_dir),
            QCoreApplication.translate(
                "SpreadsheetPrompts", "Spreadsheets ({patterns});;All files (*)"
            ).format(patterns=patterns),
        )
        if not name:
            return None
        self.last_dir = Path(name).parent
        return Path(name)

    def save_workbook(self, title: str, suggested_name: str) -> Path | None:
        """An .xlsx path to write; the suffix is added when the user left it out."""
        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            title,
            str(self.last_dir / suggested_name),
            QCoreApplication.translate("SpreadsheetPrompts", "Excel workbook (*.xlsx)"),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self.last_dir = path.parent
        return path
