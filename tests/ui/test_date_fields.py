"""Date fields take a date typed as people write it, or one picked from the calendar.

Every date field of the program is a :class:`DateEdit`; the test types into each one.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from asiakasrekisteri.domain.customer import NoteData
from asiakasrekisteri.domain.enums import NoteKind
from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRowData
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.services.products import ProductService
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.ui.dialogs.note_dialog import NoteDialog
from asiakasrekisteri.ui.invoicing.editor import InvoiceEditor
from asiakasrekisteri.ui.invoicing.payment_dialog import PaymentDialog
from asiakasrekisteri.ui.invoicing.reminder_dialog import ReminderDialog
from asiakasrekisteri.ui.widgets.date_edit import DateEdit, parse_typed_date
from tests.conftest import make_customer
from tests.services.conftest import INVOICING_SELLER

# Offscreen-platform noise: no native windows to resize or raise, no keyboard to grab.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints",
    r"This plugin does not support raise",
    r"This plugin does not support grabbing the keyboard",
)

UI = Path(__file__).resolve().parents[2] / "src" / "asiakasrekisteri" / "ui"
DAY = date(2026, 3, 5)


def today() -> date:
    return DAY


@pytest.fixture(autouse=True)
def finnish() -> Iterator[None]:
    """Dates shown as a Finnish user sees them (d.M.yyyy)."""
    before = QLocale()
    QLocale.setDefault(QLocale("fi_FI"))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("01.10.2026", date(2026, 10, 1)),
        ("1.10.2026", date(2026, 10, 1)),
        (" 1.10.2026 ", date(2026, 10, 1)),
        ("1.10.", date(2026, 10, 1)),  # this year
        ("1.10", date(2026, 10, 1)),
        ("1.10.26", date(2026, 10, 1)),
        ("2026-10-01", date(2026, 10, 1)),
        ("01/10/2026", date(2026, 10, 1)),
        ("01102026", date(2026, 10, 1)),
        ("011026", date(2026, 10, 1)),
        ("29.2.2028", date(2028, 2, 29)),
    ],
)
def test_typed_dates_are_read_as_meant(text: str, meant: date) -> None:
    assert parse_typed_date(text, DAY) == meant


@pytest.mark.parametrize(
    "text", ["", "1", "1.", "32.1.2026", "1.13.", "29.2.2026", "1.10.202", "2026-13-01", "huomenna"]
)
def test_text_that_is_no_date_is_refused(text: str) -> None:
    assert parse_typed_date(text, DAY) is None


def test_no_window_uses_qdateedit() -> None:
    """Every date field goes through DateEdit (QDateEdit mangles "1.10." typed over it)."""
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        names |= {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
        assert not {"QDateEdit", "QDateTimeEdit"} & names, path


# --- typing into every date field ---------------------------------------------------------


def type_date(qtbot: QtBot, field: DateEdit, text: str) -> None:
    """Click into the field, select what is there, type, and leave with Tab."""
    window = field.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(field.line_edit, Qt.MouseButton.LeftButton)
    assert field.line_edit.hasFocus()
    field.line_edit.selectAll()
    qtbot.keyClicks(field.line_edit, text)
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Tab)
    assert not field.line_edit.hasFocus()


TYPED = [
    ("01.10.2026", QDate(2026, 10, 1)),
    ("2.10.2026", QDate(2026, 10, 2)),
    ("3.10.", QDate(2026, 10, 3)),
    ("2026-10-04", QDate(2026, 10, 4)),
]


def assert_takes_typed_dates(qtbot: QtBot, window: QWidget, names: list[str]) -> None:
    assert sorted(f.objectName() for f in window.findChildren(DateEdit)) == sorted(names)
    for name in names:
        field = window.findChild(DateEdit, name)
        assert field is not None and field.isVisible(), name
        for text, meant in TYPED:
            type_date(qtbot, field, text)
            assert field.date() == meant, (name, text)
            assert field.text() == f"{meant.day()}.{meant.month()}.2026"


@pytest.fixture
def invoicing(db: Database, company: CompanyService) -> InvoicingService:
    company.save(INVOICING_SELLER)
    return InvoicingService(db)


@pytest.fixture
def customer_id(customers: CustomerService) -> int:
    return customers.create(make_customer(customer_number="1001")).id


def _show(qtbot: QtBot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_invoice_header_dates(
    qtbot: QtBot, db: Database, invoicing: InvoicingService, customers: CustomerService,
    customer_id: int, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    editor = InvoiceEditor(invoicing, ProductService(db), customers, customer_id=customer_id,
                           today=today)  # fmt: skip
    monkeypatch.setattr(editor.prompts, "confirm", lambda *_a: True)  # closing drops the draft
    _show(qtbot, editor)
    assert_takes_typed_dates(qtbot, editor, ["invoiceDateEdit", "deliveryDateEdit", "dueDateEdit"])
    type_date(qtbot, editor.header.invoice_date_edit, "1.10.")
    assert editor.header.due_date_edit.date() == QDate(2026, 10, 1).addDays(
        editor.header.term_spin.value()
    )  # the due date follows a typed invoice date


def test_payment_and_reminder_dates(
    qtbot: QtBot, invoicing: InvoicingService, customer_id: int
) -> None:
    row = InvoiceRowData("Työ", Decimal(1), Decimal(100), Decimal("25.5"))
    draft = InvoiceDraft(customer_id=customer_id, invoice_date=date(2026, 9, 1), rows=(row,))
    invoice = invoicing.create_invoice(draft, today=date(2026, 9, 1))
    later: Callable[[], date] = lambda: date(2026, 10, 31)  # noqa: E731
    payment = PaymentDialog(invoicing, invoice, today=later)
    _show(qtbot, payment)
    assert_takes_typed_dates(qtbot, payment, ["paymentDateEdit"])
    reminder = ReminderDialog(invoicing, invoice, today=later)
    _show(qtbot, reminder)
    assert_takes_typed_dates(qtbot, reminder, ["reminderDateEdit"])


def test_note_due_date(qtbot: QtBot) -> None:
    dialog = NoteDialog(lambda data: data, NoteData(kind=NoteKind.TASK, text="Soita",
                                                     due_date=date(2026, 3, 5)))  # fmt: skip
    _show(qtbot, dialog)
    assert_takes_typed_dates(qtbot, dialog, ["noteDueDateEdit"])


# --- the widget's own behaviour -----------------------------------------------------------


def in_form(qtbot: QtBot, field: DateEdit) -> QWidget:
    """Show the field in a small form, with a field after it to Tab to; the form."""
    form = QWidget()
    layout = QVBoxLayout(form)
    layout.addWidget(field)
    layout.addWidget(QLineEdit())
    _show(qtbot, form)
    return form


def test_half_typed_date_is_marked_and_reverted_on_leaving(qtbot: QtBot) -> None:
    field = DateEdit(QDate(2026, 3, 5), today=today)
    _show(qtbot, field)
    changes: list[QDate] = []
    field.dateChanged.connect(changes.append)
    field.line_edit.selectAll()
    qtbot.keyClicks(field.line_edit, "31.2.")
    assert not field.is_valid()
    assert field.line_edit.property("invalid") is True
    assert field.date() == QDate(2026, 3, 5) and changes == []
    field.line_edit.editingFinished.emit()  # the user leaves the field
    assert field.is_valid() and field.text() == "5.3.2026"


def test_a_date_outside_the_range_is_not_taken(qtbot: QtBot) -> None:
    field = DateEdit(QDate(2026, 3, 5), today=today)
    field.setMinimumDate(QDate(2026, 3, 1))
    field.setMaximumDate(QDate(2026, 3, 31))
    _form = in_form(qtbot, field)
    type_date(qtbot, field, "1.4.")
    assert field.date() == QDate(2026, 3, 5)
    type_date(qtbot, field, "20.3.")
    assert field.date() == QDate(2026, 3, 20)


def test_the_calendar_opens_from_the_keyboard_and_picks_a_date(qtbot: QtBot) -> None:
    field = DateEdit(QDate(2026, 3, 5), today=today)
    _show(qtbot, field)
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.calendar.isVisible()
    assert field.calendar.selectedDate() == QDate(2026, 3, 5)
    table = field.calendar.findChild(QTableView)
    assert table is not None
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert not field.calendar.isVisible()
    assert field.date() == QDate(2026, 3, 6)


def test_the_calendar_button_opens_it(qtbot: QtBot) -> None:
    field = DateEdit(QDate(2026, 3, 5), today=today)
    _show(qtbot, field)
    qtbot.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)
    assert field.calendar.isVisible()
    field.calendar.clicked.emit(QDate(2026, 3, 17))  # a day clicked in the calendar
    assert field.date() == QDate(2026, 3, 17) and not field.calendar.isVisible()


def test_dates_are_shown_in_the_languages_form(qtbot: QtBot) -> None:
    QLocale.setDefault(QLocale("en_GB"))
    field = DateEdit(QDate(2026, 3, 5), today=today)
    _form = in_form(qtbot, field)
    assert field.text() == "05/03/2026"
    type_date(qtbot, field, "1.10.")  # the Finnish way is still understood
    assert field.text() == "01/10/2026"
