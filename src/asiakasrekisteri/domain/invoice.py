"""Invoices, credit notes, rows, payments and reminders as frozen records.

The services hand these to the UI and the CLI; nothing here touches the database.
Arithmetic is :mod:`asiakasrekisteri.domain.invoice_math`; VAT rules are
:mod:`asiakasrekisteri.domain.vat`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from asiakasrekisteri.domain import vat
from asiakasrekisteri.domain.customer import clean_text
from asiakasrekisteri.domain.enums import InvoiceLanguage, VatTreatment
from asiakasrekisteri.domain.errors import (
    FieldErrors,
    InvalidFormat,
    RequiredValue,
    ValidationError,
)
from asiakasrekisteri.domain.invoice_math import InvoiceLine, InvoiceTotals, compute_totals
from asiakasrekisteri.domain.limits import (
    PERCENT_DECIMALS,
    QUANTITY_DECIMALS,
    check_date,
    has_decimals_within,
)
from asiakasrekisteri.domain.money import HUNDRED, ZERO, is_whole_cents

__all__ = [
    "CustomerFigures",
    "InvoiceDraft",
    "InvoiceKind",
    "InvoiceRecord",
    "InvoiceRowData",
    "InvoiceStatus",
    "Party",
    "PaymentRecord",
    "PaymentResult",
    "ProductData",
    "ReminderRecord",
    "effective_treatment",
    "invoice_totals",
    "validate_dates",
    "validate_rows",
]

MAX_QUANTITY = Decimal("999999999")
MAX_UNIT_PRICE = Decimal("9999999.99")


class InvoiceStatus(StrEnum):
    """Stored state of an invoice; "overdue" is derived from the due date, never stored."""

    DRAFT = "draft"
    SENT = "sent"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    CREDITED = "credited"


OPEN_STATUSES = frozenset({InvoiceStatus.SENT, InvoiceStatus.PARTLY_PAID})


class InvoiceKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"  # hyvityslasku


@dataclass(frozen=True)
class InvoiceRowData:
    """One invoice row as the user enters it.

    Attributes:
        description: What was sold (nature of goods or services, AVL 209 e §).
        quantity: Quantity, any number of decimals; negative on credit notes.
        unit_price: VAT-exclusive unit price in whole cents.
        vat_percent: The domestic VAT rate of the row (0 when exempt); the customer's
            VAT treatment may still zero it on the invoice (:func:`effective_treatment`).
        unit: Unit text ("kpl", "h", …).
        discount_percent: Discount 0–100 %.
        product_code: Code of the product picked, or empty.
    """

    description: str
    quantity: Decimal
    unit_price: Decimal
    vat_percent: Decimal
    unit: str = ""
    discount_percent: Decimal = ZERO
    product_code: str = ""


@dataclass(frozen=True)
class InvoiceDraft:
    """An invoice being edited; ``None`` fields take the customer's or company's default.

    Attributes:
        customer_id: The customer the invoice is for.
        rows: The rows, in print order.
        invoice_date: Invoice date; None means the day it is finalised.
        delivery_date: Delivery or completion date (drives the VAT rates); None = invoice
            date.
        due_date: Due date; None = invoice date + ``payment_term_days``.
        payment_term_days: None = the customer's term, else the company default.
        billing_customer_id: Alternative billing customer (the buyer printed and paying);
            None = the card's alternative billing customer, if any.
        language: None = the billing customer's invoice language.
        vat_treatment: None = the customer's VAT treatment.
        goods: True for a sale of goods (EU: intra-Community supply), False for services
            (EU: reverse charge).
    """

    customer_id: int
    rows: tuple[InvoiceRowData, ...] = ()
    invoice_date: date | None = None
    delivery_date: date | None = None
    due_date: date | None = None
    payment_term_days: int | None = None
    your_reference: str = ""
    our_reference: str = ""
    text_before_rows: str = ""
    text_after_rows: str = ""
    office_id: int | None = None
    contact_id: int | None = None
    billing_customer_id: int | None = None
    language: InvoiceLanguage | None = None
    vat_treatment: VatTreatment | None = None
    goods: bool = False


@dataclass(frozen=True)
class Party:
    """Seller or buyer as printed: a snapshot frozen when the invoice is finalised.

    Attributes:
        name: Name.
        street: Street address (may hold a c/o first line).
        postal_code: Postal code.
        city: City.
        country: ISO country code.
        business_id: Y-tunnus.
        vat_id: VAT number.
        email: E-mail address(es).
        phone: Phone.
        customer_number: The buyer's customer number (empty for the seller).
        private: True for a private customer (consumer rules on reminders).
        iban: The seller's IBAN.
        bic: The seller's BIC.
        other_accounts: The seller's further accounts, each "IBAN" or "IBAN BIC".
        vat_registered: False for a seller outside the VAT register.
        einvoice_address: Buyer's e-invoice address (office's when the invoice names one).
        einvoice_operator: Buyer's e-invoice operator.
        buyer_ovt: BuyerOrganisationUnitNumber.
        agreement_identifier: AgreementIdentifier (Finvoice).
        contact_name: Contact person named on the invoice.
    """

    name: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "FI"
    business_id: str = ""
    vat_id: str = ""
    email: str = ""
    phone: str = ""
    customer_number: str = ""
    private: bool = False
    iban: str = ""
    bic: str = ""
    other_accounts: tuple[str, ...] = ()
    vat_registered: bool = True
    einvoice_address: str = ""
    einvoice_operator: str = ""
    buyer_ovt: str = ""
    agreement_identifier: str = ""
    contact_name: str = ""


@dataclass(frozen=True)
class PaymentRecord:
    id: int
    invoice_id: int
    payment_date: date
    amount: Decimal


@dataclass(frozen=True)
class ReminderRecord:
    """A payment reminder sent for an invoice.

    Attributes:
        id: Row id.
        invoice_id: The invoice reminded of.
        reminder_date: The day it was made.
        fee: Reminder fee charged.
        interest: Penalty interest accrued up to ``reminder_date``.
        due_date: New due date printed on the reminder.
        compensation: The fixed compensation of a business debt claimed with it, else 0.
    """

    id: int
    invoice_id: int
    reminder_date: date
    fee: Decimal
    interest: Decimal
    due_date: date
    compensation: Decimal = ZERO


@dataclass(frozen=True)
class InvoiceRecord:
    """A stored invoice or credit note with everything the editor and the PDF need.

    Attributes:
        id: Row id (also what a draft is known by).
        kind: Invoice or credit note.
        status: Stored state; see :meth:`is_overdue` for the derived one.
        number: Invoice number; None while a draft.
        customer_id: The customer the invoice belongs to (its figures, its card).
        billing_customer_id: The customer who is billed, if not ``customer_id``.
        rows: The rows as entered.
        totals: Row amounts, VAT breakdown and totals (effective VAT rates applied).
        paid_amount: Sum of the recorded payments.
        credited_amount: Sum credited by credit notes (positive).
        seller: Seller as printed (live for a draft, frozen once finalised).
        buyer: Buyer as printed (likewise).
        reference: Compact payment reference (national or RF); empty for a draft.
        penalty_interest: Fixed penalty interest rate, or None for the statutory rate.
        credit_of_id: The invoice a credit note credits.
        credit_of_number: Its number.
        virtual_barcode: The 54 digits for the total, or "" when none can be printed.
    """

    id: int
    kind: InvoiceKind
    status: InvoiceStatus
    number: int | None
    customer_id: int
    billing_customer_id: int | None
    invoice_date: date
    delivery_date: date | None
    due_date: date
    payment_term_days: int
    reference: str
    your_reference: str
    our_reference: str
    text_before_rows: str
    text_after_rows: str
    office_id: int | None
    contact_id: int | None
    language: InvoiceLanguage
    vat_treatment: VatTreatment
    goods: bool
    currency: str
    rows: tuple[InvoiceRowData, ...]
    totals: InvoiceTotals
    paid_amount: Decimal
    credited_amount: Decimal
    seller: Party
    buyer: Party
    notice_period_days: int
    penalty_interest: Decimal | None
    credit_of_id: int | None = None
    credit_of_number: int | None = None
    virtual_barcode: str = ""
    payments: tuple[PaymentRecord, ...] = ()
    reminders: tuple[ReminderRecord, ...] = ()

    @property
    def total(self) -> Decimal:
        """The amount to pay (VAT included)."""
        return self.totals.gross

    @property
    def vat_total(self) -> Decimal:
        return self.totals.vat

    @property
    def open_amount(self) -> Decimal:
        """What is still to be paid; 0 for drafts, credit notes and settled invoices."""
        if self.kind is InvoiceKind.CREDIT_NOTE or self.status not in OPEN_STATUSES:
            return ZERO
        return max(self.total - self.credited_amount - self.paid_amount, ZERO)

    @property
    def overpaid_amount(self) -> Decimal:
        """Paid beyond the amount due (a refund the seller owes), else 0."""
        if self.kind is InvoiceKind.CREDIT_NOTE or self.status is InvoiceStatus.DRAFT:
            return ZERO
        return max(self.paid_amount + self.credited_amount - self.total, ZERO)

    @property
    def is_draft(self) -> bool:
        return self.status is InvoiceStatus.DRAFT

    def is_overdue(self, today: date) -> bool:
        """True when money is still open after the due date."""
        return self.open_amount > 0 and self.due_date < today

    @property
    def vat_note(self) -> str | None:
        """The legal VAT wording the invoice must print (AVL 209 e §), if any."""
        return vat.vat_note(
            effective_treatment(
                self.vat_treatment, seller_vat_registered=self.seller.vat_registered
            ),
            goods=self.goods,
            language=self.language.value,
        )

    @property
    def shows_buyer_vat_id(self) -> bool:
        """True when the buyer's VAT identifier must be printed (reverse charge, EU supply)."""
        treatment = effective_treatment(
            self.vat_treatment, seller_vat_registered=self.seller.vat_registered
        )
        return vat.requires_buyer_vat_id(treatment)


@dataclass(frozen=True)
class PaymentResult:
    """What recording a payment did.

    Attributes:
        invoice: The invoice after the payment.
        payment: The payment recorded.
        overpaid: True when the payments now exceed the amount due (warn the user).
    """

    invoice: InvoiceRecord
    payment: PaymentRecord
    overpaid: bool


@dataclass(frozen=True)
class CustomerFigures:
    """The financial figures on the customer card.

    Attributes:
        invoiced_12_months: Invoiced (VAT included, credit notes deducted) in the last
            12 months by invoice date.
        invoiced_all_time: Likewise for all time.
        open_receivables: Sum still open.
        overdue_receivables: Of that, past the due date.
        interest_to_date: Penalty interest of the open invoices to the day of the
            figures, the same as a statement and a reminder of that day show.
        average_payment_days: Mean days from invoice date to full payment, over invoices
            paid in the last 12 months; None when there are none.
        average_payment_delay_days: Mean days of full payment relative to the due date
            (negative = early) over the same invoices; None when there are none.
        latest_invoices: The newest finalised invoices, newest first.
    """

    invoiced_12_months: Decimal
    invoiced_all_time: Decimal
    open_receivables: Decimal
    overdue_receivables: Decimal
    average_payment_days: Decimal | None
    average_payment_delay_days: Decimal | None
    latest_invoices: tuple[InvoiceRecord, ...] = field(default=())
    interest_to_date: Decimal = ZERO


@dataclass(frozen=True)
class ProductData:
    """A product or service picked on invoice rows.

    Attributes:
        code: Unique code.
        name: Name printed as the row description.
        unit: Unit ("kpl", "h").
        unit_price: VAT-exclusive unit price.
        vat_percent: Domestic VAT rate.
        active: Inactive products are not offered on new rows.
        id: Row id once stored.
    """

    code: str
    name: str
    unit_price: Decimal
    vat_percent: Decimal
    unit: str = ""
    active: bool = True
    id: int | None = None


def effective_treatment(treatment: VatTreatment, *, seller_vat_registered: bool) -> VatTreatment:
    """The VAT treatment that applies: a seller outside the VAT register charges no VAT."""
    return treatment if seller_vat_registered else VatTreatment.NO_VAT


def invoice_totals(
    rows: tuple[InvoiceRowData, ...], treatment: VatTreatment, *, seller_vat_registered: bool
) -> InvoiceTotals:
    """Totals and VAT breakdown of rows under a treatment (live totals in the editor)."""
    applied = effective_treatment(treatment, seller_vat_registered=seller_vat_registered)
    return compute_totals(
        InvoiceLine(
            quantity=row.quantity,
            unit_price=row.unit_price,
            discount_percent=row.discount_percent,
            vat_percent=vat.effective_rate(applied, row.vat_percent),
        )
        for row in rows
    )


def _row_error(index: int, name: str, message: str, code: str) -> tuple[str, InvalidFormat]:
    key = f"rows[{index}].{name}"
    return key, InvalidFormat(message, code=code, field=key)


def validate_rows(
    rows: tuple[InvoiceRowData, ...], delivery_date: date, *, allow_negative: bool = False
) -> tuple[InvoiceRowData, ...]:
    """Check invoice rows and return them with cleaned texts.

    Args:
        rows: The rows.
        delivery_date: The date whose VAT rates apply.
        allow_negative: True for credit notes (negative quantities).

    Raises:
        FieldErrors: Keys ``rows``, ``rows[i].description``, ``rows[i].quantity``,
            ``rows[i].unit_price``, ``rows[i].discount_percent``, ``rows[i].vat_percent``.
    """
    errors: dict[str, ValidationError] = {}
    if not rows:
        errors["rows"] = RequiredValue("An invoice needs at least one row.", code="rows.required")
    out: list[InvoiceRowData] = []
    for i, row in enumerate(rows):
        description = row.description
        try:
            description = clean_text(row.description, max_length=2000)
        except InvalidFormat as exc:
            key = f"rows[{i}].description"
            errors[key] = exc
        if not description:
            key = f"rows[{i}].description"
            errors[key] = RequiredValue(
                "Describe what is invoiced on row {row}.", code="row.description", row=i + 1
            )
        unit = " ".join(row.unit.split())[:16]
        if (
            not row.quantity.is_finite()
            or abs(row.quantity) > MAX_QUANTITY
            or (row.quantity < 0 and not allow_negative)
        ):
            k, e = _row_error(i, "quantity", "Give a quantity of 0 or more.", "row.quantity")
            errors[k] = e
        elif not has_decimals_within(row.quantity, QUANTITY_DECIMALS):
            # Rounded, "1e-400" would make a 0,00 € row; kept, a quantity Finvoice refuses.
            key = f"rows[{i}].quantity"
            errors[key] = InvalidFormat(
                "Give the quantity with at most three decimals.",
                code="row.quantity_decimals",
                field=key,
            )
        if not row.unit_price.is_finite() or abs(row.unit_price) > MAX_UNIT_PRICE:
            k, e = _row_error(i, "unit_price", "The unit price is too large.", "row.unit_price")
            errors[k] = e
        elif not is_whole_cents(row.unit_price):
            k, e = _row_error(
                i, "unit_price", "Give the unit price in whole cents.", "row.unit_price_cents"
            )
            errors[k] = e
        if not ZERO <= row.discount_percent <= HUNDRED:
            k, e = _row_error(
                i, "discount_percent", "A discount is 0 to 100 %.", "row.discount_range"
            )
            errors[k] = e
        elif not has_decimals_within(row.discount_percent, PERCENT_DECIMALS):
            key = f"rows[{i}].discount_percent"
            errors[key] = InvalidFormat(
                "Use at most two decimals.", code="row.discount_decimals", field=key
            )
        if not vat.is_valid_rate(row.vat_percent, delivery_date):
            try:
                rates = ", ".join(f"{r.normalize():f}" for r in vat.rates_on(delivery_date))
            except ValidationError:
                rates = "a rate of a known period"
            k, e = _row_error(
                i,
                "vat_percent",
                f"VAT {row.vat_percent.normalize():f} % was not in force on "
                f"{delivery_date.isoformat()}; use one of {rates}.",
                "row.vat_rate",
            )
            errors[k] = e
        out.append(
            InvoiceRowData(
                description=description,
                quantity=row.quantity,
                unit_price=row.unit_price,
                vat_percent=row.vat_percent,
                unit=unit,
                discount_percent=row.discount_percent,
                product_code=row.product_code.strip(),
            )
        )
    if errors:
        raise FieldErrors(errors)
    return tuple(out)


def validate_dates(**days: date | None) -> None:
    """Check that each given date (by field name) lies in the register's range.

    Raises:
        FieldErrors: ``date.range`` under the name of each date outside it.
    """
    errors: dict[str, ValidationError] = {}
    for name, day in days.items():
        if day is None:
            continue
        try:
            check_date(day)
        except ValidationError as exc:
            errors[name] = exc.with_field(name)
    if errors:
        raise FieldErrors(errors)


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
