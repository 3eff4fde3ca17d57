"""Tests for asiakasrekisteri.domain.interest (rates: Bank of Finland)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.interest import (
    B2B_RECOVERY_COMPENSATION,
    MAX_CONSUMER_REMINDER_FEE,
    SHIPPED_REFERENCE_RATES,
    NoFeeReason,
    ReferenceRatePeriod,
    ReferenceRates,
    ReferenceRateUnknown,
    ReminderCharges,
    half_year_start,
    half_years_after,
    penalty_interest,
    reminder_charges,
    reminder_fee,
    validate_reference_rate,
)
from asiakasrekisteri.domain.interest import penalty_rate as _penalty_rate

D = Decimal
# The shipped table and the half-years a user has added after it, up to 2030.
RATES = ReferenceRates(
    (
        *SHIPPED_REFERENCE_RATES.periods,
        ReferenceRatePeriod(date(2026, 7, 1), D("2.5")),
        *(
            ReferenceRatePeriod(date(year, month, 1), D("2"))
            for year in range(2027, 2031)
            for month in (1, 7)
        ),
    )
)


def penalty_rate(day: date, *, b2b: bool, fixed: Decimal | None = None) -> Decimal:
    return _penalty_rate(day, b2b=b2b, fixed=fixed, rates=RATES)


def reference_rate_on(day: date) -> Decimal:
    return RATES.rate_on(day)


@pytest.mark.parametrize(
    ("day", "reference", "penalty", "b2b"),
    [
        (date(2024, 1, 1), "4.5", "11.5", "12.5"),
        (date(2024, 7, 1), "4.5", "11.5", "12.5"),
        (date(2025, 1, 1), "3.5", "10.5", "11.5"),
        (date(2025, 6, 30), "3.5", "10.5", "11.5"),
        (date(2025, 7, 1), "2.5", "9.5", "10.5"),
        (date(2026, 1, 1), "2.5", "9.5", "10.5"),
        (date(2027, 3, 1), "2", "9", "10"),  # a half-year the user added
    ],
)
def test_rates(day: date, reference: str, penalty: str, b2b: str) -> None:
    assert reference_rate_on(day) == D(reference)
    assert penalty_rate(day, b2b=False) == D(penalty)
    assert penalty_rate(day, b2b=True) == D(b2b)


def test_table_shape() -> None:
    starts = [period.start for period in SHIPPED_REFERENCE_RATES.periods]
    assert starts == sorted(starts)
    assert all(start.day == 1 and start.month in (1, 7) for start in starts)
    # Every half-year from the first to the last, none missing in between.
    assert [half_year_start(s) for s in starts] == starts
    assert len(starts) == 5 and starts[-1] == date(2026, 1, 1)


def test_a_day_past_the_table_is_refused_not_given_the_last_rate() -> None:
    with pytest.raises(ReferenceRateUnknown) as info:
        SHIPPED_REFERENCE_RATES.rate_on(date(2026, 7, 1))
    assert info.value.code == "interest.rate_unknown"
    assert info.value.half_year == date(2026, 7, 1)
    assert "2026-07-01" in info.value.message
    assert SHIPPED_REFERENCE_RATES.rate_on(date(2026, 6, 30)) == D("2.5")
    # A gap in the middle is refused too: the half-year after it does not stand in.
    gap = ReferenceRates(tuple(p for p in RATES.periods if p.start != date(2027, 1, 1)))
    with pytest.raises(ReferenceRateUnknown) as gap_info:
        _penalty_rate(date(2027, 2, 1), b2b=False, rates=gap)
    assert gap_info.value.half_year == date(2027, 1, 1)
    # Interest over a stretch that reaches the missing half-year is refused as a whole.
    with pytest.raises(ReferenceRateUnknown):
        penalty_interest(D(100), date(2026, 6, 1), date(2026, 7, 2), b2b=True,
                         rates=SHIPPED_REFERENCE_RATES)  # fmt: skip
    # An agreed rate needs no reference rate.
    assert penalty_interest(D(365), date(2030, 1, 1), date(2030, 1, 11), b2b=True, fixed=D(10),
                            rates=SHIPPED_REFERENCE_RATES) == D("1.00")  # fmt: skip


@pytest.mark.parametrize(
    ("start", "rate", "code"),
    [
        (date(2027, 2, 1), "2.5", "reference_rate.start"),
        (date(2027, 1, 2), "2.5", "reference_rate.start"),
        (date(2027, 1, 1), "-0.5", "reference_rate.range"),
        (date(2027, 1, 1), "20.01", "reference_rate.range"),
        (date(2027, 1, 1), "2.505", "reference_rate.range"),
    ],
)
def test_reference_rate_is_checked(start: date, rate: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_reference_rate(start, D(rate))
    assert info.value.code == code


def test_valid_reference_rate() -> None:
    assert validate_reference_rate(date(2027, 7, 1), D("2.5")) == ReferenceRatePeriod(
        date(2027, 7, 1), D("2.50")
    )
    assert validate_reference_rate(date(2027, 1, 1), D("0")).rate == 0


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


def fixed(amount: Decimal, due: date, day: date, rate: Decimal) -> Decimal:
    """Interest at one agreed rate, with no payments."""
    return penalty_interest(amount, due, day, b2b=False, fixed=rate, rates=RATES)


def statutory(amount: Decimal, due: date, day: date, *, b2b: bool) -> Decimal:
    return penalty_interest(amount, due, day, b2b=b2b, rates=RATES)


def test_penalty_interest() -> None:
    # 1000 € × 10.5 % × 30 / 365 = 8.6301… → 8.63
    assert fixed(D("1000"), date(2025, 3, 1), date(2025, 3, 31), D("10.5")) == D("8.63")
    # one day late: interest for one day
    assert fixed(D("365"), date(2025, 3, 1), date(2025, 3, 2), D("10")) == D("0.10")


def test_penalty_interest_half_up() -> None:
    # 73 € × 10 % × 5 / 365 = 0.1 exactly; 36.5 € × 10 % × 1/365 = 0.01
    assert fixed(D("73"), date(2025, 1, 1), date(2025, 1, 6), D("10")) == D("0.10")
    # 18.25 × 10 % / 365 = 0.005 → 0.01 (half up)
    assert fixed(D("18.25"), date(2025, 1, 1), date(2025, 1, 2), D("10")) == D("0.01")


def test_no_interest_when_paid_on_time() -> None:
    for paid in (date(2025, 3, 1), date(2025, 2, 1)):
        assert fixed(D("1000"), date(2025, 3, 1), paid, D("10.5")) == D("0.00")


def test_leap_year_uses_365() -> None:
    # 2024 has 366 days, but the divisor stays 365: a full year gives 366/365 of the rate.
    result = fixed(D("365"), date(2023, 12, 31), date(2024, 12, 31), D("10"))
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
        fixed(D(amount), date(2025, 1, 1), date(2025, 2, 1), D(rate))
    assert info.value.code == code


def test_statutory_within_one_half_year() -> None:
    due, paid = date(2025, 3, 1), date(2025, 3, 31)
    assert statutory(D("1000"), due, paid, b2b=False) == fixed(D("1000"), due, paid, D("10.5"))
    assert statutory(D("1000"), due, due, b2b=True) == D("0.00")


def test_statutory_split_at_half_year() -> None:
    # Due 20.6.2025, paid 10.7.2025: 10 days (21.–30.6.) at 10.5 %, 10 days at 9.5 %.
    expected = D("1000") * (D("10.5") * 10 + D("9.5") * 10) / 100 / 365
    result = statutory(D("1000"), date(2025, 6, 20), date(2025, 7, 10), b2b=False)
    assert result == expected.quantize(D("0.01"))
    assert result == D("5.48")


def test_statutory_over_year_end_b2b() -> None:
    # Due 31.12.2024 → interest from 1.1.2025 at 3.5 + 8; 31 days.
    result = statutory(D("365"), date(2024, 12, 31), date(2025, 1, 31), b2b=True)
    assert result == D("3.57")  # 365 × 11.5 % × 31 / 365 = 3.565 → 3.57


def test_statutory_rejects_negative_amount() -> None:
    with pytest.raises(ValidationError):
        statutory(D("-1"), date(2025, 1, 1), date(2025, 2, 1), b2b=False)


def test_interest_after_a_part_payment_runs_on_each_amount_for_its_own_period() -> None:
    # 1 000 € due 19.1.2026, 900 € paid 26.11.2026, reminder 30.11.2026 at 10,5 %:
    # 1 000 € for the 311 days to the payment, then 100 € for 4 days.
    payments = [(date(2026, 11, 26), D("900.00"))]
    result = penalty_interest(D("1000.00"), date(2026, 1, 19), date(2026, 11, 30), b2b=False,
                              rates=RATES, fixed=D("10.5"), payments=payments)  # fmt: skip
    exact = (D(1000) * 311 + D(100) * 4) * D("10.5") / 100 / 365  # 89.5808…
    assert result == exact.quantize(D("0.01"), rounding=ROUND_HALF_UP) == D("89.58")
    # Not the remainder for the whole period (100 € × 315 days = 9.06 €).
    assert result != fixed(D("100"), date(2026, 1, 19), date(2026, 11, 30), D("10.5"))


def test_payments_before_the_due_date_or_after_the_day_change_what_they_should() -> None:
    due, day = date(2025, 3, 1), date(2025, 3, 31)
    early = [(date(2025, 2, 20), D("600")), (date(2025, 3, 1), D("100"))]
    later = [(date(2025, 3, 31), D("300")), (date(2025, 4, 5), D("300"))]
    # Paid by the due date: interest only on the 300 € left.
    assert penalty_interest(
        D("1000"), due, day, b2b=False, fixed=D("10"), rates=RATES, payments=early
    ) == (fixed(D("300"), due, day, D("10")))
    # Paid on the day itself or after it: the whole amount for the whole period.
    assert penalty_interest(
        D("1000"), due, day, b2b=False, fixed=D("10"), rates=RATES, payments=later
    ) == (fixed(D("1000"), due, day, D("10")))
    # More paid than was due: nothing runs after that.
    over = [(date(2025, 3, 11), D("1200")), (date(2025, 3, 21), D("5"))]
    assert penalty_interest(
        D("1000"), due, day, b2b=False, fixed=D("10"), rates=RATES, payments=over
    ) == (fixed(D("1000"), due, date(2025, 3, 11), D("10")))


def test_part_payment_over_a_half_year_change_b2b() -> None:
    # Due 20.6.2025; 400 € of 1 000 € paid 5.7.2025; day 10.7.2025. B2B statutory:
    # 1 000 € × 11.5 % × 10 d + 1 000 € × 10.5 % × 5 d + 600 € × 10.5 % × 5 d.
    exact = D(1000) * D("11.5") * 10 + D(1000) * D("10.5") * 5 + D(600) * D("10.5") * 5
    expected = (exact / 100 / 365).quantize(D("0.01"), rounding=ROUND_HALF_UP)
    payments = [(date(2025, 7, 5), D("400"))]
    assert penalty_interest(D("1000"), date(2025, 6, 20), date(2025, 7, 10), b2b=True,
                            payments=payments, rates=RATES) == expected == D("5.45")  # fmt: skip


def test_negative_payment_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        penalty_interest(D("10"), date(2025, 1, 1), date(2025, 2, 1), b2b=False, rates=RATES,
                         payments=[(date(2025, 1, 5), D("-1"))])  # fmt: skip
    assert info.value.code == "interest.payment_range"


@given(
    st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31)),
    st.integers(min_value=0, max_value=800),
    st.booleans(),
)
def test_statutory_is_sum_of_days(due: date, days: int, b2b: bool) -> None:
    paid = due + timedelta(days=days)
    exact = sum((penalty_rate(due + timedelta(days=i), b2b=b2b) for i in range(1, days + 1)), D(0))
    expected = (D(1000) * exact / 100 / 365).quantize(D("0.01"), rounding=ROUND_HALF_UP)
    assert statutory(D(1000), due, paid, b2b=b2b) == expected


@given(
    st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 6, 30)),
    st.lists(
        st.tuples(st.integers(min_value=-30, max_value=400), st.integers(1, 60_000)), max_size=4
    ),
    st.integers(min_value=0, max_value=400),
    st.booleans(),
)
def test_interest_is_the_sum_of_each_days_outstanding_amount(
    due: date, paid: list[tuple[int, int]], days: int, b2b: bool
) -> None:
    # Day by day: the amount outstanding at the start of day i (payments made before it)
    # times that day's rate.
    amount = D("1000.00")
    payments = [(due + timedelta(days=offset), D(cents) / 100) for offset, cents in paid]
    day = due + timedelta(days=days)
    exact = D(0)
    for i in range(1, days + 1):
        current = due + timedelta(days=i)
        outstanding = max(amount - sum((a for d, a in payments if d < current), D(0)), D(0))
        exact += outstanding * penalty_rate(current, b2b=b2b)
    expected = (exact / 100 / 365).quantize(D("0.01"), rounding=ROUND_HALF_UP)
    assert penalty_interest(amount, due, day, b2b=b2b, payments=payments, rates=RATES) == expected


def test_reminder_fee() -> None:
    assert D("5.00") == MAX_CONSUMER_REMINDER_FEE
    assert reminder_fee(D("10"), private_customer=True) == D("5.00")
    assert reminder_fee(D("3.5"), private_customer=True) == D("3.50")
    assert reminder_fee(D("10"), private_customer=False) == D("10.00")
    assert reminder_fee(D("0"), private_customer=True) == D("0.00")
    with pytest.raises(ValidationError) as info:
        reminder_fee(D("-1"), private_customer=False)
    assert info.value.code == "interest.fee_range"


def charges(**kw: object) -> ReminderCharges:
    values: dict[str, object] = {
        "open_amount": D("100.00"), "interest": D("1.50"), "requested_fee": D("12.00"),
        "private_customer": True, "due": date(2025, 3, 1), "day": date(2025, 3, 15),
    }  # fmt: skip
    values.update(kw)
    return reminder_charges(**values)  # type: ignore[arg-type]


def test_consumer_fee_from_the_fourteenth_day_capped_at_five_euros() -> None:
    on_day_14 = charges()
    assert (on_day_14.fee, on_day_14.no_fee_reason) == (D("5.00"), None)
    assert on_day_14.total == D("100.00") + D("1.50") + D("5.00")
    day_13 = charges(day=date(2025, 3, 14))
    assert (day_13.fee, day_13.no_fee_reason) == (D("0.00"), NoFeeReason.TOO_EARLY)
    assert day_13.total == D("101.50")


def test_consumer_pays_fees_of_three_reminders_at_most_and_earlier_ones_stay_on() -> None:
    three = [(D("5.00"), D("0.00"))] * 3
    fourth = charges(earlier=three)
    assert (fourth.fee, fourth.no_fee_reason) == (D("0.00"), NoFeeReason.FEE_LIMIT)
    assert fourth.earlier_costs == D("15.00")
    assert fourth.total == D("100.00") + D("1.50") + D("15.00")
    # A reminder sent without a fee (too early) does not use up one of the three.
    after_free = charges(earlier=[(D("0.00"), D("0.00")), *three[:2]])
    assert (after_free.fee, after_free.earlier_costs) == (D("5.00"), D("10.00"))


def test_consumer_cannot_be_charged_the_fixed_compensation() -> None:
    with pytest.raises(ValidationError) as info:
        charges(claim_compensation=True)
    assert info.value.code == "interest.compensation_consumer"


def test_business_fee_any_day_or_the_fixed_compensation_once() -> None:
    business = charges(private_customer=False, day=date(2025, 3, 2))
    assert (business.fee, business.compensation, business.no_fee_reason) == (
        D("12.00"), D("0.00"), None,
    )  # fmt: skip
    claimed = charges(private_customer=False, claim_compensation=True)
    assert (claimed.fee, claimed.compensation) == (D("0.00"), B2B_RECOVERY_COMPENSATION)
    assert claimed.no_fee_reason is NoFeeReason.COMPENSATION
    assert claimed.total == D("100.00") + D("1.50") + D("40.00")
    again = charges(private_customer=False, claim_compensation=True,
                    earlier=[(D("12.00"), D("0.00")), (D("0.00"), D("40.00"))])  # fmt: skip
    assert (again.fee, again.compensation, again.earlier_costs) == (
        D("0.00"), D("0.00"), D("52.00"),
    )  # fmt: skip
    assert again.no_fee_reason is NoFeeReason.COMPENSATION


def test_no_reason_is_given_when_no_fee_was_asked_for() -> None:
    free = charges(requested_fee=D("0"), day=date(2025, 3, 2))
    assert (free.fee, free.no_fee_reason) == (D("0.00"), None)


def test_the_half_years_after_a_table_up_to_a_day() -> None:
    assert half_years_after(date(2026, 1, 1), date(2026, 6, 30)) == []
    assert half_years_after(date(2026, 1, 1), date(2026, 7, 1)) == [date(2026, 7, 1)]
    assert half_years_after(date(2025, 7, 1), date(2027, 3, 2)) == [
        date(2026, 1, 1), date(2026, 7, 1), date(2027, 1, 1),
    ]  # fmt: skip
