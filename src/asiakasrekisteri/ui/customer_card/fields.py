"""Labelled form fields with an inline error line, shared pickers, and the card's prompts.

A field is an editor plus a red error label under it. An invalid field also gets a red
border through the dynamic property ``invalid`` (styled by :func:`field_style`) and its
error as tooltip, so the message is where the user is looking.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.countries import COUNTRY_CODES, country_name
from asiakasrekisteri.domain.customer import name_sort_key
from asiakasrekisteri.ui.prompts import Prompts as BasePrompts
from asiakasrekisteri.ui.widgets.date_edit import DateEdit
from asiakasrekisteri.ui.widgets.form_rows import ErrorLabel, error_color, follow_palette


def field_style() -> str:
    """Style sheet for a widget that holds fields, in the red of the palette in use."""
    red = error_color()
    return f"""
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"],
DateEdit[invalid="true"] QLineEdit {{
    border: 1px solid {red};
}}
QCheckBox[invalid="true"] {{ color: {red}; }}
QLabel[fieldError="true"] {{ color: {red}; }}
QLabel[badge="true"] {{
    color: white; background: #757575; border-radius: 3px; padding: 1px 6px;
}}
"""


def use_field_style(widget: QWidget) -> None:
    """Give the top widget of a form :func:`field_style`, following theme switches."""
    follow_palette(widget, field_style)


def plain_label(text: str) -> str:
    """A label text without its mnemonic marker: ``"&Name"`` → ``"Name"``."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def ui_language() -> str:
    """The language code (fi/sv/en) of the current locale, for country names."""
    code = QLocale().name().split("_")[0]
    return code if code in ("fi", "sv") else "en"


class FieldSlot:
    """One editor with its error label, and the title naming it.

    Attributes:
        field: The record field it edits (``custom:<name>`` for custom fields).
        editor: The input widget.
        container: The widget placed in the form: editor row and error label.
        error_label: The red line under the editor; hidden while the field is valid.
        label: The title in front of the editor; None for a check box (its own text).
    """

    def __init__(
        self,
        field: str,
        editor: QWidget,
        *,
        object_name: str,
        extras: Iterable[QWidget] = (),
        label: QLabel | None = None,
    ) -> None:
        self.field = field
        self.editor = editor
        self.label = label
        editor.setObjectName(object_name)
        self.container = QWidget()
        column = QVBoxLayout(self.container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(editor, 1)
        for extra in extras:
            row.addWidget(extra)
        column.addLayout(row)
        self.error_label = ErrorLabel()
        self.error_label.setObjectName(_error_name(object_name))
        self.error_label.setProperty("fieldError", True)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        column.addWidget(self.error_label)
        self._tooltip = editor.toolTip()

    @property
    def error(self) -> str:
        """The error shown now; empty when none."""
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def set_title(self, title: str) -> None:
        """Title the field (``&`` marks the mnemonic); without ``&`` it names the editor.

        A check box without a label takes the title as its own text.
        """
        if self.label is not None:
            self.label.setText(title)
        elif isinstance(self.editor, QCheckBox):
            self.editor.setText(title)
        self.editor.setAccessibleName(plain_label(title))

    def set_tooltip(self, text: str) -> None:
        """The editor's tooltip while the field has no error (an error shows instead)."""
        self._tooltip = text
        if not self.error:
            self.editor.setToolTip(text)

    def set_error(self, text: str) -> None:
        """Show ``text`` on the field, or clear the error for an empty text."""
        invalid = bool(text)
        self.error_label.setText(text)
        self.error_label.setVisible(invalid)
        self.editor.setToolTip(text if invalid else self._tooltip)
        self.editor.setAccessibleDescription(text)
        if bool(self.editor.property("invalid")) != invalid:
            self.editor.setProperty("invalid", invalid)
            style = self.editor.style()
            style.unpolish(self.editor)
            style.polish(self.editor)

    def value(self) -> object:
        """What the editor shows now, for comparing states (see :func:`widget_value`)."""
        return widget_value(self.editor)


def _error_name(object_name: str) -> str:
    for suffix in ("Edit", "Combo", "Check"):
        if object_name.endswith(suffix):
            return object_name.removesuffix(suffix) + "Error"
    return object_name + "Error"


def widget_value(widget: QWidget) -> object:
    """The value an input shows: text, checked state or the chosen item's data."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, DateEdit):
        return widget.date().toString(Qt.DateFormat.ISODate)
    raise TypeError(f"no value for {type(widget).__name__}")


def changed_signals(widget: QWidget) -> list[SignalInstance]:
    """The signals an input sends when its value changes (by the user or the program)."""
    if isinstance(widget, QLineEdit):
        return [widget.textChanged]
    if isinstance(widget, QPlainTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        signals = [widget.currentIndexChanged]
        if widget.isEditable():
            signals.append(widget.editTextChanged)
        return signals
    if isinstance(widget, QCheckBox):
        return [widget.toggled]
    if isinstance(widget, DateEdit):
        return [widget.dateChanged]
    raise TypeError(f"no change signal for {type(widget).__name__}")


class FieldSet:
    """The fields of one form: adds labelled rows and shows errors on them.

    Args:
        on_edit: Called with the field name whenever an editor's value changes.
    """

    def __init__(self, on_edit: Callable[[str], None]) -> None:
        self.slots: dict[str, FieldSlot] = {}
        self._on_edit = on_edit

    def add(
        self,
        form: QFormLayout,
        editor: QWidget,
        field: str,
        object_name: str,
        *,
        extras: Iterable[QWidget] = (),
    ) -> FieldSlot:
        """Add a row for ``editor`` to ``form``; its title comes from :meth:`set_titles`.

        A check box carries its title as its own text; the other editors get a label.
        """
        label = None if isinstance(editor, QCheckBox) else QLabel()
        slot = FieldSlot(field, editor, object_name=object_name, extras=extras, label=label)
        if label is not None:
            label.setBuddy(editor)
            form.addRow(label, slot.container)
        else:
            form.addRow("", slot.container)
        self.register(slot)
        return slot

    def set_titles(self, titles: Mapping[str, str]) -> None:
        """Field name → its title in the UI language (with a ``&`` mnemonic)."""
        for name, title in titles.items():
            self.slots[name].set_title(title)

    def register(self, slot: FieldSlot) -> None:
        """Track a slot that was placed by hand; its edits call ``on_edit``."""
        self.slots[slot.field] = slot
        for signal in changed_signals(slot.editor):
            signal.connect(lambda *_args, name=slot.field: self._on_edit(name))

    def remove(self, field: str) -> None:
        self.slots.pop(field, None)

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Show each slot's error from ``errors``; clear the others."""
        for name, slot in self.slots.items():
            slot.set_error(errors.get(name, ""))

    def state(self) -> dict[str, object]:
        """Field name → what its editor shows, to tell whether anything was changed."""
        return {name: slot.value() for name, slot in self.slots.items()}


# --- pickers shared by the card and the dialogs --------------------------------------


def make_country_combo() -> QComboBox:
    """A combo of every ISO country: "Name (FI)", Finland first, the rest by name."""
    combo = QComboBox()
    set_country_names(combo)
    combo.setCurrentIndex(0)
    return combo


def set_country_names(combo: QComboBox) -> None:
    """(Re)fill a country combo in the UI language, keeping the chosen country.

    The names sort differently in each language, so the items are put in anew; a code
    that is not a country (kept from older data) stays as it was shown. No change signal
    is sent: the chosen value is the same.
    """
    chosen = combo.currentData()
    shown = combo.currentText()
    language = ui_language()
    names = {code: country_name(code, language) for code in COUNTRY_CODES}
    ordered = sorted(COUNTRY_CODES - {"FI"}, key=lambda c: name_sort_key(names[c]))
    combo.blockSignals(True)
    try:
        combo.clear()
        for code in ["FI", *ordered]:
            name = names[code]
            combo.addItem(code if name == code else f"{name} ({code})", code)
        if chosen is not None:
            select_data(combo, chosen, fallback_text=shown)
    finally:
        combo.blockSignals(False)


def select_data(combo: QComboBox, value: Any, *, fallback_text: str = "") -> None:
    """Choose the item whose data is ``value``; add ``fallback_text`` for an unknown one."""
    index = combo.findData(value)
    if index < 0 and fallback_text:
        combo.addItem(fallback_text, value)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


def set_operator_items(combo: QComboBox, operators: Iterable[tuple[str, str]]) -> None:
    """Fill an editable operator combo with "Name (code)" items whose data is the code."""
    current = operator_code(combo)
    combo.blockSignals(True)
    combo.clear()
    combo.addItem("", "")
    for code, name in operators:
        combo.addItem(f"{name} ({code})", code)
    combo.blockSignals(False)
    select_operator(combo, current)


def select_operator(combo: QComboBox, code: str) -> None:
    """Show the operator with ``code``; an unknown code is shown as typed."""
    index = combo.findData(code) if code else 0
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setCurrentIndex(-1)
        combo.setEditText(code)


def operator_code(combo: QComboBox) -> str:
    """The code of the chosen operator, or the text the user typed."""
    text = combo.currentText()
    index = combo.findText(text, Qt.MatchFlag.MatchExactly)
    if index >= 0:
        return str(combo.itemData(index) or "")
    return text.strip()


def decimal_text(value: Decimal | None) -> str:
    """A Decimal as the user writes it (decimal comma in Finnish); empty for None."""
    if value is None:
        return ""
    return f"{value:f}".replace(".", QLocale().decimalPoint())


def qdate(value: Any) -> QDate:
    return QDate(value.year, value.month, value.day)


# --- questions and messages ------------------------------------------------------------


class Prompts(BasePrompts):
    """The questions the card asks; one object so tests can answer them.

    Callers pass texts already translated.
    """

    destructive = True

    def ask_text(self, title: str, label: str) -> str | None:
        """A line of text from the user; None when cancelled."""
        text, ok = QInputDialog.getText(self._parent, title, label)
        return text if ok else None
