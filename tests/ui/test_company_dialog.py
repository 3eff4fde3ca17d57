"""Own company details dialog: inline errors, Save only when valid, values saved."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.ui.dialogs.company_dialog import CompanyDialog


def test_bad_iban_blocks_save_until_fixed(qtbot: QtBot, company: CompanyService) -> None:
    dialog = CompanyDialog(company)
    qtbot.addWidget(dialog)
    dialog.show()
    name = dialog.findChild(QLineEdit, "nameEdit")
    iban = dialog.findChild(QLineEdit, "ibanEdit")
    error = dialog.findChild(QLabel, "ibanError")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert name is not None and iban is not None and error is not None
    qtbot.keyClicks(name, "Oma Toiminimi")
    qtbot.keyClicks(iban, "FI21 1234 5600 0007 84")
    assert error.isVisible() and error.text()
    assert not save.isEnabled()
    iban.clear()
    qtbot.keyClicks(iban, "FI21 1234 5600 0007 85")
    assert not error.isVisible()
    assert save.isEnabled()
    save.click()
    stored = company.get()
    assert (stored.name, stored.iban) == ("Oma Toiminimi", "FI2112345600000785")
