"""Payments and credit notes: what settles a finalised invoice, and its state after."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from asiakasrekisteri.domain.invoice import (
    InvoiceKind,
    InvoiceRecord,
    InvoiceStatus,
    PaymentResult,
    validate_dates,
)
from asiakasrekisteri.domain.limits import MAX_AMOUNT
from asiakasrekisteri.domain.money import is_whole_cents
from asiakasrekisteri.services.errors import NotFound, RuleViolation
from asiakasrekisteri.services.invoicing.finalising import finalise_invoice, update_sales_status
from asiakasrekisteri.services.invoicing.records import (
    invoice_record,
    load_invoice,
    payment_record,
)
from asiakasrekisteri.services.invoicing.totals import store_totals
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models_invoicing import Invoice, InvoiceRow, Payment

# The states in which an invoice takes payments and can be credited.
_SETTLEABLE = (
    InvoiceStatus.SENT.value,
    InvoiceStatus.PARTLY_PAID.value,
    InvoiceStatus.PAID.value,
)


def record_payment(
    db: Database, invoice_id: int, amount: Decimal, payment_date: date
) -> PaymentResult:
    if not isinstance(amount, Decimal) or amount <= 0 or not is_whole_cents(amount):
        raise RuleViolation(
            "A payment is a positive amount in whole cents, not {amount}.",
            code="payment.amount",
            amount=amount,
        )
    if amount > MAX_AMOUNT:
        raise RuleViolation(
            "A payment can be at most {max}.", code="payment.amount_range", max=f"{MAX_AMOUNT:f}"
        )
    validate_dates(payment_date=payment_date)
    with db.transaction() as session:
        invoice = load_invoice(session, invoice_id)
        if invoice.kind != InvoiceKind.INVOICE.value or invoice.status not in _SETTLEABLE:
            raise RuleViolation(
                "Payments can be recorded only on sent invoices; this one is {status}.",
                code="payment.not_open",
                status=invoice.status,
            )
        payment = Payment(payment_date=payment_date, amount=amount)
        invoice.payments.append(payment)
        store_totals(session, invoice)
        session.flush()
        record = invoice_record(session, invoice)
        return PaymentResult(
            invoice=record,
            payment=payment_record(payment),
            overpaid=record.overpaid_amount > 0,
        )


def delete_payment(db: Database, payment_id: int) -> InvoiceRecord:
    with db.transaction() as session:
        payment = session.get(Payment, payment_id)
        if payment is None:
            raise NotFound()
        invoice = payment.invoice
        invoice.payments.remove(payment)
        store_totals(session, invoice)
        session.flush()
        return invoice_record(session, invoice)


def credit(db: Database, invoice_id: int, day: date) -> InvoiceRecord:
    """Credit the invoice in full with a finalised credit note dated ``day``."""
    with db.transaction() as session:
        original = load_invoice(session, invoice_id)
        if original.kind != InvoiceKind.INVOICE.value or original.status not in _SETTLEABLE:
            raise RuleViolation(
                "Only a sent invoice that is not yet credited can be credited.",
                code="credit.not_allowed",
            )
        note = _credit_note_of(original, day)
        session.add(note)
        session.flush()
        finalise_invoice(session, note, snapshot_from=original)
        original.status = InvoiceStatus.CREDITED.value
        store_totals(session, original)
        update_sales_status(session, original.customer_id)
        session.flush()
        return invoice_record(session, note)


def _credit_note_of(original: Invoice, day: date) -> Invoice:
    """A draft credit note: the original's rows negated at their VAT rates, due at once."""
    note = Invoice(kind=InvoiceKind.CREDIT_NOTE.value, status=InvoiceStatus.DRAFT.value)
    for name in (
        "customer_id", "billing_customer_id", "delivery_date", "your_reference",
        "our_reference", "office_id", "contact_id", "language", "vat_treatment",
        "currency", "notice_period_days", "penalty_interest",
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
                goods=row.goods,
                vat_exemption=row.vat_exemption,
            )
        )
    return note
