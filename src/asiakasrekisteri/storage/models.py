"""SQLAlchemy 2.0 typed models of the register.

Models stay inside ``storage`` and ``services``; the UI sees frozen domain records only.
"""

from __future__ import annotations

import importlib
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    FetchedValue,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    literal_column,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from asiakasrekisteri.storage.types import Money, Percent, UTCDateTime, utcnow


class Base(DeclarativeBase):
    """Declarative base of every table."""


def load_all_models() -> None:
    """Import every ``storage/models_*.py`` so that ``Base.metadata`` knows all tables.

    Each feature keeps its tables in a module of its own (``models_invoicing.py`` ...).
    """
    package = Path(__file__).parent
    for path in sorted(package.glob("models_*.py")):
        importlib.import_module(f"{__package__}.{path.stem}")


class VersionedMixin:
    """Counts a row's changes: a save names the version it was edited from, and one made
    from an older version is a conflict, never a silent overwrite. Every UPDATE of the
    row counts up, the ORM's and bulk statements' alike."""

    version: Mapped[int] = mapped_column(
        Integer, default=1, server_default="1", onupdate=literal_column("version + 1")
    )


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class CustomerGroup(Base):
    __tablename__ = "customer_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class EInvoiceOperator(Base):
    """Editable list of e-invoice operators (välittäjät) and banks, keyed by their code."""

    __tablename__ = "einvoice_operator"

    code: Mapped[str] = mapped_column(String(35), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))


TERMS_GROUP = "invoicing_terms"
"""The deferred group of the customer's invoicing terms."""


class Customer(TimestampMixin, Base):
    """The customer card: basic info and extra info in one row."""

    __tablename__ = "customer"
    # Server-filled columns are not read back after an INSERT: a limited team member's
    # session leaves the invoicing terms out of its new cards and may not read them.
    __mapper_args__ = {"eager_defaults": False}  # noqa: RUF012 (read once, by the mapper)

    def __init__(self, **kwargs: Any) -> None:
        # A new card's discount, set here rather than as the column's default, which
        # would put the column into every INSERT, a limited user's too.
        kwargs.setdefault("discount_percent", Decimal(0))
        super().__init__(**kwargs)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Counts the card's changes: a save names the version it was edited from, and one
    # made from an older version is a conflict, never a silent overwrite. Every UPDATE
    # of the row counts up, the ORM's and bulk statements' alike.
    version: Mapped[int] = mapped_column(
        Integer, default=1, server_default="1", onupdate=literal_column("version + 1")
    )
    customer_number: Mapped[str] = mapped_column(String(20), unique=True)
    # The person responsible for the customer (asiakasvastaava), as the team names them.
    account_manager: Mapped[str] = mapped_column(
        String(100), default="", server_default="", index=True
    )
    customer_type: Mapped[str] = mapped_column(String(16), default="company")
    name: Mapped[str] = mapped_column(String(200))
    # Case- and accent-aware sort key (å, ä, ö after z as in Finnish), kept by the service.
    name_sort: Mapped[str] = mapped_column(String(200), default="")
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer_group.id", ondelete="SET NULL"), index=True
    )
    business_id: Mapped[str] = mapped_column(String(20), default="", index=True)
    vat_id: Mapped[str] = mapped_column(String(20), default="")
    buyer_ovt: Mapped[str] = mapped_column(String(35), default="")
    # As the trade register names them (migration step company_details).
    company_form: Mapped[str] = mapped_column(String(100), default="", server_default="")
    line_of_business: Mapped[str] = mapped_column(String(200), default="", server_default="")
    street: Mapped[str] = mapped_column(Text, default="")
    postal_code: Mapped[str] = mapped_column(String(12), default="")
    city: Mapped[str] = mapped_column(String(100), default="", index=True)
    country: Mapped[str] = mapped_column(String(2), default="FI")
    email: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    einvoice_address: Mapped[str] = mapped_column(String(35), default="")
    einvoice_operator: Mapped[str] = mapped_column(String(35), default="")
    einvoice_address_unchecked: Mapped[bool] = mapped_column(Boolean, default=False)

    alt_billing_customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="SET NULL")
    )
    invoice_language: Mapped[str] = mapped_column(String(2), default="fi")
    fixed_reference: Mapped[str] = mapped_column(String(25), default="")
    use_rf_reference: Mapped[bool] = mapped_column(Boolean, default=False)
    delivery_ban: Mapped[bool] = mapped_column(Boolean, default=False)
    collection_ban: Mapped[bool] = mapped_column(Boolean, default=False)
    vat_treatment: Mapped[str] = mapped_column(String(40), default="domestic")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The invoicing terms (domain.customer.INVOICING_TERMS): left out of an INSERT that
    # gives them no value (FetchedValue), and loaded only where the user may read them
    # (storage.mapping.load_invoicing_terms): a team's limited role may not.
    discount_percent: Mapped[Decimal] = mapped_column(
        Percent, server_default=FetchedValue(), deferred=True, deferred_group=TERMS_GROUP
    )
    credit_limit: Mapped[Decimal | None] = mapped_column(
        Money, server_default=FetchedValue(), deferred=True, deferred_group=TERMS_GROUP
    )
    penalty_interest: Mapped[Decimal | None] = mapped_column(
        Percent, server_default=FetchedValue(), deferred=True, deferred_group=TERMS_GROUP
    )
    status: Mapped[str] = mapped_column(String(16), default="suspect", index=True)
    status_manual: Mapped[bool] = mapped_column(Boolean, default=False)
    comment: Mapped[str] = mapped_column(Text, default="")
    payment_term_days: Mapped[int | None] = mapped_column(Integer)
    delivery_terms: Mapped[str] = mapped_column(String(200), default="")
    delivery_method: Mapped[str] = mapped_column(String(200), default="")
    # How invoices reach the customer (domain.enums.InvoiceDelivery); not the goods'
    # delivery method above.
    invoice_delivery: Mapped[str] = mapped_column(String(16), default="auto", server_default="auto")
    default_your_reference: Mapped[str] = mapped_column(String(100), default="")
    agreement_identifier: Mapped[str] = mapped_column(String(70), default="")
    text_before_rows: Mapped[str] = mapped_column(Text, default="")
    text_after_rows: Mapped[str] = mapped_column(Text, default="")
    # Lower-cased text of every searchable field and the contact names: one portable
    # LIKE over one column keeps search fast at 100k customers.
    search_text: Mapped[str] = mapped_column(Text, default="")

    group: Mapped[CustomerGroup | None] = relationship(lazy="joined")
    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="ContactPerson.id"
    )
    offices: Mapped[list[Office]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="Office.id"
    )
    notes: Mapped[list[Note]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="Note.id"
    )
    custom_values: Mapped[list[CustomFieldValue]] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )


Index("ix_customer_customer_type", Customer.customer_type)
# Numbers in numeric order (length, then text): the next free number is read from its end.
Index("ix_customer_number_order", func.length(Customer.customer_number), Customer.customer_number)
# Finalising looks up whether a new reference is some customer's fixed one; most customers
# have none, so the index holds only those who do and costs an import nothing.
Index(
    "ix_customer_fixed_reference",
    Customer.fixed_reference,
    sqlite_where=Customer.fixed_reference != "",
    postgresql_where=Customer.fixed_reference != "",
)
# Deleting a customer sets the references to it to NULL; without an index each deleted
# row scanned every customer (an undo of 50,000 imported ones ran for many minutes).
# Few cards name another one to bill, so the index holds only those and costs an import
# nothing.
Index(
    "ix_customer_alt_billing_customer_id",
    Customer.alt_billing_customer_id,
    sqlite_where=Customer.alt_billing_customer_id.is_not(None),
    postgresql_where=Customer.alt_billing_customer_id.is_not(None),
)


class CustomerNumberAlias(Base):
    """A customer number that was merged away and now points to the surviving customer."""

    __tablename__ = "customer_number_alias"

    number: Mapped[str] = mapped_column(String(20), primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ContactPerson(VersionedMixin, TimestampMixin, Base):
    __tablename__ = "contact_person"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(100), default="")
    keywords: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    anonymised: Mapped[bool] = mapped_column(Boolean, default=False)

    customer: Mapped[Customer] = relationship(back_populates="contacts")


class Office(VersionedMixin, TimestampMixin, Base):
    """A toimipaikka; its e-invoice address wins over the customer's on invoices naming it."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(Text, default="")
    postal_code: Mapped[str] = mapped_column(String(12), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="FI")
    email: Mapped[str] = mapped_column(Text, default="")
    einvoice_address: Mapped[str] = mapped_column(String(35), default="")
    einvoice_operator: Mapped[str] = mapped_column(String(35), default="")
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)

    customer: Mapped[Customer] = relationship(back_populates="offices")


class Note(VersionedMixin, TimestampMixin, Base):
    """A note or an activity (call, meeting, task with a due date)."""

    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16), default="note")
    text: Mapped[str] = mapped_column(Text)
    due_date: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    customer: Mapped[Customer] = relationship(back_populates="notes")


class CustomFieldDefinition(Base):
    """A user-defined extra field (lisätietokenttä) shown on every card."""

    __tablename__ = "custom_field_definition"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    field_type: Mapped[str] = mapped_column(String(16), default="text")
    position: Mapped[int] = mapped_column(Integer, default=0)


class CustomFieldValue(Base):
    __tablename__ = "custom_field_value"
    __table_args__ = (UniqueConstraint("customer_id", "definition_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    # Indexed for the cascade when a field is removed (else a scan of every value).
    definition_id: Mapped[int] = mapped_column(
        ForeignKey("custom_field_definition.id", ondelete="CASCADE"), index=True
    )
    value: Mapped[str] = mapped_column(Text, default="")

    customer: Mapped[Customer] = relationship(back_populates="custom_values")
    definition: Mapped[CustomFieldDefinition] = relationship(lazy="joined")


class OwnCompany(Base):
    """The user's own firm: one row, id 1; printed on every invoice."""

    __tablename__ = "own_company"

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(200), default="")
    business_id: Mapped[str] = mapped_column(String(20), default="")
    vat_id: Mapped[str] = mapped_column(String(20), default="")
    street: Mapped[str] = mapped_column(Text, default="")
    postal_code: Mapped[str] = mapped_column(String(12), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="FI")
    iban: Mapped[str] = mapped_column(String(34), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    # Invoicing settings (added by migration v002_invoicing). Server defaults
    # because SQLite can only add a NOT NULL column that has one.
    vat_registered: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    logo_path: Mapped[str] = mapped_column(Text, default="", server_default="")
    next_invoice_number: Mapped[int] = mapped_column(Integer, default=1000, server_default="1000")
    payment_term_days: Mapped[int] = mapped_column(Integer, default=14, server_default="14")
    notice_period_days: Mapped[int] = mapped_column(Integer, default=7, server_default="7")
    penalty_interest_mode: Mapped[str] = mapped_column(
        String(16), default="statutory", server_default="statutory"
    )
    penalty_interest_fixed: Mapped[Decimal | None] = mapped_column(Percent)
    reminder_fee: Mapped[Decimal] = mapped_column(
        Money, default=Decimal("5.00"), server_default="500"
    )
    # Accounts besides ``iban``, one "IBAN BIC" a line (migration step other_accounts).
    other_accounts: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The own e-invoice address (empty: the OVT code of the Y-tunnus) and the operator
    # that sends the own e-invoices (Finvoice FromIntermediator).
    einvoice_address: Mapped[str] = mapped_column(String(35), default="", server_default="")
    einvoice_operator: Mapped[str] = mapped_column(String(35), default="", server_default="")
    # In the prepayment register (ennakkoperintärekisteri): the household tax credit
    # needs it, so invoices with household work print it.
    prepayment_registered: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
