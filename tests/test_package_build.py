"""The package build compiles the translation catalogues: no install lacks them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_wheel_holds_compiled_catalogues(qapp: QApplication, tmp_path: Path) -> None:
    """A wheel built from a checkout without any .qm file holds all three, and they work."""
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "translations", source / "translations")
    shutil.copytree(
        ROOT / "src" / "asiakasrekisteri",
        source / "src" / "asiakasrekisteri",
        ignore=shutil.ignore_patterns("*.qm", "__pycache__"),
    )
    assert not list(source.rglob("*.qm"))
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-build-isolation", "--no-deps",
         "--no-index", "--wheel-dir", str(dist), str(source)],
        check=True,
        capture_output=True,
        timeout=240,
    )  # fmt: skip
    (wheel,) = dist.glob("asiakasrekisteri-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        prefix = "asiakasrekisteri/translations/"
        assert {f"{prefix}asiakasrekisteri_{lang}.qm" for lang in ("fi", "sv", "en")} <= names
        qm = tmp_path / "asiakasrekisteri_fi.qm"
        qm.write_bytes(archive.read(f"{prefix}asiakasrekisteri_fi.qm"))
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&New customer") == "&Uusi asiakas"
    finally:
        QCoreApplication.removeTranslator(translator)
