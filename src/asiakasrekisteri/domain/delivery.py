"""Delivering documents to customers: the route, the e-mail settings and the message texts.

A customer's invoices, credit notes, reminders and statements go by e-mail, on paper or as
e-invoices (:func:`resolve_delivery`). E-mail messages are made from templates per document
kind and language with ``{field}`` placeholders (:func:`validate_template`,
:func:`render_template`); only the fields named in :data:`TEMPLATE_FIELDS` exist, so a
mistyped field is refused when the template is saved, never found in a sent message.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any

from asiakasrekisteri.domain.customer import clean_text
from asiakasrekisteri.domain.enums import InvoiceDelivery, InvoiceLanguage
from asiakasrekisteri.domain.errors import (
    FieldErrors,
    InvalidFormat,
    RequiredValue,
    ValidationError,
)
from asiakasrekisteri.domain.identifiers import normalize_email, normalize_emails


class DocumentKind(StrEnum):
    """What is delivered; stored with every delivery attempt."""

    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"
    REMINDER = "reminder"
    STATEMENT = "statement"


class SmtpSecurity(StrEnum):
    """How the connection to the mail server is protected."""

    STARTTLS = "starttls"  # plain connection upgraded to TLS, usually port 587
    TLS = "tls"  # TLS from the first byte, usually port 465
    NONE = "none"  # no encryption: only for a relay on this computer or network


DEFAULT_PORTS: dict[SmtpSecurity, int] = {
    SmtpSecurity.STARTTLS: 587,
    SmtpSecurity.TLS: 465,
    SmtpSecurity.NONE: 25,
}


def resolve_delivery(
    choice: InvoiceDelivery, *, email: str, einvoice_address: str
) -> InvoiceDelivery:
    """The route a document takes: the customer's choice, or for ``AUTO`` what the card
    allows (an e-invoice address, else an e-mail address, else paper). Never ``AUTO``."""
    if choice is not InvoiceDelivery.AUTO:
        return choice
    if einvoice_address:
        return InvoiceDelivery.EINVOICE
    if email:
        return InvoiceDelivery.EMAIL
    return InvoiceDelivery.PAPER


REMINDER_GRACE_DAYS = 7
"""Days after the due date before a first reminder is due: a payment made on the due day
takes a few banking days to be seen, and a reminder crossing it annoys a good customer."""


def reminder_due(due_date: date, last_reminder_due: date | None, today: date) -> bool:
    """Whether an open invoice is due for a (new) payment reminder on ``today``.

    The first one :data:`REMINDER_GRACE_DAYS` after the due date; each later one once the
    previous reminder's own due date has passed.
    """
    if last_reminder_due is None:
        return (today - due_date).days >= REMINDER_GRACE_DAYS
    return today > last_reminder_due


# --- settings --------------------------------------------------------------------------


@dataclass(frozen=True)
class EmailSettings:
    """How the program sends e-mail, and where e-invoice files go.

    The password is not here: it lives in the operating system's keyring.

    Attributes:
        host: The mail server (SMTP); empty while e-mail is not set up.
        port: Its port.
        security: STARTTLS, TLS or none.
        username: The login name; empty for a server that takes mail without login.
        sender_name: The name shown as the sender, e.g. the company's.
        sender_address: The From address.
        reply_to: Where replies go, when not to the sender ("; "-separated).
        bcc_self: True to get a blind copy of every message at the sender address.
        einvoice_folder: Where Finvoice files for the operator's upload are written.
    """

    host: str = ""
    port: int = DEFAULT_PORTS[SmtpSecurity.STARTTLS]
    security: SmtpSecurity = SmtpSecurity.STARTTLS
    username: str = ""
    sender_name: str = ""
    sender_address: str = ""
    reply_to: str = ""
    bcc_self: bool = False
    einvoice_folder: str = ""

    @property
    def email_configured(self) -> bool:
        return bool(self.host and self.sender_address)


# A host name (IDN letters allowed) or an IPv4/IPv6 address, without scheme or port.
_HOST = re.compile(r"[\w](?:[\w.-]*[\w])?|[0-9A-Fa-f:]+:[0-9A-Fa-f:.]*")


def _host(value: str) -> str:
    text = value.strip()
    if len(text) > 253 or not _HOST.fullmatch(text):
        raise InvalidFormat(
            "“{host}” is not a server name; write it as smtp.example.fi, without "
            "“smtp://” or a port.",
            code="email_settings.host",
            host=text,
        )
    return text


def validate_email_settings(data: EmailSettings) -> EmailSettings:
    """The settings trimmed and checked, or :class:`FieldErrors` naming each bad field."""
    errors: dict[str, ValidationError] = {}
    out: dict[str, Any] = {}

    def check(name: str, function: Callable[[str], str], value: str) -> None:
        if not value.strip():
            out[name] = ""
            return
        try:
            out[name] = function(value)
        except ValidationError as exc:
            errors[name] = exc.with_field(name)

    def line(limit: int) -> Callable[[str], str]:
        return lambda v: clean_text(v, max_length=limit, multiline=False)

    check("host", _host, data.host)
    check("username", line(200), data.username)
    check("sender_name", line(200), data.sender_name)
    check("sender_address", normalize_email, data.sender_address)
    check("reply_to", normalize_emails, data.reply_to)
    check("einvoice_folder", line(1000), data.einvoice_folder)
    if not 1 <= data.port <= 65535:
        errors["port"] = InvalidFormat(
            "A port is a number from 1 to 65535.", code="email_settings.port", field="port"
        )
    if out.get("host") and not data.sender_address.strip():
        errors["sender_address"] = RequiredValue(
            "Give the sender's e-mail address.",
            code="email_settings.sender_required",
            field="sender_address",
        )
    if data.security is SmtpSecurity.NONE and out.get("username"):
        errors["security"] = InvalidFormat(
            "A password is never sent without encryption: choose STARTTLS or TLS, or "
            "leave the user name empty.",
            code="email_settings.login_needs_tls",
            field="security",
        )
    if errors:
        raise FieldErrors(errors)
    return replace(data, **out)


def parse_recipients(text: str) -> tuple[str, ...]:
    """The addresses of a ``;``- or ``,``-separated list, checked and without duplicates.

    Raises:
        RequiredValue: No address (``email.required``).
        InvalidFormat: A bad address (``email.format``).
    """
    return tuple(normalize_emails(text).split("; "))


# --- message templates -----------------------------------------------------------------


@dataclass(frozen=True)
class MessageTemplate:
    """The subject and text of one kind of message in one language."""

    subject: str
    body: str


_COMMON_FIELDS = (
    "seller_name", "seller_email", "seller_phone", "customer_name", "customer_number",
    "amount", "due_date", "reference",
)  # fmt: skip

TEMPLATE_FIELDS: dict[DocumentKind, tuple[str, ...]] = {
    DocumentKind.INVOICE: ("invoice_number", "invoice_date", *_COMMON_FIELDS),
    DocumentKind.CREDIT_NOTE: (
        "invoice_number",
        "invoice_date",
        "credited_number",
        *_COMMON_FIELDS,
    ),
    DocumentKind.REMINDER: (
        "invoice_number",
        "invoice_date",
        "original_due_date",
        "reminder_date",
        *_COMMON_FIELDS,
    ),
    DocumentKind.STATEMENT: ("statement_date", *_COMMON_FIELDS),
}
"""The fields a template of each kind may use."""

_FI, _SV, _EN = InvoiceLanguage.FI, InvoiceLanguage.SV, InvoiceLanguage.EN
_REGARDS = {
    _FI: "\n\nYstävällisin terveisin\n{seller_name}\n{seller_email}\n{seller_phone}\n",
    _SV: "\n\nMed vänliga hälsningar\n{seller_name}\n{seller_email}\n{seller_phone}\n",
    _EN: "\n\nKind regards\n{seller_name}\n{seller_email}\n{seller_phone}\n",
}
_PAYMENT = {
    _FI: "Summa: {amount}\nEräpäivä: {due_date}\nViitenumero: {reference}",
    _SV: "Belopp: {amount}\nFörfallodag: {due_date}\nReferensnummer: {reference}",
    _EN: "Amount: {amount}\nDue date: {due_date}\nReference: {reference}",
}
_TEXTS: dict[tuple[DocumentKind, InvoiceLanguage], tuple[str, str]] = {
    (DocumentKind.INVOICE, _FI): (
        "Lasku {invoice_number} – {seller_name}",
        "Hei,\n\nliitteenä lasku {invoice_number}.\n\n" + _PAYMENT[_FI],
    ),
    (DocumentKind.INVOICE, _SV): (
        "Faktura {invoice_number} – {seller_name}",
        "Hej,\n\nbifogat finns faktura {invoice_number}.\n\n" + _PAYMENT[_SV],
    ),
    (DocumentKind.INVOICE, _EN): (
        "Invoice {invoice_number} – {seller_name}",
        "Hello,\n\nplease find invoice {invoice_number} attached.\n\n" + _PAYMENT[_EN],
    ),
    (DocumentKind.CREDIT_NOTE, _FI): (
        "Hyvityslasku {invoice_number} – {seller_name}",
        "Hei,\n\nliitteenä hyvityslasku {invoice_number}, joka hyvittää laskun "
        "{credited_number}.\n\nHyvitys: {amount}",
    ),
    (DocumentKind.CREDIT_NOTE, _SV): (
        "Kreditnota {invoice_number} – {seller_name}",
        "Hej,\n\nbifogat finns kreditnota {invoice_number}, som krediterar faktura "
        "{credited_number}.\n\nKredit: {amount}",
    ),
    (DocumentKind.CREDIT_NOTE, _EN): (
        "Credit note {invoice_number} – {seller_name}",
        "Hello,\n\nplease find credit note {invoice_number} attached; it credits invoice "
        "{credited_number}.\n\nCredit: {amount}",
    ),
    (DocumentKind.REMINDER, _FI): (
        "Maksumuistutus: lasku {invoice_number} – {seller_name}",
        "Hei,\n\nlaskumme {invoice_number} (eräpäivä {original_due_date}) on vielä "
        "maksamatta. Liitteenä maksumuistutus.\n\n"
        + _PAYMENT[_FI]
        + "\n\nJos olet jo maksanut laskun, tämä viesti on aiheeton.",
    ),
    (DocumentKind.REMINDER, _SV): (
        "Betalningspåminnelse: faktura {invoice_number} – {seller_name}",
        "Hej,\n\nvår faktura {invoice_number} (förfallodag {original_due_date}) är ännu "
        "obetald. Bifogat finns en betalningspåminnelse.\n\n"
        + _PAYMENT[_SV]
        + "\n\nOm du redan har betalat fakturan kan du bortse från detta meddelande.",
    ),
    (DocumentKind.REMINDER, _EN): (
        "Payment reminder: invoice {invoice_number} – {seller_name}",
        "Hello,\n\nour invoice {invoice_number} (due {original_due_date}) is still unpaid. "
        "Please find a payment reminder attached.\n\n"
        + _PAYMENT[_EN]
        + "\n\nIf you have already paid the invoice, please disregard this message.",
    ),
    (DocumentKind.STATEMENT, _FI): (
        "Tiliote {statement_date} – {seller_name}",
        "Hei,\n\nliitteenä tiliote avoimista laskuistanne {statement_date}.\n\n" + _PAYMENT[_FI],
    ),
    (DocumentKind.STATEMENT, _SV): (
        "Kontoutdrag {statement_date} – {seller_name}",
        "Hej,\n\nbifogat finns ett kontoutdrag över era öppna fakturor per "
        "{statement_date}.\n\n" + _PAYMENT[_SV],
    ),
    (DocumentKind.STATEMENT, _EN): (
        "Statement {statement_date} – {seller_name}",
        "Hello,\n\nplease find attached a statement of your open invoices on "
        "{statement_date}.\n\n" + _PAYMENT[_EN],
    ),
}

DEFAULT_TEMPLATES: dict[tuple[DocumentKind, InvoiceLanguage], MessageTemplate] = {
    key: MessageTemplate(subject, (body + _REGARDS[key[1]]).strip())
    for key, (subject, body) in _TEXTS.items()
}
"""The texts a register starts with, for every kind and language."""


def _fields_of(text: str, kind: DocumentKind, part: str) -> None:
    """Check that ``text`` names only fields of ``kind``, each as a plain ``{name}``."""
    allowed = TEMPLATE_FIELDS[kind]
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise InvalidFormat(
            "The text has an unmatched brace; to show a brace itself, write it twice: {example}.",
            code="template.brace",
            field=part,
            example="{{ }}",
        ) from None
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in allowed:
            raise InvalidFormat(
                "The text has an unknown field {name}. Fields you can use: {fields}.",
                code="template.unknown_field",
                field=part,
                name=f"{{{name}}}",
                fields=", ".join(f"{{{n}}}" for n in allowed),
            )
        if spec or conversion:
            raise InvalidFormat(
                "Write the field as {example}, without formatting.",
                code="template.field_format",
                field=part,
                example=f"{{{name}}}",
            )


def validate_template(kind: DocumentKind, template: MessageTemplate) -> MessageTemplate:
    """The template trimmed and checked, or :class:`FieldErrors` for ``subject``/``body``."""
    errors: dict[str, ValidationError] = {}
    out: dict[str, str] = {}
    for part, multiline in (("subject", False), ("body", True)):
        value = getattr(template, part)
        try:
            text = clean_text(value, max_length=200 if part == "subject" else 10_000,
                              multiline=multiline)  # fmt: skip
            if not text and part == "subject":
                raise RequiredValue("Write the subject.", code="template.subject_required")
            if not text:
                raise RequiredValue("Write the message text.", code="template.body_required")
            _fields_of(text, kind, part)
            out[part] = text
        except ValidationError as exc:
            errors[part] = exc.with_field(part)
    if errors:
        raise FieldErrors(errors)
    return MessageTemplate(**out)


def render_template(text: str, values: Mapping[str, str]) -> str:
    """Fill a checked template's fields from ``values`` (no attribute or index lookups)."""
    parts: list[str] = []
    for literal, name, _spec, _conversion in string.Formatter().parse(text):
        parts.append(literal)
        if name is not None:
            parts.append(values.get(name, ""))
    return "".join(parts)


# --- texts of a message ----------------------------------------------------------------


def format_day(day: date, language: InvoiceLanguage) -> str:
    """A date as the documents print it: ``5.1.2027`` (fi, sv) or ``2027-01-05`` (en)."""
    if language is InvoiceLanguage.EN:
        return day.isoformat()
    return f"{day.day}.{day.month}.{day.year}"


_FILE_STEMS: dict[DocumentKind, dict[InvoiceLanguage, str]] = {
    DocumentKind.INVOICE: {_FI: "lasku", _SV: "faktura", _EN: "invoice"},
    DocumentKind.CREDIT_NOTE: {_FI: "hyvityslasku", _SV: "kreditnota", _EN: "credit-note"},
    DocumentKind.REMINDER: {
        _FI: "maksumuistutus",
        _SV: "betalningspaminnelse",
        _EN: "payment-reminder",
    },
    DocumentKind.STATEMENT: {_FI: "tiliote", _SV: "kontoutdrag", _EN: "statement"},
}


def attachment_name(kind: DocumentKind, language: InvoiceLanguage, number: str) -> str:
    """The PDF's file name in the message, e.g. ``lasku-1001.pdf``."""
    return f"{_FILE_STEMS[kind][language]}-{number}.pdf"


__all__ = [
    "DEFAULT_PORTS",
    "DEFAULT_TEMPLATES",
    "REMINDER_GRACE_DAYS",
    "TEMPLATE_FIELDS",
    "DocumentKind",
    "EmailSettings",
    "MessageTemplate",
    "SmtpSecurity",
    "attachment_name",
    "format_day",
    "parse_recipients",
    "reminder_due",
    "render_template",
    "resolve_delivery",
    "validate_email_settings",
    "validate_template",
]
