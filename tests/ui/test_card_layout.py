"""The card's overview keeps its layout tidy while the user goes from customer to customer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QLabel, QTableView
from pytestqt.qtbot import QtBot

from asiakasrekisteri.app import build_window
from asiakasrekisteri.domain.invoice import InvoiceRowData
from asiakasrekisteri.domain.vat import general_rate
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import CustomerQuery
from asiakasrekisteri.ui.i18n import Translators
from asiakasrekisteri.ui.invoicing.invoice_list import Column
from asiakasrekisteri.ui.main_window import MainWindow
from tests.services.conftest import INVOICING_SELLER


def _invoice(services: Services, customer_id: int) -> None:
    """Three invoices over half a year, one paid, so every figure has a value."""
    services.company.save(INVOICING_SELLER)
    today = date.today()
    for months_ago in (5, 2, 0):
        day = today - timedelta(days=30 * months_ago + 3)
        row = InvoiceRowData(
            description="Konsultointi", quantity=Decimal(2), unit_price=Decimal("480.00"),
            vat_percent=general_rate(day), unit="h",
        )  # fmt: skip
        draft = services.invoicing.new_draft(customer_id, today=day)
        draft = replace(draft, rows=(row,), invoice_date=day, delivery_date=day)
        record = services.invoicing.create_invoice(draft, today=day)
        if months_ago == 5:
            # Paid two weeks before the due date: that figure is too long for one line.
            services.invoicing.record_payment(record.id, record.total, day + timedelta(days=16))


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def finnish(qapp: QApplication) -> Iterator[Translators]:
    """The texts in Finnish, whose longer titles leave the values narrower columns."""
    locale = QLocale()
    translators = Translators()
    translators.install(qapp, "fi")
    yield translators
    translators.remove(qapp)
    QLocale.setDefault(locale)


def test_summary_rows_are_as_tall_as_their_text_and_latest_invoices_fit_their_box(
    qtbot: QtBot, services: Services, tmp_path: Path, finnish: Translators
) -> None:
    services.demo.fill(200)
    records = services.customers.search_records(CustomerQuery())
    invoiced = next(r.id for r in records if len(r.contacts) >= 2 and r.offices and r.notes)
    _invoice(services, invoiced)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window: MainWindow = build_window(services, settings, finnish).window
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    latest = window.card.findChild(QTableView, "latestInvoices")
    assert latest is not None
    # The invoicing box beside the summary makes the summary box taller than its rows.
    # From each of a few customers to the invoiced one, whose box is the tallest.
    for customer_id in [i for r in records[:6] for i in (r.id, invoiced)]:
        window.open_customer(customer_id)
        _settle()
        for label in window.card.findChildren(QLabel):
            if label.objectName().startswith("summary_"):
                expected = label.heightForWidth(label.width())
                assert label.height() == expected, (customer_id, label.objectName())
    header = latest.horizontalHeader()
    assert header.length() <= latest.viewport().width()
    # In a narrow window the states stay whole; the list scrolls sideways instead.
    window.resize(1100, 700)
    _settle()
    assert header.sectionSize(Column.STATUS) >= latest.sizeHintForColumn(Column.STATUS)
