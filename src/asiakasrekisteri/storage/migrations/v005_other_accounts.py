"""Further bank accounts of the own company: an invoice may name several IBANs and BICs.

``own_company.other_accounts`` holds the accounts besides the primary IBAN, one
"IBAN BIC" a line; ``invoice.seller_other_accounts`` freezes them when an invoice is
finalised, as the other seller details are. Frozen column definitions in SQLAlchemy Core
(never the current models).
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, Text, text
from sqlalchemy.schema import CreateColumn

NEW_COLUMNS = (
    ("own_company", Column("other_accounts", Text, nullable=False, server_default="")),
    ("invoice", Column("seller_other_accounts", Text, nullable=False, server_default="")),
)


def upgrade(conn: Connection) -> None:
    """Add the further bank account columns (version 4 → 5)."""
    for table, column in NEW_COLUMNS:
        ddl = CreateColumn(column).compile(dialect=conn.dialect)
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {ddl}"))


__all__ = ["upgrade"]
