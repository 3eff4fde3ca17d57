"""The invoice rows from the keyboard as a user types them: Insert and Ctrl+Enter add a
row from any cell, Tab past the last cell adds one, Del removes the row being typed in
when it has no text to delete, and Ctrl+Z / Ctrl+Y undo and redo all of it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from asiakasrekisteri.ui.invoicing.editor import InvoiceEditor
from asiakasrekisteri.ui.invoicing.invoice_rows_model import Column
from tests.ui.test_invoice_editor import cell, cell_editor, type_into_cell
from tests.ui.test_invoice_rows import (  # noqa: F401
    customer_id,
    focused,
    focused_cell,
    invoicing,
    open_editor,
)

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints", r"This plugin does not support raise"
)

CTRL = Qt.KeyboardModifier.ControlModifier


def descriptions(editor: InvoiceEditor) -> list[str]:
    return [cell(editor, r, Column.DESCRIPTION) for r in range(editor.rows_model.rowCount())]


def test_insert_and_ctrl_enter_add_a_row_from_any_cell(
    qtbot: QtBot,
    open_editor: Any,  # noqa: F811
    customer_id: int,  # noqa: F811
) -> None:
    editor, _answers = open_editor(customer_id=customer_id)
    price = type_into_cell(qtbot, editor, 0, Column.PRICE, "10,00")
    qtbot.keyClick(price, Qt.Key.Key_Insert)
    assert editor.rows_model.rowCount() == 2
    assert focused_cell(editor) == (1, Column.DESCRIPTION)
    rates = cell_editor(editor, 1, Column.VAT)
    qtbot.keyClick(rates, Qt.Key.Key_Return, CTRL)
    assert editor.rows_model.rowCount() == 3
    assert focused_cell(editor) == (2, Column.DESCRIPTION)
    assert cell(editor, 0, Column.PRICE) == "10,00"  # nothing typed was lost


def test_tab_past_the_last_cell_adds_a_row_unless_the_last_is_empty(
    qtbot: QtBot,
    open_editor: Any,  # noqa: F811
    customer_id: int,  # noqa: F811
) -> None:
    editor, _answers = open_editor(customer_id=customer_id)
    type_into_cell(qtbot, editor, 0, Column.DESCRIPTION, "Suunnittelu")
    last = cell_editor(editor, 0, Column.WORK)  # the last cell one can type in
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert editor.rows_model.rowCount() == 2
    assert focused_cell(editor) == (1, Column.DESCRIPTION)
    qtbot.keyClick(cell_editor(editor, 1, Column.WORK), Qt.Key.Key_Tab)
    assert editor.rows_model.rowCount() == 2  # an empty last row: Tab leaves the table
    widget = focused()
    assert widget is not None and not editor.rows_view.isAncestorOf(widget)
    assert widget is not editor.rows_view


def test_del_removes_the_row_and_undo_brings_it_back(
    qtbot: QtBot,
    open_editor: Any,  # noqa: F811
    customer_id: int,  # noqa: F811
) -> None:
    editor, _answers = open_editor(customer_id=customer_id)
    type_into_cell(qtbot, editor, 0, Column.DESCRIPTION, "Eka")
    type_into_cell(qtbot, editor, 0, Column.PRICE, "10,00")
    editor.add_row()
    text = type_into_cell(qtbot, editor, 1, Column.DESCRIPTION, "Toka")
    text.setCursorPosition(0)
    qtbot.keyClick(text, Qt.Key.Key_Delete)  # there is text: Del deletes a letter
    assert descriptions(editor) == ["Eka", "oka"]
    rates = cell_editor(editor, 0, Column.VAT)
    qtbot.keyClick(rates, Qt.Key.Key_Delete)  # a list: Del takes the row
    assert descriptions(editor) == ["oka"]
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)
    assert descriptions(editor) == ["Eka", "oka"]
    assert cell(editor, 0, Column.PRICE) == "10,00"
    qtbot.keyClick(focused() or editor.rows_view, Qt.Key.Key_Y, CTRL)
    assert descriptions(editor) == ["oka"]
    empty = type_into_cell(qtbot, editor, 0, Column.UNIT, "")
    qtbot.keyClick(empty, Qt.Key.Key_Delete)  # an empty cell: Del takes the row
    assert descriptions(editor) == []


def test_undo_and_redo_of_typing_in_the_rows(
    qtbot: QtBot,
    open_editor: Any,  # noqa: F811
    customer_id: int,  # noqa: F811
) -> None:
    editor, _answers = open_editor(customer_id=customer_id)
    type_into_cell(qtbot, editor, 0, Column.DESCRIPTION, "Suunnittelu")
    price = type_into_cell(qtbot, editor, 0, Column.PRICE, "100,00")
    total = editor.totals.total_label.text()
    qtbot.keyClick(price, Qt.Key.Key_Z, CTRL)  # the price, typed in one go
    assert cell(editor, 0, Column.PRICE) == ""
    assert cell(editor, 0, Column.DESCRIPTION) == "Suunnittelu"
    assert editor.totals.total_label.text() != total  # the totals follow
    qtbot.keyClick(focused() or editor.rows_view, Qt.Key.Key_Z, CTRL)
    assert cell(editor, 0, Column.DESCRIPTION) == ""
    qtbot.keyClick(focused() or editor.rows_view, Qt.Key.Key_Y, CTRL)
    qtbot.keyClick(focused() or editor.rows_view, Qt.Key.Key_Y, CTRL)
    assert cell(editor, 0, Column.PRICE) == "100,00"
    assert editor.totals.total_label.text() == total
