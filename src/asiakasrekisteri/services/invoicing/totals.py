"""The totals kept on each invoice row, and the check that they still add up.

An invoice stores its net, VAT and gross totals, what was paid, what credit notes took
off it and what is still open, in integer cents, so that lists, the card and statements
read and add them up in SQL instead of recomputing every invoice from its rows.
:func:`store_totals` is the one place that works them out; every write of rows,
payments, credit notes or reminders calls it in the same transaction, and
:func:`totals_differences` (the register check) recomputes them to find any that drift.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from asiakasrekisteri.domain.enums import VatTreatment
from asiakasrekisteri.domain.invoice import (
    InvoiceKind,
    InvoiceStatus,
    invoice_totals,
    open_amount_of,
)
from asiakasrekisteri.domain.money import ZERO
from asiakasrekisteri.domain.settlement import settle
from asiakasrekisteri.services.invoicing.records import live_seller, rows_of
from asiakasrekisteri.storage.backend import in_chunks
from asiakasrekisteri.storage.models_invoicing import Invoice, Payment

# The stored columns :func:`store_totals` owns, as the check names them.
STORED_COLUMNS = (
    "total_net", "total_vat", "total_gross", "paid_amount", "credited_amount", "open_amount",
    "status", "paid_date",
)  # fmt: skip


@dataclass(frozen=True)
class StoredTotals:
    """What an invoice row stores beside its rows (see :data:`STORED_COLUMNS`)."""

    total_net: Decimal
    total_vat: Decimal
    total_gross: Decimal
    paid_amount: Decimal
    credited_amount: Decimal
    open_amount: Decimal
    status: str
    paid_date: date | None


def _recorded(payment: Payment) -> int:
    """The order payments were recorded in (a new one has no id until flushed)."""
    return payment.id if payment.id is not None else 1 << 62


def compute_totals(
    invoice: Invoice, credited: Decimal, *, seller_vat_registered: bool
) -> StoredTotals:
    """The stored figures of ``invoice`` worked out from its rows, payments and credits.

    A draft and a credit note keep their state; a credited invoice stays credited (with
    the day it was paid, if it was); any other finalised invoice takes the state its
    payments give it.
    """
    totals = invoice_totals(
        rows_of(invoice),
        VatTreatment(invoice.vat_treatment),
        seller_vat_registered=seller_vat_registered,
        prices_include_vat=invoice.prices_include_vat,
    )
    status, paid_date = invoice.status, invoice.paid_date
    payments = [(p.payment_date, p.amount) for p in sorted(invoice.payments, key=_recorded)]
    paid = sum((amount for _day, amount in payments), ZERO)
    settles = invoice.kind == InvoiceKind.INVOICE.value and status not in (
        InvoiceStatus.DRAFT.value,
        InvoiceStatus.CREDITED.value,
    )
    if settles:
        state = settle(totals.gross, credited, payments)
        status, paid_date = state.status.value, state.paid_date
    return StoredTotals(
        total_net=totals.net,
        total_vat=totals.vat,
        total_gross=totals.gross,
        paid_amount=paid,
        credited_amount=credited,
        open_amount=open_amount_of(invoice.kind, status, totals.gross, credited, paid),
        status=status,
        paid_date=paid_date,
    )


def credited_by_notes(session: Session, invoice_ids: Sequence[int]) -> dict[int, Decimal]:
    """Invoice id → what its finalised credit notes took off it (positive)."""
    out: dict[int, Decimal] = {}
    for chunk in in_chunks(invoice_ids):
        rows = session.execute(
            select(Invoice.credit_of_id, func.sum(Invoice.total_gross))
            .where(
                Invoice.credit_of_id.in_(chunk),
                Invoice.kind == InvoiceKind.CREDIT_NOTE.value,
                Invoice.status != InvoiceStatus.DRAFT.value,
            )
            .group_by(Invoice.credit_of_id)
        )
        out.update((int(original), -total) for original, total in rows if original is not None)
    return out


def _seller_vat_registered(session: Session, invoice: Invoice) -> bool:
    """A finalised invoice's frozen seller, a draft's live one."""
    if invoice.status == InvoiceStatus.DRAFT.value:
        return live_seller(session).vat_registered
    return invoice.seller_vat_registered


def store_totals(
    session: Session, invoice: Invoice, *, seller_vat_registered: bool | None = None
) -> None:
    """Work out and store the invoice's totals, paid, credited and open amounts and state.

    Call it in the transaction that changes the invoice's rows, payments, credit notes
    or reminders, after the change. ``seller_vat_registered`` overrides the seller's
    VAT registration (a draft saved under settings not yet stored).
    """
    if invoice.kind == InvoiceKind.INVOICE.value and invoice.id is not None:
        credited = credited_by_notes(session, [invoice.id]).get(invoice.id, ZERO)
    else:
        credited = ZERO
    registered = (
        seller_vat_registered
        if seller_vat_registered is not None
        else _seller_vat_registered(session, invoice)
    )
    stored = compute_totals(invoice, credited, seller_vat_registered=registered)
    for name in STORED_COLUMNS:
        value = getattr(stored, name)
        if getattr(invoice, name) != value:
            setattr(invoice, name, value)


def store_draft_totals(session: Session, seller_vat_registered: bool) -> None:
    """Store every draft's totals again for the own company's VAT registration now.

    A draft is charged as the company is today; a finalised invoice keeps its frozen
    seller, so only drafts follow a change of the registration.
    """
    drafts = session.scalars(
        select(Invoice)
        .where(Invoice.status == InvoiceStatus.DRAFT.value)
        .options(selectinload(Invoice.rows), selectinload(Invoice.payments))
    ).all()
    for invoice in drafts:
        store_totals(session, invoice, seller_vat_registered=seller_vat_registered)


def totals_differences(session: Session, chunk_size: int = 500) -> list[int]:
    """Ids of the invoices whose stored figures differ from a recomputation, in id order."""
    ids = list(session.scalars(select(Invoice.id).order_by(Invoice.id)))
    live_registered = live_seller(session).vat_registered
    differing: list[int] = []
    for start in range(0, len(ids), chunk_size):
        chunk = ids[start : start + chunk_size]
        invoices = session.scalars(
            select(Invoice)
            .where(Invoice.id.in_(chunk))
            .options(selectinload(Invoice.rows), selectinload(Invoice.payments))
            .order_by(Invoice.id)
            .execution_options(populate_existing=True)
        ).all()
        credited = credited_by_notes(session, chunk)
        differing += _differing(invoices, credited, live_registered)
        session.expunge_all()
    return differing


def _differing(
    invoices: Iterable[Invoice], credited: dict[int, Decimal], live_registered: bool
) -> list[int]:
    out = []
    for invoice in invoices:
        registered = (
            live_registered
            if invoice.status == InvoiceStatus.DRAFT.value
            else invoice.seller_vat_registered
        )
        own_credit = credited.get(invoice.id, ZERO)
        if invoice.kind != InvoiceKind.INVOICE.value:
            own_credit = ZERO
        stored = compute_totals(invoice, own_credit, seller_vat_registered=registered)
        if any(getattr(invoice, name) != getattr(stored, name) for name in STORED_COLUMNS):
            out.append(invoice.id)
    return out


__all__ = [
    "STORED_COLUMNS",
    "StoredTotals",
    "compute_totals",
    "credited_by_notes",
    "store_draft_totals",
    "store_totals",
    "totals_differences",
]
