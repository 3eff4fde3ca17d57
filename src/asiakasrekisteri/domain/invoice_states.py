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
