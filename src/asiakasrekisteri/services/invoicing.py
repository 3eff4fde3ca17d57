"""Invoicing use cases: drafts, finalising, payments, credit notes, reminders, figures.

Every public method is one transaction; frozen records (``domain.invoice``) go in and
come out, ORM rows never leave this module. A finalised invoice is locked: only payments,
reminders and a credit note touch it afterwards (issue 4, item 5).

Importing this module registers the invoice tables with the customer service: a
customer with invoices cannot be deleted (:func:`count_invoices`) and merging customers
moves their invoices (:func:`move_invoices`); the composition root registers both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from asiakasrekisteri.domain import barcode, interest, reference
from asiakasrekisteri.domain.company import (
    COMPANY_FIELD_NAMES,
    SETTINGS_FIELD_NAMES,
    CompanyData,
    InvoiceSettings,
    PenaltyInterestMode,
    validate_settings,
)
from asiakasrekisteri.domain.customer import clean_text
from asiakasrekisteri.domain.enums import (
    CustomerStatus,
    CustomerType,
    InvoiceLanguage,
    VatTreatment,
)
from asiakasrekisteri.domain.errors import FieldErrors, InvalidFormat, ValidationError
from asiakasrekisteri.domain.invoice import (
    OPEN_STATUSES,
    CustomerFigures,
    InvoiceDraft,
    InvoiceKind,
    InvoiceRecord,
    InvoiceRowData,
    InvoiceStatus,
    Party,
    PaymentRecord,
    PaymentResult,
    ReminderRecord,
    Statement,
    StatementLine,
    invoice_totals,
    validate_rows,
)
from asiakasrekisteri.domain.invoice_math import InvoiceTotals
from asiakasrekisteri.domain.money import ZERO, is_whole_cents
from asiakasrekisteri.services.errors import NotFound, RuleViolation
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models import ContactPerson, Customer, Office, OwnCompany
from asiakasrekisteri.storage.models_invoicing import (
    Invoice,
    InvoiceRow,
    Payment,
    Reminder,
)
from asiakasrekisteri.storage.types import utcnow

# Status from sales (PRODUCT.md, extra info): one invoice → trial, more → regular.
REGULAR_AFTER_INVOICES = 2
LATEST_INVOICES = 10
_SELLER_FIELDS = (
    "name", "street", "postal_code", "city", "country", "business_id", "vat_id", "email",
    "phone", "iban", "bic", "vat_registered",
)  # fmt: skip
_BUYER_FIELDS = (
    "customer_number", "name", "street", "postal_code", "city", "country", "business_id",
    "vat_id", "email", "phone", "private", "einvoice_address", "einvoice_operator",
    "buyer_ovt", "agreement_identifier", "contact_name",
)  # fmt: skip


def _buyer_column(name: str) -> str:
    return name if name == "buyer_ovt" else f"buyer_{name}"


def _today(today: date | None) -> date:
    return today if today is not None else date.today()


def _average(values: Sequence[int]) -> Decimal | None:
    if not values:
        return None
    return (Decimal(sum(values)) / len(values)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def twelve_months_before(day: date) -> date:
    """The first day of the 12-month window that ends on ``day``."""
    try:
        return day.replace(year=day.year - 1) + timedelta(days=1)
    except ValueError:  # 29 February
        return date(day.year - 1, 3, 1)


@dataclass(frozen=True)
class InvoiceQuery:
    """Which invoices a list shows.

    Attributes:
        customer_id: Only this customer's (as customer or billing customer).
        statuses: Only these stored states; empty for all.
        include_drafts: False to leave drafts out.
    """

    customer_id: int | None = None
    statuses: tuple[InvoiceStatus, ...] = ()
    include_drafts: bool = True


class InvoicingService:
    """Invoices, credit notes, payments, reminders and the own company's invoicing settings.

    Attributes:
        db: The open database.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- settings ----------------------------------------------------------------------

    def settings(self) -> InvoiceSettings:
        with self.db.read() as session:
            return _settings(session)

    def save_settings(self, data: InvoiceSettings) -> InvoiceSettings:
        """Validate and save the invoicing settings.

        Raises:
            FieldErrors: For bad values, or a next number already used by an invoice.
        """
        clean = validate_settings(data)
        with self.db.transaction() as session:
            highest = session.scalar(select(func.max(Invoice.number)))
            if highest is not None and clean.next_invoice_number <= highest:
                raise FieldErrors(
                    {
                        "next_invoice_number": InvalidFormat(
                            "Invoice numbers up to {highest} are in use; the next number "
                            "must be bigger.",
                            code="next_invoice_number.used",
                            field="next_invoice_number",
                            highest=highest,
                        )
                    }
                )
            row = _own_company(session)
            for name in SETTINGS_FIELD_NAMES:
                value = getattr(clean, name)
                if name == "penalty_interest_mode":
                    value = value.value
                elif name == "other_accounts":
                    value = _join_accounts(value)
                if getattr(row, name) != value:
                    setattr(row, name, value)
        return clean

    # --- drafts ------------------------------------------------------------------------

    def new_draft(self, customer_id: int, *, today: date | None = None) -> InvoiceDraft:
        """A draft filled with the card's defaults (the editor's starting point)."""
        day = _today(today)
        with self.db.read() as session:
            customer = _customer(session, customer_id)
            settings = _settings(session)
            office = next((o for o in customer.offices if o.is_default), None)
            contact = next((c for c in customer.contacts if c.is_default and c.active), None)
            term = customer.payment_term_days
            if term is None:
                term = settings.payment_term_days
            return InvoiceDraft(
                customer_id=customer_id,
                invoice_date=day,
                delivery_date=day,
                due_date=day + timedelta(days=term),
                payment_term_days=term,
                your_reference=customer.default_your_reference,
                text_before_rows=customer.text_before_rows,
                text_after_rows=customer.text_after_rows,
                office_id=office.id if office else None,
                contact_id=contact.id if contact else None,
                billing_customer_id=customer.alt_billing_customer_id,
                language=InvoiceLanguage(_billing(session, customer).invoice_language),
                vat_treatment=VatTreatment(customer.vat_treatment),
            )

    def default_discount(self, customer_id: int) -> Decimal:
        """The customer's discount %, the default of every new row."""
        with self.db.read() as session:
            return _customer(session, customer_id).discount_percent

    def preview_totals(self, draft: InvoiceDraft) -> InvoiceTotals:
        """Live totals and VAT breakdown of a draft being edited (nothing is saved)."""
        with self.db.read() as session:
            customer = _customer(session, draft.customer_id)
            treatment = draft.vat_treatment or VatTreatment(customer.vat_treatment)
            return invoice_totals(
                draft.rows, treatment, seller_vat_registered=_settings(session).vat_registered
            )

    def create_draft(self, draft: InvoiceDraft, *, today: date | None = None) -> InvoiceRecord:
        """Save a new draft (no number yet)."""
        with self.db.transaction() as session:
            invoice = Invoice(kind=InvoiceKind.INVOICE.value, status=InvoiceStatus.DRAFT.value)
            _apply_draft(session, invoice, draft, _today(today))
            session.add(invoice)
            session.flush()
            return _record(session, invoice)

    def update_draft(
        self, invoice_id: int, draft: InvoiceDraft, *, today: date | None = None
    ) -> InvoiceRecord:
        """Replace a draft's contents.

        Raises:
            RuleViolation: Code ``invoice.locked`` once the invoice has been finalised.
        """
        with self.db.transaction() as session:
            invoice = _invoice(session, invoice_id)
            _require_draft(invoice)
            _apply_draft(session, invoice, draft, _today(today))
            session.flush()
            return _record(session, invoice)

    def delete_draft(self, invoice_id: int) -> None:
        with self.db.transaction() as session:
            invoice = _invoice(session, invoice_id)
            _require_draft(invoice)
            session.delete(invoice)

    def create_invoice(
        self, draft: InvoiceDraft, *, finalise: bool = True, today: date | None = None
    ) -> InvoiceRecord:
        """Save a draft and (by default) finalise it, all in one transaction."""
        day = _today(today)
        with self.db.transaction() as session:
            invoice = Invoice(kind=InvoiceKind.INVOICE.value, status=InvoiceStatus.DRAFT.value)
            _apply_draft(session, invoice, draft, day)
            session.add(invoice)
            session.flush()
            if finalise:
                _finalise(session, invoice)
            return _record(session, invoice)

    def finalise(self, invoice_id: int, *, today: date | None = None) -> InvoiceRecord:
        """Give a draft its number and reference and lock it (state "sent").

        Raises:
            RuleViolation: ``invoice.locked`` (not a draft), ``invoice.customer_inactive``,
                ``invoice.delivery_ban``, ``invoice.seller_incomplete``,
                ``invoice.buyer_incomplete``, ``invoice.number_taken``,
                ``invoice.negative_total``.
            FieldErrors: Rows that do not validate.
        """
        del today  # the invoice date was chosen in the draft
        with self.db.transaction() as session:
            invoice = _invoice(session, invoice_id)
            _require_draft(invoice)
            _finalise(session, invoice)
            return _record(session, invoice)

    # --- reading -----------------------------------------------------------------------

    def get(self, invoice_id: int) -> InvoiceRecord:
        with self.db.read() as session:
            return _record(session, _invoice(session, invoice_id))

    def get_by_number(self, number: int | str) -> InvoiceRecord:
        """The finalised invoice or credit note with this number."""
        with self.db.read() as session:
            return _record(session, _by_number(session, number))

    def list_invoices(self, query: InvoiceQuery | None = None) -> list[InvoiceRecord]:
        """Invoices newest first (drafts first of all)."""
        query = query or InvoiceQuery()
        stmt = select(Invoice).options(selectinload(Invoice.rows), selectinload(Invoice.payments))
        if query.customer_id is not None:
            stmt = stmt.where(
                or_(
                    Invoice.customer_id == query.customer_id,
                    Invoice.billing_customer_id == query.customer_id,
                )
            )
        if query.statuses:
            stmt = stmt.where(Invoice.status.in_([s.value for s in query.statuses]))
        if not query.include_drafts:
            stmt = stmt.where(Invoice.status != InvoiceStatus.DRAFT.value)
        stmt = stmt.order_by(Invoice.number.is_not(None), Invoice.number.desc(), Invoice.id.desc())
        with self.db.read() as session:
            company = _live_seller(session)
            return [_record(session, inv, company) for inv in session.scalars(stmt)]

    # --- payments ----------------------------------------------------------------------

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
        day = _today(payment_date)
        if not isinstance(amount, Decimal) or amount <= 0 or not is_whole_cents(amount):
            raise RuleViolation(
                "A payment is a positive amount in whole cents, not {amount}.",
                code="payment.amount",
                amount=amount,
            )
        with self.db.transaction() as session:
            invoice = _invoice(session, invoice_id)
            if invoice.kind != InvoiceKind.INVOICE.value or invoice.status not in (
                InvoiceStatus.SENT.value,
                InvoiceStatus.PARTLY_PAID.value,
                InvoiceStatus.PAID.value,
            ):
                raise RuleViolation(
                    "Payments can be recorded only on sent invoices; this one is {status}.",
                    code="payment.not_open",
                    status=invoice.status,
                )
            payment = Payment(payment_date=day, amount=amount)
            invoice.payments.append(payment)
            _update_payment_state(invoice)
            session.flush()
            record = _record(session, invoice)
            return PaymentResult(
                invoice=record,
                payment=_payment_record(payment),
                overpaid=record.overpaid_amount > 0,
            )

    def delete_payment(self, payment_id: int) -> InvoiceRecord:
        """Remove a payment recorded by mistake."""
        with self.db.transaction() as session:
            payment = session.get(Payment, payment_id)
            if payment is None:
                raise NotFound()
            invoice = payment.invoice
            invoice.payments.remove(payment)
            _update_payment_state(invoice)
            session.flush()
            return _record(session, invoice)

    # --- credit notes ------------------------------------------------------------------

    def credit(self, invoice_id: int, *, today: date | None = None) -> InvoiceRecord:
        """Credit an invoice in full with a credit note (hyvityslasku) of its own number.

        The credit note has the original's rows negated, at the original's VAT rates, and
        refers to it; the original becomes "credited".

        Raises:
            RuleViolation: ``credit.not_allowed`` for drafts, credit notes and invoices
                already credited.
        """
        day = _today(today)
        with self.db.transaction() as session:
            original = _invoice(session, invoice_id)
            if original.kind != InvoiceKind.INVOICE.value or original.status not in (
                InvoiceStatus.SENT.value,
                InvoiceStatus.PARTLY_PAID.value,
                InvoiceStatus.PAID.value,
            ):
                raise RuleViolation(
                    "Only a sent invoice that is not yet credited can be credited.",
                    code="credit.not_allowed",
                )
            note = Invoice(kind=InvoiceKind.CREDIT_NOTE.value, status=InvoiceStatus.DRAFT.value)
            for name in (
                "customer_id", "billing_customer_id", "delivery_date", "your_reference",
                "our_reference", "office_id", "contact_id", "language", "vat_treatment",
                "goods", "currency", "notice_period_days", "penalty_interest",
            ):  # fmt: skip
                setattr(note, name, getattr(original, name))
            note.delivery_date = original.delivery_date or original.invoice_date
            note.invoice_date = day
            note.due_date = day
            note.payment_term_days = 0
            note.text_before_rows = ""
            note.text_after_rows = ""
            note.credit_of_id = original.id
            for row in original.rows:
                note.rows.append(
                    InvoiceRow(
                        position=row.position,
                        product_code=row.product_code,
                        description=row.description,
                        quantity=-row.quantity,
                        unit=row.unit,
                        unit_price=row.unit_price,
                        discount_percent=row.discount_percent,
                        vat_percent=row.vat_percent,
                    )
                )
            session.add(note)
            session.flush()
            _finalise(session, note, snapshot_from=original)
            original.credited_amount = original.credited_amount - note.total_gross
            original.status = InvoiceStatus.CREDITED.value
            _update_sales_status(session, original.customer_id)
            session.flush()
            return _record(session, note)

    # --- figures -----------------------------------------------------------------------

    def customer_figures(self, customer_id: int, *, today: date | None = None) -> CustomerFigures:
        """The financial figures of the customer card (amounts VAT included)."""
        day = _today(today)
        since = twelve_months_before(day)
        with self.db.read() as session:
            _customer(session, customer_id)
            invoices = list(
                session.scalars(
                    select(Invoice)
                    .where(
                        Invoice.customer_id == customer_id,
                        Invoice.status != InvoiceStatus.DRAFT.value,
                    )
                    .options(selectinload(Invoice.rows), selectinload(Invoice.payments))
                    .order_by(Invoice.invoice_date.desc(), Invoice.number.desc())
                )
            )
            company = _live_seller(session)
            records = [_record(session, inv, company) for inv in invoices]
            paid_days: list[int] = []
            delay_days: list[int] = []
            for inv in invoices:
                if inv.paid_date is not None and since <= inv.paid_date <= day:
                    paid_days.append((inv.paid_date - inv.invoice_date).days)
                    delay_days.append((inv.paid_date - inv.due_date).days)
        invoiced_all = sum((r.total for r in records), ZERO)
        invoiced_12 = sum((r.total for r in records if r.invoice_date >= since), ZERO)
        open_total = sum((r.open_amount for r in records), ZERO)
        overdue = sum((r.open_amount for r in records if r.is_overdue(day)), ZERO)
        return CustomerFigures(
            invoiced_12_months=invoiced_12,
            invoiced_all_time=invoiced_all,
            open_receivables=open_total,
            overdue_receivables=overdue,
            average_payment_days=_average(paid_days),
            average_payment_delay_days=_average(delay_days),
            latest_invoices=tuple(records[:LATEST_INVOICES]),
        )

    def sales_by_customer_and_year(self) -> dict[int, dict[int, Decimal]]:
        """Sales per customer id and calendar year, VAT excluded, credit notes deducted.

        For the Excel export's ``Myynti`` sheet. Drafts do not count.
        """
        out: dict[int, dict[int, Decimal]] = defaultdict(dict)
        with self.db.read() as session:
            rows = session.execute(
                select(Invoice.customer_id, Invoice.invoice_date, Invoice.total_net).where(
                    Invoice.status != InvoiceStatus.DRAFT.value
                )
            )
            for customer_id, day, net in rows:
                years = out[customer_id]
                years[day.year] = years.get(day.year, ZERO) + net
        return dict(out)

    # --- reminders and statements ------------------------------------------------------

    def create_reminder(
        self, invoice_id: int, *, today: date | None = None
    ) -> tuple[ReminderRecord, bytes]:
        """Record a payment reminder for an overdue invoice and render its PDF.

        Returns:
            The reminder and the PDF.

        Raises:
            RuleViolation: ``reminder.collection_ban``, ``reminder.not_overdue``.
            ValidationError: When the statutory penalty rate is unknown for the period.
        """
        from asiakasrekisteri.services.pdf import render_reminder

        day = _today(today)
        with self.db.transaction() as session:
            invoice = _invoice(session, invoice_id)
            record = _record(session, invoice)
            payer = _billing(session, _customer(session, invoice.customer_id))
            if payer.collection_ban:
                raise RuleViolation(
                    "{name} is under a collection ban; no reminders are sent.",
                    code="reminder.collection_ban",
                    name=payer.name,
                )
            if not record.is_overdue(day):
                raise RuleViolation(
                    "Invoice {number} is not overdue; nothing to remind of.",
                    code="reminder.not_overdue",
                    number=record.number,
                )
            settings = _settings(session)
            fee = interest.reminder_fee(
                settings.reminder_fee, private_customer=record.buyer.private
            )
            accrued = _interest(record, day)
            reminder = Reminder(
                reminder_date=day,
                due_date=day + timedelta(days=settings.payment_term_days),
                fee=fee,
                interest=accrued,
            )
            invoice.reminders.append(reminder)
            session.flush()
            result = _reminder_record(reminder)
            record = _record(session, invoice)
        return result, render_reminder(record, result, logo_path=settings.logo_path)

    def statement(self, customer_id: int, *, today: date | None = None) -> Statement:
        """The customer's open items with interest to date and one payment for the total.

        Raises:
            RuleViolation: ``statement.nothing_open`` when nothing is open.
        """
        day = _today(today)
        with self.db.read() as session:
            customer = _customer(session, customer_id)
            settings = _settings(session)
            stmt = (
                select(Invoice)
                .where(
                    Invoice.status.in_([s.value for s in OPEN_STATUSES]),
                    Invoice.kind == InvoiceKind.INVOICE.value,
                    or_(
                        Invoice.billing_customer_id == customer_id,
                        (Invoice.customer_id == customer_id)
                        & Invoice.billing_customer_id.is_(None),
                    ),
                )
                .options(selectinload(Invoice.rows), selectinload(Invoice.payments))
                .order_by(Invoice.due_date, Invoice.number)
            )
            company = _live_seller(session)
            records = [_record(session, inv, company) for inv in session.scalars(stmt)]
            seller = company
            buyer = _live_buyer(session, customer, None, None)
            language = InvoiceLanguage(customer.invoice_language)
            fixed_reference = customer.fixed_reference
            use_rf = customer.use_rf_reference
            number = customer.customer_number
        lines = []
        for r in records:
            if r.open_amount <= 0 or r.number is None:
                continue
            lines.append(
                StatementLine(
                    invoice_id=r.id,
                    number=r.number,
                    invoice_date=r.invoice_date,
                    due_date=r.due_date,
                    reference=r.reference,
                    total=r.total,
                    open_amount=r.open_amount,
                    interest=_interest(r, day),
                    overdue=r.is_overdue(day),
                )
            )
        if not lines:
            raise RuleViolation(
                "{name} has no open invoices.", code="statement.nothing_open", name=buyer.name
            )
        ref = fixed_reference
        if not ref and number.isdigit() and 3 <= len(number.lstrip("0")) <= 19:
            ref = reference.create(number)
        if not ref:
            ref = lines[0].reference
        if use_rf and not reference.is_rf(ref):
            ref = reference.to_rf(ref)
        total_open = sum((line.open_amount for line in lines), ZERO)
        total_interest = sum((line.interest for line in lines), ZERO)
        due = day + timedelta(days=settings.payment_term_days)
        total = total_open + total_interest
        return Statement(
            statement_date=day,
            seller=seller,
            buyer=buyer,
            language=language,
            lines=tuple(lines),
            total_open=total_open,
            total_interest=total_interest,
            total=total,
            reference=ref,
            due_date=due,
            virtual_barcode=_barcode(seller.iban, total, ref, due),
        )

    # --- documents ---------------------------------------------------------------------

    def invoice_pdf(self, invoice_id: int) -> bytes:
        """The invoice or credit note as a PDF (a draft prints without number)."""
        from asiakasrekisteri.services.pdf import render_invoice

        record = self.get(invoice_id)
        return render_invoice(record, logo_path=self.settings().logo_path)

    def statement_pdf(self, customer_id: int, *, today: date | None = None) -> bytes:
        from asiakasrekisteri.services.pdf import render_statement

        return render_statement(
            self.statement(customer_id, today=today), logo_path=self.settings().logo_path
        )

    def finvoice_xml(self, invoice_id: int) -> bytes:
        """The finalised invoice as Finvoice 3.0, validated against the schema."""
        from asiakasrekisteri.services.finvoice import build_finvoice

        record = self.get(invoice_id)
        if record.is_draft:
            raise RuleViolation(
                "A draft cannot be sent as an e-invoice; finalise it first.",
                code="finvoice.draft",
            )
        return build_finvoice(record)


# --- helpers ---------------------------------------------------------------------------


def _own_company(session: Session) -> OwnCompany:
    row = session.get(OwnCompany, 1)
    if row is None:
        row = OwnCompany(id=1)
        session.add(row)
        session.flush()
    return row


def _settings(session: Session) -> InvoiceSettings:
    row = session.get(OwnCompany, 1)
    if row is None:
        return InvoiceSettings()
    values: dict[str, Any] = {name: getattr(row, name) for name in SETTINGS_FIELD_NAMES}
    values["penalty_interest_mode"] = PenaltyInterestMode(row.penalty_interest_mode)
    values["other_accounts"] = _split_accounts(row.other_accounts)
    return InvoiceSettings(**values)


def _live_seller(session: Session) -> Party:
    """The own company as it is today (drafts print it; finalising freezes it)."""
    row = session.get(OwnCompany, 1)
    if row is None:
        return Party(country="FI")
    company = CompanyData(**{n: getattr(row, n) for n in COMPANY_FIELD_NAMES})
    return Party(
        name=company.name,
        street=company.street,
        postal_code=company.postal_code,
        city=company.city,
        country=company.country,
        business_id=company.business_id,
        vat_id=company.vat_id,
        email=company.email,
        phone=company.phone,
        iban=company.iban,
        bic=company.bic,
        other_accounts=_split_accounts(row.other_accounts),
        vat_registered=row.vat_registered,
    )


def _join_accounts(accounts: Sequence[str]) -> str:
    """Further bank accounts as stored: one "IBAN BIC" a line."""
    return "\n".join(accounts)


def _split_accounts(text: str) -> tuple[str, ...]:
    return tuple(line for line in text.splitlines() if line.strip())


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound("The customer was not found.", code="customer.not_found")
    return customer


def _billing(session: Session, customer: Customer, billing_id: int | None = None) -> Customer:
    target = billing_id if billing_id is not None else customer.alt_billing_customer_id
    if target is None:
        return customer
    return _customer(session, target)


def _invoice(session: Session, invoice_id: int) -> Invoice:
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFound("The invoice was not found.", code="invoice.not_found")
    return invoice


def _by_number(session: Session, number: int | str) -> Invoice:
    text = str(number).strip()
    invoice = None
    if text.isdigit() and len(text) <= 15:
        invoice = session.scalar(select(Invoice).where(Invoice.number == int(text)))
    if invoice is None:
        raise NotFound("No invoice has the number {number}.", code="invoice.not_found", number=text)
    return invoice


def _require_draft(invoice: Invoice) -> None:
    if invoice.status != InvoiceStatus.DRAFT.value:
        raise RuleViolation(
            "Invoice {number} has been sent and cannot be changed; make a credit note instead.",
            code="invoice.locked",
            number=invoice.number,
        )


def _live_buyer(
    session: Session, billing: Customer, office_id: int | None, contact_id: int | None
) -> Party:
    """The buyer as the card says today; the invoice's office e-invoice address wins."""
    einvoice_address = billing.einvoice_address
    operator = billing.einvoice_operator
    email = billing.email
    if office_id is not None:
        office = session.get(Office, office_id)
        if office is not None and office.einvoice_address:
            einvoice_address = office.einvoice_address
            operator = office.einvoice_operator
        if office is not None and office.email:
            email = office.email
    contact_name = ""
    if contact_id is not None:
        contact = session.get(ContactPerson, contact_id)
        if contact is not None:
            contact_name = contact.name
    return Party(
        customer_number=billing.customer_number,
        name=billing.name,
        street=billing.street,
        postal_code=billing.postal_code,
        city=billing.city,
        country=billing.country,
        business_id=billing.business_id,
        vat_id=billing.vat_id,
        email=email,
        phone=billing.phone,
        private=billing.customer_type == CustomerType.PRIVATE.value,
        einvoice_address=einvoice_address,
        einvoice_operator=operator,
        buyer_ovt=billing.buyer_ovt,
        agreement_identifier=billing.agreement_identifier,
        contact_name=contact_name,
    )


def _clean(value: str, name: str, *, max_length: int, multiline: bool = False) -> str:
    try:
        return clean_text(value, max_length=max_length, multiline=multiline)
    except ValidationError as exc:
        raise FieldErrors({name: exc.with_field(name)}) from exc


def _apply_draft(session: Session, invoice: Invoice, draft: InvoiceDraft, today: date) -> None:
    customer = _customer(session, draft.customer_id)
    billing = _billing(session, customer, draft.billing_customer_id)
    settings = _settings(session)
    if draft.office_id is not None:
        office = session.get(Office, draft.office_id)
        if office is None or office.customer_id not in (customer.id, billing.id):
            raise RuleViolation("The office is not the customer's.", code="invoice.office")
    if draft.contact_id is not None:
        contact = session.get(ContactPerson, draft.contact_id)
        if contact is None or contact.customer_id not in (customer.id, billing.id):
            raise RuleViolation("The contact is not the customer's.", code="invoice.contact")
    invoice_date = draft.invoice_date or today
    delivery = draft.delivery_date or invoice_date
    rows = validate_rows(draft.rows, delivery)
    term = draft.payment_term_days
    if draft.due_date is not None:
        term = (draft.due_date - invoice_date).days
    if term is None:
        term = customer.payment_term_days
    if term is None:
        term = settings.payment_term_days
    if not 0 <= term <= 365:
        raise FieldErrors(
            {
                "due_date": InvalidFormat(
                    "The due date must be 0 to 365 days after the invoice date.",
                    code="invoice.due_date",
                    field="due_date",
                )
            }
        )
    invoice.customer_id = customer.id
    invoice.billing_customer_id = billing.id if billing.id != customer.id else None
    invoice.invoice_date = invoice_date
    invoice.delivery_date = draft.delivery_date or invoice_date
    invoice.payment_term_days = term
    invoice.due_date = invoice_date + timedelta(days=term)
    invoice.your_reference = _clean(draft.your_reference, "your_reference", max_length=200)
    invoice.our_reference = _clean(draft.our_reference, "our_reference", max_length=200)
    invoice.text_before_rows = _clean(
        draft.text_before_rows, "text_before_rows", max_length=2000, multiline=True
    )
    invoice.text_after_rows = _clean(
        draft.text_after_rows, "text_after_rows", max_length=2000, multiline=True
    )
    invoice.office_id = draft.office_id
    invoice.contact_id = draft.contact_id
    invoice.language = (draft.language or InvoiceLanguage(billing.invoice_language)).value
    invoice.vat_treatment = (draft.vat_treatment or VatTreatment(customer.vat_treatment)).value
    invoice.goods = draft.goods
    invoice.currency = "EUR"
    invoice.notice_period_days = settings.notice_period_days
    if customer.penalty_interest is not None:
        invoice.penalty_interest = customer.penalty_interest
    elif settings.penalty_interest_mode is PenaltyInterestMode.FIXED:
        invoice.penalty_interest = settings.penalty_interest_fixed
    else:
        invoice.penalty_interest = None
    invoice.rows.clear()
    session.flush()
    for position, row in enumerate(rows, start=1):
        invoice.rows.append(
            InvoiceRow(
                position=position,
                product_code=row.product_code[:35],
                description=row.description,
                quantity=row.quantity,
                unit=row.unit,
                unit_price=row.unit_price,
                discount_percent=row.discount_percent,
                vat_percent=row.vat_percent,
            )
        )
    totals = invoice_totals(
        rows, VatTreatment(invoice.vat_treatment), seller_vat_registered=settings.vat_registered
    )
    invoice.total_net, invoice.total_vat, invoice.total_gross = (
        totals.net,
        totals.vat,
        totals.gross,
    )


def _rows_of(invoice: Invoice) -> tuple[InvoiceRowData, ...]:
    return tuple(
        InvoiceRowData(
            description=r.description,
            quantity=r.quantity,
            unit_price=r.unit_price,
            vat_percent=r.vat_percent,
            unit=r.unit,
            discount_percent=r.discount_percent,
            product_code=r.product_code,
        )
        for r in invoice.rows
    )


def _refuse(message: str, code: str, **params: Any) -> RuleViolation:
    return RuleViolation(message, code=code, **params)


def _check_can_invoice(customer: Customer) -> None:
    if not customer.active:
        raise _refuse(
            "{name} is inactive and cannot be invoiced; activate the customer first.",
            "invoice.customer_inactive",
            name=customer.name,
        )
    if customer.delivery_ban:
        raise _refuse(
            "{name} is under a delivery ban (toimituskielto) and cannot be invoiced.",
            "invoice.delivery_ban",
            name=customer.name,
        )


def _check_parties(seller: Party, buyer: Party) -> None:
    missing = [
        label
        for label, value in (
            ("name", seller.name),
            ("Y-tunnus", seller.business_id),
            ("address", seller.street and seller.postal_code and seller.city),
            ("IBAN", seller.iban),
            ("BIC", seller.bic),
        )
        if not value
    ]
    if missing:
        raise _refuse(
            "Fill in the own company details first (missing: {missing}).",
            "invoice.seller_incomplete",
            missing=", ".join(missing),
        )
    if not (buyer.street and buyer.postal_code and buyer.city):
        raise _refuse(
            "{name} has no complete billing address; an invoice must show it.",
            "invoice.buyer_incomplete",
            name=buyer.name,
        )


def _reference_for(number: int, payer: Customer) -> str:
    """7-3-1 reference from the invoice number, or the payer's fixed reference; RF if wanted."""
    if payer.fixed_reference:
        ref = payer.fixed_reference
    else:
        base = str(number)
        if len(base) < 3:  # a reference needs 3 base digits; "1" + zero-padded keeps it unique
            base = "1" + base.zfill(2)
        ref = reference.create(base)
    if payer.use_rf_reference and not reference.is_rf(ref):
        ref = reference.to_rf(ref)
    return ref


def _finalise(session: Session, invoice: Invoice, *, snapshot_from: Invoice | None = None) -> None:
    customer = _customer(session, invoice.customer_id)
    payer = _billing(session, customer, invoice.billing_customer_id)
    rows = _rows_of(invoice)
    credit = invoice.kind == InvoiceKind.CREDIT_NOTE.value
    validate_rows(rows, invoice.delivery_date or invoice.invoice_date, allow_negative=credit)
    if snapshot_from is None:
        _check_can_invoice(customer)
        if payer is not customer:
            _check_can_invoice(payer)
        seller = _live_seller(session)
        buyer = _live_buyer(session, payer, invoice.office_id, invoice.contact_id)
        _check_parties(seller, buyer)
        if invoice.total_gross < 0:
            raise _refuse(
                "An invoice cannot have a negative total; make a credit note instead.",
                "invoice.negative_total",
            )
        for name in _SELLER_FIELDS:
            setattr(invoice, f"seller_{name}", getattr(seller, name))
        invoice.seller_other_accounts = _join_accounts(seller.other_accounts)
        for name in _BUYER_FIELDS:
            setattr(invoice, _buyer_column(name), getattr(buyer, name))
    else:
        for name in _SELLER_FIELDS:
            setattr(invoice, f"seller_{name}", getattr(snapshot_from, f"seller_{name}"))
        invoice.seller_other_accounts = snapshot_from.seller_other_accounts
        for name in _BUYER_FIELDS:
            column = _buyer_column(name)
            setattr(invoice, column, getattr(snapshot_from, column))
    totals = invoice_totals(
        rows,
        VatTreatment(invoice.vat_treatment),
        seller_vat_registered=invoice.seller_vat_registered,
    )
    invoice.total_net, invoice.total_vat, invoice.total_gross = (
        totals.net,
        totals.vat,
        totals.gross,
    )
    # The counter is bumped with one UPDATE inside this transaction: two finalisations
    # serialise on SQLite's write lock, and a rollback returns the number (no gaps).
    next_number = session.execute(
        update(OwnCompany)
        .where(OwnCompany.id == 1)
        .values(next_invoice_number=OwnCompany.next_invoice_number + 1)
        .returning(OwnCompany.next_invoice_number)
    ).scalar_one()
    number = int(next_number) - 1
    if session.scalar(select(Invoice.id).where(Invoice.number == number)) is not None:
        raise _refuse(
            "Invoice number {number} is already in use; raise the next invoice number in "
            "the company settings.",
            "invoice.number_taken",
            number=number,
        )
    invoice.number = number
    invoice.reference = _reference_for(number, payer)
    invoice.status = InvoiceStatus.SENT.value
    invoice.finalised_at = utcnow()
    session.flush()
    if not credit:
        _update_sales_status(session, customer.id)


def _update_sales_status(session: Session, customer_id: int) -> None:
    customer = _customer(session, customer_id)
    if customer.status_manual:
        return
    count = session.scalar(
        select(func.count(Invoice.id)).where(
            Invoice.customer_id == customer_id,
            Invoice.kind == InvoiceKind.INVOICE.value,
            Invoice.status.in_(
                [
                    InvoiceStatus.SENT.value,
                    InvoiceStatus.PARTLY_PAID.value,
                    InvoiceStatus.PAID.value,
                ]
            ),
        )
    )
    count = int(count or 0)
    if count == 0:
        return
    status = CustomerStatus.REGULAR if count >= REGULAR_AFTER_INVOICES else CustomerStatus.TRIAL
    if customer.status != status.value:
        customer.status = status.value


def _update_payment_state(invoice: Invoice) -> None:
    paid = sum((p.amount for p in invoice.payments), ZERO)
    invoice.paid_amount = paid
    if invoice.status == InvoiceStatus.CREDITED.value:
        return
    if paid + invoice.credited_amount >= invoice.total_gross and invoice.payments:
        invoice.status = InvoiceStatus.PAID.value
        # The day the invoice became fully paid: the payment that crossed the total.
        running = invoice.credited_amount
        for payment in sorted(invoice.payments, key=lambda p: (p.payment_date, p.id or 0)):
            running += payment.amount
            if running >= invoice.total_gross:
                invoice.paid_date = payment.payment_date
                break
    else:
        invoice.status = InvoiceStatus.PARTLY_PAID.value if paid > 0 else InvoiceStatus.SENT.value
        invoice.paid_date = None


def _payment_record(payment: Payment) -> PaymentRecord:
    return PaymentRecord(
        id=payment.id,
        invoice_id=payment.invoice_id,
        payment_date=payment.payment_date,
        amount=payment.amount,
    )


def _reminder_record(reminder: Reminder) -> ReminderRecord:
    return ReminderRecord(
        id=reminder.id,
        invoice_id=reminder.invoice_id,
        reminder_date=reminder.reminder_date,
        fee=reminder.fee,
        interest=reminder.interest,
        due_date=reminder.due_date,
    )


def _barcode(iban: str, amount: Decimal, ref: str, due: date) -> str:
    """The virtual barcode, or "" when the data cannot be encoded (foreign IBAN, huge sum)."""
    if amount <= 0 or not iban or not ref:
        return ""
    try:
        return barcode.virtual_barcode(iban, amount, ref, due)
    except ValidationError:
        return ""


def _interest(record: InvoiceRecord, day: date) -> Decimal:
    """Penalty interest on the open amount from the due date to ``day``."""
    amount = record.open_amount
    if amount <= 0 or day <= record.due_date:
        return ZERO
    if record.penalty_interest is not None:
        return interest.penalty_interest(amount, record.due_date, day, record.penalty_interest)
    return interest.statutory_penalty_interest(
        amount, record.due_date, day, b2b=not record.buyer.private
    )


def _record(session: Session, invoice: Invoice, live_seller: Party | None = None) -> InvoiceRecord:
    draft = invoice.status == InvoiceStatus.DRAFT.value
    if draft:
        seller = live_seller or _live_seller(session)
        customer = _customer(session, invoice.customer_id)
        payer = _billing(session, customer, invoice.billing_customer_id)
        buyer = _live_buyer(session, payer, invoice.office_id, invoice.contact_id)
    else:
        seller = Party(
            **{n: getattr(invoice, f"seller_{n}") for n in _SELLER_FIELDS},
            other_accounts=_split_accounts(invoice.seller_other_accounts),
        )
        buyer = Party(**{n: getattr(invoice, _buyer_column(n)) for n in _BUYER_FIELDS})
    rows = _rows_of(invoice)
    treatment = VatTreatment(invoice.vat_treatment)
    totals = invoice_totals(rows, treatment, seller_vat_registered=seller.vat_registered)
    credit_of_number = None
    if invoice.credit_of_id is not None:
        credit_of_number = session.scalar(
            select(Invoice.number).where(Invoice.id == invoice.credit_of_id)
        )
    barcode_text = ""
    if not draft and invoice.kind == InvoiceKind.INVOICE.value:
        barcode_text = _barcode(seller.iban, totals.gross, invoice.reference, invoice.due_date)
    return InvoiceRecord(
        id=invoice.id,
        kind=InvoiceKind(invoice.kind),
        status=InvoiceStatus(invoice.status),
        number=invoice.number,
        customer_id=invoice.customer_id,
        billing_customer_id=invoice.billing_customer_id,
        invoice_date=invoice.invoice_date,
        delivery_date=invoice.delivery_date,
        due_date=invoice.due_date,
        payment_term_days=invoice.payment_term_days,
        reference=invoice.reference,
        your_reference=invoice.your_reference,
        our_reference=invoice.our_reference,
        text_before_rows=invoice.text_before_rows,
        text_after_rows=invoice.text_after_rows,
        office_id=invoice.office_id,
        contact_id=invoice.contact_id,
        language=InvoiceLanguage(invoice.language),
        vat_treatment=treatment,
        goods=invoice.goods,
        currency=invoice.currency,
        rows=rows,
        totals=totals,
        paid_amount=invoice.paid_amount,
        credited_amount=invoice.credited_amount,
        seller=seller,
        buyer=buyer,
        notice_period_days=invoice.notice_period_days,
        penalty_interest=invoice.penalty_interest,
        credit_of_id=invoice.credit_of_id,
        credit_of_number=credit_of_number,
        virtual_barcode=barcode_text,
        payments=tuple(_payment_record(p) for p in invoice.payments),
        reminders=tuple(_reminder_record(r) for r in invoice.reminders),
    )


# --- registration with the customer service --------------------------------------------


def count_invoices(session: Session, customer_id: int) -> int:
    """Invoices (drafts too) that name the customer; they must be kept (bookkeeping act)."""
    return int(
        session.scalar(
            select(func.count(Invoice.id)).where(
                or_(Invoice.customer_id == customer_id, Invoice.billing_customer_id == customer_id)
            )
        )
        or 0
    )


def move_invoices(session: Session, merged_id: int, survivor_id: int) -> None:
    """Re-point the merged customer's invoices to the survivor (customer and billing)."""
    session.execute(
        update(Invoice).where(Invoice.customer_id == merged_id).values(customer_id=survivor_id)
    )
    session.execute(
        update(Invoice)
        .where(Invoice.billing_customer_id == merged_id)
        .values(billing_customer_id=survivor_id)
    )
    session.execute(
        update(Invoice)
        .where(Invoice.billing_customer_id == Invoice.customer_id)
        .values(billing_customer_id=None)
    )


def open_total(records: Iterable[InvoiceRecord]) -> Decimal:
    """Sum of the open amounts of some invoices."""
    return sum((r.open_amount for r in records), ZERO)


__all__ = [
    "InvoiceQuery",
    "InvoicingService",
    "count_invoices",
    "move_invoices",
    "open_total",
    "twelve_months_before",
]
