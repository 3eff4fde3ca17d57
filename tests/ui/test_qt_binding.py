"""The Qt binding itself: faults of a PySide6 release that would crash the program."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    flag = Signal(bool)
    value = Signal(object)


def test_sending_bools_through_signals_keeps_their_references(qapp: object) -> None:
    """PySide6 6.12.0 lost a reference to True or False on every bool a signal carried.

    The busy, toggled and enabled signals of a long session send thousands, and when the
    count reached zero the interpreter aborted ("bool_dealloc"). pyproject.toml excludes
    that release; this catches a release with the same fault.
    """
    sender = _Sender()
    received: list[object] = []
    sender.flag.connect(received.append)
    sender.value.connect(received.append)
    before = (sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(100):
        sender.flag.emit(True)
        sender.flag.emit(False)
        sender.value.emit(True)
    received.clear()
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
