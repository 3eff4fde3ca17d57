"""Payments in as the bank reports them, whatever file they came in.

The readers (:mod:`asiakasrekisteri.domain.reference_payment_file` for the fixed-width
reference payment file, ``services.banking.camt`` for ISO 20022 camt.053/054) turn a file
into a :class:`BankFile`: every payment in (:class:`IncomingPayment`) and every other
entry with the reason it is not one (:class:`SkippedEntry`). A file that cannot be read
raises :class:`BankFileError` with one message; nothing is read half.

A payment is known by its archive id (arkistointitunnus), which the bank gives each
transaction once; the same archive id in a later file is the same payment.

>>> reference_key("RF64 1054"), reference_key("00000000000000001054"), reference_key(" ")
('1054', '1054', '')
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import cached_property

from asiakasrekisteri.domain import reference
from asiakasrekisteri.domain.errors import ValidationError

__all__ = [
    "EURO",
    "BankFile",
    "BankFileError",
    "BankFileFormat",
    "FallbackArchiveIds",
    "IncomingPayment",
    "SkipReason",
    "SkippedEntry",
    "file_digest",
    "reference_key",
]

EURO = "EUR"


class BankFileFormat(StrEnum):
    """The kinds of file the program reads."""

    CAMT054 = "camt.054"
    """ISO 20022 debit/credit notification: the bank's report of payments in."""
    CAMT053 = "camt.053"
    """ISO 20022 account statement."""
    REFERENCE_FILE = "reference-file"
    """The fixed-width reference payment file (viitesiirto, KTL)."""


class SkipReason(StrEnum):
    """Why an entry of a file is not a payment in."""

    DEBIT = "debit"
    """Money out of the account."""
    NOT_BOOKED = "not_booked"
    """Pending or for information; not (yet) on the account."""
    BATCH_TOTAL = "batch_total"
    """The sum of a batch of payments whose details the file does not list."""


@dataclass(frozen=True)
class IncomingPayment:
    """One payment into the account.

    Attributes:
        archive_id: The bank's archive id of the payment.
        amount: The amount, positive.
        currency: ISO 4217 code; ``XXX`` when the file names no known currency.
        booking_date: The day the bank booked it to the account.
        payment_date: The day the payer paid it (the booking day when not given).
        reference: The payment reference as the file gives it (national or RF), or "".
        payer_name: The payer's name as the bank has it.
        message: Free text of the payment, for a payment without a reference.
        correction: True for a correction or reversal of an earlier payment: such a
            payment is shown, never settled on its own.
    """

    archive_id: str
    amount: Decimal
    currency: str
    booking_date: date
    payment_date: date
    reference: str
    payer_name: str = ""
    message: str = ""
    correction: bool = False

    @cached_property
    def reference_key(self) -> str:
        """The reference as references are compared (:func:`reference_key`)."""
        return reference_key(self.reference)


@dataclass(frozen=True)
class SkippedEntry:
    """An entry of the file that is not a payment in.

    Attributes:
        archive_id: The bank's archive id of the entry, or "".
        amount: Its amount, positive.
        currency: Its currency.
        booking_date: Its booking day, when it has one.
        reason: Why it is not a payment in.
        description: The bank's text for the transaction (e.g. ``705 VIITESIIRROT``).
    """

    archive_id: str
    amount: Decimal
    currency: str
    booking_date: date | None
    reason: SkipReason
    description: str = ""


@dataclass(frozen=True)
class BankFile:
    """Everything read from one file.

    Attributes:
        format: What kind of file it was.
        account: The account the file reports on (IBAN, or the domestic account number
            of the fixed-width file).
        payments: The payments in, in file order.
        skipped: The entries that are not payments in, in file order.
    """

    format: BankFileFormat
    account: str
    payments: tuple[IncomingPayment, ...]
    skipped: tuple[SkippedEntry, ...] = ()


class BankFileError(ValidationError):
    """The file is not a bank file the program reads, or it is damaged."""

    code = "bank_file"
    template = "The file is not a bank payment file the program can read."


def reference_key(ref: str) -> str:
    """The text two payment references are compared by.

    Spaces and leading zeros carry no meaning; an RF reference is compared by its check
    digits and the national reference it was made from, so a payment in either form
    finds the invoice in either form. A reference that is neither stays as typed, in
    capitals, and matches only itself. Equal to :func:`reference.payment_key` without
    leading zeros; the common forms take a short way (a file has thousands).

    Args:
        ref: A reference from a bank file or the register.

    Returns:
        The comparison key; "" for an empty reference.
    """
    text = ref.replace(" ", "").replace("-", "")
    if text.isascii() and text.isdigit():
        return text.lstrip("0")
    upper = text.upper()
    if upper[:2] == "RF" and upper[2:].isdigit() and upper.isascii() and len(upper) <= 25:
        digits = upper[4:].lstrip("0")
        if int(upper[4:] + "2715" + upper[2:4]) % 97 == 1 and _is_national(digits):
            return digits
    key = reference.payment_key(ref)
    return key.lstrip("0") if key.isdigit() else key


_WEIGHTS = (7, 3, 1)


def _is_national(digits: str) -> bool:
    """A valid national reference without leading zeros (4–20 digits, 7-3-1 check)."""
    if not 4 <= len(digits) <= 20:
        return False
    base = digits[-2::-1]
    total = sum(int(d) * _WEIGHTS[i % 3] for i, d in enumerate(base))
    return -total % 10 == int(digits[-1])


def file_digest(data: bytes) -> str:
    """The SHA-256 of a file's bytes in hex: the same file imported twice is known by it."""
    return hashlib.sha256(data).hexdigest()


class FallbackArchiveIds:
    """Archive ids for the payments a file gives none: the same again for the same file.

    An id is ``"F"``, the first 15 hex digits of the file's :func:`file_digest` and the
    payment's position in the file; the digest is taken once, when first needed.
    """

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._digest: str | None = None

    def __call__(self, index: int) -> str:
        if self._digest is None:
            self._digest = file_digest(self._data)
        return f"F{self._digest[:15]}-{index}"
