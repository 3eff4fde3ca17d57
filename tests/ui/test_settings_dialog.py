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
from PySide6.QtCore import QLocale, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from asiakasrekisteri.app import BuiltWindow, build_window
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.ui import i18n, settings_keys
from asiakasrekisteri.ui.customer_list.model import Column
from asiakasrekisteri.ui.dialogs.settings_dialog import SettingsDialog
from asiakasrekisteri.ui.formatting import format_money
from asiakasrekisteri.ui.i18n import Translators
from asiakasrekisteri.ui.main_window import MainWindow
from asiakasrekisteri.ui.preferences import Theme, apply_theme, stored_language
from asiakasrekisteri.ui.settings_keys import LANGUAGE, THEME
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
def built(
    qtbot: QtBot,
    services: Services,
    customers: CustomerService,
    settings: QSettings,
    translators: Translators,
) -> BuiltWindow:
    customers.create(make_customer(customer_number="1001"))
    found = build_window(services, settings, translators)
    win = found.window
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return found


@pytest.fixture
def window(built: BuiltWindow) -> MainWindow:
    return built.window


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
    qtbot: QtBot, built: BuiltWindow, translators: Translators, settings: QSettings
) -> None:
    window = built.window
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
    # The features follow: each one's menus and commands.
    features = built.features
    assert features.privacy.menu.title() == ts_translation("sv", "PrivacyActions", "&Privacy")
    assert features.invoicing.invoices_menu.title() == ts_translation(
        "sv", "InvoicingActions", "In&voices"
    )
    assert features.backups.backup_now_action.text() == ts_translation(
        "sv", "BackupActions", "&Back up now"
    )
    assert features.spreadsheets.import_action.text() == ts_translation(
        "sv", "SpreadsheetActions", "I&mport from Excel…"
    )
    assert features.app.preferences_action.text() == ts_translation(
        "sv", "AppActions", "&Preferences…"
    )
    # Money follows the chosen locale (sv_FI: space as thousands separator, comma).
    assert format_money(Decimal("1234.5")).replace("\u00a0", " ") == "1 234,50 €"
    assert LANGUAGE.read(settings) == "sv"
    assert stored_language(QSettings(settings.fileName(), QSettings.Format.IniFormat)) == "sv"

    # And back to English, without a restart.
    dialog = open_dialog(qtbot, window, translators)
    assert dialog.language_combo.currentData() == "sv"
    choose(dialog, "language", "en")
    dialog.accept()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert window.model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "Name"
    assert features.privacy.menu.title() == "&Privacy"


def test_finnish_formats_dates_and_money(
    qtbot: QtBot, window: MainWindow, translators: Translators
) -> None:
    dialog = open_dialog(qtbot, window, translators)
    choose(dialog, "language", "fi")
    dialog.accept()
    qtbot.waitUntil(lambda: window.file_menu.title() == ts_translation("fi", "MainWindow", "&File"))
    assert format_money(Decimal("1234.5")).replace("\u00a0", " ") == "1 234,50 €"
    assert QLocale().name() == "fi_FI"


def ts_translations(language: str) -> dict[str, set[str]]:
    """Source text → its translations in ``language``, in any context."""
    root = ET.parse(ROOT / "translations" / f"asiakasrekisteri_{language}.ts").getroot()
    found: dict[str, set[str]] = {}
    for message in root.iter("message"):
        found.setdefault(message.findtext("source") or "", set()).add(
            message.findtext("translation") or ""
        )
    return found


def menu_texts(window: MainWindow) -> list[tuple[QObject, str]]:
    """The menus' titles and every command in them, the window's and its features'."""
    found: list[tuple[QObject, str]] = []
    for bar_action in window.menuBar().actions():
        menu = bar_action.menu()
        assert isinstance(menu, QMenu)
        found.append((menu, menu.title()))
        found += [(a, a.text()) for a in menu.actions() if not a.isSeparator()]
    return found


def test_every_menu_and_command_follows_a_language_switch(
    qtbot: QtBot, window: MainWindow, translators: Translators
) -> None:
    english = menu_texts(window)
    assert len(english) >= 40  # six menus, their commands
    swedish = ts_translations("sv")
    dialog = open_dialog(qtbot, window, translators)
    choose(dialog, "language", "sv")
    dialog.accept()
    # Qt delivers the language change as a posted event.
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Arkiv")

    for obj, source in english:
        text = obj.title() if isinstance(obj, QMenu) else obj.text()  # type: ignore[attr-defined]
        assert text in swedish[source], f"{source!r} stayed {text!r}"
    tab_titles = [window.card.tabs.tabText(i) for i in range(window.card.tabs.count())]
    assert tab_titles == ["Översikt", "Grunduppgifter", "Tilläggsuppgifter", "Bilagor", "Historik"]


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
    assert THEME.read(settings) == "dark"
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


def test_the_trade_register_lookups_and_address_are_stored(
    qtbot: QtBot, window: MainWindow, translators: Translators, settings: QSettings
) -> None:
    dialog = open_dialog(qtbot, window, translators)
    assert dialog.lookups_check.isChecked()
    # Empty by default: the placeholder shows the address used then.
    assert dialog.register_url_edit.text() == ""
    assert dialog.register_url_edit.placeholderText() == "http://127.0.0.1:9/opendata-ytj-api/v3"
    dialog.lookups_check.setChecked(False)
    qtbot.keyClicks(dialog.register_url_edit, " https://proxy.example/ytj/v3 ")
    dialog.accept()

    assert settings_keys.TRADE_REGISTER_LOOKUPS.read(settings) is False
    assert settings_keys.TRADE_REGISTER_URL.read(settings) == "https://proxy.example/ytj/v3"
    again = open_dialog(qtbot, window, translators)
    assert not again.lookups_check.isChecked()
    assert again.register_url_edit.text() == "https://proxy.example/ytj/v3"
