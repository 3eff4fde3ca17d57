"""User preferences kept in QSettings: UI language, colour theme, first-run flag.

The entries themselves are declared in :mod:`asiakasrekisteri.ui.settings_keys`; the
settings dialog, the first-run dialog and ``app.run()`` read and write them through the
helpers here.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from asiakasrekisteri.ui import settings_keys as keys
from asiakasrekisteri.ui.i18n import LANGUAGES, Translators, system_language

# The style the application started with, kept on the application object (no globals)
# so that "System" can go back to it after Light or Dark switched to Fusion.
_BASE_STYLE_PROPERTY = "asiakasrekisteriBaseStyle"


class Theme(StrEnum):
    """Colour theme of the window."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def stored_language(settings: QSettings) -> str:
    """The chosen language code, or "" when the UI follows the system."""
    value = keys.LANGUAGE.read(settings)
    return value if value in LANGUAGES else ""


def effective_language(settings: QSettings) -> str:
    """The language to show: the chosen one, else the system's (Finnish if unknown)."""
    return stored_language(settings) or system_language()


def stored_theme(settings: QSettings) -> Theme:
    try:
        return Theme(keys.THEME.read(settings) or Theme.SYSTEM.value)
    except ValueError:
        return Theme.SYSTEM


def first_run_done(settings: QSettings) -> bool:
    return keys.FIRST_RUN_DONE.read(settings)


def mark_first_run_done(settings: QSettings) -> None:
    keys.FIRST_RUN_DONE.write(settings, True)
    settings.sync()


def apply_language(app: QApplication, translators: Translators, language: str) -> None:
    """Switch the UI language now; "" follows the system.

    Installing the translators sends every widget a LanguageChange event; the widgets
    put their texts in the new language on it (``ui.widgets.retranslating``), and the main
    window has its features do the same. ``QLocale.setDefault`` is set
    by :meth:`Translators.install`, so dates, numbers and money follow too.
    """
    translators.install(app, language or system_language())


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style, with readable disabled and link colours."""
    window = QColor(45, 45, 48)
    base = QColor(30, 30, 32)
    text = QColor(230, 230, 230)
    disabled = QColor(127, 127, 127)
    highlight = QColor(42, 130, 218)
    palette = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    for color_role, color in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, window),
        (role.ToolTipBase, QColor(60, 60, 64)),
        (role.ToolTipText, text),
        (role.PlaceholderText, QColor(160, 160, 160)),
        (role.Text, text),
        (role.Button, window),
        (role.ButtonText, text),
        (role.BrightText, QColor(255, 80, 80)),
        (role.Link, QColor(100, 170, 255)),
        (role.LinkVisited, QColor(170, 140, 255)),
        (role.Highlight, highlight),
        (role.HighlightedText, QColor(255, 255, 255)),
        (role.Light, QColor(70, 70, 74)),
        (role.Midlight, QColor(58, 58, 62)),
        (role.Mid, QColor(40, 40, 42)),
        (role.Dark, QColor(20, 20, 22)),
        (role.Shadow, QColor(0, 0, 0)),
    ):
        palette.setColor(color_role, color)
    for color_role in (role.WindowText, role.Text, role.ButtonText, role.HighlightedText):
        palette.setColor(group.Disabled, color_role, disabled)
    palette.setColor(group.Disabled, role.Highlight, QColor(80, 80, 80))
    return palette


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Light and Dark use Fusion with a fixed palette; System goes back to the start style."""
    base_style = app.property(_BASE_STYLE_PROPERTY)
    if not base_style:
        base_style = app.style().name()
        app.setProperty(_BASE_STYLE_PROPERTY, base_style)
    hints = app.styleHints()
    if theme is Theme.SYSTEM:
        app.setStyle(QStyleFactory.create(str(base_style)) or str(base_style))
        hints.unsetColorScheme()
        # A default palette resets to the platform's (Qt 6 resolves it against that).
        app.setPalette(QPalette())
        return
    fusion = QStyleFactory.create("Fusion")
    app.setStyle(fusion)
    if theme is Theme.DARK:
        hints.setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette())
    else:
        hints.setColorScheme(Qt.ColorScheme.Light)
        app.setPalette(fusion.standardPalette())
