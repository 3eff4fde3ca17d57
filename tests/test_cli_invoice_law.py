"""Invoicing by the law, end to end on the command line: references, reminders, interest.

Each test drives ``asiakasrekisteri`` as a user would and reads the results back from the
JSON, the PDF text and the barcode decoded from the rendered page.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from asiakasrekisteri.cli import main
from asiakasrekisteri.domain import barcode, reference
from asiakasrekisteri.domain.money import format_money
from asiakasrekisteri.domain.reference import ReferenceKind
from asiakasrekisteri.services.container import open_services
from tests.services.test_pdf import decode, pdf_text
from tests.test_cli_invoice import add_rates_to_today

D = Decimal
IBAN = "FI21 1234 5600 0007 85"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def money(amount: Decimal) -> str:
    """An amount as the Finnish PDF prints it."""
    return format_money(amount, "fi").replace("\u00a0", " ")


def interest(amount: str, rate: str, days: int) -> Decimal:
    exact = D(amount) * D(rate) * days / 100 / 365
    return exact.quantize(D("0.01"), rounding=ROUND_HALF_UP)


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "law.sqlite3"


@pytest.fixture
def dbarg(capsys: pytest.CaptureFixture[str], db_file: Path) -> list[str]:
    args = ["--db", str(db_file)]
    code, _, err = run(
        capsys, *args, "company", "set", "name=Toiminimi Mäkelä", "business_id=2077474-0",
        "street=Åkerikatu 5", "postal_code=00100", "city=Helsinki", f"iban={IBAN}",
        "bic=NDEAFIHH", "payment_term_days=14", "reminder_fee=7",
    )  # fmt: skip
    assert (code, err) == (0, "")
    return args


def add_customer(capsys: pytest.CaptureFixture[str], dbarg: list[str], *fields: str) -> str:
    code, out, err = run(capsys, *dbarg, "customer", "add", "street=Tie 2",
                         "postal_code=33100", "city=Tampere", *fields)  # fmt: skip
    assert (code, err) == (0, ""), err
    return out.strip()


def create(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], customer: str, row: str, day: str
) -> int:
    code, out, err = run(capsys, *dbarg, "invoice", "create", "--customer", customer,
                         "--row", row, "--date", day)  # fmt: skip
    assert (code, err) == (0, ""), err
    return int(out)


def invoices(capsys: pytest.CaptureFixture[str], dbarg: list[str]) -> dict[int, dict[str, str]]:
    _, out, _ = run(capsys, *dbarg, "invoice", "list", "--json")
    return {i["number"]: i for i in json.loads(out)}


def value_of(text: str, label: str) -> str | None:
    """The value printed beside a label: the rest of the label's line, or the next line
    when text extraction puts it there."""
    lines = text.splitlines()
    if label in lines:
        return lines[lines.index(label) + 1]
    beside = [line[len(label) + 1 :] for line in lines if line.startswith(f"{label} ")]
    return beside[0] if beside else None


def barcode_reference(code: str) -> str:
    """The national reference a version 4 virtual barcode carries."""
    assert code[0] == "4"
    return code[28:48].lstrip("0")


# --- references ---------------------------------------------------------------------------


def test_invoice_statement_and_fixed_references_never_collide(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], db_file: Path, tmp_path: Path
) -> None:
    customer = add_customer(capsys, dbarg, "name=Asiakas Oy")
    assert customer == "1001"
    numbers = []
    # Invoice 5 and 105 met in the old padding; invoice 1001 met customer 1001's statement.
    for number in (5, 105, 1001):
        run(capsys, *dbarg, "company", "set", f"next_invoice_number={number}")
        numbers.append(create(capsys, dbarg, customer, "Työ;1;100;25,5", "2026-01-05"))
    assert numbers == [5, 105, 1001]
    listed = invoices(capsys, dbarg)
    refs = {n: listed[n]["reference"] for n in numbers}
    assert refs == {n: reference.for_document(ReferenceKind.INVOICE, n) for n in numbers}
    assert len(set(refs.values())) == 3
    for number in numbers:
        pdf = tmp_path / f"{number}.pdf"
        assert run(capsys, *dbarg, "invoice", "pdf", str(number), "-o", str(pdf))[0] == 0
        data = pdf.read_bytes()
        [text] = pdf_text(data)
        assert reference.format(refs[number]) in text
        code128 = decode(data, tmp_path)["Code128"]
        assert code128 == listed[number]["virtual_barcode"]
        assert barcode_reference(code128) == refs[number]

    statement = tmp_path / "s.pdf"
    add_rates_to_today(capsys, dbarg)  # interest to today needs every half-year's rate
    assert run(capsys, *dbarg, "invoice", "statement", "1001", "-o", str(statement))[0] == 0
    statement_ref = reference.for_document(ReferenceKind.STATEMENT, 1001)
    assert statement_ref not in refs.values()
    data = statement.read_bytes()
    [text] = pdf_text(data)
    assert reference.format(statement_ref) in text
    assert barcode_reference(decode(data, tmp_path)["Code128"]) == statement_ref

    # A fixed reference that an invoice or a statement could get is refused.
    for taken in (refs[105], reference.to_rf(statement_ref)):
        code, _, err = run(capsys, *dbarg, "customer", "add", "name=Vakio Oy",
                           "street=Tie 3", "postal_code=33100", "city=Tampere",
                           f"fixed_reference={taken}")  # fmt: skip
        assert code == 2 and "start with 4 to 9" in err, err
    assert run(capsys, *dbarg, "check") == (0, "ok\n", "")


def test_check_reports_open_items_sharing_a_reference(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], db_file: Path
) -> None:
    customer = add_customer(capsys, dbarg, "name=Asiakas Oy")
    other = add_customer(capsys, dbarg, "name=Toinen Oy")
    first = create(capsys, dbarg, customer, "Työ;1;100;25,5", "2026-01-05")
    second = create(capsys, dbarg, other, "Työ;1;50;25,5", "2026-01-05")
    assert run(capsys, *dbarg, "check") == (0, "ok\n", "")
    # A register from before the reference scheme: the old padding gave two open invoices
    # the same reference.
    shared = reference.create("1054")
    con = sqlite3.connect(db_file)
    con.execute("UPDATE invoice SET reference = ? WHERE number IN (?, ?)", (shared, first, second))
    con.commit()
    con.close()
    code, out, _ = run(capsys, *dbarg, "check")
    assert code == 1
    assert f"invoice.reference: payment references in use more than once: {shared}" in out
    # Paying one of them settles it: the other reference is no longer shared.
    run(capsys, *dbarg, "invoice", "pay", str(first), "--amount", "125,50")
    assert run(capsys, *dbarg, "check") == (0, "ok\n", "")


def test_finalising_refuses_a_reference_that_is_an_older_fixed_reference(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], db_file: Path
) -> None:
    customer = add_customer(capsys, dbarg, "name=Asiakas Oy")
    legacy = add_customer(capsys, dbarg, "name=Vanha Vakio Oy")
    # Entered before fixed references were checked against the scheme.
    con = sqlite3.connect(db_file)
    con.execute(
        "UPDATE customer SET fixed_reference = ? WHERE customer_number = ?",
        (reference.for_document(ReferenceKind.INVOICE, 1000), legacy),
    )
    con.commit()
    con.close()
    code, _, err = run(capsys, *dbarg, "invoice", "create", "--customer", customer,
                         "--row", "Työ;1;100;25,5")  # fmt: skip
    assert code == 2 and "fixed reference of Vanha Vakio Oy" in err, err
    assert invoices(capsys, dbarg) == {}  # nothing was recorded, the number not used
    # The customer whose fixed reference it is may still be invoiced with it.
    assert create(capsys, dbarg, legacy, "Työ;1;100;25,5", "2026-01-05") == 1000


# --- reminders ----------------------------------------------------------------------------


def remind(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], tmp_path: Path, number: int,
    day: str, *extra: str,
) -> tuple[int, str, bytes]:  # fmt: skip
    pdf = tmp_path / f"m-{day}.pdf"
    code, _, err = run(capsys, *dbarg, "invoice", "remind", str(number), "-o", str(pdf),
                       "--date", day, *extra)  # fmt: skip
    return code, err, pdf.read_bytes() if pdf.exists() else b""


def test_consumer_reminders_follow_the_law(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], tmp_path: Path
) -> None:
    customer = add_customer(capsys, dbarg, "name=Maija Meikäläinen", "type=private")
    number = create(capsys, dbarg, customer, "Työ;1;100;25,5", "2026-01-05")  # due 19.1.
    ref = invoices(capsys, dbarg)[number]["reference"]
    # (day, days late, own fee, earlier fees): no fee before day 14, then 5 € (the 7 € of
    # the settings capped), and no fee after three fees.
    expected = [
        ("2026-01-29", 10, "0.00", "0.00"),
        ("2026-02-02", 14, "5.00", "0.00"),
        ("2026-02-20", 32, "5.00", "5.00"),
        ("2026-03-10", 50, "5.00", "10.00"),
        ("2026-03-30", 70, "0.00", "15.00"),
    ]
    for day, days, fee, earlier in expected:
        code, err, data = remind(capsys, dbarg, tmp_path, number, day)
        assert (code, err) == (0, ""), err
        [text] = pdf_text(data)
        due_interest = interest("125.50", "9.5", days)  # 2,5 % reference rate + 7
        total = D("125.50") + due_interest + D(fee) + D(earlier)
        assert "MAKSUMUISTUTUS" in text and reference.format(ref) in text
        interest_label = f"Viivästyskorko 19.1.2026–{date.fromisoformat(day):%-d.%-m.%Y}"
        assert value_of(text, "Muistutusmaksu") == money(D(fee)), text
        assert value_of(text, interest_label) == money(due_interest), text
        earlier_costs = value_of(text, "Aiempien muistutusten kulut")
        assert earlier_costs == (money(D(earlier)) if D(earlier) else None)
        assert value_of(text, "Maksettava yhteensä") == money(total)
        reminder_due = date.fromordinal(date.fromisoformat(day).toordinal() + 14)
        assert decode(data, tmp_path)["Code128"] == barcode.virtual_barcode(
            IBAN, total, ref, reminder_due
        )
    # Catching up on paper: a day before the last reminder, or in the future, is refused.
    code, err, _ = remind(capsys, dbarg, tmp_path, number, "2026-03-01")
    assert code == 2 and "cannot be dated before it" in err
    code, err, _ = remind(capsys, dbarg, tmp_path, number, "2999-01-01")
    assert code == 2 and "future" in err
    code, err, _ = remind(capsys, dbarg, tmp_path, number, "2026-04-01", "--compensation")
    assert code == 2 and "only from a business" in err


def test_business_reminder_with_the_fixed_compensation_and_interest_after_a_part_payment(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], db_file: Path, tmp_path: Path
) -> None:
    # The worked case: 1 000 € due 19.1.2026, 900 € paid 26.11.2026, reminder 30.11.2026
    # at 10,5 %: 1 000 € for 311 days, then 100 € for 4 days = 89,58 €.
    customer = add_customer(capsys, dbarg, "name=Yritys Oy", "penalty_interest=10,5")
    number = create(capsys, dbarg, customer, "Työ;1;796,81;25,5", "2026-01-05")
    invoice = invoices(capsys, dbarg)[number]
    assert (invoice["total"], invoice["due_date"]) == ("1000.00", "2026-01-19")
    code, _, _ = run(capsys, *dbarg, "invoice", "pay", str(number), "--amount", "900",
                     "--date", "2026-11-26")  # fmt: skip
    assert code == 0
    worked = ((D(1000) * 311 + D(100) * 4) * D("10.5") / 100 / 365).quantize(D("0.01"))
    assert worked == D("89.58")

    code, err, data = remind(capsys, dbarg, tmp_path, number, "2026-11-30", "--compensation")
    assert (code, err) == (0, ""), err
    [text] = pdf_text(data)
    total = D("100.00") + worked + D("40.00")
    for label, value in (
        ("Avoinna", D("100.00")),
        ("Viivästyskorko 19.1.2026–30.11.2026", worked),
        ("Muistutusmaksu", D("0.00")),  # the compensation covers the costs
        ("Vakiokorvaus perintäkuluista", D("40.00")),
        ("Maksettava yhteensä", total),
    ):
        assert value_of(text, label) == money(value), (label, text)
    assert decode(data, tmp_path)["Code128"] == barcode.virtual_barcode(
        IBAN, total, invoice["reference"], date(2026, 12, 14)
    )
    # A second reminder claims the compensation no more and shows it among earlier costs.
    code, err, data = remind(capsys, dbarg, tmp_path, number, "2026-12-02", "--compensation")
    assert (code, err) == (0, ""), err
    [text] = pdf_text(data)
    assert value_of(text, "Aiempien muistutusten kulut") == money(D("40.00"))
    assert value_of(text, "Vakiokorvaus perintäkuluista") is None

    # The reminder, the statement and the card show the same interest for the same day.
    services = open_services(db_file)
    try:
        invoicing = services.invoicing
        record = invoicing.get_by_number(number)
        statement = invoicing.statement(record.customer_id, today=date(2026, 11, 30))
        figures = invoicing.customer_figures(record.customer_id, today=date(2026, 11, 30))
        statement_text = pdf_text(
            invoicing.statement_pdf(record.customer_id, today=date(2026, 11, 30))
        )[0]
    finally:
        services.close()
    assert record.reminders[0].interest == worked
    assert statement.total_interest == figures.interest_to_date == worked
    assert money(worked) in statement_text
