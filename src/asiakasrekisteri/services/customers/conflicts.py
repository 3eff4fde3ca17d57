"""Two people edited one customer card: the later save is stopped and told what the
other did (the other records' conflicts: ``services.conflicts``)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from asiakasrekisteri.domain.customer import CustomerRecord
from asiakasrekisteri.services.conflicts import ChangeSeen, SaveConflict, changes_in_saves
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


def changes_since(session: Session, customer_id: int, saves: int) -> tuple[ChangeSeen, ...]:
    """What others did to ``customer_id`` in its card's last ``saves`` saves, oldest first.

    Counted in saves (transactions that wrote the card), not from a time: the entries of
    a card's creation are stamped when its transaction ends, after the card's own time,
    so an imported card would otherwise show its whole creation as someone's change.
    Entries of its contacts and offices saved since the earliest of those saves are
    shown too.
    """
    where = (HistoryEntry.customer_id == customer_id,)
    return changes_in_saves(session, where, saves, lambda entry: entry.entity == "customer")


__all__ = ["ChangeSeen", "EditConflict", "changes_since"]
