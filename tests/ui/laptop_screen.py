"""A check run in a process of its own on a 1366×768 laptop screen (Qt's offscreen
platform, configured), at a given scaling, its settings and logs in the test's folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WIDTH, HEIGHT = 1366, 768


def run_on_laptop_screen(
    tmp_path: Path, scale: str, module: str, *args: str
) -> dict[str, list[str]]:
    """Run ``python -m module args`` on the screen; its report (the last line of its
    output, JSON) without the ``"screen"`` entry, which is checked to be the laptop's at
    ``scale``."""
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT,
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
        [sys.executable, "-m", module, *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    width, height = round(WIDTH / float(scale)), round(HEIGHT / float(scale))
    assert report.pop("screen") == [f"PySide6.QtCore.QRect(0, 0, {width}, {height})"]
    return report
