"""Step 4 of the import: rows that are, or may be, customers already in the register, or alike.

A million-row file can have a hundred thousand groups and more, so the groups are a
table model whose texts are made only for the rows painted, and each group's action is
a column chosen with a combo box that exists only while it is being edited (a delegate).
Several groups are given one action at once by selecting them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.services.spreadsheets import (
    DuplicateAction,
    DuplicateGroup,
    ImportPlan,
    PlannedRow,
)
from asiakasrekisteri.ui.spreadsheets.import_wizard.page import ImportPage
from asiakasrekisteri.ui.spreadsheets.import_wizard.state import ImportState

ACTION_COLUMN = 4  # the column of the table that holds each group's action
_COLUMNS = 5
_ROW_NUMBER = attrgetter("row")
_Index = QModelIndex | QPersistentModelIndex
ActionLabels = Callable[[DuplicateGroup], list[tuple[DuplicateAction, str]]]


class DuplicateGroupsModel(QAbstractTableModel):
    """The plan's duplicate groups, one a line, with the action chosen for each.

    The action column is editable (Qt's edit role holds the action's value); a change
    goes into ``choices`` at once.

    Args:
        texts: The page whose translated texts the cells show (``why``, ``looks_like``,
            ``action_labels``).
    """

    def __init__(self, texts: DuplicatesPage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = texts
        self._groups: Sequence[DuplicateGroup] = ()
        self._rows: Sequence[PlannedRow] = ()
        self._choices: dict[str, DuplicateAction] = {}
        self._headers: list[str] = [""] * _COLUMNS
        self._row_of: dict[str, int] | None = None

    def set_plan(self, plan: ImportPlan, choices: dict[str, DuplicateAction]) -> None:
        """Show ``plan``'s groups; ``choices`` (group key → action) is changed in place.

        The same plan again (another language) changes the texts only: the lines, the
        selection and an open editor stay.
        """
        if plan.duplicates is self._groups and choices is self._choices:
            if self._groups:
                last = self.index(len(self._groups) - 1, _COLUMNS - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._groups = plan.duplicates
        self._rows = plan.rows
        self._choices = choices
        self._row_of = None
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, _COLUMNS - 1)

    def group(self, row: int) -> DuplicateGroup:
        return self._groups[row]

    def row_of(self, key: str) -> int:
        """The line of the group ``key``.

        Raises:
            KeyError: No such group.
        """
        if self._row_of is None:  # made on first use: the page itself never needs it
            self._row_of = {g.key: line for line, g in enumerate(self._groups)}
        return self._row_of[key]

    def choose(self, rows: Sequence[int], action: DuplicateAction) -> None:
        """Give the groups on these lines the same action."""
        for row in rows:
            self._choices[self._groups[row].key] = action
        if rows:
            top, bottom = min(rows), max(rows)
            self.dataChanged.emit(self.index(top, ACTION_COLUMN), self.index(bottom, ACTION_COLUMN))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._groups)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def flags(self, index: _Index) -> Qt.ItemFlag:
        found = super().flags(index)
        if index.isValid() and index.column() == ACTION_COLUMN:
            found |= Qt.ItemFlag.ItemIsEditable
        return found

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = self._groups[index.row()]
        column = index.column()
        if column == ACTION_COLUMN and role == Qt.ItemDataRole.EditRole:
            return self._choices[group.key].value
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return ", ".join(str(r) for r in group.rows)
        if column == 1:
            return "; ".join(f"{r}: {self._name(r)}" for r in group.rows)
        if column == 2:
            return self._texts.looks_like(group)
        if column == 3:
            return self._texts.why(group)
        chosen = self._choices[group.key]
        return next(label for action, label in self._texts.action_labels(group) if action is chosen)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != ACTION_COLUMN:
            return False
        if role != Qt.ItemDataRole.EditRole:
            return False
        self._choices[self._groups[index.row()].key] = DuplicateAction(str(value))
        self.dataChanged.emit(index, index)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < _COLUMNS
        ):
            return self._headers[section]
        return None

    def _name(self, row_number: int) -> str:
        """The name on a spreadsheet row: the plan's rows are in file order."""
        rows = self._rows
        at = bisect_left(rows, row_number, key=_ROW_NUMBER)
        return rows[at].name if at < len(rows) and rows[at].row == row_number else ""


class ActionDelegate(QStyledItemDelegate):
    """The action of a group, chosen with a combo box while the cell is edited."""

    def __init__(
        self,
        model: DuplicateGroupsModel,
        labels: ActionLabels,
        accessible_name: Callable[[DuplicateGroup], str],
    ) -> None:
        super().__init__()
        self._model = model
        self._labels = labels
        self._accessible_name = accessible_name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        group = self._model.group(index.row())
        combo.setObjectName(f"duplicateCombo:{group.key}")
        combo.setAccessibleName(self._accessible_name(group))
        for action, label in self._labels(group):
            combo.addItem(label, action.value)
        # The choice counts as soon as it is made, not only when the editor closes.
        combo.currentIndexChanged.connect(lambda _i, box=combo: self.commitData.emit(box))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        group = self._model.group(index.row())
        for place, (_action, label) in enumerate(self._labels(group)):
            editor.setItemText(place, label)  # in the language now in use
        editor.setAccessibleName(self._accessible_name(group))
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        if found != editor.currentIndex():
            editor.blockSignals(True)
            editor.setCurrentIndex(found)
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DuplicatesPage(ImportPage):
    """Each group of duplicates with what the import does with it (``state.choices``)."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.setObjectName("importDuplicatesPage")
        self.duplicates_intro = QLabel()
        self.duplicates_intro.setObjectName("duplicatesIntro")
        self.duplicates_intro.setWordWrap(True)
        self.groups_model = DuplicateGroupsModel(self)
        self.duplicates_table = self._make_table()
        self.selected_label = QLabel()
        self.bulk_action_combo = QComboBox()
        self.bulk_action_combo.setObjectName("bulkActionCombo")
        self.bulk_apply_button = QPushButton()
        self.bulk_apply_button.setObjectName("bulkApplyButton")
        self.bulk_apply_button.clicked.connect(self._apply_to_selected)
        self.bulk_row = QWidget()
        bulk = QHBoxLayout(self.bulk_row)
        bulk.setContentsMargins(0, 0, 0, 0)
        bulk.addWidget(self.selected_label)
        bulk.addWidget(self.bulk_action_combo)
        bulk.addWidget(self.bulk_apply_button)
        bulk.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.duplicates_intro)
        layout.addWidget(self.duplicates_table, 1)
        layout.addWidget(self.bulk_row)
        self.retranslateUi()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("duplicatesTable")
        table.setModel(self.groups_model)
        self.action_delegate = ActionDelegate(
            self.groups_model, self.action_labels, self.action_name
        )
        table.setItemDelegateForColumn(ACTION_COLUMN, self.action_delegate)
        table.setWordWrap(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        rows = table.verticalHeader()
        rows.setVisible(False)
        # Fixed heights and widths: nothing is measured over every group.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # "Possibly: similar name (93 %)" and a few row numbers fit without cutting.
        for column, width in ((0, 110), (3, 250), (ACTION_COLUMN, 220)):
            table.setColumnWidth(column, width)
        return table

    def retranslateUi(self) -> None:
        self.groups_model.set_headers(
            [
                self.tr("Rows"),
                self.tr("In the file"),
                self.tr("Looks like"),
                self.tr("Why"),
                self.tr("Action"),
            ]
        )
        self.selected_label.setText(self.tr("Selected groups:"))
        chosen = self.bulk_action_combo.currentData()
        self.bulk_action_combo.clear()
        for action, label in (
            (DuplicateAction.UPDATE, self.tr("Update")),
            (DuplicateAction.SKIP, self.tr("Skip")),
            (DuplicateAction.NEW, self.tr("Import as new")),
        ):
            self.bulk_action_combo.addItem(label, action.value)
        self.bulk_action_combo.setCurrentIndex(max(self.bulk_action_combo.findData(chosen), 0))
        self.bulk_apply_button.setText(self.tr("Apply to the selected groups"))
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
        self.groups_model.set_plan(plan, self.state.choices)
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
        self.bulk_row.setVisible(bool(plan.duplicates))

    def duplicate_combo(self, key: str) -> QComboBox:
        """The combo box choosing the action of the group ``key``, opened as the user
        opens it (the table scrolls to the group).

        Raises:
            KeyError: No such group.
        """
        index = self.groups_model.index(self.groups_model.row_of(key), ACTION_COLUMN)
        self.duplicates_table.scrollTo(index)
        self.duplicates_table.openPersistentEditor(index)
        combo = self.duplicates_table.indexWidget(index)
        assert isinstance(combo, QComboBox)
        return combo

    def looks_like(self, group: DuplicateGroup) -> str:
        """The "Looks like" cell: the register's customer, or the file's own rows."""
        if group.existing is not None:
            return self.tr("{number} {name} in the register").format(
                number=group.existing.customer_number, name=group.existing.name
            )
        return self.tr("Each other, within the file")

    def action_labels(self, group: DuplicateGroup) -> list[tuple[DuplicateAction, str]]:
        """The actions a group offers, each with its label."""
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

    def action_name(self, group: DuplicateGroup) -> str:
        """What a screen reader calls a group's action."""
        rows = ", ".join(str(r) for r in group.rows)
        return self.tr("Action for rows {rows}").format(rows=rows)

    def why(self, group: DuplicateGroup) -> str:
        """The "Why" cell: what the group's rows share."""
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

    def _apply_to_selected(self) -> None:
        action = DuplicateAction(str(self.bulk_action_combo.currentData()))
        rows = sorted({i.row() for i in self.duplicates_table.selectionModel().selectedRows()})
        self.groups_model.choose(rows, action)
