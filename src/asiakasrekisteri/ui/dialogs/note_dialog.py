"""Dialog to add or edit a note or activity: a call, a meeting or a task with a due date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit, QWidget

from asiakasrekisteri.domain.customer import NoteData, validate_note
from asiakasrekisteri.domain.enums import NoteKind
from asiakasrekisteri.ui.customer_card.fields import (
    FieldSlot,
    qdate,
    select_data,
)
from asiakasrekisteri.ui.dialogs import RecordDialog
from asiakasrekisteri.ui.widgets.date_edit import DateEdit
from asiakasrekisteri.ui.widgets.retranslating import set_item_texts


def kind_name(kind: NoteKind) -> str:
    """The translated name of a note's kind (note, call, meeting, task)."""
    names = {
        NoteKind.NOTE: QCoreApplication.translate("NoteDialog", "Note"),
        NoteKind.CALL: QCoreApplication.translate("NoteDialog", "Call"),
        NoteKind.MEETING: QCoreApplication.translate("NoteDialog", "Meeting"),
        NoteKind.TASK: QCoreApplication.translate("NoteDialog", "Task"),
    }
    return names[kind]


class NoteDialog(RecordDialog):
    """Kind, text, optional due date and done flag of one note or activity.

    Args:
        submit: Saves the note (e.g. ``service.add_note``); its errors are shown.
        note: The note to edit; None for a new one.
    """

    entity = "note"
    _original: NoteData

    def __init__(
        self,
        submit: Callable[[NoteData], object],
        note: NoteData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setObjectName("noteDialog")
        original = note or NoteData()
        self._original = original
        self._editing = note is not None
        self.kind_combo = QComboBox()
        for kind in NoteKind:
            self.kind_combo.addItem("", kind.value)
        select_data(self.kind_combo, original.kind.value)
        self.fields.add(self.form, self.kind_combo, "kind", "noteKindCombo")
        self.text_edit = QPlainTextEdit(original.text)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(QFontMetrics(self.text_edit.font()).lineSpacing() * 5 + 12)
        self.fields.add(self.form, self.text_edit, "text", "noteTextEdit")
        self.due_check = QCheckBox()
        self.due_check.setObjectName("noteDueCheck")
        self.due_check.setChecked(original.due_date is not None)
        self.due_edit = DateEdit(qdate(original.due_date or date.today()))
        self.due_edit.setEnabled(original.due_date is not None)
        due_slot = FieldSlot("due_date", self.due_edit, object_name="noteDueDateEdit")
        self.form.addRow(self.due_check, due_slot.container)
        self.fields.register(due_slot)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.due_check.toggled.connect(lambda _on: self._edited("due_date"))
        self.done_check = QCheckBox()
        self.done_check.setChecked(original.done)
        self.fields.add(self.form, self.done_check, "done", "noteDoneCheck")
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.setMinimumWidth(420)
        self._finish_setup()
        self.text_edit.setFocus()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Edit note") if self._editing else self.tr("Add note"))
        set_item_texts(self.kind_combo, {kind.value: kind_name(kind) for kind in NoteKind})
        self.fields.set_titles(
            {"kind": self.tr("&Kind"), "text": self.tr("&Text"), "done": self.tr("D&one")}
        )
        self.due_check.setText(self.tr("&Due date"))
        self.due_edit.setAccessibleName(self.tr("Due date"))
        super().retranslateUi()

    def _kind_changed(self) -> None:
        # A new task is about its due date; offer one (the user can still untick it).
        if self.kind_combo.currentData() == NoteKind.TASK.value and self._original.id is None:
            self.due_check.setChecked(True)

    def data(self) -> NoteData:
        due: date | None = None
        if self.due_check.isChecked():
            chosen: QDate = self.due_edit.date()
            due = date(chosen.year(), chosen.month(), chosen.day())
        return replace(
            self._original,
            kind=NoteKind(self.kind_combo.currentData()),
            text=self.text_edit.toPlainText(),
            due_date=due,
            done=self.done_check.isChecked(),
        )

    def _validate(self, data: NoteData) -> NoteData:
        return validate_note(data)
