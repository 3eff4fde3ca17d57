"""Step 5 of the import: every value changed or left out and every row not imported."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.services.spreadsheets import Severity
from asiakasrekisteri.ui.spreadsheets.import_wizard.page import ImportPage
from asiakasrekisteri.ui.spreadsheets.import_wizard.state import ImportState
from asiakasrekisteri.ui.spreadsheets.import_wizard.texts import issue_reason
from asiakasrekisteri.ui.spreadsheets.tables import TextRowsModel, Tone, rows_view

_TONES = {Severity.ERROR: Tone.ERROR, Severity.WARNING: Tone.WARNING, Severity.INFO: Tone.MUTED}


class ProblemsPage(ImportPage):
    """The issues of the plan in ``state``, with counts of what can and cannot be imported.

    Signals:
        reportRequested(): The user wants the rows and reasons saved as a workbook.
    """

    reportRequested = Signal()

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.setObjectName("importProblemsPage")
        self.problems_summary = QLabel()
        self.problems_summary.setObjectName("problemsSummary")
        self.problems_summary.setWordWrap(True)
        self.show_tidied_check = QCheckBox()
        self.show_tidied_check.setObjectName("showTidiedCheck")
        self.show_tidied_check.toggled.connect(lambda _on: self.show_plan())
        self.problems_model = TextRowsModel([""] * 6, self)
        self.problems_view = rows_view(self.problems_model, "problemsView", stretch=4)
        for column, width in ((0, 100), (1, 50), (2, 140), (3, 140), (5, 120)):
            self.problems_view.setColumnWidth(column, width)
        self.report_button = QPushButton()
        self.report_button.setObjectName("saveReportButton")
        self.report_button.clicked.connect(self.reportRequested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_tidied_check)
        bottom.addStretch(1)
        bottom.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems_summary)
        layout.addWidget(self.problems_view, 1)
        layout.addLayout(bottom)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.show_tidied_check.setText(self.tr("Show &tidied values too"))
        self.report_button.setText(self.tr("Save &report…"))
        self.problems_model.set_headers(
            [
                self.tr("Sheet"),
                self.tr("Row"),
                self.tr("Column"),
                self.tr("Value"),
                self.tr("Reason"),
                self.tr("Effect"),
            ]
        )
        self.show_plan()

    def title(self) -> str:
        return self.tr("Problems found")

    def is_complete(self) -> bool:
        return self.state.plan is not None and self.state.plan.accepted_count > 0

    def show_plan(self) -> None:
        """List the issues of the plan in ``state``; tidied values only when asked for."""
        plan = self.state.plan
        if plan is None:
            return
        tidied = self.show_tidied_check.isChecked()
        shown = [i for i in plan.issues if tidied or i.severity is not Severity.INFO]
        self.problems_model.set_rows(
            [
                (i.sheet, str(i.row), i.column, i.value, issue_reason(i), self._effect(i.severity))
                for i in shown
            ],
            [_TONES[i.severity] for i in shown],
        )
        left_out = sum(1 for i in plan.issues if i.severity is Severity.WARNING)
        parts = [
            self.tr("%n row(s) can be imported.", "", plan.accepted_count),
            self.tr("%n row(s) cannot be imported.", "", plan.rejected_count),
        ]
        if plan.child_rejected_count:
            parts.append(
                self.tr(
                    "%n row(s) of contact persons or offices cannot be imported.",
                    "",
                    plan.child_rejected_count,
                )
            )
        parts.append(self.tr("%n value(s) are left out.", "", left_out))
        if not shown:
            parts.append(self.tr("No problems were found."))
        parts.append(self.tr("Nothing is saved until you press Import."))
        self.problems_summary.setText(" ".join(parts))

    def _effect(self, severity: Severity) -> str:
        if severity is Severity.ERROR:
            return self.tr("Row not imported")
        if severity is Severity.WARNING:
            return self.tr("Value left out")
        return self.tr("Changed")
