"""EPC QR code payload (SEPA credit transfer, EPC069-12) in the Finnish form.

Finnish practice (Finance Finland QR guide 2015, as Finnish invoicing programs follow it):
version ``001`` with a mandatory BIC (older Finnish bank apps
read only 001), charset ``1`` (UTF-8), the reference – RF *or* national – in the
structured remittance line 10, and the due date in line 12 as ``ReqdExctnDt/YYYY-MM-DD``.

This module only builds the text. Encode it with error correction M and no boost, e.g.
``segno.make_qr(payload, error="m", encoding="utf-8", boost_error=False)``; a payload of
at most 331 bytes always fits the QR version 13 the standard allows.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal

from asiakasrekisteri.domain import reference as refs
from asiakasrekisteri.domain.errors import (
    InvalidFormat,
    InvalidLength,
    RequiredValue,
    ValidationError,
)
from asiakasrekisteri.domain.identifiers import normalize_bic, normalize_iban
from asiakasrekisteri.domain.money import ZERO, is_whole_cents

__all__ = [
    "MAX_AMOUNT",
    "MAX_NAME_LENGTH",
    "MAX_PAYLOAD_BYTES",
    "MAX_TEXT_LENGTH",
    "clean_text",
    "epc_qr_payload",
]

MAX_PAYLOAD_BYTES = 331
MAX_NAME_LENGTH = 70
MAX_TEXT_LENGTH = 140
MAX_AMOUNT = Decimal("999999999.99")


def clean_text(text: str) -> str:
    """Make free text safe for one payload line.

    Normalises to NFC (so ``ä`` counts as one character), turns line breaks, tabs and
    other control characters into spaces and collapses runs of spaces.

    Args:
        text: Any text.

    Returns:
        A single line without leading or trailing spaces.
    """
    normal = unicodedata.normalize("NFC", text)
    spaced = "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in normal)
    return " ".join(spaced.split())


def _truncate(text: str, length: int) -> str:
    """Cut to ``length`` characters without leaving a dangling combining mark or space."""
    if len(text) <= length:
        return text
    cut = text[:length]
    while cut and unicodedata.combining(text[len(cut)]):
        cut = cut[:-1]  # never separate a base letter from its accent
    return cut.rstrip()


# The QR code is printed from settings the user saved long ago: whatever is wrong with an
# account, the one thing to say here is which value cannot be printed.
def _bic(bic: str) -> str:
    try:
        return normalize_bic(bic)
    except ValidationError as exc:
        raise InvalidFormat("“{bic}” is not a valid BIC.", code="bic.format", bic=bic) from exc


def _iban(iban: str) -> str:
    try:
        return normalize_iban(iban)
    except ValidationError as exc:
        raise InvalidFormat("“{iban}” is not a valid IBAN.", code="iban.format", iban=iban) from exc


def _amount(amount: Decimal | None) -> str:
    if amount is None or amount == ZERO:
        return ""
    if not ZERO < amount <= MAX_AMOUNT:
        raise InvalidFormat(
            "A QR payment can carry amounts from 0,01 to 999 999 999,99 €, not {amount}.",
            code="epc.amount_range",
            amount=amount,
        )
    if not is_whole_cents(amount):
        raise InvalidFormat(
            "The amount {amount} has fractions of a cent; round it before printing.",
            code="epc.amount_precision",
            amount=amount,
        )
    return f"EUR{amount:.2f}"


def epc_qr_payload(
    *,
    bic: str,
    name: str,
    iban: str,
    amount: Decimal | None,
    reference: str | None,
    due_date: date | None,
    text: str | None = None,
) -> str:
    """Build the Finnish EPC QR payload (version 001, UTF-8, SCT).

    Lines: ``BCD``, ``001``, ``1``, ``SCT``, BIC, name, IBAN, ``EUR`` amount, purpose
    (empty), structured reference, free text, ``ReqdExctnDt/YYYY-MM-DD``. Empty trailing
    lines are left out; there is no trailing newline.

    Args:
        bic: BIC of the payee's bank (mandatory in version 001).
        name: Payee name; cleaned to one line and cut to 70 characters.
        iban: Payee IBAN (any SEPA country).
        amount: Amount in whole cents up to 999 999 999,99 €; None or zero leaves the
            amount line empty for the payer to fill.
        reference: RF or national reference (line 10), or None.
        due_date: Due date (line 12), or None.
        text: Message for the payee (line 11), ≤ 140 characters; only without a reference.

    Returns:
        The payload, lines joined with ``"\\n"``.

    Raises:
        RequiredValue: Code ``"epc.name_required"`` for an empty name.
        InvalidFormat: ``bic.format``, ``iban.format``, ``epc.amount_range``,
            ``epc.amount_precision``, ``epc.reference_and_text`` (both given) or
            ``reference.*`` (bad reference).
        InvalidLength: ``epc.text_length`` for a long message, ``epc.payload_length`` if
            the UTF-8 payload exceeds 331 bytes.
    """
    payee = _truncate(clean_text(name), MAX_NAME_LENGTH)
    if not payee:
        raise RequiredValue("The payee name is needed for the QR code.", code="epc.name_required")
    message = clean_text(text or "")
    if reference and message:
        raise InvalidFormat(
            "A QR payment carries either a reference or a message, not both.",
            code="epc.reference_and_text",
        )
    if len(message) > MAX_TEXT_LENGTH:
        raise InvalidLength(
            "The message to the payee may have at most 140 characters, not {length}.",
            code="epc.text_length",
            length=len(message),
        )
    lines = [
        "BCD",
        "001",
        "1",
        "SCT",
        _bic(bic),
        payee,
        _iban(iban),
        _amount(amount),
        "",
        refs.validate_any(reference) if reference else "",
        message,
        f"ReqdExctnDt/{due_date.isoformat()}" if due_date else "",
    ]
    while not lines[-1]:
        lines.pop()
    payload = "\n".join(lines)
    size = len(payload.encode("utf-8"))
    if size > MAX_PAYLOAD_BYTES:
        raise InvalidLength(
            "The QR payment data takes {size} bytes; at most 331 fit. Shorten the name "
            "or the message.",
            code="epc.payload_length",
            size=size,
        )
    return payload
