"""The trade register in the window, driven as a user would, against a local server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QTableWidgetItem
from pytestqt.qtbot import QtBot

from asiakasrekisteri.app import BuiltWindow, build_window
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.history import HistoryService
from asiakasrekisteri.ui import settings_keys
from asiakasrekisteri.ui.i18n import Translators
from asiakasrekisteri.ui.main_window import MainWindow
from asiakasrekisteri.ui.spreadsheets.workers import Worker
from asiakasrekisteri.ui.trade_register.completer import DEBOUNCE_MS, CompanyCompleter
from asiakasrekisteri.ui.trade_register.update_dialog import Column, RegisterUpdateDialog
from tests.conftest import make_customer
from tests.trade_register_server import RecordedRegister

# The offscreen platform cannot raise the list of matches or let it grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def built(qtbot: QtBot, services: Services, settings: QSettings) -> Iterator[BuiltWindow]:
    found = build_window(services, settings, Translators())
    qtbot.addWidget(found.window)
    found.window.show()
    qtbot.waitExposed(found.window)
    yield found
    assert Worker.wait_all(10_000)  # no lookup may outlive the register


@pytest.fixture
def warnings(built: BuiltWindow, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The warnings the window shows (instead of a modal box)."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(built.window, "warn", lambda title, text: shown.append((title, text)))
    return shown


def editor(window: MainWindow, name: str) -> QLineEdit:
    found = window.card.findChild(QLineEdit, name)
    assert found is not None
    return found


def completer(built: BuiltWindow) -> CompanyCompleter:
    return built.features.trade_register.completer


def wait_for_matches(qtbot: QtBot, built: BuiltWindow, field: str) -> None:
    popup = completer(built).completers[field].popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible, timeout=10_000)


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_typing_a_name_offers_matches_and_choosing_one_fills_the_card(
    qtbot: QtBot,
    built: BuiltWindow,
    services: Services,
    trade_register: RecordedRegister,
    warnings: list[tuple[str, str]],
) -> None:
    window = built.window
    window.new_customer()
    name = editor(window, "nameEdit")
    name.setFocus()
    qtbot.keyClicks(name, "Virtanen")
    wait_for_matches(qtbot, built, "name")

    # One request for the word, not one per key.
    assert trade_register.requests == [{"name": "Virtanen"}]
    model = completer(built).model
    assert model.rowCount() == 6
    assert model.index(0, 0).data() == "Rakennus Virtanen Oy (2077474-0, Tampere)"
    assert model.index(5, 0).data() == "Virtanen & Co Ky (2345678-0, Turku) ⚠ ceased"
    assert "127" not in status(window) and "first 6" in status(window)

    popup = completer(built).completers["name"].popup()
    assert popup is not None
    popup.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)

    card = window.card
    assert name.text() == "Rakennus Virtanen Oy"
    assert editor(window, "businessIdEdit").text() == "2077474-0"
    street = card.findChild(QPlainTextEdit, "streetEdit")
    assert street is not None and street.toPlainText() == "Hämeenkatu 10 B 5"
    assert editor(window, "postalCodeEdit").text() == "33100"
    assert editor(window, "cityEdit").text() == "Tampere"
    assert editor(window, "companyFormEdit").text() == "Limited company"
    assert editor(window, "lineOfBusinessEdit").text() == (
        "Construction of residential and non-residential buildings"
    )
    assert warnings == []
    assert "Check and save" in status(window)
    # Filling the card asks nothing more; saving stores what the register said.
    qtbot.wait(DEBOUNCE_MS + 200)
    assert len(trade_register.requests) == 1
    assert card.save()
    stored = services.customers.get(card.current_id() or 0).data
    assert (stored.name, stored.street, stored.city) == (
        "Rakennus Virtanen Oy",
        "Hämeenkatu 10 B 5",
        "Tampere",
    )


def test_a_y_tunnus_finds_its_company_and_a_bankruptcy_is_warned_about(
    qtbot: QtBot,
    built: BuiltWindow,
    trade_register: RecordedRegister,
    warnings: list[tuple[str, str]],
) -> None:
    window = built.window
    kind = window.card.basic_info.type_combo
    kind.setCurrentIndex(kind.findData("private"))
    business_id = editor(window, "businessIdEdit")
    qtbot.keyClicks(business_id, "2458793-4")
    wait_for_matches(qtbot, built, "business_id")

    assert trade_register.requests == [{"businessId": "2458793-4"}]
    model = completer(built).model
    assert model.index(0, 0).data() == ("Virtanen Kuljetus Oy (2458793-4, Oulu) ⚠ in bankruptcy")
    completer(built).choose(model.index(0, 0))

    assert editor(window, "nameEdit").text() == "Virtanen Kuljetus Oy"
    assert kind.currentData() == "company"  # the register knows companies only
    assert warnings[-1][1].startswith("Virtanen Kuljetus Oy: in bankruptcy since ")
    assert "before selling to it on credit" in warnings[-1][1]


def test_too_little_text_and_a_wrong_check_digit_ask_nothing(
    qtbot: QtBot, built: BuiltWindow, trade_register: RecordedRegister
) -> None:
    window = built.window
    qtbot.keyClicks(editor(window, "nameEdit"), "Vi")
    qtbot.keyClicks(editor(window, "businessIdEdit"), "2077474-1")
    qtbot.wait(DEBOUNCE_MS * 2)
    assert trade_register.requests == []
    assert not completer(built).is_busy()


@pytest.mark.parametrize(
    ("status_code", "delay", "message"),
    [
        (503, 0.0, "The trade register answered with an error (HTTP 503). Try again later."),
        (200, 3.0, "The trade register did not answer within 0.5 seconds. Try again later."),
    ],
)
def test_a_failing_register_is_one_message_and_the_card_stays_usable(
    qtbot: QtBot,
    built: BuiltWindow,
    services: Services,
    trade_register: RecordedRegister,
    status_code: int,
    delay: float,
    message: str,
) -> None:
    trade_register.status = status_code
    trade_register.delay = delay
    services.trade_register.timeout = 0.5
    window = built.window
    name = editor(window, "nameEdit")
    qtbot.keyClicks(name, "Virtanen")
    qtbot.waitUntil(lambda: status(window) == message, timeout=10_000)

    popup = completer(built).completers["name"].popup()
    assert popup is not None and not popup.isVisible()
    qtbot.keyClicks(name, " Oy")
    assert window.card.save()
    assert services.customers.get(window.card.current_id() or 0).data.name == "Virtanen Oy"


def test_no_network_is_one_message(qtbot: QtBot, built: BuiltWindow) -> None:
    # The tests' default address: nothing listens there.
    window = built.window
    qtbot.keyClicks(editor(window, "nameEdit"), "Virtanen")
    qtbot.waitUntil(
        lambda: (
            status(window) == "The trade register cannot be reached. Check the network connection."
        ),
        timeout=10_000,
    )


def test_the_preferences_turn_the_lookups_off_or_name_the_address(
    qtbot: QtBot,
    built: BuiltWindow,
    settings: QSettings,
    trade_register: RecordedRegister,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = built.window
    settings_keys.TRADE_REGISTER_LOOKUPS.write(settings, False)
    qtbot.keyClicks(editor(window, "nameEdit"), "Virtanen")
    qtbot.wait(DEBOUNCE_MS * 2)
    assert trade_register.requests == []

    settings_keys.TRADE_REGISTER_LOOKUPS.write(settings, True)
    settings_keys.TRADE_REGISTER_URL.write(settings, trade_register.url)
    monkeypatch.setenv("ASIAKASREKISTERI_YTJ_URL", "http://127.0.0.1:9/elsewhere")
    qtbot.keyClicks(editor(window, "nameEdit"), " ")  # typing again looks up again
    wait_for_matches(qtbot, built, "name")
    assert trade_register.requests == [{"name": "Virtanen"}]


def test_an_existing_card_is_not_looked_up_while_edited(
    qtbot: QtBot, built: BuiltWindow, services: Services, trade_register: RecordedRegister
) -> None:
    stored = services.customers.create(make_customer())
    built.window.open_customer(stored.id)
    qtbot.keyClicks(editor(built.window, "nameEdit"), " Virtanen")
    qtbot.wait(DEBOUNCE_MS * 2)
    assert trade_register.requests == []


# --- Edit › Update from the trade register… ----------------------------------------------


@pytest.fixture
def shown_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """``exec()`` shows the dialog and returns, so that the test can use it."""
    monkeypatch.setattr(QDialog, "exec", lambda dialog: dialog.show() or 0)


def open_update(qtbot: QtBot, built: BuiltWindow) -> RegisterUpdateDialog:
    action = built.features.trade_register.update_action
    assert action.isEnabled()
    action.trigger()
    dialog = built.features.trade_register.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    return dialog


def test_update_shows_old_and_new_values_and_writes_the_chosen_ones(
    qtbot: QtBot,
    built: BuiltWindow,
    services: Services,
    trade_register: RecordedRegister,
    shown_dialogs: None,
) -> None:
    stored = services.customers.create(
        make_customer(name="Rakennus Virtanen", street="Vanha katu 1")
    )
    built.window.open_customer(stored.id)
    dialog = open_update(qtbot, built)

    table = dialog.table

    def cell(row: int, column: int) -> QTableWidgetItem:
        item = table.item(row, column)
        assert item is not None
        return item

    rows = [
        [cell(row, column).text() for column in (Column.FIELD, Column.OLD, Column.NEW)]
        for row in range(table.rowCount())
    ]
    assert rows == [
        ["Name", "Rakennus Virtanen", "Rakennus Virtanen Oy"],
        ["Company form", "", "Limited company"],
        ["Line of business", "", "Construction of residential and non-residential buildings"],
        ["Street", "Vanha katu 1", "Hämeenkatu 10 B 5"],
    ]
    assert not dialog.warning.isVisible()
    cell(1, Column.FIELD).setCheckState(Qt.CheckState.Unchecked)
    cell(2, Column.FIELD).setCheckState(Qt.CheckState.Unchecked)
    dialog.update_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    card = built.window.card
    assert editor(built.window, "nameEdit").text() == "Rakennus Virtanen Oy"
    assert card.findChild(QPlainTextEdit, "streetEdit").toPlainText() == "Hämeenkatu 10 B 5"  # type: ignore[union-attr]
    assert editor(built.window, "companyFormEdit").text() == ""
    assert not card.is_dirty()
    logged = {
        r.field for r in HistoryService(services.db).for_customer(stored.id)
        if r.action == "trade_register"
    }  # fmt: skip
    assert logged == {"name", "street"}


def test_update_warns_and_a_failure_offers_to_try_again(
    qtbot: QtBot,
    built: BuiltWindow,
    services: Services,
    trade_register: RecordedRegister,
    shown_dialogs: None,
) -> None:
    stored = services.customers.create(
        make_customer(name="Virtanen Kuljetus Oy", business_id="2458793-4", city="Oulu")
    )
    built.window.open_customer(stored.id)
    trade_register.status = 500
    dialog = open_update(qtbot, built)

    assert dialog.status.text() == (
        "The trade register answered with an error (HTTP 500). Try again later."
    )
    assert dialog.retry_button.isVisible() and not dialog.update_button.isEnabled()
    trade_register.status = 200
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)

    assert dialog.warning.isVisible()
    assert dialog.warning.text().startswith("Virtanen Kuljetus Oy: in bankruptcy since")
    assert not dialog.retry_button.isVisible() and dialog.update_button.isEnabled()


def test_the_command_wants_a_company_with_a_y_tunnus(
    built: BuiltWindow, services: Services
) -> None:
    action = built.features.trade_register.update_action
    assert not action.isEnabled()  # a new card
    without = services.customers.create(make_customer(business_id=""))
    built.window.open_customer(without.id)
    assert not action.isEnabled()
    company = services.customers.create(make_customer(customer_number="2000"))
    built.window.open_customer(company.id)
    assert action.isEnabled()


def test_a_bug_in_a_lookup_reaches_the_crash_handler_and_ends_the_lookup(
    qtbot: QtBot, built: BuiltWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_text: str) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(services.trade_register, "search", broken)
    with qtbot.captureExceptions() as exceptions:
        qtbot.keyClicks(editor(built.window, "nameEdit"), "Virtanen")
        qtbot.waitUntil(lambda: bool(exceptions), timeout=10_000)
    assert isinstance(exceptions[0][1], RuntimeError)
    assert not completer(built).is_busy()
