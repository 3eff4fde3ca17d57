"""Copy every row of a register from one database into another of the same schema.

Used for backups of a shared register (into an SQLite snapshot), for restoring such a
snapshot, and for moving a register between SQLite and PostgreSQL. Portable SQL; each
backend finishes the copy on its side (``Backend.after_copy``: sequences, for one).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from sqlalchemy import Connection, Table, delete, insert, select

from asiakasrekisteri.storage.models import Base, load_all_models

COPY_CHUNK = 5000
"""Rows read and written at a time."""


def register_tables() -> list[Table]:
    """Every table of the register, parents before the tables that point to them."""
    load_all_models()
    return list(Base.metadata.sorted_tables)


def _rows(source: Connection, table: Table) -> Iterator[list[dict[str, object]]]:
    result = source.execution_options(stream_results=True).execute(
        select(table).order_by(*table.primary_key.columns)
    )
    names = list(result.keys())
    while chunk := result.fetchmany(COPY_CHUNK):
        yield [dict(zip(names, row, strict=True)) for row in chunk]


def copy_rows(
    source: Connection,
    dest: Connection,
    *,
    replace: bool = False,
    skip: frozenset[str] = frozenset(),
) -> dict[str, int]:
    """Copy every register table's rows from ``source`` to ``dest``; returns rows per table.

    With ``replace`` the destination's rows are deleted first (children before parents),
    all inside the caller's transaction on ``dest``. Tables named in ``skip`` are left
    alone on both sides.
    """
    tables = [t for t in register_tables() if t.name not in skip]
    if replace:
        for table in reversed(tables):
            dest.execute(delete(table))
    counts: dict[str, int] = {}
    for table in tables:
        n = 0
        for chunk in _rows(source, table):
            dest.execute(insert(table), chunk)
            n += len(chunk)
        counts[table.name] = n
    return counts


def table_checksums(
    conn: Connection, *, skip: frozenset[str] = frozenset()
) -> dict[str, tuple[int, str]]:
    """Per table: (row count, SHA-256 over its rows in key order), for verifying a copy.

    Values are compared as the program reads them (Decimal, dates, text), so the same
    register gives the same sums on SQLite and on PostgreSQL.
    """
    out: dict[str, tuple[int, str]] = {}
    for table in register_tables():
        if table.name in skip:
            continue
        digest = hashlib.sha256()
        n = 0
        for chunk in _rows(conn, table):
            for row in chunk:
                digest.update(repr(sorted(row.items())).encode())
                n += 1
        out[table.name] = (n, digest.hexdigest())
    return out


__all__ = ["COPY_CHUNK", "copy_rows", "register_tables", "table_checksums"]
