"""Tests for asiakasrekisteri.domain.countries."""

from __future__ import annotations

import doctest

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asiakasrekisteri.domain import countries
from asiakasrekisteri.domain.countries import (
    COUNTRY_CODES,
    EU_COUNTRIES,
    country_name,
    normalize_country,
    vat_prefix,
)
from asiakasrekisteri.domain.errors import InvalidFormat, RequiredValue, ValidationError

EEA_AND_OTHERS = {"IS", "LI", "NO", "CH", "GB", "US", "RU", "CN", "JP", "CA", "AU"}


def test_doctests() -> None:
    result = doctest.testmod(countries, raise_on_error=False)
    assert result.attempted > 0
    assert result.failed == 0


def test_eu_countries() -> None:
    assert len(EU_COUNTRIES) == 27
    assert "GR" in EU_COUNTRIES  # ISO code, not the VAT prefix EL
    assert "EL" not in EU_COUNTRIES
    assert "GB" not in EU_COUNTRIES
    assert EU_COUNTRIES <= COUNTRY_CODES


def test_country_codes() -> None:
    assert len(COUNTRY_CODES) == 249
    assert all(len(code) == 2 and code.isupper() for code in COUNTRY_CODES)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("FI", "FI"),
        ("fi", "FI"),
        (" fi ", "FI"),
        ("FIN", "FI"),
        ("fin", "FI"),
        ("Suomi", "FI"),
        ("SUOMI", "FI"),
        ("Finland", "FI"),
        ("Ruotsi", "SE"),
        ("Sverige", "SE"),
        ("Sweden", "SE"),
        ("SWE", "SE"),
        ("Saksa", "DE"),
        ("Tyskland", "DE"),
        ("Germany", "DE"),
        ("Deutschland", "DE"),
        ("DEU", "DE"),
        ("Iso-Britannia", "GB"),
        ("iso britannia", "GB"),
        ("Isobritannia", "GB"),
        ("Storbritannien", "GB"),
        ("United Kingdom", "GB"),
        ("UK", "GB"),
        ("U.K.", "GB"),
        ("England", "GB"),
        ("GBR", "GB"),
        ("Yhdysvallat", "US"),
        ("USA", "US"),
        ("U.S.A.", "US"),
        ("usa", "US"),
        ("United States", "US"),
        ("United States of America", "US"),
        ("Förenta staterna", "US"),
        ("Itävalta", "AT"),
        ("Itavalta", "AT"),  # no umlauts on a foreign keyboard
        ("Österrike", "AT"),
        ("osterreich", "AT"),
        ("Viro", "EE"),
        ("Eesti", "EE"),
        ("Tanska", "DK"),
        ("Danmark", "DK"),
        ("Norja", "NO"),
        ("Norge", "NO"),
        ("Sveitsi", "CH"),
        ("Schweiz", "CH"),
        ("Venäjä", "RU"),
        ("Ryssland", "RU"),
        ("Kiina", "CN"),
        ("Japani", "JP"),
        ("Kanada", "CA"),
        ("Australia", "AU"),
        ("Alankomaat", "NL"),
        ("Hollanti", "NL"),
        ("The Netherlands", "NL"),
        ("Kreikka", "GR"),
        ("EL", "GR"),  # Greek VAT prefix
        ("el", "GR"),
        ("Tšekki", "CZ"),
        ("Tsekki", "CZ"),
        ("Czech Republic", "CZ"),
        ("Islanti", "IS"),
        ("Island", "IS"),
        ("Ahvenanmaa", "AX"),
        ("Åland", "AX"),
        ("AR", "AR"),  # any assigned ISO code is accepted, even without a name
        ("ARG", "AR"),
        ("  Etelä-Korea ", "KR"),
        ("Suomi\u00a0", "FI"),
    ],
)
def test_normalize_country(value: str, expected: str) -> None:
    assert normalize_country(value) == expected


@pytest.mark.parametrize("value", ["XX", "ZZZ", "Atlantis", "Fin land x", "F", "Suomi1"])
def test_normalize_country_unknown(value: str) -> None:
    with pytest.raises(InvalidFormat) as info:
        normalize_country(value)
    assert info.value.code == "country.unknown"
    assert info.value.params == {"value": value.strip()}
    assert value.strip() in info.value.message


@pytest.mark.parametrize("value", ["", "   "])
def test_normalize_country_required(value: str) -> None:
    with pytest.raises(RequiredValue) as info:
        normalize_country(value)
    assert info.value.code == "country.required"


def test_every_required_country_is_known_in_three_languages() -> None:
    for code in EU_COUNTRIES | EEA_AND_OTHERS:
        names = {language: country_name(code, language) for language in ("fi", "sv", "en")}
        for name in names.values():
            assert name != code, code
            # Every name we print must also be accepted as input.
            assert normalize_country(name) == code, name


def test_names_do_not_collide() -> None:
    # Each folded spelling maps to exactly one code: rebuilding from the table must
    # not lose any entry to a later country with the same folded name.
    seen: dict[str, str] = {}
    for code, (fi, sv, en, extras) in countries._NAMES.items():
        for name in (fi, sv, en, *extras):
            folded = countries._fold(name)
            assert seen.setdefault(folded, code) == code, (name, code, seen[folded])
        assert code in COUNTRY_CODES


@pytest.mark.parametrize(
    ("code", "language", "expected"),
    [
        ("FI", "fi", "Suomi"),
        ("FI", "sv", "Finland"),
        ("FI", "en", "Finland"),
        ("se", "fi", "Ruotsi"),
        ("DE", "sv", "Tyskland"),
        ("GB", "fi", "Iso-Britannia"),
        ("GB", "sv", "Storbritannien"),
        ("GB", "en", "United Kingdom"),
        ("US", "fi", "Yhdysvallat"),
        ("GR", "en", "Greece"),
        ("FI", "de", "Finland"),  # unknown language: English
        ("FI", " SV ", "Finland"),
        ("AR", "fi", "AR"),  # no name known: the code
        (" xx ", "fi", "XX"),
    ],
)
def test_country_name(code: str, language: str, expected: str) -> None:
    assert country_name(code, language) == expected


def test_vat_prefix() -> None:
    assert vat_prefix("GR") == "EL"
    assert vat_prefix(" gr ") == "EL"
    assert vat_prefix("fi") == "FI"


@given(st.text())
def test_normalize_country_raises_only_validation_errors(value: str) -> None:
    try:
        result = normalize_country(value)
    except ValidationError:
        return
    assert result in COUNTRY_CODES
