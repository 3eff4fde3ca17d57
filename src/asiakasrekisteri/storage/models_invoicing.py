"""Tables of invoicing: invoices, rows, payments, reminders, products and reference rates.

An issued invoice is a legal document: the seller and buyer as printed are copied into
the invoice row when it is finalised (``seller_*``/``buyer_*``), so a later edit of the
customer card or the own company never changes it.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from asiakasrekisteri.storage.models import Base, TimestampMixin, VersionedMixin
from asiakasrekisteri.storage.types import Money, Percent, UTCDateTime, utcnow


class Quantity(TypeDecorator[Decimal]):
    """A quantity kept exactly: the Decimal's plain text (``"1.5"``, ``"-2"``, ``"0.125"``)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"Quantity columns take Decimal, not {type(value).__name__}")
        text = f"{value.normalize():f}"
        return "0" if text in ("-0", "0") else text

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(str(value))


class Product(TimestampMixin, Base):
    __tablename__ = "product"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(35), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(16), default="")
    unit_price: Mapped[Decimal] = mapped_column(Money)
    vat_percent: Mapped[Decimal] = mapped_column(Percent)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    goods: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # A VatExemption value, or "" for a taxable product.
    vat_exemption: Mapped[str] = mapped_column(String(20), default="", server_default="")
    household_work: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class Invoice(VersionedMixin, TimestampMixin, Base):
    """An invoice or credit note; a draft until it has a number."""

    __tablename__ = "invoice"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), default="invoice")
    # Unique; NULL while a draft (SQLite allows many NULLs in a UNIQUE column).
    number: Mapped[int | None] = mapped_column(Integer, unique=True)
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    billing_customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    invoice_date: Mapped[date] = mapped_column(Date, index=True)
    delivery_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    payment_term_days: Mapped[int] = mapped_column(Integer, default=14)
    # Indexed: finalising and statements look up whether a reference is taken.
    reference: Mapped[str] = mapped_column(String(25), default="", index=True)
    your_reference: Mapped[str] = mapped_column(String(200), default="")
    our_reference: Mapped[str] = mapped_column(String(200), default="")
    text_before_rows: Mapped[str] = mapped_column(Text, default="")
    text_after_rows: Mapped[str] = mapped_column(Text, default="")
    office_id: Mapped[int | None] = mapped_column(ForeignKey("office.id", ondelete="SET NULL"))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="SET NULL")
    )
    language: Mapped[str] = mapped_column(String(2), default="fi")
    vat_treatment: Mapped[str] = mapped_column(String(40), default="domestic")
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    total_net: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    total_vat: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    total_gross: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    paid_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    credited_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    # Paid back to the customer, the sum of ``refunds`` (kept here so that the change
    # history shows each refund on the customer's card).
    refunded_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0), server_default="0")
    # What is still to be paid, kept with the totals (services.invoicing.totals) so that
    # lists and the card filter and add it up in SQL instead of recomputing every invoice.
    open_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0), server_default="0")
    # Day of the payment that settled the invoice in full (payment statistics).
    paid_date: Mapped[date | None] = mapped_column(Date)
    credit_of_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), index=True)
    finalised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When the invoice first reached the customer (e-mail, print run or e-invoice file);
    # NULL while it waits to be sent. Every attempt is in ``delivery_attempt``.
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notice_period_days: Mapped[int] = mapped_column(Integer, default=7)
    penalty_interest: Mapped[Decimal | None] = mapped_column(Percent)
    # Unit prices entered VAT-inclusive (consumers' invoices, amount credits).
    prices_include_vat: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    seller_name: Mapped[str] = mapped_column(String(200), default="")
    seller_street: Mapped[str] = mapped_column(Text, default="")
    seller_postal_code: Mapped[str] = mapped_column(String(12), default="")
    seller_city: Mapped[str] = mapped_column(String(100), default="")
    seller_country: Mapped[str] = mapped_column(String(2), default="FI")
    seller_business_id: Mapped[str] = mapped_column(String(20), default="")
    seller_vat_id: Mapped[str] = mapped_column(String(20), default="")
    seller_email: Mapped[str] = mapped_column(String(200), default="")
    seller_phone: Mapped[str] = mapped_column(String(40), default="")
    seller_iban: Mapped[str] = mapped_column(String(34), default="")
    seller_bic: Mapped[str] = mapped_column(String(11), default="")
    seller_vat_registered: Mapped[bool] = mapped_column(Boolean, default=True)
    # One "IBAN BIC" a line (migration step other_accounts).
    seller_other_accounts: Mapped[str] = mapped_column(Text, default="", server_default="")
    seller_prepayment_registered: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default="0"
    )

    buyer_customer_number: Mapped[str] = mapped_column(String(20), default="")
    buyer_name: Mapped[str] = mapped_column(String(200), default="")
    buyer_street: Mapped[str] = mapped_column(Text, default="")
    buyer_postal_code: Mapped[str] = mapped_column(String(12), default="")
    buyer_city: Mapped[str] = mapped_column(String(100), default="")
    buyer_country: Mapped[str] = mapped_column(String(2), default="FI")
    buyer_business_id: Mapped[str] = mapped_column(String(20), default="")
    buyer_vat_id: Mapped[str] = mapped_column(String(20), default="")
    buyer_email: Mapped[str] = mapped_column(Text, default="")
    buyer_phone: Mapped[str] = mapped_column(String(40), default="")
    buyer_private: Mapped[bool] = mapped_column(Boolean, default=False)
    buyer_einvoice_address: Mapped[str] = mapped_column(String(35), default="")
    buyer_einvoice_operator: Mapped[str] = mapped_column(String(35), default="")
    buyer_ovt: Mapped[str] = mapped_column(String(35), default="")
    buyer_agreement_identifier: Mapped[str] = mapped_column(String(70), default="")
    buyer_contact_name: Mapped[str] = mapped_column(String(200), default="")

    rows: Mapped[list[InvoiceRow]] = relationship(
        back_populates="invoice", cascade="all, delete-orphan", order_by="InvoiceRow.position"
    )
    payments: Mapped[list[Payment]] = relationship(
        back_populates="invoice", cascade="all, delete-orphan", order_by="Payment.id"
    )
    reminders: Mapped[list[Reminder]] = relationship(
        back_populates="invoice", cascade="all, delete-orphan", order_by="Reminder.id"
    )
    refunds: Mapped[list[Refund]] = relationship(
        back_populates="invoice", cascade="all, delete-orphan", order_by="Refund.id"
    )


# The invoices window sorts and filters in SQL; each column it sorts by has an index.
# "Open" and "overdue" (open states, past the due date) read one range of the covering
# index per state, with the open amount to sum and the number to order by: 10 ms
# instead of 50 at 200,000 invoices.
Index("ix_invoice_due_date", Invoice.due_date)
Index(
    "ix_invoice_open_items",
    Invoice.status,
    Invoice.due_date,
    Invoice.open_amount,
    Invoice.number,
)
Index("ix_invoice_buyer_name", Invoice.buyer_name)
Index("ix_invoice_total_gross", Invoice.total_gross)
Index("ix_invoice_open_amount", Invoice.open_amount)
Index("ix_invoice_sent_at", Invoice.sent_at)
# Deleting an office or a contact person sets the invoices naming it to NULL; without
# these each deleted row scanned every invoice. Most invoices name neither, so each
# index holds only those that do.
Index(
    "ix_invoice_office_id",
    Invoice.office_id,
    sqlite_where=Invoice.office_id.is_not(None),
    postgresql_where=Invoice.office_id.is_not(None),
)
Index(
    "ix_invoice_contact_id",
    Invoice.contact_id,
    sqlite_where=Invoice.contact_id.is_not(None),
    postgresql_where=Invoice.contact_id.is_not(None),
)


class InvoiceRow(Base):
    __tablename__ = "invoice_row"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    product_code: Mapped[str] = mapped_column(String(35), default="")
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    unit: Mapped[str] = mapped_column(String(16), default="")
    unit_price: Mapped[Decimal] = mapped_column(Money)
    discount_percent: Mapped[Decimal] = mapped_column(Percent, default=Decimal(0))
    vat_percent: Mapped[Decimal] = mapped_column(Percent)
    goods: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # A VatExemption value, or "" for a taxable row.
    vat_exemption: Mapped[str] = mapped_column(String(20), default="", server_default="")
    household_work: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # On a credit note: the position of the invoice row this row credits (None for the
    # rows of an amount credit), so that several credit notes never credit a row twice.
    credited_position: Mapped[int | None] = mapped_column(Integer)

    invoice: Mapped[Invoice] = relationship(back_populates="rows")


class Payment(Base):
    __tablename__ = "invoice_payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), index=True
    )
    payment_date: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    # The bank's archive id of a payment read from its file, else "".
    archive_id: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # The bank payment it came from: undoing that file's import removes it.
    bank_payment_id: Mapped[int | None] = mapped_column(
        ForeignKey("bank_payment.id", ondelete="CASCADE"), index=True
    )

    invoice: Mapped[Invoice] = relationship(back_populates="payments")


class Refund(Base):
    """Money paid back to the customer on an invoice (after a credit note or overpayment)."""

    __tablename__ = "invoice_refund"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), index=True
    )
    refund_date: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    invoice: Mapped[Invoice] = relationship(back_populates="refunds")


class Reminder(Base):
    __tablename__ = "invoice_reminder"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), index=True
    )
    reminder_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    fee: Mapped[Decimal] = mapped_column(Money)
    interest: Mapped[Decimal] = mapped_column(Money)
    # The fixed compensation of a business debt claimed with this reminder, else 0.
    compensation: Mapped[Decimal] = mapped_column(Money, default=Decimal(0), server_default="0")
    # When the reminder first reached the customer; NULL while it waits to be sent.
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    invoice: Mapped[Invoice] = relationship(back_populates="reminders")


class ReferenceRate(Base):
    """The Bank of Finland reference rate of one half-year (korkolaki 12 §).

    The program ships the half-years known when it was made; the user adds each new one.
    """

    __tablename__ = "reference_rate"

    start: Mapped[date] = mapped_column(Date, primary_key=True)
    rate: Mapped[Decimal] = mapped_column(Percent)
