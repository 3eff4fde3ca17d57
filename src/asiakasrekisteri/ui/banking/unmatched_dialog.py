"""Payments that matched no invoice: assign each by hand, or set it aside.

Choosing a payment lists the open invoices it may be for (the same amount open, a payer
name alike); a double-click on one, or its number typed in, and Assign places the money
on that invoice. What exceeds the invoice becomes the customer's credit.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.services.banking import BankPaymentService, Suggestion, UnmatchedPayment
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.ui.banking.texts import amount_text, unmatched_text
from asiakasrekisteri.ui.formatting import format_date, format_money
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.invoicing.common import Prompts
from asiakasrekisteri.ui.widgets.retranslating import Retranslating


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
    table.resizeColumnsToContents()


class UnmatchedPaymentsDialog(Retranslating, QDialog):
    """The unmatched payments, suggestions for the one chosen, Assign and Set aside.

    Attributes:
        payments: The payments listed.
        suggestions: The suggestions for the payment chosen.
        prompts: Message boxes (tests replace it).

    Signals:
        changed(): A payment was assigned or set aside.
    """

    changed = Signal()

    def __init__(
        self,
        service: BankPaymentService,
        invoicing: InvoicingService,
        parent: QWidget | None = None,
        *,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unmatchedPaymentsDialog")
        self.resize(960, 600)
        self.service = service
        self.invoicing = invoicing
        self.prompts = prompts or Prompts(self)
        self.payments: list[UnmatchedPayment] = []
        self.suggestions: list[Suggestion] = []

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = _table("unmatchedTable", 7)
        self.table.itemSelectionChanged.connect(self._payment_chosen)
        self.suggestions_title = QLabel()
        self.suggestion_table = _table("suggestionTable", 5)
        self.suggestion_table.itemSelectionChanged.connect(self._suggestion_chosen)
        self.suggestion_table.itemDoubleClicked.connect(lambda _item: self.assign())
        self.invoice_edit = QLineEdit()
        self.invoice_edit.setObjectName("invoiceNumberEdit")
        self.invoice_edit.textChanged.connect(self._enable)
        self.invoice_label = QLabel()
        self.invoice_label.setBuddy(self.invoice_edit)
        self.assign_button = QPushButton()
        self.assign_button.setObjectName("assignButton")
        self.assign_button.clicked.connect(self.assign)
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("dismissButton")
        self.dismiss_button.clicked.connect(self.dismiss)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.accept)
        self.message = QLabel()
        self.message.setObjectName("assignMessage")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.invoice_label, self.invoice_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.suggestions_title)
        layout.addWidget(self.suggestion_table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.refresh()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Unmatched payments"))
        self.intro.setText(
            self.tr(
                "These payments from the bank's files matched no invoice. Choose one and "
                "assign it to an invoice, or set it aside when it is not an invoice payment."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Booked"),
                self.tr("Amount"),
                self.tr("Reference"),
                self.tr("Payer"),
                self.tr("Message"),
                self.tr("Why"),
                self.tr("File"),
            ]
        )
        self.suggestions_title.setText(self.tr("Open invoices it may be for"))
        self.suggestion_table.setHorizontalHeaderLabels(
            [
                self.tr("Invoice"),
                self.tr("Customer"),
                self.tr("Open"),
                self.tr("Due"),
                self.tr("Why suggested"),
            ]
        )
        self.invoice_label.setText(self.tr("&Invoice number:"))
        self.assign_button.setText(self.tr("&Assign to invoice"))
        self.dismiss_button.setText(self.tr("&Set aside"))
        self.dismiss_button.setToolTip(self.tr("Not an invoice payment: take it off this list"))
        self.close_button.setText(self.tr("&Close"))
        self._fill_payments()
        self._fill_suggestions()

    def refresh(self) -> None:
        """Read the unmatched payments again; the first is chosen."""
        self.payments = self.service.unmatched()
        self._fill_payments()
        if self.payments:
            self.table.selectRow(0)
        self._payment_chosen()

    def _fill_payments(self) -> None:
        _fill(
            self.table,
            [
                [
                    format_date(p.booking_date),
                    amount_text(p.amount, p.currency),
                    p.reference,
                    p.payer_name,
                    p.message,
                    unmatched_text(p.reason),
                    p.file_name,
                ]
                for p in self.payments
            ],
        )

    def _fill_suggestions(self) -> None:
        rows = []
        for s in self.suggestions:
            why = []
            if s.same_amount:
                why.append(self.tr("the same amount open"))
            if s.name_score:
                why.append(
                    self.tr("name {score} % alike").format(score=QLocale().toString(s.name_score))
                )
            rows.append(
                [
                    str(s.number),
                    s.customer_name,
                    format_money(s.open_amount),
                    format_date(s.due_date),
                    ", ".join(why),
                ]
            )
        _fill(self.suggestion_table, rows)

    def chosen(self) -> UnmatchedPayment | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.payments[min(rows)] if rows else None

    def _payment_chosen(self) -> None:
        payment = self.chosen()
        self.suggestions = self.service.suggestions(payment) if payment is not None else []
        self._fill_suggestions()
        self.invoice_edit.setText(str(self.suggestions[0].number) if self.suggestions else "")
        self._enable()

    def _suggestion_chosen(self) -> None:
        rows = {i.row() for i in self.suggestion_table.selectedIndexes()}
        if rows:
            self.invoice_edit.setText(str(self.suggestions[min(rows)].number))

    def _enable(self) -> None:
        payment = self.chosen()
        self.assign_button.setEnabled(
            payment is not None and bool(self.invoice_edit.text().strip())
        )
        self.dismiss_button.setEnabled(payment is not None)

    def assign(self) -> None:
        """Place the chosen payment on the invoice whose number is given."""
        payment = self.chosen()
        if payment is None:
            return
        try:
            invoice = self.invoicing.get_by_number(self.invoice_edit.text())
            result = self.service.assign(payment.id, invoice.id)
        except ValidationError as exc:
            self.prompts.warn(self.tr("Assign a payment"), error_text(exc))
            return
        text = self.tr("{paid} paid on invoice {number}.").format(
            paid=format_money(result.paid), number=result.invoice_number
        )
        if result.credit:
            text += " " + self.tr("{credit} became the customer's credit.").format(
                credit=format_money(result.credit)
            )
        self.message.setText(text)
        self.refresh()
        self.changed.emit()

    def dismiss(self) -> None:
        """Take the chosen payment off the list, after asking."""
        payment = self.chosen()
        if payment is None:
            return
        if not self.prompts.confirm(
            self.tr("Set aside"),
            self.tr(
                "Set aside the payment of {amount} from {payer}? It is kept with the bank "
                "file but no longer listed here."
            ).format(
                amount=amount_text(payment.amount, payment.currency),
                payer=payment.payer_name or "—",
            ),
            self.tr("Set aside"),
        ):
            return
        try:
            self.service.dismiss(payment.id)
        except ValidationError as exc:
            self.prompts.warn(self.tr("Set aside"), error_text(exc))
        self.message.setText("")
        self.refresh()
        self.changed.emit()


__all__ = ["UnmatchedPaymentsDialog"]
