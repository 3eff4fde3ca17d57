"""Excel import and export of a 50,000-customer register.

Builds a register of N generated customers (``services.demo.generate``), exports it to an
.xlsx (the "user's sheet"), then measures in this one process:

* import of that workbook into an empty register (analyse + apply, one transaction),
* export of the imported register,

each beside its floor measured in the same run on the same rows:

* import floor: a bare python-calamine read of the sheets the import reads (customers,
  contact persons, offices) plus a bare write of the same rows into plain tables of the
  register's own database, one per sheet: ``executemany`` into SQLite (same PRAGMAs as
  the register: WAL), or ``COPY … FROM STDIN`` into PostgreSQL (whose time alone is
  printed too),
* export floor: openpyxl write-only of the same rows on the same sheets (customers, sales,
  contact persons, offices), no styling,

and the peak resident memory of the whole run.

Budget: import ≤ 3× its floor, export ≤ 1.5× its floor, memory ≤ 500 MB, the same on both
backends. On a file register the ratios are of the process's CPU time (all its threads;
SQLite works in the process), which other work on a shared machine does not inflate as it
does wall-clock time; a server works in processes of its own, so there the ratios are of
wall-clock time. Both are printed. By default the register is a file and then a
PostgreSQL database (on a throwaway server of its own, ``benchmarks/postgres.py``), each
measured in a process of its own.

    python -m benchmarks.excel_roundtrip [--count 50000] [--backend sqlite|postgresql|both]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import python_calamine
from openpyxl import Workbook

from asiakasrekisteri.services.container import open_services
from asiakasrekisteri.services.spreadsheets import DuplicateAction
from asiakasrekisteri.services.spreadsheets.export import (
    CONTACTS_SHEET,
    CUSTOMERS_SHEET,
    OFFICES_SHEET,
)
from benchmarks.measure import Clock, peak_rss_mb
from benchmarks.postgres import BACKENDS, postgres_database, run_each_backend
from benchmarks.user_sheet import build_user_sheet

BUDGET_IMPORT = 3.0
BUDGET_EXPORT = 1.5
BUDGET_MEMORY_MB = 500.0


# The sheets the import reads: customers, and their contact persons and offices.
FLOOR_SHEETS = (CUSTOMERS_SHEET, CONTACTS_SHEET, OFFICES_SHEET)


def _read_floor_sheets(sheet: Path) -> list[list[list[Any]]]:
    workbook = python_calamine.CalamineWorkbook.from_path(str(sheet))
    sheets = [workbook.get_sheet_by_name(name).to_python() for name in FLOOR_SHEETS]
    workbook.close()
    return sheets


def _floor_read_copy(sheet: Path, url: str) -> tuple[Clock, float]:
    """The read, and ``COPY`` of the same rows into plain text tables; (total, COPY alone)."""
    import psycopg

    with Clock() as clock:
        sheets = _read_floor_sheets(sheet)
        copy_started = time.perf_counter()
        with psycopg.connect(url) as con, con.cursor() as cursor:
            # A schema of its own: the register's database must hold only the register.
            cursor.execute("CREATE SCHEMA bench_floor")
            for number, rows in enumerate(sheets):
                width = len(rows[0])
                columns = ", ".join(f"c{i} text" for i in range(width))
                cursor.execute(f"CREATE TABLE bench_floor.t{number} ({columns})")
                with cursor.copy(f"COPY bench_floor.t{number} FROM STDIN") as copy:
                    for row in rows[1:]:
                        copy.write_row(
                            [None if v == "" else v for v in row] + [None] * (width - len(row))
                        )
    return clock, time.perf_counter() - copy_started


def _floor_read_insert(sheet: Path, db_path: Path) -> Clock:
    with Clock() as clock:
        sheets = _read_floor_sheets(sheet)
        con = sqlite3.connect(db_path)
        con.execute("PRAGMA journal_mode=WAL")
        for number, rows in enumerate(sheets):
            width = len(rows[0])
            con.execute(f"CREATE TABLE t{number} ({', '.join(f'c{i}' for i in range(width))})")
            con.executemany(
                f"INSERT INTO t{number} VALUES ({', '.join('?' for _ in range(width))})",
                [
                    [None if v == "" else v for v in row] + [None] * (width - len(row))
                    for row in rows[1:]
                ],
            )
        con.commit()
        con.close()
    return clock


def _all_sheets(path: Path) -> list[tuple[str, list[list[Any]]]]:
    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    try:
        return [
            (name, workbook.get_sheet_by_name(name).to_python()) for name in workbook.sheet_names
        ]
    finally:
        workbook.close()


def _floor_write(sheets: list[tuple[str, list[list[Any]]]], target: Path) -> Clock:
    """openpyxl write-only of the same rows on the same sheets as the export writes."""
    with Clock() as clock:
        workbook = Workbook(write_only=True)
        for name, rows in sheets:
            sheet = workbook.create_sheet(name)
            for row in rows:
                sheet.append(row)
        workbook.save(target)
    return clock


def _line(
    name: str, clock: Clock, floor: Clock, count: int, budget: float, *, by_cpu: bool
) -> bool:
    """Print one step beside its floor; whether its ratio (CPU or wall) is in budget."""
    cpu_ratio, wall_ratio = clock.cpu / floor.cpu, clock.wall / floor.wall
    ratio = cpu_ratio if by_cpu else wall_ratio
    ok = ratio <= budget
    print(
        f"{name:<7} {count / clock.wall:>9,.0f} rows/s   wall {clock.wall:5.2f} s, floor "
        f"{floor.wall:5.2f} s, {wall_ratio:4.2f}×   CPU {clock.cpu:5.2f} s, floor "
        f"{floor.cpu:5.2f} s, {cpu_ratio:4.2f}×   judged on {'CPU' if by_cpu else 'wall'}: "
        f"{ratio:4.2f}× (budget {budget}×) {'ok' if ok else 'OVER'}"
    )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50_000)
    parser.add_argument("--backend", choices=(*BACKENDS, "both"), default="both")
    args = parser.parse_args()
    if args.backend == "both":
        return run_each_backend(__spec__.name, ["--count", str(args.count)])
    if args.backend == "postgresql":
        with postgres_database("bench") as url:
            return _measure(args.count, url)
    return _measure(args.count, None)


def _measure(count: int, url: str | None) -> int:
    """The round trip into a new file, or into the empty server database at ``url``."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sheet, built = build_user_sheet(folder, count)

        copy_s = 0.0
        if url is None:
            floor_import = _floor_read_insert(sheet, folder / "floor.sqlite3")
        else:
            floor_import, copy_s = _floor_read_copy(sheet, url)
        sheets = _all_sheets(sheet)
        floor_export = _floor_write(sheets, folder / "floor.xlsx")
        del sheets

        target = open_services(folder / "target.sqlite3" if url is None else url)
        service = target.excel_import
        with Clock() as imported:
            with Clock() as analysed:
                plan = service.analyse(sheet)
            # demo.generate draws Y-tunnus numbers at random, so a few collide: import
            # those rows as separate customers, as a user would choose in the dialog.
            choices = {g.key: DuplicateAction.NEW for g in plan.duplicates}
            result = service.apply(plan, duplicate_choices=choices)
        assert len(result.created) == count, result.summary()
        # Every contact person and office came in with its customer.
        assert result.contacts is not None and result.contacts.added == built.contacts
        assert result.offices is not None and result.offices.added == built.offices
        print(f"import: analyse {analysed.wall:.2f} s, apply {imported.wall - analysed.wall:.2f} s")
        del plan

        with Clock() as exporting:
            exported = target.excel_export.export(folder / "export.xlsx")
        assert exported.customers == count
        assert (exported.contacts, exported.offices) == (built.contacts, built.offices)
        target.close()

    by_cpu = url is None
    ok = _line("import", imported, floor_import, count, BUDGET_IMPORT, by_cpu=by_cpu)
    if copy_s:
        print(f"        of the floor, COPY alone: {copy_s:.2f} s ({imported.wall / copy_s:.1f}×)")
    ok &= _line("export", exporting, floor_export, count, BUDGET_EXPORT, by_cpu=by_cpu)
    peak = peak_rss_mb()
    print(
        f"peak memory {peak:.0f} MB (budget {BUDGET_MEMORY_MB:.0f} MB) "
        f"{'ok' if peak <= BUDGET_MEMORY_MB else 'OVER'}"
    )
    ok &= peak <= BUDGET_MEMORY_MB
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
