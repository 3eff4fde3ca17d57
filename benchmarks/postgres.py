"""A register on a PostgreSQL server for the benchmarks: the tests' own throwaway server.

The server is started as ``tests/postgres_server.py`` starts it for the test run (a fresh
cluster in a temporary folder on 127.0.0.1, as the ``postgres`` system user when run as
root, ``fsync`` off) and stopped with everything in it at the end. The benchmarks run as
modules from the checkout (``python -m benchmarks.list_search``), so ``tests`` is there.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import psycopg

BACKENDS = ("sqlite", "postgresql")


@contextmanager
def postgres_database(name: str) -> Iterator[str]:
    """A fresh, empty database ``name`` on a server of its own; yields its URL."""
    from tests.postgres_server import start_server, wait_until_ready

    server, stopper = start_server()
    try:
        wait_until_ready(server)
        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        yield server.url(name)
    finally:
        for _ in stopper:
            pass


def run_each_backend(module: str, arguments: Sequence[str]) -> int:
    """Run ``python -m module *arguments --backend B`` for each backend in turn, each in a
    process of its own (so that each one's peak memory is its own); 0 if all were."""
    status = 0
    for backend in BACKENDS:
        print(f"== {backend} ==", flush=True)
        command = [sys.executable, "-m", module, *arguments, "--backend", backend]
        status |= subprocess.run(command).returncode
    return status


@contextmanager
def register_location(backend: str, folder: Path, name: str) -> Iterator[str]:
    """Where a benchmark's register lives: a file in ``folder``, or a server database."""
    if backend == "postgresql":
        with postgres_database(name) as url:
            yield url
    else:
        yield str(folder / f"{name}.sqlite3")


__all__ = ["BACKENDS", "postgres_database", "register_location", "run_each_backend"]
