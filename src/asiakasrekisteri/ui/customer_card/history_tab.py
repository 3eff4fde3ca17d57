"""The "History" tab (Käsittelyhistoria): stamps and the card's change log, read only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
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
from asiakasrekisteri.domain.enums import (
    CustomerStatus,
    CustomerType,
    InvoiceDelivery,
    InvoiceLanguage,
    NoteKind,
    VatTreatment,
)
from asiakasrekisteri.domain.invoice import InvoiceStatus
from asiakasrekisteri.services.history import HistoryRow, HistoryService
from asiakasrekisteri.ui.delivery.texts import history_text
from asiakasrekisteri.ui.dialogs.merge_dialog import CUSTOM_PREFIX, enum_label, field_label
from asiakasrekisteri.ui.dialogs.note_dialog import kind_name
from asiakasrekisteri.ui.formatting import (
    format_date,
    format_datetime,
    format_money,
    format_percent,
)
from asiakasrekisteri.ui.invoicing.common import status_name
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

_Index = QModelIndex | QPersistentModelIndex


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
        "trade_register": QCoreApplication.translate("HistoryTab", "From the trade register"),
        "upgraded": QCoreApplication.translate("HistoryTab", "Program upgrade"),
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
        "delivery_attempt": QCoreApplication.translate("HistoryTab", "Sending"),
    }
    return names.get(entity, entity)


def field_labels() -> dict[str, dict[str, str]]:
    """Entity → logged field → its translated label.

    Only what :func:`merge_dialog.field_label` (the customer card's labels) lacks or
    names differently for that entity; see :func:`field_name`. Every column that
    ``storage.history`` logs for a table has a label here or there.
    """
    return {
        "": {
            "merged_number": QCoreApplication.translate("HistoryTab", "Merged number"),
            "customer": QCoreApplication.translate("HistoryTab", "Customer"),
        },
        "contact_person": {
            "title": QCoreApplication.translate("HistoryTab", "Title"),
            "keywords": QCoreApplication.translate("HistoryTab", "Keywords"),
            "is_default": QCoreApplication.translate("HistoryTab", "Default contact person"),
            "anonymised": QCoreApplication.translate("HistoryTab", "Anonymised"),
        },
        "office": {
            "email": QCoreApplication.translate("HistoryTab", "Invoice email"),
            "is_default": QCoreApplication.translate("HistoryTab", "Default office"),
        },
        "note": {
            "kind": QCoreApplication.translate("HistoryTab", "Kind"),
            "text": QCoreApplication.translate("HistoryTab", "Text"),
            "due_date": QCoreApplication.translate("HistoryTab", "Due date"),
            "done": QCoreApplication.translate("HistoryTab", "Done"),
            "done_at": QCoreApplication.translate("HistoryTab", "Marked done"),
        },
        "attachment": {
            "name": QCoreApplication.translate("HistoryTab", "File name"),
            "sha256": QCoreApplication.translate("HistoryTab", "Checksum"),
            "size": QCoreApplication.translate("HistoryTab", "Size"),
            "mime_type": QCoreApplication.translate("HistoryTab", "File type"),
        },
        # Not here, as on the card: status, payment_term_days, vat_treatment,
        # penalty_interest (and customer, in "" above).
        "invoice": {
            "kind": QCoreApplication.translate("HistoryTab", "Type"),
            "number": QCoreApplication.translate("HistoryTab", "Number"),
            "billing_customer_number": QCoreApplication.translate("HistoryTab", "Billing customer"),
            "office": QCoreApplication.translate("HistoryTab", "Office"),
            "contact": QCoreApplication.translate("HistoryTab", "Contact person"),
            "credit_of_number": QCoreApplication.translate("HistoryTab", "Credited invoice"),
            "invoice_date": QCoreApplication.translate("HistoryTab", "Invoice date"),
            "delivery_date": QCoreApplication.translate("HistoryTab", "Delivery date"),
            "due_date": QCoreApplication.translate("HistoryTab", "Due date"),
            "reference": QCoreApplication.translate("HistoryTab", "Reference"),
            "your_reference": QCoreApplication.translate("HistoryTab", "Your reference"),
            "our_reference": QCoreApplication.translate("HistoryTab", "Our reference"),
            "text_before_rows": QCoreApplication.translate("HistoryTab", "Text before rows"),
            "text_after_rows": QCoreApplication.translate("HistoryTab", "Text after rows"),
            "language": QCoreApplication.translate("HistoryTab", "Invoice language"),
            "goods": QCoreApplication.translate("HistoryTab", "Sale of goods"),
            "currency": QCoreApplication.translate("HistoryTab", "Currency"),
            "total_net": QCoreApplication.translate("HistoryTab", "Total excl. VAT"),
            "total_vat": QCoreApplication.translate("HistoryTab", "VAT"),
            "total_gross": QCoreApplication.translate("HistoryTab", "Total to pay"),
            "paid_amount": QCoreApplication.translate("HistoryTab", "Amount paid"),
            "credited_amount": QCoreApplication.translate("HistoryTab", "Amount credited"),
            "refunded_amount": QCoreApplication.translate("HistoryTab", "Amount refunded"),
            "prices_include_vat": QCoreApplication.translate("HistoryTab", "Prices include VAT"),
            "paid_date": QCoreApplication.translate("HistoryTab", "Payment date"),
            "finalised_at": QCoreApplication.translate("HistoryTab", "Finalised"),
            "sent_at": QCoreApplication.translate("HistoryTab", "Sent"),
            "notice_period_days": QCoreApplication.translate("HistoryTab", "Notice period"),
        },
    }


def field_name(entity: str, field: str, labels: dict[str, dict[str, str]] | None = None) -> str:
    """The translated label of a logged field of ``entity``; the key itself if unknown.

    ``labels`` is :func:`field_labels`, passed in by callers that label many rows.
    """
    if not field:
        return ""
    if field.startswith(CUSTOM_PREFIX):
        return field.removeprefix(CUSTOM_PREFIX)  # the user named it; nothing to translate
    table = labels if labels is not None else field_labels()
    label = table.get(entity, {}).get(field) or table[""].get(field)
    return label if label is not None else field_label(field)


def _yes_no(value: str) -> str:
    if value == "true":
        return QCoreApplication.translate("HistoryTab", "Yes")
    if value == "false":
        return QCoreApplication.translate("HistoryTab", "No")
    return value


def _date(value: str) -> str:
    return format_date(date.fromisoformat(value))


def _datetime(value: str) -> str:
    moment = datetime.fromisoformat(value)
    return format_datetime(moment if moment.tzinfo else moment.replace(tzinfo=UTC))


def _money(value: str) -> str:
    return format_money(Decimal(value))


def _percent(value: str) -> str:
    return format_percent(Decimal(value))


def _customer_type(value: str) -> str:
    return enum_label(CustomerType(value))


def _customer_status(value: str) -> str:
    return enum_label(CustomerStatus(value))


def _invoice_delivery(value: str) -> str:
    return enum_label(InvoiceDelivery(value))


def _vat_treatment(value: str) -> str:
    return enum_label(VatTreatment(value))


def _language(value: str) -> str:
    return enum_label(InvoiceLanguage(value))


def _invoice_status(value: str) -> str:
    return status_name(InvoiceStatus(value))


def _note_kind(value: str) -> str:
    return kind_name(NoteKind(value))


# Entity → field → how its stored text (``storage.history.value_text``) is shown. Fields
# not named here show as stored; "true"/"false" of an unknown field still read Yes/No.
_SHOWN_AS: dict[str, dict[str, Callable[[str], str]]] = {
    "customer": {
        "customer_type": _customer_type,
        "status": _customer_status,
        "vat_treatment": _vat_treatment,
        "invoice_language": _language,
        "invoice_delivery": _invoice_delivery,
        "einvoice_address_unchecked": _yes_no,
        "use_rf_reference": _yes_no,
        "delivery_ban": _yes_no,
        "collection_ban": _yes_no,
        "active": _yes_no,
        "status_manual": _yes_no,
        "discount_percent": _percent,
        "credit_limit": _money,
        "penalty_interest": _percent,
    },
    "contact_person": {"active": _yes_no, "is_default": _yes_no, "anonymised": _yes_no},
    "office": {"is_default": _yes_no},
    "note": {"kind": _note_kind, "due_date": _date, "done": _yes_no, "done_at": _datetime},
    "invoice": {
        "status": _invoice_status,
        "invoice_date": _date,
        "delivery_date": _date,
        "due_date": _date,
        "paid_date": _date,
        "finalised_at": _datetime,
        "sent_at": _datetime,
        "language": _language,
        "vat_treatment": _vat_treatment,
        "goods": _yes_no,
        "total_net": _money,
        "total_vat": _money,
        "total_gross": _money,
        "paid_amount": _money,
        "credited_amount": _money,
        "refunded_amount": _money,
        "penalty_interest": _percent,
    },
}


def value_text(entity: str, field: str, value: str | None) -> str:
    """A logged value as the user reads it: translated choices, Yes/No, locale formats.

    A value the field's format does not fit (an older or a hand-edited entry) shows as
    stored.
    """
    if value is None:
        return ""
    if entity == "delivery_attempt" and not field:
        return history_text(value)  # a send, logged as it happened, in a sentence
    if not field or field.startswith(CUSTOM_PREFIX):
        return value  # a created or deleted row's summary, or a user's own field
    shown_as = _SHOWN_AS.get(entity, {}).get(field, _yes_no)
    try:
        return shown_as(value)
    except (ValueError, ArithmeticError):
        return value


class HistoryModel(QAbstractTableModel):
    """The change log of one customer, newest first; nothing in it is editable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryRow] = []
        self._labels: dict[str, dict[str, str]] | None = None  # field_labels(), translated

    def set_rows(self, rows: list[HistoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        """Show every text again in the language now installed."""
        self._labels = None
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    def _field_labels(self) -> dict[str, dict[str, str]]:
        if self._labels is None:
            self._labels = field_labels()
        return self._labels

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
            field = field_name(row.entity, row.field, self._field_labels())
            what = entity_name(row.entity)
            return f"{what}: {field}" if field else what
        if column == Column.OLD:
            return value_text(row.entity, row.field, row.old_value)
        return value_text(row.entity, row.field, row.new_value)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class HistoryTab(Retranslating, QWidget):
    """The card's stamps and its change log with a filter box.

    Attributes:
        filter_edit: Narrows the log to rows containing the typed text.
        table: The log, newest first.
        model: The rows; ``proxy`` filters them.
    """

    def __init__(self, service: HistoryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._record: CustomerRecord | None = None
        layout = QVBoxLayout(self)
        stamps = QFormLayout()
        self.created_label = QLabel()
        self.created_label.setObjectName("createdLabel")
        self.updated_label = QLabel()
        self.updated_label.setObjectName("updatedLabel")
        self.merged_label = QLabel()
        self.merged_label.setObjectName("mergedNumbersLabel")
        self.merged_label.setWordWrap(True)
        self._created_title = QLabel()
        self._updated_title = QLabel()
        self._merged_title = QLabel()
        stamps.addRow(self._created_title, self.created_label)
        stamps.addRow(self._updated_title, self.updated_label)
        stamps.addRow(self._merged_title, self.merged_label)
        layout.addLayout(stamps)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("historyFilterEdit")
        self.filter_edit.setClearButtonEnabled(True)
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
        header = self.table.horizontalHeader()
        # Time, user and action are short and fit; what changed and the two values share
        # the rest, so no column is cut to "25.11.2026 1…".
        for column in Column:
            mode = (
                QHeaderView.ResizeMode.ResizeToContents
                if column in (Column.WHEN, Column.WHO, Column.ACTION)
                else QHeaderView.ResizeMode.Stretch
            )
            header.setSectionResizeMode(column, mode)
        layout.addWidget(self.table, 1)
        self.placeholder = QLabel()
        self.placeholder.setObjectName("historyPlaceholder")
        self.placeholder.setWordWrap(True)
        layout.addWidget(self.placeholder)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.show_record(None)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self._created_title.setText(self.tr("Created"))
        self._updated_title.setText(self.tr("Last updated"))
        self._merged_title.setText(self.tr("Numbers merged in"))
        self.filter_edit.setPlaceholderText(self.tr("Filter the history (field, user, value…)"))
        self.filter_edit.setAccessibleName(self.tr("Filter the history"))
        self.placeholder.setText(self.tr("Changes are logged here once the card is saved."))
        self._show_stamps()
        self.model.retranslate()

    def show_record(self, record: CustomerRecord | None) -> None:
        self._record = record
        self._show_stamps()
        rows = self._service.for_customer(record.id) if record is not None else []
        self.model.set_rows(rows)
        self.placeholder.setVisible(record is None)

    def _show_stamps(self) -> None:
        record = self._record
        not_saved = self.tr("Not saved yet")
        created = format_datetime(record.created_at) if record else ""
        updated = format_datetime(record.updated_at) if record else ""
        self.created_label.setText(created or not_saved)
        self.updated_label.setText(updated or not_saved)
        merged = ", ".join(record.merged_numbers) if record else ""
        self.merged_label.setText(merged)
        self.merged_label.setVisible(bool(merged))
        self._merged_title.setVisible(bool(merged))


__all__ = [
    "Column",
    "HistoryModel",
    "HistoryTab",
    "action_name",
    "entity_name",
    "field_labels",
    "field_name",
    "value_text",
]
