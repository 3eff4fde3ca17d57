"""Money in, in the main window: bank files, unmatched payments, customers' credit.

:func:`install` adds File › Import bank payments… and Unmatched payments…, Edit › Undo
bank payment import…, opens the import when a bank file is dropped on the window, and
puts the customer's credit on the card's invoicing box. After anything changed it asks
the window to show the customers as stored and emits :attr:`paymentsChanged`, which the
window connects to the invoicing feature (figures and invoice lists).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QProgressDialog

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.invoice import InvoiceKind, InvoiceStatus
from asiakasrekisteri.services.banking import (
    BankPaymentService,
    ImportPreview,
    ImportResult,
    looks_like_bank_file,
)
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.ui.banking.credit import CreditPanel, Today
from asiakasrekisteri.ui.banking.preview_dialog import BankImportDialog
from asiakasrekisteri.ui.banking.undo_dialog import UndoBankImportDialog
from asiakasrekisteri.ui.banking.unmatched_dialog import UnmatchedPaymentsDialog
from asiakasrekisteri.ui.formatting import format_datetime, format_money
from asiakasrekisteri.ui.host import Anchor, CardArea, MenuPlace, WindowHost
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.invoicing.common import Prompts
from asiakasrekisteri.ui.spreadsheets.workers import Worker
from asiakasrekisteri.ui.widgets.commands import command, withhold

__all__ = ["BankPaymentActions", "install"]


def dropped_bank_file(event: QDropEvent) -> Path | None:
    """The one local bank file a drag carries (known by its first bytes), or None."""
    mime = event.mimeData()
    if not mime.hasUrls() or len(mime.urls()) != 1 or not mime.urls()[0].isLocalFile():
        return None
    path = Path(mime.urls()[0].toLocalFile())
    return path if path.is_file() and looks_like_bank_file(path) else None


class BankPaymentActions(QObject):
    """The money-in commands of one main window.

    Attributes:
        host: The main window.
        service: The bank payment service.
        credit_panel: The credit line on the card.
        import_action, unmatched_action, undo_action: The commands.
        prompts: Message boxes and the file chooser (tests replace it).
        import_dialog, unmatched_dialog: The dialogs open now, if any.

    Signals:
        paymentsChanged(): Invoices were paid or their payments taken back.
    """

    paymentsChanged = Signal()

    def __init__(self, host: WindowHost, services: Services, *, today: Today = date.today) -> None:
        super().__init__(host.parent_widget())
        self.setObjectName("bankPaymentActions")
        self.host = host
        self.service: BankPaymentService = services.bank_payments
        self.invoicing: InvoicingService = services.invoicing
        self.today = today
        self.prompts = Prompts(host.parent_widget())
        self.import_dialog: BankImportDialog | None = None
        self.unmatched_dialog: UnmatchedPaymentsDialog | None = None
        self._reading: tuple[Worker, QProgressDialog] | None = None
        self._offered: set[int] = set()

        self.import_action = command(self, self.import_file, "importBankPaymentsAction")
        self.unmatched_action = command(self, self.show_unmatched, "unmatchedPaymentsAction")
        self.undo_action = command(self, self.undo_import, "undoBankImportAction")
        host.add_section(
            MenuPlace.FILE, [self.import_action, self.unmatched_action], before=Anchor.QUIT
        )
        host.add_action(MenuPlace.EDIT, self.undo_action)
        self.credit_panel = CreditPanel(self.service, today=today)
        if services.team.sees_invoicing():
            host.watch_drops(self)
            layout = host.card_area(CardArea.INVOICING).layout()
            assert layout is not None  # card_area hands over a box with its layout
            layout.addWidget(self.credit_panel)
            self.credit_panel.changed.connect(self._changed)
            host.customerChanged.connect(lambda _id: self._show_credit())
            host.customerSaved.connect(lambda _id: self._show_credit())
            self._show_credit()
        else:
            # Payments are invoicing figures, which the server keeps from this user.
            withhold(self.import_action, self.unmatched_action, self.undo_action)
        self.retranslate()
        host.languageChanged.connect(self.retranslate)

    def retranslate(self) -> None:
        """The commands' texts in the current language."""
        self.import_action.setText(self.tr("Import &bank payments…"))
        self.import_action.setStatusTip(
            self.tr(
                "Read the bank's camt.054 or camt.053 file or reference payment file and "
                "settle the invoices it pays; nothing is saved before you confirm."
            )
        )
        self.unmatched_action.setText(self.tr("Unmatched &payments…"))
        self.undo_action.setText(self.tr("Undo &bank payment import…"))

    def _show_credit(self) -> None:
        record = self.host.current_customer()
        self.credit_panel.show_customer(record.id if record is not None else None)

    # --- drops ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            assert isinstance(event, QDropEvent)
            path = dropped_bank_file(event)
            if path is None:
                return False
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            if kind == QEvent.Type.Drop:
                self.open_file(path)
            return True
        return super().eventFilter(watched, event)

    # --- import --------------------------------------------------------------------------

    def import_file(self) -> None:
        """File › Import bank payments…: choose the file, then its preview."""
        path = self.prompts.open_path(
            self.tr("Import bank payments"),
            self.tr("Bank payment files (*.xml *.txt *.dat *.ktl *.vii);;All files (*)"),
        )
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        """Read and match the file in a worker (Cancel drops it); then the preview."""
        if self._reading is not None:
            return
        service = self.service
        worker = Worker(lambda _p, _c: service.preview(path))
        progress = QProgressDialog(
            self.tr("Reading {file}…").format(file=path.name),
            self.tr("Cancel"),
            0,
            0,
            self.host.parent_widget(),
        )
        progress.setObjectName("bankFileProgress")
        progress.setWindowTitle(self.tr("Import bank payments"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.canceled.connect(self._cancel_reading)
        worker.succeeded.connect(self._read)
        worker.failed.connect(self._read_failed)
        self._reading = (worker, progress)
        worker.start_job()

    def is_reading(self) -> bool:
        return self._reading is not None

    def _stop_reading(self) -> None:
        if self._reading is not None:
            _worker, progress = self._reading
            progress.canceled.disconnect(self._cancel_reading)
            progress.close()
            progress.deleteLater()
        self._reading = None

    def _cancel_reading(self) -> None:
        # The reading cannot be stopped midway; its result is dropped when it comes.
        if self._reading is not None:
            worker, _progress = self._reading
            worker.succeeded.disconnect(self._read)
            worker.failed.disconnect(self._read_failed)
        self._stop_reading()

    def _read_failed(self, exc: Exception) -> None:
        self._stop_reading()
        if isinstance(exc, ValidationError):
            self.prompts.warn(self.tr("Import bank payments"), error_text(exc))
        elif isinstance(exc, OSError):
            self.prompts.warn(
                self.tr("Import bank payments"),
                self.tr("The file could not be read: {reason}.").format(
                    reason=exc.strerror or str(exc)
                ),
            )
        else:
            raise exc

    def _read(self, preview: ImportPreview) -> None:
        self._stop_reading()
        if preview.nothing_new:
            when = format_datetime(preview.imported_at) if preview.imported_at else ""
            self.prompts.inform(
                self.tr("Import bank payments"),
                self.tr("{file} was imported on {when}; there is nothing new in it.").format(
                    file=preview.file_name, when=when
                )
                if when
                else self.tr("Every payment of {file} is in the register already.").format(
                    file=preview.file_name
                ),
            )
            return
        self.show_preview(preview)

    def show_preview(self, preview: ImportPreview) -> BankImportDialog:
        """The preview dialog, window-modal, not blocking."""
        if self.import_dialog is not None:
            self.import_dialog.close()
        dialog = BankImportDialog(
            self.service, preview, self.host.parent_widget(), prompts=self.prompts
        )
        dialog.imported.connect(self._imported)
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: BankImportDialog) -> None:
        if self.import_dialog is dialog:
            self.import_dialog = None
        dialog.deleteLater()

    def _imported(self, result: ImportResult) -> None:
        self._changed()
        totals = result.totals
        self.host.show_status(
            self.tr(
                "Bank payments imported: {paid} invoices paid in full, {credit} to credit, "
                "{unmatched} unmatched."
            ).format(
                paid=totals.invoices_paid,
                credit=format_money(totals.credit),
                unmatched=totals.unmatched_count,
            ),
            10_000,
        )
        if totals.unmatched_count and self.host.ask(
            self.tr("Unmatched payments"),
            self.tr(
                "%n payment(s) matched no invoice. Look at them now?", "", totals.unmatched_count
            ),
            default_no=False,
        ):
            self.show_unmatched()

    def _changed(self) -> None:
        self.host.reload_customers()
        self._show_credit()
        self.paymentsChanged.emit()

    # --- unmatched and undo --------------------------------------------------------------

    def show_unmatched(self) -> UnmatchedPaymentsDialog:
        """The unmatched payments (non-modal; one at a time)."""
        if self.unmatched_dialog is None:
            dialog = UnmatchedPaymentsDialog(
                self.service, self.invoicing, self.host.parent_widget(), prompts=self.prompts
            )
            dialog.changed.connect(self._changed)
            self.unmatched_dialog = dialog
        else:
            self.unmatched_dialog.refresh()
        if self.unmatched_dialog.isVisible():
            self.unmatched_dialog.raise_()
        else:
            self.unmatched_dialog.show()
        return self.unmatched_dialog

    def undo_import(self) -> UndoBankImportDialog | None:
        """Edit › Undo bank payment import…"""
        if not self.host.maybe_save_changes():
            return None
        dialog = UndoBankImportDialog(self.service, self.host.parent_widget(), prompts=self.prompts)
        if not dialog.imports:
            dialog.deleteLater()
            self.prompts.inform(
                self.tr("Undo bank payment import"), self.tr("No bank files have been imported.")
            )
            return None
        dialog.undone.connect(lambda _result: self._changed())
        dialog.finished.connect(lambda _r, d=dialog: d.deleteLater())
        dialog.open()
        return dialog

    # --- credit on the next invoice ------------------------------------------------------

    def offer_credit(self, invoice_id: int) -> None:
        """An invoice was saved: when it was just sent to a customer with credit, offer to
        use the credit on their open invoices (once per invoice)."""
        if invoice_id in self._offered:
            return
        try:
            record = self.invoicing.get(invoice_id)
        except ValidationError:
            return
        if record.kind is not InvoiceKind.INVOICE or record.status is not InvoiceStatus.SENT:
            return
        self._offered.add(invoice_id)
        payer = record.billing_customer_id or record.customer_id
        credit = self.service.credit_balance(payer)
        if credit <= 0 or not self.host.ask(
            self.tr("Credit"),
            self.tr(
                "{name} has {credit} of credit from overpayments. Use it now on their open "
                "invoices, the oldest due first (invoice {number} among them)?"
            ).format(
                name=record.buyer.name,
                credit=format_money(credit),
                number=record.number,
            ),
            default_no=False,
        ):
            return
        try:
            self.service.use_credit(payer, today=self.today())
        except ValidationError as exc:
            self.prompts.warn(self.tr("Credit"), error_text(exc))
            return
        self._changed()


def install(host: WindowHost, services: Services) -> BankPaymentActions:
    """Add the money-in commands, file drops and the card's credit line to the window."""
    return BankPaymentActions(host, services)
