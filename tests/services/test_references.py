"""Payment references in the register: none taken twice, and the check finds old duplicates.

The program's own references never meet (tests/domain/test_reference.py proves the
scheme); what these tests build by hand are registers from before it: references issued
with the old padding and fixed references entered before they were checked.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update

from asiakasrekisteri.domain import reference
from asiakasrekisteri.domain.reference import ReferenceKind
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.services.invoicing.references import duplicate_references
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models import Customer
from asiakasrekisteri.storage.models_invoicing import Invoice
from tests.services.test_invoicing import add_customer, make_invoice

DAY = date(2026, 1, 5)


def set_reference(db: Database, number: int, ref: str) -> None:
    with db.transaction() as session:
        session.execute(update(Invoice).where(Invoice.number == number).values(reference=ref))


def set_fixed(db: Database, customer_id: int, ref: str) -> None:
    with db.transaction() as session:
        session.execute(
            update(Customer).where(Customer.id == customer_id).values(fixed_reference=ref)
        )


def duplicates(db: Database) -> list[str]:
    with db.read() as session:
        return duplicate_references(session)


def test_a_fixed_reference_on_all_of_its_payers_invoices_is_no_duplicate(
    db: Database, invoicing: InvoicingService, customers: CustomerService
) -> None:
    fixed = add_customer(customers, fixed_reference="43216")
    first = make_invoice(invoicing, fixed, day=DAY)
    second = make_invoice(invoicing, fixed, day=DAY)
    assert first.reference == second.reference == "43216"
    assert invoicing.statement(fixed, today=DAY).reference == "43216"
    assert duplicates(db) == []


def test_open_items_sharing_a_reference_in_any_form_are_reported(
    db: Database, invoicing: InvoicingService, customers: CustomerService
) -> None:
    one = add_customer(customers, customer_number="1001")
    two = add_customer(customers, name="Toinen Oy", business_id="", customer_number="1002")
    first = make_invoice(invoicing, one, day=DAY)
    second = make_invoice(invoicing, two, day=DAY)
    paid = make_invoice(invoicing, two, day=DAY)
    assert duplicates(db) == []
    # The same reference, once national and once in RF form: a bank mixes them up.
    set_reference(db, second.number, reference.to_rf(first.reference))
    assert duplicates(db) == [reference.format(first.reference)]
    # A settled invoice is no open item.
    set_reference(db, second.number, second.reference)
    set_reference(db, paid.number, first.reference)
    invoicing.record_payment(paid.id, paid.total, DAY)
    assert duplicates(db) == []


def test_a_fixed_reference_or_a_statement_reference_on_another_payers_invoice_is_reported(
    db: Database, invoicing: InvoicingService, customers: CustomerService
) -> None:
    one = add_customer(customers, customer_number="1001")
    two = add_customer(customers, name="Toinen Oy", business_id="", customer_number="1002")
    first = make_invoice(invoicing, one, day=DAY)
    set_fixed(db, two, first.reference)
    assert duplicates(db) == [reference.format(first.reference)]
    set_fixed(db, two, "")
    statement_of_two = reference.for_document(ReferenceKind.STATEMENT, 1002)
    make_invoice(invoicing, two, day=DAY)  # two has open items, so a statement
    set_reference(db, first.number, statement_of_two)
    assert duplicates(db) == [reference.format(statement_of_two)]
    with pytest.raises(RuleViolation) as info:
        invoicing.statement(two, today=DAY)
    assert info.value.code == "reference.taken"


def test_finalising_refuses_a_reference_in_use_and_keeps_the_number(
    db: Database, invoicing: InvoicingService, customers: CustomerService
) -> None:
    one = add_customer(customers, customer_number="1001")
    two = add_customer(customers, name="Toinen Oy", business_id="", customer_number="1002")
    first = make_invoice(invoicing, one, day=DAY)
    set_fixed(db, two, first.reference)  # entered before fixed references were checked
    with pytest.raises(RuleViolation) as info:
        make_invoice(invoicing, two, day=DAY)
    assert info.value.code == "reference.taken"
    set_fixed(db, two, "")
    # An invoice issued with the old padding holds the reference the next one would get.
    set_reference(db, first.number, reference.for_document(ReferenceKind.INVOICE, 1001))
    with pytest.raises(RuleViolation) as info:
        make_invoice(invoicing, two, day=DAY)
    assert info.value.code == "reference.taken"
    assert [r.number for r in invoicing.list_invoices()] == [first.number]
    assert invoicing.settings().next_invoice_number == first.number + 1


def test_issued_references_stay_as_issued(
    db: Database, invoicing: InvoicingService, customers: CustomerService
) -> None:
    cid = add_customer(customers)
    old = make_invoice(invoicing, cid, day=DAY)
    set_reference(db, old.number, reference.create("1000"))  # as the old padding gave it
    invoicing.record_payment(old.id, old.total - 1, DAY)
    again = invoicing.get(old.id)
    assert again.reference == reference.create("1000")
    assert again.virtual_barcode[28:48].lstrip("0") == reference.create("1000")
