"""The main window driven as a user would: search, open, edit, save, delete, remember."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QHelpEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolBar,
    QToolButton,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

import asiakasrekisteri.ui
from asiakasrekisteri.app import BuiltWindow, build_window
from asiakasrekisteri.domain.customer import ContactData
from asiakasrekisteri.scratch import ScratchArea
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.ui.customer_list.model import Column
from asiakasrekisteri.ui.host import Anchor, MenuPlace
from asiakasrekisteri.ui.i18n import Translators
from asiakasrekisteri.ui.main_window import MainWindow
from tests.conftest import make_customer

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def populated(customers: CustomerService) -> CustomerService:
    customers.create(make_customer(customer_number="1001"))
    customers.create(make_customer(customer_number="1002", name="Sähkö Laine Oy",
                                   business_id="", city="Oulu", postal_code="90100",
                                   email="info@laine.fi", phone="050 111 2222"))  # fmt: skip
    other = customers.create(make_customer(customer_number="1003", name="Anna Aalto",
                                           business_id="", email="anna@example.fi",
                                           phone="044 333 4444"))  # fmt: skip
    customers.add_contact(other.id, ContactData(name="Kalle Kontakti"))
    return customers


@pytest.fixture
def window(
    qtbot: QtBot, services: Services, populated: CustomerService, settings: QSettings
) -> Iterator[MainWindow]:
    win = MainWindow(services, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


W = TypeVar("W", bound=QWidget)


def child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def visible_names(win: MainWindow) -> list[str]:
    model = win.model
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def click_row(qtbot: QtBot, win: MainWindow, name: str) -> None:
    row = visible_names(win).index(name)
    view = win.list_view
    rect = view.visualRect(win.model.index(row, Column.NAME))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Type like a user; QTest can only synthesise ASCII keys, so others are inserted."""
    edit.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClick(edit, ch)
        else:
            edit.insert(ch)


def type_search(qtbot: QtBot, win: MainWindow, text: str) -> None:
    win.search_edit.clear()
    type_into(qtbot, win.search_edit, text)


def test_model_passes_qt_model_tester(qtmodeltester: object, window: MainWindow) -> None:
    qtmodeltester.check(window.model)  # type: ignore[attr-defined]


def test_list_shows_customers_sorted_by_name(window: MainWindow) -> None:
    assert visible_names(window) == ["Anna Aalto", "Rakennus Virtanen Oy", "Sähkö Laine Oy"]
    assert window.count_label.text() == "3 customer(s)"
    header = window.model.headerData(Column.BUSINESS_ID, Qt.Orientation.Horizontal)
    assert header == "Y-tunnus"


def test_search_as_you_type_covers_contacts_and_numbers(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, "oulu")
    qtbot.waitUntil(lambda: visible_names(window) == ["Sähkö Laine Oy"])
    type_search(qtbot, window, "kontakti")
    qtbot.waitUntil(lambda: visible_names(window) == ["Anna Aalto"])
    type_search(qtbot, window, "1001")
    qtbot.waitUntil(lambda: visible_names(window) == ["Rakennus Virtanen Oy"])
    type_search(qtbot, window, "0501112222")
    qtbot.waitUntil(lambda: visible_names(window) == ["Sähkö Laine Oy"])
    type_search(qtbot, window, "nobody at all")
    qtbot.waitUntil(lambda: visible_names(window) == [])
    assert window.count_label.text() == "0 customer(s)"
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(visible_names(window)) == 3)


def test_clicking_a_header_sorts(qtbot: QtBot, window: MainWindow) -> None:
    header = window.list_view.horizontalHeader()
    x = header.sectionViewportPosition(Column.CITY) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center()
                     .__class__(x, 5))  # fmt: skip
    cities = [window.model.index(r, Column.CITY).data() for r in range(3)]
    assert cities == sorted(cities)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center()
                     .__class__(x, 5))  # fmt: skip
    cities_desc = [window.model.index(r, Column.CITY).data() for r in range(3)]
    assert cities_desc == sorted(cities, reverse=True)


def test_open_card_fix_bad_business_id_save_and_see_the_list_update(
    qtbot: QtBot, window: MainWindow, populated: CustomerService
) -> None:
    click_row(qtbot, window, "Sähkö Laine Oy")
    card = window.card
    qtbot.waitUntil(lambda: child(card, QLabel, "headerName").text() == "Sähkö Laine Oy")
    tabs = child(card, QTabWidget, "cardTabs")
    tabs.setCurrentIndex(1)
    business_id = child(card, QLineEdit, "businessIdEdit")
    save = child(card, QPushButton, "saveButton")
    business_id.setFocus()
    qtbot.keyClicks(business_id, "1234567-8")
    error = child(card, QLabel, "businessIdError")
    assert error.isVisible() and "check digit" in error.text()
    assert not save.isEnabled()
    business_id.selectAll()
    qtbot.keyClicks(business_id, "2077474-0")
    assert not error.isVisible()
    name = child(card, QLineEdit, "nameEdit")
    name.selectAll()
    type_into(qtbot, name, "Sähkö Laine ja Pojat Oy")
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sähkö Laine ja Pojat Oy" in visible_names(window))
    row = visible_names(window).index("Sähkö Laine ja Pojat Oy")
    assert window.model.index(row, Column.BUSINESS_ID).data() == "2077474-0"
    assert window.list_view.current_customer_id() == card.current_id()
    stored = populated.get(card.current_id() or 0)
    assert stored.data.business_id == "2077474-0"


def test_unsaved_changes_cancel_keeps_the_card(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    click_row(qtbot, window, "Anna Aalto")
    card = window.card
    child(card, QTabWidget, "cardTabs").setCurrentIndex(1)
    qtbot.keyClicks(child(card, QLineEdit, "cityEdit"), "x")
    assert card.is_dirty()
    monkeypatch.setattr(card, "_ask_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    click_row(qtbot, window, "Sähkö Laine Oy")
    assert child(card, QLabel, "headerName").text().startswith("Anna Aalto")
    assert window.list_view.current_customer_id() == card.current_id()
    monkeypatch.setattr(card, "_ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    click_row(qtbot, window, "Sähkö Laine Oy")
    assert child(card, QLabel, "headerName").text() == "Sähkö Laine Oy"


def test_new_customer_with_ctrl_n_and_ctrl_f_focuses_search(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.list_view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    card = window.card
    assert card.current_id() is None
    child(card, QTabWidget, "cardTabs").setCurrentIndex(1)
    assert child(card, QLineEdit, "customerNumberEdit").text() == "1004"
    qtbot.keyClicks(child(card, QLineEdit, "nameEdit"), "Uusi Asiakas Oy")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Uusi Asiakas Oy" in visible_names(window))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_edit.hasFocus()


def test_delete_key_asks_and_deletes(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions: list[str] = []

    def ask(title: str, text: str, *, default_no: bool = True) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(window, "ask", ask)
    click_row(qtbot, window, "Anna Aalto")
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Delete)
    assert questions and "Anna Aalto" in questions[0]
    assert visible_names(window) == ["Rakennus Virtanen Oy", "Sähkö Laine Oy"]


def test_delete_refused_is_explained(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(
        window.services.dependents.retention_counters,
        "invoices",
        lambda s, ids: dict.fromkeys(ids, 2),
    )
    warnings: list[str] = []
    monkeypatch.setattr(window, "ask", lambda *a, **k: True)
    monkeypatch.setattr(window, "warn", lambda title, text: warnings.append(text))
    click_row(qtbot, window, "Anna Aalto")
    window.delete_selected()
    assert warnings and "inactivate the customer instead" in warnings[0]
    assert "Anna Aalto" in visible_names(window)


def test_inactivate_hides_from_active_list_and_filter_shows_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    click_row(qtbot, window, "Anna Aalto")
    window.inactivate_action.trigger()
    assert "Anna Aalto" not in visible_names(window)
    window.active_filter.setCurrentIndex(window.active_filter.findText("Inactive"))
    assert visible_names(window) == ["Anna Aalto"]
    window.active_filter.setCurrentIndex(window.active_filter.findText("All"))
    assert len(visible_names(window)) == 3


def test_group_and_status_filters(
    qtbot: QtBot, window: MainWindow, populated: CustomerService
) -> None:
    record = populated.get_by_number("1002")
    from dataclasses import replace

    from asiakasrekisteri.domain.enums import CustomerStatus

    populated.update(record.id, replace(record.data, group="Sähkö", status=CustomerStatus.REGULAR))
    window.reload()
    window.group_filter.setCurrentIndex(window.group_filter.findText("Sähkö (1)"))
    assert visible_names(window) == ["Sähkö Laine Oy"]
    window.group_filter.setCurrentIndex(0)
    window.status_filter.setCurrentIndex(window.status_filter.findText("Regular"))
    assert visible_names(window) == ["Sähkö Laine Oy"]


def test_window_layout_is_remembered(
    qtbot: QtBot, services: Services, populated: CustomerService, settings: QSettings
) -> None:
    first = MainWindow(services, settings)
    qtbot.addWidget(first)
    first.show()
    first.list_view.setColumnWidth(Column.NAME, 321)
    first.list_view.horizontalHeader().moveSection(Column.CITY, 1)
    first.splitter.setSizes([500, 400])
    splitter_state = first.splitter.saveState()
    geometry = first.saveGeometry()
    first.close()
    assert settings.value("main_window/splitter") == splitter_state
    assert settings.value("main_window/geometry") == geometry
    second = MainWindow(services, settings)
    qtbot.addWidget(second)
    second.show()
    # The offscreen test screen is smaller than the window, so Qt fits the restored
    # geometry to it; column widths and order come back exactly.
    assert second.list_view.columnWidth(Column.NAME) == 321
    assert second.list_view.horizontalHeader().visualIndex(Column.CITY) == 1


def test_open_requested_from_duplicates_widens_filters(
    qtbot: QtBot, window: MainWindow, populated: CustomerService
) -> None:
    hidden = populated.get_by_number("1003")
    populated.set_active([hidden.id], False)
    window.reload()
    assert "Anna Aalto" not in visible_names(window)
    window.open_customer(hidden.id)
    assert window.card.current_id() == hidden.id
    assert window.list_view.current_customer_id() == hidden.id


# --- the window as host of the features ---------------------------------------------------


@pytest.fixture
def built(
    qtbot: QtBot, services: Services, populated: CustomerService, settings: QSettings
) -> BuiltWindow:
    """The window as the program builds it, with every feature installed."""
    found = build_window(services, settings, Translators())
    qtbot.addWidget(found.window)
    found.window.show()
    qtbot.waitExposed(found.window)
    return found


def _shows_its_actions(widget: QWidget) -> bool:
    """Whether the user sees the widget's actions: as a bar or as its context menu.

    A menu counts only where something shows it; :func:`reachable_actions` follows menus
    from there."""
    if isinstance(widget, (QMenuBar, QToolBar)):
        return True
    return widget.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu


def reachable_actions(window: QMainWindow) -> set[QAction]:
    """Every action the user can reach by menu, toolbar, context menu or button."""
    pending: list[QAction | QMenu] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if _shows_its_actions(widget):
            pending += widget.actions()
        if isinstance(widget, QToolButton):  # a line edit's clear button, the menu bar's »
            pending += [a for a in (widget.defaultAction(), widget.menu()) if a is not None]
    popup = window.createPopupMenu()  # the window's own context menu: the toolbars
    if popup is not None:
        pending += popup.actions()
    found: set[QAction] = set()
    while pending:
        item = pending.pop()
        action = item.menuAction() if isinstance(item, QMenu) else item
        if action in found:
            continue
        found.add(action)
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            pending += submenu.actions()
    return found


def test_every_action_is_in_a_menu_toolbar_or_context_menu_or_has_a_shortcut(
    built: BuiltWindow,
) -> None:
    window = built.window
    actions = set(window.findChildren(QAction))
    for feature in fields(built.features):
        actions |= set(getattr(built.features, feature.name).findChildren(QAction))
    assert len(actions) > 40
    reachable = reachable_actions(window)
    lost = [
        action.text() or action.objectName() or repr(action)
        for action in actions
        if not action.isSeparator()
        and action not in reachable
        # A shortcut works only while the action is on a widget of the window.
        and (action.shortcut().isEmpty() or not action.associatedObjects())
    ]
    assert lost == []


def test_an_action_only_on_the_window_is_not_reachable(built: BuiltWindow) -> None:
    """The check above finds an action the user cannot get at."""
    hidden = QAction("Hidden", built.window)
    built.window.addAction(hidden)
    assert hidden not in reachable_actions(built.window)


def menu_layout(window: QMainWindow) -> list[str]:
    lines: list[str] = []
    for bar_action in window.menuBar().actions():
        menu = bar_action.menu()
        assert isinstance(menu, QMenu)
        lines.append(menu.title())
        lines += ["  ---" if a.isSeparator() else f"  {a.text()}" for a in menu.actions()]
    return lines


def test_the_features_put_their_commands_in_their_places(built: BuiltWindow) -> None:
    assert menu_layout(built.window) == [
        "&File",
        "  &New customer", "  New &invoice…", "  &Save", "  ---",
        "  &Back up now", "  Back &up to…", "  &Restore from…", "  &Check the register", "  ---",
        "  I&mport from Excel…", "  &Export to Excel…", "  ---",
        "  Import &bank payments…", "  Unmatched &payments…", "  ---",
        "  Open a &shared register…", "  Share this register on a ser&ver…", "  &Team members…",
        "  ---",
        "  &Quit",
        "&Edit",
        "  &Find", "  Clear search", "  ---",
        "  &Inactivate customer", "  &Activate customer", "  &Delete customer…", "  ---",
        "  E&xport selected to Excel…", "  &Undo import…", "  Undo &bank payment import…",
        "  ---",
        "  Update from the &trade register…",
        "In&voices",
        "  New &invoice…", "  &Invoices…", "  ---",
        "  &Open invoices…", "  O&verdue invoices…", "  &Drafts…", "  ---",
        "  Customer &statement PDF…", "  &Print customer statement…", "  ---",
        "  Send &unsent invoices…", "  Send due &reminders…", "  Send customer st&atement…",
        "Se&ttings",
        "  Own &company details…", "  E-invoice &operators…", "  ---",
        "  &Invoicing…", "  &Products and services…", "  ---",
        "  &E-mail and sending…", "  ---",
        "  &Preferences…",
        "&Privacy",
        "  &Export everything on this person…", "  E&rase personal data…", "  ---",
        "  Re&tention candidates…", "  Privacy &notice (draft)…",
        "&Help",
        "  &User guide", "  ---",
        "  &About",
    ]  # fmt: skip
    list_menu = built.window.list_view.actions()
    assert [a.objectName() for a in list_menu] == [
        "deleteAction",
        "exportSelectedAction",
        "updateFromRegisterAction",
    ]


def test_a_menu_place_the_window_does_not_have_is_refused(
    qtbot: QtBot, services: Services, settings: QSettings
) -> None:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    with pytest.raises(LookupError):
        window.add_action(MenuPlace.PRIVACY, QAction("x", window))
    with pytest.raises(LookupError):  # Save is in the File menu, not in Help
        window.add_action(MenuPlace.HELP, QAction("x", window), before=Anchor.SAVE)
    with pytest.raises(ValueError):
        window.add_menu(MenuPlace.FILE, QMenu(window))


@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")
def test_a_feature_command_in_its_own_menu_works_by_its_shortcut(
    qtbot: QtBot, built: BuiltWindow
) -> None:
    invoicing = built.features.invoicing
    assert invoicing.invoices_dialog is None
    qtbot.keyClick(
        built.window,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert invoicing.invoices_dialog is not None and invoicing.invoices_dialog.isVisible()
    invoicing.invoices_dialog.close()


def test_privacy_commands_follow_the_card_and_erase_after_asking(
    qtbot: QtBot, built: BuiltWindow, populated: CustomerService, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = built.window
    privacy = built.features.privacy
    backups = built.features.backups
    window.new_customer()
    assert not privacy.erase_action.isEnabled()  # nobody stored on the card
    anna = populated.get_by_number("1003")
    window.open_customer(anna.id)
    assert privacy.erase_action.isEnabled() and privacy.export_person_action.isEnabled()
    assert "No backup yet" in backups.backup_label.text()
    questions: list[str] = []

    def ask(title: str, text: str, *, default_no: bool = True) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(window, "ask", ask)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    privacy.erase_action.trigger()

    assert questions and "Anna Aalto" in questions[0] and "Contacts: 1" in questions[0]
    assert "Anna Aalto" not in visible_names(window)
    assert window.card.current_id() is None  # deleted: the card is a new one
    assert not privacy.erase_action.isEnabled()
    assert "Last backup" in backups.backup_label.text()  # the erasure backed up first


def test_an_erasure_names_the_temporary_files_still_open(
    qtbot: QtBot,
    built: BuiltWindow,
    populated: CustomerService,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """A PDF of the customer shown in the viewer may outlive the erasure; the user is told."""
    window = built.window
    window.open_customer(populated.get_by_number("1003").id)
    area = ScratchArea(tmp_path / "data" / "tmp")  # this program's, as the window has it
    shown = area.open() / "lasku-1000.pdf"
    shown.write_bytes(b"%PDF Anna Aalto")
    told: list[str] = []

    def inform(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        told.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(window, "ask", lambda *a, **k: True)
    monkeypatch.setattr(QMessageBox, "information", inform)
    try:
        built.features.privacy.erase_action.trigger()
    finally:
        area.close()
    assert len(told) == 1 and "may hold the data until the programs are closed" in told[0]
    assert str(shown) in told[0]


def test_main_window_imports_no_feature_and_features_not_the_window() -> None:
    ui = Path(asiakasrekisteri.ui.__file__).parent
    features = ("app_actions", "backups", "invoicing", "privacy", "spreadsheets")

    def imported(path: Path) -> set[str]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                names |= {node.module, *(f"{node.module}.{a.name}" for a in node.names)}
            elif isinstance(node, ast.Import):
                names |= {a.name for a in node.names}
        return names

    def feature_of(module: str) -> str:
        parts = module.split(".")
        return parts[2] if parts[:2] == ["asiakasrekisteri", "ui"] and len(parts) > 2 else ""

    assert not {feature_of(m) for m in imported(ui / "main_window.py")} & set(features)
    feature_files = [ui / "app_actions.py"]
    for package in features[1:]:
        feature_files += (ui / package).glob("*.py")
    for path in feature_files:
        assert "asiakasrekisteri.ui.main_window" not in imported(path), path


@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")  # the tooltip, offscreen
def test_a_laptop_screen_squeezes_neither_the_filters_nor_the_name_mid_letter(
    qtbot: QtBot, services: Services, customers: CustomerService, settings: QSettings
) -> None:
    """At 1366 pixels the list's short filters keep their texts' width, and a long name in
    the card's header ends in "…" beside the buttons (whole when the pointer rests on it)."""
    long_name = "Rakennus- ja Kiinteistöhuolto Virtanen & Pojat Oy"
    record = customers.create(make_customer(name=long_name))
    win = MainWindow(services, settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.open_customer(record.id)
    qtbot.wait(10)
    for combo in (win.active_filter, win.status_filter):
        assert combo.width() >= combo.sizeHint().width(), combo.objectName()
        assert combo.isVisible()
    header = win.card.header_name
    assert header.text() == long_name
    shown = QLabel.text(header)
    assert shown.endswith("…") and long_name.startswith(shown[:-1])
    assert header.is_shortened()
    point = QPoint(4, 4)
    assert header.event(QHelpEvent(QEvent.Type.ToolTip, point, header.mapToGlobal(point)))
    qtbot.waitUntil(lambda: QToolTip.text() == long_name)
    QToolTip.hideText()
    assert header.fontMetrics().horizontalAdvance(shown) <= header.contentsRect().width()

    win.resize(2400, 768)  # room enough: the whole name, no tooltip
    qtbot.waitUntil(lambda: QLabel.text(header) == long_name)
    assert not header.is_shortened()
