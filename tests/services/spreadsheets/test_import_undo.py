"""Undo of an import at scale: a few statements per thousand customers, the same outcome.

An undo of 50,000 imported customers must take seconds. Everything it asks per customer
(records kept by law, the history of a deleted one) is asked for many at once; these
tests keep it so, and check that the outcome (what is kept and why, what the history
says) is what the customer-by-customer code gave.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import event, select, update

from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRowData
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import ActiveFilter, CustomerQuery
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.services.spreadsheets import DuplicateAction
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models_banking import CreditEntry
from asiakasrekisteri.storage.models_history import HistoryEntry
from asiakasrekisteri.storage.models_invoicing import Invoice
from tests.services.excel_builders import write_xlsx

HEADER = ["Asiakasnumero", "Nimi", "Postitoimipaikka", "Yhteyshenkilö"]
TODAY = date(2026, 12, 5)


def _import(services: Services, path: Path, count: int, first: int) -> int:
    """Import ``count`` new customers numbered from ``first``, each with a contact."""
    rows = [HEADER] + [
        [first + n, f"Asiakas {first + n} Oy", "Tampere", f"Henkilö {first + n}"]
        for n in range(count)
    ]
    service = services.excel_import
    plan = service.analyse(write_xlsx(path, rows))
    choices = {g.key: DuplicateAction.NEW for g in plan.duplicates}
    result = service.apply(plan, duplicate_choices=choices)
    assert len(result.created) == count and result.batch_id is not None
    return result.batch_id


@contextmanager
def _statements(db: Database) -> Iterator[list[str]]:
    """The SQL statements sent to the database inside the ``with`` block."""
    sent: list[str] = []

    def count(*args: Any) -> None:
        sent.append(args[2])

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield sent
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def test_an_undo_sends_as_many_statements_for_400_customers_as_for_100(
    services: Services, db: Database, tmp_path: Path
) -> None:
    sent: dict[int, int] = {}
    for count, first in ((100, 1000), (400, 2000)):
        batch = _import(services, tmp_path / f"{count}.xlsx", count, first)
        with _statements(db) as statements:
            undone = services.excel_import.undo_import(batch)
        assert (undone.removed, undone.kept) == (count, ())
        sent[count] = len(statements)
    assert services.customers.count() == 0
    # Both fit one IN (…) list: any statement made per customer would add 300.
    assert sent[400] <= sent[100] + 3, sent
    assert sent[100] < 60, sent


def test_customers_with_records_kept_by_law_are_kept_and_counted(
    services: Services, invoicing: InvoicingService, db: Database, tmp_path: Path
) -> None:
    batch = _import(services, tmp_path / "kept.xlsx", 5, 1001)
    everyone = services.customers.search_records(CustomerQuery(active=ActiveFilter.ALL))
    ids = {c.data.customer_number: c.id for c in everyone}
    row = (InvoiceRowData("Työ", Decimal(1), Decimal("100.00"), Decimal("25.5")),)

    def draft(customer: str, payer: str | None = None) -> InvoiceDraft:
        billed = None if payer is None else ids[payer]
        return InvoiceDraft(ids[customer], row, billing_customer_id=billed)

    for made in (draft("1001"), draft("1001"), draft("1002", payer="1003"), draft("1004")):
        invoicing.create_invoice(made, finalise=False, today=TODAY)
    with db.transaction() as session:
        # An invoice that names its customer as its payer too counts once.
        session.execute(
            update(Invoice)
            .where(Invoice.customer_id == ids["1004"])
            .values(billing_customer_id=ids["1004"])
        )
        session.add(
            CreditEntry(customer_id=ids["1001"], entry_date=TODAY, amount=Decimal(5), kind="over")
        )
    with db.read() as session:
        one_by_one = {n: services.dependents.kept_counts(session, i) for n, i in ids.items()}
    undone = services.excel_import.undo_import(batch)
    assert undone.removed == 1
    kept = {k.customer_number: dict(k.message.params)["what"] for k in undone.kept}
    assert kept == {n: c for n, c in one_by_one.items() if c.items}
    assert [k.customer_number for k in undone.kept] == ["1001", "1002", "1003", "1004"]
    assert [k.reason for k in undone.kept] == [
        "Has records that must be kept (2 invoices, 1 credit record).",
        "Has records that must be kept (1 invoice).",
        "Has records that must be kept (1 invoice).",
        "Has records that must be kept (1 invoice).",
    ]
    assert services.customers.count() == 4


def test_the_history_of_an_undo_keeps_the_facts_and_no_values(
    services: Services, db: Database, tmp_path: Path
) -> None:
    """Each removed customer's entries lose their customer and values; the undo logs a
    *deleted* entry per customer, with its number."""
    batch = _import(services, tmp_path / "history.xlsx", 3, 1001)
    with db.read() as session:
        imported = session.scalars(select(HistoryEntry.id)).all()
        numbers = session.execute(
            select(HistoryEntry.entity_id, HistoryEntry.customer_number).where(
                HistoryEntry.entity == "customer"
            )
        ).all()
    services.excel_import.undo_import(batch)
    columns = (
        HistoryEntry.action,
        HistoryEntry.customer_id,
        HistoryEntry.customer_number,
        HistoryEntry.entity,
        HistoryEntry.entity_id,
        HistoryEntry.field,
        HistoryEntry.old_value,
        HistoryEntry.new_value,
        HistoryEntry.batch_id,
    )
    with db.read() as session:
        entries = session.execute(select(HistoryEntry.id, *columns).order_by(HistoryEntry.id))
        before = [tuple(e[1:]) for e in entries if e.id in imported]
        after = session.execute(
            select(*columns, HistoryEntry.user, HistoryEntry.txn)
            .where(HistoryEntry.id.not_in(imported))
            .order_by(HistoryEntry.id)
        ).all()
    assert sorted((e[3], e[2]) for e in before) == sorted(
        [("contact_person", n) for n in ("1001", "1002", "1003")]
        + [("customer", n) for n in ("1001", "1002", "1003")]
    )
    assert {(e[0], e[1], e[6], e[7], e[8]) for e in before} == {
        ("imported", None, None, None, batch)
    }
    assert sorted(tuple(e[:9]) for e in after) == sorted(
        ("deleted", None, number, "customer", customer_id, "", None, None, None)
        for customer_id, number in numbers
    )
    assert len({(e.user, e.txn) for e in after}) == 1
