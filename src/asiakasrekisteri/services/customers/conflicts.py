"""Two people edited one customer card: the later save is stopped and told what the
other did (the other records' conflicts: ``services.conflicts``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from asiakasrekisteri.domain.customer import CustomerRecord
from asiakasrekisteri.services.conflicts import MAX_CHANGES, ChangeSeen, SaveConflict
from asiakasrekisteri.storage.models_history import HistoryEntry


class EditConflict(SaveConflict):
    """Someone else saved the card after it was opened.

    Attributes:
        current: The card as stored now.
    """

    code = "customer.edit_conflict"
    template = (
        "{user} saved changes to this customer at {at} while you were editing it; "
        "nothing was saved yet."
    )

    def __init__(self, current: CustomerRecord, changes: tuple[ChangeSeen, ...]) -> None:
        super().__init__(changes)
        self.current = current


def changes_since(
    session: Session, customer_id: int, since: datetime | None
) -> tuple[ChangeSeen, ...]:
    """The history of ``customer_id`` after ``since``, oldest first."""
    stmt = select(HistoryEntry).where(HistoryEntry.customer_id == customer_id)
    if since is not None:
        stmt = stmt.where(HistoryEntry.at > since)
    rows = session.scalars(stmt.order_by(HistoryEntry.id.desc()).limit(MAX_CHANGES)).all()
    return tuple(
        ChangeSeen(r.at, r.user, r.entity, r.field, r.old_value, r.new_value)
        for r in reversed(rows)
    )


__all__ = ["ChangeSeen", "EditConflict", "changes_since"]
