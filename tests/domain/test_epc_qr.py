"""Tests for asiakasrekisteri.domain.epc_qr (vectors: Finance Finland QR guide)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import segno
import zxingcpp
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from asiakasrekisteri.domain.epc_qr import MAX_PAYLOAD_BYTES, clean_text, epc_qr_payload
from asiakasrekisteri.domain.errors import InvalidFormat, InvalidLength, RequiredValue

S7 = (
    "BCD\n001\n1\nSCT\nSBANFIHH\nBen\nFI7944052020036082\nEUR100.00\n\n"
    "RF07663321328510\n\nReqdExctnDt/2025-12-03"
)
BASE: dict[str, Any] = {
    "bic": "SBANFIHH",
    "name": "Ben",
    "iban": "FI79 4405 2020 0360 82",
    "amount": Decimal("100"),
    "reference": "RF07 6633 2132 8510",
    "due_date": date(2025, 12, 3),
}


def payload(**overrides: Any) -> str:
    return epc_qr_payload(**{**BASE, **overrides})


def decode_qr(text: str, tmp_path: Path) -> str:
    """Encode with segno as the PDF service does, decode with zxing-cpp."""
    qr = segno.make_qr(text, error="m", encoding="utf-8", boost_error=False)
    assert qr.error == "M"
    assert isinstance(qr.version, int)
    assert qr.version <= 13
    path = tmp_path / "epc.png"
    qr.save(str(path), scale=4)
    with Image.open(path) as image:
        results = zxingcpp.read_barcodes(image)
    assert len(results) == 1
    return str(results[0].text)


def test_s7_vector() -> None:
    assert payload() == S7
    assert len(S7.encode()) == 97


def test_s7_vector_through_a_real_qr_code(tmp_path: Path) -> None:
    assert decode_qr(payload(), tmp_path) == S7


def test_non_ascii_name_through_a_real_qr_code(tmp_path: Path) -> None:
    text = payload(name="Åsa Mäkelä Tmi", reference=None, text="Lasku 12 – kiitos!")
    assert decode_qr(text, tmp_path) == text


def test_national_reference_and_compact_values() -> None:
    text = payload(bic="sbanfihh", reference="1 23118 06525 26617", amount=Decimal("12.3"))
    lines = text.split("\n")
    assert lines[4] == "SBANFIHH"
    assert lines[6] == "FI7944052020036082"
    assert lines[7] == "EUR12.30"
    assert lines[9] == "1231180652526617"


def test_no_amount_no_due_date_trims_trailing_lines() -> None:
    text = payload(amount=None, due_date=None)
    assert text == "BCD\n001\n1\nSCT\nSBANFIHH\nBen\nFI7944052020036082\n\n\nRF07663321328510"
    assert payload(amount=Decimal("0.00"), due_date=None) == text
    assert not text.endswith("\n")


def test_minimal() -> None:
    text = payload(amount=None, reference=None, due_date=None)
    assert text == "BCD\n001\n1\nSCT\nSBANFIHH\nBen\nFI7944052020036082"


def test_unstructured_text_goes_to_line_11() -> None:
    text = payload(reference=None, text="Lasku\n1234\tkiitos")
    lines = text.split("\n")
    assert lines[9] == ""
    assert lines[10] == "Lasku 1234 kiitos"
    assert lines[11] == "ReqdExctnDt/2025-12-03"
    assert len(lines) == 12


def test_reference_and_text_are_exclusive() -> None:
    with pytest.raises(InvalidFormat) as info:
        payload(text="hello")
    assert info.value.code == "epc.reference_and_text"
    # Whitespace-only text is no text.
    assert payload(text=" \n ") == S7


def test_text_length() -> None:
    assert payload(reference=None, text="x" * 140).split("\n")[10] == "x" * 140
    with pytest.raises(InvalidLength) as info:
        payload(reference=None, text="x" * 141)
    assert info.value.code == "epc.text_length"


def test_name_is_truncated_safely() -> None:
    long_name = "Ä" * 69 + "e\u0301" + "xyz"  # decomposed é at the cut is composed first
    lines = payload(name=long_name).split("\n")
    assert lines[5] == "Ä" * 69 + "é"
    assert len(lines[5]) == 70


def test_name_truncation_keeps_accent_with_letter() -> None:
    # U+0332 (combining low line) has no precomposed form, so NFC leaves it separate.
    name = "A" * 69 + "b\u0332" + "c"
    assert payload(name=name).split("\n")[5] == "A" * 69
    # A space at the cut is dropped, not kept as trailing blank.
    assert payload(name="A" * 69 + " Oy").split("\n")[5] == "A" * 69


def test_name_required() -> None:
    with pytest.raises(RequiredValue) as info:
        payload(name=" \n ")
    assert info.value.code == "epc.name_required"


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"bic": "NOTABIC"}, "bic.format"),
        ({"iban": "FI79 4405 2020 0360 83"}, "iban.format"),
        ({"amount": Decimal("-1")}, "epc.amount_range"),
        ({"amount": Decimal("1000000000.00")}, "epc.amount_range"),
        ({"amount": Decimal("1.001")}, "epc.amount_precision"),
        ({"reference": "RF07 6633 2132 8511"}, "reference.checksum"),
    ],
)
def test_rejects(overrides: dict[str, Any], code: str) -> None:
    with pytest.raises(ValueError) as info:
        payload(**overrides)
    assert getattr(info.value, "code", None) == code


def test_foreign_iban_allowed() -> None:
    text = payload(iban="DE89 3704 0044 0532 0130 00", bic="COBADEFFXXX")
    assert "\nDE89370400440532013000\n" in text
    assert "\nCOBADEFFXXX\n" in text


def test_max_amount() -> None:
    assert "\nEUR999999999.99\n" in payload(amount=Decimal("999999999.99"))


def test_payload_too_long() -> None:
    with pytest.raises(InvalidLength) as info:
        payload(name="€" * 70, reference=None, text="€" * 140)
    assert info.value.code == "epc.payload_length"
    assert "331" in info.value.message


def test_clean_text() -> None:
    assert clean_text("  a\r\nb\u00a0\u200bc  ") == "a b c"
    assert clean_text("a\u0308") == "ä"


@given(
    name=st.text(min_size=1, max_size=100).filter(lambda s: clean_text(s) != ""),
    message=st.text(max_size=60),
)
def test_payload_structure_invariants(name: str, message: str) -> None:
    try:
        text = payload(name=name, reference=None, text=message)
    except InvalidLength:
        return
    lines = text.split("\n")
    assert lines[:4] == ["BCD", "001", "1", "SCT"]
    assert len(lines) == 12
    assert 1 <= len(lines[5]) <= 70
    assert len(text.encode("utf-8")) <= MAX_PAYLOAD_BYTES
    assert lines[11] == "ReqdExctnDt/2025-12-03"
