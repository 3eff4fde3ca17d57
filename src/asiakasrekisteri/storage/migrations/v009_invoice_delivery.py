"""Delivery by e-mail, on paper or as e-invoice files, and the record of every send.

``customer.invoice_delivery`` is how a customer gets invoices ("auto" picks by what the
card has). ``invoice.sent_at`` and ``invoice_reminder.sent_at`` say when a document first
reached the customer; invoices and reminders made before this version were delivered
outside the program, so they count as sent on their finalising or reminder day and no
"send every unsent" run mails them again. New tables: the e-mail settings (one row), the
message templates the user changed, and every delivery attempt. Frozen definitions in
SQLAlchemy Core (never the current models).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.schema import CreateColumn

_metadata = MetaData()
# Referenced tables, only as far as the foreign keys need them.
Table("customer", _metadata, Column("id", Integer, primary_key=True))
Table("invoice", _metadata, Column("id", Integer, primary_key=True))
Table("invoice_reminder", _metadata, Column("id", Integer, primary_key=True))

NEW_COLUMNS = (
    ("customer", Column("invoice_delivery", String(16), nullable=False, server_default="auto")),
    ("invoice", Column("sent_at", DateTime)),
    ("invoice_reminder", Column("sent_at", DateTime)),
)

NEW_TABLES = (
    Table(
        "email_settings",
        _metadata,
        Column("id", Integer, primary_key=True),
        Column("host", String(253), nullable=False),
        Column("port", Integer, nullable=False),
        Column("security", String(16), nullable=False),
        Column("username", String(200), nullable=False),
        Column("sender_name", String(200), nullable=False),
        Column("sender_address", String(254), nullable=False),
        Column("reply_to", Text, nullable=False),
        Column("bcc_self", Boolean, nullable=False),
        Column("einvoice_folder", Text, nullable=False),
    ),
    Table(
        "message_template",
        _metadata,
        Column("kind", String(16), primary_key=True),
        Column("language", String(2), primary_key=True),
        Column("subject", String(200), nullable=False),
        Column("body", Text, nullable=False),
    ),
    Table(
        "delivery_attempt",
        _metadata,
        Column("id", Integer, primary_key=True),
        Column("at", DateTime, nullable=False),
        Column(
            "customer_id",
            Integer,
            ForeignKey("customer.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        Column("invoice_id", Integer, ForeignKey("invoice.id", ondelete="CASCADE"), index=True),
        Column(
            "reminder_id",
            Integer,
            ForeignKey("invoice_reminder.id", ondelete="CASCADE"),
            index=True,
        ),
        Column("document", String(16), nullable=False),
        Column("number", String(20), nullable=False),
        Column("channel", String(16), nullable=False),
        Column("recipients", Text, nullable=False),
        Column("file", Text, nullable=False),
        Column("ok", Boolean, nullable=False),
        Column("error", Text, nullable=False),
    ),
)


def upgrade(conn: Connection) -> None:
    """Add the delivery columns and tables (version 8 → 9)."""
    for table, column in NEW_COLUMNS:
        ddl = CreateColumn(column).compile(dialect=conn.dialect)
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {ddl}"))
    for new_table in NEW_TABLES:
        new_table.create(conn)
    conn.execute(text("UPDATE invoice SET sent_at = finalised_at WHERE number IS NOT NULL"))
    conn.execute(text("UPDATE invoice_reminder SET sent_at = reminder_date || ' 00:00:00.000000'"))


__all__ = ["upgrade"]
