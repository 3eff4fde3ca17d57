"""The invoices benchmark runs end to end at a tiny size (the figures are its own)."""

from __future__ import annotations

import re

from tests.benchmark_runs import run_benchmark

MEASURED = (
    "invoices window shown", "sort by total", "sort by customer", "filter open",
    "filter overdue", "every list line", "card of a 2,000-invoice customer",
    "create one invoice", "card refresh after it",
)  # fmt: skip


def test_benchmark_builds_checks_the_bulk_path_and_measures_every_row() -> None:
    done = run_benchmark("invoices", "--customers", "40", "--invoices", "300", "--sample", "3")
    out = done.stdout
    assert done.returncode in (0, 1), done.stderr  # 1: over a budget, which tiny runs may be
    assert "Traceback" not in done.stderr, done.stderr  # a crash also exits with 1
    assert "bulk path matches the service on 3 sample invoices" in out
    figures = r"\s+\d+\.\d+\s+\d+\.\d+\s+\d+\.\d×"  # ms, floor ms, ratio
    for what in MEASURED:
        assert re.search(rf"^{re.escape(what)}.*?{figures}", out, re.M), what
    assert re.search(r"peak memory with the window open, sorted and filtered: \d+ MB", out)
