"""Row look-ups and register rules the customer use cases share."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asiakasrekisteri.domain.customer import CustomerData
from asiakasrekisteri.domain.errors import FieldErrors, InvalidFormat
from asiakasrekisteri.services.errors import NotFound
from asiakasrekisteri.storage.models import Customer, CustomerNumberAlias


def like_pattern(term: str) -> str:
    """A LIKE pattern (escape character ``\\``) that finds ``term`` anywhere."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


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
