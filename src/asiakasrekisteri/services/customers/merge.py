"""Merging two customers into one; it cannot be undone, so a backup goes first."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import update

from asiakasrekisteri.domain.customer import CustomerData, CustomerRecord, validate_customer
from asiakasrekisteri.services.backup import BackupKind, BackupService
from asiakasrekisteri.services.customers._rows import (
    alt_billing_id,
    check_number_free,
    customer_row,
)
from asiakasrekisteri.services.dependents import DependentRecords
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.mapping import apply_customer_data, customer_to_record
from asiakasrekisteri.storage.models import Customer, CustomerNumberAlias


class CustomerMerge:
    """The merge (part of ``CustomerService``)."""

    db: Database
    dependents: DependentRecords
    backups: BackupService

    def may_merge(self) -> bool:
        """Whether the user's role may merge customers.

        A merge moves the merged customer's invoices and first backs up the whole
        register; a limited team member may neither touch invoices nor read them all.
        """
        return self.db.sees_invoicing()

    def merge(self, survivor_id: int, merged_id: int, chosen: CustomerData) -> CustomerRecord:
        """Merge ``merged_id`` into ``survivor_id``.

        The survivor takes the ``chosen`` card fields; contacts, offices, notes, custom
        values and the records of other features (``dependents``, e.g. invoices) move to it;
        the merged customer's number becomes an alias of the survivor. A backup is made
        first: a merge cannot be undone. A role that may not do both is refused before
        anything is read (:meth:`may_merge`).
        """
        if not self.may_merge():
            raise RuleViolation(
                "Your role in the team cannot merge customers: a merge moves their invoices. "
                "A full team member can merge them.",
                code="merge.limited_role",
            )
        if survivor_id == merged_id:
            raise RuleViolation("A customer cannot be merged with itself.", code="merge.same")
        with self.db.read() as session:
            merged_number = customer_row(session, merged_id).customer_number
            customer_row(session, survivor_id)
        clean = validate_customer(chosen)
        self.backups.backup_before(BackupKind.BEFORE_MERGE)
        with self.db.transaction() as session:
            survivor = customer_row(session, survivor_id)
            merged = customer_row(session, merged_id)
            old_survivor_number = survivor.customer_number
            for contact in list(merged.contacts):
                contact.is_default = contact.is_default and not any(
                    c.is_default for c in survivor.contacts
                )
                contact.customer = survivor
            for office in list(merged.offices):
                office.is_default = office.is_default and not any(
                    o.is_default for o in survivor.offices
                )
                office.customer = survivor
            for note in list(merged.notes):
                note.customer = survivor
            self.dependents.move(session, merged_id, survivor_id)
            session.execute(
                update(CustomerNumberAlias)
                .where(CustomerNumberAlias.customer_id == merged_id)
                .values(customer_id=survivor_id)
            )
            session.execute(
                update(Customer)
                .where(Customer.alt_billing_customer_id == merged_id)
                .values(alt_billing_customer_id=survivor_id)
            )
            session.flush()
            session.delete(merged)
            session.flush()
            # The caller's choice of custom values is final: the dialog passes them all.
            if clean.alt_billing_customer_number in {merged_number, old_survivor_number}:
                # Both numbers are the survivor's now; a customer cannot bill itself.
                clean = replace(clean, alt_billing_customer_number="")
            check_number_free(session, clean.customer_number, survivor_id)
            alt = alt_billing_id(session, clean, survivor_id)
            apply_customer_data(session, survivor, clean, alt)
            aliases = {merged_number, old_survivor_number} - {clean.customer_number}
            for number in aliases:
                session.merge(CustomerNumberAlias(number=number, customer_id=survivor_id))
            session.flush()
            return customer_to_record(session, survivor)
