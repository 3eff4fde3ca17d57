"""Drop the customer list's two covering indexes, which slowed imports down.

Version 1 kept ``(active, name_sort, id, search_text)`` and ``(name_sort, id, active,
search_text)`` so that every keystroke's SQL search scanned one index in name order. The
list now narrows searches in memory and runs its SQL only once per commit, where a scan
with a sort costs about 50 ms more at 100,000 customers. Each index held a second copy
of the search text, and keeping them in order cost about 0.5 s of a 50,000-row import.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

DROPPED_INDEXES = ("ix_customer_list_active", "ix_customer_list_all")


def upgrade(conn: Connection) -> None:
    """Drop the list's covering indexes (version 5 → 6)."""
    for name in DROPPED_INDEXES:
        conn.execute(text(f"DROP INDEX IF EXISTS {name}"))


__all__ = ["upgrade"]
