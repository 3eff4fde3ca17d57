"""The invoice rows from the keyboard: undo and redo of what was typed, added and removed
(Ctrl+Z, Ctrl+Y), and Del removing the row being typed in when there is no text for it
to delete."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from asiakasrekisteri.ui.invoicing.invoice_rows_model import InvoiceRowsModel, RowInput
from asiakasrekisteri.ui.invoicing.rows_view import InvoiceRowsView
from asiakasrekisteri.ui.widgets.undo_keys import UndoKeys, undo_actions

Rows = list[RowInput]
Cell = tuple[int, int, str]  # rows in all, the row, the field: typing there merges

_ROWS_EDIT = 2  # QUndoCommand.id: typing in one cell merges


def add_row_keys() -> list[QKeySequence]:
    """Insert or Ctrl+Enter add a row from any cell (Ctrl+Insert as before)."""
    ctrl = Qt.Modifier.CTRL
    return [
        QKeySequence(Qt.Key.Key_Insert),
        QKeySequence(ctrl | Qt.Key.Key_Return),
        QKeySequence(ctrl | Qt.Key.Key_Enter),
        QKeySequence(ctrl | Qt.Key.Key_Insert),
    ]


def changed_cell(before: Rows, after: Rows) -> Cell | None:
    """The one cell that differs between two states of the rows, if only one does."""
    if len(before) != len(after):
        return None
    changed = [
        (number, item.name)
        for number, (old, new) in enumerate(zip(before, after, strict=True))
        for item in fields(RowInput)
        if getattr(old, item.name) != getattr(new, item.name)
    ]
    return (len(after), *changed[0]) if len(changed) == 1 else None


class _RowsEdit(QUndoCommand):
    def __init__(self, owner: RowsUndo, before: Rows, after: Rows) -> None:
        super().__init__()
        self.owner = owner
        self.before = before
        self.after = after
        self.cell = changed_cell(before, after)
        self._first = True

    def id(self) -> int:
        return _ROWS_EDIT

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _RowsEdit) or self.cell is None or other.cell != self.cell:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._first:  # pushed after the change was made
            self._first = False
            return
        self.owner.apply(self.after)

    def undo(self) -> None:
        self.owner.apply(self.before)


class RowsUndo(QObject):
    """The rows' undo stack, fed by every change of the rows, and the rows' Del key.

    Args:
        view: The rows table (the keys work in it and in its open cells).
        model: Its rows.
        restored: Called after a step was undone or redone (the editor recounts).
        remove_row: Removes the row being typed in.
    """

    def __init__(
        self,
        view: InvoiceRowsView,
        model: InvoiceRowsModel,
        restored: Callable[[], None],
        remove_row: Callable[[], None],
    ) -> None:
        super().__init__(view)
        self.view = view
        self.model = model
        self.stack = QUndoStack(self)
        self.undo_action, self.redo_action = undo_actions(self.stack, view)
        self._restored = restored
        self._remove_row = remove_row
        self._keys = UndoKeys(self)
        self._last: Rows = []
        self._applying = False
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        model.edited.connect(self.record)
        model.rowsInserted.connect(lambda *_a: self.record())
        model.rowsRemoved.connect(lambda *_a: self.record())

    def reset(self) -> None:
        """Rows just loaded: nothing to undo."""
        self.stack.clear()
        self._last = self.model.snapshot()

    def record(self) -> None:
        """Make the rows' change since the last step a step of its own (typing merges)."""
        if self._applying:
            return
        now = self.model.snapshot()
        if now != self._last:
            self.stack.push(_RowsEdit(self, self._last, now))
            self._last = now

    def apply(self, rows: Rows) -> None:
        """Show ``rows``; the cell being typed in stays where it was when it still exists."""
        current = self.view.currentIndex()
        self._applying = True
        try:
            self.view.finish_editing()
            self.model.restore(rows)
        finally:
            self._applying = False
        self._last = self.model.snapshot()
        self._restored()
        if current.isValid() and rows:
            row = min(current.row(), len(rows) - 1)
            index = self.model.index(row, current.column())
            self.view.setCurrentIndex(index)

    # --- keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildPolished and watched is self.view.viewport():
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QWidget):  # a cell opened for typing, made whole
                self._keys.watch(child)
                for widget in (child, *child.findChildren(QWidget)):
                    widget.installEventFilter(self)
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
            if plain and event.key() == Qt.Key.Key_Delete and _nothing_to_delete(watched):
                self._remove_row()
                return True
        return False


def _nothing_to_delete(cell: QObject) -> bool:
    """Whether Del has no text to delete in ``cell``: a list, an empty text field, or
    the table itself (a cell that cannot be typed in)."""
    if isinstance(cell, InvoiceRowsView):
        return True
    if isinstance(cell, QLineEdit):
        return not cell.text()
    if isinstance(cell, QComboBox):
        return not cell.isEditable() or not cell.currentText()
    return False
