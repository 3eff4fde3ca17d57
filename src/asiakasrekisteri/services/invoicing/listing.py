"""The invoices window's lists in SQL: the ordered ids, one page of lines, the open sum.

Filters and order run on indexed columns of the stored totals, so a list of 200,000
invoices is one query of ids; the lines a view paints are read a page at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from functools import cache
from itertools import chain
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select
from sqlalchemy.orm import aliased

from asiakasrekisteri.domain.invoice import OPEN_STATUSES, InvoiceKind, InvoiceStatus
from asiakasrekisteri.domain.invoice_list import (
    InvoiceFilter,
    InvoiceListItem,
    InvoiceListQuery,
    InvoiceSort,
)
from asiakasrekisteri.domain.money import ZERO
from asiakasrekisteri.storage.backend import in_chunks
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models import Customer
from asiakasrekisteri.storage.models_invoicing import Invoice

_OPEN = sorted(s.value for s in OPEN_STATUSES)
_SORT_COLUMNS: dict[InvoiceSort, Any] = {
    InvoiceSort.CUSTOMER: Invoice.buyer_name,
    InvoiceSort.DATE: Invoice.invoice_date,
    InvoiceSort.DUE: Invoice.due_date,
    InvoiceSort.TOTAL: Invoice.total_gross,
    InvoiceSort.OPEN: Invoice.open_amount,
    InvoiceSort.STATUS: Invoice.status,
    InvoiceSort.SENT: Invoice.sent_at,
}
# A number or reference is at most this long; longer digits are searched as text only.
_MAX_NUMBER_DIGITS = 15


def _text_condition(text: str) -> ColumnElement[bool]:
    """Every word in the number, reference, buyer's customer number or name."""
    conditions = []
    for word in text.split():
        options: list[ColumnElement[bool]] = [
            Invoice.buyer_name.ilike(f"%{_escaped(word)}%", escape="\\"),
            Invoice.buyer_customer_number == word,
        ]
        if word.isascii() and word.isdigit() and len(word) <= _MAX_NUMBER_DIGITS:
            options += [Invoice.number == int(word), Invoice.reference == word]
        conditions.append(or_(*options))
    return and_(*conditions)


def _escaped(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def filtered(stmt: Select[Any], query: InvoiceListQuery, today: date) -> Select[Any]:
    """``stmt`` narrowed to the invoices ``query`` shows on ``today``."""
    if query.customer_id is not None:
        stmt = stmt.where(
            or_(
                Invoice.customer_id == query.customer_id,
                Invoice.billing_customer_id == query.customer_id,
            )
        )
    if query.state is InvoiceFilter.DRAFTS:
        stmt = stmt.where(Invoice.status == InvoiceStatus.DRAFT.value)
    elif query.state in (InvoiceFilter.OPEN, InvoiceFilter.OVERDUE):
        stmt = stmt.where(Invoice.status.in_(_OPEN), Invoice.open_amount > ZERO)
        if query.state is InvoiceFilter.OVERDUE:
            stmt = stmt.where(Invoice.due_date < today)
    if query.since is not None:
        stmt = stmt.where(Invoice.invoice_date >= query.since)
    if query.until is not None:
        stmt = stmt.where(Invoice.invoice_date <= query.until)
    if query.text.strip():
        stmt = stmt.where(_text_condition(query.text))
    return stmt


def invoice_ids(db: Database, query: InvoiceListQuery, today: date) -> list[int]:
    """Ids of the invoices ``query`` shows, in its order.

    By number, the drafts (which have none yet) come first, newest first, then the
    numbered ones: two index-ordered reads instead of one sort of every row. By any
    other column, ties go by id in the same direction.
    """
    base = filtered(select(Invoice.id), query, today)
    with db.engine.connect() as conn:
        fetch = db.backend.fetch_rows
        if query.sort is InvoiceSort.NUMBER:
            drafts = base.where(Invoice.number.is_(None)).order_by(Invoice.id.desc())
            if query.state in (InvoiceFilter.OPEN, InvoiceFilter.OVERDUE):
                drafts = drafts.where(false())
            numbered = base.where(Invoice.number.is_not(None)).order_by(
                Invoice.number.desc() if query.descending else Invoice.number
            )
            first = _first_column(fetch(conn, drafts))
            rest = _first_column(fetch(conn, numbered))
            return first + rest if query.descending else rest + first
        column = _SORT_COLUMNS[query.sort]
        if query.sort is InvoiceSort.SENT:
            # Not yet sent counts as the earliest on every backend (PostgreSQL would put
            # NULL last going up, SQLite first).
            ordered = base.order_by(
                column.desc().nulls_last() if query.descending else column.asc().nulls_first(),
                Invoice.id.desc() if query.descending else Invoice.id,
            )
        elif query.descending:
            ordered = base.order_by(column.desc(), Invoice.id.desc())
        else:
            ordered = base.order_by(column, Invoice.id)
        return _first_column(fetch(conn, ordered))


def _first_column(rows: list[Any]) -> list[int]:
    """The ids of one-column rows (at 200,000 rows a third of the time of a comprehension)."""
    return list(chain.from_iterable(rows))


def open_sum(db: Database, query: InvoiceListQuery, today: date) -> Decimal:
    """What is open on the invoices ``query`` shows."""
    stmt = filtered(select(func.sum(Invoice.open_amount)), query, today)
    with db.read() as session:
        total = session.scalar(stmt)
    return total if total is not None else ZERO


def invoice_items(db: Database, ids: Sequence[int]) -> dict[int, InvoiceListItem]:
    """The list lines of ``ids`` (those that still exist), by id.

    A draft has no frozen buyer yet: its line names the billing customer as the card
    has them today.
    """
    out: dict[int, InvoiceListItem] = {}
    stmt = item_select()
    with db.read() as session:
        conn = session.connection()
        for chunk in in_chunks(ids):
            for row in conn.execute(stmt.where(Invoice.id.in_(chunk))):
                out[row[0]] = item_of(row)
    return out


@cache
def item_select() -> Select[Any]:
    """The columns of a list line (see :func:`item_of`), to narrow and order.

    Built once: the statement is immutable, and building it costs more than running it.
    """
    payer = aliased(Customer)
    stmt = select(
        Invoice.id, Invoice.kind, Invoice.status, Invoice.number, Invoice.customer_id,
        Invoice.buyer_customer_number, Invoice.buyer_name, Invoice.invoice_date,
        Invoice.due_date, Invoice.total_gross, Invoice.open_amount, Invoice.sent_at,
        payer.customer_number, payer.name,
    ).outerjoin(
        payer,
        and_(
            Invoice.status == InvoiceStatus.DRAFT.value,
            payer.id == func.coalesce(Invoice.billing_customer_id, Invoice.customer_id),
        ),
    )  # fmt: skip
    return cast(Select[Any], stmt)


def item_of(row: Sequence[Any]) -> InvoiceListItem:
    """A row of :func:`item_select` as a list line."""
    draft = row[2] == InvoiceStatus.DRAFT.value
    return InvoiceListItem(
        id=row[0],
        kind=InvoiceKind(row[1]),
        status=InvoiceStatus(row[2]),
        number=row[3],
        customer_id=row[4],
        customer_number=(row[12] or "") if draft else row[5],
        customer_name=(row[13] or "") if draft else row[6],
        invoice_date=row[7],
        due_date=row[8],
        total=row[9],
        open_amount=row[10],
        sent_at=row[11],
    )


__all__ = ["filtered", "invoice_ids", "invoice_items", "item_of", "item_select", "open_sum"]
