"""A customer statement (asiakkaan tiliote): the open invoices and what is owed back.

The statement asks for one payment for every open invoice. Money the seller owes the
customer (a refund after a credit note or an overpayment) is listed beside it and is
not netted off the amount to pay: a refund is paid out, and a payment made by the
statement's reference settles the invoices it lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from asiakasrekisteri.domain.enums import InvoiceLanguage
from asiakasrekisteri.domain.invoice import Party
from asiakasrekisteri.domain.money import ZERO

__all__ = ["RefundLine", "Statement", "StatementLine"]


@dataclass(frozen=True)
class StatementLine:
    """One open invoice on a customer statement.

    Attributes:
        invoice_id: The invoice.
        number: Its number.
        invoice_date: Its date.
        due_date: Its due date.
        reference: Its payment reference.
        total: Its total.
        open_amount: What is still open.
        interest: Penalty interest accrued to the statement date (0 if not overdue).
        overdue: True when past the due date.
    """

    invoice_id: int
    number: int
    invoice_date: date
    due_date: date
    reference: str
    total: Decimal
    open_amount: Decimal
    interest: Decimal
    overdue: bool


@dataclass(frozen=True)
class RefundLine:
    """An invoice on which the seller owes the customer money back.

    Attributes:
        invoice_id: The invoice.
        number: Its number.
        amount: The refund still to be paid out.
    """

    invoice_id: int
    number: int
    amount: Decimal


@dataclass(frozen=True)
class Statement:
    """A customer statement (asiakkaan tiliote): open items and one payment for them all.

    Attributes:
        statement_date: The day it was made.
        seller: The own company.
        buyer: The customer as on the card today.
        language: Print language.
        lines: Open invoices, oldest first.
        total_open: Sum of the open amounts.
        total_interest: Sum of the interest.
        total: Amount to pay (open + interest).
        reference: Reference to pay the total with.
        due_date: Due date of the total.
        virtual_barcode: The 54 digits, or "" when the amount cannot be encoded.
        refunds: Invoices on which the seller owes the customer money back.
    """

    statement_date: date
    seller: Party
    buyer: Party
    language: InvoiceLanguage
    lines: tuple[StatementLine, ...]
    total_open: Decimal
    total_interest: Decimal
    total: Decimal
    reference: str
    due_date: date
    virtual_barcode: str = ""
    refunds: tuple[RefundLine, ...] = ()

    @property
    def total_refund(self) -> Decimal:
        """What the seller owes the customer back in all."""
        return sum((r.amount for r in self.refunds), ZERO)
