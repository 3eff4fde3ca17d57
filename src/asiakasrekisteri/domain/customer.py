"""The customer card as frozen records, and the rules a card must obey before it is saved."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter
from typing import Any, TypeVar

from asiakasrekisteri.domain import identifiers, reference
from asiakasrekisteri.domain.countries import EU_COUNTRIES, normalize_country
from asiakasrekisteri.domain.enums import (
    CustomerStatus,
    CustomerType,
    InvoiceDelivery,
    InvoiceLanguage,
    NoteKind,
    VatTreatment,
)
from asiakasrekisteri.domain.errors import (
    FieldErrors,
    InvalidFormat,
    RequiredValue,
    ValidationError,
)
from asiakasrekisteri.domain.limits import check_amount, check_custom_field_name, check_encoding
from asiakasrekisteri.domain.operators import normalize_operator_code

DELETED_CONTACT_NAME = "Poistettu yhteyshenkilö"
"""What an anonymised contact shows instead of the name (Severa)."""

MAX_NAME_LENGTH = 200
MAX_TEXT_LENGTH = 10_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class ContactData:
    """A contact person (yhteyshenkilö).

    ``version`` (here and on offices and notes) is the stored row's change count when it
    was read; a save from an older one is refused as a conflict. 0: save without a check.
    """

    name: str = ""
    title: str = ""
    keywords: str = ""
    phone: str = ""
    email: str = ""
    active: bool = True
    is_default: bool = False
    anonymised: bool = False
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class OfficeData:
    """An office (toimipaikka) with its own address and invoicing channels."""

    name: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "FI"
    email: str = ""
    einvoice_address: str = ""
    einvoice_operator: str = ""
    is_default: bool = False
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class NoteData:
    """A note or an activity; tasks carry a due date and are completed."""

    text: str = ""
    kind: NoteKind = NoteKind.NOTE
    due_date: date | None = None
    done: bool = False
    id: int | None = None
    created_at: datetime | None = None
    done_at: datetime | None = None
    version: int = 0


INVOICING_TERMS = ("discount_percent", "credit_limit", "penalty_interest")
"""The card's invoicing figures (amounts and rates). A team's limited role on a server
may neither see nor change them; for such a user they keep :class:`CustomerData`'s
defaults."""


@dataclass(frozen=True)
class CustomerData:
    """Every editable field of the customer card (basic info and extra info).

    Identifiers and contact channels are kept in their normalised text form; an empty
    string means "not given".
    """

    customer_number: str = ""
    name: str = ""
    customer_type: CustomerType = CustomerType.COMPANY
    group: str = ""
    business_id: str = ""
    vat_id: str = ""
    buyer_ovt: str = ""
    company_form: str = ""
    line_of_business: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "FI"
    email: str = ""
    phone: str = ""
    website: str = ""
    einvoice_address: str = ""
    einvoice_operator: str = ""
    einvoice_address_unchecked: bool = False
    alt_billing_customer_number: str = ""
    invoice_language: InvoiceLanguage = InvoiceLanguage.FI
    fixed_reference: str = ""
    use_rf_reference: bool = False
    delivery_ban: bool = False
    collection_ban: bool = False
    vat_treatment: VatTreatment = VatTreatment.DOMESTIC
    active: bool = True
    discount_percent: Decimal = Decimal("0.00")
    credit_limit: Decimal | None = None
    penalty_interest: Decimal | None = None
    status: CustomerStatus = CustomerStatus.SUSPECT
    status_manual: bool = False
    comment: str = ""
    payment_term_days: int | None = None
    delivery_terms: str = ""
    delivery_method: str = ""
    invoice_delivery: InvoiceDelivery = InvoiceDelivery.AUTO
    default_your_reference: str = ""
    agreement_identifier: str = ""
    text_before_rows: str = ""
    text_after_rows: str = ""
    custom_fields: Mapping[str, str] = field(default_factory=dict)
    account_manager: str = ""


@dataclass(frozen=True)
class CustomerRecord:
    """A stored customer with everything the card shows."""

    id: int
    data: CustomerData
    contacts: tuple[ContactData, ...] = ()
    offices: tuple[OfficeData, ...] = ()
    notes: tuple[NoteData, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None
    merged_numbers: tuple[str, ...] = ()
    version: int = 0


CUSTOMER_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(CustomerData))

_T = TypeVar("_T")
_ALL_FIELDS: dict[type[Any], frozenset[str]] = {
    cls: frozenset(f.name for f in fields(cls)) for cls in (CustomerData, ContactData)
}
# What the fast construction below skips; it must stay that way for it to be the same.
assert all(
    not hasattr(cls, "__post_init__") and all(f.init for f in fields(cls)) for cls in _ALL_FIELDS
)


def record_from_fields(cls: type[_T], values: Mapping[str, Any]) -> _T:
    """``cls(**values)`` for :class:`CustomerData` or :class:`ContactData`.

    When ``values`` names every field, the record is made without the frozen
    dataclass ``__init__``, which sets the 39 fields of a card one ``object.__setattr__``
    at a time and costs about 5 µs; an import makes 100,000 of them. Otherwise (fields
    left to their defaults, or unknown names) it is ``cls(**values)`` itself.
    """
    names = _ALL_FIELDS.get(cls)
    if names is not None and values.keys() == names:
        record = object.__new__(cls)
        record.__dict__.update(values)
        return record
    return cls(**values)


_CARD_VALUES = attrgetter(*CUSTOMER_FIELD_NAMES)


def customer_values(data: CustomerData) -> tuple[Any, ...]:
    """A card's values in :data:`CUSTOMER_FIELD_NAMES` order (a quarter of its size)."""
    values: tuple[Any, ...] = _CARD_VALUES(data)
    return values


def customer_from_values(values: Iterable[Any]) -> CustomerData:
    """The card of :func:`customer_values`, made as :func:`record_from_fields` makes it."""
    record = object.__new__(CustomerData)
    record.__dict__.update(zip(CUSTOMER_FIELD_NAMES, values, strict=True))
    return record


def clean_text(value: str, *, max_length: int = MAX_TEXT_LENGTH, multiline: bool = True) -> str:
    """Trim and refuse control characters, which no printer or bank form can carry, and
    text that is not valid UTF-8."""
    if value == "":  # most fields of most cards: nothing to check
        return ""
    text = check_encoding(value).strip()
    if not multiline and ("\n" in text or "\r" in text):
        raise InvalidFormat("Line breaks are not allowed here.", code="text.multiline")
    if _CONTROL.search(text):
        raise InvalidFormat(
            "The text contains invisible control characters; remove them.", code="text.control"
        )
    if len(text) > max_length:
        raise InvalidFormat(
            "The text is too long ({length} characters; at most {max} allowed).",
            code="text.too_long",
            length=len(text),
            max=max_length,
        )
    return text.replace("\r\n", "\n")


_FINNISH_LAST_LETTERS = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}"})


def name_sort_key(name: str) -> str:
    """A sort key that orders names as a Finn expects: case-blind, å ä ö after z."""
    key = name.strip().casefold()
    # "{", "|" and "}" are the code points right after "z": å, ä, ö sort there.
    key = key.translate(_FINNISH_LAST_LETTERS)
    if key.isascii():  # NFKD leaves ASCII as it is, and it has no combining marks
        return key
    decomposed = unicodedata.normalize("NFKD", key)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_NON_DIGITS = re.compile(r"\D")


def search_text(data: CustomerData, contact_names: Iterable[str] = ()) -> str:
    """The lower-cased text the list search matches against.

    Phone numbers are added also without spaces so "0401234" finds "+358 40 1234567".
    """
    phone_digits = _NON_DIGITS.sub("", data.phone)
    local_phone = "0" + phone_digits[3:] if phone_digits.startswith("358") else ""
    parts = [
        data.customer_number,
        data.name,
        data.business_id,
        data.business_id.replace("-", ""),
        data.vat_id,
        data.email,
        data.phone,
        phone_digits,
        local_phone,
        data.city,
        *contact_names,
    ]
    return "\x1f".join(p.casefold() for p in parts if p)


def _kept(error: ValidationError, name: str) -> ValidationError:
    """``error`` of field ``name``, kept as data to be raised in :class:`FieldErrors`.

    Its traceback is dropped: it leads to the frame that holds the dict the error is
    kept in, a reference cycle that keeps that frame and every frame above it (with the
    card being checked) alive until the cycle collector runs, which an import of a
    million rows holds off while it works.
    """
    return error.with_field(name).with_traceback(None)


def _run(
    errors: dict[str, ValidationError],
    name: str,
    func: Callable[[], Any],
) -> Any:
    try:
        return func()
    except ValidationError as exc:
        errors.setdefault(name, _kept(exc, name))
        return None


def _optional(value: str, normalise: Callable[[str], str]) -> str:
    return normalise(value) if value.strip() else ""


def validate_percent(value: Decimal | None, *, maximum: Decimal = Decimal(100)) -> Decimal | None:
    """A percentage between 0 and ``maximum`` with at most two decimals."""
    if value is None:
        return None
    if value < 0 or value > maximum:
        raise InvalidFormat(
            "Give a percentage between 0 and {max}.", code="percent.range", max=maximum
        )
    if value != value.quantize(Decimal("0.01")):
        raise InvalidFormat("Use at most two decimals.", code="percent.decimals")
    return value.quantize(Decimal("0.01"))


def _validated_percent(value: Decimal | None) -> Decimal | None:
    """``validate_percent``, remembered for numbers: nearly every card has the same few.

    Equal values of other exponents (10 and 10.00) share an entry: their answer is the
    same, as the check and the result depend on the number alone. Not-a-number values
    (which cannot all be hashed) are checked each time."""
    if value is None or value.is_finite():
        return _remembered_percent(value)
    return validate_percent(value)


@lru_cache(maxsize=1024)
def _remembered_percent(value: Decimal | None) -> Decimal | None:
    return validate_percent(value)


def _checked(
    errors: dict[str, ValidationError], name: str, func: Callable[..., Any], *args: Any
) -> Any:
    """``func(*args)``, or None with the error recorded (``_run`` without a lambda)."""
    try:
        return func(*args)
    except ValidationError as exc:
        errors.setdefault(name, _kept(exc, name))
        return None


def _checked_optional(
    errors: dict[str, ValidationError],
    name: str,
    normalise: Callable[..., str],
    value: str,
    *args: Any,
) -> str | None:
    """``_optional(value, normalise)`` checked as by ``_run``; ``args`` follow the value."""
    if not value.strip():
        return ""
    try:
        return normalise(value, *args)
    except ValidationError as exc:
        errors.setdefault(name, _kept(exc, name))
        return None


def _checked_text(
    errors: dict[str, ValidationError],
    name: str,
    value: str,
    max_length: int,
    multiline: bool,
) -> str | None:
    """``clean_text`` checked as by ``_run``."""
    try:
        return clean_text(value, max_length=max_length, multiline=multiline)
    except ValidationError as exc:
        errors.setdefault(name, _kept(exc, name))
        return None


def validate_customer(data: CustomerData) -> CustomerData:
    """Check every field of a card and return it normalised.

    Raises:
        FieldErrors: With the first problem of each failing field.
    """
    return record_from_fields(type(data), validated_customer_fields(data))


def validated_customer_fields(data: CustomerData) -> dict[str, Any]:
    """The fields of :func:`validate_customer`'s card, by name.

    For a caller that changes a few more fields before it makes the card (an import
    of a million rows makes each card once instead of twice).

    Raises:
        FieldErrors: With the first problem of each failing field.
    """
    # An import validates 50,000 cards in one go, so the checks are spelled out without
    # closures; the order of the checks (and so of the errors) is the card's field order.
    # An empty text is valid and stays as it is: most fields of most cards are empty, and
    # skipping their checks spares an import of 50,000 cards about a million calls.
    errors: dict[str, ValidationError] = {}
    out: dict[str, Any] = {}
    country_for_rules = _check_identity(data, out, errors)
    _check_identifiers_and_address(data, country_for_rules, out, errors)
    _check_billing(data, out, errors)
    _check_texts(data, out, errors)
    _cross_field_rules(data, out, errors)
    if errors:
        raise FieldErrors(errors)
    return {**data.__dict__, **out}


@lru_cache(maxsize=1024)
def _normalized_country(value: str) -> str:
    """``normalize_country``, remembered: one code string shared by a million cards
    instead of one each. A refused country is not remembered (it raises)."""
    return normalize_country(value)


@lru_cache(maxsize=4096, typed=True)
def _normalized_postal_code(value: str, country: str, city: str) -> str:
    """``normalize_postal_code``, remembered: the cards of an import repeat a few hundred
    codes and cities over a million rows. A refused code is not remembered (it raises)."""
    return identifiers.normalize_postal_code(value, country, city)


def _check_identity(
    data: CustomerData, out: dict[str, Any], errors: dict[str, ValidationError]
) -> str:
    """Number, name and country; returns the country whose rules the other fields follow."""
    out["customer_number"] = _checked(
        errors, "customer_number", identifiers.normalize_customer_number, data.customer_number
    )
    name = _checked_text(errors, "name", data.name, MAX_NAME_LENGTH, False)
    if name == "":
        errors["name"] = RequiredValue(
            "Give the customer's name.", code="name.required", field="name"
        )
    out["name"] = name
    country = _checked(errors, "country", _normalized_country, data.country or "FI")
    out["country"] = country
    return country or "FI"


def _check_identifiers_and_address(
    data: CustomerData,
    country_for_rules: str,
    out: dict[str, Any],
    errors: dict[str, ValidationError],
) -> None:
    """Y-tunnus, VAT number, OVT, group, company form and line of business, address and
    the ways to reach the customer."""
    optional = _checked_optional
    text = _checked_text
    if data.business_id:
        out["business_id"] = optional(
            errors, "business_id", identifiers.normalize_business_id, data.business_id
        )
    if data.vat_id:
        out["vat_id"] = optional(
            errors, "vat_id", identifiers.normalize_vat_id, data.vat_id, country_for_rules
        )
    if data.buyer_ovt:
        out["buyer_ovt"] = optional(
            errors, "buyer_ovt", identifiers.normalize_einvoice_address, data.buyer_ovt
        )
    if data.group:
        out["group"] = text(errors, "group", data.group, 100, False)
    if data.company_form:
        out["company_form"] = text(errors, "company_form", data.company_form, 100, False)
    if data.line_of_business:
        out["line_of_business"] = text(
            errors, "line_of_business", data.line_of_business, MAX_NAME_LENGTH, False
        )
    if data.street:
        out["street"] = text(errors, "street", data.street, 500, True)
    if data.postal_code:
        out["postal_code"] = optional(
            errors,
            "postal_code",
            _normalized_postal_code,
            data.postal_code,
            country_for_rules,
            data.city,
        )
    if data.city:
        out["city"] = text(errors, "city", data.city, 100, False)
    if data.email:
        out["email"] = optional(errors, "email", identifiers.normalize_emails, data.email)
    if data.phone:
        out["phone"] = optional(
            errors, "phone", identifiers.normalize_phone, data.phone, country_for_rules
        )
    if data.website:
        out["website"] = optional(errors, "website", identifiers.normalize_website, data.website)


def _check_billing(
    data: CustomerData, out: dict[str, Any], errors: dict[str, ValidationError]
) -> None:
    """E-invoicing, billing customer, reference, discount, interest, credit and term."""
    optional = _checked_optional
    text = _checked_text
    if data.einvoice_address and data.einvoice_address_unchecked:
        out["einvoice_address"] = text(errors, "einvoice_address", data.einvoice_address, 35, False)
    elif data.einvoice_address:
        out["einvoice_address"] = optional(
            errors,
            "einvoice_address",
            identifiers.normalize_einvoice_address,
            data.einvoice_address,
        )
    if data.einvoice_operator:
        out["einvoice_operator"] = optional(
            errors, "einvoice_operator", normalize_operator_code, data.einvoice_operator
        )
    if data.alt_billing_customer_number:
        out["alt_billing_customer_number"] = text(
            errors, "alt_billing_customer_number", data.alt_billing_customer_number, 20, False
        )
    if data.fixed_reference:
        out["fixed_reference"] = optional(
            errors, "fixed_reference", reference.validate_fixed, data.fixed_reference
        )
    out["discount_percent"] = _checked(
        errors, "discount_percent", _validated_percent, data.discount_percent
    )
    out["penalty_interest"] = _checked(
        errors, "penalty_interest", _validated_percent, data.penalty_interest
    )
    if data.credit_limit is not None and data.credit_limit < 0:
        errors["credit_limit"] = InvalidFormat(
            "The credit limit cannot be negative.",
            code="credit_limit.negative",
            field="credit_limit",
        )
    elif data.credit_limit is not None:
        out["credit_limit"] = _checked(errors, "credit_limit", check_amount, data.credit_limit)
    if data.payment_term_days is not None and not 0 <= data.payment_term_days <= 365:
        errors["payment_term_days"] = InvalidFormat(
            "Give the payment term as 0 to 365 days.",
            code="payment_term.range",
            field="payment_term_days",
        )


def _check_texts(
    data: CustomerData, out: dict[str, Any], errors: dict[str, ValidationError]
) -> None:
    """The free texts: comment, invoice texts, delivery and reference texts, custom fields."""
    text = _checked_text
    if data.comment:
        out["comment"] = text(errors, "comment", data.comment, MAX_TEXT_LENGTH, True)
    if data.text_before_rows:
        out["text_before_rows"] = text(
            errors, "text_before_rows", data.text_before_rows, MAX_TEXT_LENGTH, True
        )
    if data.text_after_rows:
        out["text_after_rows"] = text(
            errors, "text_after_rows", data.text_after_rows, MAX_TEXT_LENGTH, True
        )
    if data.delivery_terms:
        out["delivery_terms"] = text(errors, "delivery_terms", data.delivery_terms, 200, False)
    if data.delivery_method:
        out["delivery_method"] = text(errors, "delivery_method", data.delivery_method, 200, False)
    if data.default_your_reference:
        out["default_your_reference"] = text(
            errors, "default_your_reference", data.default_your_reference, 200, False
        )
    if data.account_manager:
        out["account_manager"] = text(errors, "account_manager", data.account_manager, 100, False)
    if data.agreement_identifier:
        out["agreement_identifier"] = text(
            errors, "agreement_identifier", data.agreement_identifier, 70, False
        )
    custom: dict[str, str] = {}
    for key, value in data.custom_fields.items():
        name = _checked(errors, f"custom:{key}", check_custom_field_name, key)
        cleaned = text(errors, f"custom:{key}", value, MAX_TEXT_LENGTH, True)
        if cleaned and name:
            custom[name] = cleaned
    out["custom_fields"] = custom


def _cross_field_rules(
    data: CustomerData, out: dict[str, Any], errors: dict[str, ValidationError]
) -> None:
    country = out.get("country") or "FI"
    if out.get("einvoice_address") and not errors.get("einvoice_address"):
        for name in ("street", "postal_code", "city"):
            if not out.get(name) and name not in errors:
                errors[name] = RequiredValue(
                    "E-invoicing needs the full billing address.",
                    code="address.required_for_einvoice",
                    field=name,
                )
    if data.vat_treatment is VatTreatment.NO_VAT:
        errors.setdefault(
            "vat_treatment",
            InvalidFormat(
                "A customer cannot be without VAT: VAT registration is the own company's "
                "setting, and an exempt sale is marked on its product or row.",
                code="vat_treatment.no_vat_customer",
                field="vat_treatment",
            ),
        )
    if data.vat_treatment is VatTreatment.EU_BUSINESS:
        if country == "FI" or country not in EU_COUNTRIES:
            errors.setdefault(
                "vat_treatment",
                InvalidFormat(
                    "EU business treatment needs a customer in another EU country.",
                    code="vat_treatment.eu_country",
                    field="vat_treatment",
                ),
            )
        if not out.get("vat_id") and "vat_id" not in errors:
            errors["vat_id"] = RequiredValue(
                "An EU business customer needs a VAT number on its invoices.",
                code="vat_id.required_for_eu",
                field="vat_id",
            )
    if data.vat_treatment is VatTreatment.OUTSIDE_EU and (
        country == "FI" or country in EU_COUNTRIES
    ):
        errors.setdefault(
            "vat_treatment",
            InvalidFormat(
                "The customer's country is inside the EU.",
                code="vat_treatment.outside_eu_country",
                field="vat_treatment",
            ),
        )
    if (
        data.vat_treatment is VatTreatment.CONSTRUCTION_REVERSE_CHARGE
        and not out.get("business_id")
        and "business_id" not in errors
    ):
        errors["business_id"] = RequiredValue(
            "Construction reverse charge needs the buyer's Y-tunnus.",
            code="business_id.required_for_construction",
            field="business_id",
        )


def validate_contact(data: ContactData) -> ContactData:
    """Check a contact person and return it normalised."""
    if data.anonymised:
        return data
    errors: dict[str, ValidationError] = {}
    name = _checked_text(errors, "name", data.name, MAX_NAME_LENGTH, False)
    if name == "":
        errors["name"] = RequiredValue(
            "Give the contact's name.", code="contact.name_required", field="name"
        )
    title = _checked_text(errors, "title", data.title, 100, False)
    keywords = _checked_text(errors, "keywords", data.keywords, 200, False)
    phone = _checked_optional(errors, "phone", identifiers.normalize_phone, data.phone)
    email = _checked_optional(errors, "email", identifiers.normalize_email, data.email)
    if errors:
        raise FieldErrors(errors)
    return record_from_fields(
        type(data),
        {
            **data.__dict__,
            "name": name,
            "title": title,
            "keywords": keywords,
            "phone": phone,
            "email": email,
        },
    )


def validate_office(data: OfficeData) -> OfficeData:
    """Check an office and return it normalised."""
    errors: dict[str, ValidationError] = {}
    name = _run(
        errors, "name", lambda: clean_text(data.name, max_length=MAX_NAME_LENGTH, multiline=False)
    )
    if name == "":
        errors["name"] = RequiredValue(
            "Give the office a name.", code="office.name_required", field="name"
        )
    country = _run(errors, "country", lambda: normalize_country(data.country or "FI")) or "FI"
    street = _run(errors, "street", lambda: clean_text(data.street, max_length=500))
    postal_code = _run(
        errors,
        "postal_code",
        lambda: _optional(
            data.postal_code,
            lambda v: identifiers.normalize_postal_code(v, country, data.city),
        ),
    )
    city = _run(errors, "city", lambda: clean_text(data.city, max_length=100, multiline=False))
    email = _run(errors, "email", lambda: _optional(data.email, identifiers.normalize_emails))
    einvoice = _run(
        errors,
        "einvoice_address",
        lambda: _optional(data.einvoice_address, identifiers.normalize_einvoice_address),
    )
    operator = _run(
        errors,
        "einvoice_operator",
        lambda: _optional(data.einvoice_operator, normalize_operator_code),
    )
    if errors:
        raise FieldErrors(errors)
    return replace(
        data,
        name=name,
        country=country,
        street=street,
        postal_code=postal_code,
        city=city,
        email=email,
        einvoice_address=einvoice,
        einvoice_operator=operator,
    )


def validate_note(data: NoteData) -> NoteData:
    """Check a note or activity and return it normalised."""
    try:
        text = clean_text(data.text)
    except ValidationError as exc:
        raise FieldErrors({"text": exc.with_field("text")}) from exc
    if not text:
        raise FieldErrors(
            {
                "text": RequiredValue(
                    "Write something in the note.", code="note.required", field="text"
                )
            }
        )
    return replace(data, text=text)
