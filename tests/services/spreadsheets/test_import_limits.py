"""Hostile and oversized files get one clear message naming the limit, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from asiakasrekisteri.cli import main
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.spreadsheets import ExcelImportService, ImportFileError, limits
from tests.services.excel_builders import write_csv, write_xlsx
from tests.services.spreadsheets import hostile_files as hostile


@pytest.fixture
def service(services: Services) -> ExcelImportService:
    return services.excel_import


def _refused(service: ExcelImportService, path: Path) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        service.analyse(path)
    return caught.value


def test_cells_far_apart_are_refused_before_the_reader_builds_the_grid(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    error = _refused(service, hostile.far_apart_cells(tmp_path / "far.xlsx"))
    assert error.code == "import.limit.cells"
    assert error.message == (
        "Sheet “Asiakkaat” spans 1\u00a0048\u00a0576 rows and 16\u00a0384 columns, "
        "17\u00a0179\u00a0869\u00a0184 cells; at most 50\u00a0000\u00a0000 cells can be imported "
        "at once. Delete far-away cells, or split the sheet."
    )
    assert customers.count() == 0


def test_a_wide_sheet_is_checked_cell_by_cell(tmp_path: Path, service: ExcelImportService) -> None:
    # 60 columns: a cell on row 900 000 makes 54 million cells, though no row is too far.
    letters = [limits.column_letters(n) for n in range(1, 61)]
    header = "".join(f'<c r="{c}1" t="inlineStr"><is><t>Nimi {c}</t></is></c>' for c in letters)
    rows = f'<row r="1">{header}</row><row r="2"><c r="A900000"><v>1</v></c></row>'
    error = _refused(service, hostile.write_parts(tmp_path / "w.xlsx", hostile.sheet_xml(rows)))
    assert error.code == "import.limit.cells"
    assert "900\u00a0000 rows and 60 columns" in error.message


def test_a_declared_dimension_beyond_the_limits_is_refused_at_once(
    tmp_path: Path, service: ExcelImportService
) -> None:
    rows = hostile.HEADER_ROW
    path = hostile.write_parts(tmp_path / "d.xlsx", hostile.sheet_xml(rows, "A1:B2000000"))
    error = _refused(service, path)
    assert error.code == "import.limit.rows"
    assert "2\u00a0000\u00a0000" in error.message and "1\u00a0048\u00a0576" in error.message


def test_a_zip_bomb_is_refused_by_its_packing_ratio(
    tmp_path: Path, service: ExcelImportService
) -> None:
    path = hostile.zip_bomb(tmp_path / "bomb.xlsx")
    assert path.stat().st_size < 200_000
    error = _refused(service, path)
    assert error.code == "import.limit.ratio"
    assert "at most 100 times" in error.message


def test_a_workbook_unpacking_to_more_than_the_limit_is_refused(
    tmp_path: Path, service: ExcelImportService, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "w.xlsx", [["Nimi"], *([f"Asiakas {n}"] for n in range(3000))])
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES", 50_000)
    error = _refused(service, path)
    assert error.code == "import.limit.unpacked"
    assert "at most 1 MB" in error.message


@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "[Content_Types].xml"])
def test_a_part_that_unpacks_larger_than_it_says_is_damaged(
    tmp_path: Path, service: ExcelImportService, part: str
) -> None:
    error = _refused(service, hostile.lying_sizes(tmp_path / "lie.xlsx", part))
    assert error.code == "import.damaged"
    assert error.message.startswith("The file lie.xlsx is damaged")


def test_one_shared_text_repeated_by_every_cell_is_added_up(
    tmp_path: Path, service: ExcelImportService, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = hostile.repeated_shared_text(tmp_path / "s.xlsx", cells=2000)  # 60 MB of copies
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES", 20 * 1024**2)
    error = _refused(service, path)
    assert error.code == "import.limit.text"
    assert "more than 20 MB" in error.message
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES", 100 * 1024**2)
    plan = service.analyse(path)  # within the limit it reads as usual
    assert len(plan.rows) == 2000


def test_an_opendocument_cell_repeated_into_a_huge_grid_is_refused(
    tmp_path: Path, service: ExcelImportService
) -> None:
    error = _refused(service, hostile.ods_repeated(tmp_path / "r.ods", 100_000, 1000))
    assert error.code == "import.limit.cells"
    ok = service.analyse(hostile.ods_repeated(tmp_path / "ok.ods", 3, 2))
    assert [r.row for r in ok.rows] == [2, 3, 4]  # the empty repeats after them span nothing


def test_cells_and_rows_without_references_are_counted_one_by_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, service: ExcelImportService
) -> None:
    cell = '<c t="inlineStr"><is><t>x</t></is></c>'
    rows = hostile.HEADER_ROW + f"<row>{cell * 40}</row>" + "<row><c><v>1</v></c></row>" * 30
    path = hostile.write_parts(tmp_path / "n.xlsx", hostile.sheet_xml(rows))
    monkeypatch.setattr(limits, "MAX_CELLS", 40 * 32 - 1)
    error = _refused(service, path)
    assert error.code == "import.limit.cells" and "32 rows and 40 columns" in error.message


def test_a_csv_cell_over_the_limit(tmp_path: Path, service: ExcelImportService) -> None:
    path = write_csv(tmp_path / "c.csv", [["Nimi", "Muistio"], ["Alfa Oy", "x" * 40_000]])
    error = _refused(service, path)
    assert error.code == "import.limit.cell"
    assert error.message == (
        "The record ending on line 2 of the file c.csv has a cell of more than 32\u00a0767 "
        "characters; a cell may hold at most 32\u00a0767."
    )
    # Over the csv module's own field limit too, and spread over many short lines.
    huge = write_csv(tmp_path / "h.csv", [["Nimi", "Muistio"], ["Alfa Oy", "x" * 140_000]])
    assert _refused(service, huge).code == "import.limit.cell"
    lines = write_csv(tmp_path / "l.csv", [["Nimi", "Muistio"], ["Alfa", "rivi\n" * 7000]])
    error = _refused(service, lines)
    assert (error.code, error.params["line"]) == ("import.limit.cell", "7\u00a0002")


def test_a_csv_line_over_the_limit(
    tmp_path: Path, service: ExcelImportService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_LINE_CHARS", 1000)
    path = tmp_path / "l.csv"
    path.write_text("Nimi;Muistio\r\nAlfa Oy;" + "y" * 2000 + "\r\n", encoding="utf-8")
    error = _refused(service, path)
    assert error.code == "import.limit.line"
    assert error.message == (
        "Line 2 of the file l.csv is longer than 1\u00a0000 characters; a CSV file of "
        "customers has no such lines."
    )


def test_a_csv_with_more_rows_than_the_limit(
    tmp_path: Path, service: ExcelImportService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_ROWS", 100)
    path = write_csv(tmp_path / "r.csv", [["Nimi"], *([f"Asiakas {n}"] for n in range(150))])
    error = _refused(service, path)
    assert error.code == "import.limit.rows" and "at most 100 rows" in error.message


def test_a_csv_that_turns_from_utf8_to_windows_1252_is_still_read(
    tmp_path: Path, service: ExcelImportService
) -> None:
    head = "Nimi;Kaupunki\r\n" + "".join(f"Asiakas {n};Espoo\r\n" for n in range(9000))
    path = tmp_path / "mixed.csv"
    path.write_bytes(head.encode("utf-8") + "Äänekosken Oy;Äänekoski\r\n".encode("cp1252"))
    plan = service.analyse(path)
    last = plan.rows[-1].data
    assert last is not None and last.name == "Äänekosken Oy"


def test_the_cli_says_it_in_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cli.sqlite3"
    path = hostile.zip_bomb(tmp_path / "bomb.xlsx")
    code = main(["--db", str(db), "import", str(path)])
    _out, err = capsys.readouterr()
    assert code == 2
    assert err.count("\n") == 1 and "packed" in err and "Traceback" not in err
    assert main(["--db", str(db), "customers"]) == 0
    assert "0 customers" in capsys.readouterr().out
