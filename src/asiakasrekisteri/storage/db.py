"""The database: engine, schema upgrades and one transaction per user action."""

from __future__ import annotations

import contextlib
import logging
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from asiakasrekisteri.domain.interest import SHIPPED_REFERENCE_RATES
from asiakasrekisteri.domain.operators import DEFAULT_OPERATORS
from asiakasrekisteri.storage import history, mapping
from asiakasrekisteri.storage.backend import WRITING, Backend, ChangeWatcher, SqliteBackend
from asiakasrekisteri.storage.errors import (
    DatabaseDamagedError,
    NotOurDatabaseError,
    RegisterBusyError,
    SchemaTooNewError,
    StorageError,
)
from asiakasrekisteri.storage.migrations import LATEST_VERSION, STEPS
from asiakasrekisteri.storage.models import Base, EInvoiceOperator, OwnCompany, load_all_models
from asiakasrekisteri.storage.models_invoicing import ReferenceRate

logger = logging.getLogger(__name__)

_T = TypeVar("_T")

BUSY_WAIT_SECONDS = 30.0
"""How long a write waits for another process's write to end before it gives up."""


class Database:
    """An open register.

    Attributes:
        backend: The SQL-dialect specific part.
        engine: The SQLAlchemy engine.
        upgraded_from: Schema version the file had before it was upgraded on open, or None.
        pre_upgrade_backup: Copy made before an upgrade, or None.
        busy_wait: Seconds a write waits for the register while another process writes.
        checked: Whether opening ran the backend's quick check; when it did not (the file
            was as this program last closed it), the window checks in the background.
    """

    def __init__(self, backend: Backend, *, busy_wait: float = BUSY_WAIT_SECONDS) -> None:
        self.backend = backend
        self.busy_wait = busy_wait
        self.engine: Engine = backend.create_engine()
        # Sessions carry the backend so that storage helpers (bulk inserts) can reach it.
        # Writing sessions keep the search index and log every change; reading ones
        # need neither and send no statement beyond their own.
        self._sessions = sessionmaker(
            self.engine, expire_on_commit=False, info={"backend": backend}
        )
        mapping.attach(self._sessions)
        history.attach(self._sessions)
        self._reads = sessionmaker(self.engine, expire_on_commit=False, info={"backend": backend})
        self.upgraded_from: int | None = None
        # Bumped on every commit through transaction(): lets caches of query results
        # (the customer list) know that the register changed.
        self.generation = 0
        self.pre_upgrade_backup: Path | None = None
        self._watcher: ChangeWatcher | None = None
        # Names this program's own change announcements, which its watcher skips.
        self.origin = uuid.uuid4().hex
        self.checked = False
        # Set once opened; cleared when damage is seen, so that closing does not record
        # the file as sound and the next opening checks it.
        self._record_clean_close = False
        self._sees_invoicing: bool | None = None

    @classmethod
    def open_sqlite(cls, path: Path, *, backup_dir: Path | None = None) -> Database:
        """Open (creating or upgrading as needed) the SQLite register at ``path``."""
        return cls.open(SqliteBackend(path), backup_dir=backup_dir)

    @classmethod
    def open(cls, backend: Backend, *, backup_dir: Path | None = None) -> Database:
        """Open (creating or upgrading as needed) the register ``backend`` reaches.

        The quick check runs only when the backend says it is needed (after a crash, or
        when something else changed the file): a damaged register is refused before
        anything writes to it, and a sound one opens without reading every page.
        """
        check = backend.needs_check()  # before the first connection touches the WAL
        db = cls(backend)
        try:
            if check:
                db.backend.quick_check(db.engine)
            db.checked = check
            db.migrate(backup_dir=backup_dir)
            if not db.sees_invoicing():
                # The server keeps the card's invoicing terms from this role too.
                mapping.hide_invoicing_terms(db._sessions)
                mapping.hide_invoicing_terms(db._reads)
        except BaseException as exc:
            if isinstance(exc, StorageError):
                logger.warning("Register not opened: %s", type(exc).__name__)
            db.close()
            raise
        db._record_clean_close = True
        if not check:
            logger.info("Register unchanged since its clean close: not checked on opening")
        logger.info("Register opened (schema %d)", LATEST_VERSION)
        return db

    def close(self) -> None:
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None
        self.engine.dispose()
        if self._record_clean_close:
            self._record_clean_close = False
            self.backend.closed_cleanly()

    def check_integrity(self) -> None:
        """The backend's quick check, now (the window runs it in the background).

        Raises:
            DatabaseDamagedError: The register is damaged; it is checked again when next
                opened, which offers the newest good backup.
            StorageError: The register is busy or cannot be read.
        """
        try:
            self.backend.quick_check(self.engine)
        except DatabaseDamagedError:
            self._damage_seen()
            raise

    def _damage_seen(self) -> None:
        self._record_clean_close = False
        self.backend.forget_clean_close()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commit on success, roll back everything on any error.

        Raises:
            StorageError: The backend recognised the failure (the register is busy,
                read-only, damaged, or the disk is full); nothing of the action was saved.
                Any other error passes unchanged.
        """
        session = self._sessions()
        try:
            self._begin_writing(session)
            yield session
            if session.in_transaction():
                self.backend.announce_change(session.connection(), self.origin)
            session.commit()
            self.generation += 1
            if self._watcher is not None:
                self._watcher.absorb()
        except BaseException as exc:
            session.rollback()
            self._raise_classified(exc, "Transaction")
            raise
        finally:
            session.close()

    def _begin_writing(self, session: Session) -> None:
        """Take the register's write lock for ``session``, waiting while another writes.

        Each try waits the backend's own busy timeout; a process that keeps the register
        longer (a big import) is waited for up to :attr:`busy_wait` seconds in all. Only
        the start is retried: nothing of the action has run yet, so nothing is repeated.

        Raises:
            RegisterBusyError: The register stayed busy all that time.
        """
        deadline = time.monotonic() + self.busy_wait
        while True:
            try:
                session.connection(execution_options={WRITING: True})
                return
            except Exception as exc:
                if not isinstance(self.backend.classify_error(exc), RegisterBusyError):
                    raise
                session.rollback()
                if time.monotonic() >= deadline:
                    raise
                logger.info("Register busy; waiting to write")
                time.sleep(0.05)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session; nothing it does is committed.

        Raises:
            StorageError: As :meth:`transaction`, for a failure the backend recognises.
        """
        session = self._reads()
        try:
            yield session
        except BaseException as exc:
            self._raise_classified(exc, "Read")
            raise
        finally:
            session.rollback()
            session.close()

    def maintain(self, work: Callable[[], _T]) -> _T:
        """Run maintenance that takes the whole register (compacting, a restore's copy).

        While another process writes it is tried again for up to :attr:`busy_wait`
        seconds, as a transaction's start is.

        Raises:
            StorageError: As :meth:`transaction`.
        """
        deadline = time.monotonic() + self.busy_wait
        while True:
            try:
                done = work()
            except Exception as exc:
                classified = self.backend.classify_error(exc)
                if not isinstance(classified, RegisterBusyError) or time.monotonic() >= deadline:
                    self._raise_classified(exc, "Maintenance")
                    raise
            else:
                # A restore replaced everything: cached query results are read again.
                self.generation += 1
                return done
            time.sleep(0.05)

    def _raise_classified(self, exc: BaseException, action: str) -> None:
        """Raise the :class:`StorageError` explaining ``exc``, when the backend knows one.

        The one place where database failures become messages for the user, so that
        services and the UI never look at driver errors.
        """
        classified = self.backend.classify_error(exc)
        if classified is None:
            return
        if isinstance(classified, DatabaseDamagedError):
            self._damage_seen()
        logger.warning("%s failed: %s (%s)", action, type(classified).__name__, type(exc).__name__)
        raise classified from exc

    def acting_user(self) -> str:
        """Who is acting, as the history names them (the OS user, or the server role)."""
        with self.engine.connect() as conn:
            return self.backend.acting_user(conn)

    def others_changed(self) -> bool:
        """Whether another program or person committed a change since the last call.

        The first call starts watching. Each change seen bumps ``generation``, so that
        caches of query results (the customer list) are read again.
        """
        try:
            if self._watcher is None:
                self._watcher = self.backend.change_watcher(self.origin)
                return False
            if not self._watcher.changed():
                return False
        except Exception as exc:  # a lost server connection: try again on the next call
            logger.warning("Watching for others' changes failed: %s", type(exc).__name__)
            if self._watcher is not None:
                with contextlib.suppress(Exception):
                    self._watcher.close()
            self._watcher = None
            return False
        self.generation += 1
        return True

    def sees_invoicing(self) -> bool:
        """Whether this user may read invoicing (a limited role on a server may not).

        Asked once: a user's role does not change while the register is open.
        """
        if self._sees_invoicing is None:
            with self.engine.connect() as conn:
                self._sees_invoicing = self.backend.sees_invoicing(conn)
        return self._sees_invoicing

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return self.backend.schema_version(conn)

    def migrate(self, *, backup_dir: Path | None = None) -> None:
        """Bring the file to ``LATEST_VERSION``; see ``storage.migrations``."""
        with self.engine.connect() as conn:
            version = self.backend.schema_version(conn)
            tables = set(inspect(conn).get_table_names()) - self.backend.own_tables()
        if version > LATEST_VERSION:
            raise SchemaTooNewError(version, LATEST_VERSION)
        if version == 0:
            if tables:
                raise NotOurDatabaseError(
                    "{register} holds a database of some other program.",
                    register=self.backend.describe(),
                )
            self._create_fresh()
            return
        if version == LATEST_VERSION:
            return
        if not self.checked:
            # An upgrade rewrites tables: not on a file with damage nobody has looked for.
            self.backend.quick_check(self.engine)
            self.checked = True
        logger.info("Upgrading the register from schema %d to %d", version, LATEST_VERSION)
        if backup_dir is not None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            target = backup_dir / f"before-upgrade-v{version}-to-v{LATEST_VERSION}-{stamp}.sqlite3"
            self.backend.backup_to(self.engine, target)
            self.pre_upgrade_backup = target
            logger.info("Copy before the upgrade saved as %s", target.name)
        for target_version, step in STEPS:
            if target_version <= version:
                continue
            with self.engine.execution_options(**{WRITING: True}).begin() as conn:
                step(conn)
                self.backend.set_schema_version(conn, target_version)
            logger.info("Schema upgraded to %d", target_version)
        with self.engine.begin() as conn:
            self.backend.after_upgrade(conn)
        self.upgraded_from = version

    def _create_fresh(self) -> None:
        logger.info("Creating a new register (schema %d)", LATEST_VERSION)
        load_all_models()
        with self.engine.execution_options(**{WRITING: True}).begin() as conn:
            Base.metadata.create_all(conn)
            self.backend.set_schema_version(conn, LATEST_VERSION)
        with self.transaction() as session:
            session.add(OwnCompany(id=1))
            existing = set(session.scalars(select(EInvoiceOperator.code)))
            for operator in DEFAULT_OPERATORS:
                if operator.code not in existing:
                    session.add(EInvoiceOperator(code=operator.code, name=operator.name))
            session.add_all(
                ReferenceRate(start=period.start, rate=period.rate)
                for period in SHIPPED_REFERENCE_RATES.periods
            )
