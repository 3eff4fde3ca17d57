"""VAT and reference rates in the window, driven as a user would.

The invoice's treatment chooser, goods or service and exemptions on the rows, the seller
outside the VAT register, the products' VAT, the reference-rate table in the settings,
and the rate asked for when a reminder or a statement needs a half-year the table lacks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QDialog, QWidget
from pytestqt.qtbot import QtBot

from asiakasrekisteri.domain.enums import CHOOSABLE_TREATMENTS, VatExemption, VatTreatment
from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRowData
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.services.products import ProductService
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.ui.customer_card.extra_info_tab import ExtraInfoTab
from asiakasrekisteri.ui.customer_card.fields import Prompts as CardPrompts
from asiakasrekisteri.ui.formatting import format_money
from asiakasrekisteri.ui.invoicing.editor import InvoiceEditor
from asiakasrekisteri.ui.invoicing.invoice_rows_model import Column, ErrorRole
from asiakasrekisteri.ui.invoicing.pdf_actions import PdfActions
from asiakasrekisteri.ui.invoicing.products_dialog import ProductDialog
from asiakasrekisteri.ui.invoicing.reference_rate_dialog import ReferenceRateDialog
from asiakasrekisteri.ui.invoicing.reminder_dialog import ReminderDialog
from asiakasrekisteri.ui.invoicing.settings_dialog import InvoicingSettingsDialog
from tests.conftest import make_customer
from tests.services.conftest import INVOICING_SELLER
from tests.ui.test_invoice_editor import Answers, cell_editor, fill_row, type_into_cell

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints", r"This plugin does not support raise"
)

D = Decimal
DAY = date(2026, 2, 2)


@pytest.fixture
def invoicing(db: Database, company: CompanyService) -> InvoicingService:
    company.save(INVOICING_SELLER)
    return InvoicingService(db)


@pytest.fixture
def eu_customer(customers: CustomerService) -> int:
    return customers.create(
        make_customer(
            customer_number="2001", name="Svensson AB", business_id="", country="SE",
            postal_code="11122", city="Stockholm", vat_id="SE556677889901", phone="",
            vat_treatment=VatTreatment.EU_BUSINESS,
        )
    ).id  # fmt: skip


@pytest.fixture
def domestic_customer(customers: CustomerService) -> int:
    return customers.create(make_customer(customer_number="1001")).id


@pytest.fixture
def open_editor(
    qtbot: QtBot,
    db: Database,
    invoicing: InvoicingService,
    customers: CustomerService,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Callable[..., tuple[InvoiceEditor, Answers]]]:
    def opener(customer_id: int) -> tuple[InvoiceEditor, Answers]:
        editor = InvoiceEditor(invoicing, ProductService(db), customers,
                               customer_id=customer_id, today=lambda: DAY)  # fmt: skip
        qtbot.addWidget(editor)
        answers = Answers().install(monkeypatch, editor.prompts)
        editor.show()
        qtbot.waitExposed(editor)
        return editor, answers

    yield opener


def choose(combo: QWidget, value: str) -> None:
    assert isinstance(combo, QComboBox)
    index = combo.findData(value)
    assert index >= 0, f"{value} not offered"
    combo.setCurrentIndex(index)


def filler(**fields: Any) -> Callable[[QDialog], int]:
    """A stand-in for running a reference-rate dialog: fills it in and presses OK."""

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, ReferenceRateDialog)
        if "year" in fields:
            dialog.year_spin.setValue(fields["year"])
        if "half" in fields:
            dialog.half_combo.setCurrentIndex(0 if fields["half"] == 1 else 1)
        dialog.rate_edit.setText(fields["rate"])
        dialog.buttons.accepted.emit()
        return int(dialog.result())

    return run


# --- the editor ------------------------------------------------------------------------


def test_goods_and_services_on_an_eu_invoice_and_the_treatment_chooser(
    qtbot: QtBot, open_editor: Any, eu_customer: int, invoicing: InvoicingService
) -> None:
    editor, _answers = open_editor(eu_customer)
    header = editor.header
    assert header.treatment() is VatTreatment.EU_BUSINESS  # the customer's, by default
    offered = [header.treatment_combo.itemData(i) for i in range(header.treatment_combo.count())]
    assert offered == [t.value for t in CHOOSABLE_TREATMENTS]  # never "no VAT"
    fill_row(qtbot, editor, 0, "Sauna stove", "1", "1000,00", "25.5")
    choose(cell_editor(editor, 0, Column.KIND), "goods")
    editor.add_row()
    fill_row(qtbot, editor, 1, "Installation", "5", "60,00", "25.5")
    note = editor.totals.vat_note_label.text()
    assert "ALV 0 %, yhteisömyynti (AVL 72 a §)" in note
    assert "Käännetty verovelvollisuus / Reverse charge" in note
    assert editor.totals.total_label.text() == format_money(D("1300.00"))

    # Sold at home after all: Finnish VAT on both rows, no wording.
    choose(header.treatment_combo, VatTreatment.DOMESTIC.value)
    assert editor.totals.total_label.text() == format_money(D("1631.50"))
    assert not editor.totals.vat_note_label.isVisibleTo(editor)
    choose(header.treatment_combo, VatTreatment.EU_BUSINESS.value)
    assert editor.finalise()
    record = editor.record
    assert record is not None and record.number is not None
    assert [r.goods for r in record.rows] == [True, False]
    assert [r.category.value for r in record.row_vats] == ["K", "AE"]
    assert record.vat_treatment is VatTreatment.EU_BUSINESS


def test_an_exempt_row_names_its_reason_and_a_bare_zero_is_refused(
    qtbot: QtBot, open_editor: Any, domestic_customer: int
) -> None:
    editor, _answers = open_editor(domestic_customer)
    fill_row(qtbot, editor, 0, "Suunnittelu", "2", "100,00", "25.5")
    editor.add_row()
    fill_row(qtbot, editor, 1, "Fysioterapia", "1", "80,00", "0")
    assert not editor.finalise()  # 0 % with no reason
    assert editor.rows_model.index(1, Column.VAT).data(ErrorRole)
    assert "needs its reason" in editor.error_label.text()
    choose(cell_editor(editor, 1, Column.VAT), f"exempt:{VatExemption.HEALTHCARE.value}")
    assert editor.rows_model.index(1, Column.VAT).data() == "Exempt: healthcare (AVL 34 §)"
    assert editor.totals.vat_note_label.text() == "Veroton myynti (AVL 34 §)"
    assert editor.totals.total_label.text() == format_money(D("331.00"))
    assert editor.finalise()
    record = editor.record
    assert record is not None and not record.is_draft
    assert record.rows[1].vat_exemption is VatExemption.HEALTHCARE
    assert record.vat_notes == ("Veroton myynti (AVL 34 §)",)


def test_a_discount_finer_than_stored_is_shown_on_its_cell(
    qtbot: QtBot, open_editor: Any, domestic_customer: int
) -> None:
    editor, _answers = open_editor(domestic_customer)
    fill_row(qtbot, editor, 0, "Suunnittelu", "1", "100,00", "25.5")
    type_into_cell(qtbot, editor, 0, Column.DISCOUNT, "12,345")
    assert not editor.save_draft()
    assert "two decimals" in editor.error_label.text()
    type_into_cell(qtbot, editor, 0, Column.DISCOUNT, "12,35")
    assert editor.save_draft()
    assert editor.record is not None and editor.record.rows[0].discount_percent == D("12.35")


def test_a_seller_outside_the_vat_register_charges_no_vat(
    qtbot: QtBot, open_editor: Any, domestic_customer: int, invoicing: InvoicingService
) -> None:
    invoicing.save_settings(replace(invoicing.settings(), vat_registered=False))
    editor, _answers = open_editor(domestic_customer)
    assert not editor.header.treatment_combo.isEnabled()
    assert "Not VAT-registered" in editor.header.treatment_combo.toolTip()
    fill_row(qtbot, editor, 0, "Suunnittelu", "2", "100,00", "25.5")
    assert editor.totals.vat_note_label.text() == "Ei alv-rekisterissä"
    assert editor.totals.total_label.text() == format_money(D("200.00"))


def test_the_card_offers_no_vat_free_customer(qtbot: QtBot, customers: CustomerService) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    tab = ExtraInfoTab(customers, CardPrompts(parent), parent)
    values = [tab.vat_combo.itemData(i) for i in range(tab.vat_combo.count())]
    assert values == [t.value for t in CHOOSABLE_TREATMENTS]
    assert VatTreatment.NO_VAT.value not in values


def test_an_exempt_product_has_no_rate_to_choose(qtbot: QtBot, db: Database) -> None:
    products = ProductService(db)
    dialog = ProductDialog(products, today=lambda: DAY)
    qtbot.addWidget(dialog)
    dialog.code_edit.setText("FT")
    dialog.name_edit.setText("Fysioterapia")
    dialog.price_edit.setText("80")
    dialog.kind_combo.setCurrentIndex(0)  # a service
    choose(dialog.exemption_combo, VatExemption.HEALTHCARE.value)
    assert not dialog.vat_combo.isEnabled()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = products.get_by_code("FT")
    assert (saved.vat_percent, saved.vat_exemption, saved.goods) == (
        D("0.00"), VatExemption.HEALTHCARE, False,
    )  # fmt: skip
    again = ProductDialog(products, saved, today=lambda: DAY)
    qtbot.addWidget(again)
    assert again.exemption_combo.currentData() == VatExemption.HEALTHCARE.value
    choose(again.exemption_combo, "")
    assert again.vat_combo.isEnabled()
    again.kind_combo.setCurrentIndex(1)  # goods
    again.vat_combo.setEditText("25,5")
    again.accept()
    changed = products.get_by_code("FT")
    assert (changed.goods, changed.vat_exemption, changed.vat_percent) == (True, None, D("25.50"))


# --- reference rates -------------------------------------------------------------------


def test_settings_add_and_remove_half_years_and_the_own_operator(
    qtbot: QtBot,
    invoicing: InvoicingService,
    company: CompanyService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = InvoicingSettingsDialog(invoicing, company)
    qtbot.addWidget(dialog)
    table = dialog.rates_table
    assert table.rowCount() == 5
    newest = table.item(0, 0)
    assert newest is not None and "2026" in newest.text()  # newest first
    # A wrong rate keeps the small dialog open with the reason; then a right one.
    wrong: list[str] = []

    def twice(sub: QDialog) -> int:
        assert isinstance(sub, ReferenceRateDialog)
        assert sub.start() == date(2026, 7, 1)  # the half-year after the newest
        sub.rate_edit.setText("abc")
        sub.buttons.accepted.emit()
        wrong.append(sub.error.text())
        assert sub.result() != QDialog.DialogCode.Accepted
        return filler(rate="2,25")(sub)

    monkeypatch.setattr(dialog, "_run_dialog", twice)
    dialog.add_rate()
    assert wrong and wrong[0]
    assert table.rowCount() == 6
    table.selectRow(table.rowCount() - 1)  # the oldest, 1–6/2024
    dialog.remove_rate()
    assert table.rowCount() == 5
    dialog.einvoice_operator_edit.setText("003723327487")
    assert invoicing.reference_rates().periods[0].start == date(2024, 1, 1)  # not yet saved
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    starts = [p.start for p in invoicing.reference_rates().periods]
    assert starts[0] == date(2024, 7, 1) and starts[-1] == date(2026, 7, 1)
    assert invoicing.reference_rates().rate_on(date(2026, 9, 1)) == D("2.25")
    assert invoicing.settings().einvoice_operator == "003723327487"


def _overdue(invoicing: InvoicingService, customer_id: int) -> Any:
    draft = InvoiceDraft(
        customer_id=customer_id,
        rows=(InvoiceRowData("Konsultointi", D(1), D("100.00"), D("25.5")),),
        invoice_date=date(2026, 5, 4),
    )
    return invoicing.create_invoice(draft, today=date(2026, 5, 4))  # due 18.5.2026


def test_a_reminder_asks_for_the_missing_reference_rate(
    qtbot: QtBot,
    invoicing: InvoicingService,
    domestic_customer: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    invoice = _overdue(invoicing, domestic_customer)
    dialog = ReminderDialog(invoicing, invoice, today=lambda: date(2026, 7, 10))
    qtbot.addWidget(dialog)
    assert dialog.charges is None and not dialog.ok_button.isEnabled()
    assert "2026-07-01" in dialog.error.text()
    assert dialog.rate_button.isVisibleTo(dialog)
    asked: list[str] = []

    def fill(sub: QDialog) -> int:
        assert isinstance(sub, ReferenceRateDialog)
        assert not sub.year_spin.isEnabled() and not sub.half_combo.isEnabled()
        asked.append(sub.explanation.text())
        return filler(rate="2")(sub)

    monkeypatch.setattr(dialog, "_run_dialog", fill)
    dialog.rate_button.click()
    assert asked and "is not in the table" in asked[0]
    assert dialog.charges is not None and dialog.ok_button.isEnabled()
    assert not dialog.rate_button.isVisibleTo(dialog)
    assert invoicing.reference_rates().rate_on(date(2026, 7, 10)) == D("2.00")
    dialog.ok_button.click()
    assert len(invoicing.get(invoice.id).reminders) == 1


def test_a_statement_asks_for_the_missing_rate_and_a_cancel_writes_nothing(
    qtbot: QtBot,
    invoicing: InvoicingService,
    domestic_customer: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _overdue(invoicing, domestic_customer)
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = PdfActions(invoicing, parent)
    answers = Answers(save_to=tmp_path / "tiliote.pdf").install(monkeypatch, actions.prompts)

    def cancel(sub: QDialog) -> int:
        return QDialog.DialogCode.Rejected.value

    actions.run_dialog = cancel
    assert actions.save_statement(domestic_customer) is None
    assert not (tmp_path / "tiliote.pdf").exists() and not answers.warnings

    actions.run_dialog = filler(rate="2,5")
    # The statement runs to today: every missing half-year up to it is asked for in turn.
    saved = actions.save_statement(domestic_customer)
    assert saved == tmp_path / "tiliote.pdf" and saved.read_bytes().startswith(b"%PDF")
    assert invoicing.reference_rates().rate_on(date.today()) == D("2.50")


def test_a_reminder_to_an_einvoice_customer_is_saved_as_finvoice_too(
    qtbot: QtBot,
    open_editor: Any,
    customers: CustomerService,
    invoicing: InvoicingService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    customer = customers.create(
        make_customer(customer_number="3001", einvoice_address="003728842701",
                      einvoice_operator="003721291126")
    ).id  # fmt: skip
    draft = InvoiceDraft(
        customer_id=customer,
        rows=(InvoiceRowData("Konsultointi", D(1), D("100.00"), D("25.5")),),
        invoice_date=date(2025, 3, 3),
    )
    invoice = invoicing.create_invoice(draft, today=date(2025, 3, 3))
    editor = InvoiceEditor(invoicing, ProductService(invoicing.db), customers,
                           invoice_id=invoice.id, today=lambda: date(2025, 5, 1))  # fmt: skip
    qtbot.addWidget(editor)
    answers = Answers()
    answers.confirm_answer = False  # not printed now: saved
    answers.install(monkeypatch, editor.prompts)
    monkeypatch.setattr(editor.prompts, "save_path", lambda _t, name, _f: tmp_path / name)

    def make(dialog: QDialog) -> int:
        assert isinstance(dialog, ReminderDialog)
        dialog.ok_button.click()
        return int(dialog.result())

    monkeypatch.setattr(editor, "_run_dialog", make)
    assert editor.make_reminder()
    stem = f"maksumuistutus-{invoice.number}"
    assert (tmp_path / f"{stem}.pdf").read_bytes().startswith(b"%PDF")
    xml = (tmp_path / f"{stem}.xml").read_bytes()
    assert b"<InvoiceTypeCode" in xml and b">INV03<" in xml
