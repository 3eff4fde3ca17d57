"""The own company: its details, and the invoicing settings.

Valid identifiers are published test vectors (Y-tunnus 2077474-0, IBAN
FI21 1234 5600 0007 85); a changed last digit makes each of them invalid.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from asiakasrekisteri.domain.company import (
    CompanyData,
    InvoiceSettings,
    PenaltyInterestMode,
    apply_company_values,
    apply_settings_values,
    split_account,
    validate_company,
    validate_settings,
)
from asiakasrekisteri.domain.errors import (
    FieldErrors,
    InvalidChecksum,
    InvalidFormat,
    RequiredValue,
    ValidationError,
)

D = Decimal


def test_accounts_are_normalised_with_or_without_bic() -> None:
    clean = validate_settings(
        InvoiceSettings(
            other_accounts=(
                "fi58 1017 1000 0001 22 ndeafihh",
                "",
                "DE89 3704 0044 0532 0130 00",
                "FI4950009420028730 okoyfihh",
            )
        )
    )
    assert clean.other_accounts == (
        "FI5810171000000122 NDEAFIHH",
        "DE89370400440532013000",
        "FI4950009420028730 OKOYFIHH",
    )


def test_split_account() -> None:
    assert split_account("FI21 1234 5600 0007 85 NDEAFIHH") == (
        "FI21 1234 5600 0007 85",
        "NDEAFIHH",
    )
    assert split_account("  FI2112345600000785  ") == ("FI2112345600000785", "")
    assert split_account("DE89370400440532013000 COBADEFFXXX") == (
        "DE89370400440532013000",
        "COBADEFFXXX",
    )


@pytest.mark.parametrize(
    ("account", "code"),
    [
        ("FI21 1234 5600 0007 86", "iban.checksum"),
        ("FI21 1234", "iban.length"),
        ("FI5810171000000122 NDEAXXHH", "bic.format"),
    ],
)
def test_bad_account_is_a_field_error(account: str, code: str) -> None:
    with pytest.raises(FieldErrors) as info:
        validate_settings(InvoiceSettings(other_accounts=("FI5810171000000122", account)))
    error = info.value.errors["other_accounts"]
    assert error.code == code and error.field == "other_accounts"


def test_cli_syntax_separates_accounts_with_semicolons() -> None:
    settings = apply_settings_values(
        InvoiceSettings(), {"other_accounts": "FI5810171000000122 NDEAFIHH; DE89370400440532013000"}
    )
    assert settings.other_accounts == ("FI5810171000000122 NDEAFIHH", "DE89370400440532013000")
    assert apply_settings_values(settings, {"other_accounts": ""}).other_accounts == ()


def test_at_most_three_other_accounts() -> None:
    four = (
        "FI5810171000000122",
        "FI4950009420028730",
        "DE89370400440532013000",
        "FI2112345600000785",
    )
    assert len(validate_settings(InvoiceSettings(other_accounts=four[:3])).other_accounts) == 3
    with pytest.raises(FieldErrors) as info:
        validate_settings(InvoiceSettings(other_accounts=four))
    assert info.value.errors["other_accounts"].code == "other_accounts.too_many"


def _codes(error: FieldErrors) -> dict[str, tuple[type[ValidationError], str]]:
    """Field → (error class, code); also checks each error names its own field."""
    for key, err in error.errors.items():
        assert err.field == key
    return {key: (type(err), err.code) for key, err in error.errors.items()}


# --- company details ---------------------------------------------------------------------


def test_company_details_are_normalised() -> None:
    typed = CompanyData(
        name="  Rakennus Virtanen Oy ",
        business_id="20774740",
        vat_id="fi 2077474-0",
        street=" Hämeenkatu 10\r\nA 5 ",
        postal_code="33100",
        city=" Tampere ",
        country="fin",
        iban="fi21 1234 5600 0007 85",
        bic="ndea fi hh",
        email=" Laskut@Virtanen.FI ",
        phone="040 123 4567",
    )
    assert validate_company(typed) == CompanyData(
        name="Rakennus Virtanen Oy",
        business_id="2077474-0",
        vat_id="FI20774740",
        street="Hämeenkatu 10\nA 5",
        postal_code="33100",
        city="Tampere",
        country="FI",
        iban="FI2112345600000785",
        bic="NDEAFIHH",
        email="Laskut@virtanen.fi",
        phone="+358 40 1234567",
    )


def test_company_fields_may_be_left_empty() -> None:
    assert validate_company(CompanyData(country="")) == CompanyData(country="FI")
    blank = CompanyData(name="  ", business_id=" ", email="\t", phone=" ", iban=" ")
    assert validate_company(blank) == CompanyData()


def test_the_company_country_decides_the_rules_of_the_other_fields() -> None:
    swedish = validate_company(
        CompanyData(name="Ab", country="Ruotsi", postal_code="12345", vat_id="556036079301")
    )
    assert (swedish.country, swedish.postal_code, swedish.vat_id) == (
        "SE",
        "123 45",
        "SE556036079301",
    )
    # "123 45" is a Swedish postal code but not a Finnish one.
    with pytest.raises(FieldErrors) as info:
        validate_company(CompanyData(name="Oy", postal_code="123 45"))
    assert _codes(info.value) == {"postal_code": (InvalidFormat, "postal_code.format")}


def test_an_unknown_country_is_reported_and_finnish_rules_apply() -> None:
    with pytest.raises(FieldErrors) as info:
        validate_company(CompanyData(name="Oy", country="Atlantis", postal_code="33100"))
    assert _codes(info.value) == {"country": (InvalidFormat, "country.unknown")}
    with pytest.raises(FieldErrors) as info:
        validate_company(CompanyData(name="Oy", country="Atlantis", postal_code="123 45"))
    assert set(info.value.errors) == {"country", "postal_code"}


def test_every_bad_company_field_is_reported_at_once() -> None:
    with pytest.raises(FieldErrors) as info:
        validate_company(
            CompanyData(
                name="Virtanen\nOy",
                business_id="2077474-1",
                vat_id="FI20774741",
                street="x" * 501,
                postal_code="3310A",
                city="Tampere\x01",
                iban="FI21 1234 5600 0007 86",
                bic="NDEAXXHH",
                email="not an address",
                phone="12",
            )
        )
    assert _codes(info.value) == {
        "name": (InvalidFormat, "text.multiline"),
        "business_id": (InvalidChecksum, "business_id.checksum"),
        "vat_id": (InvalidChecksum, "vat_id.checksum"),
        "street": (InvalidFormat, "text.too_long"),
        "postal_code": (InvalidFormat, "postal_code.format"),
        "city": (InvalidFormat, "text.control"),
        "iban": (InvalidChecksum, "iban.checksum"),
        "bic": (InvalidFormat, "bic.format"),
        "email": (InvalidFormat, "email.format"),
        "phone": (InvalidFormat, "phone.format"),
    }


def test_company_values_are_applied_as_typed() -> None:
    old = CompanyData(name="Vanha Oy", city="Oulu")
    new = apply_company_values(old, {"name": "Uusi Oy", "email": " X@Y.FI "})
    assert new == CompanyData(name="Uusi Oy", city="Oulu", email=" X@Y.FI ")
    assert apply_company_values(old, {}) == old


def test_unknown_company_fields_are_refused() -> None:
    with pytest.raises(FieldErrors) as info:
        apply_company_values(CompanyData(), {"name": "Oy", "nmae": "x", "iban2": "y"})
    assert _codes(info.value) == {
        "nmae": (InvalidFormat, "field.unknown"),
        "iban2": (InvalidFormat, "field.unknown"),
    }
    assert info.value.errors["nmae"].message == "Unknown field “nmae”."


# --- invoicing settings ------------------------------------------------------------------


def _settings_with(name: str, value: Any) -> InvoiceSettings:
    values: dict[str, Any] = {name: value}
    return InvoiceSettings(**values)


def test_default_settings_are_valid() -> None:
    assert validate_settings(InvoiceSettings()) == InvoiceSettings()


def test_settings_are_normalised() -> None:
    clean = validate_settings(
        InvoiceSettings(
            logo_path="  /home/maija/logo.PNG ",
            penalty_interest_mode=PenaltyInterestMode.FIXED,
            penalty_interest_fixed=D("8"),
            reminder_fee=D("7.5"),
        )
    )
    assert clean.logo_path == "/home/maija/logo.PNG"
    assert str(clean.penalty_interest_fixed) == "8.00"
    assert str(clean.reminder_fee) == "7.50"
    assert clean.penalty_interest_mode is PenaltyInterestMode.FIXED


@pytest.mark.parametrize(
    ("name", "low", "high"),
    [
        ("next_invoice_number", 1, 999_999_999_999),  # 12 digits
        ("payment_term_days", 0, 365),
        ("notice_period_days", 0, 365),
    ],
)
def test_whole_number_settings_have_a_range(name: str, low: int, high: int) -> None:
    for value in (low, high):
        assert getattr(validate_settings(_settings_with(name, value)), name) == value
    for value in (low - 1, high + 1):
        with pytest.raises(FieldErrors) as info:
            validate_settings(_settings_with(name, value))
        assert _codes(info.value) == {name: (InvalidFormat, f"{name}.range")}
        assert info.value.errors[name].message == f"Give a value from {low} to {high}."


@pytest.mark.parametrize(
    ("name", "high", "good", "bad"),
    [
        ("penalty_interest_fixed", 100, ["0", "12.5", "100", "99.99"], ["-0.01", "100.01"]),
        ("reminder_fee", 1000, ["0", "5", "1000", "999.99"], ["-0.01", "1000.01", "5.005"]),
    ],
)
def test_rate_and_fee_are_in_range_with_at_most_two_decimals(
    name: str, high: int, good: list[str], bad: list[str]
) -> None:
    for text in good:
        assert getattr(validate_settings(_settings_with(name, D(text))), name) == D(text)
    for text in [*bad, "10.555"]:
        with pytest.raises(FieldErrors) as info:
            validate_settings(_settings_with(name, D(text)))
        assert _codes(info.value) == {name: (InvalidFormat, f"{name}.range")}
        assert info.value.errors[name].message == f"Give a value from 0 to {high}."


def test_a_fixed_penalty_interest_needs_its_rate() -> None:
    with pytest.raises(FieldErrors) as info:
        validate_settings(InvoiceSettings(penalty_interest_mode=PenaltyInterestMode.FIXED))
    assert _codes(info.value) == {
        "penalty_interest_fixed": (RequiredValue, "penalty_interest_fixed.required")
    }
    statutory = validate_settings(InvoiceSettings(penalty_interest_fixed=None))
    assert statutory.penalty_interest_fixed is None


@pytest.mark.parametrize(
    ("path", "valid"),
    [
        ("", True),
        ("   ", True),
        ("logo.png", True),
        ("C:\\Kuvat\\LOGO.JPG", True),
        ("/home/maija/logo.jpeg", True),
        ("logo.gif", False),
        ("logo.svg", False),
        ("png", False),
    ],
)
def test_the_logo_must_be_a_png_or_jpeg(path: str, valid: bool) -> None:
    if valid:
        assert validate_settings(InvoiceSettings(logo_path=path)).logo_path == path.strip()
    else:
        with pytest.raises(FieldErrors) as info:
            validate_settings(InvoiceSettings(logo_path=path))
        assert _codes(info.value) == {"logo_path": (InvalidFormat, "logo_path.format")}


def test_every_bad_setting_is_reported_at_once() -> None:
    with pytest.raises(FieldErrors) as info:
        validate_settings(
            InvoiceSettings(
                next_invoice_number=0,
                payment_term_days=400,
                notice_period_days=-1,
                penalty_interest_fixed=D(101),
                reminder_fee=D(-1),
                logo_path="logo.bmp",
                other_accounts=("FI21 1234",),
            )
        )
    assert set(info.value.errors) == {
        "next_invoice_number",
        "payment_term_days",
        "notice_period_days",
        "penalty_interest_fixed",
        "reminder_fee",
        "logo_path",
        "other_accounts",
    }


# --- settings as key=value text (CLI) ----------------------------------------------------


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"vat_registered": "ei"}, {"vat_registered": False}),
        ({"vat_registered": "Kyllä"}, {"vat_registered": True}),
        ({"next_invoice_number": "2000"}, {"next_invoice_number": 2000}),
        ({"payment_term_days": " 30 "}, {"payment_term_days": 30}),
        ({"notice_period_days": "8,0"}, {"notice_period_days": 8}),
        ({"penalty_interest_mode": " Fixed "}, {"penalty_interest_mode": "fixed"}),
        ({"penalty_interest_mode": "statutory"}, {"penalty_interest_mode": "statutory"}),
        ({"reminder_fee": "7,50 €"}, {"reminder_fee": D("7.50")}),
        ({"reminder_fee": ""}, {"reminder_fee": D("0.00")}),
        ({"logo_path": "/home/maija/logo.png"}, {"logo_path": "/home/maija/logo.png"}),
    ],
)
def test_settings_text_values_are_read(values: dict[str, str], expected: dict[str, Any]) -> None:
    settings = apply_settings_values(InvoiceSettings(), values)
    for name, value in expected.items():
        assert getattr(settings, name) == value


def test_setting_a_fixed_rate_switches_to_fixed_interest() -> None:
    settings = apply_settings_values(InvoiceSettings(), {"penalty_interest_fixed": "8,5 %"})
    assert settings.penalty_interest_fixed == D("8.5")
    assert settings.penalty_interest_mode is PenaltyInterestMode.FIXED
    # Unless the same command names the mode.
    kept = apply_settings_values(
        InvoiceSettings(),
        {"penalty_interest_fixed": "8,5", "penalty_interest_mode": "statutory"},
    )
    assert kept.penalty_interest_mode is PenaltyInterestMode.STATUTORY
    # Clearing the rate leaves the mode alone; validation then asks for the rate.
    cleared = apply_settings_values(settings, {"penalty_interest_fixed": ""})
    assert cleared.penalty_interest_fixed is None
    assert cleared.penalty_interest_mode is PenaltyInterestMode.FIXED
    with pytest.raises(FieldErrors) as info:
        validate_settings(cleared)
    assert info.value.errors["penalty_interest_fixed"].code == "penalty_interest_fixed.required"


@pytest.mark.parametrize(
    ("key", "text", "code"),
    [
        ("vat_registered", "ehkä", "bool.format"),
        ("next_invoice_number", "", "int.required"),
        ("payment_term_days", "14,5", "int.format"),
        ("notice_period_days", "viikko", "number.format"),
        ("penalty_interest_mode", "kiinteä", "choice.format"),
        ("penalty_interest_fixed", "8,5,0", "number.format"),
        # Decimal reads these, but no setting can hold them (they crashed validation).
        ("reminder_fee", "NaN", "number.format"),
        ("penalty_interest_fixed", "nan", "number.format"),
        ("payment_term_days", "inf", "number.format"),
        ("next_invoice_number", "-Infinity", "number.format"),
    ],
)
def test_unreadable_settings_text_is_refused(key: str, text: str, code: str) -> None:
    with pytest.raises(FieldErrors) as info:
        apply_settings_values(InvoiceSettings(), {key: text})
    assert list(info.value.errors) == [key]
    error = info.value.errors[key]
    assert (error.code, error.field) == (code, key)


def test_unknown_settings_are_refused_along_with_bad_values() -> None:
    with pytest.raises(FieldErrors) as info:
        apply_settings_values(
            InvoiceSettings(),
            {"logo": "x.png", "payment_term_days": "x", "notice_period_days": "7"},
        )
    errors = info.value.errors
    assert set(errors) == {"logo", "payment_term_days"}
    assert errors["logo"].code == "field.unknown"
    assert errors["logo"].message == "Unknown field “logo”."
    assert errors["payment_term_days"].code == "number.format"


def test_own_einvoice_routing_is_normalised() -> None:
    clean = validate_settings(
        InvoiceSettings(einvoice_address=" 0037 2077 4740 ", einvoice_operator="003723327487")
    )
    assert (clean.einvoice_address, clean.einvoice_operator) == ("003720774740", "003723327487")
    assert validate_settings(InvoiceSettings(einvoice_operator=" ndeafihh ")).einvoice_operator == (
        "NDEAFIHH"
    )


def test_bad_own_einvoice_routing_is_a_field_error() -> None:
    with pytest.raises(FieldErrors) as info:
        validate_settings(InvoiceSettings(einvoice_address="003720774741", einvoice_operator="x"))
    assert {k: e.code for k, e in info.value.errors.items()} == {
        "einvoice_address": "einvoice_address.checksum",
        "einvoice_operator": "operator_code.format",
    }


def test_a_company_with_details_needs_its_name() -> None:
    """The seller on every invoice has a name; a company not set up yet may have none."""
    assert validate_company(CompanyData()) == CompanyData()
    for data in (
        CompanyData(business_id="2077474-0"),
        CompanyData(name="   ", city="Oulu"),
        CompanyData(iban="FI00 1234"),  # a bad detail is a detail given too
    ):
        with pytest.raises(FieldErrors) as info:
            validate_company(data)
        assert _codes(info.value)["name"] == (RequiredValue, "company.name_required")
