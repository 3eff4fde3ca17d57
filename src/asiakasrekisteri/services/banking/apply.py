"""Writing an import: the bank payments, the invoice payments and credit they make.

Everything in the caller's transaction, in bulk: a file of 10,000 payments is three
multi-row inserts and one multi-row update. Each invoice's new state comes from
:func:`asiakasrekisteri.domain.settlement.settle`, the rule every payment goes by.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from asiakasrekisteri.domain.bank_payments import EURO, BankFile
from asiakasrekisteri.domain.invoice import InvoiceKind, InvoiceStatus, open_amount_of
from asiakasrekisteri.domain.payment_matching import Action, Proposal
from asiakasrekisteri.domain.settlement import settle
from asiakasrekisteri.services.banking.ledger import InvoiceState, cents
from asiakasrekisteri.services.banking.records import CreditKind
from asiakasrekisteri.storage.backend import in_chunks
from asiakasrekisteri.storage.models_banking import BankImport, BankPayment, CreditEntry
from asiakasrekisteri.storage.models_invoicing import Invoice, Payment
from asiakasrekisteri.storage.types import utcnow

_BANK_COLUMNS = (
    "import_id", "archive_id", "booking_date", "payment_date", "amount", "currency",
    "reference", "payer_name", "message", "correction", "dismissed", "customer_id",
)  # fmt: skip
_PAYMENT_COLUMNS = ("invoice_id", "payment_date", "amount", "archive_id", "bank_payment_id")
_CREDIT_COLUMNS = (
    "customer_id", "entry_date", "amount", "kind", "bank_payment_id", "payment_id", "created_at",
)  # fmt: skip
# The settled state as services.invoicing.totals stores it: the open amount with the paid.
_INVOICE_COLUMNS = ("paid_amount", "open_amount", "status", "paid_date", "updated_at", "id")


@dataclass(frozen=True)
class ImportRecord:
    """What the import row says of the file."""

    file_name: str
    digest: str
    file: BankFile
    user: str


def write_import(session: Session, record: ImportRecord, proposals: Sequence[Proposal],
                 invoices: dict[int, InvoiceState]) -> int:  # fmt: skip
    """Record the import and do what the proposals say; returns the import's id.

    Payments the register had already are left out; every other one is kept as a bank
    payment, the unmatched ones too (they are the unmatched list).
    """
    taken = [p for p in proposals if p.action is not Action.ALREADY_IMPORTED]
    batch = BankImport(
        file_name=record.file_name[:260],
        file_hash=record.digest,
        file_format=record.file.format.value,
        account=record.file.account[:34],
        user=record.user,
        payment_count=len(taken),
        total=sum(
            (
                p.payment.amount
                for p in taken
                if not p.payment.correction and p.payment.currency == EURO
            ),
            Decimal(0),
        ),
    )
    session.add(batch)
    session.flush()
    conn = session.connection()
    backend = session.info["backend"]
    backend.insert_values(
        conn,
        BankPayment.__table__,
        _BANK_COLUMNS,
        [
            (
                batch.id, p.payment.archive_id, p.payment.booking_date,
                p.payment.payment_date, p.payment.amount, p.payment.currency[:3],
                p.payment.reference[:35], p.payment.payer_name[:140], p.payment.message,
                p.payment.correction, False, p.payer_id,
            )
            for p in taken
        ],
    )  # fmt: skip
    ids = list(
        session.scalars(
            select(BankPayment.id).where(BankPayment.import_id == batch.id).order_by(BankPayment.id)
        )
    )
    settle_all(session, zip(ids, taken, strict=True), invoices)
    return batch.id


def settle_all(
    session: Session,
    made: Iterable[tuple[int, Proposal]],
    invoices: dict[int, InvoiceState],
) -> None:
    """Invoice payments and credit of each (bank payment id, proposal), and the new state
    of every invoice paid."""
    now = utcnow()
    payments: list[tuple[int, date, Decimal, str, int]] = []
    credits: list[tuple[int, date, Decimal, str, int, None, object]] = []
    for bank_id, proposal in made:
        day = proposal.payment.booking_date
        archive = proposal.payment.archive_id
        for allocation in proposal.allocations:
            payments.append((allocation.invoice_id, day, allocation.amount, archive, bank_id))
        if proposal.credit > 0 and proposal.payer_id is not None:
            credits.append((proposal.payer_id, day, proposal.credit, CreditKind.OVERPAYMENT.value,
                            bank_id, None, now))  # fmt: skip
    conn = session.connection()
    backend = session.info["backend"]
    backend.insert_values(conn, CreditEntry.__table__, _CREDIT_COLUMNS, credits)
    new_payments: dict[int, list[tuple[date, Decimal]]] = defaultdict(list)
    for invoice_id, day, amount, _archive, _bank in payments:
        new_payments[invoice_id].append((day, amount))
    earlier = _payments_of(
        session,
        [i for i in new_payments if invoices[i].status == InvoiceStatus.PARTLY_PAID.value],
    )
    backend.insert_values(conn, Payment.__table__, _PAYMENT_COLUMNS, payments)
    updates = []
    for invoice_id, added in new_payments.items():
        state = invoices[invoice_id]
        total, credited = cents(state.total_cents), cents(state.credited_cents)
        after = settle(total, credited, earlier.get(invoice_id, []) + added)
        left = open_amount_of(InvoiceKind.INVOICE, after.status, total, credited, after.paid)
        updates.append((after.paid, left, after.status.value, after.paid_date, now, invoice_id))
    backend.update_values(conn, Invoice.__table__, _INVOICE_COLUMNS, updates)


def _payments_of(
    session: Session, invoice_ids: Sequence[int]
) -> dict[int, list[tuple[date, Decimal]]]:
    """The payments recorded on the invoices, in the order they were recorded."""
    out: dict[int, list[tuple[date, Decimal]]] = defaultdict(list)
    for chunk in in_chunks(invoice_ids):
        rows = session.execute(
            select(Payment.invoice_id, Payment.payment_date, Payment.amount)
            .where(Payment.invoice_id.in_(chunk))
            .order_by(Payment.id)
        )
        for invoice_id, day, amount in rows:
            out[invoice_id].append((day, amount))
    return out


def recompute_invoices(session: Session, invoice_ids: Sequence[int]) -> None:
    """Paid amount, state and paid day of invoices whose payments were taken away."""
    now = utcnow()
    payments = _payments_of(session, invoice_ids)
    updates = []
    for chunk in in_chunks(invoice_ids):
        rows = session.execute(
            select(
                Invoice.id, Invoice.total_gross, Invoice.credited_amount, Invoice.status,
                Invoice.paid_date,
            ).where(Invoice.id.in_(chunk))
        )  # fmt: skip
        for invoice_id, total, credited, status, paid_date in rows:
            after = settle(total, credited, payments.get(invoice_id, []))
            if status != InvoiceStatus.CREDITED.value:  # credited stays credited
                status, paid_date = after.status.value, after.paid_date
            left = open_amount_of(InvoiceKind.INVOICE, status, total, credited, after.paid)
            updates.append((after.paid, left, status, paid_date, now, invoice_id))
    backend = session.info["backend"]
    backend.update_values(session.connection(), Invoice.__table__, _INVOICE_COLUMNS, updates)


__all__ = ["ImportRecord", "recompute_invoices", "settle_all", "write_import"]
