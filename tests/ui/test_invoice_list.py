"""The invoices window driven as a user would: sort, filter, search, page, keep the choice."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRowData
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.ui.formatting import format_money
from asiakasrekisteri.ui.invoicing import invoice_list_model
from asiakasrekisteri.ui.invoicing.invoice_list import (
    Column,
    Filter,
    IdRole,
    InvoicesDialog,
    Period,
)
from tests.conftest import make_customer
from tests.services.conftest import INVOICING_SELLER

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints", r"This plugin does not support raise"
)

D = Decimal
TODAY = date(2025, 9, 30)  # the first invoice, 11 months back, is at 25,5 %


@pytest.fixture
def register(services: Services) -> dict[str, Any]:
    """Twelve invoices of two customers over a year: some paid, some overdue, one draft."""
    services.company.save(INVOICING_SELLER)
    names = ("Aalto Oy", "Österberg Ab")
    customers = [
        services.customers.create(make_customer(name=name, business_id="", customer_number=n)).id
        for name, n in zip(names, ("501", "502"), strict=True)
    ]
    made: list[Any] = []
    for n in range(12):
        day = TODAY - timedelta(days=30 * n + 1)
        rows = (InvoiceRowData("Työ", D(n + 1), D("10.00"), D("25.5")),)
        made.append(
            services.invoicing.create_invoice(
                InvoiceDraft(customers[n % 2], rows, invoice_date=day), today=day
            )
        )
    for record in made[4:]:
        services.invoicing.record_payment(record.id, record.total, record.due_date)
    draft = services.invoicing.create_draft(
        InvoiceDraft(customers[0], (InvoiceRowData("Luonnos", D(1), D("5.00"), D("25.5")),)),
        today=TODAY,
    )
    return {"invoices": made, "draft": draft, "customers": customers}


def _count_id_queries(services: Services, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Record each query of the ordered ids (a read of the whole list)."""
    calls: list[object] = []
    original = services.invoicing.invoice_ids

    def ids(*args: Any, **kwargs: Any) -> list[int]:
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(services.invoicing, "invoice_ids", ids)
    return calls


def _dialog(qtbot: QtBot, services: Services, **kwargs: Any) -> InvoicesDialog:
    dialog = InvoicesDialog(services.invoicing, today=lambda: TODAY, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _shown_ids(dialog: InvoicesDialog) -> list[int]:
    model = dialog.invoice_list.model
    return [model.index(row, 0).data(IdRole) for row in range(model.rowCount())]


def _texts(dialog: InvoicesDialog, column: Column) -> list[str]:
    model = dialog.invoice_list.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_window_lists_drafts_then_newest_and_reads_the_list_once(
    qtbot: QtBot, services: Services, register: dict[str, Any], monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: Any,
) -> None:  # fmt: skip
    calls = _count_id_queries(services, monkeypatch)
    dialog = _dialog(qtbot, services)
    qtmodeltester.check(dialog.invoice_list.model)
    invoices = register["invoices"]
    assert len(calls) == 1
    assert _shown_ids(dialog) == [register["draft"].id] + [r.id for r in reversed(invoices)]
    assert _texts(dialog, Column.NUMBER)[:2] == ["(draft)", str(invoices[-1].number)]
    assert _texts(dialog, Column.CUSTOMER)[0] == "501 Aalto Oy"
    summary = dialog.invoice_list.summary.text()
    assert summary.startswith("13 invoice")
    open_sum = sum((r.total for r in invoices[:4]), D(0))
    assert format_money(open_sum) in summary


def test_sorting_by_a_column_keeps_the_chosen_invoice(
    qtbot: QtBot, services: Services, register: dict[str, Any]
) -> None:
    dialog = _dialog(qtbot, services)
    chosen = register["invoices"][5]
    assert dialog.invoice_list.select_invoice(chosen.id)
    view = dialog.invoice_list.view
    view.sortByColumn(Column.TOTAL, Qt.SortOrder.AscendingOrder)
    by_total = sorted([*register["invoices"], register["draft"]], key=lambda r: (r.total, r.id))
    assert _shown_ids(dialog) == [r.id for r in by_total]
    assert dialog.invoice_list.current_id() == chosen.id
    assert view.currentIndex().row() == by_total.index(chosen)
    view.sortByColumn(Column.CUSTOMER, Qt.SortOrder.DescendingOrder)
    names = _texts(dialog, Column.CUSTOMER)
    assert names.index("502 Österberg Ab") < names.index("501 Aalto Oy")
    assert dialog.invoice_list.current_id() == chosen.id


def test_filters_period_and_search_narrow_the_list(
    qtbot: QtBot, services: Services, register: dict[str, Any]
) -> None:
    invoices = register["invoices"]
    dialog = _dialog(qtbot, services, state=Filter.OVERDUE)
    overdue = [r.id for r in invoices[:4] if r.due_date < TODAY]
    assert sorted(_shown_ids(dialog)) == sorted(overdue)
    assert set(_texts(dialog, Column.STATUS)) == {"Overdue"}
    dialog.invoice_list.set_filter(Filter.OPEN)
    assert sorted(_shown_ids(dialog)) == sorted(r.id for r in invoices[:4])
    dialog.invoice_list.set_filter(Filter.DRAFTS)
    assert _shown_ids(dialog) == [register["draft"].id]
    dialog.invoice_list.set_filter(Filter.ALL)
    combo = dialog.invoice_list.period_combo
    combo.setCurrentIndex(combo.findData(int(Period.THIS_YEAR)))
    this_year = [r.id for r in invoices if r.invoice_date.year == TODAY.year]
    assert sorted(_shown_ids(dialog)) == sorted([*this_year, register["draft"].id])
    combo.setCurrentIndex(combo.findData(int(Period.ANY)))
    search = dialog.invoice_list.search_edit
    qtbot.keyClicks(search, "sterb")  # typed keys are ASCII in the test driver
    qtbot.waitUntil(lambda: len(_shown_ids(dialog)) == 6)
    assert set(_texts(dialog, Column.CUSTOMER)) == {"502 Österberg Ab"}
    search.setText(str(invoices[3].number))
    qtbot.waitUntil(lambda: _shown_ids(dialog) == [invoices[3].id])


def test_lines_are_read_a_page_at_a_time(
    qtbot: QtBot, services: Services, register: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(invoice_list_model, "PAGE_SIZE", 4)
    asked: list[list[int]] = []
    original = services.invoicing.invoice_items

    def items(ids: Any) -> Any:
        asked.append(list(ids))
        return original(ids)

    monkeypatch.setattr(services.invoicing, "invoice_items", items)
    dialog = _dialog(qtbot, services)
    dialog.resize(900, 200)  # a few rows on screen
    qtbot.wait(10)
    model = dialog.invoice_list.model
    assert asked and all(len(page) <= 4 for page in asked)
    read = {i for page in asked for i in page}
    assert len(read) < model.rowCount()  # only what the screen showed
    last = model.index(model.rowCount() - 1, Column.NUMBER).data()
    assert last == str(register["invoices"][0].number)
    assert _shown_ids(dialog)[-1] in asked[-1] and len(asked[-1]) <= 4


def test_saving_an_invoice_refreshes_its_line_only(
    qtbot: QtBot, services: Services, register: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, services, state=Filter.OPEN)
    chosen = register["invoices"][0]
    services.invoicing.record_payment(chosen.id, D("1.00"), TODAY)
    calls = _count_id_queries(services, monkeypatch)
    dialog.invoice_list.refresh_invoice(chosen.id)
    assert calls == []
    row = dialog.invoice_list.model.row_of(chosen.id)
    assert row is not None
    shown = dialog.invoice_list.model.index(row, Column.OPEN).data()
    assert shown == format_money(chosen.total - 1)
