"""The "History" tab: creation and update stamps; the change log comes later."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from asiakasrekisteri.domain.customer import CustomerRecord
from asiakasrekisteri.ui.formatting import format_datetime


class HistoryTab(QWidget):
    """The card's stamps and a placeholder for its change log (Käsittelyhistoria)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        stamps = QFormLayout()
        self.created_label = QLabel()
        self.created_label.setObjectName("createdLabel")
        self.updated_label = QLabel()
        self.updated_label.setObjectName("updatedLabel")
        self.merged_label = QLabel()
        self.merged_label.setObjectName("mergedNumbersLabel")
        self.merged_label.setWordWrap(True)
        stamps.addRow(self.tr("Created"), self.created_label)
        stamps.addRow(self.tr("Last updated"), self.updated_label)
        stamps.addRow(self.tr("Numbers merged in"), self.merged_label)
        self._merged_row_label = stamps.labelForField(self.merged_label)
        layout.addLayout(stamps)
        self.placeholder = QLabel(
            self.tr(
                "The change history of this card will be shown here: when, who and which "
                "field changed, with the old and the new value."
            )
        )
        self.placeholder.setObjectName("historyPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(self.placeholder)
        layout.addStretch(1)
        self.show_record(None)

    def show_record(self, record: CustomerRecord | None) -> None:
        not_saved = self.tr("Not saved yet")
        created = format_datetime(record.created_at) if record else ""
        updated = format_datetime(record.updated_at) if record else ""
        self.created_label.setText(created or not_saved)
        self.updated_label.setText(updated or not_saved)
        merged = ", ".join(record.merged_numbers) if record else ""
        self.merged_label.setText(merged)
        self.merged_label.setVisible(bool(merged))
        if self._merged_row_label is not None:
            self._merged_row_label.setVisible(bool(merged))
