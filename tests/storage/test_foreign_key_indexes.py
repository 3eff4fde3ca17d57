"""Every foreign key has an index its referring rows are found by, on both backends.

Deleting a row makes the database find the rows that refer to it (to delete them, set
them to NULL or refuse). Without an index leading with the referring column, that is a
scan of the whole referring table per deleted row: undoing an import of 50,000
customers ran for many minutes.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Connection, inspect, text

from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.migrations import v019_foreign_key_indexes

# Indexes that hold only the rows whose reference is set: (index, table, column).
PARTIAL = (
    ("ix_customer_alt_billing_customer_id", "customer", "alt_billing_customer_id"),
    ("ix_invoice_office_id", "invoice", "office_id"),
    ("ix_invoice_contact_id", "invoice", "contact_id"),
)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_kind(request: pytest.FixtureRequest) -> str:
    kind: str = request.param
    return kind


def _leading_columns(conn: Connection, table: str) -> set[str]:
    """The first column of every index of ``table``, its key and unique constraints'."""
    inspector = inspect(conn)
    leading = set(inspector.get_pk_constraint(table)["constrained_columns"][:1])
    keys: list[Any] = [*inspector.get_indexes(table), *inspector.get_unique_constraints(table)]
    for key in keys:
        first = key["column_names"][0]
        if first is not None:  # an expression
            leading.add(first)
    return leading


def _unindexed_foreign_keys(conn: Connection) -> list[str]:
    inspector = inspect(conn)
    missing = []
    for table in inspector.get_table_names():
        leading = _leading_columns(conn, table)
        for key in inspector.get_foreign_keys(table):
            column = key["constrained_columns"][0]
            if column not in leading:
                missing.append(f"{table}.{column} → {key['referred_table']}")
    return missing


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_every_foreign_key_leads_an_index(db: Database) -> None:
    with db.engine.connect() as conn:
        assert _unindexed_foreign_keys(conn) == []


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_the_upgrade_step_adds_the_indexes_on_this_backend(db: Database) -> None:
    """Schema 19's step on a register of schema 18's shape, on SQLite and PostgreSQL."""
    with db.engine.begin() as conn:
        fresh = _index_names(conn)
        for name, *_rest in v019_foreign_key_indexes._INDEXES:
            conn.execute(text(f"DROP INDEX {name}"))
        assert len(_unindexed_foreign_keys(conn)) == 4
        v019_foreign_key_indexes.upgrade(conn)
        assert _index_names(conn) == fresh
        assert _unindexed_foreign_keys(conn) == []
        v019_foreign_key_indexes.upgrade(conn)  # again, on a register that has them
        assert _index_names(conn) == fresh


def _index_names(conn: Connection) -> set[str]:
    inspector = inspect(conn)
    return {
        str(index["name"])
        for table in inspector.get_table_names()
        for index in inspector.get_indexes(table)
    }


@pytest.mark.parametrize(("index", "table", "column"), PARTIAL, ids=[p[0] for p in PARTIAL])
def test_a_lookup_by_the_reference_uses_its_partial_index(
    db: Database, index: str, table: str, column: str
) -> None:
    """The lookup a deletion makes (``column = the deleted id``) can use the index that
    leaves out NULLs: an equality implies the value is not NULL."""
    lookup = f"UPDATE {table} SET {column} = NULL WHERE {column} = "
    with db.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # The lookup is a prepared statement of the foreign key's trigger: its generic
            # plan, with scans ruled out wherever an index can serve.
            conn.execute(text("SET LOCAL enable_seqscan = off"))
            conn.execute(text("SET LOCAL plan_cache_mode = force_generic_plan"))
            conn.execute(text(f"PREPARE lookup(integer) AS {lookup}$1"))
            plan = conn.execute(text("EXPLAIN EXECUTE lookup(1)")).scalars().all()
            conn.execute(text("DEALLOCATE lookup"))
        else:
            explained = conn.execute(text(f"EXPLAIN QUERY PLAN {lookup}:id"), {"id": 1})
            plan = [row[-1] for row in explained]
    assert any(index in line for line in plan), plan
