"""Database failures become the user's StorageErrors in one place, with nothing half-written.

Each condition is SQLite's own, provoked for real: another connection holding the lock, a
connection that may not write (``PRAGMA query_only``: the tests run as root, where a
read-only file mode stops nothing), a size limit the change does not fit in
(``PRAGMA max_page_count``: SQLite's disk-full error without filling a disk), and a
scribbled page.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.storage.backend import SqliteBackend
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.errors import (
    DatabaseDamagedError,
    DiskFullError,
    RegisterBusyError,
    RegisterReadOnlyError,
    StorageError,
)
from asiakasrekisteri.storage.models import Customer
from tests.conftest import make_customer


def _rows(path: Path) -> list[tuple[Any, ...]]:
    """Every customer row as committed, read past the program's own connections."""
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT * FROM customer ORDER BY id").fetchall()
    finally:
        con.close()


def _count(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def _on_connect(db: Database, *statements: str) -> None:
    """Run ``statements`` on every new connection, after the backend's own PRAGMAs."""

    @event.listens_for(db.engine, "connect")
    def _run(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        for statement in statements:
            dbapi_conn.execute(statement)


@pytest.fixture
def other_program(db: Database, db_path: Path) -> Iterator[sqlite3.Connection]:
    """A second connection holding the write lock; the register waits 50 ms a try, 0.2 s
    in all, not 5 s and 30 s."""
    _on_connect(db, "PRAGMA busy_timeout=50")
    db.busy_wait = 0.2
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    yield other
    other.execute("ROLLBACK")
    other.close()


def test_a_register_locked_by_another_program_is_busy(
    db: Database, db_path: Path, customers: CustomerService
) -> None:
    record = customers.create(make_customer())
    before = _rows(db_path)
    other = sqlite3.connect(db_path, isolation_level=None)
    _on_connect(db, "PRAGMA busy_timeout=50")
    db.busy_wait = 0.2
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(RegisterBusyError) as info:
            customers.update(record.id, replace(record.data, name="Rakennus Uusinimi Oy"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert str(info.value) == "Another program is using the register. Try again in a moment."
    assert isinstance(info.value.__cause__, OperationalError)  # the driver's error is kept
    assert _rows(db_path) == before
    # The lock is gone: the same change now goes through.
    customers.update(record.id, replace(record.data, name="Rakennus Uusinimi Oy"))
    assert customers.get(record.id).data.name == "Rakennus Uusinimi Oy"


def test_the_drivers_own_errors_are_classified_too(
    db: Database, db_path: Path, other_program: sqlite3.Connection
) -> None:
    """Bulk inserts talk to the driver directly; its busy error is recognised as well.

    A writing transaction waits for the lock at its start, so the driver meets the lock
    here in a reading session.
    """
    operators = _count(db_path, "einvoice_operator")
    assert operators > 0
    with pytest.raises(RegisterBusyError) as info, db.read() as session:
        driver = session.connection().connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        driver.execute("DELETE FROM einvoice_operator")
    assert isinstance(info.value.__cause__, sqlite3.OperationalError)
    assert _count(db_path, "einvoice_operator") == operators


def test_a_register_that_cannot_be_written_is_read_only(
    db: Database, db_path: Path, customers: CustomerService
) -> None:
    record = customers.create(make_customer())
    before = _rows(db_path)
    _on_connect(db, "PRAGMA query_only=ON")
    with pytest.raises(RegisterReadOnlyError, match="read-only"):
        customers.update(record.id, replace(record.data, city="Oulu"))
    with pytest.raises(RegisterReadOnlyError):
        customers.create(make_customer(name="Toinen Oy", business_id=""))
    assert _rows(db_path) == before
    assert customers.get(record.id).data.city == "Tampere"  # reading still works


def test_a_change_that_does_not_fit_on_the_disk_leaves_nothing_behind(
    db: Database, db_path: Path
) -> None:
    """The first, small row is written inside the transaction; the big one does not fit."""
    before = _rows(db_path)
    _on_connect(db, "PRAGMA max_page_count=1")  # SQLite keeps it at the current size
    with pytest.raises(DiskFullError, match="disk is full"), db.transaction() as session:
        session.add(Customer(customer_number="100", name="Pieni Oy"))
        session.flush()
        assert session.scalar(select(func.count(Customer.id))) == 1
        session.add(Customer(customer_number="101", name="Iso Oy", comment="x" * 200_000))
        session.flush()
    assert _rows(db_path) == before


def test_a_page_damaged_after_opening_is_reported_on_reading(
    db: Database, db_path: Path, customers: CustomerService
) -> None:
    record = customers.create(make_customer())
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'customer'").fetchone()[0]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with db_path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * 64)  # the page's b-tree header
    with pytest.raises(DatabaseDamagedError, match="damaged") as info:
        customers.get(record.id)
    assert isinstance(info.value.__cause__, DBAPIError)


def test_the_programs_own_faults_pass_unchanged(db: Database, db_path: Path) -> None:
    """A broken rule is not the user's environment: no StorageError, no customer data."""
    with pytest.raises(IntegrityError) as info, db.transaction() as session:
        session.add(Customer(customer_number="1", name="Salainen Nimi Oy"))
        session.add(Customer(customer_number="1", name="Toinen Salainen Oy"))
        session.flush()
    assert not isinstance(info.value, StorageError)
    assert "Salainen" not in str(info.value)  # parameters stay out of tracebacks and logs
    assert _rows(db_path) == []
    with pytest.raises(KeyError), db.read():
        raise KeyError("not a database error")


def test_only_sqlites_result_codes_are_classified(tmp_path: Path) -> None:
    backend = SqliteBackend(tmp_path / "x.sqlite3")
    coded = sqlite3.OperationalError("database is locked")
    coded.sqlite_errorcode = sqlite3.SQLITE_BUSY | (2 << 8)  # an extended code
    assert isinstance(backend.classify_error(coded), RegisterBusyError)
    constraint = sqlite3.IntegrityError("UNIQUE constraint failed")
    constraint.sqlite_errorcode = sqlite3.SQLITE_CONSTRAINT
    assert backend.classify_error(constraint) is None
    # Words alone are not SQLite's verdict: errors without a result code pass.
    assert backend.classify_error(sqlite3.OperationalError("database is locked")) is None
    assert backend.classify_error(ValueError("database is locked")) is None
    assert backend.classify_error(OSError(28, "No space left on device")) is None


def test_classified_errors_are_logged_without_data(
    db: Database, customers: CustomerService, caplog: pytest.LogCaptureFixture
) -> None:
    _on_connect(db, "PRAGMA query_only=ON")
    with pytest.raises(RegisterReadOnlyError):
        customers.create(make_customer(name="Lokiton Oy"))
    records = [r for r in caplog.records if r.name == "asiakasrekisteri.storage.db"]
    assert [r.getMessage() for r in records] == [
        "Transaction failed: RegisterReadOnlyError (OperationalError)"
    ]
    assert "Lokiton" not in caplog.text


def test_a_write_waits_for_another_programs_write(db: Database, db_path: Path) -> None:
    """A write that outlasts one busy timeout is waited for, not reported as busy."""
    _on_connect(db, "PRAGMA busy_timeout=50")
    db.busy_wait = 10.0
    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO customer_group (name) VALUES ('Toisen ohjelman')")
    timer = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    timer.start()
    try:
        with db.transaction() as session:
            session.add(Customer(customer_number="100", name="Odottava Oy"))
    finally:
        timer.join()
        other.close()
    assert [row for row in _rows(db_path) if "Odottava Oy" in row] != []
    assert _count(db_path, "customer_group") == 1


def test_a_writing_transaction_holds_the_write_lock_from_its_start(
    db: Database, db_path: Path
) -> None:
    """What it read cannot be changed by another program before it writes.

    Begun at its first write instead, a transaction that read first fails at once when
    another program wrote in between (SQLite cannot wait for that).
    """
    other = sqlite3.connect(db_path, isolation_level=None, timeout=0)
    try:
        with db.transaction() as session:
            session.scalar(select(func.count(Customer.id)))
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            session.add(Customer(customer_number="100", name="Ensin Oy"))
        other.execute("BEGIN IMMEDIATE")  # free again after the commit
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_busy_register_is_not_reported_as_damaged(db_path: Path) -> None:
    """Opening while another program rewrites the whole file says busy, not damaged."""
    Database.open_sqlite(db_path).close()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("PRAGMA journal_mode=DELETE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        backend = SqliteBackend(db_path, busy_timeout_ms=50)
        with pytest.raises(RegisterBusyError):
            backend.quick_check(backend.create_engine())
    finally:
        other.execute("ROLLBACK")
        other.close()
