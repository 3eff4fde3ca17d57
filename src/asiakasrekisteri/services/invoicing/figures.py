"""Sales figures: the customer card's figures and the sales per customer and year."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from asiakasrekisteri.domain.interest import ReferenceRates, ReferenceRateUnknown
from asiakasrekisteri.domain.invoice import CustomerFigures, InvoiceRecord, InvoiceStatus
from asiakasrekisteri.domain.money import ZERO
from asiakasrekisteri.services.invoicing.dunning import penalty_interest
from asiakasrekisteri.services.invoicing.records import (
    invoice_record,
    live_seller,
    load_customer,
)
from asiakasrekisteri.services.invoicing.reference_rates import read_reference_rates
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models_invoicing import Invoice

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


def customer_figures(db: Database, customer_id: int, day: date) -> CustomerFigures:
    """The card's figures on ``day`` (amounts VAT included).

    Payment days and delays are averaged over the invoices paid in the last 12 months.
    The penalty interest is that of the open invoices to ``day``, as on a statement; it
    is None, with the half-year named, while that half-year's reference rate is missing.
    """
    since = twelve_months_before(day)
    with db.read() as session:
        load_customer(session, customer_id)
        invoices = list(
            session.scalars(
                select(Invoice)
                .where(
                    Invoice.customer_id == customer_id,
                    Invoice.status != InvoiceStatus.DRAFT.value,
                )
                .options(
                    selectinload(Invoice.rows),
                    selectinload(Invoice.payments),
                    selectinload(Invoice.refunds),
                )
                .order_by(Invoice.invoice_date.desc(), Invoice.number.desc())
            )
        )
        company = live_seller(session)
        rates = read_reference_rates(session)
        records = [invoice_record(session, inv, company) for inv in invoices]
        paid_days: list[int] = []
        delay_days: list[int] = []
        for inv in invoices:
            if inv.paid_date is not None and since <= inv.paid_date <= day:
                paid_days.append((inv.paid_date - inv.invoice_date).days)
                delay_days.append((inv.paid_date - inv.due_date).days)
    interest, missing = _interest_to_date(records, day, rates)
    return CustomerFigures(
        invoiced_12_months=sum((r.total for r in records if r.invoice_date >= since), ZERO),
        invoiced_all_time=sum((r.total for r in records), ZERO),
        open_receivables=open_total(records),
        overdue_receivables=open_total(r for r in records if r.is_overdue(day)),
        interest_to_date=interest,
        missing_reference_rate=missing,
        average_payment_days=_average(paid_days),
        average_payment_delay_days=_average(delay_days),
        latest_invoices=tuple(records[:LATEST_INVOICES]),
        refunds_owed=sum((r.refund_due for r in records), ZERO),
    )


def _interest_to_date(
    records: Sequence[InvoiceRecord], day: date, rates: ReferenceRates
) -> tuple[Decimal | None, date | None]:
    """The open invoices' interest to ``day``, or None and the half-year whose rate is missing."""
    try:
        return sum(
            (penalty_interest(r, day, rates) for r in records if r.open_amount > 0), ZERO
        ), None
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
