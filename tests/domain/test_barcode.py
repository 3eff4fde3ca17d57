"""Tests for asiakasrekisteri.domain.barcode (vectors: Finance Finland Bank Bar Code Guide)."""

from __future__ import annotations

import doctest
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asiakasrekisteri.domain import barcode, reference
from asiakasrekisteri.domain.barcode import validate_finnish_iban, virtual_barcode
from asiakasrekisteri.domain.errors import InvalidChecksum, InvalidFormat, ValidationError
from asiakasrekisteri.domain.money import to_cents

VECTORS = [
    (
        "FI37 1590 3000 0007 76",
        "12.25",
        "11112",
        date(2016, 12, 21),
        "437159030000007760000122500000000000000000011112161221",
    ),
    (
        "FI37 1590 3000 0007 76",
        "1.10",
        "RF9811112",
        date(2017, 1, 1),
        "537159030000007760000011098000000000000000011112170101",
    ),
    (
        "FI37 1590 3000 0007 76",
        None,
        "11112",
        None,
        "437159030000007760000000000000000000000000011112000000",
    ),
    (
        "FI79 4405 2020 0360 82",
        "4883.15",
        "86851 62596 19897",
        date(2010, 6, 12),
        "479440520200360820048831500000000868516259619897100612",
    ),
    (
        "FI79 4405 2020 0360 82",
        "4883.15",
        "RF09 8685 1625 9619 897",
        date(2010, 6, 12),
        "579440520200360820048831509000000868516259619897100612",
    ),
    (
        "FI58 1017 1000 0001 22",
        "482.99",
        "55958 22432 94671",
        date(2012, 1, 31),
        "458101710000001220004829900000000559582243294671120131",
    ),
    (
        "FI02 5000 4640 0013 02",
        "693.80",
        "69 87567 20834 35364",
        date(2011, 7, 24),
        "402500046400013020006938000000069875672083435364110724",
    ),
    (
        "FI02 5000 4640 0013 02",
        "693.80",
        "RF61 6987 5672 0839",
        date(2011, 7, 24),
        "502500046400013020006938061000000000698756720839110724",
    ),
    (
        "FI15 6601 0001 5306 41",
        "7444.54",
        "RF84 7758 4747 9064 7489",
        date(2019, 12, 19),
        "515660100015306410074445484000007758474790647489191219",
    ),
]
IBAN = "FI37 1590 3000 0007 76"


def test_doctests() -> None:
    assert doctest.testmod(barcode).failed == 0


@pytest.mark.parametrize(("iban", "amount", "ref", "due", "expected"), VECTORS)
def test_vectors(iban: str, amount: str | None, ref: str, due: date | None, expected: str) -> None:
    value = Decimal(amount) if amount is not None else None
    code = virtual_barcode(iban, value, ref, due)
    assert code == expected
    assert len(code) == 54


def test_zero_amount_means_payer_types_it() -> None:
    code = virtual_barcode(IBAN, Decimal("0.00"), "11112", None)
    assert code == VECTORS[2][4]
    assert code[17:25] == "00000000"


def test_max_amount() -> None:
    code = virtual_barcode(IBAN, Decimal("999999.99"), "11112", None)
    assert code[17:25] == "99999999"


@pytest.mark.parametrize("amount", ["1000000.00", "-0.01"])
def test_amount_out_of_range(amount: str) -> None:
    with pytest.raises(ValidationError) as info:
        virtual_barcode(IBAN, Decimal(amount), "11112", None)
    assert info.value.code == "barcode.amount_range"
    assert "999 999,99" in info.value.message


def test_amount_with_fraction_of_cent() -> None:
    with pytest.raises(ValidationError) as info:
        virtual_barcode(IBAN, Decimal("1.005"), "11112", None)
    assert info.value.code == "barcode.amount_precision"


def test_non_finnish_iban() -> None:
    with pytest.raises(InvalidFormat) as info:
        virtual_barcode("DE89 3704 0044 0532 0130 00", Decimal(1), "11112", None)
    assert info.value.code == "barcode.iban_country"
    assert "Finnish" in info.value.message


def test_bad_iban() -> None:
    with pytest.raises(InvalidChecksum) as info:
        validate_finnish_iban("FI4950009420028731")
    assert info.value.code == "iban.checksum"
    with pytest.raises(InvalidFormat) as info2:
        validate_finnish_iban("FI49 5000 9420 0287 3€")
    assert info2.value.code == "iban.format"
    assert validate_finnish_iban("fi49 5000 9420 0287 30") == "FI4950009420028730"


def test_rf_with_letters_cannot_be_encoded() -> None:
    with pytest.raises(ValidationError) as info:
        virtual_barcode(IBAN, Decimal(1), "RF97C2H5OH", None)
    assert info.value.code == "barcode.reference_not_numeric"


def test_bad_reference() -> None:
    with pytest.raises(ValidationError) as info:
        virtual_barcode(IBAN, Decimal(1), "11113", None)
    assert info.value.code == "reference.checksum"


def test_due_date_outside_century() -> None:
    with pytest.raises(ValidationError) as info:
        virtual_barcode(IBAN, Decimal(1), "11112", date(2100, 1, 1))
    assert info.value.code == "barcode.due_date_range"


finnish_ibans = st.sampled_from(
    [
        "FI3715903000000776",
        "FI7944052020036082",
        "FI5810171000000122",
        "FI0250004640001302",
        "FI1566010001530641",
        "FI4950009420028730",
    ]
)
amounts = st.one_of(
    st.none(), st.integers(min_value=1, max_value=99_999_999).map(lambda c: Decimal(c) / 100)
)
bases = st.text(alphabet="0123456789", min_size=3, max_size=19).filter(
    lambda s: len(s.lstrip("0")) >= 3
)
due_dates = st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))


@given(finnish_ibans, amounts, bases, st.booleans(), due_dates)
def test_every_field_in_its_place(
    iban: str, amount: Decimal | None, base: str, rf: bool, due: date | None
) -> None:
    ref = reference.create(base)
    if rf:
        ref = reference.to_rf(ref)
    code = virtual_barcode(iban, amount, ref, due)
    assert len(code) == 54
    assert code.isdigit()
    assert code[0] == ("5" if rf else "4")
    assert code[1:17] == iban[2:]
    assert int(code[17:25]) == (to_cents(amount) if amount else 0)
    if rf:
        assert "RF" + code[25:27] + code[27:48].lstrip("0") == ref
    else:
        assert code[25:28] == "000"
        assert code[28:48].lstrip("0") == ref
    assert code[48:] == (due.strftime("%y%m%d") if due else "000000")
