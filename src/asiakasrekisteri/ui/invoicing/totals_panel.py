"""The foot of the invoice editor: the VAT breakdown per rate beside the totals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.invoice_math import InvoiceTotals
from asiakasrekisteri.domain.money import ZERO
from asiakasrekisteri.ui.formatting import format_money, format_percent
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class InvoiceTotalsPanel(Retranslating, QWidget):
    """Totals as the service computed them; zero while there are none.

    Attributes:
        breakdown_table: Net, VAT and gross per rate (``vatBreakdown``).
        vat_note_label: Why no VAT is charged, when so (``vatNote``).
        net_label, vat_label, total_label: ``totalNetLabel``, ``totalVatLabel`` and
            ``totalLabel`` (the amount to pay, in bold).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.breakdown_table = QTableWidget(0, 4)
        self.breakdown_table.setObjectName("vatBreakdown")
        self.breakdown_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.breakdown_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.breakdown_table.verticalHeader().hide()
        self.breakdown_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.breakdown_table.setMaximumHeight(100)
        self.vat_note_label = QLabel()
        self.vat_note_label.setObjectName("vatNote")
        self.vat_note_label.setWordWrap(True)
        self.net_label = _amount_label("totalNetLabel")
        self.vat_label = _amount_label("totalVatLabel")
        self.total_label = _amount_label("totalLabel")
        bold = QFont(self.total_label.font())
        bold.setBold(True)
        self.total_label.setFont(bold)
        self.net_caption, self.vat_caption, self.total_caption = QLabel(), QLabel(), QLabel()
        amounts = QFormLayout()
        amounts.addRow(self.net_caption, self.net_label)
        amounts.addRow(self.vat_caption, self.vat_label)
        amounts.addRow(self.total_caption, self.total_label)
        breakdown = QVBoxLayout()
        breakdown.addWidget(self.breakdown_table)
        breakdown.addWidget(self.vat_note_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(breakdown, 3)
        layout.addSpacing(24)
        layout.addLayout(amounts, 2)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.breakdown_table.setAccessibleName(self.tr("VAT breakdown"))
        self.breakdown_table.setHorizontalHeaderLabels(
            [self.tr("VAT %"), self.tr("Excl. VAT"), self.tr("VAT"), self.tr("Total")]
        )
        self.net_caption.setText(self.tr("Total excl. VAT"))
        self.vat_caption.setText(self.tr("VAT"))
        self.total_caption.setText(self.tr("Total to pay"))

    def show_totals(self, totals: InvoiceTotals | None) -> None:
        breakdown = totals.breakdown if totals is not None else ()
        self.breakdown_table.setRowCount(len(breakdown))
        for row, item in enumerate(breakdown):
            texts = (format_percent(item.rate), format_money(item.net), format_money(item.vat),
                     format_money(item.gross))  # fmt: skip
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(_RIGHT)
                self.breakdown_table.setItem(row, column, cell)
        self.net_label.setText(format_money(totals.net if totals is not None else ZERO))
        self.vat_label.setText(format_money(totals.vat if totals is not None else ZERO))
        self.total_label.setText(format_money(totals.gross if totals is not None else ZERO))

    def show_vat_note(self, note: str | None) -> None:
        self.vat_note_label.setText(note or "")
        self.vat_note_label.setVisible(bool(note))


def _amount_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAlignment(_RIGHT)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
