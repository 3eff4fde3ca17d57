"""The import dialog: its steps in order, the buttons between them, and the work behind.

Every step that reads or writes the register runs in a :class:`Worker`: the analysis of the
file, the new plan after each mapping change (``remap``), and the import itself, which the
Cancel button stops between chunks through the service's ``cancel`` callback; the service
then rolls the whole transaction back.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.services.spreadsheets import (
    ExcelImportService,
    ImportCancelled,
    ImportPlan,
    ImportResult,
)
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.spreadsheets.import_wizard.columns_page import ColumnsPage
from asiakasrekisteri.ui.spreadsheets.import_wizard.duplicates_page import DuplicatesPage
from asiakasrekisteri.ui.spreadsheets.import_wizard.file_page import FilePage
from asiakasrekisteri.ui.spreadsheets.import_wizard.page import ImportPage
from asiakasrekisteri.ui.spreadsheets.import_wizard.problems_page import ProblemsPage
from asiakasrekisteri.ui.spreadsheets.import_wizard.progress_page import ProgressPage
from asiakasrekisteri.ui.spreadsheets.import_wizard.state import ImportState
from asiakasrekisteri.ui.spreadsheets.import_wizard.summary_page import SummaryPage
from asiakasrekisteri.ui.spreadsheets.import_wizard.types_page import TypesPage
from asiakasrekisteri.ui.spreadsheets.prompts import Prompts
from asiakasrekisteri.ui.spreadsheets.workers import Worker
from asiakasrekisteri.ui.widgets.retranslating import Retranslating


class Page(IntEnum):
    """The steps, in the order the dialog shows them."""

    FILE = 0
    COLUMNS = 1
    TYPES = 2
    DUPLICATES = 3
    PROBLEMS = 4
    PROGRESS = 5
    SUMMARY = 6


class _Phase(StrEnum):
    IDLE = "idle"
    APPLYING = "applying"
    CANCELLING = "cancelling"
    CANCELLED = "cancelled"
    FAILED = "failed"
    DONE = "done"


class ImportDialog(Retranslating, QDialog):
    """Import customers from a spreadsheet, step by step.

    Args:
        service: The import service.
        path: The file to start with (a drop or the File menu's chooser), or None.

    Attributes:
        prompts: Message boxes and file choosers (tests replace it).
        state: What the steps share: the file, the plan, the user's choices, the result.
        pages: The seven steps, in :class:`Page` order.
        file_page, columns_page, types_page, duplicates_page, problems_page,
            progress_page, summary_page: The steps themselves.

    Signals:
        imported(object): The import finished; carries the ImportResult.
    """

    imported = Signal(object)

    def __init__(
        self,
        service: ExcelImportService,
        path: Path | None = None,
        parent: QWidget | None = None,
        *,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.resize(1000, 680)
        self.service = service
        self.prompts = prompts or Prompts(self)
        self.state = ImportState()
        self._phase = _Phase.IDLE
        self._busy = 0
        self._generation = 0  # stale analyse/remap results are dropped
        self._apply_worker: Worker | None = None
        self._jobs: dict[
            Worker, tuple[int, Callable[[Any], None], Callable[[Exception], None]]
        ] = {}

        self.title_label = QLabel()
        self.title_label.setObjectName("importStepTitle")
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.step_label = QLabel()
        self.step_label.setObjectName("importStepCount")
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.step_label)

        self.file_page = FilePage(self.state)
        self.columns_page = ColumnsPage(self.state)
        self.types_page = TypesPage(self.state)
        self.duplicates_page = DuplicatesPage(self.state)
        self.problems_page = ProblemsPage(self.state)
        self.progress_page = ProgressPage(self.state)
        self.summary_page = SummaryPage(self.state)
        self._steps: tuple[ImportPage, ...] = (
            self.file_page,
            self.columns_page,
            self.types_page,
            self.duplicates_page,
            self.problems_page,
            self.progress_page,
            self.summary_page,
        )
        self.pages = QStackedWidget()
        for step in self._steps:
            self.pages.addWidget(step)
        self.file_page.chooseRequested.connect(self.choose_file)
        self.file_page.analyseRequested.connect(self._analyse)
        self.columns_page.remapRequested.connect(self._remap)
        self.problems_page.reportRequested.connect(self.save_report)
        self.summary_page.reportRequested.connect(self.save_report)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addLayout(self._build_buttons())
        self.retranslateUi()
        self._show_page(Page.FILE)
        if path is not None:
            self.set_path(path)

    def _build_buttons(self) -> QHBoxLayout:
        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelButton")
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeButton")
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        return buttons

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Import customers from a spreadsheet"))
        self.back_button.setText(self.tr("< &Back"))
        self.close_button.setText(self.tr("&Close"))
        self._update_heading()
        self._update_buttons()  # Next and Cancel say what they do on the step shown

    # --- the file ----------------------------------------------------------------------

    def choose_file(self) -> None:
        path = self.prompts.open_spreadsheet(self.tr("Import customers from a spreadsheet"))
        if path is not None:
            self.set_path(path)

    def set_path(self, path: Path) -> None:
        """Read ``path`` and plan the import (in a worker)."""
        self.state.path = path
        self.file_page.show_path(path)
        self._analyse()

    def _analyse(self, sheet: str | None = None) -> None:
        path = self.state.path
        if path is None:
            return
        unknown = self.file_page.unknown_columns()
        plan = self.state.plan
        if sheet is None and plan is not None and plan.path == path:
            sheet = plan.sheet
        self.file_page.show_reading(path)
        service = self.service
        self._run(
            lambda _p, _c: service.analyse(path, sheet, unknown_columns=unknown),
            self._analysed,
            self._analyse_failed,
        )

    def _analysed(self, plan: ImportPlan) -> None:
        self.state.analysed(plan)
        self._plan_changed()
        self.file_page.show_analysis(plan)

    def _analyse_failed(self, exc: Exception) -> None:
        self.state.unreadable()
        self.file_page.show_unreadable()
        self._fatal(exc)

    def _remap(self) -> None:
        base = self.state.base
        if base is None:
            return
        overrides, service = dict(self.state.overrides), self.service
        self._run(lambda _p, _c: service.remap(base, overrides), self._remapped, self._fatal)

    def _remapped(self, plan: ImportPlan) -> None:
        self.state.use(plan)
        self._plan_changed()

    def _plan_changed(self) -> None:
        self.columns_page.show_plan()
        self.types_page.show_plan()
        self.duplicates_page.show_plan()
        self.problems_page.show_plan()
        self._update_buttons()

    def _fatal(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            text = error_text(exc)
        elif isinstance(exc, OSError):
            text = self.tr("The file cannot be read: {reason}").format(
                reason=exc.strerror or str(exc)
            )
        else:
            raise exc
        self.prompts.warn(self.tr("Cannot import the file"), text)

    def save_report(self) -> None:
        """Write the rows and reasons (and, after the import, what happened) to an .xlsx."""
        plan = self.state.plan
        if plan is None:
            return
        path = self.prompts.save_workbook(
            self.tr("Save import report"),
            self.tr("{name} - import report.xlsx").format(name=plan.path.stem),
        )
        if path is None:
            return
        try:
            self.service.write_report(path, plan, self.state.result)
        except OSError as exc:
            self.prompts.warn(
                self.tr("Save import report"),
                self.tr(
                    "The report could not be written to {path}: {reason}. If the file is "
                    "open in Excel, close it and try again."
                ).format(path=path, reason=exc.strerror or str(exc)),
            )

    # --- the import --------------------------------------------------------------------

    def start_import(self) -> None:
        """Run the import in a worker; Cancel stops it and rolls everything back."""
        plan = self.state.plan
        if plan is None or self._busy or self._phase is _Phase.APPLYING:
            return
        self.state.result = None
        self._phase = _Phase.APPLYING
        self.progress_page.show_started(plan.path.name)
        self._show_page(Page.PROGRESS)
        service, choices, types = self.service, dict(self.state.choices), dict(self.state.types)
        worker = Worker(
            lambda progress, cancel: service.apply(
                plan,
                duplicate_choices=choices,
                customer_types=types,
                progress=progress,
                cancel=cancel,
            ),
            cancelled_by=(ImportCancelled,),
        )
        worker.progressed.connect(self._import_progress)
        worker.succeeded.connect(self._import_done)
        worker.failed.connect(self._import_failed)
        worker.cancelled.connect(self._import_cancelled)
        self._apply_worker = worker.start_job()

    def cancel_import(self) -> None:
        """Ask the running import to stop; the service rolls it back."""
        if self._apply_worker is None or self._phase is not _Phase.APPLYING:
            return
        self._phase = _Phase.CANCELLING
        self._apply_worker.cancel()
        self.progress_page.show_cancelling()
        self._update_buttons()

    def _import_progress(self, done: int, total: int) -> None:
        self.progress_page.show_progress(done, total, running=self._phase is _Phase.APPLYING)

    def _import_done(self, result: ImportResult) -> None:
        self._apply_worker = None
        self._phase = _Phase.DONE
        self.state.result = result
        self.summary_page.show_result()
        self._show_page(Page.SUMMARY)
        self.imported.emit(result)

    def _import_cancelled(self) -> None:
        self._apply_worker = None
        self._phase = _Phase.CANCELLED
        self.progress_page.show_cancelled()
        self._update_buttons()

    def _import_failed(self, exc: Exception) -> None:
        self._apply_worker = None
        self._phase = _Phase.FAILED
        self.progress_page.show_failure(exc)
        self._update_buttons()
        if not isinstance(exc, ValidationError | OSError):
            raise exc

    # --- navigation --------------------------------------------------------------------

    def current_page(self) -> Page:
        return Page(self.pages.currentIndex())

    def go_next(self) -> None:
        page = self.current_page()
        if not self.next_button.isEnabled():
            return
        if page is Page.PROBLEMS:
            self.start_import()
        elif page < Page.PROBLEMS:
            self._show_page(Page(page + 1))

    def go_back(self) -> None:
        page = self.current_page()
        if page is Page.PROGRESS and self._phase in (_Phase.CANCELLED, _Phase.FAILED):
            self._phase = _Phase.IDLE
            self._show_page(Page.PROBLEMS)
        elif Page.FILE < page <= Page.PROBLEMS:
            self._show_page(Page(page - 1))

    def _show_page(self, page: Page) -> None:
        self.pages.setCurrentIndex(page)
        self._steps[page].entered()
        self._update_heading()
        self._update_buttons()

    def _update_heading(self) -> None:
        page = self.current_page()
        self.title_label.setText(self._steps[page].title())
        self.step_label.setText(
            self.tr("Step {step} of {count}").format(step=page + 1, count=len(Page))
        )

    def _update_buttons(self) -> None:
        page = self.current_page()
        busy = self._busy > 0
        running = self._phase in (_Phase.APPLYING, _Phase.CANCELLING)
        stopped = self._phase in (_Phase.CANCELLED, _Phase.FAILED)
        self.next_button.setText(
            self.tr("&Import") if page is Page.PROBLEMS else self.tr("&Next >")
        )
        self.next_button.setEnabled(not busy and self._steps[page].is_complete())
        self.next_button.setVisible(page <= Page.PROBLEMS)
        self.back_button.setVisible(page <= Page.PROGRESS)
        self.back_button.setEnabled(
            (Page.FILE < page <= Page.PROBLEMS and not busy) or (page is Page.PROGRESS and stopped)
        )
        self.cancel_button.setText(self.tr("Cancel import") if running else self.tr("Cancel"))
        self.cancel_button.setVisible(page <= Page.PROBLEMS or running)
        self.cancel_button.setEnabled(self._phase is not _Phase.CANCELLING)
        self.close_button.setVisible(page is Page.SUMMARY or (page is Page.PROGRESS and stopped))
        self.file_page.set_busy(busy)
        self.columns_page.set_busy(busy)
        if page is Page.SUMMARY:
            self.close_button.setDefault(True)

    # --- workers -----------------------------------------------------------------------

    def is_busy(self) -> bool:
        """Whether an analysis, a new preview or the import is running."""
        return self._busy > 0 or self._apply_worker is not None

    def _run(
        self,
        job: Any,
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """Run an analyse/remap job; only the newest job's result is used."""
        self._generation += 1
        self._busy += 1
        worker = Worker(job)
        self._jobs[worker] = (self._generation, done, failed)
        # Bound methods of the dialog: queued to the GUI thread, dropped once it is deleted.
        worker.succeeded.connect(self._job_succeeded)
        worker.failed.connect(self._job_failed)
        self._update_buttons()
        worker.start_job()

    def _finish_job(self) -> tuple[Callable[[Any], None], Callable[[Exception], None]] | None:
        worker = self.sender()
        entry = self._jobs.pop(worker, None) if isinstance(worker, Worker) else None
        if entry is None:  # pragma: no cover - only workers are connected
            return None
        self._busy -= 1
        self._update_buttons()
        generation, done, failed = entry
        return (done, failed) if generation == self._generation else None

    def _job_succeeded(self, value: object) -> None:
        handlers = self._finish_job()
        if handlers is not None:
            handlers[0](value)

    def _job_failed(self, exc: Exception) -> None:
        handlers = self._finish_job()
        if handlers is not None:
            handlers[1](exc)

    def reject(self) -> None:
        """Cancel during the import stops the import instead of closing the dialog."""
        if self._phase in (_Phase.APPLYING, _Phase.CANCELLING):
            self.cancel_import()
            return
        self._generation += 1  # late results of a running analysis are dropped
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._phase in (_Phase.APPLYING, _Phase.CANCELLING):
            self.cancel_import()
            event.ignore()
            return
        super().closeEvent(event)
