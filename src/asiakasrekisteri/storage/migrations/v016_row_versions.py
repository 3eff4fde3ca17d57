"""Contacts, offices, notes and invoices count their changes, as customers do.

Two people editing the same contact, office, note or draft invoice: the later save sees
that the row's ``version`` moved since it was read and is stopped as a conflict.

Frozen definition in SQLAlchemy Core (never the current models).
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, Integer, text
from sqlalchemy.schema import CreateColumn

TABLES = ("contact_person", "office", "note", "invoice")


def upgrade(conn: Connection) -> None:
    """Add the version counter, 1 for every existing row."""
    for table in TABLES:
        column = Column("version", Integer, nullable=False, server_default="1")
        ddl = CreateColumn(column).compile(dialect=conn.dialect)
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {ddl}"))


__all__ = ["upgrade"]
