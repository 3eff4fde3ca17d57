"""Attachments can live in the database: the ``attachment_blob`` table.

A register shared on a server keeps attachment bytes in this table so that everyone
sees them; a file register keeps using its folder and leaves the table empty. Frozen
definition in SQLAlchemy Core (never the current models).
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, LargeBinary, MetaData, String, Table

_METADATA = MetaData()
ATTACHMENT_BLOB = Table(
    "attachment_blob",
    _METADATA,
    Column("sha256", String(64), primary_key=True),
    Column("content", LargeBinary, nullable=False),
)


def upgrade(conn: Connection) -> None:
    """Create the blob table (version 10 → 11)."""
    ATTACHMENT_BLOB.create(conn)


__all__ = ["upgrade"]
