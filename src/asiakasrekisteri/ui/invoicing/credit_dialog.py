"""Make a credit note: chosen rows and quantities, or an amount, with the refund it leaves.

The dialog asks the service what each choice would make (``preview_credit``) as the user
types, so the credit note's total, its VAT breakdown and the refund owed to the customer
are the service's own figures, and what cannot be credited is refused with its reason
before anything is saved.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.crediting import CreditRequest, RowCredit
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.invoice import InvoiceRecord
from asiakasrekisteri.domain.limits import EARLIEST_DATE, LATEST_DATE
from asiakasrekisteri.domain.money import parse_money
from asiakasrekisteri.domain.text_values import parse_decimal
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.services.invoicing.crediting import CreditPlan
from asiakasrekisteri.ui.formatting import format_money, format_percent
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.invoicing.common import (
    Today,
    from_qdate,
    money_input_text,
    number_input_text,
    show_error,
    to_qdate,
)
from asiakasrekisteri.ui.widgets.date_edit import DateEdit
from asiakasrekisteri.ui.widgets.form_rows import error_label
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

__all__ = ["CreditDialog"]

_CREDIT = 3  # the column of the quantity to credit
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CreditDialog(Retranslating, QDialog):
    """Choose what a credit note credits and see what it makes before making it.

    Attributes:
        rows_radio, amount_radio: Credit rows (``creditRowsRadio``) or an amount
            (``creditAmountRadio``).
        rows_table: The invoice's rows with what is left of each and the quantity to
            credit, typed in the last column (``creditRowsTable``).
        amount_edit, description_edit: The amount with VAT (``creditAmountEdit``) and
            the text of its rows (``creditDescriptionEdit``).
        date_edit: The credit note's date (``creditDateEdit``).
        preview_label: The credit note's total, VAT and the refund (``creditPreview``).
        note: The credit note made, once accepted.
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
        self.setObjectName("creditDialog")
        self.invoicing = invoicing
        self.record = record
        self.note: InvoiceRecord | None = None
        self._plan: CreditPlan | None = None
        self._left = invoicing.preview_credit(record.id, CreditRequest()).creditable
        self._build(today)
        self.retranslateUi()

    def _build(self, today: Today) -> None:
        self.summary_label = QLabel()
        self.summary_label.setObjectName("creditSummary")
        self.summary_label.setWordWrap(True)
        self.rows_radio = QRadioButton()
        self.rows_radio.setObjectName("creditRowsRadio")
        self.amount_radio = QRadioButton()
        self.amount_radio.setObjectName("creditAmountRadio")
        self.rows_table = self._rows_table()
        self.amount_edit = QLineEdit(money_input_text(self._left.amount))
        self.amount_edit.setObjectName("creditAmountEdit")
        self.description_edit = QLineEdit()
        self.description_edit.setObjectName("creditDescriptionEdit")
        self.date_edit = DateEdit(to_qdate(today()), today=today)
        self.date_edit.setObjectName("creditDateEdit")
        self.date_edit.setDateRange(to_qdate(EARLIEST_DATE), to_qdate(LATEST_DATE))
        self.preview_label = QLabel()
        self.preview_label.setObjectName("creditPreview")
        self.preview_label.setWordWrap(True)
        self.error = error_label("creditError")
        form = QFormLayout()
        self.amount_label, self.description_label, self.date_label = QLabel(), QLabel(), QLabel()
        for label, field in ((self.amount_label, self.amount_edit),
                             (self.description_label, self.description_edit),
                             (self.date_label, self.date_edit)):  # fmt: skip
            label.setBuddy(field)
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("makeCreditNoteButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.rows_radio)
        layout.addWidget(self.rows_table, 1)
        layout.addWidget(self.amount_radio)
        layout.addLayout(form)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.rows_radio.setChecked(self._left.rows_left)
        self.amount_radio.setChecked(not self._left.rows_left)
        self.rows_radio.setEnabled(self._left.rows_left)
        self.rows_radio.toggled.connect(lambda _on: self._update())
        self.rows_table.itemChanged.connect(lambda _item: self._update())
        self.amount_edit.textChanged.connect(lambda _text: self._update())
        self.resize(640, 460)

    def _rows_table(self) -> QTableWidget:
        """The invoice's rows: description, quantity, left, and the quantity to credit."""
        table = QTableWidget(len(self.record.rows), 4)
        table.setObjectName("creditRowsTable")
        table.verticalHeader().setVisible(True)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for number, (row, left) in enumerate(
            zip(self.record.rows, self._left.quantities, strict=True)
        ):
            texts = (row.description, number_input_text(row.quantity), number_input_text(left))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if column:
                    item.setTextAlignment(_RIGHT)
                table.setItem(number, column, item)
            credit = QTableWidgetItem(number_input_text(left))
            credit.setTextAlignment(_RIGHT)
            if left == 0:
                credit.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(number, _CREDIT, credit)
        return table

    def retranslateUi(self) -> None:
        record = self.record
        self.setWindowTitle(self.tr("Credit note – invoice {number}").format(number=record.number))
        self.summary_label.setText(
            self.tr("Invoice total {total}, paid {paid}; still creditable {left}.").format(
                total=format_money(record.total),
                paid=format_money(record.paid_amount),
                left=format_money(self._left.amount),
            )
        )
        self.rows_radio.setText(self.tr("Credit &rows (type the quantity to credit)"))
        self.amount_radio.setText(self.tr("Credit an &amount (VAT included)"))
        self.rows_table.setHorizontalHeaderLabels(
            [self.tr("Description"), self.tr("Invoiced"), self.tr("Left"), self.tr("Credit")]
        )
        self.rows_table.setAccessibleName(self.tr("Rows to credit"))
        self.amount_label.setText(self.tr("A&mount"))
        self.description_label.setText(self.tr("&Text"))
        self.description_edit.setPlaceholderText(self.tr("Credit on invoice {number}").format(
            number=record.number))  # fmt: skip
        self.date_label.setText(self.tr("Credit note &date"))
        self.date_edit.setAccessibleName(self.tr("Credit note date"))
        self.ok_button.setText(self.tr("Make credit note"))
        self._update()

    def request(self) -> CreditRequest | None:
        """What the user chose, or None (and the reason shown) when it cannot be read."""
        if self.amount_radio.isChecked():
            try:
                amount = parse_money(self.amount_edit.text())
            except ValidationError as exc:
                show_error(self.error, error_text(exc))
                return None
            return CreditRequest(amount=amount, description=self.description_edit.text())
        credits: list[RowCredit] = []
        for number in range(self.rows_table.rowCount()):
            item = self.rows_table.item(number, _CREDIT)
            text = item.text().strip() if item is not None else ""
            try:
                quantity = parse_decimal(text) if text else None
            except ValidationError as exc:
                show_error(self.error, error_text(exc))
                return None
            if quantity:
                credits.append(RowCredit(number, quantity))
        if not credits:
            show_error(self.error, self.tr("Type the quantity to credit on at least one row."))
            return None
        return CreditRequest(rows=tuple(credits))

    def _update(self) -> None:
        """Ask the service what the choice makes; show it, or why it cannot be made."""
        on_rows = self.rows_radio.isChecked()
        self.rows_table.setEnabled(on_rows)
        for widget in (self.amount_edit, self.description_edit):
            widget.setEnabled(not on_rows)
        show_error(self.error, "")
        self._plan = None
        request = self.request()
        if request is not None:
            try:
                self._plan = self.invoicing.preview_credit(self.record.id, request)
            except ValidationError as exc:
                show_error(self.error, error_text(exc))
        self.preview_label.setText(self._preview_text(self._plan))
        self.ok_button.setEnabled(self._plan is not None)

    def _preview_text(self, plan: CreditPlan | None) -> str:
        if plan is None:
            return ""
        vat = "; ".join(
            self.tr("VAT {rate}: {vat}").format(
                rate=format_percent(part.rate), vat=format_money(part.vat)
            )
            for part in plan.totals.breakdown
        )
        lines = [self.tr("The credit note credits {amount} ({vat}).").format(
            amount=format_money(plan.amount), vat=vat)]  # fmt: skip
        if plan.full:
            lines.append(self.tr("The invoice is then credited in full."))
        if plan.refund > 0:
            lines.append(self.tr("You then owe the customer a refund of {refund}.").format(
                refund=format_money(plan.refund)))  # fmt: skip
        return "\n".join(lines)

    def accept(self) -> None:
        request = self.request()
        if request is None:
            return
        try:
            self.note = self.invoicing.credit(
                self.record.id, request, today=from_qdate(self.date_edit.date())
            )
        except ValidationError as exc:
            show_error(self.error, error_text(exc))
            return
        super().accept()
