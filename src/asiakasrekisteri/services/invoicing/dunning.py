"""Dunning: payment reminders with their fees and penalty interest, and customer statements.

Penalty interest is computed in one place, :func:`penalty_interest`, so that a reminder,
a statement and the customer card show the same figure for the same day, with the
reference rates the register holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session, selectinload

from asiakasrekisteri.domain import interest
from asiakasrekisteri.domain.enums import InvoiceLanguage
from asiakasrekisteri.domain.interest import ReferenceRates, ReminderCharges
from asiakasrekisteri.domain.invoice import (
    OPEN_STATUSES,
    InvoiceKind,
    InvoiceRecord,
    InvoiceStatus,
    Party,
    ReminderRecord,
    validate_dates,
)
from asiakasrekisteri.domain.money import ZERO
from asiakasrekisteri.domain.statement import RefundLine, Statement, StatementLine
from asiakasrekisteri.services.errors import NotFound, RuleViolation
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
from asiakasrekisteri.services.invoicing.reference_rates import read_reference_rates
from asiakasrekisteri.services.invoicing.references import ensure_free, statement_reference
from asiakasrekisteri.services.invoicing.settings import load_settings, read_settings
from asiakasrekisteri.services.invoicing.totals import store_totals
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models_invoicing import Invoice, Reminder

# States in which an invoice may hold money the seller owes back.
_REFUNDABLE = (
    InvoiceStatus.PARTLY_PAID.value,
    InvoiceStatus.PAID.value,
    InvoiceStatus.CREDITED.value,
)

# States in which an invoice can have been open on some day: a paid invoice may still be
# reminded of for a day before its last payment, as a user catching up on paper does.
_REMINDABLE = (InvoiceStatus.SENT, InvoiceStatus.PARTLY_PAID, InvoiceStatus.PAID)


def penalty_interest(record: InvoiceRecord, day: date, rates: ReferenceRates) -> Decimal:
    """Penalty interest of an invoice from its due date to ``day``.

    Each outstanding amount bears interest for its own period: the payments recorded up
    to ``day`` lower it from the day after each. The invoice's agreed rate applies, else
    the statutory one (Korkolaki 4 §, between businesses 4 a §) with ``rates``. Credit
    notes and credited amounts bear none: what was credited was never owed.

    Raises:
        ReferenceRateUnknown: The statutory rate of a half-year is not in ``rates``.
    """
    if record.kind is InvoiceKind.CREDIT_NOTE or record.status not in _REMINDABLE:
        return ZERO
    owed = max(record.total - record.credited_amount, ZERO)
    return interest.penalty_interest(
        owed,
        record.due_date,
        day,
        b2b=not record.buyer.private,
        rates=rates,
        fixed=record.penalty_interest,
        payments=[(p.payment_date, p.amount) for p in record.payments],
    )


def open_on(record: InvoiceRecord, day: date) -> Decimal:
    """What was left of an invoice at the end of ``day`` (payments after it not counted)."""
    if record.kind is InvoiceKind.CREDIT_NOTE or record.status not in _REMINDABLE:
        return ZERO
    paid = sum((p.amount for p in record.payments if p.payment_date <= day), ZERO)
    return max(record.total - record.credited_amount - paid, ZERO)


def reminder_charges(
    db: Database, invoice_id: int, day: date, *, claim_compensation: bool
) -> ReminderCharges:
    """What a reminder dated ``day`` would ask for; nothing is recorded."""
    with db.read() as session:
        return _charges(session, invoice_id, day, claim_compensation)


def _charges(
    session: Session, invoice_id: int, day: date, claim_compensation: bool
) -> ReminderCharges:
    """Check that a reminder can be sent on ``day`` and work out its charges.

    Raises:
        RuleViolation: ``reminder.collection_ban``, ``reminder.not_overdue`` (nothing
            open after the due date on that day), ``reminder.before_previous``.
        ValidationError: As :func:`interest.reminder_charges` and the interest.
    """
    invoice = load_invoice(session, invoice_id)
    record = invoice_record(session, invoice)
    payer = payer_of(session, load_customer(session, invoice.customer_id))
    if payer.collection_ban:
        raise RuleViolation(
            "{name} is under a collection ban; no reminders are sent.",
            code="reminder.collection_ban",
            name=payer.name,
        )
    open_amount = open_on(record, day)
    if open_amount <= 0 or day <= record.due_date:
        raise RuleViolation(
            "Invoice {number} is not overdue; nothing to remind of.",
            code="reminder.not_overdue",
            number=record.number,
        )
    if record.reminders and day < record.reminders[-1].reminder_date:
        raise RuleViolation(
            "Invoice {number} was last reminded of on {day}; a new reminder cannot be "
            "dated before it.",
            code="reminder.before_previous",
            number=record.number,
            day=record.reminders[-1].reminder_date.isoformat(),
        )
    return interest.reminder_charges(
        open_amount=open_amount,
        interest=penalty_interest(record, day, read_reference_rates(session)),
        requested_fee=read_settings(session).reminder_fee,
        private_customer=record.buyer.private,
        due=record.due_date,
        day=day,
        earlier=[(r.fee, r.compensation) for r in record.reminders],
        claim_compensation=claim_compensation,
    )


def create_reminder(
    db: Database, invoice_id: int, day: date, *, claim_compensation: bool
) -> tuple[ReminderRecord, bytes]:
    """Record a reminder dated ``day`` for an overdue invoice; returns it and its PDF."""
    # reportlab is imported on the first document, not at start-up: it takes ~0.1 s.
    from asiakasrekisteri.services.invoicing.pdf_letters import render_reminder

    validate_dates(reminder_date=day)
    with db.transaction() as session:
        charges = _charges(session, invoice_id, day, claim_compensation)
        invoice = load_invoice(session, invoice_id)
        settings = read_settings(session)
        reminder = Reminder(
            reminder_date=day,
            due_date=day + timedelta(days=settings.payment_term_days),
            fee=charges.fee,
            interest=charges.interest,
            compensation=charges.compensation,
        )
        invoice.reminders.append(reminder)
        store_totals(session, invoice)
        session.flush()
        result = reminder_record(reminder)
        record = invoice_record(session, invoice)
    pdf = render_reminder(record, result, charges, logo_path=settings.logo_path)
    return result, pdf


def stored_reminder(
    db: Database, reminder_id: int
) -> tuple[InvoiceRecord, ReminderRecord, ReminderCharges]:
    """A recorded reminder with its invoice and what it asked for, as when it was made.

    The charges are the stored ones; what was open is the invoice's open amount on the
    reminder's day, so the reminder prints again as it first did.
    """
    with db.read() as session:
        reminder = session.get(Reminder, reminder_id)
        if reminder is None:
            raise NotFound("The reminder was not found.", code="reminder.not_found")
        invoice = load_invoice(session, reminder.invoice_id)
        record = invoice_record(session, invoice)
        earlier = [r for r in invoice.reminders if r.id < reminder.id]
        charges = ReminderCharges(
            open_amount=open_on(record, reminder.reminder_date),
            interest=reminder.interest,
            earlier_costs=sum((r.fee + r.compensation for r in earlier), ZERO),
            fee=reminder.fee,
            compensation=reminder.compensation,
        )
        return record, reminder_record(reminder), charges


def reminder_pdf(db: Database, reminder_id: int) -> bytes:
    """The PDF of a recorded reminder (see :func:`stored_reminder`)."""
    from asiakasrekisteri.services.invoicing.pdf_letters import render_reminder

    record, reminder, charges = stored_reminder(db, reminder_id)
    return render_reminder(record, reminder, charges, logo_path=load_settings(db).logo_path)


def _payer_invoices(customer_id: int, statuses: Sequence[str]) -> Select[Invoice]:
    """The invoices the customer pays in these states, the oldest due first."""
    return (
        select(Invoice)
        .where(
            Invoice.status.in_(statuses),
            Invoice.kind == InvoiceKind.INVOICE.value,
            or_(
                Invoice.billing_customer_id == customer_id,
                (Invoice.customer_id == customer_id) & Invoice.billing_customer_id.is_(None),
            ),
        )
        .options(selectinload(Invoice.rows), selectinload(Invoice.payments))
        .order_by(Invoice.due_date, Invoice.number)
    )


def refunds_owed(session: Session, customer_id: int, seller: Party) -> tuple[RefundLine, ...]:
    """The invoices the customer pays on which the seller owes them money back."""
    stmt = _payer_invoices(customer_id, _REFUNDABLE).where(Invoice.paid_amount > ZERO)
    records = [invoice_record(session, inv, seller) for inv in session.scalars(stmt)]
    return tuple(
        RefundLine(r.id, r.number, r.refund_due)
        for r in records
        if r.refund_due > 0 and r.number is not None
    )


def statement(db: Database, customer_id: int, day: date) -> Statement:
    """The open invoices the customer pays, with interest to ``day``, and one payment;
    beside them what the seller owes the customer back (not netted off the payment).

    Raises:
        RuleViolation: ``statement.nothing_open`` when nothing is open or owed back;
            ``reference.taken`` when the statement's reference is already used elsewhere.
    """
    with db.read() as session:
        customer = load_customer(session, customer_id)
        settings = read_settings(session)
        stmt = _payer_invoices(customer_id, [s.value for s in OPEN_STATUSES])
        seller = live_seller(session)
        records = [invoice_record(session, inv, seller) for inv in session.scalars(stmt)]
        buyer = live_buyer(session, customer, None, None)
        language = InvoiceLanguage(customer.invoice_language)
        lines = _open_lines(records, day, read_reference_rates(session))
        refunds = refunds_owed(session, customer_id, seller)
        if not lines and not refunds:
            raise RuleViolation(
                "{name} has no open invoices.", code="statement.nothing_open", name=buyer.name
            )
        ref = statement_reference(
            customer.id,
            customer.customer_number,
            customer.fixed_reference,
            customer.use_rf_reference,
        )
        ensure_free(session, ref, customer.id, shared_with_payer=bool(customer.fixed_reference))
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
        refunds=refunds,
    )


def _open_lines(
    records: Sequence[InvoiceRecord], day: date, rates: ReferenceRates
) -> list[StatementLine]:
    return [
        StatementLine(
            invoice_id=r.id,
            number=r.number,
            invoice_date=r.invoice_date,
            due_date=r.due_date,
            reference=r.reference,
            total=r.total,
            open_amount=r.open_amount,
            interest=penalty_interest(r, day, rates),
            overdue=r.is_overdue(day),
        )
        for r in records
        if r.open_amount > 0 and r.number is not None
    ]
