"""A register used by a team: each customer counts its changes and has an account manager.

``customer.version`` lets a save detect that someone else saved the card meanwhile;
``customer.account_manager`` names the person responsible for the customer
(asiakasvastaava), indexed for the list's filter.

Frozen definition in SQLAlchemy Core (never the current models).
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, Integer, String, text
from sqlalchemy.schema import CreateColumn

VERSION = Column("version", Integer, nullable=False, server_default="1")
ACCOUNT_MANAGER = Column("account_manager", String(100), nullable=False, server_default="")


def upgrade(conn: Connection) -> None:
    """Add the version counter (1 for every existing customer) and the account manager."""
    for column in (VERSION, ACCOUNT_MANAGER):
        ddl = CreateColumn(column).compile(dialect=conn.dialect)
        conn.execute(text(f"ALTER TABLE customer ADD COLUMN {ddl}"))
    conn.execute(text("CREATE INDEX ix_customer_account_manager ON customer (account_manager)"))


__all__ = ["upgrade"]
