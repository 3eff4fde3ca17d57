"""An error no code caught: logged with its traceback, explained in plain words, survived.

Qt calls ``sys.excepthook`` for an exception escaping a slot and then carries on, so a
fault in one button leaves the rest of the program, and the form the user was filling
in, as they were. :func:`install_excepthook` puts a hook there (and in
``threading.excepthook``) that writes the traceback to the log and shows a
:class:`CrashDialog`: one or two sentences for the user, where the log file is, and the
traceback under "Details" for whoever looks into it. The program's entry point installs
it once, after the log is configured and before the main window opens::

    log_path = configure_logging()
    window = build_window(db, settings)
    hook = install_excepthook(lambda: window, log_path, explained=(StorageError,))

``explained`` names the errors whose own message is the explanation (the register is
busy, read-only, damaged, the disk is full); the UI layer does not import storage, so
the entry point passes them in. ``hook.uninstall()`` puts the previous hooks back.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri import APP_NAME, __version__
from asiakasrekisteri.ui.i18n import explained_text
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

logger = logging.getLogger(__name__)

ParentProvider = Callable[[], QWidget | None]
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


class CrashDialog(Retranslating, QDialog):
    """What went wrong in plain words, where the log is, and the traceback on request.

    Closing it closes only the dialog: it never quits the program (even when it is the
    only window left) and touches no other window.

    Attributes:
        message_label: The explanation for the user.
        log_label: Where the log file is.
        open_log_button: Opens the log folder in the file manager.
        details_button: Shows or hides :attr:`details`.
        details: The traceback, read-only, hidden at first.
        open_url: How a folder is opened (``QDesktopServices.openUrl``; tests replace it).
    """

    def __init__(
        self,
        error: BaseException,
        details: str,
        log_path: Path,
        *,
        explained: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        # An explained error keeps its template apart: translated on every retranslate.
        self._explanation = error if explained else None
        self._log_path = log_path

        icon = QLabel(self)
        kind = QStyle.StandardPixmap.SP_MessageBoxCritical
        if explained:
            kind = QStyle.StandardPixmap.SP_MessageBoxWarning
        icon.setPixmap(self.style().standardIcon(kind).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message_label = QLabel(self)
        self.log_label = QLabel(self)
        for label in (self.message_label, self.log_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setObjectName("crashMessage")

        self.details_button = QToolButton(self)
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setAutoRaise(True)
        self.details_button.toggled.connect(self._show_details)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setPlainText(details)
        self.details.setMinimumHeight(220)
        self.details.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_log_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_log_button.setObjectName("openLogFolderButton")
        self.open_log_button.clicked.connect(self._open_log_folder)
        self.buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.setSpacing(12)
        text.addWidget(self.message_label)
        text.addWidget(self.log_label)
        text.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslateUi()
        self._fit()

    def retranslateUi(self) -> None:
        self.setWindowTitle(APP_NAME)
        if self._explanation is not None:
            self.message_label.setText(explained_text(self._explanation))
        else:
            self.message_label.setText(
                self.tr(
                    "Something went wrong. Your unsaved changes are still on screen; "
                    "save them again or copy them before closing."
                )
            )
        self.log_label.setText(
            self.tr("What happened is written in the log file {path}.").format(path=self._log_path)
        )
        self.open_log_button.setText(self.tr("Open log folder"))
        self.details_button.setText(self.tr("Details"))

    @Slot(bool)
    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.details_button.setArrowType(arrow)
        self._fit()

    def _fit(self) -> None:
        """As tall as the wrapped texts at the dialog's width (Qt guesses a narrower one)."""
        width = max(self.width(), self.minimumWidth()) if self.isVisible() else self.minimumWidth()
        self.resize(width, self.heightForWidth(width))

    @Slot()
    def _open_log_folder(self) -> None:
        self.open_url(QUrl.fromLocalFile(str(self._log_path.parent)))


class CrashHook(QObject):
    """The installed hooks; made by :func:`install_excepthook`.

    Attributes:
        dialog: The dialog shown for the latest uncaught error, or None.
    """

    _caught = Signal(object, str)  # (the exception, its details), to the GUI thread

    def __init__(
        self,
        parent_provider: ParentProvider,
        log_path: Path,
        explained: tuple[type[BaseException], ...],
    ) -> None:
        super().__init__()
        self._parent_provider = parent_provider
        self._log_path = log_path
        self._explained = explained
        self._previous_hook: ExceptHook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self.dialog: CrashDialog | None = None
        # A queued call when emitted from a worker thread: widgets live in the GUI thread.
        self._caught.connect(self._show)

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        """Put back the hooks that were there before :meth:`install`."""
        if sys.excepthook == self._hook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._thread_hook:
            threading.excepthook = self._previous_thread_hook

    def _hook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)  # Ctrl+C in a terminal stays Ctrl+C
            return
        self._report(exc, tb)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):
            self._previous_thread_hook(args)  # a thread's normal way out
            return
        exc = args.exc_value if args.exc_value is not None else args.exc_type()
        self._report(exc, args.exc_traceback)

    def _report(self, exc: BaseException, tb: TracebackType | None) -> None:
        thread = threading.current_thread().name
        logger.error(
            "Uncaught %s in thread %s", type(exc).__name__, thread, exc_info=(type(exc), exc, tb)
        )
        details = "".join(traceback.format_exception(type(exc), exc, tb))
        versions = (
            f"{APP_NAME} {__version__}, Python {platform.python_version()}, Qt {qVersion()}, "
            f"{platform.platform()}, thread {thread}"
        )
        self._caught.emit(exc, f"{versions}\n\n{details}")

    @Slot(object, str)
    def _show(self, exc: BaseException, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; the log holds every error
        try:
            dialog = CrashDialog(
                exc,
                details,
                self._log_path,
                explained=isinstance(exc, self._explained),
                parent=self._parent_provider(),
            )
        except Exception:
            # A failure here would come back to this hook and loop; the log has the
            # original error already.
            logger.exception("The crash dialog could not be shown")
            return
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None


def install_excepthook(
    parent_provider: ParentProvider,
    log_path: Path,
    *,
    explained: tuple[type[BaseException], ...],
) -> CrashHook:
    """Show uncaught errors in a :class:`CrashDialog` instead of only on the terminal.

    Call it in the GUI thread, once the application object exists.

    Args:
        parent_provider: Returns the window the dialog belongs to when it opens (the
            main window), or None.
        log_path: The log file (:func:`asiakasrekisteri.logs.configure_logging`).
        explained: Error classes whose own message tells the user what happened.

    Returns:
        The hook; ``uninstall()`` restores the previous ``sys.excepthook`` and
        ``threading.excepthook``.
    """
    hook = CrashHook(parent_provider, log_path, explained)
    hook.install()
    return hook
