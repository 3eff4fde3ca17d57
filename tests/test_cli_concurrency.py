"""Several command line processes writing to one register at once lose nothing.

Four processes each run a loop of commands through the command line's entry point:
customers added with automatic numbers and fields set on one shared customer. Commands
wait for each other's lock; forced past the lock, they wait for SQLite's write lock, and
a number is chosen while it is held. Either way: no traceback, no refusal, every row
present, every number once.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_cli_lock import _cli

ROOT = Path(__file__).resolve().parents[1]
PROCESSES = 4
ROUNDS = 6

LOOP = """
import contextlib, io, json, sys
from asiakasrekisteri.cli import main
db, me, rounds, *force = sys.argv[1:]
rounds = int(rounds)
for i in range(rounds):
    for args in (
        ["customer", "add", f"name=Rinnakkain {me}-{i}", "city=Tampere"],
        ["customer", "set", "1001", f"custom:Kenttä {me}={i}", f"comment=Kierros {me}-{i}"],
    ):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--db", db, *force, *args])
        print(json.dumps([args[1], code, out.getvalue(), err.getvalue()]), flush=True)
"""


@pytest.mark.parametrize("force", [[], ["--force"]], ids=["queued", "forced"])
def test_four_command_loops_on_one_register_lose_nothing(tmp_path: Path, force: list[str]) -> None:
    db = tmp_path / "shared.sqlite3"
    assert _cli("--db", str(db), "customer", "add", "name=Yhteinen Oy") == (0, "1001\n", "")
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT / "src"),
        "ASIAKASREKISTERI_LANG": "en",
        "ASIAKASREKISTERI_LOG_DIR": str(tmp_path / "logs"),
    }
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", LOOP, str(db), str(me), str(ROUNDS), *force],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for me in range(PROCESSES)
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=900)
        assert (proc.returncode, err) == (0, ""), err  # no traceback in any process
        results += [json.loads(line) for line in out.splitlines()]
    assert len(results) == PROCESSES * ROUNDS * 2
    assert [r for r in results if r[1] != 0 or r[3]] == []  # no refusal, nothing on stderr
    numbers = [r[2].strip() for r in results if r[0] == "add"]
    assert len(set(numbers)) == PROCESSES * ROUNDS
    con = sqlite3.connect(db)
    try:
        stored = dict(con.execute("SELECT customer_number, name FROM customer"))
        custom = con.execute("SELECT count(*) FROM custom_field_value").fetchone()[0]
    finally:
        con.close()
    assert sorted(stored) == sorted(["1001", *numbers])
    assert {stored[n] for n in numbers} == {
        f"Rinnakkain {me}-{i}" for me in range(PROCESSES) for i in range(ROUNDS)
    }
    assert custom == PROCESSES  # each process's field on the shared customer, none lost
