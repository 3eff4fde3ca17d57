"""Drafts: the editor's starting point, live totals, saving, deleting and finalising.

A draft has no number and shows today's own company and customer details; finalising
(:mod:`.finalising`) numbers it, freezes them and locks it.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from asiakasrekisteri.domain.company import InvoiceSettings, PenaltyInterestMode
from asiakasrekisteri.domain.customer import clean_text
from asiakasrekisteri.domain.enums import CustomerType, InvoiceLanguage, VatTreatment
from asiakasrekisteri.domain.errors import FieldErrors, InvalidFormat, ValidationError
from asiakasrekisteri.domain.invoice import (
    InvoiceDraft,
    InvoiceKind,
    InvoiceRecord,
    InvoiceRowData,
    InvoiceStatus,
    invoice_totals,
    validate_dates,
    validate_row_vat,
    validate_rows,
)
from asiakasrekisteri.domain.invoice_math import InvoiceTotals
from asiakasrekisteri.services.conflicts import check_version
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.services.invoicing.finalising import finalise_invoice
from asiakasrekisteri.services.invoicing.records import (
    invoice_record,
    load_customer,
    load_invoice,
    payer_of,
)
from asiakasrekisteri.services.invoicing.settings import read_settings
from asiakasrekisteri.services.invoicing.totals import store_totals
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models import ContactPerson, Customer, Office
from asiakasrekisteri.storage.models_invoicing import Invoice, InvoiceRow


def new_draft(db: Database, customer_id: int, day: date) -> InvoiceDraft:
    """A draft dated ``day`` with the card's defaults."""
    validate_dates(invoice_date=day)
    with db.read() as session:
        customer = load_customer(session, customer_id)
        settings = read_settings(session)
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
            language=InvoiceLanguage(payer_of(session, customer).invoice_language),
            vat_treatment=VatTreatment(customer.vat_treatment),
            prices_include_vat=prices_include_vat_for(customer),
        )


def prices_include_vat_for(customer: Customer) -> bool:
    """The customer's default: a consumer sees prices with VAT, as consumer law has them
    shown (kuluttajansuojalaki 2:8 a §: the total price including taxes)."""
    return customer.customer_type == CustomerType.PRIVATE.value


def default_discount(db: Database, customer_id: int) -> Decimal:
    with db.read() as session:
        return load_customer(session, customer_id).discount_percent


def preview_totals(db: Database, draft: InvoiceDraft) -> InvoiceTotals:
    with db.read() as session:
        customer = load_customer(session, draft.customer_id)
        treatment = draft.vat_treatment or VatTreatment(customer.vat_treatment)
        return invoice_totals(
            draft.rows,
            treatment,
            seller_vat_registered=read_settings(session).vat_registered,
            prices_include_vat=bool(draft.prices_include_vat),
        )


def create_invoice(
    db: Database, draft: InvoiceDraft, day: date, *, finalise: bool
) -> InvoiceRecord:
    """Save ``draft`` as a new invoice, finalised or not, in one transaction."""
    with db.transaction() as session:
        invoice = Invoice(kind=InvoiceKind.INVOICE.value, status=InvoiceStatus.DRAFT.value)
        _apply_draft(session, invoice, draft, day)
        session.add(invoice)
        session.flush()
        if finalise:
            finalise_invoice(session, invoice)
        return invoice_record(session, invoice)


def update_draft(
    db: Database, invoice_id: int, draft: InvoiceDraft, day: date, edited_from: int = 0
) -> InvoiceRecord:
    with db.transaction() as session:
        # Locked: a second saver waits, then sees the version this one writes.
        session.scalar(select(Invoice.id).where(Invoice.id == invoice_id).with_for_update())
        invoice = load_invoice(session, invoice_id)
        _require_draft(invoice)
        check_version(session, invoice, edited_from, lambda: invoice_record(session, invoice))
        _apply_draft(session, invoice, draft, day)
        # Counted even when only the rows changed, which leaves the invoice's row as it was.
        invoice.version = invoice.version + 1
        session.flush()
        return invoice_record(session, invoice)


def delete_draft(db: Database, invoice_id: int) -> None:
    with db.transaction() as session:
        invoice = load_invoice(session, invoice_id)
        _require_draft(invoice)
        session.delete(invoice)


def finalise(db: Database, invoice_id: int) -> InvoiceRecord:
    with db.transaction() as session:
        invoice = load_invoice(session, invoice_id)
        _require_draft(invoice)
        finalise_invoice(session, invoice)
        return invoice_record(session, invoice)


def _require_draft(invoice: Invoice) -> None:
    if invoice.status != InvoiceStatus.DRAFT.value:
        raise RuleViolation(
            "Invoice {number} is finalised and cannot be changed; make a credit note instead.",
            code="invoice.locked",
            number=invoice.number,
        )


def _apply_draft(session: Session, invoice: Invoice, draft: InvoiceDraft, today: date) -> None:
    """Validate ``draft`` and write it onto ``invoice`` with its rows and totals."""
    customer = load_customer(session, draft.customer_id)
    billing = payer_of(session, customer, draft.billing_customer_id)
    settings = read_settings(session)
    _check_office_and_contact(session, draft, customer, billing)
    invoice_date = draft.invoice_date or today
    delivery = draft.delivery_date or invoice_date
    validate_dates(
        invoice_date=invoice_date, delivery_date=draft.delivery_date, due_date=draft.due_date
    )
    rows = validate_rows(draft.rows, delivery)
    term = _payment_term(draft, invoice_date, customer, settings)
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
    treatment = draft.vat_treatment or VatTreatment(customer.vat_treatment)
    validate_row_vat(rows, treatment, seller_vat_registered=settings.vat_registered)
    invoice.vat_treatment = treatment.value
    invoice.prices_include_vat = bool(draft.prices_include_vat)
    invoice.currency = "EUR"
    invoice.notice_period_days = settings.notice_period_days
    invoice.penalty_interest = _penalty_interest(customer, settings)
    _replace_rows(session, invoice, rows)
    store_totals(session, invoice, seller_vat_registered=settings.vat_registered)


def _check_office_and_contact(
    session: Session, draft: InvoiceDraft, customer: Customer, billing: Customer
) -> None:
    """The draft's office and contact must belong to the customer or the payer."""
    if draft.office_id is not None:
        office = session.get(Office, draft.office_id)
        if office is None or office.customer_id not in (customer.id, billing.id):
            raise RuleViolation("The office is not the customer's.", code="invoice.office")
    if draft.contact_id is not None:
        contact = session.get(ContactPerson, draft.contact_id)
        if contact is None or contact.customer_id not in (customer.id, billing.id):
            raise RuleViolation("The contact is not the customer's.", code="invoice.contact")


def _payment_term(
    draft: InvoiceDraft, invoice_date: date, customer: Customer, settings: InvoiceSettings
) -> int:
    """Days to the due date: the draft's due date or term, else the card's, else the default."""
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
    return term


def _penalty_interest(customer: Customer, settings: InvoiceSettings) -> Decimal | None:
    """The rate the invoice prints: the customer's, else a fixed one; None for statutory."""
    if customer.penalty_interest is not None:
        return customer.penalty_interest
    if settings.penalty_interest_mode is PenaltyInterestMode.FIXED:
        return settings.penalty_interest_fixed
    return None


def _replace_rows(session: Session, invoice: Invoice, rows: tuple[InvoiceRowData, ...]) -> None:
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
                goods=row.goods,
                vat_exemption=row.vat_exemption.value if row.vat_exemption else "",
                household_work=row.household_work,
            )
        )


def _clean(value: str, name: str, *, max_length: int, multiline: bool = False) -> str:
    try:
        return clean_text(value, max_length=max_length, multiline=multiline)
    except ValidationError as exc:
        raise FieldErrors({name: exc.with_field(name)}) from exc
