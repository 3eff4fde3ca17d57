"""Several invalid fields at once: every message shows in full, over no other field, in
the first-run, company, customer and contact forms, on a 1366×768 screen at 100 % and
150 % scaling (the forms scroll where the screen is too small)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Each form with the fields given bad values in tests/ui/error_fit_check.py.
ERRORS_SHOWN = {"first run": 7, "company": 8, "contact": 3, "customer": 7,
                "customer, wide card": 7}  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("scale", "language"), [("1", "fi"), ("1.5", "fi"), ("1.5", "sv")])
def test_error_messages_fit_on_a_small_screen(tmp_path: Path, scale: str, language: str) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config.write_text(json.dumps({"screens": [screen]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.error_fit_check", language],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    width, height = round(1366 / float(scale)), round(768 / float(scale))
    assert report.pop("screen") == [f"PySide6.QtCore.QRect(0, 0, {width}, {height})"]
    assert report == {form: [f"errors shown: {n}"] for form, n in ERRORS_SHOWN.items()}
