"""Working together on one register: others' changes are noticed, the history names who did it."""

from __future__ import annotations

from pathlib import Path

import pytest

from asiakasrekisteri.services.container import build_services
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.locations import backend_for
from tests.conftest import make_customer


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_kind(request: pytest.FixtureRequest) -> str:
    kind: str = request.param
    return kind


def _second_connection(db: Database) -> Database:
    """Another program on the same register."""
    return Database.open(backend_for(db.backend.location()))


def test_a_change_by_another_program_is_noticed_and_own_changes_are_not(
    db: Database, tmp_path: Path
) -> None:
    assert not db.others_changed()  # starts watching
    mine = build_services(db, tmp_path / "backups")
    mine.customers.create(make_customer())
    assert not db.others_changed(), "own commits are not someone else's"

    other_db = _second_connection(db)
    try:
        other = build_services(other_db, tmp_path / "backups2")
        before = db.generation
        other.customers.create(make_customer(name="Toinen Oy", business_id=""))
        assert db.others_changed()
        assert db.generation == before + 1, "caches keyed on the generation read again"
        assert mine.customers.count() == 2, "the list shows the other's customer"
        assert not db.others_changed(), "seen once"
    finally:
        other_db.close()


def test_the_history_names_who_did_it(db: Database, tmp_path: Path) -> None:
    """The server role on a shared register, the computer's user on a file."""
    import getpass

    services = build_services(db, tmp_path / "backups")
    created = services.customers.create(make_customer())
    entries = services.history.for_customer(created.id)
    expected = "postgres" if db.engine.dialect.name == "postgresql" else getpass.getuser()
    assert entries and {e.user for e in entries} == {expected}
