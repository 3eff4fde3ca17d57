"""Bad arguments found by a red-team run, each refused with one line and nothing written.

Each case once wrote a value that broke the register later, was rounded into something
else, or ended in a traceback. Every refusal here: exit status 2, one line on stderr
naming the field, nothing on stdout, and the register's tables unchanged.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from asiakasrekisteri.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def tables_digest(db: Path) -> str:
    """A checksum of every row of every table: what a write would change."""
    con = sqlite3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for name in names:
            digest.update(name.encode())
            for row in con.execute(f'SELECT * FROM "{name}" ORDER BY rowid'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        con.close()


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A register with a seller, a customer, an invoice (1000) and a product."""
    path = tmp_path / "hostile.sqlite3"
    dbarg = ("--db", str(path))
    for args in (
        ("company", "set", "name=Toiminimi Mäkelä", "business_id=2077474-0",
         "street=Åkerikatu 5", "postal_code=00100", "city=Helsinki",
         "iban=FI21 1234 5600 0007 85", "bic=NDEAFIHH"),
        ("customer", "add", "name=Asiakas Oy", "street=Tie 2", "postal_code=33100",
         "city=Tampere"),
        ("invoice", "create", "--customer", "1001", "--row", "Työ;1;100;25,5",
         "--date", "2025-01-02"),
        ("product", "add", "P1", "Tuote", "--price", "10", "--vat", "25,5"),
    ):  # fmt: skip
        code, _, err = run(capsys, *dbarg, *args)
        assert (code, err) == (0, ""), args
    return path


REFUSED = [
    # Arguments that are not UTF-8 (bytes Python keeps as lone surrogates).
    (("customer", "add", "name=Oy\udcff"), "argument 5"),
    (("customer", "set", "1001", "city=Tampere\udce4"), "argument 6"),
    (("customers", "--search", "\udcff"), "argument 5"),
    (("product", "add", "P\udcff", "Tuote", "--price", "1", "--vat", "0"), "argument 5"),
    # Amounts past what is stored.
    (("customer", "set", "1001", "credit_limit=1e30"), "credit_limit"),
    (("customer", "set", "1001", "credit_limit=12345678901234567890"), "credit_limit"),
    (("invoice", "pay", "1000", "--amount", "12345678901234567890"), "at most"),
    (
        ("invoice", "create", "--customer", "1001", "--row", "Työ;1;12345678901234567890;24"),
        "unit_price",
    ),
    (
        ("product", "add", "P2", "Iso", "--price", "12345678901234567890", "--vat", "24"),
        "unit_price",
    ),
    # Dates out of the register's range.
    (
        (
            "invoice",
            "create",
            "--customer",
            "1001",
            "--row",
            "Työ;1;1;25,5",
            "--date",
            "9999-12-31",
        ),
        "invoice_date",
    ),
    (
        (
            "invoice",
            "create",
            "--customer",
            "1001",
            "--row",
            "Työ;1;1;25,5",
            "--delivery-date",
            "9999-12-31",
        ),
        "delivery_date",
    ),
    (("invoice", "pay", "1000", "--amount", "1", "--date", "1900-01-01"), "payment_date"),
    (("invoice", "pay", "1000", "--amount", "1", "--date", "9999-12-31"), "payment_date"),
    # More decimals than are kept: refused, not rounded.
    (
        (
            "invoice",
            "create",
            "--customer",
            "1001",
            "--row",
            "Työ;1e-400;100;25,5",
            "--date",
            "2025-01-03",
        ),
        "rows[0].quantity",
    ),
    (
        (
            "invoice",
            "create",
            "--customer",
            "1001",
            "--product",
            "P1;0,0001",
            "--date",
            "2025-01-03",
        ),
        "rows[0].quantity",
    ),
    (("customer", "set", "1001", "discount_percent=1e-400"), "discount_percent"),
    (("invoice", "pay", "1000", "--amount", "0,001"), "whole cents"),
    (("product", "add", "P3", "Tuote", "--price", "1", "--vat", "25,555"), "vat_percent"),
    # Custom field names that broke every later export.
    (("customer", "set", "1001", "custom:a\nb=x"), "custom:a\\nb"),
    (("customer", "set", "1001", "custom:=x"), "custom:"),
    (("customer", "set", "1001", "custom:" + "k" * 10_000 + "=x"), "(10007 characters)"),
    # Identifiers that only look right.
    (("customer", "set", "1001", "vat_id=LINE1LINE2"), "vat_id"),
    (("customer", "set", "1001", "vat_id=GBXYZ"), "vat_id"),
    (("customer", "set", "1001", "business_id=0000000-0"), "business_id"),
    (("company", "set", "business_id=0000000-0"), "business_id"),
    (("company", "set", "vat_id=LINE1\nLINE2"), "vat_id"),
    # A seller without a name, a switch without a value.
    (("company", "set", "name="), "name"),
    (("customer", "set", "1001", "active="), "active"),
    # Whole numbers past what is stored or printed.
    (("privacy", "retention", "--years", "99999999999"), "--years"),
    (("privacy", "notice", "-o", "{dir}/notice.pdf", "--years", "99999999999"), "--years"),
    (("invoice", "finalise", "99999999999999999999"), "draft_id"),
    (("undo-import", "99999999999999999999"), "BATCH"),
]


@pytest.mark.parametrize(("args", "named"), REFUSED, ids=lambda v: str(v)[:40])
def test_a_bad_argument_is_refused_with_one_line_and_nothing_written(
    capsys: pytest.CaptureFixture[str],
    db: Path,
    tmp_path: Path,
    args: tuple[str, ...],
    named: str,
) -> None:
    before = tables_digest(db)
    argv = [a.replace("{dir}", str(tmp_path)) for a in args]
    code, out, err = run(capsys, "--db", str(db), *argv)
    assert (code, out) == (2, "")
    assert err.startswith("asiakasrekisteri: ") and err.count("\n") == 1, err
    assert named in err
    assert tables_digest(db) == before


def test_a_message_quotes_typed_text_on_one_line(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    code, _, err = run(capsys, "--db", str(db), "customer", "set", "1001", "type=a\nb\x1b[2J")
    assert code == 2
    assert err == "asiakasrekisteri: type: “a\\nb\\x1b[2J” is not one of: company, private.\n"


def test_a_refusal_is_translated(
    qapp: object,  # the messages' catalogues need the one application object of the tests
    capsys: pytest.CaptureFixture[str],
    db: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ASIAKASREKISTERI_LANG", "fi")
    code, _, err = run(capsys, "--db", str(db), "customer", "add", "name=Oy\udcff")
    assert (code, err) == (
        2,
        "asiakasrekisteri: argument 5: Tekstissä on tavuja, jotka eivät ole kelvollista "
        "UTF-8-tekstiä; tarkista, millä merkistöllä se on kirjoitettu.\n",
    )


def test_values_at_the_limits_are_taken(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    dbarg = ("--db", str(db))
    assert run(capsys, *dbarg, "customer", "set", "1001", "credit_limit=999999999,99",
               "custom:" + "k" * 100 + "=x", "active=no")[:2] == (0, "1001\n")  # fmt: skip
    assert run(capsys, *dbarg, "customer", "set", "1001", "active=yes")[:2] == (0, "1001\n")
    code, out, err = run(
        capsys, *dbarg, "invoice", "create", "--customer", "1001",
        "--row", "Työ;0,125;100;25,5", "--date", "2100-12-31",
    )  # fmt: skip
    assert (code, out, err) == (0, "1001\n", "")
    code, out, err = run(capsys, *dbarg, "invoice", "pay", "1000", "--amount", "1",
                         "--date", "2000-01-01")  # fmt: skip
    assert (code, err) == (0, "") and out.startswith("1000 partly_paid")


@pytest.mark.parametrize(
    "args",
    [
        ("invoice", "pdf", "1000", "-o", "{db}"),
        ("invoice", "finvoice", "1000", "-o", "{db}-wal"),
        ("invoice", "statement", "1001", "-o", "{db}"),
        ("export", "{db}"),
        ("import", "{dir}/tuonti.csv", "--report", "{db}"),
        ("privacy", "export", "1001", "-o", "{db}"),
        ("privacy", "notice", "-o", "{db}"),
        ("backup", "{db}"),
        ("restore", "{db}"),
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_the_register_is_never_written_over_by_an_output_file(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    """``invoice pdf -o`` the register's own name put a PDF in its place."""
    (tmp_path / "tuonti.csv").write_text("Nimi\nTuotu Oy\n", encoding="utf-8")
    before = tables_digest(db)
    argv = [a.format(db=db, dir=tmp_path) for a in args]
    code, out, err = run(capsys, "--db", str(db), *argv)
    assert (code, out) == (2, "")
    assert err.endswith(" is a file of the register itself; choose another file\n")
    assert tables_digest(db) == before
    assert run(capsys, "--db", str(db), "check")[:2] == (0, "ok\n")
