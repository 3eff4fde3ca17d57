"""Undo and redo keys for a whole form: Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) reach the
form's :class:`QUndoStack` even from a text field, which would otherwise take them for
its own typing and leave the form's other edits out of reach."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget


def undo_keys() -> list[QKeySequence]:
    return [QKeySequence(QKeySequence.StandardKey.Undo)]


def redo_keys() -> list[QKeySequence]:
    """Ctrl+Y as Windows programs have it, Ctrl+Shift+Z as others do."""
    return [
        QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Y),
        QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z),
    ]


def _matches(event: QKeyEvent) -> bool:
    pressed = QKeySequence(event.keyCombination())
    return any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch
               for key in (*undo_keys(), *redo_keys()))  # fmt: skip


class UndoKeys(QObject):
    """Gives the undo and redo keys of the fields it watches to the form's actions."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        override = event.type() == QEvent.Type.ShortcutOverride
        if override and isinstance(event, QKeyEvent) and _matches(event):
            event.ignore()  # not the field's: the form's shortcut takes it
            return True
        return False

    def watch(self, widget: QWidget) -> None:
        """Watch ``widget`` and the fields inside it (an editable list's text field)."""
        widget.installEventFilter(self)
        for child in widget.findChildren(QWidget):
            child.installEventFilter(self)


def undo_actions(stack: QUndoStack, owner: QWidget) -> tuple[QAction, QAction]:
    """Undo and redo actions of ``stack`` on ``owner`` and its children, with their keys.

    They are in no menu, so they carry no text to translate: only the keys.
    """
    undo = QAction(owner)
    undo.setShortcuts(undo_keys())
    undo.triggered.connect(stack.undo)
    stack.canUndoChanged.connect(undo.setEnabled)
    redo = QAction(owner)
    redo.setShortcuts(redo_keys())
    redo.triggered.connect(stack.redo)
    stack.canRedoChanged.connect(redo.setEnabled)
    for action in (undo, redo):
        action.setEnabled(False)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        owner.addAction(action)
    return undo, redo
