"""Reading invoices: one by id or number, and the lists the window and the CLI show."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from asiakasrekisteri.domain.invoice import InvoiceRecord, InvoiceStatus
from asiakasrekisteri.services.invoicing.records import (
    invoice_by_number,
    invoice_record,
    live_seller,
    load_invoice,
)
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models_invoicing import Invoice


@dataclass(frozen=True)
class InvoiceQuery:
    """Which invoices a list shows.

    Attributes:
        customer_id: Only this customer's (as customer or billing customer).
        statuses: Only these stored states; empty for all.
        include_drafts: False to leave drafts out.
    """

    customer_id: int | None = None
    statuses: tuple[InvoiceStatus, ...] = ()
    include_drafts: bool = True


def get(db: Database, invoice_id: int) -> InvoiceRecord:
    with db.read() as session:
        return invoice_record(session, load_invoice(session, invoice_id))


def get_by_number(db: Database, number: int | str) -> InvoiceRecord:
    with db.read() as session:
        return invoice_record(session, invoice_by_number(session, number))


def list_invoices(db: Database, query: InvoiceQuery) -> list[InvoiceRecord]:
    """Invoices newest first; drafts, which have no number yet, before all of them."""
    stmt = select(Invoice).options(
        selectinload(Invoice.rows),
        selectinload(Invoice.payments),
        selectinload(Invoice.reminders),
    )
    if query.customer_id is not None:
        stmt = stmt.where(
            or_(
                Invoice.customer_id == query.customer_id,
                Invoice.billing_customer_id == query.customer_id,
            )
        )
    if query.statuses:
        stmt = stmt.where(Invoice.status.in_([s.value for s in query.statuses]))
    if not query.include_drafts:
        stmt = stmt.where(Invoice.status != InvoiceStatus.DRAFT.value)
    stmt = stmt.order_by(Invoice.number.is_not(None), Invoice.number.desc(), Invoice.id.desc())
    with db.read() as session:
        company = live_seller(session)
        return [invoice_record(session, inv, company) for inv in session.scalars(stmt)]
