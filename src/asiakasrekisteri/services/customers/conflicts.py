"""Two people edited one card: the later save is stopped and told what the other did."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from asiakasrekisteri.domain.customer import CustomerRecord
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.storage.models_history import HistoryEntry

MAX_CHANGES = 50
"""Changes listed in a conflict; an older card than that is simply read again."""


@dataclass(frozen=True)
class ChangeSeen:
    """One change someone else saved while the card was being edited."""

    at: datetime
    user: str
    entity: str
    field: str
    old_value: str | None
    new_value: str | None


class EditConflict(RuleViolation):
    """Someone else saved the card after it was opened; nothing was saved.

    Attributes:
        current: The card as stored now.
        changes: What the others changed, oldest first.
    """

    code = "customer.edit_conflict"
    template = (
        "{user} saved changes to this customer at {at} while you were editing it; "
        "nothing was saved yet."
    )

    def __init__(self, current: CustomerRecord, changes: tuple[ChangeSeen, ...]) -> None:
        last = changes[-1] if changes else None
        super().__init__(
            user=last.user if last and last.user else "someone",
            at=last.at.astimezone().strftime("%H:%M") if last else "",
        )
        self.current = current
        self.changes = changes


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
