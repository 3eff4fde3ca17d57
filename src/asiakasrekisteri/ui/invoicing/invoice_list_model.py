"""Table model of invoice lists: ordered ids, lines fetched a page at a time as painted.

The register's whole list can be 200,000 invoices: like the customer list, the model
holds one list of ids from an SQL query (filters and order run there) and a cache of
light lines read a page at a time when the view paints them. A short list (the card's
latest invoices) is handed over whole and sorted in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from asiakasrekisteri.domain.invoice_list import InvoiceListItem, InvoiceSort
from asiakasrekisteri.ui.formatting import format_date, format_money
from asiakasrekisteri.ui.invoicing.common import Today, status_text, translate
from asiakasrekisteri.ui.widgets.form_rows import error_color

IdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 200

_Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[Sequence[int]], Mapping[int, InvoiceListItem]]


class Column(IntEnum):
    NUMBER = 0
    CUSTOMER = 1
    DATE = 2
    DUE = 3
    TOTAL = 4
    OPEN = 5
    STATUS = 6
    SENT = 7


SORT_OF_COLUMN = {
    Column.NUMBER: InvoiceSort.NUMBER,
    Column.CUSTOMER: InvoiceSort.CUSTOMER,
    Column.DATE: InvoiceSort.DATE,
    Column.DUE: InvoiceSort.DUE,
    Column.TOTAL: InvoiceSort.TOTAL,
    Column.OPEN: InvoiceSort.OPEN,
    Column.STATUS: InvoiceSort.STATUS,
    Column.SENT: InvoiceSort.SENT,
}
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
NOT_SENT = QT_TRANSLATE_NOOP("Invoicing", "Not sent")
_MONEY_COLUMNS = (Column.TOTAL, Column.OPEN)


class InvoiceListModel(QAbstractTableModel):
    """Invoices as rows; dates and money formatted only in :meth:`data`.

    Roles: :data:`IdRole` gives the invoice id, :data:`SortRole` a native value.

    Signals:
        sortRequested(InvoiceSort, bool): The view asked for another order of a list
            whose order comes from SQL (the owner runs the query and calls
            :meth:`set_ids`); the bool is True for descending.
    """

    sortRequested = Signal(object, bool)

    def __init__(self, today: Today = date.today, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._ids: list[int] = []
        self._cache: dict[int, InvoiceListItem] = {}
        self._fetch: Fetch | None = None
        self.fetches = 0  # pages read so far; tests and benchmarks look

    # --- feeding ---------------------------------------------------------------------

    def set_items(self, items: Sequence[InvoiceListItem]) -> None:
        """Show these lines, in this order; the model sorts them itself."""
        self.beginResetModel()
        self._fetch = None
        self._ids = [item.id for item in items]
        self._cache = {item.id: item for item in items}
        self.endResetModel()

    def set_ids(self, ids: list[int], fetch: Fetch) -> None:
        """Show these invoices in this order, reading their lines with ``fetch`` by page."""
        self.beginResetModel()
        self._fetch = fetch
        self._ids = ids
        self._cache = {}
        self.endResetModel()

    def refresh(self, invoice_ids: Sequence[int]) -> None:
        """Read the lines of some invoices again (one was saved); others stay cached."""
        if self._fetch is None:
            return
        rows = {invoice_id: n for n, invoice_id in enumerate(self._ids)}
        wanted = [i for i in invoice_ids if i in rows]
        if not wanted:
            return
        self._cache.update(self._fetch(wanted))
        for invoice_id in wanted:
            row = rows[invoice_id]
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, invoice_id: int) -> int | None:
        try:
            return self._ids.index(invoice_id)
        except ValueError:
            return None

    def item_at(self, row: int) -> InvoiceListItem | None:
        """The line of ``row``, reading its page first if it is not cached."""
        invoice_id = self._ids[row]
        item = self._cache.get(invoice_id)
        if item is None and self._fetch is not None:
            start = row - row % PAGE_SIZE
            self._cache.update(self._fetch(self._ids[start : start + PAGE_SIZE]))
            self.fetches += 1
            item = self._cache.get(invoice_id)
        return item

    def retranslate(self) -> None:
        """Let the views ask again for the headers and texts, now in another language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._ids) - 1, len(Column) - 1),
                [Qt.ItemDataRole.DisplayRole],
            )

    # --- Qt model interface ----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

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
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == IdRole:
            return self._ids[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, SortRole, Qt.ItemDataRole.ForegroundRole):
            return None
        item = self.item_at(index.row())
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(item, column, self._today())
        if role == SortRole:
            return _sort_value(item, column, self._today())
        if column == Column.STATUS and item.is_overdue(self._today()):
            return QBrush(QColor(error_color()))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._fetch is not None:
            self.sortRequested.emit(SORT_OF_COLUMN[Column(column)], descending)
            return
        today = self._today()
        items = [self._cache[i] for i in self._ids]
        items.sort(key=lambda item: _sort_value(item, Column(column), today), reverse=descending)
        self.layoutAboutToBeChanged.emit()
        self._ids = [item.id for item in items]
        self.layoutChanged.emit()


def _display(item: InvoiceListItem, column: Column, today: date) -> str:
    if column == Column.NUMBER:
        return str(item.number) if item.number is not None else translate(_DRAFT_NUMBER)
    if column == Column.CUSTOMER:
        return f"{item.customer_number} {item.customer_name}".strip()
    if column == Column.DATE:
        return format_date(item.invoice_date)
    if column == Column.DUE:
        return format_date(item.due_date)
    if column == Column.TOTAL:
        return format_money(item.total)
    if column == Column.OPEN:
        return format_money(item.open_amount)
    if column == Column.SENT:
        if item.sent_at is not None:
            return format_date(item.sent_at.astimezone().date())
        return "" if item.is_draft else translate(NOT_SENT)
    return status_text(item, today)


def _sort_value(item: InvoiceListItem, column: Column, today: date) -> Any:
    if column == Column.NUMBER:
        return item.number if item.number is not None else -item.id
    if column == Column.CUSTOMER:
        return item.customer_name.casefold()
    if column == Column.DATE:
        return item.invoice_date.toordinal()
    if column == Column.DUE:
        return item.due_date.toordinal()
    if column == Column.TOTAL:
        return item.total
    if column == Column.OPEN:
        return item.open_amount
    if column == Column.SENT:
        return item.sent_at.timestamp() if item.sent_at is not None else 0.0
    return status_text(item, today)
