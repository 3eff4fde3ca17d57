"""Language switches for the widgets that do not retranslate themselves yet.

The main window calls these from its ``retranslateUi()``: the customer list's headers and
cells are translated in the model's ``data()`` and only need repainting, and the card's
tab titles are set again here. Each goes once its widget retranslates itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from asiakasrekisteri.ui.customer_card.card import CustomerCard
from asiakasrekisteri.ui.customer_list.model import CustomerListModel

CARD_CONTEXT = "CustomerCard"
# attribute of CustomerCard holding a tab page → English source of the tab title
CARD_TABS: dict[str, str] = {
    "overview": "Overview",
    "basic_info": "Basic info",
    "extra_info": "Extra info",
    "attachments": "Attachments",
    "history": "History",
}


def retranslate_list(model: CustomerListModel) -> None:
    """Have the list's views ask the model for its headers and cells again."""
    # Dates and money are formatted in data() with QLocale() too.
    columns = model.columnCount()
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    rows = model.rowCount()
    if rows and columns:
        model.dataChanged.emit(
            model.index(0, 0), model.index(rows - 1, columns - 1), [Qt.ItemDataRole.DisplayRole]
        )


def retranslate_card_tabs(card: CustomerCard) -> None:
    """Set the card's tab titles again in the current language."""
    tabs = getattr(card, "tabs", None)
    if tabs is None:
        return
    for name, source in CARD_TABS.items():
        page = getattr(card, name, None)
        index = tabs.indexOf(page) if isinstance(page, QWidget) else -1
        if index >= 0:
            tabs.setTabText(index, QCoreApplication.translate(CARD_CONTEXT, source))
