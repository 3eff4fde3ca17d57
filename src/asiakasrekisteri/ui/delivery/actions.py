"""Sending in the main window: Invoices › Send unsent invoices…, Send due reminders…,
Send statement…, Settings › E-mail…, and Send… on every finalised invoice's editor."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from asiakasrekisteri.domain.enums import InvoiceDelivery
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.delivery import Delivery, Outcome
from asiakasrekisteri.ui.delivery.batch_dialog import BatchSendDialog
from asiakasrekisteri.ui.delivery.password_dialog import DeliveryPrompts
from asiakasrekisteri.ui.delivery.send_dialog import Prepare, SendDialog
from asiakasrekisteri.ui.delivery.settings_dialog import EmailSettingsDialog
from asiakasrekisteri.ui.delivery.texts import attempt_text
from asiakasrekisteri.ui.host import MenuPlace, WindowHost
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.invoicing.actions import InvoicingActions
from asiakasrekisteri.ui.invoicing.common import Today
from asiakasrekisteri.ui.invoicing.editor import InvoiceEditor
from asiakasrekisteri.ui.widgets.commands import command, withhold

__all__ = ["DeliveryActions", "install"]


class DeliveryActions(QObject):
    """The sending commands of the main window.

    Attributes:
        send_invoices_action, send_reminders_action, send_statement_action,
            settings_action: The commands.
        send_buttons: Editor → its Send… button.
        dialog: The send or batch dialog opened last (tests drive it).
        prompts: Messages (tests replace them).
    """

    def __init__(
        self,
        host: WindowHost,
        services: Services,
        invoicing: InvoicingActions,
        *,
        today: Today = date.today,
    ) -> None:
        super().__init__(host.parent_widget())
        self.setObjectName("deliveryActions")
        self.host = host
        self.service = services.delivery
        self.invoicing = invoicing
        self.today = today
        self.prompts = DeliveryPrompts(host.parent_widget())
        self.dialog: SendDialog | BatchSendDialog | None = None
        self.send_buttons: dict[InvoiceEditor, QPushButton] = {}
        self.send_invoices_action = command(self, self.send_unsent, "sendInvoicesAction")
        self.send_reminders_action = command(self, self.send_reminders, "sendRemindersAction")
        self.send_statement_action = command(self, self.send_statement, "sendStatementAction")
        self.settings_action = command(self, self.edit_settings, "emailSettingsAction")
        menu = invoicing.invoices_menu
        menu.addSeparator()
        for action in (self.send_invoices_action, self.send_reminders_action,
                       self.send_statement_action):  # fmt: skip
            menu.addAction(action)
        host.add_section(MenuPlace.SETTINGS, [self.settings_action])
        if not invoicing.visible:
            withhold(*menu.actions(), self.settings_action)
        invoicing.editorOpened.connect(self._editor_opened)
        self.retranslate()
        host.languageChanged.connect(self.retranslate)

    def retranslate(self) -> None:
        for action, text in (
            (self.send_invoices_action, self.tr("Send &unsent invoices…")),
            (self.send_reminders_action, self.tr("Send due &reminders…")),
            (self.send_statement_action, self.tr("Send customer st&atement…")),
            (self.settings_action, self.tr("&E-mail and sending…")),
        ):
            action.setText(text)
        for button in self.send_buttons.values():
            button.setText(self.tr("S&end…"))

    # --- the editor's Send… ------------------------------------------------------------

    def _editor_opened(self, editor: InvoiceEditor) -> None:
        button = QPushButton(self.tr("S&end…"))
        button.setObjectName("sendInvoiceButton")
        editor.add_command(button)
        self.send_buttons[editor] = button
        button.clicked.connect(lambda _c=False, e=editor: self.send_from_editor(e))
        editor.changed.connect(lambda _id, e=editor: self._update_button(e))
        editor.printed.connect(lambda invoice_id, e=editor: self._printed(e, invoice_id))
        editor.destroyed.connect(lambda _o=None, e=editor: self.send_buttons.pop(e, None))
        self._update_button(editor)

    def _update_button(self, editor: InvoiceEditor) -> None:
        button = self.send_buttons.get(editor)
        if button is not None:
            button.setVisible(editor.record is not None and not editor.record.is_draft)

    def _printed(self, editor: InvoiceEditor, invoice_id: int) -> None:
        """A printed invoice has gone on paper: recorded as sent, like a print run's."""
        try:
            self.service.record_printed(invoice_id)
        except ValidationError as exc:
            self.prompts.warn(self.tr("Print"), error_text(exc))
            return
        editor.reload()
        self.invoicing.refresh_figures()
        if self.invoicing.invoices_dialog is not None:
            self.invoicing.invoices_dialog.reload()

    def send_from_editor(self, editor: InvoiceEditor) -> SendDialog | None:
        """Send the editor's finalised invoice or credit note."""
        record = editor.record
        if record is None or record.is_draft:
            return None
        dialog = self.send_invoice(record.id)
        if dialog is not None:
            dialog.sent.connect(lambda _o, e=editor: e.reload())
        return dialog

    # --- commands ----------------------------------------------------------------------

    def send_invoice(self, invoice_id: int) -> SendDialog | None:
        service = self.service
        try:
            delivery = service.prepare_invoice(invoice_id)
        except ValidationError as exc:
            self.prompts.warn(self.tr("Send"), error_text(exc))
            return None
        return self._open(
            delivery,
            lambda route: service.prepare_invoice(invoice_id, route=route),
        )

    def send_statement(self) -> SendDialog | None:
        """Send the statement of the customer on the card."""
        customer_id = self.host.current_customer_id()
        if customer_id is None:
            self.prompts.warn(self.tr("Send statement"), self.tr("Choose a customer first."))
            return None
        service, day = self.service, self.today()
        try:
            delivery = service.prepare_statement(customer_id, day)
        except ValidationError as exc:
            self.prompts.warn(self.tr("Send statement"), error_text(exc))
            return None
        return self._open(
            delivery, lambda route: service.prepare_statement(customer_id, day, route=route)
        )

    def _open(self, delivery: Delivery, prepare: Prepare) -> SendDialog:
        attempts = (
            self.service.attempts(invoice_id=delivery.invoice_id)
            if delivery.invoice_id is not None
            else self.service.attempts(customer_id=delivery.customer_id)
        )
        dialog = SendDialog(
            self.service, delivery, prepare, attempts=attempts, parent=self.host.parent_widget()
        )
        dialog.sent.connect(self._sent)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _sent(self, outcome: Outcome) -> None:
        delivery = outcome.delivery
        text = record_text_of(outcome)
        self.host.show_status(text, 10_000)
        self.invoicing.refresh_figures()
        if delivery.invoice_id is not None:
            for editor in list(self.invoicing.editors):
                if editor.record is not None and editor.record.id == delivery.invoice_id:
                    editor.reload()

    def send_unsent(self) -> BatchSendDialog:
        """Every finalised invoice and credit note not sent yet."""
        return self._batch(self.service.unsent_invoices(), lambda: self.tr("Send unsent invoices"))

    def send_reminders(self) -> BatchSendDialog:
        """Reminders recorded but not sent, and those due for open invoices."""
        deliveries = self.service.due_reminders(self.today())
        return self._batch(deliveries, lambda: self.tr("Send due reminders"))

    def _batch(self, deliveries: list[Delivery], title: Callable[[], str]) -> BatchSendDialog:
        dialog = BatchSendDialog(self.service, deliveries, title, self.host.parent_widget())
        dialog.finished.connect(lambda _r: self._batch_closed())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _batch_closed(self) -> None:
        self.invoicing.refresh_figures()
        for editor in list(self.invoicing.editors):
            editor.reload()
        if self.invoicing.invoices_dialog is not None:
            self.invoicing.invoices_dialog.reload()

    def edit_settings(self) -> EmailSettingsDialog:
        dialog = EmailSettingsDialog(self.service, self.host.parent_widget())
        dialog.open()
        return dialog


def record_text_of(outcome: Outcome) -> str:
    """A sending that went, in a sentence for the status bar."""
    delivery = outcome.delivery
    channel = {InvoiceDelivery.PAPER: "paper", InvoiceDelivery.EINVOICE: "einvoice"}.get(
        delivery.route, "email"
    )
    to = "; ".join(delivery.recipients) if delivery.by_email else delivery.einvoice_address
    return attempt_text(delivery.document, delivery.number, channel, to, None, ok=True)


def install(host: WindowHost, services: Services, invoicing: InvoicingActions) -> DeliveryActions:
    """Add the sending commands to the window and Send… to the invoice editors."""
    return DeliveryActions(host, services, invoicing)
