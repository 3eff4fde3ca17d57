"""A customer's credit: money paid beyond what was open, until it is used or refunded.

The credit is a ledger (``customer_credit``): an overpayment adds to it, using it on the
customer's open invoices or refunding it takes from it, and the balance is the sum. Using
credit records ordinary invoice payments, each tied to the entry that paid it, so
deleting such a payment gives the credit back.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, func, select, type_coerce, update
from sqlalchemy.orm import Session

from asiakasrekisteri.domain.invoice import InvoiceKind, InvoiceStatus
from asiakasrekisteri.domain.money import ZERO, is_whole_cents
from asiakasrekisteri.domain.payment_matching import Allocation, OpenItem, allocate
from asiakasrekisteri.services.banking.ledger import payer_column
from asiakasrekisteri.services.banking.records import CreditKind
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.services.invoicing.records import load_customer
from asiakasrekisteri.services.invoicing.totals import store_totals
from asiakasrekisteri.storage.backend import in_id_runs
from asiakasrekisteri.storage.models_banking import BankPayment, CreditEntry
from asiakasrekisteri.storage.models_invoicing import Invoice, Payment
from asiakasrekisteri.storage.types import Money

_OPEN = (InvoiceStatus.SENT.value, InvoiceStatus.PARTLY_PAID.value)


def balance(session: Session, customer_id: int) -> Decimal:
    """The customer's credit now."""
    total = session.scalar(credit_sum().where(CreditEntry.customer_id == customer_id))
    return total if total is not None else ZERO


def credit_sum() -> Select[Decimal]:
    """The sum of credit entries, as an amount (0 when there are none)."""
    return select(type_coerce(func.coalesce(func.sum(CreditEntry.amount), 0), Money))


def open_invoices_of(session: Session, customer_id: int) -> list[Invoice]:
    """The open invoices the customer pays, the oldest due first (as on a statement)."""
    return list(
        session.scalars(
            select(Invoice)
            .where(
                Invoice.kind == InvoiceKind.INVOICE.value,
                Invoice.status.in_(_OPEN),
                Invoice.number.is_not(None),
                payer_column() == customer_id,
            )
            .order_by(Invoice.due_date, Invoice.number)
        )
    )


def use_credit(session: Session, customer_id: int, day: date) -> tuple[Allocation, ...]:
    """Pay the customer's open invoices from their credit, the oldest due first.

    Raises:
        RuleViolation: ``credit.none`` when there is no credit; ``credit.nothing_open``
            when nothing is open.
    """
    load_customer(session, customer_id)
    available = balance(session, customer_id)
    if available <= 0:
        raise RuleViolation("The customer has no credit.", code="credit.none")
    invoices = {inv.id: inv for inv in open_invoices_of(session, customer_id)}
    items = [
        OpenItem(inv.id, inv.number or 0, customer_id, inv.reference, _open(inv), inv.due_date)
        for inv in invoices.values()
        if _open(inv) > 0
    ]
    if not items:
        raise RuleViolation(
            "The customer has no open invoices to use the credit on.",
            code="credit.nothing_open",
        )
    allocations, _left = allocate(items, available, {i.invoice_id: i.open_amount for i in items})
    for allocation in allocations:
        invoice = invoices[allocation.invoice_id]
        payment = Payment(payment_date=day, amount=allocation.amount)
        invoice.payments.append(payment)
        store_totals(session, invoice)
        session.flush()
        session.add(
            CreditEntry(
                customer_id=customer_id, entry_date=day, amount=-allocation.amount,
                kind=CreditKind.USED.value, payment_id=payment.id,
            )
        )  # fmt: skip
    session.flush()
    return allocations


def _open(invoice: Invoice) -> Decimal:
    return max(invoice.total_gross - invoice.credited_amount - invoice.paid_amount, ZERO)


def refund(session: Session, customer_id: int, amount: Decimal, day: date) -> Decimal:
    """Record credit paid back to the customer; returns the credit left.

    Raises:
        RuleViolation: ``credit.refund_amount`` for an amount that is not positive whole
            cents or is more than the credit.
    """
    load_customer(session, customer_id)
    available = balance(session, customer_id)
    if not (isinstance(amount, Decimal) and is_whole_cents(amount) and 0 < amount <= available):
        raise RuleViolation(
            "A refund is a positive amount of at most the credit, {credit} €.",
            code="credit.refund_amount",
            credit=available.quantize(Decimal("0.01")),
        )
    session.add(
        CreditEntry(customer_id=customer_id, entry_date=day, amount=-amount,
                    kind=CreditKind.REFUND.value)
    )  # fmt: skip
    session.flush()
    return available - amount


def count_credit(session: Session, customer_ids: Sequence[int]) -> dict[int, int]:
    """Credit entries of each customer, for those that have any: id → entries. Money held
    for them, kept like the invoices."""
    counts: dict[int, int] = {}
    for condition in in_id_runs(CreditEntry.customer_id, customer_ids):
        stmt = select(CreditEntry.customer_id, func.count(CreditEntry.id)).where(condition)
        counts.update(session.execute(stmt.group_by(CreditEntry.customer_id)).all())
    return counts


def move_credit(session: Session, merged_id: int, survivor_id: int) -> None:
    """A merged customer's credit and bank payments go to the survivor."""
    session.execute(
        update(CreditEntry)
        .where(CreditEntry.customer_id == merged_id)
        .values(customer_id=survivor_id)
    )
    session.execute(
        update(BankPayment)
        .where(BankPayment.customer_id == merged_id)
        .values(customer_id=survivor_id)
    )


__all__ = [
    "balance",
    "count_credit",
    "move_credit",
    "open_invoices_of",
    "refund",
    "use_credit",
]
