"""The "Basic info" tab: name, identifiers, address and invoicing channels."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain import identifiers
from asiakasrekisteri.domain.customer import CustomerData
from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.ui.customer_card.fields import (
    FieldSet,
    make_country_combo,
    operator_code,
    select_data,
    select_operator,
    set_country_names,
    set_operator_items,
)
from asiakasrekisteri.ui.widgets.postal_city import PostalCityFiller
from asiakasrekisteri.ui.widgets.retranslating import Retranslating, set_item_texts


class BasicInfoTab(Retranslating, QScrollArea):
    """Form of the basic fields of a customer (Perustiedot).

    Attributes:
        fields: The tab's fields by record field name.

    Signals:
        edited(str): A field was changed; the record field name.
    """

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        column = QVBoxLayout(body)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        column.addLayout(form)
        column.addStretch(1)
        self.setWidget(body)
        self.fields = FieldSet(self.edited.emit)
        self._build_identity(form)
        self._build_contact(form)
        self.business_id_edit.textChanged.connect(self._update_helpers)
        self.vat_from_business_id_button.clicked.connect(self._fill_vat_id)
        self.ovt_from_business_id_button.clicked.connect(self._fill_ovt)
        self._update_helpers()
        self.retranslateUi()

    def _build_identity(self, form: QFormLayout) -> None:
        add = self.fields.add
        self.name_edit = QLineEdit()
        add(form, self.name_edit, "name", "nameEdit")
        self.group_combo = QComboBox()
        self.group_combo.setEditable(True)
        self.group_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        add(form, self.group_combo, "group", "groupCombo")
        self.manager_combo = QComboBox()
        self.manager_combo.setEditable(True)
        self.manager_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        add(form, self.manager_combo, "account_manager", "accountManagerCombo")
        self.number_edit = QLineEdit()
        add(form, self.number_edit, "customer_number", "customerNumberEdit")
        self.type_combo = QComboBox()
        for customer_type in (CustomerType.COMPANY, CustomerType.PRIVATE):
            self.type_combo.addItem("", customer_type.value)
        add(form, self.type_combo, "customer_type", "customerTypeCombo")
        self.business_id_edit = QLineEdit()
        self.business_id_edit.setPlaceholderText("1234567-8")
        add(form, self.business_id_edit, "business_id", "businessIdEdit")
        self.vat_id_edit = QLineEdit()
        self.vat_from_business_id_button = QPushButton()
        self.vat_from_business_id_button.setObjectName("vatFromBusinessIdButton")
        add(form, self.vat_id_edit, "vat_id", "vatIdEdit",
            extras=[self.vat_from_business_id_button])  # fmt: skip
        self.buyer_ovt_edit = QLineEdit()
        add(form, self.buyer_ovt_edit, "buyer_ovt", "buyerOvtEdit")
        self.company_form_edit = QLineEdit()
        add(form, self.company_form_edit, "company_form", "companyFormEdit")
        self.line_of_business_edit = QLineEdit()
        add(form, self.line_of_business_edit, "line_of_business", "lineOfBusinessEdit")

    def _build_contact(self, form: QFormLayout) -> None:
        add = self.fields.add
        self.street_edit = QPlainTextEdit()
        self.street_edit.setTabChangesFocus(True)
        lines = QFontMetrics(self.street_edit.font()).lineSpacing()
        self.street_edit.setFixedHeight(lines * 3 + 12)
        add(form, self.street_edit, "street", "streetEdit")
        self.postal_code_edit = QLineEdit()
        add(form, self.postal_code_edit, "postal_code", "postalCodeEdit")
        self.city_edit = QLineEdit()
        add(form, self.city_edit, "city", "cityEdit")
        self.country_combo = make_country_combo()
        add(form, self.country_combo, "country", "countryCombo")
        PostalCityFiller(
            self.postal_code_edit, self.city_edit, lambda: str(self.country_combo.currentData())
        )
        self.email_edit = QLineEdit()
        add(form, self.email_edit, "email", "emailEdit")
        self.phone_edit = QLineEdit()
        add(form, self.phone_edit, "phone", "phoneEdit")
        self.website_edit = QLineEdit()
        add(form, self.website_edit, "website", "websiteEdit")
        self.einvoice_address_edit = QLineEdit()
        self.ovt_from_business_id_button = QPushButton()
        self.ovt_from_business_id_button.setObjectName("ovtFromBusinessIdButton")
        add(form, self.einvoice_address_edit, "einvoice_address", "einvoiceAddressEdit",
            extras=[self.ovt_from_business_id_button])  # fmt: skip
        self.operator_combo = QComboBox()
        self.operator_combo.setEditable(True)
        self.operator_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        add(form, self.operator_combo, "einvoice_operator", "einvoiceOperatorCombo")
        self.unchecked_check = QCheckBox()
        add(form, self.unchecked_check, "einvoice_address_unchecked", "einvoiceUncheckedCheck")
        self.active_check = QCheckBox()
        add(form, self.active_check, "active", "activeCheck")

    def retranslateUi(self) -> None:
        self.fields.set_titles(
            {
                "name": self.tr("&Name"),
                "group": self.tr("Customer &group"),
                "account_manager": self.tr("Account &manager"),
                "customer_number": self.tr("Customer n&umber"),
                "customer_type": self.tr("&Type"),
                "business_id": self.tr("&Y-tunnus"),
                "vat_id": self.tr("&VAT id"),
                "buyer_ovt": self.tr("Re&cipient OVT"),
                "company_form": self.tr("Company &form"),
                "line_of_business": self.tr("Line of &business"),
                "street": self.tr("&Street address"),
                "postal_code": self.tr("&Postal code"),
                "city": self.tr("C&ity"),
                "country": self.tr("C&ountry"),
                "email": self.tr("Invoice &email"),
                "phone": self.tr("P&hone"),
                "website": self.tr("&Website"),
                "einvoice_address": self.tr("E-invoice a&ddress"),
                "einvoice_operator": self.tr("E-invoice ope&rator"),
                "einvoice_address_unchecked": self.tr(
                    "Save a non-standard e-invoice address on purpose"
                ),
                "active": self.tr("&Active customer"),
            }
        )
        set_item_texts(
            self.type_combo,
            {
                CustomerType.COMPANY.value: self.tr("Company"),
                CustomerType.PRIVATE.value: self.tr("Private person"),
            },
        )
        set_country_names(self.country_combo)
        self.vat_from_business_id_button.setText(self.tr("From Y-tunnus"))
        self.vat_from_business_id_button.setToolTip(
            self.tr("Fill in the Finnish VAT id made from the Y-tunnus (FI + its digits).")
        )
        self.fields.slots["buyer_ovt"].set_tooltip(
            self.tr("Only when the recipient's OVT identifier differs from the Y-tunnus.")
        )
        self.street_edit.setPlaceholderText(self.tr("c/o on the first line, then the street"))
        self.email_edit.setPlaceholderText(self.tr("several addresses separated by ;"))
        self.ovt_from_business_id_button.setText(self.tr("Use OVT from Y-tunnus"))

    def set_choices(
        self,
        groups: Iterable[str],
        operators: Iterable[tuple[str, str]],
        managers: Iterable[str] = (),
    ) -> None:
        """Refresh the group, account manager and operator lists, keeping what is shown."""
        for combo, names in ((self.group_combo, groups), (self.manager_combo, managers)):
            text = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("")
            combo.addItems(list(names))
            combo.setEditText(text)
            combo.blockSignals(False)
        set_operator_items(self.operator_combo, operators)

    def fill(self, data: CustomerData) -> None:
        self.name_edit.setText(data.name)
        index = self.group_combo.findText(data.group)
        self.group_combo.setCurrentIndex(index)
        self.group_combo.setEditText(data.group)
        self.manager_combo.setCurrentIndex(self.manager_combo.findText(data.account_manager))
        self.manager_combo.setEditText(data.account_manager)
        self.number_edit.setText(data.customer_number)
        select_data(self.type_combo, data.customer_type.value)
        self.business_id_edit.setText(data.business_id)
        self.vat_id_edit.setText(data.vat_id)
        self.buyer_ovt_edit.setText(data.buyer_ovt)
        self.company_form_edit.setText(data.company_form)
        self.line_of_business_edit.setText(data.line_of_business)
        self.street_edit.setPlainText(data.street)
        self.postal_code_edit.setText(data.postal_code)
        self.city_edit.setText(data.city)
        select_data(self.country_combo, data.country or "FI", fallback_text=data.country)
        self.email_edit.setText(data.email)
        self.phone_edit.setText(data.phone)
        self.website_edit.setText(data.website)
        self.einvoice_address_edit.setText(data.einvoice_address)
        select_operator(self.operator_combo, data.einvoice_operator)
        self.unchecked_check.setChecked(data.einvoice_address_unchecked)
        self.active_check.setChecked(data.active)

    def values(self) -> dict[str, Any]:
        """The record fields as typed (validation happens in the domain)."""
        return {
            "name": self.name_edit.text(),
            "group": self.group_combo.currentText(),
            "account_manager": self.manager_combo.currentText(),
            "customer_number": self.number_edit.text(),
            "customer_type": CustomerType(self.type_combo.currentData()),
            "business_id": self.business_id_edit.text(),
            "vat_id": self.vat_id_edit.text(),
            "buyer_ovt": self.buyer_ovt_edit.text(),
            "company_form": self.company_form_edit.text(),
            "line_of_business": self.line_of_business_edit.text(),
            "street": self.street_edit.toPlainText(),
            "postal_code": self.postal_code_edit.text(),
            "city": self.city_edit.text(),
            "country": str(self.country_combo.currentData() or "FI"),
            "email": self.email_edit.text(),
            "phone": self.phone_edit.text(),
            "website": self.website_edit.text(),
            "einvoice_address": self.einvoice_address_edit.text(),
            "einvoice_operator": operator_code(self.operator_combo),
            "einvoice_address_unchecked": self.unchecked_check.isChecked(),
            "active": self.active_check.isChecked(),
        }

    def _update_helpers(self) -> None:
        valid = identifiers.is_valid_business_id(self.business_id_edit.text())
        self.vat_from_business_id_button.setEnabled(valid)
        self.ovt_from_business_id_button.setEnabled(valid)

    def _fill_vat_id(self) -> None:
        try:
            vat_id = identifiers.vat_id_from_business_id(self.business_id_edit.text())
        except ValidationError:
            return  # the button is disabled for an invalid Y-tunnus
        self.vat_id_edit.setText(vat_id)

    def _fill_ovt(self) -> None:
        try:
            ovt = identifiers.ovt_from_business_id(self.business_id_edit.text())
        except ValidationError:
            return
        self.einvoice_address_edit.setText(ovt)
