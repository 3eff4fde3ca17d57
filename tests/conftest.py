"""Shared fixtures: a fresh register per test, services on it, small builders."""

from __future__ import annotations

import os

# Before anything imports Qt: run every GUI test without a display (Picard's habit).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess
import sys
import uuid
import warnings
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
import pytest

from asiakasrekisteri.domain.customer import CustomerData
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.container import Services, build_services
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.postgresql import PostgresBackend
from tests.postgres_server import PostgresServer, ServerUnavailable, start_server, wait_until_ready
from tests.trade_register_server import RecordedRegister

# The test mail server, and the in-memory keyring every test runs with.
pytest_plugins = ["tests.mail_server"]


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user data or log directory or the developer's database."""
    monkeypatch.setenv("ASIAKASREKISTERI_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ASIAKASREKISTERI_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("ASIAKASREKISTERI_DB", raising=False)
    monkeypatch.setenv("ASIAKASREKISTERI_LANG", "en")  # messages in tests are English
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    # No test may reach the real trade register: by default a lookup finds nothing there.
    monkeypatch.setenv("ASIAKASREKISTERI_YTJ_URL", "http://127.0.0.1:9/opendata-ytj-api/v3")


@pytest.fixture
def trade_register(monkeypatch: pytest.MonkeyPatch) -> Iterator[RecordedRegister]:
    """A local HTTP server answering as the trade register, with recorded answers.

    The program (window, command line, services) asks it through the environment.
    """
    with RecordedRegister() as register:
        monkeypatch.setenv("ASIAKASREKISTERI_YTJ_URL", register.url)
        yield register


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "register.sqlite3"


@pytest.fixture
def backend_kind() -> str:
    """The database under the test's register; suites that run on both override this."""
    return "sqlite"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole run, started here and stopped at the end."""
    try:
        server, stopper = start_server()
        wait_until_ready(server)
    except (ServerUnavailable, OSError, subprocess.CalledProcessError) as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL test server could not be started: {exc}")
        message = f"PostgreSQL TESTS SKIPPED: no server could be started ({exc})"
        warnings.warn(message, stacklevel=1)
        pytest.skip(message)
    try:
        yield server
    finally:
        for _ in stopper:
            pass


@pytest.fixture(scope="session")
def postgres_template(postgres_server: PostgresServer) -> str:
    """A database holding a fresh register, copied for each test (much faster than DDL)."""
    name = "register_template"
    with psycopg.connect(postgres_server.url(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    Database.open(PostgresBackend(postgres_server.url(name))).close()
    return name


@pytest.fixture
def postgres_url(postgres_server: PostgresServer, postgres_template: str) -> Iterator[str]:
    """A fresh, empty register database of its own for one test."""
    name = f"register_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {postgres_template}")
    yield postgres_server.url(name)
    with psycopg.connect(postgres_server.url(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def db(db_path: Path, backend_kind: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    backup_dir = db_path.parent / "backups"
    if backend_kind == "postgresql":
        url = request.getfixturevalue("postgres_url")
        database = Database.open(PostgresBackend(url), backup_dir=backup_dir)
    else:
        database = Database.open_sqlite(db_path, backup_dir=backup_dir)
    yield database
    if backend_kind == "postgresql":
        _delete_widgets()
    database.close()


def _delete_widgets() -> None:
    """Delete the test's windows before its database is dropped: their timers read it."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def services(db: Database, db_path: Path) -> Services:
    """Every service on the test's register, wired as the program wires them."""
    return build_services(db, db_path.parent / "backups")


@pytest.fixture
def customers(services: Services) -> CustomerService:
    return services.customers


@pytest.fixture
def company(services: Services) -> CompanyService:
    return services.company


def make_customer(**overrides: Any) -> CustomerData:
    """A valid company card; override any field."""
    values: dict[str, Any] = {
        "name": "Rakennus Virtanen Oy",
        "business_id": "2077474-0",
        "street": "Hämeenkatu 10",
        "postal_code": "33100",
        "city": "Tampere",
        "email": "laskut@virtanen.fi",
        "phone": "040 123 4567",
    }
    values.update(overrides)
    return CustomerData(**values)


@pytest.fixture(autouse=True)
def _no_blocking_unsaved_prompt(request: pytest.FixtureRequest) -> Iterator[None]:
    """A card left with edits must not open a modal question when pytest-qt closes it.

    Tests that exercise the question replace ``_ask_unsaved`` on their card instance.
    """
    if "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QMessageBox

    from asiakasrekisteri.ui.customer_card.card import CustomerCard

    original = CustomerCard._ask_unsaved
    CustomerCard._ask_unsaved = lambda self: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    try:
        yield
    finally:
        CustomerCard._ask_unsaved = original  # type: ignore[method-assign]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tag every test that uses qtbot as ``gui`` (qutebrowser's conftest)."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


def half_years_past_the_shipped_rates() -> list[date]:
    """The first days of the half-years after the shipped rate table, up to today's."""
    from asiakasrekisteri.domain.interest import SHIPPED_REFERENCE_RATES, half_years_after

    return half_years_after(SHIPPED_REFERENCE_RATES.periods[-1].start, date.today())


def add_reference_rates_to_today(services: Services) -> None:
    """A reference rate for every half-year after the shipped table, up to today's.

    Interest on reminders and statements needs the rate of the day's half-year; a test
    dated by the clock must not fail when a new half-year begins.
    """
    from decimal import Decimal

    added = tuple((day, Decimal("2.5")) for day in half_years_past_the_shipped_rates())
    if added:
        services.invoicing.save_reference_rates(added)
