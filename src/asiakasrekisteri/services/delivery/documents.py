"""What one "Send" of a document will do: the route, the recipients and the message.

A :class:`Delivery` is prepared from the register (nothing is written) and shown before
anything goes out; the user may change the recipients, the subject and the text. A
delivery that cannot go as it stands carries its ``problem``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from asiakasrekisteri.domain import reference
from asiakasrekisteri.domain.delivery import (
    DocumentKind,
    EmailSettings,
    MessageTemplate,
    format_day,
    parse_recipients,
    render_template,
    resolve_delivery,
)
from asiakasrekisteri.domain.enums import InvoiceDelivery, InvoiceLanguage
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.interest import ReminderCharges
from asiakasrekisteri.domain.invoice import (
    InvoiceKind,
    InvoiceRecord,
    Party,
)
from asiakasrekisteri.domain.money import format_money
from asiakasrekisteri.domain.statement import Statement
from asiakasrekisteri.services.delivery.errors import DeliveryError

Templates = Mapping[tuple[DocumentKind, InvoiceLanguage], MessageTemplate]

EMAIL_ROUTES = frozenset({InvoiceDelivery.EMAIL, InvoiceDelivery.EMAIL_FINVOICE})


@dataclass(frozen=True)
class Contact:
    """Where the paying customer gets documents, as the card says today.

    Attributes:
        customer_id: The customer whose history records the delivery.
        name: The paying customer's name.
        choice: The card's delivery method (may be ``AUTO``).
        email: The invoice e-mail (the invoice's office's, else the card's), "; "-joined.
        einvoice_address: The e-invoice address the document would go to.
    """

    customer_id: int
    name: str
    choice: InvoiceDelivery
    email: str
    einvoice_address: str


@dataclass(frozen=True)
class Delivery:
    """One document ready to go.

    Attributes:
        document: Invoice, credit note, reminder or statement.
        customer_id: Whose history records it.
        number: The invoice's number, or the customer's for a statement.
        customer_name: The paying customer.
        route: E-mail (with or without Finvoice), paper or e-invoice; never ``AUTO``.
        language: The document's language (the message's too).
        recipients: E-mail addresses for an e-mail route.
        einvoice_address: The address of an e-invoice.
        subject, body: The message of an e-mail route.
        invoice_id: The invoice (of a reminder too); None for a statement.
        reminder_id: The recorded reminder; None for one still to be recorded.
        day: The statement's day, or the day of a reminder still to be recorded.
        amount: What the document asks for (or credits), as the document prints it.
        problem: Why it cannot go as it stands; None when it can.
    """

    document: DocumentKind
    customer_id: int
    number: str
    customer_name: str
    route: InvoiceDelivery
    language: InvoiceLanguage
    recipients: tuple[str, ...] = ()
    einvoice_address: str = ""
    subject: str = ""
    body: str = ""
    invoice_id: int | None = None
    reminder_id: int | None = None
    day: date | None = None
    amount: str = ""
    problem: ValidationError | None = None

    @property
    def by_email(self) -> bool:
        return self.route in EMAIL_ROUTES


def route_for(document: DocumentKind, contact: Contact) -> InvoiceDelivery:
    """The route of a document to this customer.

    Only invoices and credit notes exist as Finvoice: an e-invoice customer's reminders
    and statements go by e-mail when the card has an address, else on paper.
    """
    route = resolve_delivery(
        contact.choice, email=contact.email, einvoice_address=contact.einvoice_address
    )
    if document in (DocumentKind.REMINDER, DocumentKind.STATEMENT):
        if route is InvoiceDelivery.EMAIL_FINVOICE:
            return InvoiceDelivery.EMAIL
        if route is InvoiceDelivery.EINVOICE:
            return InvoiceDelivery.EMAIL if contact.email else InvoiceDelivery.PAPER
    return route


def _seller_values(seller: Party, buyer: Party) -> dict[str, str]:
    return {
        "seller_name": seller.name,
        "seller_email": seller.email,
        "seller_phone": seller.phone,
        "customer_name": buyer.name,
        "customer_number": buyer.customer_number,
    }


def _ref(text: str) -> str:
    return reference.format_any(text) if text else ""


def invoice_values(record: InvoiceRecord) -> dict[str, str]:
    """The template fields of an invoice or credit note."""
    language = record.language
    values = _seller_values(record.seller, record.buyer)
    values.update(
        invoice_number=str(record.number or ""),
        invoice_date=format_day(record.invoice_date, language),
        due_date=format_day(record.due_date, language),
        amount=format_money(record.total, language.value),
        reference=_ref(record.reference),
        credited_number=str(record.credit_of_number or ""),
    )
    return values


def reminder_values(
    record: InvoiceRecord, reminder_date: date, due: date, charges: ReminderCharges
) -> dict[str, str]:
    """The template fields of a payment reminder."""
    language = record.language
    values = invoice_values(record)
    values.update(
        original_due_date=values["due_date"],
        due_date=format_day(due, language),
        reminder_date=format_day(reminder_date, language),
        amount=format_money(charges.total, language.value),
    )
    return values


def statement_values(statement: Statement) -> dict[str, str]:
    """The template fields of a customer statement."""
    language = statement.language
    values = _seller_values(statement.seller, statement.buyer)
    values.update(
        statement_date=format_day(statement.statement_date, language),
        due_date=format_day(statement.due_date, language),
        amount=format_money(statement.total, language.value),
        reference=_ref(statement.reference),
    )
    return values


def compose(
    document: DocumentKind,
    contact: Contact,
    *,
    number: str,
    language: InvoiceLanguage,
    values: Mapping[str, str],
    templates: Templates,
    settings: EmailSettings,
    route: InvoiceDelivery | None = None,
    recipients: str | None = None,
) -> Delivery:
    """The delivery of a document to ``contact``, with its problem if it cannot go.

    ``route`` and ``recipients`` replace the card's choice and addresses; addresses given
    mean e-mail.
    """
    if recipients is not None and (route is None or route not in EMAIL_ROUTES):
        route = InvoiceDelivery.EMAIL
    chosen = route or route_for(document, contact)
    template = templates[document, language]
    delivery = Delivery(
        document=document,
        customer_id=contact.customer_id,
        number=number,
        customer_name=contact.name,
        route=chosen,
        language=language,
        einvoice_address=contact.einvoice_address,
        subject=render_template(template.subject, values),
        body=render_template(template.body, values).rstrip() + "\n",
        amount=values.get("amount", ""),
    )
    addresses = contact.email if recipients is None else recipients
    return with_recipients(delivery, addresses, settings)


def with_recipients(delivery: Delivery, addresses: str, settings: EmailSettings) -> Delivery:
    """The delivery to other e-mail addresses (``;``-separated), its problem checked again."""
    recipients: tuple[str, ...] = ()
    problem: ValidationError | None = None
    try:
        recipients = parse_recipients(addresses) if addresses.strip() else ()
    except ValidationError as exc:
        problem = exc
    updated = replace(delivery, recipients=recipients)
    return replace(updated, problem=problem or check(updated, settings))


def check(delivery: Delivery, settings: EmailSettings) -> ValidationError | None:
    """Why the delivery cannot go as it stands, or None."""
    if delivery.by_email:
        if not delivery.recipients:
            return DeliveryError(
                "{name} has no invoice e-mail address; add one on the card or type it here.",
                code="delivery.no_email",
                name=delivery.customer_name,
            )
        if not settings.email_configured:
            return DeliveryError(
                "E-mail is not set up: fill in the mail server and the sender in Settings › "
                "E-mail and sending.",
                code="delivery.email_not_set_up",
            )
    if delivery.route is InvoiceDelivery.EINVOICE:
        if delivery.document not in (DocumentKind.INVOICE, DocumentKind.CREDIT_NOTE):
            return DeliveryError(
                "Only invoices and credit notes can be sent as e-invoices.",
                code="delivery.einvoice_document",
            )
        if not delivery.einvoice_address:
            return DeliveryError(
                "{name} has no e-invoice address; add it on the card, or choose another "
                "way of delivery.",
                code="delivery.no_einvoice_address",
                name=delivery.customer_name,
            )
        if not settings.einvoice_folder:
            return DeliveryError(
                "Choose the folder for e-invoice files in Settings › E-mail and sending.",
                code="delivery.no_einvoice_folder",
            )
    return None


def document_of(record: InvoiceRecord) -> DocumentKind:
    if record.kind is InvoiceKind.CREDIT_NOTE:
        return DocumentKind.CREDIT_NOTE
    return DocumentKind.INVOICE
