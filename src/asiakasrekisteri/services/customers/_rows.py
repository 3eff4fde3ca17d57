"""Row look-ups and register rules the customer use cases share."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from asiakasrekisteri.domain.customer import CustomerData
from asiakasrekisteri.domain.errors import FieldErrors, InvalidFormat
from asiakasrekisteri.domain.identifiers import suggest_customer_number
from asiakasrekisteri.services.errors import NotFound
from asiakasrekisteri.storage.models import Customer, CustomerNumberAlias


def like_pattern(term: str) -> str:
    """A LIKE pattern (escape character ``\\``) that finds ``term`` anywhere."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def next_customer_number(session: Session) -> str:
    """The next number free of both customers and numbers merged away: one more than the
    largest purely numeric one, keeping a zero-padded number's width.

    The database finds the candidates, so no number travels to Python, and within a
    writing transaction it sees exactly what the transaction would insert beside:

    * the largest customer number without leading zeros: the last of the index in
      numeric order (length, then text), read from its end;
    * the largest zero-padded one (the numbers from "0" to "1" of the unique index,
      usually none), by its significant digits, widest writing first;
    * the same over the numbers merged away, a short list.
    """
    digits_only = session.info["backend"].digits_only
    number = Customer.customer_number
    candidates = [
        # "Not starting with 0" as a function, not ``>= "1"``: a range on the number
        # would lead SQLite to the unique index and a sort of every number instead.
        select(number)
        .where(func.substr(number, 1, 1) != "0", digits_only(number))
        .order_by(func.length(number).desc(), number.desc()),
        _largest(select(number).where(number >= "0", number < "1", digits_only(number)), number),
        _largest(
            select(CustomerNumberAlias.number).where(digits_only(CustomerNumberAlias.number)),
            CustomerNumberAlias.number,
        ),
    ]
    tops = [session.scalar(stmt.limit(1)) for stmt in candidates]
    return suggest_customer_number([top for top in tops if top is not None])


def _largest(stmt: Select[str], number: Any) -> Select[str]:
    """``stmt`` ordered so that the numerically largest number, widest first, comes first."""
    significant = func.ltrim(number, "0")
    return stmt.order_by(
        func.length(significant).desc(), significant.desc(), func.length(number).desc()
    )


def get_row(session: Session, model: type[Any], row_id: int | None) -> Any:
    """The row of ``model`` with ``row_id``.

    Raises:
        NotFound: There is no such row (any more).
    """
    row = session.get(model, row_id) if row_id is not None else None
    if row is None:
        raise NotFound()
    return row


def locked_row(session: Session, model: type[Any], row_id: int | None) -> Any:
    """Like :func:`get_row`, with the row locked until the transaction ends (on a server;
    SQLite has one writer at a time anyway), read afresh: a save checks its version."""
    if row_id is not None:
        session.scalar(select(model.id).where(model.id == row_id).with_for_update())
    row = session.get(model, row_id, populate_existing=True) if row_id is not None else None
    if row is None:
        raise NotFound()
    return row


def customer_row(session: Session, customer_id: int, *, for_update: bool = False) -> Customer:
    """The customer with ``customer_id``; raises NotFound like :func:`get_row`.

    ``for_update`` locks the row until the transaction ends, where the database locks
    rows (a server); SQLite has one writer at a time anyway.
    """
    if for_update:
        locked = session.scalar(
            select(Customer.id).where(Customer.id == customer_id).with_for_update()
        )
        if locked is None:
            raise NotFound()
        customer = session.get(Customer, customer_id, populate_existing=True)
        if customer is None:  # pragma: no cover - locked above
            raise NotFound()
        return customer
    found: Customer = get_row(session, Customer, customer_id)
    return found


def check_number_free(session: Session, number: str, own_id: int | None) -> None:
    """Refuse a customer number that another customer has, or had before a merge."""
    taken = session.scalar(select(Customer.id).where(Customer.customer_number == number))
    alias = session.scalar(
        select(CustomerNumberAlias.customer_id).where(CustomerNumberAlias.number == number)
    )
    if (taken is not None and taken != own_id) or (alias is not None and alias != own_id):
        raise FieldErrors(
            {
                "customer_number": InvalidFormat(
                    "The customer number {number} is already in use.",
                    code="customer_number.taken",
                    field="customer_number",
                    number=number,
                )
            }
        )


def alt_billing_id(session: Session, data: CustomerData, own_id: int | None) -> int | None:
    """The id of the card's other billing customer, or None when it names none."""
    if not data.alt_billing_customer_number:
        return None
    alt = session.scalar(
        select(Customer.id).where(Customer.customer_number == data.alt_billing_customer_number)
    )
    if alt is None or alt == own_id:
        raise FieldErrors(
            {
                "alt_billing_customer_number": InvalidFormat(
                    "No other customer has the number {number}.",
                    code="alt_billing.not_found",
                    field="alt_billing_customer_number",
                    number=data.alt_billing_customer_number,
                )
            }
        )
    return alt


def clear_default(rows: Iterable[Any], keep: Any) -> None:
    """Make ``keep`` the only default among ``rows`` (contacts or offices)."""
    for row in rows:
        if row is not keep and row.is_default:
            row.is_default = False
