"""Program-wide actions of the main window: Preferences… and User guide (issue 6, item 3).

``app.run()`` calls :func:`install_app_actions` once the window is built; the actions
need the application's translators, which the window itself does not hold.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from asiakasrekisteri.ui.i18n import Translators
from asiakasrekisteri.ui.retranslate import mark_translatable

if TYPE_CHECKING:
    from asiakasrekisteri.ui.main_window import MainWindow

CONTEXT = "AppActions"
PREFERENCES_TEXT = str(QT_TRANSLATE_NOOP("AppActions", "&Preferences…"))
USER_GUIDE_TEXT = str(QT_TRANSLATE_NOOP("AppActions", "&User guide"))

UrlOpener = Callable[[QUrl], bool]


def user_guide_path() -> Path:
    """The Finnish user guide shipped inside the package."""
    return Path(
        str(resources.files("asiakasrekisteri") / "resources" / "guide" / "kayttoopas.html")
    )


class GuideDialog(QDialog):
    """The user guide inside the program, when no web browser could be opened."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 640)


def open_user_guide(parent: QWidget, opener: UrlOpener = QDesktopServices.openUrl) -> bool:
    """Open the guide in the system's browser; fall back to a window of our own.

    Returns True when the browser took it, False when the built-in viewer was shown.
    """
    path = user_guide_path()
    if opener(QUrl.fromLocalFile(str(path))):
        return True
    GuideDialog(path, parent).exec()
    return False


def _new_action(window: MainWindow, source: str, name: str) -> QAction:
    action = QAction(QCoreApplication.translate(CONTEXT, source), window)
    action.setObjectName(name)
    mark_translatable(action, CONTEXT, source)
    window.addAction(action)
    return action


def install_app_actions(window: MainWindow, translators: Translators) -> None:
    """Add Settings › Preferences… (Ctrl+,) and Help › User guide (F1) to the window."""
    from asiakasrekisteri.ui.dialogs.settings_dialog import SettingsDialog

    preferences = _new_action(window, PREFERENCES_TEXT, "preferencesAction")
    preferences.setShortcut(QKeySequence("Ctrl+,"))
    preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    preferences.triggered.connect(
        lambda _checked=False: SettingsDialog(
            window.settings, translators, window.services.company, window
        ).exec()
    )
    window.settings_menu.addSeparator()
    window.settings_menu.addAction(preferences)

    guide = _new_action(window, USER_GUIDE_TEXT, "userGuideAction")
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.triggered.connect(lambda _checked=False: open_user_guide(window))
    existing = window.help_menu.actions()
    if existing:
        window.help_menu.insertAction(existing[0], guide)
        window.help_menu.insertSeparator(existing[0])
    else:
        window.help_menu.addAction(guide)
