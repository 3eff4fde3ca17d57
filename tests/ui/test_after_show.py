"""After the window shows: the quick check opening skipped, and the list's search texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import CustomerQuery
from asiakasrekisteri.services.demo import fill_demo
from asiakasrekisteri.ui.after_show import AfterFirstPaint, IntegrityCheck, start_after_show
from asiakasrekisteri.ui.main_window import MainWindow
from asiakasrekisteri.ui.spreadsheets.workers import Worker

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    fill_demo(services.db, count=300)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(services, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _finish(workers: list[Worker]) -> None:
    assert all(worker.wait(30_000) for worker in workers)


def test_a_sound_register_is_checked_quietly_and_the_search_texts_arrive(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.db.checked = False  # as when the file was as this program closed it
    read: list[int] = []
    fetch = services.db.backend.fetch_rows

    def counted(conn: object, stmt: object) -> list[object]:
        read.append(len(stmt.selected_columns))  # type: ignore[attr-defined]
        return fetch(conn, stmt)  # type: ignore[arg-type]

    monkeypatch.setattr(services.db.backend, "fetch_rows", counted)
    workers = start_after_show(window, services, window.model.query)
    assert len(workers) == 2
    _finish(workers)
    qtbot.wait(50)  # the queued results reach the window
    assert window.findChild(QMessageBox) is None
    assert read == [2]  # ids with their search texts, once
    window.search_edit.setText("oy")
    window.apply_filters()
    assert read == [2]  # the first search found the texts loaded
    assert window.model.ids() == services.customers.search_ids_in_sql(CustomerQuery(search="oy"))


def test_a_register_checked_on_opening_is_not_checked_again(
    window: MainWindow, services: Services
) -> None:
    assert services.db.checked is True  # new registers are checked when created
    workers = start_after_show(window, services, window.model.query)
    _finish(workers)
    assert len(workers) == 1  # the search texts only


def test_damage_found_after_the_window_shows_is_told_over_it(
    qtbot: QtBot, window: MainWindow, services: Services, db_path: Path
) -> None:
    raw = bytearray(db_path.read_bytes())
    for n in range(3, 9):  # damaged under the open register, as by a failing disk
        raw[n * 4096 : n * 4096 + 64] = b"\xff" * 64
    with db_path.open("r+b") as fh:
        fh.write(bytes(raw))
    check = IntegrityCheck(window, services)
    _finish([check.start()])
    qtbot.waitUntil(lambda: check.box is not None)
    assert check.box is not None and check.box.isVisible()
    assert "is damaged" in check.box.text() and str(db_path) in check.box.text()
    assert "restore the newest good backup" in check.box.text()
    check.box.close()


def test_the_work_starts_after_the_list_is_first_painted(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(services, settings)
    qtbot.addWidget(win)
    after = AfterFirstPaint(win, win.list_view.viewport(), services, win.model.query)
    qtbot.wait(50)
    assert after.workers == []  # not shown, not painted: nothing started
    win.show()
    qtbot.waitUntil(lambda: after.workers != [])
    _finish(after.workers)
    assert len(after.workers) == 1  # the search texts (the new register was checked)
