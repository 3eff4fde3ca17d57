"""Reminders record the fixed compensation of a business debt; references are indexed.

``invoice_reminder.compensation`` holds the 40 € compensation for recovery costs claimed
with a reminder (Laki kaupallisten sopimusten maksuehdoista 10 a §), so that it is claimed
once per debt and later reminders show it among the earlier costs. Finalising and
statements check that a new payment reference is not already in use: ``invoice.reference``
and the customers' fixed references get indexes, the latter only over the customers who
have one. Frozen definitions in SQLAlchemy Core and SQL (never the current models).
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Connection, text
from sqlalchemy.schema import CreateColumn

COMPENSATION = Column("compensation", BigInteger, nullable=False, server_default="0")


def upgrade(conn: Connection) -> None:
    """Add the compensation column and the reference indexes (version 6 → 7)."""
    ddl = CreateColumn(COMPENSATION).compile(dialect=conn.dialect)
    conn.execute(text(f"ALTER TABLE invoice_reminder ADD COLUMN {ddl}"))
    conn.execute(text("CREATE INDEX ix_invoice_reference ON invoice (reference)"))
    conn.execute(
        text(
            "CREATE INDEX ix_customer_fixed_reference ON customer (fixed_reference) "
            "WHERE fixed_reference != ''"
        )
    )


__all__ = ["upgrade"]
