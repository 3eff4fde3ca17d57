"""Writing a file so that a crash, a full disk or an error never leaves half of it."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

# The names of files a write leaves while it runs, with the writer's process id, so that
# what a killed run left can be told from what a running one is writing (see scratch.py):
# ".<name>.<pid>-<random>.partial" with SQLite's journals, ".incoming-<pid>-<random>".
LEFT_BEHIND = re.compile(
    r"^\.(?:.*\.(?P<pid>\d+)-[^./]*\.partial(?:-journal|-wal|-shm)?"
    r"|incoming-(?P<incoming>\d+)-[^/]*)$"
)


def make_private_folder(path: Path) -> None:
    """Create ``path`` and its parents readable by the owner alone (an existing one is kept)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)


def incoming_prefix() -> str:
    """The start of the name of a file being received (an attachment being stored)."""
    return f".incoming-{os.getpid()}-"


def write_atomically(path: Path, content: bytes | Callable[[Path], object]) -> Path:
    """Write ``path`` in full or not at all; returns ``path``.

    The data goes into a hidden temporary file in the same folder (readable by the user
    only), is synced to the disk, and then replaces ``path`` in one rename. Until that
    rename a file already at ``path`` stays as it was; on any error the temporary file
    is removed and the error propagates.

    A path that names something other than a plain file (``/dev/null``, a pipe) is
    written into, never replaced: renaming over a device would put a file in its place.

    Args:
        path: The file to write; its folder must exist.
        content: The bytes, or a writer that fills the temporary file whose path it is
            given (for writers that need a path, such as SQLite's backup API or a zip).
    """
    if path.exists() and not path.is_file() and not path.is_dir():
        return _write_into(path, content)
    fd, name = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.{os.getpid()}-", suffix=".partial"
    )
    temporary = Path(name)
    try:
        if isinstance(content, bytes):
            with os.fdopen(fd, "wb") as out:
                out.write(content)
        else:
            os.close(fd)
            content(temporary)
        with temporary.open("r+b") as written:
            os.fsync(written.fileno())
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def _write_into(path: Path, content: bytes | Callable[[Path], object]) -> Path:
    """Write into a device or a pipe: the bytes as they are, or what the writer made."""
    if isinstance(content, bytes):
        data = content
    else:
        with tempfile.TemporaryDirectory() as folder:
            made = Path(folder) / path.name
            content(made)
            data = made.read_bytes()
    with path.open("wb") as out:
        out.write(data)
    return path


__all__ = ["LEFT_BEHIND", "incoming_prefix", "write_atomically"]
