"""Invoicing settings of the own company: VAT register, bank, numbering, terms, penalty
interest with the reference-rate table, the reminder fee and the own e-invoice routing."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.company import (
    MAX_INVOICE_NUMBER,
    CompanyData,
    InvoiceSettings,
    PenaltyInterestMode,
    parse_accounts,
    validate_company,
    validate_settings,
)
from asiakasrekisteri.domain.errors import FieldErrors, ValidationError
from asiakasrekisteri.domain.interest import half_year_start
from asiakasrekisteri.domain.money import parse_money, parse_percent
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.ui.formatting import format_date, format_percent
from asiakasrekisteri.ui.i18n import error_text, errors_text
from asiakasrekisteri.ui.invoicing.common import (
    Prompts,
    money_input_text,
    number_input_text,
    show_error,
    show_field_errors,
)
from asiakasrekisteri.ui.invoicing.reference_rate_dialog import ReferenceRateDialog
from asiakasrekisteri.ui.widgets.form_rows import error_label
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

_START_ROLE = Qt.ItemDataRole.UserRole + 1


class InvoicingSettingsDialog(Retranslating, QDialog):
    """Edit the invoicing settings; the IBAN and BIC are the own company's.

    Attributes:
        edits: Field name → editor (``<field>Edit``).
        errors: Field name → its error line (``<field>Error``).
        prompts: File dialogs (tests replace them).
        rates_table: The reference rate of each half-year (``referenceRatesTable``),
            newest first; ``add_rate_button`` and ``remove_rate_button`` change it, and
            Save stores the changes.
    """

    def __init__(
        self, invoicing: InvoicingService, company: CompanyService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invoicingSettingsDialog")
        self.invoicing = invoicing
        self.company = company
        self.prompts = Prompts(self)
        # Recomputes the errors shown after Save, so a language change can show them anew.
        self._shown_errors: Callable[[], dict[str, str]] | None = None
        self._saved_rates = {p.start: p.rate for p in invoicing.reference_rates().periods}
        self._rates = dict(self._saved_rates)
        self._build_editors(invoicing.settings(), company.get())
        self._build_rates()
        self.errors: dict[str, QLabel] = {}
        self._titles: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, editor in self.edits.items():
            editor.setObjectName(f"{name}Edit")
            self._add_row(form, name, editor)
        self.fee_hint = QLabel()
        form.addRow("", self.fee_hint)
        self.rates_title = QLabel()
        self.rates_title.setBuddy(self.rates_table)
        form.addRow(self.rates_title, self._rates_column())
        self.general_error = error_label("settingsError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.fixed_radio.toggled.connect(self.fixed_edit.setEnabled)
        self.fixed_edit.setEnabled(self.fixed_radio.isChecked())
        self.logo_button.clicked.connect(self.choose_logo)
        self.add_rate_button.clicked.connect(self.add_rate)
        self.remove_rate_button.clicked.connect(self.remove_rate)
        self.rates_table.itemSelectionChanged.connect(self._update_rate_buttons)
        for first, second in itertools.pairwise(
            (self.logo_edit, self.logo_button, self.next_number_edit)
        ):
            self.setTabOrder(first, second)
        for first, second in itertools.pairwise(
            (self.notice_spin, self.statutory_radio, self.fixed_radio, self.fixed_edit,
             self.fee_edit)
        ):  # fmt: skip
            self.setTabOrder(first, second)
        self.retranslateUi()

    def _build_editors(self, settings: InvoiceSettings, own: CompanyData) -> None:
        self.vat_registered_check = QCheckBox()
        self.vat_registered_check.setChecked(settings.vat_registered)
        self.prepayment_check = QCheckBox()
        self.prepayment_check.setChecked(settings.prepayment_registered)
        self.iban_edit = QLineEdit(own.iban)
        self.bic_edit = QLineEdit(own.bic)
        self.other_accounts_edit = QPlainTextEdit("\n".join(settings.other_accounts))
        self.other_accounts_edit.setTabChangesFocus(True)
        self.other_accounts_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.other_accounts_edit.setPlaceholderText("FI21 1234 5600 0007 85 NDEAFIHH")
        self.logo_edit = QLineEdit(settings.logo_path)
        self.logo_button = QPushButton()
        self.logo_button.setObjectName("logoBrowseButton")
        self.next_number_edit = QLineEdit(str(settings.next_invoice_number))
        self.term_spin = QSpinBox()
        self.term_spin.setRange(0, 365)
        self.term_spin.setValue(settings.payment_term_days)
        self.notice_spin = QSpinBox()
        self.notice_spin.setRange(0, 365)
        self.notice_spin.setValue(settings.notice_period_days)
        self.statutory_radio = QRadioButton()
        self.statutory_radio.setObjectName("statutoryInterestRadio")
        self.fixed_radio = QRadioButton()
        self.fixed_radio.setObjectName("fixedInterestRadio")
        group = QButtonGroup(self)
        group.addButton(self.statutory_radio)
        group.addButton(self.fixed_radio)
        fixed = settings.penalty_interest_fixed
        self.fixed_edit = QLineEdit(number_input_text(fixed) if fixed is not None else "")
        self.fixed_radio.setChecked(settings.penalty_interest_mode is PenaltyInterestMode.FIXED)
        self.statutory_radio.setChecked(not self.fixed_radio.isChecked())
        self.fee_edit = QLineEdit(money_input_text(settings.reminder_fee))
        self.einvoice_address_edit = QLineEdit(settings.einvoice_address)
        self.einvoice_operator_edit = QLineEdit(settings.einvoice_operator)
        self.einvoice_operator_edit.setPlaceholderText("003723327487")
        self.edits: dict[str, QWidget] = {
            "vat_registered": self.vat_registered_check,
            "prepayment_registered": self.prepayment_check,
            "iban": self.iban_edit,
            "bic": self.bic_edit,
            "other_accounts": self.other_accounts_edit,
            "logo_path": self.logo_edit,
            "next_invoice_number": self.next_number_edit,
            "payment_term_days": self.term_spin,
            "notice_period_days": self.notice_spin,
            "penalty_interest_fixed": self.fixed_edit,
            "reminder_fee": self.fee_edit,
            "einvoice_address": self.einvoice_address_edit,
            "einvoice_operator": self.einvoice_operator_edit,
        }

    def _build_rates(self) -> None:
        self.rates_table = QTableWidget(0, 2)
        self.rates_table.setObjectName("referenceRatesTable")
        self.rates_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rates_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rates_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rates_table.setTabKeyNavigation(False)
        self.rates_table.verticalHeader().hide()
        self.rates_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rates_table.setFixedHeight(self.fontMetrics().lineSpacing() * 7)
        self.add_rate_button = QPushButton()
        self.add_rate_button.setObjectName("addReferenceRateButton")
        self.remove_rate_button = QPushButton()
        self.remove_rate_button.setObjectName("removeReferenceRateButton")

    def _rates_column(self) -> QVBoxLayout:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_rate_button)
        buttons.addWidget(self.remove_rate_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.rates_table)
        column.addLayout(buttons)
        self.rates_error = error_label("referenceRatesError")
        column.addWidget(self.rates_error)
        return column

    def _fill_rates(self, select: date | None = None) -> None:
        """The half-years newest first, the dates and rates in the UI language."""
        table = self.rates_table
        table.setRowCount(len(self._rates))
        for row, start in enumerate(sorted(self._rates, reverse=True)):
            end = date(start.year, 6, 30) if start.month == 1 else date(start.year, 12, 31)
            half = QTableWidgetItem(f"{format_date(start)}–{format_date(end)}")
            half.setData(_START_ROLE, start.isoformat())
            table.setItem(row, 0, half)
            table.setItem(row, 1, QTableWidgetItem(format_percent(self._rates[start])))
            if start == select:
                table.selectRow(row)
        self._update_rate_buttons()

    def _update_rate_buttons(self) -> None:
        self.remove_rate_button.setEnabled(self._selected_rate() is not None)

    def _selected_rate(self) -> date | None:
        items = self.rates_table.selectedItems()
        first = self.rates_table.item(items[0].row(), 0) if items else None
        return None if first is None else date.fromisoformat(str(first.data(_START_ROLE)))

    def _run_dialog(self, dialog: QDialog) -> int:
        """Run a sub-dialog modally; tests replace this to fill it in."""
        return dialog.exec()

    def add_rate(self) -> None:
        """Ask for a half-year and its rate; the half-year after the newest is offered."""
        newest = max(self._rates, default=half_year_start(date.today()))
        following = date(newest.year, 7, 1) if newest.month == 1 else date(newest.year + 1, 1, 1)
        dialog = ReferenceRateDialog(self, half_year=following)
        self._run_dialog(dialog)
        if dialog.period is not None:
            self._rates[dialog.period.start] = dialog.period.rate
            self._fill_rates(dialog.period.start)

    def remove_rate(self) -> None:
        start = self._selected_rate()
        if start is not None:
            del self._rates[start]
            self._fill_rates()

    def _add_row(self, form: QFormLayout, name: str, editor: QWidget) -> None:
        label = QLabel()
        label.setBuddy(self.statutory_radio if name == "penalty_interest_fixed" else editor)
        error = error_label(f"{name}Error")
        self.errors[name] = error
        self._titles[name] = label
        column = QVBoxLayout()
        column.setSpacing(2)
        if name == "logo_path":
            row = QHBoxLayout()
            row.addWidget(editor, 1)
            row.addWidget(self.logo_button)
            column.addLayout(row)
        elif name == "penalty_interest_fixed":
            column.addWidget(self.statutory_radio)
            row = QHBoxLayout()
            row.addWidget(self.fixed_radio)
            row.addWidget(editor)
            row.addWidget(QLabel("%"))
            row.addStretch(1)
            column.addLayout(row)
        else:
            column.addWidget(editor)
        column.addWidget(error)
        form.addRow(label, column)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Invoicing settings"))
        titles = {
            "vat_registered": self.tr("VAT"),
            "prepayment_registered": self.tr("Prepayment register"),
            "iban": self.tr("&IBAN"),
            "bic": self.tr("BI&C"),
            "other_accounts": self.tr("Other &accounts"),
            "logo_path": self.tr("&Logo (PNG or JPEG)"),
            "next_invoice_number": self.tr("&Next invoice number"),
            "payment_term_days": self.tr("&Payment term"),
            "notice_period_days": self.tr("N&otice period"),
            "penalty_interest_fixed": self.tr("Penalty interest"),
            "reminder_fee": self.tr("&Reminder fee"),
            "einvoice_address": self.tr("Own e-invoice a&ddress"),
            "einvoice_operator": self.tr("Own e-invoice op&erator"),
        }
        for name, title in titles.items():
            self._titles[name].setText(title)
            self.edits[name].setAccessibleName(title.replace("&", ""))
        self.vat_registered_check.setText(self.tr("&VAT registered (alv-rekisterissä)"))
        self.vat_registered_check.setToolTip(
            self.tr(
                "Leave unticked under the VAT threshold: invoices then carry no VAT and "
                "say “Ei alv-rekisterissä”."
            )
        )
        self.prepayment_check.setText(
            self.tr("In the &prepayment register (ennakkoperintärekisterissä)")
        )
        self.prepayment_check.setToolTip(
            self.tr(
                "Invoices with household work say whether the company is in the register: "
                "the buyer's household tax credit needs it."
            )
        )
        self.other_accounts_edit.setToolTip(
            self.tr(
                "Further bank accounts printed on invoices, one a line: the IBAN and its BIC. "
                "The barcode and QR code carry the IBAN above."
            )
        )
        self.logo_button.setText(self.tr("&Browse…"))
        self.term_spin.setSuffix(self.tr(" days"))
        self.notice_spin.setSuffix(self.tr(" days"))
        self.statutory_radio.setText(self.tr("&Statutory: reference rate + 7 %"))
        self.fixed_radio.setText(self.tr("F&ixed:"))
        self.fee_hint.setText(self.tr("Private customers are charged at most 5,00 €."))
        self.einvoice_address_edit.setPlaceholderText(
            self.tr("Empty: the OVT code of the Y-tunnus")
        )
        self.einvoice_operator_edit.setToolTip(
            self.tr(
                "The operator or bank that sends your e-invoices (e.g. 003723327487 for Apix). "
                "E-invoices name it as the sender's intermediator."
            )
        )
        self.rates_title.setText(self.tr("Reference ra&tes"))
        self.rates_table.setAccessibleName(self.tr("Reference rates"))
        self.rates_table.setHorizontalHeaderLabels([self.tr("Half-year"), self.tr("Rate")])
        self.add_rate_button.setText(self.tr("Add &half-year…"))
        self.remove_rate_button.setText(self.tr("Re&move"))
        self._fill_rates(self._selected_rate())
        if self._shown_errors is not None:
            self._show_errors(self._shown_errors)

    def choose_logo(self) -> None:
        path = self.prompts.open_path(
            self.tr("Choose the logo"), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path is not None:
            self.logo_edit.setText(str(path))

    def values(self) -> tuple[InvoiceSettings | None, CompanyData, dict[str, str]]:
        """The settings and company bank details as typed, and the unreadable fields."""
        errors: dict[str, str] = {}
        number = 0
        text = self.next_number_edit.text().strip()
        if text.isdigit() and len(text) <= len(str(MAX_INVOICE_NUMBER)):
            number = int(text)
        else:
            errors["next_invoice_number"] = self.tr("Give a whole number.")
        fixed: Decimal | None = None
        if self.fixed_edit.text().strip():
            try:
                fixed = parse_percent(self.fixed_edit.text())
            except ValidationError as exc:
                errors["penalty_interest_fixed"] = error_text(exc)
        fee = Decimal("0.00")
        try:
            fee = parse_money(self.fee_edit.text() or "0")
        except ValidationError as exc:
            errors["reminder_fee"] = error_text(exc)
        company = replace(self.company.get(), iban=self.iban_edit.text(), bic=self.bic_edit.text())
        if errors:
            return None, company, errors
        mode = (
            PenaltyInterestMode.FIXED if self.fixed_radio.isChecked()
            else PenaltyInterestMode.STATUTORY
        )  # fmt: skip
        settings = InvoiceSettings(
            vat_registered=self.vat_registered_check.isChecked(),
            prepayment_registered=self.prepayment_check.isChecked(),
            logo_path=self.logo_edit.text(),
            next_invoice_number=number,
            payment_term_days=self.term_spin.value(),
            notice_period_days=self.notice_spin.value(),
            penalty_interest_mode=mode,
            penalty_interest_fixed=fixed if mode is PenaltyInterestMode.FIXED else None,
            reminder_fee=fee,
            other_accounts=parse_accounts(self.other_accounts_edit.toPlainText()),
            einvoice_address=self.einvoice_address_edit.text(),
            einvoice_operator=self.einvoice_operator_edit.text(),
        )
        return settings, company, errors

    def _show_errors(self, errors: Callable[[], dict[str, str]]) -> None:
        """Show the errors ``errors`` computes; again on a language change."""
        self._shown_errors = errors
        show_field_errors(self.errors, self.general_error, errors())

    def _check(self) -> tuple[InvoiceSettings | None, CompanyData, dict[str, str]]:
        """The settings and company as typed, with every error the domain finds in them."""
        settings, company, errors = self.values()
        try:
            validate_company(company)
        except FieldErrors as exc:
            errors.update({k: v for k, v in errors_text(exc).items() if k in ("iban", "bic")})
        if settings is not None:
            try:
                validate_settings(settings)
            except FieldErrors as exc:
                errors.update({k: v for k, v in errors_text(exc).items() if k not in errors})
        return settings, company, errors

    def accept(self) -> None:
        settings, company, errors = self._check()
        if settings is None or errors:
            self._show_errors(lambda: self._check()[2])
            return
        try:
            self.invoicing.save_settings(settings)
        except FieldErrors as exc:
            self._show_errors(partial(errors_text, exc))
            return
        added = tuple(
            (start, rate) for start, rate in self._rates.items()
            if self._saved_rates.get(start) != rate
        )  # fmt: skip
        removed = tuple(start for start in self._saved_rates if start not in self._rates)
        try:
            self.invoicing.save_reference_rates(added, removed)
        except ValidationError as exc:
            show_error(self.rates_error, error_text(exc))
            return
        self._saved_rates = dict(self._rates)
        try:
            self.company.save(company)
        except FieldErrors as exc:
            self._show_errors(partial(errors_text, exc))
            return
        super().accept()
