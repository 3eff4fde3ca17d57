"""Sending invoices, credit notes, reminders and statements: one service for the window,
the command line and the tests.

Preparing (:meth:`DeliveryService.prepare_invoice` …) reads only; a
:class:`~asiakasrekisteri.services.delivery.run.DeliveryRun` sends and records each attempt
in its own transaction, so a failure loses nothing and a later run retries it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from asiakasrekisteri.domain.delivery import (
    DocumentKind,
    EmailSettings,
    MessageTemplate,
    reminder_due,
)
from asiakasrekisteri.domain.enums import InvoiceDelivery, InvoiceLanguage
from asiakasrekisteri.domain.invoice import OPEN_STATUSES, InvoiceKind, InvoiceRecord
from asiakasrekisteri.services.delivery import settings as stored
from asiakasrekisteri.services.delivery.attempts import (
    AttemptRecord,
    list_attempts,
    record_attempt,
)
from asiakasrekisteri.services.delivery.documents import (
    Contact,
    Delivery,
    compose,
    document_of,
    invoice_values,
    reminder_values,
    statement_values,
)
from asiakasrekisteri.services.delivery.errors import DeliveryError
from asiakasrekisteri.services.delivery.passwords import PasswordStore
from asiakasrekisteri.services.delivery.smtp import SmtpTransport, close_quietly
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.services.invoicing.records import (
    live_buyer,
    load_customer,
    load_invoice,
    payer_of,
)
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models_invoicing import Invoice, Reminder


def _invoice_contact(session: Session, invoice_id: int, record: InvoiceRecord) -> Contact:
    invoice = load_invoice(session, invoice_id)
    payer = payer_of(
        session, load_customer(session, invoice.customer_id), invoice.billing_customer_id
    )
    live = live_buyer(session, payer, invoice.office_id, invoice.contact_id)
    return Contact(
        customer_id=invoice.customer_id,
        name=record.buyer.name or payer.name,
        choice=InvoiceDelivery(payer.invoice_delivery),
        email=live.email or record.buyer.email,
        einvoice_address=record.buyer.einvoice_address,
    )


def _customer_contact(session: Session, customer_id: int) -> Contact:
    customer = load_customer(session, customer_id)
    live = live_buyer(session, customer, None, None)
    return Contact(
        customer_id=customer.id,
        name=customer.name,
        choice=InvoiceDelivery(customer.invoice_delivery),
        email=live.email,
        einvoice_address=live.einvoice_address,
    )


class DeliveryService:
    """E-mail settings, message templates, the password, and preparing documents to send.

    Attributes:
        db: The open register.
        invoicing: Renders the documents and records new reminders.
        passwords: The keyring.
        transport: Connects to the mail server (tests give it their own authority).
    """

    def __init__(
        self,
        db: Database,
        invoicing: InvoicingService,
        passwords: PasswordStore,
        transport: SmtpTransport,
    ) -> None:
        self.db = db
        self.invoicing = invoicing
        self.passwords = passwords
        self.transport = transport

    # --- settings and templates --------------------------------------------------------

    def settings(self) -> EmailSettings:
        return stored.load_settings(self.db)

    def save_settings(self, data: EmailSettings) -> EmailSettings:
        """Validate and save the settings.

        Raises:
            FieldErrors: For each bad value.
        """
        return stored.save_settings(self.db, data)

    def templates(self) -> dict[tuple[DocumentKind, InvoiceLanguage], MessageTemplate]:
        """The message texts of every kind and language (the defaults where unchanged)."""
        return stored.load_templates(self.db)

    def save_template(
        self, kind: DocumentKind, language: InvoiceLanguage, template: MessageTemplate
    ) -> MessageTemplate:
        """Validate and save one message text.

        Raises:
            FieldErrors: ``subject``/``body`` with an unknown field, a lone brace, no text.
        """
        return stored.save_template(self.db, kind, language, template)

    # --- the password ------------------------------------------------------------------

    def keyring_available(self) -> bool:
        return self.passwords.available()

    def stored_password(self) -> str | None:
        """The password kept in the keyring for the settings' server and user, or None."""
        settings = self.settings()
        return self.passwords.get(settings.host, settings.username)

    def keep_password(self, password: str) -> None:
        """Keep the password in the keyring.

        Raises:
            PasswordStoreError: No keyring on this computer, or it refused.
        """
        settings = self.settings()
        self.passwords.save(settings.host, settings.username, password)

    def forget_password(self) -> None:
        settings = self.settings()
        self.passwords.forget(settings.host, settings.username)

    def test_connection(self, password: str | None, settings: EmailSettings | None = None) -> None:
        """Connect, encrypt and log in as ``settings`` (else the saved ones); send nothing.

        Raises:
            DeliveryError: What went wrong, in one line.
        """
        settings = settings or self.settings()
        if not settings.host:
            raise DeliveryError("Give the mail server first.", code="delivery.email_not_set_up")
        close_quietly(self.transport.connect(settings, password))

    # --- preparing ---------------------------------------------------------------------

    def prepare_invoice(
        self,
        invoice_id: int,
        *,
        route: InvoiceDelivery | None = None,
        recipients: str | None = None,
    ) -> Delivery:
        """The delivery of a finalised invoice or credit note to its paying customer.

        Raises:
            DeliveryError: ``delivery.draft`` for a draft.
        """
        record = self.invoicing.get(invoice_id)
        if record.is_draft:
            raise DeliveryError("A draft cannot be sent; finalise it first.", code="delivery.draft")
        with self.db.read() as session:
            contact = _invoice_contact(session, invoice_id, record)
        document = document_of(record)
        delivery = compose(
            document, contact, number=str(record.number), language=record.language,
            values=invoice_values(record), templates=self.templates(),
            settings=self.settings(), route=route, recipients=recipients,
        )  # fmt: skip
        return _with_ids(delivery, invoice_id=record.id)

    def record_printed(self, invoice_id: int) -> None:
        """A finalised invoice or credit note went to a printer: it counts as sent on paper.

        Raises:
            DeliveryError: ``delivery.draft`` for a draft.
        """
        delivery = self.prepare_invoice(invoice_id, route=InvoiceDelivery.PAPER)
        record_attempt(self.db, delivery, recipients="")

    def prepare_reminder(
        self,
        reminder_id: int,
        *,
        route: InvoiceDelivery | None = None,
        recipients: str | None = None,
    ) -> Delivery:
        """The delivery of a recorded payment reminder."""
        record, reminder, charges = self.invoicing.stored_reminder(reminder_id)
        with self.db.read() as session:
            contact = _invoice_contact(session, record.id, record)
        values = reminder_values(record, reminder.reminder_date, reminder.due_date, charges)
        delivery = compose(
            DocumentKind.REMINDER, contact, number=str(record.number),
            language=record.language, values=values, templates=self.templates(),
            settings=self.settings(), route=route, recipients=recipients,
        )  # fmt: skip
        return _with_ids(delivery, invoice_id=record.id, reminder_id=reminder.id)

    def plan_reminder(
        self,
        invoice_id: int,
        day: date,
        *,
        route: InvoiceDelivery | None = None,
        recipients: str | None = None,
    ) -> Delivery:
        """The delivery of a reminder not recorded yet; sending records it first.

        Raises:
            RuleViolation, ValidationError: As ``InvoicingService.reminder_charges``.
        """
        charges = self.invoicing.reminder_charges(invoice_id, today=day)
        record = self.invoicing.get(invoice_id)
        due = day + timedelta(days=self.invoicing.settings().payment_term_days)
        with self.db.read() as session:
            contact = _invoice_contact(session, invoice_id, record)
        delivery = compose(
            DocumentKind.REMINDER, contact, number=str(record.number),
            language=record.language, values=reminder_values(record, day, due, charges),
            templates=self.templates(), settings=self.settings(), route=route,
            recipients=recipients,
        )  # fmt: skip
        return _with_ids(delivery, invoice_id=invoice_id, day=day)

    def prepare_statement(
        self,
        customer_id: int,
        day: date,
        *,
        route: InvoiceDelivery | None = None,
        recipients: str | None = None,
    ) -> Delivery:
        """The delivery of the customer's statement of open invoices on ``day``.

        Raises:
            RuleViolation: ``statement.nothing_open`` when nothing is open.
        """
        statement = self.invoicing.statement(customer_id, today=day)
        with self.db.read() as session:
            contact = _customer_contact(session, customer_id)
        delivery = compose(
            DocumentKind.STATEMENT, contact, number=statement.buyer.customer_number,
            language=statement.language, values=statement_values(statement),
            templates=self.templates(), settings=self.settings(), route=route,
            recipients=recipients,
        )  # fmt: skip
        return _with_ids(delivery, day=day)

    # --- what waits --------------------------------------------------------------------

    def unsent_invoices(self) -> list[Delivery]:
        """Every finalised invoice and credit note not sent yet, by number."""
        with self.db.read() as session:
            ids = list(
                session.scalars(
                    select(Invoice.id)
                    .where(Invoice.number.is_not(None), Invoice.sent_at.is_(None))
                    .order_by(Invoice.number)
                )
            )
        return [self.prepare_invoice(i) for i in ids]

    def due_reminders(self, day: date) -> list[Delivery]:
        """Reminders recorded but not sent yet, and a new one for each open invoice whose
        reminder is due (:func:`domain.delivery.reminder_due`) and may be sent.

        An invoice with an unsent reminder gets no second one; a customer under a
        collection ban gets none.
        """
        unsent: list[int] = []
        candidates: list[int] = []
        with self.db.read() as session:
            invoices = session.scalars(
                select(Invoice)
                .where(
                    Invoice.kind == InvoiceKind.INVOICE.value,
                    Invoice.status.in_([s.value for s in OPEN_STATUSES]),
                    Invoice.due_date < day,
                )
                .order_by(Invoice.number)
            )
            for invoice in invoices:
                waiting = [r.id for r in invoice.reminders if r.sent_at is None]
                unsent += waiting
                last = invoice.reminders[-1].due_date if invoice.reminders else None
                if not waiting and reminder_due(invoice.due_date, last, day):
                    candidates.append(invoice.id)
        out = [self.prepare_reminder(i) for i in unsent]
        for invoice_id in candidates:
            try:
                out.append(self.plan_reminder(invoice_id, day))
            except RuleViolation:
                continue  # a collection ban, or nothing open on that day: no reminder
        return out

    def unsent_reminder_of(self, invoice_id: int) -> int | None:
        """The invoice's reminder recorded but not sent yet, if any (the latest)."""
        with self.db.read() as session:
            return session.scalar(
                select(Reminder.id)
                .where(Reminder.invoice_id == invoice_id, Reminder.sent_at.is_(None))
                .order_by(Reminder.id.desc())
            )

    def attempts(
        self, *, invoice_id: int | None = None, customer_id: int | None = None
    ) -> list[AttemptRecord]:
        """Delivery attempts of an invoice (its reminders too) or a customer, newest first."""
        return list_attempts(self.db, invoice_id=invoice_id, customer_id=customer_id)


def _with_ids(
    delivery: Delivery,
    *,
    invoice_id: int | None = None,
    reminder_id: int | None = None,
    day: date | None = None,
) -> Delivery:
    return replace(delivery, invoice_id=invoice_id, reminder_id=reminder_id, day=day)
