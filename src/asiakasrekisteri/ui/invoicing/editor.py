"""The invoice editor (issue 4, item 4): a draft is edited, saved and finalised here; a
finalised invoice opens read-only with its payments, reminders, credit note and PDF.

Everything the editor shows is computed by the services: live totals and the VAT
breakdown come from :meth:`InvoicingService.preview_totals`, refusals (delivery ban,
inactive customer, incomplete seller) are the service's :class:`RuleViolation` texts.
"""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain import vat
from asiakasrekisteri.domain.enums import InvoiceLanguage, VatTreatment
from asiakasrekisteri.domain.errors import FieldErrors, ValidationError
from asiakasrekisteri.domain.invoice import (
    InvoiceDraft,
    InvoiceKind,
    InvoiceRecord,
    InvoiceRowData,
    InvoiceStatus,
    ProductData,
)
from asiakasrekisteri.domain.invoice_math import InvoiceTotals
from asiakasrekisteri.domain.money import ZERO, parse_money, parse_percent
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.services.products import ProductService
from asiakasrekisteri.ui.customer_card.fields import FIELD_STYLE
from asiakasrekisteri.ui.formatting import format_date, format_money, format_percent
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.invoicing.common import (
    Prompts,
    Today,
    from_qdate,
    money_input_text,
    number_input_text,
    show_error,
    status_text,
    to_qdate,
)
from asiakasrekisteri.ui.invoicing.payment_dialog import PaymentDialog
from asiakasrekisteri.ui.invoicing.pdf_actions import PdfActions
from asiakasrekisteri.ui.widgets.form_rows import error_label

# Rows table columns.
PRODUCT, DESCRIPTION, QUANTITY, UNIT, PRICE, DISCOUNT, VAT, TOTAL = range(8)
_PAYABLE = (InvoiceStatus.SENT, InvoiceStatus.PARTLY_PAID)
_CREDITABLE = (InvoiceStatus.SENT, InvoiceStatus.PARTLY_PAID, InvoiceStatus.PAID)


def _closest_rate(rate: Decimal, rates: tuple[Decimal, ...]) -> Decimal:
    """The valid rate nearest a product's rate (14 → 13,5 from 2026; 24 → 25,5)."""
    return min(rates, key=lambda r: (abs(r - rate), -r))


def _set_invalid(widget: QWidget, text: str) -> None:
    widget.setProperty("invalid", bool(text))
    widget.setToolTip(text)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class RowEditors:
    """The editors of one invoice row: cells of the rows table.

    Attributes:
        product: Product picker; picking fills description, unit, price and VAT.
        description, quantity, unit, price, discount: Line edits (numbers typed with a
            decimal comma).
        vat: VAT rate picker with the rates valid on the delivery date.
        total: The row's amount excluding VAT.
        product_code: Code of the product picked (printed on the invoice).
    """

    def __init__(
        self,
        products: list[ProductData],
        rates: tuple[Decimal, ...],
        discount: Decimal,
        on_edit: Any,
    ) -> None:
        self.product_code = ""
        self._products = products
        self.product = QComboBox()
        self.product.setAccessibleName(QCoreApplication.translate("Invoicing", "Product"))
        self.product.addItem("", None)
        for product in products:
            self.product.addItem(f"{product.code} – {product.name}", product.code)
        self.description = QLineEdit()
        self.description.setAccessibleName(QCoreApplication.translate("Invoicing", "Description"))
        self.quantity = QLineEdit("1")
        self.quantity.setAccessibleName(QCoreApplication.translate("Invoicing", "Quantity"))
        self.unit = QLineEdit()
        self.unit.setAccessibleName(QCoreApplication.translate("Invoicing", "Unit"))
        self.price = QLineEdit()
        self.price.setAccessibleName(QCoreApplication.translate("Invoicing", "Unit price"))
        self.discount = QLineEdit(number_input_text(discount))
        self.discount.setAccessibleName(QCoreApplication.translate("Invoicing", "Discount %"))
        self.vat = QComboBox()
        self.vat.setAccessibleName(QCoreApplication.translate("Invoicing", "VAT %"))
        self.total = QLabel()
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.total.setAccessibleName(QCoreApplication.translate("Invoicing", "Row total"))
        for edit in (self.quantity, self.price, self.discount):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.set_rates(rates)
        self.product.currentIndexChanged.connect(lambda _i: self._pick_product())
        for edit in (self.description, self.quantity, self.unit, self.price, self.discount):
            edit.textChanged.connect(lambda _t: on_edit())
        self.vat.currentIndexChanged.connect(lambda _i: on_edit())

    def widgets(self) -> list[QWidget]:
        """The cell widgets in column order."""
        return [self.product, self.description, self.quantity, self.unit, self.price,
                self.discount, self.vat, self.total]  # fmt: skip

    def editors(self) -> list[QWidget]:
        return self.widgets()[:-1]

    def set_rates(self, rates: tuple[Decimal, ...]) -> None:
        """Offer the rates valid on the delivery date; keep the chosen one or the nearest."""
        current = self.rate()
        self.vat.blockSignals(True)
        self.vat.clear()
        for rate in rates:
            self.vat.addItem(format_percent(rate), str(rate))
        self.vat.blockSignals(False)
        if rates:
            self.set_rate(current if current is not None else rates[0])

    def set_rate(self, rate: Decimal) -> None:
        rates = tuple(Decimal(str(self.vat.itemData(i))) for i in range(self.vat.count()))
        if not rates:
            return
        chosen = rate if rate in rates else _closest_rate(rate, rates)
        self.vat.setCurrentIndex(rates.index(chosen))

    def rate(self) -> Decimal | None:
        data = self.vat.currentData()
        return Decimal(str(data)) if data is not None else None

    def _pick_product(self) -> None:
        code = self.product.currentData()
        product = next((p for p in self._products if p.code == code), None)
        if product is None:
            return
        self.product_code = product.code
        self.description.setText(product.name)
        self.unit.setText(product.unit)
        self.price.setText(money_input_text(product.unit_price))
        self.set_rate(product.vat_percent)

    def is_blank(self) -> bool:
        return not (self.description.text().strip() or self.price.text().strip())

    def fill(self, row: InvoiceRowData) -> None:
        self.product_code = row.product_code
        index = self.product.findData(row.product_code) if row.product_code else 0
        self.product.blockSignals(True)
        self.product.setCurrentIndex(max(index, 0))
        self.product.blockSignals(False)
        self.description.setText(row.description)
        self.quantity.setText(number_input_text(row.quantity))
        self.unit.setText(row.unit)
        self.price.setText(money_input_text(row.unit_price))
        self.discount.setText(number_input_text(row.discount_percent))
        self.set_rate(row.vat_percent)

    def read(self) -> tuple[InvoiceRowData | None, dict[str, str]]:
        """The row as typed; field name → message for what cannot be read."""
        errors: dict[str, str] = {}
        values: dict[str, Decimal] = {}
        for name, edit in (("quantity", self.quantity), ("unit_price", self.price)):
            try:
                values[name] = parse_money(edit.text())
            except ValidationError as exc:
                errors[name] = error_text(exc)
        try:
            text = self.discount.text().strip()
            values["discount_percent"] = parse_percent(text) if text else ZERO
        except ValidationError as exc:
            errors["discount_percent"] = error_text(exc)
        rate = self.rate()
        if rate is None:
            errors["vat_percent"] = QApplication.translate(
                "Invoicing", "No VAT rates are known for the delivery date."
            )
        if errors or rate is None:
            return None, errors
        return (
            InvoiceRowData(
                description=self.description.text(),
                quantity=values["quantity"],
                unit_price=values["unit_price"],
                vat_percent=rate,
                unit=self.unit.text(),
                discount_percent=values["discount_percent"],
                product_code=self.product_code,
            ),
            errors,
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, widget in (
            ("description", self.description), ("quantity", self.quantity),
            ("unit", self.unit), ("unit_price", self.price),
            ("discount_percent", self.discount), ("vat_percent", self.vat),
        ):  # fmt: skip
            _set_invalid(widget, errors.get(name, ""))

    def set_editable(self, editable: bool) -> None:
        for edit in (self.description, self.quantity, self.unit, self.price, self.discount):
            edit.setReadOnly(not editable)
        self.product.setEnabled(editable)
        self.vat.setEnabled(editable)


class InvoiceEditor(QDialog):
    """Edit a draft or view a finalised invoice or credit note.

    Attributes:
        record: The stored invoice; None for a new one not saved yet.
        customer: The customer the invoice is for.
        rows: The row editors, in table order.
        prompts: Questions and messages (tests replace them).
        pdf: Open / save / print commands for the documents.
        block_label: Why the customer cannot be invoiced (``blockReason``).
        title_label, status_label: ``invoiceTitle`` and ``invoiceStatus``.
        total_label, net_label, vat_label: The totals; ``breakdown_table`` the VAT
            breakdown per rate.

    Signals:
        changed(int): The invoice (id) was saved, finalised, paid, credited or deleted.
    """

    changed = Signal(int)

    def __init__(
        self,
        invoicing: InvoicingService,
        products: ProductService | None,
        customers: CustomerService,
        *,
        customer_id: int | None = None,
        invoice_id: int | None = None,
        parent: QWidget | None = None,
        today: Today = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceEditor")
        self.setStyleSheet(FIELD_STYLE)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1040, 760)
        self.invoicing = invoicing
        self.customers = customers
        self._today = today
        self.prompts = Prompts(self)
        self.pdf = PdfActions(invoicing, self)
        self.pdf.prompts = self.prompts
        self.record: InvoiceRecord | None = None
        self.rows: list[RowEditors] = []
        self._draft_rows: list[RowEditors] = []
        self._loading = False
        self._dirty = False
        self._blocked = ""
        self._totals: InvoiceTotals | None = None
        self._products = products.list() if products is not None else []

        if invoice_id is not None:
            self.record = invoicing.get(invoice_id)
            customer_id = self.record.customer_id
        if customer_id is None:
            raise ValueError("an invoice editor needs a customer or an invoice")
        self.customer = customers.get(customer_id)
        if self.record is None:
            self._draft = invoicing.new_draft(customer_id, today=today())
        else:
            self._draft = self._draft_of(self.record)
        self._discount = invoicing.default_discount(customer_id)

        self._build()
        self._load()

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
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
        self.block_label.setAccessibleName(self.tr("Why the customer cannot be invoiced"))
        self.error_label = error_label("editorError")

        self.customer_label = QLabel()
        self.customer_label.setObjectName("customerLabel")
        self.customer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.billing_edit = QLineEdit()
        self.billing_edit.setObjectName("billingCustomerEdit")
        self.billing_edit.setPlaceholderText(self.tr("Customer number; empty = the customer"))
        self.billing_edit.setAccessibleName(self.tr("Alternative billing customer"))
        self.billing_edit.setMinimumWidth(160)
        self.billing_name = QLabel()
        self.billing_name.setObjectName("billingCustomerName")
        self.office_combo = QComboBox()
        self.office_combo.setObjectName("officeCombo")
        self.office_combo.setAccessibleName(self.tr("Office"))
        self.contact_combo = QComboBox()
        self.contact_combo.setObjectName("contactCombo")
        self.contact_combo.setAccessibleName(self.tr("Contact person"))
        self.your_reference_edit = QLineEdit()
        self.your_reference_edit.setObjectName("yourReferenceEdit")
        self.your_reference_edit.setAccessibleName(self.tr("Your reference"))
        self.our_reference_edit = QLineEdit()
        self.our_reference_edit.setObjectName("ourReferenceEdit")
        self.our_reference_edit.setAccessibleName(self.tr("Our reference"))
        self.goods_check = QCheckBox(self.tr("Sale of &goods (EU: intra-Community supply)"))
        self.goods_check.setObjectName("goodsCheck")

        self.invoice_date_edit = self._date_edit("invoiceDateEdit", self.tr("Invoice date"))
        self.delivery_date_edit = self._date_edit("deliveryDateEdit", self.tr("Delivery date"))
        self.due_date_edit = self._date_edit("dueDateEdit", self.tr("Due date"))
        self.term_spin = QSpinBox()
        self.term_spin.setObjectName("paymentTermSpin")
        self.term_spin.setRange(0, 365)
        self.term_spin.setSuffix(self.tr(" days"))
        self.term_spin.setAccessibleName(self.tr("Payment term"))

        left = QFormLayout()
        left.addRow(self.tr("Customer"), self.customer_label)
        billing_row = QHBoxLayout()
        billing_row.addWidget(self.billing_edit)
        billing_row.addWidget(self.billing_name, 1)
        left.addRow(self._buddy(self.tr("&Billing customer"), self.billing_edit), billing_row)
        left.addRow(self._buddy(self.tr("O&ffice"), self.office_combo), self.office_combo)
        left.addRow(self._buddy(self.tr("Con&tact"), self.contact_combo), self.contact_combo)
        left.addRow(self._buddy(self.tr("&Your reference"), self.your_reference_edit),
                    self.your_reference_edit)  # fmt: skip
        left.addRow(self._buddy(self.tr("O&ur reference"), self.our_reference_edit),
                    self.our_reference_edit)  # fmt: skip
        left.addRow("", self.goods_check)
        right = QFormLayout()
        right.addRow(self._buddy(self.tr("&Invoice date"), self.invoice_date_edit),
                     self.invoice_date_edit)  # fmt: skip
        right.addRow(self._buddy(self.tr("De&livery date"), self.delivery_date_edit),
                     self.delivery_date_edit)  # fmt: skip
        right.addRow(self._buddy(self.tr("Payment &term"), self.term_spin), self.term_spin)
        right.addRow(self._buddy(self.tr("D&ue date"), self.due_date_edit), self.due_date_edit)
        top = QHBoxLayout()
        top.addLayout(left, 3)
        top.addSpacing(16)
        top.addLayout(right, 2)

        self.text_before_edit = self._text_edit("textBeforeEdit", self.tr("Text before rows"))
        self.text_after_edit = self._text_edit("textAfterEdit", self.tr("Text after rows"))

        self.rows_table = QTableWidget(0, 8)
        self.rows_table.setObjectName("rowsTable")
        self.rows_table.setAccessibleName(self.tr("Invoice rows"))
        self.rows_table.setHorizontalHeaderLabels(
            [
                self.tr("Product"),
                self.tr("Description"),
                self.tr("Qty"),
                self.tr("Unit"),
                self.tr("Unit price"),
                self.tr("Disc. %"),
                self.tr("VAT %"),
                self.tr("Total"),
            ]
        )
        self.rows_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.rows_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_table.setTabKeyNavigation(False)
        self.rows_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rows_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.rows_table.verticalHeader().setDefaultSectionSize(QLineEdit().sizeHint().height() + 6)
        header = self.rows_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((PRODUCT, 150), (QUANTITY, 60), (UNIT, 55), (PRICE, 90),
                              (DISCOUNT, 60), (VAT, 80), (TOTAL, 95)):  # fmt: skip
            self.rows_table.setColumnWidth(column, width)
        self.rows_table.setMinimumHeight(180)

        self.add_row_button = QPushButton(self.tr("&Add row"))
        self.add_row_button.setObjectName("addRowButton")
        self.remove_row_button = QPushButton(self.tr("&Remove row"))
        self.remove_row_button.setObjectName("removeRowButton")
        add_keys = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Insert)
        remove_keys = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Delete)
        self.add_row_action = self._action(self.tr("Add row"), self.add_row, add_keys)
        self.remove_row_action = self._action(self.tr("Remove row"), self.remove_current_row,
                                              remove_keys)  # fmt: skip
        self._with_shortcut(self.add_row_button, self.tr("Add a row"), add_keys)
        self._with_shortcut(self.remove_row_button, self.tr("Remove the row being edited"),
                            remove_keys)  # fmt: skip

        self.breakdown_table = QTableWidget(0, 4)
        self.breakdown_table.setObjectName("vatBreakdown")
        self.breakdown_table.setAccessibleName(self.tr("VAT breakdown"))
        self.breakdown_table.setHorizontalHeaderLabels(
            [self.tr("VAT %"), self.tr("Excl. VAT"), self.tr("VAT"), self.tr("Total")]
        )
        self.breakdown_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.breakdown_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.breakdown_table.verticalHeader().hide()
        self.breakdown_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.breakdown_table.setMaximumHeight(100)
        self.vat_note_label = QLabel()
        self.vat_note_label.setObjectName("vatNote")
        self.vat_note_label.setWordWrap(True)
        self.net_label = self._amount_label("totalNetLabel")
        self.vat_label = self._amount_label("totalVatLabel")
        self.total_label = self._amount_label("totalLabel")
        bold = QFont(self.total_label.font())
        bold.setBold(True)
        self.total_label.setFont(bold)
        totals_form = QFormLayout()
        totals_form.addRow(self.tr("Total excl. VAT"), self.net_label)
        totals_form.addRow(self.tr("VAT"), self.vat_label)
        totals_form.addRow(self.tr("Total to pay"), self.total_label)
        totals = QHBoxLayout()
        breakdown_box = QVBoxLayout()
        breakdown_box.addWidget(self.breakdown_table)
        breakdown_box.addWidget(self.vat_note_label)
        totals.addLayout(breakdown_box, 3)
        totals.addSpacing(24)
        totals.addLayout(totals_form, 2)

        self.payments_label = QLabel()
        self.payments_label.setObjectName("paymentsLabel")
        self.payments_label.setWordWrap(True)

        # Buttons: draft commands, then the commands of a finalised invoice.
        self.delete_button = self._button(self.tr("&Delete draft…"), "deleteDraftButton")
        self.save_button = self._button(self.tr("&Save draft"), "saveDraftButton")
        self.finalise_button = self._button(self.tr("&Finalise…"), "finaliseButton")
        self.payment_button = self._button(self.tr("Record &payment…"), "paymentButton")
        self.reminder_button = self._button(self.tr("Re&minder…"), "reminderButton")
        self.credit_button = self._button(self.tr("&Credit note…"), "creditButton")
        self.pdf_button = self._button(self.tr("P&DF"), "pdfButton")
        self.close_button = self._button(self.tr("Close"), "closeButton")
        save_keys = QKeySequence(QKeySequence.StandardKey.Save)
        finalise_keys = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return)
        self.save_action = self._action(self.tr("Save draft"), self.save_draft, save_keys)
        self.finalise_action = self._action(self.tr("Finalise"), self.finalise, finalise_keys)
        self._with_shortcut(self.save_button, self.tr("Save the draft"), save_keys)
        self._with_shortcut(
            self.finalise_button, self.tr("Give the invoice its number and lock it"), finalise_keys
        )
        self.open_pdf_action = self._action(
            self.tr("&Open PDF"), self.open_pdf, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_O)
        )
        self.save_pdf_action = self._action(
            self.tr("&Save PDF as…"), self.save_pdf,
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_S),
        )  # fmt: skip
        self.print_action = self._action(
            self.tr("&Print…"), self.print_pdf, QKeySequence(QKeySequence.StandardKey.Print)
        )
        self.finvoice_action = self._action(self.tr("Save &Finvoice XML…"), self.save_finvoice)
        pdf_menu = QMenu(self)
        pdf_menu.setObjectName("pdfMenu")
        for action in (self.open_pdf_action, self.save_pdf_action, self.print_action,
                       self.finvoice_action):  # fmt: skip
            pdf_menu.addAction(action)
        self.pdf_button.setMenu(pdf_menu)

        self.delete_button.clicked.connect(self.delete_draft)
        self.save_button.clicked.connect(self.save_draft)
        self.finalise_button.clicked.connect(self.finalise)
        self.payment_button.clicked.connect(self.record_payment)
        self.reminder_button.clicked.connect(self.make_reminder)
        self.credit_button.clicked.connect(self.credit)
        self.close_button.clicked.connect(self.reject)
        self.add_row_button.clicked.connect(self.add_row)
        self.remove_row_button.clicked.connect(self.remove_current_row)

        header_row = QHBoxLayout()
        header_row.addWidget(self.title_label)
        header_row.addWidget(self.status_label, 1)
        rows_buttons = QHBoxLayout()
        rows_buttons.addWidget(self.add_row_button)
        rows_buttons.addWidget(self.remove_row_button)
        rows_buttons.addStretch(1)
        texts = QGridLayout()
        texts.addWidget(self._buddy(self.tr("Te&xt before rows"), self.text_before_edit), 0, 0)
        texts.addWidget(self.text_before_edit, 1, 0)
        rows_box = QGroupBox(self.tr("Rows"))
        rows_layout = QVBoxLayout(rows_box)
        rows_layout.addLayout(texts)
        rows_layout.addWidget(self.rows_table, 1)
        rows_layout.addLayout(rows_buttons)
        rows_layout.addWidget(self._buddy(self.tr("Text after ro&ws"), self.text_after_edit))
        rows_layout.addWidget(self.text_after_edit)
        buttons = QHBoxLayout()
        for button in (self.delete_button, self.payment_button, self.reminder_button,
                       self.credit_button, self.pdf_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.save_button, self.finalise_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(header_row)
        layout.addWidget(self.block_label)
        layout.addLayout(top)
        layout.addWidget(rows_box, 1)
        layout.addLayout(totals)
        layout.addWidget(self.payments_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.invoice_date_edit.dateChanged.connect(lambda _d: self._invoice_date_changed())
        self.delivery_date_edit.dateChanged.connect(lambda _d: self._delivery_date_changed())
        self.due_date_edit.dateChanged.connect(lambda _d: self._due_date_changed())
        self.term_spin.valueChanged.connect(lambda _v: self._term_changed())
        self.billing_edit.textChanged.connect(lambda _t: self._billing_changed())
        for edit in (self.your_reference_edit, self.our_reference_edit):
            edit.textChanged.connect(lambda _t: self._edited())
        for text_edit in (self.text_before_edit, self.text_after_edit):
            text_edit.textChanged.connect(self._edited)
        for combo in (self.office_combo, self.contact_combo):
            combo.currentIndexChanged.connect(lambda _i: self._edited())
        self.goods_check.toggled.connect(lambda _c: self._edited())

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(accessible)
        return edit

    def _text_edit(self, name: str, accessible: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().height() * 2 + 14)
        return edit

    def _amount_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        # Enter in a row's field must not finalise the invoice.
        button.setAutoDefault(False)
        button.setDefault(False)
        return button

    def _action(self, text: str, slot: Any, keys: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _with_shortcut(self, button: QPushButton, tip: str, keys: QKeySequence) -> None:
        shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{tip} ({shown})")

    # --- filling -----------------------------------------------------------------------

    @staticmethod
    def _draft_of(record: InvoiceRecord) -> InvoiceDraft:
        return InvoiceDraft(
            customer_id=record.customer_id,
            rows=record.rows,
            invoice_date=record.invoice_date,
            delivery_date=record.delivery_date,
            due_date=record.due_date,
            payment_term_days=record.payment_term_days,
            your_reference=record.your_reference,
            our_reference=record.our_reference,
            text_before_rows=record.text_before_rows,
            text_after_rows=record.text_after_rows,
            office_id=record.office_id,
            contact_id=record.contact_id,
            billing_customer_id=record.billing_customer_id or record.customer_id,
            language=record.language,
            vat_treatment=record.vat_treatment,
            goods=record.goods,
        )

    def _load(self) -> None:
        """Fill every field from ``self._draft`` and ``self.record``."""
        draft = self._draft
        data = self.customer.data
        self._loading = True
        try:
            self.customer_label.setText(f"{data.customer_number} {data.name}")
            billing_number = ""
            if draft.billing_customer_id not in (None, self.customer.id):
                billing_number = self._number_of(draft.billing_customer_id)
            self.billing_edit.setText(billing_number)
            self.office_combo.clear()
            self.office_combo.addItem(self.tr("(none)"), None)
            for office in self.customer.offices:
                self.office_combo.addItem(office.name, office.id)
            self.office_combo.setCurrentIndex(max(self.office_combo.findData(draft.office_id), 0))
            self.contact_combo.clear()
            self.contact_combo.addItem(self.tr("(none)"), None)
            for contact in self.customer.contacts:
                if (contact.active and not contact.anonymised) or contact.id == draft.contact_id:
                    self.contact_combo.addItem(contact.name, contact.id)
            self.contact_combo.setCurrentIndex(
                max(self.contact_combo.findData(draft.contact_id), 0)
            )
            self.your_reference_edit.setText(draft.your_reference)
            self.our_reference_edit.setText(draft.our_reference)
            self.text_before_edit.setPlainText(draft.text_before_rows)
            self.text_after_edit.setPlainText(draft.text_after_rows)
            self.goods_check.setChecked(draft.goods)
            treatment = draft.vat_treatment or data.vat_treatment
            self.goods_check.setVisible(treatment is VatTreatment.EU_BUSINESS)
            today = self._today()
            invoice_date = draft.invoice_date or today
            self.invoice_date_edit.setDate(to_qdate(invoice_date))
            self.delivery_date_edit.setDate(to_qdate(draft.delivery_date or invoice_date))
            term = draft.payment_term_days if draft.payment_term_days is not None else 14
            self.term_spin.setValue(term)
            self.due_date_edit.setDate(to_qdate(draft.due_date or invoice_date))
            self.rows_table.setRowCount(0)
            self.rows.clear()
            for row in draft.rows:
                self.add_row().fill(row)
            if not draft.rows and self._editable():
                self.add_row()
        finally:
            self._loading = False
        self._dirty = False
        self._update_block()
        self._apply_mode()
        self._recompute()
        self._update_tab_order()

    def _number_of(self, customer_id: int | None) -> str:
        if customer_id is None:
            return ""
        try:
            return self.customers.get(customer_id).data.customer_number
        except ValidationError:
            return ""

    def _editable(self) -> bool:
        return self.record is None or self.record.is_draft

    def _apply_mode(self) -> None:
        record = self.record
        editable = self._editable()
        for edit in (self.billing_edit, self.your_reference_edit, self.our_reference_edit):
            edit.setReadOnly(not editable)
        self.billing_edit.setPlaceholderText(
            self.tr("Customer number; empty = the customer") if editable else ""
        )
        for text_edit in (self.text_before_edit, self.text_after_edit):
            text_edit.setReadOnly(not editable)
        for widget in (self.office_combo, self.contact_combo, self.invoice_date_edit,
                       self.delivery_date_edit, self.due_date_edit, self.term_spin,
                       self.goods_check):  # fmt: skip
            widget.setEnabled(editable)
        for row in self.rows:
            row.set_editable(editable)
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
        self.pdf_button.setVisible(record is not None)
        self.finvoice_action.setEnabled(final)
        if record is not None and invoice:
            self.payment_button.setEnabled(record.status in _PAYABLE)
            self.credit_button.setEnabled(record.status in _CREDITABLE)
            self.reminder_button.setEnabled(record.is_overdue(self._today()))
        self._update_titles()
        self._update_buttons()

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
        status = ""
        payments = ""
        if record is not None and not record.is_draft:
            parts = [status_text(record, self._today())]
            if record.reference:
                parts.append(self.tr("reference {reference}").format(reference=record.reference))
            if record.kind is InvoiceKind.INVOICE:
                parts.append(self.tr("open {amount}").format(
                    amount=format_money(record.open_amount)))  # fmt: skip
            if record.overpaid_amount > 0:
                parts.append(self.tr("overpaid {amount}").format(
                    amount=format_money(record.overpaid_amount)))  # fmt: skip
            if record.credit_of_number is not None:
                parts.append(self.tr("credits invoice {number}").format(
                    number=record.credit_of_number))  # fmt: skip
            status = " · ".join(parts)
            if record.payments:
                payments = self.tr("Payments: {list}").format(
                    list="; ".join(
                        f"{format_date(p.payment_date)} {format_money(p.amount)}"
                        for p in record.payments
                    )
                )
            if record.reminders:
                reminded = ", ".join(format_date(r.reminder_date) for r in record.reminders)
                payments = "\n".join(
                    p for p in (payments, self.tr("Reminded: {dates}").format(dates=reminded)) if p
                )
        elif record is not None:
            status = self.tr("Not finalised: no number yet")
        self.status_label.setText(status)
        self.payments_label.setText(payments)
        self.payments_label.setVisible(bool(payments))

    # --- rows --------------------------------------------------------------------------

    def _rates(self) -> tuple[Decimal, ...]:
        try:
            return vat.rates_on(from_qdate(self.delivery_date_edit.date()))
        except ValidationError:
            return ()

    def add_row(self) -> RowEditors:
        """Append an empty row (the customer's discount by default) and focus it."""
        row = RowEditors(self._products, self._rates(), self._discount, self._edited)
        index = self.rows_table.rowCount()
        self.rows_table.insertRow(index)
        for column, widget in enumerate(row.widgets()):
            widget.setObjectName(f"row{index}_{column}")
            self.rows_table.setCellWidget(index, column, widget)
        self.rows.append(row)
        row.set_editable(self._editable())
        if not self._loading:
            self._update_tab_order()
            row.description.setFocus()
            self._edited()
        return row

    def _current_row_index(self) -> int | None:
        focus = QApplication.focusWidget()
        for index, row in enumerate(self.rows):
            if focus in row.widgets():
                return index
        return len(self.rows) - 1 if self.rows else None

    def remove_current_row(self) -> None:
        index = self._current_row_index()
        if index is None or not self._editable():
            return
        self.rows_table.removeRow(index)
        del self.rows[index]
        for number, row in enumerate(self.rows):
            for column, widget in enumerate(row.widgets()):
                widget.setObjectName(f"row{number}_{column}")
        self._update_tab_order()
        self._edited()

    def _update_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.billing_edit, self.office_combo, self.contact_combo, self.your_reference_edit,
            self.our_reference_edit, self.goods_check, self.invoice_date_edit,
            self.delivery_date_edit, self.term_spin, self.due_date_edit, self.text_before_edit,
        ]  # fmt: skip
        for row in self.rows:
            chain.extend(row.editors())
        chain += [self.add_row_button, self.remove_row_button, self.text_after_edit,
                  self.delete_button, self.payment_button, self.reminder_button,
                  self.credit_button, self.pdf_button, self.save_button, self.finalise_button,
                  self.close_button]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- editing -----------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._recompute()

    def _invoice_date_changed(self) -> None:
        if self._loading:
            return
        invoice_date = from_qdate(self.invoice_date_edit.date())
        self.due_date_edit.blockSignals(True)
        self.due_date_edit.setDate(to_qdate(invoice_date).addDays(self.term_spin.value()))
        self.due_date_edit.blockSignals(False)
        self._edited()

    def _term_changed(self) -> None:
        if self._loading:
            return
        self._invoice_date_changed()

    def _due_date_changed(self) -> None:
        if self._loading:
            return
        days = self.invoice_date_edit.date().daysTo(self.due_date_edit.date())
        self.term_spin.blockSignals(True)
        self.term_spin.setValue(max(0, min(365, days)))
        self.term_spin.blockSignals(False)
        self._edited()

    def _delivery_date_changed(self) -> None:
        rates = self._rates()
        for row in self.rows:
            row.set_rates(rates)
        self._edited()

    def _billing_id(self) -> tuple[int, str]:
        """The billing customer's id (the customer itself when empty) and an error text."""
        number = self.billing_edit.text().strip()
        if not number:
            return self.customer.id, ""
        found = self.customers.find_id_by_number(number)
        if found is None:
            return self.customer.id, self.tr("No customer has the number {number}.").format(
                number=number
            )
        return found, ""

    def _billing_changed(self) -> None:
        if self._loading:
            return
        self._update_block()
        self._edited()

    def _update_block(self) -> None:
        """Show why the customer (or the billing customer) cannot be invoiced."""
        billing_id, error = self._billing_id()
        _set_invalid(self.billing_edit, error)
        reasons: list[str] = []
        people = [self.customer]
        if billing_id != self.customer.id:
            try:
                billing = self.customers.get(billing_id)
                people.append(billing)
                self.billing_name.setText(billing.data.name)
            except ValidationError as exc:
                error = error_text(exc)
        else:
            self.billing_name.setText(error)
        if error:
            self.billing_name.setText(error)
        for person in people:
            data = person.data
            # The service's own refusals (invoicing._check_can_invoice), translated alike.
            if not data.active:
                reasons.append(error_text(RuleViolation(
                    "{name} is inactive and cannot be invoiced; activate the customer first.",
                    code="invoice.customer_inactive", name=data.name,
                )))  # fmt: skip
            if data.delivery_ban:
                reasons.append(error_text(RuleViolation(
                    "{name} is under a delivery ban (toimituskielto) and cannot be invoiced.",
                    code="invoice.delivery_ban", name=data.name,
                )))  # fmt: skip
        self._blocked = "\n".join(reasons)
        show_error(self.block_label, self._blocked if self._editable() else "")
        self._billing_error = error

    def draft(self) -> tuple[InvoiceDraft, dict[str, str]]:
        """The invoice as typed, and messages for the values that cannot be read.

        Error keys follow the service's: ``rows[i].<field>`` with ``i`` counting the rows
        that are not blank, ``billing_customer``.
        """
        errors: dict[str, str] = {}
        rows: list[InvoiceRowData] = []
        self._draft_rows = []
        for row in self.rows:
            if row.is_blank():
                row.show_errors({})
                continue
            data, row_errors = row.read()
            row.show_errors(row_errors)
            index = len(self._draft_rows)
            self._draft_rows.append(row)
            errors.update({f"rows[{index}].{k}": v for k, v in row_errors.items()})
            if data is not None:
                rows.append(data)
        billing_id, billing_error = self._billing_id()
        if billing_error:
            errors["billing_customer"] = billing_error
        base = self._draft
        draft = InvoiceDraft(
            customer_id=self.customer.id,
            rows=tuple(rows),
            invoice_date=from_qdate(self.invoice_date_edit.date()),
            delivery_date=from_qdate(self.delivery_date_edit.date()),
            due_date=from_qdate(self.due_date_edit.date()),
            payment_term_days=self.term_spin.value(),
            your_reference=self.your_reference_edit.text(),
            our_reference=self.our_reference_edit.text(),
            text_before_rows=self.text_before_edit.toPlainText(),
            text_after_rows=self.text_after_edit.toPlainText(),
            office_id=self.office_combo.currentData(),
            contact_id=self.contact_combo.currentData(),
            billing_customer_id=billing_id,
            language=base.language,
            vat_treatment=base.vat_treatment,
            goods=self.goods_check.isChecked() and self.goods_check.isVisible(),
        )
        return draft, errors

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
        self._totals = totals
        shown = self._draft_rows if (self.record is None or self.record.is_draft) else self.rows
        for row in self.rows:
            row.total.setText("")
        if totals is not None and not errors:
            for row, line in zip(shown, totals.lines, strict=False):
                row.total.setText(format_money(line.net))
        breakdown = totals.breakdown if totals is not None else ()
        self.breakdown_table.setRowCount(len(breakdown))
        for index, item in enumerate(breakdown):
            texts = (format_percent(item.rate), format_money(item.net), format_money(item.vat),
                     format_money(item.gross))  # fmt: skip
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.breakdown_table.setItem(index, column, cell)
        net = totals.net if totals is not None else ZERO
        vat_sum = totals.vat if totals is not None else ZERO
        gross = totals.gross if totals is not None else ZERO
        self.net_label.setText(format_money(net))
        self.vat_label.setText(format_money(vat_sum))
        self.total_label.setText(format_money(gross))
        self._show_vat_note(draft)
        show_error(self.error_label, "\n".join(dict.fromkeys(errors.values())))
        self._input_errors = errors
        self._update_buttons()

    def _show_vat_note(self, draft: InvoiceDraft) -> None:
        record = self.record
        note = None
        if record is not None and not record.is_draft:
            note = record.vat_note
        else:
            treatment = draft.vat_treatment or self.customer.data.vat_treatment
            language = draft.language or InvoiceLanguage.FI
            if treatment in vat.ZERO_RATED_TREATMENTS:
                note = vat.vat_note(treatment, goods=draft.goods, language=language.value)
        self.vat_note_label.setText(note or "")
        self.vat_note_label.setVisible(bool(note))

    def _update_buttons(self) -> None:
        if not self._editable():
            return
        errors = getattr(self, "_input_errors", {})
        has_rows = any(not row.is_blank() for row in self.rows)
        allowed = not self._blocked and not errors
        self.save_button.setEnabled(allowed and has_rows)
        self.finalise_button.setEnabled(allowed and has_rows)
        self.save_action.setEnabled(self.save_button.isEnabled())
        self.finalise_action.setEnabled(self.finalise_button.isEnabled())
        self.remove_row_button.setEnabled(bool(self.rows))

    def is_dirty(self) -> bool:
        return self._dirty

    # --- commands ----------------------------------------------------------------------

    def _show_service_errors(self, exc: ValidationError) -> None:
        if isinstance(exc, FieldErrors):
            messages: list[str] = []
            for key, error in exc.errors.items():
                text = error_text(error)
                messages.append(text)
                if key.startswith("rows["):
                    index_text, _, field = key[5:].partition("].")
                    if index_text.isdigit() and int(index_text) < len(self._draft_rows):
                        self._draft_rows[int(index_text)].show_errors({field: text})
            show_error(self.error_label, "\n".join(dict.fromkeys(messages)))
        else:
            show_error(self.error_label, error_text(exc))

    def _after_change(self, record: InvoiceRecord) -> None:
        self.record = record
        self._draft = self._draft_of(record)
        if not record.is_draft:
            # Show the invoice as stored: texts cleaned, the snapshot of the parties.
            self._load()
        else:
            self._dirty = False
            self._apply_mode()
            self._recompute()
        self.changed.emit(record.id)

    def save_draft(self) -> bool:
        """Save the draft (no number yet)."""
        if not self._editable() or self._blocked:
            return False
        draft, errors = self.draft()
        if errors:
            return False
        try:
            if self.record is None:
                record = self.invoicing.create_draft(draft, today=self._today())
            else:
                record = self.invoicing.update_draft(self.record.id, draft, today=self._today())
        except ValidationError as exc:
            self._show_service_errors(exc)
            return False
        self._after_change(record)
        return True

    def finalise(self) -> bool:
        """Give the invoice its number and lock it, after the user confirmed."""
        if not self._editable() or self._blocked:
            return False
        draft, errors = self.draft()
        if errors:
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
                self.invoicing.update_draft(self.record.id, draft, today=self._today())
                record = self.invoicing.finalise(self.record.id, today=self._today())
        except ValidationError as exc:
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

    def _reload_record(self) -> None:
        if self.record is not None:
            self._after_change(self.invoicing.get(self.record.id))

    def _run_dialog(self, dialog: QDialog) -> int:
        """Run a sub-dialog modally; tests replace this to fill it in."""
        return dialog.exec()

    def record_payment(self) -> None:
        record = self.record
        if record is None or record.is_draft:
            return
        dialog = PaymentDialog(self.invoicing, record, self, today=self._today)
        dialog.prompts = self.prompts
        self._run_dialog(dialog)
        if dialog.payment_result is not None:
            self._after_change(dialog.payment_result.invoice)

    def credit(self) -> bool:
        """Credit the invoice in full with a credit note that refers to it."""
        record = self.record
        if record is None or record.is_draft:
            return False
        if not self.prompts.confirm(
            self.tr("Credit note"),
            self.tr(
                "Make a credit note for all of invoice {number} ({total})? The invoice is "
                "then credited and no longer open."
            ).format(number=record.number, total=format_money(record.total)),
            self.tr("Make credit note"),
        ):
            return False
        try:
            note = self.invoicing.credit(record.id, today=self._today())
        except ValidationError as exc:
            self.prompts.warn(self.tr("Credit note"), error_text(exc))
            return False
        self.credit_note = note
        self._reload_record()
        self.prompts.inform(
            self.tr("Credit note"),
            self.tr("Credit note {number} was made for invoice {original}.").format(
                number=note.number, original=record.number
            ),
        )
        self.changed.emit(note.id)
        return True

    def make_reminder(self) -> bool:
        """Record a payment reminder and save (or show) its PDF."""
        record = self.record
        if record is None or record.is_draft:
            return False
        try:
            _reminder, data = self.invoicing.create_reminder(record.id, today=self._today())
        except ValidationError as exc:
            self.prompts.warn(self.tr("Payment reminder"), error_text(exc))
            return False
        self._reload_record()
        stem = f"maksumuistutus-{record.number}"
        if self.pdf.save_pdf(data, stem) is None:
            self.pdf.open_pdf(data, stem)
        return True

    def open_pdf(self) -> None:
        if self.record is not None:
            self.pdf.open_invoice(self.record)

    def save_pdf(self) -> None:
        if self.record is not None:
            self.pdf.save_invoice(self.record)

    def print_pdf(self) -> None:
        if self.record is not None:
            self.pdf.print_invoice(self.record)

    def save_finvoice(self) -> None:
        if self.record is not None and not self.record.is_draft:
            self.pdf.save_finvoice(self.record)

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
