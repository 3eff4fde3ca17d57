"""The dialog that merges two customer cards into one, field by field.

The two cards stand side by side, one row per field; the user picks which value to keep
and which customer survives. The merge itself is :meth:`CustomerService.merge`, one
transaction: contacts, offices, notes (and invoices) move to the survivor and the other
customer's number becomes an alias of it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.customer import CustomerData
from asiakasrekisteri.domain.enums import (
    CustomerStatus,
    CustomerType,
    InvoiceDelivery,
    InvoiceLanguage,
    VatTreatment,
)
from asiakasrekisteri.domain.errors import FieldErrors, ValidationError
from asiakasrekisteri.ui.formatting import format_date, format_money, format_percent
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from asiakasrekisteri.domain.customer import CustomerRecord
    from asiakasrekisteri.services.customers import CustomerService

_CONTEXT = "MergeDialog"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Qt's marker for lupdate, typed ``str`` (the PySide6 stub returns ``object``)."""
    del context
    return source


CUSTOM_PREFIX = "custom:"
"""Row keys of custom fields: ``"custom:<field name>"`` (the CLI's syntax too)."""

FIELD_LABELS: dict[str, str] = {
    "customer_number": QT_TRANSLATE_NOOP("MergeDialog", "Customer number"),
    "name": QT_TRANSLATE_NOOP("MergeDialog", "Name"),
    "customer_type": QT_TRANSLATE_NOOP("MergeDialog", "Type"),
    "group": QT_TRANSLATE_NOOP("MergeDialog", "Customer group"),
    "account_manager": QT_TRANSLATE_NOOP("MergeDialog", "Account manager"),
    "business_id": QT_TRANSLATE_NOOP("MergeDialog", "Y-tunnus"),
    "vat_id": QT_TRANSLATE_NOOP("MergeDialog", "VAT id"),
    "buyer_ovt": QT_TRANSLATE_NOOP("MergeDialog", "Buyer's OVT code"),
    "company_form": QT_TRANSLATE_NOOP("MergeDialog", "Company form"),
    "line_of_business": QT_TRANSLATE_NOOP("MergeDialog", "Line of business"),
    "street": QT_TRANSLATE_NOOP("MergeDialog", "Street"),
    "postal_code": QT_TRANSLATE_NOOP("MergeDialog", "Postal code"),
    "city": QT_TRANSLATE_NOOP("MergeDialog", "City"),
    "country": QT_TRANSLATE_NOOP("MergeDialog", "Country"),
    "email": QT_TRANSLATE_NOOP("MergeDialog", "Email"),
    "phone": QT_TRANSLATE_NOOP("MergeDialog", "Phone"),
    "website": QT_TRANSLATE_NOOP("MergeDialog", "Website"),
    "einvoice_address": QT_TRANSLATE_NOOP("MergeDialog", "E-invoice address"),
    "einvoice_operator": QT_TRANSLATE_NOOP("MergeDialog", "Operator"),
    "einvoice_address_unchecked": QT_TRANSLATE_NOOP("MergeDialog", "E-invoice address unchecked"),
    "alt_billing_customer_number": QT_TRANSLATE_NOOP("MergeDialog", "Billing customer"),
    "invoice_language": QT_TRANSLATE_NOOP("MergeDialog", "Invoice language"),
    "fixed_reference": QT_TRANSLATE_NOOP("MergeDialog", "Fixed reference"),
    "use_rf_reference": QT_TRANSLATE_NOOP("MergeDialog", "RF reference"),
    "delivery_ban": QT_TRANSLATE_NOOP("MergeDialog", "Delivery ban"),
    "collection_ban": QT_TRANSLATE_NOOP("MergeDialog", "Collection ban"),
    "vat_treatment": QT_TRANSLATE_NOOP("MergeDialog", "VAT treatment"),
    "active": QT_TRANSLATE_NOOP("MergeDialog", "Active"),
    "discount_percent": QT_TRANSLATE_NOOP("MergeDialog", "Discount %"),
    "credit_limit": QT_TRANSLATE_NOOP("MergeDialog", "Credit limit"),
    "penalty_interest": QT_TRANSLATE_NOOP("MergeDialog", "Penalty interest"),
    "status": QT_TRANSLATE_NOOP("MergeDialog", "Status"),
    "status_manual": QT_TRANSLATE_NOOP("MergeDialog", "Status set by hand"),
    "comment": QT_TRANSLATE_NOOP("MergeDialog", "Comment"),
    "payment_term_days": QT_TRANSLATE_NOOP("MergeDialog", "Payment term"),
    "delivery_terms": QT_TRANSLATE_NOOP("MergeDialog", "Delivery terms"),
    "delivery_method": QT_TRANSLATE_NOOP("MergeDialog", "Delivery method"),
    "invoice_delivery": QT_TRANSLATE_NOOP("MergeDialog", "Invoices sent by"),
    "default_your_reference": QT_TRANSLATE_NOOP("MergeDialog", "Your reference"),
    "agreement_identifier": QT_TRANSLATE_NOOP("MergeDialog", "Agreement identifier"),
    "text_before_rows": QT_TRANSLATE_NOOP("MergeDialog", "Text before invoice rows"),
    "text_after_rows": QT_TRANSLATE_NOOP("MergeDialog", "Text after invoice rows"),
    "custom_fields": QT_TRANSLATE_NOOP("MergeDialog", "Custom fields"),
}
"""Every ``CustomerData`` field → its English label (translated in context MergeDialog)."""

# Flags that only make sense together with another field: they follow the side chosen
# for that field instead of getting a row of their own (an unchecked e-invoice address
# from one card must not be validated by the other card's flag).
FOLLOWERS: dict[str, str] = {
    "einvoice_address_unchecked": "einvoice_address",
    "status_manual": "status",
}

_ENUM_LABELS: dict[Any, str] = {
    CustomerType.COMPANY: QT_TRANSLATE_NOOP("MergeDialog", "Company"),
    CustomerType.PRIVATE: QT_TRANSLATE_NOOP("MergeDialog", "Private person"),
    InvoiceLanguage.FI: QT_TRANSLATE_NOOP("MergeDialog", "Finnish"),
    InvoiceLanguage.SV: QT_TRANSLATE_NOOP("MergeDialog", "Swedish"),
    InvoiceLanguage.EN: QT_TRANSLATE_NOOP("MergeDialog", "English"),
    VatTreatment.DOMESTIC: QT_TRANSLATE_NOOP("MergeDialog", "Domestic"),
    VatTreatment.EU_BUSINESS: QT_TRANSLATE_NOOP("MergeDialog", "EU business customer"),
    VatTreatment.OUTSIDE_EU: QT_TRANSLATE_NOOP("MergeDialog", "Outside the EU"),
    VatTreatment.CONSTRUCTION_REVERSE_CHARGE: QT_TRANSLATE_NOOP(
        "MergeDialog", "Construction reverse charge"
    ),
    VatTreatment.NO_VAT: QT_TRANSLATE_NOOP("MergeDialog", "No VAT"),
    VatTreatment.ALWAYS_DOMESTIC: QT_TRANSLATE_NOOP("MergeDialog", "Always domestic VAT"),
    CustomerStatus.SUSPECT: QT_TRANSLATE_NOOP("MergeDialog", "Suspect"),
    CustomerStatus.PROSPECT: QT_TRANSLATE_NOOP("MergeDialog", "Prospect"),
    CustomerStatus.TRIAL: QT_TRANSLATE_NOOP("MergeDialog", "Trial customer"),
    CustomerStatus.REGULAR: QT_TRANSLATE_NOOP("MergeDialog", "Regular customer"),
    InvoiceDelivery.AUTO: QT_TRANSLATE_NOOP("MergeDialog", "Automatic"),
    InvoiceDelivery.EMAIL: QT_TRANSLATE_NOOP("MergeDialog", "E-mail"),
    InvoiceDelivery.EMAIL_FINVOICE: QT_TRANSLATE_NOOP("MergeDialog", "E-mail with Finvoice XML"),
    InvoiceDelivery.PAPER: QT_TRANSLATE_NOOP("MergeDialog", "Paper"),
    InvoiceDelivery.EINVOICE: QT_TRANSLATE_NOOP("MergeDialog", "E-invoice"),
}

_MAX_SHOWN = 60  # characters of a value on its radio button; the tooltip has it all


def _translate(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def field_label(key: str) -> str:
    """The translated label of a card field or of a ``custom:<name>`` row."""
    if key.startswith(CUSTOM_PREFIX):
        return key.removeprefix(CUSTOM_PREFIX)  # the user named it; nothing to translate
    return _translate(FIELD_LABELS.get(key, key))


def enum_label(value: Enum) -> str:
    """The translated name of a card's choice: type, status, VAT treatment, language."""
    label = _ENUM_LABELS.get(value)
    return _translate(label) if label is not None else str(value.value)


def is_empty(value: Any) -> bool:
    """Whether a field value counts as "not given" when choosing defaults."""
    if value is None or value is False or value == "":
        return True
    return isinstance(value, Decimal) and value == 0


@dataclass
class _Row:
    key: str
    values: dict[int, Any]  # customer id → value
    label: QLabel
    group: QButtonGroup
    buttons: dict[int, QRadioButton]


class MergeDialog(Retranslating, QDialog):
    """Merge two customers, choosing field by field what the surviving card keeps.

    Attributes:
        service: The customer register.
        merged_record: The surviving customer after a successful merge, else None.

    Signals:
        merged(int): The merge was saved; the id of the surviving customer.

    Raises:
        NotFound: From the constructor, when either customer no longer exists.
        ValueError: From the constructor, when both ids are the same.
    """

    merged = Signal(int)

    def __init__(
        self,
        service: CustomerService,
        first_id: int,
        second_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if first_id == second_id:
            raise ValueError("A customer cannot be merged with itself.")
        self.service = service
        self.merged_record: CustomerRecord | None = None
        self._ids = (first_id, second_id)
        self._records: dict[int, CustomerRecord] = {
            first_id: service.get(first_id),
            second_id: service.get(second_id),
        }
        self._rows: list[_Row] = []
        self._headers: dict[int, QLabel] = {}
        self._error_box: QMessageBox | None = None
        self.setObjectName("mergeDialog")
        self.resize(860, 660)
        self._build()
        self._survivor_buttons[min(self._ids)].setChecked(True)  # the older card survives
        self._on_survivor_changed()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Merge customers"))
        self._survivor_box.setTitle(self.tr("Which customer survives?"))
        for cid, button in self._survivor_buttons.items():
            button.setText(self._survivor_text(self._records[cid]))
        self._hint.setText(
            self.tr(
                "The surviving customer keeps its id and history; the other one is removed. "
                "Choose below which value of each field to keep."
            )
        )
        self._field_header.setText(self.tr("Field"))
        for row in self._rows:
            self._set_row_texts(row)
        self._merge_button.setText(self.tr("Merge"))
        self._show_sides()
        self._update_summary()

    # --- public API --------------------------------------------------------------------

    def survivor_id(self) -> int:
        """The customer that keeps its id."""
        return self._survivor_group.checkedId()

    def merged_id(self) -> int:
        """The customer that is removed."""
        first, second = self._ids
        return second if self.survivor_id() == first else first

    def set_survivor(self, customer_id: int) -> None:
        """Choose which customer survives; the field choices return to their defaults."""
        self._survivor_buttons[customer_id].setChecked(True)

    def row_keys(self) -> list[str]:
        """The fields shown, in order (``custom:<name>`` for custom fields)."""
        return [row.key for row in self._rows]

    def chosen_side(self, key: str) -> int:
        """The id of the customer whose value is kept for a shown field."""
        return self._row(key).group.checkedId()

    def choose(self, key: str, customer_id: int) -> None:
        """Keep ``customer_id``'s value of a field (what clicking its radio does)."""
        self._row(key).buttons[customer_id].setChecked(True)

    def chosen_data(self) -> CustomerData:
        """The card the survivor will have, built from the choices."""
        survivor = self._records[self.survivor_id()].data
        values: dict[str, Any] = {}
        custom: dict[str, str] = {}
        for row in self._rows:
            value = row.values[row.group.checkedId()]
            if row.key.startswith(CUSTOM_PREFIX):
                if value:
                    custom[row.key.removeprefix(CUSTOM_PREFIX)] = value
            else:
                values[row.key] = value
        for follower, leader in FOLLOWERS.items():
            side = self.chosen_side(leader) if leader in self.row_keys() else self.survivor_id()
            values[follower] = getattr(self._records[side].data, follower)
        if "alt_billing_customer_number" not in values:
            values["alt_billing_customer_number"] = self._alt_billing(self.survivor_id())
        return replace(survivor, custom_fields=custom, **values)

    def summary_text(self) -> str:
        """What moves to the survivor, in a sentence."""
        return self._summary.text()

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)

        layout.addWidget(self._build_survivor_box())
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        grid_host = QWidget(scroll)
        grid = QGridLayout(grid_host)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(16)
        bold = QFont(self.font())
        bold.setBold(True)
        self._field_header = QLabel(grid_host)
        self._field_header.setFont(bold)
        grid.addWidget(self._field_header, 0, 0, Qt.AlignmentFlag.AlignTop)
        for column, cid in enumerate(self._ids, start=1):
            header = QLabel(grid_host)
            header.setObjectName(f"header:{cid}")
            header.setFont(bold)
            header.setWordWrap(True)
            header.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignTop)
            self._headers[cid] = header
        line = QFrame(grid_host)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(line, 1, 0, 1, 3)
        for key, values in self._row_values():
            self._add_row(grid, grid_host, key, values)
        grid.setRowStretch(grid.rowCount(), 1)
        scroll.setWidget(grid_host)
        layout.addWidget(scroll, 1)

        self._summary = QLabel(self)
        self._summary.setObjectName("mergeSummary")
        self._summary.setWordWrap(True)
        layout.addWidget(self._summary)

        warning_row = QHBoxLayout()
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        warning_row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self._warning = QLabel(self)
        self._warning.setObjectName("mergeWarning")
        self._warning.setWordWrap(True)
        self._warning.setFont(bold)
        warning_row.addWidget(self._warning, 1)
        layout.addLayout(warning_row)

        buttons = QDialogButtonBox(self)
        self._merge_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self._merge_button.setObjectName("mergeButton")
        self._merge_button.setAutoDefault(False)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # Enter must not start an irreversible action
        buttons.accepted.connect(self._merge)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _build_survivor_box(self) -> QGroupBox:
        self._survivor_box = QGroupBox(self)
        survivor_layout = QVBoxLayout(self._survivor_box)
        self._survivor_group = QButtonGroup(self)
        self._survivor_buttons: dict[int, QRadioButton] = {}
        for cid in self._ids:
            button = QRadioButton(self._survivor_box)
            button.setObjectName(f"survivor:{cid}")
            self._survivor_group.addButton(button, cid)
            self._survivor_buttons[cid] = button
            # Natural width, left-aligned: a click beside the text would do nothing.
            survivor_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self._hint = QLabel(self._survivor_box)
        self._hint.setWordWrap(True)
        survivor_layout.addWidget(self._hint)
        self._survivor_group.idToggled.connect(self._on_survivor_toggled)
        return self._survivor_box

    def _alt_billing(self, cid: int) -> str:
        """The billing customer's number, cleared when it is one of the pair.

        After the merge both numbers belong to the survivor, and a customer cannot be its
        own billing customer (the service would refuse the number as unknown).
        """
        number = self._records[cid].data.alt_billing_customer_number
        return "" if number in self._pair_numbers() else number

    def _pair_numbers(self) -> set[str]:
        numbers: set[str] = set()
        for record in self._records.values():
            numbers.add(record.data.customer_number)
            numbers.update(record.merged_numbers)
        return numbers

    def _row_values(self) -> list[tuple[str, dict[int, Any]]]:
        """Rows to show: every field that differs or is given, custom fields last."""
        rows: list[tuple[str, dict[int, Any]]] = []
        for f in fields(CustomerData):
            if f.name in FOLLOWERS or f.name == "custom_fields":
                continue
            if f.name == "alt_billing_customer_number":
                values = {cid: self._alt_billing(cid) for cid in self._ids}
            else:
                values = {cid: getattr(self._records[cid].data, f.name) for cid in self._ids}
            first, second = (values[cid] for cid in self._ids)
            if first != second or not is_empty(first):
                rows.append((f.name, values))
        names: list[str] = []
        for cid in self._ids:
            names += [n for n in self._records[cid].data.custom_fields if n not in names]
        for name in names:
            values = {cid: self._records[cid].data.custom_fields.get(name, "") for cid in self._ids}
            rows.append((CUSTOM_PREFIX + name, values))
        return rows

    def _add_row(self, grid: QGridLayout, host: QWidget, key: str, values: dict[int, Any]) -> None:
        row_index = grid.rowCount()
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        label = QLabel(host)
        label.setObjectName(f"label:{key}")
        label.setTextFormat(Qt.TextFormat.PlainText)
        first, second = (values[cid] for cid in self._ids)
        if first != second:  # the rows that need a decision stand out
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
        grid.addWidget(label, row_index, 0, align)
        group = QButtonGroup(self)
        buttons: dict[int, QRadioButton] = {}
        for column, cid in enumerate(self._ids, start=1):
            button = QRadioButton(host)
            button.setObjectName(f"choice:{key}:{cid}")
            group.addButton(button, cid)
            buttons[cid] = button
            # Natural width, left-aligned: a click beside the text would do nothing.
            grid.addWidget(button, row_index, column, align)
        group.idToggled.connect(self._on_choice_toggled)
        self._rows.append(_Row(key, values, label, group, buttons))

    def _set_row_texts(self, row: _Row) -> None:
        """The field's label and each side's value, as the user reads them now."""
        row.label.setText(field_label(row.key))
        first, second = (row.values[cid] for cid in self._ids)
        row.label.setToolTip(self.tr("The cards differ here.") if first != second else "")
        for cid, button in row.buttons.items():
            full = self._display(row.key, row.values[cid])
            button.setText(self._shorten(full) or self.tr("(empty)"))
            button.setToolTip(full if full and full != button.text() else "")

    @staticmethod
    def _shorten(text: str) -> str:
        first_line, *rest = text.splitlines() or [""]
        if rest or len(first_line) > _MAX_SHOWN:
            return first_line[: _MAX_SHOWN - 1].rstrip() + "…"
        return first_line

    def _display(self, key: str, value: Any) -> str:
        """A value as the user reads it: translated choices, locale numbers."""
        if value is None or value == "":
            return ""
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, Enum) and value in _ENUM_LABELS:
            return _translate(_ENUM_LABELS[value])
        if key == "credit_limit" and isinstance(value, Decimal):
            return format_money(value)
        if isinstance(value, Decimal):
            return format_percent(value)
        if key == "payment_term_days":
            return self.tr("{days} days").format(days=value)
        return str(value)

    def _survivor_text(self, record: CustomerRecord) -> str:
        who = f"{record.data.customer_number} {record.data.name}"
        if record.created_at is None:
            return who
        return self.tr("{customer} (added {date})").format(
            customer=who, date=format_date(record.created_at.astimezone().date())
        )

    # --- reacting to choices -----------------------------------------------------------

    def _row(self, key: str) -> _Row:
        for row in self._rows:
            if row.key == key:
                return row
        raise KeyError(key)

    def _on_survivor_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._on_survivor_changed()

    def _on_choice_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._update_summary()

    def _on_survivor_changed(self) -> None:
        survivor, other = self.survivor_id(), self.merged_id()
        for row in self._rows:
            # The survivor's value unless it has none.
            keep = other if is_empty(row.values[survivor]) else survivor
            row.buttons[keep].setChecked(True)
        self._show_sides()
        self._update_summary()

    def _show_sides(self) -> None:
        """Which card survives and which is removed: the column headers and the warning."""
        survivor, other = self.survivor_id(), self.merged_id()
        for cid, header in self._headers.items():
            record = self._records[cid]
            who = f"{record.data.customer_number} {record.data.name}"
            if cid == survivor:
                header.setText(self.tr("{customer}\nsurvives").format(customer=who))
            else:
                header.setText(self.tr("{customer}\nwill be removed").format(customer=who))
        removed = self._records[other].data
        self._warning.setText(
            self.tr(
                "Merging cannot be undone: {number} {name} is removed for good once its "
                "contacts, offices and notes have moved."
            ).format(number=removed.customer_number, name=removed.name)
        )

    def _update_summary(self) -> None:
        merged = self._records[self.merged_id()]
        parts: list[tuple[int, str]] = []
        for count, one, many in (
            (len(merged.contacts), self.tr("1 contact"), self.tr("{n} contacts")),
            (len(merged.offices), self.tr("1 office"), self.tr("{n} offices")),
            (len(merged.notes), self.tr("1 note"), self.tr("{n} notes")),
        ):
            # Finnish, Swedish and English all have just "one" and "many" plural forms.
            if count:
                parts.append((count, one if count == 1 else many.format(n=count)))
        numbers = self._numbers_moving()
        if len(numbers) == 1:
            numbers_text = self.tr("number {numbers} will point to it")
        else:
            numbers_text = self.tr("numbers {numbers} will point to it")
        numbers_text = numbers_text.format(numbers=self._join(numbers))
        if not parts:
            text = self.tr("Nothing moves to the surviving customer except its number: {numbers}.")
        elif len(parts) == 1 and parts[0][0] == 1:
            text = self.tr("{items} moves to the surviving customer; {numbers}.")
        else:
            text = self.tr("{items} move to the surviving customer; {numbers}.")
        self._summary.setText(
            text.format(items=self._join([p for _, p in parts]), numbers=numbers_text)
        )

    def _numbers_moving(self) -> list[str]:
        """Numbers that will be aliases of the survivor after the merge."""
        survivor = self._records[self.survivor_id()]
        merged = self._records[self.merged_id()]
        kept = self._row("customer_number").values[self.chosen_side("customer_number")]
        numbers = {merged.data.customer_number, survivor.data.customer_number}
        numbers.update(merged.merged_numbers)
        return sorted(numbers - {kept}, key=lambda n: (len(n), n))

    def _join(self, items: list[str]) -> str:
        if len(items) <= 1:
            return "".join(items)
        return self.tr("{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])

    # --- merging -----------------------------------------------------------------------

    def _confirm(self) -> bool:
        """Ask once more; merging cannot be undone."""
        survivor = self._records[self.survivor_id()].data
        removed = self._records[self.merged_id()].data
        answer = QMessageBox.question(
            self,
            self.tr("Merge customers"),
            self.tr(
                "Merge {removed_number} {removed_name} into {number} {name}? This cannot be undone."
            ).format(
                removed_number=removed.customer_number,
                removed_name=removed.name,
                number=survivor.customer_number,
                name=survivor.name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _merge(self) -> None:
        if not self._confirm():
            return
        try:
            record = self.service.merge(self.survivor_id(), self.merged_id(), self.chosen_data())
        except FieldErrors as exc:
            self._show_error(
                "\n".join(
                    f"{field_label(name)}: {error_text(err)}" for name, err in exc.errors.items()
                )
            )
            return
        except ValidationError as exc:
            self._show_error(error_text(exc))
            return
        self.merged_record = record
        self.merged.emit(record.id)
        self.accept()

    def _show_error(self, text: str) -> None:
        """Say why the merge was refused; the dialog stays open for another choice."""
        if self._error_box is not None:
            self._error_box.close()
            self._error_box.deleteLater()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Cannot merge"),
            self.tr("The customers were not merged.\n\n{reason}").format(reason=text),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("mergeErrorBox")
        self._error_box = box
        box.open()  # window-modal and non-blocking: the choices stay as they were

    def error_box(self) -> QMessageBox | None:
        """The message about the last refused merge, or None before any."""
        return self._error_box


__all__ = [
    "CUSTOM_PREFIX",
    "FIELD_LABELS",
    "FOLLOWERS",
    "MergeDialog",
    "enum_label",
    "field_label",
    "is_empty",
]
