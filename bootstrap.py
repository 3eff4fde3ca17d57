#!/usr/bin/env python3
"""Set up everything and run the program or the tests, on a fresh machine with Python 3.11+.

    python3 bootstrap.py run     # make .venv, install, start the program
    python3 bootstrap.py test    # make .venv, install with test tools, run every check

Only the standard library is used here, so it runs before anything is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
# System packages the tests need (PDF to PNG and text for the invoice checks; the
# libraries Qt's offscreen platform loads; a PostgreSQL server, which the tests start
# themselves on 127.0.0.1 for the shared-register tests). Installed only where apt-get exists.
APT_PACKAGES = (
    "poppler-utils",
    "postgresql",
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libdbus-1-3",
    "fonts-dejavu-core",
)


def run(*cmd: str | os.PathLike[str], env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, env=env)


def ensure_venv(extra: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this file runs before the venv exists
        sys.exit("Python 3.11 or newer is needed.")
    if not PYTHON.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed-{extra or 'base'}"
    pyproject = ROOT / "pyproject.toml"
    if not stamp.exists() or stamp.stat().st_mtime < pyproject.stat().st_mtime:
        run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        target = f".[{extra}]" if extra else "."
        run(PYTHON, "-m", "pip", "install", "--quiet", "-e", target)
        stamp.touch()


def ensure_system_packages() -> None:
    apt = shutil.which("apt-get")
    if apt is None:
        return
    missing = [
        p for p in APT_PACKAGES
        if subprocess.run(["dpkg", "-s", p], capture_output=True).returncode != 0
    ]  # fmt: skip
    if not missing:
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(*sudo, apt, "-qq", "update", env=env)
    run(*sudo, apt, "-qq", "install", "-y", "--no-install-recommends", *missing, env=env)


def build_translations() -> None:
    lrelease = BIN / ("pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease")
    out_dir = ROOT / "src" / "asiakasrekisteri" / "translations"
    out_dir.mkdir(exist_ok=True)
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        run(lrelease, "-silent", ts, "-qm", out_dir / (ts.stem + ".qm"))


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "run"
    if command == "run":
        ensure_venv("")
        build_translations()
        os.execv(PYTHON, [str(PYTHON), "-m", "asiakasrekisteri", *argv[2:]])
    if command == "test":
        ensure_system_packages()
        ensure_venv("test")
        build_translations()
        run(BIN / "ruff", "check", "src", "tests", "benchmarks", "tools", "installer")
        run(BIN / "ruff", "format", "--check", "src", "tests", "benchmarks", "tools", "installer")
        run(BIN / "mypy")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        run(PYTHON, "-m", "pytest", *argv[2:], env=env)
        return 0
    sys.exit(f"usage: {argv[0]} run|test [arguments]")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
