"""Postal codes as a user types them: the city follows, a short code is never moved."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.ui.customer_card.card import CustomerCard
from asiakasrekisteri.ui.dialogs.company_dialog import CompanyDialog
from asiakasrekisteri.ui.dialogs.office_dialog import OfficeDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def card(qtbot: QtBot, services: Services) -> Iterator[CustomerCard]:
    widget = CustomerCard(services.customers, services.attachments, services.history)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.new_customer()
    yield widget


def edit(parent: QWidget, name: str) -> QLineEdit:
    found = parent.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def shown_error(parent: QWidget, name: str) -> str:
    label = parent.findChild(QLabel, name)
    assert label is not None, name
    return label.text() if label.isVisible() else ""


def retype(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_the_card_fills_the_city_from_the_postal_code(qtbot: QtBot, card: CustomerCard) -> None:
    postal, city = edit(card, "postalCodeEdit"), edit(card, "cityEdit")
    qtbot.keyClicks(postal, "33100")
    assert city.text() == "Tampere"
    retype(qtbot, postal, "00100")  # the city it filled follows the code
    assert city.text() == "Helsinki"
    retype(qtbot, city, "Espoo")  # a city the user typed stays
    retype(qtbot, postal, "33100")
    assert city.text() == "Espoo"


def test_the_card_does_not_fill_a_foreign_address(qtbot: QtBot, card: CustomerCard) -> None:
    combo = card.basic_info.country_combo
    combo.setCurrentIndex(combo.findData("SE"))
    qtbot.keyClicks(edit(card, "postalCodeEdit"), "33100")
    assert edit(card, "cityEdit").text() == ""


def test_the_card_refuses_a_short_code_of_another_town(qtbot: QtBot, card: CustomerCard) -> None:
    qtbot.keyClicks(edit(card, "nameEdit"), "Rakennus Oy")
    qtbot.keyClicks(edit(card, "cityEdit"), "Tampere")
    qtbot.keyClicks(edit(card, "postalCodeEdit"), "3310")
    assert not card.save()
    assert shown_error(card, "postalCodeError") == (
        "“3310” has only 4 digits. Did you mean 33100 (Tampere)?"
    )
    retype(qtbot, edit(card, "postalCodeEdit"), "33100")
    assert card.save()
    record = card.record()
    assert record is not None
    assert (record.data.postal_code, record.data.city) == ("33100", "Tampere")


def test_the_office_dialog_fills_the_city_in_swedish_for_a_swedish_user(qtbot: QtBot) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Finland))
    try:
        dialog = OfficeDialog(lambda data: data)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(edit(dialog, "officePostalCodeEdit"), "00100")
        assert edit(dialog, "officeCityEdit").text() == "Helsingfors"
    finally:
        QLocale.setDefault(before)


def test_the_company_dialog_fills_the_city(qtbot: QtBot, company: CompanyService) -> None:
    dialog = CompanyDialog(company)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(edit(dialog, "nameEdit"), "Oma Toiminimi")
    qtbot.keyClicks(edit(dialog, "postal_codeEdit"), "02100")
    assert edit(dialog, "cityEdit").text() == "Espoo"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert (company.get().postal_code, company.get().city) == ("02100", "Espoo")
