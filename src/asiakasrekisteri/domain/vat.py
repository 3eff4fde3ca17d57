"""Finnish VAT rates by date, the VAT category of each invoice row and its legal wording.

Rates are data (vero.fi "Rates of VAT", HE 93/2025 vp). The rate
that applies follows the delivery date of goods or the completion date of a service, so
callers look rates up with that date, not the invoice date.

Each row gets a VAT category (UNCL 5305, as Finvoice and EN 16931 code it) from the
invoice's treatment and the row's own facts: goods or services, and an exemption. The
wording implements AVL 209 e §: an invoice without Finnish VAT must state why (the
provision) or say "käännetty verovelvollisuus" / "Reverse charge".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from asiakasrekisteri.domain.enums import VatExemption, VatTreatment
from asiakasrekisteri.domain.errors import ValidationError

__all__ = [
    "DOMESTIC_TREATMENTS",
    "VAT_RATE_PERIODS",
    "VatCategory",
    "VatRatePeriod",
    "charged_rate",
    "exemption_code",
    "exemption_section",
    "general_rate",
    "is_valid_rate",
    "rates_on",
    "requires_buyer_vat_id",
    "row_category",
    "vat_wording",
]

ZERO_RATE = Decimal(0)


@dataclass(frozen=True, slots=True)
class VatRatePeriod:
    """The Finnish VAT rates in force from one date until the next period starts.

    Attributes:
        start: First day the rates apply.
        general: The general rate in percent.
        reduced: The reduced rates in percent, highest first.
    """

    start: date
    general: Decimal
    reduced: tuple[Decimal, ...]

    @property
    def rates(self) -> tuple[Decimal, ...]:
        """All rates an invoice row may use: general, reduced, then 0 (highest first)."""
        return (self.general, *self.reduced, ZERO_RATE)


VAT_RATE_PERIODS: tuple[VatRatePeriod, ...] = (
    VatRatePeriod(date(2013, 1, 1), Decimal("24"), (Decimal("14"), Decimal("10"))),
    # General rate 25,5 % from 1.9.2024 (vero.fi "Rates of VAT", yrittajat.fi).
    VatRatePeriod(date(2024, 9, 1), Decimal("25.5"), (Decimal("14"), Decimal("10"))),
    # HE 93/2025 vp: 14 % → 13,5 % from 1.1.2026 (public broadcasting moves 10 → 13,5).
    VatRatePeriod(date(2026, 1, 1), Decimal("25.5"), (Decimal("13.5"), Decimal("10"))),
)


def _period_on(day: date) -> VatRatePeriod:
    current: VatRatePeriod | None = None
    for period in VAT_RATE_PERIODS:
        if period.start <= day:
            current = period
    if current is None:
        raise ValidationError(
            "VAT rates are known from {first} on, not for {day}.",
            code="vat.date_out_of_range",
            first=VAT_RATE_PERIODS[0].start.isoformat(),
            day=day.isoformat(),
        )
    return current


def rates_on(day: date) -> tuple[Decimal, ...]:
    """Return the VAT rates in force on a day.

    Args:
        day: Delivery or completion date.

    Returns:
        General rate, reduced rates and 0, highest first, e.g.
        ``(Decimal("25.5"), Decimal("13.5"), Decimal("10"), Decimal("0"))`` in 2026.

    Raises:
        ValidationError: Code ``"vat.date_out_of_range"`` before 1.1.2013.
    """
    return _period_on(day).rates


def general_rate(day: date) -> Decimal:
    """Return the general VAT rate on a day.

    Args:
        day: Delivery or completion date.

    Returns:
        The rate in percent, e.g. ``Decimal("25.5")``.

    Raises:
        ValidationError: Code ``"vat.date_out_of_range"`` before 1.1.2013.
    """
    return _period_on(day).general


def is_valid_rate(rate: Decimal, day: date) -> bool:
    """Tell whether a VAT rate was in force on a day; never raises.

    Args:
        rate: Rate in percent; ``Decimal("24.0")`` equals ``Decimal("24")``.
        day: Delivery or completion date.

    Returns:
        True if the rate is one of :func:`rates_on` for that day.
    """
    try:
        return rate in rates_on(day)
    except ValidationError:
        return False


class VatCategory(StrEnum):
    """VAT category of an invoice row (UNCL 5305: Finvoice ``RowVatCode``/``VatCode``)."""

    STANDARD = "S"  # Finnish VAT at the row's rate
    ZERO = "Z"  # zero-rated: a domestic row at 0 % with no exemption named
    EXEMPT = "E"  # exempt by law (healthcare AVL 34 § …)
    REVERSE_CHARGE = "AE"  # the buyer accounts for the VAT
    INTRA_COMMUNITY = "K"  # intra-Community supply of goods
    EXPORT = "G"  # export of goods outside the EU
    OUTSIDE_SCOPE = "O"  # no Finnish VAT: place of supply abroad, or a seller outside the register


# Treatments under which Finnish VAT is charged at the rows' rates.
DOMESTIC_TREATMENTS = frozenset({VatTreatment.DOMESTIC, VatTreatment.ALWAYS_DOMESTIC})
# Treatments of sales made in Finland, where an exemption of the row applies.
_FINNISH_SALES = DOMESTIC_TREATMENTS | {VatTreatment.CONSTRUCTION_REVERSE_CHARGE}


def row_category(
    treatment: VatTreatment, *, goods: bool, exemption: VatExemption | None, rate: Decimal
) -> VatCategory:
    """Return the VAT category of one invoice row.

    An exemption counts for sales made in Finland; a sale to a business abroad follows
    the cross-border rule whatever the row's domestic status (its place of supply or
    the intra-Community supply decides).

    Args:
        treatment: The invoice's effective treatment (``NO_VAT`` for a seller outside the
            VAT register: every row is outside the scope).
        goods: True for goods, False for services.
        exemption: The row's exemption, if any.
        rate: The row's domestic rate.

    Returns:
        The category.
    """
    if treatment is VatTreatment.NO_VAT:
        return VatCategory.OUTSIDE_SCOPE
    if exemption is not None and treatment in _FINNISH_SALES:
        return VatCategory.EXEMPT
    if treatment is VatTreatment.CONSTRUCTION_REVERSE_CHARGE:
        return VatCategory.REVERSE_CHARGE
    if treatment is VatTreatment.EU_BUSINESS:
        return VatCategory.INTRA_COMMUNITY if goods else VatCategory.REVERSE_CHARGE
    if treatment is VatTreatment.OUTSIDE_EU:
        return VatCategory.EXPORT if goods else VatCategory.OUTSIDE_SCOPE
    return VatCategory.STANDARD if rate > 0 else VatCategory.ZERO


def charged_rate(category: VatCategory, rate: Decimal) -> Decimal:
    """The rate the invoice charges on a row: its own under ``STANDARD``, else 0."""
    return rate if category is VatCategory.STANDARD else ZERO_RATE


# The provisions of the Finnish VAT Act (arvonlisäverolaki 1501/1993) that exempt a sale.
_EXEMPTION_SECTIONS: dict[VatExemption, str] = {
    VatExemption.HEALTHCARE: "34 §",
    VatExemption.SOCIAL_WELFARE: "37 §",
    VatExemption.EDUCATION: "39 §",
    VatExemption.FINANCIAL: "41 §",
    VatExemption.INSURANCE: "44 §",
}

# EN 16931 exemption reason codes (CEF VATEX list) of the categories and exemptions that
# have one. The list has codes for article 132 of the VAT Directive (healthcare by the
# medical professions 1 (c), social welfare 1 (g), education 1 (i)) but none for the
# financial and insurance exemptions of article 135: those carry the wording only.
_VATEX: dict[VatCategory | VatExemption, str] = {
    VatCategory.REVERSE_CHARGE: "VATEX-EU-AE",
    VatCategory.INTRA_COMMUNITY: "VATEX-EU-IC",
    VatCategory.EXPORT: "VATEX-EU-G",
    VatCategory.OUTSIDE_SCOPE: "VATEX-EU-O",
    VatExemption.HEALTHCARE: "VATEX-EU-132-1C",
    VatExemption.SOCIAL_WELFARE: "VATEX-EU-132-1G",
    VatExemption.EDUCATION: "VATEX-EU-132-1I",
}


def exemption_section(exemption: VatExemption) -> str:
    """The section of the VAT Act that exempts the sale, e.g. ``"34 §"``."""
    return _EXEMPTION_SECTIONS[exemption]


def exemption_code(category: VatCategory, exemption: VatExemption | None) -> str:
    """The EN 16931 exemption reason code of a category, or "" when there is none."""
    if category is VatCategory.EXEMPT:
        return _VATEX.get(exemption, "") if exemption is not None else ""
    return _VATEX.get(category, "")


# Legal wording per category, in the invoice's language. The Finnish texts follow AVL
# 209 e § and the Finnish Tax Administration's guidance on invoice mentions; Swedish uses
# the Swedish name of the act (mervärdesskattelagen, "MomsL") as vero.fi/sv does, and
# English says "Finnish VAT Act". The Swedish and English variants are our translations,
# not checked against vero.fi.
# "Reverse charge" is the mention VAT Directive art. 226(11a) prescribes, so it is kept in
# English on Finnish and Swedish invoices too: the EU buyer's tax authority reads it.
_Wording = dict[str, str]
_INTRA_COMMUNITY: _Wording = {
    "fi": "ALV 0 %, yhteisömyynti (AVL 72 a §)",
    "sv": "Moms 0 %, gemenskapsintern försäljning (MomsL 72 a §)",
    "en": "VAT 0 %, intra-Community supply (Finnish VAT Act 72 a §)",
}
_EU_REVERSE_CHARGE: _Wording = {
    "fi": "Käännetty verovelvollisuus / Reverse charge",
    "sv": "Omvänd skattskyldighet / Reverse charge",
    "en": "Reverse charge",
}
# Domestic construction services, AVL 8 c § (vero.fi guidance 48625).
_CONSTRUCTION: _Wording = {
    "fi": "Käännetty verovelvollisuus (AVL 8 c §)",
    "sv": "Omvänd skattskyldighet (MomsL 8 c §)",
    "en": "Reverse charge (Finnish VAT Act 8 c §)",
}
# Export of goods outside the EU (AVL 70 §); the wording is the one Finnish invoicing
# programs print, not checked against vero.fi guidance.
_EXPORT: _Wording = {
    "fi": "ALV 0 %, AVL 70 §",
    "sv": "Moms 0 %, MomsL 70 §",
    "en": "VAT 0 %, export (Finnish VAT Act 70 §)",
}
# Services to a business established outside the EU: their place of supply is where the
# buyer is (AVL 65 §, the general rule for services to businesses), so no Finnish VAT.
_SOLD_ABROAD: _Wording = {
    "fi": "Palvelun myyntimaa ei ole Suomi (AVL 65 §)",
    "sv": "Tjänstens försäljningsland är inte Finland (MomsL 65 §)",
    "en": "Place of supply outside Finland (Finnish VAT Act 65 §)",
}
# A small business outside the VAT register (turnover under the threshold, 20 000 €/year
# from 2025, HE 50/2024 vp) charges no VAT on any sale. The wording states that fact only
# and cites no provision, because the sales themselves are not exempt.
_NOT_REGISTERED: _Wording = {
    "fi": "Ei alv-rekisterissä",
    "sv": "Inte momsregistrerad",
    "en": "Not registered for VAT",
}
_EXEMPT: _Wording = {
    "fi": "Veroton myynti (AVL {section})",
    "sv": "Momsfri försäljning (MomsL {section})",
    "en": "VAT exempt (Finnish VAT Act {section})",
}

_LANGUAGES = ("fi", "sv", "en")


def vat_wording(
    category: VatCategory,
    *,
    treatment: VatTreatment,
    exemption: VatExemption | None,
    language: str,
) -> str | None:
    """Return the legal wording an invoice prints for rows of a category.

    Args:
        category: The rows' category (:func:`row_category`).
        treatment: The invoice's effective treatment (tells construction reverse charge
            from an EU one, and a seller outside the register from a sale abroad).
        exemption: The rows' exemption, for ``EXEMPT``.
        language: ``"fi"``, ``"sv"`` or ``"en"`` (an ``InvoiceLanguage`` works too).

    Returns:
        The wording, or None when Finnish VAT is charged (``STANDARD``) or for a
        zero-rated row (``ZERO``), which validation refuses on a new invoice.

    Raises:
        ValueError: For an unsupported language (a programming error).
    """
    if language not in _LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    wording: _Wording | None = None
    if treatment is VatTreatment.NO_VAT:
        wording = _NOT_REGISTERED
    elif category is VatCategory.EXEMPT and exemption is not None:
        return _EXEMPT[language].format(section=exemption_section(exemption))
    elif category is VatCategory.REVERSE_CHARGE:
        construction = treatment is VatTreatment.CONSTRUCTION_REVERSE_CHARGE
        wording = _CONSTRUCTION if construction else _EU_REVERSE_CHARGE
    else:
        wording = {
            VatCategory.INTRA_COMMUNITY: _INTRA_COMMUNITY,
            VatCategory.EXPORT: _EXPORT,
            VatCategory.OUTSIDE_SCOPE: _SOLD_ABROAD,
        }.get(category)
    return None if wording is None else wording[language]


def requires_buyer_vat_id(category: VatCategory) -> bool:
    """Tell whether rows of a category need the buyer's VAT identifier on the invoice.

    AVL 209 e § asks for it with intra-Community supply and reverse charge (the EU
    buyer's VAT number; the Y-tunnus of a Finnish buyer of construction services).
    """
    return category in (VatCategory.INTRA_COMMUNITY, VatCategory.REVERSE_CHARGE)
