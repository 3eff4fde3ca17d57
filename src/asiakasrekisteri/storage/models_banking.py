"""Tables of money in: imported bank files, the payments read from them, customer credit.

A file imported is a :class:`BankImport` (with the SHA-256 of its bytes, so the same file
is known again); every payment of it kept in the register is a :class:`BankPayment`,
known by the bank's archive id. What a bank payment settled are ``invoice_payment`` rows
pointing to it and, for money beyond what was open, a :class:`CreditEntry` of the
customer. A bank payment whose amount is not all accounted for that way is unmatched.
Undoing an import deletes its bank payments; the rows pointing to them go with them.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from asiakasrekisteri.storage.models import Base
from asiakasrekisteri.storage.types import Money, UTCDateTime, utcnow


class BankImport(Base):
    """One bank file read into the register."""

    __tablename__ = "bank_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(260))
    file_hash: Mapped[str] = mapped_column(String(64), index=True)
    file_format: Mapped[str] = mapped_column(String(16))
    account: Mapped[str] = mapped_column(String(34), default="")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(100), default="")
    payment_count: Mapped[int] = mapped_column(Integer, default=0)
    # The euros taken in, corrections left out.
    total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class BankPayment(Base):
    """A payment into the account, as the bank's file reported it."""

    __tablename__ = "bank_payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(
        ForeignKey("bank_import.id", ondelete="CASCADE"), index=True
    )
    archive_id: Mapped[str] = mapped_column(String(64), index=True)
    booking_date: Mapped[date] = mapped_column(Date)
    payment_date: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    reference: Mapped[str] = mapped_column(String(35), default="")
    payer_name: Mapped[str] = mapped_column(String(140), default="")
    message: Mapped[str] = mapped_column(Text, default="")
    # A correction of an earlier payment is kept for the record and never settles.
    correction: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set aside by the user: not an invoice payment; it leaves the unmatched list.
    dismissed: Mapped[bool] = mapped_column(Boolean, default=False)
    # The customer whose invoices or credit it went to.
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="SET NULL"), index=True
    )


class CreditEntry(Base):
    """A change of a customer's credit: an overpayment (+), its use or refund (−)."""

    __tablename__ = "customer_credit"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    entry_date: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    kind: Mapped[str] = mapped_column(String(16))
    # The bank payment an overpayment came from.
    bank_payment_id: Mapped[int | None] = mapped_column(
        ForeignKey("bank_payment.id", ondelete="CASCADE"), index=True
    )
    # The invoice payment that used the credit: deleting that payment gives it back.
    payment_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice_payment.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
