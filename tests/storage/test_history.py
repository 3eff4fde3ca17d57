"""The central change log: every change once, who and when, old → new; erasure and merge."""

from __future__ import annotations

import getpass
from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, select

from asiakasrekisteri.domain.customer import ContactData, NoteData
from asiakasrekisteri.services.customers import ActiveFilter, CustomerQuery, CustomerService
from asiakasrekisteri.services.demo import fill_demo
from asiakasrekisteri.services.history import HistoryService
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.history import Action, set_action, value_text
from asiakasrekisteri.storage.models import Customer
from asiakasrekisteri.storage.models_history import HistoryEntry
from tests.conftest import make_customer


def _entries(db: Database, customer_id: int) -> list[tuple[str, str, str, str | None, str | None]]:
    rows = HistoryService(db).for_customer(customer_id)
    return [(r.action, r.entity, r.field, r.old_value, r.new_value) for r in rows]


def test_create_is_logged_once_with_user_and_time(db: Database, customers: CustomerService) -> None:
    record = customers.create(make_customer())
    rows = HistoryService(db).for_customer(record.id)
    assert len(rows) == 1
    row = rows[0]
    assert (row.action, row.entity, row.new_value) == (
        "created",
        "customer",
        "Rakennus Virtanen Oy",
    )
    assert row.user == getpass.getuser()
    assert row.customer_number == record.data.customer_number
    assert row.at is not None and row.at.tzinfo is not None


def test_update_logs_each_changed_field_old_to_new(
    db: Database, customers: CustomerService
) -> None:
    record = customers.create(make_customer())
    customers.update(record.id, replace(record.data, city="Espoo", postal_code="02100"))
    changes = {e[2]: (e[0], e[3], e[4]) for e in _entries(db, record.id)[:2]}
    assert changes == {
        "city": ("updated", "Tampere", "Espoo"),
        "postal_code": ("updated", "33100", "02100"),
    }
    # Derived columns (search text, sort key, stamps) are not logged.
    fields = {e[2] for e in _entries(db, record.id)}
    assert not fields & {"search_text", "name_sort", "updated_at"}


def test_group_and_custom_fields_are_logged_by_name(
    db: Database, customers: CustomerService
) -> None:
    record = customers.create(make_customer())
    customers.update(
        record.id, replace(record.data, group="Rakennusala", custom_fields={"Sopimus": "2027"})
    )
    entries = _entries(db, record.id)
    assert ("updated", "customer", "group", None, "Rakennusala") in entries
    assert ("created", "custom_field_value", "custom:Sopimus", None, "2027") in entries


def test_inactivation_has_its_own_action(db: Database, customers: CustomerService) -> None:
    record = customers.create(make_customer())
    customers.set_active([record.id], False)
    assert _entries(db, record.id)[0] == ("inactivated", "customer", "active", "true", "false")


def test_contacts_and_notes_are_logged_on_the_customer(
    db: Database, customers: CustomerService
) -> None:
    record = customers.create(make_customer())
    contact = customers.add_contact(record.id, ContactData(name="Maija Mäkelä"))
    customers.update_contact(replace(contact, phone="040 765 4321"))
    note = customers.add_note(record.id, NoteData(text="Soitettu"))
    customers.delete_note(note.id or 0)
    entries = _entries(db, record.id)
    assert ("created", "contact_person", "", None, "Maija Mäkelä") in entries
    assert ("updated", "contact_person", "phone", "", "+358 40 7654321") in entries
    # A deleted row keeps no value in the log: deleting means gone.
    assert ("deleted", "note", "", None, None) in entries


def test_explicit_action_wins_and_anonymising_keeps_no_values(db: Database) -> None:
    with db.transaction() as session:
        session.add(Customer(customer_number="5", name="Salainen Nimi"))
    with db.transaction() as session:
        set_action(session, Action.ANONYMISED)
        customer = session.scalars(select(Customer)).one()
        customer.name = "Anonymised"
        cid = customer.id
    assert _entries(db, cid)[0] == ("anonymised", "customer", "name", None, None)


def test_deleting_a_customer_strips_its_entries(db: Database, customers: CustomerService) -> None:
    record = customers.create(make_customer(name="Poistettava Oy"))
    customers.update(record.id, replace(record.data, city="Espoo"))
    customers.delete(record.id)
    assert HistoryService(db).for_customer(record.id) == []
    with db.read() as session:
        left = session.scalars(
            select(HistoryEntry).where(HistoryEntry.customer_number == record.data.customer_number)
        ).all()
        assert left, "the fact of the deletion stays"
        assert all(e.customer_id is None for e in left)
        assert all(e.old_value is None and e.new_value is None for e in left)
        assert any(e.action == "deleted" and e.entity == "customer" for e in left)


def test_merge_moves_the_merged_customers_entries_to_the_survivor(
    db: Database, customers: CustomerService
) -> None:
    first = customers.create(make_customer())
    second = customers.create(make_customer(name="Virtanen Rakennus", business_id=""))
    customers.add_contact(second.id, ContactData(name="Kalle Toinen"))
    customers.merge(first.id, second.id, first.data)
    entries = _entries(db, first.id)
    assert ("created", "contact_person", "", None, "Kalle Toinen") in entries
    assert ("merged", "customer", "merged_number", None, second.data.customer_number) in entries
    assert ("merged", "contact_person", "customer", "1002", "1001") in entries


def test_bulk_inserts_are_logged_too(db: Database) -> None:
    fill_demo(db, count=30)
    with db.read() as session:
        created = session.scalar(
            select(func.count())
            .select_from(HistoryEntry)
            .where(HistoryEntry.entity == "customer", HistoryEntry.action == "created")
        )
        customers_ = session.scalar(select(func.count()).select_from(Customer))
    assert created == customers_ == 30


def test_value_text() -> None:
    from datetime import date
    from decimal import Decimal

    assert value_text(None) is None
    assert value_text(True) == "true"
    assert value_text(Decimal("1.50")) == "1.50"
    assert value_text(date(2026, 1, 2)) == "2026-01-02"
    assert value_text(Action.MERGED) == "merged"


def test_a_spreadsheet_import_is_logged_as_imported_with_its_batch(
    tmp_path: Path, db: Database, customers: CustomerService
) -> None:
    from asiakasrekisteri.services.excel_import import ExcelImportService
    from tests.services.excel_builders import write_xlsx

    service = ExcelImportService(db)
    rows = [["Nimi", "Yhteyshenkilö"], ["Alfa Oy", "Matti Virtanen"]]
    result = service.apply(service.analyse(write_xlsx(tmp_path / "k.xlsx", rows)))
    [cid] = list(customers.search_ids_in_sql(CustomerQuery(active=ActiveFilter.ALL)))
    entries = HistoryService(db).for_customer(cid)
    assert {(e.action, e.entity, e.batch_id) for e in entries} == {
        ("imported", "customer", result.batch_id),
        ("imported", "contact_person", result.batch_id),
    }
