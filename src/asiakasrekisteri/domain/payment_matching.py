"""Which invoices the bank's payments settle: matching by reference, then by amount.

:func:`match_payments` takes the payments of a file in order and the register's open
items (:class:`Ledger`), and proposes for each payment what to do (:class:`Proposal`):

1. A payment whose archive id the register already has is the same payment again.
2. A correction, or a payment in another currency than the euro, is never settled here.
3. A statement reference or a customer's fixed reference pays that customer's open
   invoices, the oldest due first.
4. An invoice's reference pays that invoice: in full, in part, or in full with the rest
   kept as the customer's credit. A payment for an invoice already paid or credited is
   kept as credit whole.
5. Anything else is unmatched: no reference, or one nobody has.

Payments of one file are applied one after the other, so two payments of one invoice in
one file make a part payment and a payment of the rest, or a payment and a credit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from asiakasrekisteri.domain.bank_payments import EURO, IncomingPayment, reference_key
from asiakasrekisteri.domain.money import ZERO

__all__ = [
    "Action",
    "Allocation",
    "ClosedInvoice",
    "Ledger",
    "OpenItem",
    "Proposal",
    "Unmatched",
    "allocate",
    "match_payments",
]


class Action(StrEnum):
    """What importing a payment does."""

    PAID = "paid"
    """Pays the invoice (or the customer's invoices) in full, exactly."""
    PART_PAYMENT = "part_payment"
    """Pays part of an invoice; the rest stays open."""
    OVERPAYMENT = "overpayment"
    """Pays in full; what is left over becomes the customer's credit."""
    CREDIT = "credit"
    """Becomes the customer's credit whole: nothing of theirs is open."""
    UNMATCHED = "unmatched"
    """Goes to the list of unmatched payments, to be assigned by hand."""
    CORRECTION = "correction"
    """A correction of an earlier payment: recorded, never settled on its own."""
    ALREADY_IMPORTED = "already_imported"
    """The register has this payment already (its archive id); skipped."""


class Unmatched(StrEnum):
    """Why a payment matched nothing."""

    NO_REFERENCE = "no_reference"
    UNKNOWN_REFERENCE = "unknown_reference"
    SHARED_REFERENCE = "shared_reference"
    """The reference is on invoices of several customers; a person must decide."""
    CURRENCY = "currency"
    """Not in euros; the register's invoices are."""


class OpenItem(NamedTuple):
    """An invoice with money still open (a named tuple: a register has thousands).

    Attributes:
        invoice_id: The invoice.
        number: Its number.
        payer_id: The customer who pays it (the billing customer, if any).
        reference: Its payment reference as stored.
        open_amount: What is still open.
        due_date: Its due date: the oldest due is paid first.
        payer_name: The buyer's name on the invoice.
        key: Its reference as references are compared (:func:`reference_key`); worked
            out here when not given.
    """

    invoice_id: int
    number: int
    payer_id: int
    reference: str
    open_amount: Decimal
    due_date: date
    payer_name: str = ""
    key: str = ""


@dataclass(frozen=True)
class ClosedInvoice:
    """An invoice already paid or credited, which a payment may still name."""

    invoice_id: int
    number: int
    payer_id: int
    reference: str


@dataclass(frozen=True)
class Ledger:
    """What the payments are matched against.

    Attributes:
        open_items: The open invoices.
        closed: Paid or credited invoices whose references the payments name.
        customer_references: Statement and fixed references (any form) → the customer.
        imported: Archive ids of the payments the register has already.
    """

    open_items: Sequence[OpenItem]
    closed: Sequence[ClosedInvoice] = ()
    customer_references: Mapping[str, int] = field(default_factory=dict)
    imported: frozenset[str] = frozenset()


class Allocation(NamedTuple):
    """The part of a payment that goes to one invoice.

    Attributes:
        invoice_id: The invoice.
        number: Its number.
        amount: The amount paid on it.
        open_after: What stays open on it after this payment.
    """

    invoice_id: int
    number: int
    amount: Decimal
    open_after: Decimal


class Proposal(NamedTuple):
    """What to do with one payment (a named tuple: a file has thousands).

    Attributes:
        payment: The payment.
        action: The action.
        payer_id: The customer whose invoices or credit it goes to, when known.
        allocations: The invoices it pays, oldest first.
        credit: What becomes the customer's credit.
        unmatched: Why it matched nothing, for an unmatched payment.
    """

    payment: IncomingPayment
    action: Action
    payer_id: int | None = None
    allocations: tuple[Allocation, ...] = ()
    credit: Decimal = ZERO
    unmatched: Unmatched | None = None

    @property
    def settles(self) -> bool:
        """True when importing it pays invoices or gives credit."""
        return bool(self.allocations) or self.credit > 0


def allocate(
    items: Iterable[OpenItem], amount: Decimal, remaining: dict[int, Decimal]
) -> tuple[tuple[Allocation, ...], Decimal]:
    """Spread ``amount`` over ``items`` in their order, lowering ``remaining`` as it goes.

    Args:
        items: The invoices, in the order they are to be paid.
        amount: The money.
        remaining: Invoice id → what is open now; updated.

    Returns:
        The allocations and what is left over.
    """
    allocations: list[Allocation] = []
    left = amount
    for item in items:
        if left <= 0:
            break
        open_now = remaining[item.invoice_id]
        if open_now <= 0:
            continue
        take = min(open_now, left)
        remaining[item.invoice_id] = open_now - take
        left -= take
        allocations.append(Allocation(item.invoice_id, item.number, take, open_now - take))
    return tuple(allocations), left


def _settled(
    payment: IncomingPayment,
    payer_id: int,
    items: Iterable[OpenItem],
    remaining: dict[int, Decimal],
) -> Proposal:
    allocations, left = allocate(items, payment.amount, remaining)
    if not allocations:
        action = Action.CREDIT
    elif left > 0:
        action = Action.OVERPAYMENT
    elif allocations[-1].open_after > 0:
        action = Action.PART_PAYMENT
    else:
        action = Action.PAID
    return Proposal(payment, action, payer_id, allocations, left)


class _Index:
    """The ledger looked up by reference key, with open amounts as payments use them up."""

    def __init__(self, ledger: Ledger) -> None:
        order = sorted(ledger.open_items, key=lambda i: (i.due_date, i.number))
        self.remaining = {item.invoice_id: item.open_amount for item in order}
        self.by_key: dict[str, list[OpenItem]] = defaultdict(list)
        self.by_payer: dict[int, list[OpenItem]] = defaultdict(list)
        for item in order:
            self.by_key[item.key or reference_key(item.reference)].append(item)
            self.by_payer[item.payer_id].append(item)
        self.customers = {
            reference_key(ref): cid for ref, cid in ledger.customer_references.items()
        }
        self.closed = {reference_key(c.reference): c.payer_id for c in ledger.closed}
        self.seen = set(ledger.imported)

    def propose(self, payment: IncomingPayment) -> Proposal:
        if payment.archive_id in self.seen:
            return Proposal(payment, Action.ALREADY_IMPORTED)
        self.seen.add(payment.archive_id)
        if payment.correction:
            return Proposal(payment, Action.CORRECTION)
        if payment.currency != EURO:
            return Proposal(payment, Action.UNMATCHED, unmatched=Unmatched.CURRENCY)
        key = payment.reference_key
        if not key:
            return Proposal(payment, Action.UNMATCHED, unmatched=Unmatched.NO_REFERENCE)
        payer = self.customers.get(key)
        if payer is not None:
            return _settled(payment, payer, self.by_payer.get(payer, ()), self.remaining)
        items = self.by_key.get(key)
        if items:
            payer = items[0].payer_id
            if any(item.payer_id != payer for item in items):
                return Proposal(payment, Action.UNMATCHED, unmatched=Unmatched.SHARED_REFERENCE)
            return _settled(payment, payer, items, self.remaining)
        payer = self.closed.get(key)
        if payer is not None:
            return _settled(payment, payer, (), self.remaining)
        return Proposal(payment, Action.UNMATCHED, unmatched=Unmatched.UNKNOWN_REFERENCE)


def match_payments(payments: Iterable[IncomingPayment], ledger: Ledger) -> tuple[Proposal, ...]:
    """Propose what to do with each payment, in file order.

    Args:
        payments: The payments of a file.
        ledger: The register's open items and references.

    Returns:
        One proposal a payment, in the same order.
    """
    index = _Index(ledger)
    return tuple(index.propose(payment) for payment in payments)
