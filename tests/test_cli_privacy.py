"""Safety and privacy commands: backup, restore, check, privacy export/erase/retention/notice."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from asiakasrekisteri.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "reg" / "cli.sqlite3"


@pytest.fixture
def dbarg(db_file: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    args = ["--db", str(db_file)]
    code, _, _ = run(capsys, *args, "customer", "add", "name=Salainen Asiakas Oy",
                     "comment=erittäin salainen")  # fmt: skip
    assert code == 0
    return args


def test_backup_check_and_restore(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], db_file: Path, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, *dbarg, "backup")
    made = Path(out.strip())
    assert code == 0 and made.parent == db_file.parent / "backups" and made.exists()
    chosen = tmp_path / "copy.sqlite3"
    assert run(capsys, *dbarg, "backup", str(chosen))[0] == 0
    assert chosen.exists()

    assert run(capsys, *dbarg, "check") == (0, "ok\n", "")
    run(capsys, *dbarg, "customer", "set", "1001", "name=Muutettu Oy")
    code, out, _ = run(capsys, *dbarg, "restore", str(chosen))
    assert code == 0 and "Restored" in out
    _, out, _ = run(capsys, *dbarg, "customer", "show", "1001")
    assert json.loads(out)["name"] == "Salainen Asiakas Oy"


def test_check_fails_on_a_broken_rule(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], db_file: Path
) -> None:
    con = sqlite3.connect(db_file)
    con.execute("UPDATE customer SET search_text = 'x'")
    con.commit()
    con.close()
    code, out, _ = run(capsys, *dbarg, "check")
    assert code == 1
    assert "search_text" in out


def test_restore_refuses_a_bad_file(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("no")
    code, _, err = run(capsys, *dbarg, "restore", str(bad))
    assert code == 2 and "cannot be restored" in err


def test_restore_refuses_a_foreign_file_in_a_few_lines(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], tmp_path: Path
) -> None:
    foreign = tmp_path / "FOREIGN.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, photo BLOB)")
    con.execute("CREATE TABLE own_company (id INTEGER PRIMARY KEY, logo TEXT)")
    con.execute("PRAGMA user_version=6")
    con.commit()
    con.close()
    code, _, err = run(capsys, *dbarg, "restore", str(foreign))
    assert code == 2
    assert "not an Asiakasrekisteri register" in err
    assert len(err.strip().splitlines()) <= 3
    assert run(capsys, *dbarg, "check") == (0, "ok\n", "")
    _, out, _ = run(capsys, *dbarg, "customer", "show", "1001")
    assert json.loads(out)["name"] == "Salainen Asiakas Oy"


def test_privacy_export_erase_retention_notice(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], tmp_path: Path
) -> None:
    target = tmp_path / "out.zip"
    code, _, _ = run(capsys, *dbarg, "privacy", "export", "1001", "-o", str(target))
    assert code == 0
    with zipfile.ZipFile(target) as zf:
        assert json.loads(zf.read("data.json"))["customer"]["comment"] == "erittäin salainen"

    code, out, _ = run(capsys, *dbarg, "privacy", "erase", "1001")
    assert code == 0 and "deleted completely" in out and "Nothing was erased" in out
    code, out, _ = run(capsys, *dbarg, "privacy", "erase", "1001", "--yes")
    assert code == 0 and "Erased." in out and "still in backup" in out
    code, _, _ = run(capsys, *dbarg, "customer", "show", "1001")
    assert code == 2

    code, out, _ = run(capsys, *dbarg, "privacy", "retention", "--years", "3")
    assert code == 0 and "0 customers" in out
    notice = tmp_path / "seloste.pdf"
    assert run(capsys, *dbarg, "privacy", "notice", "-o", str(notice))[0] == 0
    assert notice.read_bytes().startswith(b"%PDF")


def test_a_damaged_register_is_left_in_place_when_the_backup_is_bad(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], db_file: Path, tmp_path: Path
) -> None:
    from tests.services.test_backup import _damage

    for n in range(60):  # enough pages that the damage hits the tables
        run(capsys, *dbarg, "customer", "add", f"name=Asiakas {n} Oy")
    _damage(db_file)
    code, out, _ = run(capsys, *dbarg, "check")
    assert code == 1 and out.startswith("integrity:")  # the register cannot be opened
    damaged = db_file.read_bytes()
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("no")
    code, out, err = run(capsys, *dbarg, "restore", str(bad))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "cannot be restored" in err
    assert db_file.read_bytes() == damaged
    assert not list(db_file.parent.glob("*.damaged-*"))
