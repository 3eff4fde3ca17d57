"""Tests for asiakasrekisteri.domain.vat (rates: vero.fi "Rates of VAT")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from asiakasrekisteri.domain.enums import InvoiceLanguage, VatTreatment
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.vat import (
    VAT_RATE_PERIODS,
    ZERO_RATED_TREATMENTS,
    effective_rate,
    general_rate,
    is_valid_rate,
    rates_on,
    requires_buyer_vat_id,
    vat_note,
)

D = Decimal


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2013, 1, 1), ("24", "14", "10", "0")),
        (date(2024, 8, 31), ("24", "14", "10", "0")),
        (date(2024, 9, 1), ("25.5", "14", "10", "0")),
        (date(2025, 12, 31), ("25.5", "14", "10", "0")),
        (date(2026, 1, 1), ("25.5", "13.5", "10", "0")),
        (date(2040, 6, 1), ("25.5", "13.5", "10", "0")),
    ],
)
def test_rates_on(day: date, expected: tuple[str, ...]) -> None:
    assert rates_on(day) == tuple(D(rate) for rate in expected)
    assert general_rate(day) == D(expected[0])


def test_before_table() -> None:
    with pytest.raises(ValidationError) as info:
        rates_on(date(2012, 12, 31))
    assert info.value.code == "vat.date_out_of_range"
    assert "2013-01-01" in info.value.message
    with pytest.raises(ValidationError):
        general_rate(date(2000, 1, 1))


def test_table_is_sorted_and_consistent() -> None:
    starts = [period.start for period in VAT_RATE_PERIODS]
    assert starts == sorted(starts)
    for period in VAT_RATE_PERIODS:
        assert list(period.rates) == sorted(period.rates, reverse=True)
        assert period.rates[-1] == 0


def test_is_valid_rate() -> None:
    assert is_valid_rate(D("24"), date(2024, 8, 31))
    assert is_valid_rate(D("24.00"), date(2024, 8, 31))
    assert not is_valid_rate(D("24"), date(2024, 9, 1))
    assert is_valid_rate(D("25.5"), date(2024, 9, 1))
    assert is_valid_rate(D("14"), date(2025, 12, 31))
    assert not is_valid_rate(D("14"), date(2026, 1, 1))
    assert is_valid_rate(D("13.5"), date(2026, 1, 1))
    assert is_valid_rate(D("0"), date(2026, 1, 1))
    assert not is_valid_rate(D("24"), date(2012, 1, 1))  # never raises


@pytest.mark.parametrize("treatment", [VatTreatment.DOMESTIC, VatTreatment.ALWAYS_DOMESTIC])
@pytest.mark.parametrize("goods", [True, False])
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_domestic_has_no_note(treatment: VatTreatment, goods: bool, language: str) -> None:
    assert vat_note(treatment, goods=goods, language=language) is None


@pytest.mark.parametrize(
    ("treatment", "goods", "language", "expected"),
    [
        (VatTreatment.EU_BUSINESS, True, "fi", "ALV 0 %, yhteisömyynti (AVL 72 a §)"),
        (
            VatTreatment.EU_BUSINESS,
            True,
            "en",
            "VAT 0 %, intra-Community supply (Finnish VAT Act 72 a §)",
        ),
        (VatTreatment.EU_BUSINESS, False, "fi", "Käännetty verovelvollisuus / Reverse charge"),
        (VatTreatment.EU_BUSINESS, False, "sv", "Omvänd skattskyldighet / Reverse charge"),
        (VatTreatment.EU_BUSINESS, False, "en", "Reverse charge"),
        (
            VatTreatment.CONSTRUCTION_REVERSE_CHARGE,
            False,
            "fi",
            "Käännetty verovelvollisuus (AVL 8 c §)",
        ),
        (
            VatTreatment.CONSTRUCTION_REVERSE_CHARGE,
            True,
            "fi",
            "Käännetty verovelvollisuus (AVL 8 c §)",
        ),
        (VatTreatment.OUTSIDE_EU, True, "fi", "ALV 0 %, AVL 70 §"),
        (VatTreatment.OUTSIDE_EU, False, "fi", "ALV 0 %, AVL 70 §"),
        (VatTreatment.NO_VAT, False, "fi", "Ei alv-rekisterissä"),
        (VatTreatment.NO_VAT, True, "en", "Not registered for VAT"),
    ],
)
def test_notes(treatment: VatTreatment, goods: bool, language: str, expected: str) -> None:
    assert vat_note(treatment, goods=goods, language=language) == expected


@pytest.mark.parametrize("treatment", sorted(ZERO_RATED_TREATMENTS))
@pytest.mark.parametrize("goods", [True, False])
def test_every_zero_rated_treatment_has_a_note_in_every_language(
    treatment: VatTreatment, goods: bool
) -> None:
    notes = {vat_note(treatment, goods=goods, language=lang) for lang in InvoiceLanguage}
    assert None not in notes
    assert len(notes) == 3 or "Reverse charge" in notes  # en and fi/sv differ


def test_note_unknown_language() -> None:
    with pytest.raises(ValueError, match="de"):
        vat_note(VatTreatment.DOMESTIC, goods=True, language="de")


def test_requires_buyer_vat_id() -> None:
    assert requires_buyer_vat_id(VatTreatment.EU_BUSINESS)
    assert requires_buyer_vat_id(VatTreatment.CONSTRUCTION_REVERSE_CHARGE)
    for treatment in (
        VatTreatment.DOMESTIC,
        VatTreatment.ALWAYS_DOMESTIC,
        VatTreatment.OUTSIDE_EU,
        VatTreatment.NO_VAT,
    ):
        assert not requires_buyer_vat_id(treatment)


@pytest.mark.parametrize("treatment", list(VatTreatment))
def test_effective_rate(treatment: VatTreatment) -> None:
    rate = effective_rate(treatment, D("25.5"))
    if treatment in (VatTreatment.DOMESTIC, VatTreatment.ALWAYS_DOMESTIC):
        assert rate == D("25.5")
    else:
        assert rate == 0
