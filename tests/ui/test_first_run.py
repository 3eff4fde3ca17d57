"""The welcome dialog of the first start: company details and three ways to begin."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from asiakasrekisteri.app import BuiltWindow, build_window
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.ui.dialogs.first_run import (
    FirstRunDialog,
    StartChoice,
    after_first_run,
    needs_first_run,
    show_first_run,
)
from asiakasrekisteri.ui.i18n import Translators
from asiakasrekisteri.ui.preferences import first_run_done
from asiakasrekisteri.ui.settings_keys import FIRST_RUN_DONE
from tests.conftest import make_customer

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialog(
    qtbot: QtBot, settings: QSettings, company: CompanyService, services: Services
) -> FirstRunDialog:
    found = FirstRunDialog(settings, company, services.demo)
    qtbot.addWidget(found)
    found.show()
    qtbot.waitExposed(found)
    return found


@pytest.fixture
def built(
    qtbot: QtBot, services: Services, customers: CustomerService, settings: QSettings
) -> BuiltWindow:
    found = build_window(services, settings, Translators())
    qtbot.addWidget(found.window)
    return found


def test_shown_only_on_an_empty_register_until_chosen(settings: QSettings) -> None:
    assert needs_first_run(settings, 0)
    assert not needs_first_run(settings, 3)
    FIRST_RUN_DONE.write(settings, True)
    settings.sync()
    reread = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert first_run_done(reread)
    assert not needs_first_run(reread, 0)


def test_demo_choice_fills_200_customers_and_saves_the_company(
    qtbot: QtBot,
    dialog: FirstRunDialog,
    customers: CustomerService,
    company: CompanyService,
    settings: QSettings,
) -> None:
    qtbot.keyClicks(dialog.company_form.edits["name"], "Toiminimi Testaaja")
    qtbot.keyClicks(dialog.company_form.edits["iban"], "FI21 1234 5600 0007 85")
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is StartChoice.DEMO
    assert customers.count() == 200
    assert company.get().name == "Toiminimi Testaaja"
    assert company.get().iban == "FI2112345600000785"
    assert first_run_done(settings)


def test_start_empty_leaves_no_customers_and_sets_the_flag(
    qtbot: QtBot, dialog: FirstRunDialog, customers: CustomerService, settings: QSettings
) -> None:
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is StartChoice.EMPTY
    assert customers.count() == 0
    assert first_run_done(settings)


def test_invalid_business_id_shows_inline_error_and_blocks_the_choices(
    qtbot: QtBot, dialog: FirstRunDialog, settings: QSettings, company: CompanyService
) -> None:
    qtbot.keyClicks(dialog.company_form.edits["business_id"], "1234567-8")
    error = dialog.company_form.error_labels["business_id"]
    assert error.isVisible()
    assert "check digit" in error.text()
    assert not dialog.demo_button.isEnabled()
    assert not dialog.empty_button.isEnabled()
    dialog.choose(StartChoice.EMPTY)  # a shortcut past the disabled button changes nothing
    assert dialog.choice is None
    assert not first_run_done(settings)
    assert company.get().business_id == ""

    business_id = dialog.company_form.edits["business_id"]
    assert isinstance(business_id, QLineEdit)
    business_id.setText("2077474-0")
    assert not error.isVisible()
    # A company with details has a name too: it is the seller on every invoice.
    assert not dialog.empty_button.isEnabled()
    assert dialog.company_form.error_labels["name"].isVisible()
    name = dialog.company_form.edits["name"]
    assert isinstance(name, QLineEdit)
    name.setText("Toiminimi Mäkelä")
    assert dialog.empty_button.isEnabled()


def test_closing_without_a_choice_asks_again_next_time(
    dialog: FirstRunDialog, settings: QSettings
) -> None:
    dialog.reject()
    assert dialog.choice is None
    assert not first_run_done(settings)


def test_app_start_shows_it_on_an_empty_register_and_shows_the_demo_customers(
    qtbot: QtBot,
    built: BuiltWindow,
    settings: QSettings,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = built.window
    imports: list[bool] = []
    shown: list[FirstRunDialog] = []

    def fake_exec(self: FirstRunDialog) -> int:
        shown.append(self)
        self.choose(StartChoice.DEMO)
        return 1

    monkeypatch.setattr(FirstRunDialog, "exec", fake_exec)

    def start_import() -> None:
        imports.append(True)

    assert show_first_run(window, settings, services, start_import) is StartChoice.DEMO
    assert len(shown) == 1
    assert imports == []
    assert shown[0].import_button.isEnabled()
    assert window.model.rowCount() > 150  # the active ones; a few demo customers are inactive

    # Not again: the register has customers and the flag is set.
    assert show_first_run(window, settings, services, start_import) is None
    assert len(shown) == 1


def test_not_shown_when_the_register_has_customers(
    built: BuiltWindow,
    settings: QSettings,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.customers.create(make_customer())
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: pytest.fail("shown"))
    assert show_first_run(built.window, settings, services, lambda: None) is None


def test_import_choice_opens_the_spreadsheet_import(
    built: BuiltWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from asiakasrekisteri.ui.spreadsheets.prompts import Prompts

    asked: list[bool] = []
    monkeypatch.setattr(Prompts, "open_spreadsheet", lambda *a, **k: asked.append(True))
    after_first_run(built.window, StartChoice.IMPORT, built.features.spreadsheets.import_file)
    assert asked == [True]
