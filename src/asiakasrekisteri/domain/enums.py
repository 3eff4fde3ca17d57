"""Enumerations shared by the domain, storage and UI.

Values are stable strings: they are stored in the database and written by the CLI.
"""

from __future__ import annotations

from enum import StrEnum


class CustomerType(StrEnum):
    COMPANY = "company"
    PRIVATE = "private"


class CustomerStatus(StrEnum):
    """Relationship stage (Netvisor): updated from sales, can be set by hand."""

    SUSPECT = "suspect"  # nothing yet
    PROSPECT = "prospect"  # offers made
    TRIAL = "trial"  # one invoice
    REGULAR = "regular"  # several invoices


class VatTreatment(StrEnum):
    """How VAT applies to an invoice (arvonlisäverolaki, AVL); a customer's is the default.

    Whether a row is goods or services and whether it is exempt is the row's own matter
    (``InvoiceRowData.goods``, ``InvoiceRowData.vat_exemption``).
    """

    DOMESTIC = "domestic"
    EU_BUSINESS = "eu_business"  # goods: intra-Community supply, services: reverse charge
    OUTSIDE_EU = "outside_eu"  # goods: export (AVL 70 §), services: sold abroad (AVL 65 §)
    CONSTRUCTION_REVERSE_CHARGE = "construction_reverse_charge"  # AVL 8 c §
    # Only on invoices issued before VAT registration became the seller's setting: a
    # customer or a new invoice cannot take it, so a VAT-registered seller never invoices
    # 0 % by a flag. A seller outside the VAT register gets it on every invoice instead.
    NO_VAT = "no_vat"
    ALWAYS_DOMESTIC = "always_domestic"


# The treatments a customer or a new invoice may take.
CHOOSABLE_TREATMENTS: tuple[VatTreatment, ...] = tuple(
    t for t in VatTreatment if t is not VatTreatment.NO_VAT
)


class VatExemption(StrEnum):
    """Why a domestic sale carries no VAT by law; set per product or invoice row.

    Exempt sales are not zero-rated: the invoice names the provision (AVL 209 e §).
    """

    HEALTHCARE = "healthcare"  # AVL 34 §
    SOCIAL_WELFARE = "social_welfare"  # AVL 37 §
    EDUCATION = "education"  # AVL 39 §
    FINANCIAL = "financial"  # AVL 41 §
    INSURANCE = "insurance"  # AVL 44 §


class InvoiceLanguage(StrEnum):
    FI = "fi"
    SV = "sv"
    EN = "en"


class NoteKind(StrEnum):
    NOTE = "note"
    CALL = "call"
    MEETING = "meeting"
    TASK = "task"


class InvoiceDelivery(StrEnum):
    """How a customer gets invoices, reminders and statements (laskun lähetystapa).

    ``AUTO`` picks by what the card has: an e-invoice address, else an e-mail address,
    else paper; the other values are the user's own choice and win.
    """

    AUTO = "auto"
    EMAIL = "email"
    EMAIL_FINVOICE = "email_finvoice"  # e-mail with the Finvoice XML attached too
    PAPER = "paper"
    EINVOICE = "einvoice"
