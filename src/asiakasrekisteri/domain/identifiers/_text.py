"""Text helpers the identifier rules share."""

from __future__ import annotations

import math
import re
from decimal import Decimal

from asiakasrekisteri.domain.errors import InvalidFormat

_ASCII_DIGITS = re.compile(r"[0-9]+")
ALNUM = re.compile(r"[A-Z0-9]*")
# Spreadsheets and copy-paste bring in no-break and thin spaces; treat them as spaces.
SEPARATORS = re.compile(r"[\s\-]+")


def is_digits(text: str) -> bool:
    """Whether ``text`` is one or more ASCII digits."""
    # str.isdigit() also accepts "²" and Arabic-Indic digits, which stdnum cannot use.
    return _ASCII_DIGITS.fullmatch(text) is not None


def number_to_text(value: str | int | float | Decimal) -> str:
    """Turn a spreadsheet cell into text: integral numbers lose their ``.0``.

    Excel stores "1001" and "00100" as the float 1001.0 and 100.0, so numbers must be
    converted before any text rule applies.
    """
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        # bool is an int subclass; True would silently become "1".
        raise InvalidFormat("A yes/no value is not allowed here.", code="number.boolean")
    if isinstance(value, int):
        return str(value)
    finite = value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)
    if not finite:
        raise InvalidFormat("The number is not a finite value.", code="number.not_finite")
    if value == int(value):
        return str(int(value))
    return str(value)
