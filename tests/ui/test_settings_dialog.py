"""Settings › Preferences…: language switch at once, theme, own company details."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.ui import i18n
from asiakasrekisteri.ui.app_actions import install_app_actions
from asiakasrekisteri.ui.customer_list.model import Column
from asiakasrekisteri.ui.dialogs.settings_dialog import SettingsDialog
from asiakasrekisteri.ui.formatting import format_money
from asiakasrekisteri.ui.i18n import Translators
from asiakasrekisteri.ui.main_window import MainWindow
from asiakasrekisteri.ui.preferences import (
    LANGUAGE_KEY,
    THEME_KEY,
    Theme,
    apply_theme,
    stored_language,
)
from asiakasrekisteri.ui.retranslate import (
    CARD_TABS,
    MAIN_WINDOW_ACTIONS,
    MAIN_WINDOW_MENUS,
    retranslate_main_window,
)
from tests.conftest import make_customer

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def ts_translation(language: str, context: str, source: str) -> str:
    """What the committed catalogue says ``source`` is in ``language``."""
    root = ET.parse(ROOT / "translations" / f"asiakasrekisteri_{language}.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                return message.findtext("translation") or ""
    raise AssertionError(f"{context}: {source!r} is not in the {language} catalogue")


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The compiled catalogues: the package's, or compiled here from translations/*.ts."""
    shipped = i18n.translations_dir()
    if (shipped / "asiakasrekisteri_sv.qm").exists():
        return shipped
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        found = shutil.which("pyside6-lrelease")
        if found is None:
            pytest.skip("pyside6-lrelease is not installed")
        lrelease = Path(found)
    out = tmp_path_factory.mktemp("qm")
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")], check=True
        )
    return out


@pytest.fixture
def translators(
    qapp: QApplication, qm_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Translators]:
    """Translators on the test catalogues; English and the old locale back afterwards."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: qm_dir)
    locale = QLocale()
    found = Translators()
    yield found
    found.install(qapp, "en")
    QLocale.setDefault(locale)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(
    qtbot: QtBot,
    services: Services,
    customers: CustomerService,
    settings: QSettings,
    translators: Translators,
) -> MainWindow:
    customers.create(make_customer(customer_number="1001"))
    win = MainWindow(services, settings)
    install_app_actions(win, translators)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def restore_theme(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme(qapp, Theme.SYSTEM)


def open_dialog(qtbot: QtBot, window: MainWindow, translators: Translators) -> SettingsDialog:
    dialog = SettingsDialog(window.settings, translators, window.services.company, window)
    qtbot.addWidget(dialog)
    return dialog


def choose(dialog: SettingsDialog, combo_name: str, data: str) -> None:
    combo = dialog.language_combo if combo_name == "language" else dialog.theme_combo
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_swedish_changes_the_menus_at_once_and_is_stored(
    qtbot: QtBot, window: MainWindow, translators: Translators, settings: QSettings
) -> None:
    assert window.file_menu.title() == "&File"
    dialog = open_dialog(qtbot, window, translators)
    choose(dialog, "language", "sv")
    dialog.accept()

    arkiv = ts_translation("sv", "MainWindow", "&File")
    assert arkiv and arkiv != "&File"
    qtbot.waitUntil(lambda: window.file_menu.title() == arkiv)
    assert window.edit_menu.title() == ts_translation("sv", "MainWindow", "&Edit")
    assert window.new_action.text() == ts_translation("sv", "MainWindow", "&New customer")
    assert window.search_edit.accessibleName() == ts_translation(
        "sv", "MainWindow", "Search customers"
    )
    header = window.model.headerData(Column.NAME, Qt.Orientation.Horizontal)
    assert header == ts_translation("sv", "CustomerListModel", "Name")
    tab = window.card.tabs.tabText(window.card.tabs.indexOf(window.card.overview))
    assert tab == ts_translation("sv", "CustomerCard", "Overview")
    # Money follows the chosen locale (sv_FI: space as thousands separator, comma).
    assert format_money(Decimal("1234.5")).replace("\u00a0", " ") == "1 234,50 €"
    assert settings.value(LANGUAGE_KEY) == "sv"
    assert stored_language(QSettings(settings.fileName(), QSettings.Format.IniFormat)) == "sv"

    # And back to English, without a restart.
    dialog = open_dialog(qtbot, window, translators)
    assert dialog.language_combo.currentData() == "sv"
    choose(dialog, "language", "en")
    dialog.accept()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert window.model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "Name"


def test_finnish_formats_dates_and_money(
    qtbot: QtBot, window: MainWindow, translators: Translators
) -> None:
    dialog = open_dialog(qtbot, window, translators)
    choose(dialog, "language", "fi")
    dialog.accept()
    qtbot.waitUntil(lambda: window.file_menu.title() == ts_translation("fi", "MainWindow", "&File"))
    assert format_money(Decimal("1234.5")).replace("\u00a0", " ") == "1 234,50 €"
    assert QLocale().name() == "fi_FI"


def test_retranslation_table_matches_the_window(window: MainWindow) -> None:
    """With no translator, retranslating changes nothing: the table has the real sources."""
    before = {name: getattr(window, name).text() for name in MAIN_WINDOW_ACTIONS} | {
        name: getattr(window, name).title() for name in MAIN_WINDOW_MENUS
    }
    tabs = [window.card.tabs.tabText(i) for i in range(window.card.tabs.count())]
    placeholder = window.search_edit.placeholderText()
    filters = [window.active_filter.itemText(i) for i in range(window.active_filter.count())]

    retranslate_main_window(window)

    after = {name: getattr(window, name).text() for name in MAIN_WINDOW_ACTIONS} | {
        name: getattr(window, name).title() for name in MAIN_WINDOW_MENUS
    }
    assert after == before
    assert [window.card.tabs.tabText(i) for i in range(window.card.tabs.count())] == tabs
    assert window.search_edit.placeholderText() == placeholder
    assert [
        window.active_filter.itemText(i) for i in range(window.active_filter.count())
    ] == filters
    for name in CARD_TABS:
        assert window.card.tabs.indexOf(getattr(window.card, name)) >= 0, name


def test_preferences_and_user_guide_are_in_the_menus_with_shortcuts(window: MainWindow) -> None:
    preferences = window.findChild(QAction, "preferencesAction")
    guide = window.findChild(QAction, "userGuideAction")
    assert preferences is not None and guide is not None
    assert preferences in window.settings_menu.actions()
    assert guide in window.help_menu.actions()
    assert preferences.shortcut() == QKeySequence("Ctrl+,")
    assert not guide.shortcut().isEmpty()
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            assert action.isSeparator() or action.text(), "an action without text"


def test_dark_theme_applies_a_dark_palette(
    qtbot: QtBot,
    window: MainWindow,
    translators: Translators,
    settings: QSettings,
    qapp: QApplication,
    restore_theme: None,
) -> None:
    dialog = open_dialog(qtbot, window, translators)
    choose(dialog, "theme", Theme.DARK.value)
    dialog.accept()
    assert settings.value(THEME_KEY) == "dark"
    assert qapp.style().name().lower() == "fusion"
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80

    dialog = open_dialog(qtbot, window, translators)
    choose(dialog, "theme", Theme.LIGHT.value)
    dialog.accept()
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 180


def test_company_details_are_checked_and_saved(
    qtbot: QtBot, window: MainWindow, translators: Translators, company: CompanyService
) -> None:
    dialog = open_dialog(qtbot, window, translators)
    dialog.show()
    form = dialog.company_form
    dialog.tabs.setCurrentWidget(form)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.keyClicks(form.edits["name"], "Toiminimi Testaaja")
    qtbot.keyClicks(form.edits["business_id"], "1234567-8")
    assert form.error_labels["business_id"].isVisible()
    assert "check digit" in form.error_labels["business_id"].text()
    assert not save.isEnabled()

    business_id = form.edits["business_id"]
    assert isinstance(business_id, QLineEdit)
    business_id.setText("2077474-0")
    assert not form.error_labels["business_id"].isVisible()
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert company.get().name == "Toiminimi Testaaja"
    assert company.get().business_id == "2077474-0"
