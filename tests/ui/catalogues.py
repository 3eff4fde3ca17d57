"""A translation catalogue compiled from its .ts as the run commands do, then installed."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"


@contextmanager
def installed_catalogue(folder: Path, language: str = "fi") -> Iterator[None]:
    """Compile ``asiakasrekisteri_<language>.ts`` into ``folder`` and install it meanwhile."""
    qm = folder / f"asiakasrekisteri_{language}.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    catalogue = TRANSLATIONS / f"asiakasrekisteri_{language}.ts"
    subprocess.run([str(lrelease), str(catalogue), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
