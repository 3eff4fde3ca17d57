"""Customers count their changes: ``customer.version``, for saves that detect a conflict.

Frozen definition in SQLAlchemy Core (never the current models).
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, Integer, text
from sqlalchemy.schema import CreateColumn

VERSION = Column("version", Integer, nullable=False, server_default="1")


def upgrade(conn: Connection) -> None:
    """Add the version counter, 1 for every existing customer (version 8 → 9)."""
    ddl = CreateColumn(VERSION).compile(dialect=conn.dialect)
    conn.execute(text(f"ALTER TABLE customer ADD COLUMN {ddl}"))


__all__ = ["upgrade"]
