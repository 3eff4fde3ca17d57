"""Stored invoice totals, the lists and the card's sums against a recomputation.

Invoices are generated (rows, discounts, rates, payments, credit notes, drafts) and made
through the service on both backends; what is stored on each invoice row must equal
what its rows and payments give, the window's SQL lists must equal the records filtered
in Python, and the card's SQL sums must equal the sums of the full records.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from asiakasrekisteri.domain.invoice import (
    InvoiceDraft,
    InvoiceKind,
    InvoiceRecord,
    InvoiceRowData,
    InvoiceStatus,
)
from asiakasrekisteri.domain.invoice_list import InvoiceFilter, InvoiceListQuery, InvoiceSort
from asiakasrekisteri.domain.money import ZERO
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.invoicing.figures import twelve_months_before
from asiakasrekisteri.services.invoicing.totals import STORED_COLUMNS, totals_differences
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models_history import HistoryEntry
from asiakasrekisteri.storage.models_invoicing import Invoice
from tests.conftest import add_reference_rates_to_today, make_customer
from tests.services.conftest import INVOICING_SELLER

D = Decimal
TODAY = date(2025, 9, 30)
SCHEMAS = Path(__file__).parents[1] / "storage" / "schemas"

rows_strategy = st.lists(
    st.builds(
        InvoiceRowData,
        description=st.sampled_from(["Työ", "Tarvike", "Matka"]),
        quantity=st.decimals(min_value=D("0.01"), max_value=D(40), places=2),
        unit_price=st.decimals(min_value=D("0.01"), max_value=D(2500), places=2),
        vat_percent=st.sampled_from([D("25.5"), D("14")]),
        discount_percent=st.sampled_from([D(0), D(5), D("12.5")]),
    ),
    min_size=1,
    max_size=4,
)


@dataclass(frozen=True)
class Plan:
    """One generated invoice: its rows, age, payments (as shares of the total), fate."""

    rows: list[InvoiceRowData]
    age_days: int
    shares: list[Decimal]
    fate: str  # "draft", "sent" or "credited"


plans = st.builds(
    Plan,
    rows=rows_strategy,
    age_days=st.integers(min_value=1, max_value=380),  # the 25,5 % rate began 1.9.2024
    shares=st.lists(st.sampled_from([D("0.25"), D("0.5"), D(1), D("1.2")]), max_size=3),
    fate=st.sampled_from(["draft", "sent", "sent", "sent", "credited"]),
)


@pytest.fixture
def ready(services: Services) -> Services:
    services.company.save(INVOICING_SELLER)
    add_reference_rates_to_today(services)
    return services


def _make(services: Services, customer_id: int, plan: Plan) -> int:
    """Make the invoice of ``plan`` through the service; returns its id."""
    day = TODAY - timedelta(days=plan.age_days)
    invoicing = services.invoicing
    draft = InvoiceDraft(customer_id, tuple(plan.rows), invoice_date=day)
    made = invoicing.create_invoice(draft, finalise=plan.fate != "draft", today=day)
    if plan.fate == "draft":
        return made.id
    for n, share in enumerate(plan.shares):
        amount = (made.total * share).quantize(D("0.01"))
        if amount > 0:
            pay_day = min(day + timedelta(days=5 * (n + 1)), TODAY)
            invoicing.record_payment(made.id, amount, pay_day)
    if plan.fate == "credited":
        invoicing.credit(made.id, today=TODAY)
    return made.id


def _stored(db: Database, invoice_id: int) -> dict[str, object]:
    with db.read() as session:
        invoice = session.get(Invoice, invoice_id)
        assert invoice is not None
        return {name: getattr(invoice, name) for name in STORED_COLUMNS}


def _expected_open(record: InvoiceRecord) -> Decimal:
    """The open amount by the rule as written out here, independently of the code."""
    if record.kind is InvoiceKind.CREDIT_NOTE or record.status not in (
        InvoiceStatus.SENT,
        InvoiceStatus.PARTLY_PAID,
    ):
        return ZERO
    return max(record.total - record.credited_amount - record.paid_amount, ZERO)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(batch=st.lists(plans, min_size=1, max_size=4))
def test_stored_totals_equal_the_rows_and_payments(ready: Services, batch: list[Plan]) -> None:
    customer_id = ready.customers.create(make_customer(business_id="")).id
    made = [_make(ready, customer_id, plan) for plan in batch]
    for invoice_id in made:
        record = ready.invoicing.get(invoice_id)
        stored = _stored(ready.db, invoice_id)
        assert stored["total_net"] == record.totals.net
        assert stored["total_vat"] == record.totals.vat
        assert stored["total_gross"] == record.total
        assert stored["paid_amount"] == sum((p.amount for p in record.payments), ZERO)
        assert stored["open_amount"] == _expected_open(record) == record.open_amount
        if record.status is InvoiceStatus.CREDITED:
            [note] = [r for r in ready.invoicing.list_invoices() if r.credit_of_id == invoice_id]
            assert stored["credited_amount"] == -note.total == record.total
    with ready.db.read() as session:
        assert totals_differences(session) == []


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(batch=st.lists(plans, min_size=2, max_size=6))
def test_card_sums_and_window_lists_equal_the_records(ready: Services, batch: list[Plan]) -> None:
    customer_id = ready.customers.create(make_customer(business_id="")).id
    for plan in batch:
        _make(ready, customer_id, plan)
    records = [r for r in ready.invoicing.list_invoices() if r.customer_id == customer_id]
    finalised = [r for r in records if not r.is_draft]
    since = twelve_months_before(TODAY)
    figures = ready.invoicing.customer_figures(customer_id, today=TODAY)
    assert figures.invoiced_all_time == sum((r.total for r in finalised), ZERO)
    assert figures.invoiced_12_months == sum(
        (r.total for r in finalised if r.invoice_date >= since), ZERO
    )
    assert figures.open_receivables == sum((r.open_amount for r in finalised), ZERO)
    assert figures.overdue_receivables == sum(
        (r.open_amount for r in finalised if r.is_overdue(TODAY)), ZERO
    )
    newest = sorted(finalised, key=lambda r: (r.invoice_date, r.number or 0), reverse=True)
    assert [i.id for i in figures.latest_invoices] == [r.id for r in newest[:10]]
    statement_interest = ZERO
    if any(r.open_amount > 0 for r in finalised):
        statement = ready.invoicing.statement(customer_id, today=TODAY)
        statement_interest = statement.total_interest
    assert figures.interest_to_date == statement_interest

    mine = InvoiceListQuery(customer_id=customer_id)
    wanted = {
        InvoiceFilter.ALL: records,
        InvoiceFilter.OPEN: [r for r in records if r.open_amount > 0],
        InvoiceFilter.OVERDUE: [r for r in records if r.is_overdue(TODAY)],
        InvoiceFilter.DRAFTS: [r for r in records if r.is_draft],
    }
    for state, expected in wanted.items():
        query = InvoiceListQuery(state=state, customer_id=customer_id)
        ids = ready.invoicing.invoice_ids(query, today=TODAY)
        assert sorted(ids) == sorted(r.id for r in expected), state
        assert ready.invoicing.open_sum(query, today=TODAY) == sum(
            (r.open_amount for r in expected), ZERO
        )
    by_total = ready.invoicing.invoice_ids(
        InvoiceListQuery(customer_id=customer_id, sort=InvoiceSort.TOTAL), today=TODAY
    )
    assert by_total == [r.id for r in sorted(records, key=lambda r: (r.total, r.id), reverse=True)]
    items = ready.invoicing.invoice_items(ready.invoicing.invoice_ids(mine, today=TODAY))
    for record in records:
        item = items[record.id]
        assert (item.total, item.open_amount, item.status, item.number) == (
            record.total, record.open_amount, record.status, record.number,
        )  # fmt: skip
        assert item.customer_name == record.buyer.name


def test_numbered_order_puts_drafts_first_and_search_finds_number_and_name(
    ready: Services,
) -> None:
    customer_id = ready.customers.create(make_customer(name="Hakunen Oy", customer_number="501")).id
    other = ready.customers.create(
        make_customer(name="Muu Oy", business_id="", customer_number="502")
    ).id
    row = (InvoiceRowData("Työ", D(1), D("100.00"), D("25.5")),)
    first = ready.invoicing.create_invoice(InvoiceDraft(customer_id, row), today=TODAY)
    second = ready.invoicing.create_invoice(InvoiceDraft(other, row), today=TODAY)
    draft = ready.invoicing.create_draft(InvoiceDraft(customer_id, row), today=TODAY)
    invoicing = ready.invoicing
    assert invoicing.invoice_ids(InvoiceListQuery(), today=TODAY) == [
        draft.id, second.id, first.id,
    ]  # fmt: skip
    oldest_first = InvoiceListQuery(descending=False)
    assert invoicing.invoice_ids(oldest_first, today=TODAY) == [first.id, second.id, draft.id]
    assert invoicing.invoice_ids(InvoiceListQuery(text=str(second.number)), today=TODAY) == [
        second.id
    ]
    assert invoicing.invoice_ids(InvoiceListQuery(text="hakun"), today=TODAY) == [first.id]
    assert invoicing.invoice_ids(InvoiceListQuery(text="502"), today=TODAY) == [second.id]
    assert invoicing.invoice_ids(InvoiceListQuery(text="100%"), today=TODAY) == []
    assert invoicing.invoice_ids(InvoiceListQuery(text="²"), today=TODAY) == []
    assert invoicing.invoice_items([draft.id])[draft.id].customer_name == "Hakunen Oy"


def test_check_reports_stored_totals_that_differ_from_the_rows(ready: Services) -> None:
    customer_id = ready.customers.create(make_customer()).id
    row = (InvoiceRowData("Työ", D(2), D("50.00"), D("25.5")),)
    made = ready.invoicing.create_invoice(InvoiceDraft(customer_id, row), today=TODAY)
    assert not [p for p in ready.backups.check().problems if p.code == "invoice.totals"]
    with ready.db.transaction() as session:
        session.execute(
            text("UPDATE invoice SET open_amount = open_amount + 1 WHERE id = :id"),
            {"id": made.id},
        )
    [problem] = [p for p in ready.backups.check().problems if p.code == "invoice.totals"]
    assert problem.count == 1


def test_an_invoice_made_in_one_action_is_one_history_entry(ready: Services) -> None:
    customer_id = ready.customers.create(make_customer()).id
    row = (InvoiceRowData("Työ", D(2), D("50.00"), D("25.5")),)
    made = ready.invoicing.create_invoice(InvoiceDraft(customer_id, row), today=TODAY)
    ready.invoicing.record_payment(made.id, made.total, TODAY)

    with ready.db.read() as session:
        entries = session.execute(
            select(HistoryEntry.action, HistoryEntry.field, HistoryEntry.new_value)
            .where(HistoryEntry.entity == "invoice", HistoryEntry.entity_id == made.id)
            .order_by(HistoryEntry.id)
        ).all()
    assert tuple(entries[0]) == ("created", "", str(made.number))
    assert {tuple(e) for e in entries[1:]} == {
        ("updated", "paid_amount", f"{made.total:f}"),
        ("updated", "status", "paid"),
    }
    assert len(entries) == 3


def test_upgrade_fills_the_open_amount_of_existing_invoices(tmp_path: Path) -> None:
    path = tmp_path / "v13.sqlite3"
    con = sqlite3.connect(path)
    con.executescript((SCHEMAS / "v13.sql").read_text())
    con.execute("PRAGMA user_version=13")
    con.execute("INSERT INTO customer_group (id, name) VALUES (1, 'x')")
    columns = [r[1] for r in con.execute("PRAGMA table_info('customer')") if r[3] and not r[5]]
    con.execute(
        f"INSERT INTO customer (id, {', '.join(columns)}) VALUES (1, "
        + ", ".join("'2025-01-01 10:00:00'" if "_at" in c else "0" for c in columns)
        + ")"
    )
    invoice_columns = [
        r[1] for r in con.execute("PRAGMA table_info('invoice')") if r[3] and not r[5]
    ]
    # (kind, status, gross, paid, credited) → open amount after the upgrade
    cases = [
        ("invoice", "sent", 12550, 0, 0, D("125.50")),
        ("invoice", "partly_paid", 12550, 5000, 0, D("75.50")),
        ("invoice", "paid", 12550, 12550, 0, D(0)),
        ("invoice", "credited", 12550, 0, 12550, D(0)),
        ("credit_note", "sent", -12550, 0, 0, D(0)),
        ("invoice", "draft", 12550, 0, 0, D(0)),
    ]
    for n, (kind, status, gross, paid, credited, _open) in enumerate(cases, start=1):
        values: dict[str, object] = dict.fromkeys(invoice_columns, 0)
        values.update(
            kind=kind, status=status, total_gross=gross, paid_amount=paid,
            credited_amount=credited, customer_id=1, invoice_date="2025-01-01",
            due_date="2025-01-15", created_at="2025-01-01 10:00:00",
            updated_at="2025-01-01 10:00:00",
        )  # fmt: skip
        for name in ("reference", "vat_treatment", "currency", "language"):
            values[name] = ""
        names = ", ".join(["id", *values])
        marks = ", ".join("?" for _ in range(len(values) + 1))
        con.execute(f"INSERT INTO invoice ({names}) VALUES ({marks})", [n, *values.values()])
    con.commit()
    con.close()
    database = Database.open_sqlite(path)
    try:
        with database.read() as session:
            stored = dict(session.execute(select(Invoice.id, Invoice.open_amount)).all())
    finally:
        database.close()
    assert stored == {n: case[5] for n, case in enumerate(cases, start=1)}


def test_the_upgrade_step_runs_on_this_backend(ready: Services) -> None:
    """Schema 17's step on a register of schema 16's shape, on SQLite and PostgreSQL."""
    from asiakasrekisteri.storage.migrations import v017_stored_totals

    customer_id = ready.customers.create(make_customer(business_id="")).id
    row = (InvoiceRowData("Työ", D(2), D("50.00"), D("25.5")),)
    made = [ready.invoicing.create_invoice(InvoiceDraft(customer_id, row), today=TODAY)
            for _ in range(3)]  # fmt: skip
    ready.invoicing.record_payment(made[1].id, D("40.00"), TODAY)
    ready.invoicing.record_payment(made[2].id, made[2].total, TODAY)
    with ready.db.engine.begin() as conn:
        for name, _columns in v017_stored_totals._INDEXES:
            conn.execute(text(f"DROP INDEX {name}"))
        conn.execute(text("ALTER TABLE invoice DROP COLUMN open_amount"))
        v017_stored_totals.upgrade(conn)
    with ready.db.read() as session:
        stored = dict(session.execute(select(Invoice.id, Invoice.open_amount)).all())
        assert totals_differences(session) == []
    assert stored == {r.id: ready.invoicing.get(r.id).open_amount for r in made}
    assert stored[made[1].id] == made[1].total - D("40.00")


def test_drafts_follow_a_change_of_the_vat_registration(ready: Services) -> None:
    from dataclasses import replace

    customer_id = ready.customers.create(make_customer(business_id="")).id
    row = (InvoiceRowData("Työ", D(2), D("50.00"), D("25.5")),)
    draft = ready.invoicing.create_draft(InvoiceDraft(customer_id, row), today=TODAY)
    sent = ready.invoicing.create_invoice(InvoiceDraft(customer_id, row), today=TODAY)
    assert draft.total == sent.total == D("125.50")
    settings = ready.invoicing.settings()
    ready.invoicing.save_settings(replace(settings, vat_registered=False))
    assert _stored(ready.db, draft.id)["total_gross"] == D("100.00")
    assert _stored(ready.db, sent.id)["total_gross"] == D("125.50")  # frozen seller
    with ready.db.read() as session:
        assert totals_differences(session) == []


def test_sorted_by_sent_the_unsent_count_as_earliest_on_every_backend(ready: Services) -> None:
    customer_id = ready.customers.create(make_customer(business_id="")).id
    row = (InvoiceRowData("Työ", D(1), D("50.00"), D("25.5")),)
    made = [ready.invoicing.create_invoice(InvoiceDraft(customer_id, row), today=TODAY)
            for _ in range(3)]  # fmt: skip
    with ready.db.transaction() as session:
        for record, hour in ((made[0], 9), (made[2], 8)):
            invoice = session.get(Invoice, record.id)
            assert invoice is not None
            invoice.sent_at = datetime(2026, 3, 2, hour, tzinfo=UTC)
    query = InvoiceListQuery(customer_id=customer_id, sort=InvoiceSort.SENT)
    up = ready.invoicing.invoice_ids(replace(query, descending=False), today=TODAY)
    down = ready.invoicing.invoice_ids(query, today=TODAY)
    assert up == [made[1].id, made[2].id, made[0].id]
    assert down == list(reversed(up))
