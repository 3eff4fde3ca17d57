"""Own company details: the seller printed on every invoice."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.company import CompanyData, validate_company
from asiakasrekisteri.domain.errors import FieldErrors
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.ui.i18n import errors_text


class CompanyDialog(QDialog):
    """Edit the own company; errors show under each field and OK waits until all are valid."""

    def __init__(self, service: CompanyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companyDialog")
        self.setWindowTitle(self.tr("Own company details"))
        self.service = service
        labels = {
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
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.error_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        data = service.get()
        for name, label_text in labels.items():
            edit: QLineEdit | QPlainTextEdit
            if name == "street":
                edit = QPlainTextEdit(self)
                edit.setPlainText(data.street)
                edit.setFixedHeight(edit.fontMetrics().height() * 3 + 12)
                edit.setTabChangesFocus(True)
                edit.textChanged.connect(self._validate)
            else:
                edit = QLineEdit(getattr(data, name), self)
                edit.textChanged.connect(lambda _t: self._validate())
            edit.setObjectName(f"{name}Edit")
            edit.setAccessibleName(label_text.replace("&", ""))
            label = QLabel(label_text, self)
            label.setBuddy(edit)
            error = QLabel(self)
            error.setObjectName(f"{name}Error")
            error.setStyleSheet("color: #c62828;")
            error.setWordWrap(True)
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(label, column)
            self.edits[name] = edit
            self.error_labels[name] = error
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._validate()

    def data(self) -> CompanyData:
        values: dict[str, Any] = {}
        for field in fields(CompanyData):
            edit = self.edits[field.name]
            values[field.name] = (
                edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            )
        return CompanyData(**values)

    def _validate(self) -> bool:
        try:
            validate_company(self.data())
            messages: dict[str, str] = {}
        except FieldErrors as exc:
            messages = errors_text(exc)
        for name, label in self.error_labels.items():
            label.setText(messages.get(name, ""))
            label.setVisible(name in messages)
            self.edits[name].setToolTip(messages.get(name, ""))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not messages)
        return not messages

    def accept(self) -> None:
        if not self._validate():
            return
        self.service.save(self.data())
        super().accept()
