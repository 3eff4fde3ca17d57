"""The Finnish business ID (Y-tunnus) and VAT numbers (ALV-numero and those of other countries).

>>> normalize_business_id("0737474 2")
'0737474-2'
>>> normalize_vat_id("07374742")
'FI07374742'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NoReturn

from stdnum import exceptions as stdnum_errors
from stdnum import get_cc_module
from stdnum.eu import vat as stdnum_eu_vat

from asiakasrekisteri.domain.countries import COUNTRY_CODES, EU_COUNTRIES, vat_prefix
from asiakasrekisteri.domain.errors import (
    InvalidChecksum,
    InvalidFormat,
    InvalidLength,
    RequiredValue,
    ValidationError,
)
from asiakasrekisteri.domain.identifiers._text import SEPARATORS, is_digits

__all__ = [
    "compact_business_id",
    "is_valid_business_id",
    "normalize_business_id",
    "normalize_vat_id",
    "vat_id_from_business_id",
    "ytunnus_checksum_ok",
]


# --- Y-tunnus (business ID) ---------------------------------------------------------


def compact_business_id(value: str) -> str:
    """The eight digits of a Y-tunnus, spelled any way :func:`normalize_business_id` takes."""
    text = SEPARATORS.sub("", value).upper()
    if not text:
        raise RequiredValue("Enter the Y-tunnus.", code="business_id.required")
    # The ALV number is the Y-tunnus with "FI" in front; users paste either one.
    text = text.removeprefix("FI")
    if not is_digits(text):
        raise InvalidFormat(
            "A Y-tunnus has only digits and a dash, for example 1234567-1.",
            code="business_id.format",
        )
    # Old Y-tunnus numbers lost their leading zero in spreadsheets ("737474-2").
    if len(text) == 7:
        text = "0" + text
    if len(text) != 8:
        raise InvalidLength(
            "A Y-tunnus has seven digits, a dash and a check digit, for example 1234567-1.",
            code="business_id.length",
        )
    if not ytunnus_checksum_ok(text):
        raise InvalidChecksum(
            "The Y-tunnus check digit does not match. Check the number for typing errors.",
            code="business_id.checksum",
        )
    if text == "00000000":  # passes the check, but no business has it
        raise InvalidFormat(
            "0000000-0 is not a real Y-tunnus; give the business's own.",
            code="business_id.zero",
        )
    return text


def ytunnus_checksum_ok(digits: str) -> bool:
    """Whether eight ASCII digits pass the Y-tunnus check (``stdnum.fi.ytunnus.validate``).

    stdnum's ``clean`` and ``compact`` cost about 15 µs a number and change nothing in
    eight ASCII digits; this is its checksum alone, weights 7 9 10 5 8 4 2 1 modulo 11,
    on the character codes (each digit + 48; the 48s add 48 × 46 ≡ 8 modulo 11). A
    property test compares it with stdnum.
    """
    d = digits.encode("ascii")
    return (
        7 * d[0] + 9 * d[1] + 10 * d[2] + 5 * d[3] + 8 * d[4] + 4 * d[5] + 2 * d[6] + d[7]
    ) % 11 == 8


def normalize_business_id(value: str) -> str:
    """Validate a Finnish business ID (Y-tunnus) and return it as ``NNNNNNN-C``.

    Spaces, dashes, an ``FI`` prefix and a missing leading zero are tolerated.

    Args:
        value: E.g. ``"0737474-2"``, ``"07374742"``, ``"737474-2"`` or ``"FI07374742"``.

    Returns:
        The formatted Y-tunnus, e.g. ``"0737474-2"``.

    Raises:
        RequiredValue: The value is empty (code ``business_id.required``).
        InvalidFormat: The value has letters or other characters (``business_id.format``).
        InvalidLength: Too few or too many digits (``business_id.length``).
        InvalidChecksum: The check digit is wrong (``business_id.checksum``).

    >>> normalize_business_id("FI20774740")
    '2077474-0'
    """
    compact = compact_business_id(value)
    # stdnum_ytunnus.format() of eight digits, without compacting them again.
    return f"{compact[:7]}-{compact[7:]}"


def is_valid_business_id(value: str) -> bool:
    """Return whether :func:`normalize_business_id` accepts the value; never raises."""
    try:
        normalize_business_id(value)
    except ValueError:
        return False
    return True


# --- VAT number ---------------------------------------------------------------------


def vat_id_from_business_id(business_id: str) -> str:
    """Return the Finnish VAT number (ALV-numero) of a Y-tunnus.

    >>> vat_id_from_business_id("0737474-2")
    'FI07374742'

    Raises:
        ValidationError: As :func:`normalize_business_id`.
    """
    return "FI" + compact_business_id(business_id)


def normalize_vat_id(value: str, country: str = "FI") -> str:
    """Validate a VAT number and return it compact with its country prefix.

    A number without a letter prefix gets ``country``'s prefix. Finnish numbers accept
    the same spellings as :func:`normalize_business_id`; other EU numbers (and ``XI``,
    Northern Ireland) are checked with ``stdnum.eu.vat``. Greece's prefix is ``EL``;
    a ``GR`` prefix is accepted and rewritten. Numbers of countries outside the EU
    (NO, CH, GB, ...) are checked by their own country's rule where python-stdnum
    knows one; those of other countries are refused, as nothing tells a real one from a
    typing error.

    Args:
        value: E.g. ``"fi 0737474-2"``, ``"07374742"``, ``"SE556036079301"``.
        country: ISO code used when the value has no letter prefix.

    Returns:
        E.g. ``"FI07374742"``, ``"SE556036079301"``, ``"EL094259216"``,
        ``"NO995525828MVA"``.

    Raises:
        RequiredValue: The value is empty (``vat_id.required``).
        InvalidFormat: Bad characters (``vat_id.format``), the prefix is not a
            country code (``vat_id.country``), or no rule for the country's numbers is
            known (``vat_id.unchecked_country``).
        InvalidLength: Wrong number of characters (``vat_id.length``).
        InvalidChecksum: The check digit is wrong (``vat_id.checksum``).
    """
    # Dots too: Belgian and Swiss numbers are often written "0403.170.701".
    text = re.sub(r"[\s\-.]+", "", value).upper()
    if not text:
        raise RequiredValue("Enter the VAT number.", code="vat_id.required")
    if text[:2].isascii() and text[:2].isalpha():
        prefix, number = text[:2], text[2:]
    else:
        prefix, number = vat_prefix(country), text
    # Greece's VAT prefix is EL (VAT directive 2006/112/EC art. 215), not its ISO code.
    if prefix == "GR":
        prefix = "EL"
    if prefix == "FI":
        try:
            return "FI" + compact_business_id(number)
        except ValidationError as error:
            _raise_vat_error(error)
    if prefix in ("EL", "XI") or prefix in EU_COUNTRIES:
        return _validate_eu_vat_id(prefix, number)
    if prefix not in COUNTRY_CODES:
        raise InvalidFormat(
            "A VAT number starts with a country code, for example FI or SE. “{prefix}” "
            "is not a country code.",
            code="vat_id.country",
            prefix=prefix,
        )
    if not (number.isascii() and number.isalnum() and 2 <= len(number) <= 20):
        raise InvalidFormat(
            "The VAT number can have only letters and digits after the country code.",
            code="vat_id.format",
            prefix=prefix,
        )
    rule = get_cc_module(prefix.lower(), "vat")
    if rule is None:
        raise InvalidFormat(
            "VAT numbers of {prefix} cannot be checked, so they are not accepted; write "
            "the number in the comment instead.",
            code="vat_id.unchecked_country",
            prefix=prefix,
        )
    _validated(rule.validate, prefix, number)
    return prefix + number


def _validate_eu_vat_id(prefix: str, number: str) -> str:
    compact = _validated(stdnum_eu_vat.validate, prefix, number)
    # stdnum keeps a "GR" it was given; we never pass one, so the prefix is ours.
    return prefix + compact[2:]


def _validated(validate: Callable[[str], object], prefix: str, number: str) -> str:
    """``validate(prefix + number)`` with python-stdnum's errors as the VAT number's."""
    try:
        return str(validate(prefix + number))
    except stdnum_errors.InvalidLength:
        raise InvalidLength(
            "The VAT number has the wrong number of characters for {prefix}.",
            code="vat_id.length",
            prefix=prefix,
        ) from None
    except stdnum_errors.InvalidChecksum:
        raise InvalidChecksum(
            "The VAT number check digit does not match. Check the number for typing errors.",
            code="vat_id.checksum",
        ) from None
    except stdnum_errors.ValidationError:
        raise InvalidFormat(
            "The VAT number is not in the format used in {prefix}.",
            code="vat_id.format",
            prefix=prefix,
        ) from None


def _raise_vat_error(error: ValidationError) -> NoReturn:
    """Re-raise a Y-tunnus error with VAT-number wording and codes."""
    if isinstance(error, InvalidChecksum):
        raise InvalidChecksum(
            "The VAT number check digit does not match. Check the number for typing errors.",
            code="vat_id.checksum",
        ) from None
    # RequiredValue here means only "FI" was typed: too short, not missing.
    if isinstance(error, (InvalidLength, RequiredValue)):
        raise InvalidLength(
            "A Finnish VAT number is FI followed by eight digits, for example FI12345671.",
            code="vat_id.length",
        ) from None
    raise InvalidFormat(
        "A Finnish VAT number is FI followed by eight digits, for example FI12345671.",
        code="vat_id.format",
    ) from None
