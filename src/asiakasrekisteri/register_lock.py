"""One writer per register: a QLockFile beside the database file.

The window holds it for as long as it is open, and a command line write for as long as it
runs, so neither overwrites what the other saved. A second window on the same file is
refused with a message naming the holder; so is a command line write, unless forced.
Command line writes wait for each other instead: each first takes a second lock, the
queue (``.command.lock``), and only then the register's, so a command that finds the
register's lock held while it holds the queue knows that a window holds it. A
lock left behind by a crashed instance is stale: QLockFile sees that its process is gone
and takes it over. The lock never expires by age, because a register can stay open for
days. Only QtCore is used, so the command line can take the lock without widgets.

QLockFile is not re-entrant within a process: a second ``InstanceLock`` on the same file
in the process that holds it is refused too, and names that process as the holder.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile


def lock_path(db_path: Path) -> Path:
    """The lock file of the register ``db_path``: the same name with ``.lock`` added."""
    return db_path.with_name(db_path.name + ".lock")


def command_lock_path(db_path: Path) -> Path:
    """The queue of command line writes on ``db_path``."""
    return db_path.with_name(db_path.name + ".command.lock")


def _lock_file(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # stale only when the holder is gone, never by age
    return lock


def _try(lock: QLockFile) -> bool:
    """Take ``lock`` now; a lock whose holder has died is taken over."""
    if lock.tryLock(0):
        return True
    # A crashed holder: recover its lock (QLockFile checks that the pid is gone).
    return (
        lock.error() == QLockFile.LockError.LockFailedError
        and lock.removeStaleLockFile()
        and lock.tryLock(0)
    )


@dataclass(frozen=True)
class LockHolder:
    """Who holds the lock: process id, host and application name (may be unknown)."""

    pid: int
    host: str
    app: str


class InstanceLock:
    """The lock of one register file.

    Attributes:
        path: The lock file.
    """

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = _lock_file(self.path)
        self._queue = _lock_file(command_lock_path(db_path))
        self._refused = self._lock  # the lock that refused last: which one is held, by whom
        self.waited_out = False

    def acquire(self) -> bool:
        """Take the lock; False when another running instance holds it."""
        self._refused = self._lock
        return _try(self._lock)

    def acquire_for_command(self, wait: float) -> bool:
        """Take the lock for a command line write, after the writes queued before it.

        False when a window holds the lock, when a lock file cannot be made, or when
        other commands kept the queue for ``wait`` seconds (:attr:`waited_out` is then
        True, and :meth:`holder` names the command that had it).
        """
        self.waited_out = False
        deadline = time.monotonic() + wait
        while not _try(self._queue):
            self._refused = self._queue
            if not self.held_elsewhere():
                return False
            if time.monotonic() >= deadline:
                self.waited_out = True
                return False
            time.sleep(0.05)
        if self.acquire():
            return True
        self._queue.unlock()
        return False

    def held_elsewhere(self) -> bool:
        """After a refused :meth:`acquire`: True when a running process holds the lock,
        False when the lock file could not be made at all (no permission, say)."""
        return self._refused.error() == QLockFile.LockError.LockFailedError

    def holder(self) -> LockHolder | None:
        """The holder named in the lock file; None when the file names none."""
        info = self._refused.getLockInfo()  # PySide6: (pid, host, app); pid 0 when unknown
        pid, host, app = info if isinstance(info, tuple) and len(info) == 3 else (0, "", "")
        return LockHolder(int(pid), str(host), str(app)) if pid else None

    def message(self) -> str:
        """Why the register cannot be opened, for the user."""
        holder = self.holder()
        who = (
            QCoreApplication.translate(
                "InstanceLock", "another Asiakasrekisteri window (process {pid} on {host})"
            ).format(pid=holder.pid, host=holder.host)
            if holder
            else QCoreApplication.translate("InstanceLock", "another Asiakasrekisteri window")
        )
        return QCoreApplication.translate(
            "InstanceLock",
            "The register {path} is already open in {who}.\n\nOnly one window at a time "
            "may change a register. Switch to that window, or close it and try again.",
        ).format(path=str(self.path.with_suffix("")), who=who)

    def release(self) -> None:
        """Give the lock up (removes the lock file); harmless when not held."""
        self._lock.unlock()
        self._queue.unlock()

    def is_locked(self) -> bool:
        """Whether this object holds the lock."""
        return self._lock.isLocked()


__all__ = ["InstanceLock", "LockHolder", "command_lock_path", "lock_path"]
