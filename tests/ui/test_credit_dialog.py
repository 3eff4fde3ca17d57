"""The credit note dialog and refunds in the invoice editor; prices with VAT and household
work in the editor of a consumer's invoice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidgetItem
from pytestqt.qtbot import QtBot

from asiakasrekisteri.domain.company import InvoiceSettings
from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRowData, InvoiceStatus
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.services.products import ProductService
from asiakasrekisteri.ui.formatting import format_money
from asiakasrekisteri.ui.invoicing.common import money_input_text
from asiakasrekisteri.ui.invoicing.credit_dialog import CreditDialog
from asiakasrekisteri.ui.invoicing.editor import InvoiceEditor
from asiakasrekisteri.ui.invoicing.invoice_rows_model import Column
from asiakasrekisteri.ui.invoicing.refund_dialog import InvoiceRefundDialog
from tests.conftest import make_customer
from tests.ui.test_invoice_editor import Answers, invoicing, products

__all__ = ["invoicing", "products"]  # the editor tests' fixtures, used here too

D = Decimal
DAY = date(2026, 3, 2)


def today() -> date:
    return DAY


@pytest.fixture
def invoice(invoicing: InvoicingService, customers: CustomerService) -> Any:
    customer = customers.create(make_customer(customer_number="1001")).id
    rows = (
        InvoiceRowData("Asennus", D(4), D("60.00"), D("25.5")),
        InvoiceRowData("Kirja", D(3), D("9.99"), D("13.5")),
    )
    draft = InvoiceDraft(customer_id=customer, rows=rows, invoice_date=DAY)
    return invoicing.create_invoice(draft, today=DAY)


@pytest.fixture
def editor_of(
    qtbot: QtBot, invoicing: InvoicingService, products: ProductService,
    customers: CustomerService, monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Any]:  # fmt: skip
    def opener(
        customer_id: int | None = None, invoice_id: int | None = None
    ) -> tuple[InvoiceEditor, Answers]:
        editor = InvoiceEditor(
            invoicing, products, customers, customer_id=customer_id, invoice_id=invoice_id,
            today=today,
        )  # fmt: skip
        qtbot.addWidget(editor)
        answers = Answers().install(monkeypatch, editor.prompts)
        editor.show()
        qtbot.waitExposed(editor)
        return editor, answers

    yield opener


def test_part_of_a_row_is_credited_and_the_refund_recorded(
    qtbot: QtBot, invoicing: InvoicingService, invoice: Any, editor_of: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    invoicing.record_payment(invoice.id, invoice.total, DAY)
    editor, answers = editor_of(invoice_id=invoice.id)
    previews: list[str] = []

    def one_of_the_first_row(dialog: QDialog) -> int:
        assert isinstance(dialog, CreditDialog)
        table = dialog.rows_table

        def cell(row: int, column: int) -> QTableWidgetItem:
            item = table.item(row, column)
            assert item is not None
            return item

        assert [cell(r, 2).text() for r in range(2)] == ["4", "3"]
        cell(0, 3).setText("1")
        cell(1, 3).setText("")
        previews.append(dialog.preview_label.text())
        cell(0, 3).setText("5")  # more than is left: refused, with the reason
        previews.append(dialog.error.text())
        assert not dialog.ok_button.isEnabled()
        cell(0, 3).setText("1")
        dialog.ok_button.click()
        return int(dialog.result())

    monkeypatch.setattr(editor, "_run_dialog", one_of_the_first_row)
    editor.credit_button.click()
    assert format_money(D("75.30")) in previews[0]
    assert f"refund of {format_money(D('75.30'))}" in previews[0]
    assert "at most 4" in previews[1]
    assert "Credit note 1001 was made for invoice 1000." in answers.infos[0]
    assert format_money(D("75.30")) in answers.infos[0]
    assert "refund owed" in editor.status_label.text()
    assert editor.refund_button.isVisible()

    def pay_back(dialog: QDialog) -> int:
        assert isinstance(dialog, InvoiceRefundDialog)
        assert dialog.amount_edit.text() == money_input_text(D("75.30"))
        dialog.amount_edit.setText(money_input_text(D("75.31")))
        dialog.ok_button.click()
        assert "at most 75,30" in dialog.error.text()
        dialog.amount_edit.setText(money_input_text(D("75.30")))
        dialog.ok_button.click()
        return int(dialog.result())

    monkeypatch.setattr(editor, "_run_dialog", pay_back)
    editor.refund_button.click()
    record = editor.record
    assert record is not None and record.refund_due == 0
    assert "Refunded" in editor.payments_label.text()
    assert not editor.refund_button.isVisible()


def test_an_amount_is_credited(
    invoicing: InvoicingService, invoice: Any, editor_of: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor, _answers = editor_of(invoice_id=invoice.id)

    def amount(dialog: QDialog) -> int:
        assert isinstance(dialog, CreditDialog)
        dialog.amount_radio.setChecked(True)
        assert not dialog.rows_table.isEnabled()
        dialog.amount_edit.setText("100")
        dialog.description_edit.setText("Alennus")
        dialog.ok_button.click()
        return int(dialog.result())

    monkeypatch.setattr(editor, "_run_dialog", amount)
    assert editor.credit()
    note = invoicing.get_by_number(1001)
    assert note.total == D("-100.00") and {r.description for r in note.rows} == {"Alennus"}
    assert invoicing.get(invoice.id).status is InvoiceStatus.SENT


def test_consumer_invoice_prices_with_vat_and_household_work(
    invoicing: InvoicingService, customers: CustomerService, editor_of: Any
) -> None:
    invoicing.save_settings(InvoiceSettings(prepayment_registered=False))
    consumer = make_customer(name="Maija M", business_id="", customer_type=CustomerType.PRIVATE)
    person = customers.create(consumer).id
    editor, _answers = editor_of(customer_id=person)
    assert editor.consumer.prices_check.isChecked()  # a consumer's default
    model = editor.rows_model
    assert model.headerData(Column.PRICE, Qt.Orientation.Horizontal) == "Unit price incl. VAT"
    for column, value in ((Column.DESCRIPTION, "Siivous"), (Column.QUANTITY, "3"),
                          (Column.PRICE, "50"), (Column.WORK, "work")):  # fmt: skip
        model.setData(model.index(0, column), value)
    assert editor.totals.total_label.text() == format_money(D("150.00"))
    label = editor.consumer.labour_label
    assert label.isVisible()
    assert format_money(D("150.00")) in label.text() and format_money(D("30.48")) in label.text()
    assert "not in the prepayment register" in label.text()
    editor.consumer.prices_check.setChecked(False)  # prices without VAT now
    assert editor.totals.total_label.text() == format_money(D("188.25"))
    assert model.headerData(Column.PRICE, Qt.Orientation.Horizontal) == "Unit price"
    editor.consumer.prices_check.setChecked(True)
    editor.save_draft()
    record = editor.record
    assert record is not None and record.prices_include_vat and record.rows[0].household_work
