"""The "History" tab (Käsittelyhistoria): stamps and the card's change log, read only."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.customer import CustomerRecord
from asiakasrekisteri.services.history import HistoryRow, HistoryService
from asiakasrekisteri.ui.formatting import format_datetime

_CONTEXT = "HistoryTab"
_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class Column(IntEnum):
    WHEN = 0
    WHO = 1
    ACTION = 2
    WHAT = 3
    OLD = 4
    NEW = 5


def action_name(action: str) -> str:
    names = {
        "created": _tr("Created"),
        "updated": _tr("Updated"),
        "merged": _tr("Merged"),
        "imported": _tr("Imported"),
        "inactivated": _tr("Inactivated"),
        "anonymised": _tr("Anonymised"),
        "deleted": _tr("Deleted"),
        "restored": _tr("Restored"),
    }
    return names.get(action, action)


def entity_name(entity: str) -> str:
    names = {
        "customer": _tr("Card"),
        "contact_person": _tr("Contact"),
        "office": _tr("Office"),
        "note": _tr("Note"),
        "custom_field_value": _tr("Custom field"),
        "attachment": _tr("Attachment"),
        "invoice": _tr("Invoice"),
    }
    return names.get(entity, entity)


def _field_name(field: str) -> str:
    if not field:
        return ""
    if field.startswith("custom:"):
        return field.removeprefix("custom:")
    from asiakasrekisteri.ui.dialogs.merge_dialog import field_label

    special = {"merged_number": _tr("Merged number"), "customer": _tr("Customer")}
    return special.get(field, field_label(field))


def _value(value: str | None) -> str:
    if value is None:
        return ""
    if value == "true":
        return _tr("yes")
    if value == "false":
        return _tr("no")
    return value


class HistoryModel(QAbstractTableModel):
    """The change log of one customer, newest first; nothing in it is editable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryRow] = []

    def set_rows(self, rows: list[HistoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            _tr("When"), _tr("Who"), _tr("Action"), _tr("What"), _tr("Old value"),
            _tr("New value"),
        )[section]  # fmt: skip

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if column == Column.WHEN:
            return format_datetime(row.at)
        if column == Column.WHO:
            return row.user
        if column == Column.ACTION:
            text = action_name(row.action)
            if row.batch_id is not None:
                text += " " + _tr("(batch {batch})").format(batch=row.batch_id)
            return text
        if column == Column.WHAT:
            field = _field_name(row.field)
            what = entity_name(row.entity)
            return f"{what}: {field}" if field else what
        if column == Column.OLD:
            return _value(row.old_value)
        return _value(row.new_value)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class HistoryTab(QWidget):
    """The card's stamps and its change log with a filter box.

    Attributes:
        filter_edit: Narrows the log to rows containing the typed text.
        table: The log, newest first.
        model: The rows; ``proxy`` filters them.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: HistoryService | None = None
        layout = QVBoxLayout(self)
        stamps = QFormLayout()
        self.created_label = QLabel()
        self.created_label.setObjectName("createdLabel")
        self.updated_label = QLabel()
        self.updated_label.setObjectName("updatedLabel")
        self.merged_label = QLabel()
        self.merged_label.setObjectName("mergedNumbersLabel")
        self.merged_label.setWordWrap(True)
        stamps.addRow(self.tr("Created"), self.created_label)
        stamps.addRow(self.tr("Last updated"), self.updated_label)
        stamps.addRow(self.tr("Numbers merged in"), self.merged_label)
        self._merged_row_label = stamps.labelForField(self.merged_label)
        layout.addLayout(stamps)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("historyFilterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter the history (field, user, value…)"))
        self.filter_edit.setAccessibleName(self.tr("Filter the history"))
        layout.addWidget(self.filter_edit)
        self.model = HistoryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)
        self.placeholder = QLabel(self.tr("Changes are logged here once the card is saved."))
        self.placeholder.setObjectName("historyPlaceholder")
        self.placeholder.setWordWrap(True)
        layout.addWidget(self.placeholder)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.show_record(None)

    def set_service(self, service: HistoryService | None) -> None:
        """Where the log is read from; without one, only the stamps show."""
        self._service = service

    def show_record(self, record: CustomerRecord | None) -> None:
        not_saved = self.tr("Not saved yet")
        created = format_datetime(record.created_at) if record else ""
        updated = format_datetime(record.updated_at) if record else ""
        self.created_label.setText(created or not_saved)
        self.updated_label.setText(updated or not_saved)
        merged = ", ".join(record.merged_numbers) if record else ""
        self.merged_label.setText(merged)
        self.merged_label.setVisible(bool(merged))
        if self._merged_row_label is not None:
            self._merged_row_label.setVisible(bool(merged))
        rows = (
            self._service.for_customer(record.id)
            if record is not None and self._service is not None
            else []
        )
        self.model.set_rows(rows)
        self.placeholder.setVisible(record is None)


__all__ = ["Column", "HistoryModel", "HistoryTab", "action_name", "entity_name"]
