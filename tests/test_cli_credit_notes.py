"""Credit notes in part, refunds and consumers' invoices on the command line: JSON, the
PDF's text, the decoded barcode and the Finvoice message against the schema."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from asiakasrekisteri.cli import main
from asiakasrekisteri.services.invoicing.finvoice import validate_finvoice
from tests.services.pdf_checks import decode_page, page_texts


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def dbarg(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    args = ["--db", str(tmp_path / "cli.sqlite3")]
    code, _, err = run(
        capsys, *args, "company", "set", "name=Toiminimi Mäkelä", "business_id=2077474-0",
        "vat_id=FI20774740", "street=Åkerikatu 5", "postal_code=00100", "city=Helsinki",
        "iban=FI21 1234 5600 0007 85", "bic=NDEAFIHH", "prepayment_registered=yes",
    )  # fmt: skip
    assert (code, err) == (0, "")
    for values in (("name=Asiakas Oy",), ("type=private", "name=Maija Meikäläinen")):
        code, _, err = run(capsys, *args, "customer", "add", *values, "street=Tie 2",
                           "postal_code=33100", "city=Tampere")  # fmt: skip
        assert (code, err) == (0, "")
    return args


def _invoice(capsys: pytest.CaptureFixture[str], dbarg: list[str], number: int) -> Any:
    _, out, _ = run(capsys, *dbarg, "invoice", "list", "--json")
    return next(i for i in json.loads(out) if i["number"] == number)


def test_partial_credits_refund_and_the_credit_note_documents(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, *dbarg, "invoice", "create", "--customer", "1001",
                       "--row", "Asennus;4;60;25,5", "--row", "Kirja;3;9,99;13,5",
                       "--date", "2026-03-02")  # fmt: skip
    assert (code, out.strip()) == (0, "1000")
    assert _invoice(capsys, dbarg, 1000)["total"] == "335.22"
    run(capsys, *dbarg, "invoice", "pay", "1000", "--amount", "300", "--date", "2026-03-05")
    code, out, err = run(capsys, *dbarg, "invoice", "credit", "1000", "--row", "1:1",
                         "--date", "2026-03-06")  # fmt: skip
    assert (code, out.strip()) == (0, "1001")
    assert "refund owed to Asiakas Oy: 40.08" in err
    first = _invoice(capsys, dbarg, 1000)
    assert (first["credited_amount"], first["refund_due"], first["status"]) == (
        "75.30", "40.08", "paid")  # fmt: skip
    code, _, err = run(capsys, *dbarg, "invoice", "credit", "1000", "--amount", "500")
    assert code == 2 and "at most 259,92" in err
    code, _, err = run(capsys, *dbarg, "invoice", "credit", "1000", "--row", "1:4")
    assert code == 2 and "at most 3" in err
    code, out, err = run(capsys, *dbarg, "invoice", "credit", "1000", "--date", "2026-03-07")
    assert (code, out.strip()) == (0, "1002")
    done = _invoice(capsys, dbarg, 1000)
    assert (done["status"], done["refund_due"], done["open_amount"]) == (
        "credited", "300.00", "0.00")  # fmt: skip
    note = _invoice(capsys, dbarg, 1002)
    assert note["total"] == "-259.92" and note["credit_of"] == 1000
    assert [r["quantity"] for r in note["rows"]] == ["-3", "-3"]

    pdf = tmp_path / "hyvitys.pdf"
    assert run(capsys, *dbarg, "invoice", "pdf", "1002", "-o", str(pdf))[0] == 0
    text = "\n".join(page_texts(pdf.read_bytes()))
    assert "HYVITYSLASKU" in text and "Hyvittää laskun 1000" in text
    assert "Laskuun 1000 on maksettu 300,00 €" in text
    assert "palautamme teille 259,92 €" in text
    assert decode_page(pdf.read_bytes()) == {}  # nothing to pay: no barcode, no QR
    xml = tmp_path / "hyvitys.xml"
    assert run(capsys, *dbarg, "invoice", "finvoice", "1002", "-o", str(xml))[0] == 0
    validate_finvoice(xml.read_bytes())
    root = etree.fromstring(xml.read_bytes())
    assert root.findtext("InvoiceDetails/InvoiceTypeCode") == "INV02"
    assert root.findtext("InvoiceDetails/OriginalInvoiceNumber") == "1000"
    assert root.findtext("InvoiceDetails/InvoiceTotalVatIncludedAmount") == "-259,92"

    code, _, err = run(capsys, *dbarg, "invoice", "refund", "1000", "--amount", "300.01")
    assert code == 2 and "at most 300,00" in err
    code, out, _ = run(capsys, *dbarg, "invoice", "refund", "1000", "--amount", "260",
                       "--date", "2026-03-10")  # fmt: skip
    assert (code, out.strip()) == (0, "1000 refunded 260.00 still owed 40.00")


def test_statement_pays_what_a_part_credit_left_and_lists_the_refund(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], tmp_path: Path
) -> None:
    today = date.today().isoformat()
    run(capsys, *dbarg, "invoice", "create", "--customer", "1001", "--row", "Työ;2;100;25,5",
        "--date", today)  # fmt: skip
    run(capsys, *dbarg, "invoice", "create", "--customer", "1001", "--row", "Työ;1;100;25,5",
        "--date", today)  # fmt: skip
    run(capsys, *dbarg, "invoice", "pay", "1001", "--amount", "125.50")
    assert run(capsys, *dbarg, "invoice", "credit", "1000", "--amount", "51")[0] == 0
    assert run(capsys, *dbarg, "invoice", "credit", "1001", "--amount", "25.50")[0] == 0
    pdf = tmp_path / "tiliote.pdf"
    assert run(capsys, *dbarg, "invoice", "statement", "1001", "-o", str(pdf))[0] == 0
    text = "\n".join(page_texts(pdf.read_bytes()))
    assert "Palautamme teille laskuista:" in text and "Lasku 1001: 25,50 €" in text
    decoded = decode_page(pdf.read_bytes())
    # 251,00 less the 51,00 credited: 200,00 to pay, in the barcode and the QR code.
    assert decoded["Code128"][17:25] == "00020000"
    assert "EUR200.00" in decoded["QRCode"]


def test_consumer_invoice_with_vat_included_prices_and_household_work(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, *dbarg, "invoice", "create", "--customer", "1002",
                         "--vat-included", "--row", "Siivous;3;50;25,5;work",
                         "--row", "Pesuaine;1;12,55;25,5", "--date", "2026-03-02")  # fmt: skip
    assert (code, err) == (0, ""), err
    invoice = _invoice(capsys, dbarg, int(out))
    assert invoice["prices_include_vat"] is True
    assert (invoice["total"], invoice["vat_total"]) == ("162.55", "33.03")
    assert invoice["household_work"] == {
        "gross": "150.00", "vat": "30.48", "net": "119.52", "seller_prepayment_registered": True,
    }  # fmt: skip
    pdf = tmp_path / "lasku.pdf"
    run(capsys, *dbarg, "invoice", "pdf", out.strip(), "-o", str(pdf))
    text = "\n".join(page_texts(pdf.read_bytes()))
    assert "À-hinta (sis. alv)" in text and "Hinnat sisältävät arvonlisäveron." in text
    assert "Kotitalousvähennykseen oikeuttava työ: 150,00 € (josta alv 30,48 €)" in text
    assert "Myyjä on merkitty ennakkoperintärekisteriin." in text
    assert "Siivous *" in text
    assert decode_page(pdf.read_bytes())["Code128"][17:25] == "00016255"
    xml = tmp_path / "lasku.xml"
    run(capsys, *dbarg, "invoice", "finvoice", out.strip(), "-o", str(xml))
    root = etree.fromstring(xml.read_bytes())
    first = root.find("InvoiceRow")
    assert first is not None
    assert first.findtext("UnitPriceVatIncludedAmount") == "50,00"
    assert first.findtext("UnitPriceAmount") == "39,84"
    assert first.findtext("RowFreeText") == "Kotitalousvähennykseen oikeuttava työ"
    free = [e.text for e in root.iterfind("InvoiceDetails/InvoiceFreeText")]
    assert "Kotitalousvähennykseen oikeuttava työ 150,00 €, josta alv 30,48 €." in free
    assert "Myyjä on ennakkoperintärekisterissä." in free
