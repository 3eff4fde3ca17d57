"""The invoice editor: a draft is edited, saved and finalised here; a finalised invoice
opens read-only with its payments, reminders, credit note and PDF.

Everything the editor shows is computed by the services: live totals and the VAT
breakdown come from :meth:`InvoicingService.preview_totals`, refusals (delivery ban,
inactive customer, incomplete seller) are the service's :class:`RuleViolation` texts.
The parties and dates are an :class:`InvoiceHeader`, the rows an
:class:`InvoiceRowsModel` shown in an :class:`InvoiceRowsView`; the commands on a
finalised invoice are in :class:`InvoiceDocuments`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.errors import FieldErrors, ValidationError
from asiakasrekisteri.domain.invoice import (
    InvoiceDraft,
    InvoiceKind,
    InvoiceRecord,
    InvoiceRowData,
    InvoiceStatus,
)
from asiakasrekisteri.domain.invoice_math import InvoiceTotals
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.services.products import ProductService
from asiakasrekisteri.ui.customer_card.fields import use_field_style
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.invoicing.common import Prompts, Today, show_error
from asiakasrekisteri.ui.invoicing.consumer_parts import ConsumerBox
from asiakasrekisteri.ui.invoicing.draft_conflicts import save_over_stored
from asiakasrekisteri.ui.invoicing.editor_commands import FinalisedInvoiceCommands
from asiakasrekisteri.ui.invoicing.editor_documents import InvoiceDocuments
from asiakasrekisteri.ui.invoicing.editor_parts import (
    buddy,
    draft_of,
    draft_vat_notes,
    plain_text_edit,
    push_button,
    show_service_errors,
    tip_with_shortcut,
)
from asiakasrekisteri.ui.invoicing.finalise_guard import FinaliseGuard
from asiakasrekisteri.ui.invoicing.invoice_header import InvoiceHeader
from asiakasrekisteri.ui.invoicing.invoice_rows_model import Column, InvoiceRowsModel
from asiakasrekisteri.ui.invoicing.pdf_actions import PdfActions
from asiakasrekisteri.ui.invoicing.rows_undo import RowsUndo, add_row_keys
from asiakasrekisteri.ui.invoicing.rows_view import InvoiceRowsView
from asiakasrekisteri.ui.invoicing.totals_panel import InvoiceTotalsPanel
from asiakasrekisteri.ui.widgets.form_rows import error_label
from asiakasrekisteri.ui.widgets.retranslating import Retranslating
from asiakasrekisteri.ui.window_state import fit_to_screen

_PAYABLE = (InvoiceStatus.SENT, InvoiceStatus.PARTLY_PAID)
_CREDITABLE = (InvoiceStatus.SENT, InvoiceStatus.PARTLY_PAID, InvoiceStatus.PAID)


class InvoiceEditor(Retranslating, FinalisedInvoiceCommands, QDialog):
    """Edit a draft or view a finalised invoice or credit note.

    Attributes:
        record: The stored invoice; None for a new one not saved yet.
        customer: The customer the invoice is for.
        header: The parties and dates.
        rows_model: The rows as typed; ``rows_view`` (``rowsTable``) shows and edits them.
        prompts: Questions and messages (tests replace them).
        pdf: Open / save / print commands for the documents.
        documents: State lines, payment, credit note and reminder of a finalised invoice.
        block_label: Why the customer cannot be invoiced (``blockReason``).
        title_label, status_label: ``invoiceTitle`` and ``invoiceStatus``.
        totals: The totals and the VAT breakdown per rate.

    Signals:
        changed(int): The invoice (id) was saved, finalised, paid, credited or deleted.
        printed(int): The finalised invoice (id) went to a printer.
    """

    changed = Signal(int)
    printed = Signal(int)

    def __init__(
        self,
        invoicing: InvoicingService,
        products: ProductService,
        customers: CustomerService,
        *,
        customer_id: int | None = None,
        invoice_id: int | None = None,
        parent: QWidget | None = None,
        today: Today = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceEditor")
        use_field_style(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.invoicing = invoicing
        self.customers = customers
        self._today = today
        self.prompts = Prompts(self)
        self.pdf = PdfActions(invoicing, self)
        self.pdf.prompts = self.prompts
        self.documents = InvoiceDocuments(invoicing, self.pdf, self.prompts, self)
        self.record: InvoiceRecord | None = None
        self._draft_rows: list[int] = []  # model rows on the invoice, in order
        self._input_errors: dict[str, str] = {}
        self._loading = False
        self._dirty = False
        self._blocked = ""

        if invoice_id is not None:
            self.record = invoicing.get(invoice_id)
            customer_id = self.record.customer_id
        if customer_id is None:
            raise ValueError("an invoice editor needs a customer or an invoice")
        self.customer = customers.get(customer_id)
        if self.record is None:
            self._draft = invoicing.new_draft(customer_id, today=today())
        else:
            self._draft = draft_of(self.record)
        self._discount = invoicing.default_discount(customer_id)
        self._seller_vat_registered = invoicing.settings().vat_registered
        offered = products.list()
        self.rows_model = InvoiceRowsModel(offered, self)

        self._build()
        self._load()
        self.retranslateUi()
        fit_to_screen(self, QSize(1040, 760))

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.header = InvoiceHeader(self.customers, self.customer, self)
        self._build_state_labels()
        rows_box = self._build_rows()
        self.totals = InvoiceTotalsPanel(self)
        buttons = self._build_commands()
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.status_label, 1)
        # Everything but the commands scrolls when the screen is small (1366×768 at 150 %);
        # the commands stay in sight.
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(title_row)
        body_layout.addWidget(self.block_label)
        body_layout.addWidget(self.header)
        body_layout.addWidget(rows_box, 1)
        body_layout.addWidget(self.totals)
        body_layout.addWidget(self.payments_label)
        body_layout.addWidget(self.error_label)
        self.body_scroll = QScrollArea()
        self.body_scroll.setObjectName("editorScroll")
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body_scroll, 1)
        layout.addLayout(buttons)
        self._connect()
        self._set_tab_order()

    def _build_state_labels(self) -> None:
        self.title_label = QLabel()
        self.title_label.setObjectName("invoiceTitle")
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.status_label = QLabel()
        self.status_label.setObjectName("invoiceStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.block_label = error_label("blockReason")
        self.guard = FinaliseGuard(self.invoicing, self.block_label)
        self.error_label = error_label("editorError")
        self.payments_label = QLabel()
        self.payments_label.setObjectName("paymentsLabel")
        self.payments_label.setWordWrap(True)

    def _build_rows(self) -> QGroupBox:
        """The rows table between the texts before and after the rows, with its buttons."""
        self.text_before_edit = plain_text_edit("textBeforeEdit")
        self.text_after_edit = plain_text_edit("textAfterEdit")
        self.text_before_label = buddy(self.text_before_edit)
        self.text_after_label = buddy(self.text_after_edit)
        self.rows_view = InvoiceRowsView()
        self.rows_view.setObjectName("rowsTable")
        self.rows_view.setModel(self.rows_model)
        self.rows_view.fit_columns()
        self.add_row_button = QPushButton()
        self.add_row_button.setObjectName("addRowButton")
        self.remove_row_button = QPushButton()
        self.remove_row_button.setObjectName("removeRowButton")
        self.add_row_action = self._action(self.add_row)
        self.add_row_action.setShortcuts(add_row_keys())
        self.rows_view.appendRequested.connect(self.add_row)
        self.remove_row_action = self._action(
            self.remove_current_row, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Delete)
        )
        self.rows_undo = RowsUndo(
            self.rows_view, self.rows_model, self._edited, self.remove_current_row
        )
        rows_buttons = QHBoxLayout()
        rows_buttons.addWidget(self.add_row_button)
        rows_buttons.addWidget(self.remove_row_button)
        rows_buttons.addStretch(1)
        texts = QGridLayout()
        texts.addWidget(self.text_before_label, 0, 0)
        texts.addWidget(self.text_before_edit, 1, 0)
        self.rows_box = QGroupBox()
        rows_layout = QVBoxLayout(self.rows_box)
        rows_layout.addLayout(texts)
        self.consumer = ConsumerBox(self.invoicing, self)
        rows_layout.addWidget(self.consumer)
        rows_layout.addWidget(self.rows_view, 1)
        rows_layout.addLayout(rows_buttons)
        rows_layout.addWidget(self.text_after_label)
        rows_layout.addWidget(self.text_after_edit)
        return self.rows_box

    def _build_commands(self) -> QHBoxLayout:
        """Draft commands, then the commands of a finalised invoice, with their shortcuts."""
        self.delete_button = push_button("deleteDraftButton")
        self.save_button = push_button("saveDraftButton")
        self.finalise_button = push_button("finaliseButton")
        self.payment_button = push_button("paymentButton")
        self.reminder_button = push_button("reminderButton")
        self.credit_button = push_button("creditButton")
        self.refund_button = push_button("invoiceRefundButton")
        self.pdf_button = push_button("pdfButton")
        self.close_button = push_button("closeButton")
        self.save_action = self._action(
            self.save_draft, QKeySequence(QKeySequence.StandardKey.Save)
        )
        self.finalise_action = self._action(
            # Ctrl+Enter adds a row, as in the rows of other programs.
            self.finalise,
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Return),
        )
        self.open_pdf_action = self._action(
            self.open_pdf, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_O)
        )
        self.save_pdf_action = self._action(
            self.save_pdf, QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_S)
        )
        self.print_action = self._action(
            self.print_pdf, QKeySequence(QKeySequence.StandardKey.Print)
        )
        self.preview_action = self._action(self.preview_pdf)
        self.finvoice_action = self._action(self.save_finvoice)
        pdf_menu = QMenu(self)
        pdf_menu.setObjectName("pdfMenu")
        for action in (self.open_pdf_action, self.save_pdf_action, self.preview_action,
                       self.print_action, self.finvoice_action):  # fmt: skip
            pdf_menu.addAction(action)
        self.pdf_button.setMenu(pdf_menu)
        buttons = QHBoxLayout()
        for button in (self.delete_button, self.payment_button, self.reminder_button,
                       self.credit_button, self.refund_button, self.pdf_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.save_button, self.finalise_button, self.close_button):
            buttons.addWidget(button)
        self._commands = buttons
        return buttons

    def add_command(self, button: QPushButton) -> None:
        """Put another feature's command (Send…) right after the PDF menu."""
        self._commands.insertWidget(self._commands.indexOf(self.pdf_button) + 1, button)
        QWidget.setTabOrder(self.pdf_button, button)

    def _connect(self) -> None:
        self.delete_button.clicked.connect(self.delete_draft)
        self.save_button.clicked.connect(self.save_draft)
        self.finalise_button.clicked.connect(self.finalise)
        self.payment_button.clicked.connect(self.record_payment)
        self.reminder_button.clicked.connect(self.make_reminder)
        self.credit_button.clicked.connect(self.credit)
        self.refund_button.clicked.connect(self.record_refund)
        self.close_button.clicked.connect(self.reject)
        self.add_row_button.clicked.connect(self.add_row)
        self.remove_row_button.clicked.connect(self.remove_current_row)
        self.header.edited.connect(self._update_block)  # an office with another address
        self.header.edited.connect(self._edited)
        self.header.billingChanged.connect(self._billing_changed)
        self.header.deliveryDateChanged.connect(self._delivery_date_changed)
        for text_edit in (self.text_before_edit, self.text_after_edit):
            text_edit.textChanged.connect(self._edited)
        self.rows_model.edited.connect(self._edited)
        self.consumer.changed.connect(lambda _gross: self._edited())

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            *self.header.tab_chain(), self.text_before_edit, self.rows_view,
            self.add_row_button, self.remove_row_button, self.text_after_edit,
            self.delete_button, self.payment_button, self.reminder_button, self.credit_button,
            self.refund_button, self.pdf_button, self.save_button, self.finalise_button,
            self.close_button,
        ]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _action(self, slot: Callable[[], object], keys: QKeySequence | None = None) -> QAction:
        action = QAction(self)
        if keys is not None:
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # --- texts -------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.block_label.setAccessibleName(self.tr("Why the customer cannot be invoiced"))
        self._retranslate_rows()
        self._retranslate_commands()
        # Texts made from the invoice's state, and the messages, in the new language too.
        self._update_titles()
        self._update_block()
        self._recompute()

    def _retranslate_rows(self) -> None:
        self.text_before_edit.setAccessibleName(self.tr("Text before rows"))
        self.text_after_edit.setAccessibleName(self.tr("Text after rows"))
        self.text_before_label.setText(self.tr("Te&xt before rows"))
        self.text_after_label.setText(self.tr("Text after ro&ws"))
        self.rows_box.setTitle(self.tr("Rows"))
        self.rows_view.setAccessibleName(self.tr("Invoice rows"))
        self.rows_model.retranslate()
        self.add_row_button.setText(self.tr("&Add row"))
        self.remove_row_button.setText(self.tr("&Remove row"))
        self.add_row_action.setText(self.tr("Add row"))
        self.remove_row_action.setText(self.tr("Remove row"))
        tip_with_shortcut(self.add_row_button, self.tr("Add a row"), self.add_row_action)
        tip_with_shortcut(self.remove_row_button, self.tr("Remove the row being edited"),
                           self.remove_row_action)  # fmt: skip

    def _retranslate_commands(self) -> None:
        for button, text in (
            (self.delete_button, self.tr("&Delete draft…")),
            (self.save_button, self.tr("&Save draft")),
            (self.finalise_button, self.tr("&Finalise…")),
            (self.payment_button, self.tr("Record &payment…")),
            (self.reminder_button, self.tr("Re&minder…")),
            (self.credit_button, self.tr("&Credit note…")),
            (self.refund_button, self.tr("Re&fund…")),
            (self.pdf_button, self.tr("P&DF")),
            (self.close_button, self.tr("Close")),
        ):
            button.setText(text)
        for action, text in (
            (self.save_action, self.tr("Save draft")),
            (self.finalise_action, self.tr("Finalise")),
            (self.open_pdf_action, self.tr("&Open PDF")),
            (self.save_pdf_action, self.tr("&Save PDF as…")),
            (self.preview_action, self.tr("Print pre&view…")),
            (self.print_action, self.tr("&Print…")),
            (self.finvoice_action, self.tr("Save &Finvoice XML…")),
        ):
            action.setText(text)
        tip_with_shortcut(self.save_button, self.tr("Save the draft"), self.save_action)
        tip_with_shortcut(self.finalise_button, self.tr("Give the invoice its number and lock it"),
                           self.finalise_action)  # fmt: skip

    def _update_titles(self) -> None:
        record = self.record
        if record is None:
            title = self.tr("New invoice")
        elif record.is_draft:
            title = self.tr("Draft invoice")
        elif record.kind is InvoiceKind.CREDIT_NOTE:
            title = self.tr("Credit note {number}").format(number=record.number)
        else:
            title = self.tr("Invoice {number}").format(number=record.number)
        self.title_label.setText(title)
        self.setWindowTitle(f"{title} – {self.customer.data.name}")
        status = payments = ""
        if record is not None and not record.is_draft:
            status = self.documents.status_line(record, self._today())
            payments = self.documents.history(record)
        elif record is not None:
            status = self.tr("Not finalised: no number yet")
        self.status_label.setText(status)
        self.payments_label.setText(payments)
        self.payments_label.setVisible(bool(payments))

    # --- filling -----------------------------------------------------------------------

    def _load(self) -> None:
        """Fill every field from ``self._draft`` and ``self.record``."""
        draft = self._draft
        # Closed before the reset: Qt's reset would leave the editor its column's delegate.
        self.rows_view.finish_editing()
        self._loading = True
        try:
            registered = self._seller_vat_registered
            if self.record is not None and not self.record.is_draft:
                registered = self.record.seller.vat_registered
            self.header.set_seller_vat_registered(registered)
            self.header.load(draft, self._today())
            self.text_before_edit.setPlainText(draft.text_before_rows)
            self.text_after_edit.setPlainText(draft.text_after_rows)
            self.rows_model.set_rows(draft.rows, self.header.rates())
            self.consumer.load(draft.prices_include_vat, self._editable())
            if not draft.rows and self._editable():
                self.rows_model.append_row(self._discount)
        finally:
            self._loading = False
        self._dirty = False
        self.rows_undo.reset()
        self._update_block()
        self._apply_mode()
        self._recompute()

    def _editable(self) -> bool:
        return self.record is None or self.record.is_draft

    def _apply_mode(self) -> None:
        record = self.record
        editable = self._editable()
        self.header.set_editable(editable)
        for text_edit in (self.text_before_edit, self.text_after_edit):
            text_edit.setReadOnly(not editable)
        self.rows_model.set_editable(editable)
        for button in (self.add_row_button, self.remove_row_button, self.save_button,
                       self.finalise_button):  # fmt: skip
            button.setVisible(editable)
        for action in (self.add_row_action, self.remove_row_action, self.save_action,
                       self.finalise_action):  # fmt: skip
            action.setEnabled(editable)
        self.delete_button.setVisible(record is not None and record.is_draft)
        final = record is not None and not record.is_draft
        invoice = final and record is not None and record.kind is InvoiceKind.INVOICE
        for button in (self.payment_button, self.reminder_button, self.credit_button):
            button.setVisible(invoice)
        self.refund_button.setVisible(invoice and record is not None and record.refund_due > 0)
        self.pdf_button.setVisible(record is not None)
        self.finvoice_action.setEnabled(final)
        if record is not None and invoice:
            self.payment_button.setEnabled(record.status in _PAYABLE)
            self.credit_button.setEnabled(record.status in _CREDITABLE)
            self.reminder_button.setEnabled(record.is_overdue(self._today()))
        self._update_titles()
        self._update_buttons()

    # --- rows --------------------------------------------------------------------------

    def add_row(self) -> int:
        """Append an empty row (the customer's discount by default), ready for typing.

        Returns:
            The new row's number.
        """
        number = self.rows_model.append_row(self._discount)
        if not self._loading:
            self.rows_view.edit_cell(number, Column.DESCRIPTION)
            self._edited()
        return number

    def _focused_row(self) -> int | None:
        """The row being typed in; else the last row (as when a button was clicked)."""
        focus = QApplication.focusWidget()
        current = self.rows_view.currentIndex()
        in_rows = focus is not None and (
            focus is self.rows_view or self.rows_view.isAncestorOf(focus)
        )
        if in_rows and current.isValid():
            return current.row()
        count = self.rows_model.rowCount()
        return count - 1 if count else None

    def remove_current_row(self) -> None:
        number = self._focused_row()
        if number is None or not self._editable():
            return
        current = self.rows_view.currentIndex()
        keep_typing = current.isValid() and current.row() == number
        column = Column(current.column()) if keep_typing else Column.DESCRIPTION
        self.rows_view.finish_editing()
        self.rows_model.remove_row(number)
        remaining = self.rows_model.rowCount()
        if keep_typing and remaining:
            # The focus stays in the rows, on the row that took the removed one's place.
            self.rows_view.edit_cell(min(number, remaining - 1), column)
        self._edited()

    # --- editing -----------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._recompute()

    def _delivery_date_changed(self) -> None:
        self.rows_model.set_rates(self.header.rates())
        self._edited()

    def _billing_changed(self) -> None:
        if self._loading:
            return
        self._update_block()
        self._edited()

    def _update_block(self) -> None:
        """Show why the customer (or the billing customer) cannot be invoiced, and what
        else finalising would refuse."""
        reasons = self.header.refusals()
        self._blocked = "\n".join(reasons)
        editable = self._editable()
        self.guard.update(self.draft()[0] if editable else None, reasons)

    def draft(self) -> tuple[InvoiceDraft, dict[str, str]]:
        """The invoice as typed, and messages for the values that cannot be read.

        Error keys follow the service's: ``rows[i].<field>`` with ``i`` counting the rows
        that are not blank, ``billing_customer``. Each row's errors are shown on its cells.
        """
        errors: dict[str, str] = {}
        rows: list[InvoiceRowData] = []
        self._draft_rows = []
        model = self.rows_model
        for number in range(model.rowCount()):
            if model.row(number).is_blank():
                model.set_errors(number, {})
                continue
            data, row_errors = model.read_row(number)
            model.set_errors(number, row_errors)
            index = len(self._draft_rows)
            self._draft_rows.append(number)
            errors.update({f"rows[{index}].{k}": v for k, v in row_errors.items()})
            if data is not None:
                rows.append(data)
        billing_error = self.header.billing_id()[1]
        if billing_error:
            errors["billing_customer"] = billing_error
        draft = InvoiceDraft(
            customer_id=self.customer.id,
            rows=tuple(rows),
            text_before_rows=self.text_before_edit.toPlainText(),
            text_after_rows=self.text_after_edit.toPlainText(),
            language=self._draft.language,
            vat_treatment=self._draft.vat_treatment,
            prices_include_vat=self.consumer.prices_include_vat(),
        )
        return self.header.apply_to(draft), errors

    def _recompute(self) -> None:
        """Live totals and VAT breakdown from the service (nothing is saved)."""
        draft, errors = self.draft()
        totals: InvoiceTotals | None = None
        if self.record is not None and not self.record.is_draft:
            totals = self.record.totals
        else:
            try:
                totals = self.invoicing.preview_totals(draft)
            except (ValidationError, TypeError):
                totals = None
        shown = self._draft_rows if self._editable() else range(self.rows_model.rowCount())
        row_totals = {}
        gross = self.consumer.prices_include_vat()
        self.rows_model.set_prices_include_vat(gross)
        if totals is not None and not errors:
            row_totals = {row: line.gross if gross else line.net
                          for row, line in zip(shown, totals.lines, strict=False)}  # fmt: skip
        self.rows_model.set_totals(row_totals)
        if self.record is not None and not self.record.is_draft:
            self.consumer.show_record(self.record)
        else:
            self.consumer.show_rows(
                draft.rows, draft.vat_treatment or self.customer.data.vat_treatment
            )
        self.totals.show_totals(totals)
        self._show_vat_note(draft)
        show_error(self.error_label, "\n".join(dict.fromkeys(errors.values())))
        self._input_errors = errors
        self._update_buttons()

    def _show_vat_note(self, draft: InvoiceDraft) -> None:
        """The legal VAT wordings the invoice will print, in its language."""
        record = self.record
        if record is not None and not record.is_draft:
            notes = record.vat_notes
        else:
            treatment = draft.vat_treatment or self.customer.data.vat_treatment
            notes = draft_vat_notes(draft, treatment, self._seller_vat_registered)
        self.totals.show_vat_note("\n".join(notes) or None)

    def _update_buttons(self) -> None:
        if not self._editable():
            return
        model = self.rows_model
        has_rows = any(not model.row(n).is_blank() for n in range(model.rowCount()))
        allowed = not self._blocked and not self._input_errors
        self.save_button.setEnabled(allowed and has_rows)
        self.finalise_button.setEnabled(allowed and has_rows and not self.guard.blocked)
        self.save_action.setEnabled(self.save_button.isEnabled())
        self.finalise_action.setEnabled(self.finalise_button.isEnabled())
        self.remove_row_button.setEnabled(model.rowCount() > 0)

    def is_dirty(self) -> bool:
        return self._dirty

    # --- commands ----------------------------------------------------------------------

    def _show_service_errors(self, exc: ValidationError | FieldErrors) -> None:
        show_service_errors(exc, self.rows_model, self._draft_rows, self.error_label)

    def _after_change(self, record: InvoiceRecord) -> None:
        self.record = record
        self._draft = draft_of(record)
        if not record.is_draft:
            # Show the invoice as stored: texts cleaned, the snapshot of the parties.
            self._load()
        else:
            self._dirty = False
            self._apply_mode()
            self._recompute()
        self.changed.emit(record.id)

    def reload(self) -> None:
        """Show the invoice as stored now, after another feature changed it (sent it)."""
        if self.record is not None:
            self._after_change(self.invoicing.get(self.record.id))

    def save_draft(self) -> bool:
        """Save the draft (no number yet)."""
        if not self._editable() or self._blocked:
            return False
        draft, errors = self.draft()
        if errors:
            return False
        record: InvoiceRecord | None
        try:
            if self.record is None:
                record = self.invoicing.create_draft(draft, today=self._today())
            else:
                record = self._update(draft)
        except (ValidationError, FieldErrors) as exc:
            self._show_service_errors(exc)
            return False
        if record is None:
            return False
        self._after_change(record)
        return True

    def _update(self, draft: InvoiceDraft) -> InvoiceRecord | None:
        """Save over the stored draft; someone else's save since is asked about first."""
        assert self.record is not None
        saved, theirs = save_over_stored(self, self.invoicing, self.record, draft, self._today())
        if theirs is not None:
            self.record, self._draft = theirs, draft_of(theirs)
            self._load()
        return saved

    def finalise(self) -> bool:
        """Give the invoice its number and lock it, after the user confirmed."""
        if not self._editable() or self._blocked:
            return False
        draft, errors = self.draft()
        if errors:
            return False
        # Every refusal of finalising shows in the editor before the question, not after.
        problem = self.invoicing.finalise_refusal(draft, today=self._today())
        if problem is not None:
            self._show_service_errors(problem)
            return False
        number = self.invoicing.settings().next_invoice_number
        if not self.prompts.confirm(
            self.tr("Finalise invoice"),
            self.tr(
                "The invoice gets number {number} and can no longer be changed. Corrections "
                "are made with a credit note.\n\nFinalise the invoice?"
            ).format(number=number),
            self.tr("Finalise"),
        ):
            return False
        try:
            if self.record is None:
                record = self.invoicing.create_invoice(draft, today=self._today())
            else:
                if self._update(draft) is None:
                    return False
                record = self.invoicing.finalise(self.record.id, today=self._today())
        except (ValidationError, FieldErrors) as exc:
            self._show_service_errors(exc)
            if not isinstance(exc, FieldErrors):
                self.prompts.warn(self.tr("Cannot finalise the invoice"), error_text(exc))
            return False
        self._after_change(record)
        return True

    def delete_draft(self) -> bool:
        record = self.record
        if record is None or not record.is_draft:
            return False
        if not self.prompts.confirm(
            self.tr("Delete draft"), self.tr("Delete this draft invoice?"), self.tr("Delete")
        ):
            return False
        try:
            self.invoicing.delete_draft(record.id)
        except ValidationError as exc:
            self.prompts.warn(self.tr("Delete draft"), error_text(exc))
            return False
        self._dirty = False
        self.changed.emit(record.id)
        self.accept()
        return True

    # --- a finalised invoice's documents ---------------------------------------------------

    def show_as_stored(self) -> None:
        """Read a finalised invoice again after it changed elsewhere (a payment from the
        bank's file); a draft being edited is left alone."""
        record = self._finalised()
        if record is None:
            return
        try:
            self.record = self.invoicing.get(record.id)
        except ValidationError:
            return  # gone meanwhile: the editor keeps what it showed
        self._draft = draft_of(self.record)
        self._load()

    def credit(self) -> bool:
        """Credit the invoice in full with a credit note that refers to it."""
        record = self._finalised()
        if record is None:
            return False
        note = self.documents.credit(record, self._today, self._run_dialog)
        if note is None:
            return False
        credited = self.invoicing.get(record.id)
        self._after_change(credited)
        self.documents.tell_credited(note, credited)
        self.changed.emit(note.id)
        return True

    def _printed(self) -> None:
        if self.record is not None and not self.record.is_draft:
            self.printed.emit(self.record.id)

    # --- closing -----------------------------------------------------------------------

    def _may_close(self) -> bool:
        if not (self._dirty and self._editable()):
            return True
        return self.prompts.confirm(
            self.tr("Unsaved changes"),
            self.tr("Close the invoice without saving? The changes are lost."),
            self.tr("Discard changes"),
        )

    def reject(self) -> None:
        if self._may_close():
            self._dirty = False
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close():
            event.ignore()
            return
        self._dirty = False
        super().closeEvent(event)
