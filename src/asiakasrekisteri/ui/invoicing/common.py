"""Helpers shared by the invoicing windows: texts, dates, money input and prompts."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QFileDialog, QLabel

from asiakasrekisteri.domain.invoice import InvoiceKind, InvoiceRecord, InvoiceStatus
from asiakasrekisteri.domain.invoice_list import InvoiceListItem
from asiakasrekisteri.ui.prompts import Prompts as BasePrompts

CONTEXT = "Invoicing"

Today = Callable[[], date]
"""Where the windows get "today" from; tests pass a fixed day."""

_STATUS_NAMES: dict[InvoiceStatus, object] = {
    InvoiceStatus.DRAFT: QT_TRANSLATE_NOOP("Invoicing", "Draft"),
    # Stored as "sent" from finalising on, but it reaches the customer only when it is
    # sent or printed (``sent_at``); until then a person reads it as waiting to go.
    InvoiceStatus.SENT: QT_TRANSLATE_NOOP("Invoicing", "Ready to send"),
    InvoiceStatus.PARTLY_PAID: QT_TRANSLATE_NOOP("Invoicing", "Partly paid"),
    InvoiceStatus.PAID: QT_TRANSLATE_NOOP("Invoicing", "Paid"),
    InvoiceStatus.CREDITED: QT_TRANSLATE_NOOP("Invoicing", "Credited"),
}
_OVERDUE = QT_TRANSLATE_NOOP("Invoicing", "Overdue")
_SENT = QT_TRANSLATE_NOOP("Invoicing", "Sent")
_NOT_SENT = QT_TRANSLATE_NOOP("Invoicing", "Not sent")
_CREDIT_NOTE = QT_TRANSLATE_NOOP("Invoicing", "Credit note")


def translate(text: object) -> str:
    """Translate a text marked with ``QT_TRANSLATE_NOOP("Invoicing", …)``."""
    return QCoreApplication.translate(CONTEXT, str(text))


def status_name(status: InvoiceStatus) -> str:
    """Translated name of a stored invoice state."""
    return translate(_STATUS_NAMES[status])


def status_text(record: InvoiceRecord | InvoiceListItem, today: date) -> str:
    """The state a person reads in a list: "Overdue" is derived from the due date, never
    stored, and a finalised invoice is "Not sent" until it is sent or printed (the
    editor says "Ready to send", :func:`delivery_text`; a list column has less room)."""
    if record.kind is InvoiceKind.CREDIT_NOTE:
        return translate(_CREDIT_NOTE)
    if record.is_overdue(today):
        return translate(_OVERDUE)
    if record.status is InvoiceStatus.SENT:
        return translate(_SENT if record.sent_at is not None else _NOT_SENT)
    return status_name(record.status)


def delivery_text(record: InvoiceRecord) -> str:
    """Whether a finalised invoice or credit note has reached the customer yet."""
    return translate(_SENT) if record.sent_at is not None else status_name(InvoiceStatus.SENT)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def money_input_text(value: Decimal) -> str:
    """An amount as the user types it: ``12,50`` in Finnish (no currency, no grouping)."""
    return f"{value:.2f}".replace(".", QLocale().decimalPoint())


def number_input_text(value: Decimal) -> str:
    """A quantity or percentage as typed: no superfluous zeros, locale decimal mark."""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", QLocale().decimalPoint())


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def show_field_errors(
    labels: Mapping[str, QLabel], general: QLabel, errors: Mapping[str, str]
) -> None:
    """Each error under its field; those of no field shown there on the general line."""
    for name, label in labels.items():
        show_error(label, errors.get(name, ""))
    show_error(general, "\n".join(text for name, text in errors.items() if name not in labels))


class Prompts(BasePrompts):
    """The questions and messages of the invoicing windows; tests replace the methods.

    Callers pass texts already translated.
    """

    def save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        """Where to save a file; None when cancelled."""
        name, _selected = QFileDialog.getSaveFileName(self._parent, title, suggested, file_filter)
        return Path(name) if name else None

    def open_path(self, title: str, file_filter: str) -> Path | None:
        """A file to read; None when cancelled."""
        name, _selected = QFileDialog.getOpenFileName(self._parent, title, "", file_filter)
        return Path(name) if name else None
