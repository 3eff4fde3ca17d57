"""Bulk inserts (imports, demo data) go to the driver in one stream on both backends."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from asiakasrekisteri.domain.customer import ContactData, NoteData, OfficeData, validate_customer
from asiakasrekisteri.storage.backend import SqliteBackend
from asiakasrekisteri.storage.bulk import NewCustomer, insert_customers
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.mapping import customer_to_record
from asiakasrekisteri.storage.models import Customer
from tests.conftest import make_customer


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_kind(request: pytest.FixtureRequest) -> str:
    kind: str = request.param
    return kind


def _new() -> NewCustomer:
    data = validate_customer(replace(make_customer(), customer_number="1001"))
    return NewCustomer(
        data,
        contacts=(ContactData(name="Maija Mäkelä", phone="+358401234567"),),
        offices=(OfficeData(name="Tampere", city="Tampere"),),
        notes=(NoteData(text="Soita"),),
    )


def test_bulk_rows_read_back_as_written_and_count_from_version_1(db: Database) -> None:
    with db.transaction() as session:
        (customer_id,) = insert_customers(session, [_new()])
    with db.read() as session:
        row = session.get(Customer, customer_id)
        assert row is not None
        record = customer_to_record(session, row)
    assert record.data.name == "Rakennus Virtanen Oy" and record.version == 1
    assert [(c.name, c.phone, c.active, c.version) for c in record.contacts] == [
        ("Maija Mäkelä", "+358401234567", True, 1)
    ]
    assert [(o.name, o.version) for o in record.offices] == [("Tampere", 1)]
    assert [(n.text, n.done, n.version) for n in record.notes] == [("Soita", False, 1)]


def test_sqlite_bulk_inserts_take_the_drivers_fast_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every column with a default is named; one left out would mean a slow fallback.

    (The server takes every bulk insert as one ``COPY``, tested above.)
    """
    db = Database.open_sqlite(tmp_path / "r.sqlite3")
    streamed: list[str] = []
    original = SqliteBackend._executemany

    def spy(conn: Any, table: Any, stmt: str, positions: list[str], rows: Any) -> None:
        streamed.append(table.name)
        original(conn, table, stmt, positions, rows)

    monkeypatch.setattr(SqliteBackend, "_executemany", staticmethod(spy))
    try:
        with db.transaction() as session:
            insert_customers(session, [_new()])
    finally:
        db.close()
    assert streamed == ["customer", "contact_person", "office", "note"]
