#!/usr/bin/env python3
"""Build the Linux one-folder bundle with PyInstaller and smoke-test it.

    python3 installer/build_linux.py            # build into dist/asiakasrekisteri, then test
    python3 installer/build_linux.py --test-only

Steps: make sure ``.venv`` exists with the program and PyInstaller, compile the
translations, run PyInstaller on ``installer/asiakasrekisteri.spec``, add the desktop file
and icons, pack a ``.tar.gz``, then run the built program offscreen: ``--version``, a new
database with one customer, ``customers --json``, and ``--self-test`` (the window on the
offscreen platform, the Finnish translation, the SVG icon, the user guide). Each step
must exit 0 and finish within a time limit. Run by hand; too slow for the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import bootstrap  # noqa: E402 - the repository's own setup script, stdlib only

DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "asiakasrekisteri"
SPEC = ROOT / "installer" / "asiakasrekisteri.spec"
SMOKE_TIMEOUT = 120


def version() -> str:
    namespace: dict[str, str] = {}
    init = ROOT / "src" / "asiakasrekisteri" / "__init__.py"
    for line in init.read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            exec(line, namespace)  # a single literal assignment
    return namespace["__version__"]


def ensure_pyinstaller() -> Path:
    bootstrap.ensure_venv("")
    pyinstaller = bootstrap.BIN / "pyinstaller"
    if not pyinstaller.exists():
        bootstrap.run(bootstrap.PYTHON, "-m", "pip", "install", "--quiet", "pyinstaller>=6.6")
    return pyinstaller


def build() -> None:
    pyinstaller = ensure_pyinstaller()
    bootstrap.build_translations()
    bootstrap.run(
        pyinstaller, "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", DIST, "--workpath", WORK, SPEC,
    )  # fmt: skip
    # Desktop integration files beside the program (install.sh-style layouts copy them to
    # ~/.local/share/applications and ~/.local/share/icons/hicolor/…).
    share = BUNDLE / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "installer" / "asiakasrekisteri.desktop", share / "applications")
    icons = share / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True, exist_ok=True)
    shutil.copy2(
        ROOT / "src" / "asiakasrekisteri" / "resources" / "icons" / "asiakasrekisteri.svg", icons
    )


def pack() -> Path:
    archive = DIST / f"asiakasrekisteri-{version()}-linux-x86_64.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(BUNDLE, arcname=f"asiakasrekisteri-{version()}")
    return archive


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def smoke(*args: str, env: dict[str, str]) -> str:
    exe = BUNDLE / "asiakasrekisteri"
    started = time.monotonic()
    result = subprocess.run(
        [str(exe), *args], capture_output=True, text=True, env=env, timeout=SMOKE_TIMEOUT
    )
    took = time.monotonic() - started
    print(f"$ asiakasrekisteri {' '.join(args)}    # exit {result.returncode}, {took:.1f} s")
    shown = result.stdout if len(result.stdout) < 2000 else result.stdout[:2000] + "…\n"
    sys.stdout.write(shown)
    if result.stderr.strip():
        sys.stdout.write("stderr: " + result.stderr)
    if result.returncode != 0:
        raise SystemExit(f"smoke test failed: asiakasrekisteri {' '.join(args)}")
    return result.stdout


def smoke_test() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            # Keep the test away from the user's own register and settings.
            "ASIAKASREKISTERI_DATA_DIR": str(Path(scratch) / "data"),
            "XDG_CONFIG_HOME": str(Path(scratch) / "config"),
            "HOME": scratch,
        }
        env.pop("ASIAKASREKISTERI_DB", None)
        db = str(Path(scratch) / "smoke.sqlite3")
        out = smoke("--version", env=env)
        if version() not in out:
            raise SystemExit(f"--version printed {out!r}, expected {version()}")
        smoke("--db", db, "customer", "add", "name=Test", env=env)
        listed = json.loads(smoke("--db", db, "customers", "--json", env=env))
        if [c["name"] for c in listed] != ["Test"]:
            raise SystemExit(f"unexpected customers: {listed!r}")
        smoke("--db", db, "demo", "--count", "50", env=env)
        smoke("--self-test", "--db", db, env=env)
        if not Path(db).exists():
            raise SystemExit("no database was created")
    print("smoke test passed")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test-only", action="store_true", help="test an existing build")
    args = parser.parse_args(argv[1:])
    started = time.monotonic()
    if not args.test_only:
        build()
    build_time = time.monotonic() - started
    smoke_test()
    archive = pack()
    print(
        f"bundle: {BUNDLE.relative_to(ROOT)} {folder_size(BUNDLE) / 2**20:.0f} MiB, "
        f"archive: {archive.relative_to(ROOT)} {archive.stat().st_size / 2**20:.0f} MiB, "
        f"build time {build_time:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
