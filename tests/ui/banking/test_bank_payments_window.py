"""Money in, driven as a user would: drop the bank's file, check the preview, import,
assign what matched nothing, use credit, undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu, QTableWidget
from pytestqt.qtbot import QtBot

from asiakasrekisteri.app import BuiltWindow, build_window
from asiakasrekisteri.domain.invoice import InvoiceStatus
from asiakasrekisteri.ui.banking.actions import BankPaymentActions
from asiakasrekisteri.ui.banking.credit import RefundDialog
from asiakasrekisteri.ui.banking.preview_dialog import BankImportDialog, Column
from asiakasrekisteri.ui.formatting import format_money
from asiakasrekisteri.ui.i18n import Translators
from asiakasrekisteri.ui.invoicing.common import Prompts
from asiakasrekisteri.ui.spreadsheets.workers import Worker
from tests.bankfile_builders import Entry, Tx, camt
from tests.services.banking.conftest import DATA, Register

D = Decimal


class FakePrompts(Prompts):
    """Records the messages and answers the questions."""

    def __init__(self, parent: Any) -> None:
        super().__init__(parent)
        self.warnings: list[str] = []
        self.infos: list[str] = []
        self.answer = True
        self.path: Path | None = None

    def warn(self, title: str, text: str) -> None:
        self.warnings.append(text)

    def inform(self, title: str, text: str) -> None:
        self.infos.append(text)

    def confirm(self, title: str, text: str, action: str) -> bool:
        return self.answer

    def open_path(self, title: str, file_filter: str) -> Path | None:
        return self.path


class Questions(list[str]):
    """Stands in for the window's yes/no question: records it and says yes."""

    def __call__(self, title: str, text: str, *, default_no: bool = True) -> bool:
        self.append(text)
        return True


def asked(built: BuiltWindow) -> Questions:
    found = built.window.ask
    assert isinstance(found, Questions)
    return found


@pytest.fixture
def built(
    qtbot: QtBot, register: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[BuiltWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    found = build_window(register.services, settings, Translators())
    qtbot.addWidget(found.window)
    found.window.show()
    qtbot.waitExposed(found.window)
    questions = Questions()
    monkeypatch.setattr(found.window, "ask", questions)
    payments = found.features.payments
    payments.prompts = FakePrompts(found.window)
    payments.credit_panel.prompts = payments.prompts
    yield found
    assert Worker.wait_all(60_000)


def prompts(built: BuiltWindow) -> FakePrompts:
    found = built.features.payments.prompts
    assert isinstance(found, FakePrompts)
    return found


def open_preview(qtbot: QtBot, payments: BankPaymentActions, name: str) -> BankImportDialog:
    payments.open_file(DATA / name)
    qtbot.waitUntil(lambda: not payments.is_reading(), timeout=20_000)
    dialog = payments.import_dialog
    assert dialog is not None
    return dialog


def text_at(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def cell(dialog: BankImportDialog, row: int, column: Column) -> str:
    return str(dialog.model.index(row, column).data())


def test_the_file_menu_offers_the_import_and_the_unmatched_list(built: BuiltWindow) -> None:
    payments = built.features.payments
    file_menu = built.window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    texts = [a.text() for a in file_menu.actions()]
    assert "Import &bank payments…" in texts and "Unmatched &payments…" in texts
    assert payments.undo_action.text() == "Undo &bank payment import…"


def test_dropping_the_banks_file_shows_every_payment_and_imports_the_checked_ones(
    qtbot: QtBot, built: BuiltWindow, register: Register
) -> None:
    window, payments = built.window, built.features.payments
    window.open_customer(register.virtanen)
    figures = built.features.invoicing.figures
    assert figures.values["open"].text() == format_money(D("1004.00"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DATA / "camt054_v02_batch.xml"))])
    enter = QDragEnterEvent(QPoint(40, 40), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(40, 40), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window.list_view.viewport(), drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: payments.import_dialog is not None, timeout=20_000)
    dialog = payments.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert "camt.054 payment notification" in dialog.file_label.text()
    assert dialog.model.rowCount() == 6  # four payments, a fee and a pending entry
    assert cell(dialog, 0, Column.ACTION) == "Pays: 1000"
    assert (
        cell(dialog, 1, Column.ACTION) == f"Part payment: 1001 (open {format_money(D('151.00'))})"
    )
    assert cell(dialog, 3, Column.ACTION) == "Unmatched: no invoice has this reference"
    assert cell(dialog, 4, Column.ACTION) == "Not a payment in: money out"
    assert cell(dialog, 0, Column.CUSTOMER) == "Rakennus Virtanen Oy"
    assert dialog.totals_label.text().startswith(
        f"4 payment(s) to import, {format_money(D('610.25'))}."
    )
    # Leave the unmatched one out: the totals follow at once.
    index = dialog.model.index(3, Column.DATE)
    assert dialog.model.setData(
        index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert cell(dialog, 3, Column.ACTION) == "Left out"
    assert "3 payment(s) to import" in dialog.totals_label.text()
    assert "1 payment(s) left out." in dialog.totals_label.text()
    assert not dialog.model.flags(dialog.model.index(4, Column.DATE)) & Qt.ItemFlag.ItemIsEnabled
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    assert not dialog.isVisible()
    assert register.status(1000) == ("paid", D("251.00"))
    assert register.status(1001) == ("partly_paid", D("100.00"))
    # The card's figures and the status bar follow at once.
    assert figures.values["open"].text() == format_money(D("402.00"))
    assert "2 invoices paid in full" in window.statusBar().currentMessage()
    assert asked(built) == []  # nothing unmatched was imported
    assert register.services.bank_payments.unmatched() == []


def test_unmatched_payments_are_offered_and_assigned_by_hand(
    qtbot: QtBot, built: BuiltWindow, register: Register
) -> None:
    payments = built.features.payments
    dialog = open_preview(qtbot, payments, "camt053_statement.xml")
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    assert asked(built) == ["1 payment(s) matched no invoice. Look at them now?"]
    unmatched = payments.unmatched_dialog
    assert unmatched is not None and unmatched.isVisible()
    assert unmatched.table.rowCount() == 1
    assert text_at(unmatched.table, 0, 4) == "Lasku 1004"
    assert text_at(unmatched.table, 0, 5) == "no reference"
    # Kauppa Oy's two invoices are open for exactly that amount.
    assert [s.number for s in unmatched.suggestions] == [1004, 1005]
    assert unmatched.invoice_edit.text() == "1004"
    assert text_at(unmatched.suggestion_table, 0, 4) == "the same amount open, name 100 % alike"
    unmatched.assign_button.click()
    assert unmatched.message.text() == f"{format_money(D('251.00'))} paid on invoice 1004."
    assert unmatched.table.rowCount() == 0 and not unmatched.assign_button.isEnabled()
    assert register.status(1004) == ("paid", D("251.00"))


def test_a_damaged_file_is_one_message_and_nothing_changes(
    qtbot: QtBot, built: BuiltWindow, register: Register
) -> None:
    payments = built.features.payments
    payments.open_file(DATA / "viitesiirto_wrong_totals.txt")
    qtbot.waitUntil(lambda: not payments.is_reading(), timeout=20_000)
    assert payments.import_dialog is None
    (message,) = prompts(built).warnings
    assert message.startswith("The totals of the batch on line 1 do not match its payments")
    assert register.services.bank_payments.imports() == []


def test_the_same_file_again_is_refused_with_the_day_it_came(
    qtbot: QtBot, built: BuiltWindow, register: Register
) -> None:
    payments = built.features.payments
    dialog = open_preview(qtbot, payments, "viitesiirto.txt")
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    payments.open_file(DATA / "viitesiirto.txt")
    qtbot.waitUntil(lambda: not payments.is_reading(), timeout=20_000)
    assert payments.import_dialog is None
    assert "viitesiirto.txt was imported on" in prompts(built).infos[-1]


def test_credit_is_shown_on_the_card_used_refunded_and_offered_on_the_next_invoice(
    qtbot: QtBot, built: BuiltWindow, register: Register
) -> None:
    window, payments = built.window, built.features.payments
    dialog = open_preview(qtbot, payments, "camt054_v08_overpaid_foreign.xml")
    assert (
        cell(dialog, 0, Column.ACTION)
        == f"Pays, the rest to credit: 1003 · credit {format_money(D('49.00'))}"
    )
    assert cell(dialog, 1, Column.AMOUNT) == "50.00 USD"
    assert cell(dialog, 2, Column.ACTION) == "Correction: not settled"
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    window.open_customer(register.virtanen)
    panel = payments.credit_panel
    # The credit stands under the invoicing figures, in the same box of the card.
    assert panel.isVisibleTo(window.card)
    assert built.features.invoicing.figures.isVisibleTo(window.card)
    assert panel.isVisible()
    assert panel.label.text() == f"Credit from overpayments: {format_money(D('49.00'))}"
    window.open_customer(register.kauppa)
    assert not panel.isVisible()
    window.open_customer(register.virtanen)
    panel.use_button.click()
    assert prompts(built).infos[-1] == f"{format_money(D('49.00'))} paid on invoice 1000."
    assert not panel.isVisible() and register.status(1000) == ("partly_paid", D("49.00"))
    # New credit, then a new invoice: the credit is offered on it.
    overpaid = camt([Entry([Tx("C9", D("300.00"), "110013")])])  # 49,00 € over invoice 1001
    payments.service.apply(payments.service.preview_data(overpaid, "overpaid.xml"))
    record = register.new_invoice(register.virtanen, price="10.00")
    asked(built).clear()
    payments.offer_credit(record.id)
    assert len(asked(built)) == 1 and "of credit from overpayments" in asked(built)[0]
    payments.offer_credit(record.id)  # once per invoice
    assert len(asked(built)) == 1


def test_refund_records_the_amount_paid_back(
    qtbot: QtBot, built: BuiltWindow, register: Register, monkeypatch: pytest.MonkeyPatch
) -> None:
    payments = built.features.payments
    payments.service.apply(payments.service.preview(DATA / "camt054_v08_overpaid_foreign.xml"))
    built.window.open_customer(register.virtanen)
    panel = payments.credit_panel
    refund = RefundDialog(D("49.00"), panel)
    qtbot.addWidget(refund)
    refund.amount_edit.setText("60,00")
    refund.accept()
    assert refund.amount is None
    assert refund.error.text() == f"Give an amount of at most {format_money(D('49.00'))}."
    refund.amount_edit.setText("x")
    refund.accept()
    assert refund.amount is None and not refund.error.isHidden()
    assert refund.error.text().startswith("“x” is not an amount of money")

    def answer(dialog: RefundDialog) -> int:
        dialog.amount_edit.setText("19,00")
        dialog.accept()
        return int(dialog.amount is not None)

    monkeypatch.setattr(RefundDialog, "exec", answer)
    panel.refund_button.click()
    assert payments.service.credit_balance(register.virtanen) == D("30.00")
    assert panel.label.text() == f"Credit from overpayments: {format_money(D('30.00'))}"


def test_undo_takes_the_import_back(qtbot: QtBot, built: BuiltWindow, register: Register) -> None:
    payments = built.features.payments
    dialog = open_preview(qtbot, payments, "camt054_v02_batch.xml")
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    undo = payments.undo_import()
    assert undo is not None and undo.table.rowCount() == 1
    assert undo.details.text().startswith(
        "Undoing the import of camt054_v02_batch.xml takes back its 4 payment(s)"
    )
    with qtbot.waitSignal(undo.undone):
        undo.undo_button.click()
    assert undo.details.text().startswith("4 payment(s) taken back; 3 invoice(s) changed.")
    assert not undo.undo_button.isEnabled()
    assert register.status(1000) == ("sent", D("0.00"))
    undo.close()
    payments.undo_action.trigger()  # the list shows the undone import
    assert prompts(built).infos == []
    again = payments.undo_import()
    assert again is not None and again.table.rowCount() == 1
    assert not again.undo_button.isEnabled()
    assert again.details.text() == "Choose an import to undo."


@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")  # the editor's raise_()
def test_an_open_invoice_editor_shows_the_payment_from_the_bank(
    qtbot: QtBot, built: BuiltWindow, register: Register
) -> None:
    editor = built.features.invoicing.open_invoice(register.invoices[1000])
    assert editor is not None and editor.record is not None
    assert editor.record.paid_amount == 0
    dialog = open_preview(qtbot, built.features.payments, "camt054_v02_batch.xml")
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    assert editor.record.status is InvoiceStatus.PAID
    assert editor.record.payments[0].payment_date == date(2025, 3, 14)
