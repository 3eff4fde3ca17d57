"""What a list of invoices shows of each: one light line, read from the stored totals.

The invoices window and the card's latest invoices show thousands of these; the full
:class:`~asiakasrekisteri.domain.invoice.InvoiceRecord` (rows, parties, payments) is
read only for the invoice opened. The card's figures (:class:`CustomerFigures`), sums
of the same stored totals, are here too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from asiakasrekisteri.domain.invoice_states import InvoiceKind, InvoiceStatus
from asiakasrekisteri.domain.money import ZERO


class InvoiceFilter(StrEnum):
    """Which invoices by state: all, those with money open, open past the due date, drafts."""

    ALL = "all"
    OPEN = "open"
    OVERDUE = "overdue"
    DRAFTS = "drafts"


class InvoiceSort(StrEnum):
    """The column a list is ordered by (each has an index)."""

    NUMBER = "number"
    CUSTOMER = "customer"
    DATE = "date"
    DUE = "due"
    TOTAL = "total"
    OPEN = "open"
    STATUS = "status"
    SENT = "sent"


@dataclass(frozen=True)
class InvoiceListQuery:
    """Which invoices a list shows and in which order.

    Attributes:
        state: All, open, overdue or drafts.
        customer_id: Only this customer's (as customer or billing customer).
        since: Only invoices dated on or after this day.
        until: Only invoices dated on or before this day.
        text: Words in the number, reference, customer number or buyer's name.
        sort: The order; drafts come before numbered invoices when sorted by number.
        descending: Largest (newest) first.
    """

    state: InvoiceFilter = InvoiceFilter.ALL
    customer_id: int | None = None
    since: date | None = None
    until: date | None = None
    text: str = ""
    sort: InvoiceSort = InvoiceSort.NUMBER
    descending: bool = True


@dataclass(frozen=True)
class InvoiceListItem:
    """One invoice as a list line shows it.

    Attributes:
        customer_number: The buyer's number as printed (a draft's: the card's today).
        customer_name: The buyer's name likewise.
        total: The gross total (VAT included); negative for a credit note.
        open_amount: What is still to be paid.
        sent_at: When it first reached the customer; None while it waits (or a draft).
    """

    id: int
    kind: InvoiceKind
    status: InvoiceStatus
    number: int | None
    customer_id: int
    customer_number: str
    customer_name: str
    invoice_date: date
    due_date: date
    total: Decimal
    open_amount: Decimal
    sent_at: datetime | None = None

    @property
    def is_draft(self) -> bool:
        return self.status is InvoiceStatus.DRAFT

    def is_overdue(self, today: date) -> bool:
        """True when money is still open after the due date."""
        return self.open_amount > 0 and self.due_date < today


@dataclass(frozen=True)
class CustomerFigures:
    """The financial figures on the customer card.

    Attributes:
        invoiced_12_months: Invoiced (VAT included, credit notes deducted) in the last
            12 months by invoice date.
        invoiced_all_time: Likewise for all time.
        open_receivables: Sum still open.
        overdue_receivables: Of that, past the due date.
        interest_to_date: Penalty interest of the open invoices to the day of the
            figures, the same as a statement and a reminder of that day show; None while
            the reference rate of a half-year it runs in is not in the table.
        missing_reference_rate: The first day of that half-year, else None.
        average_payment_days: Mean days from invoice date to full payment, over invoices
            paid in the last 12 months; None when there are none.
        average_payment_delay_days: Mean days of full payment relative to the due date
            (negative = early) over the same invoices; None when there are none.
        latest_invoices: The newest finalised invoices, newest first.
        refunds_owed: What the seller owes the customer back (credit notes and
            overpayments not yet refunded).
    """

    invoiced_12_months: Decimal
    invoiced_all_time: Decimal
    open_receivables: Decimal
    overdue_receivables: Decimal
    average_payment_days: Decimal | None
    average_payment_delay_days: Decimal | None
    latest_invoices: tuple[InvoiceListItem, ...] = field(default=())
    interest_to_date: Decimal | None = ZERO
    missing_reference_rate: date | None = None
    refunds_owed: Decimal = ZERO
