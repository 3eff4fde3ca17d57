"""Shared fixtures: a fresh register per test, services on it, small builders."""

from __future__ import annotations

import os

# Before anything imports Qt: run every GUI test without a display (Picard's habit).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from asiakasrekisteri.domain.customer import CustomerData
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.container import Services, build_services
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.storage.db import Database
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
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open_sqlite(db_path, backup_dir=db_path.parent / "backups")
    yield database
    database.close()


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


def add_reference_rates_to_today(services: Services) -> None:
    """A reference rate for every half-year after the shipped table, up to today's.

    Interest on reminders and statements needs the rate of the day's half-year; a test
    dated by the clock must not fail when a new half-year begins.
    """
    from datetime import date
    from decimal import Decimal

    from asiakasrekisteri.domain.interest import half_year_start

    start, last = date(2026, 7, 1), half_year_start(date.today())
    added = []
    while start <= last:
        added.append((start, Decimal("2.5")))
        start = date(start.year + start.month // 7, 1 if start.month == 7 else 7, 1)
    if added:
        services.invoicing.save_reference_rates(tuple(added))
