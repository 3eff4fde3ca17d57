"""Main window and search at 100,000 customers.

Builds a register of N customers (default 100,000) in a temporary file, then measures in
this one process:

* the time from nothing to a painted main window on that register,
* the latency of each keystroke of typed searches (query + model reset + painting the
  visible rows), as median and 95th percentile,
* peak resident memory.

Budget on the 2-core reference machine: window ≤ 1.5 s, search p95 ≤ 50 ms, memory ≤ 400 MB,
the same on both backends. Each figure is printed beside its floor, measured in the same
run: the bare SQL query over the same rows (``SELECT id ... LIKE``) without any Qt work,
on the register's own database (with ``--trgm`` on PostgreSQL, after a ``pg_trgm`` GIN
index on the search text has been made, to see what a search in SQL would cost).

By default the SQLite file and a PostgreSQL register (on a throwaway server of its own,
see ``benchmarks/postgres.py``) are measured one after the other, each in a process of
its own.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.list_search [--count 100000]
        [--backend sqlite|postgresql|both] [--trgm]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from asiakasrekisteri.app import build_window, create_application
from asiakasrekisteri.domain.customer import CustomerData
from asiakasrekisteri.services.container import open_register, open_services
from asiakasrekisteri.services.demo import fill_demo
from asiakasrekisteri.ui.i18n import Translators
from benchmarks.measure import peak_rss_mb
from benchmarks.postgres import BACKENDS, register_location, run_each_backend

SEARCHES = ("virtanen", "oulu", "rakennus oy", "040", "laskut@", "2844", "matti kor", "1234")
# The floor: the same search as one bare SQL query, no ORM and no Qt.
BARE_QUERY = (
    "SELECT id FROM customer WHERE active = 1 AND search_text LIKE ? ORDER BY name_sort, id"
)
BARE_QUERY_PG = (
    "SELECT id FROM customer WHERE active AND search_text LIKE %s ORDER BY name_sort, id"
)
BUDGET_WINDOW_S = 1.5
BUDGET_P95_MS = 50.0
BUDGET_MEMORY_MB = 400.0


class BareSearch:
    """The floor: one search as a bare query on the register's own database."""

    def __init__(self, location: str, trgm: bool) -> None:
        self.server = location.startswith("postgresql://")
        if self.server:
            import psycopg

            self.pg = psycopg.connect(location, autocommit=True)
            if trgm:
                self.pg.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                self.pg.execute(
                    "CREATE INDEX IF NOT EXISTS bench_search_trgm ON customer "
                    "USING gin (search_text gin_trgm_ops)"
                )
                self.pg.execute("ANALYZE customer")
        else:
            self.lite = sqlite3.connect(location)

    def run(self, pattern: str) -> None:
        if self.server:
            self.pg.execute(BARE_QUERY_PG, (pattern,)).fetchall()
        else:
            self.lite.execute(BARE_QUERY, (pattern,)).fetchall()

    def close(self) -> None:
        (self.pg if self.server else self.lite).close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--backend", choices=(*BACKENDS, "both"), default="both")
    parser.add_argument("--trgm", action="store_true", help="a pg_trgm index for the floor")
    parser.add_argument("--build", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build is not None:
        # Runs in a child process, so the measured process's memory is the program's own.
        db = open_register(args.build)
        fill_demo(db, count=args.count, seed=7)
        db.close()
        return 0
    if args.backend == "both":
        arguments = ["--count", str(args.count), *(["--trgm"] if args.trgm else [])]
        return run_each_backend(__spec__.name, arguments)
    with (
        tempfile.TemporaryDirectory() as tmp,
        register_location(args.backend, Path(tmp), "bench") as path,
    ):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", __spec__.name, "--count", str(args.count), "--build", path],
            check=True,
        )
        print(f"built {args.count} customers in {time.perf_counter() - started:.1f} s")
        app = create_application([sys.argv[0]])

        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        started = time.perf_counter()
        services = open_services(path if path.startswith("postgresql://") else Path(path))
        window = build_window(services, settings, Translators()).window
        window.show()
        window.list_view.viewport().repaint()
        QApplication.processEvents()
        window_s = time.perf_counter() - started
        # The first duplicate check of the opened card builds the fuzzy-name index once;
        # measured on its own, then the user starts typing into an idle window.
        started = time.perf_counter()
        window.services.customers.find_duplicates(CustomerData(name="Virtanen Rakennus Oy"))
        first_duplicate_check_s = time.perf_counter() - started
        idle = QEventLoop()
        QTimer.singleShot(1000, idle.quit)
        idle.exec()
        shown = window.model.rowCount()

        latencies: list[float] = []
        floors: list[float] = []
        bare = BareSearch(path, args.trgm)
        for word in SEARCHES:
            for n in range(1, len(word) + 1):
                text = word[:n]
                pattern = "%" + "%".join(text.casefold().split()) + "%"
                t0 = time.perf_counter()
                bare.run(pattern)
                floors.append((time.perf_counter() - t0) * 1000)
                t0 = time.perf_counter()
                window.search_edit.setText(text)
                window.apply_filters()
                window.list_view.viewport().repaint()
                QApplication.processEvents()
                latencies.append((time.perf_counter() - t0) * 1000)
                if os.environ.get("BENCH_VERBOSE"):
                    print(f"{text!r:14} {latencies[-1]:6.1f} ms  {window.model.rowCount()} rows")
            window.search_edit.clear()
            window.apply_filters()

        def p95(values: list[float]) -> float:
            return statistics.quantiles(values, n=20)[-1]

        bare.close()
        memory = peak_rss_mb()
        window.close()
        services.close()

    ok = (
        window_s <= BUDGET_WINDOW_S
        and p95(latencies) <= BUDGET_P95_MS
        and memory <= BUDGET_MEMORY_MB
    )
    print(f"customers in list at start: {shown}")
    print(
        f"window shown:        {window_s * 1000:7.0f} ms   (budget {BUDGET_WINDOW_S * 1000:.0f} ms)"
    )
    print(
        f"search per keystroke: median {statistics.median(latencies):5.1f} ms, "
        f"p95 {p95(latencies):5.1f} ms   (budget p95 {BUDGET_P95_MS:.0f} ms; "
        f"floor: bare SQL median {statistics.median(floors):5.1f} ms, p95 {p95(floors):5.1f} ms; "
        f"{len(latencies)} keystrokes)"
    )
    print(f"first duplicate check (builds the name index): {first_duplicate_check_s * 1000:.0f} ms")
    print(f"peak memory:         {memory:7.0f} MB   (budget {BUDGET_MEMORY_MB:.0f} MB)")
    print("within budget" if ok else "OVER BUDGET")
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
