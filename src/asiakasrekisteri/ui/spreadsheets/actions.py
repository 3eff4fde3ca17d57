"""The spreadsheet features in the main window: menus, shortcuts and file drops.

:func:`install` adds File › Import from Excel… (Ctrl+I), File › Export to Excel… (Ctrl+E),
Edit › Export selected… (also in the list's context menu), Edit › Undo import…, and opens
the import dialog when a spreadsheet file is dropped on the window.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QProgressDialog

from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.spreadsheets import (
    ExcelExportService,
    ExcelImportService,
    ExportResult,
    ImportResult,
    UndoResult,
)
from asiakasrekisteri.ui.host import Anchor, MenuPlace, WindowHost
from asiakasrekisteri.ui.spreadsheets.import_wizard import ImportDialog
from asiakasrekisteri.ui.spreadsheets.prompts import SPREADSHEET_SUFFIXES, Prompts
from asiakasrekisteri.ui.spreadsheets.undo_dialog import UndoImportDialog
from asiakasrekisteri.ui.spreadsheets.workers import CancelFn, ProgressFn, Worker
from asiakasrekisteri.ui.widgets.commands import command

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData

LARGE_EXPORT: Final = 5000
"""From this many customers the export shows a progress dialog with Cancel."""


class ExportCancelled(Exception):
    """The user cancelled an export; the file was not written."""


def spreadsheet_path(mime: QMimeData) -> Path | None:
    """The one local spreadsheet file a drag carries, or None."""
    if not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in SPREADSHEET_SUFFIXES else None


class SpreadsheetActions(QObject):
    """Import, export and undo of imports for one main window.

    Attributes:
        host: The main window.
        import_action, export_action, export_selected_action, undo_import_action: The
            commands.
        prompts: Message boxes and file choosers (tests replace it).
        import_dialog: The open import dialog, if any.
        undo_dialog: The open undo dialog, if any.

    Signals:
        exportFinished(object): An export was written; carries the ExportResult.
        exportStopped(str): An export was cancelled or failed; carries the message shown.
    """

    exportFinished = Signal(object)
    exportStopped = Signal(str)

    def __init__(self, host: WindowHost, services: Services) -> None:
        super().__init__(host.parent_widget())
        self.setObjectName("spreadsheetActions")
        self.host = host
        self.importer: ExcelImportService = services.excel_import
        self.exporter: ExcelExportService = services.excel_export
        self._customers = services.customers
        self.prompts = Prompts(host.parent_widget())
        self.import_dialog: ImportDialog | None = None
        self.undo_dialog: UndoImportDialog | None = None
        self._export_worker: Worker | None = None
        self._export_progress: QProgressDialog | None = None
        self._create_actions()
        host.watch_drops(self)
        self.retranslate()
        host.languageChanged.connect(self.retranslate)

    # --- menus ---------------------------------------------------------------------------

    def _create_actions(self) -> None:
        host = self.host
        self.import_action = command(self, self.import_file, "importExcelAction", "Ctrl+I")
        self.export_action = command(self, self.export_all, "exportExcelAction", "Ctrl+E")
        self.export_selected_action = command(self, self.export_selected, "exportSelectedAction")
        self.undo_import_action = command(self, self.undo_import, "undoImportAction")
        host.add_section(MenuPlace.FILE, [self.import_action, self.export_action],
                         before=Anchor.QUIT)  # fmt: skip
        host.add_section(MenuPlace.EDIT, [self.export_selected_action, self.undo_import_action])
        host.add_list_action(self.export_selected_action)
        host.selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def retranslate(self) -> None:
        """The commands' texts in the current language."""
        self.import_action.setText(self.tr("I&mport from Excel…"))
        self.export_action.setText(self.tr("&Export to Excel…"))
        self.export_selected_action.setText(self.tr("E&xport selected to Excel…"))
        self.undo_import_action.setText(self.tr("&Undo import…"))
        self.import_action.setStatusTip(
            self.tr("Read customers from .xlsx, .xlsm, .xls, .ods or .csv; nothing is saved "
                    "before you confirm.")
        )  # fmt: skip
        self.export_action.setStatusTip(self.tr("Write every customer to an .xlsx file."))

    def _selection_changed(self) -> None:
        self.export_selected_action.setEnabled(bool(self.host.selected_customer_ids()))

    # --- drops ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            assert isinstance(event, QDropEvent)
            path = spreadsheet_path(event.mimeData())
            if path is None:
                return False
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            if kind == QEvent.Type.Drop:
                self.open_import(path)
            return True
        return super().eventFilter(watched, event)

    # --- import --------------------------------------------------------------------------

    def import_file(self) -> None:
        """File › Import from Excel…: choose a file, then the import dialog."""
        path = self.prompts.open_spreadsheet(self.tr("Import customers from a spreadsheet"))
        if path is not None:
            self.open_import(path)

    def open_import(self, path: Path | None = None) -> ImportDialog | None:
        """Open the import dialog (window-modal, not blocking) on ``path``."""
        if self.import_dialog is not None and self.import_dialog.isVisible():
            if path is not None and not self.import_dialog.is_busy():
                self.import_dialog.set_path(path)
            self.import_dialog.raise_()
            return self.import_dialog
        if not self.host.maybe_save_changes():
            return None
        dialog = ImportDialog(self.importer, None, self.host.parent_widget(), prompts=self.prompts)
        dialog.imported.connect(self._after_import)
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        self.import_dialog = dialog
        dialog.open()
        if path is not None:
            dialog.set_path(path)
        return dialog

    def _dialog_closed(self, dialog: ImportDialog) -> None:
        if self.import_dialog is dialog:
            self.import_dialog = None
        dialog.deleteLater()

    def _after_import(self, result: ImportResult) -> None:
        self.host.reload_customers()
        locale = QLocale()
        self.host.show_status(
            self.tr("Import done: created {created}, updated {updated}, skipped {skipped}.").format(
                created=locale.toString(len(result.created)),
                updated=locale.toString(len(result.updated)),
                skipped=locale.toString(len(result.skipped)),
            ),
            8000,
        )

    # --- undo ----------------------------------------------------------------------------

    def undo_import(self) -> UndoImportDialog | None:
        """Edit › Undo import…: the list of imports, window-modal, not blocking."""
        if not self.host.maybe_save_changes():
            return None
        dialog = UndoImportDialog(self.importer, self.host.parent_widget(), prompts=self.prompts)
        if not dialog.batches:
            dialog.deleteLater()
            self.prompts.info(self.tr("Undo import"), self.tr("No customers have been imported."))
            return None
        dialog.undone.connect(self._after_undo)
        dialog.finished.connect(lambda _r, d=dialog: self._undo_closed(d))
        self.undo_dialog = dialog
        dialog.open()
        return dialog

    def _undo_closed(self, dialog: UndoImportDialog) -> None:
        if self.undo_dialog is dialog:
            self.undo_dialog = None
        dialog.deleteLater()

    def _after_undo(self, result: UndoResult) -> None:
        self.host.reload_customers()
        self.host.show_status(
            self.tr("Import undone: removed {removed}, restored {restored}, kept {kept}.").format(
                removed=result.removed, restored=result.restored, kept=len(result.kept)
            ),
            8000,
        )

    # --- export --------------------------------------------------------------------------

    def _suggested_name(self, selected: bool) -> str:
        stem = self.tr("customers") if not selected else self.tr("customers-selected")
        return f"{stem}-{date.today().isoformat()}.xlsx"

    def export_all(self) -> None:
        """File › Export to Excel…: every customer, active and inactive."""
        path = self.prompts.save_workbook(self.tr("Export to Excel"), self._suggested_name(False))
        if path is not None:
            self.run_export(path, None)

    def export_selected(self) -> None:
        """Export the customers selected in the list, in list order."""
        ids = self.host.selected_customer_ids()
        if not ids:
            self.prompts.info(
                self.tr("Export selected"), self.tr("Select the customers to export in the list.")
            )
            return
        path = self.prompts.save_workbook(
            self.tr("Export selected to Excel"), self._suggested_name(True)
        )
        if path is not None:
            self.run_export(path, ids)

    def run_export(self, path: Path, ids: list[int] | None) -> None:
        """Write the workbook in a worker; a large one shows progress with Cancel."""
        if self._export_worker is not None:
            return
        service = self.exporter
        total = len(ids) if ids is not None else self._customers.count()

        def job(progress: ProgressFn, cancelled: CancelFn) -> ExportResult:
            def report(done: int, count: int) -> None:
                # Polled between blocks of rows; the file is written only at the end.
                if cancelled():
                    raise ExportCancelled
                progress(done, count)

            return service.export(path, ids=ids, progress=report)

        worker = Worker(job, cancelled_by=(ExportCancelled,))
        worker.progressed.connect(self._export_progressed)
        worker.succeeded.connect(self._export_done)
        worker.failed.connect(self._export_failed)
        worker.cancelled.connect(self._export_cancelled)
        self._export_worker = worker
        self.export_action.setEnabled(False)
        if total >= LARGE_EXPORT:
            dialog = QProgressDialog(
                self.tr("Writing {count} customers to {file}…").format(
                    count=QLocale().toString(total), file=path.name
                ),
                self.tr("Cancel"),
                0,
                0,  # busy until the first progress report (every 5,000 rows)
                self.host.parent_widget(),
            )
            dialog.setObjectName("exportProgress")
            dialog.setWindowTitle(self.tr("Export to Excel"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(worker.cancel)
            dialog.setValue(0)
            dialog.show()
            self._export_progress = dialog
        self.host.show_status(self.tr("Exporting to {file}…").format(file=path.name))
        worker.start_job()

    def cancel_export(self) -> None:
        if self._export_worker is not None:
            self._export_worker.cancel()

    def _export_progressed(self, done: int, total: int) -> None:
        if self._export_progress is not None:
            self._export_progress.setRange(0, max(total, 1))
            self._export_progress.setValue(done)

    def _export_finished(self) -> None:
        self._export_worker = None
        self.export_action.setEnabled(True)
        if self._export_progress is not None:
            self._export_progress.close()
            self._export_progress.deleteLater()
            self._export_progress = None

    def _export_done(self, result: ExportResult) -> None:
        self._export_finished()
        self.host.show_status(
            self.tr("{count} customers written to {file}.").format(
                count=QLocale().toString(result.customers), file=result.path
            ),
            8000,
        )
        self.exportFinished.emit(result)

    def _export_cancelled(self) -> None:
        self._export_finished()
        message = self.tr("The export was cancelled; no file was written.")
        self.host.show_status(message, 8000)
        self.exportStopped.emit(message)

    def _export_failed(self, exc: Exception) -> None:
        self._export_finished()
        if not isinstance(exc, OSError):
            raise exc
        message = self.tr(
            "The file could not be written: {reason}. If it is open in Excel, close it and "
            "try again."
        ).format(reason=exc.strerror or str(exc))
        self.host.show_status("")
        self.prompts.warn(self.tr("Export to Excel"), message)
        self.exportStopped.emit(message)


def install(host: WindowHost, services: Services) -> SpreadsheetActions:
    """Add the spreadsheet menus, shortcuts and file drops to the window."""
    return SpreadsheetActions(host, services)
