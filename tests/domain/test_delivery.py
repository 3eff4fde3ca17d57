"""Delivery rules: the route, the e-mail settings, recipients and the message templates."""

from __future__ import annotations

from datetime import date

import pytest

from asiakasrekisteri.domain.delivery import (
    DEFAULT_TEMPLATES,
    TEMPLATE_FIELDS,
    DocumentKind,
    EmailSettings,
    MessageTemplate,
    SmtpSecurity,
    attachment_name,
    format_day,
    parse_recipients,
    reminder_due,
    render_template,
    resolve_delivery,
    validate_email_settings,
    validate_template,
)
from asiakasrekisteri.domain.enums import InvoiceDelivery, InvoiceLanguage
from asiakasrekisteri.domain.errors import FieldErrors, RequiredValue


@pytest.mark.parametrize(
    ("choice", "email", "address", "expected"),
    [
        (InvoiceDelivery.AUTO, "a@b.fi", "003712345678", InvoiceDelivery.EINVOICE),
        (InvoiceDelivery.AUTO, "a@b.fi", "", InvoiceDelivery.EMAIL),
        (InvoiceDelivery.AUTO, "", "", InvoiceDelivery.PAPER),
        (InvoiceDelivery.PAPER, "a@b.fi", "003712345678", InvoiceDelivery.PAPER),
        (InvoiceDelivery.EMAIL_FINVOICE, "", "", InvoiceDelivery.EMAIL_FINVOICE),
    ],
)
def test_the_route_is_the_choice_or_what_the_card_allows(
    choice: InvoiceDelivery, email: str, address: str, expected: InvoiceDelivery
) -> None:
    assert resolve_delivery(choice, email=email, einvoice_address=address) is expected


def full_settings(**overrides: object) -> EmailSettings:
    values: dict[str, object] = {
        "host": " smtp.example.fi ",
        "port": 587,
        "username": "laskut",
        "sender_name": " Tmi Testaaja ",
        "sender_address": "Laskut@Example.FI",
        "reply_to": "a@example.fi, b@example.fi",
        "einvoice_folder": "/tmp/verkkolaskut",
    }
    values.update(overrides)
    return EmailSettings(**values)  # type: ignore[arg-type]


def test_settings_are_trimmed_and_normalised() -> None:
    clean = validate_email_settings(full_settings())
    assert clean.host == "smtp.example.fi"
    assert clean.sender_name == "Tmi Testaaja"
    assert clean.sender_address == "Laskut@example.fi"
    assert clean.reply_to == "a@example.fi; b@example.fi"
    assert clean.email_configured
    assert not EmailSettings().email_configured


def test_empty_settings_mean_no_email_but_may_keep_the_einvoice_folder() -> None:
    clean = validate_email_settings(EmailSettings(einvoice_folder="/srv/out"))
    assert clean == EmailSettings(einvoice_folder="/srv/out")


@pytest.mark.parametrize("host", ["smtp.example.fi", "127.0.0.1", "::1", "posti.sähkö.fi"])
def test_server_names_and_addresses_are_accepted(host: str) -> None:
    assert validate_email_settings(full_settings(host=host)).host == host


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        ({"host": "smtp://mail.example.fi"}, "host", "email_settings.host"),
        ({"host": "mail.example.fi:587"}, "host", "email_settings.host"),
        ({"host": "a b"}, "host", "email_settings.host"),
        ({"port": 0}, "port", "email_settings.port"),
        ({"port": 70000}, "port", "email_settings.port"),
        ({"sender_address": ""}, "sender_address", "email_settings.sender_required"),
        ({"sender_address": "laskut"}, "sender_address", "email.format"),
        ({"reply_to": "x@"}, "reply_to", "email.format"),
        ({"sender_name": "A\nB"}, "sender_name", "text.multiline"),
        ({"security": SmtpSecurity.NONE}, "security", "email_settings.login_needs_tls"),
    ],
)
def test_bad_settings_name_the_field(overrides: dict[str, object], field: str, code: str) -> None:
    with pytest.raises(FieldErrors) as caught:
        validate_email_settings(full_settings(**overrides))
    assert caught.value.errors[field].code == code
    assert caught.value.errors[field].field == field


def test_no_encryption_is_allowed_without_a_login() -> None:
    clean = validate_email_settings(full_settings(security=SmtpSecurity.NONE, username="", port=25))
    assert clean.security is SmtpSecurity.NONE


def test_recipients_are_split_checked_and_deduplicated() -> None:
    assert parse_recipients("a@x.fi; B@X.FI;a@x.fi , c@y.fi;") == ("a@x.fi", "B@x.fi", "c@y.fi")
    with pytest.raises(RequiredValue):
        parse_recipients(" ; ")


def test_every_default_template_is_valid_and_uses_known_fields() -> None:
    for kind in DocumentKind:
        for language in InvoiceLanguage:
            template = DEFAULT_TEMPLATES[kind, language]
            assert validate_template(kind, template) == template


def test_a_template_renders_its_fields_and_literal_braces() -> None:
    text = "Lasku {invoice_number}, {{ei kenttä}} {amount}"
    checked = validate_template(DocumentKind.INVOICE, MessageTemplate(text, text))
    values = {"invoice_number": "1001", "amount": "12,50 €"}
    assert render_template(checked.subject, values) == "Lasku 1001, {ei kenttä} 12,50 €"
    assert render_template("{reference}", {}) == ""


@pytest.mark.parametrize(
    ("subject", "body", "part", "code"),
    [
        ("Lasku {laskunumero}", "x", "subject", "template.unknown_field"),
        ("x", "Muistutus {reminder_date}", "body", "template.unknown_field"),
        ("x", "{invoice_number.__class__}", "body", "template.unknown_field"),
        ("x", "{0}", "body", "template.unknown_field"),
        ("x", "{amount:>10}", "body", "template.field_format"),
        ("x", "{amount!r}", "body", "template.field_format"),
        ("x", "avoin { sulku", "body", "template.brace"),
        ("x", "vain } sulku", "body", "template.brace"),
        ("", "x", "subject", "template.subject_required"),
        ("x", "  ", "body", "template.body_required"),
        ("kaksi\nriviä", "x", "subject", "text.multiline"),
    ],
)
def test_bad_templates_are_refused_with_the_reason(
    subject: str, body: str, part: str, code: str
) -> None:
    with pytest.raises(FieldErrors) as caught:
        validate_template(DocumentKind.INVOICE, MessageTemplate(subject, body))
    assert caught.value.errors[part].code == code


def test_the_unknown_field_message_lists_the_fields_of_that_kind() -> None:
    with pytest.raises(FieldErrors) as caught:
        validate_template(DocumentKind.STATEMENT, MessageTemplate("{invoice_number}", "x"))
    message = caught.value.errors["subject"].message
    assert message.startswith("The text has an unknown field {invoice_number}.")
    assert "{statement_date}" in message and "{seller_name}" in message
    assert "invoice_number" not in TEMPLATE_FIELDS[DocumentKind.STATEMENT]


def test_dates_and_file_names_follow_the_language() -> None:
    day = date(2027, 1, 5)
    assert format_day(day, InvoiceLanguage.FI) == "5.1.2027"
    assert format_day(day, InvoiceLanguage.SV) == "5.1.2027"
    assert format_day(day, InvoiceLanguage.EN) == "2027-01-05"
    assert attachment_name(DocumentKind.INVOICE, InvoiceLanguage.FI, "1001") == "lasku-1001.pdf"
    assert (
        attachment_name(DocumentKind.REMINDER, InvoiceLanguage.SV, "7")
        == "betalningspaminnelse-7.pdf"
    )


def test_a_reminder_is_due_a_week_after_the_due_date_then_after_each_reminder() -> None:
    due = date(2027, 3, 1)
    assert not reminder_due(due, None, date(2027, 3, 7))
    assert reminder_due(due, None, date(2027, 3, 8))
    assert not reminder_due(due, date(2027, 3, 22), date(2027, 3, 22))
    assert reminder_due(due, date(2027, 3, 22), date(2027, 3, 23))
