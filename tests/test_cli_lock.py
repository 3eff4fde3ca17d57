"""The command line respects the window's lock, holds it while it writes, and logs.

The window is played by a real second process that takes the register's lock through
``register_lock`` and waits. A lock held by this test process itself would not do:
QLockFile is not re-entrant, so a second lock in the same process is refused too, but it
names the test's own pid, while a window is always another process. Where the command
must be seen holding the lock, a child process tries to take it in the middle of the
command's write.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from asiakasrekisteri.cli import main
from asiakasrekisteri.domain.interest import half_year_start
from asiakasrekisteri.logs import LOG_FILE_NAME, ROOT_LOGGER
from asiakasrekisteri.register_lock import InstanceLock, command_lock_path, lock_path
from asiakasrekisteri.services.customers import CustomerService
from tests.services.excel_builders import write_csv

ROOT = Path(__file__).resolve().parents[1]
WINDOW = "the register is open in a window (pid {pid} on {host}); close it first, or use --force"


def _child(code: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [sys.executable, "-c", code],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def _hold(db_path: Path) -> subprocess.Popen[str]:
    """A window's lock on ``db_path``, held by another process until it is stopped.

    The holder waits on its stdin, so it also ends when this test process does.
    """
    proc = _child(
        "import sys\n"
        "from pathlib import Path\n"
        "from asiakasrekisteri.register_lock import InstanceLock\n"
        f"lock = InstanceLock(Path({str(db_path)!r}))\n"
        "print(lock.acquire(), flush=True)\n"
        "sys.stdin.read()\n"
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "True"
    return proc


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.kill()
    proc.wait()
    for pipe in (proc.stdin, proc.stdout):
        if pipe is not None:
            pipe.close()


def _try_lock_elsewhere(db_path: Path) -> tuple[bool, int]:
    """Whether another process can take the lock now, and the holder it sees."""
    proc = _child(
        "from pathlib import Path\n"
        "from asiakasrekisteri.register_lock import InstanceLock\n"
        f"lock = InstanceLock(Path({str(db_path)!r}))\n"
        "got = lock.acquire()\n"
        "holder = lock.holder()\n"
        "print(got, holder.pid if holder and not got else 0, flush=True)\n"
    )
    out, _ = proc.communicate(timeout=120)
    got, pid = out.split()
    return got == "True", int(pid)


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def _state(db_path: Path) -> tuple[str, list[str]]:
    """The register's bytes and the files beside it: what a write would change."""
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    names = sorted(str(p.relative_to(db_path.parent)) for p in db_path.parent.rglob("*"))
    return digest, names


@pytest.fixture(autouse=True)
def _restore_logger() -> Iterator[None]:
    """The CLI configures the process-wide log; leave it as this test found it."""
    logger = logging.getLogger(ROOT_LOGGER)
    handlers, level = list(logger.handlers), logger.level
    yield
    for handler in logger.handlers:
        if handler not in handlers:
            handler.close()
    logger.handlers[:] = handlers
    logger.setLevel(level)


class Register:
    """A register with something for every command to work on, open in a 'window'."""

    def __init__(self, folder: Path) -> None:
        self.db = folder / "reg" / "cli.sqlite3"
        self.folder = folder
        self.window: subprocess.Popen[str] | None = None

    def args(self, *args: str) -> list[str]:
        return [a.format(dir=self.folder, invoice=self.invoice, draft=self.draft) for a in args]

    def fill(self) -> None:
        db = ["--db", str(self.db)]
        assert _cli(*db, "company", "set", "name=Toiminimi Mäkelä", "business_id=2077474-0",
                    "street=Åkerikatu 5", "postal_code=00100", "city=Helsinki",
                    "iban=FI21 1234 5600 0007 85", "bic=NDEAFIHH")[0] == 0  # fmt: skip
        for name in ("Asiakas Oy", "Toinen Oy"):
            assert _cli(*db, "customer", "add", f"name={name}", "street=Tie 2",
                        "postal_code=33100", "city=Tampere")[0] == 0  # fmt: skip
        code, out, _ = _cli(*db, "invoice", "create", "--customer", "1001",
                            "--row", "Työ;1;100;25,5", "--date", "2025-01-02")  # fmt: skip
        assert code == 0
        self.invoice = out.strip()
        code, out, _ = _cli(*db, "invoice", "create", "--customer", "1001", "--draft",
                            "--row", "Työ;1;100;25,5")  # fmt: skip
        assert code == 0
        self.draft = out.split()[-1]
        assert _cli(*db, "product", "add", "P1", "Tuote", "--price", "10", "--vat", "25,5")[0] == 0
        # The statement's interest runs to today: every half-year's reference rate is needed.
        start = date(2026, 7, 1)
        while start <= half_year_start(date.today()):
            assert _cli(*db, "settings", "reference-rate", "add", start.isoformat(), "2,5")[0] == 0
            start = date(start.year + start.month // 7, 1 if start.month == 7 else 7, 1)
        write_csv(self.folder / "import.csv", [["Nimi", "Kaupunki"], ["Tuotu Oy", "Oulu"]])
        assert _cli(*db, "import", str(self.folder / "import.csv"))[0] == 0
        assert _cli(*db, "backup", str(self.folder / "copy.sqlite3"))[0] == 0


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    """One register for the module, held by a 'window' process for all its tests."""
    folder = tmp_path_factory.mktemp("locked")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ASIAKASREKISTERI_LOG_DIR", str(folder / "logs"))
        mp.setenv("ASIAKASREKISTERI_LANG", "en")
        reg = Register(folder)
        reg.fill()
    reg.window = _hold(reg.db)
    try:
        yield reg
    finally:
        _stop(reg.window)


WRITES = [
    ("customer", "add", "name=Uusi Oy"),
    ("customer", "set", "1001", "city=Oulu"),
    ("company", "set", "name=Muu Nimi"),
    ("demo", "--count", "1"),
    ("invoice", "create", "--customer", "1001", "--row", "Työ;1;10;25,5"),
    ("invoice", "pay", "{invoice}", "--amount", "1"),
    ("invoice", "credit", "{invoice}"),
    ("invoice", "remind", "{invoice}", "-o", "{dir}/reminder.pdf"),
    ("invoice", "finalise", "{draft}"),
    ("product", "add", "P2", "Toinen", "--price", "1", "--vat", "25,5"),
    ("import", "{dir}/import.csv"),
    ("undo-import", "1"),
    ("restore", "{dir}/copy.sqlite3"),
    ("privacy", "erase", "1002", "--yes"),
]

READS = [
    ("customers",),
    ("customer", "show", "1001"),
    ("company", "show"),
    ("invoice", "list"),
    ("invoice", "pdf", "{invoice}", "-o", "{dir}/invoice.pdf"),
    ("invoice", "finvoice", "{invoice}", "-o", "{dir}/invoice.xml"),
    ("invoice", "statement", "1001", "-o", "{dir}/statement.pdf"),
    ("product", "list"),
    ("export", "{dir}/export.xlsx"),
    ("import", "{dir}/import.csv", "--dry-run"),
    ("imports",),
    ("backup",),
    ("check",),
    ("privacy", "export", "1001", "-o", "{dir}/person.zip"),
    ("privacy", "erase", "1002"),
    ("privacy", "retention"),
    ("privacy", "notice", "-o", "{dir}/notice.pdf"),
]


def _test_id(command: tuple[str, ...]) -> str:
    return " ".join(word for word in command[:2] if not word.startswith("{"))


@pytest.mark.parametrize("command", WRITES, ids=_test_id)
def test_a_write_is_refused_while_a_window_holds_the_register(
    register: Register, command: tuple[str, ...]
) -> None:
    before = _state(register.db)
    code, out, err = _cli("--db", str(register.db), *register.args(*command))
    assert register.window is not None
    expected = WINDOW.format(pid=register.window.pid, host=socket.gethostname())
    assert (code, out, err) == (2, "", f"asiakasrekisteri: {expected}\n")
    assert _state(register.db) == before


@pytest.mark.parametrize("command", READS, ids=_test_id)
def test_a_read_runs_beside_the_window(register: Register, command: tuple[str, ...]) -> None:
    code, _, err = _cli("--db", str(register.db), *register.args(*command))
    assert (code, err) == (0, "")


def test_force_writes_beside_the_window(tmp_path: Path) -> None:
    db = tmp_path / "f.sqlite3"
    assert _cli("--db", str(db), "customer", "add", "name=Pakko Oy")[0] == 0
    window = _hold(db)
    try:
        code, out, err = _cli("--db", str(db), "--force", "customer", "set", "1001", "city=Oulu")
        assert (code, out, err) == (0, "1001\n", "")
        # The window's lock is left alone: it is still the window's.
        assert InstanceLock(db).holder() is not None
        assert _try_lock_elsewhere(db) == (False, window.pid)
    finally:
        _stop(window)
    assert '"city": "Oulu"' in _cli("--db", str(db), "customer", "show", "1001")[1]


def test_a_write_holds_the_register_while_it_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "w.sqlite3"
    seen: list[tuple[bool, int]] = []
    create = CustomerService.create

    def create_while_a_window_tries_to_open(self: CustomerService, *args: object) -> object:
        seen.append(_try_lock_elsewhere(db))
        return create(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(CustomerService, "create", create_while_a_window_tries_to_open)
    assert _cli("--db", str(db), "customer", "add", "name=Kiireinen Oy")[0] == 0
    assert seen == [(False, os.getpid())]
    assert not lock_path(db).exists()  # released at the end
    assert _try_lock_elsewhere(db) == (True, 0)


def test_a_refused_write_releases_the_register(tmp_path: Path) -> None:
    db = tmp_path / "e.sqlite3"
    code, _, err = _cli("--db", str(db), "customer", "add", "name=X", "business_id=1234567-8")
    assert code == 2 and "business_id" in err
    assert not lock_path(db).exists()


def test_a_read_does_not_take_the_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "r.sqlite3"
    assert _cli("--db", str(db), "customer", "add", "name=Luettava Oy")[0] == 0
    seen: list[bool] = []
    search = CustomerService.search_records

    def search_and_look(self: CustomerService, *args: object) -> object:
        seen.append(lock_path(db).exists())
        return search(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(CustomerService, "search_records", search_and_look)
    assert _cli("--db", str(db), "customers")[0] == 0
    assert seen == [False]


def test_the_lock_of_a_killed_window_does_not_stop_a_write(tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite3"
    window = _hold(db)
    os.kill(window.pid, signal.SIGKILL)
    _stop(window)
    assert lock_path(db).exists()
    assert _cli("--db", str(db), "customer", "add", "name=Jatkuu Oy") == (0, "1001\n", "")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_a_lock_that_cannot_be_made_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code, _, err = _cli("--db", str(folder / "x.sqlite3"), "customer", "add", "name=X")
    finally:
        folder.chmod(0o755)
    assert code == 2 and "cannot make the register's lock file" in err


def test_the_log_names_the_command_not_its_values(tmp_path: Path) -> None:
    db = tmp_path / "l.sqlite3"
    assert _cli("--db", str(db), "customer", "add", "name=Salainen Henkilö")[0] == 0
    assert _cli("--db", str(db), "customer", "set", "1001", "email=x@")[0] == 2
    text = (tmp_path / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "INFO asiakasrekisteri.cli.main: command customer add" in text
    assert "command customer set refused: FieldErrors" in text
    assert "Salainen" not in text and "x@" not in text and str(db) not in text


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["customer", "--help"]])
def test_no_log_for_help_and_version(tmp_path: Path, args: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        _cli(*args)
    assert exit_info.value.code == 0
    assert not (tmp_path / "logs").exists()


def test_no_log_for_a_usage_error(tmp_path: Path) -> None:
    assert _cli("nonsense")[0] == 2
    assert _cli("customer", "add")[0] == 2
    assert not (tmp_path / "logs").exists()


def _hold_as_command(db_path: Path) -> subprocess.Popen[str]:
    """Another command line write on ``db_path``, holding the register until stopped."""
    proc = _child(
        "import sys\n"
        "from pathlib import Path\n"
        "from asiakasrekisteri.register_lock import InstanceLock\n"
        f"lock = InstanceLock(Path({str(db_path)!r}))\n"
        "print(lock.acquire_for_command(0), flush=True)\n"
        "sys.stdin.readline()\n"
        "lock.release()\n"
        "print('released', flush=True)\n"
        "sys.stdin.read()\n"
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "True"
    return proc


def test_a_write_waits_for_another_commands_write(tmp_path: Path) -> None:
    db = tmp_path / "q.sqlite3"
    assert _cli("--db", str(db), "customer", "add", "name=Jonossa Oy")[0] == 0
    other = _hold_as_command(db)
    assert other.stdin is not None and other.stdout is not None
    stdin, stdout = other.stdin, other.stdout

    def let_go() -> None:
        stdin.write("\n")
        stdin.flush()
        assert stdout.readline().strip() == "released"

    timer = threading.Timer(1.0, let_go)
    timer.start()
    try:
        code, out, err = _cli("--db", str(db), "customer", "set", "1001", "city=Oulu")
    finally:
        timer.join()
        _stop(other)
    assert (code, out, err) == (0, "1001\n", "")
    assert not lock_path(db).exists() and not command_lock_path(db).exists()


def test_a_command_that_keeps_the_register_too_long_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "t.sqlite3"
    assert _cli("--db", str(db), "customer", "add", "name=Odottaja Oy")[0] == 0
    monkeypatch.setattr(sys.modules["asiakasrekisteri.cli.main"], "COMMAND_WAIT_SECONDS", 0.5)
    other = _hold_as_command(db)
    try:
        before = _state(db)
        code, out, err = _cli("--db", str(db), "customer", "set", "1001", "city=Oulu")
        assert _state(db) == before
    finally:
        _stop(other)
    expected = (
        f"the register is busy: another command (pid {other.pid} on {socket.gethostname()}) "
        "kept it for over 0 seconds; try again when it has finished"
    )
    assert (code, out, err) == (2, "", f"asiakasrekisteri: {expected}\n")
