"""The "Attachments" tab: a placeholder until files can be kept with the card."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class AttachmentsTab(QWidget):
    """Says what the tab will hold (Liitteet); the feature comes in a later issue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.placeholder = QLabel(
            self.tr(
                "Attachments will be kept here: files dropped on the customer card, to "
                "open, save as or remove."
            )
        )
        self.placeholder.setObjectName("attachmentsPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(self.placeholder)
        layout.addStretch(1)
