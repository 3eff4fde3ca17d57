"""Crash safety, proven: SIGKILL in the middle of a big import and of a merge.

Afterwards ``check`` passes and every table holds exactly what it held before the
operation started. The child process is a plain Python script over the
same services; the parent waits until the child is provably mid-transaction.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from asiakasrekisteri.domain.customer import ContactData
from asiakasrekisteri.services.backup import BackupService
from asiakasrekisteri.services.container import open_services
from asiakasrekisteri.services.demo import fill_demo
from asiakasrekisteri.storage.db import Database
from tests.conftest import make_customer

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL")]

ROOT = Path(__file__).resolve().parents[2]


def _snapshot(path: Path) -> dict[str, str]:
    """Table → digest of all its rows in rowid order."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]  # fmt: skip
        out = {}
        for table in tables:
            digest = hashlib.sha256()
            for row in con.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
            out[table] = digest.hexdigest()
        return out
    finally:
        con.close()


def _start(script: str, db_path: Path, marker: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}
    code = textwrap.dedent(script).format(db=str(db_path), marker=str(marker))
    return subprocess.Popen([sys.executable, "-c", code], env=env)


def _kill_when(
    proc: subprocess.Popen[bytes], ready: Callable[[], bool], timeout: float = 120
) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if proc.poll() is not None:
            pytest.fail(f"the child ended (status {proc.returncode}) before it was killed")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("the child never got to the middle of its work")
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(30) == -signal.SIGKILL


def _after(db_path: Path, before: dict[str, str]) -> None:
    db = Database.open_sqlite(db_path)
    try:
        report = BackupService(db, db_path.parent / "backups").check()
        assert report.ok, report.problems
    finally:
        db.close()
    assert _snapshot(db_path) == before


def test_sigkill_in_the_middle_of_a_big_import(tmp_path: Path) -> None:
    db_path = tmp_path / "crash.sqlite3"
    db = Database.open_sqlite(db_path)
    fill_demo(db, count=500, seed=1)
    db.close()
    before = _snapshot(db_path)
    marker = tmp_path / "started"
    proc = _start(
        """
        from pathlib import Path
        from asiakasrekisteri.storage.db import Database
        from asiakasrekisteri.services.demo import fill_demo
        db = Database.open_sqlite(Path({db!r}))
        Path({marker!r}).write_text("go")
        fill_demo(db, count=50_000, seed=2)
        """,
        db_path,
        marker,
    )
    wal = db_path.with_name(db_path.name + "-wal")
    # Mid-import: the transaction has written megabytes to the WAL, not committed.
    _kill_when(proc, lambda: marker.exists() and wal.exists() and wal.stat().st_size > 4_000_000)
    _after(db_path, before)


def test_sigkill_in_the_middle_of_a_merge(tmp_path: Path) -> None:
    db_path = tmp_path / "crash.sqlite3"
    services = open_services(db_path)
    db = services.db
    customers = services.customers
    customers.create(make_customer())
    second = customers.create(make_customer(name="Virtanen Rakennus", business_id="")).id
    for n in range(30):
        customers.add_contact(second, ContactData(name=f"Yhteys {n}"))
    db.close()
    before = _snapshot(db_path)
    marker = tmp_path / "moved"
    proc = _start(
        """
        import time
        from pathlib import Path
        from asiakasrekisteri.services.container import open_services
        services = open_services(Path({db!r}))
        service = services.customers
        survivor = service.get_by_number("1001")
        merged = service.get_by_number("1002")

        def stall(session, merged_id, survivor_id):
            session.flush()  # contacts moved, written to the WAL, not committed
            Path({marker!r}).write_text("moved")
            time.sleep(60)

        services.dependents.register("zz_test_stall", move=stall)
        service.merge(survivor.id, merged.id, survivor.data)
        """,
        db_path,
        marker,
    )
    _kill_when(proc, marker.exists)
    _after(db_path, before)
