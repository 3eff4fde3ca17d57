"""Tests for asiakasrekisteri.domain.identifiers (vectors: published examples)."""

from __future__ import annotations

import contextlib
import doctest
import math
from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asiakasrekisteri.domain import identifiers
from asiakasrekisteri.domain.errors import (
    InvalidChecksum,
    InvalidFormat,
    InvalidLength,
    RequiredValue,
    ValidationError,
)
from asiakasrekisteri.domain.identifiers import (
    bank,
    business,
    contact,
    customer_number,
    einvoice,
    format_iban,
    is_valid_business_id,
    normalize_bic,
    normalize_business_id,
    normalize_customer_number,
    normalize_einvoice_address,
    normalize_email,
    normalize_emails,
    normalize_iban,
    normalize_phone,
    normalize_postal_code,
    normalize_vat_id,
    normalize_website,
    ovt_from_business_id,
    postal_code,
    suggest_customer_number,
    vat_id_from_business_id,
)


def raises(
    func: Callable[..., object], *args: object, kind: type[ValidationError], code: str
) -> ValidationError:
    """Call ``func`` and assert it raises ``kind`` with ``code``; return the error."""
    with pytest.raises(kind) as info:
        func(*args)
    assert info.value.code == code
    # Every message must be readable: all placeholders filled.
    assert info.value.message == info.value.template.format(**info.value.params)
    assert "{" not in info.value.message
    return info.value


def test_doctests() -> None:
    for module in (identifiers, bank, business, contact, customer_number, einvoice, postal_code):
        result = doctest.testmod(module, raise_on_error=False)
        assert result.attempted > 0, module.__name__
        assert result.failed == 0, module.__name__


# --- Y-tunnus ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0737474-2", "0737474-2"),
        ("07374742", "0737474-2"),
        (" 0737474 - 2", "0737474-2"),
        ("737474-2", "0737474-2"),
        ("FI07374742", "0737474-2"),
        ("fi 0737474-2", "0737474-2"),
        ("0737474\u00a02", "0737474-2"),  # no-break space from a copied web page
        ("2077474-0", "2077474-0"),
        ("2181702-8", "2181702-8"),
        ("2721922-1", "2721922-1"),
        ("2884270-1", "2884270-1"),
        ("3615084-4", "3615084-4"),
        ("3291802-7", "3291802-7"),
    ],
)
def test_business_id_valid(value: str, expected: str) -> None:
    assert normalize_business_id(value) == expected
    assert is_valid_business_id(value)


@pytest.mark.parametrize(
    ("value", "kind", "code"),
    [
        ("", RequiredValue, "business_id.required"),
        ("  - ", RequiredValue, "business_id.required"),
        ("2077474-1", InvalidChecksum, "business_id.checksum"),
        ("1234567-8", InvalidChecksum, "business_id.checksum"),
        ("0000000-0", InvalidFormat, "business_id.zero"),
        ("FI00000000", InvalidFormat, "business_id.zero"),
        ("20774", InvalidLength, "business_id.length"),
        ("123456789", InvalidLength, "business_id.length"),
        ("FI", InvalidFormat, "business_id.format"),
        ("2077474/0", InvalidFormat, "business_id.format"),
        ("2O77474-0", InvalidFormat, "business_id.format"),  # letter O, not zero
        ("２０７７４７４-０", InvalidFormat, "business_id.format"),  # full-width digits
        ("SE2077474-0", InvalidFormat, "business_id.format"),
    ],
)
def test_business_id_invalid(value: str, kind: type[ValidationError], code: str) -> None:
    raises(normalize_business_id, value, kind=kind, code=code)
    assert not is_valid_business_id(value)


def test_business_id_messages_are_for_people() -> None:
    error = raises(
        normalize_business_id, "2077474-1", kind=InvalidChecksum, code="business_id.checksum"
    )
    assert error.template == (
        "The Y-tunnus check digit does not match. Check the number for typing errors."
    )
    assert isinstance(error, ValueError)


# --- VAT number ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "country", "expected"),
    [
        ("FI07374742", "FI", "FI07374742"),
        ("fi 0737474-2", "FI", "FI07374742"),
        ("07374742", "FI", "FI07374742"),
        ("0737474-2", "fi", "FI07374742"),
        ("FI 20774740", "FI", "FI20774740"),
        ("SE556036079301", "FI", "SE556036079301"),
        ("se 5560 3607 9301", "FI", "SE556036079301"),
        ("556036079301", "SE", "SE556036079301"),
        ("DE136695976", "FI", "DE136695976"),
        ("DE 136 695 976", "FI", "DE136695976"),
        ("EL094259216", "FI", "EL094259216"),
        ("GR094259216", "FI", "EL094259216"),  # Greece's VAT prefix is EL
        ("094259216", "GR", "EL094259216"),
        ("BE 0403.170.701", "FI", "BE0403170701"),
        ("DK 13 58 56 28", "FI", "DK13585628"),
        ("XI 980 7806 84", "FI", "XI980780684"),  # Northern Ireland keeps an EU VAT prefix
        # Outside the EU, by the country's own rule (CHE-113.475.855 fails Switzerland's).
        ("NO 995 525 828 MVA", "FI", "NO995525828MVA"),
        ("995525828MVA", "NO", "NO995525828MVA"),
        ("CHE-107.787.577 IVA", "FI", "CHE107787577IVA"),
        ("GB980780684", "FI", "GB980780684"),
    ],
)
def test_vat_id_valid(value: str, country: str, expected: str) -> None:
    assert normalize_vat_id(value, country) == expected


@pytest.mark.parametrize(
    ("value", "country", "kind", "code"),
    [
        ("", "FI", RequiredValue, "vat_id.required"),
        ("FI 20774741", "FI", InvalidChecksum, "vat_id.checksum"),
        ("FI12345678", "FI", InvalidChecksum, "vat_id.checksum"),
        ("FI", "FI", InvalidLength, "vat_id.length"),
        ("FI123", "FI", InvalidLength, "vat_id.length"),
        ("FI2077474X", "FI", InvalidFormat, "vat_id.format"),
        ("1234", "FI", InvalidLength, "vat_id.length"),
        ("DE136695978", "FI", InvalidChecksum, "vat_id.checksum"),
        ("DE13669597", "FI", InvalidLength, "vat_id.length"),
        ("DEABC", "FI", InvalidFormat, "vat_id.format"),
        ("XX123", "FI", InvalidFormat, "vat_id.country"),
        ("UK123456789", "FI", InvalidFormat, "vat_id.country"),
        ("123456789", "", InvalidFormat, "vat_id.country"),
        ("NO1", "FI", InvalidFormat, "vat_id.format"),
        ("NO" + "1" * 21, "FI", InvalidFormat, "vat_id.format"),
        ("NO123/456", "FI", InvalidFormat, "vat_id.format"),
        # Letters that happen to start with a country code are not a number of it.
        ("LINE1LINE2", "FI", InvalidFormat, "vat_id.unchecked_country"),
        ("US123456789", "FI", InvalidFormat, "vat_id.unchecked_country"),
        ("GBXYZ", "FI", InvalidLength, "vat_id.length"),
        ("CHE-113.475.855 MWST", "FI", InvalidChecksum, "vat_id.checksum"),
        ("NO123456789MVA", "FI", InvalidChecksum, "vat_id.checksum"),
        ("NO12345678XMVA", "FI", InvalidFormat, "vat_id.format"),
        ("NO12345ÄÖ", "FI", InvalidFormat, "vat_id.format"),
    ],
)
def test_vat_id_invalid(value: str, country: str, kind: type[ValidationError], code: str) -> None:
    raises(normalize_vat_id, value, country, kind=kind, code=code)


def test_vat_id_country_error_names_prefix() -> None:
    error = raises(normalize_vat_id, "QQ12345", kind=InvalidFormat, code="vat_id.country")
    assert error.params == {"prefix": "QQ"}
    assert "“QQ”" in error.message


def test_vat_id_from_business_id() -> None:
    assert vat_id_from_business_id("0737474-2") == "FI07374742"
    assert vat_id_from_business_id("2077474-0") == "FI20774740"
    raises(vat_id_from_business_id, "2077474-1", kind=InvalidChecksum, code="business_id.checksum")


# --- IBAN and BIC ------------------------------------------------------------------------

VALID_IBANS = [
    ("FI21 1234 5600 0007 85", "FI2112345600000785"),
    ("FI5542345670000081", "FI5542345670000081"),
    ("FI4950009420028730", "FI4950009420028730"),
    ("FI9080002627761348", "FI9080002627761348"),
    ("fi90-8000-2627-7613-48", "FI9080002627761348"),
    ("SE4550000000058398257466", "SE4550000000058398257466"),
    ("DE89 3704 0044 0532 0130 00", "DE89370400440532013000"),
]


@pytest.mark.parametrize(("value", "expected"), VALID_IBANS)
def test_iban_valid(value: str, expected: str) -> None:
    assert normalize_iban(value) == expected


@pytest.mark.parametrize(
    ("value", "kind", "code"),
    [
        ("", RequiredValue, "iban.required"),
        ("FI4950009420028731", InvalidChecksum, "iban.checksum"),
        ("FI9080002627761349", InvalidChecksum, "iban.checksum"),
        ("FI9080002627761348A", InvalidLength, "iban.length"),
        ("FI211234", InvalidLength, "iban.length"),
        ("DE89", InvalidLength, "iban.length"),
        ("DE89370400440532013000123456789012345", InvalidLength, "iban.length"),
        ("FI21.1234.5600.0007.85", InvalidFormat, "iban.format"),
        ("XX57123456789012345", InvalidFormat, "iban.format"),  # valid mod 97, no such country
        ("SE62123456789012345", InvalidFormat, "iban.format"),  # valid mod 97, SE is 24 long
    ],
)
def test_iban_invalid(value: str, kind: type[ValidationError], code: str) -> None:
    raises(normalize_iban, value, kind=kind, code=code)


def test_format_iban() -> None:
    assert format_iban("FI2112345600000785") == "FI21 1234 5600 0007 85"
    assert format_iban("fi55 4234 5670 0000 81") == "FI55 4234 5670 0000 81"
    raises(format_iban, "FI4950009420028731", kind=InvalidChecksum, code="iban.checksum")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("NDEAFIHH", "NDEAFIHH"), ("ndea fi hh", "NDEAFIHH"), ("NDEAFIHHXXX", "NDEAFIHHXXX")],
)
def test_bic_valid(value: str, expected: str) -> None:
    assert normalize_bic(value) == expected


@pytest.mark.parametrize(
    ("value", "kind", "code"),
    [
        ("", RequiredValue, "bic.required"),
        ("NDEA", InvalidLength, "bic.length"),
        ("NDEAFIHHX", InvalidLength, "bic.length"),
        ("1DEAFIHH", InvalidFormat, "bic.format"),
        ("NDEAXXHH", InvalidFormat, "bic.format"),  # no country XX
    ],
)
def test_bic_invalid(value: str, kind: type[ValidationError], code: str) -> None:
    raises(normalize_bic, value, kind=kind, code=code)


# --- OVT and e-invoice address ------------------------------------------------------------


@pytest.mark.parametrize(
    ("business_id", "suffix", "expected"),
    [
        ("2721922-1", "", "003727219221"),
        ("2884270-1", "", "003728842701"),
        ("0737474-2", "", "003707374742"),
        ("737474-2", "", "003707374742"),
        ("2721922-1", "1", "0037272192211"),
        ("2721922-1", "ab 12", "003727219221AB12"),
        ("2721922-1", "12345", "00372721922112345"),
    ],
)
def test_ovt_from_business_id(business_id: str, suffix: str, expected: str) -> None:
    assert ovt_from_business_id(business_id, suffix) == expected
    assert normalize_einvoice_address(expected) == expected


@pytest.mark.parametrize(
    ("business_id", "suffix", "kind", "code"),
    [
        ("2721922-2", "", InvalidChecksum, "business_id.checksum"),
        ("2721922-1", "123456", InvalidFormat, "ovt.suffix"),
        ("2721922-1", "1#", InvalidFormat, "ovt.suffix"),
        ("2721922-1", "ÄÖ", InvalidFormat, "ovt.suffix"),
    ],
)
def test_ovt_from_business_id_invalid(
    business_id: str, suffix: str, kind: type[ValidationError], code: str
) -> None:
    raises(ovt_from_business_id, business_id, suffix, kind=kind, code=code)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("003727219221", "003727219221"),
        ("0037 2721 9221", "003727219221"),
        ("0037-27219221-1", "0037272192211"),
        ("003727219221abcde", "003727219221ABCDE"),
        ("003723327487", "003723327487"),  # Apix
        ("FI21 1234 5600 0007 85", "FI2112345600000785"),
        ("fi4950009420028730", "FI4950009420028730"),
    ],
)
def test_einvoice_address_valid(value: str, expected: str) -> None:
    assert normalize_einvoice_address(value) == expected


@pytest.mark.parametrize(
    ("value", "kind", "code"),
    [
        ("", RequiredValue, "einvoice_address.required"),
        ("hello", InvalidFormat, "einvoice_address.format"),
        ("0037", InvalidFormat, "einvoice_address.format"),
        ("00372721922", InvalidFormat, "einvoice_address.format"),  # 11 characters
        ("0037272192AB", InvalidFormat, "einvoice_address.format"),  # letters in Y-tunnus
        ("003727219221123456", InvalidFormat, "einvoice_address.format"),  # 18 characters
        ("003727219221A#", InvalidFormat, "einvoice_address.format"),
        ("003727219221ÄÖ", InvalidFormat, "einvoice_address.format"),
        ("003727219222", InvalidChecksum, "einvoice_address.checksum"),
        ("FI4950009420028731", InvalidChecksum, "einvoice_address.checksum"),
        ("FI211234", InvalidFormat, "einvoice_address.format"),  # IBAN-shaped, too short
        ("NDEAFIHH", InvalidFormat, "einvoice_address.format"),  # operator, not address
        ("2721922-1", InvalidFormat, "einvoice_address.format"),  # bare Y-tunnus
    ],
)
def test_einvoice_address_invalid(value: str, kind: type[ValidationError], code: str) -> None:
    error = raises(normalize_einvoice_address, value, kind=kind, code=code)
    if code == "einvoice_address.format":
        # The message must explain both accepted forms.
        assert "OVT" in error.message
        assert "IBAN" in error.message
        assert error.params == {"value": value.strip()}


# --- E-mail -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("matti@example.fi", "matti@example.fi"),
        (" Maija.Meikalainen@Example.FI ", "Maija.Meikalainen@example.fi"),
        ("laskut+asiakas@posti.example.com", "laskut+asiakas@posti.example.com"),
        ("o'brien@example.co.uk", "o'brien@example.co.uk"),
        ("info@äänekoski.fi", "info@äänekoski.fi"),
        ("a@b-c.fi", "a@b-c.fi"),
    ],
)
def test_email_valid(value: str, expected: str) -> None:
    assert normalize_email(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "matti",
        "matti@",
        "@example.fi",
        "matti@example",
        "matti@example.f",
        "matti@example.123",
        "matti meikäläinen@example.fi",
        "matti@exa mple.fi",
        "matti@@example.fi",
        ".matti@example.fi",
        "matti.@example.fi",
        "mat..ti@example.fi",
        "matti@-example.fi",
        "matti@example-.fi",
        "matti@exa_mple.fi",
        "matti@example..fi",
        "a@example.fi; b@example.fi",
        "Matti <matti@example.fi>",
        "x" * 250 + "@example.fi",
    ],
)
def test_email_invalid(value: str) -> None:
    error = raises(normalize_email, value, kind=InvalidFormat, code="email.format")
    assert error.params == {"address": value.strip()}
    assert error.message == f"“{value.strip()}” is not a valid email address."


def test_email_required() -> None:
    raises(normalize_email, "  ", kind=RequiredValue, code="email.required")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("a@example.fi", "a@example.fi"),
        ("a@example.fi;", "a@example.fi"),
        ("a@example.fi; ", "a@example.fi"),
        ("a@example.fi;b@example.fi", "a@example.fi; b@example.fi"),
        ("a@example.fi, b@example.fi", "a@example.fi; b@example.fi"),
        (" a@example.fi ;; , b@example.fi ;", "a@example.fi; b@example.fi"),
        ("a@example.fi\n;\tb@example.fi", "a@example.fi; b@example.fi"),
        ("B@example.fi; a@example.fi; b@EXAMPLE.fi; A@example.fi", "B@example.fi; a@example.fi"),
        ("c@example.fi; a@example.fi; b@example.fi", "c@example.fi; a@example.fi; b@example.fi"),
    ],
)
def test_emails_valid(value: str, expected: str) -> None:
    assert normalize_emails(value) == expected
    # Normalising twice changes nothing.
    assert normalize_emails(expected) == expected


def test_emails_names_the_bad_address() -> None:
    error = raises(
        normalize_emails,
        "a@example.fi; bad@@example.fi; c@example.fi",
        kind=InvalidFormat,
        code="email.format",
    )
    assert error.params == {"address": "bad@@example.fi"}
    assert "bad@@example.fi" in error.message


@pytest.mark.parametrize("value", ["", " ", ";", " ; , ;"])
def test_emails_required(value: str) -> None:
    raises(normalize_emails, value, kind=RequiredValue, code="email.required")


def test_emails_space_separated_is_one_bad_address() -> None:
    error = raises(
        normalize_emails, "a@example.fi b@example.fi", kind=InvalidFormat, code="email.format"
    )
    assert error.params == {"address": "a@example.fi b@example.fi"}


# --- Phone --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "region", "expected"),
    [
        ("040 123 4567", "FI", "+358 40 1234567"),
        ("0401234567", "FI", "+358 40 1234567"),
        ("+358 40 123 4567", "FI", "+358 40 1234567"),
        ("+358401234567", "SE", "+358 40 1234567"),
        ("00358 40 123 4567", "FI", "+358 40 1234567"),
        ("09 1234567", "FI", "+358 9 1234567"),
        ("+46 8 123 456 78", "FI", "+46 8 123 456 78"),
        ("08 123 456 78", "se", "+46 8 123 456 78"),
        ("0012125550100", "US", "+1 212-555-0100"),
    ],
)
def test_phone_valid(value: str, region: str, expected: str) -> None:
    assert normalize_phone(value, region) == expected


@pytest.mark.parametrize(
    ("value", "region"),
    [
        ("123", "FI"),
        ("abc", "FI"),
        ("040 123", "FI"),
        ("+358 00 0000000", "FI"),
        ("040 123 4567", ""),  # no region: a national number cannot be read
        ("040 123 4567", "ZZ"),
        ("1" * 300, "FI"),
    ],
)
def test_phone_invalid(value: str, region: str) -> None:
    error = raises(normalize_phone, value, region, kind=InvalidFormat, code="phone.format")
    assert error.params == {"value": value}


def test_phone_required() -> None:
    raises(normalize_phone, " ", kind=RequiredValue, code="phone.required")


# --- Postal code --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "country", "expected"),
    [
        ("00100", "FI", "00100"),
        (" 00100 ", "FI", "00100"),
        ("FI-00100", "FI", "00100"),
        (100, "FI", "00100"),
        ("100", "FI", "00100"),
        ("2100", "FI", "02100"),  # 3–4 digit text is padded when that makes a real code
        ("0100", "FI", "00100"),
        (100.0, "FI", "00100"),
        (Decimal("100"), "FI", "00100"),
        (Decimal("33100.00"), "FI", "33100"),
        (33100, "fi", "33100"),
        ("10115", "DE", "10115"),
        (1067, "DE", "01067"),  # Dresden from a number cell
        ("10111", "EE", "10111"),
        ("75001", "FR", "75001"),
        ("28001", "ES", "28001"),
        (184.0, "IT", "00184"),
        ("12345", "SE", "123 45"),
        ("123 45", "SE", "123 45"),
        ("SE-123 45", "SE", "123 45"),
        (12345, "SE", "123 45"),
        ("0150", "NO", "0150"),
        (150, "NO", "0150"),
        ("1050", "DK", "1050"),
        ("sw1a 1aa", "GB", "SW1A 1AA"),
        ("SW1A  1AA", "GB", "SW1A 1AA"),
        ("10001", "US", "10001"),
        ("10001-1234", "US", "10001-1234"),
        (8001, "CH", "8001"),
        ("K1A 0B1", "CA", "K1A 0B1"),
    ],
)
def test_postal_code_valid(value: str | int | float | Decimal, country: str, expected: str) -> None:
    assert normalize_postal_code(value, country) == expected


@pytest.mark.parametrize(
    ("value", "country", "example"),
    [
        ("10", "FI", "00100"),
        ("001000", "FI", "00100"),
        ("00 100", "FI", "00100"),
        ("ABCDE", "FI", "00100"),
        (100.5, "FI", "00100"),
        (-100, "FI", "00100"),
        ("1067", "DE", "10115"),  # text keeps what the user typed; only FI pads text
        ("1234", "SE", "123 45"),
        ("12 345", "SE", "123 45"),
        ("123-45", "SE", "123 45"),
        ("12345", "NO", "0150"),
        ("150", "NO", "0150"),
        ("X", "GB", None),
        ("SW1A 1AA 1234", "GB", None),
        ("-SW1", "GB", None),
        ("SW1A_1AA", "GB", None),
        ("ÅÄÖ12", "GB", None),
    ],
)
def test_postal_code_invalid(
    value: str | int | float | Decimal, country: str, example: str | None
) -> None:
    error = raises(
        normalize_postal_code, value, country, kind=InvalidFormat, code="postal_code.format"
    )
    assert error.params["country"] == country
    if example is not None:
        assert error.params["example"] == example


def test_postal_code_fi_pads_only_three_or_four_digits() -> None:
    error = raises(normalize_postal_code, "10", kind=InvalidFormat, code="postal_code.format")
    assert error.message == (
        "“10” is not a valid postal code for FI. It should have 5 digits, for example 00100."
    )
    raises(normalize_postal_code, 10, kind=InvalidFormat, code="postal_code.format")


@pytest.mark.parametrize(
    ("value", "city", "expected"),
    [
        ("2100", "Espoo", "02100"),
        ("2100", "ESBO", "02100"),  # the Swedish name fits too
        (2100, " espoo ", "02100"),
        ("331", "Helsinki", "00331"),
        ("331", "Helsingfors", "00331"),
        ("0230", "helsinki", "00230"),
        ("33100", "Helsinki", "33100"),  # five digits are never changed, whatever the city
    ],
)
def test_postal_code_fi_pads_where_the_padded_code_fits_the_city(
    value: str | int, city: str, expected: str
) -> None:
    assert normalize_postal_code(value, "FI", city) == expected


def test_postal_code_fi_short_code_of_another_town_is_refused() -> None:
    # 02100 is Espoo's: padding "2100" for a Tampere address would move it to Espoo.
    error = raises(
        normalize_postal_code, "2100", "FI", "Tampere", kind=InvalidFormat, code="postal_code.short"
    )
    assert error.message == (
        "“2100” has only 4 digits, and 02100 is the postal code of Espoo, not of Tampere."
    )


def test_postal_code_fi_short_code_suggests_the_citys_own_code() -> None:
    # "3310" with Tampere was once saved as 03310, a code of no town: 33100 is meant.
    error = raises(
        normalize_postal_code, "3310", "FI", "Tampere", kind=InvalidFormat, code="postal_code.short"
    )
    assert error.message == "“3310” has only 4 digits. Did you mean 33100 (Tampere)?"
    assert error.params["suggestion"] == "33100"


@pytest.mark.parametrize(("value", "city"), [("3310", ""), ("9900", "Helsinki"), (9900, "")])
def test_postal_code_fi_short_code_that_is_no_code_is_refused(value: str | int, city: str) -> None:
    error = raises(
        normalize_postal_code, value, "FI", city, kind=InvalidFormat, code="postal_code.short"
    )
    padded = str(value).zfill(5)
    assert error.message == (
        f"“{value}” has only 4 digits, and {padded} is not a Finnish postal code."
    )


@pytest.mark.parametrize("value", ["", "  "])
def test_postal_code_required(value: str) -> None:
    raises(normalize_postal_code, value, kind=RequiredValue, code="postal_code.required")


def test_postal_code_only_a_country_prefix() -> None:
    raises(normalize_postal_code, "FI-", kind=InvalidFormat, code="postal_code.format")


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (True, "number.boolean"),
        (math.nan, "number.not_finite"),
        (math.inf, "number.not_finite"),
        (Decimal("NaN"), "number.not_finite"),
        (Decimal("sNaN"), "number.not_finite"),
    ],
)
def test_numbers_that_are_not_numbers(value: object, code: str) -> None:
    raises(normalize_postal_code, value, kind=InvalidFormat, code=code)
    raises(normalize_customer_number, value, kind=InvalidFormat, code=code)


# --- Customer number ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1001", "1001"),
        ("  1001 ", "1001"),
        (1001, "1001"),
        (1001.0, "1001"),
        (Decimal("1001"), "1001"),
        (Decimal("1001.50"), "1001.50"),
        (1001.5, "1001.5"),
        ("A-100", "A-100"),
        ("2024/17", "2024/17"),
        ("x_1.2", "x_1.2"),
        ("1" * 20, "1" * 20),
        ("0", "0"),
    ],
)
def test_customer_number_valid(value: str | int | float | Decimal, expected: str) -> None:
    assert normalize_customer_number(value) == expected


@pytest.mark.parametrize("value", ["10 01", "1" * 21, "A#1", "Ä1", "1,5", "a b"])
def test_customer_number_invalid(value: str) -> None:
    error = raises(
        normalize_customer_number, value, kind=InvalidFormat, code="customer_number.format"
    )
    assert error.params == {"value": value.strip()}


def test_customer_number_required() -> None:
    raises(normalize_customer_number, "  ", kind=RequiredValue, code="customer_number.required")


@pytest.mark.parametrize(
    ("existing", "start", "expected"),
    [
        ([], 1001, "1001"),
        ([], 1, "1"),
        (["A-1", "B/2", "x", ""], 1001, "1001"),
        (["1001", "1002"], 1001, "1003"),
        (["1001", "1010", "1002"], 1001, "1011"),
        (["5"], 1001, "6"),
        ([" 1005 ", "A-9999"], 1001, "1006"),
        (["00099", "98"], 1001, "00100"),
        (["99", "0099"], 1001, "0100"),
        (["999"], 1001, "1000"),
        (["１２３"], 1001, "1001"),  # full-width digits are not a number we can count on
    ],
)
def test_suggest_customer_number(existing: list[str], start: int, expected: str) -> None:
    assert suggest_customer_number(existing, start) == expected


def test_suggest_customer_number_takes_any_iterable() -> None:
    assert suggest_customer_number(str(n) for n in range(1001, 1100)) == "1100"


# --- Website ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("example.fi", "https://example.fi"),
        ("www.Example.FI/yhteystiedot", "https://www.example.fi/yhteystiedot"),
        ("http://example.fi", "http://example.fi"),
        ("HTTPS://Example.FI:8080/a?b=1#c", "https://example.fi:8080/a?b=1#c"),
        ("example.fi:8080", "https://example.fi:8080"),
        (" https://äänekoski.fi ", "https://äänekoski.fi"),
        ("https://sub-domain.example.co.uk/", "https://sub-domain.example.co.uk/"),
    ],
)
def test_website_valid(value: str, expected: str) -> None:
    assert normalize_website(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "example",
        "localhost:8080",
        "ftp://example.fi",
        "mailto:matti@example.fi",
        "https://user:pw@example.fi",
        "https://exa mple.fi",
        "https://example.fi:99999",
        "https://example.fi:port",
        "https://example..fi",
        "https://example.fi.",
        "https://-example.fi",
        "https://exa_mple.fi",
        "https://[::1]/",
        "https://",
        "https://[example.fi",
    ],
)
def test_website_invalid(value: str) -> None:
    error = raises(normalize_website, value, kind=InvalidFormat, code="website.format")
    assert error.params == {"value": value}


def test_website_required() -> None:
    raises(normalize_website, " ", kind=RequiredValue, code="website.required")


# --- Contract: is_valid_business_id never raises, the others raise only ValidationError ----

_TEXT_VALIDATORS: list[Callable[[str], object]] = [
    normalize_business_id,
    normalize_vat_id,
    lambda v: normalize_vat_id(v, "SE"),
    normalize_iban,
    format_iban,
    normalize_bic,
    ovt_from_business_id,
    lambda v: ovt_from_business_id("2721922-1", v),
    normalize_einvoice_address,
    normalize_email,
    normalize_emails,
    normalize_phone,
    lambda v: normalize_phone(v, "US"),
    normalize_postal_code,
    lambda v: normalize_postal_code(v, "SE"),
    lambda v: normalize_postal_code(v, "GB"),
    normalize_customer_number,
    normalize_website,
    vat_id_from_business_id,
]

# Junk that looks a bit like the real thing reaches deeper into the rules.
_junk = st.one_of(
    st.text(),
    st.text(alphabet="0123456789 -FIfi+.@;,/:_ABCDEZ", max_size=40),
    st.builds(
        "".join,
        st.tuples(
            st.sampled_from(
                [
                    "",
                    "FI",
                    "SE",
                    "DE",
                    "EL",
                    "GR",
                    "AT",
                    "BE",
                    "NL",
                    "0037",
                    "00",
                    "+358",
                    "https://",
                    "a@",
                    "www.",
                ]
            ),
            st.text(alphabet="0123456789ABCXYZ .-@", max_size=30),
        ),
    ),
)


@given(_junk)
def test_is_valid_business_id_never_raises(value: str) -> None:
    assert isinstance(is_valid_business_id(value), bool)


@given(_junk)
def test_normalize_raises_only_validation_errors(value: str) -> None:
    for validator in _TEXT_VALIDATORS:
        try:
            result = validator(value)
        except ValidationError as error:
            assert error.code
            # Every placeholder in the template has a parameter (no KeyError).
            assert error.message == error.template.format(**error.params)
        else:
            assert isinstance(result, str)


@given(st.one_of(st.integers(), st.floats(), st.decimals(), st.booleans()))
def test_numeric_cells_never_raise_unexpectedly(value: int | float | Decimal) -> None:
    for validator in (normalize_postal_code, normalize_customer_number):
        with contextlib.suppress(ValidationError):
            validator(value)


@given(st.lists(st.text(max_size=8)), st.integers(min_value=0, max_value=10**6))
def test_suggest_customer_number_is_new_and_numeric(existing: list[str], start: int) -> None:
    suggestion = suggest_customer_number(existing, start)
    assert suggestion.isdigit()
    assert suggestion not in [e.strip() for e in existing]


@given(_junk)
def test_normalizing_is_idempotent(value: str) -> None:
    normalizers: list[Callable[[str], str]] = [
        normalize_business_id,
        normalize_vat_id,
        lambda v: normalize_vat_id(v, "SE"),
        normalize_iban,
        normalize_bic,
        normalize_einvoice_address,
        normalize_email,
        normalize_emails,
        normalize_phone,
        lambda v: normalize_phone(v, "US"),
        normalize_postal_code,
        lambda v: normalize_postal_code(v, "SE"),
        lambda v: normalize_postal_code(v, "GB"),
        normalize_customer_number,
        normalize_website,
        vat_id_from_business_id,
    ]
    for validator in normalizers:
        try:
            once = validator(value)
        except ValidationError:
            continue
        assert validator(once) == once


# --- the Finnish mobile fast path gives exactly what phonenumbers gives ----------------

_FI_MOBILE_SHAPES = st.builds(
    lambda prefix, operator, rest, sep: prefix + sep.join([operator, rest]),
    st.sampled_from(["0", "+358", "00358", "+358 ", "0"]),
    st.sampled_from([f"4{d}" for d in range(10)] + ["50", "51", "45", "49"]),
    st.text(alphabet="0123456789", min_size=3, max_size=10),
    st.sampled_from(["", " ", "-", " - "]),
)


@given(_FI_MOBILE_SHAPES)
def test_finnish_mobile_fast_path_agrees_with_phonenumbers(text: str) -> None:
    import phonenumbers

    candidate = "+" + text[2:] if text.startswith("00") else text
    try:
        number = phonenumbers.parse(candidate, "FI")
        expected = (
            phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            if phonenumbers.is_valid_number(number)
            else None
        )
    except phonenumbers.NumberParseException:
        expected = None
    fast = contact._finnish_mobile(text.strip())
    if fast is not None:
        assert fast == expected
    if expected is None:
        with pytest.raises(ValidationError):
            identifiers.normalize_phone(text)
    else:
        assert identifiers.normalize_phone(text) == expected
