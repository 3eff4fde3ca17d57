"""The central change log: every change once, who and when, old → new; erasure and merge."""

from __future__ import annotations

import getpass
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from asiakasrekisteri.domain.customer import ContactData, NoteData, OfficeData
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import ActiveFilter, CustomerQuery, CustomerService
from asiakasrekisteri.services.demo import fill_demo
from asiakasrekisteri.services.history import HistoryService
from asiakasrekisteri.storage import history
from asiakasrekisteri.storage.backend import IN_LIST_SIZE, in_id_runs
from asiakasrekisteri.storage.bulk import NewCustomer, insert_customers
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.history import Action, set_action, value_text
from asiakasrekisteri.storage.models import ContactPerson, Customer, CustomerNumberAlias
from asiakasrekisteri.storage.models_history import HistoryEntry
from asiakasrekisteri.storage.types import utcnow
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


def test_a_bulk_delete_logs_each_customer_by_its_number_in_the_transaction(db: Database) -> None:
    """A customer renumbered after its first entry of a transaction keeps that number in
    the transaction's entries, its *deleted* one too; the others take their own."""
    with db.transaction() as session:
        session.add_all(
            [
                Customer(customer_number="5", name="Vaihtuva Oy"),
                Customer(customer_number="6", name="Pysyvä Oy"),
            ]
        )
    with db.transaction() as session:
        renumbered, other = session.scalars(select(Customer).order_by(Customer.id)).all()
        renumbered.contacts.append(ContactPerson(name="Maija"))
        session.flush()
        renumbered.customer_number = "7"
        session.flush()
        ids = [renumbered.id, other.id]
        session.execute(delete(Customer).where(Customer.id.in_(ids)))
    with db.read() as session:
        entries = session.execute(
            select(HistoryEntry.action, HistoryEntry.entity, HistoryEntry.customer_number)
            .where(HistoryEntry.id > 2)
            .order_by(HistoryEntry.id)
        ).all()
    assert [tuple(e) for e in entries] == [
        ("created", "contact_person", "5"),
        ("updated", "customer", "5"),
        ("deleted", "customer", "5"),
        ("deleted", "customer", "6"),
    ]


def test_many_deleted_customers_are_settled_as_one_is(db: Database) -> None:
    """More deleted customers than one IN (…) list: the entries of the one whose number
    is an alias of a living customer move there, every other one's are stripped."""
    fill_demo(db, count=IN_LIST_SIZE + 10)
    with db.transaction() as session:
        survivor = Customer(customer_number="S1", name="Jäävä Oy")
        session.add(survivor)
    with db.transaction() as session:
        others = select(Customer.id, Customer.customer_number).where(Customer.id != survivor.id)
        ids, numbers = zip(*session.execute(others.order_by(Customer.id)), strict=True)
        session.add(CustomerNumberAlias(number=numbers[5], customer_id=survivor.id))
        session.flush()
        for condition in in_id_runs(Customer.id, ids):
            session.execute(delete(Customer).where(condition))
    with db.read() as session:
        kept = session.execute(
            select(HistoryEntry.action, HistoryEntry.entity, HistoryEntry.customer_number)
            .where(HistoryEntry.customer_id == survivor.id)
            .order_by(HistoryEntry.id)
        ).all()
        named = select(func.count(HistoryEntry.id)).where(HistoryEntry.customer_id.is_not(None))
        left = session.scalars(named.where(HistoryEntry.customer_id != survivor.id)).one()
        stripped = session.execute(
            select(HistoryEntry.customer_id, HistoryEntry.new_value).where(
                HistoryEntry.customer_number == numbers[6]
            )
        ).all()
    merged = numbers[5]
    moved = [tuple(e) for e in kept]
    assert moved[0] == ("created", "customer", merged)
    assert {e[0] for e in moved[1:-3]} == {"created"} and {e[2] for e in moved[1:-3]} == {merged}
    assert moved[-3:] == [
        ("created", "customer", "S1"),  # the survivor's own
        ("merged", "customer", merged),  # the deletion, in a transaction that merged
        ("merged", "customer", "S1"),  # the merged number, named on the survivor
    ]
    assert left == 0
    assert stripped and all(e == (None, None) for e in stripped)


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
    tmp_path: Path, db: Database, services: Services, customers: CustomerService
) -> None:
    from tests.services.excel_builders import write_xlsx

    service = services.excel_import
    rows = [["Nimi", "Yhteyshenkilö"], ["Alfa Oy", "Matti Virtanen"]]
    result = service.apply(service.analyse(write_xlsx(tmp_path / "k.xlsx", rows)))
    [cid] = list(customers.search_ids_in_sql(CustomerQuery(active=ActiveFilter.ALL)))
    entries = HistoryService(db).for_customer(cid)
    assert {(e.action, e.entity, e.batch_id) for e in entries} == {
        ("imported", "customer", result.batch_id),
        ("imported", "contact_person", result.batch_id),
    }


def _reference_sweep(session: Session) -> int:
    """The commit sweep the plain way, an entry at a time through ``_Writer`` (a reference)."""
    starts: dict[str, int] | None = session.info.get(history._START_KEY)
    if not starts:
        return 0
    logged: set[tuple[str, int]] = session.info.setdefault(history._LOGGED_KEY, set())
    writer = history._Writer(session)
    for table, (customer_column, summary_column) in history._SWEPT.items():
        rows = writer.conn.exec_driver_sql(
            f"SELECT id, {customer_column}, {summary_column} FROM {table} WHERE id > ?",
            (starts[table],),
        ).all()
        for row_id, customer_id, summary in rows:
            if (table, row_id) in logged:
                continue
            text_ = str(summary or "")[:200] if table == "note" else str(summary or "")
            writer.add(Action.CREATED, customer_id, table, row_id, "", None, text_)
    count = len(writer.rows)
    writer.write()
    return count


def _sweep_scenario(db: Database, action: Action | None) -> list[tuple[object, ...]]:
    """Bulk rows beside ORM rows in one transaction; every history entry, in id order."""
    with db.transaction() as session:
        [old_id] = insert_customers(
            session, [NewCustomer(make_customer(customer_number="1001", name="Vanha Oy"))]
        )
    with db.transaction() as session:
        if action is not None:
            set_action(session, action)
        old = session.get(Customer, old_id)
        assert old is not None
        session.add(ContactPerson(customer_id=old_id, name="Liisa Orm"))
        session.flush()
        items = [
            NewCustomer(
                make_customer(customer_number="2001", name="Alfa Oy"),
                contacts=(ContactData(name="Matti Virtanen"),),
                notes=(NoteData(text="pitkä " * 60), NoteData(text="")),
            ),
            NewCustomer(
                make_customer(customer_number="2002", name="Beta Oy"),
                offices=(OfficeData(name="Tampereen toimipiste"),),
            ),
        ]
        insert_customers(session, items)
        session.info["backend"].insert_values(
            session.connection(),
            ContactPerson.__table__,
            ("customer_id", "name", "created_at", "updated_at"),
            [(old_id, "Raaka Rivi", utcnow(), utcnow())],
        )
        # Renumbered after its first entry: the entries keep the number it was logged with.
        old.customer_number = "1009"
    with db.read() as session:
        entries = session.scalars(select(HistoryEntry).order_by(HistoryEntry.id)).all()
        return [
            (e.user, e.action, e.customer_id, e.customer_number, e.entity, e.entity_id,
             e.field, e.old_value, e.new_value, e.batch_id)
            for e in entries
        ]  # fmt: skip


@pytest.mark.parametrize("action", [None, Action.IMPORTED, Action.ANONYMISED])
def test_the_commit_sweep_logs_what_the_reference_sweep_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, action: Action | None
) -> None:
    new_db = Database.open_sqlite(tmp_path / "new.db")
    try:
        streamed = _sweep_scenario(new_db, action)
    finally:
        new_db.close()
    monkeypatch.setattr(history, "sweep_bulk_inserts", _reference_sweep)
    ref_db = Database.open_sqlite(tmp_path / "ref.db")
    try:
        reference = _sweep_scenario(ref_db, action)
    finally:
        ref_db.close()
    assert streamed == reference
    # 1 + 2 customers, 3 contacts (one by the ORM), 1 office, 2 notes, 1 renumbering.
    assert len(streamed) == 10
    assert {e[3] for e in streamed if e[2] is not None} == {"1001", "2001", "2002"}


def test_id_ranges_leave_out_the_rows_the_orm_logged() -> None:
    assert list(history._id_ranges(10, [])) == [(10, None)]
    assert list(history._id_ranges(10, [11])) == [(11, None)]
    assert list(history._id_ranges(10, [13, 12, 20])) == [(10, 12), (13, 20), (20, None)]
    assert list(history._id_ranges(0, [5, 6, 7])) == [(0, 5), (7, None)]


def test_an_invoices_references_are_logged_as_numbers_and_names(
    db: Database, customers: CustomerService
) -> None:
    from datetime import date
    from decimal import Decimal

    from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRowData
    from asiakasrekisteri.services.company import CompanyService
    from asiakasrekisteri.services.invoicing import InvoicingService
    from tests.services.conftest import INVOICING_SELLER

    CompanyService(db).save(INVOICING_SELLER)
    buyer = customers.create(make_customer(customer_number="1001", name="Ostaja Oy")).id
    payer = customers.create(make_customer(customer_number="1002", name="Maksaja Oy")).id
    contact = customers.add_contact(buyer, ContactData(name="Liisa Laskuttaja")).id
    invoicing = InvoicingService(db)
    draft = InvoiceDraft(
        customer_id=buyer,
        rows=(InvoiceRowData("Työ", Decimal(1), Decimal("100.00"), Decimal("25.5")),),
        invoice_date=date(2025, 3, 3),
    )
    invoice_id = invoicing.create_draft(draft, today=date(2025, 3, 3)).id
    invoicing.update_draft(
        invoice_id,
        replace(draft, billing_customer_id=payer, contact_id=contact),
        today=date(2025, 3, 3),
    )
    entries = _entries(db, buyer)
    assert ("updated", "invoice", "billing_customer_number", None, "1002") in entries
    assert ("updated", "invoice", "contact", None, "Liisa Laskuttaja") in entries
    assert not [e for e in entries if e[2].endswith("_id")]


def test_new_customers_go_to_the_driver_with_every_column_the_insert_names() -> None:
    # A column with a default (the card's version) left out of the bulk insert's columns
    # sent 50,000 imported customers through SQLAlchemy's slow path instead of the
    # driver's executemany (SqliteBackend._compiled_insert makes the same comparison).
    from sqlalchemy import insert
    from sqlalchemy.dialects import sqlite

    from asiakasrekisteri.storage.bulk import _INSERTED_COLUMNS

    compiled = insert(Customer).compile(
        dialect=sqlite.dialect(), column_keys=list(_INSERTED_COLUMNS)
    )
    assert sorted(compiled.positiontup or []) == sorted(_INSERTED_COLUMNS)
