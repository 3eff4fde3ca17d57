"""Money in: the bank's payment files read, matched and settled, and what is left over.

1. :meth:`BankPaymentService.preview` reads a file (camt.054, camt.053 or the fixed-width
   reference payment file) and matches every payment against the register: nothing is
   written. A damaged or unknown file raises one :class:`BankFileError`.
2. :meth:`~BankPaymentService.apply` imports the payments the user kept, in one
   transaction, matched again against the register as it is then. Payments go through
   the one settlement rule of invoicing, so the card, reminders and statements agree.
   An import is undone whole with :meth:`~BankPaymentService.undo_import`; no backup is
   made first, because nothing an import writes is lost by undoing it.
3. Payments that matched nothing wait in :meth:`~BankPaymentService.unmatched`, with
   :meth:`~BankPaymentService.suggestions`, to be assigned by hand or set aside.
4. Overpayments are the customer's credit (:meth:`~BankPaymentService.credit_balance`),
   used on their open invoices or refunded.

Every public method is one transaction or one read.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from asiakasrekisteri.domain.bank_payments import BankFile, file_digest
from asiakasrekisteri.domain.payment_matching import (
    Action,
    Allocation,
    Proposal,
    match_payments,
)
from asiakasrekisteri.services.banking import credit, undo, unmatched
from asiakasrekisteri.services.banking.apply import ImportRecord, write_import
from asiakasrekisteri.services.banking.ledger import customer_names, register_view
from asiakasrekisteri.services.banking.reading import load_bank_file, read_bank_file
from asiakasrekisteri.services.banking.records import (
    AssignResult,
    BankImportInfo,
    BankUndoResult,
    ImportPreview,
    ImportResult,
    Suggestion,
    UnmatchedPayment,
    totals_of,
)
from asiakasrekisteri.services.spreadsheets.collector import collection_paused, frozen_while_alive
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models_banking import BankImport


def _today(today: date | None) -> date:
    return today if today is not None else date.today()


def _names_of(proposals: Collection[Proposal]) -> set[int]:
    return {p.payer_id for p in proposals if p.payer_id is not None}


class BankPaymentService:
    """Bank payment files, the unmatched payments and customers' credit.

    Attributes:
        db: The open register.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- import ------------------------------------------------------------------------

    def preview(self, path: Path | str) -> ImportPreview:
        """Read the file at ``path`` and match its payments; writes nothing.

        Raises:
            BankFileError: The file is not a bank payment file, or it is damaged.
            OSError: It cannot be read.
        """
        path = Path(path)
        return self.preview_data(load_bank_file(path), path.name)

    def preview_data(self, data: bytes, file_name: str) -> ImportPreview:
        """As :meth:`preview`, for a file's bytes."""
        with collection_paused():
            file = read_bank_file(data)
            digest = file_digest(data)
            with self.db.read() as session:
                generation = self.db.generation
                view = register_view(session, file.payments)
                proposals = match_payments(file.payments, view.ledger)
                names = customer_names(session, _names_of(proposals))
                imported_at = session.scalar(
                    select(BankImport.imported_at)
                    .where(BankImport.file_hash == digest, BankImport.undone_at.is_(None))
                    .order_by(BankImport.id.desc())
                    .limit(1)
                )
            return frozen_while_alive(
                ImportPreview(
                    file_name, digest, file, proposals, names, imported_at, view, generation
                )
            )

    def apply(
        self,
        preview: ImportPreview,
        selected: Collection[int] | None = None,
        *,
        user: str | None = None,
    ) -> ImportResult:
        """Import the payments at the ``selected`` positions of the file (default all).

        The payments are matched against the register as the preview read it when nothing
        has been committed to it since, else as it is now, read again in the transaction
        that writes them. When every payment is in the register already, nothing is
        written and the result has no import id.
        """
        chosen = range(len(preview.file.payments)) if selected is None else sorted(selected)
        payments = [preview.file.payments[i] for i in chosen]
        file = BankFile(preview.file.format, preview.file.account, tuple(payments))
        record = ImportRecord(
            preview.file_name,
            preview.digest,
            file,
            user if user is not None else self.db.acting_user(),
        )
        with collection_paused(), self.db.transaction() as session:
            if self.db.generation != preview.generation:
                view = register_view(session, payments)
                proposals = match_payments(payments, view.ledger)
            elif len(payments) == len(preview.proposals):
                view, proposals = preview.view, preview.proposals
            else:
                view = preview.view
                proposals = match_payments(payments, view.ledger)
            if all(p.action is Action.ALREADY_IMPORTED for p in proposals):
                return ImportResult(None, proposals, totals_of(proposals))
            import_id = write_import(session, record, proposals, view.invoices)
        return ImportResult(import_id, proposals, totals_of(proposals))

    def imports(self) -> list[BankImportInfo]:
        """Every bank file imported, newest first."""
        with self.db.read() as session:
            return undo.list_imports(session)

    def undo_import(self, import_id: int) -> BankUndoResult:
        """Take back an import: its payments leave the invoices and the credit.

        Raises:
            NotFound: No such import.
            RuleViolation: ``bank_import.undone_already``.
        """
        with self.db.transaction() as session:
            return undo.undo_import(session, import_id)

    # --- unmatched payments ------------------------------------------------------------

    def unmatched(self) -> list[UnmatchedPayment]:
        """Bank payments with money still to place, oldest first."""
        with self.db.read() as session:
            return unmatched.unmatched_payments(session)

    def find_unmatched(self, archive_id: str) -> UnmatchedPayment:
        """The unmatched payment with this archive id.

        Raises:
            NotFound: No payment has it, or it is placed already.
        """
        with self.db.read() as session:
            bank_id = unmatched.bank_payment_by_archive_id(session, archive_id)
            return unmatched.find_unmatched(session, bank_id)

    def suggestions(self, payment: UnmatchedPayment) -> list[Suggestion]:
        """Open invoices the payment may be for, the likeliest first."""
        with self.db.read() as session:
            return unmatched.suggestions(session, payment)

    def assign(self, bank_payment_id: int, invoice_id: int) -> AssignResult:
        """Place an unmatched payment on an invoice; what exceeds it becomes credit.

        Raises:
            NotFound: The payment is not unmatched, or there is no such invoice.
            RuleViolation: ``payment.not_open``, ``bank_payment.currency``.
        """
        with self.db.transaction() as session:
            return unmatched.assign(session, bank_payment_id, invoice_id)

    def dismiss(self, bank_payment_id: int) -> None:
        """Set an unmatched payment aside (not an invoice payment).

        Raises:
            NotFound: The payment is not unmatched.
        """
        with self.db.transaction() as session:
            unmatched.dismiss(session, bank_payment_id)

    # --- customer credit ---------------------------------------------------------------

    def credit_balance(self, customer_id: int) -> Decimal:
        """The customer's credit from overpayments, less what was used or refunded."""
        with self.db.read() as session:
            return credit.balance(session, customer_id)

    def use_credit(self, customer_id: int, *, today: date | None = None) -> tuple[Allocation, ...]:
        """Pay the customer's open invoices from their credit, the oldest due first.

        Raises:
            RuleViolation: ``credit.none``, ``credit.nothing_open``.
        """
        with self.db.transaction() as session:
            return credit.use_credit(session, customer_id, _today(today))

    def refund_credit(
        self, customer_id: int, amount: Decimal, *, today: date | None = None
    ) -> Decimal:
        """Record a refund of credit to the customer; returns the credit left.

        Raises:
            RuleViolation: ``credit.refund_amount``.
        """
        with self.db.transaction() as session:
            return credit.refund(session, customer_id, amount, _today(today))


__all__ = ["BankPaymentService"]
