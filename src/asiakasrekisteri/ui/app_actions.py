"""Program-wide commands of the main window: Settings › Preferences… and Help › User guide.

:func:`install` adds them; Preferences needs the application's translators, which the
window itself does not hold.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from asiakasrekisteri.services.container import Services
from asiakasrekisteri.ui.dialogs.settings_dialog import SettingsDialog
from asiakasrekisteri.ui.host import Anchor, MenuPlace, WindowHost
from asiakasrekisteri.ui.i18n import Translators
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

UrlOpener = Callable[[QUrl], bool]


# The user guide in each UI language; Finnish for any other.
_GUIDES = {"fi": "kayttoopas.html", "sv": "anvandarhandbok.html", "en": "user-guide.html"}


def user_guide_path(language: str = "fi") -> Path:
    """The user guide shipped inside the package, in ``language`` (Finnish by default)."""
    name = _GUIDES.get(language, _GUIDES["fi"])
    return Path(str(resources.files("asiakasrekisteri") / "resources" / "guide" / name))


class GuideDialog(Retranslating, QDialog):
    """The user guide inside the program, when no web browser could be opened."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 640)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        # The page stays in the language it was opened in; the window's texts follow.
        self.setWindowTitle(self.tr("User guide"))
        self.browser.setAccessibleName(self.tr("User guide"))


def open_user_guide(
    parent: QWidget, opener: UrlOpener = QDesktopServices.openUrl, language: str = "fi"
) -> bool:
    """Open the guide in ``language`` in the system's browser; fall back to a window of our own.

    Returns True when the browser took it, False when the built-in viewer was shown.
    """
    path = user_guide_path(language)
    if opener(QUrl.fromLocalFile(str(path))):
        return True
    GuideDialog(path, parent).exec()
    return False


class AppActions(QObject):
    """Settings › Preferences… (Ctrl+,) and Help › User guide (F1).

    Attributes:
        preferences_action, user_guide_action: The commands.
    """

    def __init__(
        self,
        host: WindowHost,
        services: Services,
        settings: QSettings,
        translators: Translators,
    ) -> None:
        super().__init__(host.parent_widget())
        self.setObjectName("appActions")
        self.host = host
        self.services = services
        self.settings = settings
        self.translators = translators
        self.preferences_action = QAction(self)
        self.preferences_action.setObjectName("preferencesAction")
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(lambda _checked=False: self.edit_preferences())
        host.add_section(MenuPlace.SETTINGS, [self.preferences_action])
        self.user_guide_action = QAction(self)
        self.user_guide_action.setObjectName("userGuideAction")
        self.user_guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.user_guide_action.triggered.connect(
            lambda _checked=False: open_user_guide(
                host.parent_widget(), language=self.translators.language
            )
        )
        host.add_section(MenuPlace.HELP, [self.user_guide_action], before=Anchor.ABOUT)
        self.retranslate()
        host.languageChanged.connect(self.retranslate)

    def retranslate(self) -> None:
        """The commands' texts in the current language."""
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.user_guide_action.setText(self.tr("&User guide"))

    def edit_preferences(self) -> None:
        SettingsDialog(
            self.settings, self.translators, self.services.company, self.host.parent_widget()
        ).exec()


def install(
    host: WindowHost, services: Services, settings: QSettings, translators: Translators
) -> AppActions:
    """Add Settings › Preferences… and Help › User guide to the window."""
    return AppActions(host, services, settings, translators)
