"""What the invoice editor's commands do to a finalised invoice: payments, refunds,
reminders and its documents (PDF, print, Finvoice).

Mixed into :class:`~asiakasrekisteri.ui.invoicing.editor.InvoiceEditor`, whose state they
read; the editor keeps the commands that change its own state or signal (credit notes,
what printing marks as sent).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from asiakasrekisteri.domain.invoice import InvoiceRecord
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.ui.invoicing.common import Today
from asiakasrekisteri.ui.invoicing.editor_documents import InvoiceDocuments
from asiakasrekisteri.ui.invoicing.pdf_actions import PdfActions


class FinalisedInvoiceCommands:
    """Payments, refunds, reminders and documents of the invoice an editor shows."""

    record: InvoiceRecord | None
    invoicing: InvoicingService
    documents: InvoiceDocuments
    pdf: PdfActions
    _today: Today

    def _after_change(self, record: InvoiceRecord) -> None:
        raise NotImplementedError  # the editor shows the invoice as it now is

    def _printed(self) -> None:
        raise NotImplementedError  # the editor marks a printed invoice sent

    def _finalised(self) -> InvoiceRecord | None:
        record = self.record
        return record if record is not None and not record.is_draft else None

    def _run_dialog(self, dialog: QDialog) -> int:
        """Run a sub-dialog modally; tests replace this to fill it in."""
        return dialog.exec()

    def record_payment(self) -> None:
        record = self._finalised()
        if record is None:
            return
        paid = self.documents.record_payment(record, self._today, self._run_dialog)
        if paid is not None:
            self._after_change(paid)

    def record_refund(self) -> None:
        record = self._finalised()
        refunded = record and self.documents.record_refund(record, self._today, self._run_dialog)
        if refunded:
            self._after_change(refunded)

    def make_reminder(self) -> bool:
        """Record a payment reminder and save (or show) its PDF."""
        record = self._finalised()
        if record is None:
            return False
        data = self.documents.create_reminder(record, self._today, self._run_dialog)
        if data is None:
            return False
        self._after_change(self.invoicing.get(record.id))
        self.documents.save_reminder(record, data)
        return True

    def open_pdf(self) -> None:
        if self.record is not None:
            self.pdf.open_invoice(self.record)

    def save_pdf(self) -> None:
        if self.record is not None:
            self.pdf.save_invoice(self.record)

    def print_pdf(self) -> None:
        if self.record is not None and self.pdf.print_invoice(self.record):
            self._printed()

    def preview_pdf(self) -> None:
        if self.record is not None and self.pdf.preview_invoice(self.record):
            self._printed()

    def save_finvoice(self) -> None:
        record = self._finalised()
        if record is not None:
            self.pdf.save_finvoice(record)


__all__ = ["FinalisedInvoiceCommands"]
