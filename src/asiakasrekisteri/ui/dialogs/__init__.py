"""Small editing dialogs (contact, office, note) and the base they share.

A dialog validates with the domain's rule as the user types, shows each error on its
field and keeps OK disabled while anything is wrong. OK hands the record to a ``submit``
callback (the service call); an error from it is shown and the dialog stays open, so
nothing typed is lost.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.errors import FieldErrors, ValidationError
from asiakasrekisteri.services.conflicts import RecordConflict
from asiakasrekisteri.ui.customer_card.fields import FieldSet, Prompts, use_field_style
from asiakasrekisteri.ui.i18n import error_text, errors_text
from asiakasrekisteri.ui.widgets.conflict_choice import ConflictChoice
from asiakasrekisteri.ui.widgets.retranslating import Retranslating


class RecordDialog(Retranslating, QDialog):
    """Base of the editing dialogs: a form, inline errors and OK/Cancel.

    Subclasses build their fields into :attr:`form` through :attr:`fields`, implement
    :meth:`data` and :meth:`_validate`, and set their texts in ``retranslateUi()``,
    ending with ``super().retranslateUi()`` (the errors shown, in the new language).

    Attributes:
        form: The dialog's form layout.
        fields: Its fields by record field name.
        prompts: Messages shown by the dialog (tests answer them).
        ok_button: The OK button (``okButton``), disabled while a field is invalid.
    """

    entity = ""
    """The record's table as the change log names it (``contact_person`` …)."""
    ask_conflict: Callable[[Any, RecordConflict], ConflictChoice] | None = None
    """Asks what to do when someone else saved the record since it was read (the card
    sets it); without it, that refusal is shown as a message."""
    _original: Any
    """The record as it was read (subclasses set it); a save carries its ``version``."""

    def __init__(self, submit: Callable[[Any], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self._touched = False
        # The refusal of the last OK, shown until the next edit.
        self._refusal: FieldErrors | None = None
        use_field_style(self)
        self.prompts = Prompts(self)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(self.form)
        self.general_error = QLabel()
        self.general_error.setObjectName("dialogError")
        self.general_error.setProperty("fieldError", True)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addWidget(self.general_error)
        self.fields = FieldSet(self._edited)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(ok, QPushButton)
        self.ok_button = ok
        self.ok_button.setObjectName("okButton")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        cancel.setObjectName("cancelButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def data(self) -> Any:
        """The record as typed in the dialog."""
        raise NotImplementedError

    def _validate(self, data: Any) -> Any:
        """The domain rule for the record; raises FieldErrors."""
        raise NotImplementedError

    def retranslateUi(self) -> None:
        if self._refusal is not None:
            self._show(errors_text(self._refusal))
        else:
            self._revalidate()

    def _finish_setup(self) -> None:
        """Call at the end of a subclass's ``__init__``: texts, first check, first focus."""
        self.retranslateUi()
        first = next(iter(self.fields.slots.values()), None)
        if first is not None:
            first.editor.setFocus()

    def _edited(self, _field: str) -> None:
        self._touched = True
        self._refusal = None
        self._revalidate()

    def _revalidate(self) -> dict[str, str]:
        try:
            self._validate(self.data())
            errors: dict[str, str] = {}
        except FieldErrors as exc:
            errors = errors_text(exc)
        # An untouched new record is not "wrong" yet; only OK says it is incomplete.
        self._show(errors if self._touched else {})
        self.ok_button.setEnabled(not errors)
        return errors

    def _show(self, errors: dict[str, str]) -> None:
        self.fields.show_errors(errors)
        others = [text for name, text in errors.items() if name not in self.fields.slots]
        self.general_error.setText("\n".join(others))
        self.general_error.setVisible(bool(others))

    def accept(self) -> None:
        """Validate, hand the record to ``submit``; close only when that succeeded."""
        self._touched = True
        self._refusal = None
        if self._revalidate():
            return
        try:
            self._submit(self.data())
        except RecordConflict as conflict:
            self._resolve(conflict)
            return
        except FieldErrors as exc:
            self._refusal = exc
            self._show(errors_text(exc))
            return
        except ValidationError as exc:
            self.prompts.warn(self.windowTitle(), error_text(exc))
            return
        super().accept()

    def _resolve(self, conflict: RecordConflict) -> None:
        """Someone else saved the record meanwhile: theirs, mine over theirs, or go on."""
        if self.ask_conflict is None:
            self.prompts.warn(self.windowTitle(), error_text(conflict))
            return
        choice = self.ask_conflict(self, conflict)
        if choice is ConflictChoice.RELOAD:
            # Closed as done: the card reads the record again and shows theirs.
            super().accept()
        elif choice is ConflictChoice.OVERWRITE:
            # Saved as edited from what they saved: theirs stays in the history.
            self._original = dataclasses.replace(self._original, version=conflict.current.version)
            self.accept()
