"""Sending documents through a real SMTP server on this machine, print runs, e-invoice files.

Every test talks to an ``aiosmtpd`` server on 127.0.0.1 (tests/mail_server.py) whose
certificate a test authority signed; the program verifies it as it verifies any server.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path

import pytest
from keyring.backends import fail
from pypdf import PdfReader
from sqlalchemy import select

from asiakasrekisteri.domain.delivery import (
    DEFAULT_TEMPLATES,
    DocumentKind,
    EmailSettings,
    MessageTemplate,
    SmtpSecurity,
)
from asiakasrekisteri.domain.enums import CustomerType, InvoiceDelivery, InvoiceLanguage
from asiakasrekisteri.domain.errors import FieldErrors
from asiakasrekisteri.domain.invoice import InvoiceRecord, InvoiceRowData
from asiakasrekisteri.domain.reference import format_any
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.delivery import (
    DeliveryError,
    DeliveryRun,
    Outcome,
    PasswordStoreError,
    SmtpTransport,
    with_recipients,
)
from asiakasrekisteri.storage.copying import register_tables
from asiakasrekisteri.storage.models_history import HistoryEntry
from tests.conftest import add_reference_rates_to_today, make_customer
from tests.mail_server import MailServer, MemoryKeyring, StartServer, free_port
from tests.services.conftest import INVOICING_SELLER

D = Decimal
PASSWORD = "sala-sana ÄÖ"


@pytest.fixture(autouse=True)
def _same_pdf_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Render PDFs without their creation time, so a sent one can be compared byte for byte
    with one rendered again."""
    monkeypatch.setattr("reportlab.rl_config.invariant", 1)


@pytest.fixture
def seller(services: Services) -> Services:
    services.company.save(INVOICING_SELLER)
    add_reference_rates_to_today(services)
    return services


def invoice_for(services: Services, customer_id: int, day: date | None = None) -> InvoiceRecord:
    invoicing = services.invoicing
    draft = invoicing.new_draft(customer_id, today=day or date.today())
    row = InvoiceRowData("Suunnittelu", D(2), D("80.00"), D("25.5"), unit="h")
    return invoicing.create_invoice(replace(draft, rows=(row,)))


def set_up_email(
    services: Services, server: MailServer, *, username: str = "", **overrides: object
) -> None:
    values: dict[str, object] = {
        "host": server.host,
        "port": server.port,
        "security": SmtpSecurity(server.security),
        "username": username,
        "sender_name": "Toiminimi Mäkelä",
        "sender_address": "laskut@makela.fi",
        "reply_to": "mari@makela.fi",
        "bcc_self": True,
    }
    values.update(overrides)
    services.delivery.save_settings(EmailSettings(**values))  # type: ignore[arg-type]
    services.delivery.transport = SmtpTransport(timeout=5, cafile=str(server.ca_file))


def without_timestamp(xml: bytes) -> bytes:
    """Finvoice carries the moment it was made; two renderings differ only there."""
    return re.sub(rb"<MessageTimeStamp>[^<]*</MessageTimeStamp>", b"", xml)


def send(services: Services, *deliveries: object, password: str | None = None) -> list[Outcome]:
    with DeliveryRun(services.delivery, password=password, print_file=None) as run:
        for delivery in deliveries:
            run.send(delivery)  # type: ignore[arg-type]
    return run.outcomes


def attachment(message: EmailMessage, name: str) -> bytes:
    for part in message.iter_attachments():
        if part.get_filename() == name:
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            return payload
    raise AssertionError(f"no attachment {name}")


def test_invoice_by_email_over_starttls_with_login(
    seller: Services, mail_server: StartServer
) -> None:
    server = mail_server("starttls", users={"laskut": PASSWORD})
    set_up_email(seller, server, username="laskut")
    customer = seller.customers.create(make_customer(email="laskut@virtanen.fi; ap@virtanen.fi"))
    invoice = invoice_for(seller, customer.id)
    delivery = seller.delivery.prepare_invoice(invoice.id)
    assert delivery.route is InvoiceDelivery.EMAIL and delivery.problem is None
    assert delivery.recipients == ("laskut@virtanen.fi", "ap@virtanen.fi")

    [outcome] = send(seller, delivery, password=PASSWORD)

    assert outcome.ok
    [received] = server.messages
    assert received.login == "laskut"
    assert received.mail_from == "laskut@makela.fi"
    assert received.rcpt_tos == ["laskut@virtanen.fi", "ap@virtanen.fi", "laskut@makela.fi"]
    raw = received.data.decode("ascii")  # every header and part is 7-bit on the wire
    assert "Bcc" not in raw and "bcc" not in raw.lower().split("\r\n\r\n")[0]
    assert "=?utf-8?" in raw.split("\r\n\r\n")[0]  # ä, ö and – encoded in the headers
    message = received.message()
    assert message["From"] == "Toiminimi Mäkelä <laskut@makela.fi>"
    assert message["To"] == "laskut@virtanen.fi, ap@virtanen.fi"
    assert message["Reply-To"] == "mari@makela.fi"
    assert message["Subject"] == f"Lasku {invoice.number} – Toiminimi Mäkelä"
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert f"liitteenä lasku {invoice.number}." in text
    assert "Summa: 200,80\u00a0€" in text and "Ystävällisin terveisin" in text
    pdf = attachment(message, f"lasku-{invoice.number}.pdf")
    assert pdf == seller.invoicing.invoice_pdf(invoice.id)
    sent = seller.invoicing.get(invoice.id)
    assert sent.sent_at is not None
    [attempt] = seller.delivery.attempts(invoice_id=invoice.id)
    assert attempt.ok and attempt.channel == "email"
    assert attempt.recipients == "laskut@virtanen.fi; ap@virtanen.fi"
    assert seller.delivery.unsent_invoices() == []


def test_swedish_invoice_over_implicit_tls(seller: Services, mail_server: StartServer) -> None:
    server = mail_server("tls", users={"laskut": PASSWORD})
    set_up_email(seller, server, username="laskut", bcc_self=False, reply_to="")
    customer = seller.customers.create(
        make_customer(name="Åbo Bygg Ab", email="faktura@abo.fi",
                      invoice_language=InvoiceLanguage.SV)
    )  # fmt: skip
    invoice = invoice_for(seller, customer.id)

    [outcome] = send(seller, seller.delivery.prepare_invoice(invoice.id), password=PASSWORD)

    assert outcome.ok
    [received] = server.messages
    assert received.rcpt_tos == ["faktura@abo.fi"]
    message = received.message()
    assert message["Reply-To"] is None
    assert message["Subject"] == f"Faktura {invoice.number} – Toiminimi Mäkelä"
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert f"bifogat finns faktura {invoice.number}." in text
    assert "Förfallodag:" in text and "Med vänliga hälsningar" in text
    assert attachment(message, f"faktura-{invoice.number}.pdf") == seller.invoicing.invoice_pdf(
        invoice.id
    )


def test_plain_server_without_login(seller: Services, mail_server: StartServer) -> None:
    server = mail_server("none")
    set_up_email(seller, server, port=server.port)
    customer = seller.customers.create(make_customer())
    invoice = invoice_for(seller, customer.id)
    [outcome] = send(seller, seller.delivery.prepare_invoice(invoice.id))
    assert outcome.ok and len(server.messages) == 1


def test_a_wrong_password_is_one_clear_failure_recorded_and_retried(
    seller: Services, mail_server: StartServer
) -> None:
    server = mail_server("starttls", users={"laskut": PASSWORD})
    set_up_email(seller, server, username="laskut")
    customer = seller.customers.create(make_customer())
    invoice = invoice_for(seller, customer.id)

    [outcome] = send(seller, seller.delivery.prepare_invoice(invoice.id), password="väärä")

    assert outcome.error is not None and outcome.error.code == "smtp.auth"
    assert outcome.error.message == (
        "The mail server 127.0.0.1 did not accept the user name or password."
    )
    assert server.messages == []
    assert seller.invoicing.get(invoice.id).sent_at is None
    [attempt] = seller.delivery.attempts(invoice_id=invoice.id)
    assert not attempt.ok and attempt.error is not None
    assert attempt.error.message == outcome.error.message
    [waiting] = seller.delivery.unsent_invoices()
    assert waiting.invoice_id == invoice.id

    [retry] = send(seller, waiting, password=PASSWORD)

    assert retry.ok and len(server.messages) == 1
    assert [a.ok for a in seller.delivery.attempts(invoice_id=invoice.id)] == [True, False]


def failure(services: Services, invoice: InvoiceRecord, password: str | None = None) -> str:
    [outcome] = send(services, services.delivery.prepare_invoice(invoice.id), password=password)
    assert outcome.error is not None
    assert "\n" not in outcome.error.message
    attempt = services.delivery.attempts(invoice_id=invoice.id)[0]
    assert not attempt.ok and services.invoicing.get(invoice.id).sent_at is None
    return outcome.error.code


def test_connection_refused_timeout_and_certificate_each_say_what_is_wrong(
    seller: Services, mail_server: StartServer, silent_server: int
) -> None:
    server = mail_server("starttls")
    customer = seller.customers.create(make_customer())
    invoice = invoice_for(seller, customer.id)

    set_up_email(seller, server)
    seller.delivery.transport = SmtpTransport(timeout=5)  # the test authority not trusted
    assert failure(seller, invoice) == "smtp.certificate"

    set_up_email(seller, server, security=SmtpSecurity.TLS)  # TLS spoken to a STARTTLS port
    seller.delivery.transport.timeout = 2
    assert failure(seller, invoice) in ("smtp.tls", "smtp.timeout", "smtp.disconnected")


def test_refused_and_silent_servers(
    seller: Services, mail_server: StartServer, silent_server: int
) -> None:
    server = mail_server("none")
    customer = seller.customers.create(make_customer())
    invoice = invoice_for(seller, customer.id)
    set_up_email(seller, server, port=free_port(), security=SmtpSecurity.NONE)
    assert failure(seller, invoice) == "smtp.connection_refused"
    set_up_email(seller, server, port=silent_server, security=SmtpSecurity.NONE)
    seller.delivery.transport.timeout = 0.5
    [outcome] = send(seller, seller.delivery.prepare_invoice(invoice.id))
    assert outcome.error is not None and outcome.error.code == "smtp.timeout"
    assert outcome.error.message == (
        f"The mail server 127.0.0.1:{silent_server} did not answer within 0.5 seconds."
    )


def test_starttls_is_required_when_chosen(seller: Services, mail_server: StartServer) -> None:
    server = mail_server("none")
    set_up_email(seller, server, security=SmtpSecurity.STARTTLS)
    customer = seller.customers.create(make_customer())
    assert failure(seller, invoice_for(seller, customer.id)) == "smtp.no_starttls"


def test_test_connection_checks_login_without_sending(
    seller: Services, mail_server: StartServer
) -> None:
    server = mail_server("starttls", users={"laskut": PASSWORD})
    set_up_email(seller, server, username="laskut")
    seller.delivery.test_connection(PASSWORD)
    with pytest.raises(DeliveryError) as caught:
        seller.delivery.test_connection("väärä")
    assert caught.value.code == "smtp.auth"
    with pytest.raises(DeliveryError) as caught:
        seller.delivery.test_connection(None)
    assert caught.value.code == "smtp.password_missing"
    assert server.messages == []


def test_password_lives_in_the_keyring_only(
    seller: Services, mail_server: StartServer, memory_keyring: MemoryKeyring
) -> None:
    server = mail_server("starttls", users={"laskut": PASSWORD})
    set_up_email(seller, server, username="laskut")
    delivery = seller.delivery
    assert delivery.keyring_available() and delivery.stored_password() is None
    delivery.keep_password(PASSWORD)
    assert memory_keyring.secrets == {("Asiakasrekisteri SMTP 127.0.0.1", "laskut"): PASSWORD}
    assert delivery.stored_password() == PASSWORD
    with seller.db.engine.connect() as conn:
        dump = "\n".join(
            repr(row) for table in register_tables() for row in conn.execute(select(table))
        )
    assert PASSWORD not in dump
    delivery.forget_password()
    assert memory_keyring.secrets == {} and delivery.stored_password() is None
    delivery.forget_password()  # nothing kept: nothing to do


def test_without_a_keyring_the_password_is_asked_each_time(
    seller: Services, mail_server: StartServer
) -> None:
    import keyring

    keyring.set_keyring(fail.Keyring())  # the autouse fixture puts the memory one back
    server = mail_server("starttls", users={"laskut": PASSWORD})
    set_up_email(seller, server, username="laskut")
    delivery = seller.delivery
    assert not delivery.keyring_available()
    assert delivery.stored_password() is None
    with pytest.raises(PasswordStoreError) as caught:
        delivery.keep_password(PASSWORD)
    assert caught.value.code == "keyring.unavailable"
    delivery.forget_password()
    customer = seller.customers.create(make_customer())
    invoice = invoice_for(seller, customer.id)
    [outcome] = send(seller, delivery.prepare_invoice(invoice.id), password=PASSWORD)
    assert outcome.ok


def test_recipients_can_be_changed_before_sending(
    seller: Services, mail_server: StartServer
) -> None:
    server = mail_server("none")
    set_up_email(seller, server, bcc_self=False)
    customer = seller.customers.create(make_customer(email=""))
    invoice = invoice_for(seller, customer.id)
    delivery = seller.delivery.prepare_invoice(invoice.id)
    assert delivery.route is InvoiceDelivery.PAPER
    typed = seller.delivery.prepare_invoice(invoice.id, recipients="kirjanpito@virtanen.fi")
    assert typed.route is InvoiceDelivery.EMAIL and typed.problem is None
    bad = with_recipients(typed, "kirjanpito@", seller.delivery.settings())
    assert bad.problem is not None and bad.problem.code == "email.format"
    forced = seller.delivery.prepare_invoice(invoice.id, route=InvoiceDelivery.EMAIL)
    assert forced.problem is not None and forced.problem.code == "delivery.no_email"
    [outcome] = send(seller, typed)
    assert outcome.ok and server.messages[0].rcpt_tos == ["kirjanpito@virtanen.fi"]


def test_email_with_finvoice_attaches_the_xml(seller: Services, mail_server: StartServer) -> None:
    server = mail_server("none")
    set_up_email(seller, server, bcc_self=False)
    customer = seller.customers.create(
        make_customer(invoice_delivery=InvoiceDelivery.EMAIL_FINVOICE)
    )
    invoice = invoice_for(seller, customer.id)
    [outcome] = send(seller, seller.delivery.prepare_invoice(invoice.id))
    assert outcome.ok
    message = server.messages[0].message()
    xml = attachment(message, f"finvoice-{invoice.number}.xml")
    assert without_timestamp(xml) == without_timestamp(seller.invoicing.finvoice_xml(invoice.id))


def test_a_batch_goes_by_each_customers_way(
    seller: Services, mail_server: StartServer, tmp_path: Path
) -> None:
    server = mail_server("none")
    folder = tmp_path / "verkkolaskut"
    folder.mkdir()
    set_up_email(seller, server, bcc_self=False, einvoice_folder=str(folder))
    customers = seller.customers
    by_mail = customers.create(make_customer(customer_number="1", email="a@virtanen.fi"))
    paper = customers.create(
        make_customer(customer_number="2", name="Paperi Oy", business_id="", email="",
                      invoice_delivery=InvoiceDelivery.PAPER)
    )  # fmt: skip
    einvoice = customers.create(
        make_customer(customer_number="3", name="Verkko Oy", business_id="",
                      einvoice_address="003720774740", einvoice_operator="003721291126")
    )  # fmt: skip
    paper_too = customers.create(
        make_customer(customer_number="4", name="Toinen Paperi Oy", business_id="", email="")
    )
    invoices = [invoice_for(seller, c.id) for c in (by_mail, paper, einvoice, paper_too)]
    waiting = seller.delivery.unsent_invoices()
    assert [d.route for d in waiting] == [
        InvoiceDelivery.EMAIL, InvoiceDelivery.PAPER, InvoiceDelivery.EINVOICE,
        InvoiceDelivery.PAPER,
    ]  # fmt: skip
    print_file = tmp_path / "tulosta.pdf"

    with DeliveryRun(seller.delivery, password=None, print_file=print_file) as run:
        for delivery in waiting:
            run.send(delivery)

    assert all(o.ok for o in run.outcomes) and len(run.outcomes) == 4
    assert len(server.messages) == 1
    pages = PdfReader(print_file).pages
    assert len(pages) == 2
    assert "Paperi Oy" in (pages[0].extract_text() or "")
    xml_file = folder / f"finvoice-{invoices[2].number}.xml"
    assert without_timestamp(xml_file.read_bytes()) == without_timestamp(
        seller.invoicing.finvoice_xml(invoices[2].id)
    )
    assert seller.delivery.unsent_invoices() == []
    [printed] = seller.delivery.attempts(invoice_id=invoices[1].id)
    assert printed.channel == "paper" and printed.file == str(print_file)
    [written] = seller.delivery.attempts(invoice_id=invoices[2].id)
    assert written.channel == "einvoice" and written.recipients == "003720774740"


def test_paper_without_a_print_file_and_a_missing_folder_fail_and_wait(
    seller: Services, tmp_path: Path, mail_server: StartServer
) -> None:
    server = mail_server("none")
    set_up_email(seller, server, einvoice_folder=str(tmp_path / "ei-ole"))
    paper = seller.customers.create(make_customer(email="", invoice_delivery=InvoiceDelivery.PAPER))
    einvoice = seller.customers.create(
        make_customer(customer_number="9", business_id="", einvoice_address="003720774740")
    )
    for customer in (paper, einvoice):
        invoice_for(seller, customer.id)
    outcomes = send(seller, *seller.delivery.unsent_invoices())
    codes = sorted(o.error.code for o in outcomes if o.error is not None)
    assert codes == ["delivery.einvoice_folder_missing", "delivery.no_print_file"]
    assert len(seller.delivery.unsent_invoices()) == 2


def test_an_unreachable_server_fails_the_rest_of_the_run_at_once(
    seller: Services, mail_server: StartServer, silent_server: int
) -> None:
    server = mail_server("none")
    set_up_email(seller, server, port=silent_server, security=SmtpSecurity.NONE)
    seller.delivery.transport.timeout = 0.5
    for number in ("1", "2", "3"):
        customer = seller.customers.create(make_customer(customer_number=number, business_id=""))
        invoice_for(seller, customer.id)
    outcomes = send(seller, *seller.delivery.unsent_invoices())
    assert [o.error.code for o in outcomes if o.error] == ["smtp.timeout"] * 3


def test_templates_are_saved_checked_and_used(seller: Services, mail_server: StartServer) -> None:
    server = mail_server("none")
    set_up_email(seller, server)
    delivery = seller.delivery
    key = (DocumentKind.INVOICE, InvoiceLanguage.FI)
    with pytest.raises(FieldErrors) as caught:
        delivery.save_template(*key, MessageTemplate("Lasku {laskunro}", "x"))
    assert caught.value.errors["subject"].code == "template.unknown_field"
    delivery.save_template(*key, MessageTemplate("Oma {invoice_number}", "Viite {reference}"))
    customer = seller.customers.create(make_customer())
    invoice = invoice_for(seller, customer.id)
    prepared = delivery.prepare_invoice(invoice.id)
    assert prepared.subject == f"Oma {invoice.number}"
    assert prepared.body == f"Viite {format_any(invoice.reference)}\n"
    default = DEFAULT_TEMPLATES[key]
    assert delivery.save_template(*key, default) == default
    assert delivery.templates()[key] == default
    assert delivery.prepare_invoice(invoice.id).subject.startswith("Lasku ")


def test_reminders_due_are_recorded_sent_and_retried(
    seller: Services, mail_server: StartServer
) -> None:
    server = mail_server("none")
    set_up_email(seller, server, bcc_self=False)
    customer = seller.customers.create(make_customer())
    today = date.today()
    overdue = invoice_for(seller, customer.id, today - timedelta(days=40))
    invoice_for(seller, customer.id)  # not due yet
    assert seller.delivery.due_reminders(today - timedelta(days=20)) == []
    [planned] = seller.delivery.due_reminders(today)
    assert planned.document is DocumentKind.REMINDER and planned.reminder_id is None
    assert planned.invoice_id == overdue.id

    [outcome] = send(seller, planned)

    assert outcome.ok and outcome.delivery.reminder_id is not None
    [reminder] = seller.invoicing.get(overdue.id).reminders
    assert reminder.sent_at is not None and reminder.reminder_date == today
    message = server.messages[0].message()
    assert message["Subject"] == f"Maksumuistutus: lasku {overdue.number} – Toiminimi Mäkelä"
    pdf = attachment(message, f"maksumuistutus-{overdue.number}.pdf")
    assert pdf == seller.invoicing.reminder_pdf(reminder.id)
    assert seller.delivery.due_reminders(today) == []  # the reminder's own due date first


def test_a_failed_reminder_waits_and_gets_no_second_one(
    seller: Services, mail_server: StartServer
) -> None:
    server = mail_server("none")
    set_up_email(seller, server, bcc_self=False)
    customer = seller.customers.create(make_customer(email=""))
    overdue = invoice_for(seller, customer.id, date.today() - timedelta(days=40))
    reminder, _pdf = seller.invoicing.create_reminder(overdue.id)
    [waiting] = seller.delivery.due_reminders(date.today())
    assert waiting.reminder_id == reminder.id and waiting.route is InvoiceDelivery.PAPER
    assert seller.delivery.unsent_reminder_of(overdue.id) == reminder.id
    typed = seller.delivery.prepare_reminder(reminder.id, recipients="ap@virtanen.fi")
    [outcome] = send(seller, typed)
    assert outcome.ok and seller.delivery.unsent_reminder_of(overdue.id) is None


def test_statement_by_email(seller: Services, mail_server: StartServer) -> None:
    server = mail_server("none")
    set_up_email(seller, server, bcc_self=False)
    customer = seller.customers.create(make_customer())
    invoice_for(seller, customer.id, date.today() - timedelta(days=40))
    day = date.today()
    delivery = seller.delivery.prepare_statement(customer.id, day)
    assert delivery.number == customer.data.customer_number
    [outcome] = send(seller, delivery)
    assert outcome.ok
    message = server.messages[0].message()
    assert message["Subject"].startswith("Tiliote ")
    pdf = attachment(message, f"tiliote-{customer.data.customer_number}.pdf")
    assert pdf == seller.invoicing.statement_pdf(customer.id, today=day)
    [attempt] = seller.delivery.attempts(customer_id=customer.id)
    assert attempt.document is DocumentKind.STATEMENT and attempt.ok


def test_each_attempt_is_in_the_customers_history(
    seller: Services, mail_server: StartServer
) -> None:
    server = mail_server("none")
    set_up_email(seller, server, bcc_self=False)
    customer = seller.customers.create(make_customer(email="a@virtanen.fi"))
    invoice = invoice_for(seller, customer.id)
    delivery = seller.delivery.prepare_invoice(invoice.id)
    send(seller, with_recipients(delivery, "x@", seller.delivery.settings()))
    send(seller, delivery)
    with seller.db.read() as session:
        entries = [
            (e.entity, e.field, e.new_value)
            for e in session.scalars(
                select(HistoryEntry)
                .where(HistoryEntry.customer_id == customer.id)
                .order_by(HistoryEntry.id)
            )
        ]
    sends = [
        json.loads(value or "") for entity, _f, value in entries if entity == "delivery_attempt"
    ]
    assert [(s["ok"], s["to"], s["number"]) for s in sends] == [
        (False, "", str(invoice.number)),
        (True, "a@virtanen.fi", str(invoice.number)),
    ]
    assert sends[0]["error"]["code"] == "email.format"
    assert any(entity == "invoice" and field == "sent_at" for entity, field, _v in entries)


def test_drafts_are_not_sent(seller: Services) -> None:
    customer = seller.customers.create(make_customer())
    row = InvoiceRowData("Suunnittelu", D(1), D("80.00"), D("25.5"))
    draft = seller.invoicing.create_invoice(
        replace(seller.invoicing.new_draft(customer.id), rows=(row,)), finalise=False
    )
    with pytest.raises(DeliveryError) as caught:
        seller.delivery.prepare_invoice(draft.id)
    assert caught.value.code == "delivery.draft"


def test_email_not_set_up_is_a_problem_before_any_connection(seller: Services) -> None:
    customer = seller.customers.create(make_customer())
    invoice = invoice_for(seller, customer.id)
    delivery = seller.delivery.prepare_invoice(invoice.id)
    assert delivery.problem is not None and delivery.problem.code == "delivery.email_not_set_up"
    with pytest.raises(DeliveryError):
        seller.delivery.test_connection(None)


def test_a_merge_moves_the_delivery_record_to_the_survivor(
    seller: Services, mail_server: StartServer
) -> None:
    server = mail_server("none")
    set_up_email(seller, server, bcc_self=False)
    survivor = seller.customers.create(make_customer(customer_number="1"))
    merged = seller.customers.create(make_customer(customer_number="2", business_id=""))
    invoice = invoice_for(seller, merged.id)
    send(seller, seller.delivery.prepare_invoice(invoice.id))
    seller.customers.merge(survivor.id, merged.id, survivor.data)
    [attempt] = seller.delivery.attempts(customer_id=survivor.id)
    assert attempt.ok and attempt.number == str(invoice.number)


def test_privacy_export_shows_and_erasure_forgets_to_whom(
    seller: Services, mail_server: StartServer
) -> None:
    server = mail_server("none")
    set_up_email(seller, server, bcc_self=False)
    customer = seller.customers.create(
        make_customer(customer_type=CustomerType.PRIVATE, business_id="", email="maija@koti.fi")
    )
    invoice = invoice_for(seller, customer.id)
    send(seller, seller.delivery.prepare_invoice(invoice.id))
    [exported] = seller.privacy.export_data(customer.id)["deliveries"]
    assert exported["recipients"] == "maija@koti.fi" and exported["ok"] is True

    seller.privacy.erase(customer.id)

    [attempt] = seller.delivery.attempts(invoice_id=invoice.id)
    assert attempt.ok and attempt.recipients == "" and attempt.channel == "email"
