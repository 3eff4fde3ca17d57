"""Invoice row and total arithmetic: net, VAT and gross with a VAT breakdown per rate.

Rounding rules (all half up to the cent, away from zero for negatives, so a credit note
with negated quantities mirrors its invoice to the cent):

1. Each row's amount ``quantity × unit price × (1 − discount %)`` is rounded to the cent.
   This is the row total printed on the invoice.
2. VAT is computed **once per rate** on the sum of the rounded row amounts of that rate,
   and rounded. This is the EN 16931 rule (BR-CO-17: VAT category tax amount = taxable
   amount × rate, rounded to two decimals) that Finvoice/e-invoice validators check, and
   it is what AVL 209 e § asks the invoice to show: the taxable amount and the tax per
   rate. Rounding VAT per row instead would let the breakdown drift from ``taxable ×
   rate`` by several cents on long invoices.
3. The invoice totals are the sums of the breakdown rows, so ``net + vat == gross`` and
   the breakdown adds up to the totals exactly.

Each row's own VAT and gross (:class:`LineTotals`) are for display only; their sum can
differ by a cent or so from the breakdown, which is authoritative.

With ``prices_include_vat=True`` the unit price is VAT-inclusive: rounded row amounts are
gross, the VAT per rate is ``gross × rate / (100 + rate)`` rounded, and net = gross − VAT.

Apply the customer's VAT treatment (``vat.effective_rate``) to ``vat_percent`` before
calling :func:`compute_totals`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.money import HUNDRED, ZERO, round_cents

__all__ = ["InvoiceLine", "InvoiceTotals", "LineTotals", "VatBreakdownRow", "compute_totals"]


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    """One invoice row as far as arithmetic is concerned.

    Attributes:
        quantity: Quantity; negative on credit notes.
        unit_price: Unit price, VAT-exclusive (VAT-inclusive only when the totals are
            computed with ``prices_include_vat=True``).
        discount_percent: Discount 0–100 %.
        vat_percent: VAT rate 0–100 %.

    Raises:
        TypeError: If a field is not a Decimal (floats are refused).
        ValidationError: Code ``"invoice.discount_range"`` or ``"invoice.vat_range"``.
    """

    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal
    vat_percent: Decimal

    def __post_init__(self) -> None:
        for name in ("quantity", "unit_price", "discount_percent", "vat_percent"):
            value = getattr(self, name)
            if not isinstance(value, Decimal) or not value.is_finite():
                raise TypeError(f"{name} must be a finite Decimal, not {value!r}")
        if not ZERO <= self.discount_percent <= HUNDRED:
            raise ValidationError(
                "A discount must be between 0 and 100 %, not {value}.",
                code="invoice.discount_range",
                value=self.discount_percent,
            )
        if not ZERO <= self.vat_percent <= HUNDRED:
            raise ValidationError(
                "A VAT rate must be between 0 and 100 %, not {value}.",
                code="invoice.vat_range",
                value=self.vat_percent,
            )

    @property
    def amount(self) -> Decimal:
        """The row amount rounded to the cent: quantity × unit price × (1 − discount)."""
        return round_cents(
            self.quantity * self.unit_price * (HUNDRED - self.discount_percent) / HUNDRED
        )


@dataclass(frozen=True, slots=True)
class LineTotals:
    """Amounts of one row.

    Attributes:
        net: VAT-exclusive amount (authoritative).
        vat: The row's VAT, rounded per row (display only; see module docstring).
        gross: ``net + vat``.
    """

    net: Decimal
    vat: Decimal
    gross: Decimal


@dataclass(frozen=True, slots=True)
class VatBreakdownRow:
    """Sums for one VAT rate (ALV-erittely).

    Attributes:
        rate: VAT rate in percent.
        net: Taxable amount (veroton).
        vat: VAT amount (vero).
        gross: ``net + vat`` (verollinen).
    """

    rate: Decimal
    net: Decimal
    vat: Decimal
    gross: Decimal


@dataclass(frozen=True, slots=True)
class InvoiceTotals:
    """Totals of an invoice.

    Attributes:
        lines: Per-row amounts, in the order of the input rows.
        breakdown: One row per VAT rate, highest rate first.
        net: Sum of the breakdown's ``net``.
        vat: Sum of the breakdown's ``vat``.
        gross: Sum of the breakdown's ``gross``; the amount to pay.
    """

    lines: tuple[LineTotals, ...]
    breakdown: tuple[VatBreakdownRow, ...]
    net: Decimal
    vat: Decimal
    gross: Decimal


def _vat_of_net(net: Decimal, rate: Decimal) -> Decimal:
    return round_cents(net * rate / HUNDRED)


def _vat_of_gross(gross: Decimal, rate: Decimal) -> Decimal:
    return round_cents(gross * rate / (HUNDRED + rate))


def compute_totals(
    lines: Iterable[InvoiceLine], *, prices_include_vat: bool = False
) -> InvoiceTotals:
    """Compute row amounts, the VAT breakdown and the invoice totals.

    Args:
        lines: The invoice rows, with the effective VAT rate already applied.
        prices_include_vat: True if unit prices include VAT.

    Returns:
        The totals; every amount has exactly two decimals.
    """
    line_totals: list[LineTotals] = []
    sums: dict[Decimal, Decimal] = {}
    for line in lines:
        rate = line.vat_percent
        amount = line.amount
        if prices_include_vat:
            vat = _vat_of_gross(amount, rate)
            line_totals.append(LineTotals(net=amount - vat, vat=vat, gross=amount))
        else:
            vat = _vat_of_net(amount, rate)
            line_totals.append(LineTotals(net=amount, vat=vat, gross=amount + vat))
        # Decimal("24") and Decimal("24.0") are one rate; the dict keeps the first spelling.
        sums[rate] = sums.get(rate, ZERO) + amount

    breakdown: list[VatBreakdownRow] = []
    for rate in sorted(sums, reverse=True):
        total = sums[rate]
        if prices_include_vat:
            vat = _vat_of_gross(total, rate)
            net, gross = total - vat, total
        else:
            vat = _vat_of_net(total, rate)
            net, gross = total, total + vat
        breakdown.append(VatBreakdownRow(rate=rate, net=net, vat=vat, gross=gross))

    return InvoiceTotals(
        lines=tuple(line_totals),
        breakdown=tuple(breakdown),
        net=sum((row.net for row in breakdown), ZERO),
        vat=sum((row.vat for row in breakdown), ZERO),
        gross=sum((row.gross for row in breakdown), ZERO),
    )
