"""E-invoice operators (intermediators) and banks that route Finvoice messages.

A Finvoice message names the receiver's operator next to the receiver's address
(``ToIntermediator``). Operators identify themselves with an OVT code or a short name,
banks with their BIC. :data:`DEFAULT_OPERATORS` is only seed data: the program copies
it into the database, where the user can correct and extend it, because operators
merge and change codes (list as of 2024).

>>> normalize_operator_code(" ndeafihh ")
'NDEAFIHH'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from asiakasrekisteri.domain.errors import InvalidFormat, RequiredValue

__all__ = [
    "DEFAULT_OPERATORS",
    "EInvoiceOperator",
    "normalize_operator_code",
]


@dataclass(frozen=True)
class EInvoiceOperator:
    """An e-invoice operator or bank that receives e-invoices for its customers.

    Attributes:
        code: Intermediator ID used in Finvoice ``ToIntermediator``: an OVT code,
            a short name such as ``"PAGERO"`` or a bank's BIC.
        name: Human-readable name shown in the operator picker.
    """

    code: str
    name: str


DEFAULT_OPERATORS: Final[tuple[EInvoiceOperator, ...]] = (
    # Operators
    EInvoiceOperator("003723327487", "Apix Messaging"),
    EInvoiceOperator("003721291126", "Maventa (Visma)"),
    EInvoiceOperator("BAWCFI22", "Basware"),
    EInvoiceOperator("003703575029", "CGI / Telia"),
    EInvoiceOperator("E204503", "OpusCapita Solutions"),
    EInvoiceOperator("003710948874", "Posti Messaging"),
    EInvoiceOperator("003723609900", "Pagero"),
    # Pagero is reachable under both IDs; senders' software may offer either.
    EInvoiceOperator("PAGERO", "Pagero"),
    EInvoiceOperator("003708599126", "Opentext"),
    EInvoiceOperator("003701011385", "Tieto (EVRY)"),
    EInvoiceOperator("003714377140", "Ropo Capital"),
    EInvoiceOperator("003701150617", "PostNord Strålfors"),
    EInvoiceOperator("003726044706", "Netbox"),
    EInvoiceOperator("INEXCHANGE", "InExchange"),
    EInvoiceOperator("CREDIFLOW", "Crediflow"),
    EInvoiceOperator("885060259470028", "Tradeshift"),
    # Banks, identified by BIC
    EInvoiceOperator("NDEAFIHH", "Nordea"),
    EInvoiceOperator("OKOYFIHH", "OP"),
    EInvoiceOperator("DABAFIHH", "Danske Bank"),
    EInvoiceOperator("HELSFIHH", "Aktia"),
    EInvoiceOperator("HANDFIHH", "Handelsbanken"),
    EInvoiceOperator("SBANFIHH", "S-Pankki"),
    EInvoiceOperator("ITELFIHH", "Säästöpankit / Oma Säästöpankki"),
    EInvoiceOperator("POPFFI22", "POP Pankit"),
    EInvoiceOperator("AABAFI22", "Ålandsbanken"),
    EInvoiceOperator("DNBAFIHX", "DNB"),
)
"""Seed list of operators and banks; store it as editable data, do not treat it as final."""

# Up to 35 characters like Finvoice's other routing identifiers (BuyerOrganisationUnitNumber
# is 0–35 characters); at least 4 so stray fragments are not accepted.
_OPERATOR_CODE = re.compile(r"[A-Z0-9]{4,35}")


def normalize_operator_code(value: str) -> str:
    """Validate an operator (intermediator) ID and return it trimmed and upper-case.

    Args:
        value: E.g. ``"003723327487"``, ``"pagero"``, ``"NDEAFIHH"``.

    Returns:
        The code, e.g. ``"PAGERO"``.

    Raises:
        RequiredValue: The value is empty (``operator_code.required``).
        InvalidFormat: Not 4–35 letters or digits (``operator_code.format``).
    """
    text = value.strip().upper()
    if not text:
        raise RequiredValue("Enter the operator code.", code="operator_code.required")
    if _OPERATOR_CODE.fullmatch(text) is None:
        raise InvalidFormat(
            "“{value}” is not a valid operator code. An operator code has 4–35 letters "
            "or digits, for example 003723327487 or NDEAFIHH.",
            code="operator_code.format",
            value=value.strip(),
        )
    return text
