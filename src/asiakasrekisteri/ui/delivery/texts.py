"""Words shared by the delivery windows and the History tab: documents, routes, attempts."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from asiakasrekisteri.domain.delivery import DocumentKind
from asiakasrekisteri.domain.enums import InvoiceDelivery
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.services.delivery import AttemptRecord, Delivery, DeliveryError
from asiakasrekisteri.ui.i18n import error_text

CONTEXT = "Delivery"

_DOCUMENTS: dict[DocumentKind, object] = {
    DocumentKind.INVOICE: QT_TRANSLATE_NOOP("Delivery", "Invoice {number}"),
    DocumentKind.CREDIT_NOTE: QT_TRANSLATE_NOOP("Delivery", "Credit note {number}"),
    DocumentKind.REMINDER: QT_TRANSLATE_NOOP("Delivery", "Reminder of invoice {number}"),
    DocumentKind.STATEMENT: QT_TRANSLATE_NOOP("Delivery", "Statement of customer {number}"),
}
_ROUTES: dict[InvoiceDelivery, object] = {
    InvoiceDelivery.EMAIL: QT_TRANSLATE_NOOP("Delivery", "E-mail"),
    InvoiceDelivery.EMAIL_FINVOICE: QT_TRANSLATE_NOOP("Delivery", "E-mail with Finvoice XML"),
    InvoiceDelivery.PAPER: QT_TRANSLATE_NOOP("Delivery", "Paper (print file)"),
    InvoiceDelivery.EINVOICE: QT_TRANSLATE_NOOP("Delivery", "E-invoice file"),
}
ROUTES = tuple(_ROUTES)
"""The routes a user can choose for one sending (``AUTO`` is the card's, never chosen here)."""


def translate(text: object) -> str:
    """Translate a text marked with ``QT_TRANSLATE_NOOP("Delivery", …)``."""
    return QCoreApplication.translate(CONTEXT, str(text))


def document_text(document: DocumentKind, number: str) -> str:
    """“Invoice 1001”, “Reminder of invoice 1001” …, in the current language."""
    return translate(_DOCUMENTS[document]).format(number=number)


def route_text(route: InvoiceDelivery) -> str:
    return translate(_ROUTES[route])


def where_text(delivery: Delivery) -> str:
    """Where the delivery goes: the addresses, the print file, the e-invoice address."""
    if delivery.by_email:
        return "; ".join(delivery.recipients)
    if delivery.route is InvoiceDelivery.EINVOICE:
        return delivery.einvoice_address
    return translate(QT_TRANSLATE_NOOP("Delivery", "into the print file"))


def attempt_text(
    document: DocumentKind,
    number: str,
    channel: str,
    to: str,
    error: ValidationError | None,
    *,
    ok: bool,
) -> str:
    """One attempt in a sentence: what, how, to whom, and whether it went."""
    what = document_text(document, number)
    if not ok:
        reason = error_text(error) if error is not None else ""
        return (
            translate(QT_TRANSLATE_NOOP("Delivery", "{what}: not sent. {reason}"))
            .format(what=what, reason=reason)
            .strip()
        )
    if channel == "paper":
        return translate(QT_TRANSLATE_NOOP("Delivery", "{what}: put into the print file")).format(
            what=what
        )
    if channel == "einvoice":
        return translate(
            QT_TRANSLATE_NOOP("Delivery", "{what}: written as an e-invoice to {to}")
        ).format(what=what, to=to)
    return translate(QT_TRANSLATE_NOOP("Delivery", "{what}: e-mailed to {to}")).format(
        what=what, to=to
    )


def record_text(record: AttemptRecord) -> str:
    return attempt_text(
        record.document, record.number, record.channel, record.recipients, record.error,
        ok=record.ok,
    )  # fmt: skip


def history_text(value: str) -> str:
    """A delivery attempt as the change history stores it (JSON), in a sentence."""
    try:
        data: dict[str, Any] = json.loads(value)
        stored = data.get("error")
        error = (
            DeliveryError(stored["template"], code=stored["code"], **stored.get("params", {}))
            if stored
            else None
        )
        return attempt_text(
            DocumentKind(data["document"]), str(data["number"]), str(data["channel"]),
            str(data.get("to", "")), error, ok=bool(data["ok"]),
        )  # fmt: skip
    except (ValueError, KeyError, TypeError):
        return value  # an entry this version cannot read: shown as stored
