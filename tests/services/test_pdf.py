"""Invoice PDFs: every mandatory content read back, barcode and QR code decoded from pixels."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from asiakasrekisteri.domain import barcode, epc_qr, reference
from asiakasrekisteri.domain.company import InvoiceSettings
from asiakasrekisteri.domain.enums import CustomerType, InvoiceLanguage, VatTreatment
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.invoicing import InvoicingService
from tests.services.test_invoicing import (
    SELLER,
    add_customer,
    make_invoice,
    row,
)

D = Decimal
NBSP = "\u00a0"


def pdf_text(data: bytes) -> list[str]:
    """Text of every page, with no-break spaces as plain spaces."""
    reader = PdfReader(io.BytesIO(data))
    return [(page.extract_text() or "").replace(NBSP, " ") for page in reader.pages]


def decode(data: bytes, tmp_path: Path, page: int = 1) -> dict[str, str]:
    """Render a page at 200 dpi with pdftoppm and decode its symbols with zxing-cpp."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-f", str(page), "-l", str(page), str(pdf),
         str(tmp_path / "page")],
        check=True,
    )  # fmt: skip
    [png] = sorted(tmp_path.glob("page*.png"))
    with Image.open(png) as image:
        results = zxingcpp.read_barcodes(image)
    png.unlink()
    names = {zxingcpp.BarcodeFormat.Code128: "Code128", zxingcpp.BarcodeFormat.QRCode: "QRCode"}
    return {names.get(r.format, str(r.format)): r.text for r in results}


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fi", ["LASKU", "Laskun numero", "Päiväys", "Eräpäivä", "Maksuehto", "14 pv netto",
                "Viitenumero", "Viivästyskorko", "Huomautusaika", "7 vrk", "Asiakasnumero",
                "Toimituspäivä", "Viitteenne", "ALV-erittely", "Maksettava yhteensä",
                "Saajan", "Mottagarens", "Maksajan nimi", "Viitenro", "TILISIIRTO. GIRERING",
                "BIC", "Virtuaaliviivakoodi", "Y-tunnus",
                "ALV-nro FI20774740"]),
        ("sv", ["FAKTURA", "Fakturanummer", "Förfallodag", "Referensnummer",
                "Dröjsmålsränta", "Momsspecifikation", "Att betala"]),
        ("en", ["INVOICE", "Invoice number", "Due date", "Reference", "Penalty interest",
                "VAT breakdown", "Total to pay"]),
    ],
)  # fmt: skip
def test_invoice_prints_every_mandatory_content(
    invoicing: InvoicingService,
    customers: CustomerService,
    tmp_path: Path,
    language: str,
    words: list[str],
) -> None:
    cid = add_customer(customers, invoice_language=InvoiceLanguage(language),
                       default_your_reference="Tilaus 42")  # fmt: skip
    invoice = make_invoice(
        invoicing, cid, row("Suunnittelu äöå €", "2.5", "80.00", "25.5", unit="h"),
        row("Kirja", "1", "20.00", "14", discount_percent=D("10")),
        your_reference="Tilaus 42",
    )  # fmt: skip
    data = invoicing.invoice_pdf(invoice.id)
    [text] = pdf_text(data)
    for word in words:
        assert word in text, word
    for value in ("Toiminimi Mäkelä", "Åkerikatu 5", "2077474-0", "Rakennus Virtanen Oy",
                  "Hämeenkatu 10", "33100 Tampere", "Suunnittelu äöå €", "FI21 1234 5600 0007 85",
                  "NDEAFIHH", str(invoice.number), "1 10000", "Tilaus 42",
                  invoice.virtual_barcode):  # fmt: skip
        assert value in text, value
    money = {"fi": "271,52 €", "sv": "271,52 €", "en": "€271.52"}[language]
    assert money in text
    assert ("25,5 %" if language != "en" else "25.5%") in text
    assert ("14 %" if language != "en" else "14%") in text
    codes = decode(data, tmp_path)
    assert codes["Code128"] == invoice.virtual_barcode
    assert codes["Code128"] == barcode.virtual_barcode(
        SELLER.iban, D("271.52"), "110000", date(2025, 3, 17)
    )
    assert codes["QRCode"] == epc_qr.epc_qr_payload(
        bic="NDEAFIHH", name="Toiminimi Mäkelä", iban=SELLER.iban, amount=D("271.52"),
        reference="110000", due_date=date(2025, 3, 17),
    )  # fmt: skip


def test_rf_reference_decodes(
    invoicing: InvoicingService, customers: CustomerService, tmp_path: Path
) -> None:
    cid = add_customer(customers, use_rf_reference=True)
    invoice = make_invoice(invoicing, cid)
    codes = decode(invoicing.invoice_pdf(invoice.id), tmp_path)
    assert codes["Code128"] == invoice.virtual_barcode and invoice.virtual_barcode[0] == "5"
    assert f"\n{invoice.reference}\n" in codes["QRCode"]


def test_continuation_pages_repeat_the_header(
    invoicing: InvoicingService, customers: CustomerService, tmp_path: Path
) -> None:
    cid = add_customer(customers)
    rows = [row(f"Rivi {i} – kuvaus, joka on niin pitkä että se rivittyy kahdelle riville "
                "taulukossa", "1", "10.00") for i in range(40)]  # fmt: skip
    invoice = make_invoice(invoicing, cid, *rows)
    data = invoicing.invoice_pdf(invoice.id)
    pages = pdf_text(data)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Sivu {number}/{len(pages)}" in text
        assert "LASKU" in text and "Toiminimi Mäkelä" in text and str(invoice.number) in text
    assert "Rivi 39" in pages[-1] + pages[-2] and "Maksettava yhteensä" in pages[-1]
    assert "Maksettava" not in pages[0]
    codes = decode(data, tmp_path, page=len(pages))
    assert codes["Code128"] == invoice.virtual_barcode


def test_vat_wording_and_buyer_vat_id(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    eu = add_customer(
        customers, name="Svensson AB", business_id="", country="SE", postal_code="11122",
        city="Stockholm", vat_id="SE556677889901", vat_treatment=VatTreatment.EU_BUSINESS,
        phone="", invoice_language=InvoiceLanguage.EN,
    )  # fmt: skip
    construction = add_customer(
        customers, name="Rakentaja Oy", vat_treatment=VatTreatment.CONSTRUCTION_REVERSE_CHARGE
    )
    [eu_text] = pdf_text(invoicing.invoice_pdf(make_invoice(invoicing, eu, row(goods=True)).id))
    assert "intra-Community supply" in eu_text and "SE556677889901" in eu_text
    [c_text] = pdf_text(invoicing.invoice_pdf(make_invoice(invoicing, construction).id))
    assert "Käännetty verovelvollisuus (AVL 8 c §)" in c_text
    assert "Ostajan Y-tunnus: 2077474-0" in c_text


def test_seller_outside_vat_register(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    invoicing.save_settings(InvoiceSettings(vat_registered=False))
    cid = add_customer(customers)
    [text] = pdf_text(invoicing.invoice_pdf(make_invoice(invoicing, cid).id))
    assert "Ei alv-rekisterissä" in text
    assert "ALV-nro" not in text
    assert "200,00 €" in text and "251,00" not in text


def test_credit_note(invoicing: InvoicingService, customers: CustomerService) -> None:
    cid = add_customer(customers)
    original = make_invoice(invoicing, cid)
    note = invoicing.credit(original.id, today=date(2025, 4, 1))
    [text] = pdf_text(invoicing.invoice_pdf(note.id))
    assert "HYVITYSLASKU" in text
    assert f"Hyvittää laskun {original.number}" in text
    assert "-251,00 €" in text
    assert "Virtuaaliviivakoodi" not in text


def test_reminder_pdf(
    invoicing: InvoicingService, customers: CustomerService, tmp_path: Path
) -> None:
    cid = add_customer(customers, name="Maija Meikäläinen", business_id="",
                       customer_type=CustomerType.PRIVATE)  # fmt: skip
    invoice = make_invoice(invoicing, cid, day=date(2025, 1, 1))
    reminder, data = invoicing.create_reminder(invoice.id, today=date(2025, 3, 1))
    [text] = pdf_text(data)
    assert "MAKSUMUISTUTUS" in text and "Muistutusmaksu" in text
    assert "3,25 €" in text and "5,00 €" in text and "259,25 €" in text
    expected = barcode.virtual_barcode(SELLER.iban, D("259.25"), invoice.reference,
                                       reminder.due_date)  # fmt: skip
    assert decode(data, tmp_path)["Code128"] == expected


def test_statement_pdf(
    invoicing: InvoicingService, customers: CustomerService, tmp_path: Path
) -> None:
    cid = add_customer(customers)
    first = make_invoice(invoicing, cid, day=date(2025, 1, 1))
    second = make_invoice(invoicing, cid, day=date(2025, 2, 20))
    invoicing.record_payment(first.id, D("51.00"), date(2025, 1, 10))
    statement = invoicing.statement(cid, today=date(2025, 3, 1))
    assert [line.number for line in statement.lines] == [first.number, second.number]
    assert statement.total_open == D("200.00") + D("251.00")
    assert statement.total == statement.total_open + statement.total_interest
    assert statement.reference == "210010"  # kind digit 2, customer number 1001, 7-3-1
    data = invoicing.statement_pdf(cid, today=date(2025, 3, 1))
    [text] = pdf_text(data)
    assert "TILIOTE" in text and reference.format(statement.reference) in text
    assert reference.format(first.reference) in text and reference.format(second.reference) in text
    codes = decode(data, tmp_path)
    assert codes["Code128"] == statement.virtual_barcode
    assert "EUR" in codes["QRCode"] and "\n210010\n" in codes["QRCode"]


def test_font_is_embedded(invoicing: InvoicingService, customers: CustomerService) -> None:
    cid = add_customer(customers)
    data = invoicing.invoice_pdf(make_invoice(invoicing, cid).id)
    reader = PdfReader(io.BytesIO(data))
    resources: Any = reader.pages[0]["/Resources"]
    fonts = resources["/Font"]
    names = {str(ref.get_object()["/BaseFont"]) for ref in fonts.values()}
    assert all("DejaVuSans" in name for name in names), names  # subset, e.g. /AAAAAA+DejaVuSans
    assert data.count(b"/FontFile2") == len(names)  # embedded TrueType programs


def test_every_bank_account_is_printed(
    invoicing: InvoicingService, customers: CustomerService, tmp_path: Path
) -> None:
    invoicing.save_settings(
        InvoiceSettings(other_accounts=("FI5810171000000122 OKOYFIHH", "DE89370400440532013000"))
    )
    cid = add_customer(customers)
    invoice = make_invoice(invoicing, cid, day=date(2025, 1, 1))
    [text] = pdf_text(invoicing.invoice_pdf(invoice.id))
    for value in ("FI21 1234 5600 0007 85", "NDEAFIHH", "FI58 1017 1000 0001 22", "OKOYFIHH",
                  "DE89 3704 0044 0532 0130 00"):  # fmt: skip
        assert value in text, value
    _, reminder = invoicing.create_reminder(invoice.id, today=date(2025, 3, 1))
    [text] = pdf_text(reminder)
    assert "FI58 1017 1000 0001 22" in text and "FI21 1234 5600 0007 85" in text
    [text] = pdf_text(invoicing.statement_pdf(cid, today=date(2025, 3, 1)))
    assert "FI58 1017 1000 0001 22" in text and "FI21 1234 5600 0007 85" in text
    # The barcode and the QR code still carry the primary account.
    codes = decode(invoicing.invoice_pdf(invoice.id), tmp_path)
    assert codes["Code128"] == invoice.virtual_barcode
    assert "FI2112345600000785" in codes["QRCode"]
