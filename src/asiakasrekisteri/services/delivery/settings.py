"""The register's e-mail settings and message templates, as stored."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import select

from asiakasrekisteri.domain.delivery import (
    DEFAULT_TEMPLATES,
    DocumentKind,
    EmailSettings,
    MessageTemplate,
    SmtpSecurity,
    validate_email_settings,
    validate_template,
)
from asiakasrekisteri.domain.enums import InvoiceLanguage
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models_delivery import EmailSettingsRow, MessageTemplateRow

_NAMES = tuple(f.name for f in fields(EmailSettings))


def load_settings(db: Database) -> EmailSettings:
    """The settings; the defaults (e-mail not set up) while none were saved."""
    with db.read() as session:
        row = session.get(EmailSettingsRow, 1)
        if row is None:
            return EmailSettings()
        values = {name: getattr(row, name) for name in _NAMES}
    values["security"] = SmtpSecurity(values["security"])
    return EmailSettings(**values)


def save_settings(db: Database, data: EmailSettings) -> EmailSettings:
    """Validate and save the settings.

    Raises:
        FieldErrors: For each bad value.
    """
    clean = validate_email_settings(data)
    with db.transaction() as session:
        row = session.get(EmailSettingsRow, 1)
        if row is None:
            row = EmailSettingsRow(id=1)
            session.add(row)
        for name in _NAMES:
            value = getattr(clean, name)
            if name == "security":
                value = value.value
            if getattr(row, name, None) != value:
                setattr(row, name, value)
    return clean


def load_templates(db: Database) -> dict[tuple[DocumentKind, InvoiceLanguage], MessageTemplate]:
    """Every kind and language: the user's text where one was saved, else the default."""
    templates = dict(DEFAULT_TEMPLATES)
    with db.read() as session:
        for row in session.scalars(select(MessageTemplateRow)):
            key = (DocumentKind(row.kind), InvoiceLanguage(row.language))
            templates[key] = MessageTemplate(row.subject, row.body)
    return templates


def save_template(
    db: Database, kind: DocumentKind, language: InvoiceLanguage, template: MessageTemplate
) -> MessageTemplate:
    """Validate and save one template; the default text itself is stored as no row.

    Raises:
        FieldErrors: ``subject`` or ``body``: an unknown field, a lone brace, nothing written.
    """
    clean = validate_template(kind, template)
    default = DEFAULT_TEMPLATES[kind, language]
    with db.transaction() as session:
        row = session.get(MessageTemplateRow, (kind.value, language.value))
        if clean == validate_template(kind, default):
            if row is not None:
                session.delete(row)
            return default
        if row is None:
            row = MessageTemplateRow(kind=kind.value, language=language.value)
            session.add(row)
        row.subject = clean.subject
        row.body = clean.body
    return clean
