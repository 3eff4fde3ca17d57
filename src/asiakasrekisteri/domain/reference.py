"""Finnish payment references: the national viitenumero and the RF creditor reference.

National reference (Finance Finland rules): 3–19 base digits and a 7-3-1 check digit,
4–20 digits in all, printed in groups of five from the right without leading zeros. RF
reference (ISO 11649): ``RF`` + two mod 97-10 check digits + the national reference.

Leading zeros carry no meaning (the weights multiply them by zero, the printed form drops
them), so :func:`compact` and :func:`validate` drop them: ``"0013"`` and ``"13"`` are the
same reference and the 4-digit minimum applies to the significant digits.

>>> create("1001")
'10016'
>>> format("3222190631525115")
'3 22219 06315 25115'
>>> format_rf(to_rf("2348236"))
'RF33 2348 236'
"""

from __future__ import annotations

from stdnum import exceptions as stdnum_errors
from stdnum import iso11649
from stdnum.iso7064 import mod_97_10
from stdnum.util import clean

from asiakasrekisteri.domain.errors import (
    InvalidChecksum,
    InvalidFormat,
    InvalidLength,
)

__all__ = [
    "calc_check_digit",
    "compact",
    "create",
    "format",
    "format_any",
    "format_rf",
    "is_rf",
    "to_rf",
    "validate",
    "validate_any",
    "validate_rf",
]

MIN_LENGTH = 4
MAX_LENGTH = 20
_WEIGHTS = (7, 3, 1)
_SEPARATORS = " -"


def _format_error(ref: str) -> InvalidFormat:
    return InvalidFormat(
        "A reference number may contain only digits and spaces: “{reference}”.",
        code="reference.format",
        reference=ref,
    )


def compact(ref: str) -> str:
    """Remove spaces, hyphens and leading zeros; do not validate.

    Args:
        ref: A reference as typed or printed.

    Returns:
        The reference without separators and leading zeros.
    """
    return clean(ref, _SEPARATORS).strip().lstrip("0")


def calc_check_digit(base: str) -> str:
    """Compute the 7-3-1 check digit of a national reference base.

    The base digits are weighted 7, 3, 1, 7, 3, 1, … from right to left; the check digit
    is ``(10 - sum % 10) % 10``.

    Args:
        base: The digits without the check digit.

    Returns:
        The check digit as a one-character string.

    Raises:
        InvalidFormat: Code ``"reference.format"`` if the base is empty or not all digits.
    """
    if not base.isdigit() or not base.isascii():
        raise _format_error(base)
    total = sum(int(digit) * _WEIGHTS[i % 3] for i, digit in enumerate(reversed(base)))
    return str(-total % 10)


def create(base: str) -> str:
    """Create a national reference by appending the check digit to a base.

    Args:
        base: 3–19 digits, e.g. a customer or invoice number; spaces are ignored.

    Returns:
        The compact reference (base + check digit, leading zeros dropped).

    Raises:
        InvalidFormat: Code ``"reference.format"`` for non-digits.
        InvalidLength: Code ``"reference.length"`` if the reference would not have
            4–20 significant digits.
    """
    digits = compact(base)
    if digits and not (digits.isdigit() and digits.isascii()):
        raise _format_error(base)
    ref = digits + (calc_check_digit(digits) if digits else "0")
    _check_length(ref)
    return ref


def _check_length(ref: str) -> None:
    if not MIN_LENGTH <= len(ref) <= MAX_LENGTH:
        raise InvalidLength(
            "A reference number has 4 to 20 digits; this one has {length}.",
            code="reference.length",
            length=len(ref),
        )


def validate(ref: str) -> str:
    """Validate a national reference (viitenumero).

    Args:
        ref: The reference, with or without spaces.

    Returns:
        The compact reference without spaces and leading zeros.

    Raises:
        InvalidFormat: Code ``"reference.format"`` for characters other than digits.
        InvalidLength: Code ``"reference.length"`` unless 4–20 significant digits.
        InvalidChecksum: Code ``"reference.checksum"`` for a wrong check digit.
    """
    digits = compact(ref)
    if digits and not (digits.isdigit() and digits.isascii()):
        raise _format_error(ref)
    _check_length(digits)
    if calc_check_digit(digits[:-1]) != digits[-1]:
        raise InvalidChecksum(
            "The check digit of reference number {reference} does not match; "
            "check it for typing errors.",
            code="reference.checksum",
            reference=ref,
        )
    return digits


def format(ref: str) -> str:
    """Format a national reference for print: groups of five from the right.

    Args:
        ref: A valid reference in any form.

    Returns:
        e.g. ``"1030 10006 71758 00018"`` for ``"01030100067175800018"``.
    """
    digits = compact(ref)
    head = len(digits) % 5 or 5
    groups = [digits[:head]] + [digits[i : i + 5] for i in range(head, len(digits), 5)]
    return " ".join(groups)


def to_rf(ref: str) -> str:
    """Convert a national reference to an RF creditor reference.

    Args:
        ref: A national reference.

    Returns:
        The compact RF reference, e.g. ``"RF332348236"`` for ``"2348236"``.

    Raises:
        ValidationError: As :func:`validate` if the national reference is invalid.
    """
    digits = validate(ref)
    return "RF" + mod_97_10.calc_check_digits(digits + "RF") + digits


def is_rf(ref: str) -> bool:
    """Tell whether a reference looks like an RF reference (starts with ``RF``).

    Args:
        ref: Any reference.

    Returns:
        True if it starts with ``RF`` (in any letter case, ignoring leading spaces).
    """
    return ref.strip().upper().startswith("RF")


def validate_rf(ref: str) -> str:
    """Validate an ISO 11649 RF creditor reference.

    Any ISO 11649 reference is accepted, also alphanumeric ones such as ``RF97C2H5OH``;
    the bank barcode (version 5) needs a numeric body and checks that itself.

    Args:
        ref: The reference, with or without spaces.

    Returns:
        The compact upper-case reference, e.g. ``"RF18539007547034"``.

    Raises:
        InvalidFormat: Code ``"reference.format"`` unless ``RF``, two digits and 1–21
            letters or digits.
        InvalidLength: Code ``"reference.length"`` if longer than 25 characters.
        InvalidChecksum: Code ``"reference.checksum"`` for wrong check digits.
    """
    try:
        compact_ref = str(iso11649.compact(ref))
        # stdnum 2.2 accepts letters as check digits ("RFAB…"); ISO 11649 has two digits.
        if not (compact_ref.isascii() and compact_ref[2:4].isdigit()):
            raise stdnum_errors.InvalidFormat()
        return str(iso11649.validate(compact_ref))
    except stdnum_errors.InvalidLength as exc:
        raise InvalidLength(
            "An RF reference has 5 to 25 characters: “{reference}”.",
            code="reference.length",
            reference=ref,
        ) from exc
    except stdnum_errors.InvalidChecksum as exc:
        raise InvalidChecksum(
            "The check digits of RF reference {reference} do not match; "
            "check it for typing errors.",
            code="reference.checksum",
            reference=ref,
        ) from exc
    except ValueError as exc:  # stdnum's InvalidFormat, or junk its converters reject
        raise InvalidFormat(
            "An RF reference starts with RF and two check digits, followed by letters "
            "and digits: “{reference}”.",
            code="reference.format",
            reference=ref,
        ) from exc


def format_rf(ref: str) -> str:
    """Format an RF reference for print: groups of four from the left.

    Args:
        ref: A valid RF reference in any form.

    Returns:
        e.g. ``"RF33 2348 236"``.
    """
    return str(iso11649.format(ref))


def validate_any(ref: str) -> str:
    """Validate either an RF reference or a national reference.

    Args:
        ref: A reference; one starting with ``RF`` is treated as RF.

    Returns:
        The compact form (:func:`validate_rf` or :func:`validate`).

    Raises:
        ValidationError: As the matching validator.
    """
    return validate_rf(ref) if is_rf(ref) else validate(ref)


def format_any(ref: str) -> str:
    """Format an RF or national reference for print.

    Args:
        ref: A valid reference of either kind.

    Returns:
        :func:`format_rf` or :func:`format` of it.
    """
    return format_rf(ref) if is_rf(ref) else format(ref)
