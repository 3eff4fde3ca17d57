"""Form rows with a labelled editor and the error line under it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

ERROR_COLOR = "#c62828"
# The same red lightened for dark palettes, where the dark red reads at about 2:1.
ERROR_COLOR_ON_DARK = "#ff8a80"


def error_color() -> str:
    """The red of errors and overdue amounts that reads on the palette in use now."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return ERROR_COLOR_ON_DARK if window.lightness() < 128 else ERROR_COLOR


def error_label(object_name: str) -> QLabel:
    """A red, word-wrapped, initially hidden message line."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setProperty("fieldError", True)
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    label.setWordWrap(True)
    label.hide()
    return label


@dataclass(frozen=True)
class FieldRow:
    """One row of a form: its title, its editor and the error line under the editor."""

    label: QLabel
    editor: QWidget
    error: QLabel

    def set_title(self, title: str) -> None:
        """Show ``title`` (with its ``&`` mnemonic); without ``&`` it names the editor."""
        self.label.setText(title)
        self.editor.setAccessibleName(title.replace("&", ""))


def add_field_row(form: QFormLayout, name: str, editor: QWidget) -> FieldRow:
    """Add a title and ``editor`` to ``form``; the owner sets the title (:meth:`set_title`).

    The editor is named ``<name>Edit`` and the error line ``<name>Error`` so that tests
    and screenshots find them.
    """
    editor.setObjectName(f"{name}Edit")
    label = QLabel()
    label.setBuddy(editor)
    error = error_label(f"{name}Error")
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(editor)
    column.addWidget(error)
    form.addRow(label, column)
    return FieldRow(label, editor, error)
