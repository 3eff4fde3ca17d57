"""The record of delivery attempts: each try in its own transaction, and the lists of them.

A successful attempt also marks its invoice or reminder sent (the first time only), so the
invoice shows when it reached the customer; the change history logs both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from asiakasrekisteri.domain.delivery import DocumentKind
from asiakasrekisteri.domain.enums import InvoiceDelivery
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.services.delivery.documents import Delivery
from asiakasrekisteri.services.delivery.errors import error_from_json, error_to_json
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models_delivery import DeliveryAttempt
from asiakasrekisteri.storage.models_invoicing import Invoice, Reminder
from asiakasrekisteri.storage.types import utcnow


class Channel:
    """How an attempt went, as stored: ``email``, ``paper`` or ``einvoice``."""

    EMAIL = "email"
    PAPER = "paper"
    EINVOICE = "einvoice"


def channel_of(route: InvoiceDelivery) -> str:
    if route is InvoiceDelivery.PAPER:
        return Channel.PAPER
    if route is InvoiceDelivery.EINVOICE:
        return Channel.EINVOICE
    return Channel.EMAIL


@dataclass(frozen=True)
class AttemptRecord:
    """One delivery attempt as the user sees it.

    Attributes:
        at: When (UTC).
        document: What was sent.
        number: The invoice's number (the customer's for a statement).
        channel: ``email``, ``paper`` or ``einvoice``.
        recipients: The e-mail addresses, or the e-invoice address.
        file: The print file or the e-invoice file written.
        ok: True when it went.
        error: Why it did not, else None.
    """

    at: datetime
    document: DocumentKind
    number: str
    channel: str
    recipients: str
    file: str
    ok: bool
    error: ValidationError | None


def record_attempt(
    db: Database,
    delivery: Delivery,
    *,
    recipients: str,
    file: str = "",
    error: ValidationError | None = None,
) -> None:
    """Store one attempt; a success marks its invoice or reminder sent."""
    with db.transaction() as session:
        session.add(
            DeliveryAttempt(
                customer_id=delivery.customer_id,
                invoice_id=delivery.invoice_id,
                reminder_id=delivery.reminder_id,
                document=delivery.document.value,
                number=delivery.number,
                channel=channel_of(delivery.route),
                recipients=recipients,
                file=file,
                ok=error is None,
                error=error_to_json(error) if error is not None else "",
            )
        )
        if error is not None:
            return
        target: Invoice | Reminder | None = None
        if delivery.reminder_id is not None:
            target = session.get(Reminder, delivery.reminder_id)
        elif delivery.invoice_id is not None:
            target = session.get(Invoice, delivery.invoice_id)
        if target is not None and target.sent_at is None:
            target.sent_at = utcnow()


def list_attempts(
    db: Database, *, invoice_id: int | None = None, customer_id: int | None = None
) -> list[AttemptRecord]:
    """Attempts of one invoice (its reminders too) and/or one customer, newest first."""
    stmt = select(DeliveryAttempt).order_by(DeliveryAttempt.id.desc())
    if invoice_id is not None:
        stmt = stmt.where(DeliveryAttempt.invoice_id == invoice_id)
    if customer_id is not None:
        stmt = stmt.where(DeliveryAttempt.customer_id == customer_id)
    with db.read() as session:
        return [
            AttemptRecord(
                at=row.at,
                document=DocumentKind(row.document),
                number=row.number,
                channel=row.channel,
                recipients=row.recipients,
                file=row.file,
                ok=row.ok,
                error=error_from_json(row.error),
            )
            for row in session.scalars(stmt)
        ]


def move_attempts(session: Session, merged_id: int, survivor_id: int) -> None:
    """A merged customer's delivery record goes to the survivor, with its invoices."""
    session.execute(
        update(DeliveryAttempt)
        .where(DeliveryAttempt.customer_id == merged_id)
        .values(customer_id=survivor_id)
    )
