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
        "created": QCoreApplication.translate("HistoryTab", "Created"),
        "updated": QCoreApplication.translate("HistoryTab", "Updated"),
        "merged": QCoreApplication.translate("HistoryTab", "Merged"),
        "imported": QCoreApplication.translate("HistoryTab", "Imported"),
        "inactivated": QCoreApplication.translate("HistoryTab", "Inactivated"),
        "anonymised": QCoreApplication.translate("HistoryTab", "Anonymised"),
        "deleted": QCoreApplication.translate("HistoryTab", "Deleted"),
        "restored": QCoreApplication.translate("HistoryTab", "Restored"),
    }
    return names.get(action, action)


def entity_name(entity: str) -> str:
    names = {
        "customer": QCoreApplication.translate("HistoryTab", "Card"),
        "contact_person": QCoreApplication.translate("HistoryTab", "Contact"),
        "office": QCoreApplication.translate("HistoryTab", "Office"),
        "note": QCoreApplication.translate("HistoryTab", "Note"),
        "custom_field_value": QCoreApplication.translate("HistoryTab", "Custom field"),
        "attachment": QCoreApplication.translate("HistoryTab", "Attachment"),
        "invoice": QCoreApplication.translate("HistoryTab", "Invoice"),
    }
    return names.get(entity, entity)


def _field_name(field: str) -> str:
    if not field:
        return ""
    if field.startswith("custom:"):
        return field.removeprefix("custom:")
    from asiakasrekisteri.ui.dialogs.merge_dialog import field_label

    special = {
        "merged_number": QCoreApplication.translate("HistoryTab", "Merged number"),
        "customer": QCoreApplication.translate("HistoryTab", "Customer"),
    }
    return special.get(field, field_label(field))


def _value(value: str | None) -> str:
    if value is None:
        return ""
    if value == "true":
        return QCoreApplication.translate("HistoryTab", "yes")
    if value == "false":
        return QCoreApplication.translate("HistoryTab", "no")
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
            QCoreApplication.translate("HistoryTab", "When"),
            QCoreApplication.translate("HistoryTab", "Who"),
            QCoreApplication.translate("HistoryTab", "Action"),
            QCoreApplication.translate("HistoryTab", "What"),
            QCoreApplication.translate("HistoryTab", "Old value"),
            QCoreApplication.translate("HistoryTab", "New value"),
        )[section]

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
                text += " " + QCoreApplication.translate("HistoryTab", "(batch {batch})").format(
                    batch=row.batch_id
                )
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
