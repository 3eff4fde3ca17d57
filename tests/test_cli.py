"""The command line: same services, one-line errors with exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from asiakasrekisteri.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def dbarg(tmp_path: Path) -> list[str]:
    return ["--db", str(tmp_path / "cli.sqlite3")]


def test_add_show_set_and_list_as_json(
    capsys: pytest.CaptureFixture[str], dbarg: list[str]
) -> None:
    code, out, err = run(
        capsys, *dbarg, "customer", "add", "name=Rakennus Virtanen Oy", "business_id=07374742",
        "phone=040 123 4567", "email=laskut@virtanen.fi;", "postal_code=100", "city=Helsinki",
        "customer_group=Rakennus", "invoice_language=sv", "delivery_ban=yes",
        "discount_percent=5,5", "fixed_reference=43216", "custom:Sopimus=2027",
    )  # fmt: skip
    assert (code, out.strip(), err) == (0, "1001", "")
    code, out, _ = run(capsys, *dbarg, "customer", "set", "1001", "city=Oulu",
                       "postal_code=90100", "type=private")  # fmt: skip
    assert code == 0
    code, out, _ = run(capsys, *dbarg, "customers", "--json")
    [customer] = json.loads(out)
    assert customer["customer_number"] == "1001"
    assert customer["type"] == "private"
    assert customer["business_id"] == "0737474-2"
    assert customer["phone"] == "+358 40 1234567"
    assert customer["email"] == "laskut@virtanen.fi"
    assert (customer["postal_code"], customer["city"], customer["country"]) == (
        "90100", "Oulu", "FI",
    )  # fmt: skip
    assert customer["customer_group"] == "Rakennus"
    assert customer["invoice_language"] == "sv"
    assert customer["delivery_ban"] is True
    assert customer["discount_percent"] == "5.50"
    assert customer["active"] is True
    assert customer["contacts"] == []
    assert customer["custom_fields"] == {"Sopimus": "2027"}
    for key in ("vat_id", "einvoice_address", "einvoice_operator", "street"):
        assert key in customer


def test_search_and_text_listing(capsys: pytest.CaptureFixture[str], dbarg: list[str]) -> None:
    run(capsys, *dbarg, "customer", "add", "name=Alfa Oy")
    run(capsys, *dbarg, "customer", "add", "name=Beta Oy", "city=Turku")
    code, out, _ = run(capsys, *dbarg, "customers", "--search", "turku")
    assert code == 0
    assert "Beta Oy" in out and "Alfa" not in out and "1 customers" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["customer", "add", "name=X", "business_id=1234567-8"], "business_id: "),
        (["customer", "add", "name=X", "email=foo@"], "email: "),
        (["customer", "add", "name="], "name: "),
        (["customer", "add", "name=X", "invoice_language=de"], "invoice_language: "),
        (["customer", "add", "name=X", "colour=red"], "Unknown field"),
        (["customer", "add", "name=X", "payment_term_days=abc"], "payment_term_days: "),
        (["customer", "add", "oops"], "KEY=VALUE"),
        (["customer", "set", "999", "city=Oulu"], "No customer has the number 999"),
        (["company", "set", "iban=FI00 1234"], "iban: "),
        (["company", "set", "bogus=1"], "Unknown field"),
        (["nonsense"], "invalid choice"),
        (["demo", "--count", "0"], "--count"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], args: list[str], message: str
) -> None:
    code, out, err = run(capsys, *dbarg, *args)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    _, out, _ = run(capsys, *dbarg, "customers", "--json")
    assert json.loads(out) == []


def test_company_set_and_show(capsys: pytest.CaptureFixture[str], dbarg: list[str]) -> None:
    code, _, err = run(capsys, *dbarg, "company", "set", "name=Oma Toiminimi",
                       "business_id=2077474-0", "iban=FI21 1234 5600 0007 85", "bic=nordfihh",
                       "phone=0401234567")  # fmt: skip
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, *dbarg, "company", "show", "--json")
    data = json.loads(out)
    assert data["iban"] == "FI2112345600000785"
    assert data["bic"] == "NORDFIHH"
    assert data["business_id"] == "2077474-0"
    code, out, _ = run(capsys, *dbarg, "company", "show")
    assert "name: Oma Toiminimi" in out


def test_unusable_database_path(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path), "customers")
    assert code == 2 and "folder" in err
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("definitely not a database, just some text for the test" * 20)
    code, _, err = run(capsys, "--db", str(bad), "customers")
    assert code == 2 and "not an Asiakasrekisteri database" in err


def test_db_from_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "env.sqlite3"
    monkeypatch.setenv("ASIAKASREKISTERI_DB", str(path))
    run(capsys, "customer", "add", "name=Ympäristö Oy")
    assert path.exists()


def test_default_path_is_the_user_data_dir(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run(capsys, "customer", "add", "name=Oletus Oy")
    assert (tmp_path / "data" / "asiakasrekisteri.sqlite3").exists()


def test_demo_command(capsys: pytest.CaptureFixture[str], dbarg: list[str]) -> None:
    code, out, _ = run(capsys, *dbarg, "demo", "--count", "25")
    assert code == 0 and "25 demo customers" in out
    _, out, _ = run(capsys, *dbarg, "customers", "--json", "--inactive")
    assert len(json.loads(out)) == 25


def test_console_entry_points(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "asiakasrekisteri", "--version"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0 and result.stdout.startswith("asiakasrekisteri ")


def test_messages_follow_the_language(
    capsys: pytest.CaptureFixture[str],
    dbarg: list[str],
    monkeypatch: pytest.MonkeyPatch,
    qapp: object,  # the test process's one QApplication; the CLI must reuse, not replace it
) -> None:
    from asiakasrekisteri.ui.i18n import translations_dir

    if not (translations_dir() / "asiakasrekisteri_fi.qm").exists():
        pytest.skip("translations are compiled by the test command (bootstrap.py test)")
    monkeypatch.setenv("ASIAKASREKISTERI_LANG", "fi")
    code, _, err = run(capsys, *dbarg, "customer", "add", "name=X", "business_id=1234567-8")
    assert code == 2
    assert "Y-tunnuksen tarkistusnumero ei täsmää" in err, err
    monkeypatch.setenv("ASIAKASREKISTERI_LANG", "en")
    code, _, err = run(capsys, *dbarg, "customer", "add", "name=X", "business_id=1234567-8")
    assert "check digit" in err


def test_language_from_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    from asiakasrekisteri.cli.common import cli_language

    for name in ("ASIAKASREKISTERI_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert cli_language() == "en"
    monkeypatch.setenv("LANG", "sv_FI.UTF-8")
    assert cli_language() == "sv"
    monkeypatch.setenv("LC_ALL", "C")
    assert cli_language() == "en"
    monkeypatch.setenv("ASIAKASREKISTERI_LANG", "fi")
    assert cli_language() == "fi"


def test_a_register_that_cannot_be_opened_is_named_in_the_users_language(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qapp: object,
) -> None:
    from asiakasrekisteri.ui.i18n import translations_dir

    if not (translations_dir() / "asiakasrekisteri_fi.qm").exists():
        pytest.skip("translations are compiled by the test command (bootstrap.py test)")
    folder = tmp_path / "kansio"
    folder.mkdir()
    monkeypatch.setenv("ASIAKASREKISTERI_LANG", "fi")
    code, _, err = run(capsys, "--db", str(folder), "customers")
    assert code == 2
    assert f"{folder} on kansio eikä tietokantatiedosto." in err, err
    monkeypatch.setenv("ASIAKASREKISTERI_LANG", "en")
    code, _, err = run(capsys, "--db", str(folder), "customers")
    assert f"{folder} is a folder, not a database file." in err
