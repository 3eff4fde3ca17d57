"""Taking back a bank file's import: its payments, what they paid, the credit they gave.

Deleting the import's bank payments deletes the invoice payments and credit that point
to them; the invoices they paid are then worked out again from the payments left. A
payment whose customer has since used or refunded the credit it gave stays, so that no
credit goes below nothing; the result names it.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from asiakasrekisteri.services.banking.apply import recompute_invoices
from asiakasrekisteri.services.banking.credit import credit_sum
from asiakasrekisteri.services.banking.ledger import customer_names
from asiakasrekisteri.services.banking.records import (
    BankImportInfo,
    BankUndoResult,
    CreditKind,
    KeptPayment,
)
from asiakasrekisteri.services.errors import NotFound, RuleViolation
from asiakasrekisteri.storage.backend import in_chunks
from asiakasrekisteri.storage.models_banking import BankImport, BankPayment, CreditEntry
from asiakasrekisteri.storage.models_invoicing import Payment
from asiakasrekisteri.storage.types import utcnow


def list_imports(session: Session) -> list[BankImportInfo]:
    """Every bank file imported, newest first."""
    return [
        BankImportInfo(
            b.id,
            b.file_name,
            b.file_format,
            b.imported_at,
            b.user,
            b.payment_count,
            b.total,
            b.undone_at,
        )
        for b in session.scalars(select(BankImport).order_by(BankImport.id.desc()))
    ]


def _spent(session: Session, import_id: int) -> dict[int, list[int]]:
    """Customer → this import's bank payments that gave them credit, for every customer
    whose credit would go below nothing without it."""
    given: dict[int, Decimal] = defaultdict(Decimal)
    by_customer: dict[int, list[int]] = defaultdict(list)
    rows = session.execute(
        select(CreditEntry.customer_id, CreditEntry.amount, CreditEntry.bank_payment_id)
        .join(BankPayment, BankPayment.id == CreditEntry.bank_payment_id)
        .where(BankPayment.import_id == import_id, CreditEntry.kind == CreditKind.OVERPAYMENT.value)
    )
    for customer_id, amount, bank_id in rows:
        assert bank_id is not None  # joined on it
        given[customer_id] += amount
        by_customer[customer_id].append(bank_id)
    spent: dict[int, list[int]] = {}
    for customer_id, amount in given.items():
        total = session.scalar(credit_sum().where(CreditEntry.customer_id == customer_id))
        if (total or 0) - amount < 0:
            spent[customer_id] = by_customer[customer_id]
    return spent


def undo_import(session: Session, import_id: int) -> BankUndoResult:
    """Take back what an import did, in ``session``'s transaction.

    Raises:
        NotFound: No such import.
        RuleViolation: ``bank_import.undone_already``.
    """
    batch = session.get(BankImport, import_id)
    if batch is None:
        raise NotFound(
            "There is no bank file import number {batch}.",
            code="bank_import.not_found",
            batch=import_id,
        )
    if batch.undone_at is not None:
        raise RuleViolation(
            "Bank file import {batch} has been undone already.",
            code="bank_import.undone_already",
            batch=import_id,
        )
    spent = _spent(session, import_id)
    keep = {bank_id for ids in spent.values() for bank_id in ids}
    bank_ids = [
        bank_id
        for bank_id in session.scalars(
            select(BankPayment.id).where(BankPayment.import_id == import_id)
        )
        if bank_id not in keep
    ]
    invoice_ids: set[int] = set()
    for chunk in in_chunks(bank_ids):
        invoice_ids.update(
            session.scalars(
                select(Payment.invoice_id).where(Payment.bank_payment_id.in_(chunk)).distinct()
            )
        )
        # The foreign keys take the invoice payments and credit of these with them.
        session.execute(delete(BankPayment).where(BankPayment.id.in_(chunk)))
    recompute_invoices(session, sorted(invoice_ids))
    batch.undone_at = utcnow()
    names = customer_names(session, spent)
    kept = [
        KeptPayment(row.archive_id, row.amount, names.get(customer_id, ""))
        for customer_id, ids in spent.items()
        for row in session.scalars(select(BankPayment).where(BankPayment.id.in_(ids)))
    ]
    return BankUndoResult(import_id, len(bank_ids), len(invoice_ids), tuple(kept))


__all__ = ["list_imports", "undo_import"]
