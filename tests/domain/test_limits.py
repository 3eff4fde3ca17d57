"""The bounds of stored values: dates, amounts, decimals, custom field names, encoding."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from asiakasrekisteri.domain.errors import InvalidFormat, RequiredValue, ValidationError
from asiakasrekisteri.domain.limits import (
    EARLIEST_DATE,
    LATEST_DATE,
    MAX_AMOUNT,
    MAX_CUSTOM_FIELD_NAME,
    check_amount,
    check_custom_field_name,
    check_date,
    check_encoding,
    has_decimals_within,
)

D = Decimal


def _code(func: object, *args: object) -> str:
    with pytest.raises(ValidationError) as info:
        func(*args)  # type: ignore[operator]
    return info.value.code


@pytest.mark.parametrize("text", ["", "Kävijä Oy", "日本 📎", "a\nb"])
def test_valid_text_passes(text: str) -> None:
    assert check_encoding(text) == text


@pytest.mark.parametrize("text", ["x\udcff", "\udce4iti", "Oy\ud800"])
def test_bytes_that_are_not_utf8_are_refused(text: str) -> None:
    assert _code(check_encoding, text) == "text.encoding"


@pytest.mark.parametrize("day", [EARLIEST_DATE, date(2026, 3, 1), LATEST_DATE])
def test_dates_in_range_pass(day: date) -> None:
    assert check_date(day) == day


@pytest.mark.parametrize("day", [date(1900, 1, 1), date(1999, 12, 31), date(9999, 12, 31)])
def test_dates_out_of_range_are_refused(day: date) -> None:
    with pytest.raises(InvalidFormat) as info:
        check_date(day)
    assert info.value.code == "date.range"
    assert info.value.message == (
        f"Give a date from 2000-01-01 to 2100-12-31, not {day.isoformat()}."
    )


@pytest.mark.parametrize("amount", [D(0), D("0.01"), D("12.5"), MAX_AMOUNT])
def test_amounts_in_range_pass(amount: D) -> None:
    assert check_amount(amount) == amount


@pytest.mark.parametrize(
    ("amount", "code"),
    [
        (D("1e30"), "amount.range"),
        (D("12345678901234567890"), "amount.range"),
        (D("-0.01"), "amount.range"),
        (D("NaN"), "amount.range"),
        (D("Infinity"), "amount.range"),
        (D("0.001"), "amount.cents"),
        (D("1e-400"), "amount.cents"),
    ],
)
def test_amounts_out_of_range_or_with_fractions_of_cents_are_refused(amount: D, code: str) -> None:
    assert _code(check_amount, amount) == code


@pytest.mark.parametrize(
    ("value", "places", "fits"),
    [
        (D("1.125"), 3, True),
        (D("1.1250"), 3, True),  # trailing zeros are no decimals
        (D("1.1255"), 3, False),
        (D("1e-400"), 3, False),
        (D("1E+3"), 0, True),
        (D("12"), 2, True),
    ],
)
def test_decimals_are_counted_without_trailing_zeros(value: D, places: int, fits: bool) -> None:
    assert has_decimals_within(value, places) is fits


def test_a_custom_field_name_is_trimmed() -> None:
    assert check_custom_field_name("  Jäsennumero ") == "Jäsennumero"
    assert check_custom_field_name("x" * MAX_CUSTOM_FIELD_NAME) == "x" * MAX_CUSTOM_FIELD_NAME


@pytest.mark.parametrize(
    ("name", "kind", "code"),
    [
        ("", RequiredValue, "custom_field.name"),
        ("  \t ", RequiredValue, "custom_field.name"),
        ("rivi\nrivi", InvalidFormat, "custom_field.name_characters"),
        ("a\tb", InvalidFormat, "custom_field.name_characters"),
        ("a\x1b[31mb", InvalidFormat, "custom_field.name_characters"),
        ("lasku\u202efdp", InvalidFormat, "custom_field.name_characters"),
        ("x" * (MAX_CUSTOM_FIELD_NAME + 1), InvalidFormat, "custom_field.name_length"),
        ("x" * 10_000, InvalidFormat, "custom_field.name_length"),
        ("nimi\udcff", InvalidFormat, "text.encoding"),
    ],
)
def test_bad_custom_field_names_are_refused(
    name: str, kind: type[ValidationError], code: str
) -> None:
    with pytest.raises(kind) as info:
        check_custom_field_name(name)
    assert info.value.code == code
