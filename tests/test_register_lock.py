"""One writer: a second instance is refused; a crashed instance's lock is recovered."""

from __future__ import annotations

import ast
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

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


def test_not_reentrant_within_a_process(tmp_path: Path) -> None:
    """Why the command line's tests hold the lock in a child process, not in this one."""
    first = InstanceLock(tmp_path / "r.sqlite3")
    assert first.acquire()
    try:
        second = InstanceLock(tmp_path / "r.sqlite3")
        assert not second.acquire()
        assert second.held_elsewhere()
        holder = second.holder()
        assert holder is not None and holder.pid == os.getpid()
    finally:
        first.release()


def test_a_lock_file_that_cannot_be_made_is_not_a_holder(tmp_path: Path) -> None:
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("needs file permissions")
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        lock = InstanceLock(folder / "r.sqlite3")
        assert not lock.acquire()
        assert not lock.held_elsewhere()
        assert lock.holder() is None
    finally:
        folder.chmod(0o755)


def test_uses_qtcore_only() -> None:
    """The command line takes the lock too, and must not need widgets or a display."""
    source = ROOT / "src" / "asiakasrekisteri" / "register_lock.py"
    tree = ast.parse(source.read_text(encoding="utf-8"))
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    } | {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    qt = {name for name in imported if name.startswith("PySide6")}
    assert qt == {"PySide6.QtCore"}
    assert not any(name.startswith("asiakasrekisteri.ui") for name in imported)
