"""Text values as a person types them (CLI arguments, spreadsheet cells) read into a card.

Yes/no, numbers with a decimal comma or point, enum words in Finnish, Swedish or English,
and ``key=value`` pairs applied to a customer record before it is validated.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Any

from asiakasrekisteri.domain.customer import CUSTOMER_FIELD_NAMES, CustomerData
from asiakasrekisteri.domain.enums import (
    CustomerStatus,
    CustomerType,
    InvoiceDelivery,
    InvoiceLanguage,
    VatTreatment,
)
from asiakasrekisteri.domain.errors import (
    FieldErrors,
    InvalidFormat,
    RequiredValue,
    ValidationError,
)

_TRUE = {"1", "true", "yes", "y", "on", "kyllä", "k", "ja", "x"}
_FALSE = {"0", "false", "no", "n", "off", "ei", "e", "nej", ""}


def parse_bool(value: str) -> bool:
    """Read a yes/no in English, Finnish or Swedish."""
    key = value.strip().casefold()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise InvalidFormat("Expected yes or no, got “{value}”.", code="bool.format", value=value)


def parse_decimal(value: str) -> Decimal | None:
    """Read a number written with a decimal comma or point; empty means None."""
    text = value.strip().replace("\u00a0", "").replace(" ", "").replace("%", "")
    text = text.replace("€", "").replace(",", ".")
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        number = None
    # Decimal also reads "NaN" and "Infinity", which no field can hold and which made the
    # range checks after it raise decimal.InvalidOperation / OverflowError instead.
    if number is None or not number.is_finite():
        raise InvalidFormat("“{value}” is not a number.", code="number.format", value=value)
    return number


def parse_int(value: str) -> int | None:
    """Read a whole number; empty means None."""
    number = parse_decimal(value)
    if number is None:
        return None
    # No field counts past 18 digits, and int(Decimal("1e10000000")) would spend minutes
    # writing out ten million of them.
    if number.adjusted() > 17:
        raise InvalidFormat("“{value}” is too large a number.", code="int.range", value=value)
    if number != number.to_integral_value():
        raise InvalidFormat("“{value}” is not a whole number.", code="int.format", value=value)
    return int(number)


def _enum_parser(enum_type: type[Any]) -> Callable[[str], Any]:
    def parse(value: str) -> Any:
        key = value.strip().lower()
        try:
            return enum_type(key)
        except ValueError:
            allowed = ", ".join(str(m.value) for m in enum_type)
            raise InvalidFormat(
                "“{value}” is not one of: {allowed}.",
                code="choice.format",
                value=value,
                allowed=allowed,
            ) from None

    return parse


# Text field name (CLI / JSON key) → how a text value becomes the record's value.
FIELD_PARSERS: dict[str, Callable[[str], Any]] = {
    "customer_type": _enum_parser(CustomerType),
    "invoice_language": _enum_parser(InvoiceLanguage),
    "invoice_delivery": _enum_parser(InvoiceDelivery),
    "vat_treatment": _enum_parser(VatTreatment),
    "status": _enum_parser(CustomerStatus),
    "use_rf_reference": parse_bool,
    "delivery_ban": parse_bool,
    "collection_ban": parse_bool,
    "active": parse_bool,
    "einvoice_address_unchecked": parse_bool,
    "status_manual": parse_bool,
    "discount_percent": lambda v: parse_decimal(v) or Decimal("0.00"),
    "credit_limit": parse_decimal,
    "penalty_interest": parse_decimal,
    "payment_term_days": parse_int,
}

# Public names (CLI, JSON) that differ from the record's field names.
FIELD_ALIASES: dict[str, str] = {
    "type": "customer_type",
    "customer_group": "group",
    "number": "customer_number",
}

_TYPE_WORDS = {
    "company": CustomerType.COMPANY,
    "yritys": CustomerType.COMPANY,
    "private": CustomerType.PRIVATE,
    "yksityinen": CustomerType.PRIVATE,
}


def apply_text_values(data: CustomerData, values: Mapping[str, str]) -> CustomerData:
    """Apply ``key=value`` texts (CLI syntax) to a record, before validation.

    Raises:
        FieldErrors: For unknown keys and values that cannot be read.
    """
    errors: dict[str, ValidationError] = {}
    changes: dict[str, Any] = {}
    custom = dict(data.custom_fields)
    for raw_key, value in values.items():
        key = FIELD_ALIASES.get(raw_key, raw_key)
        if key.startswith("custom:"):
            custom[key.removeprefix("custom:")] = value
            continue
        if key == "customer_type" and value.strip().casefold() in _TYPE_WORDS:
            changes[key] = _TYPE_WORDS[value.strip().casefold()]
            continue
        if key not in CUSTOMER_FIELD_NAMES or key == "custom_fields":
            errors[raw_key] = InvalidFormat(
                "Unknown field “{key}”.", code="field.unknown", key=raw_key, field=raw_key
            )
            continue
        parser = FIELD_PARSERS.get(key)
        if parser is None:
            changes[key] = value
            continue
        if parser is parse_bool and not value.strip():
            # An empty cell reads as "no" in a spreadsheet; typed, "active=" is a slip.
            errors[raw_key] = RequiredValue("Give yes or no.", code="bool.required", field=raw_key)
            continue
        try:
            changes[key] = parser(value)
        except ValidationError as exc:
            errors[raw_key] = exc.with_field(raw_key)
    if errors:
        raise FieldErrors(errors)
    return replace(data, custom_fields=custom, **changes)
