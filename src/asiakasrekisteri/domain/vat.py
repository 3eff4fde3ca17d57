"""Finnish VAT rates by date and the VAT notes an invoice must carry.

Rates are data (vero.fi "Rates of VAT", HE 93/2025 vp). The rate
that applies follows the delivery date of goods or the completion date of a service, so
callers look rates up with that date, not the invoice date.

The notes implement AVL 209 e §: an invoice without Finnish VAT must state why (the
exemption provision) or say "käännetty verovelvollisuus" / "Reverse charge".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from asiakasrekisteri.domain.enums import VatTreatment
from asiakasrekisteri.domain.errors import ValidationError

__all__ = [
    "VAT_RATE_PERIODS",
    "ZERO_RATED_TREATMENTS",
    "VatRatePeriod",
    "effective_rate",
    "general_rate",
    "is_valid_rate",
    "rates_on",
    "requires_buyer_vat_id",
    "vat_note",
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

ZERO_RATED_TREATMENTS = frozenset(
    {
        VatTreatment.EU_BUSINESS,
        VatTreatment.OUTSIDE_EU,
        VatTreatment.CONSTRUCTION_REVERSE_CHARGE,
        VatTreatment.NO_VAT,
    }
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


# Legal wording per treatment and goods/services. The Finnish texts follow AVL 209 e §
# and the Finnish Tax Administration's guidance on invoice mentions; Swedish uses the
# Swedish name of the act (mervärdesskattelagen, "MomsL") as vero.fi/sv does, and
# English says "Finnish VAT Act". The Swedish and English variants are our translations,
# not checked against vero.fi.
# "Reverse charge" is the mention VAT Directive art. 226(11a) prescribes, so it is kept in
# English on Finnish and Swedish invoices too: the EU buyer's tax authority reads it.
_NOTES: dict[tuple[VatTreatment, bool], dict[str, str]] = {
    (VatTreatment.EU_BUSINESS, True): {
        "fi": "ALV 0 %, yhteisömyynti (AVL 72 a §)",
        "sv": "Moms 0 %, gemenskapsintern försäljning (MomsL 72 a §)",
        "en": "VAT 0 %, intra-Community supply (Finnish VAT Act 72 a §)",
    },
    (VatTreatment.EU_BUSINESS, False): {
        "fi": "Käännetty verovelvollisuus / Reverse charge",
        "sv": "Omvänd skattskyldighet / Reverse charge",
        "en": "Reverse charge",
    },
    # Domestic construction services, AVL 8 c § (vero.fi guidance 48625).
    (VatTreatment.CONSTRUCTION_REVERSE_CHARGE, False): {
        "fi": "Käännetty verovelvollisuus (AVL 8 c §)",
        "sv": "Omvänd skattskyldighet (MomsL 8 c §)",
        "en": "Reverse charge (Finnish VAT Act 8 c §)",
    },
    # Export outside the EU (AVL 70 §, the tax-free export of goods); the wording is the one
    # Finnish invoicing programs print, not checked against vero.fi guidance.
    (VatTreatment.OUTSIDE_EU, False): {
        "fi": "ALV 0 %, AVL 70 §",
        "sv": "Moms 0 %, MomsL 70 §",
        "en": "VAT 0 %, export (Finnish VAT Act 70 §)",
    },
    # NO_VAT describes the *seller*: a small business that is not VAT-registered (turnover
    # under the small-business threshold, 20 000 €/year from 2025, HE 50/2024 vp) charges no
    # VAT on any sale. The note states that fact only ("Ei alv-rekisterissä") and cites no
    # exemption provision, because the sale itself is not exempt.
    (VatTreatment.NO_VAT, False): {
        "fi": "Ei alv-rekisterissä",
        "sv": "Inte momsregistrerad",
        "en": "Not registered for VAT",
    },
}
_NOTES[(VatTreatment.CONSTRUCTION_REVERSE_CHARGE, True)] = _NOTES[
    (VatTreatment.CONSTRUCTION_REVERSE_CHARGE, False)
]
_NOTES[(VatTreatment.OUTSIDE_EU, True)] = _NOTES[(VatTreatment.OUTSIDE_EU, False)]
_NOTES[(VatTreatment.NO_VAT, True)] = _NOTES[(VatTreatment.NO_VAT, False)]

_LANGUAGES = ("fi", "sv", "en")


def vat_note(treatment: VatTreatment, *, goods: bool, language: str) -> str | None:
    """Return the VAT note an invoice needs for a treatment, in the invoice language.

    Args:
        treatment: The customer's VAT treatment.
        goods: True for a sale of goods, False for services (matters for EU business:
            intra-Community supply vs. reverse charge).
        language: ``"fi"``, ``"sv"`` or ``"en"`` (an ``InvoiceLanguage`` works too).

    Returns:
        The note, or None when Finnish VAT is charged normally (domestic treatments).

    Raises:
        ValueError: For an unsupported language (a programming error).
    """
    if language not in _LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    notes = _NOTES.get((treatment, goods))
    return None if notes is None else notes[language]


def requires_buyer_vat_id(treatment: VatTreatment) -> bool:
    """Tell whether the invoice must show the buyer's VAT identifier (AVL 209 e §).

    Args:
        treatment: The customer's VAT treatment.

    Returns:
        True for intra-Community supply and EU reverse charge (buyer's EU VAT number)
        and for construction reverse charge (buyer's Y-tunnus / ALV number).
    """
    return treatment in (VatTreatment.EU_BUSINESS, VatTreatment.CONSTRUCTION_REVERSE_CHARGE)


def effective_rate(treatment: VatTreatment, row_rate: Decimal) -> Decimal:
    """Return the VAT rate actually charged on a row under a treatment.

    Args:
        treatment: The customer's VAT treatment.
        row_rate: The rate entered on the row (the domestic rate of the product).

    Returns:
        ``row_rate`` for domestic treatments, ``Decimal(0)`` for the zero-rated ones
        (:data:`ZERO_RATED_TREATMENTS`).
    """
    return ZERO_RATE if treatment in ZERO_RATED_TREATMENTS else row_rate
