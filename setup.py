"""The package build compiles the translation catalogues into the package.

Everything else about the package is in ``pyproject.toml``; this only adds a step to
``build_py``: ``translations/*.ts`` → ``asiakasrekisteri/translations/*.qm`` with Qt's
``lrelease``, so that no wheel or installed copy lacks them. A build without lrelease
fails rather than ship a program that speaks only English.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from importlib.util import find_spec
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def lrelease() -> Path:
    """Qt's catalogue compiler as PySide6 ships it (or one on the PATH)."""
    spec = find_spec("PySide6")
    if spec is not None and spec.origin is not None:
        name = "lrelease.exe" if os.name == "nt" else "lrelease"
        shipped = Path(spec.origin).parent / name
        if shipped.exists():
            return shipped
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise RuntimeError("lrelease not found: install PySide6 to build the package")
    return Path(found)


def compile_catalogues(target: Path) -> list[Path]:
    """Compile every catalogue of ``translations/`` into ``target``; the files made."""
    target.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        qm = target / f"{ts.stem}.qm"
        subprocess.run([str(lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    if not made:
        raise RuntimeError("no translation catalogues in translations/")
    return made


class BuildWithCatalogues(build_py):
    """``build_py`` that also compiles the translation catalogues into the package."""

    def run(self) -> None:
        super().run()
        compile_catalogues(Path(self.build_lib) / "asiakasrekisteri" / "translations")


setup(cmdclass={"build_py": BuildWithCatalogues})
