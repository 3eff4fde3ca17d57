"""Single cell values of a sheet: the text a cell shows, and the words typed in it.

Cells come from :mod:`.reading` as calamine or CSV values; :func:`cell_text` gives the text
a user reads in the cell. The parsers read the customer type, invoice language, payment
term and a combined address in the ways registers are typed by hand.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Final

from asiakasrekisteri.services.spreadsheets.headers import fold

Cell = str | int | float | bool | date | datetime | time | timedelta | None
"""A cell as read: calamine gives numbers, booleans, dates and times; CSV gives texts."""


def cell_text(value: Cell) -> str:
    """A cell as the text a user would read, numbers typed as numbers without ``.0``.

    >>> cell_text(1001.0), cell_text(12.5), cell_text(date(2025, 1, 2)), cell_text(None)
    ('1001', '12.5', '2025-01-02', '')
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        if value == int(value) and abs(value) < 1e15:
            return str(int(value))
        # 15 significant digits is what Excel shows; it hides binary noise (0.1 + 0.2).
        return format(Decimal(format(value, ".15g")).normalize(), "f")
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


_POSTAL_CITY = re.compile(
    r"^(?:(?P<prefix>[A-Z]{1,2})[- ])?(?P<code>\d{5}|\d{3} \d{2}|\d{4})\s+(?P<city>\D.*)$",
    re.IGNORECASE,
)
_CO = re.compile(r"^\s*c\s*/\s*o\b", re.IGNORECASE)


@dataclass(frozen=True)
class SplitAddress:
    """One address cell taken apart; ``country`` is the text after the city, if any."""

    street: str
    postal_code: str
    city: str
    country: str = ""


def split_address(text: str) -> SplitAddress | None:
    """Split "street, postal code city" into parts; None when no postal code is found.

    Lines may be separated by commas or line breaks; a ``c/o`` part stays on its own line
    at the top of the street, where Finnish address rules put it.

    >>> split_address("c/o Virtanen, Hämeenkatu 10 A 5, 33100 Tampere")
    SplitAddress(street='c/o Virtanen\\nHämeenkatu 10 A 5', postal_code='33100', city='Tampere', country='')
    >>> split_address("Storgatan 1\\n123 45 Stockholm\\nSverige").country
    'Sverige'
    """  # noqa: E501
    parts = [p.strip() for p in re.split(r"[\n\r,;]+", text) if p.strip()]
    for index in range(len(parts) - 1, -1, -1):
        match = _POSTAL_CITY.match(parts[index])
        if match is None:
            # "Hämeenkatu 10 33100 Tampere" in one part: look for the code inside it.
            inner = re.match(r"^(?P<street>.*\d.*?)\s+(?P<rest>\d{5}\s+\D.*)$", parts[index])
            if inner is None or len(parts) - index > 2:
                continue
            parts[index : index + 1] = [inner["street"], inner["rest"]]
            match = _POSTAL_CITY.match(parts[index + 1])
            index += 1
            if match is None:  # pragma: no cover - the pattern above guarantees a match
                continue
        street_parts = parts[:index]
        trailing = parts[index + 1 :]
        if len(trailing) > 1:
            continue
        co = [p for p in street_parts if _CO.match(p)]
        rest = [p for p in street_parts if not _CO.match(p)]
        return SplitAddress(
            street="\n".join(co + rest),
            postal_code=match["code"],
            city=match["city"].strip(),
            country=trailing[0] if trailing else "",
        )
    return None


_TYPE_WORDS: Final[dict[str, str]] = {
    **dict.fromkeys(
        ("yritys", "y", "yhtio", "yhteiso", "oy", "oyj", "ab", "ky", "tmi", "ay", "ry",
         "company", "business", "corporate", "organisation", "organization", "b2b", "c",
         "foretag", "firma", "bolag", "juridisk person", "organisaatio", "yritysasiakas"),
        "company",
    ),
    **dict.fromkeys(
        ("yksityinen", "yksityishenkilo", "henkilo", "h", "y/h", "kuluttaja", "private",
         "person", "individual", "consumer", "b2c", "p", "privat", "privatperson",
         "privatkund", "konsument", "yksityisasiakas", "henkiloasiakas"),
        "private",
    ),
}  # fmt: skip


@lru_cache(maxsize=1024)  # a column of a handful of words, 50,000 times over
def parse_customer_type(text: str) -> str | None:
    """``"company"``/``"private"`` for a type word in Finnish, Swedish or English."""
    key = text.strip().casefold()
    if key in _TYPE_WORDS:
        return _TYPE_WORDS[key]
    folded = fold(text)
    for word, kind in _TYPE_WORDS.items():
        if fold(word) == folded:
            return kind
    return None


_LANGUAGE_WORDS: Final[dict[str, str]] = {
    **dict.fromkeys(("fi", "fin", "suomi", "finska", "finnish", "suomeksi"), "fi"),
    **dict.fromkeys(("sv", "se", "swe", "ruotsi", "svenska", "swedish", "ruotsiksi"), "sv"),
    **dict.fromkeys(("en", "eng", "englanti", "engelska", "english", "englanniksi"), "en"),
}


def parse_language(text: str) -> str | None:
    """``"fi"``/``"sv"``/``"en"`` for a language name or code in the three languages."""
    return _LANGUAGE_WORDS.get(text.strip().casefold())


_DAYS = re.compile(
    r"^(\d{1,3})\s*(?:pv|pvä|päivää|päivä|vrk|d|days?|dagar|dag|netto)?\.?$", re.IGNORECASE
)


@lru_cache(maxsize=1024)
def parse_payment_days(text: str) -> str:
    """ "14 pv", "14 päivää", "30 days", "netto 14" → "14"; anything else unchanged."""
    cleaned = text.strip().casefold().removeprefix("netto").strip()
    match = _DAYS.match(cleaned)
    return match.group(1) if match else text


__all__ = [
    "Cell",
    "SplitAddress",
    "cell_text",
    "parse_customer_type",
    "parse_language",
    "parse_payment_days",
    "split_address",
]
