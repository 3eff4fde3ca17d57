"""Make a payment reminder: its date, what it asks for and why, then record it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.interest import (
    B2B_RECOVERY_COMPENSATION,
    CONSUMER_FEE_WAIT_DAYS,
    MAX_CONSUMER_FEES,
    NoFeeReason,
    ReferenceRateUnknown,
    ReminderCharges,
)
from asiakasrekisteri.domain.invoice import InvoiceRecord, ReminderRecord
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.ui.formatting import format_date, format_money
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.invoicing.common import Today, from_qdate, show_error, to_qdate
from asiakasrekisteri.ui.invoicing.reference_rate_dialog import ask_missing_rate
from asiakasrekisteri.ui.widgets.date_edit import DateEdit
from asiakasrekisteri.ui.widgets.form_rows import error_label
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

# The lines of the charges, in the order the reminder prints them.
_LINES = ("open", "interest", "earlier_costs", "fee", "compensation", "total")


class ReminderDialog(Retranslating, QDialog):
    """Shows what a reminder will ask for before it is recorded, and records it.

    A reminder can be made on any day after the due date; the law decides whether it may
    carry a fee, and the dialog says why when it may not.

    Attributes:
        date_edit: The reminder's date, today by default (``reminderDateEdit``); an
            earlier day records a paper reminder sent then.
        compensation_check: Claim a business debt's fixed compensation
            (``compensationCheck``); shown for business customers only.
        values: Line key → its amount label (``reminder_<key>``).
        reason_label: Why the reminder carries no fee (``noFeeReason``).
        error: Why no reminder can be made on that day (``reminderError``).
        rate_button: Asks for a half-year's missing reference rate
            (``enterReferenceRateButton``), shown only when one is missing.
        charges: What the reminder asks for, or None when it cannot be made.
        pdf: The reminder's PDF once it was recorded.
        reminder: The reminder once it was recorded.
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
        self.setObjectName("reminderDialog")
        self.invoicing = invoicing
        self.record = record
        self.charges: ReminderCharges | None = None
        self.pdf: bytes | None = None
        self.reminder: ReminderRecord | None = None

        self.date_edit = DateEdit(to_qdate(today()), today=today)
        self.date_edit.setObjectName("reminderDateEdit")
        self.date_edit.setMinimumDate(to_qdate(record.due_date + timedelta(days=1)))
        self.date_edit.setMaximumDate(to_qdate(today()))
        self.date_label = QLabel()
        self.date_label.setBuddy(self.date_edit)
        self.compensation_check = QCheckBox()
        self.compensation_check.setObjectName("compensationCheck")
        form = QFormLayout()
        form.addRow(self.date_label, self.date_edit)
        form.addRow(self.compensation_check)
        # The fixed compensation is a business debt's (never a consumer's).
        self.compensation_check.setHidden(record.buyer.private)
        self.values: dict[str, QLabel] = {}
        self._titles: dict[str, QLabel] = {}
        for key in _LINES:
            title, value = QLabel(), QLabel()
            value.setObjectName(f"reminder_{key}")
            form.addRow(title, value)
            self.values[key] = value
            self._titles[key] = title
        self.reason_label = QLabel()
        self.reason_label.setObjectName("noFeeReason")
        self.reason_label.setWordWrap(True)
        self.error = error_label("reminderError")
        self.rate_button = QPushButton()
        self.rate_button.setObjectName("enterReferenceRateButton")
        self.rate_button.clicked.connect(self.ask_reference_rate)
        self._missing_rate: ReferenceRateUnknown | None = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # An own accept button: the box puts its standard buttons' texts back on a
        # language change, which would undo "Make reminder".
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("makeReminderButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.error)
        layout.addWidget(self.rate_button)
        layout.addWidget(self.buttons)
        self.date_edit.dateChanged.connect(lambda _d: self._preview())
        self.compensation_check.toggled.connect(lambda _on: self._preview())
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(
            self.tr("Payment reminder – invoice {number}").format(number=self.record.number)
        )
        self.date_label.setText(self.tr("Reminder &date"))
        self.date_edit.setAccessibleName(self.tr("Reminder date"))
        self.compensation_check.setText(
            self.tr("Claim the fixed compensation of {amount} for recovery costs").format(
                amount=format_money(B2B_RECOVERY_COMPENSATION)
            )
        )
        for key, title in (
            ("open", self.tr("Open")),
            ("interest", self.tr("Penalty interest")),
            ("earlier_costs", self.tr("Costs of earlier reminders")),
            ("fee", self.tr("Reminder fee")),
            ("compensation", self.tr("Fixed compensation")),
            ("total", self.tr("Total to pay")),
        ):
            self._titles[key].setText(title)
            self.values[key].setAccessibleName(title)
        self.ok_button.setText(self.tr("Make reminder"))
        self.rate_button.setText(self.tr("&Enter the reference rate…"))
        self._preview()  # the reason in the new language

    def day(self) -> date:
        return from_qdate(self.date_edit.date())

    def _preview(self) -> None:
        """Show the charges of a reminder on the chosen day, or why there can be none."""
        show_error(self.error, "")
        self._missing_rate = None
        try:
            self.charges = self.invoicing.reminder_charges(
                self.record.id,
                today=self.day(),
                claim_compensation=self.compensation_check.isChecked(),
            )
        except ValidationError as exc:
            self.charges = None
            if isinstance(exc, ReferenceRateUnknown):
                self._missing_rate = exc
            show_error(self.error, error_text(exc))
        self.rate_button.setVisible(self._missing_rate is not None)
        charges = self.charges
        amounts = {
            "open": charges.open_amount if charges else None,
            "interest": charges.interest if charges else None,
            "earlier_costs": charges.earlier_costs if charges else None,
            "fee": charges.fee if charges else None,
            "compensation": charges.compensation if charges else None,
            "total": charges.total if charges else None,
        }
        for key, amount in amounts.items():
            self.values[key].setText(format_money(amount))
        reason = self._reason_text(charges.no_fee_reason if charges else None)
        self.reason_label.setText(reason)
        self.reason_label.setVisible(bool(reason))
        self.ok_button.setEnabled(charges is not None)

    def _run_dialog(self, dialog: QDialog) -> int:
        """Run a sub-dialog modally; tests replace this to fill it in."""
        return dialog.exec()

    def ask_reference_rate(self) -> bool:
        """Ask for the missing half-year's reference rate, save it and show the charges."""
        if self._missing_rate is None:
            return False
        saved = ask_missing_rate(self.invoicing, self._missing_rate, self, self._run_dialog)
        if saved:
            self._preview()
        return saved

    def _reason_text(self, reason: NoFeeReason | None) -> str:
        if reason is NoFeeReason.TOO_EARLY:
            return self.tr(
                "No reminder fee: a consumer may be charged one only when at least {days} "
                "days have passed since the due date {due}. The reminder can be sent "
                "without a fee."
            ).format(days=CONSUMER_FEE_WAIT_DAYS, due=format_date(self.record.due_date))
        if reason is NoFeeReason.FEE_LIMIT:
            return self.tr(
                "No reminder fee: a consumer may be charged the fees of {count} reminders "
                "at most, and they have been charged. The earlier fees are still asked for."
            ).format(count=MAX_CONSUMER_FEES)
        if reason is NoFeeReason.COMPENSATION:
            return self.tr(
                "No separate reminder fee: the fixed compensation covers the recovery "
                "costs of this invoice."
            )
        return ""

    def accept(self) -> None:
        try:
            self.reminder, self.pdf = self.invoicing.create_reminder(
                self.record.id,
                today=self.day(),
                claim_compensation=self.compensation_check.isChecked(),
            )
        except ValidationError as exc:
            show_error(self.error, error_text(exc))
            return
        super().accept()
