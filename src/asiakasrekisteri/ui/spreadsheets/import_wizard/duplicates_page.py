"""Step 4 of the import: rows that are, or may be, customers already in the register, or alike."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.services.spreadsheets import DuplicateAction, DuplicateGroup, ImportPlan
from asiakasrekisteri.ui.spreadsheets.import_wizard.page import ImportPage
from asiakasrekisteri.ui.spreadsheets.import_wizard.state import ImportState

_ACTION = 4  # the column of the table that holds each group's action


class DuplicatesPage(ImportPage):
    """Each group of duplicates with what the import does with it (``state.choices``)."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.setObjectName("importDuplicatesPage")
        self.duplicates_intro = QLabel()
        self.duplicates_intro.setObjectName("duplicatesIntro")
        self.duplicates_intro.setWordWrap(True)
        self.duplicates_table = QTableWidget(0, 5)
        self.duplicates_table.setObjectName("duplicatesTable")
        self.duplicates_table.verticalHeader().setVisible(False)
        self.duplicates_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicates_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.duplicates_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 80), (3, 170), (_ACTION, 210)):
            self.duplicates_table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.duplicates_intro)
        layout.addWidget(self.duplicates_table, 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.duplicates_table.setHorizontalHeaderLabels(
            [
                self.tr("Rows"),
                self.tr("In the file"),
                self.tr("Looks like"),
                self.tr("Why"),
                self.tr("Action"),
            ]
        )
        self.show_plan()

    def title(self) -> str:
        return self.tr("Duplicates")

    def is_complete(self) -> bool:
        return self.state.plan is not None

    def show_plan(self) -> None:
        """Show the groups of the plan in ``state`` with the actions chosen for them."""
        plan = self.state.plan
        if plan is None:
            return
        self._fill_table(plan)
        if plan.duplicates:
            self.duplicates_intro.setText(
                self.tr(
                    "Rows that share a customer number, Y-tunnus, e-mail address or phone "
                    "number with each other or with a customer in the register are "
                    "duplicates: the later rows are skipped, or the register's customer is "
                    "updated. Rows with only a similar name, or an address shared by "
                    "different names, are possible duplicates: they are imported as new "
                    "unless you choose otherwise. Choose for each group what the import does."
                )
            )
        else:
            self.duplicates_intro.setText(self.tr("No duplicates were found."))
        self.duplicates_table.setVisible(bool(plan.duplicates))

    def duplicate_combo(self, key: str) -> QComboBox:
        """The action chosen for the duplicate group ``key``."""
        # The table's own cells: combos of an earlier fill may linger until deleted.
        table = self.duplicates_table
        for row in range(table.rowCount()):
            combo = table.cellWidget(row, _ACTION)
            if isinstance(combo, QComboBox) and combo.objectName() == f"duplicateCombo:{key}":
                return combo
        raise KeyError(key)

    def _fill_table(self, plan: ImportPlan) -> None:
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
            combo.setCurrentIndex(combo.findData(self.state.choices[group.key].value))
            combo.currentIndexChanged.connect(
                lambda _i, key=group.key, box=combo: self._duplicate_chosen(key, box)
            )
            table.setCellWidget(row, _ACTION, combo)

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
        if group.reason == "email":
            if group.possible:
                return self.tr("Possibly: same e-mail address, different name")
            return self.tr("Same e-mail address")
        if group.reason == "phone":
            if group.possible:
                return self.tr("Possibly: same phone number, different name")
            return self.tr("Same phone number")
        return self.tr("Possibly: similar name ({score} %)").format(score=group.score)

    def _duplicate_chosen(self, key: str, combo: QComboBox) -> None:
        self.state.choices[key] = DuplicateAction(str(combo.currentData()))
