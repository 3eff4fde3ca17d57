"""ORM rows to frozen records: invoices, payments, reminders and the parties on them.

Also the lookups every use case shares (customer, payer, invoice by id or number), so
that a missing row raises the same ``NotFound`` everywhere.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from asiakasrekisteri.domain import barcode
from asiakasrekisteri.domain.company import COMPANY_FIELD_NAMES, CompanyData
from asiakasrekisteri.domain.enums import CustomerType, InvoiceLanguage, VatExemption, VatTreatment
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.invoice import (
    InvoiceKind,
    InvoiceRecord,
    InvoiceRowData,
    InvoiceStatus,
    Party,
    PaymentRecord,
    RefundRecord,
    ReminderRecord,
    invoice_totals,
)
from asiakasrekisteri.services.errors import NotFound
from asiakasrekisteri.services.invoicing.settings import split_accounts
from asiakasrekisteri.storage.models import ContactPerson, Customer, Office, OwnCompany
from asiakasrekisteri.storage.models_invoicing import Invoice, Payment, Refund, Reminder

# The party fields a finalised invoice freezes in its own columns: seller_<name>, and
# buyer_<name> except buyer_ovt, which is already named for the buyer.
SELLER_FIELDS = (
    "name", "street", "postal_code", "city", "country", "business_id", "vat_id", "email",
    "phone", "iban", "bic", "vat_registered", "prepayment_registered",
)  # fmt: skip
BUYER_FIELDS = (
    "customer_number", "name", "street", "postal_code", "city", "country", "business_id",
    "vat_id", "email", "phone", "private", "einvoice_address", "einvoice_operator",
    "buyer_ovt", "agreement_identifier", "contact_name",
)  # fmt: skip


def buyer_column(name: str) -> str:
    return name if name == "buyer_ovt" else f"buyer_{name}"


# --- lookups ---------------------------------------------------------------------------


def load_customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound("The customer was not found.", code="customer.not_found")
    return customer


def payer_of(session: Session, customer: Customer, billing_id: int | None = None) -> Customer:
    """The customer who pays: ``billing_id``, else the card's billing customer, else itself."""
    target = billing_id if billing_id is not None else customer.alt_billing_customer_id
    if target is None:
        return customer
    return load_customer(session, target)


def load_invoice(session: Session, invoice_id: int) -> Invoice:
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFound("The invoice was not found.", code="invoice.not_found")
    return invoice


def invoice_by_number(session: Session, number: int | str) -> Invoice:
    text = str(number).strip()
    invoice = None
    # No invoice number is that long; the limit keeps the query within SQLite's integers.
    if text.isdigit() and len(text) <= 15:
        invoice = session.scalar(select(Invoice).where(Invoice.number == int(text)))
    if invoice is None:
        raise NotFound("No invoice has the number {number}.", code="invoice.not_found", number=text)
    return invoice


# --- parties ---------------------------------------------------------------------------


def live_seller(session: Session) -> Party:
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
        other_accounts=split_accounts(row.other_accounts),
        vat_registered=row.vat_registered,
        prepayment_registered=row.prepayment_registered,
    )


def live_buyer(
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


def _parties(session: Session, invoice: Invoice, seller: Party | None) -> tuple[Party, Party]:
    """(seller, buyer): live for a draft, the finalised invoice's frozen copies otherwise."""
    if invoice.status == InvoiceStatus.DRAFT.value:
        seller = seller or live_seller(session)
        customer = load_customer(session, invoice.customer_id)
        payer = payer_of(session, customer, invoice.billing_customer_id)
        return seller, live_buyer(session, payer, invoice.office_id, invoice.contact_id)
    frozen_seller = Party(
        **{n: getattr(invoice, f"seller_{n}") for n in SELLER_FIELDS},
        other_accounts=split_accounts(invoice.seller_other_accounts),
    )
    return frozen_seller, Party(**{n: getattr(invoice, buyer_column(n)) for n in BUYER_FIELDS})


# --- records ---------------------------------------------------------------------------


def exemption_of(value: str) -> VatExemption | None:
    """A stored exemption ("" for none) as the domain has it."""
    return VatExemption(value) if value else None


def rows_of(invoice: Invoice) -> tuple[InvoiceRowData, ...]:
    return tuple(
        InvoiceRowData(
            description=r.description,
            quantity=r.quantity,
            unit_price=r.unit_price,
            vat_percent=r.vat_percent,
            unit=r.unit,
            discount_percent=r.discount_percent,
            product_code=r.product_code,
            goods=r.goods,
            vat_exemption=exemption_of(r.vat_exemption),
            household_work=r.household_work,
        )
        for r in invoice.rows
    )


def payment_record(payment: Payment) -> PaymentRecord:
    return PaymentRecord(
        id=payment.id,
        invoice_id=payment.invoice_id,
        payment_date=payment.payment_date,
        amount=payment.amount,
    )


def refund_record(refund: Refund) -> RefundRecord:
    return RefundRecord(
        id=refund.id,
        invoice_id=refund.invoice_id,
        refund_date=refund.refund_date,
        amount=refund.amount,
    )


def reminder_record(reminder: Reminder) -> ReminderRecord:
    return ReminderRecord(
        id=reminder.id,
        invoice_id=reminder.invoice_id,
        reminder_date=reminder.reminder_date,
        fee=reminder.fee,
        interest=reminder.interest,
        due_date=reminder.due_date,
        compensation=reminder.compensation,
        sent_at=reminder.sent_at,
    )


def virtual_barcode(iban: str, amount: Decimal, ref: str, due: date) -> str:
    """The virtual barcode, or "" when the data cannot be encoded (foreign IBAN, huge sum)."""
    if amount <= 0 or not iban or not ref:
        return ""
    try:
        return barcode.virtual_barcode(iban, amount, ref, due)
    except ValidationError:
        return ""


def invoice_record(
    session: Session, invoice: Invoice, seller: Party | None = None, *, with_barcode: bool = True
) -> InvoiceRecord:
    """The invoice as a frozen record.

    ``seller`` is today's own company when the caller already has it: a list of drafts
    then reads it once instead of once per draft. ``with_barcode=False`` leaves the
    virtual barcode out where no document is printed (figures worked out of records).
    """
    seller, buyer = _parties(session, invoice, seller)
    rows = rows_of(invoice)
    treatment = VatTreatment(invoice.vat_treatment)
    totals = invoice_totals(
        rows,
        treatment,
        seller_vat_registered=seller.vat_registered,
        prices_include_vat=invoice.prices_include_vat,
    )
    credit_of_number = None
    if invoice.credit_of_id is not None:
        credit_of_number = session.scalar(
            select(Invoice.number).where(Invoice.id == invoice.credit_of_id)
        )
    barcode_text = ""
    if (
        with_barcode
        and invoice.status != InvoiceStatus.DRAFT.value
        and invoice.kind == InvoiceKind.INVOICE.value
    ):
        barcode_text = virtual_barcode(
            seller.iban, totals.gross, invoice.reference, invoice.due_date
        )
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
        payments=tuple(payment_record(p) for p in invoice.payments),
        reminders=tuple(reminder_record(r) for r in invoice.reminders),
        sent_at=invoice.sent_at,
        prices_include_vat=invoice.prices_include_vat,
        refunds=tuple(refund_record(r) for r in invoice.refunds),
        version=invoice.version,
    )
