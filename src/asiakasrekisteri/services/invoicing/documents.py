"""The documents sent to customers: invoice and statement PDFs, Finvoice e-invoices.

Rendering lives in :mod:`.pdf` and :mod:`.finvoice`; they are imported on the first
document, not at start-up, because reportlab and lxml take ~0.1 s to load.
"""

from __future__ import annotations

from datetime import date

from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.services.invoicing.dunning import statement
from asiakasrekisteri.services.invoicing.queries import get
from asiakasrekisteri.services.invoicing.settings import load_settings
from asiakasrekisteri.storage.db import Database


def invoice_pdf(db: Database, invoice_id: int) -> bytes:
    from asiakasrekisteri.services.invoicing.pdf import render_invoice

    record = get(db, invoice_id)
    return render_invoice(record, logo_path=load_settings(db).logo_path)


def statement_pdf(db: Database, customer_id: int, day: date) -> bytes:
    from asiakasrekisteri.services.invoicing.pdf_letters import render_statement

    return render_statement(statement(db, customer_id, day), logo_path=load_settings(db).logo_path)


def finvoice_xml(db: Database, invoice_id: int) -> bytes:
    from asiakasrekisteri.services.invoicing.finvoice import build_finvoice

    record = get(db, invoice_id)
    if record.is_draft:
        raise RuleViolation(
            "A draft cannot be sent as an e-invoice; finalise it first.",
            code="finvoice.draft",
        )
    return build_finvoice(record)
