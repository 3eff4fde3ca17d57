"""What the bank payment service hands out: previews, results and list rows."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from asiakasrekisteri.domain.bank_payments import EURO, BankFile, IncomingPayment
from asiakasrekisteri.domain.money import ZERO
from asiakasrekisteri.domain.payment_matching import (
    Action,
    Ledger,
    Proposal,
    Unmatched,
    match_payments,
)
from asiakasrekisteri.services.banking.ledger import RegisterView

__all__ = [
    "AssignResult",
    "BankImportInfo",
    "BankUndoResult",
    "CreditKind",
    "ImportPreview",
    "ImportResult",
    "KeptPayment",
    "Suggestion",
    "Totals",
    "UnmatchedPayment",
    "totals_of",
]


class CreditKind(StrEnum):
    """A change of a customer's credit (``customer_credit.kind``)."""

    OVERPAYMENT = "overpayment"
    """Paid beyond what was open: the customer's money, kept (+)."""
    USED = "used"
    """Used to pay an invoice (−)."""
    REFUND = "refund"
    """Paid back to the customer (−)."""


@dataclass(frozen=True)
class Totals:
    """What an import does, in counts and sums.

    Attributes:
        payments: Payments taken in (already imported ones left out).
        amount: Their sum in euros, corrections left out.
        settled: Paid on invoices.
        credit: Kept as customers' credit.
        unmatched: Euros left for assigning by hand.
        unmatched_count: How many payments that is.
        invoices_paid: Invoices paid in full.
        corrections: Corrections recorded, not settled.
        already_imported: Payments the register had already.
    """

    payments: int = 0
    amount: Decimal = ZERO
    settled: Decimal = ZERO
    credit: Decimal = ZERO
    unmatched: Decimal = ZERO
    unmatched_count: int = 0
    invoices_paid: int = 0
    corrections: int = 0
    already_imported: int = 0


def _euros(proposals: Collection[Proposal]) -> Decimal:
    """The euros of the payments (one in another currency is counted, not summed)."""
    return sum((p.payment.amount for p in proposals if p.payment.currency == EURO), ZERO)


def totals_of(proposals: Collection[Proposal]) -> Totals:
    """Counts and sums of the proposals (of a preview or of an import done)."""
    taken = [p for p in proposals if p.action is not Action.ALREADY_IMPORTED]
    payments = [p for p in taken if p.action is not Action.CORRECTION]
    unmatched = [p for p in taken if p.action is Action.UNMATCHED]
    return Totals(
        payments=len(taken),
        amount=_euros(payments),
        settled=sum((a.amount for p in taken for a in p.allocations), ZERO),
        credit=sum((p.credit for p in taken), ZERO),
        unmatched=_euros(unmatched),
        unmatched_count=len(unmatched),
        invoices_paid=sum(1 for p in taken for a in p.allocations if a.open_after == 0),
        corrections=len(taken) - len(payments),
        already_imported=len(proposals) - len(taken),
    )


@dataclass(frozen=True)
class ImportPreview:
    """A bank file read and matched against the register; nothing written yet.

    Attributes:
        file_name: The file's name (without folders).
        digest: The SHA-256 of its bytes.
        file: What was read from it.
        proposals: What importing each payment would do, in file order.
        customer_names: Customer id → name, for every customer the proposals name.
        imported_at: When this very file was imported before (and not undone), else None.
        view: The register's open items the proposals were made against.
        generation: The register's commit count when it was read (the view is reused
            when nothing has been committed since).
    """

    file_name: str
    digest: str
    file: BankFile
    proposals: tuple[Proposal, ...]
    customer_names: Mapping[int, str]
    imported_at: datetime | None
    view: RegisterView = field(repr=False)
    generation: int = -1

    @property
    def ledger(self) -> Ledger:
        return self.view.ledger

    def plan(self, selected: Collection[int]) -> tuple[Proposal | None, ...]:
        """The proposals again with only the payments at ``selected`` positions taken;
        None for a payment left out (leaving one out changes what later ones pay)."""
        chosen = [self.file.payments[i] for i in sorted(selected)]
        made = iter(match_payments(chosen, self.ledger))
        return tuple(next(made) if i in selected else None for i in range(len(self.proposals)))

    @property
    def nothing_new(self) -> bool:
        """True when every payment of the file is in the register already."""
        return all(p.action is Action.ALREADY_IMPORTED for p in self.proposals)


@dataclass(frozen=True)
class ImportResult:
    """An import done.

    Attributes:
        import_id: Its number, for undoing it; None when the file held nothing new.
        proposals: What was done with each payment taken.
        totals: Its counts and sums.
    """

    import_id: int | None
    proposals: tuple[Proposal, ...]
    totals: Totals


@dataclass(frozen=True)
class BankImportInfo:
    """One import, as the undo list shows it."""

    id: int
    file_name: str
    file_format: str
    imported_at: datetime
    user: str
    payment_count: int
    total: Decimal
    undone_at: datetime | None


@dataclass(frozen=True)
class KeptPayment:
    """A payment an undo left in place: its customer's credit has been used since."""

    archive_id: str
    amount: Decimal
    customer_name: str


@dataclass(frozen=True)
class BankUndoResult:
    """What undoing an import did.

    Attributes:
        import_id: The import.
        removed: Payments taken back.
        invoices: Invoices whose payments changed.
        kept: Payments left in place, and why.
    """

    import_id: int
    removed: int
    invoices: int
    kept: tuple[KeptPayment, ...] = ()


@dataclass(frozen=True)
class UnmatchedPayment:
    """A bank payment not (all) settled, for assigning by hand.

    Attributes:
        id: The bank payment.
        archive_id: The bank's archive id.
        booking_date: The day it was booked.
        amount: What of it is still to be placed.
        total: Its whole amount.
        currency: Its currency.
        reference: The reference it came with, or "".
        payer_name: The payer as the bank has it.
        message: Its free text.
        file_name: The file it came in.
        reason: Why it matched nothing; None for one left over when a payment it made
            was deleted.
    """

    id: int
    archive_id: str
    booking_date: date
    amount: Decimal
    total: Decimal
    currency: str
    reference: str
    payer_name: str
    message: str
    file_name: str
    reason: Unmatched | None

    @classmethod
    def of(cls, bank_id: int, payment: IncomingPayment, left: Decimal, file_name: str,
           reason: Unmatched | None) -> UnmatchedPayment:  # fmt: skip
        return cls(
            bank_id, payment.archive_id, payment.booking_date, left, payment.amount,
            payment.currency, payment.reference, payment.payer_name, payment.message,
            file_name, reason,
        )  # fmt: skip


@dataclass(frozen=True)
class Suggestion:
    """An open invoice an unmatched payment may belong to.

    Attributes:
        invoice_id: The invoice.
        number: Its number.
        customer_name: The buyer on it.
        open_amount: What is open on it.
        due_date: Its due date.
        reference: Its reference.
        same_amount: True when the payment is exactly what is open.
        name_score: How alike the payer's and the buyer's names are, 0–100.
    """

    invoice_id: int
    number: int
    customer_name: str
    open_amount: Decimal
    due_date: date
    reference: str
    same_amount: bool
    name_score: int


@dataclass(frozen=True)
class AssignResult:
    """A payment placed by hand on an invoice.

    Attributes:
        invoice_number: The invoice.
        paid: What it paid on the invoice.
        credit: What became the customer's credit.
        open_after: What stays open on the invoice.
    """

    invoice_number: int
    paid: Decimal
    credit: Decimal
    open_after: Decimal
