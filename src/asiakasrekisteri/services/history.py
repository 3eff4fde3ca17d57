"""Reading the change log (Käsittelyhistoria); writing it is ``storage.history``'s job."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models_history import HistoryEntry


@dataclass(frozen=True)
class HistoryRow:
    """One logged change, as the History tab and the privacy export show it."""

    id: int
    at: datetime
    user: str
    action: str
    entity: str
    entity_id: int | None
    field: str
    old_value: str | None
    new_value: str | None
    batch_id: int | None
    customer_number: str


def _row(entry: HistoryEntry) -> HistoryRow:
    return HistoryRow(
        id=entry.id,
        at=entry.at,
        user=entry.user,
        action=entry.action,
        entity=entry.entity,
        entity_id=entry.entity_id,
        field=entry.field,
        old_value=entry.old_value,
        new_value=entry.new_value,
        batch_id=entry.batch_id,
        customer_number=entry.customer_number,
    )


class HistoryService:
    """The change log, read only.

    Attributes:
        db: The open database.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def for_customer(self, customer_id: int, *, limit: int | None = None) -> list[HistoryRow]:
        """Entries of one customer and everything on its card, newest first."""
        stmt = (
            select(HistoryEntry)
            .where(HistoryEntry.customer_id == customer_id)
            .order_by(HistoryEntry.id.desc())
        )
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.read() as session:
            return [_row(e) for e in session.scalars(stmt)]
