"""The user's own company: the seller on every invoice."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from asiakasrekisteri.domain import identifiers
from asiakasrekisteri.domain.countries import normalize_country
from asiakasrekisteri.domain.customer import clean_text
from asiakasrekisteri.domain.errors import FieldErrors, InvalidFormat, ValidationError


@dataclass(frozen=True)
class CompanyData:
    """Own company details (name, identifiers, address, bank account, contact channels)."""

    name: str = ""
    business_id: str = ""
    vat_id: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "FI"
    iban: str = ""
    bic: str = ""
    email: str = ""
    phone: str = ""


COMPANY_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(CompanyData))


def validate_company(data: CompanyData) -> CompanyData:
    """Return the details normalised, or raise FieldErrors naming every bad field."""
    errors: dict[str, ValidationError] = {}
    out: dict[str, Any] = {}
    country = "FI"
    try:
        country = normalize_country(data.country or "FI")
        out["country"] = country
    except ValidationError as exc:
        errors["country"] = exc.with_field("country")

    checks: dict[str, Callable[[str], str]] = {
        "name": lambda v: clean_text(v, max_length=200, multiline=False),
        "business_id": identifiers.normalize_business_id,
        "vat_id": lambda v: identifiers.normalize_vat_id(v, country),
        "street": lambda v: clean_text(v, max_length=500),
        "postal_code": lambda v: identifiers.normalize_postal_code(v, country),
        "city": lambda v: clean_text(v, max_length=100, multiline=False),
        "iban": identifiers.normalize_iban,
        "bic": identifiers.normalize_bic,
        "email": identifiers.normalize_email,
        "phone": lambda v: identifiers.normalize_phone(v, country),
    }
    for name, check in checks.items():
        value = getattr(data, name)
        if not value.strip():
            out[name] = ""
            continue
        try:
            out[name] = check(value)
        except ValidationError as exc:
            errors[name] = exc.with_field(name)
    if errors:
        raise FieldErrors(errors)
    return replace(data, **out)


def apply_company_values(data: CompanyData, values: Mapping[str, str]) -> CompanyData:
    """Apply ``key=value`` texts; unknown keys are refused."""
    unknown = [k for k in values if k not in COMPANY_FIELD_NAMES]
    if unknown:
        raise FieldErrors(
            {
                k: InvalidFormat("Unknown field “{key}”.", code="field.unknown", key=k, field=k)
                for k in unknown
            }
        )
    return replace(data, **dict(values))
