"""The e-invoice operator list: editable data, picked from a list on the card."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.widgets.retranslating import Retranslating


class OperatorsDialog(Retranslating, QDialog):
    """Add, rename and remove e-invoice operators and banks (code → name)."""

    def __init__(self, service: CustomerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operatorsDialog")
        self.resize(520, 480)
        self.service = service
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("operatorsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("operatorCodeEdit")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("operatorNameEdit")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveOperatorButton")
        self.save_button.clicked.connect(self.save_operator)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeOperatorButton")
        self.remove_button.clicked.connect(self.remove_operator)
        row = QHBoxLayout()
        row.addWidget(self.code_edit)
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.remove_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.table.currentCellChanged.connect(self._fill_edits)
        self.reload()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("E-invoice operators"))
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name")])
        self.code_edit.setPlaceholderText(self.tr("Code, e.g. 003721291126"))
        self.code_edit.setAccessibleName(self.tr("Operator code"))
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.name_edit.setAccessibleName(self.tr("Operator name"))
        self.save_button.setText(self.tr("&Add or rename"))
        self.remove_button.setText(self.tr("&Remove"))

    def reload(self) -> None:
        operators = self.service.operators()
        self.table.setRowCount(len(operators))
        for n, (code, name) in enumerate(operators):
            self.table.setItem(n, 0, QTableWidgetItem(code))
            self.table.setItem(n, 1, QTableWidgetItem(name))

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _fill_edits(self, row: int, *_args: int) -> None:
        if row < 0:
            return
        self.code_edit.setText(self._cell(row, 0))
        self.name_edit.setText(self._cell(row, 1))

    def save_operator(self) -> None:
        try:
            self.service.save_operator(self.code_edit.text(), self.name_edit.text())
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Operator not saved"), error_text(exc))
            return
        self.reload()

    def remove_operator(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        code = self._cell(row, 0)
        answer = QMessageBox.question(
            self,
            self.tr("Remove operator"),
            self.tr("Remove {code} from the list? Customers keep the code they have.").format(
                code=code
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.service.delete_operator(code)
            self.reload()
