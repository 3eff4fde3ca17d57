"""Form rows with a labelled editor and the error line under it."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

ERROR_COLOR = "#c62828"


def error_label(object_name: str) -> QLabel:
    """A red, word-wrapped, initially hidden message line."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setProperty("fieldError", True)
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    label.setWordWrap(True)
    label.hide()
    return label


def add_field_row(form: QFormLayout, name: str, title: str, editor: QWidget) -> QLabel:
    """Add ``title`` (with its mnemonic) and ``editor`` to ``form``; return the error line.

    The editor is named ``<name>Edit`` and the error line ``<name>Error`` so that tests
    and screenshots find them; the title without ``&`` is the editor's accessible name.
    """
    editor.setObjectName(f"{name}Edit")
    editor.setAccessibleName(title.replace("&", ""))
    label = QLabel(title)
    label.setBuddy(editor)
    error = error_label(f"{name}Error")
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(editor)
    column.addWidget(error)
    form.addRow(label, column)
    return error
