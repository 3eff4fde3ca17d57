"""Every PDF the program writes says what it is: title, author (the seller or controller),
subject and language, read back with pypdf."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from asiakasrekisteri.domain.enums import CustomerType, InvoiceLanguage
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.invoicing import InvoicingService
from tests.services.test_invoicing import add_customer, make_invoice

SELLER = "Toiminimi Mäkelä"


def _meta(data: bytes) -> dict[str, Any]:
    reader = PdfReader(io.BytesIO(data))
    catalog: Any = reader.trailer["/Root"]
    info = reader.metadata
    assert info is not None
    return {
        "title": info.title,
        "author": info.author,
        "subject": info.subject,
        "lang": str(catalog.get("/Lang")),
    }


@pytest.mark.parametrize(
    ("language", "lang", "invoice", "credit", "reminder", "statement"),
    [
        ("fi", "fi-FI", "Lasku {n}", "Hyvityslasku {n}", "Maksumuistutus, lasku {n}",
         "Tiliote 1.3.2025"),
        ("sv", "sv-FI", "Faktura {n}", "Kreditfaktura {n}", "Betalningspåminnelse, faktura {n}",
         "Kontoutdrag 1.3.2025"),
        ("en", "en", "Invoice {n}", "Credit note {n}", "Payment reminder, invoice {n}",
         "Statement of account 2025-03-01"),
    ],
)  # fmt: skip
def test_every_invoicing_document_has_its_metadata(
    invoicing: InvoicingService, customers: CustomerService, language: str, lang: str,
    invoice: str, credit: str, reminder: str, statement: str,
) -> None:  # fmt: skip
    cid = add_customer(customers, name="Maija Meikäläinen", business_id="",
                       customer_type=CustomerType.PRIVATE,
                       invoice_language=InvoiceLanguage(language))  # fmt: skip
    original = make_invoice(invoicing, cid, day=date(2025, 1, 1))
    meta = _meta(invoicing.invoice_pdf(original.id))
    assert meta["title"] == invoice.format(n=original.number)
    assert meta["author"] == SELLER and meta["lang"] == lang
    assert "Maija Meikäläinen" in meta["subject"]
    _reminder, data = invoicing.create_reminder(original.id, today=date(2025, 3, 1))
    meta = _meta(data)
    assert meta["title"] == reminder.format(n=original.number)
    assert meta["author"] == SELLER and meta["lang"] == lang
    assert "Maija Meikäläinen" in meta["subject"]
    meta = _meta(invoicing.statement_pdf(cid, today=date(2025, 3, 1)))
    assert meta["title"] == statement
    assert meta["author"] == SELLER and meta["lang"] == lang
    assert "Maija Meikäläinen" in meta["subject"]
    note = invoicing.credit(original.id, today=date(2025, 3, 2))
    meta = _meta(invoicing.invoice_pdf(note.id))
    assert meta["title"] == credit.format(n=note.number)
    assert meta["author"] == SELLER and meta["lang"] == lang
    subjects = {_meta(invoicing.invoice_pdf(i))["subject"] for i in (original.id, note.id)}
    assert len(subjects) == 2  # an invoice and a credit note say which they are
    draft = make_invoice(invoicing, cid, finalise=False)
    meta = _meta(invoicing.invoice_pdf(draft.id))
    assert meta["title"] == {"fi": "Laskuluonnos", "sv": "Fakturautkast",
                             "en": "Draft invoice"}[language]  # fmt: skip
    assert meta["author"] == SELLER and meta["lang"] == lang


def test_privacy_documents_have_their_metadata(
    services: Services, invoicing: InvoicingService, customers: CustomerService, tmp_path: Path
) -> None:
    cid = add_customer(customers)
    target = services.privacy.export_zip(cid, tmp_path / "export.zip")
    with zipfile.ZipFile(target) as zf:
        meta = _meta(zf.read("report.pdf"))
    assert meta["title"].startswith("Tiedot asiakkaasta: Rakennus Virtanen Oy")
    assert meta["author"] == SELLER and meta["lang"] == "fi-FI"
    assert "tietosuoja-asetuksen 15 artikla" in meta["subject"]
    notice = services.privacy.privacy_notice_pdf(tmp_path / "seloste.pdf")
    meta = _meta(notice.read_bytes())
    assert meta["title"] == f"Tietosuojaseloste (luonnos) – {SELLER}"
    assert meta["author"] == SELLER and meta["lang"] == "fi-FI"
    assert "tietosuojaseloste" in meta["subject"]
