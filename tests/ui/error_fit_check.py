"""Run in a process of its own by test_error_fit.py: fill the first-run, company,
customer and contact forms with several invalid fields at once on the screen the
environment sets up (size, scaling), and print, as JSON, every error message that does
not show in full or that overlaps another field.

A message shows in full when its label is as tall as its wrapped text needs and lies
inside its window; it overlaps when its rectangle meets that of any other visible field,
title or button of the form.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from asiakasrekisteri.app import build_window, create_application
from asiakasrekisteri.domain.customer import ContactData
from asiakasrekisteri.services.container import open_services
from asiakasrekisteri.ui.dialogs.company_dialog import CompanyDialog
from asiakasrekisteri.ui.dialogs.contact_dialog import ContactDialog
from asiakasrekisteri.ui.dialogs.first_run import FirstRunDialog
from asiakasrekisteri.ui.i18n import Translators
from tests.ui.screen_check import unreachable

FIELDS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractButton,
    QLabel,
)

# Invalid values with long messages: a short postal code of another town, check digits.
BAD_COMPANY = {
    "name": "",
    "business_id": "1234567-8",
    "vat_id": "SE123",
    "postal_code": "2100",
    "city": "Tampere",
    "iban": "FI21 1234 5600 0007 84",
    "bic": "NDEAFIH",
    "email": "laskut@",
    "phone": "040 12",
}
BAD_CUSTOMER = {
    "business_id": "1234567-8",
    "vat_id": "SE123",
    "postal_code": "2100",
    "city": "Tampere",
    "email": "laskut@",
    "phone": "040 12",
    "website": "http://",
    "einvoice_address": "0037123",
}
BAD_CONTACT = {"name": "", "phone": "040 12", "email": "mikko@"}


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def _rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _related(a: QWidget, b: QWidget) -> bool:
    return a.isAncestorOf(b) or b.isAncestorOf(a) or a is b


def _scroll_area(widget: QWidget, window: QWidget) -> QWidget | None:
    """The outermost scroll area around ``widget`` in ``window``, if any."""
    found = None
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            found = parent
        parent = parent.parentWidget()
    return found


def _clip(widget: QWidget, window: QWidget) -> QRect:
    """Where ``widget`` may be seen: its window, or the outermost scroll area around it."""
    holder: QWidget = window
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            holder = parent.widget() if hasattr(parent, "widget") else parent
        parent = parent.parentWidget()
    return _rect_in(holder, window) if holder is not window else window.rect()


def problems(window: QWidget) -> list[str]:
    """The error messages of ``window`` that are cut, outside it or over another field."""
    found: list[str] = []
    errors = [
        label
        for label in window.findChildren(QLabel)
        if label.property("fieldError") and label.isVisibleTo(window) and label.text()
    ]
    others = [
        w
        for kind in FIELDS
        for w in window.findChildren(kind)
        if w.isVisibleTo(window) and w.window() is window and not w.property("fieldError")
    ]
    # What lies in a scroll area is compared with its neighbours there only: the rest of
    # the window is not under it when it scrolls.
    area = {id(w): _scroll_area(w, window) for w in [*errors, *others]}
    for label in errors:
        name = label.objectName()
        rect = _rect_in(label, window)
        needed = label.heightForWidth(label.width())
        if label.height() < needed:
            found.append(f"{name}: {label.height()} px high, its text needs {needed}")
        if not _clip(label, window).contains(rect):
            found.append(f"{name}: {rect} outside {_clip(label, window)}")
        for other in others:
            if _related(label, other) or area[id(other)] is not area[id(label)]:
                continue
            if _rect_in(other, window).intersects(rect):
                what = other.objectName() or type(other).__name__
                found.append(f"{name} overlaps {what}")
    return found


def _type(edits: dict[str, QWidget], values: dict[str, str]) -> None:
    for name, text in values.items():
        edit = edits.get(name)
        if isinstance(edit, QLineEdit):
            edit.setText(text)
        elif isinstance(edit, QPlainTextEdit):
            edit.setPlainText(text)
        _settle()


def _errors_shown(window: QWidget) -> int:
    return sum(
        1
        for label in window.findChildren(QLabel)
        if label.property("fieldError") and label.isVisibleTo(window) and label.text()
    )


def _dialog_report(dialog: QWidget) -> list[str]:
    """Its messages' problems, whether it lies on the screen, its unreachable buttons."""
    area = dialog.screen().availableGeometry()
    outside = [] if area.contains(dialog.frameGeometry()) else [f"outside the screen {area}"]
    return (
        problems(dialog)
        + outside
        + unreachable(dialog)
        + [f"errors shown: {_errors_shown(dialog)}"]
    )


def check_forms(tmp: Path, translators: Translators) -> dict[str, list[str]]:
    report: dict[str, list[str]] = {}
    services = open_services(tmp / "r.sqlite3")
    try:
        settings = QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)
        first_run = FirstRunDialog(settings, services.company, services.demo)
        first_run.show()
        _type(dict(first_run.company_form.edits), BAD_COMPANY)
        report["first run"] = _dialog_report(first_run)
        first_run.reject()

        company = CompanyDialog(services.company)
        company.show()
        _type(dict(company.edits), BAD_COMPANY)
        report["company"] = _dialog_report(company)
        company.reject()

        contact = ContactDialog(lambda _data: None, ContactData(name="Mikko"))
        contact.show()
        edits = {name: slot.editor for name, slot in contact.fields.slots.items()}
        _type(edits, BAD_CONTACT)
        report["contact"] = _dialog_report(contact)
        contact.reject()

        # The card as the window first shows it, and given most of the window (a user
        # dragged the divider): the messages wrap to other heights at each width.
        for form, sizes in (("customer", None), ("customer, wide card", [450, 830])):
            window = build_window(services, settings, translators).window
            if sizes is not None:
                window.splitter.setSizes(sizes)
            window.show()
            window.new_customer()
            _settle()
            tabs = window.card.findChild(QTabWidget, "cardTabs")
            assert tabs is not None
            tabs.setCurrentWidget(window.card.basic_info)
            card_edits = {n: s.editor for n, s in window.card.basic_info.fields.slots.items()}
            _type(card_edits, {"name": "Sari Heikkinen", **BAD_CUSTOMER})
            _settle()
            report[form] = [*problems(window), f"errors shown: {_errors_shown(window)}"]
            report["screen"] = [str(window.screen().availableGeometry())]
            window.hide()  # closing would ask about the unsaved card
    finally:
        services.close()
    return report


def main() -> int:
    app = create_application([sys.argv[0]])
    translators = Translators()
    translators.install(app, sys.argv[1] if len(sys.argv) > 1 else "fi")
    with tempfile.TemporaryDirectory() as tmp:
        report = check_forms(Path(tmp), translators)
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
