"""Widgets that put their own texts into the language the user just chose.

Installing new translators sends every widget a ``LanguageChange`` event. A widget that
mixes in :class:`Retranslating` sets every text it shows in ``retranslateUi()`` — once at
the end of its ``__init__`` and again on each language change — so no second copy of any
text is kept anywhere else.

    class InvoiceEditor(Retranslating, QDialog):
        def __init__(self) -> None:
            super().__init__()
            self.save_button = QPushButton(self)
            self.retranslateUi()

        def retranslateUi(self) -> None:
            self.setWindowTitle(self.tr("Invoice"))
            self.save_button.setText(self.tr("&Save"))
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox


class Retranslating:
    """Mixin for a ``QWidget`` subclass: ``retranslateUi()`` runs on every language change.

    Put it before the Qt class in the bases so that its ``changeEvent`` runs first.
    """

    def retranslateUi(self) -> None:
        """Set every user-visible text of the widget in the current language."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)  # type: ignore[misc]


def set_item_texts(combo: QComboBox, texts: Mapping[Any, str]) -> None:
    """Item data → its text in the UI language, for a combo of fixed choices.

    The items keep their order and data, so the choice shown stays as it is.
    """
    for value, text in texts.items():
        index = combo.findData(value)
        if index >= 0:
            combo.setItemText(index, text)
