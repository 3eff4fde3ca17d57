"""Step 3 of the import: each row's customer type, why, and the user's changes to it.

The type decides the penalty interest and the fees a customer may be charged. A sheet
seldom says it: the plan infers it row by row (``PlannedRow.type_reason``), and here the
user sees every row's type with the reason and sets it for the rows selected or for all
rows shown. The choices go to ``state.types`` and from there to the import.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.services.spreadsheets import PlannedRow
from asiakasrekisteri.ui.spreadsheets.import_wizard.page import ImportPage
from asiakasrekisteri.ui.spreadsheets.import_wizard.state import ImportState
from asiakasrekisteri.ui.spreadsheets.import_wizard.texts import reason_text, value_text

_Index = QModelIndex | QPersistentModelIndex
TYPE_COLUMN = 2


class TypesModel(QAbstractTableModel):
    """The accepted rows of the plan with their types; rows are read as they are shown.

    Holds the plan's rows and a list of their positions only, so a million rows stay
    cheap; the user's choices are read from ``state.types`` each time.
    """

    def __init__(self, state: ImportState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._rows: tuple[PlannedRow, ...] = ()
        self._shown: list[int] = []
        self._headers: list[str] = [""] * 4

    def show_rows(self, rows: tuple[PlannedRow, ...], inferred_only: bool) -> None:
        self.beginResetModel()
        self._rows = rows
        self._shown = [
            index
            for index, row in enumerate(rows)
            if row.card is not None and (row.type_reason is not None or not inferred_only)
        ]
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def planned(self, position: int) -> PlannedRow:
        """The planned row shown at ``position``."""
        return self._rows[self._shown[position]]

    def types_changed(self) -> None:
        """``state.types`` changed: every row's type and reason may read differently."""
        if self._shown:
            self.dataChanged.emit(self.index(0, TYPE_COLUMN), self.index(len(self._shown) - 1, 3))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.planned(index.row())
        kind = row.customer_type
        assert kind is not None  # rejected rows are not shown
        column = index.column()
        if column == 0:
            return str(row.row)
        if column == 1:
            return row.name
        chosen = self.state.types.get(row.row)
        if column == TYPE_COLUMN:
            return value_text(chosen or kind)
        if chosen is not None:
            return self.tr("Chosen by you.")
        if row.type_reason is None:
            return self.tr("Given in the file.")
        return reason_text(row.type_reason)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class TypesPage(ImportPage):
    """Every row's customer type and why, and buttons that set it for selected or all rows."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.setObjectName("importTypesPage")
        self.types_intro = QLabel()
        self.types_intro.setObjectName("typesIntro")
        self.types_intro.setWordWrap(True)
        self.types_summary = QLabel()
        self.types_summary.setObjectName("typesSummary")
        self.types_summary.setWordWrap(True)
        self.inferred_only_check = QCheckBox()
        self.inferred_only_check.setObjectName("inferredOnlyCheck")
        self.inferred_only_check.setChecked(True)
        self.inferred_only_check.toggled.connect(lambda _on: self.show_plan())
        self.types_model = TypesModel(state, self)
        self.types_view = QTableView()
        self.types_view.setObjectName("typesView")
        self.types_view.setModel(self.types_model)
        self.types_view.verticalHeader().setVisible(False)
        self.types_view.setWordWrap(False)
        self.types_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.types_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.types_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.types_view.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 60), (1, 260), (TYPE_COLUMN, 130)):
            self.types_view.setColumnWidth(column, width)
        self.selected_company_button = self._button("selectedCompanyButton")
        self.selected_private_button = self._button("selectedPrivateButton")
        self.all_company_button = self._button("allCompanyButton")
        self.all_private_button = self._button("allPrivateButton")
        self.restore_button = self._button("restoreTypesButton")
        self.selected_company_button.clicked.connect(
            lambda: self.set_selected(CustomerType.COMPANY)
        )
        self.selected_private_button.clicked.connect(
            lambda: self.set_selected(CustomerType.PRIVATE)
        )
        self.all_company_button.clicked.connect(lambda: self.set_all_shown(CustomerType.COMPANY))
        self.all_private_button.clicked.connect(lambda: self.set_all_shown(CustomerType.PRIVATE))
        self.restore_button.clicked.connect(self.restore)
        self.selected_label = QLabel()
        self.all_label = QLabel()
        buttons = QHBoxLayout()
        for widget in (
            self.selected_label,
            self.selected_company_button,
            self.selected_private_button,
            self.all_label,
            self.all_company_button,
            self.all_private_button,
        ):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.types_intro)
        layout.addWidget(self.types_summary)
        layout.addWidget(self.inferred_only_check)
        layout.addWidget(self.types_view, 1)
        layout.addLayout(buttons)
        self.retranslateUi()

    @staticmethod
    def _button(name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        return button

    def retranslateUi(self) -> None:
        self.types_intro.setText(
            self.tr(
                "The customer type decides the penalty interest and the fees a customer may "
                "be charged. Where the file does not give it, each row is typed by what it "
                "shows: a Y-tunnus or company form makes a company, a first name or a "
                "consumer e-mail address a private person. Check the rows, and change the "
                "type where it is wrong."
            )
        )
        self.inferred_only_check.setText(
            self.tr("Show only rows whose type the file does not give")
        )
        self.selected_label.setText(self.tr("Selected rows:"))
        self.all_label.setText(self.tr("All rows shown:"))
        for button in (self.selected_company_button, self.all_company_button):
            button.setText(self.tr("Company"))
        for button in (self.selected_private_button, self.all_private_button):
            button.setText(self.tr("Private person"))
        self.restore_button.setText(self.tr("&Undo my changes"))
        self.types_model.set_headers(
            [self.tr("Row"), self.tr("Name"), self.tr("Customer type"), self.tr("Why")]
        )
        self._show_summary()

    def title(self) -> str:
        return self.tr("Check the customer types")

    def is_complete(self) -> bool:
        return self.state.plan is not None

    def show_plan(self) -> None:
        """Show the rows of the plan in ``state`` with their types."""
        plan = self.state.plan
        if plan is None:
            return
        self.types_model.show_rows(plan.rows, self.inferred_only_check.isChecked())
        self._show_summary()

    def set_selected(self, customer_type: CustomerType) -> None:
        """Give the selected rows ``customer_type``."""
        positions = {index.row() for index in self.types_view.selectionModel().selectedRows()}
        self._set([self.types_model.planned(p) for p in sorted(positions)], customer_type)

    def set_all_shown(self, customer_type: CustomerType) -> None:
        """Give every row shown ``customer_type``."""
        model = self.types_model
        self._set([model.planned(p) for p in range(model.rowCount())], customer_type)

    def restore(self) -> None:
        """Forget the user's choices: every row has its inferred or given type again."""
        self.state.types.clear()
        self.types_model.types_changed()
        self._show_summary()

    def _set(self, rows: list[PlannedRow], customer_type: CustomerType) -> None:
        for row in rows:
            self.state.types[row.row] = customer_type
        self.types_model.types_changed()
        self._show_summary()

    def _show_summary(self) -> None:
        plan = self.state.plan
        if plan is None:
            self.types_summary.setText("")
            return
        counts = {CustomerType.COMPANY: 0, CustomerType.PRIVATE: 0}
        inferred = 0
        for row in plan.rows:
            kind = row.customer_type
            if kind is not None:
                counts[self.state.types.get(row.row, kind)] += 1
                inferred += row.type_reason is not None
        locale = QLocale()
        self.types_summary.setText(
            self.tr(
                "Companies: {companies}. Private persons: {private}. Rows whose type the "
                "file does not give: {inferred}. Rows whose type you chose: {chosen}."
            ).format(
                companies=locale.toString(counts[CustomerType.COMPANY]),
                private=locale.toString(counts[CustomerType.PRIVATE]),
                inferred=locale.toString(inferred),
                chosen=locale.toString(len(self.state.types)),
            )
        )
