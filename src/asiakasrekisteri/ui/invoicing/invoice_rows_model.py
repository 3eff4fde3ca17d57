"""The rows of the invoice being edited, as a table model.

The numbers stay the text the user typed until the invoice is read, so a mistyped price
stays on screen, marked, until it is corrected; :meth:`InvoiceRowsModel.read_row` turns a
row into :class:`InvoiceRowData` and says what cannot be read. Errors, the row totals the
service computed and the product and rate texts are all data of the cells (roles), so
the view and the editors show them where the user is typing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from asiakasrekisteri.domain.enums import VatExemption
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.invoice import InvoiceRowData, ProductData
from asiakasrekisteri.domain.money import ZERO, parse_money, parse_percent, round_cents
from asiakasrekisteri.ui.formatting import format_money, format_percent
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.invoicing.common import money_input_text, number_input_text
from asiakasrekisteri.ui.invoicing.vat_names import exemption_name, kind_name
from asiakasrekisteri.ui.widgets.form_rows import error_color

ErrorRole = Qt.ItemDataRole.UserRole + 1
"""Why the cell's value cannot be used; empty when it can."""

_Index = QModelIndex | QPersistentModelIndex

_Role = Qt.ItemDataRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
# Translucent, so the tint reads on the light and the dark theme alike.


def _error_background() -> QColor:
    """A faint red over the cell, in the red that reads on the palette in use."""
    colour = QColor(error_color())
    colour.setAlpha(48)
    return colour


class Column(IntEnum):
    """The columns of the rows table, in screen order."""

    PRODUCT = 0
    DESCRIPTION = 1
    QUANTITY = 2
    UNIT = 3
    PRICE = 4
    DISCOUNT = 5
    VAT = 6
    KIND = 7
    WORK = 8
    TOTAL = 9


# The field of InvoiceRowData (and of the service's error keys) each column edits.
FIELDS: dict[Column, str] = {
    Column.PRODUCT: "product_code",
    Column.DESCRIPTION: "description",
    Column.QUANTITY: "quantity",
    Column.UNIT: "unit",
    Column.PRICE: "unit_price",
    Column.DISCOUNT: "discount_percent",
    Column.VAT: "vat_percent",
    Column.KIND: "goods",
    Column.WORK: "household_work",
}
# Edit values of the VAT cell: a rate ("25.5") or an exemption with this prefix.
EXEMPT_PREFIX = "exempt:"
# Edit values of the kind cell.
GOODS, SERVICES = "goods", "services"
# Edit values of the work cell: household work (the household tax credit) or other.
WORK, OTHER = "work", "other"
_TEXT_COLUMNS = (Column.DESCRIPTION, Column.QUANTITY, Column.UNIT, Column.PRICE, Column.DISCOUNT)
_NUMBER_COLUMNS = (Column.QUANTITY, Column.PRICE, Column.DISCOUNT, Column.TOTAL)


def closest_rate(rate: Decimal, rates: Sequence[Decimal]) -> Decimal:
    """The valid rate nearest a product's rate (14 → 13,5 from 2026; 24 → 25,5)."""
    return min(rates, key=lambda r: (abs(r - rate), -r))


@dataclass
class RowInput:
    """One invoice row as typed: quantity, price and discount are still text.

    Attributes:
        vat_percent: The chosen rate; None when no rate is known for the delivery date.
            0 for an exempt row.
        product_code: Code of the product picked (printed on the invoice), or empty.
        goods: True for goods, False for services.
        vat_exemption: Why the row is exempt, or None.
        household_work: Work that qualifies for the household tax credit.
        errors: Field name → why its text cannot be used.
        total: The row's amount (with VAT when the prices include it) as the service
            computed it, if known.
    """

    description: str = ""
    quantity: str = "1"
    unit: str = ""
    unit_price: str = ""
    discount_percent: str = ""
    vat_percent: Decimal | None = None
    product_code: str = ""
    goods: bool = False
    vat_exemption: VatExemption | None = None
    household_work: bool = False
    errors: dict[str, str] = field(default_factory=dict)
    total: Decimal | None = None

    @classmethod
    def of(cls, row: InvoiceRowData) -> RowInput:
        """A stored row as the user would have typed it."""
        return cls(
            description=row.description,
            quantity=number_input_text(row.quantity),
            unit=row.unit,
            unit_price=money_input_text(row.unit_price),
            discount_percent=number_input_text(row.discount_percent),
            vat_percent=row.vat_percent,
            product_code=row.product_code,
            goods=row.goods,
            vat_exemption=row.vat_exemption,
            household_work=row.household_work,
        )

    def is_blank(self) -> bool:
        """Nothing described and no price: the row is left out of the invoice."""
        return not (self.description.strip() or self.unit_price.strip())

    def text(self, column: Column) -> str:
        value = getattr(self, FIELDS[column])
        return value if isinstance(value, str) else ""


class InvoiceRowsModel(QAbstractTableModel):
    """The invoice rows; every cell but the total is edited in place.

    Roles: DisplayRole the text shown, EditRole the product code, the typed text or the
    rate (``"25.5"``); :data:`ErrorRole`, ToolTipRole and BackgroundRole show a cell's
    error. The horizontal header's AccessibleTextRole names a column in full, for the
    editors of its cells.

    Signals:
        edited(): The user changed a row (not emitted for errors or totals).
    """

    edited = Signal()

    def __init__(self, products: Sequence[ProductData], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._products = {product.code: product for product in products}
        self._rows: list[RowInput] = []
        self._rates: tuple[Decimal, ...] = ()
        self._editable = True
        self._gross = False

    # --- what the editors offer ---------------------------------------------------------

    def products(self) -> list[ProductData]:
        """The products the picker offers, in the order given."""
        return list(self._products.values())

    def product_label(self, code: str) -> str:
        """``code – name`` of a product; the bare code of one no longer offered."""
        product = self._products.get(code)
        return f"{product.code} – {product.name}" if product is not None else code

    def rates(self) -> tuple[Decimal, ...]:
        """The VAT rates valid on the delivery date, highest first."""
        return self._rates

    def vat_choices(self) -> list[tuple[str, str]]:
        """Text and edit value of each choice of the VAT cell: the rates, then the
        exemptions (a row sold without VAT in Finland must name its exemption)."""
        choices = [(format_percent(rate), str(rate)) for rate in self._rates]
        if self._rates:
            choices += [(exemption_name(e), EXEMPT_PREFIX + e.value) for e in VatExemption]
        return choices

    @staticmethod
    def kind_choices() -> list[tuple[str, str]]:
        """Text and edit value of each choice of the kind cell."""
        return [(kind_name(False), SERVICES), (kind_name(True), GOODS)]

    def work_choices(self) -> list[tuple[str, str]]:
        """Text and edit value of each choice of the work cell."""
        return [(self._work_name(False), OTHER), (self._work_name(True), WORK)]

    def _work_name(self, work: bool) -> str:
        return self.tr("Household work") if work else self.tr("Other")

    def set_prices_include_vat(self, gross: bool) -> None:
        """Unit prices typed with VAT (a consumer's invoice) or without; products picked
        from now on are priced so."""
        if gross != self._gross:
            self._gross = gross
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, Column.PRICE, Column.TOTAL)

    # --- the rows -------------------------------------------------------------------------

    def row(self, row: int) -> RowInput:
        """The row as typed (the model's own object: do not change it)."""
        return self._rows[row]

    def set_rows(self, rows: Sequence[InvoiceRowData], rates: tuple[Decimal, ...]) -> None:
        """Replace all rows; each keeps its rate if valid, else gets the nearest valid one."""
        self.beginResetModel()
        self._rates = rates
        self._rows = []
        for data in rows:
            row = RowInput.of(data)
            row.vat_percent = self._fit_rate(data.vat_percent)
            self._rows.append(row)
        self.endResetModel()

    def append_row(self, discount: Decimal) -> int:
        """Add an empty row with quantity 1, ``discount`` and the general rate; its number."""
        number = len(self._rows)
        self.beginInsertRows(QModelIndex(), number, number)
        self._rows.append(
            RowInput(
                discount_percent=number_input_text(discount),
                vat_percent=self._rates[0] if self._rates else None,
            )
        )
        self.endInsertRows()
        return number

    def snapshot(self) -> list[RowInput]:
        """The rows as typed, copied (without their errors and totals), for undo."""
        return [replace(row, errors={}, total=None) for row in self._rows]

    def restore(self, rows: Sequence[RowInput]) -> None:
        """Show rows taken with :meth:`snapshot` again."""
        self.beginResetModel()
        self._rows = [replace(row, errors={}) for row in rows]
        self.endResetModel()

    def remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def set_rates(self, rates: tuple[Decimal, ...]) -> None:
        """Offer the rates valid on a new delivery date; each row keeps its or the nearest."""
        self._rates = rates
        general = rates[0] if rates else None
        for number, row in enumerate(self._rows):
            row.vat_percent = self._fit_rate(
                row.vat_percent if row.vat_percent is not None else general
            )
            # Cell by cell: an open rate list is refreshed only for a single cell's change.
            index = self.index(number, Column.VAT)
            self.dataChanged.emit(index, index)

    def _fit_rate(self, rate: Decimal | None) -> Decimal | None:
        if rate is None or not self._rates:
            return None
        return rate if rate in self._rates else closest_rate(rate, self._rates)

    def set_editable(self, editable: bool) -> None:
        """A finalised invoice is only shown: no cell can be edited."""
        if editable != self._editable:
            self._editable = editable
            self._cells_changed(Column.PRODUCT, Column.TOTAL)

    def retranslate(self) -> None:
        """Headers, rates and totals again, in the language and number format now in use."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self._cells_changed(Column.PRODUCT, Column.TOTAL)

    def _cells_changed(self, first: Column, last: Column) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, first), self.index(len(self._rows) - 1, last))

    # --- reading, errors and totals -------------------------------------------------------

    def read_row(self, row: int) -> tuple[InvoiceRowData | None, dict[str, str]]:
        """The row as typed; field name → message for what cannot be read."""
        typed = self._rows[row]
        errors: dict[str, str] = {}
        values: dict[str, Decimal] = {}
        for name, text in (("quantity", typed.quantity), ("unit_price", typed.unit_price)):
            try:
                values[name] = parse_money(text)
            except ValidationError as exc:
                errors[name] = error_text(exc)
        try:
            text = typed.discount_percent.strip()
            values["discount_percent"] = parse_percent(text) if text else ZERO
        except ValidationError as exc:
            errors["discount_percent"] = error_text(exc)
        rate = typed.vat_percent
        if rate is None:
            errors["vat_percent"] = self.tr("No VAT rates are known for the delivery date.")
        if errors or rate is None:
            return None, errors
        data = InvoiceRowData(
            description=typed.description,
            quantity=values["quantity"],
            unit_price=values["unit_price"],
            vat_percent=rate,
            unit=typed.unit,
            discount_percent=values["discount_percent"],
            product_code=typed.product_code,
            goods=typed.goods,
            vat_exemption=typed.vat_exemption,
            household_work=typed.household_work,
        )
        return data, errors

    def set_errors(self, row: int, errors: dict[str, str]) -> None:
        """Show these errors on the row's cells (field name → message); clear the others."""
        typed = self._rows[row]
        before = typed.errors
        typed.errors = {name: errors[name] for name in FIELDS.values() if errors.get(name)}
        for column, name in FIELDS.items():
            if before.get(name) != typed.errors.get(name):
                index = self.index(row, column)
                self.dataChanged.emit(index, index)

    def set_totals(self, totals: dict[int, Decimal]) -> None:
        """Row number → amount (with VAT when the prices include it); rows not given show
        no total."""
        for number, typed in enumerate(self._rows):
            total = totals.get(number)
            if typed.total != total:
                typed.total = total
                index = self.index(number, Column.TOTAL)
                self.dataChanged.emit(index, index)

    # --- QAbstractItemModel -------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled
        if self._editable and index.column() != Column.TOTAL:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _Role.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == _Role.DisplayRole else None
        if not 0 <= section < len(Column):
            return None
        if role == _Role.DisplayRole:
            return self._titles()[section]
        if role == _Role.AccessibleTextRole:
            return self._accessible_names()[section]
        return None

    def _titles(self) -> tuple[str, ...]:
        price = self.tr("Unit price incl. VAT") if self._gross else self.tr("Unit price")
        total = self.tr("Total incl. VAT") if self._gross else self.tr("Total")
        return (self.tr("Product"), self.tr("Description"), self.tr("Qty"), self.tr("Unit"),
                price, self.tr("Disc. %"), self.tr("VAT %"), self.tr("Type"),
                self.tr("Work"), total)  # fmt: skip

    def _accessible_names(self) -> tuple[str, ...]:
        price = self.tr("Unit price incl. VAT") if self._gross else self.tr("Unit price")
        return (self.tr("Product"), self.tr("Description"), self.tr("Quantity"),
                self.tr("Unit"), price, self.tr("Discount %"),
                self.tr("VAT %"), self.tr("Goods or service"),
                self.tr("Household work (household tax credit)"), self.tr("Row total"))  # fmt: skip

    def data(self, index: _Index, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        typed = self._rows[index.row()]
        column = Column(index.column())
        error = typed.errors.get(FIELDS.get(column, ""), "")
        if role == _Role.DisplayRole:
            return self._display(typed, column)
        if role == _Role.EditRole:
            return self._edit_value(typed, column)
        if role == ErrorRole:
            return error
        if role == _Role.ToolTipRole:
            if error:
                return error
            return self.product_label(typed.product_code) if column == Column.PRODUCT else None
        if role == _Role.BackgroundRole and error:
            return QBrush(_error_background())
        if role == _Role.TextAlignmentRole:
            return _RIGHT if column in _NUMBER_COLUMNS else _LEFT
        return None

    def _display(self, typed: RowInput, column: Column) -> str:
        if column == Column.PRODUCT:
            return self.product_label(typed.product_code)
        if column == Column.VAT:
            if typed.vat_exemption is not None:
                return exemption_name(typed.vat_exemption)
            return format_percent(typed.vat_percent)
        if column == Column.KIND:
            return kind_name(typed.goods)
        if column == Column.WORK:
            return self._work_name(typed.household_work)
        if column == Column.TOTAL:
            return format_money(typed.total)
        return typed.text(column)

    def _edit_value(self, typed: RowInput, column: Column) -> str | None:
        if column == Column.PRODUCT:
            return typed.product_code
        if column == Column.VAT:
            if typed.vat_exemption is not None:
                return EXEMPT_PREFIX + typed.vat_exemption.value
            return str(typed.vat_percent) if typed.vat_percent is not None else None
        if column == Column.KIND:
            return GOODS if typed.goods else SERVICES
        if column == Column.WORK:
            return WORK if typed.household_work else OTHER
        if column == Column.TOTAL:
            return None
        return typed.text(column)

    def setData(self, index: _Index, value: Any, role: int = _Role.EditRole) -> bool:
        if role != _Role.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        typed = self._rows[index.row()]
        column = Column(index.column())
        if column == Column.PRODUCT:
            return self._pick_product(index.row(), str(value or ""))
        if column == Column.VAT:
            return self._set_vat(index, str(value or ""))
        if column == Column.KIND:
            goods = str(value) == GOODS
            if goods == typed.goods:
                return True
            typed.goods = goods
        elif column == Column.WORK:
            work = str(value) == WORK
            if work == typed.household_work:
                return True
            typed.household_work = work
        else:
            text = str(value or "")
            if text == typed.text(column):
                return True
            setattr(typed, FIELDS[column], text)
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def _set_vat(self, index: _Index, value: str) -> bool:
        """A rate, or an exemption (the row is then sold at 0 %)."""
        typed = self._rows[index.row()]
        exemption: VatExemption | None = None
        if value.startswith(EXEMPT_PREFIX):
            try:
                exemption = VatExemption(value.removeprefix(EXEMPT_PREFIX))
            except ValueError:
                return False
            rate = self._fit_rate(ZERO)
        else:
            try:
                rate = self._fit_rate(Decimal(value))
            except InvalidOperation:
                return False
        if rate is None:
            return False
        if (rate, exemption) == (typed.vat_percent, typed.vat_exemption):
            return True
        typed.vat_percent, typed.vat_exemption = rate, exemption
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def _pick_product(self, row: int, code: str) -> bool:
        """Picking fills description, unit, price and rate; no product clears the code."""
        typed = self._rows[row]
        if code == typed.product_code:
            return True
        product = self._products.get(code)
        if product is None and code:
            return False
        typed.product_code = code
        if product is not None:
            typed.description = product.name
            typed.unit = product.unit
            typed.vat_percent = self._fit_rate(product.vat_percent)
            price = product.unit_price
            if self._gross:
                rate = ZERO if product.vat_exemption else (typed.vat_percent or ZERO)
                price = round_cents(price * (100 + rate) / 100)
            typed.unit_price = money_input_text(price)
            typed.goods = product.goods
            typed.vat_exemption = product.vat_exemption
            typed.household_work = product.household_work
        self.dataChanged.emit(self.index(row, Column.PRODUCT), self.index(row, Column.WORK))
        self.edited.emit()
        return True
