"""Invoices as records kept on a customer; the composition root registers both functions.

A customer with invoices cannot be deleted (:func:`count_invoices`), merging customers
moves the merged one's invoices to the survivor (:func:`move_invoices`), and an
anonymised customer's invoices keep only what bookkeeping needs (:func:`anonymise_buyer`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from asiakasrekisteri.storage.backend import in_id_runs
from asiakasrekisteri.storage.models_invoicing import Invoice


def count_invoices(session: Session, customer_ids: Sequence[int]) -> dict[int, int]:
    """Invoices (drafts too) that name each customer as buyer or payer, for those that have
    any: id → invoices. They must be kept (bookkeeping act)."""
    counts: Counter[int] = Counter()
    for column in (Invoice.customer_id, Invoice.billing_customer_id):
        for condition in in_id_runs(column, customer_ids):
            stmt = select(column, func.count(Invoice.id)).where(condition)
            if column is Invoice.billing_customer_id:
                # An invoice billed to its own customer counts once.
                stmt = stmt.where(Invoice.billing_customer_id != Invoice.customer_id)
            for customer_id, count in session.execute(stmt.group_by(column)):
                if customer_id is not None:  # never, as the condition matches no NULL
                    counts[customer_id] += count
    return dict(counts)


def move_invoices(session: Session, merged_id: int, survivor_id: int) -> None:
    """Re-point the merged customer's invoices to the survivor (customer and billing)."""
    session.execute(
        update(Invoice).where(Invoice.customer_id == merged_id).values(customer_id=survivor_id)
    )
    session.execute(
        update(Invoice)
        .where(Invoice.billing_customer_id == merged_id)
        .values(billing_customer_id=survivor_id)
    )
    # An invoice billed to the survivor for the survivor has no separate billing customer.
    session.execute(
        update(Invoice)
        .where(Invoice.billing_customer_id == Invoice.customer_id)
        .values(billing_customer_id=None)
    )


def anonymise_buyer(session: Session, customer_id: int) -> None:
    """Remove the e-mail, phone and contact person of the customer from invoices it is the
    buyer of; name, address and business id stay, as bookkeeping needs them (AVL 209 e §).
    """
    session.execute(
        update(Invoice)
        .where(
            or_(
                Invoice.billing_customer_id == customer_id,
                and_(Invoice.customer_id == customer_id, Invoice.billing_customer_id.is_(None)),
            )
        )
        .values(buyer_email="", buyer_phone="", buyer_contact_name="")
    )
