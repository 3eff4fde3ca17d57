"""Two people edited one record: the later save is stopped and told what the other did.

A customer card, a contact, an office, a note or a draft invoice: each row counts its
changes in ``version``, and a save names the version it was edited from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.storage.models_history import HistoryEntry

MAX_CHANGES = 50
"""Changes listed in a conflict; an older record than that is simply read again."""


@dataclass(frozen=True)
class ChangeSeen:
    """One change someone else saved while the card was being edited."""

    at: datetime
    user: str
    entity: str
    field: str
    old_value: str | None
    new_value: str | None


class SaveConflict(RuleViolation):
    """Someone else saved the record after it was opened; nothing was saved.

    Attributes:
        changes: What the others changed, oldest first.
    """

    def __init__(self, changes: tuple[ChangeSeen, ...]) -> None:
        last = changes[-1] if changes else None
        super().__init__(
            user=last.user if last and last.user else "someone",
            at=last.at.astimezone().strftime("%H:%M") if last else "",
        )
        self.changes = changes


class RecordConflict(SaveConflict):
    """Someone else saved a contact, office, note or draft invoice after it was opened.

    Attributes:
        current: The record as stored now (``ContactData``, ``InvoiceRecord`` …); its
            ``version`` saves over it.
    """

    code = "record.edit_conflict"
    template = "{user} saved this record at {at} while you were editing it; nothing was saved yet."

    def __init__(self, current: Any, changes: tuple[ChangeSeen, ...]) -> None:
        super().__init__(changes)
        self.current = current


def check_version(session: Session, row: Any, edited_from: int, current: Callable[[], Any]) -> None:
    """Refuse the save when ``row`` was saved by someone else since version ``edited_from``.

    ``row`` must be locked (or the register written by one at a time); 0 saves without a
    check. ``current`` makes the record as stored, for the conflict.

    Raises:
        RecordConflict: The row's version moved on; it names the others' changes.
    """
    if not edited_from or row.version == edited_from:
        return
    table = row.__table__.name
    raise RecordConflict(
        current(), row_changes(session, table, row.id, max(row.version - edited_from, 1))
    )


def row_changes(
    session: Session, entity: str, entity_id: int, saves: int
) -> tuple[ChangeSeen, ...]:
    """The change log of one row over its last ``saves`` saves, oldest first."""
    where = (HistoryEntry.entity == entity, HistoryEntry.entity_id == entity_id)
    return changes_in_saves(session, where, saves, lambda entry: True)


def changes_in_saves(
    session: Session,
    where: Iterable[ColumnElement[bool]],
    saves: int,
    is_save: Callable[[HistoryEntry], bool],
) -> tuple[ChangeSeen, ...]:
    """The entries ``where`` picks, newest back to the last ``saves`` saves, oldest first.

    A save is a transaction with an entry that ``is_save``; the entries of other
    transactions in between are kept too. At most :data:`MAX_CHANGES` entries.
    """
    stmt = select(HistoryEntry).where(*where).order_by(HistoryEntry.id.desc()).limit(MAX_CHANGES)
    kept: list[HistoryEntry] = []
    counted: set[str] = set()
    for entry in session.scalars(stmt):
        if entry.txn not in counted:
            if len(counted) == saves:
                break
            if is_save(entry):
                counted.add(entry.txn)
        kept.append(entry)
    return tuple(
        ChangeSeen(r.at, r.user, r.entity, r.field, r.old_value, r.new_value)
        for r in reversed(kept)
    )


__all__ = [
    "MAX_CHANGES",
    "ChangeSeen",
    "RecordConflict",
    "SaveConflict",
    "changes_in_saves",
    "check_version",
    "row_changes",
]
