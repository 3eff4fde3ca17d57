"""The "Extra info" tab: invoicing defaults, bans, status, texts and custom fields."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.customer import (
    INVOICING_TERMS,
    ContactData,
    CustomerData,
    CustomerRecord,
    OfficeData,
)
from asiakasrekisteri.domain.enums import (
    CHOOSABLE_TREATMENTS,
    CustomerStatus,
    InvoiceDelivery,
    InvoiceLanguage,
    VatTreatment,
)
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.text_values import FIELD_PARSERS
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.ui.customer_card.fields import (
    FieldSet,
    FieldSlot,
    Prompts,
    decimal_text,
    select_data,
)
from asiakasrekisteri.ui.dialogs.merge_dialog import enum_label
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.widgets.retranslating import Retranslating, set_item_texts

# Typed as numbers; read with the domain's parsers (decimal comma or point).
_NUMBER_FIELDS = ("discount_percent", "credit_limit", "penalty_interest", "payment_term_days")
_NUMBER_FALLBACK: dict[str, Any] = {"discount_percent": Decimal("0.00")}
_Row = TypeVar("_Row", OfficeData, ContactData)
_STATUSES = (
    CustomerStatus.SUSPECT,
    CustomerStatus.PROSPECT,
    CustomerStatus.TRIAL,
    CustomerStatus.REGULAR,
)


class ExtraInfoTab(Retranslating, QScrollArea):
    """Form of the remaining fields of a customer (Lisätiedot).

    The default office and contact are not card fields: choosing one saves it at once
    through the service, like the other contact and office edits.

    Attributes:
        fields: The tab's fields by record field name (``custom:<name>`` for custom).

    Signals:
        edited(str): A field was changed; the record field name.
        relatedChanged(): A default office or contact was saved; reload them.
    """

    edited = Signal(str)
    relatedChanged = Signal()

    def __init__(
        self, service: CustomerService, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._prompts = prompts
        self._record: CustomerRecord | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        column = QVBoxLayout(body)
        self.setWidget(body)
        self.fields = FieldSet(self.edited.emit)
        self.invoicing_group = self._build_invoicing()
        self.status_group = self._build_status()
        self.defaults_group = self._build_defaults()
        self.comment_group = QGroupBox()
        form = QFormLayout(self.comment_group)
        self.comment_edit = _text_box(lines=4)
        self.fields.add(form, self.comment_edit, "comment", "commentEdit")
        self.custom_group = QGroupBox()
        custom_column = QVBoxLayout(self.custom_group)
        self._custom_form = QFormLayout()
        custom_column.addLayout(self._custom_form)
        self.add_custom_field_button = QPushButton()
        self.add_custom_field_button.setObjectName("addCustomFieldButton")
        custom_column.addWidget(self.add_custom_field_button)
        for group in (self.invoicing_group, self.status_group, self.defaults_group,
                      self.comment_group, self.custom_group):  # fmt: skip
            column.addWidget(group)
        column.addStretch(1)
        self.custom_edits: dict[str, QLineEdit] = {}

        self.status_manual_check.toggled.connect(self.status_combo.setEnabled)
        self.default_office_combo.activated.connect(self._choose_default_office)
        self.default_contact_combo.activated.connect(self._choose_default_contact)
        self.add_custom_field_button.clicked.connect(self._add_custom_field)
        self.show_related(None)
        self.retranslateUi()

    def _build_invoicing(self) -> QGroupBox:
        group = QGroupBox()
        form = QFormLayout(group)
        add = self.fields.add
        self.alt_billing_edit = QLineEdit()
        add(form, self.alt_billing_edit, "alt_billing_customer_number", "altBillingEdit")
        self.language_combo = QComboBox()
        # Each language by its own name, as the customer would read it.
        for language, name in (
            (InvoiceLanguage.FI, "Suomi"),
            (InvoiceLanguage.SV, "Svenska"),
            (InvoiceLanguage.EN, "English"),
        ):
            self.language_combo.addItem(name, language.value)
        add(form, self.language_combo, "invoice_language", "invoiceLanguageCombo")
        self.invoice_delivery_combo = QComboBox()
        for choice in InvoiceDelivery:
            self.invoice_delivery_combo.addItem("", choice.value)
        add(form, self.invoice_delivery_combo, "invoice_delivery", "invoiceDeliveryCombo")
        self.fixed_reference_edit = QLineEdit()
        add(form, self.fixed_reference_edit, "fixed_reference", "fixedReferenceEdit")
        self.rf_check = QCheckBox()
        add(form, self.rf_check, "use_rf_reference", "useRfReferenceCheck")
        self.vat_combo = QComboBox()
        # A customer cannot be without VAT: VAT registration is the own company's setting.
        for treatment in CHOOSABLE_TREATMENTS:
            self.vat_combo.addItem("", treatment.value)
        add(form, self.vat_combo, "vat_treatment", "vatTreatmentCombo")
        self.discount_edit = QLineEdit()
        add(form, self.discount_edit, "discount_percent", "discountEdit")
        self.credit_limit_edit = QLineEdit()
        add(form, self.credit_limit_edit, "credit_limit", "creditLimitEdit")
        self.penalty_edit = QLineEdit()
        add(form, self.penalty_edit, "penalty_interest", "penaltyInterestEdit")
        # Shown instead of the terms when the server keeps them from the user.
        self.terms_withheld_note = QLabel()
        self.terms_withheld_note.setObjectName("termsWithheldNote")
        self.terms_withheld_note.setWordWrap(True)
        if not self._service.shows_invoicing_terms():
            for name in INVOICING_TERMS:
                form.setRowVisible(self.fields.slots[name].container, False)
            form.addRow(self.terms_withheld_note)
        self.payment_term_edit = QLineEdit()
        add(form, self.payment_term_edit, "payment_term_days", "paymentTermEdit")
        self.delivery_ban_check = QCheckBox()
        add(form, self.delivery_ban_check, "delivery_ban", "deliveryBanCheck")
        self.collection_ban_check = QCheckBox()
        add(form, self.collection_ban_check, "collection_ban", "collectionBanCheck")
        return group

    def _build_status(self) -> QGroupBox:
        group = QGroupBox()
        form = QFormLayout(group)
        self.status_combo = QComboBox()
        for status in _STATUSES:
            self.status_combo.addItem("", status.value)
        self.fields.add(form, self.status_combo, "status", "statusCombo")
        self.status_manual_check = QCheckBox()
        self.fields.add(form, self.status_manual_check, "status_manual", "statusManualCheck")
        return group

    def _build_defaults(self) -> QGroupBox:
        group = QGroupBox()
        form = QFormLayout(group)
        add = self.fields.add
        self.delivery_terms_edit = QLineEdit()
        add(form, self.delivery_terms_edit, "delivery_terms", "deliveryTermsEdit")
        self.delivery_method_edit = QLineEdit()
        add(form, self.delivery_method_edit, "delivery_method", "deliveryMethodEdit")
        self.default_office_combo = QComboBox()
        self.default_office_combo.setObjectName("defaultOfficeCombo")
        self.office_label = QLabel()
        self.office_label.setBuddy(self.default_office_combo)
        form.addRow(self.office_label, self.default_office_combo)
        self.default_contact_combo = QComboBox()
        self.default_contact_combo.setObjectName("defaultContactCombo")
        self.contact_label = QLabel()
        self.contact_label.setBuddy(self.default_contact_combo)
        form.addRow(self.contact_label, self.default_contact_combo)
        self.your_reference_edit = QLineEdit()
        add(form, self.your_reference_edit, "default_your_reference", "yourReferenceEdit")
        self.agreement_edit = QLineEdit()
        add(form, self.agreement_edit, "agreement_identifier", "agreementEdit")
        self.text_before_edit = _text_box()
        add(form, self.text_before_edit, "text_before_rows", "textBeforeRowsEdit")
        self.text_after_edit = _text_box()
        add(form, self.text_after_edit, "text_after_rows", "textAfterRowsEdit")
        return group

    def retranslateUi(self) -> None:
        self.invoicing_group.setTitle(self.tr("Invoicing"))
        self.status_group.setTitle(self.tr("Customer status"))
        self.defaults_group.setTitle(self.tr("Delivery and defaults"))
        self.comment_group.setTitle(self.tr("Internal comment"))
        self.custom_group.setTitle(self.tr("Custom fields"))
        self.fields.set_titles(self._titles())
        set_item_texts(self.vat_combo, {t.value: name for t, name in self._vat_names().items()})
        set_item_texts(
            self.invoice_delivery_combo, {c.value: enum_label(c) for c in InvoiceDelivery}
        )
        set_item_texts(
            self.status_combo,
            {
                CustomerStatus.SUSPECT.value: self.tr("Suspect (nothing yet)"),
                CustomerStatus.PROSPECT.value: self.tr("Prospect (offers made)"),
                CustomerStatus.TRIAL.value: self.tr("Trial (one invoice)"),
                CustomerStatus.REGULAR.value: self.tr("Regular (several invoices)"),
            },
        )
        slots = self.fields.slots
        slots["alt_billing_customer_number"].set_tooltip(
            self.tr("Number of another customer who receives this customer's invoices.")
        )
        slots["invoice_delivery"].set_tooltip(
            self.tr(
                "How invoices, reminders and statements reach the customer. Automatic: as an "
                "e-invoice when the card has an e-invoice address, else by e-mail when it has "
                "an e-mail address, else on paper."
            )
        )
        slots["status_manual"].set_tooltip(
            self.tr("Otherwise the status follows the customer's offers and invoices.")
        )
        self.terms_withheld_note.setText(
            self.tr(
                "Discount, credit limit and penalty interest are not shown: your user on the "
                "register's server has the limited role, which has no right to invoicing "
                "figures."
            )
        )
        self.credit_limit_edit.setPlaceholderText(self.tr("No limit"))
        self.penalty_edit.setPlaceholderText(self.tr("Company default"))
        self.payment_term_edit.setPlaceholderText(self.tr("Company default"))
        self.comment_edit.setPlaceholderText(self.tr("Not printed on invoices."))
        self.default_office_combo.setAccessibleName(self.tr("Default office"))
        self.office_label.setText(self.tr("Default o&ffice"))
        self.default_contact_combo.setAccessibleName(self.tr("Default contact person"))
        self.contact_label.setText(self.tr("Default &contact person"))
        none = self.tr("— none —")
        for combo in (self.default_office_combo, self.default_contact_combo):
            combo.setItemText(0, none)
        self.add_custom_field_button.setText(self.tr("Add field…"))

    def _titles(self) -> dict[str, str]:
        return {
            "alt_billing_customer_number": self.tr("&Billing customer number"),
            "invoice_language": self.tr("Invoice &language"),
            "invoice_delivery": self.tr("Invoices s&ent by"),
            "fixed_reference": self.tr("&Fixed reference"),
            "use_rf_reference": self.tr("Use &RF reference"),
            "vat_treatment": self.tr("&VAT treatment"),
            "discount_percent": self.tr("&Discount %"),
            "credit_limit": self.tr("Cre&dit limit (€)"),
            "penalty_interest": self.tr("&Penalty interest %"),
            "payment_term_days": self.tr("Payment &term (days)"),
            "delivery_ban": self.tr("Delivery &ban (no new invoices)"),
            "collection_ban": self.tr("Collection ban (no &reminders)"),
            "status": self.tr("&Status"),
            "status_manual": self.tr("Status set by &hand"),
            "delivery_terms": self.tr("Deli&very terms"),
            "delivery_method": self.tr("Delivery &method"),
            "default_your_reference": self.tr('Default "&your reference"'),
            "agreement_identifier": self.tr("A&greement identifier"),
            "text_before_rows": self.tr("Text &before invoice rows"),
            "text_after_rows": self.tr("Text &after invoice rows"),
            "comment": self.tr("Co&mment"),
        }

    def _vat_names(self) -> dict[VatTreatment, str]:
        return {
            VatTreatment.DOMESTIC: self.tr("By country (domestic VAT in Finland)"),
            VatTreatment.EU_BUSINESS: self.tr("EU business customer with VAT id (0 %)"),
            VatTreatment.OUTSIDE_EU: self.tr("Outside the EU (0 %)"),
            VatTreatment.CONSTRUCTION_REVERSE_CHARGE: self.tr(
                "Domestic construction services, reverse charge"
            ),
            VatTreatment.ALWAYS_DOMESTIC: self.tr("Always domestic VAT"),
        }

    # --- card fields ---------------------------------------------------------------------

    def fill(self, data: CustomerData, custom_names: Iterable[str]) -> None:
        self.alt_billing_edit.setText(data.alt_billing_customer_number)
        select_data(self.language_combo, data.invoice_language.value)
        select_data(self.invoice_delivery_combo, data.invoice_delivery.value)
        self.fixed_reference_edit.setText(data.fixed_reference)
        self.rf_check.setChecked(data.use_rf_reference)
        select_data(self.vat_combo, data.vat_treatment.value)
        self.discount_edit.setText(decimal_text(data.discount_percent))
        self.credit_limit_edit.setText(decimal_text(data.credit_limit))
        self.penalty_edit.setText(decimal_text(data.penalty_interest))
        term = data.payment_term_days
        self.payment_term_edit.setText("" if term is None else str(term))
        self.delivery_ban_check.setChecked(data.delivery_ban)
        self.collection_ban_check.setChecked(data.collection_ban)
        select_data(self.status_combo, data.status.value)
        self.status_manual_check.setChecked(data.status_manual)
        self.status_combo.setEnabled(data.status_manual)
        self.delivery_terms_edit.setText(data.delivery_terms)
        self.delivery_method_edit.setText(data.delivery_method)
        self.your_reference_edit.setText(data.default_your_reference)
        self.agreement_edit.setText(data.agreement_identifier)
        self.text_before_edit.setPlainText(data.text_before_rows)
        self.text_after_edit.setPlainText(data.text_after_rows)
        self.comment_edit.setPlainText(data.comment)
        self._set_custom_fields(custom_names, data.custom_fields)

    def values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The record fields as typed, and the numbers that could not be read."""
        errors: dict[str, str] = {}
        values: dict[str, Any] = {
            "alt_billing_customer_number": self.alt_billing_edit.text(),
            "invoice_language": InvoiceLanguage(self.language_combo.currentData()),
            "invoice_delivery": InvoiceDelivery(self.invoice_delivery_combo.currentData()),
            "fixed_reference": self.fixed_reference_edit.text(),
            "use_rf_reference": self.rf_check.isChecked(),
            "vat_treatment": VatTreatment(self.vat_combo.currentData()),
            "delivery_ban": self.delivery_ban_check.isChecked(),
            "collection_ban": self.collection_ban_check.isChecked(),
            "status": CustomerStatus(self.status_combo.currentData()),
            "status_manual": self.status_manual_check.isChecked(),
            "delivery_terms": self.delivery_terms_edit.text(),
            "delivery_method": self.delivery_method_edit.text(),
            "default_your_reference": self.your_reference_edit.text(),
            "agreement_identifier": self.agreement_edit.text(),
            "text_before_rows": self.text_before_edit.toPlainText(),
            "text_after_rows": self.text_after_edit.toPlainText(),
            "comment": self.comment_edit.toPlainText(),
            "custom_fields": {name: edit.text() for name, edit in self.custom_edits.items()},
        }
        texts = {
            "discount_percent": self.discount_edit.text(),
            "credit_limit": self.credit_limit_edit.text(),
            "penalty_interest": self.penalty_edit.text(),
            "payment_term_days": self.payment_term_edit.text(),
        }
        for name in _NUMBER_FIELDS:
            try:
                values[name] = FIELD_PARSERS[name](texts[name])
            except ValidationError as exc:
                values[name] = _NUMBER_FALLBACK.get(name)
                errors[name] = error_text(exc)
        return values, errors

    def _set_custom_fields(self, names: Iterable[str], values: Mapping[str, str]) -> None:
        wanted = list(dict.fromkeys([*names, *values]))
        if wanted != list(self.custom_edits):
            while self._custom_form.rowCount():
                self._custom_form.removeRow(0)
            for name in self.custom_edits:
                self.fields.remove(f"custom:{name}")
            self.custom_edits.clear()
            for name in wanted:
                self._add_custom_row(name)
        for name, edit in self.custom_edits.items():
            edit.setText(values.get(name, ""))

    def _add_custom_row(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        label = QLabel()
        label.setText(name)  # the user's own name; no mnemonic, no translation
        label.setTextFormat(Qt.TextFormat.PlainText)
        slot = FieldSlot(f"custom:{name}", edit, object_name=f"customField_{name}")
        edit.setAccessibleName(name)
        label.setBuddy(edit)
        self._custom_form.addRow(label, slot.container)
        self.fields.register(slot)
        self.custom_edits[name] = edit
        return edit

    def _add_custom_field(self) -> None:
        name = self._prompts.ask_text(self.tr("Add field"), self.tr("Name of the new field:"))
        if name is None:
            return
        try:
            self._service.add_custom_field(name)
        except ValidationError as exc:
            self._prompts.warn(self.tr("Add field"), error_text(exc))
            return
        name = name.strip()
        edit = self.custom_edits.get(name) or self._add_custom_row(name)
        edit.setFocus()

    # --- default office and contact, saved at once -----------------------------------

    def show_related(self, record: CustomerRecord | None) -> None:
        """Fill the default office and contact pickers from a stored record."""
        self._record = record
        offices = record.offices if record else ()
        contacts = [c for c in (record.contacts if record else ()) if not c.anonymised]
        for combo, rows in (
            (self.default_office_combo, [(o.id, o.name, o.is_default, True) for o in offices]),
            (
                self.default_contact_combo,
                [(c.id, c.name, c.is_default, c.active) for c in contacts],
            ),
        ):
            combo.clear()
            combo.addItem(self.tr("— none —"), None)
            current = 0
            for row_id, name, is_default, active in rows:
                if not active and not is_default:
                    continue  # an inactive person is not offered as the default
                combo.addItem(name, row_id)
                if is_default:
                    current = combo.count() - 1
            combo.setCurrentIndex(current)
            combo.setEnabled(record is not None)

    def _choose_default_office(self, index: int) -> None:
        if self._record is None:
            return
        chosen = self.default_office_combo.itemData(index)
        offices: tuple[OfficeData, ...] = self._record.offices
        changes = [replace(o, is_default=o.id == chosen) for o in offices
                   if o.is_default != (o.id == chosen)]  # fmt: skip
        self._save_defaults(changes, self._service.update_office)

    def _choose_default_contact(self, index: int) -> None:
        if self._record is None:
            return
        chosen = self.default_contact_combo.itemData(index)
        contacts: tuple[ContactData, ...] = self._record.contacts
        changes = [replace(c, is_default=c.id == chosen) for c in contacts
                   if not c.anonymised and c.is_default != (c.id == chosen)]  # fmt: skip
        self._save_defaults(changes, self._service.update_contact)

    def _save_defaults(self, changes: Sequence[_Row], update: Callable[[_Row], object]) -> None:
        # Setting a new default clears the old one in the same transaction (service);
        # only "— none —" needs the old default cleared by itself.
        new_default = [row for row in changes if row.is_default]
        try:
            for row in new_default or changes:
                update(row)
        except ValidationError as exc:
            self._prompts.warn(self.tr("Cannot change the default"), error_text(exc))
        self.relatedChanged.emit()


def _text_box(lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(QFontMetrics(edit.font()).lineSpacing() * lines + 12)
    return edit
