"""Dunning: payment reminders with fee and penalty interest, and customer statements."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from asiakasrekisteri.domain import interest, reference
from asiakasrekisteri.domain.enums import InvoiceLanguage
from asiakasrekisteri.domain.invoice import (
    OPEN_STATUSES,
    InvoiceKind,
    InvoiceRecord,
    ReminderRecord,
    Statement,
    StatementLine,
)
from asiakasrekisteri.domain.money import ZERO
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.services.invoicing.records import (
    invoice_record,
    live_buyer,
    live_seller,
    load_customer,
    load_invoice,
    payer_of,
    reminder_record,
    virtual_barcode,
)
from asiakasrekisteri.services.invoicing.settings import read_settings
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models_invoicing import Invoice, Reminder


def create_reminder(db: Database, invoice_id: int, day: date) -> tuple[ReminderRecord, bytes]:
    """Record a reminder dated ``day`` for an overdue invoice; returns it and its PDF."""
    # reportlab is imported on the first document, not at start-up: it takes ~0.1 s.
    from asiakasrekisteri.services.invoicing.pdf import render_reminder

    with db.transaction() as session:
        invoice = load_invoice(session, invoice_id)
        record = invoice_record(session, invoice)
        payer = payer_of(session, load_customer(session, invoice.customer_id))
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
        settings = read_settings(session)
        fee = interest.reminder_fee(settings.reminder_fee, private_customer=record.buyer.private)
        reminder = Reminder(
            reminder_date=day,
            due_date=day + timedelta(days=settings.payment_term_days),
            fee=fee,
            interest=penalty_interest(record, day),
        )
        invoice.reminders.append(reminder)
        session.flush()
        result = reminder_record(reminder)
        record = invoice_record(session, invoice)
    return result, render_reminder(record, result, logo_path=settings.logo_path)


def penalty_interest(record: InvoiceRecord, day: date) -> Decimal:
    """Penalty interest on the open amount from the due date to ``day``."""
    amount = record.open_amount
    if amount <= 0 or day <= record.due_date:
        return ZERO
    if record.penalty_interest is not None:
        return interest.penalty_interest(amount, record.due_date, day, record.penalty_interest)
    return interest.statutory_penalty_interest(
        amount, record.due_date, day, b2b=not record.buyer.private
    )


def statement(db: Database, customer_id: int, day: date) -> Statement:
    """The open invoices the customer pays, with interest to ``day``, and one payment."""
    with db.read() as session:
        customer = load_customer(session, customer_id)
        settings = read_settings(session)
        stmt = (
            select(Invoice)
            .where(
                Invoice.status.in_([s.value for s in OPEN_STATUSES]),
                Invoice.kind == InvoiceKind.INVOICE.value,
                or_(
                    Invoice.billing_customer_id == customer_id,
                    (Invoice.customer_id == customer_id) & Invoice.billing_customer_id.is_(None),
                ),
            )
            .options(selectinload(Invoice.rows), selectinload(Invoice.payments))
            .order_by(Invoice.due_date, Invoice.number)
        )
        seller = live_seller(session)
        records = [invoice_record(session, inv, seller) for inv in session.scalars(stmt)]
        buyer = live_buyer(session, customer, None, None)
        language = InvoiceLanguage(customer.invoice_language)
        fixed_reference = customer.fixed_reference
        use_rf = customer.use_rf_reference
        customer_number = customer.customer_number
    lines = _open_lines(records, day)
    if not lines:
        raise RuleViolation(
            "{name} has no open invoices.", code="statement.nothing_open", name=buyer.name
        )
    ref = _statement_reference(fixed_reference, customer_number, lines[0].reference, use_rf)
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
        virtual_barcode=virtual_barcode(seller.iban, total, ref, due),
    )


def _open_lines(records: Sequence[InvoiceRecord], day: date) -> list[StatementLine]:
    return [
        StatementLine(
            invoice_id=r.id,
            number=r.number,
            invoice_date=r.invoice_date,
            due_date=r.due_date,
            reference=r.reference,
            total=r.total,
            open_amount=r.open_amount,
            interest=penalty_interest(r, day),
            overdue=r.is_overdue(day),
        )
        for r in records
        if r.open_amount > 0 and r.number is not None
    ]


def _statement_reference(
    fixed_reference: str, customer_number: str, first_invoice_reference: str, use_rf: bool
) -> str:
    """The statement's reference: the customer's fixed one, else one made of a numeric
    customer number, else the first open invoice's; in RF form when the customer wants it.
    """
    ref = fixed_reference
    # A reference has 3 to 19 digits before its check digit.
    if not ref and customer_number.isdigit() and 3 <= len(customer_number.lstrip("0")) <= 19:
        ref = reference.create(customer_number)
    if not ref:
        ref = first_invoice_reference
    if use_rf and not reference.is_rf(ref):
        ref = reference.to_rf(ref)
    return ref
