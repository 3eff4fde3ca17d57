"""Window geometry, splitter positions and column widths, remembered in QSettings; windows
kept within the screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QWidget

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


# Room a window's frame takes around its contents before it is shown (title bar and
# borders of the usual window managers); the exact frame is known only afterwards.
FRAME_ALLOWANCE = QSize(16, 40)


def fit_to_screen(window: QWidget, preferred: QSize | None = None) -> None:
    """Size ``window`` to ``preferred`` (else its size now) but no larger than its screen's
    free area, and move it into that area: a 1366×768 laptop at 150 % has room for
    911×512 points, less than the program's windows would like."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    wanted = preferred if preferred is not None else window.size()
    room = area.size() - FRAME_ALLOWANCE
    size = wanted.boundedTo(room).expandedTo(window.minimumSizeHint().boundedTo(room))
    window.resize(size)
    x = area.x() + max(0, (area.width() - size.width() - FRAME_ALLOWANCE.width()) // 2)
    y = area.y() + max(0, (area.height() - size.height() - FRAME_ALLOWANCE.height()) // 2)
    frame = window.frameGeometry()
    inside = area.contains(QRect(frame.topLeft(), size + FRAME_ALLOWANCE))
    if preferred is not None or not inside:
        window.move(x, y)
