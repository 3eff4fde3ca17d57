"""Validation and normalisation of the identifiers typed into a customer card.

Every ``normalize_*`` function returns the value in the one form the program stores
and raises a :class:`~asiakasrekisteri.domain.errors.ValidationError` subclass with a
stable ``code`` and an English message template when the value breaks a rule. The
number rules come from python-stdnum and phonenumbers. One module per kind:

* :mod:`.business` – Y-tunnus and VAT numbers;
* :mod:`.bank` – IBAN and BIC;
* :mod:`.einvoice` – e-invoice addresses (OVT code or IBAN);
* :mod:`.contact` – e-mail, phone and web addresses;
* :mod:`.postal_code` – postal codes by country;
* :mod:`.customer_number` – customer numbers and the next free one.

>>> normalize_business_id("0737474 2")
'0737474-2'
"""

from __future__ import annotations

from asiakasrekisteri.domain.identifiers.bank import format_iban, normalize_bic, normalize_iban
from asiakasrekisteri.domain.identifiers.business import (
    is_valid_business_id,
    normalize_business_id,
    normalize_vat_id,
    vat_id_from_business_id,
)
from asiakasrekisteri.domain.identifiers.contact import (
    normalize_email,
    normalize_emails,
    normalize_phone,
    normalize_website,
)
from asiakasrekisteri.domain.identifiers.customer_number import (
    normalize_customer_number,
    suggest_customer_number,
)
from asiakasrekisteri.domain.identifiers.einvoice import (
    OVT_PREFIX,
    normalize_einvoice_address,
    ovt_from_business_id,
)
from asiakasrekisteri.domain.identifiers.postal_code import normalize_postal_code

__all__ = [
    "OVT_PREFIX",
    "format_iban",
    "is_valid_business_id",
    "normalize_bic",
    "normalize_business_id",
    "normalize_customer_number",
    "normalize_einvoice_address",
    "normalize_email",
    "normalize_emails",
    "normalize_iban",
    "normalize_phone",
    "normalize_postal_code",
    "normalize_vat_id",
    "normalize_website",
    "ovt_from_business_id",
    "suggest_customer_number",
    "vat_id_from_business_id",
]
