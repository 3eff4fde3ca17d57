"""Edit › Undo import: pick an earlier import and take it back.

Undo removes the customers the import created and restores the ones it updated; customers
edited since the import (or holding records that must be kept) are left as they are, and the
dialog lists them with the reason once the undo has run.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.services.spreadsheets import BatchInfo, ExcelImportService, UndoResult
from asiakasrekisteri.ui.formatting import format_datetime
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.spreadsheets.import_wizard.texts import reason_text
from asiakasrekisteri.ui.spreadsheets.prompts import Prompts
from asiakasrekisteri.ui.spreadsheets.workers import Worker
from asiakasrekisteri.ui.widgets.retranslating import Retranslating


class UndoImportDialog(Retranslating, QDialog):
    """The list of imports, newest first, and an Undo button for the chosen one.

    Attributes:
        prompts: Message boxes (tests replace it).
        batches: The imports listed.
        last_result: What the last undo did.

    Signals:
        undone(object): An import was undone; carries the UndoResult.
    """

    undone = Signal(object)

    def __init__(
        self,
        service: ExcelImportService,
        parent: QWidget | None = None,
        *,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("undoImportDialog")
        self.resize(820, 460)
        self.service = service
        self.prompts = prompts or Prompts(self)
        self.batches: list[BatchInfo] = []
        self.last_result: UndoResult | None = None
        self._worker: Worker | None = None
        # Kept as a function of the language, so a language change can say it again.
        self._details: Callable[[], str] = lambda: ""

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("batchTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.details = QLabel()
        self.details.setObjectName("undoDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo_selected)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.refresh()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Undo import"))
        self.intro.setText(
            self.tr(
                "Choose an import to undo. Undo removes the customers it created and "
                "restores the customers it updated to how they were before. Customers "
                "edited since the import are left as they are."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Imported"),
                self.tr("File"),
                self.tr("Sheet"),
                self.tr("Created"),
                self.tr("Updated"),
                self.tr("Skipped"),
                self.tr("Status"),
            ]
        )
        self.undo_button.setText(self.tr("&Undo import"))
        self.close_button.setText(self.tr("&Close"))
        self._fill_table()
        self.details.setText(self._details())

    def refresh(self, select_id: int | None = None) -> None:
        """Read the imports again."""
        self.batches = self.service.batches()
        self._fill_table()
        ids = [b.id for b in self.batches]
        target = select_id if select_id in ids else None
        if target is None:
            target = next((b.id for b in self.batches if b.undone_at is None), None)
        if target is not None:
            self.table.selectRow(ids.index(target))
        self._selection_changed()

    def _fill_table(self) -> None:
        locale = QLocale()
        self.table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            status = (
                self.tr("Undone {when}").format(when=format_datetime(batch.undone_at))
                if batch.undone_at is not None
                else ""
            )
            cells = [
                format_datetime(batch.created_at),
                batch.file_name,
                batch.sheet,
                locale.toString(batch.created),
                locale.toString(batch.updated),
                locale.toString(batch.skipped),
                status,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if batch.undone_at is not None:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(row, column, item)

    def selected_batch(self) -> BatchInfo | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.batches[min(rows)] if rows else None

    def select_batch(self, batch_id: int) -> None:
        self.table.selectRow([b.id for b in self.batches].index(batch_id))

    def _selection_changed(self) -> None:
        batch = self.selected_batch()
        running = self._worker is not None
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None and not running)
        if running:
            return
        if batch is None:
            self._say(
                lambda: (
                    self.tr("No imports yet.") if not self.batches else self.tr("Choose an import.")
                )
            )
        elif batch.undone_at is not None:
            self._say(lambda: self.tr("This import has been undone already."))
        else:
            self._say(lambda: self._plan_text(batch))

    def _say(self, details: Callable[[], str]) -> None:
        self._details = details
        self.details.setText(details())

    def _plan_text(self, batch: BatchInfo) -> str:
        return self.tr(
            "Undoing the import of {file} removes the {created} customers it created and "
            "restores the {updated} customers it updated. Customers edited since the "
            "import, or with invoices that must be kept, stay as they are and are listed "
            "afterwards."
        ).format(
            file=batch.file_name,
            created=QLocale().toString(batch.created),
            updated=QLocale().toString(batch.updated),
        )

    def undo_selected(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch.undone_at is not None or self._worker is not None:
            return
        if not self.prompts.confirm(
            self.tr("Undo import"), self._plan_text(batch), self.tr("Undo import")
        ):
            return
        service, batch_id = self.service, batch.id
        worker = Worker(lambda _p, _c: service.undo_import(batch_id))
        worker.succeeded.connect(self._undone)
        worker.failed.connect(self._failed)
        self._worker = worker
        self._say(lambda: self.tr("Undoing…"))
        self._selection_changed()
        worker.start_job()

    def is_busy(self) -> bool:
        return self._worker is not None

    def _undone(self, result: UndoResult) -> None:
        self._worker = None
        self.last_result = result
        self.refresh(result.batch_id)
        self._say(lambda: self.result_text(result))
        self.undone.emit(result)

    def result_text(self, result: UndoResult) -> str:
        text = (
            self.tr("%n customer(s) removed.", "", result.removed)
            + " "
            + self.tr("%n customer(s) restored.", "", result.restored)
        )
        if result.kept:
            kept = "\n".join(
                f"• {k.customer_number} {k.name}: " + reason_text(k.message) for k in result.kept
            )
            text += "\n" + self.tr("Left as they are:") + "\n" + kept
        return text

    def _failed(self, exc: Exception) -> None:
        self._worker = None
        self.refresh()
        if not isinstance(exc, ValidationError):
            raise exc
        self.prompts.warn(self.tr("Undo import"), error_text(exc))

    def reject(self) -> None:
        if self._worker is None:  # an undo runs to its end; it is one short transaction
            super().reject()
