"""Finnish virtual bank barcode (virtuaaliviivakoodi) and its Code 128 symbol values.

The 54-digit string (Finance Finland Bank Bar Code Guide v5.3):

=======  ======  ============================  ===================================
Digits   Length  Version 4 (national ref)      Version 5 (RF ref)
=======  ======  ============================  ===================================
1        1       ``4``                         ``5``
2–17     16      IBAN digits after ``FI``      same
18–23    6       euros, zero-padded            same
24–25    2       cents                         same
26–28    3       reserve ``000``               26–27: RF check digits
29–48    20      reference, zero-padded        28–48 (21): RF body, zero-padded
49–54    6       due date ``YYMMDD``           same
=======  ======  ============================  ===================================

An amount of zero and a missing due date are written as zeros; the payer then types them.
The printed symbol is Code 128 set C (:func:`code128_values`); drawing it belongs to the
PDF service.

>>> virtual_barcode("FI37 1590 3000 0007 76", Decimal("12.25"), "11112", date(2016, 12, 21))
'437159030000007760000122500000000000000000011112161221'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from stdnum import exceptions as stdnum_errors
from stdnum import iban as stdnum_iban

from asiakasrekisteri.domain import reference as refs
from asiakasrekisteri.domain.errors import InvalidChecksum, InvalidFormat, ValidationError
from asiakasrekisteri.domain.money import from_cents, is_whole_cents, to_cents

__all__ = [
    "BARCODE_LENGTH",
    "MAX_AMOUNT",
    "VirtualBarcode",
    "code128_values",
    "parse_virtual_barcode",
    "validate_finnish_iban",
    "virtual_barcode",
]

BARCODE_LENGTH = 54
MAX_AMOUNT = Decimal("999999.99")
_CODE128_START_C = 105
_CODE128_STOP = 106


@dataclass(frozen=True, slots=True)
class VirtualBarcode:
    """The contents of a virtual bank barcode.

    Attributes:
        version: 4 (national reference) or 5 (RF reference).
        iban: Compact Finnish IBAN, e.g. ``"FI3715903000000776"``.
        amount: Amount in euros, or None when the barcode carries zero.
        reference: Compact reference: national without leading zeros, or ``"RF…"``.
        due_date: Due date, or None when the barcode carries ``000000``.
    """

    version: int
    iban: str
    amount: Decimal | None
    reference: str
    due_date: date | None


def validate_finnish_iban(iban: str) -> str:
    """Validate an IBAN that a Finnish bank barcode can carry.

    Args:
        iban: The IBAN, with or without spaces.

    Returns:
        The compact IBAN, ``"FI"`` + 16 digits.

    Raises:
        InvalidFormat: Code ``"barcode.iban_country"`` for a non-Finnish IBAN, code
            ``"iban.format"`` for an IBAN that is malformed.
        InvalidChecksum: Code ``"iban.checksum"`` for wrong check digits.
    """
    try:
        compact = str(stdnum_iban.validate(iban))
    except stdnum_errors.InvalidChecksum as exc:
        raise InvalidChecksum(
            "The check digits of IBAN {iban} do not match; check it for typing errors.",
            code="iban.checksum",
            iban=iban,
        ) from exc
    except ValueError as exc:
        raise InvalidFormat("“{iban}” is not a valid IBAN.", code="iban.format", iban=iban) from exc
    if not compact.startswith("FI"):
        raise InvalidFormat(
            "The bank barcode can only carry a Finnish (FI) account; {iban} is not one.",
            code="barcode.iban_country",
            iban=iban,
        )
    return compact


def _amount_digits(amount: Decimal | None) -> str:
    if amount is None:
        return "0" * 8
    if amount < 0 or amount > MAX_AMOUNT:
        raise ValidationError(
            "The bank barcode can carry amounts from 0 to 999 999,99 €, not {amount}.",
            code="barcode.amount_range",
            amount=amount,
        )
    if not is_whole_cents(amount):
        raise ValidationError(
            "The amount {amount} has fractions of a cent; round it before printing.",
            code="barcode.amount_precision",
            amount=amount,
        )
    return f"{to_cents(amount):08d}"


def _reference_digits(reference: str) -> tuple[int, str]:
    ref = refs.validate_any(reference)
    if not ref.startswith("RF"):
        return 4, "000" + ref.zfill(20)
    body = ref[4:]
    if not body.isdigit():
        raise ValidationError(
            "The bank barcode can only carry an RF reference made of digits, not {reference}.",
            code="barcode.reference_not_numeric",
            reference=reference,
        )
    return 5, ref[2:4] + body.zfill(21)


def _date_digits(due_date: date | None) -> str:
    if due_date is None:
        return "000000"
    if not 2000 <= due_date.year <= 2099:
        raise ValidationError(
            "The bank barcode can only carry due dates in 2000–2099, not {due_date}.",
            code="barcode.due_date_range",
            due_date=due_date.isoformat(),
        )
    return due_date.strftime("%y%m%d")


def virtual_barcode(
    iban: str, amount: Decimal | None, reference: str, due_date: date | None
) -> str:
    """Build the 54-digit virtual bank barcode.

    Args:
        iban: Finnish IBAN of the payee, with or without spaces.
        amount: Amount in whole cents, 0–999 999,99 €; None or zero leaves it to the payer.
        reference: National reference (gives version 4) or numeric RF reference (version 5).
        due_date: Due date in 2000–2099, or None.

    Returns:
        The 54 digits.

    Raises:
        ValidationError: ``barcode.iban_country``/``iban.*`` for a bad or non-Finnish IBAN,
            ``barcode.amount_range`` for a negative or too large amount,
            ``barcode.amount_precision`` for fractions of a cent, ``reference.*`` for a
            bad reference, ``barcode.reference_not_numeric`` for an RF reference with
            letters, ``barcode.due_date_range`` for a date outside 2000–2099.
    """
    account = validate_finnish_iban(iban)[2:]
    version, ref_digits = _reference_digits(reference)
    return f"{version}{account}{_amount_digits(amount)}{ref_digits}{_date_digits(due_date)}"


def _barcode_error(code: str, why: str) -> InvalidFormat:
    return InvalidFormat(
        "“{barcode}” is not a Finnish virtual bank barcode: {why}.",
        code="barcode.format",
        barcode=code,
        why=why,
    )


def parse_virtual_barcode(code: str) -> VirtualBarcode:
    """Read a 54-digit virtual bank barcode of version 4 or 5.

    Args:
        code: The digits; spaces are ignored.

    Returns:
        The decoded contents; zero amount and ``000000`` date come back as None.

    Raises:
        InvalidFormat: Code ``"barcode.format"`` if the string is not 54 digits, has an
            unknown version, a non-zero reserve or an impossible date.
        ValidationError: ``iban.*`` or ``reference.*`` if those parts do not validate.
    """
    digits = "".join(code.split())
    if len(digits) != BARCODE_LENGTH or not (digits.isdigit() and digits.isascii()):
        raise _barcode_error(code, "it must have 54 digits")
    version = int(digits[0])
    if version == 4:
        if digits[25:28] != "000":
            raise _barcode_error(code, "the reserved digits 26–28 must be zeros")
        reference = refs.validate(digits[28:48])
    elif version == 5:
        reference = refs.validate_rf("RF" + digits[25:27] + digits[27:48].lstrip("0"))
    else:
        raise _barcode_error(code, "only versions 4 and 5 are supported")
    iban = validate_finnish_iban("FI" + digits[1:17])
    cents = int(digits[17:25])
    amount = from_cents(cents) if cents else None
    due_date: date | None = None
    if digits[48:] != "000000":
        try:
            due_date = date(2000 + int(digits[48:50]), int(digits[50:52]), int(digits[52:54]))
        except ValueError as exc:
            raise _barcode_error(code, "the due date is not a real date") from exc
    return VirtualBarcode(version, iban, amount, reference, due_date)


def code128_values(code: str) -> list[int]:
    """Return the Code 128 symbol values that print a digit string in code set C.

    Start C (105), one symbol per digit pair, the mod-103 check value and Stop (106).
    For the 54-digit barcode that is 30 symbols, 332 modules without quiet zones.

    Args:
        code: A non-empty string of an even number of digits.

    Returns:
        The symbol values, e.g. ``[105, 43, 71, …, 76, 106]``.

    Raises:
        InvalidFormat: Code ``"barcode.format"`` for an empty, odd or non-digit string.
    """
    if not code or len(code) % 2 or not (code.isdigit() and code.isascii()):
        raise _barcode_error(code, "Code 128 set C needs an even number of digits")
    pairs = [int(code[i : i + 2]) for i in range(0, len(code), 2)]
    check = (_CODE128_START_C + sum(i * v for i, v in enumerate(pairs, start=1))) % 103
    return [_CODE128_START_C, *pairs, check, _CODE128_STOP]
