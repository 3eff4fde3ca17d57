"""The diagnostic log: where it goes, its lines, its rotation, and what stays out of it."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import platformdirs
import pytest
from sqlalchemy import event

from asiakasrekisteri.logs import (
    BACKUP_COUNT,
    LOG_FILE_NAME,
    MAX_BYTES,
    ROOT_LOGGER,
    configure_logging,
)
from asiakasrekisteri.paths import log_dir
from asiakasrekisteri.services.container import open_services
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.errors import RegisterReadOnlyError
from tests.conftest import make_customer

LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (DEBUG|INFO|WARNING|ERROR) \S+: ")


@pytest.fixture(autouse=True)
def _restore_logger() -> Iterator[None]:
    """The program's logger is process-wide: leave it as this test found it."""
    logger = logging.getLogger(ROOT_LOGGER)
    handlers, level = list(logger.handlers), logger.level
    yield
    for handler in logger.handlers:
        if handler not in handlers:
            handler.close()
    logger.handlers[:] = handlers
    logger.setLevel(level)


def test_the_log_goes_to_the_user_log_directory_unless_overridden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert log_dir() == tmp_path / "logs"  # tests/conftest.py keeps tests out of the real one
    monkeypatch.delenv("ASIAKASREKISTERI_LOG_DIR")
    assert log_dir() == Path(platformdirs.user_log_dir("Asiakasrekisteri", appauthor=False))


def test_lines_name_time_level_and_area(tmp_path: Path) -> None:
    path = configure_logging()
    assert path == tmp_path / "logs" / LOG_FILE_NAME
    db = Database.open_sqlite(tmp_path / "register.sqlite3")
    db.close()
    logging.getLogger("asiakasrekisteri.services.invoicing").debug("not at INFO level")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines, "opening a register writes to the log"
    assert all(LINE.match(line) for line in lines), lines
    opened = re.compile(r" INFO asiakasrekisteri\.storage\.db: Register opened \(schema \d+\)$")
    assert any(opened.search(line) for line in lines), lines
    assert "not at INFO level" not in path.read_text(encoding="utf-8")


def test_configuring_twice_adds_no_second_handler(tmp_path: Path) -> None:
    logger = logging.getLogger(ROOT_LOGGER)
    first = configure_logging()
    count = len(logger.handlers)
    assert configure_logging(logging.DEBUG) == first
    assert len(logger.handlers) == count
    assert logger.level == logging.DEBUG
    logging.getLogger("asiakasrekisteri.ui").debug("once")
    assert first.read_text(encoding="utf-8").count("once") == 1


def test_the_log_moves_when_its_folder_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = configure_logging()
    monkeypatch.setenv("ASIAKASREKISTERI_LOG_DIR", str(tmp_path / "elsewhere"))
    second = configure_logging()
    assert second == tmp_path / "elsewhere" / LOG_FILE_NAME
    logging.getLogger("asiakasrekisteri.ui").warning("after the move")
    assert "after the move" in second.read_text(encoding="utf-8")
    assert "after the move" not in (first.read_text(encoding="utf-8") if first.exists() else "")


def test_the_file_rotates_at_one_mebibyte_keeping_five(tmp_path: Path) -> None:
    path = configure_logging()
    logger = logging.getLogger("asiakasrekisteri.services.excel_import")
    for n in range(MAX_BYTES // 100 * (BACKUP_COUNT + 2)):
        logger.info("Imported row %08d %s", n, "-" * 60)
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == [LOG_FILE_NAME] + [f"{LOG_FILE_NAME}.{n}" for n in range(1, BACKUP_COUNT + 1)]
    assert all(p.stat().st_size <= MAX_BYTES for p in path.parent.iterdir())


def test_importing_configures_nothing() -> None:
    code = (
        "import logging, asiakasrekisteri.logs, asiakasrekisteri.storage.db;"
        "print(len(logging.getLogger('asiakasrekisteri').handlers))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0"


def test_customer_data_stays_out_of_the_log(tmp_path: Path) -> None:
    path = configure_logging(logging.DEBUG)
    services = open_services(tmp_path / "register.sqlite3")
    db = services.db
    try:
        customers = services.customers
        record = customers.create(make_customer(name="Yksityinen Nimi Oy"))

        @event.listens_for(db.engine, "connect")
        def _read_only(dbapi_conn: object, _record: object) -> None:
            dbapi_conn.execute("PRAGMA query_only=ON")  # type: ignore[attr-defined]

        with pytest.raises(RegisterReadOnlyError):
            customers.update(record.id, replace(record.data, email="salainen@example.fi"))
    finally:
        db.close()
    text = path.read_text(encoding="utf-8")
    assert "RegisterReadOnlyError" in text
    for private in ("Yksityinen", "salainen@", "laskut@virtanen.fi", "Hämeenkatu", str(tmp_path)):
        assert private not in text
