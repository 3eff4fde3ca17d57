"""Sales figures: the customer card's figures and the sales per customer and year."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Date, Integer, bindparam, case, func, select

from asiakasrekisteri.domain import interest
from asiakasrekisteri.domain.interest import (
    ReferenceRatePeriod,
    ReferenceRates,
    ReferenceRateUnknown,
)
from asiakasrekisteri.domain.invoice import (
    OPEN_STATUSES,
    InvoiceKind,
    InvoiceRecord,
    InvoiceStatus,
)
from asiakasrekisteri.domain.invoice_list import CustomerFigures
from asiakasrekisteri.domain.invoice_states import overpaid_amount_of
from asiakasrekisteri.domain.money import ZERO
from asiakasrekisteri.services.errors import NotFound
from asiakasrekisteri.services.invoicing.listing import item_of, item_select
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models import Customer
from asiakasrekisteri.storage.models_invoicing import Invoice, Payment, ReferenceRate

# How many of the newest invoices the card lists.
LATEST_INVOICES = 10


def twelve_months_before(day: date) -> date:
    """The first day of the 12-month window that ends on ``day``."""
    try:
        return day.replace(year=day.year - 1) + timedelta(days=1)
    except ValueError:  # 29 February
        return date(day.year - 1, 3, 1)


def open_total(records: Iterable[InvoiceRecord]) -> Decimal:
    """Sum of the open amounts of some invoices."""
    return sum((r.open_amount for r in records), ZERO)


class _Queries(NamedTuple):
    """The card's queries, built once: their construction costs more than their run."""

    customer: Any
    rates: Any
    sums: Any
    paid: Any
    debts: Any
    latest: Any
    overpaid: Any


@cache
def _queries() -> _Queries:
    customer_id = bindparam("customer_id", type_=Integer())
    since, day = bindparam("since", type_=Date()), bindparam("day", type_=Date())
    mine = (Invoice.customer_id == customer_id, Invoice.status != InvoiceStatus.DRAFT.value)
    recent = case((Invoice.invoice_date >= since, Invoice.total_gross), else_=ZERO)
    overdue = case((Invoice.due_date < day, Invoice.open_amount), else_=ZERO)
    return _Queries(
        customer=select(Customer.id).where(Customer.id == customer_id),
        rates=select(ReferenceRate.start, ReferenceRate.rate).order_by(ReferenceRate.start),
        sums=select(
            func.sum(Invoice.total_gross),
            func.sum(recent),
            func.sum(Invoice.open_amount),
            func.sum(overdue),
        ).where(*mine),
        paid=select(Invoice.invoice_date, Invoice.due_date, Invoice.paid_date).where(
            *mine, Invoice.paid_date >= since, Invoice.paid_date <= day
        ),
        debts=select(
            Invoice.id, Invoice.total_gross, Invoice.credited_amount, Invoice.due_date,
            Invoice.buyer_private, Invoice.penalty_interest, Payment.payment_date,
            Payment.amount,
        )
        .outerjoin(Payment, Payment.invoice_id == Invoice.id)
        .where(
            Invoice.customer_id == customer_id,
            Invoice.kind == InvoiceKind.INVOICE.value,
            Invoice.status.in_([s.value for s in OPEN_STATUSES]),
            Invoice.open_amount > ZERO,
            Invoice.due_date < day,
        )
        .order_by(Invoice.id, Payment.id),
        latest=item_select()
        .where(*mine)
        .order_by(Invoice.invoice_date.desc(), Invoice.number.desc())
        .limit(LATEST_INVOICES),
        overpaid=select(
            Invoice.kind, Invoice.status, Invoice.total_gross, Invoice.credited_amount,
            Invoice.paid_amount, Invoice.refunded_amount,
        ).where(
            *mine,
            Invoice.kind == InvoiceKind.INVOICE.value,
            Invoice.paid_amount > ZERO,
            (Invoice.status == InvoiceStatus.CREDITED.value)
            | (Invoice.paid_amount + Invoice.credited_amount > Invoice.total_gross),
        ),
    )  # fmt: skip


def customer_figures(db: Database, customer_id: int, day: date) -> CustomerFigures:
    """The card's figures on ``day`` (amounts VAT included), added up in SQL.

    The sums read the totals stored on each invoice. The penalty interest is that of
    the overdue invoices to ``day`` (only they bear any), as on a statement; it is None,
    with the half-year named, while that half-year's reference rate is missing. Payment
    days and delays are averaged over the invoices paid in the last 12 months. Each
    query goes past the ORM's unit of work: the card asks for this on every customer
    shown.
    """
    params = {"customer_id": customer_id, "since": twelve_months_before(day), "day": day}
    queries = _queries()
    with db.read() as session:
        conn = session.connection()
        if conn.execute(queries.customer, params).first() is None:
            raise NotFound("The customer was not found.", code="customer.not_found")
        rates = ReferenceRates(
            tuple(ReferenceRatePeriod(start, rate) for start, rate in conn.execute(queries.rates))
        )
        all_time, last_12, open_now, overdue_now = conn.execute(queries.sums, params).one()
        paid = conn.execute(queries.paid, params).all()
        debts = _overdue_debts(conn.execute(queries.debts, params))
        latest = tuple(item_of(row) for row in conn.execute(queries.latest, params))
        refunds_owed = sum(
            (
                max(overpaid_amount_of(kind, status, total, credited, paid) - refunded, ZERO)
                for kind, status, total, credited, paid, refunded in conn.execute(
                    queries.overpaid, params
                )
            ),
            ZERO,
        )
    interest, missing = _interest_to_date(debts, day, rates)
    return CustomerFigures(
        invoiced_12_months=_sum(last_12),
        invoiced_all_time=_sum(all_time),
        open_receivables=_sum(open_now),
        overdue_receivables=_sum(overdue_now),
        interest_to_date=interest,
        missing_reference_rate=missing,
        average_payment_days=_average([(p - i).days for i, _d, p in paid if p is not None]),
        average_payment_delay_days=_average([(p - d).days for _i, d, p in paid if p is not None]),
        latest_invoices=latest,
        refunds_owed=refunds_owed,
    )


def _sum(value: Decimal | None) -> Decimal:
    return value if value is not None else ZERO


class _Debt(NamedTuple):
    """What the penalty interest of one overdue invoice needs."""

    owed: Decimal
    due_date: date
    private: bool
    fixed_rate: Decimal | None
    payments: list[tuple[date, Decimal]]


def _overdue_debts(rows: Iterable[Any]) -> list[_Debt]:
    """The overdue invoices with their payments, one debt each, from the rows of the
    debts query (an invoice, then each of its payments)."""
    debts: dict[int, _Debt] = {}
    for invoice_id, total, credited, due, private, rate, paid_on, amount in rows:
        debt = debts.get(invoice_id)
        if debt is None:
            debt = debts[invoice_id] = _Debt(max(total - credited, ZERO), due, private, rate, [])
        if paid_on is not None:
            debt.payments.append((paid_on, amount))
    return list(debts.values())


def _interest_to_date(
    debts: Sequence[_Debt], day: date, rates: ReferenceRates
) -> tuple[Decimal | None, date | None]:
    """The overdue invoices' interest to ``day`` (as :func:`dunning.penalty_interest`
    works it out), or None and the half-year whose rate is missing."""
    try:
        total = ZERO
        for debt in debts:
            total += interest.penalty_interest(
                debt.owed, debt.due_date, day, b2b=not debt.private, rates=rates,
                fixed=debt.fixed_rate, payments=debt.payments,
            )  # fmt: skip
        return total, None
    except ReferenceRateUnknown as exc:
        return None, exc.half_year


def sales_by_customer_and_year(db: Database) -> dict[int, dict[int, Decimal]]:
    """Sales per customer id and calendar year, VAT excluded, credit notes deducted."""
    out: dict[int, dict[int, Decimal]] = defaultdict(dict)
    with db.read() as session:
        rows = session.execute(
            select(Invoice.customer_id, Invoice.invoice_date, Invoice.total_net).where(
                Invoice.status != InvoiceStatus.DRAFT.value
            )
        )
        for customer_id, day, net in rows:
            years = out[customer_id]
            years[day.year] = years.get(day.year, ZERO) + net
    return dict(out)


def _average(values: Sequence[int]) -> Decimal | None:
    """The mean to one decimal, or None when there is nothing to average."""
    if not values:
        return None
    return (Decimal(sum(values)) / len(values)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
