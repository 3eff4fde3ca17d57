"""What an invoice's payments make of it: the paid amount, its state and the paid day.

One rule for every way a payment arrives (typed in, read from the bank's file, taken from
the customer's credit), so that the card, reminders and statements see the same state.

>>> from datetime import date
>>> from decimal import Decimal as D
>>> payments = [(date(2025, 3, 1), D("40.00")), (date(2025, 3, 9), D("60.00"))]
>>> state = settle(D("100.00"), D("0.00"), payments)
>>> state.paid, state.status.value, state.paid_date
(Decimal('100.00'), 'paid', datetime.date(2025, 3, 9))
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from asiakasrekisteri.domain.invoice import InvoiceStatus
from asiakasrekisteri.domain.money import ZERO

__all__ = ["Settlement", "settle"]


class Settlement(NamedTuple):
    """An invoice's payment state.

    Attributes:
        paid: Sum of the payments.
        status: Paid once the payments and credits reach the total; partly paid or sent
            before that.
        paid_date: The day of the payment that reached the total, else None.
    """

    paid: Decimal
    status: InvoiceStatus
    paid_date: date | None


def settle(
    total: Decimal, credited: Decimal, payments: Sequence[tuple[date, Decimal]]
) -> Settlement:
    """The state of a sent invoice with these payments.

    Args:
        total: The invoice total.
        credited: What credit notes took off it.
        payments: ``(day, amount)`` in the order they were recorded; payments of one day
            count in that order.

    Returns:
        The paid sum, the state and the day the invoice became paid in full.
    """
    paid = sum((amount for _day, amount in payments), ZERO)
    if not payments or paid + credited < total:
        status = InvoiceStatus.PARTLY_PAID if paid > 0 else InvoiceStatus.SENT
        return Settlement(paid, status, None)
    ordered = sorted(payments, key=lambda p: p[0])  # stable: one day keeps its order
    running = credited
    for day, amount in ordered[:-1]:
        running += amount
        if running >= total:
            return Settlement(paid, InvoiceStatus.PAID, day)
    return Settlement(paid, InvoiceStatus.PAID, ordered[-1][0])
