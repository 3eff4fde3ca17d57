"""The small interface behind which everything SQLite-specific lives.

A second backend (PostgreSQL for a small firm sharing one register) implements the same
methods; the rest of the program talks SQLAlchemy only.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any, Protocol, TypeVar

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Engine,
    Select,
    Table,
    and_,
    bindparam,
    create_engine,
    event,
    insert,
    or_,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from asiakasrekisteri.storage.errors import (
    DatabaseDamagedError,
    DatabasePathError,
    DiskFullError,
    NotOurDatabaseError,
    RegisterBusyError,
    RegisterReadOnlyError,
    RolesNeedServerError,
    StorageError,
)

logger = logging.getLogger(__name__)

# A SELECT of any columns (Select is generic over the row's column types).
AnySelect = Select[*tuple[Any, ...]]

_T = TypeVar("_T")
WRITING = "asiakasrekisteri_writing"
"""Execution option of a connection whose transaction writes: it takes the write lock at
its start, where waiting for another writer is safe, instead of at its first write."""
IN_LIST_SIZE = 900
"""Values per ``IN (…)`` list: below the 999 bound parameters of older SQLite builds."""


def in_chunks(values: Sequence[_T]) -> Iterator[Sequence[_T]]:
    """``values`` in slices small enough for one ``IN (…)`` list each."""
    for start in range(0, len(values), IN_LIST_SIZE):
        yield values[start : start + IN_LIST_SIZE]


def id_runs(ids: Iterable[int]) -> list[tuple[int, int]]:
    """The distinct ``ids`` in order, as runs of consecutive ones: ``(first, last)``."""
    runs: list[tuple[int, int]] = []
    for value in sorted(set(ids)):
        if runs and runs[-1][1] == value - 1:
            runs[-1] = (runs[-1][0], value)
        else:
            runs.append((value, value))
    return runs


def in_id_runs(column: Any, ids: Iterable[int]) -> Iterator[ColumnElement[bool]]:
    """Conditions that together pick the rows whose ``column`` is one of ``ids``.

    Consecutive ids are one ``BETWEEN``: the tens of thousands of customers an import
    made have consecutive ids, and one statement over a range is one pass, where chunks
    of ``IN (…)`` lists made the server scan a table once per chunk (PostgreSQL's
    planner scans a large table rather than look up thousands of ids in an index). Ids
    alone go into ``IN (…)`` lists; each condition binds at most ``IN_LIST_SIZE`` values.
    """
    runs = id_runs(ids)
    yield from (column.in_(chunk) for chunk in in_chunks([a for a, b in runs if a == b]))
    ranges = [run for run in runs if run[0] != run[1]]
    for start in range(0, len(ranges), IN_LIST_SIZE // 2):
        chunk = ranges[start : start + IN_LIST_SIZE // 2]
        yield or_(*(column.between(first, last) for first, last in chunk))


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open the SQLite file at ``path`` for reading only, whatever characters its name has.

    The file is named by a proper ``file:`` URI: a path with ``#``, ``?``, ``%``, spaces or
    non-ASCII letters, written into the URI as it is, would name another file (``#`` and
    ``?`` end the path) — and SQLite would create that one, empty.
    """
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)


def to_single_file(path: Path) -> None:
    """Fold the WAL into the SQLite file at ``path``, so that it is one self-contained file
    (a backup or snapshot copied or moved on its own)."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()


def read_only_engine(path: Path) -> Engine:
    """An engine that reads the SQLite file at ``path`` and can never change it (a backup)."""
    return create_engine("sqlite://", creator=lambda: connect_read_only(path), poolclass=NullPool)


class ChangeWatcher(Protocol):
    """Tells whether other connections (other programs, other people) changed the register."""

    def changed(self) -> bool:
        """True when another connection committed a change since the last call."""
        ...

    def absorb(self) -> None:
        """Take what was committed so far as seen (this program's own commit)."""
        ...

    def close(self) -> None: ...


class SqliteChangeWatcher:
    """``PRAGMA data_version`` on a connection of its own: it changes when another
    connection commits, and costs no file read when nothing did."""

    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(str(path), check_same_thread=False)
        self._version = self._read()

    def _read(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        version = self._read()
        if version == self._version:
            return False
        self._version = version
        return True

    def absorb(self) -> None:
        self._version = self._read()

    def close(self) -> None:
        self._conn.close()


class Backend(Protocol):
    """What the storage layer needs beyond portable SQL."""

    def create_engine(self) -> Engine: ...
    def schema_version(self, conn: Connection) -> int: ...
    def set_schema_version(self, conn: Connection, version: int) -> None: ...
    def quick_check(self, engine: Engine) -> None: ...
    def needs_check(self) -> bool:
        """Whether opening must run :meth:`quick_check`: the register may have been left
        damaged (a crash, a change by something else), or the check costs next to nothing."""
        ...

    def closed_cleanly(self) -> None:
        """This program closed the register without a fault; called after the engine's end."""
        ...

    def forget_clean_close(self) -> None:
        """Damage was seen: the next opening checks, whatever happens to this process."""
        ...

    def backup_to(self, engine: Engine, target: Path) -> None: ...
    def describe(self) -> str: ...
    def location(self) -> Path | str: ...
    def own_tables(self) -> frozenset[str]: ...
    def classify_error(self, exc: BaseException) -> StorageError | None: ...
    def fetch_rows(self, conn: Connection, stmt: AnySelect) -> list[Any]: ...
    def digits_only(self, text_: ColumnElement[str]) -> ColumnElement[bool]:
        """SQL: ``text_`` is one or more ASCII digits."""
        ...

    def insert_values(
        self, conn: Connection, table: Table, names: Sequence[str], rows: Iterable[Sequence[Any]]
    ) -> None: ...
    def update_values(
        self, conn: Connection, table: Table, names: Sequence[str], rows: Sequence[Sequence[Any]]
    ) -> None: ...
    def present(self, conn: Connection, column: Column[str], values: Sequence[str]) -> set[str]: ...

    @property
    def blobs_in_database(self) -> bool: ...
    @property
    def has_team(self) -> bool:
        """Whether the register has users and roles (a server's), which a file has not."""
        ...

    def integrity_problems(self, conn: Connection) -> list[str]: ...
    def foreign_key_problems(self, conn: Connection) -> list[str]: ...
    def prepare_erase(self, conn: Connection) -> None: ...
    def compact(self, engine: Engine) -> None: ...
    def after_copy(self, conn: Connection) -> None: ...
    def serialise_inserts(self, conn: Connection, tables: Sequence[str]) -> None: ...
    def acting_user(self, conn: Connection) -> str: ...
    def announce_change(self, conn: Connection, origin: str) -> None: ...
    def change_watcher(self, origin: str) -> ChangeWatcher: ...
    def restore_from(self, engine: Engine, snapshot: Path) -> None: ...
    def sees_invoicing(self, conn: Connection) -> bool: ...
    def team_members(self, conn: Connection) -> list[tuple[str, str]]: ...
    def add_team_member(
        self, conn: Connection, name: str, role: str, password: str | None
    ) -> None: ...
    def remove_team_member(self, conn: Connection, name: str) -> None: ...
    def may_manage_team(self, conn: Connection) -> bool: ...
    def after_upgrade(self, conn: Connection) -> None: ...


# SQLite's primary result codes (the low byte of an extended code) that mean something
# about the register's surroundings rather than a fault of the program.
_CLASSIFIED: dict[int, type[StorageError]] = {
    sqlite3.SQLITE_PERM: RegisterReadOnlyError,
    sqlite3.SQLITE_BUSY: RegisterBusyError,
    sqlite3.SQLITE_LOCKED: RegisterBusyError,
    sqlite3.SQLITE_READONLY: RegisterReadOnlyError,
    sqlite3.SQLITE_CORRUPT: DatabaseDamagedError,
    sqlite3.SQLITE_FULL: DiskFullError,
    sqlite3.SQLITE_NOTADB: DatabaseDamagedError,
}


def _python_type(column_type: Any) -> type | None:
    try:
        return column_type.python_type  # type: ignore[no-any-return]
    except NotImplementedError:
        return None


def _unchanged(value: Any) -> Any:
    return value


def processed_rows(
    rows: Iterable[Sequence[Any]], processors: Sequence[tuple[int, Callable[[Any], Any]]]
) -> Iterator[list[Any]]:
    """``rows`` as lists, each ``(index, process)`` applied to the value at its index.

    NULLs are left as they are. The rows of one bulk insert repeat most values of a
    column (its timestamps, a file's few dates): a value that is the very object the
    column held on the row before is not processed again.
    """
    width = max((index for index, _ in processors), default=-1) + 1
    last_in: list[Any] = [object()] * width
    last_out: list[Any] = [None] * width
    for row in rows:
        values = list(row)
        for index, process in processors:
            value = values[index]
            if value is None:
                continue
            if value is last_in[index]:
                values[index] = last_out[index]
                continue
            last_in[index] = value
            values[index] = last_out[index] = process(value)
        yield values


def _adapted_as_bound(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``process``, then SQLite's adapter for the result's type, as the driver would bind
    it (unless it would adapt that again): done here, it is done once a repeated value."""
    adapters = sqlite3.adapters
    protocol = sqlite3.PrepareProtocol

    def bound(value: Any) -> Any:
        out = process(value)
        adapt = adapters.get((type(out), protocol))
        if adapt is not None:
            adapted = adapt(out)
            if (type(adapted), protocol) not in adapters:
                out = adapted
        return out

    return bound


def _picker(keys: Sequence[Any]) -> Callable[[Any], Sequence[Any]]:
    """A function taking the values of ``keys`` from a row as a tuple, in one C call."""
    if len(keys) == 1:
        key = keys[0]
        return lambda row: (row[key],)
    return itemgetter(*keys)


class SqliteBackend:
    """SQLite: foreign keys on every connection, WAL, ``PRAGMA user_version`` as schema version.

    Attributes:
        path: The database file.
    """

    def __init__(self, path: Path, *, busy_timeout_ms: int = 5000) -> None:
        self.path = path
        self.busy_timeout_ms = busy_timeout_ms

    def describe(self) -> str:
        return str(self.path)

    def location(self) -> Path:
        """What ``storage.locations.backend_for`` takes to reach this register again."""
        return self.path

    def own_tables(self) -> frozenset[str]:
        """SQLite keeps its bookkeeping (the schema version) outside the tables."""
        return frozenset()

    def _prepare_file(self) -> None:
        if self.path.is_dir():
            raise DatabasePathError("{path} is a folder, not a database file.", path=str(self.path))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabasePathError(
                "Cannot create the folder {path}: {reason}.",
                path=str(self.path.parent),
                reason=exc.strerror or exc,
            ) from exc
        if not self.path.exists():
            # Personal data: the file is readable by its owner only.
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600)
            except OSError as exc:
                raise DatabasePathError(
                    "Cannot create the database file {path}: {reason}.",
                    path=str(self.path),
                    reason=exc.strerror or exc,
                ) from exc
            os.close(fd)
        elif not os.access(self.path, os.R_OK | os.W_OK):
            raise DatabasePathError("No permission to read and write {path}.", path=str(self.path))
        else:
            with self.path.open("rb") as fh:
                head = fh.read(16)
            if head and not head.startswith(b"SQLite format 3\x00"):
                raise NotOurDatabaseError(
                    "{path} is not an Asiakasrekisteri database file.", path=str(self.path)
                )

    def classify_error(self, exc: BaseException) -> StorageError | None:
        """The user's explanation of an SQLite failure; None when it is the program's fault.

        Both SQLAlchemy's wrapped errors and the driver's own (bulk inserts talk to the
        driver directly) are recognised by SQLite's result code.
        """
        cause = exc.orig if isinstance(exc, DBAPIError) else exc
        code = getattr(cause, "sqlite_errorcode", None)
        if not isinstance(cause, sqlite3.Error) or not isinstance(code, int):
            return None
        kind = _CLASSIFIED.get(code & 0xFF)
        return None if kind is None else kind()

    def create_engine(self) -> Engine:
        self._prepare_file()
        # Hidden parameters: a failed statement's message would otherwise carry the
        # customer's data into tracebacks and the log file.
        # The driver is given the path itself: in a URL, ``?`` or ``#`` in a folder's name
        # would end the path and name another file.
        path = str(self.path)
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(path),
            poolclass=NullPool,
            hide_parameters=True,
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
            # pysqlite's own transaction handling fights SQLAlchemy's; let SQLAlchemy
            # emit BEGIN so that every user action is exactly one transaction.
            dbapi_conn.isolation_level = None
            cursor = dbapi_conn.cursor()
            # The wait first: switching a new file to WAL needs a moment alone with it.
            cursor.execute(f"PRAGMA busy_timeout={int(self.busy_timeout_ms)}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            # A writing transaction that began deferred would find, at its first write,
            # that another process wrote since it read: SQLite then fails at once
            # ("database is locked") rather than wait. IMMEDIATE waits at the start.
            writing = conn.get_execution_options().get(WRITING, False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

        return engine

    def schema_version(self, conn: Connection) -> int:
        return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())

    def set_schema_version(self, conn: Connection, version: int) -> None:
        conn.exec_driver_sql(f"PRAGMA user_version={int(version)}")

    def closed_path(self) -> Path:
        """Where the file's state at this program's last clean close is kept."""
        return self.path.with_name(self.path.name + ".closed")

    def _file_state(self) -> dict[str, Any]:
        """What changes whenever anything writes the file or its WAL, or replaces it.

        The change time cannot be set back by copying tools, and the inode changes when
        the file is replaced (a restore, a copy put in its place).
        """
        main = self.path.stat()
        wal_path = self.path.with_name(self.path.name + "-wal")
        try:
            wal = wal_path.stat()
        except FileNotFoundError:
            wal_state = None
        else:
            wal_state = [wal.st_size, wal.st_mtime_ns]
        return {
            "file": [main.st_ino, main.st_size, main.st_mtime_ns, main.st_ctime_ns],
            "wal": wal_state,
        }

    def needs_check(self) -> bool:
        """True unless the file (and its WAL) is exactly as this program last closed it.

        ``quick_check`` reads every page (0.2 s at 100,000 customers, more on a bigger
        register); it is only worth that after a crash (a WAL left behind, a file written
        since), after something else wrote the file, or when it was replaced.
        """
        try:
            stored = json.loads(self.closed_path().read_text(encoding="utf-8"))
            return bool(stored != self._file_state())
        except (OSError, ValueError):
            return True

    def closed_cleanly(self) -> None:
        try:
            self.closed_path().write_text(json.dumps(self._file_state()), encoding="utf-8")
        except OSError as exc:  # a read-only folder: the next opening checks, nothing worse
            logger.info("Clean close not recorded: %s", type(exc).__name__)

    def forget_clean_close(self) -> None:
        try:
            self.closed_path().unlink(missing_ok=True)
        except OSError as exc:
            logger.warning("Clean close not forgotten: %s", type(exc).__name__)

    def quick_check(self, engine: Engine) -> None:
        try:
            with engine.connect() as conn:
                rows = [r[0] for r in conn.execute(text("PRAGMA quick_check"))]
        except Exception as exc:  # sqlite3.DatabaseError: "disk image is malformed" etc.
            classified = self.classify_error(exc)
            if isinstance(classified, RegisterBusyError | RegisterReadOnlyError):
                # Another process holds the file, or it cannot be written: not damage.
                raise classified from exc
            # The header was SQLite's (checked when the file was opened): it is damaged,
            # and the user is led to a backup instead of being told it is not ours.
            raise DatabaseDamagedError(
                "The database {path} is damaged: {reason}",
                path=str(self.path),
                reason=exc.__cause__ or exc,
            ) from exc
        if rows != ["ok"]:
            raise DatabaseDamagedError(
                "The database {path} is damaged: {reason}",
                path=str(self.path),
                reason="; ".join(rows[:3]),
            )

    def digits_only(self, text_: ColumnElement[str]) -> ColumnElement[bool]:
        """SQL: ``text_`` is one or more ASCII digits (GLOB runs in C; REGEXP would call
        Python for every row)."""
        return and_(text_ != "", text_.op("NOT GLOB")("*[^0-9]*"))

    def fetch_rows(self, conn: Connection, stmt: AnySelect) -> list[Any]:
        """Every row as a plain tuple, for big lists (the customer list at 100k).

        The driver's own cursor is twice as fast as SQLAlchemy's result rows here. Only for
        statements whose parameters are plain str/int/float values, which need no type
        processing; anything else goes the portable way.
        """
        compiled = stmt.compile(dialect=conn.dialect)
        positions = compiled.positiontup or []
        params = [compiled.params[name] for name in positions]
        if not all(isinstance(p, str | int | float) for p in params):
            return [tuple(row) for row in conn.execute(stmt)]
        cursor = conn.connection.driver_connection.execute(str(compiled), params)  # type: ignore[union-attr]
        try:
            rows: list[Any] = cursor.fetchall()
            return rows
        finally:
            cursor.close()

    def insert_values(
        self, conn: Connection, table: Table, names: Sequence[str], rows: Iterable[Sequence[Any]]
    ) -> None:
        """Insert many rows, each with the values of ``names`` in order, with one driver
        ``executemany`` (imports of 50,000 customers of 41 columns each).

        Values go through each column type's own bind processor (Money to cents,
        booleans, datetimes), exactly as SQLAlchemy would, but without its per-row
        statement bookkeeping, which costs more than the insert itself at this size.
        ``rows`` may be made lazily.
        """
        stmt, positions = self._compiled_insert(conn, table, list(names))
        if stmt is None:  # pragma: no cover - defensive
            conn.execute(insert(table), [dict(zip(names, row, strict=True)) for row in rows])
            return
        order = [list(names).index(name) for name in positions]
        source: Iterable[Sequence[Any]] = rows
        if order != list(range(len(names))):
            source = map(_picker(order), rows)
        self._executemany(conn, table, stmt, positions, source)

    def present(self, conn: Connection, column: Column[str], values: Sequence[str]) -> set[str]:
        """The ``values`` that ``column`` (a plain text column) holds somewhere.

        Asked through the driver in slices of :data:`IN_LIST_SIZE`: a file's 10,000
        archive ids are checked in a dozen queries that SQLAlchemy need not compile.
        """
        table = column.table
        assert isinstance(table, Table)
        driver = conn.connection.driver_connection
        found: set[str] = set()
        for chunk in in_chunks(values):
            marks = ", ".join("?" * len(chunk))
            sql = f'SELECT "{column.name}" FROM "{table.name}" WHERE "{column.name}" IN ({marks})'
            found.update(row[0] for row in driver.execute(sql, list(chunk)))  # type: ignore[union-attr]
        return found

    def update_values(
        self, conn: Connection, table: Table, names: Sequence[str], rows: Sequence[Sequence[Any]]
    ) -> None:
        """Update many rows by primary key with one driver ``executemany``.

        ``names`` are the columns to set followed by the primary key column, and each row
        holds their values in that order (10,000 invoices settled by one bank file).
        """
        if not rows:
            return
        *columns, key = names
        stmt = (
            update(table)
            .where(table.c[key] == bindparam(key))
            .values({name: bindparam(name) for name in columns})
        )
        compiled = stmt.compile(dialect=conn.dialect, column_keys=columns)
        positions = list(compiled.positiontup or [])
        if sorted(positions) != sorted(names):  # pragma: no cover - defensive
            conn.execute(stmt, [dict(zip(names, row, strict=True)) for row in rows])
            return
        order = [list(names).index(name) for name in positions]
        source: Iterable[Sequence[Any]] = rows
        if order != list(range(len(names))):
            source = map(_picker(order), rows)
        self._executemany(conn, table, str(compiled), positions, source)

    @staticmethod
    def _compiled_insert(
        conn: Connection, table: Table, names: list[str]
    ) -> tuple[str | None, list[str]]:
        """The INSERT's SQL and its parameter names in order; None when they do not match."""
        compiled = insert(table).compile(dialect=conn.dialect, column_keys=names)
        positions = list(compiled.positiontup or [])
        if sorted(positions) != sorted(names):  # pragma: no cover - defensive
            return None, positions
        return str(compiled), positions

    @staticmethod
    def _executemany(
        conn: Connection,
        table: Table,
        stmt: str,
        positions: list[str],
        rows: Iterable[Sequence[Any]],
    ) -> None:
        """Hand ``rows`` (values in ``positions`` order) to the driver, processed as bound.

        Each value goes through its column type's bind processor and then through the
        driver's own adapter for the result's type (``sqlite3.adapters``: a datetime
        becomes its ISO text), which the driver would otherwise call for every row. Columns
        like ``created_at`` hold one value for the whole batch: it is processed once.
        """
        active = []
        for index, name in enumerate(positions):
            column_type = table.c[name].type
            process = column_type.bind_processor(conn.dialect)
            if process is None and _python_type(column_type) in (date, datetime):
                # No processor, but the driver adapts every date again: a file's payments
                # share a few dates, which are adapted once here.
                process = _unchanged
            if process is not None:
                active.append((index, process))
        driver = conn.connection.driver_connection
        if not active:
            driver.executemany(stmt, rows)  # type: ignore[union-attr]
            return
        adapted = [(index, _adapted_as_bound(process)) for index, process in active]
        driver.executemany(stmt, processed_rows(rows, adapted))  # type: ignore[union-attr]

    blobs_in_database = False
    """Attachments live in a folder beside the file (``services.attachments``)."""

    has_team = False

    def integrity_problems(self, conn: Connection) -> list[str]:
        """What ``PRAGMA integrity_check`` finds; empty when the file is sound."""
        rows = [str(r[0]) for r in conn.execute(text("PRAGMA integrity_check"))]
        return [] if rows == ["ok"] else rows

    def foreign_key_problems(self, conn: Connection) -> list[str]:
        """One table name per row that points to a missing row."""
        return [str(r[0]) for r in conn.execute(text("PRAGMA foreign_key_check"))]

    def prepare_erase(self, conn: Connection) -> None:
        """Deleted values are overwritten with zeros in the file's pages."""
        conn.exec_driver_sql("PRAGMA secure_delete=ON")

    def compact(self, engine: Engine) -> None:
        """Leave no erased value in free pages or the WAL: VACUUM, then checkpoint."""
        raw = engine.raw_connection()
        try:
            con = raw.driver_connection
            assert isinstance(con, sqlite3.Connection)
            # The driver connection is in autocommit mode (see create_engine), as VACUUM needs.
            con.execute("PRAGMA secure_delete=ON")
            con.execute("VACUUM")
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()

    def after_copy(self, conn: Connection) -> None:
        """SQLite takes the next id from the table itself."""

    def acting_user(self, conn: Connection) -> str:
        """Who the history names: the person logged in to this computer."""
        try:
            return getpass.getuser()[:100]
        except (OSError, KeyError, ImportError):  # no login name in some service contexts
            return ""

    def announce_change(self, conn: Connection, origin: str) -> None:
        """Nothing to send: other connections see ``PRAGMA data_version`` change."""

    def change_watcher(self, origin: str) -> ChangeWatcher:
        return SqliteChangeWatcher(self.path)

    def serialise_inserts(self, conn: Connection, tables: Sequence[str]) -> None:
        """Nothing to do: SQLite has one writer at a time, and a transaction that read
        before another's commit cannot write after it (it is told the file is busy)."""

    def sees_invoicing(self, conn: Connection) -> bool:
        """A file has no users: whoever can open it sees everything in it."""
        return True

    def team_members(self, conn: Connection) -> list[tuple[str, str]]:
        raise RolesNeedServerError()

    def add_team_member(self, conn: Connection, name: str, role: str, password: str | None) -> None:
        raise RolesNeedServerError()

    def remove_team_member(self, conn: Connection, name: str) -> None:
        raise RolesNeedServerError()

    def may_manage_team(self, conn: Connection) -> bool:
        return False

    def after_upgrade(self, conn: Connection) -> None:
        """No grants to keep up: a file has no users."""

    def restore_from(self, engine: Engine, snapshot: Path) -> None:
        """Replace the file's content with ``snapshot`` through SQLite's backup API."""
        src = connect_read_only(snapshot)
        raw = engine.raw_connection()
        try:
            dest = raw.driver_connection
            assert isinstance(dest, sqlite3.Connection)
            src.backup(dest)
        finally:
            raw.close()
            src.close()

    def backup_to(self, engine: Engine, target: Path) -> None:
        """A consistent online copy through SQLite's backup API."""
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        raw = engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            dest = sqlite3.connect(target)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            raw.close()
        logger.info("Backup copy written (%d bytes)", target.stat().st_size)
