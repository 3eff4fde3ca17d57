"""Tests for asiakasrekisteri.domain.interest (rates: Bank of Finland)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.interest import (
    MAX_CONSUMER_REMINDER_FEE,
    REFERENCE_RATES,
    penalty_interest,
    penalty_rate,
    reference_rate_on,
    reminder_fee,
    statutory_penalty_interest,
)

D = Decimal


@pytest.mark.parametrize(
    ("day", "reference", "penalty", "b2b"),
    [
        (date(2024, 1, 1), "4.5", "11.5", "12.5"),
        (date(2024, 7, 1), "4.5", "11.5", "12.5"),
        (date(2025, 1, 1), "3.5", "10.5", "11.5"),
        (date(2025, 6, 30), "3.5", "10.5", "11.5"),
        (date(2025, 7, 1), "2.5", "9.5", "10.5"),
        (date(2026, 1, 1), "2.5", "9.5", "10.5"),
        (date(2030, 3, 1), "2.5", "9.5", "10.5"),  # beyond the table: latest half-year
    ],
)
def test_rates(day: date, reference: str, penalty: str, b2b: str) -> None:
    assert reference_rate_on(day) == D(reference)
    assert penalty_rate(day, b2b=False) == D(penalty)
    assert penalty_rate(day, b2b=True) == D(b2b)


def test_table_shape() -> None:
    starts = [period.start for period in REFERENCE_RATES]
    assert starts == sorted(starts)
    assert all(start.day == 1 and start.month in (1, 7) for start in starts)


def test_before_table() -> None:
    with pytest.raises(ValidationError) as info:
        reference_rate_on(date(2023, 12, 31))
    assert info.value.code == "interest.date_out_of_range"
    with pytest.raises(ValidationError):
        penalty_rate(date(2023, 12, 31), b2b=True)


def test_fixed_rate() -> None:
    assert penalty_rate(date(2020, 1, 1), b2b=False, fixed=D("16")) == D("16")
    with pytest.raises(ValidationError) as info:
        penalty_rate(date(2025, 1, 1), b2b=False, fixed=D("-1"))
    assert info.value.code == "interest.rate_range"


def test_penalty_interest() -> None:
    # 1000 € × 10.5 % × 30 / 365 = 8.6301… → 8.63
    assert penalty_interest(D("1000"), date(2025, 3, 1), date(2025, 3, 31), D("10.5")) == D("8.63")
    # one day late: interest for one day
    assert penalty_interest(D("365"), date(2025, 3, 1), date(2025, 3, 2), D("10")) == D("0.10")


def test_penalty_interest_half_up() -> None:
    # 73 € × 10 % × 5 / 365 = 0.1 exactly; 36.5 € × 10 % × 1/365 = 0.01
    assert penalty_interest(D("73"), date(2025, 1, 1), date(2025, 1, 6), D("10")) == D("0.10")
    # 18.25 × 10 % / 365 = 0.005 → 0.01 (half up)
    assert penalty_interest(D("18.25"), date(2025, 1, 1), date(2025, 1, 2), D("10")) == D("0.01")


def test_no_interest_when_paid_on_time() -> None:
    for paid in (date(2025, 3, 1), date(2025, 2, 1)):
        assert penalty_interest(D("1000"), date(2025, 3, 1), paid, D("10.5")) == D("0.00")


def test_leap_year_uses_365() -> None:
    # 2024 has 366 days, but the divisor stays 365: a full year gives 366/365 of the rate.
    result = penalty_interest(D("365"), date(2023, 12, 31), date(2024, 12, 31), D("10"))
    assert result == D("36.60")


@pytest.mark.parametrize(
    ("amount", "rate", "code"),
    [
        ("-1", "10", "interest.amount_range"),
        ("1", "-10", "interest.rate_range"),
    ],
)
def test_penalty_interest_rejects(amount: str, rate: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        penalty_interest(D(amount), date(2025, 1, 1), date(2025, 2, 1), D(rate))
    assert info.value.code == code


def test_statutory_within_one_half_year() -> None:
    due, paid = date(2025, 3, 1), date(2025, 3, 31)
    assert statutory_penalty_interest(D("1000"), due, paid, b2b=False) == penalty_interest(
        D("1000"), due, paid, D("10.5")
    )
    assert statutory_penalty_interest(D("1000"), due, due, b2b=True) == D("0.00")


def test_statutory_split_at_half_year() -> None:
    # Due 20.6.2025, paid 10.7.2025: 10 days (21.–30.6.) at 10.5 %, 10 days at 9.5 %.
    expected = D("1000") * (D("10.5") * 10 + D("9.5") * 10) / 100 / 365
    result = statutory_penalty_interest(D("1000"), date(2025, 6, 20), date(2025, 7, 10), b2b=False)
    assert result == expected.quantize(D("0.01"))
    assert result == D("5.48")


def test_statutory_over_year_end_b2b() -> None:
    # Due 31.12.2024 → interest from 1.1.2025 at 3.5 + 8; 31 days.
    result = statutory_penalty_interest(D("365"), date(2024, 12, 31), date(2025, 1, 31), b2b=True)
    assert result == D("3.57")  # 365 × 11.5 % × 31 / 365 = 3.565 → 3.57


def test_statutory_rejects_negative_amount() -> None:
    with pytest.raises(ValidationError):
        statutory_penalty_interest(D("-1"), date(2025, 1, 1), date(2025, 2, 1), b2b=False)


@given(
    st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31)),
    st.integers(min_value=0, max_value=800),
    st.booleans(),
)
def test_statutory_is_sum_of_days(due: date, days: int, b2b: bool) -> None:
    paid = due + timedelta(days=days)
    exact = sum((penalty_rate(due + timedelta(days=i), b2b=b2b) for i in range(1, days + 1)), D(0))
    expected = (D(1000) * exact / 100 / 365).quantize(D("0.01"), rounding=ROUND_HALF_UP)
    assert statutory_penalty_interest(D(1000), due, paid, b2b=b2b) == expected


def test_reminder_fee() -> None:
    assert D("5.00") == MAX_CONSUMER_REMINDER_FEE
    assert reminder_fee(D("10"), private_customer=True) == D("5.00")
    assert reminder_fee(D("3.5"), private_customer=True) == D("3.50")
    assert reminder_fee(D("10"), private_customer=False) == D("10.00")
    assert reminder_fee(D("0"), private_customer=True) == D("0.00")
    with pytest.raises(ValidationError) as info:
        reminder_fee(D("-1"), private_customer=False)
    assert info.value.code == "interest.fee_range"
