"""Lists of invoices: one customer's on the card, or all of them in a window of their own.

A customer has tens of invoices, a sole trader's whole register a few thousand, so the
model keeps the frozen records themselves (unlike the customer list's id cache).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.invoice import OPEN_STATUSES, InvoiceRecord, InvoiceStatus
from asiakasrekisteri.domain.money import ZERO
from asiakasrekisteri.services.invoicing import InvoiceQuery, InvoicingService
from asiakasrekisteri.ui.formatting import format_date, format_money
from asiakasrekisteri.ui.invoicing.common import Today, status_text, translate
from asiakasrekisteri.ui.widgets.form_rows import error_color
from asiakasrekisteri.ui.widgets.retranslating import Retranslating, set_item_texts

IdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NUMBER = 0
    CUSTOMER = 1
    DATE = 2
    DUE = 3
    TOTAL = 4
    OPEN = 5
    STATUS = 6
    SENT = 7


_HEADERS = {
    Column.NUMBER: QT_TRANSLATE_NOOP("Invoicing", "Number"),
    Column.CUSTOMER: QT_TRANSLATE_NOOP("Invoicing", "Customer"),
    Column.DATE: QT_TRANSLATE_NOOP("Invoicing", "Date"),
    Column.DUE: QT_TRANSLATE_NOOP("Invoicing", "Due"),
    Column.TOTAL: QT_TRANSLATE_NOOP("Invoicing", "Total"),
    Column.OPEN: QT_TRANSLATE_NOOP("Invoicing", "Open"),
    Column.STATUS: QT_TRANSLATE_NOOP("Invoicing", "Status"),
    Column.SENT: QT_TRANSLATE_NOOP("Invoicing", "Sent"),
}
_DRAFT_NUMBER = QT_TRANSLATE_NOOP("Invoicing", "(draft)")
_NOT_SENT = QT_TRANSLATE_NOOP("Invoicing", "Not sent")
_MONEY_COLUMNS = (Column.TOTAL, Column.OPEN)


class InvoiceListModel(QAbstractTableModel):
    """Invoices as rows; dates and money formatted only in :meth:`data`.

    Roles: :data:`IdRole` gives the invoice id, :data:`SortRole` a native value.
    """

    def __init__(self, today: Today = date.today, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[InvoiceRecord] = []
        self._today = today

    def set_records(self, records: Sequence[InvoiceRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[InvoiceRecord]:
        return list(self._records)

    def retranslate(self) -> None:
        """Let the views ask again for the headers and texts, now in another language.

        Headers, states and "(draft)" are translated, dates and money formatted with the
        locale, in :meth:`data` and :meth:`headerData` at the time they are asked for.
        """
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._records:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._records) - 1, len(Column) - 1),
                [Qt.ItemDataRole.DisplayRole],
            )

    def record_at(self, row: int) -> InvoiceRecord:
        return self._records[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return translate(_HEADERS[Column(section)])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = Column(index.column())
        if role == IdRole:
            return record.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == SortRole:
            return self._sort_value(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == Column.STATUS
            and record.is_overdue(self._today())
        ):
            return QBrush(QColor(error_color()))
        return None

    def _display(self, record: InvoiceRecord, column: Column) -> str:
        if column == Column.NUMBER:
            return str(record.number) if record.number is not None else translate(_DRAFT_NUMBER)
        if column == Column.CUSTOMER:
            return f"{record.buyer.customer_number} {record.buyer.name}".strip()
        if column == Column.DATE:
            return format_date(record.invoice_date)
        if column == Column.DUE:
            return format_date(record.due_date)
        if column == Column.TOTAL:
            return format_money(record.total)
        if column == Column.OPEN:
            return format_money(record.open_amount)
        if column == Column.SENT:
            return _sent_text(record)
        return status_text(record, self._today())

    def _sort_value(self, record: InvoiceRecord, column: Column) -> Any:
        if column == Column.NUMBER:
            return record.number if record.number is not None else -record.id
        if column == Column.CUSTOMER:
            return record.buyer.name.casefold()
        if column == Column.DATE:
            return record.invoice_date.toordinal()
        if column == Column.DUE:
            return record.due_date.toordinal()
        if column == Column.TOTAL:
            return float(record.total)  # sorting only; never shown or summed
        if column == Column.OPEN:
            return float(record.open_amount)
        if column == Column.SENT:
            return record.sent_at.timestamp() if record.sent_at is not None else 0.0
        return status_text(record, self._today())


def _sent_text(record: InvoiceRecord) -> str:
    """When the invoice reached the customer; "Not sent" while it waits, nothing for a draft."""
    if record.sent_at is not None:
        return format_date(record.sent_at.astimezone().date())
    return "" if record.is_draft else translate(_NOT_SENT)


class Filter(IntEnum):
    ALL = 0
    OPEN = 1
    OVERDUE = 2
    DRAFTS = 3


def make_view(model: QAbstractItemModel, object_name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(object_name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class InvoiceList(Retranslating, QWidget):
    """A filterable invoice table: all invoices, or one customer's.

    Attributes:
        model: The invoices.
        filter_combo: All / Open / Overdue / Drafts (``invoiceFilter``).
        view: The table (``invoiceTable``).

    Signals:
        openRequested(int): The user wants to open an invoice (double click, Enter).
    """

    openRequested = Signal(int)

    def __init__(
        self,
        invoicing: InvoicingService,
        *,
        customer_id: int | None = None,
        today: Today = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.invoicing = invoicing
        self.customer_id = customer_id
        self._today = today
        self.model = InvoiceListModel(today, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("invoiceFilter")
        for value in Filter:
            self.filter_combo.addItem("", int(value))
        self.view = make_view(self.proxy, "invoiceTable")
        self.view.setColumnHidden(Column.CUSTOMER, customer_id is not None)
        self.summary = QLabel()
        self.summary.setObjectName("invoiceListSummary")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openInvoiceButton")

        top = QHBoxLayout()
        self.show_label = QLabel()
        self.show_label.setBuddy(self.filter_combo)
        top.addWidget(self.show_label)
        top.addWidget(self.filter_combo)
        top.addStretch(1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)

        self.filter_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.view.doubleClicked.connect(self._open_index)
        self.view.activated.connect(self._open_index)
        self.open_button.clicked.connect(self._open_current)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.reload()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.filter_combo.setAccessibleName(self.tr("Show invoices"))
        set_item_texts(
            self.filter_combo,
            {
                int(Filter.ALL): self.tr("All invoices"),
                int(Filter.OPEN): self.tr("Open"),
                int(Filter.OVERDUE): self.tr("Overdue"),
                int(Filter.DRAFTS): self.tr("Drafts"),
            },
        )
        self.view.setAccessibleName(self.tr("Invoices"))
        self.open_button.setText(self.tr("&Open"))
        self.show_label.setText(self.tr("&Show:"))
        self.model.retranslate()
        self._show_summary()

    def set_filter(self, value: Filter) -> None:
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(int(value)))

    def reload(self) -> None:
        """Read the invoices again (after an edit, a payment, a filter change)."""
        chosen = Filter(int(self.filter_combo.currentData()))
        statuses: tuple[InvoiceStatus, ...] = ()
        if chosen in (Filter.OPEN, Filter.OVERDUE):
            statuses = tuple(sorted(OPEN_STATUSES))
        elif chosen == Filter.DRAFTS:
            statuses = (InvoiceStatus.DRAFT,)
        records = self.invoicing.list_invoices(
            InvoiceQuery(customer_id=self.customer_id, statuses=statuses)
        )
        today = self._today()
        if chosen == Filter.OPEN:
            records = [r for r in records if r.open_amount > 0]
        elif chosen == Filter.OVERDUE:
            records = [r for r in records if r.is_overdue(today)]
        self.model.set_records(records)
        self.view.resizeColumnsToContents()
        self._show_summary()
        self._update_buttons()

    def _show_summary(self) -> None:
        records = self.model.records()
        open_sum = sum((r.open_amount for r in records), ZERO)
        self.summary.setText(
            self.tr("%n invoice(s), open {open}", "", len(records)).format(
                open=format_money(open_sum)
            )
        )

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().hasSelection():
            return None
        value = index.siblingAtColumn(0).data(IdRole)
        return int(value) if value is not None else None

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.current_id() is not None)

    def _open_index(self, index: QModelIndex) -> None:
        value = index.siblingAtColumn(0).data(IdRole)
        if value is not None:
            self.openRequested.emit(int(value))

    def _open_current(self) -> None:
        invoice_id = self.current_id()
        if invoice_id is not None:
            self.openRequested.emit(invoice_id)


class InvoicesDialog(Retranslating, QDialog):
    """All invoices of the register, with filters (Invoices… in the menu).

    Attributes:
        invoice_list: The list.

    Signals:
        openRequested(int): Open an invoice in the editor.
        newRequested(): Start a new invoice for the current customer.
    """

    openRequested = Signal(int)

    def __init__(
        self,
        invoicing: InvoicingService,
        parent: QWidget | None = None,
        *,
        customer_id: int | None = None,
        today: Today = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invoicesDialog")
        self.resize(900, 560)
        self.invoice_list = InvoiceList(invoicing, customer_id=customer_id, today=today)
        self.invoice_list.openRequested.connect(self.openRequested)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.invoice_list, 1)
        layout.addLayout(row)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Invoices"))
        self.close_button.setText(self.tr("Close"))

    def reload(self) -> None:
        self.invoice_list.reload()
