"""The one rule every payment goes by: paid amount, state and the day paid in full."""

from __future__ import annotations

import doctest
from datetime import date
from decimal import Decimal

from asiakasrekisteri.domain import settlement
from asiakasrekisteri.domain.invoice import InvoiceStatus
from asiakasrekisteri.domain.settlement import settle

D = Decimal


def test_doctests() -> None:
    assert doctest.testmod(settlement).failed == 0


def test_no_payments_leave_the_invoice_sent() -> None:
    assert settle(D("100.00"), D("0.00"), []) == (D("0.00"), InvoiceStatus.SENT, None)


def test_a_part_payment_makes_it_partly_paid() -> None:
    state = settle(D("100.00"), D("0.00"), [(date(2025, 3, 1), D("40.00"))])
    assert (state.paid, state.status, state.paid_date) == (
        D("40.00"),
        InvoiceStatus.PARTLY_PAID,
        None,
    )


def test_paid_on_the_day_the_payments_reach_the_total_in_date_order() -> None:
    # Recorded late, paid early: the day the total was reached is the 5th.
    payments = [(date(2025, 3, 9), D("30.00")), (date(2025, 3, 1), D("40.00")),
                (date(2025, 3, 5), D("30.00")), (date(2025, 3, 20), D("5.00"))]  # fmt: skip
    state = settle(D("100.00"), D("0.00"), payments)
    assert (state.paid, state.status, state.paid_date) == (
        D("105.00"),
        InvoiceStatus.PAID,
        date(2025, 3, 9),
    )


def test_credit_notes_count_towards_the_total() -> None:
    state = settle(D("100.00"), D("60.00"), [(date(2025, 3, 1), D("40.00"))])
    assert (state.status, state.paid_date) == (InvoiceStatus.PAID, date(2025, 3, 1))


def test_the_last_payment_reaches_the_total() -> None:
    state = settle(
        D("100.00"), D("0.00"), [(date(2025, 3, 1), D("60.00")), (date(2025, 3, 2), D("40.00"))]
    )
    assert state.paid_date == date(2025, 3, 2)
