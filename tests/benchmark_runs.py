"""Running a benchmark from a test as it is run by hand: ``python -m benchmarks.NAME``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_benchmark(name: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``benchmarks.NAME`` run from the checkout root on this checkout's sources.

    ``env`` is added to the test's environment (which keeps the user's data and settings
    out of reach). A benchmark exits with 1 when over a budget, which tiny sizes often are,
    so the caller judges the exit code.
    """
    path = os.pathsep.join((str(ROOT / "src"), str(ROOT)))
    return subprocess.run(
        [sys.executable, "-m", f"benchmarks.{name}", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": path, "QT_QPA_PLATFORM": "offscreen", **env},
        cwd=ROOT,
        timeout=600,
        check=False,
    )
