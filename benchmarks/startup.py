"""Start-up: the command line's answers and the window at 100,000 customers, each beside
its floor, in one run.

* ``--version``: the program (``python -m asiakasrekisteri --version``) against bare
  Python parsing the same option with argparse. Budget ≤ 3×.
* ``customers --json`` on an empty register against bare Python reading the customer
  table with sqlite3 and printing it with json (no budget; shown for the record).
* The window shown at N customers (default 100,000), from opening the register to the
  painted list: the program's own path (``open_services``, ``build_window``, show, the
  after-show work started, paint) against a bare window (a ``QTableView`` in a
  ``QMainWindow``, a plain table model over the id list of the same SQL order, its first
  page of rows read as painted). Budget ≤ 3×. Also measured: the same window when the
  register was left by a crash (opening runs the quick check first), and when the
  after-show work (the background quick check and the search texts) has finished.
* Peak memory of the window's process. Budget ≤ 500 MB.

Each figure is measured in a fresh process, program and floor alternately, and the
medians are compared. The register is built first through the bulk path the imports use
(``services.demo.fill_demo``: validated cards, ``storage.bulk.insert_customers``), after
checking on a sample that its rows equal those the customer service writes for the same
cards.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.startup [--count 100000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.measure import peak_rss_mb

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUDGET_VERSION = 3.0
BUDGET_WINDOW = 3.0
BUDGET_MEMORY_MB = 500.0
SAMPLE = 40
"""Cards created through the service to compare with the bulk path's rows."""
SEED = 7

VERSION_FLOOR = (
    "import argparse; p = argparse.ArgumentParser(prog='asiakasrekisteri'); "
    "p.add_argument('--version', action='version', version='%(prog)s 0.1.0'); "
    "p.parse_args(['--version'])"
)
JSON_FLOOR = (
    "import json, sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
    "cur = c.execute('SELECT * FROM customer WHERE active = 1 ORDER BY name_sort, id'); "
    "names = [d[0] for d in cur.description]; "
    "json.dump([dict(zip(names, r)) for r in cur], sys.stdout, indent=2); print()"
)
# The bare window's list: the program's default order of active customers.
ID_QUERY = "SELECT id FROM customer WHERE active = 1 ORDER BY name_sort, id"
ROW_QUERY = (
    "SELECT c.id, c.customer_number, c.name, c.customer_type, c.business_id, c.city, c.email, "
    "c.phone, c.status, g.name FROM customer c LEFT JOIN customer_group g ON g.id = c.group_id "
    "WHERE c.id IN ({marks})"
)


# --- building the register -------------------------------------------------------------


def _comparable(path: Path) -> dict[str, Any]:
    """Customer number → its row, contacts, offices and notes, without ids and times."""
    skip = {"id", "customer_id", "created_at", "updated_at", "done_at", "version", "group_id"}
    con = sqlite3.connect(path)

    def rows(sql: str) -> list[dict[str, Any]]:
        cursor = con.execute(sql)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def kept(row: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in row.items() if k not in skip}

    try:
        out: dict[str, Any] = {}
        number_of: dict[int, str] = {}
        for row in rows("SELECT * FROM customer"):
            number_of[row["id"]] = row["customer_number"]
            out[row["customer_number"]] = {"row": kept(row)}
        for table in ("contact_person", "office", "note"):
            for row in rows(f"SELECT * FROM {table} ORDER BY id"):
                out[number_of[row["customer_id"]]].setdefault(table, []).append(kept(row))
        return out
    finally:
        con.close()


def check_bulk_path(folder: Path) -> None:
    """The bulk path's rows equal what the customer service writes for the same cards.

    Raises:
        AssertionError: Naming the first customer that differs.
    """
    from asiakasrekisteri.services.container import open_register, open_services
    from asiakasrekisteri.services.demo import fill_demo, generate

    bulk_path, service_path = folder / "bulk.sqlite3", folder / "service.sqlite3"
    db = open_register(bulk_path)
    try:
        fill_demo(db, count=SAMPLE, seed=SEED)
    finally:
        db.close()
    services = open_services(service_path)
    try:
        customers = services.customers
        for item in generate(SAMPLE, seed=SEED, first_number=1001):
            made = customers.create(item.data)
            for contact in item.contacts:
                customers.add_contact(made.id, contact)
            for office in item.offices:
                customers.add_office(made.id, office)
            for note in item.notes:
                customers.add_note(made.id, note)
    finally:
        services.close()
    bulk, service = _comparable(bulk_path), _comparable(service_path)
    assert bulk.keys() == service.keys()
    for number in bulk:
        assert bulk[number] == service[number], number


def build_register(path: Path, count: int) -> None:
    """``count`` demo customers through the bulk path (validated cards, ``executemany``
    in batches, one transaction): ``services.demo.fill_demo``."""
    from asiakasrekisteri.services.container import open_register
    from asiakasrekisteri.services.demo import fill_demo

    db = open_register(path)
    try:
        fill_demo(db, count=count, seed=SEED)
    finally:
        db.close()


# --- measured in child processes ----------------------------------------------------------


def measure_window(path: Path, settings_file: Path, *, after_crash: bool) -> dict[str, float]:
    """Open the register and paint the main window as the program starts it."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from asiakasrekisteri.app import build_window, create_application
    from asiakasrekisteri.services.container import open_services
    from asiakasrekisteri.storage.backend import SqliteBackend
    from asiakasrekisteri.ui.after_show import AfterFirstPaint
    from asiakasrekisteri.ui.i18n import Translators
    from asiakasrekisteri.ui.spreadsheets.workers import Worker

    if after_crash:
        SqliteBackend(path).forget_clean_close()
    app = create_application([sys.argv[0]])
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    started = time.perf_counter()
    services = open_services(path)
    window = build_window(services, settings, Translators()).window
    after = AfterFirstPaint(window, window.list_view.viewport(), services, window.model.query)
    window.show()
    window.list_view.viewport().repaint()
    QApplication.processEvents()
    shown = time.perf_counter() - started
    while not after.workers:
        QApplication.processEvents()
    Worker.wait_all()
    settled = time.perf_counter() - started
    rows = window.model.rowCount()
    checked = services.db.checked
    window.close()
    services.close()
    del app
    return {"shown": shown, "settled": settled, "rows": rows, "checked": checked,
            "peak_mb": peak_rss_mb()}  # fmt: skip


def measure_bare_window(path: Path) -> dict[str, float]:
    """The floor: a table view over the same id list, its first page read as painted."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    class BareModel(QAbstractTableModel):
        def __init__(self, con: sqlite3.Connection, ids: list[int]) -> None:
            super().__init__()
            self.con, self.ids = con, ids
            self.rows: dict[int, tuple[Any, ...]] = {}

        def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.ids)

        def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 9

        def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            cid = self.ids[index.row()]
            if cid not in self.rows:
                page = self.ids[index.row() : index.row() + 200]
                sql = ROW_QUERY.format(marks=",".join("?" * len(page)))
                self.rows.update((r[0], r) for r in self.con.execute(sql, page))
            return str(self.rows[cid][index.column() + 1] or "")

    app = QApplication([sys.argv[0]])
    started = time.perf_counter()
    con = sqlite3.connect(path)
    ids = [row[0] for row in con.execute(ID_QUERY)]
    view = QTableView()
    view.setModel(BareModel(con, ids))
    window = QMainWindow()
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()
    view.viewport().repaint()
    QApplication.processEvents()
    shown = time.perf_counter() - started
    window.close()
    con.close()
    del app
    return {"shown": shown, "rows": len(ids), "peak_mb": peak_rss_mb()}


def _child(*argv: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", __spec__.name, *argv], capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _timed(argv: Sequence[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(list(argv), capture_output=True, check=True, env=env)
    return time.perf_counter() - started


# --- the run --------------------------------------------------------------------------


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _line(label: str, program: list[float], floor: list[float], budget: float | None) -> bool:
    ratio = _median(program) / _median(floor)
    ok = budget is None or ratio <= budget
    limit = f" (budget ≤ {budget:g}×{' ✓' if ok else ', OVER'})" if budget is not None else ""
    print(
        f"{label:34} {_median(program) * 1000:7.0f} ms (min {min(program) * 1000:.0f})   "
        f"floor {_median(floor) * 1000:6.0f} ms (min {min(floor) * 1000:.0f})   "
        f"{ratio:5.2f}×{limit}"
    )
    return ok


def run(count: int, rounds: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {**os.environ, "ASIAKASREKISTERI_DATA_DIR": str(folder / "data"),
               "ASIAKASREKISTERI_LOG_DIR": str(folder / "logs")}  # fmt: skip
        os.environ.update(env)
        started = time.perf_counter()
        check_bulk_path(folder)
        print(f"bulk path equal to the service on {SAMPLE} cards "
              f"({time.perf_counter() - started:.1f} s)")  # fmt: skip
        register = folder / "register.sqlite3"
        started = time.perf_counter()
        build_register(register, count)
        print(f"built {count} customers in {time.perf_counter() - started:.1f} s "
              f"({register.stat().st_size / 2**20:.0f} MiB)")  # fmt: skip
        empty = folder / "empty.sqlite3"
        make_empty = [sys.executable, "-m", "asiakasrekisteri", "--db", str(empty), "customers"]
        subprocess.run(make_empty, check=True, capture_output=True, env=env)

        version: tuple[list[float], list[float]] = ([], [])
        listing: tuple[list[float], list[float]] = ([], [])
        window: tuple[list[float], list[float]] = ([], [])
        crashed: list[float] = []
        settled: list[float] = []
        peaks: list[float] = []
        shown_rows = 0
        for _ in range(rounds):
            python = sys.executable
            version[0].append(_timed([python, "-m", "asiakasrekisteri", "--version"], env))
            version[1].append(_timed([python, "-c", VERSION_FLOOR], env))
            listing[0].append(_timed([python, "-m", "asiakasrekisteri", "--db", str(empty),
                                      "customers", "--json"], env))  # fmt: skip
            listing[1].append(_timed([python, "-c", JSON_FLOOR, str(empty)], env))
            ini = str(folder / "settings.ini")
            program = _child("--measure", "window", "--register", str(register), "--ini", ini)
            window[0].append(program["shown"])
            settled.append(program["settled"])
            peaks.append(program["peak_mb"])
            shown_rows = int(program["rows"])
            assert not program["checked"], "a cleanly closed register was checked on opening"
            window[1].append(_child("--measure", "bare", "--register", str(register))["shown"])
            after_crash = _child("--measure", "crashed", "--register", str(register), "--ini", ini)
            assert after_crash["checked"], "a register left by a crash was not checked"
            crashed.append(after_crash["shown"])

    print(f"rounds: {rounds}; customers in the list at start: {shown_rows}")
    ok = _line("--version", *version, BUDGET_VERSION)
    _line("customers --json, empty register", *listing, None)
    ok = _line(f"window shown at {count} customers", *window, BUDGET_WINDOW) and ok
    _line("  the same after a crash (checked)", crashed, window[1], None)
    _line("  after-show work finished", settled, window[1], None)
    peak = max(peaks)
    memory_ok = peak <= BUDGET_MEMORY_MB
    print(f"peak memory of the window's process: {peak:.0f} MB "
          f"(budget {BUDGET_MEMORY_MB:.0f} MB{' ✓' if memory_ok else ', OVER'})")  # fmt: skip
    ok = ok and memory_ok
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--measure", choices=("window", "crashed", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--register", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--ini", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure == "bare":
        print(json.dumps(measure_bare_window(args.register)))
        return 0
    if args.measure is not None:
        crashed = args.measure == "crashed"
        print(json.dumps(measure_window(args.register, args.ini, after_crash=crashed)))
        return 0
    return run(args.count, args.rounds)


if __name__ == "__main__":
    sys.exit(main())
