"""A customer's credit from overpayments, on the card: use it on open invoices, or refund."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.money import ZERO, parse_money
from asiakasrekisteri.services.banking import BankPaymentService
from asiakasrekisteri.ui.formatting import format_money
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.invoicing.common import Prompts, money_input_text, show_error
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

Today = Callable[[], date]


class RefundDialog(Retranslating, QDialog):
    """How much of the credit was paid back to the customer (all of it, to begin with).

    Attributes:
        amount: The amount given, once accepted.
    """

    def __init__(self, credit: Decimal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refundDialog")
        self.credit = credit
        self.amount: Decimal | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.amount_edit = QLineEdit(money_input_text(credit))
        self.amount_edit.setObjectName("refundAmountEdit")
        self.amount_label = QLabel()
        self.amount_label.setBuddy(self.amount_edit)
        self.error = QLabel()
        self.error.setObjectName("refundError")
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # An own accept button: the box puts its standard buttons' texts back on a
        # language change, which would undo "Record refund".
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("recordRefundButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.amount_label, self.amount_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Refund credit"))
        self.intro.setText(
            self.tr(
                "The customer has {credit} of credit. Record the amount you have paid back to them."
            ).format(credit=format_money(self.credit))
        )
        self.amount_label.setText(self.tr("&Refunded (€):"))
        self.ok_button.setText(self.tr("&Record refund"))

    def accept(self) -> None:
        try:
            amount = parse_money(self.amount_edit.text())
        except ValidationError as exc:
            show_error(self.error, error_text(exc))
            return
        if not ZERO < amount <= self.credit:
            show_error(
                self.error,
                self.tr("Give an amount of at most {credit}.").format(
                    credit=format_money(self.credit)
                ),
            )
            return
        self.amount = amount
        super().accept()


class CreditPanel(Retranslating, QWidget):
    """The credit line of the card's invoicing box; hidden while there is no credit.

    Attributes:
        customer_id: The customer shown, or None.
        balance: Their credit.
        prompts: Message boxes (tests replace it).

    Signals:
        changed(): Credit was used or refunded (invoices and figures changed).
    """

    changed = Signal()

    def __init__(
        self,
        service: BankPaymentService,
        parent: QWidget | None = None,
        *,
        today: Today = date.today,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("creditPanel")
        self.service = service
        self._today = today
        self.prompts = prompts or Prompts(self)
        self.customer_id: int | None = None
        self.balance = ZERO
        self.label = QLabel()
        self.label.setObjectName("creditLabel")
        self.use_button = QPushButton()
        self.use_button.setObjectName("useCreditButton")
        self.use_button.clicked.connect(self.use_credit)
        self.refund_button = QPushButton()
        self.refund_button.setObjectName("refundCreditButton")
        self.refund_button.clicked.connect(self.refund)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.refund_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.show_customer(None)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.label.setText(
            self.tr("Credit from overpayments: {credit}").format(credit=format_money(self.balance))
        )
        self.use_button.setText(self.tr("Use on open invoices"))
        self.use_button.setToolTip(
            self.tr("Pay the customer's open invoices from the credit, the oldest due first")
        )
        self.refund_button.setText(self.tr("Refund…"))

    def show_customer(self, customer_id: int | None) -> None:
        """Show one customer's credit; None (a new card) hides the panel."""
        self.customer_id = customer_id
        try:
            self.balance = (
                self.service.credit_balance(customer_id) if customer_id is not None else ZERO
            )
        except ValidationError:
            self.balance = ZERO
        self.setVisible(self.balance > 0)
        self.retranslateUi()

    def reload(self) -> None:
        self.show_customer(self.customer_id)

    def use_credit(self) -> None:
        if self.customer_id is None:
            return
        try:
            used = self.service.use_credit(self.customer_id, today=self._today())
        except ValidationError as exc:
            self.prompts.warn(self.tr("Credit"), error_text(exc))
            return
        self.prompts.inform(
            self.tr("Credit"),
            "\n".join(
                self.tr("{amount} paid on invoice {number}.").format(
                    amount=format_money(a.amount), number=a.number
                )
                for a in used
            ),
        )
        self.reload()
        self.changed.emit()

    def refund(self) -> None:
        if self.customer_id is None or self.balance <= 0:
            return
        dialog = RefundDialog(self.balance, self)
        if not dialog.exec() or dialog.amount is None:
            return
        try:
            self.service.refund_credit(self.customer_id, dialog.amount, today=self._today())
        except ValidationError as exc:
            self.prompts.warn(self.tr("Credit"), error_text(exc))
            return
        self.reload()
        self.changed.emit()


__all__ = ["CreditPanel", "RefundDialog"]
