"""What a list of invoices shows of each: one light line, read from the stored totals.

The invoices window and the card's latest invoices show thousands of these; the full
:class:`~asiakasrekisteri.domain.invoice.InvoiceRecord` (rows, parties, payments) is
read only for the invoice opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from asiakasrekisteri.domain.invoice_states import InvoiceKind, InvoiceStatus


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
