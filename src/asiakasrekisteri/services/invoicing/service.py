"""The invoicing use cases behind one service, as the window, the CLI and the tests call them.

Every public method is one transaction; frozen records (``domain.invoice``) go in and
come out, ORM rows never leave the package. The work is done in the package's modules;
methods that take ``today`` default it to the current date here, once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from asiakasrekisteri.domain.company import InvoiceSettings
from asiakasrekisteri.domain.crediting import CreditRequest
from asiakasrekisteri.domain.errors import FieldErrors, ValidationError
from asiakasrekisteri.domain.interest import ReferenceRates, ReminderCharges
from asiakasrekisteri.domain.invoice import (
    InvoiceDraft,
    InvoiceRecord,
    PaymentResult,
    ReminderRecord,
)
from asiakasrekisteri.domain.invoice_list import CustomerFigures, InvoiceListItem, InvoiceListQuery
from asiakasrekisteri.domain.invoice_math import InvoiceTotals
from asiakasrekisteri.domain.statement import Statement
from asiakasrekisteri.services.invoicing import (
    crediting,
    documents,
    drafts,
    dunning,
    figures,
    listing,
    payments,
    preflight,
    queries,
    reference_rates,
    totals,
)
from asiakasrekisteri.services.invoicing import settings as invoice_settings
from asiakasrekisteri.services.invoicing.crediting import CreditPlan
from asiakasrekisteri.services.invoicing.queries import InvoiceQuery
from asiakasrekisteri.storage.db import Database


def _today(today: date | None) -> date:
    return today if today is not None else date.today()


class InvoicingService:
    """Invoices, credit notes, payments, reminders and the own company's invoicing settings.

    Attributes:
        db: The open database.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- settings ----------------------------------------------------------------------

    def settings(self) -> InvoiceSettings:
        return invoice_settings.load_settings(self.db)

    def save_settings(self, data: InvoiceSettings) -> InvoiceSettings:
        """Validate and save the invoicing settings.

        Raises:
            FieldErrors: For bad values, or a next number already used by an invoice.
        """
        return invoice_settings.save_settings(
            self.db, data, registration_changed=totals.store_draft_totals
        )

    def reference_rates(self) -> ReferenceRates:
        """The reference rate of each half-year the register holds, oldest first."""
        return reference_rates.load_reference_rates(self.db)

    def save_reference_rates(
        self, added: tuple[tuple[date, Decimal], ...], removed: tuple[date, ...] = ()
    ) -> ReferenceRates:
        """Add or replace half-years' reference rates and remove others, in one go.

        Raises:
            ValidationError: ``reference_rate.start`` (not 1 January or 1 July),
                ``reference_rate.range``; NotFound for a half-year to remove that the
                table does not hold. Nothing is saved then.
        """
        return reference_rates.save_reference_rates(self.db, added, removed)

    # --- drafts ------------------------------------------------------------------------

    def new_draft(self, customer_id: int, *, today: date | None = None) -> InvoiceDraft:
        """A draft filled with the card's defaults (the editor's starting point)."""
        return drafts.new_draft(self.db, customer_id, _today(today))

    def default_discount(self, customer_id: int) -> Decimal:
        """The customer's discount %, the default of every new row."""
        return drafts.default_discount(self.db, customer_id)

    def preview_totals(self, draft: InvoiceDraft) -> InvoiceTotals:
        """Live totals and VAT breakdown of a draft being edited (nothing is saved)."""
        return drafts.preview_totals(self.db, draft)

    def create_draft(self, draft: InvoiceDraft, *, today: date | None = None) -> InvoiceRecord:
        """Save a new draft (no number yet)."""
        return drafts.create_invoice(self.db, draft, _today(today), finalise=False)

    def update_draft(
        self,
        invoice_id: int,
        draft: InvoiceDraft,
        *,
        today: date | None = None,
        edited_from: int = 0,
    ) -> InvoiceRecord:
        """Replace a draft's contents.

        Args:
            edited_from: The draft's ``version`` when the editor read it; 0 saves over
                whatever is stored.

        Raises:
            RuleViolation: Code ``invoice.locked`` once the invoice has been finalised.
            RecordConflict: Someone else saved the draft since ``edited_from``.
        """
        return drafts.update_draft(self.db, invoice_id, draft, _today(today), edited_from)

    def delete_draft(self, invoice_id: int) -> None:
        """Delete a draft.

        Raises:
            RuleViolation: Code ``invoice.locked`` once the invoice has been finalised.
        """
        drafts.delete_draft(self.db, invoice_id)

    def create_invoice(
        self, draft: InvoiceDraft, *, finalise: bool = True, today: date | None = None
    ) -> InvoiceRecord:
        """Save a draft and (by default) finalise it, all in one transaction."""
        return drafts.create_invoice(self.db, draft, _today(today), finalise=finalise)

    def finalise_blockers(self, draft: InvoiceDraft) -> list[ValidationError]:
        """What would refuse finalising the draft for its parties (see ``preflight``)."""
        return preflight.finalise_blockers(self.db, draft)

    def finalise_refusal(
        self, draft: InvoiceDraft, *, today: date | None = None
    ) -> ValidationError | FieldErrors | None:
        """Why finalising ``draft`` now would be refused, found without keeping anything."""
        return preflight.finalise_refusal(self.db, draft, _today(today))

    def finalise(self, invoice_id: int, *, today: date | None = None) -> InvoiceRecord:
        """Give a draft its number and reference and lock it (state "sent").

        ``today`` is accepted for symmetry and ignored: the draft chose its invoice date.

        Raises:
            RuleViolation: ``invoice.locked`` (not a draft), ``invoice.customer_inactive``,
                ``invoice.delivery_ban``, ``invoice.seller_incomplete``,
                ``invoice.buyer_incomplete``, ``invoice.number_taken``,
                ``invoice.negative_total``, ``reference.taken`` (the reference is
                already another customer's fixed reference or on another invoice).
            ValidationError: ``vat_treatment.*`` when the buyer does not qualify for the
                treatment (an EU VAT number, a Y-tunnus, a country).
            FieldErrors: Rows that do not validate; a row sold in Finland at 0 % without
                its exemption.
        """
        del today
        return drafts.finalise(self.db, invoice_id)

    # --- reading -----------------------------------------------------------------------

    def get(self, invoice_id: int) -> InvoiceRecord:
        return queries.get(self.db, invoice_id)

    def get_by_number(self, number: int | str) -> InvoiceRecord:
        """The finalised invoice or credit note with this number."""
        return queries.get_by_number(self.db, number)

    def list_invoices(self, query: InvoiceQuery | None = None) -> list[InvoiceRecord]:
        """Invoices newest first (drafts first of all)."""
        return queries.list_invoices(self.db, query or InvoiceQuery())

    def invoice_ids(self, query: InvoiceListQuery, *, today: date | None = None) -> list[int]:
        """Ids of the invoices a list shows, in its order (filtered and sorted in SQL)."""
        return listing.invoice_ids(self.db, query, _today(today))

    def invoice_items(self, ids: Sequence[int]) -> dict[int, InvoiceListItem]:
        """The list lines of some invoices by id (a page of a list); gone ones are left out."""
        return listing.invoice_items(self.db, ids)

    def open_sum(self, query: InvoiceListQuery, *, today: date | None = None) -> Decimal:
        """What is open on the invoices a list shows."""
        return listing.open_sum(self.db, query, _today(today))

    # --- payments and credit notes -----------------------------------------------------

    def record_payment(
        self, invoice_id: int, amount: Decimal, payment_date: date | None = None
    ) -> PaymentResult:
        """Record a (partial) payment; the state becomes partly paid or paid.

        Returns:
            The result; ``overpaid`` is True when more was paid than was due (warn).

        Raises:
            RuleViolation: ``payment.not_open`` for drafts, credit notes and credited
                invoices; ``payment.amount`` for a non-positive or fractional-cent amount.
        """
        return payments.record_payment(self.db, invoice_id, amount, _today(payment_date))

    def delete_payment(self, payment_id: int) -> InvoiceRecord:
        """Remove a payment recorded by mistake."""
        return payments.delete_payment(self.db, payment_id)

    def credit(
        self,
        invoice_id: int,
        request: CreditRequest | None = None,
        *,
        today: date | None = None,
    ) -> InvoiceRecord:
        """Credit an invoice with a credit note (hyvityslasku) of its own number.

        ``request`` names rows and quantities or an amount; without it, everything still
        creditable is credited (the invoice's rows negated, at its VAT rates). The credit
        note refers to the invoice; credited in full, the invoice becomes "credited".

        Raises:
            RuleViolation: ``credit.not_allowed`` for drafts, credit notes and invoices
                credited in full; ``credit.too_much``.
            ValidationError: ``credit.row``, ``credit.quantity``, ``credit.nothing_left``,
                ``credit.amount``.
        """
        return crediting.credit(self.db, invoice_id, request or CreditRequest(), _today(today))

    def preview_credit(self, invoice_id: int, request: CreditRequest) -> CreditPlan:
        """The credit note a request would make, and the refund after it; nothing is saved.

        Raises:
            RuleViolation, ValidationError: As :meth:`credit`.
        """
        return crediting.preview_credit(self.db, invoice_id, request)

    def record_refund(
        self, invoice_id: int, amount: Decimal, *, refund_date: date | None = None
    ) -> InvoiceRecord:
        """Record money paid back to the customer on an invoice (after a credit note or an
        overpayment); the invoice after it.

        Raises:
            RuleViolation: ``refund.nothing_owed``, ``refund.amount``.
        """
        return crediting.record_refund(self.db, invoice_id, amount, _today(refund_date))

    # --- figures -----------------------------------------------------------------------

    def customer_figures(self, customer_id: int, *, today: date | None = None) -> CustomerFigures:
        """The financial figures of the customer card (amounts VAT included)."""
        return figures.customer_figures(self.db, customer_id, _today(today))

    def sales_by_customer_and_year(self) -> dict[int, dict[int, Decimal]]:
        """Sales per customer id and calendar year, VAT excluded, credit notes deducted.

        For the Excel export's ``Myynti`` sheet. Drafts do not count.
        """
        return figures.sales_by_customer_and_year(self.db)

    # --- reminders and statements ------------------------------------------------------

    def reminder_charges(
        self, invoice_id: int, *, today: date | None = None, claim_compensation: bool = False
    ) -> ReminderCharges:
        """What a reminder dated ``today`` would ask for, and why it has no fee if it has
        none; nothing is recorded (the reminder dialog shows it first).

        Raises:
            RuleViolation: As :meth:`create_reminder`.
            ValidationError: As :meth:`create_reminder`.
        """
        return dunning.reminder_charges(
            self.db, invoice_id, _today(today), claim_compensation=claim_compensation
        )

    def create_reminder(
        self, invoice_id: int, *, today: date | None = None, claim_compensation: bool = False
    ) -> tuple[ReminderRecord, bytes]:
        """Record a payment reminder dated ``today`` and render its PDF.

        A reminder may be dated in the past (paper reminders recorded afterwards), but
        not before the invoice's previous one. Its fee follows the law for consumers;
        ``claim_compensation`` claims a business debt's fixed 40 € compensation.

        Returns:
            The reminder and the PDF.

        Raises:
            RuleViolation: ``reminder.collection_ban``, ``reminder.not_overdue``,
                ``reminder.before_previous``.
            ValidationError: ``interest.compensation_consumer``;
                ``ReferenceRateUnknown`` when a half-year's reference rate is not in the
                table (nothing is recorded; add the rate and try again).
        """
        return dunning.create_reminder(
            self.db, invoice_id, _today(today), claim_compensation=claim_compensation
        )

    def stored_reminder(
        self, reminder_id: int
    ) -> tuple[InvoiceRecord, ReminderRecord, ReminderCharges]:
        """A recorded reminder, its invoice and its charges as when it was made."""
        return dunning.stored_reminder(self.db, reminder_id)

    def reminder_pdf(self, reminder_id: int) -> bytes:
        """A recorded reminder's PDF, as it first printed."""
        return dunning.reminder_pdf(self.db, reminder_id)

    def statement(self, customer_id: int, *, today: date | None = None) -> Statement:
        """The customer's open items with interest to date and one payment for the total.

        Raises:
            RuleViolation: ``statement.nothing_open`` when nothing is open;
                ``reference.taken`` when its reference is already used elsewhere.
            ReferenceRateUnknown: A half-year's reference rate is not in the table.
        """
        return dunning.statement(self.db, customer_id, _today(today))

    # --- documents ---------------------------------------------------------------------

    def invoice_pdf(self, invoice_id: int) -> bytes:
        """The invoice or credit note as a PDF (a draft prints without number)."""
        return documents.invoice_pdf(self.db, invoice_id)

    def statement_pdf(self, customer_id: int, *, today: date | None = None) -> bytes:
        """The customer's statement (see :meth:`statement`) as a PDF."""
        return documents.statement_pdf(self.db, customer_id, _today(today))

    def finvoice_xml(self, invoice_id: int) -> bytes:
        """The finalised invoice as Finvoice 3.0, validated against the schema.

        Raises:
            RuleViolation: ``finvoice.draft`` for a draft; ``finvoice.invalid`` when the
                document does not validate.
        """
        return documents.finvoice_xml(self.db, invoice_id)

    def reminder_finvoice(self, invoice_id: int, reminder_id: int) -> bytes:
        """A recorded reminder as Finvoice 3.0 (INV03), validated against the schema.

        Raises:
            RuleViolation: ``finvoice.no_address`` when the buyer has no e-invoice
                address; ``finvoice.invalid`` when the document does not validate.
            NotFound: No such reminder on the invoice.
        """
        return documents.reminder_finvoice_xml(self.db, invoice_id, reminder_id)
