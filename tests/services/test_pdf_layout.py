"""Adversarial documents: long names, words longer than their column, texts of many lines,
hundreds of rows, in every language. Nothing may overlap, leave the page, enter the QR
code's quiet zone or the barcode's area, or go missing; the symbols must still decode and
the subtotals carried between pages must add up."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from asiakasrekisteri.domain import epc_qr
from asiakasrekisteri.domain.enums import CustomerType, InvoiceLanguage
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.services.invoicing.pdf_labels import LABELS
from asiakasrekisteri.services.invoicing.pdf_layout import INFO_X
from tests.services.pdf_checks import (
    MM,
    decode_page,
    layout_problems,
    page_texts,
    region_text,
    zones,
)
from tests.services.test_invoicing import add_customer, make_invoice, row

D = Decimal
DAY = date(2025, 3, 3)
SELLER_NAME = "Mäkeläinen-Pitkäsalo Rakennus- ja Saneerauspalvelut Toiminimi"[:60]
BUYER_NAME = "Virtanen-Korhonen Kiinteistöhuolto ja Isännöintipalvelut Oy Ab"[:60]
LONG_WORD = ("Epäjärjestelmällistyttämättömyydellänsäkäänköhän" * 3)[:120]
ROWS = 300


def _text(kind: str) -> str:
    return "\n".join(f"{kind} {i}: ehdot ja huomautukset" for i in range(45))


_AMOUNT = re.compile(r"-?€[\d,]+\.\d{2}|-?\d{1,3}(?:[ \u00a0]\d{3})*,\d{2}\s?€")


def _amounts(line: str) -> list[Decimal]:
    """The amounts printed on a line, in fi, sv or en (1 234,56 € / €1,234.56)."""
    found = []
    for text in _AMOUNT.findall(line):
        digits = re.sub(r"[€\s]", "", text)
        digits = digits.replace(",", "") if "." in digits else digits.replace(",", ".")
        found.append(D(digits))
    return found


def _amount_after(line: str, label: str) -> Decimal:
    return _amounts(line.split(label, 1)[1])[0]


@pytest.fixture
def long_invoicing(invoicing: InvoicingService, company: CompanyService) -> InvoicingService:
    street = "Pitkän Nimen Teollisuuskatu 123 B 45\nPL 1234"
    company.save(replace(company.get(), name=SELLER_NAME, street=street))
    return invoicing


def _adversarial(invoicing: InvoicingService, customers: CustomerService, language: str) -> Any:
    cid = add_customer(
        customers, name=BUYER_NAME, invoice_language=InvoiceLanguage(language),
        street="c/o Tilitoimisto Numeronmurskaajat Oy\nHämeenkatu 10 A 23\nPL 55",
        city="Tampereen seutukunnan kaupunki",
    )  # fmt: skip
    rows = [
        row(f"Rivi {i} {LONG_WORD if i % 97 == 0 else 'asennustyö'}", "1.5", f"{10 + i}.25",
            "25.5", unit="tuntia", discount_percent=D(5) if i % 3 == 0 else D(0))
        for i in range(ROWS)
    ]  # fmt: skip
    rows[150] = row("Rivi 150 " + " ".join(["pitkä kuvaus"] * 150), "2", "99.90", "14")
    return make_invoice(
        invoicing, cid, *rows, your_reference=f"Tilaus {LONG_WORD}",
        our_reference="Projekti " + "x" * 50,
        text_before_rows=_text("Ennen") + f"\n{LONG_WORD}", text_after_rows=_text("Jälkeen"),
    )  # fmt: skip


def _check_rows_and_carries(texts: list[str], invoice: Any, language: str) -> None:
    labels = LABELS[language]
    nets = {i: line.net for i, line in enumerate(invoice.totals.lines)}
    seen: set[int] = set()
    carried: Decimal | None = None
    for number, text in enumerate(texts, start=1):
        here = {int(n) for n in re.findall(r"^Rivi (\d+)\b", text, flags=re.MULTILINE)}
        lines = text.splitlines()
        brought = [line for line in lines if labels["brought_forward"] in line]
        if seen and here:
            assert brought, f"page {number} continues the rows without a subtotal"
            value = _amount_after(brought[0], labels["brought_forward"])
            assert value == sum(nets[i] for i in seen), f"page {number}"
            assert value == carried, f"page {number}: brought forward is not what was carried"
        seen |= here
        carry = [line for line in lines if labels["carried_forward"] in line]
        if carry:
            carried = _amount_after(carry[0], labels["carried_forward"])
            assert carried == sum(nets[i] for i in seen), f"page {number}"
    assert seen == set(range(ROWS))


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_adversarial_invoice_hides_nothing(
    long_invoicing: InvoicingService, customers: CustomerService, language: str
) -> None:
    invoice = _adversarial(long_invoicing, customers, language)
    data = long_invoicing.invoice_pdf(invoice.id)
    assert layout_problems(data) == []
    texts = page_texts(data)
    assert len(texts) > 5
    _check_rows_and_carries(texts, invoice, language)
    flat = "".join("".join(texts).split())
    assert LONG_WORD in flat  # broken over lines, every character still printed
    for kind in ("Ennen", "Jälkeen"):
        for i in range(45):
            assert f"{kind} {i}: ehdot" in "".join(texts), (kind, i)
    # The row taller than a page's share continues below, every word of it printed.
    joined = "\n".join(texts)
    assert len(re.findall(r"\bpitkä\b", joined)) == len(re.findall(r"\bkuvaus\b", joined)) == 150
    # The names whole in the header and the envelope window, left of the details.
    header = region_text(data, 0, (0, 0, INFO_X, 100 * MM))
    for name in (SELLER_NAME, BUYER_NAME, "Tampereen seutukunnan kaupunki"):
        assert "".join(name.split()) in "".join(header.split()), name
    qr, bars = zones(data)
    assert qr is not None and bars is not None  # the checks above looked at both
    assert 32 * MM < qr.x1 - qr.x0 < 40 * MM and 86 * MM < bars.x1 - bars.x0 < 100 * MM
    codes = decode_page(data)
    assert codes["Code128"] == invoice.virtual_barcode
    assert codes["QRCode"] == epc_qr.epc_qr_payload(
        bic=invoice.seller.bic, name=SELLER_NAME, iban=invoice.seller.iban,
        amount=invoice.total, reference=invoice.reference, due_date=invoice.due_date,
    )  # fmt: skip
    # The payment slip has the payer's name and address, names shortened to the field.
    assert "Hämeenkatu 10 A 23" in texts[-1] and "…" in texts[-1]


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_adversarial_reminder_and_statement(
    long_invoicing: InvoicingService, customers: CustomerService, language: str
) -> None:
    cid = add_customer(
        customers, name=BUYER_NAME, invoice_language=InvoiceLanguage(language),
        customer_type=CustomerType.PRIVATE, business_id="",
        street="c/o Tilitoimisto Numeronmurskaajat Oy\nHämeenkatu 10 A 23",
    )  # fmt: skip
    invoices = [
        make_invoice(long_invoicing, cid, row(f"Työ {i}", "1", f"{20 + i}.00"),
                     day=date(2025, 1, 1 + i % 28))
        for i in range(45 if language == "fi" else 3)
    ]  # fmt: skip
    reminder, data = long_invoicing.create_reminder(invoices[0].id, today=date(2025, 3, 1))
    assert layout_problems(data) == []
    code = decode_page(data)["Code128"]
    assert code in "".join(page_texts(data)) and code.endswith(f"{reminder.due_date:%y%m%d}")
    statement = long_invoicing.statement(cid, today=date(2025, 3, 1))
    data = long_invoicing.statement_pdf(cid, today=date(2025, 3, 1))
    assert layout_problems(data) == []
    texts = page_texts(data)
    for invoice in invoices:
        assert str(invoice.number) in "".join(texts)
    codes = decode_page(data)
    assert codes["Code128"] == statement.virtual_barcode
    if language == "fi":
        assert len(texts) >= 2
        labels = LABELS[language]
        brought = [ln for ln in texts[1].splitlines() if labels["brought_forward"] in ln]
        assert brought, texts[1]
        first_page = {int(n) for n in re.findall(r"^(\d{4,})\b", texts[0], flags=re.MULTILINE)}
        open_sum = sum(line.open_amount for line in statement.lines if line.number in first_page)
        interest_sum = sum(line.interest for line in statement.lines if line.number in first_page)
        assert _amounts(brought[0]) == [open_sum, interest_sum]
