"""An error escaping a slot: logged with its traceback, explained, and the program goes on."""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtWidgets import QLineEdit, QMainWindow, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from asiakasrekisteri.logs import ROOT_LOGGER, configure_logging
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.errors import (
    DatabaseDamagedError,
    DatabasePathError,
    DiskFullError,
    RegisterBusyError,
    RegisterReadOnlyError,
    StorageError,
)
from asiakasrekisteri.ui.crash_dialog import CrashDialog, CrashHook, install_excepthook
from asiakasrekisteri.ui.customer_card.card import CustomerCard
from tests.conftest import make_customer
from tests.ui.catalogues import installed_catalogue

# The hook under test replaces pytest-qt's own capture of errors in slots.
pytestmark = [
    pytest.mark.qt_no_exception_capture,
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
]

GENERIC = (
    "Something went wrong. Your unsaved changes are still on screen; save them again or "
    "copy them before closing."
)


@pytest.fixture
def log_path() -> Iterator[Path]:
    """The log configured as the program does; the process-wide logger restored after."""
    logger = logging.getLogger(ROOT_LOGGER)
    handlers, level = list(logger.handlers), logger.level
    path = configure_logging()
    yield path
    for handler in logger.handlers:
        if handler not in handlers:
            handler.close()
    logger.handlers[:] = handlers
    logger.setLevel(level)


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    """A window with a form holding an unsaved edit."""
    main = QMainWindow()
    qtbot.addWidget(main)
    edit = QLineEdit("Unsaved text", main)
    edit.setObjectName("form")
    main.setCentralWidget(edit)
    main.show()
    return main


@pytest.fixture
def hook(log_path: Path, window: QMainWindow) -> Iterator[CrashHook]:
    installed = install_excepthook(lambda: window, log_path, explained=(StorageError,))
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()


def shown(qtbot: QtBot, hook: CrashHook) -> CrashDialog:
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    assert hook.dialog is not None
    return hook.dialog


def fail() -> None:
    raise ValueError("internal fault 42")


def test_an_error_in_a_slot_is_logged_explained_and_survived(
    qtbot: QtBot, hook: CrashHook, log_path: Path, window: QMainWindow
) -> None:
    timer = QTimer(window)
    timer.setSingleShot(True)
    timer.timeout.connect(fail)
    timer.start(0)
    dialog = shown(qtbot, hook)

    assert dialog.message_label.text() == GENERIC
    assert dialog.parent() is window
    assert str(log_path) in dialog.log_label.text()
    log = log_path.read_text(encoding="utf-8")
    assert "ERROR asiakasrekisteri.ui.crash_dialog: Uncaught ValueError in thread MainThread" in log
    assert "Traceback (most recent call last):" in log
    assert 'in fail\n    raise ValueError("internal fault 42")' in log
    assert log.rstrip().endswith("ValueError: internal fault 42")

    assert not dialog.details.isVisible()
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible()
    assert "Traceback (most recent call last):" in dialog.details.toPlainText()
    assert "ValueError: internal fault 42" in dialog.details.toPlainText()

    # The program goes on: events run, the form keeps its text, closing quits nothing.
    ran: list[bool] = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: ran == [True])
    assert not dialog.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)
    dialog.close()
    assert window.isVisible()
    form = window.findChild(QLineEdit, "form")
    assert form is not None and form.text() == "Unsaved text"


@pytest.mark.parametrize(
    "error", [RegisterBusyError, RegisterReadOnlyError, DiskFullError, DatabaseDamagedError]
)
def test_a_storage_error_shows_its_own_message(
    qtbot: QtBot,
    hook: CrashHook,
    log_path: Path,
    window: QMainWindow,
    error: type[StorageError],
) -> None:
    def refuse() -> None:
        raise error()

    button = QPushButton("Save", window)
    button.clicked.connect(refuse)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = shown(qtbot, hook)
    assert dialog.message_label.text() == error.template
    assert f"Uncaught {error.__name__}" in log_path.read_text(encoding="utf-8")


def test_a_storage_error_with_its_own_words_shows_them(qtbot: QtBot, hook: CrashHook) -> None:
    def refuse() -> None:
        raise DatabasePathError("/media/usb is a folder, not a database file.")

    QTimer.singleShot(0, refuse)
    assert shown(qtbot, hook).message_label.text() == (
        "/media/usb is a folder, not a database file."
    )


def test_an_error_in_a_worker_thread_is_shown_by_the_gui_thread(
    qtbot: QtBot, hook: CrashHook, log_path: Path
) -> None:
    worker = threading.Thread(target=fail, name="import-worker")
    worker.start()
    worker.join()
    dialog = shown(qtbot, hook)
    app = QCoreApplication.instance()
    assert app is not None
    assert dialog.thread() is app.thread()
    assert dialog.message_label.text() == GENERIC
    assert "Uncaught ValueError in thread import-worker" in log_path.read_text(encoding="utf-8")


def test_one_dialog_at_a_time_and_every_error_in_the_log(
    qtbot: QtBot, hook: CrashHook, log_path: Path
) -> None:
    QTimer.singleShot(0, fail)
    QTimer.singleShot(0, fail)
    first = shown(qtbot, hook)
    qtbot.waitUntil(lambda: log_path.read_text(encoding="utf-8").count("Uncaught") == 2)
    assert hook.dialog is first
    first.close()
    assert hook.dialog is None
    QTimer.singleShot(0, fail)
    assert shown(qtbot, hook) is not first


def test_open_log_folder_opens_the_folder_of_the_log(qtbot: QtBot, hook: CrashHook) -> None:
    QTimer.singleShot(0, fail)
    dialog = shown(qtbot, hook)
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    dialog.open_url = open_url
    qtbot.mouseClick(dialog.open_log_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(hook._log_path.parent))]


def test_uninstall_restores_the_previous_hooks(log_path: Path, qtbot: QtBot) -> None:
    before, thread_before = sys.excepthook, threading.excepthook
    hook = install_excepthook(lambda: None, log_path, explained=())
    assert sys.excepthook != before
    assert threading.excepthook != thread_before
    hook.uninstall()
    assert sys.excepthook == before
    assert threading.excepthook == thread_before


def test_ctrl_c_goes_to_the_previous_hook(
    log_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[type[BaseException]] = []

    def previous(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        seen.append(kind)

    monkeypatch.setattr(sys, "excepthook", previous)
    hook = install_excepthook(lambda: None, log_path, explained=())
    try:
        sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    finally:
        hook.uninstall()
    assert seen == [KeyboardInterrupt]
    assert hook.dialog is None


def test_the_dialog_speaks_the_users_language(
    qtbot: QtBot, hook: CrashHook, tmp_path: Path
) -> None:
    """Shown in English, it follows a switch to Finnish, storage message included."""

    def refuse() -> None:
        raise RegisterBusyError()

    QTimer.singleShot(0, refuse)
    dialog = shown(qtbot, hook)
    assert dialog.message_label.text() == RegisterBusyError.template
    finnish = "Toinen ohjelma käyttää rekisteriä. Yritä hetken kuluttua uudelleen."
    with installed_catalogue(tmp_path, "fi"):
        qtbot.waitUntil(lambda: dialog.message_label.text() == finnish)  # a posted event
        assert dialog.open_log_button.text() == "Avaa lokikansio"
        dialog.close()
        QTimer.singleShot(0, fail)
        assert shown(qtbot, hook).message_label.text() == (
            "Jokin meni vikaan. Tallentamattomat muutoksesi ovat yhä näkyvissä; tallenna ne "
            "uudelleen tai kopioi ne talteen ennen sulkemista."
        )


def test_a_busy_register_keeps_the_cards_unsaved_edits(
    qtbot: QtBot,
    db: Database,
    db_path: Path,
    customers: CustomerService,
    services: Services,
    log_path: Path,
) -> None:
    """The real path: Save on the card while another program holds the register."""
    stored = customers.create(make_customer())
    card = CustomerCard(customers, services.attachments, services.history)
    qtbot.addWidget(card)
    card.load(stored.id)
    card.show()
    city = card.findChild(QLineEdit, "cityEdit")
    assert city is not None
    city.selectAll()
    qtbot.keyClicks(city, "Pirkkala")
    assert card.is_dirty()

    @event.listens_for(db.engine, "connect")
    def _short_wait(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.execute("PRAGMA busy_timeout=50")

    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    hook = install_excepthook(lambda: card, log_path, explained=(StorageError,))
    try:
        qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
        dialog = shown(qtbot, hook)
        assert dialog.message_label.text() == RegisterBusyError.template
        assert card.isVisible()
        assert city.text() == "Pirkkala"
        assert card.is_dirty()
        assert customers.get(stored.id).data.city == "Tampere"
        log = log_path.read_text(encoding="utf-8")
        assert "Uncaught RegisterBusyError" in log
        assert "sqlite3.OperationalError: database is locked" in log  # the cause, for developers
        dialog.close()
    finally:
        other.execute("ROLLBACK")
        other.close()
        hook.uninstall()
    with qtbot.waitSignal(card.saved):
        qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert customers.get(stored.id).data.city == "Pirkkala"
