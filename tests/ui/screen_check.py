"""Run in a process of its own by test_screens.py: show the main views on the screen the
environment sets up (size, scaling) and print, as JSON, every button a user cannot reach.

A button counts as reachable when it lies inside its window, or inside the outermost scroll
area around it when that lies inside its window (the user scrolls to it).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSettings
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QTabWidget, QWidget

from asiakasrekisteri.app import build_window, create_application
from asiakasrekisteri.services.container import open_services
from asiakasrekisteri.services.customers import CustomerQuery
from asiakasrekisteri.ui.i18n import Translators
from asiakasrekisteri.ui.invoicing.editor import InvoiceEditor


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def _rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def unreachable(window: QWidget) -> list[str]:
    """The visible buttons of ``window`` that lie outside it and outside any scroll area."""
    bad = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or button.window() is not window:
            continue
        holder: QWidget = button
        parent = button.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea):
                holder = parent  # the outermost one counts: a table inside a scrolled page
            parent = parent.parentWidget()
        if not window.rect().contains(_rect_in(holder, window)):
            bad.append(f"{button.objectName() or type(button).__name__} {button.text()!r}")
    return bad


def _on_screen(window: QWidget) -> list[str]:
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    return [] if area.contains(frame) else [f"window {frame} outside the screen {area}"]


def main() -> int:
    app = create_application([sys.argv[0]])
    translators = Translators()
    translators.install(app, "fi")
    report: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(Path(tmp) / "r.sqlite3")
        try:
            services.demo.fill(20)
            settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
            window = build_window(services, settings, translators).window
            window.show()
            customer = services.customers.search_records(CustomerQuery())[0]
            window.open_customer(customer.id)
            _settle()
            report["main window"] = _on_screen(window)
            tabs = window.card.findChild(QTabWidget, "cardTabs")
            assert tabs is not None
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                _settle()
                report[f"card: {tabs.tabText(index)}"] = unreachable(window)
            editor = InvoiceEditor(services.invoicing, services.products, services.customers,
                                   customer_id=customer.id, parent=window)  # fmt: skip
            editor.show()
            _settle()
            report["invoice editor"] = _on_screen(editor) + unreachable(editor)
            report["screen"] = [str(window.screen().availableGeometry())]
            editor.reject()
            window.close()
        finally:
            services.close()
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
