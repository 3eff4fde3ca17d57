"""Postal codes, by the rules of the address's country."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from asiakasrekisteri.domain.errors import InvalidFormat, RequiredValue
from asiakasrekisteri.domain.identifiers._text import is_digits, number_to_text
from asiakasrekisteri.domain.postal_places import finnish_postal_places

__all__ = ["normalize_postal_code"]


# Countries whose postal codes are a fixed number of digits, with an example that the
# error message shows. Numeric cells from spreadsheets are zero-padded to this length.
_DIGIT_POSTAL_CODES: Final[dict[str, tuple[int, str]]] = {
    "FI": (5, "00100"),
    "DE": (5, "10115"),
    "EE": (5, "10111"),
    "FR": (5, "75001"),
    "ES": (5, "28001"),
    "IT": (5, "00184"),
    "NO": (4, "0150"),
    "DK": (4, "1050"),
}
_OTHER_POSTAL_CODE = re.compile(r"[A-Z0-9][A-Z0-9 \-]{0,8}[A-Z0-9]")


def normalize_postal_code(
    value: str | int | float | Decimal, country: str = "FI", city: str = ""
) -> str:
    """Validate a postal code for a country and return it in its usual form.

    * FI: five digits. 3–4 digits (a spreadsheet cell that lost its leading zeros) are
      zero-padded only when the padded code exists and fits ``city`` (any code that
      exists when no city is given): ``100`` → ``"00100"`` for Helsinki, but ``3310``
      with Tampere is refused, since 03310 is no code of Tampere's.
    * DE, EE, FR, ES, IT: five digits; a number of 3–4 digits is zero-padded.
    * SE: ``"NNN NN"`` (``"12345"`` and ``"123 45"`` both accepted).
    * NO, DK: four digits (numbers zero-padded: ``150`` → ``"0150"``).
    * Anything else: 2–10 letters, digits, spaces or dashes, upper-cased, e.g.
      ``"SW1A 1AA"``.

    A ``"<country>-"`` prefix such as ``"FI-00100"`` is accepted and removed.

    Args:
        value: Text, or an int/float/Decimal read from a spreadsheet (100.0 → 100).
        country: ISO 3166-1 alpha-2 code of the address.
        city: The address's city, which a padded Finnish code must fit.

    Raises:
        RequiredValue: The value is empty (``postal_code.required``).
        InvalidFormat: Wrong form for the country (``postal_code.format``, params
            ``value``, ``country`` and, for fixed formats, ``example``), or a short
            Finnish code that padding would turn into another place's code or into no
            code at all (``postal_code.short``).

    >>> normalize_postal_code(100.0), normalize_postal_code("12345", "SE")
    ('00100', '123 45')
    """
    is_number = not isinstance(value, str)
    text = re.sub(r"\s+", " ", number_to_text(value)).upper()
    code = country.strip().upper()
    if not text:
        raise RequiredValue("Enter the postal code.", code="postal_code.required")
    text = text.removeprefix(code + "-")
    if code in _DIGIT_POSTAL_CODES:
        length, example = _DIGIT_POSTAL_CODES[code]
        if is_digits(text) and code == "FI" and 3 <= len(text) < length:
            text = _padded_finnish(text, city)
        elif is_digits(text) and is_number and 3 <= len(text) < length:
            text = text.zfill(length)
        if is_digits(text) and len(text) == length:
            return text
        raise InvalidFormat(
            "“{value}” is not a valid postal code for {country}. It should have "
            "{length} digits, for example {example}.",
            code="postal_code.format",
            value=text,
            country=code,
            length=length,
            example=example,
        )
    if code == "SE":
        digits = text.replace(" ", "")
        spaced = f"{digits[:3]} {digits[3:]}"
        if is_digits(digits) and len(digits) == 5 and text in (digits, spaced):
            return spaced
        raise InvalidFormat(
            "“{value}” is not a valid postal code for {country}. It should have "
            "{length} digits, for example {example}.",
            code="postal_code.format",
            value=text,
            country=code,
            length=5,
            example="123 45",
        )
    if _OTHER_POSTAL_CODE.fullmatch(text) and text.isascii():
        return text
    raise InvalidFormat(
        "“{value}” is not a valid postal code for {country}. Use 2–10 letters, digits, "
        "spaces or dashes.",
        code="postal_code.format",
        value=text,
        country=code,
    )


def _padded_finnish(text: str, city: str) -> str:
    """A short Finnish code with its lost leading zeros, if that makes a code of ``city``."""
    places = finnish_postal_places()
    padded = text.zfill(5)
    place = places.place(padded)
    if place is not None and (not city.strip() or place.fits(city)):
        return padded
    # A code of the city that the digits begin ("3310", Tampere: 33100) is the likelier one.
    guess = places.place(text.ljust(5, "0")) if city.strip() else None
    if guess is not None and guess.fits(city):
        raise InvalidFormat(
            "“{value}” has only {digits} digits. Did you mean {suggestion} ({place})?",
            code="postal_code.short",
            value=text,
            digits=len(text),
            suggestion=guess.code,
            place=guess.name(),
        )
    if place is not None:
        raise InvalidFormat(
            "“{value}” has only {digits} digits, and {padded} is the postal code of "
            "{place}, not of {city}.",
            code="postal_code.short",
            value=text,
            digits=len(text),
            padded=padded,
            place=place.name(),
            city=city.strip(),
        )
    raise InvalidFormat(
        "“{value}” has only {digits} digits, and {padded} is not a Finnish postal code.",
        code="postal_code.short",
        value=text,
        digits=len(text),
        padded=padded,
    )
