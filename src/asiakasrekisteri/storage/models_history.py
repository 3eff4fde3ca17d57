"""Tables of the change log (Käsittelyhistoria) and of attachments.

``history_entry`` has no foreign key to ``customer`` on purpose: the record that a
customer was deleted or merged must outlive the customer. ``storage.history`` keeps it
consistent instead: entries of a deleted customer lose their customer id and every value,
entries of a merged customer move to the survivor.

``attachment`` rows describe files; the bytes live in a content-addressed folder beside
the database (``services.attachments``), named by their SHA-256.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from asiakasrekisteri.storage.models import Base, TimestampMixin
from asiakasrekisteri.storage.types import UTCDateTime, utcnow


class HistoryEntry(Base):
    """One logged change: when, who, what happened, to which field, old → new.

    Attributes:
        txn: Groups the entries written by one transaction (one user action).
        entity: Table of the changed row (``customer``, ``contact_person``, ``office``,
            ``note``, ``custom_field_value``, ``attachment``, ``invoice``).
        field: Changed field; empty for an entry about the whole row.
        old_value, new_value: Text of the values; NULL when there is none or when the
            value was erased (anonymised or deleted personal data keeps no trace here).
    """

    __tablename__ = "history_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(100), default="")
    txn: Mapped[str] = mapped_column(String(32), default="")
    action: Mapped[str] = mapped_column(String(16))
    customer_id: Mapped[int | None] = mapped_column(Integer)
    customer_number: Mapped[str] = mapped_column(String(20), default="")
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(100), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    batch_id: Mapped[int | None] = mapped_column(Integer)


Index("ix_history_entry_customer", HistoryEntry.customer_id, HistoryEntry.id)


class AttachmentBlob(Base):
    """The bytes of an attachment, where the backend keeps them in the database.

    A register shared on a server keeps its attachments here so that every member of the
    team sees them; an SQLite register keeps them in a folder beside the file instead
    (``services.attachments``) and leaves this table empty.
    """

    __tablename__ = "attachment_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(TimestampMixin, Base):
    """A file kept with a customer card (Liite).

    Attributes:
        name: File name shown and used for "save as", sanitised.
        sha256: Hex digest of the content; the blob's name in the attachment folder.
        size: Bytes.
    """

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    mime_type: Mapped[str] = mapped_column(String(100), default="")
