"""Open, save, preview and print invoice PDFs; save Finvoice XML and customer statements.

PDFs are made by the services (reportlab); the GUI only moves the bytes, and prints them
through :mod:`asiakasrekisteri.ui.printing`.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.interest import ReferenceRateUnknown
from asiakasrekisteri.domain.invoice import InvoiceKind, InvoiceRecord
from asiakasrekisteri.files import write_atomically
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.invoicing.common import Prompts
from asiakasrekisteri.ui.invoicing.reference_rate_dialog import ask_missing_rate
from asiakasrekisteri.ui.printing import PdfPrinter, available_printers


def document_name(record: InvoiceRecord) -> str:
    """A file name stem for an invoice: ``lasku-1000``, ``hyvityslasku-1001``, ``luonnos-7``."""
    if record.number is None:
        return f"luonnos-{record.id}"
    prefix = "hyvityslasku" if record.kind is InvoiceKind.CREDIT_NOTE else "lasku"
    return f"{prefix}-{record.number}"


class PdfActions(QObject):
    """The document commands of the invoicing windows.

    Attributes:
        invoicing: Where the documents come from.
        prompts: File dialogs and messages (tests replace them).
        open_url: Opens a file in the system's viewer (tests replace it).
        run_dialog: Runs a sub-dialog modally (tests replace it to fill it in).
    """

    def __init__(self, invoicing: InvoicingService, parent: QWidget) -> None:
        super().__init__(parent)
        self.invoicing = invoicing
        self.prompts = Prompts(parent)
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.printer = PdfPrinter(parent)
        self.printers: Callable[[], list[str]] = available_printers
        self._temp_dir: Path | None = None
        self._parent_widget = parent

    # --- plain bytes -------------------------------------------------------------------

    def _temp_file(self, name: str) -> Path:
        if self._temp_dir is None:
            self._temp_dir = Path(tempfile.mkdtemp(prefix="asiakasrekisteri-"))
            app = QCoreApplication.instance()
            if app is not None:
                # Invoices hold personal data: do not leave copies behind in /tmp.
                folder = self._temp_dir
                app.aboutToQuit.connect(lambda: shutil.rmtree(folder, ignore_errors=True))
        return self._temp_dir / name

    def open_pdf(self, data: bytes, stem: str) -> Path | None:
        """Show a PDF in the system's PDF viewer (from a temporary file)."""
        path = self._temp_file(f"{stem}.pdf")
        try:
            path.write_bytes(data)
        except OSError as exc:
            self.prompts.warn(self.tr("Open PDF"), str(exc))
            return None
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            self.prompts.warn(
                self.tr("Open PDF"),
                self.tr("No program to show PDF files was found. The file is at {path}.").format(
                    path=path
                ),
            )
        return path

    def save_file(self, data: bytes, suggested: str, title: str, file_filter: str) -> Path | None:
        """Ask where to save and write the bytes; None when cancelled or failed."""
        path = self.prompts.save_path(title, suggested, file_filter)
        if path is None:
            return None
        try:
            write_atomically(path, data)
        except OSError as exc:
            self.prompts.warn(title, str(exc))
            return None
        return path

    def save_pdf(self, data: bytes, stem: str) -> Path | None:
        return self.save_file(
            data, f"{stem}.pdf", self.tr("Save PDF as"), self.tr("PDF files (*.pdf)")
        )

    def print_pdf(self, data: bytes, stem: str) -> bool:
        """The system print dialog, then the document on the chosen printer.

        With no printer set up, one message offers to save the PDF instead.

        Returns:
            True when the document went to a printer.
        """
        if not self.printers():
            self._offer_pdf_instead(data, stem)
            return False
        return self.printer.print_with_dialog(data, stem)

    def preview_pdf(self, data: bytes, stem: str) -> bool:
        """The print preview; True when the user printed from it."""
        return self.printer.preview(data, stem)

    def _offer_pdf_instead(self, data: bytes, stem: str) -> None:
        if self.prompts.confirm(
            self.tr("Print"),
            self.tr(
                "No printer is set up on this computer. Save the document as a PDF file "
                "instead? It can be printed from another computer or sent on."
            ),
            self.tr("Save as PDF…"),
        ):
            self.save_pdf(data, stem)

    # --- invoices ----------------------------------------------------------------------

    def _fetch(self, title: str, make: Callable[[], bytes]) -> bytes | None:
        try:
            return make()
        except ValidationError as exc:
            self.prompts.warn(title, error_text(exc))
            return None

    def open_invoice(self, record: InvoiceRecord) -> Path | None:
        data = self._fetch(self.tr("Open PDF"), lambda: self.invoicing.invoice_pdf(record.id))
        return None if data is None else self.open_pdf(data, document_name(record))

    def save_invoice(self, record: InvoiceRecord) -> Path | None:
        data = self._fetch(self.tr("Save PDF as"), lambda: self.invoicing.invoice_pdf(record.id))
        return None if data is None else self.save_pdf(data, document_name(record))

    def print_invoice(self, record: InvoiceRecord) -> bool:
        data = self._fetch(self.tr("Print"), lambda: self.invoicing.invoice_pdf(record.id))
        return data is not None and self.print_pdf(data, document_name(record))

    def preview_invoice(self, record: InvoiceRecord) -> bool:
        title = self.tr("Print preview")
        data = self._fetch(title, lambda: self.invoicing.invoice_pdf(record.id))
        return data is not None and self.preview_pdf(data, document_name(record))

    def save_finvoice(self, record: InvoiceRecord) -> Path | None:
        title = self.tr("Save Finvoice XML as")
        data = self._fetch(title, lambda: self.invoicing.finvoice_xml(record.id))
        if data is None:
            return None
        return self.save_file(
            data, f"{document_name(record)}.xml", title, self.tr("Finvoice files (*.xml)")
        )

    def print_statement(self, customer_id: int, stem: str = "tiliote") -> bool:
        """The customer statement in the print preview, to print from there."""
        data = self._statement(customer_id)
        return data is not None and self.preview_pdf(data, stem)

    def _statement(self, customer_id: int) -> bytes | None:
        """The statement's PDF; a missing reference rate is asked for (and saved) first."""
        while True:
            try:
                return self.invoicing.statement_pdf(customer_id)
            except ReferenceRateUnknown as exc:
                if not ask_missing_rate(self.invoicing, exc, self._parent_widget, self.run_dialog):
                    return None
            except ValidationError as exc:
                self.prompts.warn(self.tr("Customer statement"), error_text(exc))
                return None

    def save_statement(self, customer_id: int, stem: str = "tiliote") -> Path | None:
        """The customer statement (open items letter) as a PDF, saved where the user says.

        When the interest runs into a half-year whose reference rate is missing, the
        rate is asked for (and saved) before the statement is made.
        """
        data = self._statement(customer_id)
        return None if data is None else self.save_pdf(data, stem)
