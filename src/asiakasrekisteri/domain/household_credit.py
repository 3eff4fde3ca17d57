"""The household tax credit (kotitalousvähennys): the work on an invoice that qualifies.

A private buyer may deduct part of the cost of work done in their home (cleaning,
renovation, care) in their own taxation. The credit is for the work only, VAT included,
not for materials or travel, so the invoice must show the work separately; and it is
granted only when the seller is in the prepayment register (ennakkoperintärekisteri),
so the invoice states that too. Rows are marked as work (``household_work``) by the
user; a row that mixes work and materials is entered as two rows.

The amounts come from :func:`~asiakasrekisteri.domain.invoice_math.compute_totals` over
the work rows alone, by the invoice's own rules: the VAT of the work is that of its
rates' sums, so it is exact to the cent in itself (it is a statement for the buyer's tax
return, not a part of the VAT breakdown, and may differ by a cent from the share one
would compute from the breakdown).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from asiakasrekisteri.domain.invoice_math import InvoiceLine, compute_totals

__all__ = ["HouseholdLabour", "household_labour"]


class _Row(Protocol):
    @property
    def quantity(self) -> Decimal: ...
    @property
    def unit_price(self) -> Decimal: ...
    @property
    def discount_percent(self) -> Decimal: ...
    @property
    def household_work(self) -> bool: ...


class _Rate(Protocol):
    @property
    def rate(self) -> Decimal: ...


@dataclass(frozen=True, slots=True)
class HouseholdLabour:
    """The work on an invoice that qualifies for the household tax credit.

    Attributes:
        net: The work without VAT.
        vat: Its VAT.
        gross: The work with VAT: the amount the credit is computed from.
    """

    net: Decimal
    vat: Decimal
    gross: Decimal


def household_labour(
    rows: Sequence[_Row], rates: Sequence[_Rate], *, prices_include_vat: bool
) -> HouseholdLabour | None:
    """The work rows' amounts, or None when no row is marked as work.

    Args:
        rows: The invoice rows.
        rates: Each row's charged VAT rate, in the same order.
        prices_include_vat: True when the unit prices are VAT-inclusive.
    """
    lines = [
        InvoiceLine(
            quantity=row.quantity,
            unit_price=row.unit_price,
            discount_percent=row.discount_percent,
            vat_percent=rate.rate,
        )
        for row, rate in zip(rows, rates, strict=True)
        if row.household_work
    ]
    if not lines:
        return None
    totals = compute_totals(lines, prices_include_vat=prices_include_vat)
    return HouseholdLabour(net=totals.net, vat=totals.vat, gross=totals.gross)
