"""Money and percentages as ``Decimal``: rounding, cents, parsing and display.

Money never touches ``float``. Amounts are rounded half up to the cent (away from zero for
negative amounts, so a credit note mirrors its invoice exactly) and stored as integer cents.

>>> parse_money("1 234,50 €")
Decimal('1234.50')
>>> format_money(Decimal("1234.5"), "en")
'€1,234.50'
>>> to_cents(Decimal("12.345"))
1235
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from asiakasrekisteri.domain.errors import InvalidFormat

__all__ = [
    "CENT",
    "HUNDRED",
    "ZERO",
    "format_money",
    "format_percent",
    "is_whole_cents",
    "parse_money",
    "parse_percent",
    "round_cents",
    "to_cents",
]

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)

NBSP = "\u00a0"

# Sign, optional currency on either side, a number made of digits and separators.
_MONEY_RE = re.compile(
    r"(?P<sign1>[-+]?)\s*(?:€|EUR)?\s*(?P<sign2>[-+]?)\s*"
    r"(?P<number>[0-9](?:[0-9.,]|\s(?=[0-9]))*)\s*(?:€|EUR)?",
    re.IGNORECASE,
)
_PERCENT_RE = re.compile(r"(?P<number>[0-9]+(?:[.,][0-9]+)?)\s*%?")
# Minus signs people paste from word processors and spreadsheets.
_MINUS_SIGNS = str.maketrans({"\u2212": "-", "\u2013": "-"})


def _require_decimal(amount: object) -> Decimal:
    """Return ``amount`` as a Decimal; reject ``float`` (binary rounding errors)."""
    if isinstance(amount, Decimal):
        return amount
    if isinstance(amount, int) and not isinstance(amount, bool):
        return Decimal(amount)
    raise TypeError(f"money must be Decimal or int, not {type(amount).__name__}")


def round_cents(amount: Decimal | int) -> Decimal:
    """Round an amount half up to whole cents.

    Args:
        amount: Any finite Decimal (or int).

    Returns:
        The amount with exactly two decimals; halves round away from zero.

    Raises:
        TypeError: If ``amount`` is a float or another non-Decimal type.
    """
    return _require_decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)


def is_whole_cents(amount: Decimal) -> bool:
    """Tell whether an amount needs no rounding to be expressed in cents.

    Args:
        amount: A finite Decimal.

    Returns:
        True for ``Decimal("1.50")`` or ``Decimal("2")``, False for ``Decimal("1.505")``.
    """
    return round_cents(amount) == amount


def to_cents(amount: Decimal | int) -> int:
    """Convert an amount to integer cents, rounding half up first.

    Args:
        amount: Amount in euros.

    Returns:
        The amount in cents, e.g. ``1235`` for ``Decimal("12.345")``.
    """
    return int(round_cents(amount).scaleb(2))


def _money_error(text: str) -> InvalidFormat:
    return InvalidFormat(
        "“{text}” is not an amount of money; write it like 1 234,50.",
        code="money.format",
        text=text,
    )


def _check_groups(integer: str, separator: str, text: str) -> str:
    """Remove thousands separators, checking that they split the digits in threes."""
    groups = integer.split(separator)
    if not 1 <= len(groups[0]) <= 3 or any(len(group) != 3 for group in groups[1:]):
        raise _money_error(text)
    return "".join(groups)


def _parse_number(number: str, text: str) -> str:
    """Turn a number with grouping and a decimal separator into ``123.45`` form.

    A single ``.`` or ``,`` is the decimal separator (``"1,234"`` is 1.234, as a Finn
    means it). When both occur, the last one is the decimal separator. A separator that
    occurs several times, or a space, groups thousands and must split the digits in threes.
    """
    number = re.sub(r"\s", " ", number)
    marks = [char for char in number if char in ".,"]
    decimal_mark: str | None = None
    if marks and marks.count(marks[-1]) == 1:
        decimal_mark = marks[-1]
    if decimal_mark is not None:
        integer, _, fraction = number.rpartition(decimal_mark)
    else:
        integer, fraction = number, ""
    group_marks = {char for char in integer if not char.isdigit()}
    if len(group_marks) > 1:
        raise _money_error(text)
    if group_marks:
        integer = _check_groups(integer, group_marks.pop(), text)
    if decimal_mark is not None and not fraction.isdigit():
        raise _money_error(text)
    return f"{integer}.{fraction}" if fraction else integer


def parse_money(text: str) -> Decimal:
    """Parse an amount of money typed by a person.

    Accepts Finnish and English forms: ``"1 234,50"``, ``"1234.5"``, ``"1.234,50"``,
    ``"1,234.50"``, ``"€ 12"``, ``"12,5 €"``, ``"12 EUR"`` and a leading minus sign
    (also ``"−"`` U+2212) before or after the currency. Any Unicode space, including
    the no-break spaces that :func:`format_money` writes, may group thousands.

    Args:
        text: The text to parse.

    Returns:
        The exact value as typed (not rounded to cents; unit prices may need more decimals).

    Raises:
        InvalidFormat: Code ``"money.format"`` if the text is empty or not an amount.
    """
    stripped = text.strip().translate(_MINUS_SIGNS)
    match = _MONEY_RE.fullmatch(stripped)
    if match is None or (match["sign1"] and match["sign2"]):
        raise _money_error(text)
    sign = "-" if "-" in (match["sign1"], match["sign2"]) else ""
    return Decimal(sign + _parse_number(match["number"], text))


def parse_percent(text: str) -> Decimal:
    """Parse a percentage such as ``"25,5"``, ``"25.5 %"`` or ``"24%"``.

    Args:
        text: The text to parse.

    Returns:
        The percentage as a Decimal (``Decimal("25.5")``), between 0 and 100 inclusive.

    Raises:
        InvalidFormat: Code ``"percent.format"`` for non-numeric text, code
            ``"percent.range"`` for a value above 100.
    """
    match = _PERCENT_RE.fullmatch(text.strip())
    if match is None:
        raise InvalidFormat(
            "“{text}” is not a percentage; write it like 25,5.", code="percent.format", text=text
        )
    value = Decimal(match["number"].replace(",", "."))
    if value > HUNDRED:
        raise InvalidFormat(
            "A percentage must be between 0 and 100, not {text}.", code="percent.range", text=text
        )
    return value


def _group(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(parts)


def format_money(amount: Decimal | int, language: str = "fi") -> str:
    """Format an amount in euros for display or print, rounded half up to the cent.

    Finnish and Swedish: ``"1 234,50 €"`` with no-break spaces (U+00A0) both between
    thousands and before the euro sign, so the amount never wraps. English: ``"€1,234.50"``.
    A negative amount gets an ASCII hyphen-minus (every PDF font has it): ``"-12,00 €"``,
    ``"-€12.00"``.

    Args:
        amount: Amount in euros.
        language: ``"fi"``, ``"sv"`` or ``"en"`` (an ``InvoiceLanguage`` works too).

    Returns:
        The formatted amount.

    Raises:
        ValueError: For an unsupported language (a programming error).
    """
    rounded = round_cents(amount)
    sign = "-" if rounded < 0 else ""
    integer, _, fraction = f"{abs(rounded):f}".partition(".")
    if language in ("fi", "sv"):
        return f"{sign}{_group(integer, NBSP)},{fraction}{NBSP}€"
    if language == "en":
        return f"{sign}€{_group(integer, ',')}.{fraction}"
    raise ValueError(f"unsupported language {language!r}")


def format_percent(rate: Decimal, language: str = "fi") -> str:
    """Format a percentage without superfluous zeros.

    Args:
        rate: The percentage, e.g. ``Decimal("25.50")``.
        language: ``"fi"``/``"sv"`` give ``"25,5 %"`` (no-break space), ``"en"`` ``"25.5%"``.

    Returns:
        The formatted percentage.

    Raises:
        ValueError: For an unsupported language or a non-finite rate.
    """
    if not rate.is_finite():
        raise ValueError(f"not a finite rate: {rate!r}")
    text = f"{rate.normalize():f}"
    if language in ("fi", "sv"):
        return f"{text.replace('.', ',')}{NBSP}%"
    if language == "en":
        return f"{text}%"
    raise ValueError(f"unsupported language {language!r}")
