"""Tables of delivery: the e-mail settings, the message templates and every send attempt.

The e-mail settings belong to the register, beside the own company they send for; the
password is never here (it is in the user's keyring).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from asiakasrekisteri.storage.models import Base
from asiakasrekisteri.storage.types import UTCDateTime, utcnow


class EmailSettingsRow(Base):
    """How e-mail is sent, and where e-invoice files go: one row, id 1."""

    __tablename__ = "email_settings"

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    host: Mapped[str] = mapped_column(String(253), default="")
    port: Mapped[int] = mapped_column(Integer, default=587)
    security: Mapped[str] = mapped_column(String(16), default="starttls")
    username: Mapped[str] = mapped_column(String(200), default="")
    sender_name: Mapped[str] = mapped_column(String(200), default="")
    sender_address: Mapped[str] = mapped_column(String(254), default="")
    reply_to: Mapped[str] = mapped_column(Text, default="")
    bcc_self: Mapped[bool] = mapped_column(Boolean, default=False)
    einvoice_folder: Mapped[str] = mapped_column(Text, default="")


class MessageTemplateRow(Base):
    """A message text the user changed; kinds and languages without a row use the default."""

    __tablename__ = "message_template"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    language: Mapped[str] = mapped_column(String(2), primary_key=True)
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)


class DeliveryAttempt(Base):
    """One try to deliver a document, successful or not; never changed afterwards.

    ``error`` holds the failure as JSON (``code``, ``template``, ``params``) so that it can
    be shown in the user's language later; it is empty for a success.
    """

    __tablename__ = "delivery_attempt"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), index=True
    )
    reminder_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice_reminder.id", ondelete="CASCADE"), index=True
    )
    document: Mapped[str] = mapped_column(String(16))
    # The invoice's number, or the customer's for a statement: what the user knows it by.
    number: Mapped[str] = mapped_column(String(20), default="")
    channel: Mapped[str] = mapped_column(String(16))
    recipients: Mapped[str] = mapped_column(Text, default="")
    file: Mapped[str] = mapped_column(Text, default="")
    ok: Mapped[bool] = mapped_column(Boolean, default=False)
    error: Mapped[str] = mapped_column(Text, default="")
