"""Temporary files stay in the private folder, and what a killed run left goes next time.

The killed runs are real: a child process runs a command through the command line's
entry point and is killed (SIGKILL) in the middle of its work, exactly where a person's
data is in a temporary file: a backup being written, a register copy being checked
before a restore, an export's rows before they are zipped.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from asiakasrekisteri.cli import main
from asiakasrekisteri.scratch import ScratchArea
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.ui.invoicing.pdf_actions import PdfActions

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and file modes")


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def _killed_in(target: str, args: list[str]) -> None:
    """Run the command ``args`` in a child process killed when ``target`` is called.

    ``target`` is "module:attribute" (a function or a method "Class.method").
    """
    module, _, attribute = target.partition(":")
    code = f"""
import importlib, os, signal, sys
from asiakasrekisteri.cli import main
owner = importlib.import_module({module!r})
*path, name = {attribute!r}.split(".")
for part in path:
    owner = getattr(owner, part)
def killed(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
setattr(owner, name, killed)
sys.exit(main({args!r}))
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=300)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()


@pytest.fixture
def register(tmp_path: Path) -> Path:
    db = tmp_path / "reg" / "r.sqlite3"
    assert _cli("--db", str(db), "customer", "add", "name=Väliaikainen Oy")[0] == 0
    return db


@pytest.fixture
def scratch_root(tmp_path: Path) -> Path:
    return tmp_path / "data" / "tmp"  # the user data directory of conftest


def test_the_folder_is_private_and_libraries_use_it(tmp_path: Path) -> None:
    area = ScratchArea(tmp_path / "tmp")
    before = tempfile.gettempdir()
    folder = area.open()
    try:
        assert (tmp_path / "tmp").stat().st_mode & 0o777 == 0o700
        assert folder.stat().st_mode & 0o777 == 0o700
        assert tempfile.gettempdir() == str(folder)
        with tempfile.NamedTemporaryFile() as handle:
            assert Path(handle.name).parent == folder
    finally:
        area.close()
    assert not folder.exists()
    assert tempfile.gettempdir() == before


def test_a_killed_backup_leaves_nothing_after_the_next_start(register: Path) -> None:
    backups = register.parent / "backups"
    _killed_in("asiakasrekisteri.services.backup:_hashes_in", ["--db", str(register), "backup"])
    left = [p.name for p in _files(backups)]
    assert left and all(name.endswith(".partial") for name in left)  # the half-made copy
    # A journal of the copy, as SQLite leaves it when killed while writing it.
    journal = next(backups.glob("*.partial")).with_suffix(".partial-journal")
    journal.write_bytes(b"pages of the register")
    assert _cli("--db", str(register), "customers")[0] == 0
    assert _files(backups) == []


def test_a_killed_restore_check_leaves_its_copy_only_in_the_private_folder(
    register: Path, scratch_root: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert _cli("--db", str(register), "backup", str(copy))[0] == 0
    _killed_in(
        "asiakasrekisteri.services.backup:_register_problems_of",
        ["--db", str(register), "restore", str(copy)],
    )
    assert any(p.name == "candidate.sqlite3" for p in _files(scratch_root))
    assert _cli("--db", str(register), "customers")[0] == 0
    assert _files(scratch_root) == []


def test_a_killed_export_leaves_no_rows_behind(
    register: Path, scratch_root: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "asiakkaat.xlsx"
    target.parent.mkdir()
    _killed_in(
        "openpyxl.workbook.workbook:Workbook.save", ["--db", str(register), "export", str(target)]
    )
    assert any(p.name.startswith("openpyxl") for p in _files(scratch_root))
    assert _cli("--db", str(register), "customers")[0] == 0
    assert _files(scratch_root) == []


@contextlib.contextmanager
def _other_program(root: Path) -> Iterator[Path]:
    """Another running program with a temporary file (a PDF shown) in ``root``; killed
    at the end."""
    code = (
        "import sys, tempfile\n"
        "from pathlib import Path\n"
        "from asiakasrekisteri.scratch import ScratchArea\n"
        f"area = ScratchArea(Path({str(root)!r}))\n"
        "area.open()\n"
        "fd, name = tempfile.mkstemp(suffix='.pdf')\n"
        "print(name, flush=True)\n"
        "sys.stdin.read()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    other = subprocess.Popen(
        [sys.executable, "-c", code], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert other.stdout is not None
        yield Path(other.stdout.readline().decode().strip())
    finally:
        other.kill()
        other.wait()
        for pipe in (other.stdin, other.stdout):
            if pipe is not None:
                pipe.close()


def test_an_erasure_lists_the_temporary_files_of_running_programs(
    register: Path, scratch_root: Path
) -> None:
    backups = register.parent / "backups"
    backups.mkdir(exist_ok=True)
    ended = backups / f".daily.sqlite3.{2**22 + 1}-ab.partial"
    with _other_program(scratch_root) as shown:
        ended.write_bytes("Väliaikainen Oy".encode())  # left by a run killed since
        code, out, err = _cli("--db", str(register), "privacy", "erase", "1001", "--yes")
        assert (code, err) == (0, "")
        assert f"  temporary file of a running program: {shown} (removed when it ends)" in out
        assert not ended.exists()


def test_a_running_programs_files_are_kept_and_listed(tmp_path: Path) -> None:
    """Another program's folder stays while it runs; its files are listed, not removed."""
    root = tmp_path / "tmp"
    with _other_program(root) as shown:
        area = ScratchArea(root)
        area.open()
        try:
            assert shown.exists()
            assert area.remaining() == [shown]
        finally:
            area.close()
    # Killed: the next start removes its folder.
    assert ScratchArea(root).sweep() == [shown]
    assert not shown.exists() and list(root.iterdir()) == []


def test_parts_are_told_apart_by_their_writer(tmp_path: Path) -> None:
    """A part of a running writer stays; one whose writer has ended goes."""
    tree, flat = tmp_path / "backups", tmp_path / "reg"
    (tree / "ab").mkdir(parents=True)
    flat.mkdir()
    ended = 2**22 + 12345  # above any pid the system hands out
    mine = os.getpid()
    names = {
        tree / "ab" / f".cdef.{ended}-x1y2.partial": False,
        tree / f".daily.sqlite3.{ended}-a_b.partial-journal": False,
        flat / f".r.sqlite3.{ended}-zz.partial-wal": False,
        flat / f".incoming-{ended}-q9": False,
        tree / f".daily.sqlite3.{mine}-abc.partial": True,
        tree / "daily-20250101-120000.sqlite3": True,  # a finished backup
        flat / "notes.partial": True,  # not ours
    }
    for path in names:
        path.write_bytes(b"x")
    area = ScratchArea(tmp_path / "tmp", trees=[tree], folders=[flat])
    area.open()
    try:
        assert sorted(area.sweep()) == []  # already swept on opening
        assert {p: p.exists() for p in names} == names
        assert area.remaining() == [tree / f".daily.sqlite3.{mine}-abc.partial"]
    finally:
        area.close()


def test_the_windows_pdfs_go_to_the_private_folder(
    tmp_path: Path, qtbot: QtBot, services: Services
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = PdfActions(services.invoicing, parent)
    actions.open_url = lambda _url: True
    area = ScratchArea(tmp_path / "tmp")
    folder = area.open()
    try:
        shown = actions.open_pdf(b"%PDF-1.4 lasku", "lasku-1000")
        assert shown is not None and folder in shown.parents
    finally:
        area.close()
    assert not shown.exists()
