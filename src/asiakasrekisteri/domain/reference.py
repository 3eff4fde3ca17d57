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

References the program gives (:func:`for_document`) follow one scheme so that two of them
never coincide: the base is a kind digit (:class:`ReferenceKind`) followed by the number
of the invoice or customer, zero-padded to two digits. The number is read back by
dropping the kind digit and the check digit, so different kinds or numbers always give
different references, in national and in RF form. A customer's fixed reference must lie
outside the scheme (:func:`validate_fixed`), so it can never equal one of them either.

>>> for_document(ReferenceKind.INVOICE, 5), for_document(ReferenceKind.INVOICE, 105)
('1054', '11057')
>>> document_of("RF84 1100 13")
(<ReferenceKind.INVOICE: 1>, 1001)
"""

from __future__ import annotations

from enum import IntEnum

from stdnum import exceptions as stdnum_errors
from stdnum import iso11649
from stdnum.iso7064 import mod_97_10
from stdnum.util import clean

from asiakasrekisteri.domain.errors import (
    InvalidChecksum,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)

__all__ = [
    "ReferenceKind",
    "calc_check_digit",
    "compact",
    "create",
    "document_of",
    "equivalent_forms",
    "for_document",
    "format",
    "format_any",
    "format_rf",
    "is_rf",
    "payment_key",
    "to_rf",
    "validate",
    "validate_any",
    "validate_fixed",
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


# --- the program's own references --------------------------------------------------------


class ReferenceKind(IntEnum):
    """What a reference the program makes stands for; the value is its first digit."""

    INVOICE = 1
    # A statement of a customer whose number is a plain number (no leading zero): the
    # reference shows the customer number, so a bank statement line is easy to place.
    STATEMENT = 2
    # A statement of a customer whose number has letters or a leading zero: the
    # customer's register id, which never changes.
    STATEMENT_BY_ID = 3


_NUMBER_WIDTH = 2  # with the kind digit, the 3 base digits a reference needs at least


def for_document(kind: ReferenceKind, number: int) -> str:
    """Create the reference of an invoice or statement: kind digit + number + check digit.

    Args:
        kind: What the reference is for.
        number: The invoice number, customer number or customer id (0 or more).

    Returns:
        The compact national reference, e.g. ``"1054"`` for invoice 5.

    Raises:
        InvalidFormat: Code ``"reference.format"`` for a negative number.
        InvalidLength: Code ``"reference.length"`` for a number over 18 digits.
    """
    if number < 0:
        raise _format_error(str(number))
    return create(f"{kind.value}{number:0{_NUMBER_WIDTH}d}")


def _national_digits(ref: str) -> str | None:
    """The national reference a reference stands for: itself, or the body of an RF
    reference made from one; None for anything else (invalid, or a non-Finnish RF)."""
    try:
        if is_rf(ref):
            ref = validate_rf(ref)[4:]
        return validate(ref)
    except ValidationError:
        return None


def document_of(ref: str) -> tuple[ReferenceKind, int] | None:
    """The kind and number :func:`for_document` made a reference from, if it did.

    Args:
        ref: Any reference, national or RF, in any print form.

    Returns:
        ``(kind, number)``, or None when the reference lies outside the scheme.
    """
    digits = _national_digits(ref)
    if digits is None:
        return None
    base = digits[:-1]
    kinds = {kind.value: kind for kind in ReferenceKind}
    kind = kinds.get(int(base[0]))
    number = base[1:]
    # Only the one way of writing the number belongs to the scheme: "1005" is not
    # invoice 5, whose reference is made of "105".
    if kind is None or f"{int(number):0{_NUMBER_WIDTH}d}" != number:
        return None
    return kind, int(number)


def validate_fixed(ref: str) -> str:
    """Validate a customer's fixed reference: any valid reference outside the scheme.

    Args:
        ref: A national or RF reference.

    Returns:
        The compact form, as :func:`validate_any`.

    Raises:
        ValidationError: As :func:`validate_any`; InvalidFormat with code
            ``"reference.reserved"`` for a reference the program could give an invoice
            or a statement.
    """
    compact_ref = validate_any(ref)
    if document_of(compact_ref) is not None:
        raise InvalidFormat(
            "Reference {reference} is of the kind the program gives invoices and "
            "statements, so a payment with it could go to the wrong place. Choose a "
            "fixed reference whose digits start with 4 to 9.",
            code="reference.reserved",
            reference=ref,
        )
    return compact_ref


def equivalent_forms(ref: str) -> frozenset[str]:
    """The compact forms under which a payment with this reference may arrive.

    Args:
        ref: A valid national or RF reference.

    Returns:
        A national reference and its RF form, or an RF reference alone when it is not
        made from a national one.
    """
    digits = _national_digits(ref)
    if digits is None:
        return frozenset({validate_rf(ref)})
    return frozenset({digits, to_rf(digits)})


def payment_key(ref: str) -> str:
    """One text per payment reference: equal exactly when a bank would mix them up.

    Args:
        ref: Any stored reference, even an invalid one.

    Returns:
        The national digits when the reference stands for a national one, else its
        compact upper-case text.
    """
    digits = _national_digits(ref)
    if digits is not None:
        return digits
    return clean(ref, _SEPARATORS).strip().upper()
