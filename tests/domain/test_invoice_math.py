"""Tests for asiakasrekisteri.domain.invoice_math."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.invoice_math import (
    InvoiceLine,
    InvoiceTotals,
    LineTotals,
    VatBreakdownRow,
    compute_totals,
)

D = Decimal


def line(qty: str, price: str, vat: str = "25.5", discount: str = "0") -> InvoiceLine:
    return InvoiceLine(D(qty), D(price), D(discount), D(vat))


def assert_invariants(totals: InvoiceTotals) -> None:
    assert totals.net + totals.vat == totals.gross
    assert sum((row.net for row in totals.breakdown), D(0)) == totals.net
    assert sum((row.vat for row in totals.breakdown), D(0)) == totals.vat
    assert sum((row.gross for row in totals.breakdown), D(0)) == totals.gross
    rates = [row.rate for row in totals.breakdown]
    assert rates == sorted(rates, reverse=True)
    assert len(set(rates)) == len(rates)
    for row in totals.breakdown:
        assert row.net + row.vat == row.gross
    for amounts in totals.lines:
        assert amounts.net + amounts.vat == amounts.gross
    for value in (totals.net, totals.vat, totals.gross):
        assert value.as_tuple().exponent == -2


def test_simple_invoice() -> None:
    totals = compute_totals([line("2", "50"), line("1", "10", vat="14")])
    assert totals.lines == (
        LineTotals(D("100.00"), D("25.50"), D("125.50")),
        LineTotals(D("10.00"), D("1.40"), D("11.40")),
    )
    assert totals.breakdown == (
        VatBreakdownRow(D("25.5"), D("100.00"), D("25.50"), D("125.50")),
        VatBreakdownRow(D("14"), D("10.00"), D("1.40"), D("11.40")),
    )
    assert (totals.net, totals.vat, totals.gross) == (D("110.00"), D("26.90"), D("136.90"))
    assert_invariants(totals)


def test_vat_per_rate_not_per_line() -> None:
    # Three rows of 0.10 € at 25.5 %: each row's VAT rounds to 0.03 (sum 0.09), but
    # the VAT of the taxable amount 0.30 is 0.0765 → 0.08.
    totals = compute_totals([line("1", "0.10")] * 3)
    assert [amounts.vat for amounts in totals.lines] == [D("0.03")] * 3
    assert totals.breakdown == (VatBreakdownRow(D("25.5"), D("0.30"), D("0.08"), D("0.38")),)
    assert totals.gross == D("0.38")
    assert_invariants(totals)


def test_line_rounding_half_up_and_discount() -> None:
    # 3 × 3.335 = 10.005 → 10.01; 10 % discount on 19.99 = 17.991 → 17.99
    totals = compute_totals([line("3", "3.335", vat="0"), line("1", "19.99", discount="10")])
    assert totals.lines[0].net == D("10.01")
    assert totals.lines[1].net == D("17.99")
    assert totals.breakdown[-1].rate == 0
    assert totals.breakdown[-1].vat == D("0.00")
    assert_invariants(totals)


def test_credit_note_mirrors_invoice() -> None:
    rows = [line("3", "3.335"), line("1", "19.99", discount="10", vat="14")]
    invoice = compute_totals(rows)
    credit = compute_totals(
        [InvoiceLine(-r.quantity, r.unit_price, r.discount_percent, r.vat_percent) for r in rows]
    )
    assert credit.gross == -invoice.gross
    assert credit.vat == -invoice.vat
    assert [row.net for row in credit.breakdown] == [-row.net for row in invoice.breakdown]
    assert_invariants(credit)


def test_equal_rates_spelled_differently_are_one_row() -> None:
    totals = compute_totals([line("1", "10", vat="24"), line("1", "10", vat="24.00")])
    assert len(totals.breakdown) == 1
    assert str(totals.breakdown[0].rate) == "24"
    assert totals.breakdown[0].vat == D("4.80")


def test_empty_invoice() -> None:
    totals = compute_totals([])
    assert totals == InvoiceTotals((), (), D("0.00"), D("0.00"), D("0.00"))
    assert_invariants(totals)


def test_full_discount() -> None:
    totals = compute_totals([line("5", "20", discount="100")])
    assert totals.gross == 0
    assert_invariants(totals)


def test_prices_include_vat() -> None:
    # 12.55 incl. 25.5 % → VAT 12.55 × 25.5 / 125.5 = 2.55, net 10.00
    totals = compute_totals(
        [line("1", "12.55"), line("2", "11.40", vat="14")], prices_include_vat=True
    )
    assert totals.lines[0] == LineTotals(D("10.00"), D("2.55"), D("12.55"))
    assert totals.breakdown == (
        VatBreakdownRow(D("25.5"), D("10.00"), D("2.55"), D("12.55")),
        VatBreakdownRow(D("14"), D("20.00"), D("2.80"), D("22.80")),
    )
    assert totals.gross == D("35.35")
    assert_invariants(totals)


def test_prices_include_vat_gross_is_what_customer_saw() -> None:
    rows = [line("1", "0.99")] * 7
    totals = compute_totals(rows, prices_include_vat=True)
    assert totals.gross == D("6.93")
    assert_invariants(totals)


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"discount_percent": D("-1")}, "invoice.discount_range"),
        ({"discount_percent": D("100.01")}, "invoice.discount_range"),
        ({"vat_percent": D("-0.1")}, "invoice.vat_range"),
        ({"vat_percent": D("101")}, "invoice.vat_range"),
    ],
)
def test_line_validation(kwargs: dict[str, Decimal], code: str) -> None:
    fields = {
        "quantity": D(1),
        "unit_price": D(1),
        "discount_percent": D(0),
        "vat_percent": D(24),
        **kwargs,
    }
    with pytest.raises(ValidationError) as info:
        InvoiceLine(**fields)
    assert info.value.code == code


@pytest.mark.parametrize("bad", [1.5, 1, "1", D("NaN"), D("Infinity")])
def test_line_refuses_non_decimal(bad: object) -> None:
    with pytest.raises(TypeError):
        InvoiceLine(bad, D(1), D(0), D(24))  # type: ignore[arg-type]


def test_line_is_frozen() -> None:
    row = line("1", "1")
    with pytest.raises(AttributeError):
        row.quantity = D(2)  # type: ignore[misc]


quantities = st.decimals(min_value=-1000, max_value=1000, places=3, allow_nan=False)
prices = st.decimals(min_value=0, max_value=100_000, places=4, allow_nan=False)
discounts = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False)
vat_rates = st.sampled_from([D("25.5"), D("24"), D("14"), D("13.5"), D("10"), D("0")])
lines_strategy = st.lists(
    st.builds(InvoiceLine, quantities, prices, discounts, vat_rates), max_size=25
)


@given(lines_strategy, st.booleans())
def test_invariants(lines: list[InvoiceLine], inclusive: bool) -> None:
    totals = compute_totals(lines, prices_include_vat=inclusive)
    assert_invariants(totals)
    assert len(totals.lines) == len(lines)
    if inclusive:
        assert totals.gross == sum((amounts.gross for amounts in totals.lines), D(0))
    else:
        assert totals.net == sum((amounts.net for amounts in totals.lines), D(0))
    for row in totals.breakdown:
        rate_net = row.net if not inclusive else row.gross - row.vat
        assert abs(row.vat - rate_net * row.rate / 100) <= D("0.005") + (
            D("0.01") if inclusive else 0
        )


@given(lines_strategy)
def test_credit_note_is_exact_negation(lines: list[InvoiceLine]) -> None:
    invoice = compute_totals(lines)
    credit = compute_totals(
        [InvoiceLine(-r.quantity, r.unit_price, r.discount_percent, r.vat_percent) for r in lines]
    )
    assert (credit.net, credit.vat, credit.gross) == (-invoice.net, -invoice.vat, -invoice.gross)
