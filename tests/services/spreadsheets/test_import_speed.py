"""What the import's speed-ups must not change: every bad value is still reported on every
row, and the paused garbage collector is always turned back on."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.spreadsheets import (
    DuplicateAction,
    ExcelImportService,
    ImportFileError,
    Severity,
)
from tests.services.excel_builders import write_xlsx

HEADER = ["Asiakasnumero", "Asiakkuuden tyyppi", "Nimi", "Y-tunnus", "Aktiivinen",
          "Maksuehto (pv)", "Verkkosivut"]  # fmt: skip


@pytest.fixture
def service(services: Services) -> ExcelImportService:
    return services.excel_import


@pytest.fixture
def gc_enabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:  # pragma: no cover - pytest runs with the collector on
        gc.disable()


def test_a_repeated_bad_value_is_reported_on_every_row(
    service: ExcelImportService, tmp_path: Path
) -> None:
    # Parsed values are remembered; failures are not, so each row gets its own warning.
    rows = [
        [1001 + n, "kumppani", f"Yritys {n} Oy", "0737474-3", "ehkä", "14 pv", "www.Example.fi"]
        for n in range(3)
    ]
    plan = service.analyse(write_xlsx(tmp_path / "a.xlsx", [HEADER, *rows]))
    warnings = [(i.row, i.code) for i in plan.issues if i.severity is Severity.WARNING]
    for row in (2, 3, 4):
        assert (row, "customer_type.unknown") in warnings
        assert (row, "bool.format") in warnings
        assert (row, "business_id.checksum") in warnings
    for planned in plan.rows:
        assert planned.data is not None
        assert planned.data.business_id == ""  # never stored as if valid
        assert planned.data.payment_term_days == 14
        assert planned.data.website == "https://www.example.fi"


@pytest.mark.usefixtures("gc_enabled")
def test_the_collector_is_back_on_after_analyse_and_apply(
    service: ExcelImportService, tmp_path: Path
) -> None:
    rows = [[1001, "Yritys", "Oy Ab", "0737474-2", "kyllä", 14, ""]]
    plan = service.analyse(write_xlsx(tmp_path / "a.xlsx", [HEADER, *rows]))
    assert gc.isenabled()
    result = service.apply(
        plan, duplicate_choices={g.key: DuplicateAction.NEW for g in plan.duplicates}
    )
    assert len(result.created) == 1
    assert gc.isenabled()
    with pytest.raises(ImportFileError):
        service.analyse(tmp_path / "missing.xlsx")
    assert gc.isenabled()


def test_the_collector_stays_off_when_it_was_off(
    service: ExcelImportService, tmp_path: Path
) -> None:
    rows = [[1001, "Yritys", "Oy Ab", "0737474-2", "kyllä", 14, ""]]
    gc.disable()
    try:
        service.analyse(write_xlsx(tmp_path / "a.xlsx", [HEADER, *rows]))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_rows_giving_the_same_columns_share_one_set_of_them(
    service: ExcelImportService, tmp_path: Path
) -> None:
    # One set per row was 1 kB a row (60 MB of a 50,000-row plan); sharing must not
    # blur which fields a row gave, which is what an update overwrites.
    rows = [HEADER,
            [1001, "Yritys", "Alfa Oy", None, "kyllä", 14, None],
            [1002, "Yritys", "Beta Oy", None, "ei", 21, None],
            [1003, "Yritys", "Gamma Oy", None, None, None, "www.gamma.fi"]]  # fmt: skip
    plan = service.analyse(write_xlsx(tmp_path / "p.xlsx", rows))
    first, second, third = plan.rows
    assert first.provided is second.provided
    assert "payment_term_days" in first.provided
    assert third.provided == {"customer_number", "customer_type", "name", "website"}
