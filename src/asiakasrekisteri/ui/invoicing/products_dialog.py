"""Products and services (tuotteet ja palvelut): the list, and a dialog to add or edit one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain import vat
from asiakasrekisteri.domain.enums import VatExemption
from asiakasrekisteri.domain.errors import FieldErrors, ValidationError
from asiakasrekisteri.domain.invoice import ProductData
from asiakasrekisteri.domain.money import parse_money, parse_percent
from asiakasrekisteri.services.products import ProductService
from asiakasrekisteri.ui.formatting import format_money, format_percent
from asiakasrekisteri.ui.i18n import error_text, errors_text
from asiakasrekisteri.ui.invoicing.common import (
    Prompts,
    Today,
    money_input_text,
    number_input_text,
    show_field_errors,
)
from asiakasrekisteri.ui.invoicing.vat_names import exemption_name, kind_name, taxable_name
from asiakasrekisteri.ui.widgets.form_rows import add_field_row, error_label
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ProductDialog(Retranslating, QDialog):
    """Add or edit one product; errors show under the fields.

    Attributes:
        edits: Field name → editor (``<field>Edit``); the VAT rate is an editable combo,
            goods or service (``goodsEdit``) and the exemption (``vat_exemptionEdit``)
            lists; an exempt product has no rate.
        saved_product: The product as stored, once saved.
    """

    def __init__(
        self,
        service: ProductService,
        product: ProductData | None = None,
        parent: QWidget | None = None,
        *,
        today: Today = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("productDialog")
        self.service = service
        self.product = product
        self.saved_product: ProductData | None = None
        # Recomputes the errors shown after Save, so a language change can show them anew.
        self._shown_errors: Callable[[], dict[str, str]] | None = None
        self.code_edit = QLineEdit(product.code if product else "")
        self.name_edit = QLineEdit(product.name if product else "")
        self.unit_edit = QLineEdit(product.unit if product else "")
        self.price_edit = QLineEdit(money_input_text(product.unit_price) if product else "")
        self.vat_combo = QComboBox()
        self.vat_combo.setEditable(True)
        for rate in vat.rates_on(today()):
            self.vat_combo.addItem(number_input_text(rate), str(rate))
        if product is not None:
            self.vat_combo.setEditText(number_input_text(product.vat_percent))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem("", False)
        self.kind_combo.addItem("", True)
        self.kind_combo.setCurrentIndex(1 if product is not None and product.goods else 0)
        self.exemption_combo = QComboBox()
        self.exemption_combo.addItem("", "")
        for exemption in VatExemption:
            self.exemption_combo.addItem("", exemption.value)
        chosen = product.vat_exemption.value if product and product.vat_exemption else ""
        self.exemption_combo.setCurrentIndex(max(self.exemption_combo.findData(chosen), 0))
        self.exemption_combo.currentIndexChanged.connect(lambda _i: self._exemption_changed())
        self.active_check = QCheckBox()
        self.active_check.setChecked(product.active if product else True)
        self.work_check = QCheckBox()
        self.work_check.setObjectName("householdWorkCheck")
        self.work_check.setChecked(product.household_work if product else False)
        self.edits: dict[str, QWidget] = {
            "code": self.code_edit,
            "name": self.name_edit,
            "unit": self.unit_edit,
            "unit_price": self.price_edit,
            "vat_percent": self.vat_combo,
            "vat_exemption": self.exemption_combo,
            "goods": self.kind_combo,
        }
        form = QFormLayout()
        self._rows = {name: add_field_row(form, name, edit) for name, edit in self.edits.items()}
        self.errors: dict[str, QLabel] = {name: row.error for name, row in self._rows.items()}
        form.addRow("", self.work_check)
        form.addRow("", self.active_check)
        self.general_error = error_label("productError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._exemption_changed()
        self.retranslateUi()

    def _exemption(self) -> VatExemption | None:
        value = str(self.exemption_combo.currentData() or "")
        return VatExemption(value) if value else None

    def _exemption_changed(self) -> None:
        """An exempt product is sold without VAT: its rate is 0 and cannot be chosen."""
        exempt = self._exemption() is not None
        if exempt:
            self.vat_combo.setEditText(number_input_text(Decimal(0)))
        self.vat_combo.setEnabled(not exempt)

    def retranslateUi(self) -> None:
        editing = self.product is not None
        self.setWindowTitle(self.tr("Edit product") if editing else self.tr("New product"))
        titles = {
            "code": self.tr("&Code"),
            "name": self.tr("&Name"),
            "unit": self.tr("&Unit"),
            "unit_price": self.tr("Unit &price (excl. VAT)"),
            "vat_percent": self.tr("&VAT %"),
            "vat_exemption": self.tr("VAT e&xemption"),
            "goods": self.tr("&Goods or service"),
        }
        for name, row in self._rows.items():
            row.set_title(titles[name])
        self.kind_combo.setItemText(0, kind_name(False))
        self.kind_combo.setItemText(1, kind_name(True))
        self.exemption_combo.setItemText(0, taxable_name())
        for i, exemption in enumerate(VatExemption, start=1):
            self.exemption_combo.setItemText(i, exemption_name(exemption))
        self.active_check.setText(self.tr("&Active (offered on new invoice rows)"))
        self.work_check.setText(self.tr("&Household work (household tax credit)"))
        if self._shown_errors is not None:
            self._show_errors(self._shown_errors)

    def data(self) -> tuple[ProductData | None, dict[str, str]]:
        """The product as typed, or None and the fields that could not be read."""
        errors: dict[str, str] = {}
        price = Decimal(0)
        rate = Decimal(0)
        try:
            price = parse_money(self.price_edit.text())
        except ValidationError as exc:
            errors["unit_price"] = error_text(exc)
        try:
            rate = parse_percent(self.vat_combo.currentText())
        except ValidationError as exc:
            errors["vat_percent"] = error_text(exc)
        if errors:
            return None, errors
        product = ProductData(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            unit=self.unit_edit.text(),
            unit_price=price,
            vat_percent=rate,
            active=self.active_check.isChecked(),
            goods=bool(self.kind_combo.currentData()),
            vat_exemption=self._exemption(),
            household_work=self.work_check.isChecked(),
            id=self.product.id if self.product else None,
        )
        return product, errors

    def _show_errors(self, errors: Callable[[], dict[str, str]]) -> None:
        """Show the errors ``errors`` computes; again on a language change."""
        self._shown_errors = errors
        show_field_errors(self.errors, self.general_error, errors())

    def accept(self) -> None:
        product, _errors = self.data()
        if product is None:
            self._show_errors(lambda: self.data()[1])
            return
        try:
            self.saved_product = self.service.save(product)
        except FieldErrors as exc:
            self._show_errors(partial(errors_text, exc))
            return
        except ValidationError as exc:
            self._show_errors(partial(_general_error, exc))
            return
        super().accept()


def _general_error(error: ValidationError) -> dict[str, str]:
    return {"": error_text(error)}


class ProductsDialog(Retranslating, QDialog):
    """The product register: add, edit, deactivate (Settings › Products and services…).

    Attributes:
        table: The products (``productsTable``).
        prompts: Messages (tests replace them).
    """

    def __init__(
        self, service: ProductService, parent: QWidget | None = None, *, today: Today = date.today
    ) -> None:
        super().__init__(parent)
        self.setObjectName("productsDialog")
        self.resize(760, 440)
        self.service = service
        self._today = today
        self.prompts = Prompts(self)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("productsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.show_inactive = QCheckBox()
        self.show_inactive.setObjectName("showInactiveProducts")
        self.add_button = QPushButton()
        self.add_button.setObjectName("addProductButton")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editProductButton")
        self.toggle_button = QPushButton()
        self.toggle_button.setObjectName("toggleProductButton")
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeButton")
        row = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.toggle_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.show_inactive)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._products: list[ProductData] = []
        self.show_inactive.toggled.connect(lambda _c: self.reload())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _i: self.edit_product())
        self.add_button.clicked.connect(self.add_product)
        self.edit_button.clicked.connect(self.edit_product)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.close_button.clicked.connect(self.accept)
        self.reload()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        title = self.tr("Products and services")
        self.setWindowTitle(title)
        self.table.setAccessibleName(title)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("Unit"), self.tr("Unit price"),
             self.tr("VAT %"), self.tr("Type"), self.tr("Active")]
        )  # fmt: skip
        self.show_inactive.setText(self.tr("Show &inactive"))
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.close_button.setText(self.tr("Close"))
        selected = self.selected()
        self._fill(selected.id if selected is not None else None)

    def products(self) -> list[ProductData]:
        return list(self._products)

    def reload(self, select_id: int | None = None) -> None:
        self._products = self.service.list(include_inactive=self.show_inactive.isChecked())
        self._fill(select_id)

    def _fill(self, select_id: int | None) -> None:
        """Show :attr:`_products`; "Yes"/"No" and the formats in the UI language."""
        self.table.setRowCount(len(self._products))
        for row, product in enumerate(self._products):
            texts = [
                product.code, product.name, product.unit, format_money(product.unit_price),
                exemption_name(product.vat_exemption) if product.vat_exemption
                else format_percent(product.vat_percent),
                kind_name(product.goods),
                self.tr("Yes") if product.active else self.tr("No"),
            ]  # fmt: skip
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, product.id)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
            if product.id == select_id:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> ProductData | None:
        items = self.table.selectedItems()
        if not items:
            return None
        product_id = items[0].data(ID_ROLE)
        return next((p for p in self._products if p.id == product_id), None)

    def _update_buttons(self) -> None:
        product = self.selected()
        self.edit_button.setEnabled(product is not None)
        self.toggle_button.setEnabled(product is not None)
        active = product is None or product.active
        self.toggle_button.setText(self.tr("&Deactivate") if active else self.tr("Ac&tivate"))

    def _run_dialog(self, dialog: ProductDialog) -> None:
        """Runs the product dialog; tests replace this to fill and accept it."""
        dialog.exec()

    def add_product(self) -> ProductData | None:
        dialog = ProductDialog(self.service, None, self, today=self._today)
        self._run_dialog(dialog)
        saved = dialog.saved_product
        if saved is not None:
            self.reload(saved.id)
        return saved

    def edit_product(self) -> ProductData | None:
        product = self.selected()
        if product is None:
            return None
        dialog = ProductDialog(self.service, product, self, today=self._today)
        self._run_dialog(dialog)
        saved = dialog.saved_product
        if saved is not None:
            self.reload(saved.id)
        return saved

    def toggle_active(self) -> None:
        product = self.selected()
        if product is None:
            return
        try:
            saved = self.service.save(replace(product, active=not product.active))
        except ValidationError as exc:
            self.prompts.warn(self.tr("Products and services"), error_text(exc))
            return
        self.reload(saved.id)
