"""The own company's details as a form to embed (first-run and settings dialogs)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.company import COMPANY_FIELD_NAMES, CompanyData, validate_company
from asiakasrekisteri.domain.errors import FieldErrors
from asiakasrekisteri.ui.i18n import errors_text
from asiakasrekisteri.ui.widgets.form_rows import FieldRow, FormScrollArea, add_field_row
from asiakasrekisteri.ui.widgets.postal_city import PostalCityFiller
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

# What a new user is asked on the first start: what an invoice needs.
FIRST_RUN_FIELDS: tuple[str, ...] = (
    "name", "business_id", "street", "postal_code", "city", "iban", "bic", "email", "phone",
)  # fmt: skip


class CompanyForm(Retranslating, QWidget):
    """One line edit per company field; errors show under each field as the user types.

    Fields not shown keep the values the form was given, so saving never clears them.

    Attributes:
        edits: Field name → its editor.
        error_labels: Field name → the label under it that shows the field's error.

    Signals:
        validityChanged(bool): The form became valid or invalid.
    """

    validityChanged = Signal(bool)

    def __init__(
        self,
        data: CompanyData,
        parent: QWidget | None = None,
        *,
        field_names: tuple[str, ...] = COMPANY_FIELD_NAMES,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("companyForm")
        self._initial = data
        self._valid = True
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._rows: dict[str, FieldRow] = {}
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        # On a small screen the fields and their messages scroll; the buttons stay.
        self.scroll_area = FormScrollArea(page, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        for name in field_names:
            edit: QLineEdit | QPlainTextEdit
            if name == "street":
                edit = QPlainTextEdit(page)
                edit.setPlainText(data.street)
                edit.setFixedHeight(edit.fontMetrics().height() * 3 + 12)
                edit.setTabChangesFocus(True)
                edit.textChanged.connect(self.validate)
            else:
                edit = QLineEdit(str(getattr(data, name)), page)
                edit.textChanged.connect(lambda _t: self.validate())
            self.edits[name] = edit
            row = add_field_row(form, name, edit)
            self._rows[name] = row
            self.error_labels[name] = row.error
        postal, city = self.edits.get("postal_code"), self.edits.get("city")
        if isinstance(postal, QLineEdit) and isinstance(city, QLineEdit):
            PostalCityFiller(postal, city, self._country)
        self.retranslateUi()

    def _country(self) -> str:
        edit = self.edits.get("country")
        return edit.text() if isinstance(edit, QLineEdit) else self._initial.country

    def retranslateUi(self) -> None:
        titles = {
            "name": self.tr("&Company name"),
            "business_id": self.tr("&Y-tunnus"),
            "vat_id": self.tr("&VAT number"),
            "street": self.tr("&Street address"),
            "postal_code": self.tr("&Postal code"),
            "city": self.tr("C&ity"),
            "country": self.tr("Co&untry"),
            "iban": self.tr("&IBAN"),
            "bic": self.tr("&BIC"),
            "email": self.tr("&Email"),
            "phone": self.tr("P&hone"),
        }
        for name, row in self._rows.items():
            row.set_title(titles[name])
        self.validate()  # the errors in the new language

    def data(self) -> CompanyData:
        """The details as typed (not normalised), with hidden fields as given."""
        values: dict[str, Any] = {}
        for name, edit in self.edits.items():
            values[name] = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        return replace(self._initial, **values)

    def is_changed(self) -> bool:
        return self.data() != self._initial

    def is_valid(self) -> bool:
        return self._valid

    def validate(self) -> bool:
        """Show every field's error under it; True when all are valid."""
        try:
            validate_company(self.data())
            messages: dict[str, str] = {}
        except FieldErrors as exc:
            messages = errors_text(exc)
        for name, label in self.error_labels.items():
            label.setText(messages.get(name, ""))
            label.setVisible(name in messages)
            self.edits[name].setToolTip(messages.get(name, ""))
        # An error in a field the form does not show (e.g. a stored bad country) counts too.
        valid = not messages
        if valid != self._valid:
            self._valid = valid
            self.validityChanged.emit(valid)
        return valid
