"""Change log and attachments: ``history_entry`` and ``attachment``.

Frozen table definitions in SQLAlchemy Core (never the current models), so the step keeps
producing the same schema however the models change later.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

_metadata = MetaData()

# Referenced table of earlier versions, only as far as the foreign key needs it.
Table("customer", _metadata, Column("id", Integer, primary_key=True))

_history = Table(
    "history_entry",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False),
    Column("user", String(100), nullable=False),
    Column("txn", String(32), nullable=False),
    Column("action", String(16), nullable=False),
    Column("customer_id", Integer, nullable=True),
    Column("customer_number", String(20), nullable=False),
    Column("entity", String(32), nullable=False),
    Column("entity_id", Integer, nullable=True),
    Column("field", String(100), nullable=False),
    Column("old_value", Text, nullable=True),
    Column("new_value", Text, nullable=True),
    Column("batch_id", Integer, nullable=True),
)
Index("ix_history_entry_customer", _history.c.customer_id, _history.c.id)

_attachment = Table(
    "attachment",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "customer_id",
        Integer,
        ForeignKey("customer.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("name", String(255), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("mime_type", String(100), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)
Index("ix_attachment_customer_id", _attachment.c.customer_id)
Index("ix_attachment_sha256", _attachment.c.sha256)


def upgrade(conn: Connection) -> None:
    """Create the change log and attachment tables (version 3 → 4)."""
    _history.create(conn)
    _attachment.create(conn)
