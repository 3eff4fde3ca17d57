"""Credit notes in part, refunds, VAT-inclusive prices and the household tax credit.

* ``invoice_row.credited_position``: on a credit note, the invoice row it credits, so
  that credit notes made in parts never credit more of a row than it had.
* ``invoice_refund``: money paid back to a customer on an invoice, and its sum in
  ``invoice.refunded_amount`` (whose changes the history logs).
* ``invoice.prices_include_vat``: unit prices entered VAT-inclusive (issued invoices
  keep VAT-exclusive prices, as they were issued).
* ``invoice_row.household_work`` and ``product.household_work``: work that qualifies
  for the household tax credit.
* ``own_company.prepayment_registered`` and its frozen copy on each invoice,
  ``invoice.seller_prepayment_registered``: the seller's prepayment-register status the
  credit requires.

Frozen definitions in SQLAlchemy Core (never the current models).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    text,
)
from sqlalchemy.schema import CreateColumn

NEW_COLUMNS = (
    ("invoice", Column("refunded_amount", BigInteger, nullable=False, server_default="0")),
    ("invoice", Column("prices_include_vat", Boolean, nullable=False, server_default="0")),
    (
        "invoice",
        Column("seller_prepayment_registered", Boolean, nullable=False, server_default="0"),
    ),
    ("invoice_row", Column("household_work", Boolean, nullable=False, server_default="0")),
    ("invoice_row", Column("credited_position", Integer, nullable=True)),
    ("product", Column("household_work", Boolean, nullable=False, server_default="0")),
    ("own_company", Column("prepayment_registered", Boolean, nullable=False, server_default="0")),
)

_metadata = MetaData()
Table("invoice", _metadata, Column("id", Integer, primary_key=True))
_refund = Table(
    "invoice_refund",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("invoice_id", Integer, ForeignKey("invoice.id", ondelete="CASCADE"), nullable=False),
    Column("refund_date", Date, nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("created_at", DateTime, nullable=False),
)
Index("ix_invoice_refund_invoice_id", _refund.c.invoice_id)


def upgrade(conn: Connection) -> None:
    """Add the columns and the refund table (13 → 14)."""
    for table, column in NEW_COLUMNS:
        ddl = CreateColumn(column).compile(dialect=conn.dialect)
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {ddl}"))
    _refund.create(conn)


__all__ = ["upgrade"]
