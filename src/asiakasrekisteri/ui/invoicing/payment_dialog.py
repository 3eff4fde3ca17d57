"""Record a payment of an invoice: date and amount, partial payments allowed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.invoice import InvoiceRecord, PaymentResult
from asiakasrekisteri.domain.limits import EARLIEST_DATE, LATEST_DATE
from asiakasrekisteri.domain.money import parse_money
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.ui.formatting import format_money
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.invoicing.common import (
    Prompts,
    Today,
    from_qdate,
    money_input_text,
    show_error,
    to_qdate,
)
from asiakasrekisteri.ui.widgets.date_edit import DateEdit
from asiakasrekisteri.ui.widgets.form_rows import error_label
from asiakasrekisteri.ui.widgets.retranslating import Retranslating


class PaymentDialog(Retranslating, QDialog):
    """Asks for the payment date and amount; the open amount is the default.

    Attributes:
        date_edit: Payment date (``paymentDateEdit``).
        amount_edit: Amount, typed with a decimal comma (``paymentAmountEdit``).
        payment_result: What recording did, once accepted.
        prompts: The overpayment warning goes through here (tests replace it).

    Signals:
        recorded(object): A :class:`PaymentResult` after the payment was stored.
    """

    recorded = Signal(object)

    def __init__(
        self,
        invoicing: InvoicingService,
        record: InvoiceRecord,
        parent: QWidget | None = None,
        *,
        today: Today = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.invoicing = invoicing
        self.record = record
        self.payment_result: PaymentResult | None = None
        self.prompts = Prompts(self)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("paymentSummary")
        self.hint_label = QLabel()
        self.hint_label.setObjectName("partialHint")
        self.date_edit = DateEdit(to_qdate(today()), today=today)
        self.date_edit.setObjectName("paymentDateEdit")
        self.date_edit.setDateRange(to_qdate(EARLIEST_DATE), to_qdate(LATEST_DATE))
        self.amount_edit = QLineEdit(money_input_text(record.open_amount))
        self.amount_edit.setObjectName("paymentAmountEdit")
        self.amount_edit.selectAll()
        self.error = error_label("paymentError")
        self.over_hint = QLabel()
        self.over_hint.setObjectName("overpaymentHint")
        self.over_hint.setWordWrap(True)
        self.over_hint.hide()

        form = QFormLayout()
        self.date_label = QLabel()
        self.date_label.setBuddy(self.date_edit)
        self.amount_label = QLabel()
        self.amount_label.setBuddy(self.amount_edit)
        form.addRow(self.date_label, self.date_edit)
        form.addRow(self.amount_label, self.amount_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # An own accept button: the box puts its standard buttons' texts back on a
        # language change, which would undo "Record payment".
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("recordPaymentButton")
        if self.style().styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons):
            self.ok_button.setIcon(
                self.style().standardIcon(QStyle.StandardPixmap.SP_DialogOkButton)
            )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.over_hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.date_edit, self.amount_edit)
        self.amount_edit.textChanged.connect(lambda _t: self._check())
        self.amount_edit.setFocus()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        record = self.record
        self.setWindowTitle(
            self.tr("Record payment – invoice {number}").format(number=record.number)
        )
        self.summary_label.setText(
            self.tr("Total {total}, paid {paid}, open {open}.").format(
                total=format_money(record.total),
                paid=format_money(record.paid_amount),
                open=format_money(record.open_amount),
            )
        )
        self.hint_label.setText(self.tr("A partial payment leaves the rest open."))
        self.date_edit.setAccessibleName(self.tr("Payment date"))
        self.amount_edit.setAccessibleName(self.tr("Amount paid"))
        self.date_label.setText(self.tr("Payment &date"))
        self.amount_label.setText(self.tr("&Amount"))
        self.ok_button.setText(self.tr("Record payment"))
        self._check()  # its messages in the new language

    def amount(self) -> Decimal | None:
        """The amount typed, or None (and an error shown) when it is not one."""
        try:
            return parse_money(self.amount_edit.text())
        except ValidationError as exc:
            show_error(self.error, error_text(exc))
            return None

    def _check(self) -> bool:
        show_error(self.error, "")
        amount = self.amount()
        ok = amount is not None and amount > 0
        if amount is not None and amount <= 0:
            show_error(self.error, self.tr("Give an amount bigger than zero."))
        over = amount is not None and amount > self.record.open_amount
        self.over_hint.setVisible(over)
        if over and amount is not None:
            self.over_hint.setText(
                self.tr("This is {extra} more than is open.").format(
                    extra=format_money(amount - self.record.open_amount)
                )
            )
        self.ok_button.setEnabled(ok)
        return ok

    def accept(self) -> None:
        if not self._check():
            return
        amount = self.amount()
        if amount is None:
            return
        try:
            result = self.invoicing.record_payment(
                self.record.id, amount, from_qdate(self.date_edit.date())
            )
        except ValidationError as exc:
            show_error(self.error, error_text(exc))
            return
        self.payment_result = result
        if result.overpaid:
            self.prompts.warn(
                self.tr("Overpayment"),
                self.tr(
                    "Invoice {number} is now overpaid by {amount}. Refund the difference "
                    "to the customer or agree on how it is used."
                ).format(
                    number=result.invoice.number,
                    amount=format_money(result.invoice.overpaid_amount),
                ),
            )
        self.recorded.emit(result)
        super().accept()
