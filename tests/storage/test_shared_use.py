"""Working together on one register: others' changes are noticed, the history names who did it."""

from __future__ import annotations

import time
from pathlib import Path

import psycopg
import pytest

from asiakasrekisteri.credentials import store_password
from asiakasrekisteri.paths import server_account
from asiakasrekisteri.services.container import build_services, open_services
from asiakasrekisteri.services.customers.listing import CustomerQuery
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.errors import RegisterLoginError
from asiakasrekisteri.storage.locations import backend_for
from tests.conftest import make_customer
from tests.postgres_server import PostgresServer


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
        # A server's notification reaches the listener a moment after the commit; the
        # window asks every 1.5 s, so a few seconds is the promise kept.
        deadline = time.monotonic() + 5
        while not db.others_changed():
            assert time.monotonic() < deadline, "the other's commit was not noticed in 5 s"
            time.sleep(0.05)
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


def test_a_refused_password_is_one_clear_error_and_the_keyring_supplies_one(
    postgres_server: PostgresServer, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Against the real server: a role that must log in with a password."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def __init__(self) -> None:
            super().__init__()
            self.kept: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.kept.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.kept[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.kept.pop((service, username), None)

    database = postgres_url.rsplit("/", 1)[1]
    with psycopg.connect(postgres_server.url(), autocommit=True) as conn:
        conn.execute(
            "DO $$ BEGIN CREATE ROLE password_users NOLOGIN; "
            "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        )
        conn.execute(
            "DO $$ BEGIN CREATE ROLE kirjanpitaja LOGIN PASSWORD 'oikea' IN ROLE "
            "password_users; EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        )
        conn.execute(f"GRANT ALL ON DATABASE {database} TO kirjanpitaja")
    with psycopg.connect(postgres_server.url(database), autocommit=True) as conn:
        conn.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO kirjanpitaja")
        conn.execute("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO kirjanpitaja")
    url = f"postgresql://kirjanpitaja@{postgres_server.host}:{postgres_server.port}/{database}"
    monkeypatch.delenv("PGPASSWORD", raising=False)

    with pytest.raises(RegisterLoginError, match="user name or password"):
        open_services(url, password="väärä")

    memory = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: memory)
    assert store_password(server_account(url), "oikea")
    services = open_services(url)
    try:
        services.customers.create(make_customer())
        entries = services.history.for_customer(services.customers.list_ids(CustomerQuery())[0])
        assert {e.user for e in entries} == {"kirjanpitaja"}
    finally:
        services.close()
