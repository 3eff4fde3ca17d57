"""Step 1 of the import: the file, its sheet, and what becomes of unknown columns."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.services.spreadsheets import ImportPlan, UnknownColumns
from asiakasrekisteri.ui.spreadsheets.import_wizard.page import ImportPage
from asiakasrekisteri.ui.spreadsheets.import_wizard.state import ImportState


class FilePage(ImportPage):
    """The chosen file, its sheets, and what the analysis found on the sheet read.

    Signals:
        chooseRequested(): The user wants to choose another file.
        analyseRequested(object): Read the file again, on the sheet named (a str), or on
            the sheet read last time (None).
    """

    chooseRequested = Signal()
    analyseRequested = Signal(object)

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.setObjectName("importFilePage")
        self._filling = False  # the sheet list is being refilled, not chosen from
        self._status: Callable[[], str] = lambda: ""
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPathEdit")
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("chooseFileButton")
        self.choose_button.clicked.connect(self.chooseRequested)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)
        self.file_label = QLabel()
        self.file_label.setBuddy(self.path_edit)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_chosen)
        self.sheet_label = QLabel()
        self.sheet_label.setBuddy(self.sheet_combo)
        self.custom_check = QCheckBox()
        self.custom_check.setObjectName("keepUnknownCheck")
        self.custom_check.setChecked(True)
        self.custom_check.toggled.connect(lambda _on: self.analyseRequested.emit(None))
        form = QFormLayout()
        form.addRow(self.file_label, path_row)
        form.addRow(self.sheet_label, self.sheet_combo)
        form.addRow("", self.custom_check)
        self.file_status = QLabel()
        self.file_status.setObjectName("fileStatus")
        self.file_status.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.file_status)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button.setText(self.tr("C&hoose file…"))
        self.file_label.setText(self.tr("&File:"))
        self.sheet_label.setText(self.tr("&Sheet:"))
        self.custom_check.setText(self.tr("&Keep unknown columns as custom fields"))
        self.custom_check.setToolTip(
            self.tr("When unticked, columns the program does not recognise are ignored.")
        )
        self.hint.setText(
            self.tr(
                "Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) and CSV files can be read. "
                "The header row may sit below a title and blank rows; Finnish, Swedish and "
                "English column names are recognised. Nothing is saved before the last step."
            )
        )
        self.file_status.setText(self._status())

    def title(self) -> str:
        return self.tr("Choose the file")

    def is_complete(self) -> bool:
        return self.state.plan is not None

    def set_busy(self, busy: bool) -> None:
        """No other file may be chosen while one is being read."""
        self.choose_button.setEnabled(not busy)

    def unknown_columns(self) -> UnknownColumns:
        """What the user wants done with columns the program does not recognise."""
        return UnknownColumns.CUSTOM if self.custom_check.isChecked() else UnknownColumns.IGNORE

    def show_path(self, path: Path) -> None:
        """A new file: its sheets are not known until it has been read."""
        self.path_edit.setText(str(path))
        self._fill_sheets([], "")

    def show_reading(self, path: Path) -> None:
        self._show_status(lambda: self.tr("Reading {file}…").format(file=path.name))

    def show_analysis(self, plan: ImportPlan) -> None:
        """The sheets of the file read, and what was found on the one read."""
        self._fill_sheets(list(plan.sheets), plan.sheet)
        self._show_status(lambda: self._analysis_text(plan))

    def show_unreadable(self) -> None:
        self._show_status(lambda: self.tr("Choose another file."))

    def _fill_sheets(self, sheets: list[str], current: str) -> None:
        self._filling = True
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        self.sheet_combo.setCurrentText(current)
        self.sheet_combo.setEnabled(len(sheets) > 1)
        self._filling = False

    def _sheet_chosen(self, _index: int) -> None:
        if not self._filling:
            self.analyseRequested.emit(self.sheet_combo.currentText() or None)

    def _show_status(self, text: Callable[[], str]) -> None:
        # Kept as a function of the language, so a language change can say it again.
        self._status = text
        self.file_status.setText(text())

    def _analysis_text(self, plan: ImportPlan) -> str:
        status = self.tr(
            "Sheet “{sheet}” ({format}): the column names are on row {row}; "
            "{count} rows of customers follow."
        ).format(
            sheet=plan.sheet,
            format=plan.file_format.upper(),
            row=plan.header_row,
            count=QLocale().toString(len(plan.rows)),
        )
        # An exported register has every contact and office on sheets of their own: say
        # which sheets come in with the customers and which are not read at all.
        if plan.contact_sheet:
            status += " " + self.tr(
                "Contact persons from sheet “{sheet}” (%n row(s)) are imported too.",
                "",
                len(plan.contact_rows),
            ).format(sheet=plan.contact_sheet)
        if plan.office_sheet:
            status += " " + self.tr(
                "Offices from sheet “{sheet}” (%n row(s)) are imported too.",
                "",
                len(plan.office_rows),
            ).format(sheet=plan.office_sheet)
        others = plan.unread_sheets
        if others and (plan.contact_sheet or plan.office_sheet):
            status += " " + self.tr("The file's other sheets ({sheets}) are not read.").format(
                sheets=", ".join(others)
            )
        elif others:
            status += " " + self.tr(
                "Only this sheet is imported; the file's other sheets ({sheets}) are not read."
            ).format(sheets=", ".join(others))
        return status
