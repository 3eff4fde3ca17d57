"""E-invoice addresses: an OVT code (0037 + Y-tunnus + suffix) or the receiver's IBAN.

>>> normalize_einvoice_address("0037 0737 4742")
'003707374742'
"""

from __future__ import annotations

import re
from typing import Final

from asiakasrekisteri.domain.errors import InvalidChecksum, InvalidFormat, RequiredValue
from asiakasrekisteri.domain.identifiers._text import ALNUM, SEPARATORS, is_digits
from asiakasrekisteri.domain.identifiers.bank import normalize_iban
from asiakasrekisteri.domain.identifiers.business import (
    compact_business_id,
    ytunnus_checksum_ok,
)

__all__ = ["OVT_PREFIX", "normalize_einvoice_address", "ovt_from_business_id"]

#: Prefix of a Finnish OVT (EDI) code: the ICD of the Finnish business register.
OVT_PREFIX: Final = "0037"


def _normalize_ovt_suffix(suffix: str) -> str:
    text = SEPARATORS.sub("", suffix).upper()
    if len(text) > 5 or not (text.isascii() and ALNUM.fullmatch(text)):
        raise InvalidFormat(
            "The OVT suffix can have at most five letters or digits.",
            code="ovt.suffix",
        )
    return text


def ovt_from_business_id(business_id: str, suffix: str = "") -> str:
    """Build an OVT code: ``0037`` + the Y-tunnus digits + an optional suffix.

    Args:
        business_id: The Y-tunnus in any form :func:`normalize_business_id` accepts.
        suffix: Up to five letters or digits naming a unit of the company.

    Returns:
        E.g. ``"003707374742"`` or ``"00370737474201"``.

    Raises:
        ValidationError: The Y-tunnus is invalid (as :func:`normalize_business_id`)
            or the suffix is too long or has other characters (``ovt.suffix``).

    >>> ovt_from_business_id("2721922-1")
    '003727219221'
    """
    return OVT_PREFIX + compact_business_id(business_id) + _normalize_ovt_suffix(suffix)


_EINVOICE_FORMAT_TEMPLATE: Final = (
    "“{value}” is not a valid e-invoice address. Use either an OVT code (0037 followed "
    "by the 8 digits of the Y-tunnus and an optional suffix, for example 003712345671) "
    "or the bank account number (IBAN) the customer receives e-invoices to."
)
_EINVOICE_CHECKSUM_TEMPLATE: Final = (
    "The e-invoice address “{value}” has a check digit that does not match. "
    "Check it for typing errors."
)


def normalize_einvoice_address(value: str) -> str:
    """Validate an e-invoice address: an OVT code or an IBAN, returned compact.

    An OVT code is ``0037``, the eight digits of a valid Y-tunnus and an optional
    suffix of up to five letters or digits (12–17 characters in all). Banks'
    e-invoicing uses the receiver's IBAN as address instead.

    Raises:
        RequiredValue: The value is empty (``einvoice_address.required``).
        InvalidFormat: Neither an OVT code nor an IBAN (``einvoice_address.format``).
        InvalidChecksum: Shaped like one of them but its check digits are wrong
            (``einvoice_address.checksum``); more useful than "wrong format" because
            the cause is almost always a typing error.

    >>> normalize_einvoice_address("fi21 1234 5600 0007 85")
    'FI2112345600000785'
    """
    text = SEPARATORS.sub("", value).upper()
    if not text:
        raise RequiredValue("Enter the e-invoice address.", code="einvoice_address.required")
    shown = value.strip()
    if text.startswith(OVT_PREFIX):
        digits, suffix = text[4:12], text[12:]
        if (
            not is_digits(digits)
            or len(digits) != 8
            or len(suffix) > 5
            or not (suffix.isascii() and ALNUM.fullmatch(suffix))
        ):
            raise InvalidFormat(
                _EINVOICE_FORMAT_TEMPLATE, code="einvoice_address.format", value=shown
            )
        if not ytunnus_checksum_ok(digits):
            raise InvalidChecksum(
                _EINVOICE_CHECKSUM_TEMPLATE, code="einvoice_address.checksum", value=shown
            )
        return text
    if re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+", text):
        try:
            return normalize_iban(text)
        except InvalidChecksum:
            raise InvalidChecksum(
                _EINVOICE_CHECKSUM_TEMPLATE, code="einvoice_address.checksum", value=shown
            ) from None
        except ValueError:
            pass
    raise InvalidFormat(_EINVOICE_FORMAT_TEMPLATE, code="einvoice_address.format", value=shown)
