"""The customer card: text cleaning, sorting and search keys, validation, text values.

Valid identifiers are published test vectors (Y-tunnus 2077474-0 and
0737474-2, OVT 0037 + Y-tunnus digits, IBAN FI21 1234 5600 0007 85, reference 1001 → 10016,
RF33 2348 236); a changed last digit makes each of them invalid.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from asiakasrekisteri.domain.customer import (
    DELETED_CONTACT_NAME,
    MAX_TEXT_LENGTH,
    ContactData,
    CustomerData,
    NoteData,
    OfficeData,
    clean_text,
    name_sort_key,
    search_text,
    validate_contact,
    validate_customer,
    validate_note,
    validate_office,
    validate_percent,
)
from asiakasrekisteri.domain.enums import (
    CustomerType,
    InvoiceLanguage,
    NoteKind,
    VatTreatment,
)
from asiakasrekisteri.domain.errors import (
    FieldErrors,
    InvalidChecksum,
    InvalidFormat,
    RequiredValue,
    ValidationError,
)
from asiakasrekisteri.domain.text_values import (
    FIELD_PARSERS,
    apply_text_values,
    parse_bool,
    parse_decimal,
    parse_int,
)

D = Decimal


def _codes(error: FieldErrors) -> dict[str, tuple[type[ValidationError], str]]:
    """Field → (error class, code); also checks each error names its own field."""
    for key, err in error.errors.items():
        assert err.field == key
    return {key: (type(err), err.code) for key, err in error.errors.items()}


def _card(**overrides: Any) -> CustomerData:
    """A valid card; override any field."""
    values: dict[str, Any] = {
        "customer_number": "1001",
        "name": "Rakennus Virtanen Oy",
        "business_id": "2077474-0",
        "street": "Hämeenkatu 10",
        "postal_code": "33100",
        "city": "Tampere",
    }
    values.update(overrides)
    return CustomerData(**values)


def _customer_errors(**overrides: Any) -> dict[str, tuple[type[ValidationError], str]]:
    with pytest.raises(FieldErrors) as info:
        validate_customer(_card(**overrides))
    return _codes(info.value)


# --- clean_text --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", ""),
        ("   ", ""),
        ("  Hämeenkatu 10 ", "Hämeenkatu 10"),
        ("rivi 1\r\nrivi 2\n", "rivi 1\nrivi 2"),
        ("a\tb", "a\tb"),  # a tab is no control character to refuse
    ],
)
def test_clean_text_trims_and_unifies_line_breaks(value: str, expected: str) -> None:
    assert clean_text(value) == expected


@pytest.mark.parametrize("value", ["a\nb", "a\rb", " a\r\nb "])
def test_clean_text_refuses_line_breaks_in_single_line_fields(value: str) -> None:
    with pytest.raises(InvalidFormat) as info:
        clean_text(value, multiline=False)
    assert info.value.code == "text.multiline"
    assert clean_text(" x ", multiline=False) == "x"


@pytest.mark.parametrize("value", ["a\x00b", "\x07", "a\x0bb", "a\x1bb", "a\x7f"])
def test_clean_text_refuses_control_characters(value: str) -> None:
    with pytest.raises(InvalidFormat) as info:
        clean_text(value)
    assert info.value.code == "text.control"


def test_clean_text_limits_the_trimmed_length() -> None:
    assert clean_text("  " + "x" * 10 + "  ", max_length=10) == "x" * 10
    assert clean_text("x" * MAX_TEXT_LENGTH) == "x" * MAX_TEXT_LENGTH
    with pytest.raises(InvalidFormat) as info:
        clean_text("x" * 11, max_length=10)
    assert info.value.code == "text.too_long"
    assert info.value.message == "The text is too long (11 characters; at most 10 allowed)."
    with pytest.raises(InvalidFormat):
        clean_text("x" * (MAX_TEXT_LENGTH + 1))


# --- sort key and search text ------------------------------------------------------------


def test_names_sort_as_in_finnish() -> None:
    names = ["Öljy Oy", "Zeta Oy", "Åberg Ay", "ärrä", "abc", "Émile", "Müller", "Ørsted"]
    assert sorted(names, key=name_sort_key) == [
        "abc",
        "Émile",
        "Müller",
        "Zeta Oy",
        "Åberg Ay",
        "ärrä",
        "Öljy Oy",
        "Ørsted",
    ]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("  Virtanen Oy ", "virtanen oy"),
        ("Émile", "emile"),
        ("STRASSE", "strasse"),
        ("Straße", "strasse"),
    ],
)
def test_sort_key_is_case_and_accent_blind(name: str, key: str) -> None:
    assert name_sort_key(name) == key


def test_search_text_has_every_searchable_field_lower_case() -> None:
    data = CustomerData(
        customer_number="A-1001",
        name="Mäkinen Oy",
        business_id="0737474-2",
        vat_id="FI07374742",
        email="Info@Makinen.fi",
        phone="+358 40 1234567",
        city="Tampere",
        street="Not searched 1",
    )
    text = search_text(data, ["Anna Mäkinen", ""])
    assert text.split("\x1f") == [
        "a-1001",
        "mäkinen oy",
        "0737474-2",
        "07374742",
        "fi07374742",
        "info@makinen.fi",
        "+358 40 1234567",
        "358401234567",
        "0401234567",
        "tampere",
        "anna mäkinen",
    ]
    assert "0401234" in text  # a Finnish number typed the national way finds the card


def test_search_text_skips_empty_fields_and_has_no_local_form_of_foreign_numbers() -> None:
    assert search_text(CustomerData(name="Oy Ab")) == "oy ab"
    assert search_text(CustomerData(name="AB", phone="+46 8 123 456 78")).split("\x1f") == [
        "ab",
        "+46 8 123 456 78",
        "46812345678",
    ]


# --- validate_percent --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, None), ("0", "0.00"), ("12.5", "12.50"), ("100", "100.00"), ("99.99", "99.99")],
)
def test_percentages_get_two_decimals(value: str | None, expected: str | None) -> None:
    result = validate_percent(None if value is None else D(value))
    assert (None if result is None else str(result)) == expected


@pytest.mark.parametrize(
    ("value", "code"),
    [("-0.01", "percent.range"), ("100.01", "percent.range"), ("1.234", "percent.decimals")],
)
def test_bad_percentages_are_refused(value: str, code: str) -> None:
    with pytest.raises(InvalidFormat) as info:
        validate_percent(D(value))
    assert info.value.code == code


def test_percentage_maximum_can_be_lowered() -> None:
    assert validate_percent(D(40), maximum=D(40)) == D(40)
    with pytest.raises(InvalidFormat) as info:
        validate_percent(D("40.01"), maximum=D(40))
    assert info.value.message == "Give a percentage between 0 and 40."


# --- validate_customer -------------------------------------------------------------------


def test_a_valid_card_comes_back_normalised() -> None:
    typed = CustomerData(
        customer_number=" 1001 ",
        name="  Rakennus Virtanen Oy ",
        group=" Rakennus ",
        business_id="20774740",
        vat_id="fi 2077474-0",
        buyer_ovt="0037 2077 4740",
        street=" Hämeenkatu 10\r\nA 5 ",
        postal_code="331",  # padded: 00331 is a Helsinki code
        city=" Helsinki ",
        country="Suomi",
        email="laskut@Virtanen.FI; Laskut@virtanen.fi, b@virtanen.fi",
        phone="040 123 4567",
        website="www.Virtanen.fi",
        einvoice_address="fi21 1234 5600 0007 85",
        einvoice_operator="ndeafihh",
        alt_billing_customer_number=" 1002 ",
        fixed_reference="1001 6",
        discount_percent=D("12.5"),
        penalty_interest=D(8),
        credit_limit=D(0),
        payment_term_days=365,
        comment=" rivi 1\r\nrivi 2 ",
        delivery_terms=" FOB ",
        custom_fields={"Toimiala": " rakennus ", "Tyhjä": "  "},
    )
    clean = validate_customer(typed)
    assert type(clean) is CustomerData
    assert clean == CustomerData(
        customer_number="1001",
        name="Rakennus Virtanen Oy",
        group="Rakennus",
        business_id="2077474-0",
        vat_id="FI20774740",
        buyer_ovt="003720774740",
        street="Hämeenkatu 10\nA 5",
        postal_code="00331",
        city="Helsinki",
        country="FI",
        email="laskut@virtanen.fi; b@virtanen.fi",
        phone="+358 40 1234567",
        website="https://www.virtanen.fi",
        einvoice_address="FI2112345600000785",
        einvoice_operator="NDEAFIHH",
        alt_billing_customer_number="1002",
        fixed_reference="10016",
        discount_percent=D("12.50"),
        penalty_interest=D("8.00"),
        credit_limit=D(0),
        payment_term_days=365,
        comment="rivi 1\nrivi 2",
        delivery_terms="FOB",
        custom_fields={"Toimiala": "rakennus"},
    )
    with pytest.raises(AttributeError):
        clean.name = "x"  # type: ignore[misc]  # still frozen


def test_a_card_needs_a_number_and_a_name() -> None:
    with pytest.raises(FieldErrors) as info:
        validate_customer(CustomerData(name="  "))
    assert _codes(info.value) == {
        "customer_number": (RequiredValue, "customer_number.required"),
        "name": (RequiredValue, "name.required"),
    }
    # A name that cannot be cleaned keeps its own error rather than "required".
    assert _customer_errors(name="Virtanen\nOy") == {"name": (InvalidFormat, "text.multiline")}


def test_every_bad_field_of_a_card_is_reported_at_once() -> None:
    errors = _customer_errors(
        customer_number="1 2",
        country="Atlantis",
        business_id="2077474-1",
        vat_id="FI20774741",
        buyer_ovt="0037x",
        group="x" * 101,
        company_form="a\nb",
        line_of_business="x" * 201,
        street="a\x07",
        postal_code="abc",
        city="a\nb",
        email="not an address",
        phone="12",
        website="http://x",
        einvoice_operator="a b",
        alt_billing_customer_number="x" * 21,
        fixed_reference="1233",
        discount_percent=D(-1),
        penalty_interest=D(101),
        credit_limit=D("-0.01"),
        payment_term_days=366,
        comment="x" * (MAX_TEXT_LENGTH + 1),
        text_before_rows="\x00",
        text_after_rows="a\x1fb",
        delivery_terms="a\nb",
        delivery_method="x" * 201,
        default_your_reference="a\rb",
        agreement_identifier="x" * 71,
        custom_fields={"A": "ok", "B": "a\x02"},
    )
    assert errors == {
        "customer_number": (InvalidFormat, "customer_number.format"),
        "country": (InvalidFormat, "country.unknown"),
        "business_id": (InvalidChecksum, "business_id.checksum"),
        "vat_id": (InvalidChecksum, "vat_id.checksum"),
        "buyer_ovt": (InvalidFormat, "einvoice_address.format"),
        "group": (InvalidFormat, "text.too_long"),
        "company_form": (InvalidFormat, "text.multiline"),
        "line_of_business": (InvalidFormat, "text.too_long"),
        "street": (InvalidFormat, "text.control"),
        "postal_code": (InvalidFormat, "postal_code.format"),
        "city": (InvalidFormat, "text.multiline"),
        "email": (InvalidFormat, "email.format"),
        "phone": (InvalidFormat, "phone.format"),
        "website": (InvalidFormat, "website.format"),
        "einvoice_operator": (InvalidFormat, "operator_code.format"),
        "alt_billing_customer_number": (InvalidFormat, "text.too_long"),
        "fixed_reference": (InvalidChecksum, "reference.checksum"),
        "discount_percent": (InvalidFormat, "percent.range"),
        "penalty_interest": (InvalidFormat, "percent.range"),
        "credit_limit": (InvalidFormat, "credit_limit.negative"),
        "payment_term_days": (InvalidFormat, "payment_term.range"),
        "comment": (InvalidFormat, "text.too_long"),
        "text_before_rows": (InvalidFormat, "text.control"),
        "text_after_rows": (InvalidFormat, "text.control"),
        "delivery_terms": (InvalidFormat, "text.multiline"),
        "delivery_method": (InvalidFormat, "text.too_long"),
        "default_your_reference": (InvalidFormat, "text.multiline"),
        "agreement_identifier": (InvalidFormat, "text.too_long"),
        "custom:B": (InvalidFormat, "text.control"),
    }


@pytest.mark.parametrize(
    ("limit", "code"),
    [
        (Decimal("1e30"), "amount.range"),
        (Decimal("12345678901234567890"), "amount.range"),
        (Decimal("0.001"), "amount.cents"),
        (Decimal("1e-400"), "amount.cents"),
        (Decimal("-1"), "credit_limit.negative"),
    ],
    ids=str,
)
def test_a_credit_limit_fits_in_whole_cents_below_a_billion(limit: Decimal, code: str) -> None:
    """1e30 made the save itself fail, twenty digits overflowed the database."""
    assert _customer_errors(credit_limit=limit) == {"credit_limit": (InvalidFormat, code)}
    card = validate_customer(_card(credit_limit=Decimal("999999999.99")))
    assert card.credit_limit == Decimal("999999999.99")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("", "custom_field.name"),
        ("rivi\nrivi", "custom_field.name_characters"),
        ("x" * 10_000, "custom_field.name_length"),
    ],
)
def test_a_custom_field_needs_a_name_of_one_short_line(name: str, code: str) -> None:
    """Such names broke every later export."""
    errors = _customer_errors(custom_fields={name: "arvo"})
    assert errors == {f"custom:{name}": (errors[f"custom:{name}"][0], code)}


def test_custom_field_names_are_trimmed() -> None:
    card = validate_customer(_card(custom_fields={" Jäsennumero ": " 12 ", "Tyhjä": ""}))
    assert card.custom_fields == {"Jäsennumero": "12"}


def test_text_that_is_not_utf8_is_refused() -> None:
    with pytest.raises(InvalidFormat) as info:
        clean_text("Oy\udcff")
    assert info.value.code == "text.encoding"
    assert _customer_errors(city="Tampere\udcff") == {"city": (InvalidFormat, "text.encoding")}


@pytest.mark.parametrize(("days", "valid"), [(None, True), (0, True), (365, True), (-1, False)])
def test_payment_term_is_0_to_365_days(days: int | None, valid: bool) -> None:
    if valid:
        assert validate_customer(_card(payment_term_days=days)).payment_term_days == days
    else:
        assert _customer_errors(payment_term_days=days) == {
            "payment_term_days": (InvalidFormat, "payment_term.range")
        }


def test_an_unchecked_einvoice_address_is_kept_as_text() -> None:
    clean = validate_customer(
        _card(einvoice_address=" TE003701234567 ", einvoice_address_unchecked=True)
    )
    assert clean.einvoice_address == "TE003701234567"
    assert _customer_errors(einvoice_address="TE003701234567") == {
        "einvoice_address": (InvalidFormat, "einvoice_address.format")
    }
    assert _customer_errors(einvoice_address="x" * 36, einvoice_address_unchecked=True) == {
        "einvoice_address": (InvalidFormat, "text.too_long")
    }


def test_einvoicing_needs_the_full_address() -> None:
    required = (RequiredValue, "address.required_for_einvoice")
    assert _customer_errors(
        einvoice_address="003720774740", street="", postal_code=" ", city=""
    ) == {"street": required, "postal_code": required, "city": required}
    # A field with an error of its own keeps that error.
    assert _customer_errors(einvoice_address="003720774740", street="\x00", city="") == {
        "street": (InvalidFormat, "text.control"),
        "city": required,
    }
    # A bad e-invoice address is reported as such, not as a missing address.
    assert _customer_errors(einvoice_address="003720774741", street="", city="") == {
        "einvoice_address": (InvalidChecksum, "einvoice_address.checksum")
    }
    # No e-invoice address: the address may be left out.
    assert validate_customer(_card(street="", postal_code="", city="")).street == ""


@pytest.mark.parametrize("country", ["SE", "DE", "EE"])
def test_an_eu_business_customer_is_in_another_eu_country_with_a_vat_number(
    country: str,
) -> None:
    vat_ids = {"SE": "SE556036079301", "DE": "DE136695976", "EE": "EE100931558"}
    card = _card(
        country=country,
        vat_treatment=VatTreatment.EU_BUSINESS,
        vat_id=vat_ids[country],
        business_id="",
        postal_code="",
    )
    assert validate_customer(card).vat_id == vat_ids[country]
    assert _customer_errors(
        country=country, vat_treatment=VatTreatment.EU_BUSINESS, business_id="", postal_code=""
    ) == {"vat_id": (RequiredValue, "vat_id.required_for_eu")}


@pytest.mark.parametrize("country", ["FI", "US", "Atlantis"])
def test_eu_business_treatment_outside_another_eu_country_is_refused(country: str) -> None:
    errors = _customer_errors(
        country=country, vat_treatment=VatTreatment.EU_BUSINESS, vat_id="FI20774740"
    )
    assert errors["vat_treatment"] == (InvalidFormat, "vat_treatment.eu_country")
    assert "vat_id" not in errors


def test_eu_business_with_a_bad_vat_number_reports_the_number() -> None:
    assert _customer_errors(
        country="SE",
        vat_treatment=VatTreatment.EU_BUSINESS,
        vat_id="SE556036079401",
        business_id="",
        postal_code="",
    ) == {"vat_id": (InvalidChecksum, "vat_id.checksum")}


@pytest.mark.parametrize(("country", "valid"), [("US", True), ("NO", True), ("FI", False)])
def test_outside_eu_treatment_needs_a_country_outside_the_eu(country: str, valid: bool) -> None:
    card = _card(country=country, vat_treatment=VatTreatment.OUTSIDE_EU, postal_code="")
    if valid:
        assert validate_customer(card).country == country
    else:
        assert _customer_errors(
            country=country, vat_treatment=VatTreatment.OUTSIDE_EU, postal_code=""
        ) == {"vat_treatment": (InvalidFormat, "vat_treatment.outside_eu_country")}
    assert _customer_errors(
        country="SE", vat_treatment=VatTreatment.OUTSIDE_EU, postal_code=""
    ) == {"vat_treatment": (InvalidFormat, "vat_treatment.outside_eu_country")}


def test_no_customer_is_without_vat() -> None:
    # VAT registration is the seller's setting; an exempt sale is marked on its row.
    assert _customer_errors(vat_treatment=VatTreatment.NO_VAT) == {
        "vat_treatment": (InvalidFormat, "vat_treatment.no_vat_customer")
    }


def test_construction_reverse_charge_needs_the_buyers_business_id() -> None:
    treatment = VatTreatment.CONSTRUCTION_REVERSE_CHARGE
    assert validate_customer(_card(vat_treatment=treatment)).business_id == "2077474-0"
    assert _customer_errors(vat_treatment=treatment, business_id=" ") == {
        "business_id": (RequiredValue, "business_id.required_for_construction")
    }
    assert _customer_errors(vat_treatment=treatment, business_id="2077474-1") == {
        "business_id": (InvalidChecksum, "business_id.checksum")
    }


# --- contacts, offices, notes ------------------------------------------------------------


def test_a_contact_comes_back_normalised() -> None:
    contact = ContactData(
        name=" Anna Mäkinen ",
        title=" Talouspäällikkö ",
        keywords=" laskut ",
        phone="040-123 4567",
        email=" Anna@Example.FI ",
        is_default=True,
        id=3,
    )
    assert validate_contact(contact) == ContactData(
        name="Anna Mäkinen",
        title="Talouspäällikkö",
        keywords="laskut",
        phone="+358 40 1234567",
        email="Anna@example.fi",
        is_default=True,
        id=3,
    )
    assert validate_contact(ContactData(name="Anna", phone=" ", email="")) == ContactData(
        name="Anna"
    )


def test_a_bad_contact_is_refused_field_by_field() -> None:
    with pytest.raises(FieldErrors) as info:
        validate_contact(
            ContactData(
                name="", title="x" * 101, keywords="a\nb", phone="12", email="a@b.fi; c@d.fi"
            )
        )
    assert _codes(info.value) == {
        "name": (RequiredValue, "contact.name_required"),
        "title": (InvalidFormat, "text.too_long"),
        "keywords": (InvalidFormat, "text.multiline"),
        "phone": (InvalidFormat, "phone.format"),
        "email": (InvalidFormat, "email.format"),
    }


def test_an_anonymised_contact_is_not_validated() -> None:
    contact = ContactData(name=DELETED_CONTACT_NAME, email="", anonymised=True, title="\x00")
    assert validate_contact(contact) is contact


def test_an_office_comes_back_normalised() -> None:
    office = OfficeData(
        name=" Tukholman konttori ",
        street=" Drottninggatan 1\r\n3 tr ",
        postal_code="11151",
        city=" Stockholm ",
        country="Ruotsi",
        email="a@example.se;B@Example.SE , a@example.se",
        einvoice_address="fi21 1234 5600 0007 85",
        einvoice_operator="ndeafihh",
        is_default=True,
        id=4,
    )
    assert validate_office(office) == OfficeData(
        name="Tukholman konttori",
        street="Drottninggatan 1\n3 tr",
        postal_code="111 51",
        city="Stockholm",
        country="SE",
        email="a@example.se; B@example.se",
        einvoice_address="FI2112345600000785",
        einvoice_operator="NDEAFIHH",
        is_default=True,
        id=4,
    )
    assert validate_office(OfficeData(name="Pääkonttori", country="")) == OfficeData(
        name="Pääkonttori", country="FI"
    )


def test_a_bad_office_is_refused_field_by_field() -> None:
    with pytest.raises(FieldErrors) as info:
        validate_office(
            OfficeData(
                name=" ",
                street="a\x07",
                postal_code="123 45",  # checked with Finnish rules: the country is unknown
                city="a\nb",
                country="Atlantis",
                email="x@",
                einvoice_address="x",
                einvoice_operator="a b",
            )
        )
    assert _codes(info.value) == {
        "name": (RequiredValue, "office.name_required"),
        "country": (InvalidFormat, "country.unknown"),
        "street": (InvalidFormat, "text.control"),
        "postal_code": (InvalidFormat, "postal_code.format"),
        "city": (InvalidFormat, "text.multiline"),
        "email": (InvalidFormat, "email.format"),
        "einvoice_address": (InvalidFormat, "einvoice_address.format"),
        "einvoice_operator": (InvalidFormat, "operator_code.format"),
    }
    with pytest.raises(FieldErrors) as info:
        validate_office(OfficeData(name="a\nb"))
    assert _codes(info.value) == {"name": (InvalidFormat, "text.multiline")}


def test_a_note_is_trimmed_and_keeps_its_other_fields() -> None:
    note = NoteData(
        text="  Soita takaisin\r\nmaanantaina ",
        kind=NoteKind.TASK,
        due_date=date(2025, 3, 3),
        id=9,
    )
    assert validate_note(note) == NoteData(
        text="Soita takaisin\nmaanantaina", kind=NoteKind.TASK, due_date=date(2025, 3, 3), id=9
    )


@pytest.mark.parametrize(
    ("text", "error_type", "code"),
    [
        ("", RequiredValue, "note.required"),
        (" \r\n ", RequiredValue, "note.required"),
        ("a\x00", InvalidFormat, "text.control"),
        ("x" * (MAX_TEXT_LENGTH + 1), InvalidFormat, "text.too_long"),
    ],
)
def test_a_bad_note_is_refused(text: str, error_type: type[ValidationError], code: str) -> None:
    with pytest.raises(FieldErrors) as info:
        validate_note(NoteData(text=text))
    assert _codes(info.value) == {"text": (error_type, code)}


# --- parsing text values -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["1", "true", "Yes", "y", "on", "KYLLÄ", "k", "ja", "x", " kyllä "]
)
def test_yes_in_three_languages(text: str) -> None:
    assert parse_bool(text) is True


@pytest.mark.parametrize("text", ["0", "false", "No", "n", "off", "ei", "E", "nej", "", "  "])
def test_no_in_three_languages(text: str) -> None:
    assert parse_bool(text) is False


def test_other_words_are_not_yes_or_no() -> None:
    with pytest.raises(InvalidFormat) as info:
        parse_bool("ehkä")
    assert info.value.code == "bool.format"
    assert info.value.message == "Expected yes or no, got “ehkä”."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", "12"),
        ("12,5", "12.5"),
        ("-3.25", "-3.25"),
        ("1 234,50 €", "1234.50"),
        ("1\u00a0234,50", "1234.50"),
        ("12,5 %", "12.5"),
        ("1e3", "1E+3"),
    ],
)
def test_numbers_with_a_decimal_comma_or_point(text: str, expected: str) -> None:
    assert parse_decimal(text) == D(expected)


@pytest.mark.parametrize("text", ["", "   ", "€", "%"])
def test_an_empty_number_is_none(text: str) -> None:
    assert parse_decimal(text) is None
    assert parse_int(text) is None


@pytest.mark.parametrize(
    "text",
    # Decimal itself reads the last ones; no field can hold them, and they made the range
    # checks after the parse raise decimal.InvalidOperation or OverflowError.
    ["abc", "1.234,50", "1,2,3", "12-", "NaN", "nan", "sNaN", "inf", "-Infinity", "+inf"],
)
def test_what_is_not_a_finite_number_is_refused(text: str) -> None:
    for parse in (parse_decimal, parse_int):
        with pytest.raises(InvalidFormat) as info:
            parse(text)
        assert info.value.code == "number.format"
        assert info.value.message == f"“{text}” is not a number."


@pytest.mark.parametrize(("text", "expected"), [("30", 30), (" 14,0 ", 14), ("-1", -1)])
def test_whole_numbers(text: str, expected: int) -> None:
    assert parse_int(text) == expected


def test_a_fraction_is_not_a_whole_number() -> None:
    with pytest.raises(InvalidFormat) as info:
        parse_int("14,5")
    assert info.value.code == "int.format"
    assert info.value.message == "“14,5” is not a whole number."


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("invoice_language", " SV ", InvoiceLanguage.SV),
        ("vat_treatment", "EU_Business", VatTreatment.EU_BUSINESS),
        ("customer_type", "private", CustomerType.PRIVATE),
    ],
)
def test_choices_are_read_by_their_value(name: str, text: str, expected: Any) -> None:
    assert FIELD_PARSERS[name](text) is expected


def test_an_unknown_choice_lists_the_allowed_values() -> None:
    with pytest.raises(InvalidFormat) as info:
        FIELD_PARSERS["invoice_language"]("de")
    assert info.value.code == "choice.format"
    assert info.value.message == "“de” is not one of: fi, sv, en."


# --- apply_text_values -------------------------------------------------------------------


def test_text_values_are_applied_to_a_card() -> None:
    old = CustomerData(name="Vanha Oy", city="Oulu", custom_fields={"Toimiala": "IT"})
    new = apply_text_values(
        old,
        {
            "name": " Uusi Oy ",  # not validated yet
            "number": "1001",
            "customer_group": "Rakennus",
            "type": "Yksityinen",
            "invoice_language": "sv",
            "discount_percent": "12,5",
            "credit_limit": "1 000",
            "penalty_interest": "",
            "payment_term_days": "30",
            "active": "ei",
            "custom:Koko": "pieni",
        },
    )
    assert new == CustomerData(
        name=" Uusi Oy ",
        city="Oulu",
        customer_number="1001",
        group="Rakennus",
        customer_type=CustomerType.PRIVATE,
        invoice_language=InvoiceLanguage.SV,
        discount_percent=D("12.5"),
        credit_limit=D(1000),
        penalty_interest=None,
        payment_term_days=30,
        active=False,
        custom_fields={"Toimiala": "IT", "Koko": "pieni"},
    )
    assert old.custom_fields == {"Toimiala": "IT"}  # the old card is untouched


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [
        ("type", "company", CustomerType.COMPANY),
        ("type", "YRITYS", CustomerType.COMPANY),
        ("customer_type", "yksityinen", CustomerType.PRIVATE),
        ("customer_type", " Private ", CustomerType.PRIVATE),
    ],
)
def test_customer_type_in_finnish_or_english(key: str, text: str, expected: Any) -> None:
    assert apply_text_values(CustomerData(), {key: text}).customer_type is expected


@pytest.mark.parametrize("key", ["active", "delivery_ban", "use_rf_reference"])
def test_a_yes_or_no_field_given_no_value_is_refused(key: str) -> None:
    """``active=`` is a slip, not a "no": it made a customer inactive."""
    with pytest.raises(FieldErrors) as info:
        apply_text_values(CustomerData(), {key: " "})
    assert _codes(info.value) == {key: (RequiredValue, "bool.required")}


def test_an_empty_discount_is_zero() -> None:
    card = apply_text_values(CustomerData(discount_percent=D(5)), {"discount_percent": ""})
    assert card.discount_percent == 0


def test_unknown_fields_and_unreadable_values_are_all_reported() -> None:
    with pytest.raises(FieldErrors) as info:
        apply_text_values(
            CustomerData(),
            {
                "nmae": "x",
                "custom_fields": "x",
                "type": "alien",
                "active": "ehkä",
                "payment_term_days": "inf",
                "name": "Oy",
            },
        )
    assert _codes(info.value) == {
        "nmae": (InvalidFormat, "field.unknown"),
        "custom_fields": (InvalidFormat, "field.unknown"),
        "type": (InvalidFormat, "choice.format"),
        "active": (InvalidFormat, "bool.format"),
        "payment_term_days": (InvalidFormat, "number.format"),
    }
    assert info.value.errors["nmae"].message == "Unknown field “nmae”."


@pytest.mark.parametrize(
    ("key", "text"),
    [("discount_percent", "nan"), ("credit_limit", "-inf"), ("penalty_interest", "sNaN")],
)
def test_non_finite_numbers_never_reach_validation(key: str, text: str) -> None:
    # These crashed validate_customer with decimal.InvalidOperation (CLI and Excel import).
    with pytest.raises(FieldErrors) as info:
        apply_text_values(_card(), {key: text})
    assert _codes(info.value) == {key: (InvalidFormat, "number.format")}


@pytest.mark.parametrize("text", ["1e10000000", "1000000000000000000", "-2e18"])
def test_a_whole_number_past_18_digits_is_refused_at_once(text: str) -> None:
    with pytest.raises(InvalidFormat) as info:
        parse_int(text)
    assert info.value.code == "int.range"
    assert info.value.message == f"“{text}” is too large a number."
    assert parse_int("999999999999999999") == 999_999_999_999_999_999


def test_company_form_and_line_of_business_are_trimmed_single_lines() -> None:
    card = validate_customer(
        _card(company_form=" Osakeyhtiö ", line_of_business=" Talonrakentaminen ")
    )
    assert (card.company_form, card.line_of_business) == ("Osakeyhtiö", "Talonrakentaminen")


def test_account_manager_is_a_short_single_line_name() -> None:
    clean = validate_customer(_card(account_manager="  Maija Myyjä "))
    assert clean.account_manager == "Maija Myyjä"
    with pytest.raises(FieldErrors) as caught:
        validate_customer(_card(account_manager="x" * 101))
    assert set(caught.value.errors) == {"account_manager"}
