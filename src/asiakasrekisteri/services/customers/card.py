"""One customer card: reading, checking, creating, changing and deleting it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy import select

from asiakasrekisteri.domain.customer import CustomerData, CustomerRecord, validate_customer
from asiakasrekisteri.services.customers._rows import (
    alt_billing_id,
    check_number_free,
    customer_row,
    next_customer_number,
)
from asiakasrekisteri.services.customers.conflicts import EditConflict, changes_since
from asiakasrekisteri.services.dependents import DependentRecords
from asiakasrekisteri.services.errors import NotFound, RuleViolation
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.mapping import apply_customer_data, customer_to_record
from asiakasrekisteri.storage.models import Customer, CustomerNumberAlias


class CustomerCards:
    """Card use cases (part of :class:`~asiakasrekisteri.services.customers.CustomerService`)."""

    db: Database
    dependents: DependentRecords

    def shows_invoicing_terms(self) -> bool:
        """Whether the user may see and change the card's discount, credit limit and
        penalty interest (a team's limited role on a server may not)."""
        return self.db.sees_invoicing()

    def get(self, customer_id: int) -> CustomerRecord:
        with self.db.read() as session:
            return customer_to_record(session, customer_row(session, customer_id))

    def find_id_by_number(self, number: str) -> int | None:
        """The customer with this number, following numbers merged away."""
        number = number.strip()
        with self.db.read() as session:
            found = session.scalar(select(Customer.id).where(Customer.customer_number == number))
            if found is None:
                found = session.scalar(
                    select(CustomerNumberAlias.customer_id).where(
                        CustomerNumberAlias.number == number
                    )
                )
            return found

    def get_by_number(self, number: str) -> CustomerRecord:
        customer_id = self.find_id_by_number(number)
        if customer_id is None:
            raise NotFound(
                "No customer has the number {number}.", code="customer.not_found", number=number
            )
        return self.get(customer_id)

    def suggest_number(self) -> str:
        """The next free customer number as things stand (a new card shows it)."""
        with self.db.read() as session:
            return next_customer_number(session)

    def validate(self, data: CustomerData, customer_id: int | None = None) -> CustomerData:
        """Every rule the card must obey, including those that need the register."""
        clean = validate_customer(data)
        with self.db.read() as session:
            check_number_free(session, clean.customer_number, customer_id)
            alt_billing_id(session, clean, customer_id)
        return clean

    def create(self, data: CustomerData) -> CustomerRecord:
        """Add a customer; an empty number gets the next free one.

        The free number is looked up in the transaction that takes it: another program
        adding a customer at the same moment waits for this one, and picks the next.
        """
        with self.db.transaction() as session:
            if not data.customer_number.strip():
                # On a server, other writers' new customers wait until this one is in.
                self.db.backend.serialise_inserts(session.connection(), ("customer",))
                data = replace(data, customer_number=next_customer_number(session))
            clean = validate_customer(data)
            check_number_free(session, clean.customer_number, None)
            customer = Customer()
            apply_customer_data(session, customer, clean, alt_billing_id(session, clean, None))
            session.add(customer)
            session.flush()
            return customer_to_record(session, customer)

    def update(
        self, customer_id: int, data: CustomerData, *, edited_from: CustomerRecord | None = None
    ) -> CustomerRecord:
        """Save the card's data.

        Args:
            edited_from: The card as it was read before the user edited it. When someone
                else has saved the card since, nothing is saved and :class:`EditConflict`
                says who changed what and when. None saves over whatever is stored.
        """
        clean = validate_customer(data)
        with self.db.transaction() as session:
            # Locked for the rest of the transaction: a second saver waits, then sees
            # the version this one writes.
            customer = customer_row(session, customer_id, for_update=True)
            if edited_from is not None and customer.version != edited_from.version:
                raise EditConflict(
                    customer_to_record(session, customer),
                    changes_since(
                        session, customer_id, max(customer.version - edited_from.version, 1)
                    ),
                )
            check_number_free(session, clean.customer_number, customer_id)
            alt = alt_billing_id(session, clean, customer_id)
            apply_customer_data(session, customer, clean, alt)
            session.flush()
            return customer_to_record(session, customer)

    def set_active(self, customer_ids: Iterable[int], active: bool) -> int:
        """Activate or inactivate customers; returns how many changed."""
        changed = 0
        with self.db.transaction() as session:
            for customer_id in customer_ids:
                customer = customer_row(session, customer_id)
                if customer.active != active:
                    customer.active = active
                    changed += 1
        return changed

    def retained_records(self, customer_id: int) -> dict[str, int]:
        """Records that the law requires to keep, per kind, for one customer."""
        with self.db.read() as session:
            return self.dependents.kept(session, customer_id)

    def delete(self, customer_id: int) -> None:
        """Delete a customer with everything on its card.

        Raises:
            RuleViolation: When it has records that must be kept; inactivate it instead.
        """
        with self.db.transaction() as session:
            customer = customer_row(session, customer_id)
            kept = self.dependents.kept_counts(session, customer_id)
            if kept.items:
                raise RuleViolation(
                    "{name} has {what} that must be kept; inactivate the customer instead.",
                    code="customer.delete_refused",
                    name=customer.name,
                    what=kept,
                )
            referrers = session.scalars(
                select(Customer.customer_number).where(
                    Customer.alt_billing_customer_id == customer_id
                )
            ).all()
            if referrers:
                raise RuleViolation(
                    "{name} is the billing customer of {numbers}; change them first.",
                    code="customer.delete_referenced",
                    name=customer.name,
                    numbers=", ".join(referrers),
                )
            session.delete(customer)
