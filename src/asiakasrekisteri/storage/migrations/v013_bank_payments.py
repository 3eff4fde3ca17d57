"""Money in from the bank's files: imports, bank payments, customer credit.

``bank_import`` records each file read (its SHA-256, so the same file is known again),
``bank_payment`` each payment of it by the bank's archive id, ``customer_credit`` the
overpayments kept for a customer and their use. ``invoice_payment`` gets the archive id
of a payment read from a file and the bank payment it came from. Frozen definitions in
SQLAlchemy Core (never the current models).
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
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.schema import CreateColumn

_metadata = MetaData()

# Referenced tables of earlier versions, only as far as the foreign keys need them.
Table("customer", _metadata, Column("id", Integer, primary_key=True))
Table("invoice_payment", _metadata, Column("id", Integer, primary_key=True))

_import = Table(
    "bank_import",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("file_name", String(260), nullable=False),
    Column("file_hash", String(64), nullable=False),
    Column("file_format", String(16), nullable=False),
    Column("account", String(34), nullable=False),
    Column("imported_at", DateTime, nullable=False),
    Column("user", String(100), nullable=False),
    Column("payment_count", Integer, nullable=False),
    Column("total", BigInteger, nullable=False),
    Column("undone_at", DateTime, nullable=True),
)
Index("ix_bank_import_file_hash", _import.c.file_hash)

_payment = Table(
    "bank_payment",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("import_id", Integer, ForeignKey("bank_import.id", ondelete="CASCADE"), nullable=False),
    Column("archive_id", String(64), nullable=False),
    Column("booking_date", Date, nullable=False),
    Column("payment_date", Date, nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("reference", String(35), nullable=False),
    Column("payer_name", String(140), nullable=False),
    Column("message", Text, nullable=False),
    Column("correction", Boolean, nullable=False),
    Column("dismissed", Boolean, nullable=False),
    Column("customer_id", Integer, ForeignKey("customer.id", ondelete="SET NULL"), nullable=True),
)
Index("ix_bank_payment_import_id", _payment.c.import_id)
Index("ix_bank_payment_archive_id", _payment.c.archive_id)
Index("ix_bank_payment_customer_id", _payment.c.customer_id)

_credit = Table(
    "customer_credit",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", Integer, ForeignKey("customer.id"), nullable=False),
    Column("entry_date", Date, nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("kind", String(16), nullable=False),
    Column(
        "bank_payment_id",
        Integer,
        ForeignKey("bank_payment.id", ondelete="CASCADE"),
        nullable=True,
    ),
    Column(
        "payment_id", Integer, ForeignKey("invoice_payment.id", ondelete="CASCADE"), nullable=True
    ),
    Column("created_at", DateTime, nullable=False),
)
Index("ix_customer_credit_customer_id", _credit.c.customer_id)
Index("ix_customer_credit_bank_payment_id", _credit.c.bank_payment_id)
Index("ix_customer_credit_payment_id", _credit.c.payment_id)

_ARCHIVE_ID = Column("archive_id", String(64), nullable=False, server_default="")


def upgrade(conn: Connection) -> None:
    """Create the three tables and link invoice payments to bank payments (12 → 13)."""
    for table in (_import, _payment, _credit):
        table.create(conn)
    ddl = CreateColumn(_ARCHIVE_ID).compile(dialect=conn.dialect)
    conn.execute(text(f"ALTER TABLE invoice_payment ADD COLUMN {ddl}"))
    # A column added with a foreign key must default to NULL, which this one does.
    conn.execute(
        text(
            "ALTER TABLE invoice_payment ADD COLUMN bank_payment_id INTEGER "
            "REFERENCES bank_payment (id) ON DELETE CASCADE"
        )
    )
    conn.execute(
        text("CREATE INDEX ix_invoice_payment_bank_payment_id ON invoice_payment (bank_payment_id)")
    )


__all__ = ["upgrade"]
