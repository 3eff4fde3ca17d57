"""The fixed-width reference payment file (viitesiirto): records, totals, refusals."""

from __future__ import annotations

import doctest
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from asiakasrekisteri.domain import reference_payment_file
from asiakasrekisteri.domain.bank_payments import BankFileError, BankFileFormat
from asiakasrekisteri.domain.reference_payment_file import is_reference_file, read_reference_file
from tests.bankfile_builders import Record, header_line, record_line, reference_file, totals_line

DATA = Path(__file__).parents[1] / "data" / "bank"


def _file(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode("latin-1")


def test_doctests() -> None:
    assert doctest.testmod(reference_payment_file).failed == 0


def test_reads_the_banks_file_with_corrections_and_both_kinds_of_totals() -> None:
    file = read_reference_file((DATA / "viitesiirto.txt").read_bytes())
    assert file.format is BankFileFormat.REFERENCE_FILE
    assert file.account == "12345600000785"
    got = [
        (p.archive_id, p.reference, p.amount, p.payer_name, p.correction, p.currency)
        for p in file.payments
    ]
    assert got == [
        ("1503146LSK000001", "110000", Decimal("251.00"), "VIRTANEN OY", False, "EUR"),
        ("1503146LSK000002", "110013", Decimal("251.00"), "ÄIJÄLÄ KY", False, "EUR"),
        ("1503146LSK000003", "110026", Decimal("20.00"), "MEIKÄLÄINEN", True, "EUR"),
        ("1503146LSK000101", "110039", Decimal("300.00"), "SÄHKÖ-ÅBERG", False, "EUR"),
        ("1503146LSK000102", "110042", Decimal("15.00"), "KAUPPA OY", True, "EUR"),
    ]
    first = file.payments[0]
    assert (first.booking_date, first.payment_date) == (date(2025, 3, 14), date(2025, 3, 13))
    assert sum(p.amount for p in file.payments if not p.correction) == Decimal("802.00")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("viitesiirto_wrong_totals.txt", "bank_file.totals"),
        ("viitesiirto_cut_short.txt", "bank_file.no_totals"),
        ("viitesiirto_bad_amount.txt", "bank_file.amount"),
        ("not_a_bank_file.txt", "bank_file.not_reference_file"),
    ],
)
def test_damaged_files_are_refused_with_one_message(name: str, code: str) -> None:
    with pytest.raises(BankFileError) as caught:
        read_reference_file((DATA / name).read_bytes())
    assert caught.value.code == code


def test_totals_that_count_every_record_are_accepted_and_wrong_corrections_are_not() -> None:
    records = [Record("A1", 1000, "110000"), Record("A2", 500, "110013", correction=True)]
    header, body = header_line(), [record_line(r) for r in records]
    both = totals_line(records, count_corrections_in_first=True)
    assert len(read_reference_file(_file(header, *body, both)).payments) == 2
    wrong = both[:18] + "000002" + both[24:]  # two corrections said, one held
    with pytest.raises(BankFileError, match="totals"):
        read_reference_file(_file(header, *body, wrong))


def test_short_lines_are_padded_and_blank_lines_skipped() -> None:
    records = [Record("A1", 1000, "110000")]
    data = _file(header_line().rstrip(), "", record_line(records[0]), totals_line(records).rstrip())
    assert [p.amount for p in read_reference_file(data).payments] == [Decimal("10.00")]


def test_a_file_saved_again_as_utf8_is_read_as_utf8() -> None:
    text = reference_file([[Record("A1", 1000, "110000", payer="ÄÖÅ OY")]]).decode("latin-1")
    file = read_reference_file(text.encode("utf-8"))
    assert file.payments[0].payer_name == "ÄÖÅ OY"


def test_a_long_line_that_is_not_utf8_is_refused() -> None:
    records = [Record("A1", 1000, "110000")]
    data = _file(header_line(), record_line(records[0]) + "ÄÄ", totals_line(records))
    with pytest.raises(BankFileError) as caught:
        read_reference_file(data)
    assert caught.value.code == "bank_file.record_length"
    assert caught.value.params == {"line": 2, "length": 92}


def test_other_currency_blank_archive_id_zero_payment_date_and_old_years() -> None:
    odd = Record(
        "", 1000, "110000", currency="2", paid=date(2000, 1, 1), booking=date(1999, 12, 31)
    )
    line = record_line(odd)
    line = line[:21] + "000000" + line[27:]  # no payment date given
    data = _file(header_line(), line, totals_line([odd]))
    payment = read_reference_file(data).payments[0]
    assert payment.currency == "XXX"
    assert payment.booking_date == payment.payment_date == date(1999, 12, 31)
    assert payment.archive_id.startswith("F") and payment.archive_id.endswith("-0")
    assert read_reference_file(data).payments[0].archive_id == payment.archive_id


@pytest.mark.parametrize(
    ("edit", "code"),
    [
        (lambda line: line[:15] + "25AB01" + line[21:], "bank_file.date"),
        (lambda line: line[:15] + "251301" + line[21:], "bank_file.date"),
        (lambda line: line[:87] + "7" + line[88:], "bank_file.correction_flag"),
    ],
)
def test_bad_fields_are_refused(edit: object, code: str) -> None:
    records = [Record("A1", 1000, "110000")]
    line = edit(record_line(records[0]))  # type: ignore[operator]
    with pytest.raises(BankFileError) as caught:
        read_reference_file(_file(header_line(), line, totals_line(records)))
    assert caught.value.code == code


def test_record_order_and_unknown_records_are_refused() -> None:
    records = [Record("A1", 1000, "110000")]
    body, totals = record_line(records[0]), totals_line(records)
    cases = {
        "bank_file.order": _file(header_line(), body, totals, body),
        "bank_file.no_totals": _file(header_line(), body, header_line(), body, totals),
        "bank_file.record": _file(header_line(), "7" + body[1:], totals),
    }
    for code, data in cases.items():
        with pytest.raises(BankFileError) as caught:
            read_reference_file(data)
        assert caught.value.code == code


def test_recognises_the_file_by_its_first_record() -> None:
    assert is_reference_file(b"\r\n0250314120010123456789")
    assert not is_reference_file(b"3250314")
    assert not is_reference_file(b"0ABCDEF1200")
