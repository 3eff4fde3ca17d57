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
    """How VAT applies to a customer's invoices (arvonlisäverolaki, AVL)."""

    DOMESTIC = "domestic"
    EU_BUSINESS = "eu_business"  # goods: intra-Community supply, services: reverse charge
    OUTSIDE_EU = "outside_eu"
    CONSTRUCTION_REVERSE_CHARGE = "construction_reverse_charge"  # AVL 8 c §
    NO_VAT = "no_vat"
    ALWAYS_DOMESTIC = "always_domestic"


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
