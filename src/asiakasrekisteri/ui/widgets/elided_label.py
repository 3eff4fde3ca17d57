"""A one-line label that shortens its text with "…" when it is given too little room."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QHelpEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QToolTip, QWidget

_ELLIPSIS_ROOM = 30
"""Characters' width a label keeps however it is squeezed: a name of this length or
shorter is never shortened (the window gives its neighbours less room instead)."""


class ElidedLabel(QLabel):
    """A plain-text label that asks for its whole text's width but may be given less.

    Given less, it shows as much of the text as fits, ending in "…", and the whole text
    when the pointer rests on it: a customer's long name in the card's header on a
    1366-pixel screen, beside the header's buttons, instead of the text cut off
    mid-letter. :meth:`text` is the whole text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._whole = ""
        self.setTextFormat(Qt.TextFormat.PlainText)

    def text(self) -> str:
        return self._whole

    def setText(self, text: str) -> None:
        self._whole = text
        self.updateGeometry()
        self._show_what_fits()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        shown = self.fontMetrics().horizontalAdvance(super().text())
        whole = self.fontMetrics().horizontalAdvance(self._whole)
        return QSize(hint.width() - shown + whole, hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        room = self.fontMetrics().averageCharWidth() * _ELLIPSIS_ROOM
        return QSize(min(room, self.sizeHint().width()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_what_fits()

    def _show_what_fits(self) -> None:
        width = self.contentsRect().width() - 2 * self.margin()
        shown = self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideRight, width)
        super().setText(shown)

    def is_shortened(self) -> bool:
        """Whether the label shows less than its whole text."""
        return super().text() != self._whole

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.is_shortened():
            # Asked for when shown, not kept as the widget's tooltip: it follows the
            # width and the language without going stale.
            assert isinstance(event, QHelpEvent)
            QToolTip.showText(event.globalPos(), self._whole, self)
            return True
        return super().event(event)


__all__ = ["ElidedLabel"]
