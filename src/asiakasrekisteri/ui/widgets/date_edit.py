"""The one date field of the program: a date typed as people write it, or one from a calendar.

QDateEdit edits a date section by section, so "1.10." or "2026-10-01" typed over it comes
out mangled. :class:`DateEdit` is a line edit that reads the whole text instead
(:func:`parse_typed_date`) with a button that opens a calendar; it has the part of
QDateEdit's interface the forms use (``date``, ``setDate``, ``dateChanged``, the range).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Final

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

from asiakasrekisteri.ui.widgets.form_rows import error_color
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

# Day first (Finnish 1.10.2026, British 01/10/2026), the year optional: "1.10." is this year.
_DAY_FIRST: Final = re.compile(r"(\d{1,2})[./](\d{1,2})(?:[./](\d{2}|\d{4})?)?")
_ISO: Final = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DIGITS: Final = re.compile(r"(\d{2})(\d{2})(\d{2}|\d{4})")  # 011026, 01102026


def parse_typed_date(text: str, today: date) -> date | None:
    """The date a person meant by ``text``; None when it is no date.

    Accepts ``1.10.2026``, ``01.10.2026``, ``1.10.26``, ``1.10.`` and ``1.10`` (this
    year), ``01/10/2026``, ``2026-10-01`` and ``01102026``.

    >>> parse_typed_date("1.10.", date(2026, 3, 5))
    datetime.date(2026, 10, 1)
    """
    value = text.strip()
    year: int | None
    if match := _ISO.fullmatch(value):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DAY_FIRST.fullmatch(value) or _DIGITS.fullmatch(value):
        day, month = int(match[1]), int(match[2])
        year = int(match[3]) if match[3] else today.year
        if match[3] and len(match[3]) == 2:
            year += 2000
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class DateEdit(Retranslating, QWidget):
    """A date field: type the date, or pick it in the calendar (the button, Alt+Down, F4).

    The date follows the text as it is typed; text that is no date (or is outside the
    allowed range) gets a red frame and, when the user leaves the field, gives way to the
    last good date. The date is shown in the UI language's short form.

    Attributes:
        line_edit: Where the date is typed (named after the field, ``…Text``).
        calendar_button: Opens the calendar (``…Calendar``).
        calendar: The calendar popup.

    Signals:
        dateChanged(QDate): The date changed, by typing, by the calendar or by the program.
    """

    dateChanged = Signal(QDate)

    def __init__(
        self,
        value: QDate | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._date = value if value is not None and value.isValid() else _qdate(today())
        self._minimum = QDate(1900, 1, 1)
        self._maximum = QDate(9999, 12, 31)
        self.line_edit = QLineEdit(self)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        self.calendar.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.line_edit)
        self.line_edit.textEdited.connect(self._typed)
        self.line_edit.editingFinished.connect(self._show_date)
        self.line_edit.installEventFilter(self)
        self.calendar_button.clicked.connect(self.show_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self._show_date()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        tip = self.tr("Open the calendar (Alt+Down)")
        self.calendar_button.setToolTip(tip)
        self.calendar_button.setAccessibleName(tip)
        self.line_edit.setPlaceholderText(self.tr("e.g. 1.10.2026"))
        self.calendar.setLocale(QLocale())
        if not self.line_edit.hasFocus():
            self._show_date()

    def setObjectName(self, name: str) -> None:
        """Name the field; its parts are named after it for tests and accessibility."""
        super().setObjectName(name)
        self.line_edit.setObjectName(f"{name}Text")
        self.calendar_button.setObjectName(f"{name}Calendar")

    # --- QDateEdit's interface -----------------------------------------------------------

    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, value: QDate) -> None:
        """Show ``value`` (kept inside the allowed range); dateChanged if it is new."""
        if not value.isValid():
            return
        value = max(self._minimum, min(self._maximum, value))
        changed = value != self._date
        self._date = QDate(value)
        self._show_date()
        if changed:
            self.dateChanged.emit(QDate(value))

    def minimumDate(self) -> QDate:
        return QDate(self._minimum)

    def setMinimumDate(self, value: QDate) -> None:
        self._minimum = QDate(value)
        self._maximum = max(self._maximum, self._minimum)
        self.calendar.setMinimumDate(value)
        self.setDate(self._date)

    def maximumDate(self) -> QDate:
        return QDate(self._maximum)

    def setMaximumDate(self, value: QDate) -> None:
        self._maximum = QDate(value)
        self._minimum = min(self._minimum, self._maximum)
        self.calendar.setMaximumDate(value)
        self.setDate(self._date)

    def setDateRange(self, minimum: QDate, maximum: QDate) -> None:
        """The earliest and latest date that can be entered, as QDateEdit's."""
        self.setMinimumDate(minimum)
        self.setMaximumDate(maximum)

    def displayFormat(self) -> str:
        """The form dates are shown in: the UI language's short date format."""
        return QLocale().dateFormat(QLocale.FormatType.ShortFormat)

    def text(self) -> str:
        return self.line_edit.text()

    def is_valid(self) -> bool:
        """Whether the text shown is the date the field holds (no half-typed date)."""
        return not bool(self.line_edit.property("invalid"))

    # --- typing and the calendar ---------------------------------------------------------

    def _typed(self, text: str) -> None:
        typed = parse_typed_date(text, self._today())
        good = typed is not None and self._minimum <= _qdate(typed) <= self._maximum
        self._mark_invalid(not good and bool(text.strip()))
        if typed is not None and good and _qdate(typed) != self._date:
            self._date = _qdate(typed)
            self.dateChanged.emit(QDate(self._date))

    def _show_date(self) -> None:
        self.line_edit.setText(QLocale().toString(self._date, self.displayFormat()))
        self._mark_invalid(False)

    def _mark_invalid(self, invalid: bool) -> None:
        if bool(self.line_edit.property("invalid")) == invalid:
            return
        self.line_edit.setProperty("invalid", invalid)
        style = f"border: 1px solid {error_color()};" if invalid else ""
        self.line_edit.setStyleSheet(f"QLineEdit {{ {style} }}" if style else "")

    def show_calendar(self) -> None:
        """Open the calendar under the field on the date shown."""
        self.calendar.setSelectedDate(self._date)
        below = self.mapToGlobal(QPoint(0, self.height()))
        self.calendar.adjustSize()
        screen = self.screen().availableGeometry()
        x = min(below.x(), screen.right() - self.calendar.width())
        y = below.y()
        if y + self.calendar.height() > screen.bottom():
            y = self.mapToGlobal(QPoint(0, 0)).y() - self.calendar.height()
        self.calendar.move(max(screen.left(), x), max(screen.top(), y))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, value: QDate) -> None:
        self.calendar.hide()
        self.setDate(value)
        self.line_edit.setFocus()
        self.line_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and bool(
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.show_calendar()
                return True
        return super().eventFilter(watched, event)


__all__ = ["DateEdit", "parse_typed_date"]
