"""Window geometry, splitter positions and column widths, remembered in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

from asiakasrekisteri.ui import settings_keys as keys


def save_state(
    settings: QSettings, window: QMainWindow, splitter: QSplitter, header: QHeaderView
) -> None:
    keys.WINDOW_GEOMETRY.write(settings, window.saveGeometry())
    keys.WINDOW_STATE.write(settings, window.saveState())
    keys.WINDOW_SPLITTER.write(settings, splitter.saveState())
    keys.LIST_HEADER.write(settings, header.saveState())
    settings.sync()


def restore_state(
    settings: QSettings, window: QMainWindow, splitter: QSplitter, header: QHeaderView
) -> bool:
    """Restore what was saved; False when nothing was (first start)."""
    geometry = keys.WINDOW_GEOMETRY.read(settings)
    if geometry is None:
        return False
    window.restoreGeometry(geometry)
    state = keys.WINDOW_STATE.read(settings)
    if state is not None:
        window.restoreState(state)
    split = keys.WINDOW_SPLITTER.read(settings)
    if split is not None:
        splitter.restoreState(split)
    head = keys.LIST_HEADER.read(settings)
    if head is not None:
        header.restoreState(head)
    return True
