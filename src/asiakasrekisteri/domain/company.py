"""The user's own company: the seller on every invoice."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from enum import StrEnum
from typing import Any

from asiakasrekisteri.domain import identifiers
from asiakasrekisteri.domain.countries import normalize_country
from asiakasrekisteri.domain.customer import clean_text
from asiakasrekisteri.domain.errors import (
    FieldErrors,
    InvalidFormat,
    RequiredValue,
    ValidationError,
)
from asiakasrekisteri.domain.operators import normalize_operator_code


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
        "postal_code": lambda v: identifiers.normalize_postal_code(v, country, data.city),
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
    # Details without a name would print an anonymous seller; no details at all is a
    # company not set up yet, which the first start and the settings may leave so.
    given = [n for n in checks if n != "name" and (out.get(n) or n in errors)]
    if not out.get("name") and "name" not in errors and given:
        errors["name"] = RequiredValue(
            "Give the company's name; it is the seller on every invoice.",
            code="company.name_required",
            field="name",
        )
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


# --- Invoicing settings ------------------------------------------------------------------
# Kept in a record of their own rather than as more CompanyData fields: the company dialog
# builds CompanyData from one line edit per field, and these are not all text.


class PenaltyInterestMode(StrEnum):
    """How the penalty interest (viivästyskorko) of an invoice is set."""

    STATUTORY = "statutory"  # korkolaki 4 § / 4 a §: reference rate + 7 (+ 8 between firms)
    FIXED = "fixed"  # an agreed fixed rate, ``InvoiceSettings.penalty_interest_fixed``


@dataclass(frozen=True)
class InvoiceSettings:
    """The own company's invoicing settings.

    Attributes:
        vat_registered: False for a sole trader under the VAT threshold: invoices then
            carry no VAT and print "Ei alv-rekisterissä".
        logo_path: A PNG or JPEG printed in the invoice header; empty for none.
        next_invoice_number: The number the next finalised invoice gets.
        payment_term_days: Default payment term (the customer's own term wins).
        notice_period_days: Notice period (huomautusaika) printed on invoices.
        penalty_interest_mode: Statutory or fixed penalty interest.
        penalty_interest_fixed: The fixed rate in percent, used in ``FIXED`` mode.
        reminder_fee: Fee of a payment reminder (capped at 5 € for consumers).
        other_accounts: Bank accounts besides the own company's IBAN (which the barcode
            and QR code carry), each "IBAN" or "IBAN BIC", printed with the payment details.
        einvoice_address: The own e-invoice address; empty for the OVT code of the
            Y-tunnus.
        einvoice_operator: The operator (or bank) that sends the own e-invoices: Finvoice
            names it as the sender's intermediator. Empty when none is agreed.
        prepayment_registered: The company is in the prepayment register
            (ennakkoperintärekisteri); invoices with household work state it.
    """

    vat_registered: bool = True
    logo_path: str = ""
    next_invoice_number: int = 1000
    payment_term_days: int = 14
    notice_period_days: int = 7
    penalty_interest_mode: PenaltyInterestMode = PenaltyInterestMode.STATUTORY
    penalty_interest_fixed: Decimal | None = None
    reminder_fee: Decimal = Decimal("5.00")
    other_accounts: tuple[str, ...] = ()
    einvoice_address: str = ""
    einvoice_operator: str = ""
    prepayment_registered: bool = False


SETTINGS_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(InvoiceSettings))
MAX_INVOICE_NUMBER = 10**12 - 1
MAX_OTHER_ACCOUNTS = 3  # with the primary account they still fit on one printed line


def _range_error(name: str, low: object, high: object) -> InvalidFormat:
    return InvalidFormat(
        "Give a value from {low} to {high}.", code=f"{name}.range", low=low, high=high, field=name
    )


def split_account(text: str) -> tuple[str, str]:
    """Split "IBAN [BIC]" as typed into the IBAN and the BIC (empty when not given).

    The BIC is the last word when it has 8 or 11 characters and starts with six letters
    (bank and country); an IBAN written in groups of four never ends with such a word.

    >>> split_account("FI21 1234 5600 0007 85 NDEAFIHH")
    ('FI21 1234 5600 0007 85', 'NDEAFIHH')
    """
    words = text.split()
    if len(words) > 1 and len(words[-1]) in (8, 11) and words[-1][:6].isalpha():
        return " ".join(words[:-1]), words[-1]
    return " ".join(words), ""


def normalize_accounts(entries: Iterable[str]) -> tuple[str, ...]:
    """Validate further bank accounts and return each as compact "IBAN BIC" (or "IBAN").

    Empty entries are dropped.

    Raises:
        ValidationError: The first bad IBAN or BIC, as :func:`identifiers.normalize_iban`
            and :func:`identifiers.normalize_bic`; more than :data:`MAX_OTHER_ACCOUNTS`
            accounts (``other_accounts.too_many``).
    """
    out: list[str] = []
    for entry in entries:
        if not entry.strip():
            continue
        iban, bic = split_account(entry)
        account = identifiers.normalize_iban(iban)
        if bic:
            account = f"{account} {identifiers.normalize_bic(bic)}"
        out.append(account)
    if len(out) > MAX_OTHER_ACCOUNTS:
        raise InvalidFormat(
            "Give at most {limit} other accounts; the invoice has no room for more.",
            code="other_accounts.too_many",
            limit=MAX_OTHER_ACCOUNTS,
        )
    return tuple(out)


def parse_accounts(text: str) -> tuple[str, ...]:
    """Split accounts given one a line or separated by ";" (not validated)."""
    return tuple(p.strip() for p in re.split(r"[;\n]", text) if p.strip())


def validate_settings(data: InvoiceSettings) -> InvoiceSettings:
    """Return the settings normalised, or raise FieldErrors naming every bad field."""
    errors: dict[str, ValidationError] = {}
    if not 1 <= data.next_invoice_number <= MAX_INVOICE_NUMBER:
        errors["next_invoice_number"] = _range_error("next_invoice_number", 1, MAX_INVOICE_NUMBER)
    if not 0 <= data.payment_term_days <= 365:
        errors["payment_term_days"] = _range_error("payment_term_days", 0, 365)
    if not 0 <= data.notice_period_days <= 365:
        errors["notice_period_days"] = _range_error("notice_period_days", 0, 365)
    fixed = data.penalty_interest_fixed
    if fixed is not None and not (0 <= fixed <= 100 and fixed == fixed.quantize(Decimal("0.01"))):
        errors["penalty_interest_fixed"] = _range_error("penalty_interest_fixed", 0, 100)
    if data.penalty_interest_mode is PenaltyInterestMode.FIXED and fixed is None:
        errors["penalty_interest_fixed"] = RequiredValue(
            "Give the fixed penalty interest rate.",
            code="penalty_interest_fixed.required",
            field="penalty_interest_fixed",
        )
    fee = data.reminder_fee
    if not (0 <= fee <= 1000 and fee == fee.quantize(Decimal("0.01"))):
        errors["reminder_fee"] = _range_error("reminder_fee", 0, 1000)
    logo = data.logo_path.strip()
    if logo and not logo.lower().endswith((".png", ".jpg", ".jpeg")):
        errors["logo_path"] = InvalidFormat(
            "The logo must be a PNG or JPEG file.", code="logo_path.format", field="logo_path"
        )
    accounts: tuple[str, ...] = ()
    try:
        accounts = normalize_accounts(data.other_accounts)
    except ValidationError as exc:
        errors["other_accounts"] = exc.with_field("other_accounts")
    routing = _einvoice_routing(data, errors)
    if errors:
        raise FieldErrors(errors)
    return replace(
        data,
        einvoice_address=routing["einvoice_address"],
        einvoice_operator=routing["einvoice_operator"],
        logo_path=logo,
        other_accounts=accounts,
        penalty_interest_fixed=None if fixed is None else fixed.quantize(Decimal("0.01")),
        reminder_fee=fee.quantize(Decimal("0.01")),
    )


def _einvoice_routing(data: InvoiceSettings, errors: dict[str, ValidationError]) -> dict[str, str]:
    """The own e-invoice address and operator, compact; their errors into ``errors``."""
    checks: dict[str, Callable[[str], str]] = {
        "einvoice_address": identifiers.normalize_einvoice_address,
        "einvoice_operator": normalize_operator_code,
    }
    out: dict[str, str] = {}
    for name, check in checks.items():
        value = getattr(data, name).strip()
        try:
            out[name] = check(value) if value else ""
        except ValidationError as exc:
            errors[name] = exc.with_field(name)
    return out


def _parse_settings_value(name: str, text: str) -> Any:
    from asiakasrekisteri.domain.text_values import parse_bool, parse_decimal, parse_int

    if name in ("vat_registered", "prepayment_registered"):
        return parse_bool(text)
    if name in ("next_invoice_number", "payment_term_days", "notice_period_days"):
        value = parse_int(text)
        if value is None:
            raise RequiredValue("Give a whole number.", code="int.required")
        return value
    if name == "penalty_interest_mode":
        try:
            return PenaltyInterestMode(text.strip().lower())
        except ValueError:
            raise InvalidFormat(
                "“{value}” is not one of: statutory, fixed.", code="choice.format", value=text
            ) from None
    if name == "penalty_interest_fixed":
        return parse_decimal(text)
    if name == "reminder_fee":
        return parse_decimal(text) or Decimal("0.00")
    if name == "other_accounts":
        return parse_accounts(text)
    return text


def apply_settings_values(data: InvoiceSettings, values: Mapping[str, str]) -> InvoiceSettings:
    """Apply ``key=value`` texts (CLI syntax) to the settings; unknown keys are refused."""
    errors: dict[str, ValidationError] = {}
    changes: dict[str, Any] = {}
    for key, text in values.items():
        if key not in SETTINGS_FIELD_NAMES:
            errors[key] = InvalidFormat("Unknown field “{key}”.", code="field.unknown", key=key)
            continue
        try:
            changes[key] = _parse_settings_value(key, text)
        except ValidationError as exc:
            errors[key] = exc.with_field(key)
    if errors:
        raise FieldErrors(errors)
    if changes.get("penalty_interest_fixed") is not None and "penalty_interest_mode" not in changes:
        changes["penalty_interest_mode"] = PenaltyInterestMode.FIXED
    return replace(data, **changes)
