"""Invoice PDFs: 1,000 invoices rendered beside a bare reportlab page.

Creates one finalised invoice (three rows) in a temporary register, then in this one
process renders N invoice PDFs (default 1,000; each with its own number, reference and
barcode) with ``services.invoicing.pdf.render_invoice`` and, as the floor, N bare
reportlab pages that draw the same text lines in the same embedded font and the same
Code 128 barcode with reportlab's own widget, with no layout logic, no QR code, no
giro form and no pagination.

Budget: ≤ 2.5× the bare page, both measured in this run (interleaved, so a busy
machine slows both alike). The milliseconds are printed for the record.

    python -m benchmarks.invoice_pdf [--count 1000]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from asiakasrekisteri.domain import barcode, reference
from asiakasrekisteri.domain.company import CompanyData
from asiakasrekisteri.domain.customer import CustomerData
from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRecord, InvoiceRowData
from asiakasrekisteri.services.container import open_services
from asiakasrekisteri.services.invoicing.pdf import render_invoice
from asiakasrekisteri.services.invoicing.pdf_canvas import register_font
from asiakasrekisteri.services.invoicing.pdf_giro import BAR_HEIGHT, BAR_MODULE

BUDGET_RATIO = 2.5


def _sample_invoice(folder: Path) -> InvoiceRecord:
    services = open_services(folder / "bench.sqlite3")
    try:
        services.company.save(
            CompanyData(
                name="Toiminimi Mäkelä", business_id="2077474-0", vat_id="FI20774740",
                street="Åkerikatu 5", postal_code="00100", city="Helsinki",
                iban="FI21 1234 5600 0007 85", bic="NDEAFIHH", email="mari@makela.fi",
            )
        )  # fmt: skip
        customer = services.customers.create(
            CustomerData(name="Rakennus Virtanen Oy", street="Hämeenkatu 10",
                         postal_code="33100", city="Tampere", business_id="2077474-0")
        )  # fmt: skip
        rows = (
            InvoiceRowData("Suunnittelu ja konsultointi", Decimal("7.5"), Decimal("85.00"),
                           Decimal("25.5"), "h"),
            InvoiceRowData("Kirja: Yrittäjän käsikirja", Decimal(2), Decimal("39.90"),
                           Decimal("14"), "kpl"),
            InvoiceRowData("Matkakulut", Decimal(1), Decimal("48.00"), Decimal("25.5"), "erä"),
        )  # fmt: skip
        draft = InvoiceDraft(customer_id=customer.id, rows=rows, invoice_date=date(2025, 3, 3))
        return services.invoicing.create_invoice(draft, today=date(2025, 3, 3))
    finally:
        services.close()


def _variant(invoice: InvoiceRecord, number: int) -> InvoiceRecord:
    ref = reference.create(str(number))
    code = barcode.virtual_barcode(invoice.seller.iban, invoice.total, ref, invoice.due_date)
    return replace(invoice, number=number, reference=ref, virtual_barcode=code)


def _lines(pdf: bytes) -> list[str]:
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text() or ""
    return [line for line in text.splitlines() if line.strip()]


def _bare_page(lines: list[str], code: str) -> bytes:
    """The floor: the same text lines and the same barcode on one canvas page."""
    font = register_font()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=font)
    canvas.setFont(font, 9)
    y = A4[1] - 40
    for line in lines:
        canvas.drawString(56, y, line)
        y -= 11
    Code128(code, barWidth=BAR_MODULE, barHeight=BAR_HEIGHT, quiet=True).drawOn(canvas, 40, 60)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        sample = _sample_invoice(Path(tmp))
    variants = [_variant(sample, 100_000 + i) for i in range(args.count)]
    render_invoice(variants[0])  # warm up: font registration, imports
    lines = _lines(render_invoice(variants[0]))

    # Interleaved, so that a busy machine slows both sides alike.
    invoice_times: list[float] = []
    bare_times: list[float] = []
    size = 0
    for variant in variants:
        start = time.perf_counter()
        size += len(render_invoice(variant))
        invoice_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        _bare_page(lines, variant.virtual_barcode)
        bare_times.append(time.perf_counter() - start)

    invoice_ms = statistics.mean(invoice_times) * 1000
    bare_ms = statistics.mean(bare_times) * 1000
    p95 = statistics.quantiles(invoice_times, n=20)[-1] * 1000
    ratio = invoice_ms / bare_ms
    print(f"invoices:        {args.count}  ({size / args.count / 1024:.1f} KiB per PDF)")
    print(f"invoice PDF:     {invoice_ms:6.2f} ms per invoice (p95 {p95:.2f} ms)")
    print(f"bare page:       {bare_ms:6.2f} ms per page (same text lines, same barcode)")
    ok = ratio <= BUDGET_RATIO
    print(
        f"ratio:           {ratio:6.2f}x (budget ≤ {BUDGET_RATIO}x: {'OK' if ok else 'EXCEEDED'})"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
