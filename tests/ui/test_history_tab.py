"""The History tab names every logged field and shows stored values as the user reads them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from asiakasrekisteri.domain.customer import NoteData
from asiakasrekisteri.domain.enums import (
    CustomerStatus,
    CustomerType,
    InvoiceLanguage,
    NoteKind,
    VatTreatment,
)
from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRowData
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.history import HistoryService
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.history import _TRACKED, READABLE_REFERENCES, is_logged
from asiakasrekisteri.storage.models import Base, load_all_models
from asiakasrekisteri.ui.customer_card.history_tab import Column, HistoryTab, field_name
from asiakasrekisteri.ui.formatting import format_date, format_money
from asiakasrekisteri.ui.main_window import MainWindow
from tests.conftest import make_customer
from tests.services.conftest import INVOICING_SELLER
from tests.ui.catalogues import installed_catalogue

ROOT = Path(__file__).resolve().parents[2]
D = Decimal
DAY = date(2025, 3, 3)
# Stored values that must never reach the table as they are.
RAW_VALUES = {"draft", "sent", "partly_paid", "paid", "true", "false", "company", "private"}


@pytest.fixture
def customer_id(customers: CustomerService) -> int:
    return customers.create(make_customer(customer_number="1001")).id


@pytest.fixture
def invoicing(db: Database, company: CompanyService) -> InvoicingService:
    company.save(INVOICING_SELLER)
    return InvoicingService(db)


def sent_invoice(invoicing: InvoicingService, customer_id: int) -> int:
    """A draft that is changed, finalised (sent) and paid in part."""
    draft = InvoiceDraft(
        customer_id=customer_id,
        rows=(InvoiceRowData("Konsultointi", D(1), D("100.00"), D("25.5")),),
        invoice_date=DAY,
    )
    invoice_id = invoicing.create_draft(draft, today=DAY).id
    changed = replace(draft, your_reference="Tilaus 42", due_date=date(2025, 4, 1))
    invoicing.update_draft(invoice_id, changed, today=DAY)
    invoicing.finalise(invoice_id, today=DAY)
    invoicing.record_payment(invoice_id, D("50.00"), DAY)
    return invoice_id


def table_rows(tab: HistoryTab) -> list[tuple[str, str, str]]:
    """(What, old value, new value) of every row shown, newest first."""
    proxy = tab.proxy

    def cell(row: int, column: Column) -> str:
        return str(proxy.index(row, column).data())

    return [
        (cell(row, Column.WHAT), cell(row, Column.OLD), cell(row, Column.NEW))
        for row in range(proxy.rowCount())
    ]


def assert_nothing_raw(rows: list[tuple[str, str, str]]) -> None:
    for what, old, new in rows:
        assert "_" not in what, what  # a code name such as buyer_email
        assert old not in RAW_VALUES and new not in RAW_VALUES, (what, old, new)


def test_card_history_tab_shows_invoice_fields_and_states_readably(
    qtbot: QtBot,
    tmp_path: Path,
    services: Services,
    invoicing: InvoicingService,
    customer_id: int,
) -> None:
    sent_invoice(invoicing, customer_id)
    window = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.open_customer(customer_id)
    history = window.card.history
    window.card.tabs.setCurrentWidget(history)

    rows = table_rows(history)
    # Finalising copies the seller's and the buyer's details: not a change to log.
    assert not [r for r in rows if r[0].startswith(("Invoice: Buyer", "Invoice: Seller"))]
    assert ("Invoice: Your reference", "", "Tilaus 42") in rows
    assert ("Invoice: Number", "", "1000") in rows
    assert ("Invoice: Status", "Draft", "Ready to send") in rows
    assert ("Invoice: Status", "Ready to send", "Partly paid") in rows
    assert (
        "Invoice: Due date",
        format_date(date(2025, 3, 17)),
        format_date(date(2025, 4, 1)),
    ) in rows
    assert ("Invoice: Amount paid", format_money(D(0)), format_money(D("50.00"))) in rows
    assert_nothing_raw(rows)

    # The filter finds what the user reads, not the code name.
    qtbot.keyClicks(history.filter_edit, "your reference")
    assert history.proxy.rowCount() == 1
    history.filter_edit.clear()
    qtbot.keyClicks(history.filter_edit, "partly paid")
    assert history.proxy.rowCount() == 1


def test_history_tab_shows_card_and_note_choices_by_name(
    qtbot: QtBot, db: Database, customers: CustomerService, customer_id: int
) -> None:
    data = customers.get(customer_id).data
    customers.update(
        customer_id,
        replace(
            data,
            customer_type=CustomerType.PRIVATE,
            business_id="",
            vat_treatment=VatTreatment.ALWAYS_DOMESTIC,
            invoice_language=InvoiceLanguage.SV,
            delivery_ban=True,
            status=CustomerStatus.REGULAR,
            status_manual=True,
            discount_percent=D("12.5"),
        ),
    )
    note = customers.add_note(customer_id, NoteData(text="Soita", kind=NoteKind.CALL))
    customers.update_note(replace(note, kind=NoteKind.MEETING, done=True))
    tab = HistoryTab(HistoryService(db))
    qtbot.addWidget(tab)
    tab.show_record(customers.get(customer_id))

    rows = table_rows(tab)
    assert ("Card: Type", "Company", "Private person") in rows
    assert ("Card: VAT treatment", "Domestic", "Always domestic VAT") in rows
    assert ("Card: Invoice language", "Finnish", "Swedish") in rows
    assert ("Card: Delivery ban", "No", "Yes") in rows
    assert ("Card: Status", "Suspect", "Regular customer") in rows
    assert ("Card: Status set by hand", "No", "Yes") in rows
    assert ("Note: Kind", "Call", "Meeting") in rows
    assert ("Note: Done", "No", "Yes") in rows
    assert_nothing_raw(rows)
    discount = next(r for r in rows if r[0] == "Card: Discount %")
    assert discount[2].startswith("12") and discount[2].endswith("%")


def test_every_logged_column_has_a_label(qapp: object) -> None:
    """A column added to a logged table needs a label in the History tab (or the card's)."""
    load_all_models()
    # storage.history logs these columns under another name; definition_id not at all.
    renamed = {column: field for column, (field, _shown, _key) in READABLE_REFERENCES.items()}
    unlabelled = []
    for table in _TRACKED:
        for column in Base.metadata.tables[table].columns:
            if not is_logged(table, column.name):
                continue
            if table == "custom_field_value" and column.name == "value":
                continue  # logged as "custom:<field name>", the user's own label
            field = renamed.get(column.name, column.name)
            if field_name(table, field) == field:
                unlabelled.append(f"{table}.{field}")
    assert not unlabelled


def test_history_tab_follows_a_language_switch(
    qtbot: QtBot,
    tmp_path: Path,
    db: Database,
    customers: CustomerService,
    invoicing: InvoicingService,
    customer_id: int,
) -> None:
    sent_invoice(invoicing, customer_id)
    tab = HistoryTab(HistoryService(db))
    qtbot.addWidget(tab)
    tab.show_record(customers.get(customer_id))
    assert ("Invoice: Status", "Draft", "Ready to send") in table_rows(tab)

    with installed_catalogue(tmp_path, "fi"):
        # The labels follow on the LanguageChange event that the translator posts.
        qtbot.waitUntil(lambda: ("Lasku: Viitteenne", "", "Tilaus 42") in table_rows(tab))
        assert ("Lasku: Tila", "Luonnos", "Valmis lähetettäväksi") in table_rows(tab)
        assert tab.proxy.headerData(Column.WHAT, Qt.Orientation.Horizontal) == "Mitä"
    qtbot.waitUntil(lambda: ("Invoice: Your reference", "", "Tilaus 42") in table_rows(tab))


def test_the_history_is_read_when_its_tab_is_opened(
    qtbot: QtBot, services: Services, customer_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from asiakasrekisteri.ui.customer_card.card import CustomerCard

    asked: list[int] = []
    original = services.history.for_customer

    def for_customer(cid: int) -> object:
        asked.append(cid)
        return original(cid)

    monkeypatch.setattr(services.history, "for_customer", for_customer)
    card = CustomerCard(services.customers, services.attachments, services.history)
    qtbot.addWidget(card)
    assert card.load(customer_id)
    assert asked == []
    card.tabs.setCurrentWidget(card.history)
    assert asked == [customer_id]
    assert card.history.model.rowCount() > 0
    card.tabs.setCurrentWidget(card.overview)
    card.tabs.setCurrentWidget(card.history)  # nothing changed: not read again
    assert asked == [customer_id]
    assert card.load(customer_id)  # shown again while its tab is open: read again
    assert asked == [customer_id, customer_id]
