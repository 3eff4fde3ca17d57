"""The questions and file choosers of the spreadsheet features, in one object tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from asiakasrekisteri.ui.prompts import Prompts as BasePrompts

SPREADSHEET_SUFFIXES: tuple[str, ...] = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
"""What the import accepts from the file chooser and from drops on the window."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpreadsheetPrompts", text)


def documents_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


class Prompts(BasePrompts):
    """Message boxes and file dialogs; callers pass texts already translated.

    Attributes:
        last_dir: Where the next file dialog opens.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.last_dir = documents_dir()

    def info(self, title: str, text: str) -> None:
        self.inform(title, text)

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
