"""Late-payment interest (viivästyskorko), reminder fees and the fixed compensation.

Penalty interest under Korkolaki (633/1982): the Bank of Finland reference rate of the
half-year plus 7 percentage points (4 §), or plus 8 points between businesses (4 a §),
unless a different penalty rate was agreed. Reference rates are data: the program ships
the half-years known when it was made (Bank of Finland statistics) and the user adds each
new one in the settings. A day past the last half-year the table holds is refused with
:class:`ReferenceRateUnknown` rather than given an old rate: the rate is published anew
every January and July and may have changed. Interest runs on what is outstanding each
day: a part payment lowers it from the day after it was paid.

Reminder fees to a consumer (Laki saatavien perinnästä 10 §): at most 5 € a reminder,
only when at least 14 days have passed since the due date, and for at most three
reminders in all; a reminder without a fee may be sent at any time after the due date.
Between businesses the creditor may claim a fixed 40 € compensation for recovery costs,
once per debt (Laki kaupallisten sopimusten maksuehdoista 10 a §).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.money import HUNDRED, ZERO, round_cents

__all__ = [
    "B2B_RECOVERY_COMPENSATION",
    "CONSUMER_FEE_WAIT_DAYS",
    "MAX_CONSUMER_FEES",
    "MAX_CONSUMER_REMINDER_FEE",
    "SHIPPED_REFERENCE_RATES",
    "NoFeeReason",
    "ReferenceRatePeriod",
    "ReferenceRateUnknown",
    "ReferenceRates",
    "ReminderCharges",
    "half_year_start",
    "half_years_after",
    "penalty_interest",
    "penalty_rate",
    "reminder_charges",
    "reminder_fee",
    "validate_reference_rate",
]

MAX_CONSUMER_REMINDER_FEE = Decimal("5.00")
B2B_RECOVERY_COMPENSATION = Decimal("40.00")
DAYS_IN_YEAR = Decimal(365)
_MARGIN = Decimal(7)  # Korkolaki 4 §
_MARGIN_B2B = Decimal(8)  # Korkolaki 4 a §
# Laki saatavien perinnästä 10 §: a consumer pays a reminder's fee only when it was sent
# at least this many days after the due date, and fees of at most this many reminders.
CONSUMER_FEE_WAIT_DAYS = 14
MAX_CONSUMER_FEES = 3


MAX_REFERENCE_RATE = Decimal(20)


@dataclass(frozen=True, slots=True)
class ReferenceRatePeriod:
    """The Bank of Finland reference rate for one half-year.

    Attributes:
        start: First day of the half-year (1 January or 1 July).
        rate: Reference rate in percent.
    """

    start: date
    rate: Decimal


class ReferenceRateUnknown(ValidationError):
    """The table holds no reference rate for a half-year that interest runs in.

    Attributes:
        half_year: First day of the half-year whose rate is missing.
    """

    code = "interest.rate_unknown"
    template = (
        "The reference rate of the half-year starting {start} is not in the table; add it "
        "in the invoicing settings (Suomen Pankki publishes it each January and July)."
    )

    def __init__(self, half_year: date) -> None:
        super().__init__(start=half_year.isoformat())
        self.half_year = half_year


def half_year_start(day: date) -> date:
    """The first day of the half-year ``day`` is in (1 January or 1 July)."""
    return date(day.year, 1 if day.month < 7 else 7, 1)


def half_years_after(start: date, until: date) -> list[date]:
    """The first days of the half-years after the one beginning ``start``, up to and
    including the one ``until`` is in (none when ``until`` is in that half-year)."""
    found = []
    start = half_year_start(start)
    while (start := date(start.year + start.month // 7, 1 if start.month == 7 else 7, 1)) <= until:
        found.append(start)
    return found


@dataclass(frozen=True)
class ReferenceRates:
    """The reference rate of each half-year known, as the register holds it.

    Attributes:
        periods: One per half-year, oldest first.
    """

    periods: tuple[ReferenceRatePeriod, ...]

    def rate_on(self, day: date) -> Decimal:
        """The reference rate in force on ``day``.

        Raises:
            ValidationError: Code ``"interest.date_out_of_range"`` before the table starts.
            ReferenceRateUnknown: For a half-year the table does not hold.
        """
        start = half_year_start(day)
        for period in self.periods:
            if period.start == start:
                return period.rate
        if not self.periods or start < self.periods[0].start:
            raise ValidationError(
                "Reference rates are known from {first} on, not for {day}; enter the penalty "
                "interest rate by hand.",
                code="interest.date_out_of_range",
                first=self.periods[0].start.isoformat() if self.periods else "–",
                day=day.isoformat(),
            )
        raise ReferenceRateUnknown(start)


SHIPPED_REFERENCE_RATES = ReferenceRates(
    (
        ReferenceRatePeriod(date(2024, 1, 1), Decimal("4.5")),
        ReferenceRatePeriod(date(2024, 7, 1), Decimal("4.5")),
        ReferenceRatePeriod(date(2025, 1, 1), Decimal("3.5")),
        # Worked out by the rule of korkolaki 12 § (the ECB main refinancing rate of the
        # last day before the half-year, 2.15 %, rounded up to the next half point), not
        # read from the Bank of Finland's announcement.
        ReferenceRatePeriod(date(2025, 7, 1), Decimal("2.5")),
        ReferenceRatePeriod(date(2026, 1, 1), Decimal("2.5")),
    )
)
"""The half-years known when the program was made; a new register starts with them."""


def validate_reference_rate(start: date, rate: Decimal) -> ReferenceRatePeriod:
    """Check a half-year's reference rate as the user gives it.

    Raises:
        ValidationError: ``reference_rate.start`` unless ``start`` is 1 January or 1
            July; ``reference_rate.range`` for a rate outside 0–20 % or with more than
            two decimals (the register keeps hundredths).
    """
    if start != half_year_start(start):
        raise ValidationError(
            "A half-year starts on 1 January or 1 July, not on {day}.",
            code="reference_rate.start",
            field="start",
            day=start.isoformat(),
        )
    if not (0 <= rate <= MAX_REFERENCE_RATE and rate == rate.quantize(Decimal("0.01"))):
        raise ValidationError(
            "Give the reference rate as 0 to 20 % with at most two decimals, not {rate}.",
            code="reference_rate.range",
            field="rate",
            rate=rate,
        )
    return ReferenceRatePeriod(start, rate.quantize(Decimal("0.01")))


def penalty_rate(
    day: date, *, b2b: bool, rates: ReferenceRates, fixed: Decimal | None = None
) -> Decimal:
    """Return the penalty interest rate for a day.

    Args:
        day: The day the interest accrues.
        b2b: True between businesses (reference + 8, korkolaki 4 a §), False otherwise
            (reference + 7, 4 §).
        rates: The reference rates the register holds.
        fixed: An agreed penalty rate that replaces the statutory one.

    Returns:
        The rate in percent.

    Raises:
        ValidationError: Code ``"interest.rate_range"`` for a negative fixed rate, or as
            :meth:`ReferenceRates.rate_on`.
    """
    if fixed is not None:
        if fixed < 0:
            raise ValidationError(
                "An interest rate cannot be negative ({rate}).",
                code="interest.rate_range",
                rate=fixed,
            )
        return fixed
    return rates.rate_on(day) + (_MARGIN_B2B if b2b else _MARGIN)


def _interest(amount: Decimal, rate: Decimal, days: int) -> Decimal:
    return amount * rate / HUNDRED * days / DAYS_IN_YEAR


def _check_amount(amount: Decimal, what: str = "amount") -> None:
    if amount < 0:
        raise ValidationError(
            "Interest is charged on an amount due, not on {amount}.",
            code=f"interest.{what}_range",
            amount=amount,
        )


def _accrue(
    balance: Decimal,
    start: date,
    end: date,
    *,
    b2b: bool,
    fixed: Decimal | None,
    rates: ReferenceRates,
) -> Decimal:
    """Unrounded interest on ``balance`` for the days (start, end], half-year by half-year.

    The statutory rate changes every 1 January and 1 July (Korkolaki 12 §), so a long
    period is split at those dates and each part takes the rate of its half-year.
    """
    total = ZERO
    day = start
    while day < end:
        first = day + timedelta(days=1)
        next_half = date(first.year, 7, 1) if first.month < 7 else date(first.year + 1, 1, 1)
        last = min(end, next_half - timedelta(days=1))
        rate = penalty_rate(first, b2b=b2b, fixed=fixed, rates=rates)
        total += _interest(balance, rate, (last - day).days)
        day = last
    return total


def penalty_interest(
    amount: Decimal,
    due: date,
    day: date,
    *,
    b2b: bool,
    rates: ReferenceRates,
    fixed: Decimal | None = None,
    payments: Iterable[tuple[date, Decimal]] = (),
) -> Decimal:
    """Compute penalty interest from the due date to ``day`` on what was outstanding.

    Interest runs from the day after the due date up to and including ``day``, counted
    actual/365. A payment counts from the day after it was made: the day it arrives still
    accrues on the amount before it, as the due date itself accrues nothing. So each
    outstanding amount bears interest for its own period; the remainder after a part
    payment is never charged for the days before that payment. The parts are summed
    exactly and the total rounded once.

    Args:
        amount: The amount that fell due (≥ 0).
        due: The due date.
        day: The last day of interest: the payment day, or the day of a reminder.
        b2b: True between businesses (reference rate + 8, Korkolaki 4 a §), False
            otherwise (reference rate + 7, 4 §).
        rates: The reference rates the register holds.
        fixed: An agreed penalty rate that replaces the statutory one.
        payments: (day paid, amount) of the payments on the debt, in any order.

    Returns:
        The interest rounded half up to the cent; ``0.00`` when nothing was late.

    Raises:
        ValidationError: Code ``"interest.amount_range"`` for a negative amount,
            ``"interest.payment_range"`` for a negative payment, or as
            :func:`penalty_rate`.
    """
    _check_amount(amount)
    balance = amount
    start = due
    total = ZERO
    for paid_on, paid in sorted(payments):
        _check_amount(paid, "payment")
        if paid_on >= day:
            break
        if paid_on > start:
            total += _accrue(balance, start, paid_on, b2b=b2b, fixed=fixed, rates=rates)
            start = paid_on
        balance = max(balance - paid, ZERO)
    if day > start:
        total += _accrue(balance, start, day, b2b=b2b, fixed=fixed, rates=rates)
    return round_cents(total)


def reminder_fee(requested: Decimal, *, private_customer: bool) -> Decimal:
    """Return the reminder fee that may be charged.

    Args:
        requested: The fee the seller asks for (a setting).
        private_customer: True for a consumer, whose reminder fee is capped at
            :data:`MAX_CONSUMER_REMINDER_FEE` (Laki saatavien perinnästä 10 §).

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


class NoFeeReason(StrEnum):
    """Why a reminder carries no fee although the settings ask for one."""

    TOO_EARLY = "too_early"  # a consumer, less than 14 days after the due date
    FEE_LIMIT = "fee_limit"  # a consumer who has paid for three reminders already
    COMPENSATION = "compensation"  # a business, the fixed compensation covers the costs


@dataclass(frozen=True, slots=True)
class ReminderCharges:
    """What a payment reminder asks for, part by part.

    Attributes:
        open_amount: What is left of the invoice itself.
        interest: Penalty interest from the due date to the reminder's day; it includes
            the interest earlier reminders showed.
        earlier_costs: Fees and compensation of earlier reminders, still unpaid.
        fee: This reminder's fee.
        compensation: The fixed 40 € compensation claimed with this reminder, else 0.
        no_fee_reason: Why ``fee`` is 0 although the settings ask for a fee, else None.
    """

    open_amount: Decimal
    interest: Decimal
    earlier_costs: Decimal
    fee: Decimal
    compensation: Decimal = ZERO
    no_fee_reason: NoFeeReason | None = None

    @property
    def total(self) -> Decimal:
        """The amount to pay: all of the above."""
        return self.open_amount + self.interest + self.earlier_costs + self.fee + self.compensation


def reminder_charges(
    *,
    open_amount: Decimal,
    interest: Decimal,
    requested_fee: Decimal,
    private_customer: bool,
    due: date,
    day: date,
    earlier: Sequence[tuple[Decimal, Decimal]] = (),
    claim_compensation: bool = False,
) -> ReminderCharges:
    """Work out the charges of a reminder sent on ``day``.

    A consumer's fee is capped at 5 € and charged only from the 14th day after the due
    date and for three reminders at most (Laki saatavien perinnästä 10 §). A business may
    instead be charged the fixed 40 € compensation once per debt (Laki kaupallisten
    sopimusten maksuehdoista 10 a §); it covers the creditor's own recovery costs, so from
    the reminder that claims it on no reminder of that debt carries a fee of its own.

    Args:
        open_amount: What is left of the invoice.
        interest: Penalty interest to ``day`` (:func:`penalty_interest`).
        requested_fee: The reminder fee of the settings.
        private_customer: True for a consumer.
        due: The invoice's due date.
        day: The day the reminder is sent.
        earlier: (fee, compensation) of each earlier reminder of the invoice.
        claim_compensation: True to claim the fixed compensation of a business debt.

    Returns:
        The charges; ``total`` is what the reminder asks for.

    Raises:
        ValidationError: ``"interest.fee_range"`` for a negative fee;
            ``"interest.compensation_consumer"`` when the compensation is claimed from a
            consumer.
    """
    fee = reminder_fee(requested_fee, private_customer=private_customer)
    earlier_costs = sum((f + c for f, c in earlier), ZERO)
    compensation = ZERO
    reason: NoFeeReason | None = None
    if private_customer:
        if claim_compensation:
            raise ValidationError(
                "The fixed compensation of 40 € can be claimed only from a business.",
                code="interest.compensation_consumer",
            )
        if (day - due).days < CONSUMER_FEE_WAIT_DAYS:
            reason = NoFeeReason.TOO_EARLY
        elif sum(1 for f, _c in earlier if f > 0) >= MAX_CONSUMER_FEES:
            reason = NoFeeReason.FEE_LIMIT
    elif any(c > 0 for _f, c in earlier):
        reason = NoFeeReason.COMPENSATION
    elif claim_compensation:
        compensation = B2B_RECOVERY_COMPENSATION
        reason = NoFeeReason.COMPENSATION
    if reason is not None:
        fee = ZERO
    return ReminderCharges(
        open_amount=open_amount,
        interest=interest,
        earlier_costs=earlier_costs,
        fee=fee,
        compensation=compensation,
        no_fee_reason=reason if requested_fee > 0 else None,
    )
