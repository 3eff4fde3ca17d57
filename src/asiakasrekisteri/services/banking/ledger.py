"""The register's side of matching: open invoices, references in use, payments had.

Read with plain column queries, never whole rows: a file of 10,000 payments meets
10,000 open invoices.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from asiakasrekisteri.domain import reference
from asiakasrekisteri.domain.bank_payments import IncomingPayment, reference_key
from asiakasrekisteri.domain.invoice import InvoiceKind, InvoiceStatus
from asiakasrekisteri.domain.payment_matching import ClosedInvoice, Ledger, OpenItem
from asiakasrekisteri.domain.reference import ReferenceKind
from asiakasrekisteri.services.invoicing.references import statement_reference
from asiakasrekisteri.storage.backend import in_chunks
from asiakasrekisteri.storage.models import Customer
from asiakasrekisteri.storage.models_banking import BankPayment
from asiakasrekisteri.storage.models_invoicing import Invoice

_OPEN = (InvoiceStatus.SENT.value, InvoiceStatus.PARTLY_PAID.value)
_CLOSED = (InvoiceStatus.PAID.value, InvoiceStatus.CREDITED.value)


def payer_column() -> ColumnElement[int]:
    """The customer who pays an invoice: the billing customer, else the customer."""
    return func.coalesce(Invoice.billing_customer_id, Invoice.customer_id)


class InvoiceState(NamedTuple):
    """What settling needs of an invoice a payment may reach (amounts in cents)."""

    total_cents: int
    credited_cents: int
    status: str


@dataclass(frozen=True)
class RegisterView:
    """The ledger to match against, and what writing the result needs beside it."""

    ledger: Ledger
    invoices: dict[int, InvoiceState]


def open_items(session: Session) -> tuple[list[OpenItem], dict[int, InvoiceState]]:
    """The open invoices, and the state of each (to settle them).

    Read as the driver's plain rows (amounts in cents, dates as text): at 10,000 invoices
    the column types' own conversions took longer than the query.
    """
    stmt = select(
        Invoice.id, Invoice.number, payer_column(), Invoice.reference, Invoice.total_gross,
        Invoice.credited_amount, Invoice.paid_amount, Invoice.due_date, Invoice.buyer_name,
        Invoice.status,
    ).where(
        Invoice.kind == InvoiceKind.INVOICE.value,
        or_(*(Invoice.status == status for status in _OPEN)),
        Invoice.number.is_not(None),
    )  # fmt: skip
    items: list[OpenItem] = []
    states: dict[int, InvoiceState] = {}
    days: dict[str, date] = {}
    for row in session.info["backend"].fetch_rows(session.connection(), stmt):
        invoice_id, number, payer, ref, total, credited, paid, due, name, status = row
        day = days.get(due)
        if day is None:
            # Text in SQLite's rows, a date in a server's.
            day = days[due] = due if isinstance(due, date) else date.fromisoformat(due[:10])
        states[invoice_id] = InvoiceState(total, credited, status)
        left = total - credited - paid
        if left > 0:
            key = reference_key(ref)
            items.append(OpenItem(invoice_id, number, payer, ref, cents(left), day, name, key))
    return items, states


def cents(value: int) -> Decimal:
    """Integer cents as an amount."""
    return Decimal(value).scaleb(-2)


def _customer_references(session: Session, keys: set[str]) -> dict[str, int]:
    """Fixed references of every customer that has one, and the statement references the
    payments name (their key → customer id)."""
    out: dict[str, int] = {}
    rows = session.execute(
        select(Customer.id, Customer.fixed_reference).where(Customer.fixed_reference != "")
    )
    for customer_id, fixed in rows:
        out[fixed] = customer_id
    numbers: dict[str, str] = {}
    ids: dict[int, str] = {}
    statement_kinds = {str(kind.value) for kind in (ReferenceKind.STATEMENT,
                                                     ReferenceKind.STATEMENT_BY_ID)}  # fmt: skip
    for key in keys:
        # Only a reference starting with a statement's kind digit can be one.
        document = reference.document_of(key) if key[:1] in statement_kinds else None
        if document is None:
            continue
        kind, document_number = document
        if kind is ReferenceKind.STATEMENT:
            numbers[str(document_number)] = key
        elif kind is ReferenceKind.STATEMENT_BY_ID:
            ids[document_number] = key
    if not numbers and not ids:
        return out
    candidates = session.execute(
        select(
            Customer.id, Customer.customer_number, Customer.fixed_reference,
            Customer.use_rf_reference,
        ).where(Customer.customer_number.in_(list(numbers)) | Customer.id.in_(list(ids)))
    )  # fmt: skip
    for customer_id, number, fixed, use_rf in candidates:
        # Only the customer's own statement reference counts: a fixed reference replaces it.
        ref = statement_reference(customer_id, number, fixed, use_rf)
        out[ref] = customer_id
    return out


def _closed_invoices(session: Session, keys: Iterable[str]) -> list[ClosedInvoice]:
    """Paid and credited invoices whose references the payments name (in either form)."""
    forms: list[str] = []
    for key in keys:
        forms.append(key)
        if key.isdigit():
            try:
                forms.append(reference.to_rf(key))
            except ValueError:
                continue
    found: list[ClosedInvoice] = []
    for chunk in in_chunks(forms):
        rows = session.execute(
            select(Invoice.id, Invoice.number, payer_column(), Invoice.reference).where(
                Invoice.kind == InvoiceKind.INVOICE.value,
                Invoice.status.in_(_CLOSED),
                Invoice.reference.in_(chunk),
            )
        )
        found.extend(
            ClosedInvoice(invoice_id, number or 0, payer, ref)
            for invoice_id, number, payer, ref in rows
        )
    return found


def imported_archive_ids(session: Session, archive_ids: Sequence[str]) -> frozenset[str]:
    """The archive ids among ``archive_ids`` that the register has already (an undone
    import's payments are deleted, so they count no more)."""
    backend = session.info["backend"]
    column = BankPayment.__table__.c.archive_id
    return frozenset(backend.present(session.connection(), column, archive_ids))


def register_view(session: Session, payments: Sequence[IncomingPayment]) -> RegisterView:
    """Everything the payments are matched against, read in ``session``."""
    items, states = open_items(session)
    keys = {p.reference_key for p in payments} - {""}
    open_keys = {item.key for item in items}
    ledger = Ledger(
        open_items=items,
        closed=_closed_invoices(session, sorted(keys - open_keys)),
        customer_references=_customer_references(session, keys),
        imported=imported_archive_ids(session, [p.archive_id for p in payments]),
    )
    return RegisterView(ledger, states)


def customer_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    """Customer id → name."""
    wanted = sorted(set(ids))
    names: dict[int, str] = {}
    for chunk in in_chunks(wanted):
        names.update(
            (cid, name)
            for cid, name in session.execute(
                select(Customer.id, Customer.name).where(Customer.id.in_(chunk))
            )
        )
    return names
