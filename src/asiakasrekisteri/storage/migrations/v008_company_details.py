"""The company form and the main line of business of a customer.

``customer.company_form`` (osakeyhtiö, toiminimi …) and ``customer.line_of_business``
(päätoimiala) hold what the trade register says of a company customer, or what the user
typed. Frozen column definitions in SQLAlchemy Core (never the current models).
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, String, text
from sqlalchemy.schema import CreateColumn

NEW_COLUMNS = (
    Column("company_form", String(100), nullable=False, server_default=""),
    Column("line_of_business", String(200), nullable=False, server_default=""),
)


def upgrade(conn: Connection) -> None:
    """Add the company form and line of business columns (version 7 → 8)."""
    for column in NEW_COLUMNS:
        ddl = CreateColumn(column).compile(dialect=conn.dialect)
        conn.execute(text(f"ALTER TABLE customer ADD COLUMN {ddl}"))


__all__ = ["upgrade"]
