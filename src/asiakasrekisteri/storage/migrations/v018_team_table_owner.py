"""The team's full role owns the tables, and the limited role's grants name columns.

No table changes. The step is here so that a register shared before this version is
upgraded once: the upgrade ends with the backend's ``after_upgrade``, which on a server
where the team's roles exist hands every table to the full role (a full member may then
compact the tables after an erasure) and grants the limited role every column of the
customer card but the invoicing terms. Without the step, that happened only the next time
someone ran ``team add-user``. A register file has no roles: nothing happens there.
"""

from __future__ import annotations

from sqlalchemy import Connection


def upgrade(conn: Connection) -> None:
    """Version 17 → 18: nothing to change in the tables (see the module's docstring)."""


__all__ = ["upgrade"]
