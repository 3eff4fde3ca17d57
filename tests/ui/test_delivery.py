"""Sending from the window, driven as a user would, against a local SMTP server.

The settings dialog (a test connection off the window's thread), Send… on an invoice, and
the batch of unsent invoices with its progress bar and Cancel.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QTableWidgetItem
from pytestqt.qtbot import QtBot

from asiakasrekisteri.app import BuiltWindow, build_window
from asiakasrekisteri.domain.delivery import (
    DocumentKind,
    EmailSettings,
    SmtpSecurity,
)
from asiakasrekisteri.domain.enums import InvoiceDelivery, InvoiceLanguage
from asiakasrekisteri.domain.invoice import InvoiceRecord, InvoiceRowData
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.delivery import SmtpTransport
from asiakasrekisteri.ui.delivery.batch_dialog import BatchSendDialog, Column
from asiakasrekisteri.ui.delivery.password_dialog import DeliveryPrompts, PasswordDialog
from asiakasrekisteri.ui.delivery.send_dialog import SendDialog
from asiakasrekisteri.ui.delivery.settings_dialog import EmailSettingsDialog
from asiakasrekisteri.ui.formatting import format_date
from asiakasrekisteri.ui.i18n import Translators
from asiakasrekisteri.ui.invoicing.invoice_list import Column as ListColumn
from asiakasrekisteri.ui.spreadsheets.workers import Worker
from tests.conftest import add_reference_rates_to_today, make_customer
from tests.mail_server import MailServer, MemoryKeyring, StartServer, free_port
from tests.services.conftest import INVOICING_SELLER

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

PASSWORD = "salasana"


@pytest.fixture
def built(qtbot: QtBot, services: Services, tmp_path: Path) -> Iterator[BuiltWindow]:
    services.company.save(INVOICING_SELLER)
    add_reference_rates_to_today(services)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    found = build_window(services, settings, Translators())
    qtbot.addWidget(found.window)
    found.window.show()
    qtbot.waitExposed(found.window)
    yield found
    assert Worker.wait_all(30_000)


def invoice_for(services: Services, customer_id: int) -> InvoiceRecord:
    draft = services.invoicing.new_draft(customer_id, today=date.today())
    row = InvoiceRowData("Suunnittelu", Decimal(2), Decimal("80.00"), Decimal("25.5"))
    return services.invoicing.create_invoice(replace(draft, rows=(row,)))


def cell(dialog: BatchSendDialog, row: int, column: Column) -> QTableWidgetItem:
    item = dialog.table.item(row, column)
    assert item is not None
    return item


def use_server(services: Services, server: MailServer, *, username: str = "") -> None:
    services.delivery.save_settings(
        EmailSettings(
            host=server.host, port=server.port, security=SmtpSecurity(server.security),
            username=username, sender_name="Toiminimi Mäkelä",
            sender_address="laskut@makela.fi",
        )
    )  # fmt: skip
    services.delivery.transport = SmtpTransport(timeout=5, cafile=str(server.ca_file))


def answer_password(
    monkeypatch: pytest.MonkeyPatch, prompts: DeliveryPrompts, password: str, *, keep: bool
) -> list[str]:
    asked: list[str] = []

    def password_prompt(host: str, username: str, *, keyring: bool) -> tuple[str, bool]:
        asked.append(f"{username}@{host} keyring={keyring}")
        return password, keep

    monkeypatch.setattr(prompts, "password", password_prompt)
    return asked


# --- settings ----------------------------------------------------------------------------


def test_settings_dialog_saves_server_password_and_texts(
    qtbot: QtBot,
    built: BuiltWindow,
    services: Services,
    mail_server: StartServer,
    memory_keyring: MemoryKeyring,
) -> None:
    server = mail_server("starttls", users={"laskut": PASSWORD})
    services.delivery.transport = SmtpTransport(timeout=5, cafile=str(server.ca_file))
    dialog = built.features.delivery.edit_settings()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, EmailSettingsDialog)
    dialog.edits["host"].setText(server.host)
    assert dialog.port_spin.value() == 587
    dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("tls"))
    assert dialog.port_spin.value() == 465  # the usual port follows the encryption
    dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("starttls"))
    dialog.port_spin.setValue(server.port)
    dialog.edits["username"].setText("laskut")
    dialog.password_edit.setText(PASSWORD)
    dialog.edits["sender_name"].setText("Toiminimi Mäkelä")
    dialog.edits["sender_address"].setText("laskut")  # not an address

    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    assert dialog.isVisible()
    assert dialog.errors["sender_address"].isVisible()
    assert "not a valid email address" in dialog.errors["sender_address"].text()
    dialog.edits["sender_address"].setText("laskut@makela.fi")

    worker = dialog.test_connection()
    assert worker is not None and not dialog.test_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=10_000)
    assert dialog.test_result.text() == "The connection works: the server took the login."
    assert server.messages == [] and memory_keyring.secrets == {}

    templates = dialog.templates
    dialog.tabs.setCurrentIndex(1)
    templates.show_template(DocumentKind.INVOICE, InvoiceLanguage.SV)
    templates.subject_edit.setText("Faktura {fakturanummer}")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible() and templates.error.isVisible()
    assert "unknown field {fakturanummer}" in templates.error.text()
    templates.subject_edit.setText("Faktura {invoice_number} från {seller_name}")

    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    assert not dialog.isVisible()
    saved = services.delivery.settings()
    assert (saved.host, saved.port, saved.username) == (server.host, server.port, "laskut")
    assert services.delivery.stored_password() == PASSWORD
    stored = services.delivery.templates()[DocumentKind.INVOICE, InvoiceLanguage.SV]
    assert stored.subject == "Faktura {invoice_number} från {seller_name}"
    assert services.delivery.templates()[DocumentKind.INVOICE, InvoiceLanguage.FI].subject == (
        "Lasku {invoice_number} – {seller_name}"
    )


def test_a_failing_test_connection_says_why(
    qtbot: QtBot, built: BuiltWindow, services: Services, mail_server: StartServer
) -> None:
    server = mail_server("starttls", users={"laskut": PASSWORD})
    use_server(services, server, username="laskut")
    dialog = built.features.delivery.edit_settings()
    qtbot.addWidget(dialog)
    dialog.password_edit.setText("väärä")
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=10_000)
    assert dialog.test_result.text() == (
        "The mail server 127.0.0.1 did not accept the user name or password."
    )


def test_without_a_keyring_the_dialogs_say_the_password_is_asked_each_time(
    qtbot: QtBot, built: BuiltWindow, services: Services
) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    dialog = built.features.delivery.edit_settings()
    qtbot.addWidget(dialog)
    assert not dialog.keep_check.isEnabled() and not dialog.keep_check.isChecked()
    assert "asked each time" in dialog.keep_check.text()
    asking = PasswordDialog("smtp.example.fi", "laskut", keyring=False)
    qtbot.addWidget(asking)
    assert not asking.keep_check.isEnabled() and "asked each time" in asking.note.text()


# --- one invoice -------------------------------------------------------------------------


def test_send_from_the_invoice_editor(
    qtbot: QtBot,
    built: BuiltWindow,
    services: Services,
    mail_server: StartServer,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    server = mail_server("starttls", users={"laskut": PASSWORD})
    use_server(services, server, username="laskut")
    customer = services.customers.create(make_customer(email="laskut@virtanen.fi"))
    invoice = invoice_for(services, customer.id)
    editor = built.features.invoicing.open_invoice(invoice.id)
    assert editor is not None
    assert "Not sent yet" in editor.payments_label.text()
    button = built.features.delivery.send_buttons[editor]
    assert button.isVisible()

    button.click()

    dialog = built.features.delivery.dialog
    assert isinstance(dialog, SendDialog)
    qtbot.addWidget(dialog)
    assert dialog.recipients_edit.text() == "laskut@virtanen.fi"
    assert dialog.subject_edit.text() == f"Lasku {invoice.number} – Toiminimi Mäkelä"
    dialog.recipients_edit.setText("ap@")
    dialog.recipients_edit.textEdited.emit("ap@")
    assert not dialog.send_button.isEnabled() and dialog.problem_label.isVisible()
    dialog.recipients_edit.setText("ap@virtanen.fi; laskut@virtanen.fi")
    dialog.recipients_edit.textEdited.emit(dialog.recipients_edit.text())
    assert dialog.send_button.isEnabled()
    dialog.subject_edit.setText("Lasku kesän työstä")
    asked = answer_password(monkeypatch, dialog.prompts, PASSWORD, keep=True)

    dialog.send_button.click()

    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert asked == ["laskut@127.0.0.1 keyring=True"]
    assert list(memory_keyring.secrets.values()) == [PASSWORD]
    [received] = server.messages
    assert received.rcpt_tos == ["ap@virtanen.fi", "laskut@virtanen.fi"]
    assert received.message()["Subject"] == "Lasku kesän työstä"
    qtbot.waitUntil(lambda: "Sent:" in editor.payments_label.text())
    assert "e-mailed to ap@virtanen.fi" in built.window.statusBar().currentMessage()


def test_a_failed_send_stays_on_screen_and_can_be_tried_again(
    qtbot: QtBot,
    built: BuiltWindow,
    services: Services,
    mail_server: StartServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = mail_server("starttls", users={"laskut": PASSWORD})
    use_server(services, server, username="laskut")
    customer = services.customers.create(make_customer())
    invoice = invoice_for(services, customer.id)
    dialog = built.features.delivery.send_invoice(invoice.id)
    assert dialog is not None
    qtbot.addWidget(dialog)
    answer_password(monkeypatch, dialog.prompts, "väärä", keep=False)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=10_000)
    assert dialog.isVisible() and dialog.send_button.isEnabled()
    assert dialog.problem_label.text() == (
        f"Invoice {invoice.number}: not sent. The mail server 127.0.0.1 did not accept the "
        "user name or password."
    )
    answer_password(monkeypatch, dialog.prompts, PASSWORD, keep=False)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert len(server.messages) == 1
    assert [a.ok for a in services.delivery.attempts(invoice_id=invoice.id)] == [True, False]


def test_paper_route_asks_for_the_print_file(
    qtbot: QtBot, built: BuiltWindow, services: Services, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    customer = services.customers.create(make_customer(email=""))
    invoice = invoice_for(services, customer.id)
    dialog = built.features.delivery.send_invoice(invoice.id)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.route_combo.currentData() == InvoiceDelivery.PAPER.value
    assert not dialog.recipients_edit.isEnabled()
    dialog.route_combo.setCurrentIndex(dialog.route_combo.findData("email"))
    assert dialog.problem_label.isVisible() and not dialog.send_button.isEnabled()
    dialog.route_combo.setCurrentIndex(dialog.route_combo.findData("paper"))
    target = tmp_path / "tulosta.pdf"
    monkeypatch.setattr(dialog.prompts, "print_file", lambda _title, _name: target)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert services.invoicing.get(invoice.id).sent_at is not None


# --- a batch -----------------------------------------------------------------------------


def test_batch_sends_each_its_way_and_shows_the_results(
    qtbot: QtBot,
    built: BuiltWindow,
    services: Services,
    mail_server: StartServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = mail_server("none")
    use_server(services, server)
    customers = services.customers
    by_mail = customers.create(make_customer(customer_number="1", email="a@virtanen.fi"))
    paper = customers.create(
        make_customer(customer_number="2", business_id="", email="",
                      invoice_delivery=InvoiceDelivery.PAPER)
    )  # fmt: skip
    nowhere = customers.create(
        make_customer(customer_number="3", business_id="", email="",
                      invoice_delivery=InvoiceDelivery.EMAIL)
    )  # fmt: skip
    for customer in (by_mail, paper, nowhere):
        invoice_for(services, customer.id)
    built.features.delivery.send_invoices_action.trigger()
    dialog = built.features.delivery.dialog
    assert isinstance(dialog, BatchSendDialog)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    assert dialog.chosen() == [0, 1]  # the one with no address is not ticked
    assert cell(dialog, 0, Column.AMOUNT).text() == "200,80\u00a0€"
    assert "no invoice e-mail address" in cell(dialog, 2, Column.RESULT).text()
    assert dialog.status_label.text() == (
        "2 document(s) ticked to send. 1 cannot go as it stands; the Result column says why."
    )
    cell(dialog, 1, Column.DOCUMENT).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.status_label.text().startswith("1 document(s) ticked to send.")
    cell(dialog, 0, Column.DOCUMENT).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.send_button.isEnabled()
    for row in (0, 1):
        cell(dialog, row, Column.DOCUMENT).setCheckState(Qt.CheckState.Checked)
    assert dialog.send_button.isEnabled()
    target = tmp_path / "tulosta.pdf"
    monkeypatch.setattr(dialog.prompts, "print_file", lambda _title, _name: target)

    dialog.send_button.click()

    qtbot.waitUntil(lambda: dialog.worker is None, timeout=15_000)
    assert [cell(dialog, n, Column.RESULT).text() for n in range(2)] == ["Sent", "Sent"]
    assert dialog.status_label.text().startswith("Sent 2, failed 0, not sent 1.")
    assert dialog.chosen() == [] and len(server.messages) == 1 and target.exists()
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    assert [d.number for d in services.delivery.unsent_invoices()] == ["1002"]


def test_batch_cancel_stops_after_the_document_being_sent(
    qtbot: QtBot,
    built: BuiltWindow,
    services: Services,
    mail_server: StartServer,
    silent_server: int,
) -> None:
    server = mail_server("none")
    use_server(services, server)
    services.delivery.save_settings(
        replace(services.delivery.settings(), port=silent_server, security=SmtpSecurity.NONE)
    )
    services.delivery.transport.timeout = 2
    for number in ("1", "2", "3"):
        customer = services.customers.create(make_customer(customer_number=number, business_id=""))
        invoice_for(services, customer.id)
    dialog = built.features.delivery.send_unsent()
    qtbot.addWidget(dialog)

    dialog.send_button.click()
    assert dialog.worker is not None
    dialog.cancel_button.click()  # the window answers while the server keeps it waiting

    assert dialog.isVisible()
    assert dialog.status_label.text() == "Stopping after the document being sent…"
    assert dialog.worker is not None  # still waiting for the silent server
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=15_000)
    assert dialog.status_label.text().startswith("Sent 0, failed 1, not sent 2.")
    assert "did not answer within 2 seconds" in cell(dialog, 0, Column.RESULT).text()
    assert dialog.chosen() == [0, 1, 2]  # all wait for the next try
    assert len(services.delivery.unsent_invoices()) == 3


def test_reminders_due_are_listed_for_sending(
    qtbot: QtBot, built: BuiltWindow, services: Services
) -> None:
    customer = services.customers.create(make_customer())
    draft = services.invoicing.new_draft(customer.id, today=date(2025, 1, 2))
    row = InvoiceRowData("Suunnittelu", Decimal(1), Decimal("80.00"), Decimal("25.5"))
    services.invoicing.create_invoice(replace(draft, rows=(row,)))
    dialog = built.features.delivery.send_reminders()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert cell(dialog, 0, Column.DOCUMENT).text().startswith("Reminder of invoice")
    assert dialog.windowTitle() == "Send due reminders"
    assert cell(dialog, 0, Column.DOCUMENT).checkState() == Qt.CheckState.Unchecked


def test_statement_needs_a_customer_and_open_invoices(
    qtbot: QtBot, built: BuiltWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    delivery = built.features.delivery
    warnings: list[str] = []
    monkeypatch.setattr(delivery.prompts, "warn", lambda _t, text: warnings.append(text))
    assert delivery.send_statement() is None
    customer = services.customers.create(make_customer())
    built.window.open_customer(customer.id)
    assert delivery.send_statement() is None
    assert warnings == ["Choose a customer first.", "Rakennus Virtanen Oy has no open invoices."]
    invoice_for(services, customer.id)
    dialog = delivery.send_statement()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"Send Statement of customer {customer.data.customer_number}"
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_invoice_list_shows_what_was_sent(
    qtbot: QtBot, built: BuiltWindow, services: Services, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    customer = services.customers.create(make_customer(email=""))
    invoice = invoice_for(services, customer.id)
    listing = built.features.invoicing.show_invoices()
    qtbot.addWidget(listing)
    model = listing.invoice_list.model

    def sent_cell() -> str:
        return str(model.data(model.index(0, ListColumn.SENT)))

    assert model.headerData(ListColumn.SENT, Qt.Orientation.Horizontal) == "Sent"
    assert sent_cell() == "Not sent"
    dialog = built.features.delivery.send_invoice(invoice.id)
    assert dialog is not None
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog.prompts, "print_file", lambda *_a: tmp_path / "p.pdf")
    dialog.send_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    listing.reload()
    assert sent_cell() == format_date(date.today())


def test_the_history_tab_words_each_send(
    qtbot: QtBot, built: BuiltWindow, services: Services, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from asiakasrekisteri.ui.customer_card.history_tab import value_text

    customer = services.customers.create(make_customer(email=""))
    invoice = invoice_for(services, customer.id)
    dialog = built.features.delivery.send_invoice(invoice.id)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.route_combo.setCurrentIndex(dialog.route_combo.findData("email"))
    dialog.recipients_edit.setText("ap@virtanen.fi")
    dialog.recipients_edit.textEdited.emit("ap@virtanen.fi")
    assert not dialog.send_button.isEnabled()  # e-mail is not set up: nothing to try
    port = free_port()
    services.delivery.save_settings(
        EmailSettings(host="127.0.0.1", port=port, security=SmtpSecurity.NONE,
                      sender_address="laskut@makela.fi")
    )  # fmt: skip
    dialog.recipients_edit.textEdited.emit("ap@virtanen.fi")
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=10_000)
    monkeypatch.setattr(dialog.prompts, "print_file", lambda *_a: tmp_path / "p.pdf")
    dialog.route_combo.setCurrentIndex(dialog.route_combo.findData("paper"))
    dialog.send_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    rows = [
        value_text(row.entity, row.field, row.new_value)
        for row in services.history.for_customer(customer.id)
        if row.entity == "delivery_attempt"
    ]
    assert rows == [
        f"Invoice {invoice.number}: put into the print file",
        f"Invoice {invoice.number}: not sent. The mail server 127.0.0.1:{port} refused the "
        "connection; check the server name and port.",
    ]
    assert value_text("delivery_attempt", "", "{not json") == "{not json"
