"""Invoicing in the main window: menus, the card's figures and the invoice editors.

:func:`install` adds File › New invoice…, the Invoices menu, Settings › Invoicing… and
Products and services…, and the invoicing figures on the customer card.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMenu

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.ui.host import Anchor, CardArea, MenuPlace, WindowHost
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.invoicing.common import Prompts, Today
from asiakasrekisteri.ui.invoicing.editor import InvoiceEditor
from asiakasrekisteri.ui.invoicing.figures import InvoicingFigures
from asiakasrekisteri.ui.invoicing.invoice_list import Filter, InvoicesDialog
from asiakasrekisteri.ui.invoicing.pdf_actions import PdfActions
from asiakasrekisteri.ui.invoicing.products_dialog import ProductsDialog
from asiakasrekisteri.ui.invoicing.settings_dialog import InvoicingSettingsDialog
from asiakasrekisteri.ui.widgets.commands import command, withhold

__all__ = ["InvoicingActions", "install"]


class InvoicingActions(QObject):
    """The invoicing commands of the main window.

    Signals:
        editorOpened(InvoiceEditor): An invoice editor was opened; other features add
            their commands to it.

    Attributes:
        host: The main window.
        services: The services (invoicing, products, customers, company).
        figures: The figures widget in the card's invoicing box.
        visible: Whether the user may see invoicing; when not, every command is hidden
            and ``withheld_note`` says why in the card's invoicing box.
        invoices_menu: The "Invoices" menu.
        new_invoice_action, invoices_action, open_invoices_action, overdue_action,
            drafts_action, statement_action, print_statement_action, settings_action,
            products_action: The commands.
        editors: The invoice editors open now.
        invoices_dialog: The all-invoices window, once opened.
        prompts: Messages (tests replace them).

    Signals:
        invoiceChanged(int): An invoice was saved in an editor (its id).
    """

    editorOpened = Signal(object)
    invoiceChanged = Signal(int)

    def __init__(self, host: WindowHost, services: Services, *, today: Today = date.today) -> None:
        super().__init__(host.parent_widget())
        self.setObjectName("invoicingActions")
        self.host = host
        self.services = services
        self.invoicing = services.invoicing
        self.today = today
        self.prompts = Prompts(host.parent_widget())
        self.pdf = PdfActions(self.invoicing, host.parent_widget())
        self.pdf.prompts = self.prompts
        self.editors: list[InvoiceEditor] = []
        self.invoices_dialog: InvoicesDialog | None = None

        self.new_invoice_action = command(self,
            self.new_invoice, "newInvoiceAction",
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_N),
        )  # fmt: skip
        self.invoices_action = command(self,
            self.show_invoices, "invoicesAction",
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_I),
        )  # fmt: skip
        self.open_invoices_action = command(
            self, lambda: self.show_invoices(Filter.OPEN), "openInvoicesAction"
        )
        self.overdue_action = command(
            self, lambda: self.show_invoices(Filter.OVERDUE), "overdueInvoicesAction"
        )
        self.drafts_action = command(
            self, lambda: self.show_invoices(Filter.DRAFTS), "draftInvoicesAction"
        )
        self.statement_action = command(self, self.save_statement, "statementAction")
        self.print_statement_action = command(self,
            self.print_statement, "printStatementAction",
            QKeySequence(QKeySequence.StandardKey.Print),
        )  # fmt: skip
        self.settings_action = command(self, self.edit_settings, "invoicingSettingsAction")
        self.products_action = command(self, self.edit_products, "productsAction")

        # File › New invoice… right under New customer; the rest in a menu of their own.
        host.add_action(MenuPlace.FILE, self.new_invoice_action, before=Anchor.SAVE)
        self.invoices_menu = QMenu(host.parent_widget())
        self.invoices_menu.setObjectName("invoicesMenu")
        for action in (self.new_invoice_action, self.invoices_action):
            self.invoices_menu.addAction(action)
        self.invoices_menu.addSeparator()
        for action in (self.open_invoices_action, self.overdue_action, self.drafts_action):
            self.invoices_menu.addAction(action)
        self.invoices_menu.addSeparator()
        self.invoices_menu.addAction(self.statement_action)
        self.invoices_menu.addAction(self.print_statement_action)
        host.add_menu(MenuPlace.INVOICES, self.invoices_menu)
        host.add_section(MenuPlace.SETTINGS, [self.settings_action, self.products_action])

        self.figures = InvoicingFigures(self.invoicing, today=today)
        area = host.card_area(CardArea.INVOICING)
        layout = area.layout()
        assert layout is not None  # card_area hands over a box with its layout
        self.visible = services.team.sees_invoicing()
        # Shown instead of the figures when the server keeps invoicing from the user.
        self.withheld_note = QLabel()
        self.withheld_note.setObjectName("invoicingWithheldNote")
        self.withheld_note.setWordWrap(True)
        self.withheld_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if not self.visible:
            withhold(self.invoices_menu.menuAction(), *self.invoices_menu.actions())
            withhold(self.settings_action, self.products_action)
            self.figures.hide()
            layout.addWidget(self.withheld_note)
        layout.addWidget(self.figures)
        self.figures.new_invoice_button.clicked.connect(lambda: self.new_invoice())
        self.figures.statement_button.clicked.connect(lambda: self.save_statement())
        self.figures.openInvoiceRequested.connect(self.open_invoice)
        host.customerChanged.connect(lambda _id: self.refresh_figures())
        host.customerSaved.connect(lambda _id: self.refresh_figures())
        self.refresh_figures()
        self.retranslate()
        host.languageChanged.connect(self.retranslate)

    def retranslate(self) -> None:
        """The menu's and the commands' texts in the current language."""
        self.invoices_menu.setTitle(self.tr("In&voices"))
        self.withheld_note.setText(
            self.tr(
                "Invoicing is not shown: your user on the register's server has the limited "
                "role, which has no right to invoices or amounts. Ask the register's owner "
                "for full access."
            )
        )
        for action, text in (
            (self.new_invoice_action, self.tr("New &invoice…")),
            (self.invoices_action, self.tr("&Invoices…")),
            (self.open_invoices_action, self.tr("&Open invoices…")),
            (self.overdue_action, self.tr("O&verdue invoices…")),
            (self.drafts_action, self.tr("&Drafts…")),
            (self.statement_action, self.tr("Customer &statement PDF…")),
            (self.print_statement_action, self.tr("&Print customer statement…")),
            (self.settings_action, self.tr("&Invoicing…")),
            (self.products_action, self.tr("&Products and services…")),
        ):
            action.setText(text)

    def refresh_figures(self) -> None:
        if not self.visible:
            return
        record = self.host.current_customer()
        if record is None:
            self.figures.show_customer(None)
        else:
            self.figures.show_customer(record.id, record.data.credit_limit)

    # --- commands ----------------------------------------------------------------------

    def _editor(self, **kwargs: int) -> InvoiceEditor | None:
        services = self.services
        try:
            editor = InvoiceEditor(
                self.invoicing, services.products, services.customers,
                parent=self.host.parent_widget(), today=self.today, **kwargs,
            )  # fmt: skip
        except ValidationError as exc:
            self.prompts.warn(self.tr("Invoice"), error_text(exc))
            return None
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.setWindowModality(Qt.WindowModality.NonModal)
        editor.changed.connect(self._invoice_changed)
        editor.destroyed.connect(lambda _obj=None, e=editor: self._forget(e))
        self.editors.append(editor)
        self.editorOpened.emit(editor)
        editor.show()
        editor.raise_()
        return editor

    def _forget(self, editor: InvoiceEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def new_invoice(self, customer_id: int | None = None) -> InvoiceEditor | None:
        """A new invoice for the customer on the card (Ctrl+Shift+N)."""
        if customer_id is None:
            if not self.host.maybe_save_changes():
                return None
            customer_id = self.host.current_customer_id()
        if customer_id is None:
            self.prompts.warn(
                self.tr("New invoice"),
                self.tr("Choose a customer in the list first (or save the new customer)."),
            )
            return None
        return self._editor(customer_id=customer_id)

    def open_invoice(self, invoice_id: int) -> InvoiceEditor | None:
        for editor in self.editors:
            if editor.record is not None and editor.record.id == invoice_id:
                editor.raise_()
                editor.activateWindow()
                return editor
        return self._editor(invoice_id=invoice_id)

    def show_invoices(self, which: Filter = Filter.ALL) -> InvoicesDialog:
        """The window of all invoices, with filters (Ctrl+Shift+I)."""
        dialog = self.invoices_dialog
        if dialog is None:
            # Built with the state asked for, so the list is read once.
            dialog = InvoicesDialog(
                self.invoicing, self.host.parent_widget(), today=self.today, state=which
            )
            dialog.openRequested.connect(self.open_invoice)
            self.invoices_dialog = dialog
        elif dialog.invoice_list.filter_combo.currentData() != int(which):
            dialog.invoice_list.set_filter(which)
        else:
            dialog.reload()
        dialog.show()
        dialog.raise_()
        return dialog

    def save_statement(self) -> None:
        customer_id = self.host.current_customer_id()
        if customer_id is None:
            return
        record = self.host.current_customer()
        stem = f"tiliote-{record.data.customer_number}" if record is not None else "tiliote"
        self.pdf.save_statement(customer_id, stem)

    def print_statement(self) -> None:
        """The customer's statement in the print preview (Ctrl+P in the main window)."""
        customer_id = self.host.current_customer_id()
        if customer_id is None:
            return
        record = self.host.current_customer()
        stem = f"tiliote-{record.data.customer_number}" if record is not None else "tiliote"
        self.pdf.print_statement(customer_id, stem)

    def edit_settings(self) -> None:
        InvoicingSettingsDialog(
            self.invoicing, self.services.company, self.host.parent_widget()
        ).exec()

    def edit_products(self) -> None:
        ProductsDialog(self.services.products, self.host.parent_widget(), today=self.today).exec()

    def reload_invoices(self) -> None:
        """Invoices changed elsewhere (payments from the bank): figures, lists and the
        open editors of finalised invoices follow."""
        self._show_changes()
        for editor in self.editors:
            editor.show_as_stored()

    def _show_changes(self) -> None:
        self.refresh_figures()
        if self.invoices_dialog is not None and self.invoices_dialog.isVisible():
            self.invoices_dialog.reload()

    def _invoice_changed(self, invoice_id: int) -> None:
        """An invoice changed: figures, its line in the list and the customer's sales
        status follow (the rest of the list is as it was)."""
        self.refresh_figures()
        if self.invoices_dialog is not None and self.invoices_dialog.isVisible():
            self.invoices_dialog.invoice_list.refresh_invoice(invoice_id)
        record = self.host.current_customer()
        if record is not None:
            # Finalising may move the customer from suspect to trial or regular: show it,
            # so that saving the card later does not write the old status back. Only
            # then is the card read again; its figures were just refreshed.
            now = self.services.customers.rows([record.id]).get(record.id)
            if now is not None and now.status != record.data.status:
                self.host.refresh_customer(record.id)
        self.invoiceChanged.emit(invoice_id)


def install(host: WindowHost, services: Services) -> InvoicingActions:
    """Add invoicing's menus, commands and card figures to the window."""
    return InvoicingActions(host, services)
