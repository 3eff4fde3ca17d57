"""Each customer has an account manager (asiakasvastaava); the list filters by them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from asiakasrekisteri.cli import main
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.ui.main_window import MainWindow
from tests.conftest import make_customer


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> Iterator[MainWindow]:
    services.customers.create(make_customer(name="Ensimmäinen Oy", business_id=""))
    services.customers.create(make_customer(name="Toinen Oy", business_id=""))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(services, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


def test_an_account_manager_set_on_the_card_filters_the_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert not window.manager_filter.isVisible(), "no filter before anyone is named"
    first = window.services.customers.list_ids(window.model.query)[0]
    window.open_customer(first)
    window.card.basic_info.manager_combo.setEditText("Maija Myyjä")
    assert window.card.save()

    assert window.manager_filter.isVisible()
    window.manager_filter.setCurrentIndex(window.manager_filter.findData("Maija Myyjä"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.services.customers.get(first).data.account_manager == "Maija Myyjä"
    assert window.card.basic_info.manager_combo.findText("Maija Myyjä") >= 0


def test_the_command_line_sets_and_lists_the_account_manager(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(tmp_path / "r.sqlite3")]
    assert main([*db, "customer", "add", "name=Asiakas Oy", "account_manager=Kalle"]) == 0
    number = capsys.readouterr().out.strip()
    assert main([*db, "customer", "show", number]) == 0
    assert json.loads(capsys.readouterr().out)["account_manager"] == "Kalle"
    assert main([*db, "customer", "set", number, "account_manager=" + "x" * 101]) == 2
    assert "account_manager" in capsys.readouterr().err
