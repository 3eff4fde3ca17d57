"""Tests for asiakasrekisteri.domain.operators."""

from __future__ import annotations

import dataclasses
import doctest

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asiakasrekisteri.domain import operators
from asiakasrekisteri.domain.errors import InvalidFormat, RequiredValue, ValidationError
from asiakasrekisteri.domain.identifiers import normalize_bic, normalize_einvoice_address
from asiakasrekisteri.domain.operators import (
    DEFAULT_OPERATORS,
    EInvoiceOperator,
    normalize_operator_code,
)

# Operator and bank ids as the operators publish them.
DOCUMENTED_OPERATORS = {
    "003723327487": "Apix",
    "003721291126": "Maventa",
    "BAWCFI22": "Basware",
    "003703575029": "CGI",
    "E204503": "OpusCapita",
    "003710948874": "Posti",
    "003723609900": "Pagero",
    "PAGERO": "Pagero",
    "003708599126": "Opentext",
    "003701011385": "Tieto",
    "003714377140": "Ropo",
    "003701150617": "PostNord",
    "003726044706": "Netbox",
    "INEXCHANGE": "InExchange",
    "CREDIFLOW": "Crediflow",
    "885060259470028": "Tradeshift",
}
DOCUMENTED_BANKS = {
    "NDEAFIHH": "Nordea",
    "OKOYFIHH": "OP",
    "DABAFIHH": "Danske",
    "HELSFIHH": "Aktia",
    "HANDFIHH": "Handelsbanken",
    "SBANFIHH": "S-Pankki",
    "ITELFIHH": "Säästöpankki",
    "POPFFI22": "POP Pankit",
    "AABAFI22": "Ålandsbanken",
    "DNBAFIHX": "DNB",
}


def test_doctests() -> None:
    result = doctest.testmod(operators, raise_on_error=False)
    assert result.attempted > 0
    assert result.failed == 0


def test_default_operators_match_the_reference() -> None:
    by_code = {operator.code: operator.name for operator in DEFAULT_OPERATORS}
    assert len(by_code) == len(DEFAULT_OPERATORS), "duplicate code"
    assert set(by_code) == set(DOCUMENTED_OPERATORS) | set(DOCUMENTED_BANKS)
    for code, name_part in {**DOCUMENTED_OPERATORS, **DOCUMENTED_BANKS}.items():
        assert name_part in by_code[code], code


def test_default_operator_codes_are_normalised_and_well_formed() -> None:
    for operator in DEFAULT_OPERATORS:
        assert normalize_operator_code(operator.code) == operator.code
        assert operator.name.strip() == operator.name != ""
        if operator.code.startswith("0037"):
            # An operator's OVT code embeds its Y-tunnus, so the check digit must hold.
            assert normalize_einvoice_address(operator.code) == operator.code
    for code in DOCUMENTED_BANKS:
        assert normalize_bic(code) == code


def test_operator_is_frozen() -> None:
    operator = EInvoiceOperator("NDEAFIHH", "Nordea")
    with pytest.raises(dataclasses.FrozenInstanceError):
        operator.code = "X"  # type: ignore[misc]
    assert operator == EInvoiceOperator("NDEAFIHH", "Nordea")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("003723327487", "003723327487"),
        (" pagero ", "PAGERO"),
        ("ndeafihh", "NDEAFIHH"),
        ("E204503", "E204503"),
        ("ABCD", "ABCD"),
        ("1" * 35, "1" * 35),
    ],
)
def test_normalize_operator_code(value: str, expected: str) -> None:
    assert normalize_operator_code(value) == expected


@pytest.mark.parametrize("value", ["ABC", "1" * 36, "NDEA FIHH", "NDEA-FIHH", "ÄÖÅÅ", "0037:123"])
def test_normalize_operator_code_invalid(value: str) -> None:
    with pytest.raises(InvalidFormat) as info:
        normalize_operator_code(value)
    assert info.value.code == "operator_code.format"
    assert info.value.params == {"value": value.strip()}


def test_normalize_operator_code_required() -> None:
    with pytest.raises(RequiredValue) as info:
        normalize_operator_code("  ")
    assert info.value.code == "operator_code.required"


@given(st.text())
def test_normalize_operator_code_raises_only_validation_errors(value: str) -> None:
    try:
        assert normalize_operator_code(value) == value.strip().upper()
    except ValidationError as error:
        assert error.code.startswith("operator_code.")
