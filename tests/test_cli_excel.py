"""Spreadsheet commands: export, import (dry run, report, mapping), imports, undo-import."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from asiakasrekisteri.cli import main
from tests.services.excel_builders import write_csv, write_xlsx


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def dbarg(tmp_path: Path) -> list[str]:
    return ["--db", str(tmp_path / "cli.sqlite3")]


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    rows = [["Asiakasrekisteri"], [],
            ["Asiakas nro", "Nimi", "Y-tunnus", "Puhelin", "Muistio"],
            [1001.0, "Alfa Oy", "07374742", "040 123 4567", "soita"],
            [1002.0, "Beta Oy", "1234567-8", None, None],
            [None, None, "2077474-0", None, None]]  # fmt: skip
    return write_xlsx(tmp_path / "in.xlsx", rows)


def test_import_prints_a_summary_and_can_be_undone(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], sheet: Path, tmp_path: Path
) -> None:
    report = tmp_path / "report.xlsx"
    code, out, err = run(capsys, *dbarg, "import", str(sheet), "--report", str(report))
    assert (code, err) == (0, "")
    assert "header on row 3" in out
    backups = list((Path(dbarg[1]).parent / "backups").glob("before-import-*"))
    assert len(backups) == 1 and str(backups[0]) in out  # backed up before it wrote
    assert "Created 2, updated 0, skipped 1 rows." in out
    assert "skipped row 6" in out
    assert "row 5, Y-tunnus: “1234567-8”" in out
    assert load_workbook(report).sheetnames == ["Yhteenveto", "Rivit", "Huomautukset"]
    code, out, _ = run(capsys, *dbarg, "customers")
    assert "Alfa Oy" in out and "2 customers" in out
    code, out, _ = run(capsys, *dbarg, "imports")
    assert "in.xlsx" in out and "created 2" in out
    code, out, _ = run(capsys, *dbarg, "undo-import", "1")
    assert code == 0 and "2 customers removed" in out
    code, out, err = run(capsys, *dbarg, "undo-import", "1")
    assert code == 2 and "undone already" in err


def test_second_import_updates_by_number(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], sheet: Path
) -> None:
    run(capsys, *dbarg, "import", str(sheet))
    code, out, _ = run(capsys, *dbarg, "import", str(sheet))
    assert code == 0 and "Created 0, updated 2, skipped 1 rows." in out


def test_dry_run_and_mapping(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], sheet: Path
) -> None:
    code, out, _ = run(capsys, *dbarg, "import", str(sheet), "--dry-run", "--map", "E=comment")
    assert code == 0 and "Dry run: would create 2" in out
    code, out, _ = run(capsys, *dbarg, "customers")
    assert "0 customers" in out
    code, _, err = run(capsys, *dbarg, "import", str(sheet), "--map", "E=colour")
    assert code == 2 and "unknown field" in err


def test_fatal_problem_exits_2_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 junk")
    code, out, err = run(capsys, *dbarg, "import", str(bad))
    assert code == 2 and "not a spreadsheet" in err and out == ""
    code, _, err = run(capsys, *dbarg, "import", str(tmp_path / "missing.csv"))
    assert code == 2 and "does not exist" in err
    code, out, _ = run(capsys, *dbarg, "customers")
    assert "0 customers" in out


def test_export_with_search(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], tmp_path: Path
) -> None:
    csv = write_csv(tmp_path / "in.csv", [["Nimi", "Postitoimipaikka", "Yhteyshenkilö"],
                                          ["Alfa Oy", "Oulu", "Aino Alfa"],
                                          ["Beta Oy", "Turku", "Bertta Beta"]])  # fmt: skip
    assert run(capsys, *dbarg, "import", str(csv))[0] == 0
    out_file = tmp_path / "out.xlsx"
    code, out, _ = run(capsys, *dbarg, "export", str(out_file), "--search", "turku")
    assert code == 0 and "1 customers written" in out
    wb = load_workbook(out_file)
    assert wb.sheetnames == ["Asiakkaat", "Myynti", "Yhteyshenkilöt", "Toimipisteet"]
    assert wb["Asiakkaat"]["C2"].value == "Beta Oy"
    people = [[c.value for c in row[1:3]] for row in wb["Yhteyshenkilöt"].iter_rows(min_row=2)]
    assert people == [["Beta Oy", "Bertta Beta"]]
    assert wb["Toimipisteet"].max_row == 1  # the header alone
    code, out, _ = run(capsys, *dbarg, "import", str(out_file), "--dry-run")
    assert code == 0 and "Sheet “Asiakkaat”" in out
    assert "contact persons from sheet “Yhteyshenkilöt” (1 row) are imported too" in out
    assert "offices from sheet “Toimipisteet” (0 rows) are imported too" in out
    assert "other sheets, not read: Myynti (choose one with --sheet)" in out
    # Beta Oy is in the register already: its row updates it, and its contact the same
    # contact (the one from the CSV's Yhteyshenkilö column).
    assert "Contact persons (sheet Yhteyshenkilöt): 0 added, 1 updated, 0 not imported." in out


def test_contact_and_office_rows_that_cannot_be_imported_are_listed(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], tmp_path: Path
) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    customers = wb.active
    assert customers is not None
    customers.title = "Asiakkaat"
    customers.append(["Asiakasnumero", "Nimi"])
    customers.append([1001, "Alfa Oy"])
    people = wb.create_sheet("Yhteyshenkilöt")
    people.append(
        ["Asiakasnumero", "Asiakkaan nimi", "Nimi", "Titteli/tehtävä", "Puhelinnumero",
         "Sähköposti", "Avainsanat", "Oletus", "Aktiivinen"]
    )  # fmt: skip
    people.append([1001, "Alfa Oy", "Aino Alfa", None, None, "aino(at)alfa", None, None, None])
    people.append([9999, "Outo Oy", "Olli Outo", None, None, None, None, None, None])
    wb.save(tmp_path / "people.xlsx")
    code, out, _ = run(capsys, *dbarg, "import", str(tmp_path / "people.xlsx"))
    assert code == 0
    assert "contact persons from sheet “Yhteyshenkilöt” (2 rows) are imported too" in out
    assert "other sheets" not in out
    assert "1 added, 0 updated, 1 not imported." in out
    assert (
        "not imported: sheet “Yhteyshenkilöt” row 3 — No customer has the customer number "
        "9999" in out
    )
    assert "sheet “Yhteyshenkilöt” row 2, Sähköposti: “aino(at)alfa”" in out


def test_help_documents_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    out = capsys.readouterr().out
    assert "--dry-run" in out and "--report" in out and "undo-import" in out


def test_customer_types_are_inferred_or_chosen_for_all_rows(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], tmp_path: Path
) -> None:
    rows = [["Nimi", "Sähköposti"], ["Sari Heikkinen", "sari@gmail.com"], ["Alfa Oy", None],
            ["Parturi Sali", None], ["Parturi-Sali", "sali@sali.fi"]]  # fmt: skip
    sheet = write_xlsx(tmp_path / "t.xlsx", rows)
    code, out, _ = run(capsys, *dbarg, "import", str(sheet), "--dry-run")
    assert code == 0
    assert "customer type not given on 4 rows: inferred 3 companies, 1 private persons" in out
    assert "1 groups of possible duplicates (similar names) are imported as new" in out
    assert "Dry run: would create 4, updated 0, skipped 0 rows." in out
    code, out, _ = run(capsys, *dbarg, "import", str(sheet), "--customer-type", "private")
    assert code == 0
    code, out, _ = run(capsys, *dbarg, "customers", "--json")
    assert code == 0 and out.count('"type": "private"') == 4, out
