"""One writer: a second instance is refused; a crashed instance's lock is recovered."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from asiakasrekisteri.register_lock import InstanceLock, lock_path

ROOT = Path(__file__).resolve().parents[1]


def _hold_in_child(db_path: Path) -> subprocess.Popen[str]:
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from asiakasrekisteri.register_lock import InstanceLock\n"
        f"lock = InstanceLock(Path({str(db_path)!r}))\n"
        "print(lock.acquire(), flush=True)\n"
        "time.sleep(60)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "True"
    return proc


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.kill()
    proc.wait()
    if proc.stdout is not None:
        proc.stdout.close()


def test_second_instance_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    db_path = tmp_path / "r.sqlite3"
    proc = _hold_in_child(db_path)
    try:
        second = InstanceLock(db_path)
        assert not second.acquire()
        text = second.message()
        assert "already open" in text and str(proc.pid) in text
    finally:
        _stop(proc)


def test_stale_lock_of_a_killed_instance_is_recovered(tmp_path: Path) -> None:
    db_path = tmp_path / "r.sqlite3"
    proc = _hold_in_child(db_path)
    os.kill(proc.pid, signal.SIGKILL)
    _stop(proc)
    assert lock_path(db_path).exists()
    lock = InstanceLock(db_path)
    assert lock.acquire()
    lock.release()
    assert not lock_path(db_path).exists()


def test_same_process_lock_and_release(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path / "r.sqlite3")
    assert lock.acquire()
    assert lock.is_locked()
    lock.release()
    assert not lock.is_locked()
