"""What the invoice editor shows of a finalised invoice and does with it: its state, payments
and reminders; a payment, a credit note, a payment reminder, with their questions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.invoice import (
    InvoiceKind,
    InvoiceRecord,
    InvoiceStatus,
    ReminderRecord,
)
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.ui.formatting import format_date, format_datetime, format_money
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.invoicing.common import Prompts, Today, delivery_text, status_text
from asiakasrekisteri.ui.invoicing.credit_dialog import CreditDialog
from asiakasrekisteri.ui.invoicing.payment_dialog import PaymentDialog
from asiakasrekisteri.ui.invoicing.pdf_actions import PdfActions
from asiakasrekisteri.ui.invoicing.refund_dialog import InvoiceRefundDialog
from asiakasrekisteri.ui.invoicing.reminder_dialog import ReminderDialog


class InvoiceDocuments(QObject):
    """State, payment, credit note and reminder of a finalised invoice.

    Each command asks and reports through ``prompts`` and returns what it made, or None
    when the user cancelled or the service refused (the reason already shown); the
    editor then shows the invoice as stored.
    """

    def __init__(
        self, invoicing: InvoicingService, pdf: PdfActions, prompts: Prompts, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._invoicing = invoicing
        self._pdf = pdf
        self._prompts = prompts
        self._parent_widget = parent
        self._reminder: ReminderRecord | None = None

    def status_line(self, record: InvoiceRecord, today: date) -> str:
        """State, reference and open amount of a finalised invoice, on one line."""
        state = status_text(record, today)
        # The title names a credit note already; the line says whether it has gone.
        credit_note = record.kind is InvoiceKind.CREDIT_NOTE
        if credit_note or (record.status is InvoiceStatus.SENT and not record.is_overdue(today)):
            state = delivery_text(record)
        parts = [state]
        if record.reference:
            parts.append(self.tr("reference {reference}").format(reference=record.reference))
        if record.kind is InvoiceKind.INVOICE:
            parts.append(self.tr("open {amount}").format(
                amount=format_money(record.open_amount)))  # fmt: skip
        if record.refund_due > 0:
            parts.append(self.tr("refund owed {amount}").format(
                amount=format_money(record.refund_due)))  # fmt: skip
        if record.credit_of_number is not None:
            parts.append(self.tr("credits invoice {number}").format(
                number=record.credit_of_number))  # fmt: skip
        return " · ".join(parts)

    def history(self, record: InvoiceRecord) -> str:
        """When a finalised invoice was sent, its payments and reminders, a line each."""
        if record.sent_at is None:
            lines = [self.tr("Not sent yet")]
        else:
            lines = [self.tr("Sent: {date}").format(date=format_datetime(record.sent_at))]
        if record.payments:
            paid = "; ".join(
                f"{format_date(p.payment_date)} {format_money(p.amount)}" for p in record.payments
            )
            lines.append(self.tr("Payments: {list}").format(list=paid))
        if record.reminders:
            reminded = ", ".join(format_date(r.reminder_date) for r in record.reminders)
            lines.append(self.tr("Reminded: {dates}").format(dates=reminded))
        if record.refunds:
            refunded = "; ".join(
                f"{format_date(r.refund_date)} {format_money(r.amount)}" for r in record.refunds
            )
            lines.append(self.tr("Refunded: {list}").format(list=refunded))
        return "\n".join(lines)

    def record_payment(
        self, record: InvoiceRecord, today: Today, run_dialog: Callable[[QDialog], int]
    ) -> InvoiceRecord | None:
        """Ask for a payment in :class:`PaymentDialog`; the invoice as paid, if recorded."""
        dialog = PaymentDialog(self._invoicing, record, self._parent_widget, today=today)
        dialog.prompts = self._prompts
        run_dialog(dialog)
        return dialog.payment_result.invoice if dialog.payment_result is not None else None

    def credit(
        self, record: InvoiceRecord, today: Today, run_dialog: Callable[[QDialog], int]
    ) -> InvoiceRecord | None:
        """Choose rows, quantities or an amount in :class:`CreditDialog`; the credit note
        made, if one was."""
        try:
            dialog = CreditDialog(self._invoicing, record, self._parent_widget, today=today)
        except ValidationError as exc:
            self._prompts.warn(self.tr("Credit note"), error_text(exc))
            return None
        run_dialog(dialog)
        return dialog.note

    def tell_credited(self, note: InvoiceRecord, original: InvoiceRecord) -> None:
        text = self.tr("Credit note {number} was made for invoice {original}.").format(
            number=note.number, original=original.number
        )
        if original.refund_due > 0:
            text += "\n" + self.tr(
                "You owe the customer a refund of {amount}; record it with Refund… once paid."
            ).format(amount=format_money(original.refund_due))
        self._prompts.inform(self.tr("Credit note"), text)

    def record_refund(
        self, record: InvoiceRecord, today: Today, run_dialog: Callable[[QDialog], int]
    ) -> InvoiceRecord | None:
        """Ask for a refund paid out in :class:`InvoiceRefundDialog`; the invoice after it."""
        dialog = InvoiceRefundDialog(self._invoicing, record, self._parent_widget, today=today)
        run_dialog(dialog)
        return dialog.invoice

    def create_reminder(
        self, record: InvoiceRecord, today: Today, run_dialog: Callable[[QDialog], int]
    ) -> bytes | None:
        """Show what a reminder asks for in :class:`ReminderDialog` and record it there;
        its PDF, if recorded."""
        dialog = ReminderDialog(self._invoicing, record, self._parent_widget, today=today)
        run_dialog(dialog)
        self._reminder = dialog.reminder
        return dialog.pdf

    def save_reminder(self, record: InvoiceRecord, data: bytes) -> None:
        """Print the reminder if the user wants to; else save its PDF where they choose,
        or show it when they do not; for a customer who receives e-invoices, offer its
        Finvoice message too."""
        stem = f"maksumuistutus-{record.number}"
        if self._prompts.confirm(
            self.tr("Payment reminder"),
            self.tr("The reminder was recorded. Print it now?"),
            self.tr("Print…"),
        ):
            self._pdf.preview_pdf(data, stem)
        elif self._pdf.save_pdf(data, stem) is None:
            self._pdf.open_pdf(data, stem)
        reminder, self._reminder = self._reminder, None
        if reminder is None or not record.buyer.einvoice_address:
            return
        title = self.tr("Save the reminder as Finvoice XML")
        try:
            xml = self._invoicing.reminder_finvoice(record.id, reminder.id)
        except ValidationError as exc:
            self._prompts.warn(title, error_text(exc))
            return
        self._pdf.save_file(xml, f"{stem}.xml", title, self.tr("Finvoice files (*.xml)"))
