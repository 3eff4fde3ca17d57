"""Finalising: the checks, the frozen parties, the invoice number and the reference.

A finalised invoice is locked: only payments, reminders and a credit note touch it
afterwards. Finalising also keeps the customer's status in step with their sales.
"""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from asiakasrekisteri.domain.enums import CustomerStatus, VatTreatment
from asiakasrekisteri.domain.invoice import (
    InvoiceKind,
    InvoiceStatus,
    Party,
    check_buyer_for_treatment,
    validate_row_vat,
    validate_rows,
)
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.services.invoicing.records import (
    BUYER_FIELDS,
    SELLER_FIELDS,
    buyer_column,
    live_buyer,
    live_seller,
    load_customer,
    payer_of,
    rows_of,
)
from asiakasrekisteri.services.invoicing.references import invoice_reference
from asiakasrekisteri.services.invoicing.settings import join_accounts
from asiakasrekisteri.services.invoicing.totals import store_totals
from asiakasrekisteri.storage.models import Customer, OwnCompany
from asiakasrekisteri.storage.models_invoicing import Invoice
from asiakasrekisteri.storage.types import utcnow

# A customer's status follows their sales unless it was set by hand: one invoice makes
# a trial customer, this many a regular one.
REGULAR_AFTER_INVOICES = 2


def finalise_invoice(
    session: Session, invoice: Invoice, *, snapshot_from: Invoice | None = None
) -> None:
    """Check and freeze the parties, recount the totals, number and lock the invoice.

    A credit note passes the invoice it credits as ``snapshot_from``: it copies that
    invoice's frozen parties instead of checking and freezing today's.
    """
    customer = load_customer(session, invoice.customer_id)
    payer = payer_of(session, customer, invoice.billing_customer_id)
    rows = rows_of(invoice)
    credit = invoice.kind == InvoiceKind.CREDIT_NOTE.value
    validate_rows(rows, invoice.delivery_date or invoice.invoice_date, allow_negative=credit)
    if snapshot_from is None:
        _freeze_live_parties(session, invoice, customer, payer)
    else:
        _copy_parties(invoice, snapshot_from)
    number = _take_number(session)
    invoice.number = number
    invoice.reference = invoice_reference(session, number, payer)
    invoice.status = InvoiceStatus.SENT.value
    store_totals(session, invoice)
    invoice.finalised_at = utcnow()
    session.flush()
    if not credit:
        update_sales_status(session, customer.id)


def _freeze_live_parties(
    session: Session, invoice: Invoice, customer: Customer, payer: Customer
) -> None:
    """Refuse what must not be invoiced, then copy today's seller and buyer onto the invoice."""
    _check_can_invoice(customer)
    if payer is not customer:
        _check_can_invoice(payer)
    seller = live_seller(session)
    buyer = live_buyer(session, payer, invoice.office_id, invoice.contact_id)
    _check_parties(seller, buyer)
    treatment = VatTreatment(invoice.vat_treatment)
    validate_row_vat(rows_of(invoice), treatment, seller_vat_registered=seller.vat_registered)
    if seller.vat_registered:
        check_buyer_for_treatment(treatment, buyer)
    if invoice.total_gross < 0:
        raise RuleViolation(
            "An invoice cannot have a negative total; make a credit note instead.",
            code="invoice.negative_total",
        )
    for name in SELLER_FIELDS:
        setattr(invoice, f"seller_{name}", getattr(seller, name))
    invoice.seller_other_accounts = join_accounts(seller.other_accounts)
    for name in BUYER_FIELDS:
        setattr(invoice, buyer_column(name), getattr(buyer, name))


def _copy_parties(invoice: Invoice, source: Invoice) -> None:
    for name in SELLER_FIELDS:
        setattr(invoice, f"seller_{name}", getattr(source, f"seller_{name}"))
    invoice.seller_other_accounts = source.seller_other_accounts
    for name in BUYER_FIELDS:
        column = buyer_column(name)
        setattr(invoice, column, getattr(source, column))


def _take_number(session: Session) -> int:
    """The next invoice number, counted up in the settings.

    The counter is bumped with one UPDATE inside the caller's transaction: two
    finalisations serialise on SQLite's write lock, and a rollback returns the number
    (no gaps).
    """
    next_number = session.execute(
        update(OwnCompany)
        .where(OwnCompany.id == 1)
        .values(next_invoice_number=OwnCompany.next_invoice_number + 1)
        .returning(OwnCompany.next_invoice_number)
    ).scalar_one()
    number = int(next_number) - 1
    if session.scalar(select(Invoice.id).where(Invoice.number == number)) is not None:
        raise RuleViolation(
            "Invoice number {number} is already in use; raise the next invoice number in "
            "the company settings.",
            code="invoice.number_taken",
            number=number,
        )
    return number


def _check_can_invoice(customer: Customer) -> None:
    if not customer.active:
        raise RuleViolation(
            "{name} is inactive and cannot be invoiced; activate the customer first.",
            code="invoice.customer_inactive",
            name=customer.name,
        )
    if customer.delivery_ban:
        raise RuleViolation(
            "{name} is under a delivery ban (toimituskielto) and cannot be invoiced.",
            code="invoice.delivery_ban",
            name=customer.name,
        )


def _check_parties(seller: Party, buyer: Party) -> None:
    """Refuse unless the invoice can show the seller's name, Y-tunnus, address and bank
    account, and the buyer's address, as an invoice must."""
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
        raise RuleViolation(
            "Fill in the own company details first (missing: {missing}).",
            code="invoice.seller_incomplete",
            missing=", ".join(missing),
        )
    if not (buyer.street and buyer.postal_code and buyer.city):
        raise RuleViolation(
            "{name} has no complete billing address; an invoice must show it.",
            code="invoice.buyer_incomplete",
            name=buyer.name,
        )


def update_sales_status(session: Session, customer_id: int) -> None:
    """Set a customer's status from their sent invoices, unless it was set by hand."""
    customer = load_customer(session, customer_id)
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
