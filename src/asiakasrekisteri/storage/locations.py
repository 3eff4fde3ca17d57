"""Which backend serves a register: a file path is SQLite, a ``postgresql://`` URL a server."""

from __future__ import annotations

from pathlib import Path

from asiakasrekisteri.storage.backend import Backend, SqliteBackend


def backend_for(location: Path | str, *, password: str | None = None) -> Backend:
    """The backend for ``location`` (the server driver is loaded only when one is used).

    ``password`` is used for a server whose URL holds none.
    """
    if isinstance(location, str):
        from asiakasrekisteri.storage.postgresql import PostgresBackend

        return PostgresBackend(location, password=password)
    return SqliteBackend(location)


__all__ = ["backend_for"]
