"""Form rows with a labelled editor and the error line under it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

ERROR_COLOR = "#c62828"
# The same red lightened for dark palettes, where the dark red reads at about 2:1.
ERROR_COLOR_ON_DARK = "#ff8a80"


def error_color() -> str:
    """The red of errors and overdue amounts that reads on the palette in use now."""
    return ERROR_COLOR_ON_DARK if is_dark_palette() else ERROR_COLOR


def is_dark_palette() -> bool:
    """Whether the palette in use now is a dark one (light text on a dark window)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


class _StyleFollower(QObject):
    """Sets a widget's style sheet anew whenever the application's palette changes."""

    def __init__(self, widget: QWidget, make_style: Callable[[], str]) -> None:
        super().__init__(widget)
        self._make_style = make_style
        widget.setStyleSheet(make_style())
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A window hears of a new application palette as PaletteChange, the widgets in it
        # as ApplicationPaletteChange; the same style sheet is not set twice.
        changes = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
        if event.type() in changes and isinstance(watched, QWidget):
            style = self._make_style()
            if watched.styleSheet() != style:
                watched.setStyleSheet(style)
        return False


def follow_palette(widget: QWidget, make_style: Callable[[], str]) -> None:
    """Style ``widget`` with ``make_style()`` now and again after each theme switch, so
    colours picked for the palette (:func:`error_color`) follow a live switch."""
    _StyleFollower(widget, make_style)


def error_label(object_name: str) -> QLabel:
    """A red, word-wrapped, initially hidden message line."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setProperty("fieldError", True)
    follow_palette(label, lambda: f"color: {error_color()};")
    label.setWordWrap(True)
    label.hide()
    return label


@dataclass(frozen=True)
class FieldRow:
    """One row of a form: its title, its editor and the error line under the editor."""

    label: QLabel
    editor: QWidget
    error: QLabel

    def set_title(self, title: str) -> None:
        """Show ``title`` (with its ``&`` mnemonic); without ``&`` it names the editor."""
        self.label.setText(title)
        self.editor.setAccessibleName(title.replace("&", ""))


def add_field_row(form: QFormLayout, name: str, editor: QWidget) -> FieldRow:
    """Add a title and ``editor`` to ``form``; the owner sets the title (:meth:`set_title`).

    The editor is named ``<name>Edit`` and the error line ``<name>Error`` so that tests
    and screenshots find them.
    """
    editor.setObjectName(f"{name}Edit")
    label = QLabel()
    label.setBuddy(editor)
    error = error_label(f"{name}Error")
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(editor)
    column.addWidget(error)
    form.addRow(label, column)
    return FieldRow(label, editor, error)
