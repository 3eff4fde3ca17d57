"""Edit › Update from the trade register…: the card's values beside the register's.

The company is fetched by the customer's Y-tunnus in a worker thread while the dialog
says so; each field that differs gets a row with both values and a check box (checked).
Update writes the checked ones in one transaction, logged in the history. A failed
lookup shows its one message in the dialog, with Try again; nothing else changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.customer import CustomerRecord
from asiakasrekisteri.domain.errors import FieldErrors, ValidationError
from asiakasrekisteri.domain.trade_register import FieldChange, RegisterCompany
from asiakasrekisteri.services.trade_register import TradeRegisterService
from asiakasrekisteri.ui.customer_card.fields import ui_language
from asiakasrekisteri.ui.dialogs.merge_dialog import field_label
from asiakasrekisteri.ui.i18n import error_text, errors_text
from asiakasrekisteri.ui.spreadsheets.workers import Worker
from asiakasrekisteri.ui.trade_register.texts import warnings_text
from asiakasrekisteri.ui.widgets.retranslating import Retranslating


class Column:
    FIELD = 0
    OLD = 1
    NEW = 2


class RegisterUpdateDialog(Retranslating, QDialog):
    """The differences between a customer's card and the trade register, to choose from.

    Attributes:
        status: What the dialog is doing, or why it could not (``registerStatus``).
        warning: The company's bankruptcy, liquidation … (``registerWarning``).
        table: One row per differing field; the first column's check box chooses it.
        update_button, retry_button: Update the chosen fields; ask the register again.

    Signals:
        updated(int): The customer (its id) was updated from the register.
    """

    updated = Signal(int)

    def __init__(
        self,
        service: TradeRegisterService,
        record: CustomerRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("registerUpdateDialog")
        self.setModal(True)
        self.resize(760, 420)
        self.service = service
        self.record = record
        self.company: RegisterCompany | None = None
        self.changes: tuple[FieldChange, ...] = ()
        self._error: ValidationError | FieldErrors | None = None
        self._busy = False

        self.status = QLabel(self)
        self.status.setObjectName("registerStatus")
        self.status.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setObjectName("registerWarning")
        self.warning.setProperty("fieldError", True)
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("registerChanges")
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.OLD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.NEW, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemChanged.connect(lambda _item: self._update_buttons())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.update_button = QPushButton(self)
        self.update_button.setObjectName("registerUpdateButton")
        self.update_button.setDefault(True)
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("registerRetryButton")
        self.buttons.addButton(self.update_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.update_button.clicked.connect(self.apply)
        self.retry_button.clicked.connect(self.fetch)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.status, self.warning, self.table, self.buttons):
            layout.addWidget(widget)
        self.retranslateUi()
        self.fetch()

    def retranslateUi(self) -> None:
        self.setWindowTitle(
            self.tr("Update {name} from the trade register").format(name=self.record.data.name)
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Update"), self.tr("On the card"), self.tr("In the trade register")]
        )
        self.update_button.setText(self.tr("&Update chosen"))
        self.retry_button.setText(self.tr("&Try again"))
        self._show_state()

    def is_busy(self) -> bool:
        """Whether the register is being asked."""
        return self._busy

    def fetch(self) -> None:
        """Ask the register for the customer's company (in a worker thread)."""
        if self.is_busy():
            return
        self.company, self.changes, self._error = None, (), None
        service, record = self.service, self.record

        def job(_progress: object, _cancelled: object) -> RegisterCompany | ValidationError:
            try:
                return service.company_of(record)
            except ValidationError as exc:  # shown in the dialog
                return exc

        worker = Worker(job)
        worker.succeeded.connect(self._fetched)
        worker.failed.connect(self._failed)
        self._busy = True
        worker.start_job()
        self._fill_table()
        self._show_state()

    def _failed(self, error: BaseException) -> None:
        """A bug, not a refusal: the window's crash dialog explains it and logs it."""
        self._busy = False
        self._show_state()
        raise error

    def _fetched(self, result: RegisterCompany | ValidationError) -> None:
        self._busy = False
        if isinstance(result, ValidationError):
            self._error = result
        else:
            self.company = result
            try:
                self.changes = self.service.changes_for(self.record.id, result, ui_language())
            except ValidationError as exc:  # the customer was deleted meanwhile
                self._error = exc
        self._fill_table()
        self._show_state()

    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.changes))
        for row, change in enumerate(self.changes):
            choose = QTableWidgetItem(field_label(change.field))
            choose.setData(Qt.ItemDataRole.UserRole, change.field)
            choose.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            choose.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, Column.FIELD, choose)
            for column, text in ((Column.OLD, change.old), (Column.NEW, change.new)):
                item = QTableWidgetItem(text.replace("\n", ", "))
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)

    def _show_state(self) -> None:
        """The status line and the warning in the current language."""
        if self.is_busy():
            text = self.tr("Fetching the details of Y-tunnus {business_id}…").format(
                business_id=self.record.data.business_id
            )
        elif self._error is not None:
            text = self._error_text(self._error)
        elif not self.changes:
            text = self.tr("The card already has the trade register's details.")
        else:
            text = self.tr(
                "These details differ from the trade register. Check the ones to update."
            )
        self.status.setText(text)
        warning = warnings_text(self.company) if self.company is not None else ""
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        for row, change in enumerate(self.changes):
            item = self.table.item(row, Column.FIELD)
            if item is not None:
                item.setText(field_label(change.field))
        self._update_buttons()

    @staticmethod
    def _error_text(error: ValidationError | FieldErrors) -> str:
        if isinstance(error, FieldErrors):
            return "\n".join(errors_text(error).values())
        return error_text(error)

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        self.update_button.setEnabled(not busy and bool(self.chosen()))
        self.retry_button.setVisible(self._error is not None and not busy)

    def chosen(self) -> dict[str, str]:
        """The checked fields with the register's values."""
        values = {}
        for row, change in enumerate(self.changes):
            item = self.table.item(row, Column.FIELD)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                values[change.field] = change.new
        return values

    def apply(self) -> None:
        """Write the chosen fields; on a refusal the dialog stays open with the reason."""
        values = self.chosen()
        if not values:
            return
        try:
            self.service.apply(self.record.id, values)
        except (FieldErrors, ValidationError) as exc:
            self._error = exc
            self._show_state()
            return
        self.updated.emit(self.record.id)
        self.accept()
