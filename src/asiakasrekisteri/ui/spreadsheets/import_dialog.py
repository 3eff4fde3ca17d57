"""The import dialog (issue 3, item 2): file, columns, duplicates, problems, progress, summary.

Every step that reads or writes the register runs in a :class:`Worker`: the analysis of the
file, the new plan after each mapping change (``remap``), and the import itself, which the
Cancel button stops between chunks through the service's ``cancel`` callback; the service
then rolls the whole transaction back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from decimal import Decimal
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.customer import CustomerData
from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.services import excel_headers as headers
from asiakasrekisteri.services.excel_import import (
    ColumnMapping,
    DuplicateAction,
    DuplicateGroup,
    ExcelImportService,
    ImportCancelled,
    ImportPlan,
    ImportResult,
    PlannedRow,
    Reason,
    RowIssue,
    Severity,
    UnknownColumns,
)
from asiakasrekisteri.ui.i18n import error_text, message_template
from asiakasrekisteri.ui.spreadsheets.prompts import Prompts
from asiakasrekisteri.ui.spreadsheets.tables import TextRowsModel, Tone
from asiakasrekisteri.ui.spreadsheets.workers import Worker

PREVIEW_ROWS = 20
_CARD_ORDER = [f.name for f in fields(CustomerData) if f.name != "custom_fields"]
TARGETS_CONTEXT = "ImportTargets"


class Page(IntEnum):
    FILE = 0
    COLUMNS = 1
    DUPLICATES = 2
    PROBLEMS = 3
    PROGRESS = 4
    SUMMARY = 5


class _State(StrEnum):
    IDLE = "idle"
    ANALYSING = "analysing"
    APPLYING = "applying"
    CANCELLING = "cancelling"
    CANCELLED = "cancelled"
    FAILED = "failed"
    DONE = "done"


def target_text(target: str) -> str:
    """A column's target in the UI language (labels come from ``excel_headers``)."""
    if target.startswith(headers.CUSTOM_PREFIX):
        return QCoreApplication.translate("ImportDialog", "Custom field “{name}”").format(
            name=target[len(headers.CUSTOM_PREFIX) :]
        )
    if not target:
        return QCoreApplication.translate("ImportDialog", "Ignore")
    return QCoreApplication.translate(TARGETS_CONTEXT, headers.target_label(target))


def reason_text(reason: Reason) -> str:
    """A reason of the import (or its undo) in the UI language, values filled in."""
    return reason.render(message_template)


def issue_reason(issue: RowIssue) -> str:
    """Why a value or a row was changed or left out, in the UI language."""
    return reason_text(issue.message)


def _value_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ImportDialog", "Yes")
            if value
            else QCoreApplication.translate("ImportDialog", "No")
        )
    if isinstance(value, CustomerType):
        return (
            QCoreApplication.translate("ImportDialog", "Company")
            if value is CustomerType.COMPANY
            else QCoreApplication.translate("ImportDialog", "Private person")
        )
    if isinstance(value, StrEnum):
        return str(value.value)
    if isinstance(value, Decimal):
        return f"{value.normalize():f}".replace(".", QLocale().decimalPoint())
    return str(value)


class ImportDialog(QDialog):
    """Import customers from a spreadsheet, step by step.

    Args:
        service: The import service.
        path: The file to start with (a drop or the File menu's chooser), or None.

    Attributes:
        prompts: Message boxes and file choosers (tests replace it).
        before_import: Called just before the import starts (the window's backup);
            returning False stops it.
        pages: The six steps.
        plan: The plan as it will be applied (after the user's mapping), or None.
        import_result: What the import did, once it has run.

    Signals:
        imported(object): The import finished; carries the ImportResult.
    """

    imported = Signal(object)

    def __init__(
        self,
        service: ExcelImportService,
        path: Path | None = None,
        parent: QWidget | None = None,
        *,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import customers from a spreadsheet"))
        self.resize(1000, 680)
        self.service = service
        self.prompts = prompts or Prompts(self)
        self.before_import: Callable[[], bool] | None = None
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self._base: ImportPlan | None = None  # from analyse; remap always starts here
        self._overrides: dict[int, str] = {}
        self._choices: dict[str, DuplicateAction] = {}
        self._state = _State.IDLE
        self._busy = 0
        self._generation = 0  # stale analyse/remap results are dropped
        self._apply_worker: Worker | None = None
        self._jobs: dict[
            Worker, tuple[int, Callable[[Any], None], Callable[[Exception], None]]
        ] = {}
        self._filling = False

        self.title_label = QLabel()
        self.title_label.setObjectName("importStepTitle")
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.step_label = QLabel()
        self.step_label.setObjectName("importStepCount")
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.step_label)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_file_page())
        self.pages.addWidget(self._build_columns_page())
        self.pages.addWidget(self._build_duplicates_page())
        self.pages.addWidget(self._build_problems_page())
        self.pages.addWidget(self._build_progress_page())
        self.pages.addWidget(self._build_summary_page())

        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.setObjectName("backButton")
        self.next_button = QPushButton(self.tr("&Next >"))
        self.next_button.setObjectName("nextButton")
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setObjectName("closeButton")
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._show_page(Page.FILE)
        if path is not None:
            self.set_path(path)

    # --- page 1: file and sheet ---------------------------------------------------------

    def _build_file_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("importFilePage")
        form = QFormLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPathEdit")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("C&hoose file…"))
        self.choose_button.setObjectName("chooseFileButton")
        self.choose_button.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)
        form.addRow(self.tr("&File:"), path_row)
        label = form.labelForField(path_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.path_edit)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_chosen)
        form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        self.custom_check = QCheckBox(self.tr("&Keep unknown columns as custom fields"))
        self.custom_check.setObjectName("keepUnknownCheck")
        self.custom_check.setChecked(True)
        self.custom_check.setToolTip(
            self.tr("When unticked, columns the program does not recognise are ignored.")
        )
        self.custom_check.toggled.connect(lambda _on: self._analyse())
        form.addRow("", self.custom_check)
        self.file_status = QLabel()
        self.file_status.setObjectName("fileStatus")
        self.file_status.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) and CSV files can be read. "
                "The header row may sit below a title and blank rows; Finnish, Swedish and "
                "English column names are recognised. Nothing is saved before the last step."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.file_status)
        layout.addStretch(1)
        layout.addWidget(hint)
        return page

    def choose_file(self) -> None:
        path = self.prompts.open_spreadsheet(self.tr("Import customers from a spreadsheet"))
        if path is not None:
            self.set_path(path)

    def set_path(self, path: Path) -> None:
        """Read ``path`` and plan the import (in a worker)."""
        self.path = path
        self.path_edit.setText(str(path))
        self._filling = True
        self.sheet_combo.clear()
        self.sheet_combo.setEnabled(False)
        self._filling = False
        self._analyse()

    def _sheet_chosen(self, _index: int) -> None:
        if not self._filling:
            self._analyse(self.sheet_combo.currentText() or None)

    def _analyse(self, sheet: str | None = None) -> None:
        if self.path is None:
            return
        path = self.path
        unknown = UnknownColumns.CUSTOM if self.custom_check.isChecked() else UnknownColumns.IGNORE
        if sheet is None and self.plan is not None and self.plan.path == path:
            sheet = self.plan.sheet
        self.file_status.setText(self.tr("Reading {file}…").format(file=path.name))
        service = self.service
        self._run(
            lambda _p, _c: service.analyse(path, sheet, unknown_columns=unknown),
            self._analysed,
            self._analyse_failed,
        )

    def _analysed(self, plan: ImportPlan) -> None:
        self._base = plan
        self._overrides = {}
        self._choices = {}
        self._set_plan(plan)
        self._filling = True
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(plan.sheets))
        self.sheet_combo.setCurrentText(plan.sheet)
        self.sheet_combo.setEnabled(len(plan.sheets) > 1)
        self._filling = False
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
        self.file_status.setText(status)

    def _analyse_failed(self, exc: Exception) -> None:
        self._base = None
        self.plan = None
        self.file_status.setText(self.tr("Choose another file."))
        self._fatal(exc)

    def _fatal(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            text = error_text(exc)
        elif isinstance(exc, OSError):
            text = self.tr("The file cannot be read: {reason}").format(
                reason=exc.strerror or str(exc)
            )
        else:
            raise exc
        self.prompts.warn(self.tr("Cannot import the file"), text)

    # --- page 2: columns and preview ---------------------------------------------------

    def _build_columns_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("importColumnsPage")
        intro = QLabel(
            self.tr(
                "Check where each column of the sheet goes. Change a choice to see the "
                "preview below change; unknown columns become custom fields or are ignored."
            )
        )
        intro.setWordWrap(True)
        self.mapping_table = QTableWidget(0, 5)
        self.mapping_table.setObjectName("mappingTable")
        self.mapping_table.setHorizontalHeaderLabels(
            [
                self.tr("Column"),
                self.tr("Header in the file"),
                self.tr("Sample values"),
                self.tr("Saved as"),
                self.tr("Match"),
            ]
        )
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        mapping_header = self.mapping_table.horizontalHeader()
        mapping_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 60), (1, 200), (3, 260), (4, 110)):
            self.mapping_table.setColumnWidth(column, width)
        self.columns_problem = QLabel()
        self.columns_problem.setObjectName("columnsProblem")
        self.columns_problem.setStyleSheet("color: #b00020; font-weight: bold;")
        self.columns_problem.setWordWrap(True)
        self.columns_problem.hide()
        self.preview_label = QLabel()
        self.preview_label.setObjectName("previewLabel")
        self.preview_model = TextRowsModel(parent=self)
        self.preview_view = QTableView()
        self.preview_view.setObjectName("previewView")
        self.preview_view.setModel(self.preview_model)
        self.preview_view.verticalHeader().setVisible(False)
        self.preview_view.setWordWrap(False)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(intro)
        top_layout.addWidget(self.mapping_table)
        top_layout.addWidget(self.columns_problem)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.preview_label)
        bottom_layout.addWidget(self.preview_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        return page

    def mapping_combo(self, index: int) -> QComboBox:
        """The "Saved as" choice of the sheet's column ``index`` (0-based)."""
        widget = self.mapping_table.cellWidget(index, 3)
        assert isinstance(widget, QComboBox)
        return widget

    def _custom_target(self, column: ColumnMapping) -> str:
        if column.target.startswith(headers.CUSTOM_PREFIX):
            return column.target
        return headers.CUSTOM_PREFIX + (column.header or f"Sarake {column.letter}")

    def _fill_mapping(self, plan: ImportPlan) -> None:
        self._filling = True
        table = self.mapping_table
        table.setRowCount(len(plan.columns))
        targets = headers.import_targets()
        for row, column in enumerate(plan.columns):
            table.setItem(row, 0, QTableWidgetItem(column.letter))
            table.setItem(row, 1, QTableWidgetItem(column.header))
            samples = QTableWidgetItem(" · ".join(column.samples))
            samples.setToolTip("\n".join(column.samples))
            table.setItem(row, 2, samples)
            combo = table.cellWidget(row, 3)
            if not isinstance(combo, QComboBox):
                combo = QComboBox()
                combo.setObjectName(f"mappingCombo{column.letter}")
                combo.setAccessibleName(
                    self.tr("Column {letter} is saved as").format(letter=column.letter)
                )
                combo.setMaxVisibleItems(20)
                combo.currentIndexChanged.connect(
                    lambda _i, index=column.index: self._mapping_chosen(index)
                )
                table.setCellWidget(row, 3, combo)
            combo.clear()
            for target, _label in targets:
                combo.addItem(target_text(target), target)
            combo.insertSeparator(combo.count())
            custom = self._custom_target(column)
            combo.addItem(target_text(custom), custom)
            combo.addItem(target_text(""), "")
            combo.setCurrentIndex(max(combo.findData(column.target), 0))
            table.setItem(row, 4, self._confidence_item(column))
        self._filling = False

    def _confidence_item(self, column: ColumnMapping) -> QTableWidgetItem:
        if not column.target:
            item = QTableWidgetItem(self.tr("Ignored"))
            item.setToolTip(self.tr("The column is not imported."))
            item.setForeground(Qt.GlobalColor.darkGray)
        elif column.target.startswith(headers.CUSTOM_PREFIX) and column.confidence == 0:
            item = QTableWidgetItem(self.tr("Not recognised"))
            item.setToolTip(self.tr("The header is not a known field; it becomes a custom field."))
            item.setBackground(_amber())
        elif column.confidence >= 1.0:
            item = QTableWidgetItem(self.tr("✓ Certain"))
            item.setToolTip(self.tr("The header is a known name of this field, or you chose it."))
        else:
            percent = round(column.confidence * 100)
            item = QTableWidgetItem(self.tr("≈ {percent} %").format(percent=percent))
            item.setToolTip(self.tr("The header is close to a known name; check the choice."))
            item.setBackground(_amber())
        return item

    def _mapping_chosen(self, index: int) -> None:
        if self._filling or self._base is None:
            return
        combo = self.mapping_combo(self._row_of_column(index))
        target = str(combo.currentData())
        if target in headers.TARGETS and target not in headers.MULTI_TARGETS:
            # A field takes one column: an earlier hand-made choice of it is undone.
            for other, chosen in list(self._overrides.items()):
                if chosen == target and other != index:
                    self._overrides[other] = ""
        self._overrides[index] = target
        base, overrides = self._base, dict(self._overrides)
        service = self.service
        self.preview_label.setText(self.tr("Updating the preview…"))
        self._run(
            lambda _p, _c: service.remap(base, overrides),
            self._set_plan,
            self._fatal,
        )

    def _row_of_column(self, index: int) -> int:
        assert self.plan is not None
        return next(r for r, c in enumerate(self.plan.columns) if c.index == index)

    def _set_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self._choices = {g.key: self._choices.get(g.key, g.proposed) for g in plan.duplicates}
        self._fill_mapping(plan)
        self._fill_preview(plan)
        self._fill_duplicates(plan)
        self._fill_problems()
        problems = " ".join(reason_text(p) for p in plan.problems)
        self.columns_problem.setText(problems)
        self.columns_problem.setVisible(bool(problems))
        self._update_buttons()

    def _fill_preview(self, plan: ImportPlan) -> None:
        rows = plan.preview(PREVIEW_ROWS)
        provided: set[str] = set()
        custom: list[str] = []
        contact = False
        for row in rows:
            provided |= row.provided
            if row.data is not None:
                custom += [n for n in row.data.custom_fields if n not in custom]
            contact = contact or row.contact is not None
        card = [n for n in _CARD_ORDER if n in provided and n not in ("customer_number", "name")]
        head = [self.tr("Row"), target_text("customer_number"), target_text("name")]
        head += [target_text(n) for n in card]
        if contact:
            head += [target_text(headers.CONTACT_NAME), target_text(headers.CONTACT_PHONE),
                     target_text(headers.CONTACT_EMAIL)]  # fmt: skip
        head += custom
        table: list[list[str]] = []
        tones: list[Tone] = []
        for row in rows:
            table.append(self._preview_cells(row, card, contact, custom))
            tones.append(Tone.ERROR if row.rejected else Tone.PLAIN)
        self.preview_model.set_rows(table, tones, head)
        self.preview_view.resizeColumnsToContents()
        self.preview_label.setText(
            self.tr("Preview: the first {shown} of {total} rows as they will be saved.").format(
                shown=len(rows), total=QLocale().toString(len(plan.rows))
            )
        )

    def _preview_cells(
        self, row: PlannedRow, card: list[str], contact: bool, custom: list[str]
    ) -> list[str]:
        data = row.data
        if data is None:
            errors = [issue_reason(i) for i in row.issues if i.severity is Severity.ERROR]
            return [str(row.row), "", " ".join(errors)]
        cells = [str(row.row), data.customer_number, data.name]
        cells += [_value_text(getattr(data, n)) for n in card]
        if contact:
            person = row.contact
            cells += [person.name, person.phone, person.email] if person else ["", "", ""]
        cells += [data.custom_fields.get(n, "") for n in custom]
        return cells

    # --- page 3: duplicates ------------------------------------------------------------

    def _build_duplicates_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("importDuplicatesPage")
        self.duplicates_intro = QLabel()
        self.duplicates_intro.setObjectName("duplicatesIntro")
        self.duplicates_intro.setWordWrap(True)
        self.duplicates_table = QTableWidget(0, 5)
        self.duplicates_table.setObjectName("duplicatesTable")
        self.duplicates_table.setHorizontalHeaderLabels(
            [
                self.tr("Rows"),
                self.tr("In the file"),
                self.tr("Looks like"),
                self.tr("Why"),
                self.tr("Action"),
            ]
        )
        self.duplicates_table.verticalHeader().setVisible(False)
        self.duplicates_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicates_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.duplicates_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 80), (3, 170), (4, 210)):
            self.duplicates_table.setColumnWidth(column, width)
        layout = QVBoxLayout(page)
        layout.addWidget(self.duplicates_intro)
        layout.addWidget(self.duplicates_table, 1)
        return page

    def duplicate_combo(self, key: str) -> QComboBox:
        """The action chosen for the duplicate group ``key``."""
        combo = self.duplicates_table.findChild(QComboBox, f"duplicateCombo:{key}")
        assert combo is not None, key
        return combo

    def _action_labels(self, group: DuplicateGroup) -> list[tuple[DuplicateAction, str]]:
        if group.in_register:
            return [
                (DuplicateAction.UPDATE, self.tr("Update the existing customer")),
                (DuplicateAction.SKIP, self.tr("Skip")),
                (DuplicateAction.NEW, self.tr("Import as new")),
            ]
        return [
            (DuplicateAction.UPDATE, self.tr("Update: merge into the first row")),
            (DuplicateAction.SKIP, self.tr("Skip the later rows")),
            (DuplicateAction.NEW, self.tr("Import each as new")),
        ]

    def _why(self, group: DuplicateGroup) -> str:
        if group.reason == "customer_number":
            return self.tr("Same customer number")
        if group.reason == "business_id":
            return self.tr("Same Y-tunnus")
        return self.tr("Similar name ({score} %)").format(score=group.score)

    def _fill_duplicates(self, plan: ImportPlan) -> None:
        table = self.duplicates_table
        names = {r.row: r.data.name for r in plan.rows if r.data is not None}
        table.setRowCount(0)
        table.setRowCount(len(plan.duplicates))
        for row, group in enumerate(plan.duplicates):
            rows_text = ", ".join(str(r) for r in group.rows)
            table.setItem(row, 0, QTableWidgetItem(rows_text))
            in_file = "; ".join(f"{r}: {names.get(r, '')}" for r in group.rows)
            table.setItem(row, 1, QTableWidgetItem(in_file))
            if group.existing is not None:
                like = self.tr("{number} {name} in the register").format(
                    number=group.existing.customer_number, name=group.existing.name
                )
            else:
                like = self.tr("Each other, within the file")
            table.setItem(row, 2, QTableWidgetItem(like))
            table.setItem(row, 3, QTableWidgetItem(self._why(group)))
            combo = QComboBox()
            combo.setObjectName(f"duplicateCombo:{group.key}")
            combo.setAccessibleName(self.tr("Action for rows {rows}").format(rows=rows_text))
            for action, label in self._action_labels(group):
                combo.addItem(label, action.value)
            combo.setCurrentIndex(combo.findData(self._choices[group.key].value))
            combo.currentIndexChanged.connect(
                lambda _i, key=group.key, box=combo: self._duplicate_chosen(key, box)
            )
            table.setCellWidget(row, 4, combo)
        if plan.duplicates:
            self.duplicates_intro.setText(
                self.tr(
                    "These rows look like customers already in the register, or like each "
                    "other. Choose for each group what the import does. A similar name alone "
                    "is imported as new unless you choose otherwise."
                )
            )
        else:
            self.duplicates_intro.setText(self.tr("No duplicates were found."))
        table.setVisible(bool(plan.duplicates))

    def _duplicate_chosen(self, key: str, combo: QComboBox) -> None:
        self._choices[key] = DuplicateAction(str(combo.currentData()))

    # --- page 4: problems --------------------------------------------------------------

    def _build_problems_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("importProblemsPage")
        self.problems_summary = QLabel()
        self.problems_summary.setObjectName("problemsSummary")
        self.problems_summary.setWordWrap(True)
        self.show_tidied_check = QCheckBox(self.tr("Show &tidied values too"))
        self.show_tidied_check.setObjectName("showTidiedCheck")
        self.show_tidied_check.toggled.connect(lambda _on: self._fill_problems())
        self.problems_model = TextRowsModel(
            [
                self.tr("Sheet"),
                self.tr("Row"),
                self.tr("Column"),
                self.tr("Value"),
                self.tr("Reason"),
                self.tr("Effect"),
            ],
            self,
        )
        self.problems_view = QTableView()
        self.problems_view.setObjectName("problemsView")
        self.problems_view.setModel(self.problems_model)
        self.problems_view.verticalHeader().setVisible(False)
        self.problems_view.setWordWrap(False)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch
        )
        for column, width in ((0, 100), (1, 50), (2, 140), (3, 140), (5, 120)):
            self.problems_view.setColumnWidth(column, width)
        self.report_button = QPushButton(self.tr("Save &report…"))
        self.report_button.setObjectName("saveReportButton")
        self.report_button.clicked.connect(self.save_report)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_tidied_check)
        bottom.addStretch(1)
        bottom.addWidget(self.report_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.problems_summary)
        layout.addWidget(self.problems_view, 1)
        layout.addLayout(bottom)
        return page

    def _effect(self, severity: Severity) -> str:
        if severity is Severity.ERROR:
            return self.tr("Row not imported")
        if severity is Severity.WARNING:
            return self.tr("Value left out")
        return self.tr("Changed")

    def _fill_problems(self) -> None:
        plan = self.plan
        if plan is None:
            return
        tidied = self.show_tidied_check.isChecked()
        shown = [i for i in plan.issues if tidied or i.severity is not Severity.INFO]
        tone = {Severity.ERROR: Tone.ERROR, Severity.WARNING: Tone.WARNING,
                Severity.INFO: Tone.MUTED}  # fmt: skip
        self.problems_model.set_rows(
            [
                (i.sheet, str(i.row), i.column, i.value, issue_reason(i), self._effect(i.severity))
                for i in shown
            ],
            [tone[i.severity] for i in shown],
        )
        left_out = sum(1 for i in plan.issues if i.severity is Severity.WARNING)
        parts = [
            self.tr("%n row(s) can be imported.", "", plan.accepted_count),
            self.tr("%n row(s) cannot be imported.", "", plan.rejected_count),
        ]
        if plan.child_rejected_count:
            parts.append(
                self.tr(
                    "%n row(s) of contact persons or offices cannot be imported.",
                    "",
                    plan.child_rejected_count,
                )
            )
        parts.append(self.tr("%n value(s) are left out.", "", left_out))
        if not shown:
            parts.append(self.tr("No problems were found."))
        parts.append(self.tr("Nothing is saved until you press Import."))
        text = " ".join(parts)
        self.problems_summary.setText(text)

    def save_report(self) -> None:
        """Write the rows and reasons (and, after the import, what happened) to an .xlsx."""
        if self.plan is None:
            return
        stem = self.plan.path.stem
        path = self.prompts.save_workbook(
            self.tr("Save import report"), self.tr("{name} - import report.xlsx").format(name=stem)
        )
        if path is None:
            return
        try:
            self.service.write_report(path, self.plan, self.import_result)
        except OSError as exc:
            self.prompts.warn(
                self.tr("Save import report"),
                self.tr(
                    "The report could not be written to {path}: {reason}. If the file is "
                    "open in Excel, close it and try again."
                ).format(path=path, reason=exc.strerror or str(exc)),
            )

    # --- page 5: progress --------------------------------------------------------------

    def _build_progress_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("importProgressPage")
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("importProgress")
        self.progress_message = QLabel()
        self.progress_message.setObjectName("progressMessage")
        self.progress_message.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_message)
        layout.addStretch(2)
        return page

    def start_import(self) -> None:
        """Run the import in a worker; Cancel stops it and rolls everything back."""
        plan = self.plan
        if plan is None or self._busy or self._state is _State.APPLYING:
            return
        if self.before_import is not None and not self.before_import():
            return
        self.import_result = None
        self._state = _State.APPLYING
        self.progress_bar.setRange(0, 0)
        self.progress_label.setText(
            self.tr("Saving the customers of {file}…").format(file=plan.path.name)
        )
        self.progress_message.setText(
            self.tr("Cancel stops the import; then nothing is changed in the register.")
        )
        self._show_page(Page.PROGRESS)
        service, choices = self.service, dict(self._choices)
        worker = Worker(
            lambda progress, cancel: service.apply(
                plan, duplicate_choices=choices, progress=progress, cancel=cancel
            ),
            cancelled_by=(ImportCancelled,),
        )
        worker.progressed.connect(self._import_progress)
        worker.succeeded.connect(self._import_done)
        worker.failed.connect(self._import_failed)
        worker.cancelled.connect(self._import_cancelled)
        self._apply_worker = worker.start_job()

    def cancel_import(self) -> None:
        """Ask the running import to stop; the service rolls it back."""
        if self._apply_worker is None or self._state is not _State.APPLYING:
            return
        self._state = _State.CANCELLING
        self._apply_worker.cancel()
        self.progress_message.setText(self.tr("Cancelling…"))
        self._update_buttons()

    def _import_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        if self._state is _State.APPLYING:
            locale = QLocale()
            self.progress_label.setText(
                self.tr("Saved {done} of {total} customers…").format(
                    done=locale.toString(done), total=locale.toString(total)
                )
            )

    def _import_done(self, result: ImportResult) -> None:
        self._apply_worker = None
        self._state = _State.DONE
        self.import_result = result
        self._fill_summary(result)
        self._show_page(Page.SUMMARY)
        self.imported.emit(result)

    def _import_cancelled(self) -> None:
        self._apply_worker = None
        self._state = _State.CANCELLED
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.progress_label.setText(self.tr("The import was cancelled."))
        self.progress_message.setText(
            self.tr("Nothing was changed in the register. You can go back and import again.")
        )
        self._update_buttons()

    def _import_failed(self, exc: Exception) -> None:
        self._apply_worker = None
        self._state = _State.FAILED
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.progress_label.setText(self.tr("The import failed."))
        if isinstance(exc, ValidationError):
            reason = error_text(exc)
        elif isinstance(exc, OSError):
            reason = exc.strerror or str(exc)
        else:
            self._update_buttons()
            raise exc
        self.progress_message.setText(
            self.tr("Nothing was changed in the register. {reason}").format(reason=reason)
        )
        self._update_buttons()

    # --- page 6: summary ---------------------------------------------------------------

    def _build_summary_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("importSummaryPage")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        font = QFont(self.summary_label.font())
        font.setBold(True)
        self.summary_label.setFont(font)
        self.summary_label.setWordWrap(True)
        self.summary_note = QLabel()
        self.summary_note.setWordWrap(True)
        self.skipped_model = TextRowsModel(
            [self.tr("Row"), self.tr("Customer number"), self.tr("Name"), self.tr("Reason")],
            self,
        )
        self.skipped_view = QTableView()
        self.skipped_view.setObjectName("skippedView")
        self.skipped_view.setModel(self.skipped_model)
        self.skipped_view.verticalHeader().setVisible(False)
        self.skipped_view.setWordWrap(False)
        self.skipped_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.summary_report_button = QPushButton(self.tr("Save &report…"))
        self.summary_report_button.setObjectName("summaryReportButton")
        self.summary_report_button.clicked.connect(self.save_report)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.summary_report_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.summary_note)
        layout.addWidget(QLabel(self.tr("Skipped rows:")))
        layout.addWidget(self.skipped_view, 1)
        layout.addLayout(bottom)
        return page

    def summary_text(self, result: ImportResult) -> str:
        locale = QLocale()
        text = self.tr("Created {created}, updated {updated}, skipped {skipped}.").format(
            created=locale.toString(len(result.created)),
            updated=locale.toString(len(result.updated)),
            skipped=locale.toString(len(result.skipped)),
        )
        for counts, template in (
            (
                result.contacts,
                self.tr(
                    "Contact persons: {added} added, {updated} updated, {skipped} not imported."
                ),
            ),
            (
                result.offices,
                self.tr("Offices: {added} added, {updated} updated, {skipped} not imported."),
            ),
        ):
            if counts is not None:
                text += " " + template.format(
                    added=locale.toString(counts.added),
                    updated=locale.toString(counts.updated),
                    skipped=locale.toString(counts.skipped),
                )
        return text

    def _fill_summary(self, result: ImportResult) -> None:
        self.summary_label.setText(self.tr("Import finished.") + " " + self.summary_text(result))
        self.summary_note.setText(
            self.tr(
                "The import can be undone under Edit › Undo import…; customers you edit "
                "after this are left as they are."
            )
        )
        self.skipped_model.set_rows(
            [
                (str(o.row), o.customer_number, o.name,
                 "; ".join(reason_text(m) for m in o.messages))
                for o in result.skipped
            ]
        )  # fmt: skip
        self.skipped_view.resizeColumnsToContents()

    # --- navigation --------------------------------------------------------------------

    # Marked for lupdate, which cannot see a text that reaches tr() through a variable.
    _TITLES = (
        QT_TRANSLATE_NOOP("ImportDialog", "Choose the file"),
        QT_TRANSLATE_NOOP("ImportDialog", "Check the columns"),
        QT_TRANSLATE_NOOP("ImportDialog", "Duplicates"),
        QT_TRANSLATE_NOOP("ImportDialog", "Problems found"),
        QT_TRANSLATE_NOOP("ImportDialog", "Importing"),
        QT_TRANSLATE_NOOP("ImportDialog", "Done"),
    )

    def _show_page(self, page: Page) -> None:
        self.pages.setCurrentIndex(page)
        self.title_label.setText(
            QCoreApplication.translate("ImportDialog", str(self._TITLES[page]))
        )
        self.step_label.setText(
            self.tr("Step {step} of {count}").format(step=page + 1, count=len(Page))
        )
        self._update_buttons()

    def current_page(self) -> Page:
        return Page(self.pages.currentIndex())

    def go_next(self) -> None:
        page = self.current_page()
        if not self.next_button.isEnabled():
            return
        if page is Page.PROBLEMS:
            self.start_import()
        elif page < Page.PROBLEMS:
            self._show_page(Page(page + 1))

    def go_back(self) -> None:
        page = self.current_page()
        if page is Page.PROGRESS and self._state in (_State.CANCELLED, _State.FAILED):
            self._state = _State.IDLE
            self._show_page(Page.PROBLEMS)
        elif Page.FILE < page <= Page.PROBLEMS:
            self._show_page(Page(page - 1))

    def _update_buttons(self) -> None:
        page = self.current_page()
        busy = self._busy > 0
        ready = self.plan is not None and not busy
        running = self._state in (_State.APPLYING, _State.CANCELLING)
        stopped = self._state in (_State.CANCELLED, _State.FAILED)
        if page is Page.FILE:
            can_next = ready
        elif page is Page.COLUMNS:
            can_next = ready and self.plan is not None and not self.plan.problems
        elif page is Page.DUPLICATES:
            can_next = ready
        elif page is Page.PROBLEMS:
            can_next = ready and self.plan is not None and self.plan.accepted_count > 0
        else:
            can_next = False
        self.next_button.setText(
            self.tr("&Import") if page is Page.PROBLEMS else self.tr("&Next >")
        )
        self.next_button.setEnabled(can_next)
        self.next_button.setVisible(page <= Page.PROBLEMS)
        self.back_button.setVisible(page <= Page.PROGRESS)
        self.back_button.setEnabled(
            (Page.FILE < page <= Page.PROBLEMS and not busy) or (page is Page.PROGRESS and stopped)
        )
        self.cancel_button.setText(self.tr("Cancel import") if running else self.tr("Cancel"))
        self.cancel_button.setVisible(page <= Page.PROBLEMS or running)
        self.cancel_button.setEnabled(self._state is not _State.CANCELLING)
        self.close_button.setVisible(page is Page.SUMMARY or (page is Page.PROGRESS and stopped))
        self.choose_button.setEnabled(not busy)
        self.mapping_table.setEnabled(not busy)
        if page is Page.SUMMARY:
            self.close_button.setDefault(True)

    # --- workers -----------------------------------------------------------------------

    def is_busy(self) -> bool:
        """Whether an analysis, a new preview or the import is running."""
        return self._busy > 0 or self._apply_worker is not None

    def _run(
        self,
        job: Any,
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """Run an analyse/remap job; only the newest job's result is used."""
        self._generation += 1
        self._busy += 1
        worker = Worker(job)
        self._jobs[worker] = (self._generation, done, failed)
        # Bound methods of the dialog: queued to the GUI thread, dropped once it is deleted.
        worker.succeeded.connect(self._job_succeeded)
        worker.failed.connect(self._job_failed)
        self._update_buttons()
        worker.start_job()

    def _finish_job(self) -> tuple[Callable[[Any], None], Callable[[Exception], None]] | None:
        worker = self.sender()
        entry = self._jobs.pop(worker, None) if isinstance(worker, Worker) else None
        if entry is None:  # pragma: no cover - only workers are connected
            return None
        self._busy -= 1
        self._update_buttons()
        generation, done, failed = entry
        return (done, failed) if generation == self._generation else None

    def _job_succeeded(self, value: object) -> None:
        handlers = self._finish_job()
        if handlers is not None:
            handlers[0](value)

    def _job_failed(self, exc: Exception) -> None:
        handlers = self._finish_job()
        if handlers is not None:
            handlers[1](exc)

    def reject(self) -> None:
        """Cancel during the import stops the import instead of closing the dialog."""
        if self._state in (_State.APPLYING, _State.CANCELLING):
            self.cancel_import()
            return
        self._generation += 1  # late results of a running analysis are dropped
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._state in (_State.APPLYING, _State.CANCELLING):
            self.cancel_import()
            event.ignore()
            return
        super().closeEvent(event)


def _amber() -> QColor:
    return QColor("#fff4d6")
