"""Tests for asiakasrekisteri.domain.reference (vectors: Finance Finland and ISO 11649)."""

from __future__ import annotations

import doctest
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asiakasrekisteri.domain import reference
from asiakasrekisteri.domain.errors import (
    InvalidChecksum,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)

# §1: valid national references and their printed form.
PRINTED = [
    ("1234561", "12 34561"),
    ("1511890656", "15118 90656"),
    ("3222190631525115", "3 22219 06315 25115"),
    ("1231180652526617", "1 23118 06525 26617"),
    ("123 118 065 252 661 7", "1 23118 06525 26617"),
    ("01030100067175800018", "1030 10006 71758 00018"),
    ("3004101416423555", "3 00410 14164 23555"),
    ("77584747906474893225", "77584 74790 64748 93225"),
    ("868516259619897", "86851 62596 19897"),
    ("69875672083435364", "69 87567 20834 35364"),
    ("868624", "8 68624"),
]
OTHER_VALID = ["11112", "7777776", "590738390", "91901000011"]

# §2: national reference → printed RF reference.
RF_VECTORS = [
    ("2348236", "RF33 2348 236"),
    ("1234561", "RF34 1234 561"),
    ("1511890656", "RF60 1511 8906 56"),
    ("01030100067175800018", "RF03 1030 1000 6717 5800 018"),
    ("77584747906474893225", "RF76 7758 4747 9064 7489 3225"),
    ("868516259619897", "RF09 8685 1625 9619 897"),
    ("559582243294671", "RF06 5595 8224 3294 671"),
    ("7758474790647489", "RF84 7758 4747 9064 7489"),
    ("78777679656628687", "RF60 7877 7679 6566 2868 7"),
    ("868624", "RF10 8686 24"),
    ("92125374252539897737", "RF71 9212 5374 2525 3989 7737"),
    ("590738390", "RF66 5907 3839 0"),
    ("1357914", "RF95 1357 914"),
    ("11112", "RF98 1111 2"),
]

bases = st.text(alphabet="0123456789", min_size=3, max_size=19).filter(
    lambda s: len(s.lstrip("0")) >= 3
)


def _accepts(validate: Callable[[str], str], text: str) -> bool:
    """Whether ``validate`` accepts ``text``; any error but a ValidationError propagates."""
    try:
        validate(text)
    except ValidationError:
        return False
    return True


def test_doctests() -> None:
    assert doctest.testmod(reference).failed == 0


def test_check_digit_example() -> None:
    # 1·7 + 0·3 + 0·1 + 1·7 = 14 → 6
    assert reference.calc_check_digit("1001") == "6"
    assert reference.create("1001") == "10016"
    assert reference.create("100 1") == "10016"


def test_calc_check_digit_rejects_non_digits() -> None:
    for bad in ("", "12a", "١٢٣"):
        with pytest.raises(InvalidFormat) as info:
            reference.calc_check_digit(bad)
        assert info.value.code == "reference.format"


@pytest.mark.parametrize(
    ("base", "code"),
    [
        ("12", "reference.length"),  # 3 digits with the check digit
        ("000", "reference.length"),
        ("", "reference.length"),
        ("1" * 20, "reference.length"),
        ("12x4", "reference.format"),
    ],
)
def test_create_rejects(base: str, code: str) -> None:
    with pytest.raises((InvalidLength, InvalidFormat)) as info:
        reference.create(base)
    assert info.value.code == code


@pytest.mark.parametrize(("ref", "printed"), PRINTED)
def test_national_vectors(ref: str, printed: str) -> None:
    compact = reference.validate(ref)
    assert compact == ref.replace(" ", "").lstrip("0")
    assert _accepts(reference.validate, ref)
    assert reference.format(ref) == printed
    assert reference.format_any(ref) == printed
    assert reference.validate(printed) == compact
    assert reference.create(compact[:-1]) == compact


@pytest.mark.parametrize("ref", OTHER_VALID)
def test_other_valid(ref: str) -> None:
    assert reference.validate(ref) == ref


def test_invalid_vectors() -> None:
    for bad in ("123", "123456789012345678901"):
        with pytest.raises(InvalidLength) as info:
            reference.validate(bad)
        assert info.value.code == "reference.length"
        assert "4 to 20" in info.value.message
        assert not _accepts(reference.validate, bad)


def test_checksum_error() -> None:
    with pytest.raises(InvalidChecksum) as info:
        reference.validate("1234562")
    assert info.value.code == "reference.checksum"
    assert "1234562" in info.value.message


def test_format_error() -> None:
    with pytest.raises(InvalidFormat) as info:
        reference.validate("12345-6a")
    assert info.value.code == "reference.format"
    assert not _accepts(reference.validate, "abc")


def test_leading_zeros_count_as_nothing() -> None:
    # "0013" prints as "13", which is too short to be a reference on its own.
    assert reference.validate("00010016") == "10016"
    assert not _accepts(reference.validate, "0013")


@pytest.mark.parametrize(("ref", "rf"), RF_VECTORS)
def test_rf_vectors(ref: str, rf: str) -> None:
    compact = reference.to_rf(ref)
    assert compact == rf.replace(" ", "")
    assert reference.format_rf(compact) == rf
    assert reference.format_any(compact) == rf
    assert reference.validate_rf(rf) == compact
    assert reference.validate_any(rf) == compact
    assert _accepts(reference.validate_rf, rf)
    assert reference.is_rf(rf)


def test_rf_with_leading_zeros_in_print() -> None:
    # S7: "RF33 0000 2348 236" → RF332348236
    assert reference.to_rf("0000 2348 236") == "RF332348236"


def test_rf_other() -> None:
    assert reference.validate_rf("RF18 5390 0754 7034") == "RF18539007547034"
    assert reference.validate_rf("rf18 5390 0754 7034") == "RF18539007547034"
    assert reference.validate_any("RF97C2H5OH") == "RF97C2H5OH"
    assert _accepts(reference.validate_any, "RF97C2H5OH")
    # stdnum folds full-width digits (typed with a Japanese IME) to ASCII.
    assert reference.validate_rf("RF18 ５３９０ ０７５４ ７０３４") == "RF18539007547034"


@pytest.mark.parametrize(
    ("ref", "error", "code"),
    [
        ("RF17 5390 0754 7034", InvalidChecksum, "reference.checksum"),
        ("RF1", InvalidLength, "reference.length"),
        ("RF18" + "1" * 30, InvalidLength, "reference.length"),
        ("RFAB1234", InvalidFormat, "reference.format"),
        ("RF18 5390 0754 703€", InvalidFormat, "reference.format"),
        ("RF18 5390 0754 7034 \u0663", InvalidFormat, "reference.format"),
    ],
)
def test_rf_rejects(ref: str, error: type[Exception], code: str) -> None:
    with pytest.raises(error) as info:
        reference.validate_rf(ref)
    assert getattr(info.value, "code", None) == code
    assert not _accepts(reference.validate_rf, ref)
    assert not _accepts(reference.validate_any, ref)


def test_validate_any_national() -> None:
    assert reference.validate_any(" 1 23118 06525 26617 ") == "1231180652526617"
    assert _accepts(reference.validate_any, "11112")
    assert not _accepts(reference.validate_any, "11113")
    assert not reference.is_rf("11112")


@given(bases)
def test_create_validate_round_trip(base: str) -> None:
    ref = reference.create(base)
    assert reference.validate(ref) == ref
    assert reference.validate(reference.format(ref)) == ref
    rf = reference.to_rf(ref)
    assert reference.validate_rf(reference.format_rf(rf)) == rf
    assert rf.endswith(ref)


@given(bases, st.integers(min_value=0, max_value=9))
def test_single_digit_error_detected(base: str, replacement: int) -> None:
    ref = reference.create(base)
    wrong = ref[:-1] + str(replacement)
    assert _accepts(reference.validate, wrong) == (wrong == ref)


@given(st.text(max_size=30))
def test_junk_never_crashes(text: str) -> None:
    # Contract: validators raise ValidationError or return (_accepts lets nothing else by).
    for validate in (reference.validate, reference.validate_rf, reference.validate_any):
        assert isinstance(_accepts(validate, text), bool)


# --- the program's own references -------------------------------------------------------

KINDS = st.sampled_from(list(reference.ReferenceKind))
LIMIT = 10**7
# Where zero-padding, lengths and carries change: the likeliest places for two numbers
# to meet.
EDGES = sorted(
    {0, 1, 9, 10, 11, 99, 100, 101, LIMIT}
    | {10**k + d for k in range(2, 8) for d in (-1, 0, 1) if 10**k + d <= LIMIT}
)
NUMBERS = st.one_of(st.sampled_from(EDGES), st.integers(min_value=0, max_value=LIMIT))


def test_scheme_examples() -> None:
    invoice, statement = reference.ReferenceKind.INVOICE, reference.ReferenceKind.STATEMENT
    assert reference.for_document(invoice, 5) == reference.create("105")
    assert reference.for_document(invoice, 105) == reference.create("1105")
    assert reference.for_document(invoice, 1001) != reference.for_document(statement, 1001)
    assert reference.for_document(statement, 1001) == reference.create("21001")
    assert reference.for_document(reference.ReferenceKind.STATEMENT_BY_ID, 0) == "3007"
    assert reference.document_of("1054") == (invoice, 5)
    assert reference.document_of("RF84 1100 13") == (invoice, 1001)


def test_scheme_refuses_what_it_cannot_make() -> None:
    with pytest.raises(InvalidFormat):
        reference.for_document(reference.ReferenceKind.INVOICE, -1)
    with pytest.raises(InvalidLength):
        reference.for_document(reference.ReferenceKind.INVOICE, 10**18)


@pytest.mark.parametrize(
    "ref",
    [
        "10016",  # "1" + "001": invoice 1 is written "101", so this is no invoice's
        "43216",  # kind digit 4 is not used
        "RF8243216",  # the same in RF form
        "RF18539007547034",  # an RF reference not made of a national one
        "RF97C2H5OH",
        "11113",  # invalid check digit
        "RF17539007547034",  # invalid RF check digits
        "abc",
    ],
)
def test_outside_the_scheme(ref: str) -> None:
    assert reference.document_of(ref) is None


def test_fixed_reference_must_lie_outside_the_scheme() -> None:
    assert reference.validate_fixed("4321 6") == "43216"
    assert reference.validate_fixed("10016") == "10016"
    assert reference.validate_fixed("RF18 5390 0754 7034") == "RF18539007547034"
    for reserved in ("1232", "1054", "RF84110013", "2 10010"):
        with pytest.raises(InvalidFormat) as info:
            reference.validate_fixed(reserved)
        assert info.value.code == "reference.reserved"
    with pytest.raises(InvalidChecksum):
        reference.validate_fixed("1233")


def test_equivalent_forms_and_payment_key() -> None:
    assert reference.equivalent_forms("1 0016") == {"10016", "RF0810016"}
    assert reference.equivalent_forms("RF08 1001 6") == {"10016", "RF0810016"}
    assert reference.equivalent_forms("rf18 5390 0754 7034") == {"RF18539007547034"}
    assert reference.payment_key("RF0810016") == reference.payment_key("1 0016") == "10016"
    assert reference.payment_key("rf97 c2h5oh") == "RF97C2H5OH"
    assert reference.payment_key(" 12-3 ") == "123"  # not valid: kept as typed, compacted


def test_scheme_is_unique_for_every_number_below_100000() -> None:
    made = {
        reference.for_document(kind, number)
        for kind in reference.ReferenceKind
        for number in range(100_000)
    }
    assert len(made) == len(reference.ReferenceKind) * 100_000


@settings(max_examples=3000)
@given(KINDS, NUMBERS, KINDS, NUMBERS)
def test_scheme_references_never_collide(
    kind: reference.ReferenceKind, number: int, other_kind: reference.ReferenceKind, other: int
) -> None:
    ref, other_ref = reference.for_document(kind, number), reference.for_document(other_kind, other)
    same = (kind, number) == (other_kind, other)
    assert (ref == other_ref) == same
    assert (reference.to_rf(ref) == reference.to_rf(other_ref)) == same
    assert (reference.payment_key(ref) == reference.payment_key(other_ref)) == same


@settings(max_examples=3000)
@given(KINDS, NUMBERS)
def test_scheme_references_are_valid_and_reserved(
    kind: reference.ReferenceKind, number: int
) -> None:
    ref = reference.for_document(kind, number)
    assert reference.validate(ref) == ref and 4 <= len(ref) <= 20
    rf = reference.to_rf(ref)
    assert reference.validate_rf(reference.format_rf(rf)) == rf
    for form in (ref, reference.format(ref), rf, reference.format_rf(rf)):
        assert reference.document_of(form) == (kind, number)
        with pytest.raises(InvalidFormat):
            reference.validate_fixed(form)
    assert reference.equivalent_forms(ref) == {ref, rf}


@settings(max_examples=3000)
@given(bases)
def test_fixed_references_and_scheme_partition_all_references(base: str) -> None:
    # Every valid reference is either one the scheme makes (and then refused as a fixed
    # reference) or accepted as fixed, and then no kind and number give it.
    ref = reference.create(base)
    found = reference.document_of(ref)
    if found is None:
        assert reference.validate_fixed(ref) == ref
    else:
        assert reference.for_document(*found) == ref
        with pytest.raises(InvalidFormat):
            reference.validate_fixed(ref)
