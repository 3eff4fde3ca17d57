"""The change log (Käsittelyhistoria), written centrally from SQLAlchemy session events.

No dialog or service writes history rows itself, so no change can go unlogged. Every
flush is looked at once: new rows give a *created* entry, changed columns an entry each
with old → new, deleted rows a *deleted* entry. Rows that bulk loaders insert past the
ORM (demo data, spreadsheet imports: ``storage.bulk``) are found at commit, above the
highest ids the tables held when the transaction's first bulk insert began; bulk deletes
of customers are seen in ``do_orm_execute``. The acting user is the OS user.

A service names what it is doing with :func:`set_action` (merged, imported, anonymised
…); without that, the action follows from the change itself. A flush that creates an
import batch marks the rest of its transaction as *imported* with that batch.

At commit, customers deleted in the transaction are settled: when their number became an
alias of another customer (a merge), their entries move to the survivor; otherwise every
entry of theirs loses its customer id and every old and new value, so nothing of a
deleted customer stays in the log but the fact (erasure must leave no personal value).

The listeners attach to the program's own session factory (:func:`attach`), never to
SQLAlchemy's global ``Session`` class, so importing this module changes nothing.

Known limit: bulk ``update(Model)`` statements are not logged field by field; the
services use them only to re-point rows during a merge, which the merge entries cover.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum, StrEnum
from functools import cache
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Table,
    event,
    func,
    insert,
    inspect,
    literal,
    null,
    select,
    update,
)
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker

from asiakasrekisteri.storage.backend import IN_LIST_SIZE, in_chunks, in_id_runs
from asiakasrekisteri.storage.models import (
    Customer,
    CustomerNumberAlias,
    CustomFieldValue,
)
from asiakasrekisteri.storage.models_history import HistoryEntry
from asiakasrekisteri.storage.types import utcnow


class Action(StrEnum):
    """What happened; stored in ``history_entry.action``."""

    CREATED = "created"
    UPDATED = "updated"
    MERGED = "merged"
    IMPORTED = "imported"
    INACTIVATED = "inactivated"
    ANONYMISED = "anonymised"
    DELETED = "deleted"
    RESTORED = "restored"
    TRADE_REGISTER = "trade_register"
    """Values taken from the trade register on the user's choice."""
    UPGRADED = "upgraded"  # changed by a schema upgrade (written by the upgrade step itself)


# Columns whose changes say nothing to the user: derived or bookkeeping values.
SKIPPED_COLUMNS = frozenset(
    {"search_text", "name_sort", "updated_at", "created_at", "id", "version"}
)
# Actions that must not write personal values into the log.
VALUELESS_ACTIONS = frozenset({Action.ANONYMISED, Action.DELETED})

_ACTION_KEY = "history_action"
_BATCH_KEY = "history_batch"
_TXN_KEY = "history_txn"
_DELETED_KEY = "history_deleted_customers"
_NUMBERS_KEY = "history_numbers"
_START_KEY = "history_start_ids"
_LOGGED_KEY = "history_logged"

HISTORY_TABLE = cast(Table, HistoryEntry.__table__)


def _summary_customer(obj: Any) -> str:
    return str(obj.name or "")


def _summary_name(obj: Any) -> str:
    return str(getattr(obj, "name", "") or "")


def _summary_note(obj: Any) -> str:
    return str(obj.text or "")[:200]


def _summary_value(obj: Any) -> str:
    return str(obj.value or "")


def _summary_invoice(obj: Any) -> str:
    number = getattr(obj, "number", None)
    return "" if number is None else str(number)


def _summary_delivery(obj: Any) -> str:
    """A delivery attempt as JSON, so that the History tab can word it in any language."""
    summary = {
        "document": obj.document,
        "number": obj.number,
        "channel": obj.channel,
        "ok": bool(obj.ok),
        "to": obj.recipients or "",
        "error": json.loads(obj.error) if obj.error else None,
    }
    return json.dumps(summary, ensure_ascii=False)


# Table → (summary of a row). Only rows of these tables are logged; tables are matched by
# name so that this module need not import the models of every feature.
_TRACKED: dict[str, Callable[[Any], str]] = {
    "customer": _summary_customer,
    "contact_person": _summary_name,
    "office": _summary_name,
    "note": _summary_note,
    "custom_field_value": _summary_value,
    "attachment": _summary_name,
    "invoice": _summary_invoice,
    "delivery_attempt": _summary_delivery,
}
# Tables whose rows record a fact and are never edited: only their creation is logged.
_APPEND_ONLY = frozenset({"delivery_attempt"})


@cache
def set_action(session: Session, action: Action, *, batch_id: int | None = None) -> None:
    """Name what the rest of this session's transaction does (merged, anonymised …)."""
    session.info[_ACTION_KEY] = Action(action)
    if batch_id is not None:
        session.info[_BATCH_KEY] = batch_id


def value_text(value: Any) -> str | None:
    """A column value as the log stores it: plain text, None for no value."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _table(obj: Any) -> str | None:
    name = getattr(obj, "__tablename__", None)
    return name if name in _TRACKED else None


def _customer_id(obj: Any) -> int | None:
    if isinstance(obj, Customer):
        return obj.id
    cid = getattr(obj, "customer_id", None)
    return int(cid) if cid is not None else None


def _txn(session: Session) -> str:
    txn = session.info.get(_TXN_KEY)
    if txn is None:
        txn = uuid.uuid4().hex
        session.info[_TXN_KEY] = txn
    return str(txn)


def _numbers(conn: Connection, session: Session, ids: Iterable[int]) -> dict[int, str]:
    """Customer id → number, from the flush's objects first, else one query per 900."""
    cache_: dict[int, str] = session.info.setdefault(_NUMBERS_KEY, {})
    missing = {i for i in ids if i is not None and i not in cache_}
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Customer) and obj.id in missing:
            cache_[obj.id] = obj.customer_number
            missing.discard(obj.id)
    cache_.update(_stored_numbers(conn, sorted(missing)))
    return cache_


def _stored_numbers(conn: Connection, ids: Sequence[int]) -> dict[int, str]:
    """Customer id → the number now in the table, for those of ``ids`` that exist."""
    numbers: dict[int, str] = {}
    for chunk in in_chunks(ids):
        stmt = select(Customer.id, Customer.customer_number).where(Customer.id.in_(chunk))
        numbers.update((cid, number) for cid, number in conn.execute(stmt))
    return numbers


class _Writer:
    """Collects the entries of one flush or statement and writes them in one insert."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.conn = session.connection()
        self.txn = _txn(session)
        self.user = session.info["backend"].acting_user(self.conn)
        self.now = utcnow()
        explicit = session.info.get(_ACTION_KEY)
        self.explicit: Action | None = Action(explicit) if explicit else None
        self.batch_id: int | None = session.info.get(_BATCH_KEY)
        self.rows: list[dict[str, Any]] = []
        self.summaries: dict[tuple[str, int], tuple[int | None, str]] = {}

    def created_earlier(self, entity: str, entity_id: int) -> bool:
        """Whether this transaction already logged the row as created."""
        logged: set[tuple[str, int]] = self.session.info.get(_LOGGED_KEY, set())
        return (entity, entity_id) in logged

    def resummarise(
        self, entity: str, entity_id: int, customer_id: int | None, summary: str
    ) -> None:
        """Give the row's *created* entry of this transaction its summary as it is now."""
        self.summaries[(entity, entity_id)] = (customer_id, summary)

    def add(
        self,
        action: Action,
        customer_id: int | None,
        entity: str,
        entity_id: int | None,
        field: str = "",
        old: str | None = None,
        new: str | None = None,
    ) -> None:
        final = self.explicit or action
        if action is Action.CREATED and entity_id is not None:
            logged: set[tuple[str, int]] = self.session.info.setdefault(_LOGGED_KEY, set())
            logged.add((entity, entity_id))
        if final in VALUELESS_ACTIONS:
            old = new = None
        self.rows.append(
            {
                "at": self.now,
                "user": self.user,
                "txn": self.txn,
                "action": final.value,
                "customer_id": customer_id,
                "customer_number": "",
                "entity": entity,
                "entity_id": entity_id,
                "field": field,
                "old_value": old,
                "new_value": new,
                "batch_id": self.batch_id,
            }
        )

    def write(self) -> None:
        if self.explicit not in VALUELESS_ACTIONS:
            history = HISTORY_TABLE.c
            for (entity, entity_id), (customer_id, summary) in self.summaries.items():
                # By customer first: that is the log's index (a full scan took 30 ms).
                self.conn.execute(
                    update(HISTORY_TABLE)
                    .where(
                        history.customer_id == customer_id,
                        history.txn == self.txn,
                        history.entity == entity,
                        history.entity_id == entity_id,
                        history.field == "",
                    )
                    .values(new_value=summary)
                )
        self.summaries = {}
        if not self.rows:
            return
        numbers = _numbers(self.conn, self.session, {r["customer_id"] for r in self.rows})
        for row in self.rows:
            if row["customer_id"] is not None:
                row["customer_number"] = numbers.get(row["customer_id"], "")
        self.conn.execute(insert(HISTORY_TABLE), self.rows)
        self.rows = []


# References logged as what the user knows them by, not as row ids:
# column → (logged field, table referred to, its column shown). Tables by name, so that
# this module need not import invoicing.
READABLE_REFERENCES: dict[str, tuple[str, str, str]] = {
    "group_id": ("group", "customer_group", "name"),
    "alt_billing_customer_id": ("alt_billing_customer_number", "customer", "customer_number"),
    "customer_id": ("customer", "customer", "customer_number"),
    "billing_customer_id": ("billing_customer_number", "customer", "customer_number"),
    "office_id": ("office", "office", "name"),
    "contact_id": ("contact", "contact_person", "name"),
    "credit_of_id": ("credit_of_number", "invoice", "number"),
}
# Invoice columns copied from the own company's and the customer's details when an invoice
# is finalised: the copy is no change of anyone's data, and would log some 20 entries.
_SNAPSHOT_PREFIXES = ("seller_", "buyer_")
# Invoice columns worked out from others that are logged: the total to pay stands for
# the rows (which are not logged one by one), the paid amount and state for a payment.
# These follow from them and would only repeat the same change.
_DERIVED_INVOICE_COLUMNS = frozenset(
    {"total_net", "total_vat", "credited_amount", "open_amount", "paid_date", "finalised_at"}
)
# Tables whose rows, created and then changed within one transaction (an invoice saved
# and finalised in one go), are logged as one *created* entry with the final summary.
_CREATED_ONCE = frozenset({"invoice"})


def is_logged(table: str, column: str) -> bool:
    """Whether a change of ``table.column`` is written into the history."""
    if column in SKIPPED_COLUMNS or column == "definition_id" or table in _APPEND_ONLY:
        return False
    if table == "invoice":
        return not column.startswith(_SNAPSHOT_PREFIXES) and column not in (
            _DERIVED_INVOICE_COLUMNS
        )
    return True


def _lookup(conn: Connection, table_name: str, column: str, row_id: Any) -> str | None:
    if row_id is None:
        return None
    table = Customer.metadata.tables[table_name]
    value = conn.execute(select(table.c[column]).where(table.c.id == row_id)).scalar()
    return None if value is None else str(value)


def _column_changes(writer: _Writer, obj: Any, table: str) -> None:
    state = inspect(obj)
    mapper = state.mapper
    customer_id = _customer_id(obj)
    conn = writer.conn
    for attr in mapper.column_attrs:
        key = attr.key
        if not is_logged(table, key):
            continue
        hist = state.attrs[key].history
        if not hist.has_changes():
            continue
        old = hist.deleted[0] if hist.deleted else None
        new = hist.added[0] if hist.added else None
        if old == new:
            continue
        field = key
        reference = READABLE_REFERENCES.get(key)
        if reference is not None:
            field, referred, shown = reference
            old = _lookup(conn, referred, shown, old)
            new = _lookup(conn, referred, shown, new)
        action = Action.UPDATED
        if isinstance(obj, Customer) and key == "active" and old is True and new is False:
            action = Action.INACTIVATED
        if isinstance(obj, CustomFieldValue) and obj.definition is not None:
            field = f"custom:{obj.definition.name}"
        writer.add(action, customer_id, table, obj.id, field, value_text(old), value_text(new))


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    for obj in session.new:
        # A spreadsheet import announces itself by its batch.
        if getattr(obj, "__tablename__", None) == "import_batch" and not session.info.get(
            _ACTION_KEY
        ):
            set_action(session, Action.IMPORTED, batch_id=obj.id)
    writer = _Writer(session)
    for obj in session.new:
        table = _table(obj)
        if table is None:
            continue
        summary = _TRACKED[table](obj)
        field = ""
        if isinstance(obj, CustomFieldValue) and obj.definition is not None:
            field = f"custom:{obj.definition.name}"
        writer.add(Action.CREATED, _customer_id(obj), table, obj.id, field, None, summary)
    for obj in session.dirty:
        table = _table(obj)
        if table is None or not session.is_modified(obj, include_collections=False):
            continue
        if table in _CREATED_ONCE and writer.created_earlier(table, obj.id):
            writer.resummarise(table, obj.id, _customer_id(obj), _TRACKED[table](obj))
            continue
        _column_changes(writer, obj, table)
    deleted: dict[int, str] = session.info.setdefault(_DELETED_KEY, {})
    for obj in session.deleted:
        table = _table(obj)
        if table is None:
            continue
        if isinstance(obj, Customer):
            deleted[obj.id] = obj.customer_number
        summary = _TRACKED[table](obj)
        writer.add(Action.DELETED, _customer_id(obj), table, obj.id, "", summary, None)
    writer.write()


# Tables that bulk loaders (``storage.bulk``: demo data, spreadsheet imports) fill with
# raw ``executemany``, past every ORM event: their new rows are found at commit instead.
_SWEPT: dict[str, tuple[str, str]] = {
    # table → (customer id column, summary column)
    "customer": ("id", "name"),
    "contact_person": ("customer_id", "name"),
    "office": ("customer_id", "name"),
    "note": ("customer_id", "text"),
}


def note_bulk_insert(session: Session) -> None:
    """Call before inserting rows past the ORM: rows above today's highest ids are new.

    The first call of a transaction reads each swept table's highest id; the commit
    sweep logs every row above it. Transactions without bulk inserts read nothing.
    """
    if _START_KEY in session.info:
        return
    connection = session.connection()
    # No other writer may add rows to these tables until this transaction ends, or the
    # sweep would log their rows as this one's.
    session.info["backend"].serialise_inserts(connection, tuple(_SWEPT))
    starts = {}
    for table in _SWEPT:
        starts[table] = connection.exec_driver_sql(f"SELECT max(id) FROM {table}").scalar() or 0
    session.info[_START_KEY] = starts


# The columns of a history entry, in the order the commit sweep writes them.
_ENTRY_COLUMNS = (
    "at", "user", "txn", "action", "customer_id", "customer_number", "entity", "entity_id",
    "field", "old_value", "new_value", "batch_id",
)  # fmt: skip


def _id_ranges(start: int, skipped: Iterable[int]) -> Iterator[tuple[int, int | None]]:
    """Open id ranges ``(low, high)`` above ``start`` that leave out the ``skipped`` ids.

    ``high`` is None for the last, unbounded range; runs of consecutive skipped ids
    leave no empty range between them.
    """
    low = start
    for skipped_id in sorted(skipped):
        if skipped_id - low > 1:
            yield low, skipped_id
        low = max(low, skipped_id)
    yield low, None


def _sweep_select(
    table_name: str, low: int, high: int | None, head: tuple[Any, ...], valueless: bool
) -> Any:
    """The history entries of one swept table's new rows with ids in ``(low, high)``."""
    table = Customer.metadata.tables[table_name]
    customers = cast(Table, Customer.__table__)
    customer_column, summary_column = _SWEPT[table_name]
    customer_id = table.c[customer_column]
    if table is customers:
        number: Any = table.c.customer_number
        source: Any = table
    else:
        number = func.coalesce(customers.c.customer_number, "")
        source = table.outerjoin(customers, customers.c.id == customer_id)
    summary = func.coalesce(table.c[summary_column], "")
    if valueless:
        value: Any = null()
    elif table_name == "note":
        value = func.substr(summary, 1, 200)
    else:
        value = summary
    stmt = (
        _entries_select(head, customer_id, number, table_name, table.c.id, value)
        .select_from(source)
        .where(table.c.id > low)
        .order_by(table.c.id)
    )
    if high is not None:
        stmt = stmt.where(table.c.id < high)
    return stmt


def sweep_bulk_inserts(session: Session) -> int:
    """Log rows inserted past the ORM in this transaction; returns how many.

    Tens of thousands of rows after an import: each swept table's new rows become
    entries in one ``INSERT … SELECT`` (portable SQL), so no row passes through Python.
    Rows the ORM already logged as created in this transaction are left out by id. The
    entries are the ones :class:`_Writer` would write: a customer number that the
    transaction's number cache holds (a customer renumbered or deleted since it was
    logged) replaces the one read from the table.
    """
    starts: dict[str, int] | None = session.info.get(_START_KEY)
    if not starts:
        return 0
    logged: set[tuple[str, int]] = session.info.get(_LOGGED_KEY, set())
    writer = _Writer(session)
    conn = writer.conn
    action = writer.explicit or Action.CREATED
    head = (writer.now, writer.user, writer.txn, action.value, writer.batch_id)
    before = conn.execute(select(func.max(HISTORY_TABLE.c.id))).scalar() or 0
    count = 0
    for table_name in _SWEPT:
        start = starts[table_name]
        skipped = [i for t, i in logged if t == table_name and i > start]
        for low, high in _id_ranges(start, skipped):
            stmt = _sweep_select(table_name, low, high, head, action in VALUELESS_ACTIONS)
            result = conn.execute(insert(HISTORY_TABLE).from_select(_ENTRY_COLUMNS, stmt))
            count += max(result.rowcount, 0)
    numbers: dict[int, str] = session.info.get(_NUMBERS_KEY, {})
    if count and numbers:
        _restore_cached_numbers(conn, numbers, before, writer.txn)
    return count


def _restore_cached_numbers(
    conn: Connection, numbers: dict[int, str], after_id: int, txn: str
) -> None:
    current = _stored_numbers(conn, list(numbers))
    history = HISTORY_TABLE.c
    for customer_id, number in numbers.items():
        if current.get(customer_id) != number:
            conn.execute(
                update(HISTORY_TABLE)
                .where(
                    history.id > after_id, history.customer_id == customer_id, history.txn == txn
                )
                .values(customer_number=number)
            )


def _bulk_delete(state: ORMExecuteState) -> None:
    """Log a bulk delete of customers, before it runs: a *deleted* entry for each.

    The entries are written by one ``INSERT … SELECT`` over the rows the statement
    deletes, so that an undo of tens of thousands of imported customers passes none of
    them through Python but their ids and numbers (which the commit settles).
    """
    mapper = state.bind_mapper
    if mapper is None or mapper.class_ is not Customer:
        return
    where = state.statement.whereclause  # type: ignore[attr-defined]
    parameters = state.parameters or {}
    session = state.session
    writer = _Writer(session)
    conn = writer.conn
    stmt = select(Customer.id, Customer.customer_number)
    if where is not None:
        stmt = stmt.where(where)
    rows = conn.execute(stmt, parameters).all()
    if not rows:
        return
    deleted: dict[int, str] = session.info.setdefault(_DELETED_KEY, {})
    deleted.update(rows)
    action = writer.explicit or Action.DELETED
    head = (writer.now, writer.user, writer.txn, action.value, writer.batch_id)
    entries = _deleted_select(head)
    if where is not None:
        entries = entries.where(where)
    conn.execute(insert(HISTORY_TABLE).from_select(_ENTRY_COLUMNS, entries), parameters)
    # As the other entries of this transaction, each names its customer by the number it
    # was first logged with in the transaction (a customer renumbered since).
    numbers: dict[int, str] = session.info.setdefault(_NUMBERS_KEY, {})
    history = HISTORY_TABLE.c
    for customer_id, number in rows:
        logged = numbers.setdefault(customer_id, number)
        if logged != number:
            conn.execute(
                update(HISTORY_TABLE)
                .where(history.txn == writer.txn, history.customer_id == customer_id)
                .values(customer_number=logged)
            )


def _deleted_select(head: tuple[Any, ...]) -> Any:
    """A *deleted* entry (with ``head``'s time, user, transaction, action and batch) for
    each customer the statement is narrowed to."""
    customers = cast(Table, Customer.__table__)
    return _entries_select(
        head, customers.c.id, customers.c.customer_number, "customer", customers.c.id, null()
    ).select_from(customers)


def _entries_select(
    head: tuple[Any, ...], customer_id: Any, number: Any, entity: str, entity_id: Any, value: Any
) -> Any:
    """History entries in :data:`_ENTRY_COLUMNS` order, made by the database from rows:
    ``head`` (time, user, transaction, action, batch) the same on each, the other columns
    taken from the rows; no field and no old value."""
    columns = HISTORY_TABLE.c
    at, user, txn, action, batch_id = head
    return select(
        literal(at, columns.at.type),
        literal(user, columns.user.type),
        literal(txn, columns.txn.type),
        literal(action, columns.action.type),
        customer_id,
        number,
        literal(entity, columns.entity.type),
        entity_id,
        literal("", columns.field.type),
        null(),
        value,
        literal(batch_id, columns.batch_id.type),
    )


def _on_execute(state: ORMExecuteState) -> Any:
    if state.is_select:
        return None
    if state.is_delete:
        _bulk_delete(state)
    return None


def settle_deleted_customers(session: Session) -> None:
    """Move a merged customer's entries to the survivor; strip a deleted one's.

    A few statements per thousand customers, however many an undo of an import deletes.
    """
    deleted: dict[int, str] = session.info.pop(_DELETED_KEY, {})
    if not deleted:
        return
    conn = session.connection()
    history = HISTORY_TABLE.c
    txn = _txn(session)
    survivors = _survivors(conn, list(deleted.values()))
    stripped: list[int] = []
    for customer_id, number in deleted.items():
        survivor = survivors.get(number)
        if survivor is None:
            stripped.append(customer_id)
            continue
        conn.execute(
            update(HISTORY_TABLE)
            .where(history.customer_id == customer_id)
            .values(customer_id=survivor)
        )
        writer = _Writer(session)
        writer.add(Action.MERGED, survivor, "customer", survivor, "merged_number", None, number)
        writer.write()
    for condition in in_id_runs(history.customer_id, stripped):
        conn.execute(
            update(HISTORY_TABLE)
            .where(condition)
            .values(customer_id=None, old_value=None, new_value=None)
        )
    if survivors:
        conn.execute(
            update(HISTORY_TABLE)
            .where(history.txn == txn, history.action.in_(["created", "updated", "deleted"]))
            .values(action=Action.MERGED.value)
        )


def _survivors(conn: Connection, numbers: Sequence[str]) -> dict[str, int]:
    """Number → the customer it is now an alias of, for those of ``numbers`` merged into a
    customer that still exists.

    More numbers than one ``IN (…)`` list holds (an undone import) are matched against
    one read of every alias instead of a list per 900 numbers: merges leave far fewer
    aliases than an import makes customers.
    """
    alias = CustomerNumberAlias
    stmt = select(alias.number, alias.customer_id).join(Customer, Customer.id == alias.customer_id)
    if len(numbers) <= IN_LIST_SIZE:
        return dict(conn.execute(stmt.where(alias.number.in_(numbers))).all())
    wanted = set(numbers)
    return {number: survivor for number, survivor in conn.execute(stmt) if number in wanted}


def erase_values(session: Session, customer_id: int) -> int:
    """Drop every old and new value logged for a customer (erasure); returns entries."""
    result = session.connection().execute(
        update(HISTORY_TABLE)
        .where(HISTORY_TABLE.c.customer_id == customer_id)
        .values(old_value=None, new_value=None)
    )
    return int(result.rowcount or 0)


def erase_entity_values(session: Session, entity: str, entity_id: int) -> int:
    """Drop every old and new value logged for one row (a deleted contact person)."""
    history = HISTORY_TABLE.c
    result = session.connection().execute(
        update(HISTORY_TABLE)
        .where(history.entity == entity, history.entity_id == entity_id)
        .values(old_value=None, new_value=None)
    )
    return int(result.rowcount or 0)


def _before_commit(session: Session) -> None:
    session.flush()
    sweep_bulk_inserts(session)
    settle_deleted_customers(session)


def _reset(session: Session, *_args: Any) -> None:
    for key in (_ACTION_KEY, _BATCH_KEY, _TXN_KEY, _DELETED_KEY, _NUMBERS_KEY, _START_KEY,
                _LOGGED_KEY):  # fmt: skip
        session.info.pop(key, None)


def attach(sessions: sessionmaker[Session]) -> None:
    """Log every change made through sessions of ``sessions`` (the writing factory)."""
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "do_orm_execute", _on_execute)
    event.listen(sessions, "before_commit", _before_commit)
    event.listen(sessions, "after_commit", _reset)
    event.listen(sessions, "after_rollback", _reset)


__all__ = [
    "READABLE_REFERENCES",
    "Action",
    "attach",
    "erase_entity_values",
    "erase_values",
    "is_logged",
    "note_bulk_insert",
    "set_action",
    "settle_deleted_customers",
    "value_text",
]
