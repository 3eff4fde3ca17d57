"""Money in on the command line: payments import, unmatched, assign, dismiss, undo, credit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from asiakasrekisteri.cli import main
from asiakasrekisteri.register_lock import InstanceLock

DATA = Path(__file__).parent / "data" / "bank"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def dbarg(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """A register with customer 1001 and its invoices 1000–1003 of 251,00 €."""
    args = ["--db", str(tmp_path / "cli.sqlite3")]
    code, _, err = run(
        capsys, *args, "company", "set", "name=Toiminimi Mäkelä", "business_id=2077474-0",
        "street=Åkerikatu 5", "postal_code=00100", "city=Helsinki",
        "iban=FI21 1234 5600 0007 85", "bic=NDEAFIHH",
    )  # fmt: skip
    assert (code, err) == (0, "")
    run(capsys, *args, "customer", "add", "name=Rakennus Virtanen Oy", "street=Tie 2",
        "postal_code=33100", "city=Tampere")  # fmt: skip
    for _ in range(4):
        code, _, err = run(capsys, *args, "invoice", "create", "--customer", "1001",
                           "--row", "Työ;1;200;25,5", "--date", "2025-03-01")  # fmt: skip
        assert (code, err) == (0, "")
    return args


def statuses(capsys: pytest.CaptureFixture[str], dbarg: list[str]) -> dict[int, str]:
    _, out, _ = run(capsys, *dbarg, "invoice", "list", "--json")
    return {i["number"]: f"{i['status']} {i['open_amount']}" for i in json.loads(out)}


def test_import_prints_each_payment_its_match_and_action(
    capsys: pytest.CaptureFixture[str], dbarg: list[str]
) -> None:
    file = str(DATA / "camt054_v02_batch.xml")
    code, out, err = run(capsys, *dbarg, "payments", "import", file, "--dry-run")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert "250314593497AB0001" in lines[0] and lines[0].endswith("paid: invoice 1000 251.00")
    assert lines[1].endswith("part payment: invoice 1001 100.00 (open 151.00)")
    assert lines[3].endswith("unmatched (unknown reference)")
    assert lines[4].endswith("not a payment in: money out")
    assert lines[5].endswith("not a payment in: not booked yet")
    assert lines[6].startswith("4 payments would be taken, 610.25")
    assert statuses(capsys, dbarg)[1000] == "sent 251.00"  # the dry run saved nothing

    code, out, err = run(capsys, *dbarg, "payments", "import", file)
    assert (code, err) == (0, "") and out.splitlines()[-1] == "import 1 (undo: payments undo 1)"
    assert statuses(capsys, dbarg) == {
        1000: "paid 0.00", 1001: "partly_paid 151.00", 1002: "paid 0.00", 1003: "sent 251.00",
    }  # fmt: skip
    code, out, err = run(capsys, *dbarg, "payments", "import", file, "--json")
    assert code == 0 and "imported already" in err
    report = json.loads(out)
    assert report["import_id"] is None and report["imported_before"] is not None
    assert {p["action"] for p in report["payments"]} == {"already_imported"}


def test_import_json_names_invoices_customers_and_reasons(
    capsys: pytest.CaptureFixture[str], dbarg: list[str]
) -> None:
    file = str(DATA / "camt054_v08_overpaid_foreign.xml")
    code, out, _ = run(capsys, *dbarg, "payments", "import", file, "--json")
    assert code == 0
    report = json.loads(out)
    assert (report["format"], report["dry_run"], report["import_id"]) == ("camt.054", False, 1)
    over, foreign, correction = report["payments"]
    assert over["action"] == "overpayment" and over["credit"] == "49.00"
    assert over["invoices"] == [{"number": 1003, "amount": "251.00", "open_after": "0.00"}]
    assert over["customer"] == "Rakennus Virtanen Oy"
    assert (foreign["currency"], foreign["unmatched_reason"]) == ("USD", "currency")
    assert correction["action"] == "correction"
    assert report["totals"]["credit"] == "49.00"
    code, out, _ = run(capsys, *dbarg, "payments", "credit", "1001")
    assert out.strip() == "credit 49.00"


def test_unmatched_assign_dismiss_and_undo(
    capsys: pytest.CaptureFixture[str], dbarg: list[str]
) -> None:
    run(capsys, *dbarg, "payments", "import", str(DATA / "camt053_statement.xml"))
    code, out, _ = run(capsys, *dbarg, "payments", "unmatched", "--json")
    [unmatched] = json.loads(out)
    assert (unmatched["archive_id"], unmatched["message"], unmatched["reason"]) == (
        "2503145EGC0001",
        "Lasku 1004",
        "no_reference",
    )
    code, out, err = run(capsys, *dbarg, "payments", "assign", "2503145EGC0001", "1003")
    assert (code, out.strip(), err) == (0, "251.00 paid on invoice 1003", "")
    code, out, _ = run(capsys, *dbarg, "payments", "unmatched")
    assert out.strip() == "no unmatched payments"
    code, _, err = run(capsys, *dbarg, "payments", "assign", "2503145EGC0001", "1003")
    assert code == 2 and "not on the list" in err
    code, out, _ = run(capsys, *dbarg, "payments", "imports")
    assert "camt.053" in out and "camt053_statement.xml" in out
    code, out, _ = run(capsys, *dbarg, "payments", "undo", "1")
    assert out.startswith("import 1 undone: 3 payments taken back, 3 invoices changed")
    assert statuses(capsys, dbarg)[1003] == "sent 251.00"
    run(capsys, *dbarg, "payments", "import", str(DATA / "camt054_v04_prefixed.xml"))
    code, out, _ = run(capsys, *dbarg, "payments", "dismiss", "DABA250314000124")
    assert (code, out.strip()) == (0, "DABA250314000124 set aside")


def test_credit_is_used_or_refunded(capsys: pytest.CaptureFixture[str], dbarg: list[str]) -> None:
    run(capsys, *dbarg, "payments", "import", str(DATA / "viitesiirto.txt"))
    code, out, _ = run(capsys, *dbarg, "payments", "credit", "1001", "--refund", "9,00")
    assert (code, out.strip()) == (0, "credit 40.00")
    # The oldest open invoice is 1002 (its payment in the file was a correction).
    code, out, _ = run(capsys, *dbarg, "payments", "credit", "1001", "--use")
    assert out.splitlines() == ["40.00 paid on invoice 1002", "credit 0.00"]
    assert statuses(capsys, dbarg)[1002] == "partly_paid 211.00"
    code, _, err = run(capsys, *dbarg, "payments", "credit", "1001", "--refund", "100")
    assert code == 2 and "at most the credit, 0.00" in err


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("camt054_cut_short.xml", "damaged near line"),
        ("viitesiirto_wrong_totals.txt", "do not match its payments"),
        ("not_a_bank_file.txt", "neither a camt.054"),
    ],
)
def test_a_damaged_file_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], name: str, message: str
) -> None:
    code, out, err = run(capsys, *dbarg, "payments", "import", str(DATA / name))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    code, _, err = run(capsys, *dbarg, "payments", "import", str(DATA / "no-such-file.xml"))
    assert code == 2 and "No such file" in err


def test_writing_commands_respect_an_open_window(
    capsys: pytest.CaptureFixture[str], dbarg: list[str]
) -> None:
    lock = InstanceLock(Path(dbarg[1]))
    assert lock.acquire()
    try:
        file = str(DATA / "camt054_v02_batch.xml")
        code, _, err = run(capsys, *dbarg, "payments", "import", file)
        assert code == 2 and "open in a window" in err
        code, _, err = run(capsys, *dbarg, "payments", "import", file, "--dry-run")
        assert code == 0
        code, _, _ = run(capsys, *dbarg, "payments", "unmatched")
        assert code == 0
    finally:
        lock.release()
