"""Payments in as read from a file, and how references are compared."""

from __future__ import annotations

import doctest
from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from asiakasrekisteri.domain import bank_payments, reference
from asiakasrekisteri.domain.bank_payments import (
    BankFile,
    BankFileFormat,
    FallbackArchiveIds,
    IncomingPayment,
    file_digest,
    reference_key,
)

DAY = date(2025, 3, 14)


def test_doctests() -> None:
    assert doctest.testmod(bank_payments).failed == 0


def test_national_references_compare_without_spaces_and_leading_zeros() -> None:
    assert reference_key("00000000000000110013") == reference_key("11 0013") == "110013"
    assert reference_key("1100-13") == "110013"
    assert reference_key("") == reference_key("   ") == ""


def test_rf_references_compare_as_rf_by_their_national_body() -> None:
    assert reference_key("RF84 1100 13") == reference_key("rf84110013") == "110013"
    # An RF whose check digits are wrong names nothing: it stays as typed.
    assert reference_key("RF85 1100 13") == "RF85110013"
    # An RF made from no national reference, and a short one, match only themselves.
    assert reference_key("RF97 C2H5 OH") == "RF97C2H5OH"
    assert reference_key("RF41 0013") == "RF410013"
    # A national reference with a wrong check digit still matches its own digits.
    assert reference_key("110014") == "110014"


def test_the_short_way_equals_the_reference_rules() -> None:
    for ref in ("RF24 1100 26", "RF00110026", "RF2411002X", "RF6410540000000000000000000000"):
        slow = reference.payment_key(ref)
        assert reference_key(ref) == (slow.lstrip("0") if slow.isdigit() else slow)


@given(st.text(alphabet="RFrf0123456789 -X", max_size=30))
def test_the_short_way_equals_the_reference_rules_for_any_text(text: str) -> None:
    slow = reference.payment_key(text)
    assert reference_key(text) == (slow.lstrip("0") if slow.isdigit() else slow)


def test_fallback_archive_ids_are_the_same_for_the_same_file() -> None:
    ids = FallbackArchiveIds(b"file")
    assert ids(3) == FallbackArchiveIds(b"file")(3) == f"F{file_digest(b'file')[:15]}-3"
    assert ids(3) != FallbackArchiveIds(b"other")(3)


def test_a_payments_reference_key_is_worked_out_once() -> None:
    payment = IncomingPayment("A", Decimal("10.00"), "EUR", DAY, DAY, "RF47 1100 00")
    assert payment.reference_key == "110000"
    assert payment.reference_key is payment.reference_key
    assert BankFile(BankFileFormat.CAMT054, "FI21", (payment,)).payments == (payment,)
