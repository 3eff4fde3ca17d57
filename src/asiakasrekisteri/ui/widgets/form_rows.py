"""Form rows with a labelled editor and the error line under it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

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


class ErrorLabel(QLabel):
    """A word-wrapped message line that claims the height its text needs at its width.

    Layouts give a wrapped label the height of one line when space is short, and the
    rest of the message then runs under the field below it.
    """

    def setText(self, text: str) -> None:
        super().setText(text)
        self._claim_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._claim_height()

    def _claim_height(self) -> None:
        needed = self.heightForWidth(self.width()) if self.width() > 0 and self.text() else 0
        if needed == self.minimumHeight():
            return
        self.setMinimumHeight(max(needed, 0))
        # Every holder up to the scroll area is told: a new height for the same width
        # changes no holder's minimum size, so the layouts around them would keep the
        # heights they remember. The height often comes while the page's layout is
        # placing its rows (this label was just resized by it), and that pass ends with
        # the old heights: the page is laid out again once it is over. Without both, the
        # message ran under the next field. A scroll area hears of its page's new size
        # only when asked: the page is no window, so its layout does not resize it.
        parent = self.parentWidget()
        while parent is not None:
            parent.updateGeometry()
            if isinstance(parent, QScrollArea):
                page = parent.widget()
                if page is not None:
                    QTimer.singleShot(0, page, lambda page=page: _lay_out_again(page))
                QCoreApplication.postEvent(parent, QEvent(QEvent.Type.LayoutRequest))
            parent = parent.parentWidget()
        window = self.window()
        if isinstance(window, QDialog):
            # Once the layout has placed the new height: the dialog grows to show it.
            QTimer.singleShot(0, window, lambda: fit_window_height(window))


def _lay_out_again(page: QWidget) -> None:
    layout = page.layout()
    if layout is not None:
        layout.invalidate()
        layout.activate()


def error_label(object_name: str) -> QLabel:
    """A red, word-wrapped, initially hidden message line."""
    label = ErrorLabel()
    label.setObjectName(object_name)
    label.setProperty("fieldError", True)
    follow_palette(label, lambda: f"color: {error_color()};")
    label.setWordWrap(True)
    label.hide()
    return label


class FormScrollArea(QScrollArea):
    """A form shown whole where the screen has room for it, and scrolled where not.

    Its size hint is the whole form's at the width it has, so a dialog opens (and
    :func:`fit_window_height` grows it) to show every field and message when it can.
    """

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(page)
        self._page = page

    def sizeHint(self) -> QSize:
        page = self._page
        hint = page.sizeHint().expandedTo(page.minimumSizeHint())
        width = max(hint.width(), self.viewport().width())
        height = page.heightForWidth(width) if page.hasHeightForWidth() else -1
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + bar, max(hint.height(), height))

    def minimumSizeHint(self) -> QSize:
        page = self._page
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(page.minimumSizeHint().width() + bar, super().minimumSizeHint().height())


def fit_window_height(widget: QWidget) -> None:
    """Grow the shown window of ``widget`` to the height its layout needs now, within the
    screen, so that error lines that appeared are not squeezed to one line over the next
    field (a window does not grow by itself for wrapped text)."""
    window = widget.window()
    layout = window.layout()
    if layout is None or not window.isVisible() or window.isMaximized():
        return
    width = window.width()
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    needed = max(needed, layout.totalMinimumSize().height())
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry().height() - window.height()
    target = min(needed, screen.height() - frame)
    if target > window.height():
        window.resize(width, target)
        top = min(window.frameGeometry().top(), screen.bottom() - target - frame)
        window.move(window.frameGeometry().left(), max(screen.top(), top))


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
