"""When opening checks the file: after a crash or an outside change, not on every open.

``PRAGMA quick_check`` reads every page. It runs when the file is not exactly as this
program last closed it; a damaged register is still refused before anything writes to it.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from asiakasrekisteri.services.demo import fill_demo
from asiakasrekisteri.storage import db as db_module
from asiakasrekisteri.storage import migrations
from asiakasrekisteri.storage.backend import SqliteBackend
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.errors import DatabaseDamagedError, NotOurDatabaseError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files ``quick_check`` ran on, in order."""
    ran: list[Path] = []
    original = SqliteBackend.quick_check

    def counted(self: SqliteBackend, engine: object) -> None:
        ran.append(self.path)
        original(self, engine)  # type: ignore[arg-type]

    monkeypatch.setattr(SqliteBackend, "quick_check", counted)
    return ran


def _damage(path: Path) -> None:
    """Scribble over b-tree page headers (not the file header), as a bad disk would."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    raw = bytearray(path.read_bytes())
    for n in range(3, min(len(raw) // 4096, 9)):
        raw[n * 4096 : n * 4096 + 64] = b"\xff" * 64
    path.write_bytes(bytes(raw))


def test_a_register_closed_cleanly_opens_without_reading_every_page(
    db_path: Path, checks: list[Path]
) -> None:
    Database.open_sqlite(db_path).close()  # new: checked
    assert checks == [db_path]
    db = Database.open_sqlite(db_path)
    assert db.checked is False
    db.close()
    assert checks == [db_path]
    db = Database.open_sqlite(db_path)
    with db.transaction() as session:
        session.execute(text("INSERT INTO customer_group (name) VALUES ('Ryhmä')"))
    db.close()
    Database.open_sqlite(db_path).close()  # its own writes, closed cleanly: no check
    assert checks == [db_path]


def test_a_file_written_by_something_else_is_checked(db_path: Path, checks: list[Path]) -> None:
    Database.open_sqlite(db_path).close()
    other = sqlite3.connect(db_path)
    other.execute("INSERT INTO customer_group (name) VALUES ('Toinen ohjelma')")
    other.commit()
    other.close()
    db = Database.open_sqlite(db_path)
    assert db.checked is True
    db.close()
    assert checks == [db_path, db_path]


def test_a_register_left_by_a_killed_process_is_checked(db_path: Path, checks: list[Path]) -> None:
    """The killed window's WAL is still there (its watcher kept a connection): check first."""
    Database.open_sqlite(db_path).close()
    code = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from sqlalchemy import text
        from asiakasrekisteri.storage.db import Database
        db = Database.open_sqlite(Path({str(db_path)!r}))
        db.others_changed()  # the window watches for others' changes on a connection
        with db.transaction() as session:
            session.execute(text("INSERT INTO customer_group (name) VALUES ('Kesken')"))
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", code], env=env, check=False)
    assert done.returncode == -signal.SIGKILL
    assert db_path.with_name(db_path.name + "-wal").exists()
    db = Database.open_sqlite(db_path)
    assert db.checked is True
    db.close()
    assert checks == [db_path, db_path]


def test_damage_after_a_clean_close_is_refused_even_with_the_old_times(db_path: Path) -> None:
    """A copying tool can set the modification time back; the change time still differs."""
    db = Database.open_sqlite(db_path)
    fill_demo(db, count=300)
    db.close()
    before = db_path.stat()
    _damage(db_path)
    os.utime(db_path, ns=(before.st_atime_ns, before.st_mtime_ns))
    with pytest.raises((DatabaseDamagedError, NotOurDatabaseError)):
        Database.open_sqlite(db_path)


def test_damage_found_later_is_not_recorded_as_a_clean_close(db_path: Path) -> None:
    """The window's background check finds damage: the next opening checks again."""
    db = Database.open_sqlite(db_path)
    fill_demo(db, count=300)
    db.close()
    db = Database.open_sqlite(db_path)
    assert db.checked is False
    stamp = SqliteBackend(db_path).closed_path()
    assert stamp.exists()
    raw = bytearray(db_path.read_bytes())
    for n in range(3, 9):  # damaged under the open register, as by a failing disk
        raw[n * 4096 : n * 4096 + 64] = b"\xff" * 64
    with db_path.open("r+b") as fh:
        fh.write(bytes(raw))
    with pytest.raises(DatabaseDamagedError):
        db.check_integrity()
    assert not stamp.exists()
    db.close()
    assert not stamp.exists()
    with pytest.raises((DatabaseDamagedError, NotOurDatabaseError)):
        Database.open_sqlite(db_path)


def test_an_older_schema_is_checked_before_it_is_upgraded(
    db_path: Path, checks: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Upgrading rewrites tables: even a file as this program left it is checked first."""
    Database.open_sqlite(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute(f"PRAGMA user_version={migrations.LATEST_VERSION - 1}")
    con.close()
    SqliteBackend(db_path).closed_cleanly()  # as the older version closed it
    steps: list[int] = []
    monkeypatch.setattr(
        db_module, "STEPS", [(migrations.LATEST_VERSION, lambda _conn: steps.append(1))]
    )
    db = Database.open_sqlite(db_path)
    db.close()
    assert checks == [db_path, db_path]
    assert steps == [1] and db.upgraded_from == migrations.LATEST_VERSION - 1


def test_maintenance_makes_cached_query_results_stale(db_path: Path) -> None:
    """A restore replaces everything through ``maintain``: caches keyed on the commit
    count (the list, the groups) must read again."""
    db = Database.open_sqlite(db_path)
    try:
        before = db.generation
        assert db.maintain(lambda: "done") == "done"
        assert db.generation == before + 1
    finally:
        db.close()
