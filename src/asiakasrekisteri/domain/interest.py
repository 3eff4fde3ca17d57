"""Late-payment interest (viivästyskorko) and reminder fees.

Penalty interest under korkolaki (633/1982): the Bank of Finland reference rate of the
half-year plus 7 percentage points (4 §), or plus 8 points between businesses (4 a §),
unless a different penalty rate was agreed. Reference rates are data (Bank of Finland
statistics).

Reminder fees: a payment reminder to a consumer may cost at most 5 € (perintälaki
513/1999 10 a §).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.money import HUNDRED, ZERO, round_cents

__all__ = [
    "MAX_CONSUMER_REMINDER_FEE",
    "REFERENCE_RATES",
    "ReferenceRatePeriod",
    "penalty_interest",
    "penalty_rate",
    "reference_rate_on",
    "reminder_fee",
    "statutory_penalty_interest",
]

MAX_CONSUMER_REMINDER_FEE = Decimal("5.00")
DAYS_IN_YEAR = Decimal(365)
_MARGIN = Decimal(7)  # korkolaki 4 §
_MARGIN_B2B = Decimal(8)  # korkolaki 4 a §


@dataclass(frozen=True, slots=True)
class ReferenceRatePeriod:
    """The Bank of Finland reference rate for one half-year.

    Attributes:
        start: First day of the half-year (1 January or 1 July).
        rate: Reference rate in percent.
    """

    start: date
    rate: Decimal


REFERENCE_RATES: tuple[ReferenceRatePeriod, ...] = (
    ReferenceRatePeriod(date(2024, 1, 1), Decimal("4.5")),
    ReferenceRatePeriod(date(2024, 7, 1), Decimal("4.5")),
    ReferenceRatePeriod(date(2025, 1, 1), Decimal("3.5")),
    # Worked out by the rule of korkolaki 12 § (the ECB main refinancing rate of the last
    # day before the half-year, 2.15 %, rounded up to the next half point), not read from
    # the Bank of Finland's announcement.
    ReferenceRatePeriod(date(2025, 7, 1), Decimal("2.5")),
    ReferenceRatePeriod(date(2026, 1, 1), Decimal("2.5")),
)


def _period_on(day: date) -> ReferenceRatePeriod:
    current: ReferenceRatePeriod | None = None
    for period in REFERENCE_RATES:
        if period.start <= day:
            current = period
    if current is None:
        raise ValidationError(
            "Reference rates are known from {first} on, not for {day}; enter the penalty "
            "interest rate by hand.",
            code="interest.date_out_of_range",
            first=REFERENCE_RATES[0].start.isoformat(),
            day=day.isoformat(),
        )
    return current


def reference_rate_on(day: date) -> Decimal:
    """Return the reference rate in force on a day.

    Beyond the end of the table the latest known half-year applies (the table needs an
    update each January and July; the rate rarely changes much).

    Args:
        day: Any day from 1.1.2024 on.

    Returns:
        The reference rate in percent.

    Raises:
        ValidationError: Code ``"interest.date_out_of_range"`` before the table starts.
    """
    return _period_on(day).rate


def penalty_rate(day: date, *, b2b: bool, fixed: Decimal | None = None) -> Decimal:
    """Return the penalty interest rate for a day.

    Args:
        day: The day the interest accrues.
        b2b: True between businesses (reference + 8, korkolaki 4 a §), False otherwise
            (reference + 7, 4 §).
        fixed: An agreed penalty rate that replaces the statutory one.

    Returns:
        The rate in percent.

    Raises:
        ValidationError: Code ``"interest.rate_range"`` for a negative fixed rate, or as
            :func:`reference_rate_on`.
    """
    if fixed is not None:
        if fixed < 0:
            raise ValidationError(
                "An interest rate cannot be negative ({rate}).",
                code="interest.rate_range",
                rate=fixed,
            )
        return fixed
    return reference_rate_on(day) + (_MARGIN_B2B if b2b else _MARGIN)


def _interest(amount: Decimal, rate: Decimal, days: int) -> Decimal:
    return amount * rate / HUNDRED * days / DAYS_IN_YEAR


def _check_amount(amount: Decimal, rate: Decimal) -> None:
    if amount < 0:
        raise ValidationError(
            "Interest is charged on an amount due, not on {amount}.",
            code="interest.amount_range",
            amount=amount,
        )
    if rate < 0:
        raise ValidationError(
            "An interest rate cannot be negative ({rate}).", code="interest.rate_range", rate=rate
        )


def penalty_interest(amount: Decimal, due: date, paid_or_today: date, rate: Decimal) -> Decimal:
    """Compute simple penalty interest at one rate.

    Interest runs from the day after the due date up to and including the payment day,
    i.e. ``(paid_or_today - due).days`` days, counted actual/365.

    Args:
        amount: The overdue amount (≥ 0).
        due: The due date.
        paid_or_today: The payment day, or today for a still open invoice.
        rate: Annual interest rate in percent (≥ 0).

    Returns:
        The interest rounded half up to the cent; ``0.00`` if paid on time.

    Raises:
        ValidationError: Code ``"interest.amount_range"`` or ``"interest.rate_range"`` for
            negative values.
    """
    _check_amount(amount, rate)
    days = max((paid_or_today - due).days, 0)
    return round_cents(_interest(amount, rate, days))


def statutory_penalty_interest(
    amount: Decimal, due: date, paid_or_today: date, *, b2b: bool
) -> Decimal:
    """Compute penalty interest at the statutory rate, half-year by half-year.

    The statutory rate changes every 1 January and 1 July (korkolaki 12 §), so a long
    delay is split at those dates; each part uses :func:`penalty_rate` of its half-year,
    and the sum is rounded once.

    Args:
        amount: The overdue amount (≥ 0).
        due: The due date.
        paid_or_today: The payment day, or today for a still open invoice.
        b2b: True between businesses.

    Returns:
        The interest rounded half up to the cent.

    Raises:
        ValidationError: As :func:`penalty_interest` and :func:`reference_rate_on`.
    """
    _check_amount(amount, ZERO)
    total = ZERO
    day = due  # interest for the days (day, end]
    while day < paid_or_today:
        first = day + timedelta(days=1)
        next_half = date(first.year, 7, 1) if first.month < 7 else date(first.year + 1, 1, 1)
        end = min(paid_or_today, next_half - timedelta(days=1))
        total += _interest(amount, penalty_rate(first, b2b=b2b), (end - day).days)
        day = end
    return round_cents(total)


def reminder_fee(requested: Decimal, *, private_customer: bool) -> Decimal:
    """Return the reminder fee that may be charged.

    Args:
        requested: The fee the seller asks for (a setting).
        private_customer: True for a consumer, whose reminder fee is capped at
            :data:`MAX_CONSUMER_REMINDER_FEE` (perintälaki 10 a §).

    Returns:
        The fee rounded to the cent, capped for consumers.

    Raises:
        ValidationError: Code ``"interest.fee_range"`` for a negative fee.
    """
    if requested < 0:
        raise ValidationError(
            "A reminder fee cannot be negative ({fee}).", code="interest.fee_range", fee=requested
        )
    fee = round_cents(requested)
    return min(fee, MAX_CONSUMER_REMINDER_FEE) if private_customer else fee
