"""The program's private folder for temporary files, and what an ended run left behind.

Temporary files hold personal data: a PDF of an invoice shown in the viewer, the rows of
an export before they are zipped, a full copy of a register being checked before a
restore. They go into a folder of the user data directory that only the user may enter
(0700), not the shared temporary folder, in a subfolder per running process; while the
process runs it holds a lock beside its subfolder. At the next start a subfolder whose
lock is free belonged to a process that ended without cleaning up (killed, crashed) and
is removed. So are the ``.partial`` files :func:`asiakasrekisteri.files.write_atomically`
leaves beside a file it did not finish, with their SQLite journals, and half-stored
attachments: their names carry the writer's process id, and a process id with no lock
held here is no running program's.

The locks are the operating system's own file locks, which it lets go of when the
process ends however it ends; no Qt, so that the services may use this module too.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from asiakasrekisteri.files import LEFT_BEHIND

logger = logging.getLogger(__name__)


def _private_folder(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.chmod(0o700)  # mkdir leaves an existing folder's mode as it was


class _ProcessLock:
    """An exclusive lock on a file, held while the process runs (or until released)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock now; False when a running process holds it."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock_fd(fd)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        """Give the lock up and remove its file."""
        if self._fd is None:
            return
        os.close(self._fd)  # closing lets go of the lock
        self._fd = None
        # Windows keeps a file another process has open; a lock file left is free to take.
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)


if sys.platform == "win32":
    import msvcrt

    def _lock_fd(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


class ScratchArea:
    """The private temporary folder, and the places where a write may leave a part.

    Attributes:
        root: The private folder (one subfolder per running process).
        trees: Folders searched with their subfolders for left parts (backups,
            attachments).
        folders: Folders searched without their subfolders (the register's).
        folder: This process's own subfolder while :meth:`open`, else None.
    """

    def __init__(
        self, root: Path, *, trees: Iterable[Path] = (), folders: Iterable[Path] = ()
    ) -> None:
        self.root = root
        self.trees = tuple(trees)
        self.folders = tuple(folders)
        self.folder: Path | None = None
        self._lock: _ProcessLock | None = None
        self._previous_tempdir: str | None = None

    def open(self) -> Path:
        """Remove what ended runs left, make this process's folder, and send every
        library's temporary files (``tempfile``) there until :meth:`close`."""
        _private_folder(self.root)
        while True:
            # Another start sweeping at this moment may take a new lock first and see it
            # as left behind: then a new name is tried.
            token = f"{os.getpid()}-{secrets.token_hex(4)}"
            lock = _ProcessLock(self.root / f"{token}.lock")
            if lock.acquire():
                break
        folder = self.root / token
        folder.mkdir(mode=0o700)
        self._lock, self.folder = lock, folder
        self._previous_tempdir = tempfile.tempdir
        tempfile.tempdir = str(folder)
        self.sweep()
        return folder

    def close(self) -> None:
        """Remove this process's folder and give the temporary folder back."""
        if self.folder is None or self._lock is None:
            return
        tempfile.tempdir = self._previous_tempdir
        shutil.rmtree(self.folder, ignore_errors=True)
        self._lock.release()
        self.folder = self._lock = None

    def sweep(self) -> list[Path]:
        """Remove what ended runs left; returns what was removed."""
        removed: list[Path] = []
        running = self._running_pids(removed)
        for path in self._left_parts():
            if _owner(path) not in running:
                path.unlink(missing_ok=True)
                removed.append(path)
        if removed:
            # Counts only: the names may carry a customer's name.
            logger.info("Removed %d temporary files left by an ended run", len(removed))
        return removed

    def remaining(self) -> list[Path]:
        """Temporary files still there after :meth:`sweep`: running programs' (this one's
        too), which go when those programs end."""
        found: list[Path] = []
        if self.root.is_dir():
            for entry in sorted(self.root.iterdir()):
                if entry.is_dir():
                    found += sorted(p for p in entry.rglob("*") if p.is_file())
        return found + sorted(self._left_parts())

    def _running_pids(self, removed: list[Path]) -> set[int]:
        """Process ids of the running programs with a folder here; the folders of ended
        ones are removed (and added to ``removed``)."""
        running = {os.getpid()}  # never this process's own: it may be writing them now
        if not self.root.is_dir():
            return running
        for lock_file in self.root.glob("*.lock"):
            token = lock_file.name.removesuffix(".lock")
            folder = self.root / token
            if folder == self.folder:
                continue
            lock = _ProcessLock(lock_file)
            if not lock.acquire():
                running.add(int(token.split("-")[0]))
                continue
            if folder.is_dir():
                removed += [p for p in folder.rglob("*") if p.is_file()]
                shutil.rmtree(folder, ignore_errors=True)
            lock.release()
        # A folder without a lock file: its process ended between the two.
        for folder in self.root.iterdir():
            if folder.is_dir() and not folder.with_name(folder.name + ".lock").exists():
                removed += [p for p in folder.rglob("*") if p.is_file()]
                shutil.rmtree(folder, ignore_errors=True)
        return running

    def _left_parts(self) -> Iterator[Path]:
        """Files a write leaves while it runs, in the places of this register."""
        for folder, deep in [(t, True) for t in self.trees] + [(f, False) for f in self.folders]:
            if not folder.is_dir():
                continue
            for entry in _walk(folder, deep):
                if LEFT_BEHIND.match(entry.name):
                    yield entry


def _walk(folder: Path, deep: bool) -> Iterator[Path]:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.is_file(follow_symlinks=False):
            yield Path(entry.path)
        elif deep and entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path), deep)


def _owner(path: Path) -> int:
    match = LEFT_BEHIND.match(path.name)
    assert match is not None
    return int(match["pid"] or match["incoming"])


__all__ = ["ScratchArea"]
