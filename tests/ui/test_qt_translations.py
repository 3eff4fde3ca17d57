"""Qt's own parts (standard buttons, file dialogs) speak the user's language too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from asiakasrekisteri.ui.i18n import Translators


@pytest.mark.parametrize(
    ("language", "cancel", "save"),
    [("fi", "Peru", "Tallenna"), ("sv", "Avbryt", "Spara"), ("en", "Cancel", "Save")],
)
def test_standard_buttons_and_file_dialog_follow_the_language(
    qapp: QApplication, language: str, cancel: str, save: str
) -> None:
    before = QLocale()
    translators = Translators()
    translators.install(qapp, language)
    try:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        assert cancel_button is not None and save_button is not None
        assert cancel_button.text().replace("&", "") == cancel
        assert save_button.text().replace("&", "") == save
        dialog = QFileDialog(None, "", "", "")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        labels = {dialog.labelText(label) for label in QFileDialog.DialogLabel}
        dialog.deleteLater()
        buttons.deleteLater()
        if language == "en":
            assert "File &name:" in labels
        else:
            assert "File &name:" not in labels and "File name:" not in labels
    finally:
        translators.remove(qapp)
        QLocale.setDefault(before)
