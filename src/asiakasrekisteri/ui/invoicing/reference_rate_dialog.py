"""Ask for the reference rate (viitekorko) of one half-year.

Opened from the invoicing settings to add a half-year, and by a reminder or a statement
whose penalty interest runs into a half-year the table does not hold: the program then
names that half-year and asks for its rate instead of reusing an old one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.interest import (
    ReferenceRatePeriod,
    ReferenceRateUnknown,
    half_year_start,
    validate_reference_rate,
)
from asiakasrekisteri.domain.money import parse_percent
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.ui.formatting import format_date
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.invoicing.common import money_input_text, show_error
from asiakasrekisteri.ui.widgets.form_rows import error_label
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

RunDialog = Callable[[QDialog], int]


class ReferenceRateDialog(Retranslating, QDialog):
    """One half-year and its reference rate.

    Attributes:
        year_spin: The year (``referenceRateYear``).
        half_combo: 1 January or 1 July (``referenceRateHalf``).
        rate_edit: The rate in percent (``referenceRateEdit``).
        explanation: Why the rate is asked for (``referenceRateExplanation``).
        error: Why the rate cannot be used (``referenceRateError``).
        period: The half-year and rate, once accepted.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        half_year: date,
        rate: str = "",
        missing: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referenceRateDialog")
        self.period: ReferenceRatePeriod | None = None
        self._missing = missing
        start = half_year_start(half_year)
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("referenceRateYear")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(start.year)
        self.half_combo = QComboBox()
        self.half_combo.setObjectName("referenceRateHalf")
        self.half_combo.addItem("", 1)
        self.half_combo.addItem("", 7)
        self.half_combo.setCurrentIndex(0 if start.month == 1 else 1)
        # The half-year a reminder needs is fixed: only its rate is asked for.
        for widget in (self.year_spin, self.half_combo):
            widget.setEnabled(not missing)
        self.rate_edit = QLineEdit(rate)
        self.rate_edit.setObjectName("referenceRateEdit")
        self.explanation = QLabel()
        self.explanation.setObjectName("referenceRateExplanation")
        self.explanation.setWordWrap(True)
        self.year_label, self.half_label, self.rate_label = QLabel(), QLabel(), QLabel()
        self.year_label.setBuddy(self.year_spin)
        self.half_label.setBuddy(self.half_combo)
        self.rate_label.setBuddy(self.rate_edit)
        form = QFormLayout()
        form.addRow(self.year_label, self.year_spin)
        form.addRow(self.half_label, self.half_combo)
        form.addRow(self.rate_label, self.rate_edit)
        self.error = error_label("referenceRateError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.rate_edit.setFocus()
        self.retranslateUi()

    def start(self) -> date:
        """The first day of the half-year chosen."""
        return date(self.year_spin.value(), int(self.half_combo.currentData()), 1)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Reference rate"))
        self.year_label.setText(self.tr("&Year"))
        self.half_label.setText(self.tr("&Half-year"))
        self.rate_label.setText(self.tr("&Reference rate %"))
        self.half_combo.setItemText(0, self.tr("January–June"))
        self.half_combo.setItemText(1, self.tr("July–December"))
        self.rate_edit.setPlaceholderText(money_input_text(Decimal("2.5")))
        text = self.tr(
            "Suomen Pankki publishes the reference rate at the start of each half-year "
            "(suomenpankki.fi). The statutory penalty interest is the reference rate + 7 "
            "points, between businesses + 8."
        )
        if self._missing:
            text = (
                self.tr(
                    "The reference rate of the half-year starting {day} is not in the table, "
                    "so the penalty interest cannot be worked out. Enter it to go on."
                ).format(day=format_date(self.start()))
                + "\n\n"
                + text
            )
        self.explanation.setText(text)

    def accept(self) -> None:
        try:
            rate = parse_percent(self.rate_edit.text())
            self.period = validate_reference_rate(self.start(), rate)
        except ValidationError as exc:
            show_error(self.error, error_text(exc))
            return
        super().accept()


def ask_missing_rate(
    invoicing: InvoicingService,
    missing: ReferenceRateUnknown,
    parent: QWidget | None,
    run_dialog: RunDialog,
) -> bool:
    """Ask for the rate of the half-year ``missing`` names and save it; True when saved."""
    dialog = ReferenceRateDialog(parent, half_year=missing.half_year, missing=True)
    run_dialog(dialog)
    period = dialog.period
    if period is None:
        return False
    invoicing.save_reference_rates(((period.start, period.rate),))
    return True


__all__ = ["ReferenceRateDialog", "ask_missing_rate"]
