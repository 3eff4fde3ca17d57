"""Starting the program: the log, the crash dialog's hook, the window and its features."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from asiakasrekisteri import app as app_module
from asiakasrekisteri.app import BuiltWindow
from asiakasrekisteri.logs import LOG_FILE_NAME
from asiakasrekisteri.storage.errors import RegisterBusyError
from asiakasrekisteri.ui.crash_dialog import CrashDialog
from asiakasrekisteri.ui.i18n import Translators

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


class KeptTranslators(Translators):
    """The program's translators, kept so that the test can take them out again."""

    made: ClassVar[list[Translators]] = []

    def __init__(self) -> None:
        super().__init__()
        self.made.append(self)


@pytest.fixture
def translators_taken_out(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The program installs translators and sets the locale; later tests get neither."""
    locale = QLocale()
    monkeypatch.setattr(app_module, "Translators", KeptTranslators)
    yield
    for translators in KeptTranslators.made:
        translators.remove(qapp)
    KeptTranslators.made.clear()
    QLocale.setDefault(locale)


def test_run_logs_catches_uncaught_errors_over_the_window_and_offers_the_import(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    translators_taken_out: None,
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(app_module, "QSettings", lambda: settings)
    monkeypatch.setattr(app_module, "effective_language", lambda _settings: "en")
    first_run: list[Callable[[], object]] = []
    monkeypatch.setattr(
        app_module,
        "show_first_run",
        lambda _host, _settings, _services, start_import: first_run.append(start_import),
    )
    built: list[BuiltWindow] = []

    build_window = app_module.build_window

    def build_and_keep(*args: Any) -> BuiltWindow:
        built.append(build_window(*args))
        return built[-1]

    monkeypatch.setattr(app_module, "build_window", build_and_keep)
    seen: dict[str, object] = {}

    def event_loop() -> int:
        window = built[0].window
        seen["window shown"] = window.isVisible()
        seen["log"] = (tmp_path / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8")
        # An error escaping a slot: explained over the window instead of only on stderr.
        sys.excepthook(RegisterBusyError, RegisterBusyError("busy"), None)
        qapp.processEvents()
        dialog = window.findChild(CrashDialog)
        seen["crash dialog over the window"] = dialog is not None and dialog.isVisible()
        if isinstance(dialog, QWidget):
            dialog.close()
        window.close()  # the user quits
        window.deleteLater()
        return 0

    before = sys.excepthook
    monkeypatch.setattr(qapp, "exec", event_loop)
    assert app_module.run(str(tmp_path / "register.sqlite3")) == 0
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(built[0].window)

    assert seen["window shown"] is True
    assert "starting" in str(seen["log"])
    assert seen["crash dialog over the window"] is True
    assert sys.excepthook is before  # put back when the program ends
    assert len(first_run) == 1
    assert getattr(first_run[0], "__name__", "") == "import_file"
