"""A real PostgreSQL server for the tests, started and stopped by the test run itself.

The server runs from Debian's ``postgresql`` package (``bootstrap.py test`` installs it),
in a fresh cluster in a temporary folder, listening on 127.0.0.1 on a free port only. As
root it runs as the ``postgres`` system user, because ``initdb`` refuses root.

Where no server can be started (no binaries, e.g. on Windows) the PostgreSQL tests are
skipped with a loud message — except under CI (``CI`` set), where that is a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SERVER_USER = "postgres"


@dataclass(frozen=True)
class PostgresServer:
    """A running test cluster; ``url(name)`` addresses one of its databases."""

    host: str
    port: int
    user: str

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{database}"


def _binaries() -> Path | None:
    found = shutil.which("pg_ctl")
    if found is not None:
        return Path(os.path.realpath(found)).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), reverse=True)
    return versions[0].parent if versions else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.name != "nt" and os.geteuid() == 0:
        return ["runuser", "-u", SERVER_USER, "--", *cmd]
    return cmd


class ServerUnavailable(RuntimeError):
    """No PostgreSQL server can be started on this machine."""


def start_server() -> tuple[PostgresServer, Iterator[None]]:
    """Start a cluster; returns it and a generator whose exhaustion stops and removes it."""
    bindir = _binaries()
    if bindir is None:
        raise ServerUnavailable("no PostgreSQL server binaries (pg_ctl) are installed")
    root = Path(tempfile.mkdtemp(prefix="asiakasrekisteri-pg-"))
    data = root / "data"
    root.chmod(0o755)
    if os.name != "nt" and os.geteuid() == 0:
        shutil.chown(root, user=SERVER_USER)
    user = SERVER_USER if os.name != "nt" and os.geteuid() == 0 else _current_user()
    subprocess.run(
        _as_server_user(
            [str(bindir / "initdb"), "-D", str(data), "-U", user, "--auth=trust",
             "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]
        ),
        check=True, capture_output=True,
    )  # fmt: skip
    # Members of this group log in with a password even on the test cluster, so that
    # refused logins and the password prompt are tested against the real server.
    hba = data / "pg_hba.conf"
    rules = "host all +password_users 127.0.0.1/32 scram-sha-256\n"
    if os.name != "nt" and os.geteuid() == 0:
        subprocess.run(
            ["runuser", "-u", SERVER_USER, "--", "sh", "-c",
             f"printf '%s' '{rules}' | cat - {hba} > {hba}.new && mv {hba}.new {hba}"],
            check=True,
        )  # fmt: skip
    else:
        hba.write_text(rules + hba.read_text())
    port = _free_port()
    options = (
        f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
    )
    subprocess.run(
        _as_server_user(
            [str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "log"),
             "-w", "-t", "60", "start"]
        ),
        check=True, capture_output=True,
    )  # fmt: skip
    server = PostgresServer("127.0.0.1", port, user)

    def stop() -> Iterator[None]:
        yield
        subprocess.run(
            _as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)

    stopper = stop()
    next(stopper)
    return server, stopper


def _current_user() -> str:
    import getpass

    return getpass.getuser()


def wait_until_ready(server: PostgresServer, timeout: float = 30.0) -> None:
    import psycopg

    deadline = time.monotonic() + timeout
    while True:
        try:
            with psycopg.connect(server.url(), connect_timeout=2):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
