"""Work that waits until the window is shown: the register's quick check and the search
texts of the customer list, each in a thread of its own.

Opening skips the quick check when the file is exactly as this program last closed it
(see ``Database.open``); a check then still runs here, and says something only when the
register is damaged.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from asiakasrekisteri import APP_NAME
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import CustomerQuery
from asiakasrekisteri.storage.errors import DatabaseDamagedError
from asiakasrekisteri.ui.spreadsheets.workers import Worker

logger = logging.getLogger(__name__)


class IntegrityCheck(QObject):
    """The quick check of an open register, reported over ``parent`` only when it fails.

    Signals are queued to the GUI thread: the check reads every page (0.2 s at 100,000
    customers) while the user already works.
    """

    def __init__(self, parent: QWidget, services: Services) -> None:
        super().__init__(parent)
        self._parent = parent
        self._services = services
        self.box: QMessageBox | None = None

    def start(self) -> Worker:
        db = self._services.db
        worker = Worker(lambda _progress, _cancelled: db.check_integrity())
        worker.failed.connect(self._failed)
        return worker.start_job()

    def _failed(self, error: object) -> None:
        if not isinstance(error, DatabaseDamagedError):
            # Busy or unreadable for a moment: not damage, and the next opening after
            # anything but a clean close checks anyway.
            logger.warning("Background check not finished: %s", type(error).__name__)
            return
        logger.error("Background check found the register damaged")
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            APP_NAME,
            self.tr(
                "The register {path} is damaged.\n\nSave nothing more in it. Close the "
                "program and start it again: it then offers to restore the newest good backup."
            ).format(path=self._services.db.backend.describe()),
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.box = box


def start_after_show(window: QWidget, services: Services, query: CustomerQuery) -> list[Worker]:
    """Start what the shown window still needs: the check (when opening skipped it) and
    the search texts of the list ``query`` shows, so that the first typed letter finds
    them loaded."""
    workers = []
    if not services.db.checked:
        workers.append(IntegrityCheck(window, services).start())
    customers = services.customers
    texts = Worker(lambda _progress, _cancelled: customers.load_search_texts(query))
    # Not loaded now, the first search loads them itself.
    texts.failed.connect(
        lambda error: logger.info("Search texts not preloaded: %s", type(error).__name__)
    )
    workers.append(texts.start_job())
    return workers


class AfterFirstPaint(QObject):
    """Starts :func:`start_after_show` once ``painted`` has been painted the first time:
    the threads' Python work would otherwise slow the first frame down (one interpreter
    lock on a machine of two cores).

    Attributes:
        workers: The started workers; empty until then.
    """

    def __init__(
        self, window: QWidget, painted: QWidget, services: Services, query: CustomerQuery
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._query = query
        self.workers: list[Worker] = []
        self._painted = painted
        painted.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._painted and event.type() == QEvent.Type.Paint:
            self._painted.removeEventFilter(self)
            # After this paint has finished, not inside it.
            QTimer.singleShot(0, self._start)
        return False

    def _start(self) -> None:
        self.workers = start_after_show(self._window, self._services, self._query)


__all__ = ["AfterFirstPaint", "IntegrityCheck", "start_after_show"]
