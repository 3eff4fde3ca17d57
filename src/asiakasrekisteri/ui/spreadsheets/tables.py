"""A read-only table model over rows of texts: previews, problems and outcomes."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from asiakasrekisteri.ui.widgets.form_rows import is_dark_palette


class Tone(StrEnum):
    """How a row is highlighted."""

    PLAIN = ""
    ERROR = "error"  # the row is not imported
    WARNING = "warning"  # a value is left out
    MUTED = "muted"  # a value was only tidied


# Pale on the light palette, deep on the dark one: the palette's own text reads on each.
_BACKGROUNDS = {Tone.ERROR: QColor("#fde2e1"), Tone.WARNING: QColor("#fff4d6")}
_DARK_BACKGROUNDS = {Tone.ERROR: QColor("#5a1f1d"), Tone.WARNING: QColor("#4a3b10")}
_MUTED = QColor("#6b6b6b")
_MUTED_ON_DARK = QColor("#a8a8a8")


def tone_background(tone: Tone) -> QColor | None:
    """The background of a row of ``tone`` on the palette in use; None for none."""
    return (_DARK_BACKGROUNDS if is_dark_palette() else _BACKGROUNDS).get(tone)


def muted_color() -> QColor:
    """Grey text that still reads on the palette in use."""
    return _MUTED_ON_DARK if is_dark_palette() else _MUTED


_Index = QModelIndex | QPersistentModelIndex


class TextRowsModel(QAbstractTableModel):
    """Rows of strings with column headers; the whole content is replaced at once.

    Holds plain strings only, so 10,000 problem rows stay cheap to show.
    """

    def __init__(self, headers: Sequence[str] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[str, ...]] = []
        self._tones: list[Tone] = []

    def set_rows(
        self,
        rows: Sequence[Sequence[str]],
        tones: Sequence[Tone] | None = None,
        headers: Sequence[str] | None = None,
    ) -> None:
        self.beginResetModel()
        if headers is not None:
            self._headers = list(headers)
        self._rows = [tuple(r) for r in rows]
        self._tones = list(tones) if tones is not None else [Tone.PLAIN] * len(self._rows)
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        """New titles for the same columns (another language); the rows stay."""
        assert len(headers) == len(self._headers), "set_rows changes the columns"
        self._headers = list(headers)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def row_texts(self, row: int) -> tuple[str, ...]:
        return self._rows[row]

    def headers(self) -> list[str]:
        return list(self._headers)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = self._rows[row]
            return values[column] if column < len(values) else ""
        tone = self._tones[row]
        if role == Qt.ItemDataRole.BackgroundRole and tone in _BACKGROUNDS:
            return QBrush(tone_background(tone))
        if role == Qt.ItemDataRole.ForegroundRole and tone is Tone.MUTED:
            return QBrush(muted_color())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


def rows_view(model: TextRowsModel, name: str, stretch: int | None = None) -> QTableView:
    """A read-only table of ``model``: one line per row, no row numbers.

    Args:
        model: The rows.
        name: The view's object name.
        stretch: The column that takes the width left over, if any.
    """
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if stretch is not None:
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view
