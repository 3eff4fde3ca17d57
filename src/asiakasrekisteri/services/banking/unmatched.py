"""Bank payments not (all) placed: the list, suggestions, and placing one by hand.

A bank payment is unmatched while part of its amount is neither paid on an invoice nor
kept as credit, unless it is a correction or the user set it aside. That is worked out
from the rows each time, so a payment deleted from an invoice by hand puts its money
back on the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from rapidfuzz import fuzz, process, utils
from sqlalchemy import func, select, type_coerce
from sqlalchemy.orm import Session

from asiakasrekisteri.domain.bank_payments import EURO, IncomingPayment, reference_key
from asiakasrekisteri.domain.invoice import InvoiceKind
from asiakasrekisteri.domain.payment_matching import OpenItem, Unmatched, allocate
from asiakasrekisteri.services.banking.ledger import open_items
from asiakasrekisteri.services.banking.records import (
    AssignResult,
    CreditKind,
    Suggestion,
    UnmatchedPayment,
)
from asiakasrekisteri.services.errors import NotFound, RuleViolation
from asiakasrekisteri.services.invoicing.records import load_invoice
from asiakasrekisteri.services.invoicing.totals import store_totals
from asiakasrekisteri.storage.models_banking import BankImport, BankPayment, CreditEntry
from asiakasrekisteri.storage.models_invoicing import Payment
from asiakasrekisteri.storage.types import Money

SUGGESTIONS = 5
"""How many open invoices are suggested for an unmatched payment."""
# How alike (0–100) a payer's and a buyer's names must be to suggest an invoice whose open
# amount equals the payment, and to suggest one whatever its amount.
_NAME_WITH_AMOUNT = 50
_NAME_ALONE = 80


def _placed() -> Any:
    """Bank payment id → the amount placed: paid on invoices plus kept as credit."""
    paid = (
        select(Payment.bank_payment_id.label("bank_id"), Payment.amount.label("amount"))
        .where(Payment.bank_payment_id.is_not(None))
    )  # fmt: skip
    kept = select(CreditEntry.bank_payment_id, CreditEntry.amount).where(
        CreditEntry.bank_payment_id.is_not(None),
        CreditEntry.kind == CreditKind.OVERPAYMENT.value,
    )
    both = paid.union_all(kept).subquery()
    return (
        select(both.c.bank_id, func.sum(both.c.amount).label("placed"))
        .group_by(both.c.bank_id)
        .subquery()
    )


def _reason(payment: IncomingPayment, placed: Decimal, matched: bool) -> Unmatched | None:
    """Why the payment matched nothing; None when it did and was taken off an invoice."""
    if placed > 0 or matched:
        return None
    if payment.currency != EURO:
        return Unmatched.CURRENCY
    if not reference_key(payment.reference):
        return Unmatched.NO_REFERENCE
    return Unmatched.UNKNOWN_REFERENCE


def _as_incoming(row: BankPayment) -> IncomingPayment:
    return IncomingPayment(
        row.archive_id, row.amount, row.currency, row.booking_date, row.payment_date,
        row.reference, row.payer_name, row.message, row.correction,
    )  # fmt: skip


def unmatched_payments(
    session: Session, bank_ids: Sequence[int] | None = None
) -> list[UnmatchedPayment]:
    """The bank payments with money still to place, oldest first."""
    placed = _placed()
    done = func.coalesce(placed.c.placed, 0)
    stmt = (
        select(BankPayment, BankImport.file_name, type_coerce(done, Money))
        .join(BankImport, BankImport.id == BankPayment.import_id)
        .outerjoin(placed, placed.c.bank_id == BankPayment.id)
        .where(~BankPayment.correction, ~BankPayment.dismissed, BankPayment.amount > done)
        .order_by(BankPayment.booking_date, BankPayment.id)
    )
    if bank_ids is not None:
        stmt = stmt.where(BankPayment.id.in_(bank_ids))
    out = []
    for row, file_name, placed in session.execute(stmt):
        payment = _as_incoming(row)
        out.append(
            UnmatchedPayment.of(
                row.id,
                payment,
                row.amount - placed,
                file_name,
                _reason(payment, placed, row.customer_id is not None),
            )
        )
    return out


def find_unmatched(session: Session, bank_id: int) -> UnmatchedPayment:
    """One unmatched payment.

    Raises:
        NotFound: No such bank payment, or nothing of it is left to place.
    """
    found = unmatched_payments(session, [bank_id])
    if not found:
        raise NotFound(
            "That payment is not on the list of unmatched payments (any more).",
            code="bank_payment.not_unmatched",
        )
    return found[0]


def bank_payment_by_archive_id(session: Session, archive_id: str) -> int:
    """The bank payment with this archive id (the newest, should there be several).

    Raises:
        NotFound: The register has no payment with it.
    """
    found = session.scalar(
        select(BankPayment.id)
        .where(BankPayment.archive_id == archive_id.strip())
        .order_by(BankPayment.id.desc())
        .limit(1)
    )
    if found is None:
        raise NotFound(
            "No imported payment has the archive id {archive_id}.",
            code="bank_payment.not_found",
            archive_id=archive_id,
        )
    return int(found)


def suggestions(session: Session, payment: UnmatchedPayment) -> list[Suggestion]:
    """Open invoices the payment may be for: the same amount open, a payer name alike.

    An invoice is suggested when its open amount equals the payment and the names are
    alike (or the bank gives no name), or when the names are much alike whatever the
    amount; the closest come first.
    """
    items, _states = open_items(session)
    if not items:
        return []
    names = [item.payer_name for item in items]
    scores = process.cdist(
        [payment.payer_name], names, scorer=fuzz.token_set_ratio, processor=utils.default_process
    )[0]
    ranked: list[tuple[float, OpenItem, bool, int]] = []
    for item, score in zip(items, scores, strict=True):
        same = item.open_amount == payment.amount
        name = int(score) if payment.payer_name else 0
        if (same and (name >= _NAME_WITH_AMOUNT or not payment.payer_name)) or name >= _NAME_ALONE:
            ranked.append((name + (50 if same else 0), item, same, name))
    ranked.sort(key=lambda r: (-r[0], r[1].due_date, r[1].number))
    return [
        Suggestion(
            item.invoice_id,
            item.number,
            item.payer_name,
            item.open_amount,
            item.due_date,
            item.reference,
            same,
            name,
        )
        for _rank, item, same, name in ranked[:SUGGESTIONS]
    ]


def assign(session: Session, bank_id: int, invoice_id: int) -> AssignResult:
    """Place what is left of an unmatched payment on an invoice; the rest becomes credit.

    Raises:
        NotFound: The payment is not unmatched, or the invoice is gone.
        RuleViolation: ``bank_payment.currency`` for a payment not in euros;
            ``payment.not_open`` for an invoice that is not open.
    """
    payment = find_unmatched(session, bank_id)
    if payment.currency != EURO:
        raise RuleViolation(
            "The payment is in {currency}; record it on the invoice by hand in euros as the "
            "bank booked it, and set this one aside.",
            code="bank_payment.currency",
            currency=payment.currency,
        )
    invoice = load_invoice(session, invoice_id)
    payer = invoice.billing_customer_id or invoice.customer_id
    open_amount = invoice.total_gross - invoice.credited_amount - invoice.paid_amount
    if invoice.kind != InvoiceKind.INVOICE.value or invoice.number is None or open_amount <= 0:
        raise RuleViolation(
            "Invoice {number} has nothing open; choose an open invoice.",
            code="payment.not_open",
            number=invoice.number or "",
        )
    item = OpenItem(
        invoice.id, invoice.number, payer, invoice.reference, open_amount, invoice.due_date
    )
    allocations, left = allocate([item], payment.amount, {invoice.id: open_amount})
    paid = allocations[0].amount
    invoice.payments.append(
        Payment(
            payment_date=payment.booking_date, amount=paid, archive_id=payment.archive_id,
            bank_payment_id=bank_id,
        )
    )  # fmt: skip
    store_totals(session, invoice)
    if left > 0:
        session.add(
            CreditEntry(
                customer_id=payer, entry_date=payment.booking_date, amount=left,
                kind=CreditKind.OVERPAYMENT.value, bank_payment_id=bank_id,
            )
        )  # fmt: skip
    row = session.get(BankPayment, bank_id)
    assert row is not None  # found unmatched above
    row.customer_id = payer
    session.flush()
    return AssignResult(invoice.number, paid, left, allocations[0].open_after)


def dismiss(session: Session, bank_id: int) -> None:
    """Set an unmatched payment aside: it is not for an invoice (the list leaves it).

    Raises:
        NotFound: The payment is not unmatched.
    """
    find_unmatched(session, bank_id)
    row = session.get(BankPayment, bank_id)
    assert row is not None
    row.dismissed = True


__all__ = [
    "assign",
    "bank_payment_by_archive_id",
    "dismiss",
    "find_unmatched",
    "suggestions",
    "unmatched_payments",
]
