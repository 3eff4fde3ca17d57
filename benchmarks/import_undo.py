"""Undo of a spreadsheet import of 50,000 new customers.

Builds a register of N generated customers (``services.demo.fill_demo``), exports it to
an .xlsx (the "user's sheet", as ``benchmarks/excel_roundtrip.py`` does) and imports that
into an empty register: N customers with their contact persons and offices, one batch.
Then it undoes the import and measures:

* the undo (``ExcelImportService.undo_import``: every customer the import created
  removed, with its contact persons, offices and history settled, one transaction),
* beside its floor, measured in the same run on the same rows: the import's own apply
  step (``ExcelImportService.apply``, which wrote those rows),
* and the peak resident memory of the process that undoes.

Budget: undo ≤ 1.5× the apply, memory ≤ 500 MB, the same on both backends (deleting a
customer makes the database look in every table that may refer to it, 13 of them, where
writing one checks only the few it refers to). As in
``excel_roundtrip``, on a file register the ratio is of the process's CPU time (SQLite
works in the process), on a server of wall-clock time; both are printed.

The sheet is built and imported in a child process (which measures the apply step and
hands its figures back in a file), so the peak memory printed is the undo's own: opening
the register and undoing. By default the register is a file and then a PostgreSQL
database (on a throwaway server of its own, ``benchmarks/postgres.py``), each measured
in a process of its own.

    python -m benchmarks.import_undo [--count 50000] [--backend sqlite|postgresql|both]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, func, select

from asiakasrekisteri.services.container import open_services
from asiakasrekisteri.services.spreadsheets import DuplicateAction
from asiakasrekisteri.storage.models import ContactPerson, Customer, Office
from benchmarks.measure import Clock, peak_rss_mb
from benchmarks.postgres import BACKENDS, register_location, run_each_backend
from benchmarks.user_sheet import build_user_sheet

BUDGET_UNDO = 1.5
BUDGET_MEMORY_MB = 500.0
# The rows an imported customer brings along, which the undo removes with it.
_CHILDREN = (ContactPerson, Office)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50_000)
    parser.add_argument("--backend", choices=(*BACKENDS, "both"), default="both")
    parser.add_argument("--build", help=argparse.SUPPRESS)
    parser.add_argument("--figures", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build is not None:
        # Runs in a child process, so the measured process's memory is the undo's own.
        _build_and_import(args.count, args.build, Path(args.figures))
        return 0
    if args.backend == "both":
        return run_each_backend(__spec__.name, ["--count", str(args.count)])
    with (
        tempfile.TemporaryDirectory() as tmp,
        register_location(args.backend, Path(tmp), "bench") as location,
    ):
        figures = Path(tmp) / "figures.json"
        command = [sys.executable, "-m", __spec__.name, "--count", str(args.count)]
        subprocess.run([*command, "--build", location, "--figures", str(figures)], check=True)
        applied = json.loads(figures.read_text())
        return _undo(args.count, location, applied)


def _build_and_import(count: int, location: str, figures: Path) -> None:
    """The user's sheet of ``count`` customers, imported into the register at ``location``."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sheet, built = build_user_sheet(folder, count)
        target = open_services(location if location.startswith("postgresql://") else Path(location))
        service = target.excel_import
        with Clock() as analysed:
            plan = service.analyse(sheet)
        # demo.generate draws Y-tunnus numbers at random, so a few collide: import those
        # rows as separate customers, as a user would choose in the dialog.
        choices = {g.key: DuplicateAction.NEW for g in plan.duplicates}
        with Clock() as applied:
            result = service.apply(plan, duplicate_choices=choices)
        assert len(result.created) == count, result.summary()
        assert result.contacts is not None and result.contacts.added == built.contacts
        assert result.offices is not None and result.offices.added == built.offices
        target.close()
    print(f"import: analyse {analysed.wall:.2f} s, apply {applied.wall:.2f} s", flush=True)
    figures.write_text(
        json.dumps({"batch": result.batch_id, "cpu": applied.cpu, "wall": applied.wall})
    )


def _undo(count: int, location: str, applied: dict[str, float]) -> int:
    """Undo the batch the child imported; print it beside the apply step."""
    server = location.startswith("postgresql://")
    services = open_services(location if server else Path(location))
    try:
        with services.db.read() as session:
            rows = [session.scalar(select(func.count(m.id))) for m in _CHILDREN]
        # As the user does: the Undo dialog lists the imports first.
        assert [b.id for b in services.excel_import.batches()] == [applied["batch"]]
        with _DeleteStatements(services.db.engine) as deleting, Clock() as undoing:
            undone = services.excel_import.undo_import(int(applied["batch"]))
        assert (undone.removed, undone.restored, undone.kept) == (count, 0, ()), undone
        with services.db.read() as session:
            left = [session.scalar(select(func.count(m.id))) for m in (Customer, *_CHILDREN)]
        assert left == [0, 0, 0], left
    finally:
        services.close()
    print(f"removed {count} customers, {rows[0]} contact persons, {rows[1]} offices")
    floor = Clock()
    floor.cpu, floor.wall = applied["cpu"], applied["wall"]
    ok = _line(undoing, floor, count, by_cpu=not server)
    print(
        f"        of the undo, the DELETE of the customers alone (the database's cascades "
        f"and foreign-key checks): {deleting.seconds:.2f} s ({deleting.seconds / floor.wall:.2f}× "
        "the apply)"
    )
    peak = peak_rss_mb()
    print(
        f"peak memory {peak:.0f} MB (budget {BUDGET_MEMORY_MB:.0f} MB) "
        f"{'ok' if peak <= BUDGET_MEMORY_MB else 'OVER'}"
    )
    ok &= peak <= BUDGET_MEMORY_MB
    return 0 if ok else 1


class _DeleteStatements:
    """The wall-clock seconds of the ``DELETE FROM customer`` statements sent while open."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.seconds = 0.0
        self._started = 0.0

    def _before(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.startswith("DELETE FROM customer "):
            self._started = time.perf_counter()

    def _after(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.startswith("DELETE FROM customer "):
            self.seconds += time.perf_counter() - self._started

    def __enter__(self) -> _DeleteStatements:
        event.listen(self.engine, "before_cursor_execute", self._before)
        event.listen(self.engine, "after_cursor_execute", self._after)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._before)
        event.remove(self.engine, "after_cursor_execute", self._after)


def _line(clock: Clock, floor: Clock, count: int, *, by_cpu: bool) -> bool:
    """Print the undo beside the apply step; whether its ratio (CPU or wall) is in budget."""
    cpu_ratio, wall_ratio = clock.cpu / floor.cpu, clock.wall / floor.wall
    ratio = cpu_ratio if by_cpu else wall_ratio
    ok = ratio <= BUDGET_UNDO
    print(
        f"undo {count / clock.wall:>9,.0f} rows/s   wall {clock.wall:5.2f} s, apply "
        f"{floor.wall:5.2f} s, {wall_ratio:4.2f}×   CPU {clock.cpu:5.2f} s, apply "
        f"{floor.cpu:5.2f} s, {cpu_ratio:4.2f}×   judged on {'CPU' if by_cpu else 'wall'}: "
        f"{ratio:4.2f}× (budget {BUDGET_UNDO}×) {'ok' if ok else 'OVER'}"
    )
    return ok


if __name__ == "__main__":
    sys.exit(main())
