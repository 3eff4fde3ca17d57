"""Dialog to add or edit an office (toimipaikka) with its own invoicing channels."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from asiakasrekisteri.domain.customer import OfficeData, validate_office
from asiakasrekisteri.ui.customer_card.fields import (
    make_country_combo,
    operator_code,
    select_data,
    select_operator,
    set_country_names,
    set_operator_items,
)
from asiakasrekisteri.ui.dialogs import RecordDialog
from asiakasrekisteri.ui.widgets.postal_city import PostalCityFiller


class OfficeDialog(RecordDialog):
    """Name, address, invoice email(s) and e-invoice address of one office.

    Args:
        submit: Saves the office (e.g. ``service.add_office``); its errors are shown.
        operators: The e-invoice operators as (code, name).
        office: The office to edit; None for a new one.
    """

    entity = "office"
    _original: OfficeData

    def __init__(
        self,
        submit: Callable[[OfficeData], object],
        operators: Iterable[tuple[str, str]] = (),
        office: OfficeData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setObjectName("officeDialog")
        original = office or OfficeData()
        self._original = original
        self._editing = office is not None
        add = self.fields.add
        self.name_edit = QLineEdit(original.name)
        add(self.form, self.name_edit, "name", "officeNameEdit")
        self.street_edit = QPlainTextEdit(original.street)
        self.street_edit.setTabChangesFocus(True)
        self.street_edit.setFixedHeight(QFontMetrics(self.street_edit.font()).lineSpacing() * 3
                                        + 12)  # fmt: skip
        add(self.form, self.street_edit, "street", "officeStreetEdit")
        self.postal_code_edit = QLineEdit(original.postal_code)
        add(self.form, self.postal_code_edit, "postal_code", "officePostalCodeEdit")
        self.city_edit = QLineEdit(original.city)
        add(self.form, self.city_edit, "city", "officeCityEdit")
        self.country_combo = make_country_combo()
        select_data(self.country_combo, original.country or "FI", fallback_text=original.country)
        add(self.form, self.country_combo, "country", "officeCountryCombo")
        PostalCityFiller(
            self.postal_code_edit, self.city_edit, lambda: str(self.country_combo.currentData())
        )
        self.email_edit = QLineEdit(original.email)
        add(self.form, self.email_edit, "email", "officeEmailEdit")
        self.einvoice_edit = QLineEdit(original.einvoice_address)
        add(self.form, self.einvoice_edit, "einvoice_address", "officeEinvoiceAddressEdit")
        self.operator_combo = QComboBox()
        self.operator_combo.setEditable(True)
        self.operator_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        set_operator_items(self.operator_combo, operators)
        select_operator(self.operator_combo, original.einvoice_operator)
        add(self.form, self.operator_combo, "einvoice_operator", "officeOperatorCombo")
        self.default_check = QCheckBox()
        self.default_check.setChecked(original.is_default)
        add(self.form, self.default_check, "is_default", "officeDefaultCheck")
        self.setMinimumWidth(460)
        self._finish_setup()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Edit office") if self._editing else self.tr("Add office"))
        self.fields.set_titles(
            {
                "name": self.tr("&Name"),
                "street": self.tr("&Street address"),
                "postal_code": self.tr("&Postal code"),
                "city": self.tr("C&ity"),
                "country": self.tr("C&ountry"),
                "email": self.tr("Invoice &email"),
                "einvoice_address": self.tr("E-invoice a&ddress"),
                "einvoice_operator": self.tr("E-invoice ope&rator"),
                "is_default": self.tr("De&fault office"),
            }
        )
        set_country_names(self.country_combo)
        self.email_edit.setPlaceholderText(self.tr("several addresses separated by ;"))
        self.fields.slots["einvoice_address"].set_tooltip(
            self.tr("Wins over the customer's e-invoice address on invoices to this office.")
        )
        super().retranslateUi()

    def data(self) -> OfficeData:
        return replace(
            self._original,
            name=self.name_edit.text(),
            street=self.street_edit.toPlainText(),
            postal_code=self.postal_code_edit.text(),
            city=self.city_edit.text(),
            country=str(self.country_combo.currentData() or "FI"),
            email=self.email_edit.text(),
            einvoice_address=self.einvoice_edit.text(),
            einvoice_operator=operator_code(self.operator_combo),
            is_default=self.default_check.isChecked(),
        )

    def _validate(self, data: OfficeData) -> OfficeData:
        return validate_office(data)
