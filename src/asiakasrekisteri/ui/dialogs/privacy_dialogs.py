"""Privacy views: retention candidates."""

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

from asiakasrekisteri.services.privacy import PrivacyService
from asiakasrekisteri.ui.formatting import format_date

ID_ROLE = Qt.ItemDataRole.UserRole


class RetentionDialog(QDialog):
    """Customers with no activity and no open invoices for N years: erasure candidates.

    Signals:
        openRequested(int): The user wants to see that customer's card.
    """

    openRequested = Signal(int)

    def __init__(self, service: PrivacyService, years: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Retention: candidates for erasure"))
        self._service = service
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("No activity and no open invoices for")))
        self.years_spin = QSpinBox()
        self.years_spin.setObjectName("retentionYearsSpin")
        self.years_spin.setRange(1, 30)
        self.years_spin.setValue(years)
        self.years_spin.setSuffix(self.tr(" years"))
        row.addWidget(self.years_spin)
        row.addStretch(1)
        layout.addLayout(row)
        self.candidate_list = QListWidget()
        self.candidate_list.setObjectName("retentionList")
        layout.addWidget(self.candidate_list, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(
            self.tr("Open card"), QDialogButtonBox.ButtonRole.ActionRole
        )
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._open)
        self.candidate_list.itemDoubleClicked.connect(lambda _i: self._open())
        self.years_spin.valueChanged.connect(lambda _v: self.refresh())
        self.resize(520, 420)
        self.refresh()

    def refresh(self) -> None:
        self.candidate_list.clear()
        found = self._service.retention_candidates(self.years_spin.value())
        for c in found:
            last = format_date(c.last_activity.date()) if c.last_activity else "–"
            item = QListWidgetItem(f"{c.customer_number}  {c.name}  ({last})")
            item.setData(ID_ROLE, c.customer_id)
            self.candidate_list.addItem(item)
        self.count_label.setText(self.tr("%n customer(s)", "", len(found)))

    def _open(self) -> None:
        item = self.candidate_list.currentItem()
        if item is not None:
            self.openRequested.emit(int(item.data(ID_ROLE)))
            self.accept()


__all__ = ["RetentionDialog"]
