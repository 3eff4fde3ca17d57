"""A register of many invoices, built fast for the invoices benchmark.

The invoicing service writes one invoice in a transaction of its own (10–13 ms); 200,000
of them would take most of an hour. :func:`insert_invoices` writes what the service
would, in bulk: the same frozen seller and buyer (read with the service's own
functions), the payment term, language and VAT treatment the card gives, the totals by
the domain's rules and the state the payments make. :func:`check_against_service`
proves it on a sample: the same invoices made by the service and by the bulk path are
stored alike, column by column, rows and payments included.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from asiakasrekisteri.domain import reference
from asiakasrekisteri.domain.company import CompanyData
from asiakasrekisteri.domain.enums import InvoiceLanguage, VatTreatment
from asiakasrekisteri.domain.invoice import (
    InvoiceDraft,
    InvoiceKind,
    InvoiceRowData,
    Party,
    invoice_totals,
    open_amount_of,
)
from asiakasrekisteri.domain.reference import ReferenceKind
from asiakasrekisteri.domain.settlement import settle
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.invoicing.records import (
    BUYER_FIELDS,
    SELLER_FIELDS,
    buyer_column,
    live_buyer,
    live_seller,
    payer_of,
)
from asiakasrekisteri.services.invoicing.settings import join_accounts, read_settings
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models import Customer, OwnCompany
from asiakasrekisteri.storage.models_invoicing import Invoice, InvoiceRow, Payment
from asiakasrekisteri.storage.types import utcnow

SELLER = CompanyData(
    name="Toiminimi Mäkelä",
    business_id="2077474-0",
    vat_id="FI20774740",
    street="Åkerikatu 5",
    postal_code="00100",
    city="Helsinki",
    iban="FI21 1234 5600 0007 85",
    bic="NDEAFIHH",
    email="mari@makela.fi",
    phone="040 123 4567",
)
# (description, unit, unit price): what a small firm bills, at the general VAT rate.
CATALOGUE = (
    ("Suunnittelu ja konsultointi", "h", Decimal("85.00")),
    ("Tarvikkeet", "kpl", Decimal("12.40")),
    ("Matkakulut", "erä", Decimal("48.00")),
    ("Ylläpitosopimus", "kk", Decimal("149.00")),
)
RATE = Decimal("25.5")
_CENT = Decimal("0.01")
_BATCH = 10_000


@dataclass(frozen=True)
class InvoiceSpec:
    """One invoice to make: whose, when, its rows and the payments it gets."""

    customer_id: int
    invoice_date: date
    rows: tuple[InvoiceRowData, ...]
    payments: tuple[tuple[date, Decimal], ...]


def specs(
    customer_ids: Sequence[int], count: int, today: date, *, heavy: int, seed: int = 17
) -> Iterator[InvoiceSpec]:
    """``count`` invoices over the last two years; ``heavy`` of them for the first customer.

    Of those older than two months 96 % are paid in full and 2 % in part; of the newer
    ones 60 % and 5 %. The rest are open, many of them overdue.
    """
    rng = random.Random(seed)
    for n in range(count):
        customer_id = customer_ids[0] if n < heavy else rng.choice(customer_ids)
        day = today - timedelta(days=rng.randint(1, 730))
        rows = tuple(
            InvoiceRowData(text, Decimal(rng.randint(1, 8)), price, RATE, unit,
                           discount_percent=Decimal(rng.choice((0, 0, 0, 5, 10))))
            for text, unit, price in rng.sample(CATALOGUE, rng.randint(1, 3))
        )  # fmt: skip
        gross = invoice_totals(rows, VatTreatment.DOMESTIC, seller_vat_registered=True).gross
        pay_day = min(day + timedelta(days=rng.randint(3, 45)), today)
        luck = rng.random()
        paid_share, part_share = (0.96, 0.98) if (today - day).days > 60 else (0.60, 0.65)
        payments: tuple[tuple[date, Decimal], ...] = ()
        if luck < paid_share:
            payments = ((pay_day, gross),)
        elif luck < part_share:
            part = (gross / 3).quantize(_CENT, rounding=ROUND_HALF_UP)
            payments = ((pay_day, part),)
        yield InvoiceSpec(customer_id, day, rows, payments)


def _template(table: Table) -> dict[str, Any]:
    """Every column of ``table`` but the id, at the value the ORM would give it."""
    now = utcnow()
    out: dict[str, Any] = {}
    for column in table.columns:
        if column.primary_key:
            continue
        default: Any = column.default
        if default is not None and default.is_scalar:
            out[column.name] = default.arg
        elif default is not None:
            out[column.name] = now
        else:
            out[column.name] = None
    return out


class _Frozen:
    """What every invoice of one customer copies: the frozen parties and card defaults."""

    def __init__(self, session: Session, seller: Party) -> None:
        self.session = session
        self.settings = read_settings(session)
        self.seller = {f"seller_{n}": getattr(seller, n) for n in SELLER_FIELDS}
        self.seller["seller_other_accounts"] = join_accounts(seller.other_accounts)
        self._cache: dict[int, dict[str, Any]] = {}

    def of(self, customer: Customer) -> dict[str, Any]:
        found = self._cache.get(customer.id)
        if found is not None:
            return found
        payer = payer_of(self.session, customer)
        if payer.fixed_reference or payer.use_rf_reference or payer is not customer:
            raise ValueError("the bulk path makes plain references of the card's own customer")
        buyer = live_buyer(self.session, payer, None, None)
        term = customer.payment_term_days
        if term is None:
            term = self.settings.payment_term_days
        values = {
            **self.seller,
            **{buyer_column(n): getattr(buyer, n) for n in BUYER_FIELDS},
            "term": term,
            "language": InvoiceLanguage(payer.invoice_language).value,
            "vat_treatment": VatTreatment(customer.vat_treatment).value,
            "notice_period_days": self.settings.notice_period_days,
            "penalty_interest": customer.penalty_interest
            if customer.penalty_interest is not None
            else self.settings.penalty_interest_fixed
            if self.settings.penalty_interest_mode.value == "fixed"
            else None,
        }
        self._cache[customer.id] = values
        return values


def insert_invoices(db: Database, items: Iterable[InvoiceSpec]) -> list[int]:
    """Write finalised invoices as the service would, in bulk; returns their ids."""
    made: list[int] = []
    with db.transaction() as session:
        conn = session.connection()
        backend = session.info["backend"]
        frozen = _Frozen(session, live_seller(session))
        customers = {c.id: c for c in session.scalars(select(Customer))}
        number = session.scalar(select(OwnCompany.next_invoice_number).where(OwnCompany.id == 1))
        assert number is not None
        invoice_id = (session.scalar(select(func.max(Invoice.id))) or 0) + 1
        tables = (Invoice.__table__, InvoiceRow.__table__, Payment.__table__)
        templates = [_template(t) for t in tables]  # type: ignore[arg-type]
        batches: tuple[list[dict[str, Any]], ...] = ([], [], [])
        for spec in items:
            values = frozen.of(customers[spec.customer_id])
            batches[0].append(_invoice(templates[0], values, spec, invoice_id, number))
            for position, row in enumerate(spec.rows, start=1):
                batches[1].append(_row(templates[1], row, invoice_id, position))
            for day, amount in spec.payments:
                batches[2].append({**templates[2], "invoice_id": invoice_id,
                                   "payment_date": day, "amount": amount})  # fmt: skip
            made.append(invoice_id)
            invoice_id += 1
            number += 1
            if len(batches[0]) >= _BATCH:
                _flush(backend, conn, tables, batches)
        _flush(backend, conn, tables, batches)
        session.execute(
            update(OwnCompany).where(OwnCompany.id == 1).values(next_invoice_number=number)
        )
    return made


def _flush(backend: Any, conn: Any, tables: Sequence[Any], batches: Sequence[list[Any]]) -> None:
    for table, batch in zip(tables, batches, strict=True):
        if batch:
            names = list(batch[0])
            backend.insert_values(conn, table, names, [[r[n] for n in names] for r in batch])
            batch.clear()


def _invoice(
    template: dict[str, Any], values: dict[str, Any], spec: InvoiceSpec, invoice_id: int,
    number: int,
) -> dict[str, Any]:  # fmt: skip
    treatment = VatTreatment(values["vat_treatment"])
    totals = invoice_totals(spec.rows, treatment, seller_vat_registered=True)
    state = settle(totals.gross, Decimal(0), list(spec.payments))
    status = state.status.value
    row = {key: value for key, value in values.items() if key in template}
    return {
        **template,
        **row,
        "kind": InvoiceKind.INVOICE.value,
        "number": number,
        "status": status,
        "customer_id": spec.customer_id,
        "invoice_date": spec.invoice_date,
        "delivery_date": spec.invoice_date,
        "due_date": spec.invoice_date + timedelta(days=values["term"]),
        "payment_term_days": values["term"],
        "reference": reference.for_document(ReferenceKind.INVOICE, number),
        "total_net": totals.net,
        "total_vat": totals.vat,
        "total_gross": totals.gross,
        "paid_amount": state.paid,
        "credited_amount": Decimal(0),
        "open_amount": open_amount_of(
            InvoiceKind.INVOICE, status, totals.gross, Decimal(0), state.paid
        ),
        "paid_date": state.paid_date,
        "finalised_at": utcnow(),
        "id": invoice_id,
    }


def _row(
    template: dict[str, Any], row: InvoiceRowData, invoice_id: int, position: int
) -> dict[str, Any]:
    return {
        **template,
        "invoice_id": invoice_id,
        "position": position,
        "product_code": row.product_code,
        "description": row.description,
        "quantity": row.quantity,
        "unit": row.unit,
        "unit_price": row.unit_price,
        "discount_percent": row.discount_percent,
        "vat_percent": row.vat_percent,
        "goods": row.goods,
        "vat_exemption": row.vat_exemption.value if row.vat_exemption else "",
    }


# Columns that differ between any two invoices however they were made.
# Each invoice's own columns; ``version`` counts the service's writes (made, then each
# payment), where the bulk path writes once.
_OWN = frozenset(
    {"id", "number", "reference", "created_at", "updated_at", "finalised_at", "version"}
)


def _stored(db: Database, invoice_id: int) -> tuple[dict[str, Any], list[Any], list[Any]]:
    """The invoice's columns but its own ones, its rows and its payments, as stored."""
    with db.read() as session:
        invoice = (
            session.execute(select(Invoice.__table__).where(Invoice.id == invoice_id))
            .one()
            ._asdict()
        )
        rows = session.execute(
            select(InvoiceRow.__table__).where(InvoiceRow.invoice_id == invoice_id)
            .order_by(InvoiceRow.position)
        ).all()  # fmt: skip
        payments = session.execute(
            select(Payment.payment_date, Payment.amount, Payment.archive_id)
            .where(Payment.invoice_id == invoice_id).order_by(Payment.id)
        ).all()  # fmt: skip
    own = {key: value for key, value in invoice.items() if key not in _OWN}
    return own, [tuple(r)[2:] for r in rows], [tuple(p) for p in payments]


def check_against_service(services: Services, samples: Sequence[InvoiceSpec]) -> int:
    """Make each sample by the service and by the bulk path; they must be stored alike.

    Returns how many were compared.

    Raises:
        AssertionError: Naming the first column that differs.
    """
    invoicing = services.invoicing
    for spec in samples:
        draft = InvoiceDraft(spec.customer_id, spec.rows, invoice_date=spec.invoice_date)
        made = invoicing.create_invoice(draft, today=spec.invoice_date)
        for day, amount in spec.payments:
            invoicing.record_payment(made.id, amount, day)
        [bulk_id] = insert_invoices(services.db, [spec])
        by_service, by_bulk = _stored(services.db, made.id), _stored(services.db, bulk_id)
        for what, left, right in zip(("invoice", "rows", "payments"), by_service, by_bulk,
                                     strict=True):  # fmt: skip
            if left != right:
                raise AssertionError(f"bulk {what} differ from the service's: {left} != {right}")
    return len(samples)
