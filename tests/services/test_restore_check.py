"""Restore accepts only a real register: the whole schema and the program's rules."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from asiakasrekisteri.domain.customer import CustomerData, name_sort_key, search_text
from asiakasrekisteri.services.backup import RestoreRefused, verify_file
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.storage import migrations
from asiakasrekisteri.storage.db import Database
from tests.conftest import make_customer
from tests.storage.test_db import SCHEMAS, _insert_minimal


def _foreign(path: Path, version: int) -> Path:
    """Another program's file whose tables merely share our names."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, photo BLOB)")
    con.execute("CREATE TABLE own_company (id INTEGER PRIMARY KEY, logo TEXT)")
    con.execute("INSERT INTO customer (photo) VALUES (x'00')")
    con.execute(f"PRAGMA user_version={version}")
    con.commit()
    con.close()
    return path


def _customer_names(services: Services) -> list[str]:
    with services.db.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT name FROM customer ORDER BY id")]


@pytest.mark.parametrize("version", [6, migrations.LATEST_VERSION])
def test_a_foreign_file_with_our_table_names_is_refused(
    services: Services, tmp_path: Path, version: int
) -> None:
    services.customers.create(make_customer(name="Oma Oy"))
    foreign = _foreign(tmp_path / "foreign.sqlite3", version)
    check = services.backups.verify(foreign)
    assert not check.ok
    assert len(check.problems) == 1
    assert check.problems[0].startswith("it is not an Asiakasrekisteri register")
    assert len(check.problems[0]) < 400
    with pytest.raises(RestoreRefused):
        services.backups.restore(foreign)
    assert _customer_names(services) == ["Oma Oy"]
    assert services.backups.check().ok
    services.customers.create(make_customer(name="Toinen Oy", business_id=""))
    assert services.customers.count() == 2


def test_the_differences_are_named(tmp_path: Path) -> None:
    check = verify_file(_foreign(tmp_path / "foreign.sqlite3", migrations.LATEST_VERSION))
    assert "table customer has no column active;" in check.problems[0]
    assert re.search(r"; and \d+ more$", check.problems[0])


def test_a_register_with_an_extra_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "extra.sqlite3"
    Database.open_sqlite(path).close()
    con = sqlite3.connect(path)
    con.execute("ALTER TABLE customer ADD COLUMN shoe_size INTEGER")
    con.commit()
    con.close()
    (problem,) = verify_file(path).problems
    assert problem == (
        "it is not an Asiakasrekisteri register: table customer has an unknown column shoe_size"
    )


def _old_register(path: Path, version: int) -> Path:
    """A register as version ``version`` of the program wrote it, with one customer."""
    data = CustomerData(customer_number="42", name="Vanha Oy")
    con = sqlite3.connect(path)
    con.executescript((SCHEMAS / f"v{version}.sql").read_text())
    _insert_minimal(con, "own_company", id=1)
    _insert_minimal(
        con,
        "customer",
        customer_number=data.customer_number,
        name=data.name,
        search_text=search_text(data),
        name_sort=name_sort_key(data.name),
    )
    con.execute(f"PRAGMA user_version={version}")
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize("version", range(2, migrations.LATEST_VERSION + 1))
def test_a_backup_of_an_older_version_is_accepted(
    services: Services, tmp_path: Path, version: int
) -> None:
    old = _old_register(tmp_path / f"v{version}.sqlite3", version)
    check = services.backups.verify(old)
    assert check.ok, check.problems
    assert check.customers == 1
    assert check.needs_upgrade == (version < migrations.LATEST_VERSION)
    services.backups.restore(old)
    assert _customer_names(services) == ["Vanha Oy"]
    assert services.backups.check().ok


def test_a_register_breaking_a_rule_is_refused_naming_it(
    services: Services, tmp_path: Path
) -> None:
    card = services.customers.create(make_customer(name="Oma Oy"))
    backup = services.backups.backup(target=tmp_path / "copy.sqlite3")
    assert services.backups.verify(backup).ok
    con = sqlite3.connect(backup)
    for _ in range(2):
        _insert_minimal(con, "office", customer_id=card.id, name="o", is_default=1)
    con.commit()
    con.close()
    (problem,) = services.backups.verify(backup).problems
    assert problem == (
        "it breaks the register's rules: customers with more than one of the default offices (1)"
    )
    with pytest.raises(RestoreRefused, match="default offices"):
        services.backups.restore(backup)
    assert services.backups.check().ok


def test_verify_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    old = _old_register(tmp_path / "v4.sqlite3", 4)
    before = old.read_bytes()
    assert verify_file(old).ok
    assert old.read_bytes() == before


def test_missing_attachment_files_do_not_refuse(services: Services, tmp_path: Path) -> None:
    card = services.customers.create(make_customer())
    source = tmp_path / "liite.txt"
    source.write_bytes(b"x")
    services.attachments.add(card.id, source)
    backup = services.backups.backup(target=tmp_path / "out" / "copy.sqlite3")
    for blob in (tmp_path / "out" / "copy.attachments").rglob("*"):
        if blob.is_file():
            blob.unlink()
    check = verify_file(backup)
    assert check.ok and check.missing_attachments == 1
