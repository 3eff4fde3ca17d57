"""Invoices, credit notes, rows, payments and reminders as frozen records.

The services hand these to the UI and the CLI; nothing here touches the database.
Arithmetic is :mod:`asiakasrekisteri.domain.invoice_math`; VAT rules are
:mod:`asiakasrekisteri.domain.vat`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cached_property
from typing import Any

from asiakasrekisteri.domain import vat
from asiakasrekisteri.domain.countries import EU_COUNTRIES
from asiakasrekisteri.domain.customer import clean_text
from asiakasrekisteri.domain.enums import InvoiceLanguage, VatExemption, VatTreatment
from asiakasrekisteri.domain.errors import (
    FieldErrors,
    InvalidFormat,
    RequiredValue,
    ValidationError,
)
from asiakasrekisteri.domain.household_credit import HouseholdLabour, household_labour
from asiakasrekisteri.domain.invoice_math import InvoiceLine, InvoiceTotals, compute_totals
from asiakasrekisteri.domain.invoice_states import (
    OPEN_STATUSES,
    InvoiceKind,
    InvoiceStatus,
    open_amount_of,
    overpaid_amount_of,
)
from asiakasrekisteri.domain.limits import (
    QUANTITY_DECIMALS,
    check_date,
    has_decimals_within,
)
from asiakasrekisteri.domain.money import HUNDRED, ZERO, is_whole_cents
from asiakasrekisteri.domain.vat import VatCategory

__all__ = [
    "OPEN_STATUSES",
    "InvoiceDraft",
    "InvoiceKind",
    "InvoiceRecord",
    "InvoiceRowData",
    "InvoiceStatus",
    "Party",
    "PaymentRecord",
    "PaymentResult",
    "ProductData",
    "RefundRecord",
    "ReminderRecord",
    "RowVat",
    "VatGroup",
    "check_buyer_for_treatment",
    "effective_treatment",
    "invoice_totals",
    "open_amount_of",
    "row_vats",
    "validate_dates",
    "validate_row_vat",
    "validate_rows",
    "vat_notes",
]

MAX_QUANTITY = Decimal("999999999")
MAX_UNIT_PRICE = Decimal("9999999.99")
# Discounts are stored in hundredths of a percent; a finer one would be rounded on saving
# and the saved invoice would no longer add up to what was shown.
_DISCOUNT_STEP = Decimal("0.01")


@dataclass(frozen=True)
class InvoiceRowData:
    """One invoice row as the user enters it.

    Attributes:
        description: What was sold (nature of goods or services, AVL 209 e §).
        quantity: Quantity, any number of decimals; negative on credit notes.
        unit_price: Unit price in whole cents: VAT-exclusive, or VAT-inclusive on an
            invoice whose prices include VAT.
        vat_percent: The domestic VAT rate of the row (0 when exempt); the invoice's
            VAT treatment may still zero it (:func:`row_vats`).
        unit: Unit text ("kpl", "h", …).
        discount_percent: Discount 0–100 % with at most two decimals (as stored).
        product_code: Code of the product picked, or empty.
        goods: True for goods, False for services (abroad: intra-Community supply or
            export of goods, reverse charge or a service sold abroad).
        vat_exemption: Why the sale is exempt by law, or None.
        household_work: True when the row is work that qualifies for the household
            tax credit (kotitalousvähennys), as opposed to materials and travel.
    """

    description: str
    quantity: Decimal
    unit_price: Decimal
    vat_percent: Decimal
    unit: str = ""
    discount_percent: Decimal = ZERO
    product_code: str = ""
    goods: bool = False
    vat_exemption: VatExemption | None = None
    household_work: bool = False


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
        prices_include_vat: True when the unit prices are entered VAT-inclusive. A new
            draft (:meth:`InvoicingService.new_draft`) takes the customer's default:
            VAT-inclusive for a private customer. None is VAT-exclusive.
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
    prices_include_vat: bool | None = None


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
        prepayment_registered: The seller is in the prepayment register
            (ennakkoperintärekisteri), which the household tax credit requires.
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
    prepayment_registered: bool = False


@dataclass(frozen=True)
class PaymentRecord:
    id: int
    invoice_id: int
    payment_date: date
    amount: Decimal


@dataclass(frozen=True)
class RefundRecord:
    """Money the seller paid back to the customer on an invoice.

    Attributes:
        id: Row id.
        invoice_id: The invoice the refund settles.
        refund_date: The day it was paid out.
        amount: The amount paid back (positive).
    """

    id: int
    invoice_id: int
    refund_date: date
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
        sent_at: When it first reached the customer; None while it waits to be sent.
    """

    id: int
    invoice_id: int
    reminder_date: date
    fee: Decimal
    interest: Decimal
    due_date: date
    compensation: Decimal = ZERO
    sent_at: datetime | None = None


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
        sent_at: When a finalised invoice first reached the customer (e-mail, print run,
            e-invoice file); None while it waits to be sent.
        prices_include_vat: True when the unit prices are VAT-inclusive.
        refunds: Money paid back to the customer on the invoice.
        version: The stored row's change count; a draft saved from an older one is a
            conflict.
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
    sent_at: datetime | None = None
    prices_include_vat: bool = False
    refunds: tuple[RefundRecord, ...] = ()
    version: int = 0

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
        return open_amount_of(
            self.kind, self.status, self.total, self.credited_amount, self.paid_amount
        )

    @property
    def overpaid_amount(self) -> Decimal:
        """Paid beyond the amount due, refunds not deducted, else 0 (see
        :func:`overpaid_amount_of`)."""
        return overpaid_amount_of(
            self.kind, self.status, self.total, self.credited_amount, self.paid_amount
        )

    @property
    def refunded_amount(self) -> Decimal:
        """What has been paid back to the customer."""
        return sum((r.amount for r in self.refunds), ZERO)

    @property
    def refund_due(self) -> Decimal:
        """What the seller still owes the customer on this invoice (a refund), else 0."""
        return max(self.overpaid_amount - self.refunded_amount, ZERO)

    @property
    def is_draft(self) -> bool:
        return self.status is InvoiceStatus.DRAFT

    def is_overdue(self, today: date) -> bool:
        """True when money is still open after the due date."""
        return self.open_amount > 0 and self.due_date < today

    @property
    def applied_treatment(self) -> VatTreatment:
        """The treatment that applies: ``NO_VAT`` for a seller outside the VAT register."""
        return effective_treatment(
            self.vat_treatment, seller_vat_registered=self.seller.vat_registered
        )

    @property
    def household_labour(self) -> HouseholdLabour | None:
        """The work on the invoice that qualifies for the household tax credit, or None."""
        return household_labour(
            self.rows, self.row_vats, prices_include_vat=self.prices_include_vat
        )

    @cached_property
    def row_vats(self) -> tuple[RowVat, ...]:
        """Each row's VAT category and charged rate, in row order."""
        return row_vats(
            self.rows, self.vat_treatment, seller_vat_registered=self.seller.vat_registered
        )

    @property
    def vat_notes(self) -> tuple[str, ...]:
        """The legal VAT wordings the invoice must print (AVL 209 e §), in row order."""
        return vat_notes(self.row_vats, self.applied_treatment, self.language)

    @property
    def shows_buyer_vat_id(self) -> bool:
        """True when the buyer's VAT identifier must be printed (reverse charge, EU supply)."""
        return any(vat.requires_buyer_vat_id(r.category) for r in self.row_vats)

    def vat_groups(self) -> tuple[VatGroup, ...]:
        """The VAT breakdown per rate and category (EN 16931: one per category and rate).

        A positive rate is always the standard category, so those come straight from the
        breakdown; the rows without VAT are split by category and exemption, summing
        their amounts (no tax is computed on them, so nothing is rounded again).
        """
        groups: list[VatGroup] = []
        for part in self.totals.breakdown:
            if part.rate > 0:
                groups.append(VatGroup(part.rate, VatCategory.STANDARD, None, part.net, part.vat))
        zero: dict[tuple[VatCategory, VatExemption | None], Decimal] = {}
        for row_vat, line in zip(self.row_vats, self.totals.lines, strict=True):
            if row_vat.rate == 0:
                key = (row_vat.category, row_vat.exemption)
                zero[key] = zero.get(key, ZERO) + line.net
        groups += [VatGroup(ZERO, c, e, net, ZERO) for (c, e), net in zero.items()]
        return tuple(groups)


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
class ProductData:
    """A product or service picked on invoice rows.

    Attributes:
        code: Unique code.
        name: Name printed as the row description.
        unit: Unit ("kpl", "h").
        unit_price: VAT-exclusive unit price.
        vat_percent: Domestic VAT rate (0 when exempt).
        active: Inactive products are not offered on new rows.
        goods: True for goods, False for services; rows picking it take it.
        vat_exemption: Why its sale is exempt by law, or None; rows picking it take it.
        household_work: Work that qualifies for the household tax credit; rows picking
            it take it.
        id: Row id once stored.
    """

    code: str
    name: str
    unit_price: Decimal
    vat_percent: Decimal
    unit: str = ""
    active: bool = True
    goods: bool = False
    vat_exemption: VatExemption | None = None
    household_work: bool = False
    id: int | None = None


@dataclass(frozen=True, slots=True)
class RowVat:
    """How VAT applies to one invoice row.

    Attributes:
        category: Its VAT category.
        rate: The rate charged (the row's own under the standard category, else 0).
        exemption: Its exemption when the category is ``EXEMPT``, else None.
    """

    category: VatCategory
    rate: Decimal
    exemption: VatExemption | None = None


@dataclass(frozen=True, slots=True)
class VatGroup:
    """One part of the VAT breakdown by rate and category (Finvoice VatSpecificationDetails).

    Attributes:
        rate: The rate charged.
        category: The category.
        exemption: The exemption of an ``EXEMPT`` group, else None.
        net: Taxable amount.
        vat: Tax.
    """

    rate: Decimal
    category: VatCategory
    exemption: VatExemption | None
    net: Decimal
    vat: Decimal


def effective_treatment(treatment: VatTreatment, *, seller_vat_registered: bool) -> VatTreatment:
    """The VAT treatment that applies: a seller outside the VAT register charges no VAT."""
    return treatment if seller_vat_registered else VatTreatment.NO_VAT


def row_vats(
    rows: tuple[InvoiceRowData, ...], treatment: VatTreatment, *, seller_vat_registered: bool
) -> tuple[RowVat, ...]:
    """Each row's VAT category and the rate it is charged, in row order."""
    applied = effective_treatment(treatment, seller_vat_registered=seller_vat_registered)
    out: list[RowVat] = []
    for row in rows:
        category = vat.row_category(
            applied, goods=row.goods, exemption=row.vat_exemption, rate=row.vat_percent
        )
        exemption = row.vat_exemption if category is VatCategory.EXEMPT else None
        out.append(RowVat(category, vat.charged_rate(category, row.vat_percent), exemption))
    return tuple(out)


def vat_notes(
    rows: tuple[RowVat, ...], treatment: VatTreatment, language: InvoiceLanguage
) -> tuple[str, ...]:
    """The distinct legal wordings of the rows' categories, in the order they appear."""
    notes: dict[str, None] = {}
    for row in rows:
        note = vat.vat_wording(
            row.category, treatment=treatment, exemption=row.exemption, language=language.value
        )
        if note is not None:
            notes[note] = None
    return tuple(notes)


def invoice_totals(
    rows: tuple[InvoiceRowData, ...],
    treatment: VatTreatment,
    *,
    seller_vat_registered: bool,
    prices_include_vat: bool = False,
) -> InvoiceTotals:
    """Totals and VAT breakdown of rows under a treatment (live totals in the editor).

    With ``prices_include_vat`` the unit prices are VAT-inclusive: each row's rounded
    amount is gross, and the VAT of each rate is taken out of that rate's gross sum
    (:func:`~asiakasrekisteri.domain.invoice_math.compute_totals`).
    """
    charged = row_vats(rows, treatment, seller_vat_registered=seller_vat_registered)
    return compute_totals(
        (
            InvoiceLine(
                quantity=row.quantity,
                unit_price=row.unit_price,
                discount_percent=row.discount_percent,
                vat_percent=row_vat.rate,
            )
            for row, row_vat in zip(rows, charged, strict=True)
        ),
        prices_include_vat=prices_include_vat,
    )


def _row_error(
    index: int, name: str, message: str, code: str, **params: Any
) -> tuple[str, InvalidFormat]:
    key = f"rows[{index}].{name}"
    return key, InvalidFormat(message, code=code, field=key, **params)


def _discount_errors(index: int, discount: Decimal) -> dict[str, ValidationError]:
    """Why a row's discount cannot be stored as it is, if it cannot."""
    key = f"rows[{index}].discount_percent"
    if not ZERO <= discount <= HUNDRED:
        return {key: InvalidFormat("A discount is 0 to 100 %.", code="row.discount_range",
                                   field=key)}  # fmt: skip
    if discount != discount.quantize(_DISCOUNT_STEP):
        return {
            key: InvalidFormat(
                "Give the discount with at most two decimals.",
                code="row.discount_decimals",
                field=key,
            )
        }
    return {}


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
        errors.update(_discount_errors(i, row.discount_percent))
        # An exempt sale carries no VAT whatever rate its product had.
        rate = ZERO if row.vat_exemption is not None else row.vat_percent
        if not vat.is_valid_rate(rate, delivery_date):
            try:
                rates = ", ".join(f"{r.normalize():f}" for r in vat.rates_on(delivery_date))
            except ValidationError:
                rates = ""
            k, e = _row_error(
                i,
                "vat_percent",
                "VAT {rate} % was not in force on {day}; use one of {rates}."
                if rates
                else "VAT {rate} % was not in force on {day}; use a rate of a known period.",
                "row.vat_rate",
                rate=f"{row.vat_percent.normalize():f}",
                day=delivery_date.isoformat(),
                rates=rates,
            )
            errors[k] = e
        out.append(
            InvoiceRowData(
                description=description,
                quantity=row.quantity,
                unit_price=row.unit_price,
                vat_percent=rate,
                unit=unit,
                discount_percent=row.discount_percent,
                product_code=row.product_code.strip(),
                goods=row.goods,
                vat_exemption=row.vat_exemption,
                household_work=row.household_work,
            )
        )
    if errors:
        raise FieldErrors(errors)
    return tuple(out)


def validate_row_vat(
    rows: tuple[InvoiceRowData, ...], treatment: VatTreatment, *, seller_vat_registered: bool
) -> None:
    """Refuse what the treatment does not allow on a new invoice.

    A VAT-registered seller cannot take the old "no VAT" treatment (registration is the
    seller's own setting), and a row sold in Finland without VAT must name its exemption:
    AVL 209 e § wants the reason on the invoice, and "0 %" alone gives none.

    Raises:
        FieldErrors: Keys ``vat_treatment`` and ``rows[i].vat_percent``.
    """
    if not seller_vat_registered:
        return
    errors: dict[str, ValidationError] = {}
    if treatment is VatTreatment.NO_VAT:
        errors["vat_treatment"] = InvalidFormat(
            "A VAT-registered seller charges VAT by the invoice's treatment; choose one "
            "(an exempt sale is marked on its row).",
            code="vat_treatment.no_vat",
            field="vat_treatment",
        )
    for i, row_vat in enumerate(row_vats(rows, treatment, seller_vat_registered=True)):
        if row_vat.category is VatCategory.ZERO:
            key = f"rows[{i}].vat_percent"
            errors[key] = InvalidFormat(
                "A row without VAT needs its reason: choose the exemption (e.g. healthcare, "
                "AVL 34 §) or a VAT rate.",
                code="row.vat_reason",
                field=key,
            )
    if errors:
        raise FieldErrors(errors)


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


def check_buyer_for_treatment(treatment: VatTreatment, buyer: Party) -> None:
    """Refuse a treatment the buyer does not qualify for (AVL 209 e § and the place rules).

    Intra-Community supply and EU reverse charge need a buyer in another EU country with
    a VAT number; construction reverse charge a buyer with a Y-tunnus; a sale outside the
    EU a buyer outside it.

    Raises:
        ValidationError: Codes ``vat_treatment.eu_country``, ``vat_treatment.eu_vat_id``,
            ``vat_treatment.construction_business_id``, ``vat_treatment.outside_eu_country``.
    """
    country = buyer.country or "FI"
    inside_eu = country == "FI" or country in EU_COUNTRIES
    if treatment is VatTreatment.EU_BUSINESS:
        if country == "FI" or not inside_eu:
            raise ValidationError(
                "{name} is not in another EU country, so the sale is not intra-Community.",
                code="vat_treatment.eu_country",
                name=buyer.name,
            )
        if not buyer.vat_id:
            raise ValidationError(
                "{name} has no VAT number; intra-Community supply and reverse charge need it "
                "on the invoice.",
                code="vat_treatment.eu_vat_id",
                name=buyer.name,
            )
    elif treatment is VatTreatment.CONSTRUCTION_REVERSE_CHARGE and not buyer.business_id:
        raise ValidationError(
            "{name} has no Y-tunnus; construction reverse charge needs it on the invoice.",
            code="vat_treatment.construction_business_id",
            name=buyer.name,
        )
    elif treatment is VatTreatment.OUTSIDE_EU and inside_eu:
        raise ValidationError(
            "{name} is in the EU; a sale outside the EU needs a buyer outside it.",
            code="vat_treatment.outside_eu_country",
            name=buyer.name,
        )
