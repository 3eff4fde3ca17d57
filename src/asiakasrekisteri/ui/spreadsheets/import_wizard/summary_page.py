"""Step 7 of the import: what it did, and the rows it skipped with the reasons."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.services.spreadsheets import ImportResult
from asiakasrekisteri.ui.spreadsheets.import_wizard.page import ImportPage
from asiakasrekisteri.ui.spreadsheets.import_wizard.state import ImportState
from asiakasrekisteri.ui.spreadsheets.import_wizard.texts import reason_text
from asiakasrekisteri.ui.spreadsheets.tables import TextRowsModel, rows_view


class SummaryPage(ImportPage):
    """The counts of the import in ``state.result`` and the rows it skipped.

    Signals:
        reportRequested(): The user wants the rows and what happened saved as a workbook.
    """

    reportRequested = Signal()

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.setObjectName("importSummaryPage")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        font = QFont(self.summary_label.font())
        font.setBold(True)
        self.summary_label.setFont(font)
        self.summary_label.setWordWrap(True)
        self.summary_note = QLabel()
        self.summary_note.setWordWrap(True)
        self.skipped_caption = QLabel()
        self.skipped_model = TextRowsModel([""] * 4, self)
        self.skipped_view = rows_view(self.skipped_model, "skippedView", stretch=3)
        self.summary_report_button = QPushButton()
        self.summary_report_button.setObjectName("summaryReportButton")
        self.summary_report_button.clicked.connect(self.reportRequested)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.summary_report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.summary_note)
        layout.addWidget(self.skipped_caption)
        layout.addWidget(self.skipped_view, 1)
        layout.addLayout(bottom)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.skipped_caption.setText(self.tr("Skipped rows:"))
        self.summary_report_button.setText(self.tr("Save &report…"))
        self.skipped_model.set_headers(
            [self.tr("Row"), self.tr("Customer number"), self.tr("Name"), self.tr("Reason")]
        )
        self.show_result()

    def title(self) -> str:
        return self.tr("Done")

    def show_result(self) -> None:
        """Show what the import in ``state.result`` did."""
        result = self.state.result
        if result is None:
            return
        self.summary_label.setText(self.tr("Import finished.") + " " + self.summary_text(result))
        self.summary_note.setText(
            self.tr(
                "The import can be undone under Edit › Undo import…; customers you edit "
                "after this are left as they are."
            )
        )
        self.skipped_model.set_rows(
            [
                (str(o.row), o.customer_number, o.name,
                 "; ".join(reason_text(m) for m in o.messages))
                for o in result.skipped
            ]
        )  # fmt: skip
        self.skipped_view.resizeColumnsToContents()

    def summary_text(self, result: ImportResult) -> str:
        """How many customers, contact persons and offices were added, updated and skipped."""
        locale = QLocale()
        text = self.tr("Created {created}, updated {updated}, skipped {skipped}.").format(
            created=locale.toString(len(result.created)),
            updated=locale.toString(len(result.updated)),
            skipped=locale.toString(len(result.skipped)),
        )
        for counts, template in (
            (
                result.contacts,
                self.tr(
                    "Contact persons: {added} added, {updated} updated, {skipped} not imported."
                ),
            ),
            (
                result.offices,
                self.tr("Offices: {added} added, {updated} updated, {skipped} not imported."),
            ),
        ):
            if counts is not None:
                text += " " + template.format(
                    added=locale.toString(counts.added),
                    updated=locale.toString(counts.updated),
                    skipped=locale.toString(counts.skipped),
                )
        return text
