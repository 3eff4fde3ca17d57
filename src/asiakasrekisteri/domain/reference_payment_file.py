"""The fixed-width reference payment file (viitesiirto, KTL) of the Finnish banks.

The bank's description of the file (Finanssiala, "Viitesiirron kuvaus") gives every
record 90 characters in ISO-8859-1; a file holds one or more batches, each a header
record 0, its payment records 3 and 5, and a totals record 9. Positions count from 1:

Record 0, batch header::

    1   1  record id "0"
    2   6  date the batch was made, YYMMDD
    8   4  time, HHMM
    12  2  bank code
    14  9  the payee's service id
    23  1  currency code, "1" = euro
    24 67  reserved

Record 3, reference payment; record 5, direct debit::

    1   1  record id "3" or "5"
    2  14  the payee's account number (domestic machine form)
    16  6  booking date, YYMMDD
    22  6  payment date, YYMMDD
    28 16  archive id
    44 20  reference, zero-padded on the left
    64 12  payer's name, shortened
    76  1  currency code, "1" = euro
    77  1  where the name came from
    78 10  amount in cents
    88  1  correction flag: "0" a payment, "1" a correction of an earlier one
    89  1  delivery method: "A" from the customer, "K" at a branch, "J" bank's system
    90  1  feedback code

Record 9, totals of the batch::

    1   1  record id "9"
    2   6  number of reference payments
    8  11  their sum in cents
    19  6  number of corrections
    25 11  their sum in cents
    36 55  reserved

Banks fill the first count and sum either with the payments alone or with every record
of the batch; both are accepted, and a batch whose totals match neither is refused as
damaged (a file cut short or edited by hand). Lines shorter than 90 characters are
padded with the spaces an editor may have taken off their end; a file saved again as
UTF-8 is read as such.

>>> data = (
...     "0250303120010123456789" + "1" + " " * 67 + "\\n"
...     "312345600000010250303250302123456789012345600000000000000001054VIRTANEN    1 "
...     "00000125500A \\n"
...     "90000010000001255000000000000000000" + " " * 55
... ).encode("latin-1")
>>> file = read_reference_file(data)
>>> [(p.archive_id, p.reference, p.amount, p.payer_name) for p in file.payments]
[('1234567890123456', '1054', Decimal('125.50'), 'VIRTANEN')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from asiakasrekisteri.domain.bank_payments import (
    EURO,
    BankFile,
    BankFileError,
    BankFileFormat,
    FallbackArchiveIds,
    IncomingPayment,
)

__all__ = ["RECORD_LENGTH", "is_reference_file", "read_reference_file"]

RECORD_LENGTH = 90
_EURO_CODE = "1"
_NO_CURRENCY = "XXX"  # ISO 4217: no currency named
_PAYMENT_RECORDS = ("3", "5")
_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass
class _Batch:
    """Payments of one batch and what they add up to, for the totals check."""

    line: int
    payments: int = 0
    payment_cents: int = 0
    corrections: int = 0
    correction_cents: int = 0


def is_reference_file(data: bytes) -> bool:
    """Whether the bytes start like a reference payment file (a batch header record).

    Args:
        data: The file's first bytes or all of it.

    Returns:
        True when the first record is ``0`` followed by a date and a time.
    """
    head = data.lstrip(b"\r\n")[:11]
    return len(head) == 11 and head[:1] == b"0" and head[1:].isdigit()


def _split(text: str) -> list[str]:
    # Only CR and LF end a record: str.splitlines() also splits at NEL (0x85), which the
    # UTF-8 bytes of "Å" hold when read as ISO-8859-1.
    return _LINE_END.split(text)


def _lines(data: bytes) -> list[str]:
    """The file's records as text: ISO-8859-1, or UTF-8 when it was saved as that."""
    lines = _split(data.decode("latin-1"))
    if any(len(line.rstrip()) > RECORD_LENGTH for line in lines):
        try:
            return _split(data.decode("utf-8"))
        except UnicodeDecodeError:
            return lines
    return lines


def _date(text: str, line: int) -> date:
    if not (text.isascii() and text.isdigit()):
        raise BankFileError(
            "Line {line} has an invalid date “{value}”.", code="bank_file.date", line=line,
            value=text,
        )  # fmt: skip
    year, month, day = int(text[:2]), int(text[2:4]), int(text[4:])
    try:
        return date(2000 + year if year < 80 else 1900 + year, month, day)
    except ValueError:
        raise BankFileError(
            "Line {line} has an invalid date “{value}”.", code="bank_file.date", line=line,
            value=text,
        ) from None  # fmt: skip


def _cents(text: str, line: int) -> int:
    if not (text.isascii() and text.isdigit()):
        raise BankFileError(
            "Line {line} has an invalid amount “{value}”.", code="bank_file.amount", line=line,
            value=text.strip(),
        )  # fmt: skip
    return int(text)


def _records(lines: list[str]) -> Iterator[tuple[int, str]]:
    """(line number, record padded to 90 characters) for every non-empty line."""
    for number, raw in enumerate(lines, start=1):
        record = raw.rstrip()
        if not record:
            continue
        if len(record) > RECORD_LENGTH:
            raise BankFileError(
                "Line {line} has {length} characters; a record of the reference payment "
                "file has 90.",
                code="bank_file.record_length",
                line=number,
                length=len(record),
            )
        yield number, record.ljust(RECORD_LENGTH)


def _payment(record: str, line: int, fallback: FallbackArchiveIds, index: int) -> IncomingPayment:
    booking = _date(record[15:21], line)
    paid_text = record[21:27]
    flag = record[87]
    if flag not in "01":
        raise BankFileError(
            "Line {line} has an invalid correction flag “{value}”.",
            code="bank_file.correction_flag",
            line=line,
            value=flag,
        )
    reference = record[43:63].strip().lstrip("0")
    return IncomingPayment(
        archive_id=record[27:43].strip() or fallback(index),
        amount=Decimal(_cents(record[77:87], line)).scaleb(-2),
        currency=EURO if record[75] == _EURO_CODE else _NO_CURRENCY,
        booking_date=booking,
        payment_date=booking if paid_text.strip("0 ") == "" else _date(paid_text, line),
        reference=reference,
        payer_name=record[63:75].strip(),
        correction=flag == "1",
    )


def _check_totals(batch: _Batch, record: str, line: int) -> None:
    """Refuse a batch whose totals record does not match its payment records."""
    count, cents = _cents(record[1:7], line), _cents(record[7:18], line)
    corrections, correction_cents = _cents(record[18:24], line), _cents(record[24:35], line)
    payments_alone = (count, cents) == (batch.payments, batch.payment_cents)
    every_record = (count, cents) == (
        batch.payments + batch.corrections,
        batch.payment_cents + batch.correction_cents,
    )
    if (payments_alone or every_record) and (corrections, correction_cents) == (
        batch.corrections,
        batch.correction_cents,
    ):
        return
    raise BankFileError(
        "The totals of the batch on line {line} do not match its payments: the file says "
        "{count} payments of {amount} €, its records hold {found} of {found_amount} €. "
        "The file may have been cut short or edited.",
        code="bank_file.totals",
        line=batch.line,
        count=count,
        amount=Decimal(cents).scaleb(-2),
        found=batch.payments,
        found_amount=Decimal(batch.payment_cents).scaleb(-2),
    )


def read_reference_file(data: bytes) -> BankFile:
    """Read a reference payment file; every payment, checked against the totals.

    Args:
        data: The whole file.

    Returns:
        The payments (records 3 and 5, corrections flagged), account of the first one.

    Raises:
        BankFileError: Not such a file, a damaged record, a batch without its totals
            record or with totals that do not match.
    """
    if not is_reference_file(data):
        raise BankFileError(
            "The file is not a reference payment file: it does not start with a batch "
            "header record.",
            code="bank_file.not_reference_file",
        )
    fallback = FallbackArchiveIds(data)
    payments: list[IncomingPayment] = []
    account = ""
    batch: _Batch | None = None
    for line, record in _records(_lines(data)):
        kind = record[0]
        if kind == "0":
            if batch is not None:
                raise _missing_totals()
            batch = _Batch(line)
        elif kind in _PAYMENT_RECORDS or kind == "9":
            if batch is None:
                raise BankFileError(
                    "Line {line} comes before the batch header it belongs to.",
                    code="bank_file.order",
                    line=line,
                )
            if kind == "9":
                _check_totals(batch, record, line)
                batch = None
                continue
            payment = _payment(record, line, fallback, len(payments))
            account = account or record[1:15].strip()
            cents = int(payment.amount.scaleb(2))
            if payment.correction:
                batch.corrections += 1
                batch.correction_cents += cents
            else:
                batch.payments += 1
                batch.payment_cents += cents
            payments.append(payment)
        else:
            raise BankFileError(
                "Line {line} starts with “{kind}”, which is no record of the reference "
                "payment file.",
                code="bank_file.record",
                line=line,
                kind=kind,
            )
    if batch is not None:
        raise _missing_totals()
    return BankFile(BankFileFormat.REFERENCE_FILE, account, tuple(payments))


def _missing_totals() -> BankFileError:
    return BankFileError(
        "A batch of the file has no totals record; the file may have been cut short.",
        code="bank_file.no_totals",
    )
