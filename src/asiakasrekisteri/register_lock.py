"""One writer per register: a QLockFile beside the database file.

The window holds it for as long as it is open, and a command line write for as long as it
runs, so neither overwrites what the other saved. A second window on the same file is
refused with a message naming the holder; so is a command line write, unless forced. A
lock left behind by a crashed instance is stale: QLockFile sees that its process is gone
and takes it over. The lock never expires by age, because a register can stay open for
days. Only QtCore is used, so the command line can take the lock without widgets.

QLockFile is not re-entrant within a process: a second ``InstanceLock`` on the same file
in the process that holds it is refused too, and names that process as the holder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile


def lock_path(db_path: Path) -> Path:
    """The lock file of the register ``db_path``: the same name with ``.lock`` added."""
    return db_path.with_name(db_path.name + ".lock")


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
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # stale only when the holder is gone, never by age

    def acquire(self) -> bool:
        """Take the lock; False when another running instance holds it."""
        if self._lock.tryLock(0):
            return True
        # A crashed holder: recover its lock (QLockFile checks that the pid is gone).
        return (
            self._lock.error() == QLockFile.LockError.LockFailedError
            and self._lock.removeStaleLockFile()
            and self._lock.tryLock(0)
        )

    def held_elsewhere(self) -> bool:
        """After a refused :meth:`acquire`: True when a running process holds the lock,
        False when the lock file could not be made at all (no permission, say)."""
        return self._lock.error() == QLockFile.LockError.LockFailedError

    def holder(self) -> LockHolder | None:
        """The holder named in the lock file; None when the file names none."""
        info = self._lock.getLockInfo()  # PySide6: (pid, host, app); pid 0 when unknown
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

    def is_locked(self) -> bool:
        """Whether this object holds the lock."""
        return self._lock.isLocked()


__all__ = ["InstanceLock", "LockHolder", "lock_path"]
