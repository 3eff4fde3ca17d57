"""The customer's own number in the register, and the next free one."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from asiakasrekisteri.domain.errors import InvalidFormat, RequiredValue
from asiakasrekisteri.domain.identifiers._text import is_digits, number_to_text

__all__ = ["normalize_customer_number", "suggest_customer_number"]


_CUSTOMER_NUMBER = re.compile(r"[A-Za-z0-9\-_/.]{1,20}")


def normalize_customer_number(value: str | int | float | Decimal) -> str:
    """Validate a customer number: 1–20 letters, digits or ``- _ / .``.

    Numbers read from a spreadsheet lose their ``.0`` (``1001.0`` → ``"1001"``).

    Raises:
        RequiredValue: The value is empty (``customer_number.required``).
        InvalidFormat: Too long, spaces or other characters (``customer_number.format``).

    >>> normalize_customer_number(1001.0)
    '1001'
    """
    text = number_to_text(value)
    if not text:
        raise RequiredValue("Enter a customer number.", code="customer_number.required")
    if _CUSTOMER_NUMBER.fullmatch(text) is None:
        raise InvalidFormat(
            "“{value}” cannot be used as a customer number. Use at most 20 letters, "
            "digits or the characters - _ / . without spaces.",
            code="customer_number.format",
            value=text,
        )
    return text


def suggest_customer_number(existing: Iterable[str], start: int = 1001) -> str:
    """Suggest the next customer number: one more than the largest numeric one.

    Numbers with letters or other characters are ignored. Zero-padded numbers keep
    their width (``"00099"`` → ``"00100"``).

    Args:
        existing: The customer numbers already in use.
        start: The suggestion when no purely numeric number exists yet.

    >>> suggest_customer_number(["1001", "A-7", "1010"]), suggest_customer_number([])
    ('1011', '1001')
    """
    numeric = [text for text in (number.strip() for number in existing) if is_digits(text)]
    if not numeric:
        return str(start)
    top = max(int(text) for text in numeric)
    width = max(len(text) for text in numeric if int(text) == top)
    return str(top + 1).zfill(width)
