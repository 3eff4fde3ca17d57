"""Someone else saved the record being edited: reload theirs, overwrite with mine, or
compare. For the customer card and for contacts, offices, notes and draft invoices."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.services.conflicts import RecordConflict, SaveConflict
from asiakasrekisteri.ui.customer_card.history_tab import field_name
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.widgets.conflict_choice import ConflictChoice
from asiakasrekisteri.ui.widgets.retranslating import Retranslating
from asiakasrekisteri.ui.window_state import fit_to_screen


class ConflictDialog(Retranslating, QDialog):
    """Who changed what and when, the fields where theirs and mine differ, and the choice.

    Args:
        conflict: The refused save.
        differences: Field title → (mine, theirs) for each field that differs.
    """

    def __init__(
        self,
        conflict: SaveConflict,
        differences: Mapping[str, tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflict = conflict
        self.choice = ConflictChoice.KEEP_EDITING
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.changes = QTableWidget(len(conflict.changes), 3, self)
        self.changes.setObjectName("changesTable")
        for row, change in enumerate(conflict.changes):
            when = change.at.astimezone().strftime("%d.%m.%Y %H:%M")
            value = change.new_value if change.new_value is not None else ""
            for column, text in enumerate((f"{when} {change.user}", "", value)):
                self.changes.setItem(row, column, QTableWidgetItem(text))
        self.compare = QTableWidget(len(differences), 3, self)
        self.compare.setObjectName("compareTable")
        for row, (title, (mine, theirs)) in enumerate(differences.items()):
            for column, text in enumerate((title, mine, theirs)):
                self.compare.setItem(row, column, QTableWidgetItem(text))
        self.compare.setVisible(False)
        for table in (self.changes, self.compare):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.reload_button = QPushButton(self)
        self.overwrite_button = QPushButton(self)
        self.compare_button = QPushButton(self)
        self.compare_button.setCheckable(True)
        self.keep_button = QPushButton(self)
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.overwrite_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.reload_button.clicked.connect(lambda: self._choose(ConflictChoice.RELOAD))
        self.overwrite_button.clicked.connect(lambda: self._choose(ConflictChoice.OVERWRITE))
        self.compare_button.toggled.connect(self.compare.setVisible)
        self.keep_button.clicked.connect(self.reject)
        self.keep_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.changes)
        layout.addWidget(self.compare)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        # Room for a few changes and the comparison of several fields, as the screen allows.
        fit_to_screen(self, QSize(760, 520))

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Changed by someone else"))
        for row, change in enumerate(self.conflict.changes):
            item = self.changes.item(row, 1)
            if item is not None:
                item.setText(field_name(change.entity, change.field))
        self.message.setText(error_text(self.conflict))
        self.changes.setHorizontalHeaderLabels(
            [self.tr("Saved"), self.tr("Field"), self.tr("New value")]
        )
        self.compare.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Yours"), self.tr("Saved by the other")]
        )
        self.reload_button.setText(self.tr("&Reload theirs"))
        self.reload_button.setToolTip(self.tr("Show the card as saved; your changes are dropped."))
        self.overwrite_button.setText(self.tr("&Overwrite with mine"))
        self.overwrite_button.setToolTip(
            self.tr("Save your version of the card over theirs; the history keeps theirs.")
        )
        self.compare_button.setText(self.tr("&Compare"))
        self.keep_button.setText(self.tr("&Keep editing"))

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()


# Bookkeeping, derived or read-only values: never "a difference" the user chose.
_NOT_COMPARED = frozenset({"id", "version", "created_at", "done_at", "anonymised"})


def record_differences(entity: str, mine: Any, theirs: Any) -> dict[str, tuple[str, str]]:
    """Field title → (mine, theirs) for each field of two records (dataclasses) that differs."""
    return {
        field_name(entity, f.name): (str(getattr(mine, f.name)), str(getattr(theirs, f.name)))
        for f in dataclasses.fields(mine)
        if f.name not in _NOT_COMPARED and getattr(mine, f.name) != getattr(theirs, f.name)
    }


def ask_about_conflict(
    conflict: SaveConflict,
    differences: Mapping[str, tuple[str, str]],
    parent: QWidget | None,
) -> ConflictChoice:
    """Show the conflict and return the user's choice (tests replace ``exec``)."""
    dialog = ConflictDialog(conflict, differences, parent)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice


def ask_about_record(dialog: Any, conflict: RecordConflict) -> ConflictChoice:
    """The conflict over the record of an editing dialog (``ui.dialogs.RecordDialog``:
    its ``entity`` and ``data()``), asked over that dialog."""
    differences = record_differences(dialog.entity, dialog.data(), conflict.current)
    return ask_about_conflict(conflict, differences, dialog)


__all__ = [
    "ConflictChoice",
    "ConflictDialog",
    "ask_about_conflict",
    "ask_about_record",
    "record_differences",
]
