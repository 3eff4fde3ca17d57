"""Tests for asiakasrekisteri.domain.vat (rates: vero.fi "Rates of VAT")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from asiakasrekisteri.domain.enums import InvoiceLanguage, VatExemption, VatTreatment
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.vat import (
    VAT_RATE_PERIODS,
    VatCategory,
    charged_rate,
    exemption_code,
    exemption_section,
    general_rate,
    is_valid_rate,
    rates_on,
    requires_buyer_vat_id,
    row_category,
    vat_wording,
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


T = VatTreatment
C = VatCategory
HEALTH = VatExemption.HEALTHCARE


@pytest.mark.parametrize(
    ("treatment", "goods", "exemption", "rate", "expected"),
    [
        (T.DOMESTIC, False, None, "25.5", C.STANDARD),
        (T.ALWAYS_DOMESTIC, True, None, "14", C.STANDARD),
        (T.DOMESTIC, False, None, "0", C.ZERO),
        (T.DOMESTIC, False, HEALTH, "0", C.EXEMPT),
        (T.CONSTRUCTION_REVERSE_CHARGE, False, None, "25.5", C.REVERSE_CHARGE),
        (T.CONSTRUCTION_REVERSE_CHARGE, False, HEALTH, "0", C.EXEMPT),
        (T.EU_BUSINESS, True, None, "25.5", C.INTRA_COMMUNITY),
        (T.EU_BUSINESS, False, None, "25.5", C.REVERSE_CHARGE),
        # Abroad the place-of-supply rules decide, not the domestic exemption.
        (T.EU_BUSINESS, False, HEALTH, "0", C.REVERSE_CHARGE),
        (T.OUTSIDE_EU, True, None, "25.5", C.EXPORT),
        (T.OUTSIDE_EU, False, None, "25.5", C.OUTSIDE_SCOPE),
        (T.NO_VAT, True, HEALTH, "25.5", C.OUTSIDE_SCOPE),
    ],
)
def test_row_category(
    treatment: VatTreatment,
    goods: bool,
    exemption: VatExemption | None,
    rate: str,
    expected: VatCategory,
) -> None:
    category = row_category(treatment, goods=goods, exemption=exemption, rate=D(rate))
    assert category is expected
    assert charged_rate(category, D(rate)) == (D(rate) if expected is C.STANDARD else 0)


@pytest.mark.parametrize(
    ("category", "treatment", "exemption", "language", "expected"),
    [
        (C.INTRA_COMMUNITY, T.EU_BUSINESS, None, "fi", "ALV 0 %, yhteisömyynti (AVL 72 a §)"),
        (C.INTRA_COMMUNITY, T.EU_BUSINESS, None, "en",
         "VAT 0 %, intra-Community supply (Finnish VAT Act 72 a §)"),
        (C.REVERSE_CHARGE, T.EU_BUSINESS, None, "fi",
         "Käännetty verovelvollisuus / Reverse charge"),
        (C.REVERSE_CHARGE, T.EU_BUSINESS, None, "sv", "Omvänd skattskyldighet / Reverse charge"),
        (C.REVERSE_CHARGE, T.EU_BUSINESS, None, "en", "Reverse charge"),
        (C.REVERSE_CHARGE, T.CONSTRUCTION_REVERSE_CHARGE, None, "fi",
         "Käännetty verovelvollisuus (AVL 8 c §)"),
        (C.REVERSE_CHARGE, T.CONSTRUCTION_REVERSE_CHARGE, None, "sv",
         "Omvänd skattskyldighet (MomsL 8 c §)"),
        (C.EXPORT, T.OUTSIDE_EU, None, "fi", "ALV 0 %, AVL 70 §"),
        (C.OUTSIDE_SCOPE, T.OUTSIDE_EU, None, "fi", "Palvelun myyntimaa ei ole Suomi (AVL 65 §)"),
        (C.OUTSIDE_SCOPE, T.OUTSIDE_EU, None, "en",
         "Place of supply outside Finland (Finnish VAT Act 65 §)"),
        (C.EXEMPT, T.DOMESTIC, HEALTH, "fi", "Veroton myynti (AVL 34 §)"),
        (C.EXEMPT, T.DOMESTIC, VatExemption.EDUCATION, "sv", "Momsfri försäljning (MomsL 39 §)"),
        (C.EXEMPT, T.DOMESTIC, VatExemption.INSURANCE, "en",
         "VAT exempt (Finnish VAT Act 44 §)"),
        (C.OUTSIDE_SCOPE, T.NO_VAT, None, "fi", "Ei alv-rekisterissä"),
        (C.OUTSIDE_SCOPE, T.NO_VAT, None, "sv", "Inte momsregistrerad"),
        (C.OUTSIDE_SCOPE, T.NO_VAT, None, "en", "Not registered for VAT"),
        (C.STANDARD, T.DOMESTIC, None, "fi", None),
        (C.ZERO, T.DOMESTIC, None, "fi", None),
    ],
)  # fmt: skip
def test_wording(
    category: VatCategory,
    treatment: VatTreatment,
    exemption: VatExemption | None,
    language: str,
    expected: str | None,
) -> None:
    assert (
        vat_wording(category, treatment=treatment, exemption=exemption, language=language)
        == expected
    )


def test_no_service_sold_abroad_cites_the_export_of_goods() -> None:
    wording = {
        vat_wording(C.OUTSIDE_SCOPE, treatment=T.OUTSIDE_EU, exemption=None, language=lang)
        for lang in InvoiceLanguage
    }
    assert all(w is not None and "70" not in w and "65 §" in w for w in wording)


@pytest.mark.parametrize("exemption", list(VatExemption))
def test_every_exemption_has_its_section_in_every_language(exemption: VatExemption) -> None:
    section = exemption_section(exemption)
    assert section.endswith(" §")
    texts = {
        vat_wording(C.EXEMPT, treatment=T.DOMESTIC, exemption=exemption, language=lang)
        for lang in InvoiceLanguage
    }
    assert len(texts) == 3 and all(t is not None and section in t for t in texts)


def test_wording_unknown_language() -> None:
    with pytest.raises(ValueError, match="de"):
        vat_wording(C.STANDARD, treatment=T.DOMESTIC, exemption=None, language="de")


def test_exemption_codes() -> None:
    assert exemption_code(C.REVERSE_CHARGE, None) == "VATEX-EU-AE"
    assert exemption_code(C.INTRA_COMMUNITY, None) == "VATEX-EU-IC"
    assert exemption_code(C.EXPORT, None) == "VATEX-EU-G"
    assert exemption_code(C.OUTSIDE_SCOPE, None) == "VATEX-EU-O"
    assert exemption_code(C.EXEMPT, HEALTH) == "VATEX-EU-132-1C"
    assert exemption_code(C.EXEMPT, VatExemption.FINANCIAL) == ""  # no code in the list
    assert exemption_code(C.STANDARD, None) == ""


def test_requires_buyer_vat_id() -> None:
    assert requires_buyer_vat_id(C.INTRA_COMMUNITY)
    assert requires_buyer_vat_id(C.REVERSE_CHARGE)
    for category in (C.STANDARD, C.ZERO, C.EXEMPT, C.EXPORT, C.OUTSIDE_SCOPE):
        assert not requires_buyer_vat_id(category)
