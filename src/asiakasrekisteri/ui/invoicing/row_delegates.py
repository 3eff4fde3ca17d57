"""Editors of the invoice rows' cells: texts, numbers, VAT, goods or service, the product.

Every keystroke and pick goes to the model at once, so the totals follow the typing. A
cell whose value cannot be used is outlined in red and its open editor marked like any
other field of the dialog (``invalid`` property, error as tooltip).
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)

from asiakasrekisteri.ui.invoicing.invoice_rows_model import ErrorRole, InvoiceRowsModel
from asiakasrekisteri.ui.widgets.form_rows import error_color

_Index = QModelIndex | QPersistentModelIndex

# Keys the dialog answers as it does in its other fields: Escape asks to close it, Enter
# presses its default button (Add row); neither may merely end the cell's editing.
_DIALOG_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _rows_model(index: _Index) -> InvoiceRowsModel:
    model = index.model()
    if not isinstance(model, InvoiceRowsModel):
        raise TypeError("the row delegates edit an InvoiceRowsModel")
    return model


def mark_invalid(widget: QWidget, error: str) -> None:
    """Outline an editor in red with the error as its tooltip (:func:`field_style`)."""
    if widget.property("invalid") == bool(error) and widget.toolTip() == error:
        return
    widget.setProperty("invalid", bool(error))
    widget.setToolTip(error)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class _RowCellDelegate(QStyledItemDelegate):
    """What the editors of all columns share."""

    def _prepare(self, editor: QWidget, index: _Index) -> None:
        column_name = index.model().headerData(
            index.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole
        )
        editor.setAccessibleName(str(column_name or ""))
        editor.setObjectName(f"row{index.row()}_{index.column()}")

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _DIALOG_KEYS
        ):
            return False
        return super().eventFilter(editor, event)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        super().paint(painter, option, index)
        self._outline_error(painter, option, index)

    @staticmethod
    def _outline_error(painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        if not index.data(ErrorRole):
            return
        painter.save()
        painter.setPen(QPen(QColor(error_color()), 1))
        painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
        painter.restore()


class TextDelegate(_RowCellDelegate):
    """A line edit for the description and the unit."""

    alignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        edit = QLineEdit(parent)
        edit.setAlignment(self.alignment)
        self._prepare(edit, index)
        edit.textChanged.connect(lambda _text: self.commitData.emit(edit))
        return edit

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        edit = cast(QLineEdit, editor)
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        # The model echoes every keystroke back; setting the same text would move the cursor.
        if edit.text() != text:
            edit.blockSignals(True)
            edit.setText(text)
            edit.blockSignals(False)
        mark_invalid(edit, str(index.data(ErrorRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        model.setData(index, cast(QLineEdit, editor).text())


class DecimalDelegate(TextDelegate):
    """A right-aligned line edit for a quantity, price or percentage typed with a comma.

    What was typed is kept as it is; the model says when it is not a number.
    """

    alignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class _ComboDelegate(_RowCellDelegate):
    """A drop-down list; the cell looks like one while the row can be edited."""

    def _choices(self, index: _Index) -> list[tuple[str, str]]:
        """Text and value of each item offered in the cell."""
        raise NotImplementedError

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        self._prepare(combo, index)
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        combo = cast(QComboBox, editor)
        combo.blockSignals(True)
        # The choices follow the model while the list is open (a new delivery date's rates).
        choices = self._choices(index)
        if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] != choices:
            combo.clear()
            for text, value in choices:
                combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
        combo.blockSignals(False)
        mark_invalid(combo, str(index.data(ErrorRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        model.setData(index, cast(QComboBox, editor).currentData())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        if not (index.flags() & Qt.ItemFlag.ItemIsEditable):
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        widget = item.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, item, painter, widget)
        box = QStyleOptionComboBox()
        box.initFrom(widget)
        box.rect = item.rect.adjusted(1, 1, -1, -1)
        box.state = QStyle.StateFlag.State_Enabled
        box.currentText = item.text
        box.frame = True
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)
        self._outline_error(painter, option, index)


class VatRateDelegate(_ComboDelegate):
    """The VAT rates valid on the delivery date, then the exemptions."""

    def _choices(self, index: _Index) -> list[tuple[str, str]]:
        return _rows_model(index).vat_choices()


class KindDelegate(_ComboDelegate):
    """Goods or service."""

    def _choices(self, index: _Index) -> list[tuple[str, str]]:
        return _rows_model(index).kind_choices()


class WorkDelegate(_ComboDelegate):
    """Household work (the household tax credit) or other."""

    def _choices(self, index: _Index) -> list[tuple[str, str]]:
        return _rows_model(index).work_choices()


class ProductDelegate(_ComboDelegate):
    """The active products; picking one fills the row (see :class:`InvoiceRowsModel`)."""

    def _choices(self, index: _Index) -> list[tuple[str, str]]:
        model = _rows_model(index)
        choices = [("", "")]
        choices += [(model.product_label(p.code), p.code) for p in model.products()]
        # A product deactivated since the row was made stays the row's own choice.
        code = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if code and code not in {value for _text, value in choices}:
            choices.append((model.product_label(code), code))
        return choices
