"""Table model of the customer list, fed from SQL a page at a time.

Anki's browser table is the model: the model holds the ordered id list of one SQL query
(searching and sorting happen in SQL) and a cache of light rows filled a page at a time,
so 100,000 customers cost one list of ints.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from asiakasrekisteri.domain.enums import CustomerStatus, CustomerType
from asiakasrekisteri.services.customers import (
    CustomerQuery,
    CustomerRow,
    CustomerService,
    SortColumn,
)

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NUMBER = 0
    NAME = 1
    TYPE = 2
    BUSINESS_ID = 3
    CITY = 4
    EMAIL = 5
    PHONE = 6
    STATUS = 7
    GROUP = 8


_SORT_COLUMNS = {
    Column.NUMBER: SortColumn.NUMBER,
    Column.NAME: SortColumn.NAME,
    Column.TYPE: SortColumn.TYPE,
    Column.BUSINESS_ID: SortColumn.BUSINESS_ID,
    Column.CITY: SortColumn.CITY,
    Column.EMAIL: SortColumn.EMAIL,
    Column.PHONE: SortColumn.PHONE,
    Column.STATUS: SortColumn.STATUS,
    Column.GROUP: SortColumn.GROUP,
}

# Marked for lupdate; translated when shown.
_CONTEXT = "CustomerListModel"
_HEADERS = {
    Column.NUMBER: QT_TRANSLATE_NOOP("CustomerListModel", "Number"),
    Column.NAME: QT_TRANSLATE_NOOP("CustomerListModel", "Name"),
    Column.TYPE: QT_TRANSLATE_NOOP("CustomerListModel", "Type"),
    Column.BUSINESS_ID: QT_TRANSLATE_NOOP("CustomerListModel", "Y-tunnus"),
    Column.CITY: QT_TRANSLATE_NOOP("CustomerListModel", "City"),
    Column.EMAIL: QT_TRANSLATE_NOOP("CustomerListModel", "Email"),
    Column.PHONE: QT_TRANSLATE_NOOP("CustomerListModel", "Phone"),
    Column.STATUS: QT_TRANSLATE_NOOP("CustomerListModel", "Status"),
    Column.GROUP: QT_TRANSLATE_NOOP("CustomerListModel", "Group"),
}
_TYPE_NAMES = {
    CustomerType.COMPANY: QT_TRANSLATE_NOOP("CustomerListModel", "Company"),
    CustomerType.PRIVATE: QT_TRANSLATE_NOOP("CustomerListModel", "Private person"),
}
_STATUS_NAMES = {
    CustomerStatus.SUSPECT: QT_TRANSLATE_NOOP("CustomerListModel", "Suspect"),
    CustomerStatus.PROSPECT: QT_TRANSLATE_NOOP("CustomerListModel", "Prospect"),
    CustomerStatus.TRIAL: QT_TRANSLATE_NOOP("CustomerListModel", "Trial"),
    CustomerStatus.REGULAR: QT_TRANSLATE_NOOP("CustomerListModel", "Regular"),
}
_INACTIVE = QT_TRANSLATE_NOOP("CustomerListModel", "Inactive customer")


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


def type_name(value: CustomerType) -> str:
    """Translated name of a customer type."""
    return _tr(_TYPE_NAMES[value])


def status_name(value: CustomerStatus) -> str:
    """Translated name of a customer status."""
    return _tr(_STATUS_NAMES[value])


class CustomerListModel(QAbstractTableModel):
    """Customers matching a query, in the query's order.

    Attributes:
        service: Where rows come from.
        query: The search, filters and order in effect.

    Signals:
        reloaded: The id list was replaced (new search, filter or sort).
    """

    reloaded = Signal()

    def __init__(self, service: CustomerService, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.query = CustomerQuery()
        self._ids: list[int] = []
        # Built when first asked: 30 ms at 100,000 customers, and a start-up sets the
        # query more than once before anyone looks a row up.
        self._row_of: dict[int, int] | None = None
        self._cache: dict[int, CustomerRow] = {}

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
            return _tr(_HEADERS[Column(section)])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        customer_id = self._ids[index.row()]
        if role == ID_ROLE:
            return customer_id
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            SORT_ROLE,
        ):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.active:
                return None
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        column = Column(index.column())
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        text = self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return None if row.active else _tr(_INACTIVE)
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self.set_query(
            _replace(
                self.query,
                sort=_SORT_COLUMNS[Column(column)],
                descending=order == Qt.SortOrder.DescendingOrder,
            )
        )

    # --- our interface ---------------------------------------------------------------

    def set_query(self, query: CustomerQuery) -> None:
        """Run a new query; the view keeps its selection by id (see the view)."""
        ids = self.service.list_ids(query)
        self.beginResetModel()
        self.query = query
        self._ids = ids
        self._row_of = None
        self._cache.clear()
        self.endResetModel()
        self.reloaded.emit()

    def reload(self) -> None:
        self.set_query(self.query)

    def retranslate(self) -> None:
        """Let the views ask again for the headers and texts, now in another language.

        Headers, type and status names are translated in :meth:`data` and
        :meth:`headerData` when they are asked for; the cached rows stay.
        """
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._ids) - 1, len(Column) - 1),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
            )

    def customer_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: int) -> int | None:
        return self._rows_by_id().get(customer_id)

    def ids(self) -> list[int]:
        return list(self._ids)

    def refresh_customer(self, customer_id: int) -> None:
        """One customer changed: refresh only its row (no reset, keeps scroll position)."""
        row = self._rows_by_id().get(customer_id)
        if row is None:
            return
        self._cache.pop(customer_id, None)
        self.dataChanged.emit(
            self.index(row, 0),
            self.index(row, len(Column) - 1),
            [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole],
        )

    # --- internals ---------------------------------------------------------------------

    def _rows_by_id(self) -> dict[int, int]:
        if self._row_of is None:
            self._row_of = {cid: n for n, cid in enumerate(self._ids)}
        return self._row_of

    def _row(self, row_number: int) -> CustomerRow | None:
        customer_id = self._ids[row_number]
        cached = self._cache.get(customer_id)
        if cached is not None:
            return cached
        start = max(0, row_number - PAGE_SIZE // 4)
        page = [i for i in self._ids[start : start + PAGE_SIZE] if i not in self._cache]
        if len(self._cache) > 20 * PAGE_SIZE:
            self._cache.clear()
        self._cache.update(self.service.rows(page))
        return self._cache.get(customer_id)

    @staticmethod
    def _display(row: CustomerRow, column: Column) -> str:
        if column is Column.NUMBER:
            return row.customer_number
        if column is Column.NAME:
            return row.name
        if column is Column.TYPE:
            return type_name(row.customer_type)
        if column is Column.BUSINESS_ID:
            return row.business_id
        if column is Column.CITY:
            return row.city
        if column is Column.EMAIL:
            return row.email
        if column is Column.PHONE:
            return row.phone
        if column is Column.STATUS:
            return status_name(row.status)
        return row.group

    @staticmethod
    def _sort_value(row: CustomerRow, column: Column) -> Any:
        if column is Column.NUMBER:
            return (len(row.customer_number), row.customer_number)
        return CustomerListModel._display(row, column).casefold()


def _replace(query: CustomerQuery, **changes: Any) -> CustomerQuery:
    from dataclasses import replace

    return replace(query, **changes)
