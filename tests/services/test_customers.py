"""Customer service: card edits, list queries, search, duplicates, contacts, offices, notes."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from asiakasrekisteri.domain import identifiers
from asiakasrekisteri.domain.customer import (
    DELETED_CONTACT_NAME,
    ContactData,
    NoteData,
    OfficeData,
)
from asiakasrekisteri.domain.enums import CustomerStatus, CustomerType, NoteKind
from asiakasrekisteri.domain.errors import FieldErrors
from asiakasrekisteri.services.customers import (
    ActiveFilter,
    CustomerQuery,
    CustomerService,
    MatchReason,
    SortColumn,
    _rows,
)
from asiakasrekisteri.services.demo import fill_demo
from asiakasrekisteri.services.errors import NotFound, RuleViolation
from asiakasrekisteri.services.history import HistoryService
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models import Customer
from asiakasrekisteri.storage.models_history import HistoryEntry
from tests.conftest import make_customer


def test_an_automatic_number_is_chosen_while_the_register_is_locked(
    customers: CustomerService, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program cannot take the number between its choice and its use."""
    if customers.db.engine.dialect.name != "sqlite":
        pytest.skip("the file's write lock; a server takes a table lock, see the next test")
    locked: list[bool] = []
    suggest = identifiers.suggest_customer_number

    def suggest_and_try_to_write(numbers: list[str]) -> str:
        other = sqlite3.connect(db_path, isolation_level=None, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            locked.append(False)
        except sqlite3.OperationalError:
            locked.append(True)
        finally:
            other.close()
        return suggest(numbers)

    monkeypatch.setattr(_rows, "suggest_customer_number", suggest_and_try_to_write)
    assert customers.create(make_customer()).data.customer_number == "1001"
    assert locked == [True]


def test_on_a_server_an_automatic_number_waits_for_another_writers_new_customer(
    customers: CustomerService, db: Database
) -> None:
    """The table lock: a number is chosen only after another writer's new customer is in."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip("a file register is covered by the test before")
    import threading

    import psycopg

    customers.create(make_customer(customer_number="1001"))
    other = psycopg.connect(str(db.backend.location()))
    try:
        columns = ", ".join(
            name
            for (name,) in other.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = "
                "'customer' AND column_name NOT IN ('id', 'customer_number')"
            )
        )
        other.execute("LOCK TABLE customer IN EXCLUSIVE MODE")
        made: list[str] = []
        worker = threading.Thread(
            target=lambda: made.append(customers.create(make_customer()).data.customer_number)
        )
        worker.start()
        worker.join(0.5)
        assert worker.is_alive(), "the new customer waits for the other writer"
        other.execute(
            f"INSERT INTO customer (customer_number, {columns}) "
            f"SELECT '1002', {columns} FROM customer WHERE customer_number = '1001'"
        )
        other.commit()
        worker.join(30)
    finally:
        other.close()
    assert made == ["1003"]


def test_create_normalises_and_numbers(customers: CustomerService) -> None:
    record = customers.create(make_customer(business_id="20774740", phone="0401234567",
                                            email="a@b.fi , c@d.fi;"))  # fmt: skip
    assert record.data.customer_number == "1001"
    assert record.data.business_id == "2077474-0"
    assert record.data.phone == "+358 40 1234567"
    assert record.data.email == "a@b.fi; c@d.fi"
    second = customers.create(make_customer(name="Toinen Oy", business_id=""))
    assert second.data.customer_number == "1002"
    assert customers.suggest_number() == "1003"


def test_invalid_card_is_refused_with_every_field(customers: CustomerService) -> None:
    with pytest.raises(FieldErrors) as info:
        customers.create(make_customer(name="", business_id="1234567-8", email="not-an-email"))
    assert {"name", "business_id", "email"} <= set(info.value.errors)
    assert customers.count() == 0


def test_duplicate_number_is_refused(customers: CustomerService) -> None:
    customers.create(make_customer(customer_number="500"))
    with pytest.raises(FieldErrors) as info:
        customers.create(make_customer(customer_number="500", name="Other"))
    assert info.value.errors["customer_number"].code == "customer_number.taken"


def test_update_changes_fields_and_keeps_id(customers: CustomerService) -> None:
    record = customers.create(make_customer())
    updated = customers.update(
        record.id,
        replace(record.data, city="Oulu", postal_code="90100", group="VIP",
                discount_percent=Decimal("7.5"), custom_fields={"Sopimus": "2027"}),
    )  # fmt: skip
    assert updated.id == record.id
    assert (updated.data.city, updated.data.group) == ("Oulu", "VIP")
    assert updated.data.discount_percent == Decimal("7.50")
    assert dict(updated.data.custom_fields) == {"Sopimus": "2027"}
    assert customers.get(record.id).data == updated.data
    assert [g.name for g in customers.groups()] == ["VIP"]
    assert customers.custom_field_names() == ["Sopimus"]


def test_update_of_missing_customer(customers: CustomerService) -> None:
    with pytest.raises(NotFound):
        customers.update(999, make_customer(customer_number="5"))


def test_search_covers_every_listed_field(customers: CustomerService) -> None:
    record = customers.create(make_customer(customer_number="777"))
    customers.add_contact(record.id, ContactData(name="Liisa Lähteenmäki"))
    other = customers.create(make_customer(name="Muu Oy", business_id="", city="Oulu",
                                           postal_code="90100", email="x@muu.fi",
                                           phone="050 765 4321"))  # fmt: skip
    for text in ("777", "virtanen", "2077474-0", "20774740", "laskut@virtanen", "0401234567",
                 "+358 40", "tampere", "lähteenmäki", "LIISA", "rakennus virt"):  # fmt: skip
        assert customers.list_ids(CustomerQuery(search=text)) == [record.id], text
    assert customers.list_ids(CustomerQuery(search="oulu")) == [other.id]
    assert customers.list_ids(CustomerQuery(search="100%")) == []
    assert customers.list_ids(CustomerQuery(search="_")) == []


def test_filters_and_sorting(db: Database, customers: CustomerService) -> None:
    a = customers.create(make_customer(name="Örnhjelm Oy", business_id=""))
    b = customers.create(make_customer(name="aalto Oy", business_id="",
                                       customer_type=CustomerType.PRIVATE))  # fmt: skip
    c = customers.create(make_customer(name="Zeta Oy", business_id="", group="Kauppa",
                                       status=CustomerStatus.REGULAR))  # fmt: skip
    customers.set_active([c.id], False)
    assert customers.list_ids(CustomerQuery()) == [b.id, a.id]  # å ä ö after z
    assert customers.list_ids(CustomerQuery(active=ActiveFilter.ALL)) == [b.id, c.id, a.id]
    assert customers.list_ids(CustomerQuery(active=ActiveFilter.INACTIVE)) == [c.id]
    group_id = customers.groups()[0].id
    assert customers.list_ids(CustomerQuery(active=ActiveFilter.ALL, group_id=group_id)) == [c.id]
    assert customers.list_ids(
        CustomerQuery(active=ActiveFilter.ALL, status=CustomerStatus.REGULAR)
    ) == [c.id]
    desc = customers.list_ids(
        CustomerQuery(active=ActiveFilter.ALL, sort=SortColumn.NAME, descending=True)
    )
    assert desc == [a.id, c.id, b.id]
    by_type = customers.list_ids(CustomerQuery(sort=SortColumn.TYPE))
    assert by_type == [a.id, b.id]  # company before private
    for column in SortColumn:
        assert sorted(customers.list_ids(CustomerQuery(active=ActiveFilter.ALL, sort=column))) \
            == sorted([a.id, b.id, c.id])  # fmt: skip


def test_number_sort_is_numeric(customers: CustomerService) -> None:
    ids = [customers.create(make_customer(customer_number=n, name=f"N{n}", business_id="")).id
           for n in ("1000", "999", "10")]  # fmt: skip
    assert customers.list_ids(CustomerQuery(sort=SortColumn.NUMBER)) == [ids[2], ids[1], ids[0]]


def test_rows_for_the_list(customers: CustomerService) -> None:
    record = customers.create(make_customer(group="Rakennus"))
    row = customers.rows([record.id])[record.id]
    assert (row.name, row.group, row.city, row.customer_type) == (
        "Rakennus Virtanen Oy", "Rakennus", "Tampere", CustomerType.COMPANY,
    )  # fmt: skip
    assert customers.rows([]) == {}


def test_count_and_list_reads_send_one_select_each(
    db: Database, customers: CustomerService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the list asks per keystroke and per page reaches the file as one SELECT.

    Traced at the driver, so that statements sent past SQLAlchemy (the list's
    ``fetch_rows``) count too; every read opens a new connection (NullPool).
    """
    fill_demo(db, count=30)
    sent: list[str] = []

    def trace(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.set_trace_callback(sent.append)

    # Both fast paths go to the driver itself: traced there, not in SQLAlchemy.
    on_server = db.engine.dialect.name == "postgresql"
    if on_server:
        import psycopg

        execute = psycopg.Cursor.execute

        def traced(cursor: Any, query: Any, *args: Any, **kwargs: Any) -> Any:
            sent.append(str(query))
            return execute(cursor, query, *args, **kwargs)

        monkeypatch.setattr(psycopg.Cursor, "execute", traced)
    else:
        event.listen(db.engine, "connect", trace)
    try:
        page = customers.list_ids(CustomerQuery())[:10]
        calls = {
            "count": lambda: customers.count() == 30,
            "list_ids": lambda: (
                len(customers.list_ids(CustomerQuery(active=ActiveFilter.ALL))) == 30
            ),
            "rows": lambda: len(customers.rows(page)) == 10,
        }
        for name, call in calls.items():
            sent.clear()
            assert call(), name
            selects = [s for s in sent if s.lstrip().upper().startswith("SELECT")]
            assert len(selects) == 1, (name, sent)
            # ";" is the connection pool's liveness ping on a server.
            allowed = {"BEGIN", "ROLLBACK", ";"}
            assert {s.split()[0].upper() for s in sent} - {"SELECT"} <= allowed
    finally:
        if not on_server:
            event.remove(db.engine, "connect", trace)


def test_delete_without_kept_records(customers: CustomerService) -> None:
    record = customers.create(make_customer())
    customers.add_contact(record.id, ContactData(name="A"))
    customers.add_note(record.id, NoteData(text="hello"))
    customers.delete(record.id)
    assert customers.count() == 0


def test_delete_refused_while_kept_records_exist(
    customers: CustomerService, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = customers.create(make_customer())
    monkeypatch.setitem(
        customers.dependents.retention_counters, "invoices", lambda s, ids: dict.fromkeys(ids, 3)
    )
    with pytest.raises(RuleViolation, match="3 invoices"):
        customers.delete(record.id)
    assert customers.count() == 1
    assert customers.retained_records(record.id) == {"invoices": 3}


def test_delete_refused_while_billing_customer_of_another(customers: CustomerService) -> None:
    payer = customers.create(make_customer(customer_number="1"))
    customers.create(make_customer(customer_number="2", name="Tytär Oy", business_id="",
                                   alt_billing_customer_number="1"))  # fmt: skip
    with pytest.raises(RuleViolation, match="billing customer"):
        customers.delete(payer.id)


def test_alt_billing_customer_must_exist(customers: CustomerService) -> None:
    with pytest.raises(FieldErrors) as info:
        customers.create(make_customer(alt_billing_customer_number="404"))
    assert "alt_billing_customer_number" in info.value.errors


def test_contacts_anonymised_on_delete(customers: CustomerService) -> None:
    record = customers.create(make_customer())
    contact = customers.add_contact(
        record.id,
        ContactData(
            name="Matti Meikäläinen",
            title="Toimitusjohtaja",
            keywords="golf",
            email="matti@x.fi",
            phone="040 111 2222",
            is_default=True,
        ),
    )
    assert customers.list_ids(CustomerQuery(search="meikäläinen")) == [record.id]
    gone = customers.delete_contact(contact.id or 0)
    assert gone.name == DELETED_CONTACT_NAME
    assert (gone.email, gone.phone, gone.active, gone.anonymised) == ("", "", False, True)
    assert (gone.title, gone.keywords, gone.is_default) == ("", "", False)
    assert customers.list_ids(CustomerQuery(search="meikäläinen")) == []
    with pytest.raises(RuleViolation):
        customers.update_contact(replace(gone, name="Back again"))


def test_a_deleted_contact_leaves_no_value_in_the_history(
    db: Database, customers: CustomerService
) -> None:
    """The log keeps that a contact was deleted, not one value it ever had."""
    record = customers.create(make_customer())
    contact = customers.add_contact(
        record.id, ContactData(name="Matti Meikäläinen", email="matti@x.fi", phone="040 111 2222")
    )
    customers.update_contact(replace(contact, phone="050 999 8888", title="Hallituksen jäsen"))
    customers.delete_contact(contact.id or 0)
    with db.read() as session:
        rows = session.execute(
            select(HistoryEntry.action, HistoryEntry.old_value, HistoryEntry.new_value).where(
                HistoryEntry.entity == "contact_person", HistoryEntry.entity_id == contact.id
            )
        ).all()
    assert {action for action, _, _ in rows} >= {"created", "updated", "anonymised"}
    logged = " ".join(f"{old} {new}" for _, old, new in rows)
    for secret in ("Meikäläinen", "matti@x.fi", "111 2222", "999 8888", "Hallituksen"):
        assert secret not in logged
    # Other contacts and the card keep their history.
    assert [e for e in HistoryService(db).for_customer(record.id) if e.entity == "customer"]


def test_one_default_contact_and_office(customers: CustomerService) -> None:
    record = customers.create(make_customer())
    first = customers.add_contact(record.id, ContactData(name="A", is_default=True))
    customers.add_contact(record.id, ContactData(name="B", is_default=True))
    contacts = customers.get(record.id).contacts
    assert [c.is_default for c in contacts] == [False, True]
    # As stored now: taking B's default changed A, so the A read before is out of date.
    assert contacts[0].id == first.id and contacts[0].version == first.version + 1
    customers.update_contact(replace(contacts[0], is_default=True))
    assert [c.is_default for c in customers.get(record.id).contacts] == [True, False]
    o1 = customers.add_office(record.id, OfficeData(name="Pääkonttori", is_default=True))
    o2 = customers.add_office(record.id, OfficeData(name="Oulu", city="Oulu",
                                                    postal_code="90100"))  # fmt: skip
    with pytest.raises(RuleViolation, match="default office"):
        customers.delete_office(o1.id or 0)
    customers.update_office(replace(o2, is_default=True))
    customers.delete_office(o1.id or 0)
    assert [o.name for o in customers.get(record.id).offices] == ["Oulu"]


def test_invalid_office_and_contact(customers: CustomerService) -> None:
    record = customers.create(make_customer())
    with pytest.raises(FieldErrors) as info:
        customers.add_office(record.id, OfficeData(name="", postal_code="abc",
                                                   einvoice_address="123"))  # fmt: skip
    assert {"name", "postal_code", "einvoice_address"} <= set(info.value.errors)
    with pytest.raises(FieldErrors):
        customers.add_contact(record.id, ContactData(name="X", email="nope"))


def test_notes_and_tasks(customers: CustomerService) -> None:
    record = customers.create(make_customer())
    task = customers.add_note(
        record.id, NoteData(text="Soita takaisin", kind=NoteKind.TASK, due_date=date(2026, 12, 1))
    )
    done = customers.set_note_done(task.id or 0)
    assert done.done and done.done_at is not None
    undone = customers.update_note(replace(done, done=False, text="Soita huomenna"))
    assert not undone.done and undone.done_at is None and undone.text == "Soita huomenna"
    customers.delete_note(task.id or 0)
    assert customers.get(record.id).notes == ()
    with pytest.raises(FieldErrors):
        customers.add_note(record.id, NoteData(text="   "))


def test_duplicates_by_identifier_and_name(customers: CustomerService) -> None:
    existing = customers.create(make_customer())
    by_id = customers.find_duplicates(make_customer(name="Ihan Muu", business_id="20774740",
                                                    email="", phone=""))  # fmt: skip
    assert [(m.customer_id, m.reasons) for m in by_id] == [
        (existing.id, (MatchReason.BUSINESS_ID,))
    ]
    by_email = customers.find_duplicates(
        make_customer(name="Q", business_id="", email="LASKUT@virtanen.fi", phone="")
    )
    assert by_email[0].reasons == (MatchReason.EMAIL,)
    by_phone = customers.find_duplicates(make_customer(name="Q", business_id="", email="",
                                                       phone="+358401234567"))  # fmt: skip
    assert by_phone[0].reasons == (MatchReason.PHONE,)
    by_name = customers.find_duplicates(make_customer(name="Rakennus Virtanen", business_id="",
                                                      email="", phone=""))  # fmt: skip
    assert by_name[0].reasons == (MatchReason.NAME,) and by_name[0].score >= 88
    assert customers.find_duplicates(make_customer(), exclude_id=existing.id) == []
    assert customers.find_duplicates(make_customer(name="Aivan Eri Tmi", business_id="",
                                                   email="", phone="")) == []  # fmt: skip


def test_operators_are_editable(customers: CustomerService) -> None:
    before = dict(customers.operators())
    assert before["003721291126"].startswith("Maventa")
    customers.save_operator("e123456", "Uusi Operaattori")
    assert dict(customers.operators())["E123456"] == "Uusi Operaattori"
    customers.delete_operator("E123456")
    assert "E123456" not in dict(customers.operators())


def test_demo_fills_realistic_valid_customers(db: Database, customers: CustomerService) -> None:
    fill_demo(db, count=200)
    assert customers.count() == 200
    with db.read() as session:
        types = dict(
            session.execute(
                select(Customer.customer_type, func.count()).group_by(Customer.customer_type)
            ).all()
        )
    assert types["company"] > 100 and types["private"] > 10
    records = customers.search_records(CustomerQuery(active=ActiveFilter.ALL))
    assert sum(len(r.contacts) for r in records) > 150
    assert any(r.offices for r in records)
    fill_demo(db, count=5)
    assert customers.count() == 205


def test_email_duplicate_is_a_whole_address(customers: CustomerService) -> None:
    existing = customers.create(make_customer(email="info@virtanen.fi; laskut@virtanen.fi"))
    lookalike = make_customer(name="Q", business_id="", phone="", email="myinfo@virtanen.fi")
    assert customers.find_duplicates(lookalike) == []
    same = make_customer(name="Q", business_id="", phone="", email="LASKUT@virtanen.fi")
    assert [m.customer_id for m in customers.find_duplicates(same)] == [existing.id]
