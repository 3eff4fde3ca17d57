"""Import batches and their undo.

Every import is recorded as a batch: for each customer it created or updated, an entry,
with the card's values before an update (and the contacts and offices it added or
changed). Undo deletes the customers the import created and restores the cards it
updated, except customers edited since (the card, a contact, an office or a note changed
after the import) or that have records which must be kept; those are reported and left.
Undo also removes the contacts and offices the import added to an updated customer and
restores the ones it changed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Final

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from asiakasrekisteri.domain.customer import CustomerData
from asiakasrekisteri.domain.enums import (
    CustomerStatus,
    CustomerType,
    InvoiceDelivery,
    InvoiceLanguage,
    VatTreatment,
)
from asiakasrekisteri.domain.errors import Counts
from asiakasrekisteri.services.dependents import DependentRecords
from asiakasrekisteri.services.errors import NotFound, RuleViolation
from asiakasrekisteri.services.spreadsheets.reasons import Reason
from asiakasrekisteri.storage.backend import in_id_runs
from asiakasrekisteri.storage.mapping import apply_customer_data
from asiakasrekisteri.storage.models import ContactPerson, Customer, Note, Office
from asiakasrekisteri.storage.models_import import ImportBatch, ImportEntry
from asiakasrekisteri.storage.types import utcnow

CREATED: Final = "created"
"""``ImportEntry.action`` of a customer the import created."""
UPDATED: Final = "updated"
"""``ImportEntry.action`` of a customer the import updated (its card before is kept)."""
CHILDREN_ONLY: Final = "contacts_offices"
"""``ImportEntry.action`` of a register customer that got only contacts or offices."""


@dataclass(frozen=True)
class KeptCustomer:
    """A customer that undo left alone, and why."""

    customer_id: int
    customer_number: str
    name: str
    message: Reason

    @property
    def reason(self) -> str:
        """The English sentence."""
        return self.message.text


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    removed: int
    restored: int
    kept: tuple[KeptCustomer, ...]


@dataclass(frozen=True)
class BatchInfo:
    """One import, as the Undo menu lists it."""

    id: int
    file_name: str
    sheet: str
    created_at: datetime
    user: str
    created: int
    updated: int
    skipped: int
    undone_at: datetime | None


def data_to_json(data: CustomerData) -> dict[str, Any]:
    """A card as plain JSON values: enums as their values, Decimals as text."""
    out: dict[str, Any] = {}
    for f in fields(CustomerData):
        value = getattr(data, f.name)
        if isinstance(value, StrEnum):
            value = value.value
        elif isinstance(value, Decimal):
            value = str(value)
        elif f.name == "custom_fields":
            value = dict(value)
        out[f.name] = value
    return out


_ENUMS: Final[dict[str, Callable[[str], Any]]] = {
    "customer_type": CustomerType,
    "invoice_language": InvoiceLanguage,
    "invoice_delivery": InvoiceDelivery,
    "vat_treatment": VatTreatment,
    "status": CustomerStatus,
}
_DECIMALS: Final = ("discount_percent", "credit_limit", "penalty_interest")
_CARD_FIELDS: Final = frozenset(f.name for f in fields(CustomerData))


def data_from_json(values: Mapping[str, Any]) -> CustomerData:
    """The inverse of :func:`data_to_json`."""
    kwargs: dict[str, Any] = {}
    for name, value in values.items():
        if name in _ENUMS:
            kwargs[name] = _ENUMS[name](value)
        elif name in _DECIMALS:
            kwargs[name] = None if value is None else Decimal(value)
        elif name in _CARD_FIELDS:  # a field since removed from the card is passed over
            kwargs[name] = value
    return CustomerData(**kwargs)


def list_batches(session: Session) -> list[BatchInfo]:
    """Every import, newest first."""
    return [
        BatchInfo(
            b.id,
            b.file_name,
            b.sheet,
            b.created_at,
            b.user,
            b.created_count,
            b.updated_count,
            b.skipped_count,
            b.undone_at,
        )
        for b in session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
    ]


def undo_batch(session: Session, batch_id: int, dependents: DependentRecords) -> UndoResult:
    """Take back what a batch did, in ``session``'s transaction.

    Raises:
        NotFound: No such batch.
        RuleViolation: The batch was undone already.
    """
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFound(
            "There is no import number {batch}.", code="import.not_found", batch=batch_id
        )
    if batch.undone_at is not None:
        raise RuleViolation(
            "Import {batch} has been undone already.",
            code="import.undone_already",
            batch=batch_id,
        )
    entries: list[tuple[int | None, str, str | None]] = [
        (cid, action, previous)
        for cid, action, previous in session.execute(
            select(ImportEntry.customer_id, ImportEntry.action, ImportEntry.previous)
            .where(ImportEntry.batch_id == batch_id)
            .order_by(ImportEntry.id)
        )
    ]
    ids = [cid for cid, _, _ in entries if cid is not None]
    edited = _edited_since(session, ids, batch.applied_at)
    info = {
        cid: (number, name)
        for cid, number, name in _chunked_select(
            session, select(Customer.id, Customer.customer_number, Customer.name), ids
        )
    }
    # The records kept by law of every created customer that undo would delete, counted
    # in a few queries whatever the number of customers.
    created = [
        cid for cid, action, _ in entries if cid is not None and action == CREATED and cid in info
    ]
    held = dependents.kept_counts_of_many(session, [c for c in created if c not in edited])
    kept: list[KeptCustomer] = []
    to_delete: list[int] = []
    restored = 0
    # Newest first: when two rows updated the same customer, the first one's snapshot
    # (the card before the import) is restored last.
    for cid, action, previous in reversed(entries):
        if cid is None or cid not in info:
            continue  # deleted since: nothing to undo
        number, name = info[cid]
        why = _why_kept(held, cid, action, cid in edited)
        if why is not None:
            kept.append(KeptCustomer(cid, number, name, why))
        elif action == CREATED:
            to_delete.append(cid)
        else:
            _restore(session, cid, json.loads(previous or "{}"))
            restored += 1
    kept.reverse()  # in the import's order
    _delete_customers(session, to_delete)
    batch.undone_at = utcnow()
    return UndoResult(batch_id, len(to_delete), restored, tuple(kept))


def _why_kept(
    held: Mapping[int, Counts], customer_id: int, action: str, edited: bool
) -> Reason | None:
    """Why undo leaves a customer as it is, or None to take the import back.

    ``held`` names the customers with records kept by law, and counts them.
    """
    if edited:
        return Reason("Edited after the import; left as it is.")
    if action != CREATED or customer_id not in held:
        return None
    return Reason("Has records that must be kept ({what}).", what=held[customer_id])


def _delete_customers(session: Session, ids: Sequence[int]) -> None:
    """Delete the customers; the database deletes their contacts, offices and the rest."""
    for condition in in_id_runs(Customer.alt_billing_customer_id, ids):
        session.execute(update(Customer).where(condition).values(alt_billing_customer_id=None))
    # None of them is loaded in the session: undo loads only the customers it restores,
    # which were in the register before the import. So the ORM need not read back the
    # tens of thousands of deleted ids to drop them from the session.
    for condition in in_id_runs(Customer.id, ids):
        session.execute(
            delete(Customer).where(condition).execution_options(synchronize_session=False)
        )


def _chunked_select(session: Session, stmt: Any, ids: Sequence[int]) -> Iterable[Any]:
    """The rows of ``stmt`` whose first column is one of ``ids``."""
    column = stmt.selected_columns[0]
    for condition in in_id_runs(column, ids):
        yield from session.execute(stmt.where(condition))


def _edited_since(session: Session, ids: Sequence[int], since: datetime) -> set[int]:
    if not ids:
        return set()
    wanted = set(ids)
    edited = {
        cid
        for (cid,) in session.execute(select(Customer.id).where(Customer.updated_at > since))
        if cid in wanted
    }
    for model in (ContactPerson, Office, Note):
        for (cid,) in session.execute(
            select(model.customer_id).where(model.updated_at > since).distinct()
        ):
            if cid in wanted:
                edited.add(cid)
    return edited


def _restore(session: Session, customer_id: int, previous: Mapping[str, Any]) -> None:
    customer = session.get(Customer, customer_id)
    if customer is None:  # pragma: no cover - checked by the caller
        return
    if "data" in previous:  # not for a customer that only got contacts or offices
        data = data_from_json(previous["data"])
        apply_customer_data(session, customer, data, previous.get("alt_billing_customer_id"))
    children: tuple[tuple[str, list[Any]], ...] = (
        ("contacts", customer.contacts),
        ("offices", customer.offices),
    )
    for kind, rows in children:
        added = set(previous.get(f"{kind}_added", ()))
        for row in list(rows):
            if row.id in added:
                rows.remove(row)
        # The values before the import of each one it changed (older imports kept only
        # the name, title, phone and e-mail of contacts).
        before = {c["id"]: c for c in previous.get(f"{kind}_changed", ())}
        for row in rows:
            for name, value in before.get(row.id, {}).items():
                if name != "id" and getattr(row, name) != value:
                    setattr(row, name, value)


__all__ = [
    "CHILDREN_ONLY",
    "CREATED",
    "UPDATED",
    "BatchInfo",
    "KeptCustomer",
    "UndoResult",
    "data_from_json",
    "data_to_json",
    "list_batches",
    "undo_batch",
]
