"""Edit › Undo bank payment import: take a bank file's import back whole."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.bank_payments import BankFileFormat
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.services.banking import BankImportInfo, BankPaymentService, BankUndoResult
from asiakasrekisteri.ui.banking.texts import format_name
from asiakasrekisteri.ui.formatting import format_datetime, format_money
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.invoicing.common import Prompts
from asiakasrekisteri.ui.widgets.retranslating import Retranslating


class UndoBankImportDialog(Retranslating, QDialog):
    """The bank files imported, newest first, and Undo for the one chosen.

    Attributes:
        imports: The imports listed.
        prompts: Message boxes (tests replace it).
        last_result: What the last undo did.

    Signals:
        undone(object): An import was undone; carries the BankUndoResult.
    """

    undone = Signal(object)

    def __init__(
        self,
        service: BankPaymentService,
        parent: QWidget | None = None,
        *,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("undoBankImportDialog")
        self.resize(820, 420)
        self.service = service
        self.prompts = prompts or Prompts(self)
        self.imports: list[BankImportInfo] = []
        self.last_result: BankUndoResult | None = None
        self._details: Callable[[], str] = lambda: ""

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("bankImportTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.details = QLabel()
        self.details.setObjectName("undoDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo_selected)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.refresh()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Undo bank payment import"))
        self.intro.setText(
            self.tr(
                "Choose a bank file's import to undo. Undo takes its payments off the "
                "invoices they paid, takes back the credit they gave and empties the list "
                "of its unmatched payments; the file can then be imported again."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Imported"),
                self.tr("File"),
                self.tr("Kind"),
                self.tr("Payments"),
                self.tr("Sum"),
                self.tr("Status"),
            ]
        )
        self.undo_button.setText(self.tr("&Undo import"))
        self.close_button.setText(self.tr("&Close"))
        self._fill_table()
        self.details.setText(self._details())

    def refresh(self, select_id: int | None = None) -> None:
        """Read the imports again."""
        self.imports = self.service.imports()
        self._fill_table()
        ids = [i.id for i in self.imports]
        target = select_id if select_id in ids else None
        if target is None:
            target = next((i.id for i in self.imports if i.undone_at is None), None)
        if target is not None:
            self.table.selectRow(ids.index(target))
        self._selection_changed()

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.imports))
        for row, info in enumerate(self.imports):
            status = ""
            if info.undone_at is not None:
                status = self.tr("Undone {when}").format(when=format_datetime(info.undone_at))
            cells = [
                format_datetime(info.imported_at),
                info.file_name,
                format_name(BankFileFormat(info.file_format)),
                QLocale().toString(info.payment_count),
                format_money(info.total),
                status,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if info.undone_at is not None:  # greyed as the palette greys, dark or light
                    item.setForeground(
                        self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
                    )
                self.table.setItem(row, column, item)

    def selected(self) -> BankImportInfo | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.imports[min(rows)] if rows else None

    def _selection_changed(self) -> None:
        info = self.selected()
        self.undo_button.setEnabled(info is not None and info.undone_at is None)
        if info is None and not self.imports:
            self._say(lambda: self.tr("No bank files imported yet."))
        elif info is None:
            self._say(lambda: self.tr("Choose an import to undo."))
        elif info.undone_at is not None:
            self._say(lambda: self.tr("This import has been undone already."))
        else:
            self._say(lambda: self._plan_text(info))

    def _say(self, details: Callable[[], str]) -> None:
        self._details = details
        self.details.setText(details())

    def _plan_text(self, info: BankImportInfo) -> str:
        return self.tr(
            "Undoing the import of {file} takes back its %n payment(s) of {total}.",
            "",
            info.payment_count,
        ).format(file=info.file_name, total=format_money(info.total))

    def undo_selected(self) -> None:
        info = self.selected()
        if info is None or info.undone_at is not None:
            return
        if not self.prompts.confirm(
            self.tr("Undo bank payment import"), self._plan_text(info), self.tr("Undo import")
        ):
            return
        try:
            result = self.service.undo_import(info.id)
        except ValidationError as exc:
            self.prompts.warn(self.tr("Undo bank payment import"), error_text(exc))
            self.refresh()
            return
        self.last_result = result
        self.refresh(result.import_id)
        self._say(lambda: self.result_text(result))
        self.undone.emit(result)

    def result_text(self, result: BankUndoResult) -> str:
        text = (
            self.tr("%n payment(s) taken back;", "", result.removed)
            + " "
            + self.tr("%n invoice(s) changed.", "", result.invoices)
        )
        if result.kept:
            kept = "\n".join(
                f"• {k.archive_id} {format_money(k.amount)} {k.customer_name}" for k in result.kept
            )
            text += (
                "\n"
                + self.tr("Kept, because the customer's credit from them has been used since:")
                + "\n"
                + kept
            )
        return text


__all__ = ["UndoBankImportDialog"]
