"""Every other benchmark runs end to end at a tiny size and prints each of its figures.

The invoices and start-up benchmarks have tests of their own (test_benchmark_*.py).
"""

from __future__ import annotations

import pytest

from tests.benchmark_runs import run_benchmark

pytestmark = pytest.mark.slow

# name, its smallest arguments, and how its figure lines begin
RUNS = (
    ("bank_import", ("--count", "200", "--rounds", "1"),
     ("200 open invoices; camt.054 of", "floor (lxml parse + one bulk UPDATE):",
      "import (read, match, write, commit):", "ratio (wall)", "ratio (CPU)")),
    ("invoice_pdf", ("--count", "20"),
     ("invoices:        20", "invoice PDF:", "bare page:", "ratio:")),
    ("excel_roundtrip", ("--count", "200", "--backend", "sqlite"),
     ("built a 200-customer sheet", "import: analyse", "import ", "export ", "peak memory")),
    ("import_undo", ("--count", "200", "--backend", "sqlite"),
     ("built a 200-customer sheet", "import: analyse", "removed 200 customers", "undo ",
      "peak memory")),
    ("import_duplicates", ("--count", "2000", "--register", "200"),
     ("wrote 2,000 rows", "rows 2,000:", "whole analysis:", "duplicate check:",
      "peak memory")),
    ("list_search", ("--count", "200", "--backend", "sqlite"),
     ("built 200 customers", "customers in list at start:", "window shown:",
      "search per keystroke:", "peak memory:")),
)  # fmt: skip


@pytest.mark.parametrize(("name", "args", "lines"), RUNS, ids=[run[0] for run in RUNS])
def test_the_benchmark_runs_and_prints_its_figures(
    name: str, args: tuple[str, ...], lines: tuple[str, ...]
) -> None:
    done = run_benchmark(name, *args)
    # Over budget (1) is a figure, not a failure, at this size on a shared machine.
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr, done.stderr  # a crash also exits with 1
    printed = done.stdout.splitlines()
    for start in lines:
        line = next((line for line in printed if line.startswith(start)), None)
        assert line is not None, (start, done.stdout)
        assert any(c.isdigit() for c in line.removeprefix(start)), line
