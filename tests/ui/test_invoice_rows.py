"""The invoice editor's rows table (model, editors, keyboard) and its live language switch."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from asiakasrekisteri.domain.invoice import InvoiceRowData, ProductData
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.services.products import ProductService
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.ui import i18n
from asiakasrekisteri.ui.formatting import format_money
from asiakasrekisteri.ui.i18n import Translators
from asiakasrekisteri.ui.invoicing.common import money_input_text
from asiakasrekisteri.ui.invoicing.editor import InvoiceEditor
from asiakasrekisteri.ui.invoicing.invoice_rows_model import Column, ErrorRole, InvoiceRowsModel
from asiakasrekisteri.ui.invoicing.payment_dialog import PaymentDialog
from tests.conftest import make_customer
from tests.services.conftest import INVOICING_SELLER
from tests.ui.test_invoice_editor import (
    Answers,
    cell,
    cell_editor,
    fill_row,
    finalised,
    today,
    type_into_cell,
)

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints", r"This plugin does not support raise"
)

D = Decimal
ROOT = Path(__file__).resolve().parents[2]
RATES_2025 = (D("25.5"), D("14"), D("10"), D("0"))
LAMP = ProductData("L1", "Lamppu", D("12.00"), D("24"), "kpl")
WORK = ProductData("T1", "Tuntityö", D("55.00"), D("25.5"), "h")


@pytest.fixture
def invoicing(db: Database, company: CompanyService) -> InvoicingService:
    company.save(INVOICING_SELLER)
    return InvoicingService(db)


@pytest.fixture
def customer_id(customers: CustomerService) -> int:
    return customers.create(make_customer(customer_number="1001")).id


@pytest.fixture
def open_editor(
    qtbot: QtBot,
    db: Database,
    invoicing: InvoicingService,
    customers: CustomerService,
    monkeypatch: pytest.MonkeyPatch,
) -> Any:
    def opener(
        customer_id: int | None = None, invoice_id: int | None = None
    ) -> tuple[InvoiceEditor, Answers]:
        editor = InvoiceEditor(
            invoicing, ProductService(db), customers, customer_id=customer_id,
            invoice_id=invoice_id, today=today,
        )  # fmt: skip
        qtbot.addWidget(editor)
        answers = Answers().install(monkeypatch, editor.prompts)
        editor.show()
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)
        return editor, answers

    return opener


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def focused_cell(editor: InvoiceEditor) -> tuple[int, Column] | None:
    """The cell whose editor has the focus."""
    current = editor.rows_view.currentIndex()
    if current.isValid() and focused() is editor.rows_view.editor_at(current):
        return current.row(), Column(current.column())
    return None


# --- the model ----------------------------------------------------------------------------


def test_rows_model_is_a_sound_table(qtmodeltester: Any) -> None:
    model = InvoiceRowsModel([WORK])
    model.set_rows([InvoiceRowData("Konsultointi", D(2), D("12.50"), D("25.5"))], RATES_2025)
    model.append_row(D(5))
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == len(Column)
    assert model.index(0, Column.PRICE).data() == money_input_text(D("12.50"))
    assert model.index(0, Column.VAT).data() == "25.5 %"
    assert model.index(1, Column.DISCOUNT).data() == "5"
    assert model.index(1, Column.VAT).data(Qt.ItemDataRole.EditRole) == "25.5"  # general rate
    assert model.headerData(Column.QUANTITY, Qt.Orientation.Horizontal) == "Qty"
    accessible = Qt.ItemDataRole.AccessibleTextRole
    assert model.headerData(Column.QUANTITY, Qt.Orientation.Horizontal, accessible) == "Quantity"
    assert model.headerData(1, Qt.Orientation.Vertical) == "2"


def test_rows_keep_the_typed_text_and_say_what_cannot_be_read() -> None:
    model = InvoiceRowsModel([])
    model.set_rows([], RATES_2025)
    model.append_row(D(0))
    assert model.row(0).is_blank()
    assert model.setData(model.index(0, Column.DESCRIPTION), "Kirja")
    assert model.setData(model.index(0, Column.PRICE), "20,x")
    assert model.setData(model.index(0, Column.DISCOUNT), "120")
    data, errors = model.read_row(0)
    assert data is None
    assert set(errors) == {"unit_price", "discount_percent"}
    assert model.index(0, Column.PRICE).data() == "20,x"  # left as typed, to be corrected

    model.set_errors(0, errors)
    assert model.index(0, Column.PRICE).data(ErrorRole) == errors["unit_price"]
    assert model.index(0, Column.PRICE).data(Qt.ItemDataRole.ToolTipRole) == errors["unit_price"]
    assert model.index(0, Column.PRICE).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, Column.QUANTITY).data(ErrorRole) == ""

    model.setData(model.index(0, Column.PRICE), "20,00")
    model.setData(model.index(0, Column.DISCOUNT), "")
    data, errors = model.read_row(0)
    assert errors == {}
    assert data == InvoiceRowData("Kirja", D(1), D("20.00"), D("25.5"), discount_percent=D(0))


def test_a_new_delivery_date_moves_each_rate_to_the_nearest_in_force() -> None:
    model = InvoiceRowsModel([])
    model.set_rows([InvoiceRowData("Kirja", D(1), D(20), D(14))], RATES_2025)
    model.set_rates((D("25.5"), D("13.5"), D("10"), D("0")))  # 2026
    assert model.row(0).vat_percent == D("13.5")
    model.set_rates(())  # before 2013: no rate is known
    assert model.read_row(0)[1] == {"vat_percent": "No VAT rates are known for the delivery date."}
    model.set_rates(RATES_2025)
    assert model.row(0).vat_percent == D("25.5")  # the general rate, as on a new row


def test_picking_a_product_fills_the_row_and_keeps_a_deactivated_ones_code() -> None:
    model = InvoiceRowsModel([LAMP, WORK])
    model.set_rows([InvoiceRowData("Vanha", D(1), D(5), D(0), product_code="OLD")], RATES_2025)
    assert model.index(0, Column.PRODUCT).data() == "OLD"  # no longer offered, still shown
    edited: list[None] = []
    model.edited.connect(lambda: edited.append(None))
    assert model.setData(model.index(0, Column.PRODUCT), "L1")
    row = model.row(0)
    assert (row.description, row.unit, row.product_code) == ("Lamppu", "kpl", "L1")
    assert row.vat_percent == D("25.5")  # the product's 24 % is no longer in force
    assert model.index(0, Column.PRODUCT).data() == "L1 – Lamppu"
    assert edited
    model.setData(model.index(0, Column.DESCRIPTION), "Lamppu, led")
    assert model.setData(model.index(0, Column.PRODUCT), "L1")  # the same pick again…
    assert model.row(0).description == "Lamppu, led"  # …keeps what was typed since
    assert not model.setData(model.index(0, Column.PRODUCT), "NONE")


def test_a_finalised_invoices_rows_cannot_be_edited() -> None:
    model = InvoiceRowsModel([])
    model.set_rows([InvoiceRowData("Kirja", D(1), D(20), D(14))], RATES_2025)
    editable = Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, Column.PRICE)) & editable
    assert not model.flags(model.index(0, Column.TOTAL)) & editable
    model.set_editable(False)
    assert not model.flags(model.index(0, Column.PRICE)) & editable
    assert not model.setData(model.index(0, Column.PRICE), "30,00")


# --- the editor's keyboard ----------------------------------------------------------------


def test_tab_walks_the_cells_like_fields_and_leaves_the_table(
    qtbot: QtBot, open_editor: Any, customer_id: int
) -> None:
    editor, _answers = open_editor(customer_id=customer_id)
    editor.add_row()
    editor.text_before_edit.setFocus()
    qtbot.keyClick(editor.text_before_edit, Qt.Key.Key_Tab)
    assert focused_cell(editor) == (0, Column.PRODUCT)
    editable = [c for c in Column if c != Column.TOTAL]  # the total is not a stop
    walked = [focused_cell(editor)]
    for _step in range(2 * len(editable) - 1):
        widget = focused()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        walked.append(focused_cell(editor))
    assert walked == [(row, column) for row in (0, 1) for column in editable]
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is editor.add_row_button  # out of the table, as after the last field

    qtbot.keyClick(editor.add_row_button, Qt.Key.Key_Backtab)
    assert focused_cell(editor) == (1, Column.WORK)  # back in at the last row's last cell
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused_cell(editor) == (1, Column.KIND)
    editor.rows_view.edit_cell(0, Column.PRODUCT)
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is editor.text_before_edit


def test_typing_updates_the_totals_at_each_keystroke(
    qtbot: QtBot, open_editor: Any, customer_id: int
) -> None:
    editor, _answers = open_editor(customer_id=customer_id)
    type_into_cell(qtbot, editor, 0, Column.DESCRIPTION, "Kirja")
    price = cell_editor(editor, 0, Column.PRICE)
    qtbot.keyClicks(price, "2")
    assert editor.totals.net_label.text() == format_money(D(2))
    qtbot.keyClicks(price, "0")
    assert editor.totals.net_label.text() == format_money(D(20))
    assert cell(editor, 0, Column.TOTAL) == format_money(D(20))
    assert editor.is_dirty()


def test_shortcuts_add_and_remove_the_row_being_typed_in(
    qtbot: QtBot, open_editor: Any, customer_id: int
) -> None:
    editor, _answers = open_editor(customer_id=customer_id)
    fill_row(qtbot, editor, 0, "Eka", "1", "10,00", "25.5")
    assert focused_cell(editor) == (0, Column.VAT)
    # Ctrl+Insert from a list; in a text field it is the platform's Copy, as it always was.
    qtbot.keyClick(focused(), Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    assert editor.rows_model.rowCount() == 2
    assert focused_cell(editor) == (1, Column.DESCRIPTION)  # typing goes to the new row
    qtbot.keyClicks(focused(), "Toka")
    assert cell(editor, 1, Column.DESCRIPTION) == "Toka"
    editor.add_row()
    type_into_cell(qtbot, editor, 2, Column.DESCRIPTION, "Kolmas")

    cell_editor(editor, 1, Column.QUANTITY)
    qtbot.keyClick(focused(), Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [cell(editor, r, Column.DESCRIPTION) for r in range(2)] == ["Eka", "Kolmas"]
    assert focused_cell(editor) == (1, Column.QUANTITY)  # still in the rows, next row up

    editor.header.your_reference_edit.setFocus()  # no row being typed in: the last goes
    editor.remove_row_button.click()
    assert [cell(editor, r, Column.DESCRIPTION) for r in range(1)] == ["Eka"]


def test_save_and_finalise_shortcuts_work_while_typing_in_a_cell(
    qtbot: QtBot, open_editor: Any, customer_id: int
) -> None:
    editor, answers = open_editor(customer_id=customer_id)
    type_into_cell(qtbot, editor, 0, Column.DESCRIPTION, "Kirja")
    price = type_into_cell(qtbot, editor, 0, Column.PRICE, "10,00")
    qtbot.keyClick(price, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    record = editor.record
    assert record is not None and record.is_draft and record.rows[0].unit_price == D(10)
    answers.confirm_answer = False
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(price, Qt.Key.Key_Return, ctrl_shift)
    assert answers.questions and "gets number 1000" in answers.questions[0]
    assert editor.rows_model.rowCount() == 1  # Ctrl+Shift+Enter is not Enter


def test_enter_adds_a_row_and_up_and_down_change_rows(
    qtbot: QtBot, open_editor: Any, customer_id: int
) -> None:
    editor, _answers = open_editor(customer_id=customer_id)
    assert editor.add_row_button.isDefault()  # Enter in a field presses it
    assert not editor.finalise_button.autoDefault()
    quantity = type_into_cell(qtbot, editor, 0, Column.QUANTITY, "3")
    qtbot.keyClick(quantity, Qt.Key.Key_Return)
    assert editor.rows_model.rowCount() == 2
    assert focused_cell(editor) == (1, Column.DESCRIPTION)
    assert editor.record is None  # not saved, not finalised
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    assert focused_cell(editor) == (0, Column.DESCRIPTION)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert focused_cell(editor) == (1, Column.DESCRIPTION)
    rates = cell_editor(editor, 1, Column.VAT)
    qtbot.keyClick(rates, Qt.Key.Key_Down)  # in a list, Down picks the next item
    assert focused_cell(editor) == (1, Column.VAT)
    assert editor.rows_model.row(1).vat_percent == D("14")
    qtbot.keyClick(rates, Qt.Key.Key_Return)
    assert editor.rows_model.rowCount() == 3


def test_escape_in_a_cell_asks_to_close(qtbot: QtBot, open_editor: Any, customer_id: int) -> None:
    editor, answers = open_editor(customer_id=customer_id)
    price = type_into_cell(qtbot, editor, 0, Column.PRICE, "10,00")
    answers.confirm_answer = False
    qtbot.keyClick(price, Qt.Key.Key_Escape)
    assert answers.questions == ["Close the invoice without saving? The changes are lost."]
    assert editor.isVisible()
    assert cell(editor, 0, Column.PRICE) == "10,00"  # nothing typed is lost
    rates = cell_editor(editor, 0, Column.VAT)
    qtbot.keyClick(rates, Qt.Key.Key_Escape)
    assert len(answers.questions) == 2
    answers.confirm_answer = True
    qtbot.keyClick(cell_editor(editor, 0, Column.DESCRIPTION), Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_a_click_edits_the_cell_at_once(qtbot: QtBot, open_editor: Any, customer_id: int) -> None:
    editor, _answers = open_editor(customer_id=customer_id)
    view = editor.rows_view
    rect = view.visualRect(editor.rows_model.index(0, Column.DESCRIPTION))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert focused_cell(editor) == (0, Column.DESCRIPTION)
    qtbot.keyClicks(focused(), "Kirja")
    assert cell(editor, 0, Column.DESCRIPTION) == "Kirja"


def test_a_finalised_invoice_opens_no_cell_editor(
    open_editor: Any, customer_id: int, invoicing: InvoicingService
) -> None:
    invoice = finalised(invoicing, customer_id)
    editor, _answers = open_editor(invoice_id=invoice.id)
    assert cell(editor, 0, Column.DESCRIPTION) == "Konsultointi"
    assert cell(editor, 0, Column.TOTAL) == format_money(D("100.00"))
    assert editor.rows_view.edit_cell(0, Column.PRICE) is None
    assert not editor.add_row_action.isEnabled() and not editor.remove_row_action.isEnabled()


def test_the_services_row_errors_land_on_the_cells_of_their_row(
    qtbot: QtBot, open_editor: Any, customer_id: int
) -> None:
    editor, _answers = open_editor(customer_id=customer_id)
    editor.add_row()  # row 0 stays blank and is left out; the service's rows[0] is row 1
    type_into_cell(qtbot, editor, 1, Column.PRICE, "10,00")
    editor.save_button.click()
    assert editor.record is None
    error = cell(editor, 1, Column.DESCRIPTION, ErrorRole)
    assert error == "Describe what is invoiced on row 1."
    assert cell(editor, 1, Column.DESCRIPTION, Qt.ItemDataRole.ToolTipRole) == error
    assert error in editor.error_label.text()
    assert cell(editor, 0, Column.DESCRIPTION, ErrorRole) == ""
    type_into_cell(qtbot, editor, 1, Column.DESCRIPTION, "Kirja")
    assert cell(editor, 1, Column.DESCRIPTION, ErrorRole) == ""
    assert editor.save_draft()


# --- the language switch --------------------------------------------------------------------


@pytest.fixture
def translators(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Translators]:
    """Translators on catalogues compiled from translations/*.ts; none left afterwards."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for language in ("sv", "en"):
        ts = ROOT / "translations" / f"asiakasrekisteri_{language}.ts"
        qm = tmp_path / f"asiakasrekisteri_{language}.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    locale = QLocale()
    found = Translators()
    yield found
    found.remove(qapp)
    QLocale.setDefault(locale)


def swedish(context: str, source: str) -> str:
    """The committed Swedish catalogue's translation of ``source``."""
    root = ET.parse(ROOT / "translations" / "asiakasrekisteri_sv.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    text = message.findtext("translation") or ""
                    assert text and text != source, f"{context}: {source!r} untranslated"
                    return text
    raise AssertionError(f"{context}: {source!r} is not in the Swedish catalogue")


def buddy_text(editor: InvoiceEditor, field: QWidget) -> str:
    return next(label.text() for label in editor.findChildren(QLabel) if label.buddy() is field)


def visible_texts(editor: InvoiceEditor) -> dict[str, Any]:
    """The editor's texts the test follows through a language switch."""
    model = editor.rows_model
    horizontal = Qt.Orientation.Horizontal
    breakdown = editor.totals.breakdown_table
    return {
        "window": editor.windowTitle(),
        "title": editor.title_label.text(),
        "save": editor.save_button.text(),
        "finalise tip": editor.finalise_button.toolTip(),
        "rows box": editor.rows_box.title(),
        "invoice date": buddy_text(editor, editor.header.invoice_date_edit),
        "billing placeholder": editor.header.billing_edit.placeholderText(),
        "office none": editor.header.office_combo.itemText(0),
        "term": editor.header.term_spin.suffix(),
        "headers": [model.headerData(c, horizontal) for c in Column],
        "breakdown": [breakdown.model().headerData(c, horizontal) for c in range(4)],
        "to pay": editor.totals.total_caption.text(),
        "price error": cell(editor, 0, Column.PRICE, ErrorRole),
    }


def test_an_open_editor_follows_a_language_switch(
    qapp: QApplication,
    qtbot: QtBot,
    open_editor: Any,
    invoicing: InvoicingService,
    customer_id: int,
    translators: Translators,
) -> None:
    shown, _answers = open_editor(invoice_id=finalised(invoicing, customer_id).id)
    shown_title = shown.windowTitle()
    editor, _answers = open_editor(customer_id=customer_id)
    type_into_cell(qtbot, editor, 0, Column.PRICE, "20,x")
    english = visible_texts(editor)
    assert english["save"] == "&Save draft" and english["headers"][2] == "Qty"

    translators.install(qapp, "sv")
    title = swedish("InvoiceEditor", "New invoice")
    qtbot.waitUntil(lambda: editor.title_label.text() == title)
    now = visible_texts(editor)
    assert now["window"] == f"{title} – Rakennus Virtanen Oy"
    assert now["save"] == swedish("InvoiceEditor", "&Save draft")
    assert now["finalise tip"].startswith(
        swedish("InvoiceEditor", "Give the invoice its number and lock it")
    )
    assert now["rows box"] == swedish("InvoiceEditor", "Rows")
    assert now["invoice date"] == swedish("InvoiceHeader", "&Invoice date")
    assert now["billing placeholder"] == swedish(
        "InvoiceHeader", "Customer number; empty = the customer"
    )
    assert now["office none"] == swedish("InvoiceHeader", "(none)")
    assert now["term"] == swedish("InvoiceHeader", " days")
    sources = ("Product", "Description", "Qty", "Unit", "Unit price", "Disc. %", "VAT %",
               "Type", "Work", "Total")  # fmt: skip
    assert now["headers"] == [swedish("InvoiceRowsModel", s) for s in sources]
    assert now["breakdown"] == [
        swedish("InvoiceTotalsPanel", s) for s in ("VAT %", "Excl. VAT", "VAT", "Total")
    ]
    assert now["to pay"] == swedish("InvoiceTotalsPanel", "Total to pay")
    template = "“{text}” is not an amount of money; write it like 1 234,50."
    assert now["price error"] == swedish("validation", template).format(text="20,x")
    for key, text in now.items():
        assert text != english[key], f"{key} stayed in English"
    invoice_title = swedish("InvoiceEditor", "Invoice {number}").format(number=1000)
    assert shown.windowTitle() == f"{invoice_title} – Rakennus Virtanen Oy"
    assert shown.status_label.text().startswith(swedish("Invoicing", "Ready to send"))
    assert swedish("InvoiceDocuments", "open {amount}").split()[0] in shown.status_label.text()
    assert not shown.is_dirty()  # a new language is no edit

    translators.install(qapp, "en")
    qtbot.waitUntil(lambda: editor.title_label.text() == "New invoice")
    assert visible_texts(editor) == english
    assert shown.windowTitle() == shown_title


def test_the_payment_dialog_follows_a_language_switch(
    qapp: QApplication,
    qtbot: QtBot,
    invoicing: InvoicingService,
    customer_id: int,
    translators: Translators,
) -> None:
    dialog = PaymentDialog(invoicing, finalised(invoicing, customer_id), today=today)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ok_button.text() == "Record payment"
    assert dialog.ok_button.isDefault()  # Enter records the payment
    dialog.amount_edit.setText("0")
    english_error = dialog.error.text()
    translators.install(qapp, "sv")
    qtbot.waitUntil(lambda: dialog.ok_button.text() != "Record payment")
    assert dialog.ok_button.text() == swedish("PaymentDialog", "Record payment")
    assert dialog.windowTitle() == swedish(
        "PaymentDialog", "Record payment – invoice {number}"
    ).format(number=1000)
    assert dialog.hint_label.text() == swedish(
        "PaymentDialog", "A partial payment leaves the rest open."
    )
    assert dialog.error.text() == swedish("PaymentDialog", "Give an amount bigger than zero.")
    assert dialog.error.text() != english_error
    translators.install(qapp, "en")
    qtbot.waitUntil(lambda: dialog.ok_button.text() == "Record payment")
    assert dialog.error.text() == english_error


def test_cell_editors_are_named_for_their_column(open_editor: Any, customer_id: int) -> None:
    editor, _answers = open_editor(customer_id=customer_id)
    picker = cell_editor(editor, 0, Column.VAT)
    assert isinstance(picker, QComboBox) and picker.currentText() == "25.5 %"
    assert picker.accessibleName() == "VAT %"
    description = cell_editor(editor, 0, Column.DESCRIPTION)
    assert isinstance(description, QLineEdit) and description.accessibleName() == "Description"
