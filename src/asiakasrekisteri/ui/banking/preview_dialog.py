"""The preview of a bank file: every payment, its match and what importing it does.

Each payment has a checkbox; leaving one out matches the rest again at once (two payments
of one invoice pay it in turn), and the totals follow. Import writes the payments kept
in one transaction, in a worker thread; Cancel writes nothing.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.bank_payments import SkippedEntry
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.payment_matching import Action, Proposal
from asiakasrekisteri.services.banking import (
    BankPaymentService,
    ImportPreview,
    ImportResult,
    totals_of,
)
from asiakasrekisteri.ui.banking.texts import (
    action_text,
    amount_text,
    format_name,
    skipped_text,
)
from asiakasrekisteri.ui.formatting import format_date, format_datetime, format_money
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.invoicing.common import Prompts
from asiakasrekisteri.ui.spreadsheets.workers import Worker
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    DATE = 0
    AMOUNT = 1
    REFERENCE = 2
    PAYER = 3
    CUSTOMER = 4
    ACTION = 5


class PaymentPreviewModel(QAbstractTableModel):
    """The payments of a file (checkable) and its other entries (greyed), in file order.

    Signals:
        choiceChanged(): A payment was checked or unchecked.
    """

    choiceChanged = Signal()

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.skipped: list[SkippedEntry] = list(preview.file.skipped)
        self.chosen = {
            i for i, p in enumerate(preview.proposals) if p.action is not Action.ALREADY_IMPORTED
        }
        self.proposals: tuple[Proposal | None, ...] = preview.proposals

    def headers(self) -> list[str]:
        return [
            self.tr("Booked"),
            self.tr("Amount"),
            self.tr("Reference"),
            self.tr("Payer"),
            self.tr("Customer"),
            self.tr("Action"),
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.proposals) + len(self.skipped)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def is_payment(self, row: int) -> bool:
        return row < len(self.proposals)

    def checkable(self, row: int) -> bool:
        return (
            self.is_payment(row)
            and self.preview.proposals[row].action is not Action.ALREADY_IMPORTED
        )

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsSelectable
        if self.checkable(index.row()):
            flags |= Qt.ItemFlag.ItemIsEnabled
            if index.column() == Column.DATE:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.DATE:
            if not self.is_payment(row):
                return None
            return Qt.CheckState.Checked if row in self.chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not self.checkable(row):
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if self.is_payment(row):
            return self._payment_text(row, Column(column))
        return self._skipped_text(self.skipped[row - len(self.proposals)], Column(column))

    def _payment_text(self, row: int, column: Column) -> str:
        payment = self.preview.file.payments[row]
        if column is Column.DATE:
            return format_date(payment.booking_date)
        if column is Column.AMOUNT:
            return amount_text(payment.amount, payment.currency)
        if column is Column.REFERENCE:
            return payment.reference or payment.message
        if column is Column.PAYER:
            return payment.payer_name
        proposal = self.proposals[row]
        if proposal is None:
            return self.tr("Left out") if column is Column.ACTION else ""
        if column is Column.CUSTOMER:
            if proposal.payer_id is None:
                return ""
            return self.preview.customer_names.get(proposal.payer_id, "")
        return action_text(proposal)

    @staticmethod
    def _skipped_text(entry: SkippedEntry, column: Column) -> str:
        if column is Column.DATE:
            return format_date(entry.booking_date)
        if column is Column.AMOUNT:
            return format_money(entry.amount)
        if column is Column.REFERENCE:
            return entry.description
        if column is Column.ACTION:
            return skipped_text(entry.reason)
        return ""

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = index.row()
        if role != Qt.ItemDataRole.CheckStateRole or not self.checkable(row):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_chosen(row, checked)
        return True

    def set_chosen(self, row: int, checked: bool) -> None:
        """Take a payment in or leave it out; the others are matched again."""
        if checked:
            self.chosen.add(row)
        else:
            self.chosen.discard(row)
        self.proposals = self.preview.plan(self.chosen)
        last = len(self.proposals) - 1
        self.dataChanged.emit(self.index(row, Column.DATE), self.index(row, Column.DATE))
        self.dataChanged.emit(self.index(0, Column.CUSTOMER), self.index(last, Column.ACTION))
        self.choiceChanged.emit()

    def chosen_proposals(self) -> list[Proposal]:
        return [p for p in self.proposals if p is not None]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(Column) - 1)
            )


class BankImportDialog(Retranslating, QDialog):
    """The payments of a bank file with their matches; Import writes the ones checked.

    Attributes:
        preview: What was read and matched.
        model: The table's model.
        prompts: Message boxes (tests replace it).
        import_result: The import done, once Import has succeeded.

    Signals:
        imported(object): The payments were imported; carries the ImportResult.
    """

    imported = Signal(object)

    def __init__(
        self,
        service: BankPaymentService,
        preview: ImportPreview,
        parent: QWidget | None = None,
        *,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bankImportDialog")
        self.resize(1000, 560)
        self.service = service
        self.preview = preview
        self.prompts = prompts or Prompts(self)
        self.import_result: ImportResult | None = None
        self._worker: Worker | None = None

        self.file_label = QLabel()
        self.file_label.setObjectName("bankFileLabel")
        self.file_label.setWordWrap(True)
        self.imported_label = QLabel()
        self.imported_label.setObjectName("importedBeforeLabel")
        self.imported_label.setWordWrap(True)
        self.model = PaymentPreviewModel(preview, self)
        self.table = QTableView()
        self.table.setObjectName("paymentTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("totalsLabel")
        self.totals_label.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.import_payments)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.imported_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.buttons)
        self.model.choiceChanged.connect(self._show_totals)
        self.retranslateUi()
        self._fit_columns()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Import bank payments"))
        file = self.preview.file
        self.file_label.setText(
            self.tr("{file}: {kind}, account {account}").format(
                file=self.preview.file_name,
                kind=format_name(file.format),
                account=file.account or "—",
            )
        )
        imported_at = self.preview.imported_at
        self.imported_label.setVisible(imported_at is not None)
        if imported_at is not None:
            self.imported_label.setText(
                self.tr(
                    "This file was imported on {when}. Its payments imported then are "
                    "skipped; only payments left out then can be imported now."
                ).format(when=format_datetime(imported_at))
            )
        self.import_button.setText(self.tr("&Import"))
        self.model.retranslate()
        self._show_totals()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column in (Column.DATE, Column.AMOUNT, Column.REFERENCE):
            self.table.resizeColumnToContents(column)
        header.resizeSection(Column.PAYER, 180)
        header.resizeSection(Column.CUSTOMER, 180)

    def _show_totals(self) -> None:
        totals = totals_of(self.model.chosen_proposals())
        left_out = sum(1 for p in self.model.proposals if p is None)
        parts = [
            self.tr("%n payment(s) to import, {amount}.", "", totals.payments).format(
                amount=format_money(totals.amount)
            ),
            self.tr("{settled} settles invoices ({paid} paid in full).").format(
                settled=format_money(totals.settled), paid=QLocale().toString(totals.invoices_paid)
            ),
        ]
        if totals.credit:
            parts.append(
                self.tr("{credit} becomes customers' credit.").format(
                    credit=format_money(totals.credit)
                )
            )
        if totals.unmatched_count:
            parts.append(
                self.tr(
                    "%n payment(s) of {amount} match no invoice.", "", totals.unmatched_count
                ).format(amount=format_money(totals.unmatched))
            )
        if totals.corrections:
            parts.append(
                self.tr("%n correction(s) are recorded, not settled.", "", totals.corrections)
            )
        if left_out:
            parts.append(self.tr("%n payment(s) left out.", "", left_out))
        if totals.already_imported:
            parts.append(self.tr("%n payment(s) imported already.", "", totals.already_imported))
        self.totals_label.setText(" ".join(parts))
        self.import_button.setEnabled(totals.payments > 0 and self._worker is None)

    def import_payments(self) -> None:
        """Write the checked payments, in a worker; the dialog closes when it is done."""
        if self._worker is not None or not self.model.chosen:
            return
        service, preview, chosen = self.service, self.preview, set(self.model.chosen)
        worker = Worker(lambda _p, _c: service.apply(preview, chosen))
        worker.succeeded.connect(self._done)
        worker.failed.connect(self._failed)
        self._worker = worker
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.totals_label.setText(self.tr("Importing…"))
        worker.start_job()

    def is_busy(self) -> bool:
        return self._worker is not None

    def _done(self, result: ImportResult) -> None:
        self._worker = None
        self.import_result = result
        self.imported.emit(result)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._worker = None
        self.cancel_button.setEnabled(True)
        self._show_totals()
        if not isinstance(exc, ValidationError):
            raise exc
        self.prompts.warn(self.tr("Import bank payments"), error_text(exc))

    def reject(self) -> None:
        if self._worker is None:  # an import runs to its end: one short transaction
            super().reject()
