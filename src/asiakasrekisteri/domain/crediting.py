"""Credit notes in part or in full: what is still creditable and the rows that credit it.

An invoice may be credited in several credit notes, each crediting chosen rows (all or
part of a row's quantity) or an amount. What is creditable is tracked two ways, and a
credit must fit both:

* per row, the quantity not yet credited (row credits take from it);
* in money, the invoice's total less what its credit notes credited so far.

A row credit copies the row with its quantity negated: the credit note prices it exactly
as the invoice did (same unit price, discount and VAT rate), and its VAT breakdown is
computed by the same rules as any invoice's, so it is exact to the cent in itself. Each
credit note rounds its own VAT per rate, so an invoice credited row by row in several
notes may end up credited a cent more or less than its total; the credit that takes the
last of every row is therefore allowed to pass the total by that rounding, and the
invoice then counts as credited in full (everything paid on it is owed back).

An amount credit is VAT-inclusive: the amount is split over the VAT rates (and VAT
categories) of what is still creditable in proportion to their gross amounts, by the
largest remainder so that the parts add up to the amount to the cent, and each part
becomes one row whose VAT-inclusive price is that part. The credit note's total is then
exactly the amount given.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_FLOOR, Decimal

from asiakasrekisteri.domain.enums import VatExemption
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.invoice import InvoiceRowData
from asiakasrekisteri.domain.limits import QUANTITY_DECIMALS, has_decimals_within
from asiakasrekisteri.domain.money import CENT, HUNDRED, ZERO, is_whole_cents, round_cents

__all__ = [
    "CreditRequest",
    "Creditable",
    "RowCredit",
    "VatKey",
    "amount_rows",
    "amount_text",
    "check_amount",
    "creditable",
    "row_credit_rows",
    "split_amount",
    "vat_key",
    "with_vat",
]

# What decides a row's VAT on a credit note: its rate, goods or services, its exemption.
VatKey = tuple[Decimal, bool, VatExemption | None]

# The description of an amount credit's rows, in the credit note's language.
_AMOUNT_TEXT = {
    "fi": "Hyvitys laskusta {number}",
    "sv": "Gottgörelse för faktura {number}",
    "en": "Credit on invoice {number}",
}


def vat_key(row: InvoiceRowData) -> VatKey:
    """The facts that decide a row's VAT; an amount credit keeps one row per key."""
    return (row.vat_percent.normalize(), row.goods, row.vat_exemption)


def amount_text(language: str, number: int | None) -> str:
    """The default description of an amount credit's rows."""
    return _AMOUNT_TEXT[language].format(number=number if number is not None else "")


@dataclass(frozen=True)
class RowCredit:
    """Credit part or all of one row.

    Attributes:
        index: The row's index on the invoice (0 = the first row).
        quantity: How much of its quantity to credit (positive); None = all that is left.
    """

    index: int
    quantity: Decimal | None = None


@dataclass(frozen=True)
class CreditRequest:
    """What a credit note credits: chosen rows, an amount, or (neither) all that is left.

    Attributes:
        rows: The rows and quantities to credit.
        amount: A VAT-inclusive amount to credit instead of rows.
        description: The text of an amount credit's rows ("" = the default wording).
    """

    rows: tuple[RowCredit, ...] = ()
    amount: Decimal | None = None
    description: str = ""

    @property
    def is_full(self) -> bool:
        return not self.rows and self.amount is None


@dataclass(frozen=True)
class Creditable:
    """What is still creditable on an invoice.

    Attributes:
        quantities: Per row of the invoice, the quantity not yet credited.
        amount: The total less what credit notes credited so far (VAT included).
        by_key: The gross still creditable per VAT key (the weights of an amount credit).
    """

    quantities: tuple[Decimal, ...]
    amount: Decimal
    by_key: Mapping[VatKey, Decimal]

    @property
    def rows_left(self) -> bool:
        """True while some row has a quantity left to credit."""
        return any(q != 0 for q in self.quantities)


def row_credit_rows(
    rows: Sequence[InvoiceRowData], creditable: Creditable, credits: Sequence[RowCredit]
) -> tuple[tuple[InvoiceRowData, int], ...]:
    """The credit note's rows for row credits, each with the invoice row it credits.

    Raises:
        ValidationError: ``credit.row`` (no such row, or a row named twice),
            ``credit.quantity`` (not positive, more decimals than stored, or more than
            is left), ``credit.nothing_left`` (the row is credited already).
    """
    out: list[tuple[InvoiceRowData, int]] = []
    seen: set[int] = set()
    for credit in credits:
        if not 0 <= credit.index < len(rows) or credit.index in seen:
            raise ValidationError(
                "Row {row} is not a row of the invoice, or it is named twice.",
                code="credit.row",
                row=credit.index + 1,
            )
        seen.add(credit.index)
        left = creditable.quantities[credit.index]
        if left == 0:
            raise ValidationError(
                "Row {row} has been credited already.",
                code="credit.nothing_left",
                row=credit.index + 1,
            )
        quantity = left if credit.quantity is None else credit.quantity
        sign = Decimal(1) if left > 0 else Decimal(-1)
        if (
            not quantity.is_finite()
            or quantity <= 0
            or not has_decimals_within(quantity, QUANTITY_DECIMALS)
            or quantity > abs(left)
        ):
            raise ValidationError(
                "Row {row}: credit a quantity above 0 and at most {left}, with at most three "
                "decimals.",
                code="credit.quantity",
                row=credit.index + 1,
                left=f"{abs(left).normalize():f}",
            )
        original = rows[credit.index]
        out.append((replace(original, quantity=-sign * quantity), credit.index))
    return tuple(out)


def split_amount(amount: Decimal, weights: Mapping[VatKey, Decimal]) -> dict[VatKey, Decimal]:
    """Split ``amount`` over the keys in proportion to their (positive) weights.

    Each part is whole cents; the cents left after rounding down go to the largest
    remainders (ties to the larger weight), so the parts add up to ``amount`` exactly.
    """
    positive = {k: w for k, w in weights.items() if w > 0}
    total = sum(positive.values(), ZERO)
    if total <= 0:
        raise ValidationError(
            "Nothing is left to credit on the invoice.", code="credit.nothing_left"
        )
    parts: dict[VatKey, Decimal] = {}
    remainders: list[tuple[Decimal, Decimal, int, VatKey]] = []
    for order, (key, weight) in enumerate(positive.items()):
        exact = amount * weight / total
        part = exact.quantize(CENT, rounding=ROUND_FLOOR)
        parts[key] = part
        remainders.append((exact - part, weight, -order, key))
    left = int((amount - sum(parts.values(), ZERO)) / CENT)
    for *_rank, key in sorted(remainders, reverse=True)[:left]:
        parts[key] += CENT
    return {k: v for k, v in parts.items() if v != 0}


def check_amount(amount: Decimal, creditable: Creditable) -> None:
    """Refuse an amount credit that is not positive whole cents or more than is left.

    Raises:
        ValidationError: ``credit.amount``.
    """
    if (
        not amount.is_finite()
        or amount <= 0
        or not is_whole_cents(amount)
        or amount > creditable.amount
    ):
        raise ValidationError(
            "Credit an amount above 0 and at most {left} €, in whole cents.",
            code="credit.amount",
            left=f"{creditable.amount:.2f}".replace(".", ","),
        )


def amount_rows(
    amount: Decimal, creditable: Creditable, rows: Sequence[InvoiceRowData], description: str
) -> tuple[InvoiceRowData, ...]:
    """The VAT-inclusive rows of an amount credit: one per VAT key, adding up to ``amount``.

    Raises:
        ValidationError: ``credit.amount``, ``credit.nothing_left``.
    """
    check_amount(amount, creditable)
    parts = split_amount(amount, creditable.by_key)
    samples = {vat_key(row): row for row in rows}
    return tuple(
        InvoiceRowData(
            description=description,
            quantity=Decimal(-1),
            unit_price=part,
            vat_percent=samples[key].vat_percent,
            goods=key[1],
            vat_exemption=key[2],
            household_work=False,
        )
        for key, part in parts.items()
    )


def creditable(
    rows: Sequence[InvoiceRowData],
    gross_by_row: Sequence[Decimal],
    credited: Sequence[tuple[InvoiceRowData, Decimal, int | None]],
    *,
    total: Decimal,
    credited_amount: Decimal,
) -> Creditable:
    """What is still creditable on an invoice after its earlier credit notes.

    Args:
        rows: The invoice's rows.
        gross_by_row: Each row's amount with VAT (the invoice's line totals).
        credited: Every row of its credit notes so far: the row, its amount with VAT
            (negative), and the index of the invoice row it credits (None for an amount
            credit's row).
        total: The invoice total.
        credited_amount: What its credit notes credited so far (positive).
    """
    quantities = [row.quantity for row in rows]
    by_key: dict[VatKey, Decimal] = {}
    for row, gross in zip(rows, gross_by_row, strict=True):
        by_key[vat_key(row)] = by_key.get(vat_key(row), ZERO) + gross
    for row, gross, index in credited:
        if index is not None and 0 <= index < len(quantities):
            quantities[index] += row.quantity
        by_key[vat_key(row)] = by_key.get(vat_key(row), ZERO) + gross
    return Creditable(
        quantities=tuple(quantities),
        amount=max(total - credited_amount, ZERO),
        by_key=by_key,
    )


def with_vat(row: InvoiceRowData) -> InvoiceRowData:
    """A row with a VAT-exclusive unit price (a product's) priced VAT-inclusive, rounded
    to the cent, for an invoice whose prices include VAT."""
    gross = row.unit_price * (HUNDRED + row.vat_percent) / HUNDRED
    return replace(row, unit_price=round_cents(gross))
