"""The dark palette reads everywhere and a theme switch takes effect at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from asiakasrekisteri.services.container import Services
from asiakasrekisteri.ui.customer_card.card import CustomerCard
from asiakasrekisteri.ui.preferences import Theme, apply_theme
from asiakasrekisteri.ui.spreadsheets.tables import TextRowsModel, Tone
from asiakasrekisteri.ui.widgets.form_rows import ERROR_COLOR, ERROR_COLOR_ON_DARK, error_label
from tests.ui.test_error_colour import _contrast

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[QApplication]:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    apply_theme(application, Theme.LIGHT)
    yield application
    apply_theme(application, Theme.SYSTEM)


def test_field_errors_turn_to_the_dark_red_when_the_theme_switches(
    qtbot: QtBot, app: QApplication, services: Services
) -> None:
    card = CustomerCard(services.customers, services.attachments, services.history)
    qtbot.addWidget(card)
    card.show()
    card.new_customer()
    phone = card.findChild(QLineEdit, "phoneEdit")
    assert phone is not None
    qtbot.keyClicks(phone, "abc")
    label = error_label("paymentError")
    qtbot.addWidget(label)
    assert ERROR_COLOR in card.styleSheet() and ERROR_COLOR in label.styleSheet()

    apply_theme(app, Theme.DARK)  # from the settings, with the card open

    # A window hears of the new palette through the event loop.
    qtbot.waitUntil(lambda: ERROR_COLOR_ON_DARK in card.styleSheet())
    assert ERROR_COLOR not in card.styleSheet()
    qtbot.waitUntil(lambda: label.styleSheet() == f"color: {ERROR_COLOR_ON_DARK};")
    apply_theme(app, Theme.LIGHT)
    qtbot.waitUntil(lambda: label.styleSheet() == f"color: {ERROR_COLOR};")
    qtbot.waitUntil(lambda: ERROR_COLOR in card.styleSheet())


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_problem_rows_of_the_import_read_on_either_palette(app: QApplication, theme: Theme) -> None:
    apply_theme(app, theme)
    model = TextRowsModel(["Rivi", "Ongelma"])
    model.set_rows([["2", "Y-tunnus jätettiin pois"], ["3", "Rivi hylättiin"], ["4", "siistitty"]],
                   [Tone.WARNING, Tone.ERROR, Tone.MUTED])  # fmt: skip
    text = app.palette().color(app.palette().ColorRole.Text)
    base = app.palette().color(app.palette().ColorRole.Base)
    for row in (0, 1):
        brush = model.data(model.index(row, 1), Qt.ItemDataRole.BackgroundRole)
        assert _contrast(text, brush.color()) >= 4.5, (theme, row)
    muted = model.data(model.index(2, 1), Qt.ItemDataRole.ForegroundRole).color()
    assert _contrast(muted, base) >= 4.5
    assert isinstance(muted, QColor)
