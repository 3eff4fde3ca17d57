"""Window geometry, splitter positions and column widths, remembered in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter


def _bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_state(
    settings: QSettings, window: QMainWindow, splitter: QSplitter, header: QHeaderView
) -> None:
    settings.setValue("main_window/geometry", window.saveGeometry())
    settings.setValue("main_window/state", window.saveState())
    settings.setValue("main_window/splitter", splitter.saveState())
    settings.setValue("customer_list/header", header.saveState())
    settings.sync()


def restore_state(
    settings: QSettings, window: QMainWindow, splitter: QSplitter, header: QHeaderView
) -> bool:
    """Restore what was saved; False when nothing was (first start)."""
    geometry = _bytes(settings, "main_window/geometry")
    if geometry is None:
        return False
    window.restoreGeometry(geometry)
    state = _bytes(settings, "main_window/state")
    if state is not None:
        window.restoreState(state)
    split = _bytes(settings, "main_window/splitter")
    if split is not None:
        splitter.restoreState(split)
    head = _bytes(settings, "customer_list/header")
    if head is not None:
        header.restoreState(head)
    return True
