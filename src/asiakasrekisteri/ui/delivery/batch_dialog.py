"""Send many documents at once (every unsent invoice, every due reminder) with a progress
bar and Cancel; the sending runs off the window's thread, each result shows on its row,
and what failed stays ticked so that Send tries it again."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.enums import InvoiceDelivery
from asiakasrekisteri.services.delivery import Delivery, DeliveryRun, DeliveryService, Outcome
from asiakasrekisteri.ui.delivery.password_dialog import DeliveryPrompts, ask_password
from asiakasrekisteri.ui.delivery.texts import (
    attempt_text,
    document_text,
    route_text,
    where_text,
)
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.spreadsheets.workers import Worker
from asiakasrekisteri.ui.widgets.form_rows import error_color
from asiakasrekisteri.ui.widgets.retranslating import Retranslating


class Column(IntEnum):
    DOCUMENT = 0
    CUSTOMER = 1
    AMOUNT = 2
    ROUTE = 3
    TO = 4
    RESULT = 5


@dataclass
class _Row:
    delivery: Delivery
    outcome: Outcome | None = None


class _Progress:
    """What the sending thread has done so far; read by the window on each progress."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._done: list[tuple[int, Outcome]] = []

    def add(self, row: int, outcome: Outcome) -> None:
        with self._lock:
            self._done.append((row, outcome))

    def taken(self) -> list[tuple[int, Outcome]]:
        with self._lock:
            done, self._done = self._done, []
        return done


class BatchSendDialog(Retranslating, QDialog):
    """A list of documents to send, each ticked unless it cannot go as it stands.

    Attributes:
        table: One row a document (``batchTable``); the first column's tick chooses it.
        progress_bar, status_label: How far the run is (``batchProgress``, ``batchStatus``).
        send_button: Sends the ticked ones (``batchSendButton``).
        cancel_button: Stops after the document being sent, or closes (``batchCancelButton``).
        worker: The run going on now, if any.
        prompts: Password, print file and messages (tests replace them).
    """

    def __init__(
        self,
        service: DeliveryService,
        deliveries: Sequence[Delivery],
        title: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchSendDialog")
        self.resize(900, 520)
        self.service = service
        self.title = title
        self.rows = [_Row(d) for d in deliveries]
        self.prompts = DeliveryPrompts(self)
        self.worker: Worker | None = None
        self._progress = _Progress()
        self._summary: tuple[int, int, int] | None = None  # sent, failed, left
        self.table = QTableWidget(len(self.rows), len(Column))
        self.table.setObjectName("batchTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for number, row in enumerate(self.rows):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            ready = row.delivery.problem is None
            tick.setCheckState(Qt.CheckState.Checked if ready else Qt.CheckState.Unchecked)
            self.table.setItem(number, Column.DOCUMENT, tick)
            for column in list(Column)[1:]:
                self.table.setItem(number, column, QTableWidgetItem())
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("batchProgress")
        self.progress_bar.setRange(0, max(len(self.rows), 1))
        self.progress_bar.setValue(0)
        self.status_label = QLabel()
        self.status_label.setObjectName("batchStatus")
        self.status_label.setWordWrap(True)
        self.send_button = QPushButton()
        self.send_button.setObjectName("batchSendButton")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("batchCancelButton")
        buttons = QDialogButtonBox()
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.send_button.clicked.connect(self.send)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslateUi()
        self.table.resizeColumnsToContents()
        self.table.itemChanged.connect(self._tick_changed)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.title())
        self.table.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Customer"), self.tr("Amount"), self.tr("Send by"),
             self.tr("To"), self.tr("Result")]
        )  # fmt: skip
        self.table.setAccessibleName(self.tr("Documents to send"))
        for number in range(len(self.rows)):
            self._show_row(number)
        self.send_button.setText(self.tr("&Send the ticked ones"))
        running = self.worker is not None
        self.cancel_button.setText(self.tr("&Cancel") if running else self.tr("Close"))
        self._show_status()

    def _show_row(self, number: int) -> None:
        row = self.rows[number]
        delivery = row.delivery
        texts = {
            Column.DOCUMENT: document_text(delivery.document, delivery.number),
            Column.CUSTOMER: delivery.customer_name,
            Column.AMOUNT: delivery.amount,
            Column.ROUTE: route_text(delivery.route),
            Column.TO: where_text(delivery),
            Column.RESULT: self._result_text(row),
        }
        for column, text in texts.items():
            item = self._item(number, column)
            item.setText(text)
            item.setToolTip(text)
        failed = (row.outcome is not None and not row.outcome.ok) or (
            row.outcome is None and delivery.problem is not None
        )
        result = self._item(number, Column.RESULT)
        if failed:
            result.setForeground(QBrush(QColor(error_color())))
        else:
            result.setData(Qt.ItemDataRole.ForegroundRole, None)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell gets its item when the table is made
        return item

    def _result_text(self, row: _Row) -> str:
        outcome = row.outcome
        if outcome is None:
            problem = row.delivery.problem
            return error_text(problem) if problem is not None else ""
        if outcome.ok:
            return self.tr("Sent")
        delivery = outcome.delivery
        return attempt_text(delivery.document, delivery.number, "", "", outcome.error, ok=False)

    def _tick_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == Column.DOCUMENT and self.worker is None:
            self._show_status()

    def _show_status(self) -> None:
        if self._summary is None:
            text = (
                self.tr("%n document(s) ticked to send.", "", len(self.chosen()))
                if self.rows
                else self.tr("Nothing waits to be sent.")
            )
            blocked = sum(1 for row in self.rows if row.delivery.problem is not None)
            if blocked:
                text += " " + self.tr(
                    "%n cannot go as it stands; the Result column says why.", "", blocked
                )
        else:
            sent, failed, left = self._summary
            text = self.tr("Sent {sent}, failed {failed}, not sent {left}.").format(
                sent=sent, failed=failed, left=left
            )
            if failed or left:
                text += " " + self.tr("What was not sent stays waiting; Send tries it again.")
        if self.worker is not None and self.worker.is_cancel_requested():
            text = self.tr("Stopping after the document being sent…")
        self.status_label.setText(text)
        self.send_button.setEnabled(self.worker is None and bool(self.chosen()))

    def chosen(self) -> list[int]:
        """The rows ticked."""
        return [
            n
            for n in range(len(self.rows))
            if self._item(n, Column.DOCUMENT).checkState() == Qt.CheckState.Checked
        ]

    # --- sending -----------------------------------------------------------------------

    def send(self) -> Worker | None:
        """Send the ticked documents in a thread; the print file and password are asked
        first when some need them."""
        chosen = [(n, self.rows[n].delivery) for n in self.chosen()]
        if not chosen or self.worker is not None:
            return None
        print_file: Path | None = None
        if any(d.route is InvoiceDelivery.PAPER for _n, d in chosen):
            print_file = self.prompts.print_file(
                self.tr("Save the PDF for printing"), "tulosta.pdf"
            )
            if print_file is None:
                return None
        password: str | None = None
        if any(d.by_email and d.problem is None for _n, d in chosen):
            go_on, password = ask_password(self.service, self.prompts, self.title())
            if not go_on:
                return None
        service, progress = self.service, self._progress

        def job(report: object, cancelled: object) -> None:
            assert callable(report) and callable(cancelled)
            paper: list[int] = []
            with DeliveryRun(service, password=password, print_file=print_file) as run:
                for done, (number, delivery) in enumerate(chosen, start=1):
                    outcome = run.send(delivery)
                    if outcome is None:
                        paper.append(number)
                    else:
                        progress.add(number, outcome)
                    report(done, len(chosen))
                    if cancelled():
                        break
                before_printing = len(run.outcomes)
            # The print file is written as the run ends: its documents' outcomes come last.
            for number, outcome in zip(paper, run.outcomes[before_printing:], strict=True):
                progress.add(number, outcome)

        self.progress_bar.setRange(0, len(chosen))
        self.progress_bar.setValue(0)
        self._summary = None
        worker = Worker(job)
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(lambda _r: self._finished(len(chosen)))
        worker.failed.connect(self._failed)
        self.worker = worker.start_job()
        self.table.setEnabled(False)
        self.retranslateUi()
        return worker

    def _take_results(self) -> None:
        for number, outcome in self._progress.taken():
            row = self.rows[number]
            row.outcome = outcome
            row.delivery = outcome.delivery
            tick = self._item(number, Column.DOCUMENT)
            if outcome.ok:
                tick.setCheckState(Qt.CheckState.Unchecked)
                tick.setFlags(Qt.ItemFlag.NoItemFlags)
            self._show_row(number)

    def _progressed(self, done: int, _total: int) -> None:
        self.progress_bar.setValue(done)
        self._take_results()

    def _finished(self, total: int) -> None:
        self._take_results()
        self.worker = None
        self.table.setEnabled(True)
        outcomes = [r.outcome for r in self.rows if r.outcome is not None]
        sent = sum(1 for o in outcomes if o.ok)
        failed = sum(1 for o in outcomes if not o.ok)
        self._summary = (sent, failed, sum(1 for r in self.rows if r.outcome is None))
        self.progress_bar.setValue(self.progress_bar.value() if failed + sent < total else total)
        self.retranslateUi()

    def _failed(self, exc: object) -> None:
        self._take_results()
        self.worker = None
        self.table.setEnabled(True)
        self.retranslateUi()
        raise RuntimeError("sending failed unexpectedly") from (
            exc if isinstance(exc, BaseException) else None
        )

    def reject(self) -> None:
        """Cancel stops the run after the document being sent; otherwise it closes."""
        if self.worker is not None:
            self.worker.cancel()
            self._show_status()
            return
        super().reject()
