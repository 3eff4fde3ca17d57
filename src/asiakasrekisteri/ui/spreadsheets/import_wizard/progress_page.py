"""Step 6 of the import: the customers being saved, with what Cancel does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.spreadsheets.import_wizard.page import ImportPage
from asiakasrekisteri.ui.spreadsheets.import_wizard.state import ImportState


class ProgressPage(ImportPage):
    """How far the import has got, and how it ended if it did not finish.

    The dialog runs the import and tells this step what happens.
    """

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.setObjectName("importProgressPage")
        # Each text kept as a function of the language, so a language change can say it again.
        self._label: Callable[[], str] = lambda: ""
        self._message: Callable[[], str] = lambda: ""
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("importProgress")
        self.progress_message = QLabel()
        self.progress_message.setObjectName("progressMessage")
        self.progress_message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_message)
        layout.addStretch(2)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.progress_label.setText(self._label())
        self.progress_message.setText(self._message())

    def title(self) -> str:
        return self.tr("Importing")

    def show_started(self, file_name: str) -> None:
        self.progress_bar.setRange(0, 0)
        self._say(
            lambda: self.tr("Saving the customers of {file}…").format(file=file_name),
            lambda: self.tr("Cancel stops the import; then nothing is changed in the register."),
        )

    def show_progress(self, done: int, total: int, *, running: bool) -> None:
        """``done`` of ``total`` saved; the count is told only while no cancel is pending."""
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        if running:
            self._say(
                lambda: self.tr("Saved {done} of {total} customers…").format(
                    done=QLocale().toString(done), total=QLocale().toString(total)
                )
            )

    def show_cancelling(self) -> None:
        self._say(message=lambda: self.tr("Cancelling…"))

    def show_cancelled(self) -> None:
        self._stopped()
        self._say(
            lambda: self.tr("The import was cancelled."),
            lambda: self.tr(
                "Nothing was changed in the register. You can go back and import again."
            ),
        )

    def show_failure(self, exc: Exception) -> None:
        """The import failed; the reason is told for a refused value or an unwritable file."""
        self._stopped()
        self._say(lambda: self.tr("The import failed."))
        if isinstance(exc, ValidationError | OSError):
            self._say(
                message=lambda: self.tr("Nothing was changed in the register. {reason}").format(
                    reason=_reason(exc)
                )
            )

    def _stopped(self) -> None:
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)

    def _say(
        self, label: Callable[[], str] | None = None, message: Callable[[], str] | None = None
    ) -> None:
        if label is not None:
            self._label = label
            self.progress_label.setText(label())
        if message is not None:
            self._message = message
            self.progress_message.setText(message())


def _reason(exc: ValidationError | OSError) -> str:
    if isinstance(exc, ValidationError):
        return error_text(exc)
    return exc.strerror or str(exc)
