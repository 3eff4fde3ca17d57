"""Bank account numbers (IBAN) and bank codes (BIC)."""

from __future__ import annotations

from stdnum import bic as stdnum_bic
from stdnum import exceptions as stdnum_errors
from stdnum import iban as stdnum_iban

from asiakasrekisteri.domain.errors import (
    InvalidChecksum,
    InvalidFormat,
    InvalidLength,
    RequiredValue,
)
from asiakasrekisteri.domain.identifiers._text import SEPARATORS

__all__ = ["format_iban", "normalize_bic", "normalize_iban"]


def normalize_iban(value: str) -> str:
    """Validate an IBAN and return it compact, e.g. ``"FI2112345600000785"``.

    Raises:
        RequiredValue: The value is empty (``iban.required``).
        InvalidFormat: Unknown country or wrong layout for it (``iban.format``).
        InvalidLength: Not 15–34 characters, or not 18 for a Finnish IBAN
            (``iban.length``); other countries' wrong lengths are ``iban.format``.
        InvalidChecksum: The check digits are wrong (``iban.checksum``).

    >>> normalize_iban("fi21 1234 5600 0007 85")
    'FI2112345600000785'
    """
    text = SEPARATORS.sub("", value).upper()
    if not text:
        raise RequiredValue("Enter the account number (IBAN).", code="iban.required")
    if not (text.isascii() and text.isalnum()):
        raise InvalidFormat(
            "An IBAN has only letters and digits, for example FI21 1234 5600 0007 85.",
            code="iban.format",
        )
    # stdnum tests the check digits first, so a truncated IBAN would be reported as a
    # typing error; check the length first. IBANs have 15–34 characters (ISO 13616),
    # Finnish ones 18.
    if not 15 <= len(text) <= 34 or (text.startswith("FI") and len(text) != 18):
        raise InvalidLength(
            "The IBAN has the wrong number of characters. A Finnish IBAN has 18, "
            "for example FI21 1234 5600 0007 85.",
            code="iban.length",
        )
    try:
        return str(stdnum_iban.validate(text))
    except stdnum_errors.InvalidChecksum:
        raise InvalidChecksum(
            "The IBAN check digits do not match. Check the account number for typing errors.",
            code="iban.checksum",
        ) from None
    except stdnum_errors.ValidationError:
        raise InvalidFormat(
            "This is not an IBAN. An IBAN starts with a country code, for example "
            "FI21 1234 5600 0007 85.",
            code="iban.format",
        ) from None


def format_iban(value: str) -> str:
    """Validate an IBAN and return it in groups of four for printing.

    >>> format_iban("FI2112345600000785")
    'FI21 1234 5600 0007 85'

    Raises:
        ValidationError: As :func:`normalize_iban`.
    """
    return str(stdnum_iban.format(normalize_iban(value)))


def normalize_bic(value: str) -> str:
    """Validate a BIC (SWIFT code) and return it upper-case without spaces.

    Raises:
        RequiredValue: The value is empty (``bic.required``).
        InvalidLength: Not 8 or 11 characters (``bic.length``).
        InvalidFormat: Wrong characters or unknown country (``bic.format``).

    >>> normalize_bic("ndea fi hh")
    'NDEAFIHH'
    """
    text = SEPARATORS.sub("", value).upper()
    if not text:
        raise RequiredValue("Enter the BIC code.", code="bic.required")
    try:
        return str(stdnum_bic.validate(text))
    except stdnum_errors.InvalidLength:
        raise InvalidLength(
            "A BIC has 8 or 11 characters, for example NDEAFIHH.", code="bic.length"
        ) from None
    except stdnum_errors.ValidationError:
        raise InvalidFormat(
            "This is not a valid BIC. A BIC looks like NDEAFIHH: four letters for the "
            "bank, a country code and two more characters.",
            code="bic.format",
        ) from None
