"""Main window and search at 100,000 customers.

Builds a register of N customers (default 100,000) in a temporary file, then measures in
this one process:

* the time from nothing to a painted main window on that register,
* the latency of each keystroke of typed searches (query + model reset + painting the
  visible rows), as median and 95th percentile,
* peak resident memory.

Budget on the 2-core reference machine: window ≤ 1.5 s, search p95 ≤ 50 ms, memory ≤ 400 MB.
Each figure is printed beside its floor, measured in the same run: the bare SQL query
over the same rows (``SELECT id ... LIKE``) without any Qt work.

    QT_QPA_PLATFORM=offscreen python benchmarks/list_search.py [--count 100000]
"""

from __future__ import annotations

import argparse
import os
import resource
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

SEARCHES = ("virtanen", "oulu", "rakennus oy", "040", "laskut@", "2844", "matti kor", "1234")
# The floor: the same search as one bare SQL query, no ORM and no Qt.
BARE_QUERY = (
    "SELECT id FROM customer WHERE active = 1 AND search_text LIKE ? ORDER BY name_sort, id"
)
BUDGET_WINDOW_S = 1.5
BUDGET_P95_MS = 50.0
BUDGET_MEMORY_MB = 400.0


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build is not None:
        # Runs in a child process, so the measured process's memory is the program's own.
        db = open_register(args.build)
        fill_demo(db, count=args.count, seed=7)
        db.close()
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, __file__, "--count", str(args.count), "--build", str(path)],
            check=True,
        )
        print(f"built {args.count} customers in {time.perf_counter() - started:.1f} s")
        app = create_application([sys.argv[0]])

        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        started = time.perf_counter()
        services = open_services(path)
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
        bare = sqlite3.connect(path)
        for word in SEARCHES:
            for n in range(1, len(word) + 1):
                text = word[:n]
                pattern = "%" + "%".join(text.casefold().split()) + "%"
                t0 = time.perf_counter()
                bare.execute(BARE_QUERY, (pattern,)).fetchall()
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
        memory = _peak_rss_mb()
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
