"""Contact, office and note dialogs: errors on the fields, OK only when valid, submit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from asiakasrekisteri.domain.customer import ContactData, NoteData, OfficeData
from asiakasrekisteri.domain.enums import NoteKind
from asiakasrekisteri.domain.errors import FieldErrors, InvalidFormat
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.ui.dialogs import RecordDialog
from asiakasrekisteri.ui.dialogs.contact_dialog import ContactDialog
from asiakasrekisteri.ui.dialogs.note_dialog import NoteDialog
from asiakasrekisteri.ui.dialogs.office_dialog import OfficeDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

W = TypeVar("W", bound=QObject)
D = TypeVar("D", bound=RecordDialog)

OPERATORS = [("003721291126", "Maventa (Visma)"), ("NDEAFIHH", "Nordea")]


class Submitted:
    """A submit callback that records what it got, or raises what it is told."""

    def __init__(self) -> None:
        self.records: list[Any] = []
        self.error: Exception | None = None

    def __call__(self, data: Any) -> Any:
        if self.error is not None:
            raise self.error
        self.records.append(data)
        return data


def show(qtbot: QtBot, dialog: D) -> D:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type key by key; QTest cannot type ä or ö, so those go as plain key events."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, ord(char.upper()), Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def click(qtbot: QtBot, widget: QWidget) -> None:
    # A check box reacts to its box and text only, not to the empty space after them.
    pos = (
        QPoint(8, widget.height() // 2) if isinstance(widget, QCheckBox) else widget.rect().center()
    )
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def error(dialog: QDialog, name: str) -> str:
    label = child(dialog, QLabel, name)
    return label.text() if label.isVisible() else ""


def ok(dialog: QDialog) -> QPushButton:
    return child(dialog, QPushButton, "okButton")


# --- contact ----------------------------------------------------------------------------------


def test_new_contact_needs_a_name_before_ok(qtbot: QtBot) -> None:
    submit = Submitted()
    dialog = show(qtbot, ContactDialog(submit))

    assert dialog.windowTitle() == "Add contact"
    assert not ok(dialog).isEnabled()
    assert error(dialog, "contactNameError") == ""  # untouched: not red yet

    type_text(qtbot, child(dialog, QLineEdit, "contactTitleEdit"), "Myynti")
    assert error(dialog, "contactNameError") == "Give the contact's name."

    type_text(qtbot, child(dialog, QLineEdit, "contactNameEdit"), "Sanna Mäkelä")
    assert error(dialog, "contactNameError") == ""
    assert ok(dialog).isEnabled()
    click(qtbot, ok(dialog))

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert submit.records == [ContactData(name="Sanna Mäkelä", title="Myynti")]


def test_contact_email_error_is_shown_on_the_email_field(qtbot: QtBot) -> None:
    dialog = show(qtbot, ContactDialog(Submitted()))
    type_text(qtbot, child(dialog, QLineEdit, "contactNameEdit"), "Sanna")
    email = child(dialog, QLineEdit, "contactEmailEdit")

    type_text(qtbot, email, "sanna@")

    assert error(dialog, "contactEmailError") != ""
    assert email.property("invalid") is True
    assert email.toolTip() == error(dialog, "contactEmailError")
    assert not ok(dialog).isEnabled()


def test_editing_keeps_the_contact_id_and_flags(qtbot: QtBot) -> None:
    submit = Submitted()
    original = ContactData(id=7, name="Ville", phone="040 765 4321", is_default=True)
    dialog = show(qtbot, ContactDialog(submit, original))
    assert dialog.windowTitle() == "Edit contact"
    assert child(dialog, QLineEdit, "contactPhoneEdit").text() == "040 765 4321"

    name = child(dialog, QLineEdit, "contactNameEdit")
    qtbot.keyClick(name, Qt.Key.Key_End)
    type_text(qtbot, name, " Virtanen")
    click(qtbot, ok(dialog))

    (saved,) = submit.records
    assert (saved.id, saved.name, saved.is_default) == (7, "Ville Virtanen", True)


def test_refusal_from_submit_keeps_the_dialog_open(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    submit = Submitted()
    dialog = show(qtbot, ContactDialog(submit, ContactData(id=3, name="Ville")))
    warnings: list[str] = []
    monkeypatch.setattr(dialog.prompts, "warn", lambda _title, text: warnings.append(text))

    submit.error = FieldErrors(
        {"email": InvalidFormat("Taken by someone else.", code="x", field="email")}
    )
    click(qtbot, ok(dialog))
    assert dialog.isVisible()
    assert error(dialog, "contactEmailError") == "Taken by someone else."

    submit.error = RuleViolation("A deleted contact cannot be edited.", code="contact.anonymised")
    click(qtbot, ok(dialog))
    assert dialog.isVisible()
    assert warnings == ["A deleted contact cannot be edited."]


# --- office -----------------------------------------------------------------------------------


def test_office_dialog_shows_and_returns_every_field(qtbot: QtBot) -> None:
    submit = Submitted()
    office = OfficeData(id=4, name="Pääkonttori", street="Hämeenkatu 10", postal_code="33100",
                        city="Tampere", einvoice_operator="003721291126")  # fmt: skip
    dialog = show(qtbot, OfficeDialog(submit, OPERATORS, office))

    operator = child(dialog, QComboBox, "officeOperatorCombo")
    assert operator.currentText() == "Maventa (Visma) (003721291126)"
    assert child(dialog, QComboBox, "officeCountryCombo").currentData() == "FI"
    assert child(dialog, QPlainTextEdit, "officeStreetEdit").toPlainText() == "Hämeenkatu 10"

    operator.setCurrentIndex(operator.findData("NDEAFIHH"))
    type_text(qtbot, child(dialog, QLineEdit, "officeEinvoiceAddressEdit"), "003720774740")
    click(qtbot, child(dialog, QCheckBox, "officeDefaultCheck"))
    click(qtbot, ok(dialog))

    (saved,) = submit.records
    assert saved.id == 4
    assert saved.einvoice_operator == "NDEAFIHH"
    assert saved.einvoice_address == "003720774740"
    assert saved.is_default


def test_office_postal_code_is_checked_as_typed(qtbot: QtBot) -> None:
    dialog = show(qtbot, OfficeDialog(Submitted(), OPERATORS))
    type_text(qtbot, child(dialog, QLineEdit, "officeNameEdit"), "Työmaa")

    type_text(qtbot, child(dialog, QLineEdit, "officePostalCodeEdit"), "33A00")

    assert error(dialog, "officePostalCodeError") != ""
    assert not ok(dialog).isEnabled()


# --- note -------------------------------------------------------------------------------------


def test_a_task_note_gets_a_due_date(qtbot: QtBot) -> None:
    submit = Submitted()
    dialog = show(qtbot, NoteDialog(submit))
    due = child(dialog, QCheckBox, "noteDueCheck")
    assert not due.isChecked()
    assert not ok(dialog).isEnabled()  # nothing written yet

    kind = child(dialog, QComboBox, "noteKindCombo")
    kind.setCurrentIndex(kind.findData(NoteKind.TASK.value))
    assert due.isChecked()
    type_text(qtbot, child(dialog, QPlainTextEdit, "noteTextEdit"), "Soita Villelle")
    click(qtbot, ok(dialog))

    (saved,) = submit.records
    assert saved.kind is NoteKind.TASK
    assert saved.text == "Soita Villelle"
    assert saved.due_date == date.today()
    assert not saved.done


def test_empty_note_text_is_an_error_on_the_text(qtbot: QtBot) -> None:
    dialog = show(qtbot, NoteDialog(Submitted(), NoteData(id=1, text="x")))
    text = child(dialog, QPlainTextEdit, "noteTextEdit")

    text.selectAll()
    qtbot.keyClick(text, Qt.Key.Key_Delete)

    assert error(dialog, "noteTextError") == "Write something in the note."
    assert not ok(dialog).isEnabled()


@pytest.mark.parametrize(
    ("factory", "first"),
    [
        (lambda s: ContactDialog(s), "contactNameEdit"),
        (lambda s: OfficeDialog(s, OPERATORS), "officeNameEdit"),
        (lambda s: NoteDialog(s), "noteTextEdit"),
    ],
)
def test_dialog_inputs_have_accessible_names(
    qtbot: QtBot, factory: Callable[[Submitted], RecordDialog], first: str
) -> None:
    dialog = show(qtbot, factory(Submitted()))
    for slot in dialog.fields.slots.values():
        assert slot.editor.accessibleName(), slot.field
    assert child(dialog, QWidget, first).hasFocus() or dialog.focusWidget() is child(
        dialog, QWidget, first
    )
