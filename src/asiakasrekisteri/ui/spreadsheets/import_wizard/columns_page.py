"""Step 2 of the import: where each column goes, with a preview of the rows as saved."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.customer import CustomerData
from asiakasrekisteri.services.spreadsheets import (
    ColumnMapping,
    ImportPlan,
    PlannedRow,
    Severity,
    headers,
)
from asiakasrekisteri.ui.spreadsheets.import_wizard.page import ImportPage
from asiakasrekisteri.ui.spreadsheets.import_wizard.state import ImportState
from asiakasrekisteri.ui.spreadsheets.import_wizard.texts import (
    issue_reason,
    reason_text,
    target_text,
    value_text,
)
from asiakasrekisteri.ui.spreadsheets.tables import TextRowsModel, Tone, rows_view, tone_background
from asiakasrekisteri.ui.widgets.form_rows import error_color, follow_palette

PREVIEW_ROWS = 20
_CARD_ORDER = [f.name for f in fields(CustomerData) if f.name != "custom_fields"]
_SAVED_AS = 3  # the column of the mapping table that holds each column's choice


class ColumnsPage(ImportPage):
    """The sheet's columns with the field each is saved as, and the first rows as saved.

    Signals:
        remapRequested(): The user changed a column's target (``state.overrides``); the
            plan must be made again.
    """

    remapRequested = Signal()

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.setObjectName("importColumnsPage")
        self._filling = False  # the choices are being refilled, not chosen
        self._updating = False  # a new plan has been asked for and has not come yet
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.mapping_table = QTableWidget(0, 5)
        self.mapping_table.setObjectName("mappingTable")
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        mapping_header = self.mapping_table.horizontalHeader()
        mapping_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 60), (1, 200), (_SAVED_AS, 260), (4, 110)):
            self.mapping_table.setColumnWidth(column, width)
        self.columns_problem = QLabel()
        self.columns_problem.setObjectName("columnsProblem")
        follow_palette(self.columns_problem, lambda: f"color: {error_color()}; font-weight: bold;")
        self.columns_problem.setWordWrap(True)
        self.columns_problem.hide()
        self.preview_label = QLabel()
        self.preview_label.setObjectName("previewLabel")
        self.preview_model = TextRowsModel(parent=self)
        self.preview_view = rows_view(self.preview_model, "previewView")
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.intro)
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
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.intro.setText(
            self.tr(
                "Check where each column of the sheet goes. Change a choice to see the "
                "preview below change; unknown columns become custom fields or are ignored."
            )
        )
        self.mapping_table.setHorizontalHeaderLabels(
            [
                self.tr("Column"),
                self.tr("Header in the file"),
                self.tr("Sample values"),
                self.tr("Saved as"),
                self.tr("Match"),
            ]
        )
        plan = self.state.plan
        if plan is not None:
            self._retranslate_mapping(plan)
            self._fill_preview(plan)
            self._show_problems(plan)
        self.preview_label.setText(self._preview_caption())

    def title(self) -> str:
        return self.tr("Check the columns")

    def is_complete(self) -> bool:
        return self.state.plan is not None and not self.state.plan.problems

    def set_busy(self, busy: bool) -> None:
        """No choice may change while a plan is being made."""
        self.mapping_table.setEnabled(not busy)

    def show_plan(self) -> None:
        """Show the columns and the preview of the plan in ``state``."""
        plan = self.state.plan
        if plan is None:
            return
        self._updating = False
        self._fill_mapping(plan)
        self._fill_preview(plan)
        self._show_problems(plan)
        self.preview_label.setText(self._preview_caption())

    def mapping_combo(self, index: int) -> QComboBox:
        """The "Saved as" choice of the sheet's column ``index`` (0-based)."""
        widget = self.mapping_table.cellWidget(index, _SAVED_AS)
        assert isinstance(widget, QComboBox)
        return widget

    # --- the columns -------------------------------------------------------------------

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
            combo = table.cellWidget(row, _SAVED_AS)
            if not isinstance(combo, QComboBox):
                combo = QComboBox()
                combo.setMaxVisibleItems(20)
                combo.currentIndexChanged.connect(
                    lambda _i, index=column.index: self._mapping_chosen(index)
                )
                table.setCellWidget(row, _SAVED_AS, combo)
            combo.setObjectName(f"mappingCombo{column.letter}")
            combo.setAccessibleName(self._combo_name(column))
            combo.clear()
            for target, _label in targets:
                combo.addItem(target_text(target), target)
            combo.insertSeparator(combo.count())
            custom = _custom_target(column)
            combo.addItem(target_text(custom), custom)
            combo.addItem(target_text(""), "")
            combo.setCurrentIndex(max(combo.findData(column.target), 0))
            table.setItem(row, 4, self._confidence_item(column))
        self._filling = False

    def _retranslate_mapping(self, plan: ImportPlan) -> None:
        # The labels change in place: the choices stay, even one whose plan is not back yet.
        for row, column in enumerate(plan.columns):
            combo = self.mapping_combo(row)
            combo.setAccessibleName(self._combo_name(column))
            for item in range(combo.count()):
                target = combo.itemData(item)
                if isinstance(target, str):  # the separator carries no target
                    combo.setItemText(item, target_text(target))
            self.mapping_table.setItem(row, 4, self._confidence_item(column))

    def _combo_name(self, column: ColumnMapping) -> str:
        return self.tr("Column {letter} is saved as").format(letter=column.letter)

    def _confidence_item(self, column: ColumnMapping) -> QTableWidgetItem:
        if not column.target:
            item = QTableWidgetItem(self.tr("Ignored"))
            item.setToolTip(self.tr("The column is not imported."))
            item.setForeground(Qt.GlobalColor.darkGray)
        elif column.target.startswith(headers.CUSTOM_PREFIX) and column.confidence == 0:
            item = QTableWidgetItem(self.tr("Not recognised"))
            item.setToolTip(self.tr("The header is not a known field; it becomes a custom field."))
            item.setBackground(QColor(tone_background(Tone.WARNING)))
        elif column.confidence >= 1.0:
            item = QTableWidgetItem(self.tr("✓ Certain"))
            item.setToolTip(self.tr("The header is a known name of this field, or you chose it."))
        else:
            percent = round(column.confidence * 100)
            item = QTableWidgetItem(self.tr("≈ {percent} %").format(percent=percent))
            item.setToolTip(self.tr("The header is close to a known name; check the choice."))
            item.setBackground(QColor(tone_background(Tone.WARNING)))
        return item

    def _mapping_chosen(self, index: int) -> None:
        state = self.state
        if self._filling or state.base is None:
            return
        combo = self.mapping_combo(self._row_of_column(index))
        target = str(combo.currentData())
        if target in headers.TARGETS and target not in headers.MULTI_TARGETS:
            # A field takes one column: an earlier hand-made choice of it is undone.
            for other, chosen in list(state.overrides.items()):
                if chosen == target and other != index:
                    state.overrides[other] = ""
        state.overrides[index] = target
        self._updating = True
        self.preview_label.setText(self._preview_caption())
        self.remapRequested.emit()

    def _row_of_column(self, index: int) -> int:
        assert self.state.plan is not None
        return next(r for r, c in enumerate(self.state.plan.columns) if c.index == index)

    def _show_problems(self, plan: ImportPlan) -> None:
        problems = " ".join(reason_text(p) for p in plan.problems)
        self.columns_problem.setText(problems)
        self.columns_problem.setVisible(bool(problems))

    # --- the preview -------------------------------------------------------------------

    def _preview_caption(self) -> str:
        if self._updating:
            return self.tr("Updating the preview…")
        if self.state.plan is None:
            return ""
        return self.tr("Preview: the first {shown} of {total} rows as they will be saved.").format(
            shown=self.preview_model.rowCount(),
            total=QLocale().toString(len(self.state.plan.rows)),
        )

    def _fill_preview(self, plan: ImportPlan) -> None:
        rows = plan.preview(PREVIEW_ROWS)
        provided: set[str] = set()
        custom: list[str] = []
        contact = typed = False
        for row in rows:
            provided |= row.provided
            custom += [n for n in row.custom_fields if n not in custom]
            contact = contact or bool(row.contacts)
            typed = typed or row.type_reason is not None or row.row in self.state.types
        if typed:
            provided.add("customer_type")
        card = [n for n in _CARD_ORDER if n in provided and n not in ("customer_number", "name")]
        head = [self.tr("Row"), target_text("customer_number"), target_text("name")]
        for name in card:
            head.append(target_text(name))
            if name == "customer_type" and typed:
                head.append(self.tr("Why this type"))
        if contact:
            head += [target_text(headers.CONTACT_NAME), target_text(headers.CONTACT_PHONE),
                     target_text(headers.CONTACT_EMAIL)]  # fmt: skip
        head += custom
        table: list[list[str]] = []
        tones: list[Tone] = []
        for row in rows:
            table.append(self._preview_cells(row, card, typed, contact, custom))
            tones.append(Tone.ERROR if row.rejected else Tone.PLAIN)
        self.preview_model.set_rows(table, tones, head)
        self.preview_view.resizeColumnsToContents()

    def _preview_cells(
        self, row: PlannedRow, card: list[str], typed: bool, contact: bool, custom: list[str]
    ) -> list[str]:
        data = row.data
        if data is None:
            errors = [issue_reason(i) for i in row.issues if i.severity is Severity.ERROR]
            return [str(row.row), "", " ".join(errors)]
        cells = [str(row.row), data.customer_number, data.name]
        chosen = self.state.types.get(row.row)
        for name in card:
            if name != "customer_type":
                cells.append(value_text(getattr(data, name)))
                continue
            cells.append(value_text(chosen or data.customer_type))
            if typed:
                cells.append(self._type_reason(row, chosen is not None))
        if contact:
            people = row.contacts
            first = people[0] if people else None
            cells += [
                "; ".join(p.name for p in people),
                first.phone if first else "",
                first.email if first else "",
            ]
        cells += [data.custom_fields.get(n, "") for n in custom]
        return cells

    def _type_reason(self, row: PlannedRow, chosen: bool) -> str:
        if chosen:
            return self.tr("Chosen by you.")
        return reason_text(row.type_reason) if row.type_reason is not None else ""

    def entered(self) -> None:
        """The step is shown again: the preview shows the types chosen meanwhile."""
        plan = self.state.plan
        if plan is not None and not self._updating:
            self._fill_preview(plan)


def _custom_target(column: ColumnMapping) -> str:
    if column.target.startswith(headers.CUSTOM_PREFIX):
        return column.target
    return headers.CUSTOM_PREFIX + (column.header or f"Sarake {column.letter}")
