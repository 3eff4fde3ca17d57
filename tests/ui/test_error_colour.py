"""Error and overdue red stays readable in the dark palette."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from asiakasrekisteri.ui.preferences import Theme, apply_theme
from asiakasrekisteri.ui.widgets.form_rows import ERROR_COLOR, ERROR_COLOR_ON_DARK, error_color


def _contrast(first: QColor, second: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[QApplication]:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    yield application
    apply_theme(application, Theme.SYSTEM)


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_the_error_red_reads_on_the_palette_in_use(app: QApplication, theme: Theme) -> None:
    apply_theme(app, theme)
    background = app.palette().color(app.palette().ColorRole.Base)
    window = app.palette().color(app.palette().ColorRole.Window)
    red = QColor(error_color())
    assert red.name() == (ERROR_COLOR_ON_DARK if theme is Theme.DARK else ERROR_COLOR)
    # WCAG's 4.5:1 for text, against both the window and the list/field background.
    assert _contrast(red, window) >= 4.5
    assert _contrast(red, background) >= 4.5
