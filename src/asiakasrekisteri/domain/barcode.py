"""Finnish virtual bank barcode (virtuaaliviivakoodi).

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
The printed symbol is Code 128 set C; drawing it belongs to the PDF service.

>>> virtual_barcode("FI37 1590 3000 0007 76", Decimal("12.25"), "11112", date(2016, 12, 21))
'437159030000007760000122500000000000000000011112161221'
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from asiakasrekisteri.domain import reference as refs
from asiakasrekisteri.domain.errors import InvalidChecksum, InvalidFormat, ValidationError
from asiakasrekisteri.domain.identifiers import normalize_iban
from asiakasrekisteri.domain.money import is_whole_cents, to_cents

__all__ = [
    "MAX_AMOUNT",
    "validate_finnish_iban",
    "virtual_barcode",
]

MAX_AMOUNT = Decimal("999999.99")


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
        compact = normalize_iban(iban)
    except InvalidChecksum as exc:
        raise InvalidChecksum(
            "The check digits of IBAN {iban} do not match; check it for typing errors.",
            code="iban.checksum",
            iban=iban,
        ) from exc
    except ValidationError as exc:
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
