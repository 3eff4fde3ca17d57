"""What a consumer's invoice adds to the editor: prices with VAT, and household work.

Prices typed with VAT are the default for a private customer (the service's new draft
says so) and a choice of each invoice. Rows marked as household work add up to the
amount the buyer may use for the household tax credit (kotitalousvähennys), shown with
its VAT and the seller's prepayment-register status, which the credit requires.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from asiakasrekisteri.domain.enums import VatTreatment
from asiakasrekisteri.domain.household_credit import household_labour
from asiakasrekisteri.domain.invoice import InvoiceRecord, InvoiceRowData, row_vats
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.ui.formatting import format_money
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

__all__ = ["ConsumerBox"]


class ConsumerBox(Retranslating, QWidget):
    """The "prices include VAT" choice and the household work of the rows.

    Attributes:
        prices_check: Unit prices are typed with VAT (``pricesIncludeVatCheck``).
        labour_label: The household work, its VAT and the seller's prepayment-register
            status (``householdLabourLabel``); hidden while no row is household work.

    Signals:
        changed(bool): The user switched prices with or without VAT.
    """

    changed = Signal(bool)

    def __init__(self, invoicing: InvoicingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settings = invoicing.settings()
        self._registered = settings.prepayment_registered
        self._vat_registered = settings.vat_registered
        self._labour_text = ""
        self.prices_check = QCheckBox()
        self.prices_check.setObjectName("pricesIncludeVatCheck")
        self.prices_check.toggled.connect(self.changed.emit)
        self.labour_label = QLabel()
        self.labour_label.setObjectName("householdLabourLabel")
        self.labour_label.setWordWrap(True)
        self.labour_label.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prices_check)
        layout.addWidget(self.labour_label, 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.prices_check.setText(self.tr("Prices &include VAT"))
        self.prices_check.setToolTip(
            self.tr("Unit prices are typed and printed with VAT, as consumers are shown them.")
        )

    def load(self, prices_include_vat: bool | None, editable: bool) -> None:
        """Show a draft's or a stored invoice's choice (without emitting ``changed``)."""
        self.prices_check.blockSignals(True)
        self.prices_check.setChecked(bool(prices_include_vat))
        self.prices_check.blockSignals(False)
        self.prices_check.setEnabled(editable)

    def prices_include_vat(self) -> bool:
        return self.prices_check.isChecked()

    def show_rows(self, rows: tuple[InvoiceRowData, ...], treatment: VatTreatment) -> None:
        """The household work of rows being edited, at the seller's settings today."""
        charged = row_vats(rows, treatment, seller_vat_registered=self._vat_registered)
        labour = household_labour(rows, charged, prices_include_vat=self.prices_include_vat())
        if labour is None:
            self._show("")
            return
        self._show_labour(labour.gross, labour.vat, self._registered)

    def show_record(self, record: InvoiceRecord) -> None:
        """The household work of a finalised invoice, as it was issued."""
        labour = record.household_labour
        if labour is None:
            self._show("")
            return
        self._show_labour(labour.gross, labour.vat, record.seller.prepayment_registered)

    def _show_labour(self, gross: Decimal, vat: Decimal, registered: bool) -> None:
        text = self.tr("Household work (household tax credit): {gross}, of which VAT {vat}.")
        text = text.format(gross=format_money(gross), vat=format_money(vat))
        if registered:
            text += " " + self.tr("The company is in the prepayment register.")
        else:
            text += " " + self.tr(
                "The company is not in the prepayment register (Settings › Invoicing): "
                "the buyer gets no household tax credit without it."
            )
        self._show(text)

    def _show(self, text: str) -> None:
        self.labour_label.setText(text)
        self.labour_label.setVisible(bool(text))
