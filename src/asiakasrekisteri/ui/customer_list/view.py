"""The customer list view: fast rows, sort by header click, selection kept by id."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from asiakasrekisteri.ui.customer_list.model import Column, CustomerListModel
from asiakasrekisteri.ui.widgets.retranslating import Retranslating


class CustomerListView(Retranslating, QTableView):
    """Table of customers.

    Signals:
        currentCustomerChanged(int): The current row now shows another customer (0 = none).
    """

    currentCustomerChanged = Signal(int)

    def __init__(self, model: CustomerListModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerList")
        self.setModel(model)
        self._model = model
        self._current_id = 0
        self._restoring = False
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        # Enabled after the indicator is set: enabling sorts once by the indicator, and
        # each sort is a query over every customer.
        self.setSortingEnabled(True)
        for column, width in (
            (Column.NUMBER, 70),
            (Column.NAME, 230),
            (Column.TYPE, 110),
            (Column.BUSINESS_ID, 90),
            (Column.CITY, 130),
            (Column.EMAIL, 180),
            (Column.PHONE, 120),
            (Column.STATUS, 80),
        ):
            self.setColumnWidth(column, width)
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)
        self.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setAccessibleName(self.tr("Customer list"))
        self._model.retranslate()

    def current_customer_id(self) -> int:
        return self._current_id

    def selected_customer_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        ids = [self._model.customer_id(r) for r in rows]
        return [i for i in ids if i is not None]

    def select_customer(self, customer_id: int) -> bool:
        """Make the customer current and visible; False when it is not in the list."""
        row = self._model.row_of(customer_id)
        if row is None:
            return False
        index = self._model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)
        return True

    def _remember(self) -> None:
        self._restoring = True

    def _restore(self) -> None:
        previous = self._current_id
        if previous and self.select_customer(previous):
            self._restoring = False
            return
        self._restoring = False
        if self._current_id != 0:
            self._current_id = 0
            self.currentCustomerChanged.emit(0)

    def _on_current_changed(self, current: Any, _previous: Any) -> None:
        if self._restoring:
            return
        customer_id = self._model.customer_id(current.row()) if current.isValid() else None
        new_id = customer_id or 0
        if new_id != self._current_id:
            self._current_id = new_id
            self.currentCustomerChanged.emit(new_id)
