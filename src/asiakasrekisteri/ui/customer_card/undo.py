"""Undo and redo on the customer card: each field's edit is a step, a run of typing in
one field is one step."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from asiakasrekisteri.ui.customer_card.fields import FieldSlot
from asiakasrekisteri.ui.widgets.date_edit import DateEdit
from asiakasrekisteri.ui.widgets.undo_keys import UndoKeys, undo_actions

State = dict[str, object]

_FIELD_EDIT = 1  # QUndoCommand.id: edits of one field merge


def set_widget_value(widget: QWidget, value: object) -> None:
    """Show ``value`` in an input (the inverse of ``fields.widget_value``)."""
    if isinstance(widget, QLineEdit):
        if widget.text() != value:
            widget.setText(str(value))
    elif isinstance(widget, QPlainTextEdit):
        if widget.toPlainText() != value:
            widget.setPlainText(str(value))
    elif isinstance(widget, QComboBox):
        if widget.isEditable():
            widget.setEditText(str(value))
        else:
            widget.setCurrentIndex(max(widget.findData(value), 0))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, DateEdit):
        widget.setDate(QDate.fromString(str(value), Qt.DateFormat.ISODate))


class _FieldEdit(QUndoCommand):
    def __init__(self, undo: CardUndo, field: str, before: State, after: State) -> None:
        super().__init__(field)
        self.undo_owner = undo
        self.field = field
        self.before = before
        self.after = after
        self._first = True

    def id(self) -> int:
        return _FIELD_EDIT

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _FieldEdit) or other.field != self.field:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._first:  # pushed after the edit was made: nothing to do yet
            self._first = False
            return
        self.undo_owner.apply(self.after)

    def undo(self) -> None:
        self.undo_owner.apply(self.before)


class CardUndo:
    """The card's undo stack, fed by its edits; Ctrl+Z and Ctrl+Y on the card.

    Args:
        card: The card (the keys work in it and its fields).
        slots: The card's fields now (custom fields come and go).
        state: Field name → value, as the card compares states.
        restored: Called after a step was undone or redone (the card checks itself).
    """

    def __init__(
        self,
        card: QWidget,
        slots: Callable[[], Mapping[str, FieldSlot]],
        state: Callable[[], State],
        restored: Callable[[], None],
    ) -> None:
        self.stack = QUndoStack(card)
        self.undo_action, self.redo_action = undo_actions(self.stack, card)
        self._slots = slots
        self._state = state
        self._restored = restored
        self._keys = UndoKeys(card)
        self._last: State = {}
        self._applying = False

    def watch_fields(self) -> None:
        """Let the fields' undo and redo keys reach the card (call when fields change)."""
        for slot in self._slots().values():
            self._keys.watch(slot.editor)

    def reset(self) -> None:
        """A card just loaded: nothing to undo."""
        self.stack.clear()
        self._last = self._state()
        self.watch_fields()

    def edited(self, field: str) -> None:
        """Record the card's change since the last step as a step of ``field``."""
        if self._applying:
            return
        now = self._state()
        if now != self._last:
            self.stack.push(_FieldEdit(self, field, self._last, now))
            self._last = now

    def apply(self, state: State) -> None:
        """Show ``state`` in the fields."""
        self._applying = True
        try:
            for name, slot in self._slots().items():
                if name in state:
                    set_widget_value(slot.editor, state[name])
                elif name.startswith("custom:"):  # an empty custom field is left out
                    set_widget_value(slot.editor, "")
        finally:
            self._applying = False
        self._last = self._state()
        self._restored()
