"""Import batches: what each spreadsheet import did, so that it can be undone.

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

_batch = Table(
    "import_batch",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("file_name", String(260), nullable=False),
    Column("sheet", String(100), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("applied_at", DateTime, nullable=False),
    Column("user", String(100), nullable=False),
    Column("created_count", Integer, nullable=False),
    Column("updated_count", Integer, nullable=False),
    Column("skipped_count", Integer, nullable=False),
    Column("undone_at", DateTime, nullable=True),
)

_entry = Table(
    "import_entry",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "batch_id",
        Integer,
        ForeignKey("import_batch.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("customer_id", Integer, ForeignKey("customer.id", ondelete="SET NULL"), nullable=True),
    Column("action", String(16), nullable=False),
    Column("row_number", Integer, nullable=False),
    Column("previous", Text, nullable=True),
)
Index("ix_import_entry_batch_id", _entry.c.batch_id)
Index("ix_import_entry_customer_id", _entry.c.customer_id)


def upgrade(conn: Connection) -> None:
    """Create the two import tables (version 2 → 3)."""
    _batch.create(conn)
    _entry.create(conn)
