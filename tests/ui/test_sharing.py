"""Sharing from the window: a register moves onto a PostgreSQL server and opens there."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from asiakasrekisteri.app import BuiltWindow, build_window, open_shared_services
from asiakasrekisteri.services.container import Services, open_services
from asiakasrekisteri.storage.errors import RegisterLoginError
from asiakasrekisteri.ui.i18n import Translators
from asiakasrekisteri.ui.sharing.connection_dialog import ConnectionDialog
from tests.conftest import make_customer
from tests.postgres_server import PostgresServer


@pytest.fixture
def built(qtbot: QtBot, services: Services, tmp_path: Path) -> Iterator[BuiltWindow]:
    services.customers.create(make_customer())
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    built = build_window(services, settings, Translators())
    qtbot.addWidget(built.window)
    yield built


def _fill(dialog: ConnectionDialog, server: PostgresServer, database: str) -> None:
    dialog.host_edit.setText(server.host)
    dialog.port_spin.setValue(server.port)
    dialog.database_edit.setText(database)
    dialog.user_edit.setText(server.user)


def test_the_connection_dialog_builds_the_address_without_the_password(qtbot: QtBot) -> None:
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.host_edit.setText("palvelin.example")
    dialog.port_spin.setValue(5433)
    dialog.database_edit.setText("yhteinen")
    dialog.user_edit.setText("maija@toimisto")
    dialog.password_edit.setText("sala:sana")
    assert dialog.url() == "postgresql://maija%40toimisto@palvelin.example:5433/yhteinen"
    assert dialog.password() == "sala:sana"
    dialog.host_edit.clear()
    dialog.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "server" in dialog.problem.text()


def test_share_copies_the_register_and_opens_the_shared_one(
    built: BuiltWindow,
    postgres_server: PostgresServer,
    postgres_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sharing = built.features.sharing
    launched: list[tuple[str, str | None]] = []
    sharing.launcher = lambda url, password: launched.append((url, password))
    database = postgres_url.rsplit("/", 1)[1]
    tries: list[str] = []

    def exec_dialog(dialog: ConnectionDialog) -> int:
        # First a database that does not exist: the dialog says why and stays open.
        tries.append(dialog.problem.text())
        _fill(dialog, postgres_server, database if len(tries) > 1 else "ei_ole")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ConnectionDialog, "exec", exec_dialog)
    monkeypatch.setattr(built.window, "ask", lambda *_a, **_k: True)
    sharing.share_action.trigger()

    assert tries[0] == "" and "server" in tries[1]
    assert launched and launched[0][0].endswith(f"/{database}")
    shared = open_services(launched[0][0])
    try:
        assert shared.customers.count() == 1
    finally:
        shared.close()
    assert "window of its own" in built.window.statusBar().currentMessage()


def test_opening_a_shared_register_asks_for_the_password_until_it_is_right(
    qtbot: QtBot, postgres_server: PostgresServer, postgres_url: str
) -> None:
    database = postgres_url.rsplit("/", 1)[1]
    with psycopg.connect(postgres_server.url(), autocommit=True) as conn:
        conn.execute(
            "DO $$ BEGIN CREATE ROLE password_users NOLOGIN; "
            "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        )
        conn.execute(
            "DO $$ BEGIN CREATE ROLE myyja LOGIN PASSWORD 'oikea' IN ROLE password_users; "
            "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        )
    with psycopg.connect(postgres_server.url(database), autocommit=True) as conn:
        conn.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO myyja")
        conn.execute("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO myyja")
    url = f"postgresql://myyja@{postgres_server.host}:{postgres_server.port}/{database}"
    answers = iter(["väärä", "oikea"])
    asked: list[str] = []

    def ask(address: str) -> ConnectionDialog:
        dialog = ConnectionDialog(url=address, password_only=True)
        qtbot.addWidget(dialog)
        assert dialog.user_edit.isReadOnly() and dialog.user_edit.text() == "myyja"
        dialog.password_edit.setText(next(answers))
        asked.append(address)
        return dialog

    services = open_shared_services(url, ask)
    try:
        assert services.customers.count() == 0
    finally:
        services.close()
    assert len(asked) == 2

    with pytest.raises(RegisterLoginError):
        open_shared_services(url, lambda _address: None)  # the user cancelled


def test_a_register_file_has_no_team_so_the_command_is_disabled_saying_why(
    built: BuiltWindow,
) -> None:
    sharing = built.features.sharing
    action = sharing.team_action
    assert built.window.file_menu in action.associatedObjects()
    assert action.isVisible() and not action.isEnabled()
    assert action.toolTip().startswith("A register file has no users or roles")
    assert sharing.show_team() is None
    action.trigger()
    assert sharing.team_dialog is None
