"""The invoicing GUI driven as a user would: type rows, finalise, pay, credit, print."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from asiakasrekisteri.app import build_window
from asiakasrekisteri.domain.company import PenaltyInterestMode
from asiakasrekisteri.domain.enums import CustomerType, VatExemption
from asiakasrekisteri.domain.invoice import (
    InvoiceDraft,
    InvoiceRecord,
    InvoiceRowData,
    InvoiceStatus,
)
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.services.products import ProductService
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.ui.formatting import format_money, format_percent
from asiakasrekisteri.ui.i18n import Translators
from asiakasrekisteri.ui.invoicing.actions import InvoicingActions
from asiakasrekisteri.ui.invoicing.common import Prompts
from asiakasrekisteri.ui.invoicing.editor import InvoiceEditor
from asiakasrekisteri.ui.invoicing.figures import InvoicingFigures
from asiakasrekisteri.ui.invoicing.invoice_list import Column, InvoiceListModel
from asiakasrekisteri.ui.invoicing.invoice_rows_model import Column as RowColumn
from asiakasrekisteri.ui.invoicing.invoice_rows_model import ErrorRole
from asiakasrekisteri.ui.invoicing.payment_dialog import PaymentDialog
from asiakasrekisteri.ui.invoicing.products_dialog import ProductDialog, ProductsDialog
from asiakasrekisteri.ui.invoicing.reminder_dialog import ReminderDialog
from asiakasrekisteri.ui.invoicing.settings_dialog import InvoicingSettingsDialog
from asiakasrekisteri.ui.main_window import MainWindow
from tests.conftest import make_customer
from tests.services.conftest import INVOICING_SELLER

# Offscreen-platform noise: it can neither resize nor raise native windows.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints", r"This plugin does not support raise"
)

D = Decimal
# Before 2026 the reduced rate is 14 % (vat.py); the general rate is 25,5 % from 9/2024.
DAY = date(2025, 3, 3)


def today() -> date:
    return DAY


@dataclass
class Answers:
    """Stands in for the message boxes and file dialogs; remembers what was asked."""

    confirm_answer: bool = True
    save_to: Path | None = None
    questions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)

    def install(self, monkeypatch: pytest.MonkeyPatch, prompts: Prompts) -> Answers:
        monkeypatch.setattr(prompts, "confirm", self._confirm)
        monkeypatch.setattr(prompts, "warn", lambda _t, text: self.warnings.append(text))
        monkeypatch.setattr(prompts, "inform", lambda _t, text: self.infos.append(text))
        monkeypatch.setattr(prompts, "save_path", lambda *_a: self.save_to)
        return self

    def _confirm(self, _title: str, text: str, _action: str) -> bool:
        self.questions.append(text)
        return self.confirm_answer


@pytest.fixture
def invoicing(db: Database, company: CompanyService) -> InvoicingService:
    company.save(INVOICING_SELLER)
    return InvoicingService(db)


@pytest.fixture
def products(db: Database) -> ProductService:
    return ProductService(db)


@pytest.fixture
def customer_id(customers: CustomerService) -> int:
    return customers.create(make_customer(customer_number="1001")).id


@pytest.fixture
def open_editor(
    qtbot: QtBot,
    invoicing: InvoicingService,
    products: ProductService,
    customers: CustomerService,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Any]:
    def opener(
        customer_id: int | None = None, invoice_id: int | None = None
    ) -> tuple[InvoiceEditor, Answers]:
        editor = InvoiceEditor(
            invoicing, products, customers, customer_id=customer_id, invoice_id=invoice_id,
            today=today,
        )  # fmt: skip
        qtbot.addWidget(editor)
        answers = Answers().install(monkeypatch, editor.prompts)
        monkeypatch.setattr(editor.pdf, "open_url", lambda _url: True)
        editor.show()
        qtbot.waitExposed(editor)
        return editor, answers

    yield opener


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def cell_editor(editor: InvoiceEditor, row: int, column: RowColumn) -> QWidget:
    """Go to a cell of the rows table as the user would; its open editor."""
    widget = editor.rows_view.edit_cell(row, column)
    assert widget is not None, f"cell {row}, {column.name} cannot be edited"
    return widget


def type_into_cell(
    qtbot: QtBot, editor: InvoiceEditor, row: int, column: RowColumn, text: str
) -> QLineEdit:
    edit = cell_editor(editor, row, column)
    assert isinstance(edit, QLineEdit)
    type_into(qtbot, edit, text)
    return edit


def cell(editor: InvoiceEditor, row: int, column: RowColumn, role: int = 0) -> Any:
    """What the rows table shows in a cell (``role`` 0: its text)."""
    return editor.rows_model.index(row, column).data(role)


def choose_rate(editor: InvoiceEditor, row: int, rate: str) -> QComboBox:
    combo = cell_editor(editor, row, RowColumn.VAT)
    assert isinstance(combo, QComboBox)
    index = combo.findData(rate)
    assert index >= 0, f"VAT {rate} not offered"
    combo.setCurrentIndex(index)
    return combo


def fill_row(
    qtbot: QtBot, editor: InvoiceEditor, row: int, text: str, qty: str, price: str, rate: str
) -> None:
    type_into_cell(qtbot, editor, row, RowColumn.DESCRIPTION, text)
    type_into_cell(qtbot, editor, row, RowColumn.QUANTITY, qty)
    type_into_cell(qtbot, editor, row, RowColumn.PRICE, price)
    choose_rate(editor, row, rate)


def finalised(
    invoicing: InvoicingService, customer_id: int, price: str = "100.00"
) -> InvoiceRecord:
    draft = InvoiceDraft(
        customer_id=customer_id,
        rows=(InvoiceRowData("Konsultointi", D(1), D(price), D("25.5")),),
        invoice_date=DAY,
    )
    return invoicing.create_invoice(draft, today=DAY)


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def breakdown_texts(editor: InvoiceEditor) -> list[list[str]]:
    table = editor.totals.breakdown_table
    return [
        [cell_text(table, r, c) for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


# --- the editor --------------------------------------------------------------------------


def test_typed_rows_give_live_totals_and_finalising_locks_the_invoice(
    qtbot: QtBot, open_editor: Any, customer_id: int, invoicing: InvoicingService
) -> None:
    editor, answers = open_editor(customer_id=customer_id)
    assert editor.title_label.text() == "New invoice"
    assert not editor.finalise_button.isEnabled()  # no rows yet

    fill_row(qtbot, editor, 0, "Konsultointi", "2", "12,50", "25.5")
    qtbot.mouseClick(editor.add_row_button, Qt.MouseButton.LeftButton)
    assert editor.rows_model.rowCount() == 2
    fill_row(qtbot, editor, 1, "Kirja", "1", "20,00", "14")

    # 2 × 12,50 = 25,00 at 25,5 % → 6,38 (half up); 20,00 at 14 % → 2,80.
    assert cell(editor, 0, RowColumn.TOTAL) == format_money(D("25.00"))
    assert editor.totals.net_label.text() == format_money(D("45.00"))
    assert editor.totals.vat_label.text() == format_money(D("9.18"))
    assert editor.totals.total_label.text() == format_money(D("54.18"))
    assert breakdown_texts(editor) == [
        [format_percent(D("25.5")), format_money(D("25.00")), format_money(D("6.38")),
         format_money(D("31.38"))],
        [format_percent(D("14")), format_money(D("20.00")), format_money(D("2.80")),
         format_money(D("22.80"))],
    ]  # fmt: skip

    price = type_into_cell(qtbot, editor, 1, RowColumn.PRICE, "20,x")
    assert not editor.finalise_button.isEnabled()
    # The error is on the cell (tooltip and colour) and on the field being typed in.
    error = cell(editor, 1, RowColumn.PRICE, ErrorRole)
    assert "20,x" in error
    assert cell(editor, 1, RowColumn.PRICE, Qt.ItemDataRole.ToolTipRole) == error
    assert cell(editor, 1, RowColumn.PRICE, Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(editor, 1, RowColumn.DESCRIPTION, ErrorRole) == ""
    assert price.property("invalid") is True
    type_into(qtbot, price, "20,00")
    assert editor.finalise_button.isEnabled()
    assert cell(editor, 1, RowColumn.PRICE, ErrorRole) == ""
    assert cell(editor, 1, RowColumn.PRICE, Qt.ItemDataRole.BackgroundRole) is None
    assert price.property("invalid") is False

    qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    assert "gets number 1000" in answers.questions[0]
    assert "can no longer be changed" in answers.questions[0]
    record = editor.record
    assert record is not None and record.number == 1000
    assert record.status is InvoiceStatus.SENT
    assert record.total == D("54.18")
    assert editor.title_label.text() == "Invoice 1000"
    assert "Ready to send" in editor.status_label.text()
    # Locked: no editing, no draft commands; the commands of a sent invoice instead.
    for column in (RowColumn.DESCRIPTION, RowColumn.VAT):
        assert not editor.rows_model.flags(editor.rows_model.index(0, column)) & (
            Qt.ItemFlag.ItemIsEditable
        )
        assert editor.rows_view.edit_cell(0, column) is None  # no editor opens
    assert not editor.header.invoice_date_edit.isEnabled()
    assert not editor.save_button.isVisibleTo(editor)
    assert not editor.finalise_button.isVisibleTo(editor)
    assert not editor.add_row_button.isVisibleTo(editor)
    for button in (editor.payment_button, editor.credit_button, editor.pdf_button):
        assert button.isVisibleTo(editor)
    assert invoicing.get_by_number(1000).total == D("54.18")


def test_vat_rates_follow_the_delivery_date(open_editor: Any, customer_id: int) -> None:
    editor, _answers = open_editor(customer_id=customer_id)
    vat_list = choose_rate(editor, 0, "14")
    delivery = editor.header.delivery_date_edit
    delivery.setDate(delivery.date().addYears(1))  # 2026, the rate list still open
    cell_editor(editor, 0, RowColumn.DESCRIPTION)  # and in a list opened afresh
    reopened = cell_editor(editor, 0, RowColumn.VAT)
    assert isinstance(reopened, QComboBox) and reopened is not vat_list
    for combo in (vat_list, reopened):
        rates = [combo.itemData(i) for i in range(combo.count())]
        # The rates in force, then the exemptions (a row sold without VAT names its reason).
        assert rates == ["25.5", "13.5", "10", "0", *(f"exempt:{e.value}" for e in VatExemption)]
        assert combo.currentData() == "13.5"  # 14 % became the nearest rate in force
    assert editor.rows_model.row(0).vat_percent == D("13.5")


def test_draft_is_saved_without_number_and_reopens_editable(
    qtbot: QtBot, open_editor: Any, customer_id: int, invoicing: InvoicingService
) -> None:
    editor, _answers = open_editor(customer_id=customer_id)
    fill_row(qtbot, editor, 0, "Suunnittelu", "3", "10,00", "25.5")
    type_into(qtbot, editor.header.your_reference_edit, "Tilaus 42")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(
        editor.header.your_reference_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    record = editor.record
    assert record is not None and record.is_draft and record.number is None
    editor.close()

    again, _answers = open_editor(invoice_id=record.id)
    assert again.title_label.text() == "Draft invoice"
    assert again.header.your_reference_edit.text() == "Tilaus 42"
    assert cell(again, 0, RowColumn.DESCRIPTION) == "Suunnittelu"
    description = cell_editor(again, 0, RowColumn.DESCRIPTION)
    assert isinstance(description, QLineEdit) and not description.isReadOnly()
    assert again.totals.total_label.text() == format_money(D("37.65"))


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"delivery_ban": True}, "under a delivery ban"),
        ({"active": False}, "is inactive and cannot be invoiced"),
    ],
)
def test_customer_who_cannot_be_invoiced_shows_the_reason(
    qtbot: QtBot,
    open_editor: Any,
    customers: CustomerService,
    overrides: dict[str, Any],
    reason: str,
) -> None:
    blocked = customers.create(make_customer(customer_number="1002", **overrides)).id
    editor, _answers = open_editor(customer_id=blocked)
    fill_row(qtbot, editor, 0, "Konsultointi", "1", "50,00", "25.5")
    assert editor.block_label.isVisibleTo(editor)
    assert reason in editor.block_label.text()
    assert "Rakennus Virtanen Oy" in editor.block_label.text()
    assert not editor.finalise_button.isEnabled()
    assert not editor.save_button.isEnabled()
    assert editor.finalise() is False


def test_partial_payment_then_the_rest_marks_the_invoice_paid(
    open_editor: Any, customer_id: int, invoicing: InvoicingService, monkeypatch: pytest.MonkeyPatch
) -> None:
    invoice = finalised(invoicing, customer_id)  # 125,50 €
    editor, answers = open_editor(invoice_id=invoice.id)
    amounts = ["50,00", None]  # None: accept the open amount the dialog proposes

    def pay(dialog: QDialog) -> int:
        assert isinstance(dialog, PaymentDialog)
        amount = amounts.pop(0)
        if amount is not None:
            dialog.amount_edit.setText(amount)
        dialog.ok_button.click()
        return int(dialog.result())

    monkeypatch.setattr(editor, "_run_dialog", pay)
    editor.payment_button.click()
    record = editor.record
    assert record is not None and record.status is InvoiceStatus.PARTLY_PAID
    assert record.open_amount == D("75.50")
    assert "Partly paid" in editor.status_label.text()
    assert format_money(D("50.00")) in editor.payments_label.text()

    editor.payment_button.click()
    record = editor.record
    assert record is not None and record.status is InvoiceStatus.PAID
    assert "Paid" in editor.status_label.text()
    assert not editor.payment_button.isEnabled()
    assert answers.warnings == []


def test_overpayment_is_warned_about(
    qtbot: QtBot, open_editor: Any, customer_id: int, invoicing: InvoicingService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    invoice = finalised(invoicing, customer_id)
    editor, answers = open_editor(invoice_id=invoice.id)
    dialog = PaymentDialog(invoicing, invoice, editor, today=today)
    qtbot.addWidget(dialog)
    dialog.prompts = editor.prompts
    dialog.amount_edit.setText("200,00")
    assert dialog.over_hint.isVisibleTo(dialog)  # warned before recording, too
    dialog.ok_button.click()
    assert dialog.payment_result is not None and dialog.payment_result.overpaid
    assert len(answers.warnings) == 1
    assert "overpaid by " + format_money(D("74.50")) in answers.warnings[0]


def test_credit_note_marks_the_original_credited(
    open_editor: Any, customer_id: int, invoicing: InvoicingService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    invoice = finalised(invoicing, customer_id)
    editor, answers = open_editor(invoice_id=invoice.id)
    shown: list[str] = []

    def make(dialog: Any) -> int:
        # Offered as it opens: every row's whole quantity, the whole invoice.
        shown.append(dialog.preview_label.text())
        dialog.ok_button.click()
        return int(dialog.result())

    monkeypatch.setattr(editor, "_run_dialog", make)
    assert editor.credit()
    assert "The invoice is then credited in full." in shown[0]
    assert format_money(invoice.total) in shown[0]
    assert answers.infos == ["Credit note 1001 was made for invoice 1000."]
    record = editor.record
    assert record is not None and record.status is InvoiceStatus.CREDITED
    assert "Credited" in editor.status_label.text()
    assert not editor.credit_button.isEnabled()
    note = invoicing.get_by_number(1001)
    assert note.credit_of_number == 1000 and note.total == -invoice.total

    credit_editor, _answers = open_editor(invoice_id=note.id)
    assert credit_editor.title_label.text() == "Credit note 1001"
    assert "credits invoice 1000" in credit_editor.status_label.text()


def test_pdf_save_as_writes_a_pdf(
    open_editor: Any, customer_id: int, invoicing: InvoicingService, tmp_path: Path
) -> None:
    invoice = finalised(invoicing, customer_id)
    editor, answers = open_editor(invoice_id=invoice.id)
    answers.save_to = tmp_path / "lasku.pdf"
    editor.save_pdf_action.trigger()
    assert (tmp_path / "lasku.pdf").read_bytes().startswith(b"%PDF")
    answers.save_to = tmp_path / "lasku.xml"
    editor.finvoice_action.trigger()
    assert b"<Finvoice" in (tmp_path / "lasku.xml").read_bytes()
    opened = editor.pdf.open_invoice(invoice)
    assert opened is not None and opened.read_bytes().startswith(b"%PDF")


def test_reminder_of_an_overdue_invoice_is_saved_as_pdf(
    open_editor: Any, customer_id: int, invoicing: InvoicingService, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    invoice = finalised(invoicing, customer_id)
    editor, answers = open_editor(invoice_id=invoice.id)
    assert not editor.reminder_button.isEnabled()  # not overdue on the invoice date
    monkeypatch.setattr(editor, "_today", lambda: date(2025, 5, 1))
    editor._apply_mode()
    assert editor.reminder_button.isEnabled()
    answers.save_to = tmp_path / "muistutus.pdf"
    shown: list[ReminderDialog] = []

    def make(dialog: QDialog) -> int:
        assert isinstance(dialog, ReminderDialog)
        shown.append(dialog)
        dialog.ok_button.click()
        return int(dialog.result())

    monkeypatch.setattr(editor, "_run_dialog", make)
    answers.confirm_answer = False  # not printed now: saved
    assert editor.make_reminder()
    assert answers.questions == ["The reminder was recorded. Print it now?"]
    assert (tmp_path / "muistutus.pdf").read_bytes().startswith(b"%PDF")
    assert "Reminded" in editor.payments_label.text()
    assert shown[0].day() == date(2025, 5, 1)


def test_reminder_dialog_says_why_a_consumer_is_charged_no_fee_before_day_14(
    qtbot: QtBot, invoicing: InvoicingService, customers: CustomerService
) -> None:
    invoicing.save_settings(replace(invoicing.settings(), reminder_fee=D("7.50")))
    private = customers.create(make_customer(
        customer_number="1002", name="Maija Meikäläinen", business_id="",
        customer_type=CustomerType.PRIVATE,
    )).id  # fmt: skip
    invoice = finalised(invoicing, private)  # due 17.3.2025
    dialog = ReminderDialog(invoicing, invoice, today=lambda: date(2025, 3, 27))
    qtbot.addWidget(dialog)
    assert dialog.compensation_check.isHidden()  # never a consumer's
    assert dialog.values["fee"].text() == format_money(D("0.00"))
    assert dialog.reason_label.isVisibleTo(dialog)
    assert "14 days" in dialog.reason_label.text()
    assert dialog.ok_button.isEnabled()  # allowed, only without a fee
    dialog.date_edit.setDate(QDate(2025, 3, 20))
    assert dialog.charges is not None and dialog.charges.fee == 0
    dialog.ok_button.click()
    [reminder] = invoicing.get(invoice.id).reminders
    assert (reminder.reminder_date, reminder.fee) == (date(2025, 3, 20), D("0.00"))
    later = ReminderDialog(invoicing, invoice, today=lambda: date(2025, 3, 31))
    qtbot.addWidget(later)
    assert later.values["fee"].text() == format_money(D("5.00"))  # day 14: capped fee
    assert not later.reason_label.isVisibleTo(later)


def test_reminder_dialog_offers_a_business_the_fixed_compensation(
    qtbot: QtBot, invoicing: InvoicingService, customer_id: int
) -> None:
    invoice = finalised(invoicing, customer_id)  # due 17.3.2025, business customer
    dialog = ReminderDialog(invoicing, invoice, today=lambda: date(2025, 3, 20))
    qtbot.addWidget(dialog)
    assert not dialog.compensation_check.isHidden()
    fee_only = dialog.charges
    assert fee_only is not None and fee_only.fee == D("5.00") and fee_only.compensation == 0
    dialog.compensation_check.setChecked(True)
    assert dialog.values["compensation"].text() == format_money(D("40.00"))
    assert dialog.values["fee"].text() == format_money(D("0.00"))
    assert dialog.values["total"].text() == format_money(fee_only.total - D("5.00") + D("40"))
    assert "compensation" in dialog.reason_label.text()
    dialog.date_edit.setDate(QDate(2025, 3, 10))  # before the due date: refused
    assert dialog.date_edit.date() == QDate(2025, 3, 18)  # the earliest day it allows


# --- products ------------------------------------------------------------------------------


def test_product_added_in_the_dialog_is_offered_by_the_picker(
    qtbot: QtBot,
    products: ProductService,
    open_editor: Any,
    customer_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = ProductsDialog(products, today=today)
    qtbot.addWidget(dialog)

    def fill(product_dialog: ProductDialog) -> None:
        product_dialog.code_edit.setText("T1")
        product_dialog.name_edit.setText("Tuntityö")
        product_dialog.unit_edit.setText("h")
        product_dialog.price_edit.setText("55,00")
        product_dialog.vat_combo.setEditText("25,5")
        product_dialog.accept()

    monkeypatch.setattr(dialog, "_run_dialog", fill)
    dialog.add_button.click()
    assert [p.code for p in dialog.products()] == ["T1"]
    assert cell_text(dialog.table, 0, 1) == "Tuntityö"

    editor, _answers = open_editor(customer_id=customer_id)
    picker = cell_editor(editor, 0, RowColumn.PRODUCT)
    assert isinstance(picker, QComboBox)
    offered = [picker.itemText(i) for i in range(picker.count())]
    assert "T1 – Tuntityö" in offered
    picker.setCurrentIndex(offered.index("T1 – Tuntityö"))
    assert cell(editor, 0, RowColumn.DESCRIPTION) == "Tuntityö"
    assert cell(editor, 0, RowColumn.UNIT) == "h"
    assert editor.rows_model.row(0).vat_percent == D("25.5")
    assert editor.totals.net_label.text() == format_money(D("55.00"))

    # Deactivated products are no longer offered on new invoices.
    dialog.table.selectRow(0)
    dialog.toggle_button.click()
    assert products.list() == []


def test_product_dialog_shows_errors_on_the_fields(qtbot: QtBot, products: ProductService) -> None:
    dialog = ProductDialog(products, today=today)
    qtbot.addWidget(dialog)
    dialog.price_edit.setText("12,345,6")
    dialog.accept()
    assert dialog.errors["unit_price"].isVisibleTo(dialog)
    dialog.price_edit.setText("12,00")
    dialog.accept()
    assert dialog.errors["code"].text() == "This field is required."
    assert dialog.saved_product is None


# --- lists, figures, settings and the main window -------------------------------------------


def test_invoice_list_model_shows_overdue(
    qtmodeltester: Any, invoicing: InvoicingService, customer_id: int
) -> None:
    invoice = finalised(invoicing, customer_id)
    model = InvoiceListModel(lambda: date(2025, 4, 1))
    model.set_items(list(invoicing.invoice_items([invoice.id]).values()))
    qtmodeltester.check(model)
    assert model.index(0, Column.NUMBER).data() == "1000"
    assert model.index(0, Column.TOTAL).data() == format_money(invoice.total)
    assert model.index(0, Column.STATUS).data() == "Overdue"


def test_figures_show_no_invoices_then_the_sums(
    qtbot: QtBot, invoicing: InvoicingService, customer_id: int
) -> None:
    figures = InvoicingFigures(invoicing, today=lambda: date(2025, 4, 1))
    qtbot.addWidget(figures)
    figures.show_customer(customer_id, D("100.00"))
    assert figures.no_invoices_label.isVisibleTo(figures)
    finalised(invoicing, customer_id)
    figures.reload()
    assert not figures.no_invoices_label.isVisibleTo(figures)
    assert figures.values["invoiced_12"].text() == format_money(D("125.50"))
    assert figures.values["overdue"].text() == format_money(D("125.50"))
    # 125,50 € × 11,5 % (business) × 15 days / 365, as a statement of 1.4.2025 shows it.
    assert figures.values["interest"].text() == format_money(D("0.59"))
    assert invoicing.statement(customer_id, today=date(2025, 4, 1)).total_interest == D("0.59")
    assert figures.values["credit_limit"].text() == format_money(D("100.00"))
    assert "credit limit" in figures.values["open"].toolTip()
    assert figures.latest_model.rowCount() == 1


def test_settings_dialog_saves_invoicing_settings(
    qtbot: QtBot, invoicing: InvoicingService, company: CompanyService
) -> None:
    dialog = InvoicingSettingsDialog(invoicing, company)
    qtbot.addWidget(dialog)
    assert dialog.term_spin.value() == 14
    dialog.next_number_edit.setText("5000")
    dialog.fixed_radio.setChecked(True)
    dialog.fixed_edit.setText("11,5")
    dialog.fee_edit.setText("7,50")
    dialog.vat_registered_check.setChecked(False)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    settings = invoicing.settings()
    assert settings.next_invoice_number == 5000
    assert settings.penalty_interest_mode is PenaltyInterestMode.FIXED
    assert settings.penalty_interest_fixed == D("11.50")
    assert settings.reminder_fee == D("7.50")
    assert not settings.vat_registered

    bad = InvoicingSettingsDialog(invoicing, company)
    qtbot.addWidget(bad)
    bad.iban_edit.setText("FI00 1234")
    bad.accept()
    assert bad.errors["iban"].isVisibleTo(bad)
    assert company.get().iban == INVOICING_SELLER.iban.replace(" ", "")


def test_settings_dialog_saves_other_accounts(
    qtbot: QtBot, invoicing: InvoicingService, company: CompanyService
) -> None:
    dialog = InvoicingSettingsDialog(invoicing, company)
    qtbot.addWidget(dialog)
    assert dialog.other_accounts_edit.toPlainText() == ""
    dialog.other_accounts_edit.setPlainText("FI21 1234 5600 0007 86 OKOYFIHH")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["other_accounts"].isVisibleTo(dialog)
    assert dialog.errors["other_accounts"].text()
    assert invoicing.settings().other_accounts == ()

    dialog.other_accounts_edit.setPlainText(
        "fi58 1017 1000 0001 22 okoyfihh\n\nDE89 3704 0044 0532 0130 00\n"
    )
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert invoicing.settings().other_accounts == (
        "FI5810171000000122 OKOYFIHH",
        "DE89370400440532013000",
    )
    again = InvoicingSettingsDialog(invoicing, company)
    qtbot.addWidget(again)
    assert again.other_accounts_edit.toPlainText() == (
        "FI5810171000000122 OKOYFIHH\nDE89370400440532013000"
    )


@pytest.fixture
def window(
    qtbot: QtBot,
    services: Services,
    invoicing: InvoicingService,
    tmp_path: Path,
) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = build_window(services, settings, Translators()).window
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


def test_menus_and_the_card_figures_after_invoicing(
    qtbot: QtBot, window: MainWindow, customer_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = window.findChild(InvoicingActions, "invoicingActions")
    assert actions is not None
    assert actions.new_invoice_action in window.file_menu.actions()
    assert actions.new_invoice_action.shortcut() == QKeySequence("Ctrl+Shift+N")
    assert actions.settings_action in window.settings_menu.actions()
    assert actions.products_action in window.settings_menu.actions()

    window.reload()
    window.open_customer(customer_id)
    figures = actions.figures
    assert figures.isVisibleTo(window.card)
    assert figures.no_invoices_label.text() == "No invoices yet."
    assert figures.no_invoices_label.isVisibleTo(figures)

    figures.new_invoice_button.click()
    assert len(actions.editors) == 1
    editor = actions.editors[0]
    Answers().install(monkeypatch, editor.prompts)
    fill_row(qtbot, editor, 0, "Konsultointi", "2", "12,50", "25.5")
    assert editor.finalise()

    assert not figures.no_invoices_label.isVisibleTo(figures)
    assert figures.values["invoiced_12"].text() == format_money(D("31.38"))
    assert figures.values["invoiced_all"].text() == format_money(D("31.38"))
    assert figures.values["open"].text() == format_money(D("31.38"))
    assert figures.latest_model.index(0, Column.NUMBER).data() == "1000"
    # The sales status moved on; the card shows it, so saving the card keeps it.
    record = window.card.record()
    assert record is not None and record.data.status.value == "trial"

    dialog = actions.show_invoices()
    assert dialog.invoice_list.model.rowCount() == 1
    dialog.close()
