"""Invoicing: invoices, rows, payments, reminders, products; company settings.

Frozen table definitions in SQLAlchemy Core (never the current models), so the step keeps
producing the same schema however the models change later.
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
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.schema import CreateColumn

_metadata = MetaData()

# Referenced tables of version 1, only as far as the foreign keys need them.
Table("customer", _metadata, Column("id", Integer, primary_key=True))
Table("office", _metadata, Column("id", Integer, primary_key=True))
Table("contact_person", _metadata, Column("id", Integer, primary_key=True))


def _timestamps() -> list[Column[object]]:
    return [
        Column("created_at", DateTime, nullable=False),
        Column("updated_at", DateTime, nullable=False),
    ]


_product = Table(
    "product",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(35), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("unit", String(16), nullable=False),
    Column("unit_price", BigInteger, nullable=False),
    Column("vat_percent", Integer, nullable=False),
    Column("active", Boolean, nullable=False),
    *_timestamps(),
)


def _text_columns(prefix: str, spec: list[tuple[str, int | None]]) -> list[Column[object]]:
    return [
        Column(f"{prefix}{name}", String(size) if size else Text, nullable=False)
        for name, size in spec
    ]


_invoice = Table(
    "invoice",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("number", Integer, unique=True),
    Column("status", String(16), nullable=False, index=True),
    Column("customer_id", Integer, ForeignKey("customer.id"), nullable=False, index=True),
    Column("billing_customer_id", Integer, ForeignKey("customer.id"), index=True),
    Column("invoice_date", Date, nullable=False, index=True),
    Column("delivery_date", Date),
    Column("due_date", Date, nullable=False),
    Column("payment_term_days", Integer, nullable=False),
    Column("reference", String(25), nullable=False),
    Column("your_reference", String(200), nullable=False),
    Column("our_reference", String(200), nullable=False),
    Column("text_before_rows", Text, nullable=False),
    Column("text_after_rows", Text, nullable=False),
    Column("office_id", Integer, ForeignKey("office.id", ondelete="SET NULL")),
    Column("contact_id", Integer, ForeignKey("contact_person.id", ondelete="SET NULL")),
    Column("language", String(2), nullable=False),
    Column("vat_treatment", String(40), nullable=False),
    Column("goods", Boolean, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("total_net", BigInteger, nullable=False),
    Column("total_vat", BigInteger, nullable=False),
    Column("total_gross", BigInteger, nullable=False),
    Column("paid_amount", BigInteger, nullable=False),
    Column("credited_amount", BigInteger, nullable=False),
    Column("paid_date", Date),
    Column("credit_of_id", Integer, ForeignKey("invoice.id"), index=True),
    Column("finalised_at", DateTime),
    Column("notice_period_days", Integer, nullable=False),
    Column("penalty_interest", Integer),
    *_text_columns(
        "seller_",
        [
            ("name", 200),
            ("street", None),
            ("postal_code", 12),
            ("city", 100),
            ("country", 2),
            ("business_id", 20),
            ("vat_id", 20),
            ("email", 200),
            ("phone", 40),
            ("iban", 34),
            ("bic", 11),
        ],
    ),
    Column("seller_vat_registered", Boolean, nullable=False),
    *_text_columns(
        "buyer_",
        [
            ("customer_number", 20),
            ("name", 200),
            ("street", None),
            ("postal_code", 12),
            ("city", 100),
            ("country", 2),
            ("business_id", 20),
            ("vat_id", 20),
            ("email", None),
            ("phone", 40),
        ],
    ),
    Column("buyer_private", Boolean, nullable=False),
    *_text_columns(
        "buyer_",
        [
            ("einvoice_address", 35),
            ("einvoice_operator", 35),
            ("ovt", 35),
            ("agreement_identifier", 70),
            ("contact_name", 200),
        ],
    ),
    *_timestamps(),
)

_row = Table(
    "invoice_row",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "invoice_id",
        Integer,
        ForeignKey("invoice.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("position", Integer, nullable=False),
    Column("product_code", String(35), nullable=False),
    Column("description", Text, nullable=False),
    Column("quantity", String(40), nullable=False),
    Column("unit", String(16), nullable=False),
    Column("unit_price", BigInteger, nullable=False),
    Column("discount_percent", Integer, nullable=False),
    Column("vat_percent", Integer, nullable=False),
)

_payment = Table(
    "invoice_payment",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "invoice_id",
        Integer,
        ForeignKey("invoice.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("payment_date", Date, nullable=False),
    Column("amount", BigInteger, nullable=False),
)

_reminder = Table(
    "invoice_reminder",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "invoice_id",
        Integer,
        ForeignKey("invoice.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("reminder_date", Date, nullable=False),
    Column("due_date", Date, nullable=False),
    Column("fee", BigInteger, nullable=False),
    Column("interest", BigInteger, nullable=False),
)

NEW_TABLES = (_product, _invoice, _row, _payment, _reminder)

# own_company gets the invoicing settings; NOT NULL columns need a server default.
COMPANY_COLUMNS: tuple[Column[object], ...] = (
    Column("vat_registered", Boolean, nullable=False, server_default="1"),
    Column("logo_path", Text, nullable=False, server_default=""),
    Column("next_invoice_number", Integer, nullable=False, server_default="1000"),
    Column("payment_term_days", Integer, nullable=False, server_default="14"),
    Column("notice_period_days", Integer, nullable=False, server_default="7"),
    Column("penalty_interest_mode", String(16), nullable=False, server_default="statutory"),
    Column("penalty_interest_fixed", Integer),
    Column("reminder_fee", BigInteger, nullable=False, server_default="500"),
)


def upgrade(conn: Connection) -> None:
    """Bring a version 1 file to version 2."""
    for column in COMPANY_COLUMNS:
        ddl = CreateColumn(column).compile(dialect=conn.dialect)
        conn.execute(text(f"ALTER TABLE own_company ADD COLUMN {ddl}"))
    for table in NEW_TABLES:
        table.create(conn)  # with its indexes


__all__ = ["upgrade"]
