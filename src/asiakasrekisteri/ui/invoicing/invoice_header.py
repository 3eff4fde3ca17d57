"""The head of the invoice editor: the parties (customer, billing customer, office, contact,
references), the VAT treatment and the dates (invoice, delivery, due date and term)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from asiakasrekisteri.domain import vat
from asiakasrekisteri.domain.customer import CustomerRecord
from asiakasrekisteri.domain.enums import CHOOSABLE_TREATMENTS, VatTreatment
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.invoice import InvoiceDraft
from asiakasrekisteri.domain.limits import EARLIEST_DATE, LATEST_DATE
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.ui.dialogs.merge_dialog import enum_label
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.invoicing.common import from_qdate, to_qdate
from asiakasrekisteri.ui.invoicing.row_delegates import mark_invalid
from asiakasrekisteri.ui.widgets.date_edit import DateEdit
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

DEFAULT_TERM_DAYS = 14


class InvoiceHeader(Retranslating, QWidget):
    """Who is invoiced and when; the due date and the payment term follow each other.

    Attributes:
        customer_label: The customer's number and name (``customerLabel``).
        billing_edit: Number of another customer who pays (``billingCustomerEdit``);
            ``billing_name`` shows that customer's name or why the number is no good.
        office_combo, contact_combo, your_reference_edit, our_reference_edit: The
            invoice's own details.
        treatment_combo: The invoice's VAT treatment (``vatTreatmentCombo``), the
            customer's by default; disabled for a seller outside the VAT register.
        invoice_date_edit, delivery_date_edit, due_date_edit, term_spin: The dates.

    Signals:
        edited(): The user changed a field (not while the draft is loaded).
        billingChanged(): The billing customer number was changed.
        deliveryDateChanged(): The VAT rates may have changed with the delivery date.
    """

    edited = Signal()
    billingChanged = Signal()
    deliveryDateChanged = Signal()

    def __init__(
        self,
        customers: CustomerService,
        customer: CustomerRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._customers = customers
        self._customer = customer
        self._loading = False
        self._editable = True
        self._seller_vat_registered = True
        self._build_parties()
        self._build_dates()
        self._lay_out()
        self._connect()
        self.retranslateUi()

    # --- building -------------------------------------------------------------------------

    def _build_parties(self) -> None:
        self.customer_caption = QLabel()
        self.customer_label = QLabel()
        self.customer_label.setObjectName("customerLabel")
        self.customer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.billing_edit = QLineEdit()
        self.billing_edit.setObjectName("billingCustomerEdit")
        self.billing_edit.setMinimumWidth(160)
        self.billing_name = QLabel()
        self.billing_name.setObjectName("billingCustomerName")
        self.office_combo = QComboBox()
        self.office_combo.setObjectName("officeCombo")
        self.contact_combo = QComboBox()
        self.contact_combo.setObjectName("contactCombo")
        self.your_reference_edit = QLineEdit()
        self.your_reference_edit.setObjectName("yourReferenceEdit")
        self.our_reference_edit = QLineEdit()
        self.our_reference_edit.setObjectName("ourReferenceEdit")
        self.treatment_combo = QComboBox()
        self.treatment_combo.setObjectName("vatTreatmentCombo")

    def _build_dates(self) -> None:
        self.invoice_date_edit = _date_edit("invoiceDateEdit")
        self.delivery_date_edit = _date_edit("deliveryDateEdit")
        self.due_date_edit = _date_edit("dueDateEdit")
        self.term_spin = QSpinBox()
        self.term_spin.setObjectName("paymentTermSpin")
        self.term_spin.setRange(0, 365)

    def _lay_out(self) -> None:
        self._buddies: dict[QWidget, QLabel] = {}

        def buddy(widget: QWidget) -> QLabel:
            label = QLabel()
            label.setBuddy(widget)
            self._buddies[widget] = label
            return label

        left = QFormLayout()
        left.addRow(self.customer_caption, self.customer_label)
        billing_row = QHBoxLayout()
        billing_row.addWidget(self.billing_edit)
        billing_row.addWidget(self.billing_name, 1)
        left.addRow(buddy(self.billing_edit), billing_row)
        fields: tuple[QWidget, ...] = (
            self.office_combo, self.contact_combo, self.your_reference_edit,
            self.our_reference_edit, self.treatment_combo,
        )  # fmt: skip
        for widget in fields:
            left.addRow(buddy(widget), widget)
        right = QFormLayout()
        dates: tuple[QWidget, ...] = (
            self.invoice_date_edit, self.delivery_date_edit, self.term_spin, self.due_date_edit,
        )  # fmt: skip
        for widget in dates:
            right.addRow(buddy(widget), widget)
        top = QHBoxLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(left, 3)
        top.addSpacing(16)
        top.addLayout(right, 2)

    def _connect(self) -> None:
        self.invoice_date_edit.dateChanged.connect(lambda _d: self._invoice_date_changed())
        self.delivery_date_edit.dateChanged.connect(lambda _d: self.deliveryDateChanged.emit())
        self.due_date_edit.dateChanged.connect(lambda _d: self._due_date_changed())
        self.term_spin.valueChanged.connect(lambda _v: self._invoice_date_changed())
        self.billing_edit.textChanged.connect(lambda _t: self._changed(self.billingChanged))
        for edit in (self.your_reference_edit, self.our_reference_edit):
            edit.textChanged.connect(lambda _t: self._changed(self.edited))
        for combo in (self.office_combo, self.contact_combo, self.treatment_combo):
            combo.currentIndexChanged.connect(lambda _i: self._changed(self.edited))

    def retranslateUi(self) -> None:
        self.customer_caption.setText(self.tr("Customer"))
        self._show_billing_placeholder()
        self.billing_edit.setAccessibleName(self.tr("Alternative billing customer"))
        self.office_combo.setAccessibleName(self.tr("Office"))
        self.contact_combo.setAccessibleName(self.tr("Contact person"))
        self.your_reference_edit.setAccessibleName(self.tr("Your reference"))
        self.our_reference_edit.setAccessibleName(self.tr("Our reference"))
        self.treatment_combo.setAccessibleName(self.tr("VAT treatment"))
        for i in range(self.treatment_combo.count()):
            self.treatment_combo.setItemText(
                i, enum_label(VatTreatment(self.treatment_combo.itemData(i)))
            )
        self.treatment_combo.setToolTip(
            ""
            if self._seller_vat_registered
            else self.tr("Not VAT-registered: no invoice carries VAT (Settings › Invoicing).")
        )
        self.invoice_date_edit.setAccessibleName(self.tr("Invoice date"))
        self.delivery_date_edit.setAccessibleName(self.tr("Delivery date"))
        self.due_date_edit.setAccessibleName(self.tr("Due date"))
        self.term_spin.setSuffix(self.tr(" days"))
        self.term_spin.setAccessibleName(self.tr("Payment term"))
        for widget, text in (
            (self.billing_edit, self.tr("&Billing customer")),
            (self.office_combo, self.tr("O&ffice")),
            (self.contact_combo, self.tr("Con&tact")),
            (self.your_reference_edit, self.tr("&Your reference")),
            (self.our_reference_edit, self.tr("O&ur reference")),
            (self.treatment_combo, self.tr("&VAT treatment")),
            (self.invoice_date_edit, self.tr("&Invoice date")),
            (self.delivery_date_edit, self.tr("De&livery date")),
            (self.term_spin, self.tr("Payment &term")),
            (self.due_date_edit, self.tr("D&ue date")),
        ):
            self._buddies[widget].setText(text)
        for combo in (self.office_combo, self.contact_combo):
            if combo.count():
                combo.setItemText(0, self.tr("(none)"))
        self.check_billing()

    def _show_billing_placeholder(self) -> None:
        text = self.tr("Customer number; empty = the customer") if self._editable else ""
        self.billing_edit.setPlaceholderText(text)

    def tab_chain(self) -> list[QWidget]:
        """The fields in Tab order."""
        return [self.billing_edit, self.office_combo, self.contact_combo,
                self.your_reference_edit, self.our_reference_edit, self.treatment_combo,
                self.invoice_date_edit, self.delivery_date_edit, self.term_spin,
                self.due_date_edit]  # fmt: skip

    # --- filling and reading ----------------------------------------------------------------

    def load(self, draft: InvoiceDraft, today: date) -> None:
        """Show the draft's parties and dates; missing dates count from ``today``."""
        data = self._customer.data
        self._loading = True
        try:
            self.customer_label.setText(f"{data.customer_number} {data.name}")
            self.billing_edit.setText(self._number_of(draft.billing_customer_id))
            self._fill_combo(self.office_combo, [(o.name, o.id) for o in self._customer.offices],
                             draft.office_id)  # fmt: skip
            contacts = [(c.name, c.id) for c in self._customer.contacts
                        if (c.active and not c.anonymised) or c.id == draft.contact_id]  # fmt: skip
            self._fill_combo(self.contact_combo, contacts, draft.contact_id)
            self.your_reference_edit.setText(draft.your_reference)
            self.our_reference_edit.setText(draft.our_reference)
            self._fill_treatments(draft.vat_treatment or data.vat_treatment)
            invoice_date = draft.invoice_date or today
            self.invoice_date_edit.setDate(to_qdate(invoice_date))
            self.delivery_date_edit.setDate(to_qdate(draft.delivery_date or invoice_date))
            term = draft.payment_term_days
            self.term_spin.setValue(term if term is not None else DEFAULT_TERM_DAYS)
            self.due_date_edit.setDate(to_qdate(draft.due_date or invoice_date))
        finally:
            self._loading = False

    def _fill_treatments(self, chosen: VatTreatment) -> None:
        """The treatments an invoice may take; an issued invoice's old one too."""
        combo = self.treatment_combo
        combo.clear()
        shown: list[VatTreatment] = list(CHOOSABLE_TREATMENTS)
        if chosen not in shown:
            shown.append(chosen)
        for treatment in shown:
            combo.addItem(enum_label(treatment), treatment.value)
        combo.setCurrentIndex(max(combo.findData(chosen.value), 0))

    def set_seller_vat_registered(self, registered: bool) -> None:
        """A seller outside the VAT register charges no VAT: the treatment does not matter."""
        self._seller_vat_registered = registered
        self.treatment_combo.setEnabled(self._editable and registered)
        self.retranslateUi()

    def treatment(self) -> VatTreatment:
        """The VAT treatment chosen."""
        return VatTreatment(self.treatment_combo.currentData() or VatTreatment.DOMESTIC.value)

    def _fill_combo(
        self, combo: QComboBox, items: list[tuple[str, int | None]], chosen: int | None
    ) -> None:
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        for text, item_id in items:
            combo.addItem(text, item_id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))

    def _number_of(self, customer_id: int | None) -> str:
        if customer_id is None or customer_id == self._customer.id:
            return ""
        try:
            return self._customers.get(customer_id).data.customer_number
        except ValidationError:
            return ""

    def apply_to(self, draft: InvoiceDraft) -> InvoiceDraft:
        """``draft`` with the parties and dates shown here."""
        return replace(
            draft,
            invoice_date=from_qdate(self.invoice_date_edit.date()),
            delivery_date=self.delivery_date(),
            due_date=from_qdate(self.due_date_edit.date()),
            payment_term_days=self.term_spin.value(),
            your_reference=self.your_reference_edit.text(),
            our_reference=self.our_reference_edit.text(),
            office_id=self.office_combo.currentData(),
            contact_id=self.contact_combo.currentData(),
            billing_customer_id=self.billing_id()[0],
            vat_treatment=self.treatment(),
        )

    def delivery_date(self) -> date:
        return from_qdate(self.delivery_date_edit.date())

    def rates(self) -> tuple[Decimal, ...]:
        """The VAT rates in force on the delivery date (none before 2013)."""
        try:
            return vat.rates_on(self.delivery_date())
        except ValidationError:
            return ()

    def billing_id(self) -> tuple[int, str]:
        """The billing customer's id (the customer itself when empty) and an error text."""
        number = self.billing_edit.text().strip()
        if not number:
            return self._customer.id, ""
        found = self._customers.find_id_by_number(number)
        if found is None:
            return self._customer.id, self.tr("No customer has the number {number}.").format(
                number=number
            )
        return found, ""

    def check_billing(self) -> CustomerRecord | None:
        """Show the billing customer's name or why the number is no good; that customer."""
        billing_id, error = self.billing_id()
        mark_invalid(self.billing_edit, error)
        billing: CustomerRecord | None = None
        if billing_id != self._customer.id:
            try:
                billing = self._customers.get(billing_id)
            except ValidationError as exc:
                error = error_text(exc)
        self.billing_name.setText(error or (billing.data.name if billing is not None else ""))
        return billing

    def refusals(self) -> list[str]:
        """Why the customer or the billing customer cannot be invoiced.

        These are the service's own refusals (``invoicing._check_can_invoice``), translated
        alike, shown before the user tries.
        """
        people = [self._customer]
        billing = self.check_billing()
        if billing is not None:
            people.append(billing)
        reasons: list[str] = []
        for person in people:
            data = person.data
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
        return reasons

    def set_editable(self, editable: bool) -> None:
        """A finalised invoice's parties and dates are only shown."""
        self._editable = editable
        for edit in (self.billing_edit, self.your_reference_edit, self.our_reference_edit):
            edit.setReadOnly(not editable)
        self._show_billing_placeholder()
        for widget in (self.office_combo, self.contact_combo, self.invoice_date_edit,
                       self.delivery_date_edit, self.due_date_edit, self.term_spin):  # fmt: skip
            widget.setEnabled(editable)
        self.treatment_combo.setEnabled(editable and self._seller_vat_registered)

    # --- editing ------------------------------------------------------------------------------

    def _changed(self, signal: SignalInstance) -> None:
        if not self._loading:
            signal.emit()

    def _invoice_date_changed(self) -> None:
        """A new invoice date or term moves the due date."""
        if self._loading:
            return
        due = self.invoice_date_edit.date().addDays(self.term_spin.value())
        self.due_date_edit.blockSignals(True)
        self.due_date_edit.setDate(due)
        self.due_date_edit.blockSignals(False)
        self.edited.emit()

    def _due_date_changed(self) -> None:
        """A due date typed in sets the term to match."""
        if self._loading:
            return
        days = self.invoice_date_edit.date().daysTo(self.due_date_edit.date())
        self.term_spin.blockSignals(True)
        self.term_spin.setValue(max(0, min(365, days)))
        self.term_spin.blockSignals(False)
        self.edited.emit()


def _date_edit(name: str) -> DateEdit:
    edit = DateEdit()
    edit.setObjectName(name)
    edit.setDateRange(to_qdate(EARLIEST_DATE), to_qdate(LATEST_DATE))
    return edit
