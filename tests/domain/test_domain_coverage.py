"""``domain/`` stays at 100 % line and branch coverage from tests/domain.

The gate runs tests/domain once more under pytest-cov in a child process (a few seconds)
instead of adding ``--cov`` to the global ``addopts``, which would slow every run. The
child leaves out the hypothesis tests, so the figure does not depend on which examples
were generated: every line and branch must be reached by an example-based test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytest_cov")

ROOT = Path(__file__).resolve().parents[2]
_IN_GATE = "ASIAKASREKISTERI_COVERAGE_GATE"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get(_IN_GATE) == "1", reason="already inside the gate"),
]


def test_domain_has_full_line_and_branch_coverage(tmp_path: Path) -> None:
    # A coverage run around this one (or PYTEST_ADDOPTS) must not leak into the child.
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("COV_CORE_", "COVERAGE_")) and key != "PYTEST_ADDOPTS"
    }
    env[_IN_GATE] = "1"
    env["COVERAGE_FILE"] = str(tmp_path / ".coverage")  # not the checkout's .coverage
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/domain",
            "-q",
            "-p",
            "no:cacheprovider",
            "-m",
            "not hypothesis",
            f"--ignore={Path(__file__).resolve()}",
            "--cov=asiakasrekisteri.domain",
            "--cov-branch",
            "--cov-report=term-missing:skip-covered",
            "--cov-fail-under=100",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, (
        "tests/domain failed or left lines/branches of domain/ uncovered:\n"
        + result.stdout[-6000:]
        + result.stderr[-2000:]
    )
