"""The card from the keyboard: Ctrl+Z and Ctrl+Y step back and forth through its edits,
Esc asks before throwing changes away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit
from pytestqt.qtbot import QtBot

from asiakasrekisteri.services.container import Services
from asiakasrekisteri.ui.customer_card.card import CustomerCard
from tests.conftest import make_customer

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def card(qtbot: QtBot, services: Services) -> CustomerCard:
    widget = CustomerCard(services.customers, services.attachments, services.history)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitActive(widget):
        widget.activateWindow()
    stored = services.customers.create(make_customer())
    widget.load(stored.id)
    widget.tabs.setCurrentWidget(widget.basic_info)
    return widget


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_undo_and_redo_step_through_the_fields(qtbot: QtBot, card: CustomerCard) -> None:
    city = card.basic_info.city_edit
    phone = card.basic_info.phone_edit
    active = card.basic_info.active_check
    assert isinstance(active, QCheckBox)
    retype(qtbot, city, "Pirkkala")
    retype(qtbot, phone, "050 111 2222")
    active.setFocus()
    qtbot.keyClick(active, Qt.Key.Key_Space)
    assert not active.isChecked()
    assert card.is_dirty()

    qtbot.keyClick(active, Qt.Key.Key_Z, CTRL)  # the tick
    assert active.isChecked()
    qtbot.keyClick(phone, Qt.Key.Key_Z, CTRL)  # all the typing in the phone field at once
    assert phone.text() == "+358 40 1234567"
    assert city.text() == "Pirkkala"
    qtbot.keyClick(phone, Qt.Key.Key_Z, CTRL)
    assert city.text() == "Tampere"
    assert not card.is_dirty()  # back where the card was loaded: nothing to save

    qtbot.keyClick(city, Qt.Key.Key_Y, CTRL)
    assert city.text() == "Pirkkala"
    qtbot.keyClick(city, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert phone.text() == "050 111 2222"
    assert card.is_dirty()


def test_escape_asks_before_throwing_changes_away(
    qtbot: QtBot, card: CustomerCard, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions: list[str] = []
    answer = {"yes": False}

    def confirm(_title: str, text: str, _action: str) -> bool:
        questions.append(text)
        return answer["yes"]

    monkeypatch.setattr(card.prompts, "confirm", confirm)
    city = card.basic_info.city_edit
    qtbot.keyClick(city, Qt.Key.Key_Escape)
    assert questions == []  # nothing changed: nothing to ask
    retype(qtbot, city, "Pirkkala")
    qtbot.keyClick(city, Qt.Key.Key_Escape)
    assert questions == ["Throw away the changes made to this card?"]
    assert city.text() == "Pirkkala" and card.is_dirty()
    answer["yes"] = True
    qtbot.keyClick(city, Qt.Key.Key_Escape)
    assert city.text() == "Tampere" and not card.is_dirty()
