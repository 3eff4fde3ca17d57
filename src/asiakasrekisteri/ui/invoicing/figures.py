"""The invoicing figures on the customer card's overview."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.invoice_list import CustomerFigures
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.ui.formatting import format_date, format_money
from asiakasrekisteri.ui.invoicing.common import Today
from asiakasrekisteri.ui.invoicing.invoice_list import Column, IdRole, InvoiceListModel, make_view
from asiakasrekisteri.ui.widgets.form_rows import error_color
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

_EMPTY = "—"
_FIGURES = (
    "invoiced_12", "invoiced_all", "open", "overdue", "interest", "payment_days",
    "payment_delay", "credit_limit", "refunds_owed",
)  # fmt: skip


class InvoicingFigures(Retranslating, QWidget):
    """Invoiced, open and overdue sums, interest, payment habits and the latest invoices.

    Attributes:
        figures: The figures shown, or None before a customer is shown.
        no_invoices_label: "No invoices yet." (``noInvoicesLabel``).
        values: Figure key → its value label (``figure_<key>``).
        latest_view: The latest invoices (``latestInvoices``).
        new_invoice_button: ``newInvoiceButton``; its action is connected by the caller.
        statement_button: ``statementButton``.

    Signals:
        openInvoiceRequested(int): A latest invoice was double-clicked.
    """

    openInvoiceRequested = Signal(int)

    def __init__(
        self,
        invoicing: InvoicingService,
        parent: QWidget | None = None,
        *,
        today: Today = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invoicingFiguresWidget")
        self.invoicing = invoicing
        self._today = today
        self.figures: CustomerFigures | None = None
        self.customer_id: int | None = None
        self._credit_limit: Decimal | None = None

        self.no_invoices_label = QLabel()
        self.no_invoices_label.setObjectName("noInvoicesLabel")
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        # The card gives the box a third of its width: long rows put the value underneath.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.values: dict[str, QLabel] = {}
        self._rows: dict[str, QLabel] = {}
        for key in _FIGURES:
            value = QLabel()
            value.setObjectName(f"figure_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label = QLabel()
            form.addRow(label, value)
            self.values[key] = value
            self._rows[key] = label

        self.latest_title = QLabel()
        self.latest_model = InvoiceListModel(today, self)
        self.latest_view = make_view(self.latest_model, "latestInvoices")
        self.latest_view.setSortingEnabled(False)
        for column in (Column.CUSTOMER, Column.DUE, Column.OPEN, Column.SENT):
            self.latest_view.setColumnHidden(column, True)
        self.latest_view.setMinimumHeight(110)
        self._fit_latest()

        self.new_invoice_button = QPushButton()
        self.new_invoice_button.setObjectName("newInvoiceButton")
        self.statement_button = QPushButton()
        self.statement_button.setObjectName("statementButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_invoice_button)
        buttons.addWidget(self.statement_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.no_invoices_label)
        layout.addLayout(form)
        layout.addWidget(self.latest_title)
        layout.addWidget(self.latest_view, 1)
        layout.addLayout(buttons)
        self.latest_view.doubleClicked.connect(self._open_index)
        self.show_customer(None)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        titles = {
            "invoiced_12": self.tr("Invoiced, 12 months"),
            "invoiced_all": self.tr("Invoiced, all time"),
            "open": self.tr("Open receivables"),
            "overdue": self.tr("Overdue receivables"),
            "interest": self.tr("Penalty interest to date"),
            "payment_days": self.tr("Average payment time (12 months)"),
            "payment_delay": self.tr("Paid on average (12 months)"),
            "credit_limit": self.tr("Credit limit"),
            "refunds_owed": self.tr("Refunds owed to the customer"),
        }
        for key, label in self._rows.items():
            label.setText(titles[key])
            self.values[key].setAccessibleName(titles[key])
        self.no_invoices_label.setText(self.tr("No invoices yet."))
        latest = self.tr("Latest invoices")
        self.latest_title.setText(latest)
        self.latest_view.setAccessibleName(latest)
        self.new_invoice_button.setText(self.tr("New invoice…"))
        self.statement_button.setText(self.tr("Statement…"))
        self.statement_button.setToolTip(
            self.tr("A PDF of the customer's open invoices with one payment slip")
        )
        self._show_figures()
        self.latest_model.retranslate()
        self._fit_latest()

    def show_customer(self, customer_id: int | None, credit_limit: Decimal | None = None) -> None:
        """Show one customer's figures; None for a card that is not saved yet."""
        self.customer_id = customer_id
        self._credit_limit = credit_limit
        figures = None
        if customer_id is not None:
            try:
                figures = self.invoicing.customer_figures(customer_id, today=self._today())
            except ValidationError:
                figures = None  # the customer was deleted under us; show nothing
        self.figures = figures
        self.latest_model.set_items(figures.latest_invoices if figures is not None else ())
        self._fit_latest()
        self._show_figures()

    def _show_figures(self) -> None:
        """Put :attr:`figures` into the labels, in the language and locale now in use."""
        figures, credit_limit = self.figures, self._credit_limit
        self.new_invoice_button.setEnabled(self.customer_id is not None)
        has_invoices = figures is not None and bool(figures.latest_invoices)
        self.statement_button.setEnabled(figures is not None and figures.open_receivables > 0)
        self.no_invoices_label.setVisible(not has_invoices)
        owed = figures.refunds_owed if figures is not None else Decimal(0)
        for key, label in self._rows.items():
            shown = has_invoices or (key == "credit_limit" and credit_limit is not None)
            shown = shown and (key != "refunds_owed" or owed > 0)
            label.setVisible(shown)
            self.values[key].setVisible(shown)
        self.latest_title.setVisible(has_invoices)
        self.latest_view.setVisible(has_invoices)
        self.values["credit_limit"].setText(
            format_money(credit_limit) if credit_limit is not None else _EMPTY
        )
        if figures is None:
            return
        self.values["refunds_owed"].setText(format_money(figures.refunds_owed))
        self.values["invoiced_12"].setText(format_money(figures.invoiced_12_months))
        self.values["invoiced_all"].setText(format_money(figures.invoiced_all_time))
        self.values["open"].setText(format_money(figures.open_receivables))
        self.values["overdue"].setText(format_money(figures.overdue_receivables))
        interest = figures.interest_to_date
        self.values["interest"].setText("–" if interest is None else format_money(interest))
        missing = figures.missing_reference_rate
        self.values["interest"].setToolTip(
            ""
            if missing is None
            else self.tr(
                "The reference rate of the half-year starting {day} is not in the table; "
                "add it in Settings › Invoicing."
            ).format(day=format_date(missing))
        )
        overdue = figures.overdue_receivables > 0
        self.values["overdue"].setStyleSheet(f"color: {error_color()};" if overdue else "")
        over_limit = credit_limit is not None and figures.open_receivables > credit_limit
        self.values["open"].setStyleSheet(f"color: {error_color()};" if over_limit else "")
        self.values["open"].setToolTip(
            self.tr("Open receivables exceed the credit limit.") if over_limit else ""
        )
        self.values["payment_days"].setText(self._days(figures.average_payment_days))
        self.values["payment_delay"].setText(self._delay(figures.average_payment_delay_days))

    def reload(self) -> None:
        """Read the figures again for the customer shown (after an invoice changed)."""
        self.show_customer(self.customer_id, self._credit_limit)

    def _open_index(self, index: QModelIndex) -> None:
        value = index.siblingAtColumn(0).data(IdRole)
        if value is not None:
            self.openInvoiceRequested.emit(int(value))

    def _days(self, value: Decimal | None) -> str:
        if value is None:
            return _EMPTY
        return self.tr("{days} days").format(days=_number(value))

    def _delay(self, value: Decimal | None) -> str:
        if value is None:
            return _EMPTY
        if value > 0:
            return self.tr("{days} d after due date").format(days=_number(value))
        if value < 0:
            return self.tr("{days} d before due date").format(days=_number(-value))
        return self.tr("on the due date")

    def _fit_latest(self) -> None:
        """Every column as wide as its contents; the state also takes the width left over.

        Qt never narrows a stretched last section below the width it had when the
        stretching began (100 pixels unless told), so the state starts at the width of
        its texts: the box needs no scroll bar when they fit, and shows them whole when
        they do not.
        """
        header = self.latest_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)


def _number(value: Decimal) -> str:
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", QLocale().decimalPoint())
