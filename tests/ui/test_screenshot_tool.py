"""The README's screenshot tool still runs on the program as it is built now."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication
from tools import screenshots

# Opening the Privacy menu for its picture pops a menu up; the offscreen platform
# cannot raise it or give it the keyboard, which changes nothing in the picture.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


def test_writes_every_picture_on_a_fresh_register_and_leaves_the_application_as_it_was(
    qapp: QApplication, tmp_path: Path
) -> None:
    before = _application_state(qapp)
    out = tmp_path / "shots"

    code = screenshots.main(
        ["--out", str(out), "--count", "40", "--size", "1200x760", "--theme", "dark"]
    )

    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.png" for n in screenshots.PICTURES)
    images = {name: QImage(str(out / f"{name}.png")) for name in screenshots.PICTURES}
    ratio = qapp.devicePixelRatio()
    assert (images["main-window"].width(), images["main-window"].height()) == (
        round(1200 * ratio),
        round(760 * ratio),
    )
    menu = images["privacy-menu"]
    assert 0 < menu.width() < images["main-window"].width()
    assert 0 < menu.height() < images["main-window"].height()
    for name, image in images.items():
        # A picture of one flat colour would be a window that never painted.
        corner = image.pixel(0, 0)
        assert any(
            image.pixel(x, y) != corner
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        ), name
    # Later tests get the texts, the locale and the theme they had.
    assert _application_state(qapp) == before


def _application_state(app: QApplication) -> tuple[str, str, str, str]:
    return (
        QCoreApplication.translate("MainWindow", "&File"),
        QLocale().name(),
        app.style().name(),
        app.palette().color(QPalette.ColorRole.Window).name(),
    )


def test_renders_every_picture_the_readme_shows() -> None:
    readme = (screenshots.ROOT / "README.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"docs/screenshots/([\w-]+)\.png", readme))
    assert shown
    # A variant is one of the pictures rendered in the settings its suffix stands for.
    pictures = set(screenshots.PICTURES)
    pictures |= {name + suffix for name in screenshots.PICTURES for suffix in screenshots.VARIANTS}
    assert shown <= pictures
