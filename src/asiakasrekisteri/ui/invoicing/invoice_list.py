"""Lists of invoices: all of them in a window of their own, or one customer's.

The list holds only the ordered ids of one SQL query (filters, search and order run on
indexed columns of the stored totals) and reads the lines a page at a time as they are
painted (:mod:`invoice_list_model`), so 200,000 invoices open at once.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.invoice import InvoiceStatus
from asiakasrekisteri.domain.invoice_list import InvoiceFilter, InvoiceListQuery, InvoiceSort
from asiakasrekisteri.domain.money import ZERO
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.ui.formatting import format_money
from asiakasrekisteri.ui.invoicing.common import Today, status_name, translate
from asiakasrekisteri.ui.invoicing.invoice_list_model import (
    NOT_SENT,
    Column,
    IdRole,
    InvoiceListModel,
)
from asiakasrekisteri.ui.widgets.retranslating import Retranslating, set_item_texts

__all__ = [
    "Column",
    "Filter",
    "IdRole",
    "InvoiceList",
    "InvoiceListModel",
    "InvoicesDialog",
    "Period",
    "make_view",
]

_OVERDUE_TEXT = QT_TRANSLATE_NOOP("Invoicing", "Overdue")
# Typing in the search box waits this long for the next key before asking SQL.
SEARCH_DELAY_MS = 250


class Filter(IntEnum):
    ALL = 0
    OPEN = 1
    OVERDUE = 2
    DRAFTS = 3


_STATES = {
    Filter.ALL: InvoiceFilter.ALL,
    Filter.OPEN: InvoiceFilter.OPEN,
    Filter.OVERDUE: InvoiceFilter.OVERDUE,
    Filter.DRAFTS: InvoiceFilter.DRAFTS,
}


class Period(IntEnum):
    """Invoice dates shown: any, this month, this year, the last 12 months."""

    ANY = 0
    THIS_MONTH = 1
    THIS_YEAR = 2
    LAST_12_MONTHS = 3


def period_start(period: Period, today: date) -> date | None:
    """The first invoice date a period shows on ``today``; None for any date."""
    if period is Period.THIS_MONTH:
        return today.replace(day=1)
    if period is Period.THIS_YEAR:
        return today.replace(month=1, day=1)
    if period is Period.LAST_12_MONTHS:
        try:
            return today.replace(year=today.year - 1) + timedelta(days=1)
        except ValueError:  # 29 February
            return date(today.year - 1, 3, 1)
    return None


def make_view(model: QAbstractItemModel, object_name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(object_name)
    view.setModel(model)
    # The indicator is set before sorting is switched on: switching it on sorts by the
    # indicator, and newest first is the order the list already has.
    view.horizontalHeader().setSortIndicator(Column.NUMBER, Qt.SortOrder.DescendingOrder)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    # Fitting columns looks at the rows on screen only, never reads every page.
    header.setResizeContentsPrecision(0)
    return view


# Widest contents of each column (the customer's is clipped beyond it); measured in the
# font instead of the rows, which at 200,000 invoices would read every page.
_WIDEST = {
    Column.NUMBER: "0000000",
    Column.CUSTOMER: "00000 " + "n" * 30,
    Column.DATE: "00.00.0000",
    Column.DUE: "00.00.0000",
    Column.TOTAL: "000 000,00 €",
    Column.OPEN: "000 000,00 €",
    Column.SENT: "00.00.0000",
}


def fit_columns(view: QTableView) -> None:
    """Size the columns for their widest likely contents and their (translated) headers."""
    metrics = view.fontMetrics()
    model = view.model()
    padding = 3 * metrics.averageCharWidth()
    statuses = [status_name(s) for s in InvoiceStatus] + [translate(_OVERDUE_TEXT)]
    for column in Column:
        header = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        samples = statuses if column == Column.STATUS else [_WIDEST[column]]
        if column == Column.SENT:
            samples.append(translate(NOT_SENT))
        widest = max(metrics.horizontalAdvance(text) for text in [header, *samples])
        view.setColumnWidth(column, widest + padding)


class InvoiceList(Retranslating, QWidget):
    """A filterable, searchable invoice table: all invoices, or one customer's.

    Attributes:
        model: The invoices (ordered ids; lines read by page).
        query: The filters, search and order in effect.
        filter_combo: All / Open / Overdue / Drafts (``invoiceFilter``).
        period_combo: Any date / this month / this year / 12 months (``invoicePeriod``).
        search_edit: Number, reference, customer number or name (``invoiceSearch``).
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
        state: Filter = Filter.ALL,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.invoicing = invoicing
        self.customer_id = customer_id
        self._today = today
        self.query = InvoiceListQuery(state=_STATES[state], customer_id=customer_id)
        self.model = InvoiceListModel(today, self)
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("invoiceFilter")
        for value in Filter:
            self.filter_combo.addItem("", int(value))
        self.filter_combo.setCurrentIndex(int(state))
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("invoicePeriod")
        for period in Period:
            self.period_combo.addItem("", int(period))
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("invoiceSearch")
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self.view = make_view(self.model, "invoiceTable")
        self.view.setColumnHidden(Column.CUSTOMER, customer_id is not None)
        self.summary = QLabel()
        self.summary.setObjectName("invoiceListSummary")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openInvoiceButton")
        self._open_sum = format_money(ZERO)
        self._summed: tuple[InvoiceListQuery, date, int] | None = None
        self._lay_out()

        self.filter_combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.period_combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_timer.timeout.connect(self._filters_changed)
        self.model.sortRequested.connect(self._sort_requested)
        self.view.doubleClicked.connect(self._open_index)
        self.view.activated.connect(self._open_index)
        self.open_button.clicked.connect(self._open_current)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.reload()
        self.retranslateUi()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        self.show_label = QLabel()
        self.show_label.setBuddy(self.filter_combo)
        self.period_label = QLabel()
        self.period_label.setBuddy(self.period_combo)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search_edit)
        for widget in (self.show_label, self.filter_combo, self.period_label,
                       self.period_combo, self.search_label):  # fmt: skip
            top.addWidget(widget)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)

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
        set_item_texts(
            self.period_combo,
            {
                int(Period.ANY): self.tr("Any date"),
                int(Period.THIS_MONTH): self.tr("This month"),
                int(Period.THIS_YEAR): self.tr("This year"),
                int(Period.LAST_12_MONTHS): self.tr("Last 12 months"),
            },
        )
        self.period_combo.setAccessibleName(self.tr("Invoice dates"))
        self.search_edit.setPlaceholderText(self.tr("Number, reference, customer or name"))
        self.search_edit.setAccessibleName(self.tr("Search invoices"))
        self.view.setAccessibleName(self.tr("Invoices"))
        self.open_button.setText(self.tr("&Open"))
        self.show_label.setText(self.tr("&Show:"))
        self.period_label.setText(self.tr("&Dated:"))
        self.search_label.setText(self.tr("S&earch:"))
        self.model.retranslate()
        fit_columns(self.view)
        self._show_summary()

    def set_filter(self, value: Filter) -> None:
        """Show invoices in this state (reads the list again if the state changes)."""
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(int(value)))

    def _filters_changed(self) -> None:
        self._search_timer.stop()
        period = Period(int(self.period_combo.currentData()))
        query = replace(
            self.query,
            state=_STATES[Filter(int(self.filter_combo.currentData()))],
            since=period_start(period, self._today()),
            text=self.search_edit.text().strip(),
        )
        if query != self.query:
            self.query = query
            self.reload()

    def _sort_requested(self, sort: InvoiceSort, descending: bool) -> None:
        if (sort, descending) != (self.query.sort, self.query.descending):
            self.query = replace(self.query, sort=sort, descending=descending)
            self.reload()

    def reload(self) -> None:
        """Read the list again (after a filter or order change, a payment elsewhere).

        The selected invoice stays selected while it is still in the list.
        """
        chosen = self.current_id()
        today = self._today()
        ids = self.invoicing.invoice_ids(self.query, today=today)
        self.model.set_ids(ids, self.invoicing.invoice_items)
        # Only the order changed: the same invoices have the same open sum.
        unsorted = replace(self.query, sort=InvoiceSort.NUMBER, descending=True)
        if (unsorted, today, self.model.rowCount()) != self._summed:
            open_sum = self.invoicing.open_sum(self.query, today=today)
            self._open_sum = format_money(open_sum)
            self._summed = (unsorted, today, self.model.rowCount())
        if chosen is not None:
            self.select_invoice(chosen)
        self._show_summary()
        self._update_buttons()

    def refresh_invoice(self, invoice_id: int) -> None:
        """One invoice was saved: a new one reads the list again, a listed one its line."""
        if self.model.row_of(invoice_id) is None:
            self.reload()
            return
        self.model.refresh([invoice_id])
        self._open_sum = format_money(self.invoicing.open_sum(self.query, today=self._today()))
        self._show_summary()

    def select_invoice(self, invoice_id: int) -> bool:
        """Select and show an invoice of the list; False when it is not in it."""
        row = self.model.row_of(invoice_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.selectRow(row)
        self.view.scrollTo(index)
        return True

    def _show_summary(self) -> None:
        count = self.model.rowCount()
        self.summary.setText(
            self.tr("%n invoice(s), open {open}", "", count).format(open=self._open_sum)
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
        state: Filter = Filter.ALL,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invoicesDialog")
        self.resize(980, 560)
        self.invoice_list = InvoiceList(
            invoicing, customer_id=customer_id, today=today, state=state
        )
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
