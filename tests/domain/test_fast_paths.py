"""Fast paths of the 50,000-row import give the same results as the general code.

Each fast path skips work that cannot change the answer for the values it takes; these
property tests compare it with the general code (or the library it stands in for) over
generated values, as ``test_finnish_mobile_fast_path_agrees_with_phonenumbers`` does for
phone numbers.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from stdnum.fi import ytunnus as stdnum_ytunnus

from asiakasrekisteri.domain import identifiers, reference
from asiakasrekisteri.domain.countries import normalize_country
from asiakasrekisteri.domain.customer import (
    CUSTOMER_FIELD_NAMES,
    ContactData,
    CustomerData,
    customer_from_values,
    customer_values,
    name_sort_key,
    record_from_fields,
    validate_contact,
    validate_customer,
)
from asiakasrekisteri.domain.enums import VatTreatment
from asiakasrekisteri.domain.errors import (
    FieldErrors,
    InvalidFormat,
    RequiredValue,
    ValidationError,
)
from asiakasrekisteri.domain.identifiers import business, contact
from asiakasrekisteri.domain.operators import normalize_operator_code

_EIGHT_DIGITS = st.text(alphabet="0123456789", min_size=8, max_size=8)


# --- Y-tunnus --------------------------------------------------------------------------


@given(_EIGHT_DIGITS)
def test_ytunnus_checksum_agrees_with_stdnum(digits: str) -> None:
    assert business.ytunnus_checksum_ok(digits) == stdnum_ytunnus.is_valid(digits)


def test_ytunnus_checksum_agrees_with_stdnum_for_every_check_digit() -> None:
    for body in ("0000000", "0737474", "2077474", "1234567", "9999999", "1572860"):
        for check in "0123456789":
            digits = body + check
            assert business.ytunnus_checksum_ok(digits) == stdnum_ytunnus.is_valid(digits)


def _reference_business_id(value: str) -> str:
    """``normalize_business_id``'s rules, with stdnum doing the check and the format."""
    text = re.sub(r"[\s\-]+", "", value).upper()
    if not text:
        raise ValueError("business_id.required")
    text = text.removeprefix("FI")
    if re.fullmatch(r"[0-9]+", text) is None:
        raise ValueError("business_id.format")
    if len(text) == 7:
        text = "0" + text
    if len(text) != 8:
        raise ValueError("business_id.length")
    try:
        formatted = str(stdnum_ytunnus.format(stdnum_ytunnus.validate(text)))
    except Exception:
        raise ValueError("business_id.checksum") from None
    if text == "00000000":  # passes the check, but is no business's
        raise ValueError("business_id.zero")
    return formatted


def _outcome(func: Any, value: str) -> str:
    try:
        return "ok " + str(func(value))
    except ValidationError as exc:
        return "error " + exc.code
    except ValueError as exc:
        return "error " + str(exc)


_BUSINESS_ID_SHAPES = st.one_of(
    st.builds(
        lambda prefix, digits, dash, check: f"{prefix}{digits}{dash}{check}",
        st.sampled_from(["", "FI", "fi ", " "]),
        st.text(alphabet="0123456789", min_size=6, max_size=8),
        st.sampled_from(["", "-", " - ", " "]),
        st.text(alphabet="0123456789", min_size=0, max_size=2),
    ),
    st.text(alphabet="0123456789 -FIx²", max_size=12),
)


@given(_BUSINESS_ID_SHAPES)
@example("0737474-2")
@example("737474-2")
@example("FI07374742")
@example("0737474-3")
@example("FI")
def test_business_id_fast_check_agrees_with_stdnum(value: str) -> None:
    assert _outcome(identifiers.normalize_business_id, value) == _outcome(
        _reference_business_id, value
    )


@given(_EIGHT_DIGITS, st.text(alphabet="0123456789AB", max_size=5))
def test_ovt_check_digit_agrees_with_stdnum(digits: str, suffix: str) -> None:
    outcome = _outcome(identifiers.normalize_einvoice_address, "0037" + digits + suffix)
    assert outcome.startswith("ok ") == stdnum_ytunnus.is_valid(digits)


# --- web address -----------------------------------------------------------------------


def _general_outcome(text: str) -> str:
    try:
        return "ok " + contact._general_website(text)
    except ValidationError as exc:
        return "error " + exc.code


@given(st.from_regex(contact._SIMPLE_WEBSITE, fullmatch=True))
@example("www.example.fi")
@example("https://www.example.fi/yhteystiedot")
@example("http://a-b.fi/")
@example("127.0.0.1")
def test_simple_website_agrees_with_urlsplit(text: str) -> None:
    fast = contact._simple_website(text)
    assert fast is not None
    assert "ok " + fast == _general_outcome(text)


@given(st.text(alphabet="abcXY09-._~/:?#@%[] \u00e4", min_size=1, max_size=30))
@example("www.Example.fi")
@example("a.b.")
@example("-a.fi")
@example("a_b.fi")
@example("https://x.fi:8080/a")
@example("HTTPS://x.fi")
@example("x.fi/a?b=1#c")
def test_simple_website_takes_only_what_it_can_answer(text: str) -> None:
    text = text.strip()
    if not text:
        return
    fast = contact._simple_website(text)
    if fast is not None:
        assert "ok " + fast == _general_outcome(text)
    assert _outcome(identifiers.normalize_website, text) == _general_outcome(text)


# --- sort key --------------------------------------------------------------------------


def _reference_name_sort_key(name: str) -> str:
    key = name.strip().casefold()
    key = key.translate({ord("å"): "{", ord("ä"): "|", ord("ö"): "}", ord("æ"): "|", ord("ø"): "}"})
    decomposed = unicodedata.normalize("NFKD", key)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@given(st.one_of(st.text(), st.text(alphabet="AaÅåÄäÖöÉéÜüØøÆæ ßfiﬁ-.Oy")))
@example("Åberg LVI Ay")
@example("Mäkinen Oy")
@example("Virtanen")
def test_name_sort_key_fast_path_agrees(name: str) -> None:
    assert name_sort_key(name) == _reference_name_sort_key(name)


# --- records ---------------------------------------------------------------------------


def test_record_from_fields_is_the_constructor() -> None:
    card = CustomerData(name="Oy Ab", customer_number="7", custom_fields={"a": "b"})
    made = record_from_fields(CustomerData, dict(card.__dict__))
    assert made == card and type(made) is CustomerData
    with pytest.raises(AttributeError):
        made.name = "x"  # type: ignore[misc]  # still frozen
    # Not every field named: the constructor itself, defaults and all.
    assert record_from_fields(CustomerData, {"name": "x"}) == CustomerData(name="x")
    assert record_from_fields(ContactData, {"name": "x"}) == ContactData(name="x")
    with pytest.raises(TypeError):
        record_from_fields(CustomerData, {"nme": "x"})
    contact = ContactData(name="A", phone="1", is_default=True)
    assert record_from_fields(ContactData, dict(contact.__dict__)) == contact


# --- validate_customer, compared with the closure-based version it replaced -------------


def _run(errors: dict[str, ValidationError], name: str, func: Any) -> Any:
    try:
        return func()
    except ValidationError as exc:
        errors.setdefault(name, exc.with_field(name))
        return None


def _reference_validate_customer(data: CustomerData) -> CustomerData:
    """validate_customer before the import work: the same checks, one lambda each."""
    from asiakasrekisteri.domain import customer as c

    errors: dict[str, ValidationError] = {}
    out: dict[str, Any] = {}

    def text(name: str, *, multiline: bool = False, max_length: int = c.MAX_TEXT_LENGTH) -> None:
        value = getattr(data, name)
        out[name] = _run(
            errors, name, lambda: c.clean_text(value, max_length=max_length, multiline=multiline)
        )

    def optional(value: str, normalise: Any) -> Any:
        return normalise(value) if value.strip() else ""

    out["customer_number"] = _run(
        errors,
        "customer_number",
        lambda: identifiers.normalize_customer_number(data.customer_number),
    )
    name = _run(
        errors,
        "name",
        lambda: c.clean_text(data.name, max_length=c.MAX_NAME_LENGTH, multiline=False),
    )
    if name == "":
        errors["name"] = RequiredValue(
            "Give the customer's name.", code="name.required", field="name"
        )
    out["name"] = name
    country = _run(errors, "country", lambda: normalize_country(data.country or "FI"))
    out["country"] = country
    rules = country or "FI"
    out["business_id"] = _run(
        errors, "business_id", lambda: optional(data.business_id, identifiers.normalize_business_id)
    )
    out["vat_id"] = _run(
        errors,
        "vat_id",
        lambda: optional(data.vat_id, lambda v: identifiers.normalize_vat_id(v, rules)),
    )
    out["buyer_ovt"] = _run(
        errors,
        "buyer_ovt",
        lambda: optional(data.buyer_ovt, identifiers.normalize_einvoice_address),
    )
    text("group", max_length=100)
    text("company_form", max_length=100)
    text("line_of_business", max_length=200)
    text("street", multiline=True, max_length=500)
    out["postal_code"] = _run(
        errors,
        "postal_code",
        lambda: optional(
            data.postal_code, lambda v: identifiers.normalize_postal_code(v, rules, data.city)
        ),
    )
    text("city", max_length=100)
    out["email"] = _run(errors, "email", lambda: optional(data.email, identifiers.normalize_emails))
    out["phone"] = _run(
        errors,
        "phone",
        lambda: optional(data.phone, lambda v: identifiers.normalize_phone(v, rules)),
    )
    out["website"] = _run(
        errors, "website", lambda: optional(data.website, identifiers.normalize_website)
    )
    if data.einvoice_address_unchecked:
        text("einvoice_address", max_length=35)
    else:
        out["einvoice_address"] = _run(
            errors,
            "einvoice_address",
            lambda: optional(data.einvoice_address, identifiers.normalize_einvoice_address),
        )
    out["einvoice_operator"] = _run(
        errors,
        "einvoice_operator",
        lambda: optional(data.einvoice_operator, normalize_operator_code),
    )
    text("alt_billing_customer_number", max_length=20)
    out["fixed_reference"] = _run(
        errors,
        "fixed_reference",
        lambda: optional(data.fixed_reference, reference.validate_fixed),
    )
    out["discount_percent"] = _run(
        errors, "discount_percent", lambda: c.validate_percent(data.discount_percent)
    )
    out["penalty_interest"] = _run(
        errors, "penalty_interest", lambda: c.validate_percent(data.penalty_interest)
    )
    if data.credit_limit is not None and data.credit_limit < 0:
        errors["credit_limit"] = InvalidFormat(
            "The credit limit cannot be negative.",
            code="credit_limit.negative",
            field="credit_limit",
        )
    if data.payment_term_days is not None and not 0 <= data.payment_term_days <= 365:
        errors["payment_term_days"] = InvalidFormat(
            "Give the payment term as 0 to 365 days.",
            code="payment_term.range",
            field="payment_term_days",
        )
    for name_ in ("comment", "text_before_rows", "text_after_rows"):
        text(name_, multiline=True)
    for name_ in ("delivery_terms", "delivery_method", "default_your_reference"):
        text(name_, max_length=200)
    text("agreement_identifier", max_length=70)
    custom: dict[str, str] = {}
    for key, value in data.custom_fields.items():
        cleaned = _run(errors, f"custom:{key}", lambda v=value: c.clean_text(v))
        if cleaned:
            custom[key] = cleaned
    out["custom_fields"] = custom
    c._cross_field_rules(data, out, errors)
    if errors:
        raise FieldErrors(errors)
    return replace(data, **out)


def _samples(*values: str) -> st.SearchStrategy[str]:
    return st.sampled_from(["", " ", *values])


_CARDS = st.builds(
    CustomerData,
    customer_number=_samples("1001", " A-7 ", "1 2", "x" * 21),
    name=_samples("Oy Ab", " Mäkinen ", "a\nb", "a\x01b", "x" * 201),
    country=_samples("FI", "se", "Ruotsi", "XX", "DE", "US"),
    business_id=_samples("0737474-2", "737474-2", "0737474-3", "abc"),
    vat_id=_samples("FI07374742", "SE556036079301", "07374742", "FI1", "ZZ123"),
    buyer_ovt=_samples("003707374742", "0037x"),
    group=_samples("Rakennus", "x" * 101),
    company_form=_samples("Osakeyhtiö", "a\nb", "x" * 101),
    line_of_business=_samples("Talonrakentaminen", "x" * 201),
    street=_samples("Katu 1\nA 2", "a\x07"),
    postal_code=_samples("00100", "100", "12345", "SW1A 1AA", "abc"),
    city=_samples("Helsinki", "a\nb"),
    email=_samples("a@example.fi", "a@example.fi; B@Example.FI", "not an address"),
    phone=_samples("040 123 4567", "+46 8 123 456 78", "12"),
    website=_samples("www.Example.fi", "https://x.fi/a", "a.b.", "http://x"),
    einvoice_address=_samples(
        "003707374742", "FI2112345600000785", "x", "123456789012345678901234567890123456"
    ),
    einvoice_address_unchecked=st.booleans(),
    einvoice_operator=_samples("NDEAFIHH", "003721291126", "a b"),
    alt_billing_customer_number=_samples("1002", "x" * 21),
    fixed_reference=_samples("1232", "43216", "RF18539007547034", "1233"),
    vat_treatment=st.sampled_from(list(VatTreatment)),
    discount_percent=st.sampled_from(
        [Decimal("0.00"), Decimal("10"), Decimal("-1"), Decimal("1.234")]
    ),
    penalty_interest=st.sampled_from([None, Decimal("8"), Decimal("101")]),
    credit_limit=st.sampled_from([None, Decimal("0"), Decimal("-5")]),
    payment_term_days=st.sampled_from([None, 0, 14, 366]),
    comment=_samples("rivi 1\r\nrivi 2", "x" * 10_001),
    delivery_terms=_samples("FOB", "a\nb"),
    agreement_identifier=_samples("S-1", "x" * 71),
    custom_fields=st.dictionaries(st.sampled_from(["A", "B"]), _samples("v", "a\x02")),
)


def _validated(validate: Any, data: Any) -> Any:
    try:
        return ("ok", validate(data))
    except FieldErrors as exc:
        return (
            "errors",
            [(name, type(err), err.code, err.message) for name, err in exc.errors.items()],
        )


@given(_CARDS)
def test_validate_customer_gives_what_it_gave_before(data: CustomerData) -> None:
    assert _validated(validate_customer, data) == _validated(_reference_validate_customer, data)


@given(_CARDS)
def test_a_card_made_from_its_values_is_the_card(data: CustomerData) -> None:
    values = customer_values(data)
    assert values == tuple(getattr(data, name) for name in CUSTOMER_FIELD_NAMES)
    made = customer_from_values(values)
    assert made == data and type(made) is CustomerData
    with pytest.raises(AttributeError):
        made.name = "x"  # type: ignore[misc]  # still frozen


def _reference_validate_contact(data: ContactData) -> ContactData:
    from asiakasrekisteri.domain import customer as c

    if data.anonymised:
        return data
    errors: dict[str, ValidationError] = {}
    name = _run(
        errors,
        "name",
        lambda: c.clean_text(data.name, max_length=c.MAX_NAME_LENGTH, multiline=False),
    )
    if name == "":
        errors["name"] = RequiredValue(
            "Give the contact's name.", code="contact.name_required", field="name"
        )
    title = _run(errors, "title", lambda: c.clean_text(data.title, max_length=100, multiline=False))
    keywords = _run(
        errors, "keywords", lambda: c.clean_text(data.keywords, max_length=200, multiline=False)
    )
    phone = _run(
        errors,
        "phone",
        lambda: identifiers.normalize_phone(data.phone) if data.phone.strip() else "",
    )
    email = _run(
        errors,
        "email",
        lambda: identifiers.normalize_email(data.email) if data.email.strip() else "",
    )
    if errors:
        raise FieldErrors(errors)
    return replace(data, name=name, title=title, keywords=keywords, phone=phone, email=email)


_CONTACTS = st.builds(
    ContactData,
    name=_samples("Anna Mäkinen", "a\nb", "x" * 201),
    title=_samples("Talouspäällikkö", "x" * 101),
    keywords=_samples("laskut", "a\nb"),
    phone=_samples("+358 50 7141492", "040-123 4567", "12"),
    email=_samples("anna@example.fi", "a@", "a@b.fi; c@d.fi"),
    anonymised=st.booleans(),
    is_default=st.booleans(),
)


@given(_CONTACTS)
def test_validate_contact_gives_what_it_gave_before(data: ContactData) -> None:
    assert _validated(validate_contact, data) == _validated(_reference_validate_contact, data)


def test_a_remembered_percentage_is_the_checked_one() -> None:
    from asiakasrekisteri.domain import customer as c

    for value in (None, Decimal("0.00"), Decimal("10"), Decimal("10.00"), Decimal("12.5")):
        assert c._validated_percent(value) == c.validate_percent(value)
    for _twice in range(2):  # a refusal is not remembered: it is raised every time
        with pytest.raises(InvalidFormat):
            c._validated_percent(Decimal("101"))
    with pytest.raises(InvalidOperation):  # not a number: checked (and refused) each time
        c._validated_percent(Decimal("NaN"))


def test_a_card_is_kept_as_its_values_and_made_again() -> None:
    card = CustomerData(name="Oy Ab", customer_number="7", custom_fields={"a": "b"})
    values = customer_values(card)
    assert values[:2] == ("7", "Oy Ab") and len(values) == len(CUSTOMER_FIELD_NAMES)
    assert customer_from_values(values) == card
    with pytest.raises(ValueError):  # one value short: not a card
        customer_from_values(values[:-1])
