"""Texts the import's steps and its undo share: column targets, reasons and cell values."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.services.spreadsheets import Reason, RowIssue, headers
from asiakasrekisteri.ui.i18n import message_template

TARGETS_CONTEXT = "ImportTargets"


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
    return reason.render(message_template)


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
