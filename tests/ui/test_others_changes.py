"""An open window shows what others save, on a file and on a shared server register."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from pytestqt.qtbot import QtBot

from asiakasrekisteri.services.container import Services, build_services
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.locations import backend_for
from asiakasrekisteri.ui.main_window import MainWindow
from tests.conftest import make_customer


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_kind(request: pytest.FixtureRequest) -> str:
    kind: str = request.param
    return kind


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> Iterator[MainWindow]:
    services.customers.create(make_customer(name="Oma Oy", business_id=""))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(services, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    # Gone, timers and all, while its register is still there: the test's database is
    # dropped right after, and the server stops with the last test.
    win.card.revert()
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def colleague(db: Database, db_path: Path, tmp_path: Path) -> Iterator[Services]:
    """Another program on the same register, with its own connections."""
    other = Database.open(backend_for(db.backend.location()))
    yield build_services(other, tmp_path / "other-backups")
    other.close()


def test_a_customer_saved_elsewhere_appears_and_an_edited_card_is_kept(
    qtbot: QtBot, window: MainWindow, colleague: Services
) -> None:
    shown = window.services.customers.list_ids(window.model.query)[0]
    window.open_customer(shown)
    window.card.basic_info.name_edit.setText("Oma Oy, kesken")
    assert window.card.is_dirty()
    window.services.db.others_changed()  # the window's watch has started

    colleague.customers.create(make_customer(name="Kollegan Oy", business_id=""))
    record = colleague.customers.get(shown)
    colleague.customers.update(shown, replace(record.data, comment="kollega kävi"))

    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5000)
    assert window.card.basic_info.name_edit.text() == "Oma Oy, kesken", "unsaved form kept"
    assert "elsewhere" in window.statusBar().currentMessage()
