"""write_atomically: the whole file or the old one, never half, never a temporary left."""

from __future__ import annotations

import os
import stat
import sys
import threading
from pathlib import Path

import pytest

from asiakasrekisteri.files import write_atomically


def test_bytes_are_written_and_the_path_returned(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    assert write_atomically(target, b"%PDF-1.4") == target
    assert target.read_bytes() == b"%PDF-1.4"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


def test_a_writer_fills_the_temporary_file_it_is_given(tmp_path: Path) -> None:
    target = tmp_path / "copy.bin"
    seen: list[Path] = []

    def writer(path: Path) -> None:
        seen.append(path)
        path.write_bytes(b"written by path")

    write_atomically(target, writer)
    assert target.read_bytes() == b"written by path"
    (temporary,) = seen
    assert temporary.parent == tmp_path
    assert temporary.name.startswith(".copy.bin.")
    assert not temporary.exists()


def test_a_failing_writer_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "register.sqlite3"
    target.write_bytes(b"the good old copy")

    def half_then_fail(path: Path) -> None:
        path.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        write_atomically(target, half_then_fail)
    assert target.read_bytes() == b"the good old copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.sqlite3"]


def test_an_existing_file_is_replaced(tmp_path: Path) -> None:
    target = tmp_path / "export.zip"
    target.write_bytes(b"old")
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_the_file_is_readable_by_the_user_only(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        target = write_atomically(tmp_path / "private.json", b"{}")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize("as_writer", [False, True])
def test_a_pipe_is_written_into_never_replaced(tmp_path: Path, as_writer: bool) -> None:
    """Like /dev/null: renaming over it would leave a plain file in its place."""
    pipe = tmp_path / "putki"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    content = (lambda p: p.write_bytes(b"lasku")) if as_writer else b"lasku"
    write_atomically(pipe, content)
    reader.join(10)
    assert received == [b"lasku"]
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["putki"]
