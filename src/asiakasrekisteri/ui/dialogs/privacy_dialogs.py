"""Privacy views: the customers whose data may be erased after the retention period."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.services.privacy import PrivacyService, RetentionCandidate
from asiakasrekisteri.ui.formatting import format_date
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

ID_ROLE = Qt.ItemDataRole.UserRole


class RetentionDialog(Retranslating, QDialog):
    """Customers with no activity and no open invoices for N years: erasure candidates.

    Signals:
        openRequested(int): The user wants to see that customer's card.
    """

    openRequested = Signal(int)

    def __init__(self, service: PrivacyService, years: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self._service = service
        self._candidates: list[RetentionCandidate] = []
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.years_label = QLabel()
        row.addWidget(self.years_label)
        self.years_spin = QSpinBox()
        self.years_spin.setObjectName("retentionYearsSpin")
        self.years_spin.setRange(1, 30)
        self.years_spin.setValue(years)
        row.addWidget(self.years_spin)
        row.addStretch(1)
        layout.addLayout(row)
        self.candidate_list = QListWidget()
        self.candidate_list.setObjectName("retentionList")
        layout.addWidget(self.candidate_list, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._open)
        self.candidate_list.itemDoubleClicked.connect(lambda _i: self._open())
        self.years_spin.valueChanged.connect(lambda _v: self.refresh())
        self.resize(520, 420)
        self.refresh()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Retention: candidates for erasure"))
        self.years_label.setText(self.tr("No activity and no open invoices for"))
        self.years_spin.setSuffix(self.tr(" years"))
        self.open_button.setText(self.tr("Open card"))
        self._show_candidates()

    def refresh(self) -> None:
        self._candidates = list(self._service.retention_candidates(self.years_spin.value()))
        self.candidate_list.clear()
        for candidate in self._candidates:
            item = QListWidgetItem()
            item.setData(ID_ROLE, candidate.customer_id)
            self.candidate_list.addItem(item)
        self._show_candidates()

    def _show_candidates(self) -> None:
        """The candidates' lines, their dates in the language's way, and their count."""
        for row, candidate in enumerate(self._candidates):
            last = candidate.last_activity
            when = format_date(last.date()) if last else "–"
            item = self.candidate_list.item(row)
            item.setText(f"{candidate.customer_number}  {candidate.name}  ({when})")
        self.count_label.setText(self.tr("%n customer(s)", "", len(self._candidates)))

    def _open(self) -> None:
        item = self.candidate_list.currentItem()
        if item is not None:
            self.openRequested.emit(int(item.data(ID_ROLE)))
            self.accept()


__all__ = ["RetentionDialog"]
