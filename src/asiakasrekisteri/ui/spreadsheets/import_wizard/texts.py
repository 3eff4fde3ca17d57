"""Texts the import's steps and its undo share: column targets, reasons and cell values."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.services.spreadsheets import Reason, RowIssue, headers
from asiakasrekisteri.ui.i18n import count_text, message_template

TARGETS_CONTEXT = "ImportTargets"

# The targets' English labels (``spreadsheets.headers.TARGETS``), written out because
# lupdate finds only literal texts; a test checks that the two lists agree.
TARGET_LABELS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("ImportTargets", "Customer number"),
    QT_TRANSLATE_NOOP("ImportTargets", "Customer type"),
    QT_TRANSLATE_NOOP("ImportTargets", "Name"),
    QT_TRANSLATE_NOOP("ImportTargets", "First name"),
    QT_TRANSLATE_NOOP("ImportTargets", "Last name"),
    QT_TRANSLATE_NOOP("ImportTargets", "Y-tunnus"),
    QT_TRANSLATE_NOOP("ImportTargets", "VAT number"),
    QT_TRANSLATE_NOOP("ImportTargets", "E-invoice address"),
    QT_TRANSLATE_NOOP("ImportTargets", "E-invoice operator"),
    QT_TRANSLATE_NOOP("ImportTargets", "Recipient OVT"),
    QT_TRANSLATE_NOOP("ImportTargets", "Address (street, postal code, city)"),
    QT_TRANSLATE_NOOP("ImportTargets", "Street address"),
    QT_TRANSLATE_NOOP("ImportTargets", "Postal code"),
    QT_TRANSLATE_NOOP("ImportTargets", "City"),
    QT_TRANSLATE_NOOP("ImportTargets", "Country"),
    QT_TRANSLATE_NOOP("ImportTargets", "Email"),
    QT_TRANSLATE_NOOP("ImportTargets", "Phone"),
    QT_TRANSLATE_NOOP("ImportTargets", "Contact person"),
    QT_TRANSLATE_NOOP("ImportTargets", "Contact's title"),
    QT_TRANSLATE_NOOP("ImportTargets", "Contact's phone"),
    QT_TRANSLATE_NOOP("ImportTargets", "Contact's email"),
    QT_TRANSLATE_NOOP("ImportTargets", "Contact's address (kept as a custom field)"),
    QT_TRANSLATE_NOOP("ImportTargets", "Customer group"),
    QT_TRANSLATE_NOOP("ImportTargets", "Website"),
    QT_TRANSLATE_NOOP("ImportTargets", "Billing customer number"),
    QT_TRANSLATE_NOOP("ImportTargets", "Invoice language"),
    QT_TRANSLATE_NOOP("ImportTargets", "Fixed reference number"),
    QT_TRANSLATE_NOOP("ImportTargets", "Use RF reference"),
    QT_TRANSLATE_NOOP("ImportTargets", "Delivery ban"),
    QT_TRANSLATE_NOOP("ImportTargets", "Collection ban"),
    QT_TRANSLATE_NOOP("ImportTargets", "VAT treatment"),
    QT_TRANSLATE_NOOP("ImportTargets", "Active"),
    QT_TRANSLATE_NOOP("ImportTargets", "Discount %"),
    QT_TRANSLATE_NOOP("ImportTargets", "Credit limit"),
    QT_TRANSLATE_NOOP("ImportTargets", "Penalty interest %"),
    QT_TRANSLATE_NOOP("ImportTargets", "Customer status"),
    QT_TRANSLATE_NOOP("ImportTargets", "Status set by hand"),
    QT_TRANSLATE_NOOP("ImportTargets", "Internal comment"),
    QT_TRANSLATE_NOOP("ImportTargets", "Payment term (days)"),
    QT_TRANSLATE_NOOP("ImportTargets", "Delivery terms"),
    QT_TRANSLATE_NOOP("ImportTargets", "Delivery method"),
    QT_TRANSLATE_NOOP("ImportTargets", "Your reference"),
    QT_TRANSLATE_NOOP("ImportTargets", "Agreement identifier"),
    QT_TRANSLATE_NOOP("ImportTargets", "Text before invoice rows"),
    QT_TRANSLATE_NOOP("ImportTargets", "Text after invoice rows"),
    QT_TRANSLATE_NOOP("ImportTargets", "E-invoice address not checked"),
    QT_TRANSLATE_NOOP("ImportTargets", "Set by the program (ignored)"),
)


def target_text(target: str) -> str:
    """A column's target in the UI language (labels come from ``spreadsheets.headers``)."""
    if target.startswith(headers.CUSTOM_PREFIX):
        return QCoreApplication.translate("ImportDialog", "Custom field “{name}”").format(
            name=target[len(headers.CUSTOM_PREFIX) :]
        )
    if not target:
        return QCoreApplication.translate("ImportDialog", "Ignore")
    return QCoreApplication.translate(TARGETS_CONTEXT, headers.target_label(target))


def reason_text(reason: Reason) -> str:
    """A reason of the import (or its undo) in the UI language, values filled in."""
    return reason.render(message_template, count_text)


def issue_reason(issue: RowIssue) -> str:
    """Why a value or a row was changed or left out, in the UI language."""
    return reason_text(issue.message)


def value_text(value: Any) -> str:
    """A value of a planned customer as the preview shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ImportDialog", "Yes")
            if value
            else QCoreApplication.translate("ImportDialog", "No")
        )
    if isinstance(value, CustomerType):
        return (
            QCoreApplication.translate("ImportDialog", "Company")
            if value is CustomerType.COMPANY
            else QCoreApplication.translate("ImportDialog", "Private person")
        )
    if isinstance(value, StrEnum):
        return str(value.value)
    if isinstance(value, Decimal):
        return f"{value.normalize():f}".replace(".", QLocale().decimalPoint())
    return str(value)
