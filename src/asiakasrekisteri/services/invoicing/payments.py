"""Payments: what settles a finalised invoice, and its state after (credit notes are
:mod:`.crediting`)."""

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
from asiakasrekisteri.services.invoicing.records import (
    invoice_record,
    load_invoice,
    payment_record,
)
from asiakasrekisteri.services.invoicing.totals import store_totals
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models_invoicing import Payment

# The states in which an invoice takes payments.
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
