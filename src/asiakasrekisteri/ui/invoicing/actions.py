"""Wires invoicing into the main window: menus, the card's figures and the editors.

``MainWindow.__init__`` calls :func:`install` when the window has an invoicing service;
nothing else in the window knows about invoicing.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGroupBox, QMenu, QWidget

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.invoicing.common import Prompts, Today
from asiakasrekisteri.ui.invoicing.editor import InvoiceEditor
from asiakasrekisteri.ui.invoicing.figures import InvoicingFigures
from asiakasrekisteri.ui.invoicing.invoice_list import Filter, InvoicesDialog
from asiakasrekisteri.ui.invoicing.pdf_actions import PdfActions
from asiakasrekisteri.ui.invoicing.products_dialog import ProductsDialog
from asiakasrekisteri.ui.invoicing.settings_dialog import InvoicingSettingsDialog

if TYPE_CHECKING:
    from asiakasrekisteri.ui.main_window import MainWindow

__all__ = ["InvoicingActions", "install"]


class InvoicingActions(QObject):
    """The invoicing commands of the main window.

    Attributes:
        window: The main window.
        invoicing: The invoicing service.
        figures: The figures widget inside the card's ``invoicingFigures`` box.
        invoices_menu: The "Invoices" menu.
        new_invoice_action, invoices_action, statement_action, settings_action,
            products_action: The menu commands.
        editors: The invoice editors open now.
        invoices_dialog: The all-invoices window, once opened.
        prompts: Messages (tests replace them).
    """

    def __init__(
        self, window: MainWindow, invoicing: InvoicingService, *, today: Today = date.today
    ) -> None:
        super().__init__(window)
        self.setObjectName("invoicingActions")
        self.window = window
        self.invoicing = invoicing
        self.today = today
        self.prompts = Prompts(window)
        self.pdf = PdfActions(invoicing, window)
        self.pdf.prompts = self.prompts
        self.editors: list[InvoiceEditor] = []
        self.invoices_dialog: InvoicesDialog | None = None

        self.new_invoice_action = self._action(
            self.tr("New &invoice…"), self.new_invoice, "newInvoiceAction",
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_N),
        )  # fmt: skip
        self.invoices_action = self._action(
            self.tr("&Invoices…"), self.show_invoices, "invoicesAction",
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_I),
        )  # fmt: skip
        self.open_invoices_action = self._action(
            self.tr("&Open invoices…"), lambda: self.show_invoices(Filter.OPEN),
            "openInvoicesAction",
        )  # fmt: skip
        self.overdue_action = self._action(
            self.tr("O&verdue invoices…"), lambda: self.show_invoices(Filter.OVERDUE),
            "overdueInvoicesAction",
        )  # fmt: skip
        self.drafts_action = self._action(
            self.tr("&Drafts…"), lambda: self.show_invoices(Filter.DRAFTS), "draftInvoicesAction"
        )
        self.statement_action = self._action(
            self.tr("Customer &statement PDF…"), self.save_statement, "statementAction"
        )
        self.settings_action = self._action(
            self.tr("&Invoicing…"), self.edit_settings, "invoicingSettingsAction"
        )
        self.products_action = self._action(
            self.tr("&Products and services…"), self.edit_products, "productsAction"
        )
        self.products_action.setEnabled(window.services.products is not None)

        # File › New invoice… right under New customer; the rest in a menu of their own.
        window.file_menu.insertAction(window.save_action, self.new_invoice_action)
        self.invoices_menu = QMenu(self.tr("In&voices"), window)
        self.invoices_menu.setObjectName("invoicesMenu")
        for action in (self.new_invoice_action, self.invoices_action):
            self.invoices_menu.addAction(action)
        self.invoices_menu.addSeparator()
        for action in (self.open_invoices_action, self.overdue_action, self.drafts_action):
            self.invoices_menu.addAction(action)
        self.invoices_menu.addSeparator()
        self.invoices_menu.addAction(self.statement_action)
        window.menuBar().insertMenu(window.settings_menu.menuAction(), self.invoices_menu)
        window.settings_menu.addSeparator()
        window.settings_menu.addAction(self.settings_action)
        window.settings_menu.addAction(self.products_action)

        self.figures = InvoicingFigures(invoicing, today=today)
        self._place_figures()
        self.figures.new_invoice_button.clicked.connect(lambda: self.new_invoice())
        self.figures.statement_button.clicked.connect(lambda: self.save_statement())
        self.figures.openInvoiceRequested.connect(self.open_invoice)
        window.card.loaded.connect(lambda _id: self.refresh_figures())
        window.card.saved.connect(lambda _id: self.refresh_figures())
        self.refresh_figures()

    def _action(
        self, text: str, slot: object, name: str, keys: QKeySequence | None = None
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.window.addAction(action)
        return action

    def _place_figures(self) -> None:
        """Replace the contents of the card's "invoicingFigures" box with the figures."""
        box = self.window.card.findChild(QGroupBox, "invoicingFigures")
        if box is None:  # the card changed shape; keep the figures reachable anyway
            box = QGroupBox(self.tr("Invoicing"), self.window.card)
        layout = box.layout()
        # The placeholder labels stay alive (the overview tab still sets their texts) but
        # live in a hidden holder, so they never show.
        holder = QWidget(box)
        holder.setObjectName("invoicingPlaceholderHolder")
        holder.hide()
        if layout is not None:
            while layout.count():
                item = layout.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.setParent(holder)
            layout.addWidget(self.figures)

    # --- the customer ------------------------------------------------------------------

    def current_customer_id(self) -> int | None:
        card_id = self.window.card.current_id()
        if card_id is not None:
            return card_id
        list_id = self.window.list_view.current_customer_id()
        return list_id or None

    def refresh_figures(self) -> None:
        record = self.window.card.record()
        if record is None:
            self.figures.show_customer(None)
        else:
            self.figures.show_customer(record.id, record.data.credit_limit)

    # --- commands ----------------------------------------------------------------------

    def _editor(self, **kwargs: int) -> InvoiceEditor | None:
        services = self.window.services
        try:
            editor = InvoiceEditor(
                self.invoicing, services.products, services.customers,
                parent=self.window, today=self.today, **kwargs,
            )  # fmt: skip
        except ValidationError as exc:
            self.prompts.warn(self.tr("Invoice"), error_text(exc))
            return None
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.setWindowModality(Qt.WindowModality.NonModal)
        editor.changed.connect(self._invoice_changed)
        editor.destroyed.connect(lambda _obj=None, e=editor: self._forget(e))
        self.editors.append(editor)
        editor.show()
        editor.raise_()
        return editor

    def _forget(self, editor: InvoiceEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def new_invoice(self, customer_id: int | None = None) -> InvoiceEditor | None:
        """A new invoice for the customer on the card (Ctrl+Shift+N)."""
        if customer_id is None:
            if not self.window.card.maybe_save_changes():
                return None
            customer_id = self.current_customer_id()
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
        if self.invoices_dialog is None:
            dialog = InvoicesDialog(self.invoicing, self.window, today=self.today)
            dialog.openRequested.connect(self.open_invoice)
            self.invoices_dialog = dialog
        dialog = self.invoices_dialog
        dialog.invoice_list.set_filter(which)
        dialog.reload()
        dialog.show()
        dialog.raise_()
        return dialog

    def save_statement(self) -> None:
        customer_id = self.current_customer_id()
        if customer_id is None:
            return
        record = self.window.card.record()
        stem = f"tiliote-{record.data.customer_number}" if record is not None else "tiliote"
        self.pdf.save_statement(customer_id, stem)

    def edit_settings(self) -> None:
        InvoicingSettingsDialog(self.invoicing, self.window.services.company, self.window).exec()

    def edit_products(self) -> None:
        products = self.window.services.products
        if products is not None:
            ProductsDialog(products, self.window, today=self.today).exec()

    def _invoice_changed(self, _invoice_id: int) -> None:
        """An invoice changed: figures, lists and the customer's sales status follow."""
        self.refresh_figures()
        if self.invoices_dialog is not None and self.invoices_dialog.isVisible():
            self.invoices_dialog.reload()
        card = self.window.card
        customer_id = card.current_id()
        if customer_id is None:
            return
        # Finalising may move the customer from suspect to trial or regular: show it, so
        # that saving the card later does not write the old status back.
        if not card.is_dirty():
            card.load(customer_id)
        if self.window.model.row_of(customer_id) is not None:
            self.window.model.refresh_customer(customer_id)


def install(window: MainWindow) -> None:
    """Add invoicing to the window (called at the end of ``MainWindow.__init__``)."""
    invoicing = window.services.invoicing
    if invoicing is None:
        return
    # Parented to the window, which keeps it alive; find it with
    # ``window.findChild(InvoicingActions, "invoicingActions")``.
    InvoicingActions(window, invoicing)
