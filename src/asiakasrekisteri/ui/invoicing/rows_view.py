"""The table of invoice rows: cells edited in place, walked with Tab like separate fields."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QWidget,
)

from asiakasrekisteri.ui.invoicing.invoice_rows_model import Column
from asiakasrekisteri.ui.invoicing.row_delegates import (
    DecimalDelegate,
    KindDelegate,
    ProductDelegate,
    TextDelegate,
    VatRateDelegate,
    WorkDelegate,
)

_Index = QModelIndex | QPersistentModelIndex
_Hint = QAbstractItemDelegate.EndEditHint
_WIDTHS = {Column.PRODUCT: 150, Column.QUANTITY: 60, Column.UNIT: 55, Column.PRICE: 110,
           Column.DISCOUNT: 60, Column.VAT: 110, Column.KIND: 85, Column.WORK: 95,
           Column.TOTAL: 95}  # fmt: skip


class InvoiceRowsView(QTableView):
    """The rows of an invoice; the cell that has the focus is open for typing.

    The keys work as they did when each cell was a field of its own. Tab and Shift+Tab go
    from one editable cell to the next along the rows and, past the last or the first, on
    to the field after or before the table; coming in with Tab starts at the first row,
    with Shift+Tab at the last. Up and Down go to the same column of the row above or
    below. Enter is the dialog's (its default button, *Add row*), Escape too (close). A
    click edits the cell at once: the cursor goes where the text was clicked, a list opens.
    Tab past the last cell asks for a new row (``appendRequested``), unless the last row
    is still empty: then it leaves the table.
    """

    appendRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(
            triggers.CurrentChanged | triggers.EditKeyPressed | triggers.AnyKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(False)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(QLineEdit().sizeHint().height() + 6)
        self.setMinimumHeight(180)
        text = TextDelegate(self)
        number = DecimalDelegate(self)
        for column, delegate in (
            (Column.PRODUCT, ProductDelegate(self)), (Column.DESCRIPTION, text),
            (Column.QUANTITY, number), (Column.UNIT, text), (Column.PRICE, number),
            (Column.DISCOUNT, number), (Column.VAT, VatRateDelegate(self)),
            (Column.KIND, KindDelegate(self)), (Column.WORK, WorkDelegate(self)),
        ):  # fmt: skip
            self.setItemDelegateForColumn(column, delegate)

    def fit_columns(self) -> None:
        """The description takes the room the fixed-width columns leave (model set first)."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in _WIDTHS.items():
            self.setColumnWidth(column, width)

    def editor_at(self, index: QModelIndex) -> QWidget | None:
        """The open editor of a cell, if any."""
        return self.indexWidget(index)

    def edit_cell(self, row: int, column: Column) -> QWidget | None:
        """Make a cell current and open its editor (it takes the focus); the editor."""
        index = self.model().index(row, column)
        if not index.isValid():
            return None
        if index != self.currentIndex():
            self.setCurrentIndex(index)
        editable = index.flags() & Qt.ItemFlag.ItemIsEditable
        if self.editor_at(index) is None and editable and self.isVisible():
            self.edit(index)
        editor = self.editor_at(index)
        if editor is not None:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return editor

    def finish_editing(self) -> None:
        """Close the open editor, if any (what it holds is in the model already)."""
        editor = self.editor_at(self.currentIndex())
        if editor is not None:
            self.closeEditor(editor, _Hint.NoHint)

    def editable_cell(self, start: _Index, forward: bool) -> QModelIndex:
        """The first editable cell after (or before) ``start``; from the edge when invalid."""
        model = self.model()
        if model is None:
            return QModelIndex()
        columns = model.columnCount()
        cells = model.rowCount() * columns
        step = 1 if forward else -1
        if start.isValid():
            position = start.row() * columns + start.column() + step
        else:
            position = 0 if forward else cells - 1
        while 0 <= position < cells:
            index = model.index(position // columns, position % columns)
            if index.flags() & Qt.ItemFlag.ItemIsEditable:
                return index
            position += step
        return QModelIndex()

    # --- Qt overrides ---------------------------------------------------------------------

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        moves = QAbstractItemView.CursorAction
        if action in (moves.MoveNext, moves.MovePrevious):
            return self.editable_cell(self.currentIndex(), action == moves.MoveNext)
        return super().moveCursor(action, modifiers)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint in (_Hint.EditNextItem, _Hint.EditPreviousItem):
            forward = hint == _Hint.EditNextItem
            if not self.editable_cell(self.currentIndex(), forward).isValid():
                super().closeEditor(editor, _Hint.NoHint)
                self._past_the_edge(forward)
                return
        super().closeEditor(editor, hint)

    def focusNextPrevChild(self, next: bool) -> bool:
        target = self.editable_cell(self.currentIndex(), next)
        if target.isValid():
            self.setCurrentIndex(target)
            return True
        return self._past_the_edge(next)

    def _past_the_edge(self, forward: bool) -> bool:
        """Tab past the last cell adds a row while the last one has something in it."""
        model = self.model()
        count = model.rowCount() if model is not None else 0
        last_used = count > 0 and not model.row(count - 1).is_blank()  # type: ignore[attr-defined]
        if forward and last_used:
            self.appendRequested.emit()
            return True
        return QWidget.focusNextPrevChild(self, forward)  # out of the table

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            target = self.editable_cell(QModelIndex(), reason == Qt.FocusReason.TabFocusReason)
            if target.isValid():
                self.edit_cell(target.row(), Column(target.column()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # on to the dialog
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        point = event.position().toPoint()
        index = self.indexAt(point)
        if event.button() != Qt.MouseButton.LeftButton or not index.isValid():
            return
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            return
        editor = self.edit_cell(index.row(), Column(index.column()))
        if isinstance(editor, QComboBox):
            editor.showPopup()
        elif isinstance(editor, QLineEdit):
            editor.deselect()
            editor.setCursorPosition(
                editor.cursorPositionAt(editor.mapFrom(self.viewport(), point))
            )
