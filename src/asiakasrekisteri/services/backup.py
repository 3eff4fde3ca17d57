"""Backups, verified restore and the register check.

A backup is a consistent copy of the database made with SQLite's online backup API
(through ``Backend.backup_to``), switched to rollback-journal mode so that it is one
self-contained file, readable by the user only. Attachments are files beside the
database (``services.attachments``); a backup copies the blobs it refers to:

* automatic backups (``backups/<kind>-YYYYMMDD-HHMMSS.sqlite3``) share one
  content-addressed store, ``backups/attachments/ab/cdef…``, pruned on rotation to the
  blobs that kept backups still refer to;
* a backup to a chosen file ``x.sqlite3`` gets the folder ``x.attachments`` beside it.

Rotation keeps every backup of today, the newest of each of the last 7 days, 4 ISO weeks
and 12 months that have backups. Restore checks the file (integrity, schema version,
and on an upgraded scratch copy the whole schema and the register's rules) before
anything is replaced, backs up the current state first, then copies the checked file
into the live database with the backup API (one atomic step) and upgrades it when it
is older.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, inspect, select, text
from sqlalchemy.orm import Session

from asiakasrekisteri.domain.customer import CustomerData, name_sort_key, search_text
from asiakasrekisteri.files import make_private_folder, write_atomically
from asiakasrekisteri.services.attachments import (
    AttachmentService,
    attachment_folder,
    blob_path,
)
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.services.invoicing.references import duplicate_references
from asiakasrekisteri.services.invoicing.totals import totals_differences
from asiakasrekisteri.storage import history
from asiakasrekisteri.storage.backend import connect_read_only, to_single_file
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.migrations import LATEST_VERSION
from asiakasrekisteri.storage.models import (
    ContactPerson,
    Customer,
    CustomerNumberAlias,
    Office,
)
from asiakasrekisteri.storage.models_history import HistoryEntry

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
OLD_BACKUP_DAYS = 7
SHARED_BLOBS = "attachments"
# A refusal names this many differences or broken rules at most, so that it stays short.
MAX_SHOWN = 3
MAX_DETAIL = 120
NOT_A_REGISTER = "it is not an Asiakasrekisteri register"
_STAMP = re.compile(r"(\d{8}-\d{6})(?:-\d+)?\.sqlite3$")


class BackupKind(StrEnum):
    """Why a backup was made; the first part of its file name."""

    DAILY = "daily"
    MANUAL = "manual"
    BEFORE_IMPORT = "before-import"
    BEFORE_MERGE = "before-merge"
    BEFORE_ERASE = "before-erase"
    BEFORE_RESTORE = "before-restore"


class BackupFailed(RuleViolation):
    """The backup before a write that cannot be undone failed; the write did not start."""

    code = "backup.failed"


class RestoreRefused(RuleViolation):
    code = "restore.refused"
    template = "{path} cannot be restored: {problems}"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in the backup folder."""

    path: Path
    made_at: datetime  # local time, from the file name
    kind: str
    size: int


@dataclass(frozen=True)
class RestoreCheck:
    """What checking a file before a restore found.

    Attributes:
        problems: Reasons the file cannot be restored; empty when it can.
        missing_attachments: Attachment files the backup refers to but that cannot be
            found; the restore still works, those attachments cannot be opened.
    """

    path: Path
    problems: tuple[str, ...]
    schema_version: int = 0
    customers: int = 0
    missing_attachments: int = 0
    made_at: datetime | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def needs_upgrade(self) -> bool:
        return self.ok and self.schema_version < LATEST_VERSION


@dataclass(frozen=True)
class Problem:
    """One broken rule found by :meth:`BackupService.check`."""

    code: str
    message: str
    count: int = 1


@dataclass(frozen=True)
class CheckReport:
    problems: tuple[Problem, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class RestoreResult:
    safety_backup: Path | None
    upgraded_from: int | None
    missing_attachments: int


def stamp_of(path: Path) -> datetime | None:
    """The local time in a backup's file name (``…-YYYYMMDD-HHMMSS.sqlite3``)."""
    match = _STAMP.search(path.name)
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backup files in ``folder`` with a stamp in their name, newest first."""
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.glob("*.sqlite3"):
        made = stamp_of(path)
        if made is None or path.name.startswith("."):
            continue
        kind = _STAMP.sub("", path.name).rstrip("-")
        found.append(BackupInfo(path, made, kind, path.stat().st_size))
    found.sort(key=lambda b: (b.made_at, b.path.name), reverse=True)
    return found


def kept_stamps(stamps: Iterable[datetime], today: date) -> set[datetime]:
    """Which backups rotation keeps: all of today, the newest per day/week/month.

    >>> from datetime import datetime as dt
    >>> s = [dt(2026, 1, d, 12) for d in range(1, 31)]
    >>> kept = kept_stamps(s, dt(2026, 1, 30).date())
    >>> sorted(k.day for k in kept)
    [11, 18, 24, 25, 26, 27, 28, 29, 30]
    """
    ordered = sorted(set(stamps), reverse=True)
    keep = {s for s in ordered if s.date() >= today}

    def newest_per(key: Callable[[datetime], object], count: int) -> None:
        seen: list[object] = []
        for s in ordered:
            k = key(s)
            if k in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(k)
            keep.add(s)

    newest_per(lambda s: s.date(), KEEP_DAILY)
    newest_per(lambda s: s.isocalendar()[:2], KEEP_WEEKLY)
    newest_per(lambda s: (s.year, s.month), KEEP_MONTHLY)
    return keep


def rotation_dates(stamps: Iterable[datetime], today: date) -> dict[datetime, date]:
    """When each backup will be rotated out if a backup is made every day from today.

    Backups still kept after a simulated 400 days (none with this policy) are left out.
    """
    alive = set(stamps)
    out: dict[datetime, date] = {}
    future: list[datetime] = []
    for offset in range(1, 401):
        day = today + timedelta(days=offset)
        future.append(datetime(day.year, day.month, day.day, 9))
        kept = kept_stamps(alive | set(future), day)
        for stamp in list(alive):
            if stamp not in kept:
                out[stamp] = day
                alive.discard(stamp)
        future = [f for f in future if f in kept]
        if not alive:
            break
    return out


def _hashes_in(path: Path) -> set[str]:
    con = connect_read_only(path)
    try:
        has_table = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='attachment'"
        ).fetchone()
        if not has_table:
            return set()
        return {r[0] for r in con.execute("SELECT DISTINCT sha256 FROM attachment")}
    except sqlite3.DatabaseError:
        return set()
    finally:
        con.close()


def _copy_blobs(hashes: Iterable[str], sources: Iterable[Path], target: Path) -> int:
    """Copy blobs into ``target`` (skipping those there); returns how many are missing."""
    source_list = [s for s in sources if s.is_dir() and s != target]
    missing = 0
    for sha in hashes:
        dest = blob_path(target, sha)
        if dest.exists():
            continue
        for folder in source_list:
            src = blob_path(folder, sha)
            if src.exists():
                make_private_folder(dest.parent)
                write_atomically(dest, partial(shutil.copyfile, src))
                break
        else:
            missing += 1
    return missing


def _copy_database(source: Path, target: Path) -> None:
    """Copy the database ``source`` into the file ``target`` with SQLite's backup API."""
    src = connect_read_only(source)
    dest = sqlite3.connect(target)
    try:
        src.backup(dest)
    finally:
        dest.close()
        src.close()


def _first_line(exc: BaseException) -> str:
    """A driver error's own words on one short line (SQLAlchemy adds the SQL and a link)."""
    orig = getattr(exc, "orig", None)
    line = (str(orig if orig is not None else exc).strip().splitlines() or [""])[0]
    return line[:MAX_DETAIL] or type(exc).__name__


def _columns(db: Database) -> dict[str, set[str]]:
    """Each table of ``db`` with its column names, SQLite's own tables left out."""
    with db.engine.connect() as conn:
        found = inspect(conn)
        return {
            table: {column["name"] for column in found.get_columns(table)}
            for table in found.get_table_names()
            if not table.startswith("sqlite_")
        }


def _schema_differences(candidate: Database, fresh: Database) -> list[str]:
    """How the candidate's tables and columns differ from those of a fresh register.

    Differences in the tables both have come first: they tell most about the file.
    """
    have, want = _columns(candidate), _columns(fresh)
    differences: list[str] = []
    for table in sorted(want.keys() & have.keys()):
        differences += [
            f"table {table} has no column {c}" for c in sorted(want[table] - have[table])
        ]
        differences += [
            f"table {table} has an unknown column {c}" for c in sorted(have[table] - want[table])
        ]
    differences += [
        f"table {t} is not one of the register's" for t in sorted(have.keys() - want.keys())
    ]
    differences += [f"table {t} is missing" for t in sorted(want.keys() - have.keys())]
    return differences


def _first_few(items: list[str]) -> str:
    shown = "; ".join(items[:MAX_SHOWN])
    more = len(items) - MAX_SHOWN
    return f"{shown}; and {more} more" if more > 0 else shown


def _register_problems_of(copy: Path, scratch: Path) -> tuple[str, ...]:
    """Why the scratch ``copy`` is not a sound register; empty when it is one.

    Matching table names and a schema version prove little: the copy is upgraded with the
    program's own migrations, its tables and columns must be exactly those of a fresh
    register, and the program's check must find nothing but missing attachment files.
    The copy is changed; the file to restore is not.
    """
    try:
        candidate = Database.open_sqlite(copy)
    except Exception as exc:  # whatever our own upgrade cannot handle is not our register
        return (f"{NOT_A_REGISTER}: it cannot be upgraded ({_first_line(exc)})",)
    try:
        fresh = Database.open_sqlite(scratch / "fresh.sqlite3")
        try:
            differences = _schema_differences(candidate, fresh)
        finally:
            fresh.close()
        if differences:
            return (f"{NOT_A_REGISTER}: {_first_few(differences)}",)
        try:
            report = BackupService(candidate, scratch / "backups").check()
        except Exception as exc:  # data our rules cannot even read breaks them
            return (f"its data cannot be read ({_first_line(exc)})",)
    finally:
        candidate.close()
    broken = [f"{p.message} ({p.count})" for p in report.problems if p.code not in _NOT_BLOCKING]
    return (f"it breaks the register's rules: {_first_few(broken)}",) if broken else ()


# Problems that lose no data and do not stop a restore: a missing attachment file is
# reported after the restore, and the search text is derived (an older version may have
# made it by other rules; `check` still reports it afterwards).
_NOT_BLOCKING = frozenset({"attachment.missing", "search_text"})


def verify_file(path: Path, blob_sources: Iterable[Path] = ()) -> RestoreCheck:
    """Check a backup file without changing it: integrity, version, schema and rules.

    The full check upgrades and checks a copy, which takes about as long as the
    ``check`` command on that file; the restore dialog runs it on the chosen file only.
    """
    made = stamp_of(path)
    if not path.is_file():
        return RestoreCheck(path, ("the file does not exist",), made_at=made)
    with path.open("rb") as fh:
        if not fh.read(16).startswith(b"SQLite format 3\x00"):
            return RestoreCheck(path, ("it is not a database file",), made_at=made)
    with tempfile.TemporaryDirectory(prefix="asiakasrekisteri-verify-") as tmp:
        copy = Path(tmp) / "candidate.sqlite3"
        shutil.copyfile(path, copy)
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        con = sqlite3.connect(copy)
        try:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                return RestoreCheck(
                    path, (f"the file is damaged ({'; '.join(rows[:2])})",), made_at=made
                )
            version = int(con.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            if version < 1 or not {"customer", "own_company"} <= tables:
                return RestoreCheck(
                    path, ("it is not an Asiakasrekisteri database",), version, made_at=made
                )
            if version > LATEST_VERSION:
                return RestoreCheck(
                    path,
                    (f"it was made by a newer version of the program (schema {version})",),
                    version,
                    made_at=made,
                )
            count = int(con.execute("SELECT count(*) FROM customer").fetchone()[0])
        except sqlite3.DatabaseError as exc:
            return RestoreCheck(path, (f"the file cannot be read ({exc})",), made_at=made)
        finally:
            con.close()
        problems = _register_problems_of(copy, Path(tmp))
        if problems:
            return RestoreCheck(path, problems, version, made_at=made)
    hashes = _hashes_in(path)
    sources = [attachment_folder(path), *blob_sources]
    missing = sum(1 for sha in hashes if not any(blob_path(s, sha).exists() for s in sources))
    return RestoreCheck(path, (), version, count, missing, made)


def restore_over_damaged(db_path: Path, backup: Path, backup_folder: Path) -> Path:
    """Put a checked backup in place of a damaged database that cannot be opened.

    The damaged file (and its WAL) is kept beside, renamed ``….damaged-<stamp>``.

    Returns:
        Where the damaged file was moved.
    """
    check = verify_file(backup, [backup_folder / SHARED_BLOBS])
    if not check.ok:
        raise RestoreRefused(path=str(backup), problems="; ".join(check.problems))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    if db_path.exists():
        db_path.replace(aside)
    for suffix in ("-wal", "-shm"):
        extra = db_path.with_name(db_path.name + suffix)
        if extra.exists():
            extra.replace(aside.with_name(aside.name + suffix))
    write_atomically(db_path, partial(_copy_database, backup))
    _copy_blobs(
        _hashes_in(db_path),
        [attachment_folder(backup), backup_folder / SHARED_BLOBS],
        attachment_folder(db_path),
    )
    return aside


class BackupService:
    """Backups of one open register.

    Attributes:
        db: The open database.
        folder: The backup folder (``paths.backup_dir``).
        attachments: The attachment store, whose blobs go with the backups.
    """

    def __init__(
        self,
        db: Database,
        folder: Path,
        attachments: AttachmentService | None = None,
        *,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.db = db
        self.folder = folder
        if attachments is None:
            # A shared register's attachment copies sit beside its backup folder.
            cache = folder.parent / "attachments" if db.backend.blobs_in_database else None
            attachments = AttachmentService(db, cache)
        self.attachments = attachments
        self.clock = clock

    # --- making backups ----------------------------------------------------------------

    def _new_path(self, kind: BackupKind) -> Path:
        stamp = self.clock().strftime("%Y%m%d-%H%M%S")
        path = self.folder / f"{kind.value}-{stamp}.sqlite3"
        n = 2
        while path.exists():
            path = self.folder / f"{kind.value}-{stamp}-{n}.sqlite3"
            n += 1
        return path

    def backup(self, kind: BackupKind = BackupKind.MANUAL, target: Path | None = None) -> Path:
        """Make a consistent backup now; to ``target``, or rotated in the backup folder."""
        if target is None:
            make_private_folder(self.folder)
            path = self._new_path(BackupKind(kind))
            blobs = self.folder / SHARED_BLOBS
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            path = target
            blobs = attachment_folder(target)

        def write(copy: Path) -> None:
            self.db.backend.backup_to(self.db.engine, copy)
            to_single_file(copy)
            hashes = _hashes_in(copy)
            if hashes:
                make_private_folder(blobs)
                for sha in hashes:
                    # A shared register's blobs come out of the database first.
                    self.attachments.local_blob(sha)
                _copy_blobs(hashes, [self.attachments.folder], blobs)

        write_atomically(path, write)
        if target is None:
            self.rotate()
        return path

    def backup_before(self, kind: BackupKind) -> Path:
        """The backup that goes before a write that cannot be undone.

        Raises:
            BackupFailed: No backup could be made; the caller must not go on.
        """
        try:
            return self.backup(kind)
        except OSError as exc:
            raise BackupFailed(
                "No backup could be made, so nothing was changed: {reason}",
                code="backup.before_failed",
                reason=exc.strerror or str(exc),
            ) from exc

    def backup_daily_if_needed(self) -> Path | None:
        """The automatic backup on the first start of a day; None when one exists, or
        when the user's role may not read the whole register (a limited team member:
        the full members' backups cover it)."""
        if not self.db.sees_invoicing():
            return None
        today = self.clock().date()
        if any(b.made_at.date() == today for b in self.backups()):
            return None
        return self.backup(BackupKind.DAILY)

    def backups(self) -> list[BackupInfo]:
        return list_backups(self.folder)

    def last_backup_time(self) -> datetime | None:
        found = self.backups()
        return found[0].made_at if found else None

    def backup_is_old(self) -> bool:
        last = self.last_backup_time()
        return last is None or self.clock() - last > timedelta(days=OLD_BACKUP_DAYS)

    def rotate(self) -> list[Path]:
        """Delete backups the rotation no longer keeps, and blobs none of the rest use."""
        found = self.backups()
        kept = kept_stamps([b.made_at for b in found], self.clock().date())
        removed: list[Path] = []
        for info in found:
            if info.made_at not in kept:
                info.path.unlink(missing_ok=True)
                removed.append(info.path)
        store = self.folder / SHARED_BLOBS
        if store.is_dir():
            used: set[str] = set()
            for info in self.backups():
                used |= _hashes_in(info.path)
            for blob in store.glob("*/*"):
                if blob.is_file() and blob.parent.name + blob.name not in used:
                    blob.unlink()
        return removed

    def rotation_dates(self) -> dict[Path, date]:
        """For each backup, the day it leaves the rotation (with daily use)."""
        found = self.backups()
        dates = rotation_dates([b.made_at for b in found], self.clock().date())
        return {b.path: dates[b.made_at] for b in found if b.made_at in dates}

    # --- restore -------------------------------------------------------------------------

    def verify(self, path: Path) -> RestoreCheck:
        return verify_file(path, [self.folder / SHARED_BLOBS, self.attachments.folder])

    def restore(self, path: Path) -> RestoreResult:
        """Replace the register with a checked backup, backing up the current state first.

        Raises:
            RestoreRefused: The file failed the check; nothing was changed.
        """
        check = self.verify(path)
        if not check.ok:
            raise RestoreRefused(path=str(path), problems="; ".join(check.problems))
        safety = self.backup_before(BackupKind.BEFORE_RESTORE)
        missing = _copy_blobs(
            _hashes_in(path),
            [attachment_folder(path), self.folder / SHARED_BLOBS],
            self.attachments.folder,
        )
        upgraded = check.schema_version if check.schema_version < LATEST_VERSION else None
        with tempfile.TemporaryDirectory(prefix="asiakasrekisteri-restore-") as tmp:
            source = path
            if upgraded is not None:
                # Upgraded apart, so the register changes in one step from old to new.
                source = Path(tmp) / "upgraded.sqlite3"
                _copy_database(path, source)
                Database.open_sqlite(source).close()
                to_single_file(source)
            self.db.maintain(lambda: self.db.backend.restore_from(self.db.engine, source))
        self.attachments.adopt(_hashes_in(path))
        with self.db.transaction() as session:
            session.add(
                HistoryEntry(
                    action=history.Action.RESTORED.value,
                    user=self.db.acting_user(),
                    entity="database",
                    new_value=path.name,
                )
            )
        self.attachments.collect_garbage()
        return RestoreResult(safety, upgraded, missing)

    # --- check -------------------------------------------------------------------------

    def check(self) -> CheckReport:
        """integrity_check, foreign_key_check and the program's own invariants."""
        with self.db.engine.connect() as conn:
            damage = self.db.backend.integrity_problems(conn)
            if damage:
                # Nothing else can be trusted in a damaged file.
                return CheckReport((Problem("integrity", "; ".join(damage[:5]), len(damage)),))
            problems = self._schema_problems(conn)
            table_names = set(inspect(conn).get_table_names())
        with self.db.read() as session:
            problems += self._register_problems(session, table_names)
        missing = self.attachments.missing_blobs()
        if missing:
            problems.append(
                Problem(
                    "attachment.missing",
                    f"attachment files missing: {', '.join(a.name for a in missing[:5])}",
                    len(missing),
                )
            )
        return CheckReport(tuple(problems))

    def _schema_problems(self, conn: Connection) -> list[Problem]:
        """Rows pointing to missing rows, and a schema version other than the program's."""
        problems: list[Problem] = []
        fks = self.db.backend.foreign_key_problems(conn)
        if fks:
            tables = sorted(set(fks))
            problems.append(
                Problem(
                    "foreign_keys",
                    f"rows point to missing rows in: {', '.join(tables)}",
                    len(fks),
                )
            )
        version = self.db.backend.schema_version(conn)
        if version != LATEST_VERSION:
            problems.append(
                Problem("schema_version", f"schema {version}, expected {LATEST_VERSION}")
            )
        return problems

    def _register_problems(self, session: Session, table_names: set[str]) -> list[Problem]:
        """The program's own rules: one default per card, free numbers, fresh search texts."""
        problems: list[Problem] = []
        for model, what in ((Office, "default offices"), (ContactPerson, "default contacts")):
            stmt = (
                select(model.customer_id)
                .where(model.is_default.is_(True))
                .group_by(model.customer_id)
                .having(func.count() > 1)
            )
            many = session.scalars(stmt).all()
            if many:
                problems.append(
                    Problem(
                        f"{model.__tablename__}.default",
                        f"customers with more than one of the {what}",
                        len(many),
                    )
                )
        clash = session.scalars(
            select(CustomerNumberAlias.number).join(
                Customer, Customer.customer_number == CustomerNumberAlias.number
            )
        ).all()
        if clash:
            problems.append(
                Problem(
                    "alias.collision",
                    f"merged numbers also used as customer numbers: {', '.join(clash[:5])}",
                    len(clash),
                )
            )
        stale = self._stale_index_rows(session)
        if stale:
            problems.append(
                Problem("search_text", "customers whose search text is out of date", stale)
            )
        if "invoice" in table_names:
            dup = session.execute(
                text(
                    "SELECT number FROM invoice WHERE number IS NOT NULL "
                    "GROUP BY number HAVING count(*) > 1"
                )
            ).all()
            if dup:
                problems.append(Problem("invoice.number", "invoice numbers used twice", len(dup)))
            # A payment names only its reference: a shared one puts money in the wrong place.
            shared = duplicate_references(session)
            if shared:
                problems.append(
                    Problem(
                        "invoice.reference",
                        f"payment references in use more than once: {', '.join(shared[:5])}",
                        len(shared),
                    )
                )
            drifted = totals_differences(session)
            if drifted:
                problems.append(
                    Problem(
                        "invoice.totals",
                        "invoices whose stored totals differ from their rows and payments",
                        len(drifted),
                    )
                )
        kept_values = session.scalar(
            select(func.count())
            .select_from(HistoryEntry)
            .where(
                HistoryEntry.customer_id.is_(None),
                HistoryEntry.entity != "database",
                (HistoryEntry.old_value.is_not(None)) | (HistoryEntry.new_value.is_not(None)),
            )
        )
        if kept_values:
            problems.append(
                Problem(
                    "history.orphan_values",
                    "history entries of deleted customers still hold values",
                    int(kept_values),
                )
            )
        return problems

    def _stale_index_rows(self, session: Session) -> int:
        names: dict[int, list[str]] = {}
        for cid, name in session.execute(
            select(ContactPerson.customer_id, ContactPerson.name)
            .where(ContactPerson.anonymised.is_(False))
            .order_by(ContactPerson.id)
        ):
            names.setdefault(cid, []).append(name)
        fields = ("customer_number", "name", "business_id", "vat_id", "email", "phone", "city")
        stmt = select(
            Customer.id,
            Customer.search_text,
            Customer.name_sort,
            *(getattr(Customer, f) for f in fields),
        )
        stale = 0
        for row in session.execute(stmt):
            values: dict[str, Any] = {f: row[3 + i] or "" for i, f in enumerate(fields)}
            data = CustomerData(**values)
            if row[1] != search_text(data, names.get(row[0], [])) or row[2] != name_sort_key(
                row[4] or ""
            ):
                stale += 1
        return stale


__all__ = [
    "BackupInfo",
    "BackupKind",
    "BackupService",
    "CheckReport",
    "Problem",
    "RestoreCheck",
    "RestoreRefused",
    "RestoreResult",
    "kept_stamps",
    "list_backups",
    "restore_over_damaged",
    "rotation_dates",
    "stamp_of",
    "verify_file",
]
