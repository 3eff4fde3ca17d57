"""Commands (QActions) of the window and its features, made one way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

Shortcut = QKeySequence | QKeySequence.StandardKey | str


def command(
    owner: QObject, slot: Callable[[], object], name: str, shortcut: Shortcut | None = None
) -> QAction:
    """A command that runs ``slot``; its owner sets the text when it retranslates.

    A shortcut works anywhere in the window (the window's, not only a focused widget's);
    the ``checked`` flag Qt passes is dropped so that slots take no arguments.
    """
    action = QAction(owner)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def withhold(*actions: QAction) -> None:
    """Hide commands the user may not use: not shown in menus, shortcuts dead too."""
    for action in actions:
        action.setVisible(False)
        action.setEnabled(False)


__all__ = ["Shortcut", "command", "withhold"]
