"""Every VAT treatment end to end on the command line: JSON, PDF text and Finvoice.

Each case creates a customer and an invoice with ``asiakasrekisteri``, then reads the
result back three ways: the invoice's JSON (each row's category, the breakdown), the
text of its PDF (the legal wording in the invoice's language, the buyer's VAT number)
and its Finvoice message, validated against the shared Finvoice 3.0 schema, with the VAT
code of every row and breakdown part, the wording and the exemption reason code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

from asiakasrekisteri.cli import main
from tests.services.test_finvoice import _validate_with_shared_schema
from tests.services.test_pdf import pdf_text


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def dbarg(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    args = ["--db", str(tmp_path / "vat.sqlite3")]
    code, _, err = run(
        capsys, *args, "company", "set", "name=Toiminimi Mäkelä", "business_id=2077474-0",
        "vat_id=FI20774740", "street=Åkerikatu 5", "postal_code=00100", "city=Helsinki",
        "iban=FI21 1234 5600 0007 85", "bic=NDEAFIHH",
    )  # fmt: skip
    assert (code, err) == (0, "")
    return args


def add_customer(capsys: pytest.CaptureFixture[str], dbarg: list[str], *fields: str) -> str:
    code, out, err = run(capsys, *dbarg, "customer", "add", "name=Asiakas Oy", "street=Tie 2",
                         "postal_code=33100", "city=Tampere", *fields)  # fmt: skip
    assert (code, err) == (0, ""), err
    return out.strip()


def create(capsys: pytest.CaptureFixture[str], dbarg: list[str], *args: str) -> int:
    code, out, err = run(capsys, *dbarg, "invoice", "create", "--date", "2026-02-02", *args)
    assert (code, err) == (0, ""), err
    return int(out)


def as_json(capsys: pytest.CaptureFixture[str], dbarg: list[str], number: int) -> dict[str, object]:
    _, out, _ = run(capsys, *dbarg, "invoice", "list", "--json")
    found: dict[str, object] = next(i for i in json.loads(out) if i["number"] == number)
    return found


def pdf(capsys: pytest.CaptureFixture[str], dbarg: list[str], number: int, tmp: Path) -> str:
    target = tmp / f"{number}.pdf"
    assert run(capsys, *dbarg, "invoice", "pdf", str(number), "-o", str(target))[0] == 0
    return "\n".join(pdf_text(target.read_bytes()))


def finvoice(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], number: int, tmp: Path
) -> etree._Element:
    target = tmp / f"{number}.xml"
    assert run(capsys, *dbarg, "invoice", "finvoice", str(number), "-o", str(target))[0] == 0
    tree = etree.parse(str(target))
    # The shared copy of the schema beside the project where it is, else the shipped one
    # (a test checks the two are the same file).
    _validate_with_shared_schema(etree.tostring(tree))
    return tree.getroot()


def codes(tree: etree._Element) -> tuple[list[str], list[tuple[str, str, str, str]]]:
    """The rows' VAT codes and each breakdown part's (rate, code, wording, reason code)."""
    rows = [str(e.text) for e in tree.iterfind("InvoiceRow/RowVatCode")]
    parts = [
        (
            spec.findtext("VatRatePercent") or "",
            spec.findtext("VatCode") or "",
            spec.findtext("VatFreeText") or "",
            spec.findtext("VatExemptionReasonCode") or "",
        )
        for spec in tree.iterfind("InvoiceDetails/VatSpecificationDetails")
    ]
    return rows, parts


@dataclass(frozen=True)
class Case:
    """One treatment: the customer's fields, the invoice's options, what must come out."""

    customer: tuple[str, ...]
    invoice: tuple[str, ...]
    categories: list[str]
    wording: str
    parts: list[tuple[str, str, str, str]]
    buyer_id: str = ""


CASES = {
    "domestic with an exempt row": Case(
        customer=(),
        invoice=("--row", "Suunnittelu;2;100;25,5",
                 "--row", "Fysioterapia;1;80;0;exempt=healthcare"),
        categories=["S", "E"],
        wording="Veroton myynti (AVL 34 §)",
        parts=[("25,5", "S", "", ""),
               ("0", "E", "Veroton myynti (AVL 34 §)", "VATEX-EU-132-1C")],
    ),
    "construction reverse charge": Case(
        customer=("vat_treatment=construction_reverse_charge", "business_id=2884270-1"),
        invoice=("--row", "Asennustyö;10;50;25,5",),
        categories=["AE"],
        wording="Käännetty verovelvollisuus (AVL 8 c §)",
        parts=[("0", "AE", "Käännetty verovelvollisuus (AVL 8 c §)", "VATEX-EU-AE")],
        buyer_id="Ostajan Y-tunnus: 2884270-1",
    ),
    "intra-Community goods": Case(
        customer=("vat_treatment=eu_business", "country=SE", "postal_code=11122",
                  "city=Stockholm", "vat_id=SE556677889901", "invoice_language=en"),
        invoice=("--goods", "--row", "Sauna stove;1;1000;25,5"),
        categories=["K"],
        wording="VAT 0 %, intra-Community supply (Finnish VAT Act 72 a §)",
        parts=[("0", "K", "VAT 0 %, intra-Community supply (Finnish VAT Act 72 a §)",
                "VATEX-EU-IC")],
        buyer_id="Buyer's VAT number: SE556677889901",
    ),
    "intra-Community services": Case(
        customer=("vat_treatment=eu_business", "country=DE", "postal_code=10115",
                  "city=Berlin", "vat_id=DE136695976", "invoice_language=sv"),
        invoice=("--row", "Konsultation;3;120;25,5;services",),
        categories=["AE"],
        wording="Omvänd skattskyldighet / Reverse charge",
        parts=[("0", "AE", "Omvänd skattskyldighet / Reverse charge", "VATEX-EU-AE")],
        buyer_id="Köparens momsnummer: DE136695976",
    ),
    "export of goods": Case(
        customer=("vat_treatment=outside_eu", "country=NO", "postal_code=0150",
                  "city=Oslo"),
        invoice=("--row", "Kiuas;1;900;25,5;goods",),
        categories=["G"],
        wording="ALV 0 %, AVL 70 §",
        parts=[("0", "G", "ALV 0 %, AVL 70 §", "VATEX-EU-G")],
    ),
    "services outside the EU": Case(
        customer=("vat_treatment=outside_eu", "country=US", "postal_code=10001",
                  "city=New York", "invoice_language=en"),
        invoice=("--row", "Design;4;150;25,5",),
        categories=["O"],
        wording="Place of supply outside Finland (Finnish VAT Act 65 §)",
        parts=[("0", "O", "Place of supply outside Finland (Finnish VAT Act 65 §)",
                "VATEX-EU-O")],
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_every_treatment_end_to_end(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], tmp_path: Path, case: Case
) -> None:
    customer = add_customer(capsys, dbarg, *case.customer)
    number = create(capsys, dbarg, "--customer", customer, *case.invoice)
    invoice = as_json(capsys, dbarg, number)
    rows = invoice["rows"]
    assert isinstance(rows, list)
    assert [r["vat_category"] for r in rows] == case.categories
    assert case.wording in invoice["vat_notes"]  # type: ignore[operator]
    standard = sum(1 for c in case.categories if c == "S")
    assert (invoice["vat_total"] != "0.00") == bool(standard)
    text = pdf(capsys, dbarg, number, tmp_path)
    assert case.wording in text
    if case.buyer_id:
        assert case.buyer_id in text
    row_codes, parts = codes(finvoice(capsys, dbarg, number, tmp_path))
    assert row_codes == case.categories
    assert parts == case.parts


def test_goods_and_services_on_one_invoice_each_get_their_code(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], tmp_path: Path
) -> None:
    customer = add_customer(capsys, dbarg, *CASES["intra-Community goods"].customer)
    number = create(capsys, dbarg, "--customer", customer, "--goods",
                    "--row", "Sauna stove;1;1000;25,5",
                    "--row", "Installation;5;60;25,5;services")  # fmt: skip
    invoice = as_json(capsys, dbarg, number)
    assert [r["goods"] for r in invoice["rows"]] == [True, False]  # type: ignore[attr-defined]
    assert invoice["vat_breakdown"] == [
        {"vat_percent": "0", "vat_category": "K", "vat_exemption": None, "net": "1000.00",
         "vat": "0.00"},
        {"vat_percent": "0", "vat_category": "AE", "vat_exemption": None, "net": "300.00",
         "vat": "0.00"},
    ]  # fmt: skip
    text = pdf(capsys, dbarg, number, tmp_path)
    assert "intra-Community supply" in text and "Reverse charge" in text
    _rows, parts = codes(finvoice(capsys, dbarg, number, tmp_path))
    assert [(p[1], p[3]) for p in parts] == [("K", "VATEX-EU-IC"), ("AE", "VATEX-EU-AE")]


@pytest.mark.parametrize(
    ("language", "wording"),
    [("fi", "Ei alv-rekisterissä"), ("sv", "Inte momsregistrerad"),
     ("en", "Not registered for VAT")],
)  # fmt: skip
def test_a_seller_outside_the_vat_register_charges_no_vat_on_anything(
    capsys: pytest.CaptureFixture[str],
    dbarg: list[str],
    tmp_path: Path,
    language: str,
    wording: str,
) -> None:
    assert run(capsys, *dbarg, "company", "set", "vat_registered=no")[0] == 0
    customer = add_customer(capsys, dbarg, f"invoice_language={language}")
    number = create(capsys, dbarg, "--customer", customer, "--row", "Työ;2;100;25,5",
                    "--row", "Kirja;1;20;13,5")  # fmt: skip
    invoice = as_json(capsys, dbarg, number)
    assert (invoice["total"], invoice["vat_total"]) == ("220.00", "0.00")
    assert invoice["vat_notes"] == [wording]
    assert [r["vat_category"] for r in invoice["rows"]] == ["O", "O"]  # type: ignore[attr-defined]
    text = pdf(capsys, dbarg, number, tmp_path)
    assert wording in text
    assert "25,5 %" not in text and "25.5 %" not in text
    tree = finvoice(capsys, dbarg, number, tmp_path)
    assert codes(tree)[0] == ["O", "O"]
    assert tree.findtext("SellerInformationDetails/SellerVatRegistrationText") == (
        "Ei alv-rekisterissä"
    )
    assert tree.find("SellerPartyDetails/SellerOrganisationTaxCode") is None


def test_per_row_discount_and_one_finer_than_stored_is_refused(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], tmp_path: Path
) -> None:
    customer = add_customer(capsys, dbarg)
    number = create(capsys, dbarg, "--customer", customer,
                    "--row", "Työ;1;100;25,5;discount=12,5",
                    "--row", "Kirja;1;20;13,5")  # fmt: skip
    invoice = as_json(capsys, dbarg, number)
    rows = invoice["rows"]
    assert [(r["discount_percent"], r["net"]) for r in rows] == [  # type: ignore[attr-defined]
        ("12.5", "87.50"), ("0", "20.00"),
    ]  # fmt: skip
    tree = finvoice(capsys, dbarg, number, tmp_path)
    assert [e.text for e in tree.iterfind("InvoiceRow/RowDiscountPercent")] == ["12,5"]
    _, listed_before, _ = run(capsys, *dbarg, "invoice", "list", "--json")
    code, out, err = run(capsys, *dbarg, "invoice", "create", "--customer", customer,
                         "--row", "Työ;1;100;25,5;discount=12,345")  # fmt: skip
    assert (code, out) == (2, "")
    assert "at most two decimals" in err and err.count("\n") == 1
    _, listed_after, _ = run(capsys, *dbarg, "invoice", "list", "--json")
    assert listed_after == listed_before  # nothing was saved


@pytest.mark.parametrize(
    ("customer", "invoice", "message"),
    [
        # An EU business without a VAT number cannot be invoiced intra-Community.
        (("country=SE", "postal_code=11122", "city=Stockholm"),
         ("--treatment", "eu_business"), "has no VAT number"),
        (("country=SE", "postal_code=11122", "city=Stockholm", "vat_id=SE556677889901"),
         ("--treatment", "construction_reverse_charge"), "has no Y-tunnus"),
        ((), ("--treatment", "outside_eu"), "is in the EU"),
        ((), ("--row", "Lehti;1;10;0"), "needs its reason"),
        ((), ("--row", "Lehti;1;10;0;exempt=haircut"), "exempt= is one of"),
        ((), ("--row", "Lehti;1;10;0;colour=red"), "unknown field"),
    ],
)  # fmt: skip
def test_what_the_law_does_not_allow_is_refused(
    capsys: pytest.CaptureFixture[str],
    dbarg: list[str],
    customer: tuple[str, ...],
    invoice: tuple[str, ...],
    message: str,
) -> None:
    number = add_customer(capsys, dbarg, "business_id=", *customer)
    rows = () if "--row" in invoice else ("--row", "Työ;1;100;25,5")
    code, out, err = run(capsys, *dbarg, "invoice", "create", "--customer", number,
                         *rows, *invoice)  # fmt: skip
    assert (code, out) == (2, "")
    assert message in err and err.count("\n") == 1


def test_a_customer_cannot_be_without_vat(
    capsys: pytest.CaptureFixture[str], dbarg: list[str]
) -> None:
    code, out, err = run(capsys, *dbarg, "customer", "add", "name=X Oy", "vat_treatment=no_vat")
    assert (code, out) == (2, "")
    assert "VAT registration is the own company's setting" in err


def test_products_carry_goods_and_their_exemption_onto_rows(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], tmp_path: Path
) -> None:
    assert run(capsys, *dbarg, "product", "add", "FT", "Fysioterapia", "--price", "80",
               "--vat", "25,5", "--exempt", "healthcare")[0] == 0  # fmt: skip
    assert run(capsys, *dbarg, "product", "add", "K1", "Kiuas", "--price", "900",
               "--vat", "25,5", "--goods")[0] == 0  # fmt: skip
    _, out, _ = run(capsys, *dbarg, "product", "list", "--json")
    listed = {p["code"]: (p["vat_percent"], p["goods"], p["vat_exemption"])
              for p in json.loads(out)}  # fmt: skip
    assert listed == {"FT": ("0", False, "healthcare"), "K1": ("25.5", True, None)}
    customer = add_customer(capsys, dbarg)
    number = create(capsys, dbarg, "--customer", customer, "--product", "FT;2",
                    "--product", "K1;1;discount=10")  # fmt: skip
    invoice = as_json(capsys, dbarg, number)
    assert [(r["vat_category"], r["goods"], r["net"]) for r in invoice["rows"]] == [  # type: ignore[attr-defined]
        ("E", False, "160.00"), ("S", True, "810.00"),
    ]  # fmt: skip
    assert "Veroton myynti (AVL 34 §)" in pdf(capsys, dbarg, number, tmp_path)
