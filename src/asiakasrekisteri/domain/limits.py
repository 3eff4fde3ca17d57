"""The bounds of the values the register keeps, shared by the window and the command line.

Each bound is one a value must meet to be stored exactly, printed on an invoice and sent
as Finvoice without being cut, rounded or refused later: amounts fit in integer cents
far below the database's 64-bit limit, dates fall in a range in which every VAT rate,
reference rate and due-date calculation is defined, quantities fit Finvoice's 14
characters. ``docs/hostile-input.md`` lists them for people.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from asiakasrekisteri.domain.errors import InvalidFormat, RequiredValue

EARLIEST_DATE = date(2000, 1, 1)
LATEST_DATE = date(2100, 12, 31)
"""The range of invoice, delivery, due, payment and reminder dates."""

MAX_AMOUNT = Decimal("999999999.99")
"""The largest amount of money a field holds (a credit limit, a payment, a fee)."""

QUANTITY_DECIMALS = 3
"""Decimals of an invoice row's quantity: with the 9 digits of the largest quantity, a
sign and a comma, the 14 characters Finvoice has for it."""

PERCENT_DECIMALS = 2
"""Decimals of a percentage (discount, VAT, interest), as the register stores them."""

MAX_CUSTOM_FIELD_NAME = 100
"""Characters of a custom field's name (a column header in the export)."""

# Control characters, and the marks that reverse the direction of the text around them.
_FORBIDDEN_IN_NAMES = frozenset(
    [chr(c) for c in range(0x20)]
    + ["\x7f", "\u061c", "\u200e", "\u200f", "\u2028", "\u2029"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)


def check_encoding(text: str) -> str:
    """Return ``text`` if it can be stored as UTF-8.

    Python keeps the bytes of a command line argument or a file name that are not valid
    UTF-8 as lone surrogates, which no file, database or printer can take.

    Raises:
        InvalidFormat: ``text.encoding``.
    """
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidFormat(
            "The text has bytes that are not valid UTF-8 text; check the encoding it was "
            "written in.",
            code="text.encoding",
        ) from None
    return text


def check_date(day: date) -> date:
    """Return ``day`` if it lies in the register's range of business dates.

    Raises:
        InvalidFormat: ``date.range``.
    """
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise InvalidFormat(
            "Give a date from {earliest} to {latest}, not {day}.",
            code="date.range",
            earliest=EARLIEST_DATE.isoformat(),
            latest=LATEST_DATE.isoformat(),
            day=day.isoformat(),
        )
    return day


def check_amount(amount: Decimal) -> Decimal:
    """Return ``amount`` if it is a finite sum of whole cents from 0 to :data:`MAX_AMOUNT`.

    Raises:
        InvalidFormat: ``amount.range`` or ``amount.cents``.
    """
    if not amount.is_finite() or not 0 <= amount <= MAX_AMOUNT:
        raise InvalidFormat(
            "Give an amount from 0 to {max}.", code="amount.range", max=f"{MAX_AMOUNT:f}"
        )
    if amount != amount.quantize(Decimal("0.01")):
        raise InvalidFormat("Give the amount in whole cents.", code="amount.cents")
    return amount


def has_decimals_within(value: Decimal, places: int) -> bool:
    """Whether ``value`` (finite, of a sane size) needs no more than ``places`` decimals."""
    exponent = value.normalize().as_tuple().exponent
    return isinstance(exponent, int) and -exponent <= places


def check_custom_field_name(name: str) -> str:
    """Return a custom field's name trimmed, if it is one line of up to
    :data:`MAX_CUSTOM_FIELD_NAME` visible characters.

    Raises:
        RequiredValue: ``custom_field.name``.
        InvalidFormat: ``custom_field.name_characters``, ``custom_field.name_length``,
            ``text.encoding``.
    """
    text = check_encoding(name).strip()
    if not text:
        raise RequiredValue("Give the field a name.", code="custom_field.name")
    if any(char in _FORBIDDEN_IN_NAMES for char in text):
        raise InvalidFormat(
            "A field name cannot have line breaks, tabs or other control characters.",
            code="custom_field.name_characters",
        )
    if len(text) > MAX_CUSTOM_FIELD_NAME:
        raise InvalidFormat(
            "A field name can have at most {max} characters.",
            code="custom_field.name_length",
            max=MAX_CUSTOM_FIELD_NAME,
        )
    return text


__all__ = [
    "EARLIEST_DATE",
    "LATEST_DATE",
    "MAX_AMOUNT",
    "MAX_CUSTOM_FIELD_NAME",
    "PERCENT_DECIMALS",
    "QUANTITY_DECIMALS",
    "check_amount",
    "check_custom_field_name",
    "check_date",
    "check_encoding",
    "has_decimals_within",
]
