"""Tests for asiakasrekisteri.domain.money."""

from __future__ import annotations

import doctest
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asiakasrekisteri.domain import money
from asiakasrekisteri.domain.errors import InvalidFormat
from asiakasrekisteri.domain.money import (
    CENT,
    format_money,
    format_percent,
    is_whole_cents,
    parse_money,
    parse_percent,
    round_cents,
    to_cents,
)

NBSP = "\u00a0"
cents = st.integers(min_value=-(10**12), max_value=10**12)


def test_doctests() -> None:
    assert doctest.testmod(money).failed == 0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1.005", "1.01"),
        ("1.004", "1.00"),
        ("-1.005", "-1.01"),  # away from zero: a credit note mirrors the invoice
        ("2.5", "2.50"),
        ("0", "0.00"),
    ],
)
def test_round_cents_half_up(value: str, expected: str) -> None:
    result = round_cents(Decimal(value))
    assert result == Decimal(expected)
    assert result.as_tuple().exponent == -2


def test_round_cents_accepts_int() -> None:
    assert str(round_cents(3)) == "3.00"


@pytest.mark.parametrize("value", [1.5, "1.5", True, None])
def test_round_cents_refuses_non_decimal(value: object) -> None:
    with pytest.raises(TypeError):
        round_cents(value)  # type: ignore[arg-type]


def test_cent_constant() -> None:
    assert Decimal("0.01") == CENT


def test_to_cents() -> None:
    assert to_cents(Decimal("12.345")) == 1235
    assert to_cents(Decimal("-12.345")) == -1235
    assert to_cents(7) == 700


@given(cents)
def test_cents_round_trip(value: int) -> None:
    assert to_cents(Decimal(value).scaleb(-2)) == value
    assert is_whole_cents(Decimal(value).scaleb(-2))


def test_is_whole_cents() -> None:
    assert is_whole_cents(Decimal("1.50"))
    assert is_whole_cents(Decimal("2"))
    assert not is_whole_cents(Decimal("1.505"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 234,50", "1234.50"),
        ("1234.5", "1234.5"),
        ("1.234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("€ 12", "12"),
        ("12,5 €", "12.5"),
        ("12 EUR", "12"),
        ("eur12", "12"),
        ("-12,50", "-12.50"),
        ("−1 234,50 €", "-1234.50"),  # U+2212 minus
        ("-€12", "-12"),
        ("€-12", "-12"),
        ("+5", "5"),
        ("1.234.567,89", "1234567.89"),
        ("1 234 567", "1234567"),
        (f"1{NBSP}234,50{NBSP}€", "1234.50"),
        ("1\u202f234,50", "1234.50"),  # narrow no-break space
        ("1,234", "1.234"),  # a single separator is the decimal separator
        ("0,125", "0.125"),  # unit prices may have more decimals
        ("  7  ", "7"),
    ],
)
def test_parse_money(text: str, expected: str) -> None:
    result = parse_money(text)
    assert result == Decimal(expected)
    assert isinstance(result, Decimal)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "12,",
        "1,2,3",
        "12 34",
        "1.2.3,4",
        "1.234,5.6",
        "1,234 5",
        "--1",
        "-+1",
        "1e5",
        "NaN",
        "Infinity",
        "€",
        "12 €€",
        "1.234 567",
        "1234,5678.9",
        "12$",
        "١٢",  # Arabic-Indic digits
    ],
)
def test_parse_money_rejects(text: str) -> None:
    with pytest.raises(InvalidFormat) as info:
        parse_money(text)
    assert info.value.code == "money.format"
    assert text in info.value.message


@given(cents)
def test_format_then_parse_round_trip(value: int) -> None:
    amount = Decimal(value).scaleb(-2)
    for language in ("fi", "sv", "en"):
        assert parse_money(format_money(amount, language)) == amount


@pytest.mark.parametrize(
    ("amount", "language", "expected"),
    [
        ("1234.5", "fi", f"1{NBSP}234,50{NBSP}€"),
        ("1234.5", "sv", f"1{NBSP}234,50{NBSP}€"),
        ("1234.5", "en", "€1,234.50"),
        ("0", "fi", f"0,00{NBSP}€"),
        ("-12", "fi", f"-12,00{NBSP}€"),
        ("-12", "en", "-€12.00"),
        ("-0.001", "fi", f"0,00{NBSP}€"),  # no "-0,00"
        ("1234567.891", "en", "€1,234,567.89"),
        ("999", "fi", f"999,00{NBSP}€"),
    ],
)
def test_format_money(amount: str, language: str, expected: str) -> None:
    assert format_money(Decimal(amount), language) == expected


def test_format_money_default_language_is_finnish() -> None:
    assert format_money(Decimal("1")) == f"1,00{NBSP}€"


def test_format_money_unknown_language() -> None:
    with pytest.raises(ValueError, match="de"):
        format_money(Decimal(1), "de")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25,5", "25.5"),
        ("25.5 %", "25.5"),
        ("24%", "24"),
        ("0", "0"),
        ("100", "100"),
        (" 13,5 ", "13.5"),
    ],
)
def test_parse_percent(text: str, expected: str) -> None:
    assert parse_percent(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "percent.format"),
        ("-5", "percent.format"),
        ("abc", "percent.format"),
        ("1,2,3", "percent.format"),
        ("100,01", "percent.range"),
        ("250", "percent.range"),
    ],
)
def test_parse_percent_rejects(text: str, code: str) -> None:
    with pytest.raises(InvalidFormat) as info:
        parse_percent(text)
    assert info.value.code == code


@pytest.mark.parametrize(
    ("rate", "language", "expected"),
    [
        ("25.50", "fi", f"25,5{NBSP}%"),
        ("24", "sv", f"24{NBSP}%"),
        ("13.5", "en", "13.5%"),
        ("100", "en", "100%"),
        ("0.00", "fi", f"0{NBSP}%"),
    ],
)
def test_format_percent(rate: str, language: str, expected: str) -> None:
    assert format_percent(Decimal(rate), language) == expected


def test_format_percent_errors() -> None:
    assert format_percent(Decimal("10")) == f"10{NBSP}%"
    with pytest.raises(ValueError, match="language"):
        format_percent(Decimal(1), "de")
    with pytest.raises(ValueError, match="finite"):
        format_percent(Decimal("NaN"))
