"""Record a refund paid out to the customer: the day and the amount (what is owed by default)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.invoice import InvoiceRecord
from asiakasrekisteri.domain.limits import EARLIEST_DATE, LATEST_DATE
from asiakasrekisteri.domain.money import parse_money
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.ui.formatting import format_money
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.invoicing.common import (
    Today,
    from_qdate,
    money_input_text,
    show_error,
    to_qdate,
)
from asiakasrekisteri.ui.widgets.date_edit import DateEdit
from asiakasrekisteri.ui.widgets.form_rows import error_label
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

__all__ = ["InvoiceRefundDialog"]


class InvoiceRefundDialog(Retranslating, QDialog):
    """Asks when and how much was paid back on an invoice, and records it.

    Attributes:
        date_edit: The day it was paid out (``invoiceRefundDateEdit``).
        amount_edit: The amount (``invoiceRefundAmountEdit``), what is owed by default.
        invoice: The invoice after the refund, once accepted.
    """

    def __init__(
        self,
        invoicing: InvoicingService,
        record: InvoiceRecord,
        parent: QWidget | None = None,
        *,
        today: Today = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceRefundDialog")
        self.invoicing = invoicing
        self.record = record
        self.invoice: InvoiceRecord | None = None
        self.summary_label = QLabel()
        self.summary_label.setObjectName("invoiceRefundSummary")
        self.summary_label.setWordWrap(True)
        self.date_edit = DateEdit(to_qdate(today()), today=today)
        self.date_edit.setObjectName("invoiceRefundDateEdit")
        self.date_edit.setDateRange(to_qdate(EARLIEST_DATE), to_qdate(LATEST_DATE))
        self.amount_edit = QLineEdit(money_input_text(record.refund_due))
        self.amount_edit.setObjectName("invoiceRefundAmountEdit")
        self.error = error_label("invoiceRefundError")
        self.date_label, self.amount_label = QLabel(), QLabel()
        form = QFormLayout()
        for label, field in ((self.date_label, self.date_edit),
                             (self.amount_label, self.amount_edit)):  # fmt: skip
            label.setBuddy(field)
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("recordInvoiceRefundButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.amount_edit.setFocus()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        record = self.record
        self.setWindowTitle(self.tr("Refund – invoice {number}").format(number=record.number))
        self.summary_label.setText(
            self.tr("You owe {name} {owed} on invoice {number}.").format(
                name=record.buyer.name, owed=format_money(record.refund_due), number=record.number
            )
        )
        self.date_label.setText(self.tr("Paid out &on"))
        self.amount_label.setText(self.tr("&Amount"))
        self.date_edit.setAccessibleName(self.tr("Refund date"))
        self.amount_edit.setAccessibleName(self.tr("Amount refunded"))
        self.ok_button.setText(self.tr("Record refund"))

    def accept(self) -> None:
        try:
            amount = parse_money(self.amount_edit.text())
            self.invoice = self.invoicing.record_refund(
                self.record.id, amount, refund_date=from_qdate(self.date_edit.date())
            )
        except ValidationError as exc:
            show_error(self.error, error_text(exc))
            return
        super().accept()
