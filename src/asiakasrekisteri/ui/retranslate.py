"""Switching the UI language while the program runs (issue 6, item 1).

Installing new translators sends every widget a ``LanguageChange`` event. Widgets built
once (the main window's menus, actions, filters, the list headers and the card's tab
titles) set their texts again here; dialogs pick up the new language the next time they
open. The texts are the English sources of ``main_window.py``, kept in one table per
context; ``tests/ui/test_settings_dialog.py`` checks that the table still matches the
window, so a changed menu text cannot silently stop being retranslated.

Feature modules that add actions of their own mark them with :func:`mark_translatable`
and get them retranslated too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMenu, QToolBar, QWidget

from asiakasrekisteri.domain.enums import CustomerStatus
from asiakasrekisteri.ui.customer_list.model import status_name

if TYPE_CHECKING:
    from asiakasrekisteri.ui.main_window import MainWindow

_CONTEXT_PROPERTY = "trContext"
_SOURCE_PROPERTY = "trSource"

MAIN_WINDOW_CONTEXT = "MainWindow"
# attribute of MainWindow → English source text of its action or menu
MAIN_WINDOW_ACTIONS: dict[str, str] = {
    "new_action": "&New customer",
    "save_action": "&Save",
    "find_action": "&Find",
    "delete_action": "&Delete customer…",
    "inactivate_action": "&Inactivate customer",
    "activate_action": "&Activate customer",
    "clear_search_action": "Clear search",
    "company_action": "Own &company details…",
    "operators_action": "E-invoice &operators…",
    "quit_action": "&Quit",
    "about_action": "&About",
}
MAIN_WINDOW_MENUS: dict[str, str] = {
    "file_menu": "&File",
    "edit_menu": "&Edit",
    "settings_menu": "Se&ttings",
    "help_menu": "&Help",
}
MAIN_WINDOW_ACCESSIBLE_NAMES: dict[str, str] = {
    "search_edit": "Search customers",
    "active_filter": "Show active or inactive customers",
    "group_filter": "Customer group",
    "status_filter": "Customer status",
}
SEARCH_PLACEHOLDER = "Search by name, number, Y-tunnus, email, phone, city or contact (Ctrl+F)"
ACTIVE_FILTER_ITEMS = ("Active", "Inactive", "All")
TOOLBAR_TITLE = "Main toolbar"

CARD_CONTEXT = "CustomerCard"
# attribute of CustomerCard holding a tab page → English source of the tab title
CARD_TABS: dict[str, str] = {
    "overview": "Overview",
    "basic_info": "Basic info",
    "extra_info": "Extra info",
    "attachments": "Attachments",
    "history": "History",
}


def _tr(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def mark_translatable(obj: QObject, context: str, source: str) -> None:
    """Remember the English source of an action's or menu's text for language switches."""
    obj.setProperty(_CONTEXT_PROPERTY, context)
    obj.setProperty(_SOURCE_PROPERTY, source)


def retranslate_marked(root: QObject) -> None:
    """Set again the texts of every object under ``root`` marked by mark_translatable."""
    for obj in [root, *root.findChildren(QObject)]:
        source = obj.property(_SOURCE_PROPERTY)
        if not source:
            continue
        text = _tr(str(obj.property(_CONTEXT_PROPERTY)), str(source))
        if isinstance(obj, QMenu):
            obj.setTitle(text)
        elif isinstance(obj, QToolBar):
            obj.setWindowTitle(text)
        elif hasattr(obj, "setText"):
            obj.setText(text)


def _set_item_texts(combo: QComboBox, texts: list[str]) -> None:
    for index, text in enumerate(texts[: combo.count()]):
        combo.setItemText(index, text)


def retranslate_main_window(window: MainWindow) -> None:
    """Put the main window's texts into the language now installed."""
    for name, source in MAIN_WINDOW_ACTIONS.items():
        action = getattr(window, name, None)
        if action is not None:
            action.setText(_tr(MAIN_WINDOW_CONTEXT, source))
    for name, source in MAIN_WINDOW_MENUS.items():
        menu = getattr(window, name, None)
        if isinstance(menu, QMenu):
            menu.setTitle(_tr(MAIN_WINDOW_CONTEXT, source))
    for name, source in MAIN_WINDOW_ACCESSIBLE_NAMES.items():
        widget = getattr(window, name, None)
        if isinstance(widget, QWidget):
            widget.setAccessibleName(_tr(MAIN_WINDOW_CONTEXT, source))
    if isinstance(window.search_edit, QLineEdit):
        window.search_edit.setPlaceholderText(_tr(MAIN_WINDOW_CONTEXT, SEARCH_PLACEHOLDER))
    toolbar = window.findChild(QToolBar, "mainToolbar")
    if toolbar is not None:
        toolbar.setWindowTitle(_tr(MAIN_WINDOW_CONTEXT, TOOLBAR_TITLE))
    _set_item_texts(
        window.active_filter, [_tr(MAIN_WINDOW_CONTEXT, s) for s in ACTIVE_FILTER_ITEMS]
    )
    _set_item_texts(
        window.status_filter,
        [_tr(MAIN_WINDOW_CONTEXT, "Any status"), *(status_name(s) for s in CustomerStatus)],
    )
    if window.group_filter.count():
        window.group_filter.setItemText(0, _tr(MAIN_WINDOW_CONTEXT, "All groups"))
    window.count_label.setText(
        QCoreApplication.translate(
            MAIN_WINDOW_CONTEXT, "%n customer(s)", "", window.model.rowCount()
        )
    )
    _retranslate_list(window)
    _retranslate_card_tabs(window)
    retranslate_marked(window)


def _retranslate_list(window: MainWindow) -> None:
    # Headers, type and status names are translated in the model's data(); dates and
    # money are formatted there with QLocale(). Tell the view to ask again.
    model = window.model
    columns = model.columnCount()
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    rows = model.rowCount()
    if rows and columns:
        model.dataChanged.emit(
            model.index(0, 0), model.index(rows - 1, columns - 1), [Qt.ItemDataRole.DisplayRole]
        )


def _retranslate_card_tabs(window: MainWindow) -> None:
    card = window.card
    tabs = getattr(card, "tabs", None)
    if tabs is None:
        return
    for name, source in CARD_TABS.items():
        page = getattr(card, name, None)
        index = tabs.indexOf(page) if isinstance(page, QWidget) else -1
        if index >= 0:
            tabs.setTabText(index, _tr(CARD_CONTEXT, source))
