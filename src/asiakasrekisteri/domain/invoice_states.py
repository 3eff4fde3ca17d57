"""The stored states and kinds of an invoice, and what is left to pay in each.

Apart from ``domain.invoice`` so that the list lines (``domain.invoice_list``) and the
full records can both use them.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from asiakasrekisteri.domain.money import ZERO

__all__ = ["OPEN_STATUSES", "InvoiceKind", "InvoiceStatus", "open_amount_of"]


class InvoiceStatus(StrEnum):
    """Stored state of an invoice; "overdue" is derived from the due date, never stored."""

    DRAFT = "draft"
    SENT = "sent"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    CREDITED = "credited"


OPEN_STATUSES = frozenset({InvoiceStatus.SENT, InvoiceStatus.PARTLY_PAID})


class InvoiceKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"  # hyvityslasku


def open_amount_of(
    kind: InvoiceKind | str,
    status: InvoiceStatus | str,
    gross: Decimal,
    credited: Decimal,
    paid: Decimal,
) -> Decimal:
    """What is still to be paid; 0 for drafts, credit notes and settled invoices.

    One rule for the record and for the amount stored on the invoice row.
    """
    if InvoiceKind(kind) is InvoiceKind.CREDIT_NOTE or InvoiceStatus(status) not in OPEN_STATUSES:
        return ZERO
    return max(gross - credited - paid, ZERO)


def overpaid_amount_of(
    kind: InvoiceKind | str,
    status: InvoiceStatus | str,
    gross: Decimal,
    credited: Decimal,
    paid: Decimal,
) -> Decimal:
    """Paid beyond the amount due, refunds not deducted, else 0.

    On an invoice credited in full every payment is beyond it: credit notes made row by
    row may add up to a cent more or less than the invoice (each rounds its own VAT), and
    the customer must get back what they paid, not that cent. One rule for the record and
    for the card's sum read from the stored totals.
    """
    if InvoiceKind(kind) is InvoiceKind.CREDIT_NOTE or InvoiceStatus(status) is InvoiceStatus.DRAFT:
        return ZERO
    if InvoiceStatus(status) is InvoiceStatus.CREDITED:
        return paid
    return max(paid + credited - gross, ZERO)
