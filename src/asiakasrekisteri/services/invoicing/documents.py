"""The documents sent to customers: invoice, reminder and statement PDFs, Finvoice messages.

Rendering lives in :mod:`.pdf`, :mod:`.finvoice` and :mod:`.finvoice_reminder`; they are
imported on the first document, not at start-up, because reportlab and lxml take ~0.1 s
to load.
"""

from __future__ import annotations

from datetime import date

from asiakasrekisteri.domain.interest import ReminderCharges
from asiakasrekisteri.domain.money import ZERO
from asiakasrekisteri.services.errors import NotFound, RuleViolation
from asiakasrekisteri.services.invoicing.crediting import refund_on_note
from asiakasrekisteri.services.invoicing.dunning import open_on, statement
from asiakasrekisteri.services.invoicing.queries import get
from asiakasrekisteri.services.invoicing.reference_rates import load_reference_rates
from asiakasrekisteri.services.invoicing.settings import load_settings
from asiakasrekisteri.storage.db import Database


def invoice_pdf(db: Database, invoice_id: int) -> bytes:
    from asiakasrekisteri.services.invoicing.pdf import Refund, render_invoice

    record = get(db, invoice_id)
    refund = None
    if record.credit_of_id is not None:
        paid, owed = refund_on_note(db, record)
        refund = Refund(paid, owed)
    return render_invoice(record, logo_path=load_settings(db).logo_path, refund=refund)


def statement_pdf(db: Database, customer_id: int, day: date) -> bytes:
    from asiakasrekisteri.services.invoicing.pdf_letters import render_statement

    return render_statement(statement(db, customer_id, day), logo_path=load_settings(db).logo_path)


def finvoice_xml(db: Database, invoice_id: int) -> bytes:
    from asiakasrekisteri.services.invoicing.finvoice import Routing, build_finvoice

    record = get(db, invoice_id)
    if record.is_draft:
        raise RuleViolation(
            "A draft cannot be sent as an e-invoice; finalise it first.",
            code="finvoice.draft",
        )
    settings = load_settings(db)
    routing = Routing(settings.einvoice_address, settings.einvoice_operator)
    return build_finvoice(record, routing=routing, rates=load_reference_rates(db))


def reminder_finvoice_xml(db: Database, invoice_id: int, reminder_id: int) -> bytes:
    """A recorded reminder as Finvoice, for a buyer who receives e-invoices.

    Its charges are those it was recorded with: what was open on its day, its interest,
    fee and compensation, and the earlier reminders' costs.
    """
    from asiakasrekisteri.services.invoicing.finvoice import Routing
    from asiakasrekisteri.services.invoicing.finvoice_reminder import build_reminder_finvoice

    record = get(db, invoice_id)
    reminder = next((r for r in record.reminders if r.id == reminder_id), None)
    if reminder is None:
        raise NotFound("The reminder was not found.", code="reminder.not_found")
    if not record.buyer.einvoice_address:
        raise RuleViolation(
            "{name} has no e-invoice address; send the reminder as a PDF.",
            code="finvoice.no_address",
            name=record.buyer.name,
        )
    earlier = [r for r in record.reminders if r.id < reminder.id]
    charges = ReminderCharges(
        open_amount=open_on(record, reminder.reminder_date),
        interest=reminder.interest,
        earlier_costs=sum((r.fee + r.compensation for r in earlier), ZERO),
        fee=reminder.fee,
        compensation=reminder.compensation,
    )
    settings = load_settings(db)
    routing = Routing(settings.einvoice_address, settings.einvoice_operator)
    return build_reminder_finvoice(
        record, reminder, charges, routing=routing, rates=load_reference_rates(db)
    )
