"""The main window: searchable customer list on the left, the customer card on the right."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri import APP_NAME, __version__
from asiakasrekisteri.domain.enums import CustomerStatus
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.customers import ActiveFilter, CustomerService
from asiakasrekisteri.services.excel_export import ExcelExportService
from asiakasrekisteri.services.excel_import import ExcelImportService
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.services.products import ProductService
from asiakasrekisteri.ui.customer_card.card import CustomerCard
from asiakasrekisteri.ui.customer_list.model import CustomerListModel, status_name
from asiakasrekisteri.ui.customer_list.view import CustomerListView
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.window_state import restore_state, save_state

SEARCH_DEBOUNCE_MS = 250


@dataclass(frozen=True)
class Services:
    """The services the window works with; built by ``app.py``.

    Feature areas (invoicing, spreadsheets, backups) get theirs through the optional
    fields, so tests can build a window with only what they exercise.
    """

    customers: CustomerService
    company: CompanyService
    invoicing: InvoicingService | None = None
    products: ProductService | None = None
    excel_import: ExcelImportService | None = None
    excel_export: ExcelExportService | None = None


def _status_or_none(value: object) -> CustomerStatus | None:
    return CustomerStatus(str(value)) if value else None


class MainWindow(QMainWindow):
    """Customer list and card.

    Attributes:
        services: The services behind the window.
        model: The customer list model.
        list_view: The customer list.
        card: The customer card.
    """

    def __init__(
        self, services: Services, settings: QSettings, *, database_label: str = ""
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.services = services
        self.settings = settings
        self.setWindowTitle(f"{APP_NAME} – {database_label}" if database_label else APP_NAME)
        self._switching = False

        self.model = CustomerListModel(services.customers, self)
        self.list_view = CustomerListView(self.model, self)
        self.card = CustomerCard(services.customers, self)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Search by name, number, Y-tunnus, email, phone, city or contact (Ctrl+F)")
        )
        self.search_edit.setAccessibleName(self.tr("Search customers"))
        self.active_filter = QComboBox(self)
        self.active_filter.setObjectName("activeFilter")
        self.active_filter.setAccessibleName(self.tr("Show active or inactive customers"))
        for label, value in (
            (self.tr("Active"), ActiveFilter.ACTIVE),
            (self.tr("Inactive"), ActiveFilter.INACTIVE),
            (self.tr("All"), ActiveFilter.ALL),
        ):
            self.active_filter.addItem(label, value)
        self.group_filter = QComboBox(self)
        self.group_filter.setObjectName("groupFilter")
        self.group_filter.setAccessibleName(self.tr("Customer group"))
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Customer status"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in CustomerStatus:
            self.status_filter.addItem(status_name(status), status)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.search_edit)
        filters = QHBoxLayout()
        filters.addWidget(self.active_filter)
        filters.addWidget(self.group_filter, 1)
        filters.addWidget(self.status_filter)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addWidget(self.count_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filters)
        self.active_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.group_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.list_view.currentCustomerChanged.connect(self._on_current_customer)
        self.model.reloaded.connect(self._update_count)
        self.card.saved.connect(self._on_card_saved)
        self.card.deleted.connect(lambda _id: self.reload())
        self.card.openCustomerRequested.connect(self.open_customer)
        self.card.mergeRequested.connect(self.merge_customers)

        self._create_actions()
        self._fill_group_filter()
        self.apply_filters()
        if not restore_state(settings, self, self.splitter, self.list_view.horizontalHeader()):
            self.resize(1280, 800)
            self.splitter.setSizes([640, 640])
        self.statusBar().showMessage(self.tr("Ready"), 3000)

    # --- actions and menus -------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New customer"), self.new_customer, QKeySequence.StandardKey.New,
            "newCustomerAction",
        )  # fmt: skip
        self.save_action = self._action(
            self.tr("&Save"), self.card.save, QKeySequence.StandardKey.Save, "saveAction"
        )
        self.find_action = self._action(
            self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find, "findAction"
        )
        self.delete_action = self._action(
            self.tr("&Delete customer…"), self.delete_selected, QKeySequence(Qt.Key.Key_Delete),
            "deleteAction",
        )  # fmt: skip
        # Del belongs to the list only: in a text field it must delete characters.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.list_view.addAction(self.delete_action)
        self.inactivate_action = self._action(
            self.tr("&Inactivate customer"), lambda: self.set_selected_active(False),
            name="inactivateAction",
        )  # fmt: skip
        self.activate_action = self._action(
            self.tr("&Activate customer"), lambda: self.set_selected_active(True),
            name="activateAction",
        )  # fmt: skip
        self.clear_search_action = self._action(
            self.tr("Clear search"),
            self.clear_search,
            QKeySequence(Qt.Key.Key_Escape),
            "clearSearchAction",
        )
        # Esc clears the search only while typing in it; on the card it reverts edits.
        self.clear_search_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.search_edit.addAction(self.clear_search_action)
        self.company_action = self._action(
            self.tr("Own &company details…"), self.edit_company, name="companyAction"
        )
        self.operators_action = self._action(
            self.tr("E-invoice &operators…"), self.edit_operators, name="operatorsAction"
        )
        self.quit_action = self._action(
            self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quitAction"
        )
        self.about_action = self._action(self.tr("&About"), self.show_about, name="aboutAction")

        menu_bar = self.menuBar()
        self.file_menu = file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.edit_menu = edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.clear_search_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.inactivate_action)
        edit_menu.addAction(self.activate_action)
        edit_menu.addAction(self.delete_action)
        self.settings_menu = settings_menu = menu_bar.addMenu(self.tr("Se&ttings"))
        settings_menu.addAction(self.company_action)
        settings_menu.addAction(self.operators_action)
        self.help_menu = help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.save_action)
        toolbar.addSeparator()
        toolbar.addAction(self.inactivate_action)
        toolbar.addAction(self.delete_action)

    # --- list ------------------------------------------------------------------------

    def _fill_group_filter(self) -> None:
        current = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("All groups"), None)
        for group in self.services.customers.groups():
            self.group_filter.addItem(f"{group.name} ({group.customer_count})", group.id)
        index = self.group_filter.findData(current)
        self.group_filter.setCurrentIndex(max(index, 0))
        self.group_filter.blockSignals(False)

    def apply_filters(self) -> None:
        """Run the search and filters now (the search box waits 250 ms after typing)."""
        self._search_timer.stop()
        query = replace(
            self.model.query,
            search=self.search_edit.text(),
            # Qt hands enum members back as plain strings; make them members again.
            active=ActiveFilter(self.active_filter.currentData()),
            group_id=self.group_filter.currentData(),
            status=_status_or_none(self.status_filter.currentData()),
        )
        self.model.set_query(query)

    def reload(self) -> None:
        self._fill_group_filter()
        self.model.reload()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        self.count_label.setText(self.tr("%n customer(s)", "", shown))

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def clear_search(self) -> None:
        self.search_edit.clear()
        self.apply_filters()

    # --- card --------------------------------------------------------------------------

    def _on_current_customer(self, customer_id: int) -> None:
        if self._switching:
            return
        if customer_id == (self.card.current_id() or 0):
            return
        if not self.card.maybe_save_changes():
            # Stay on the card being edited: put the list back where it was.
            self._switching = True
            try:
                previous = self.card.current_id()
                if previous is not None:
                    self.list_view.select_customer(previous)
            finally:
                self._switching = False
            return
        if customer_id:
            self.card.load(customer_id)

    def open_customer(self, customer_id: int) -> None:
        """Show a customer's card, widening the filters if the list hides it."""
        if not self.list_view.select_customer(customer_id):
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self.active_filter.setCurrentIndex(self.active_filter.findData(ActiveFilter.ALL))
            self.group_filter.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(0)
            self.apply_filters()
            self.list_view.select_customer(customer_id)
        if self.card.current_id() != customer_id and self.card.maybe_save_changes():
            self.card.load(customer_id)

    def new_customer(self) -> None:
        if not self.card.maybe_save_changes():
            return
        self.list_view.clearSelection()
        self.card.new_customer()

    def _on_card_saved(self, customer_id: int) -> None:
        if self.model.row_of(customer_id) is not None:
            self.model.refresh_customer(customer_id)
            self._fill_group_filter()
        else:
            self.reload()
        self._switching = True
        try:
            self.list_view.select_customer(customer_id)
        finally:
            self._switching = False
        self.statusBar().showMessage(self.tr("Saved."), 3000)

    def _target_ids(self) -> list[int]:
        ids = self.list_view.selected_customer_ids()
        if not ids and self.card.current_id() is not None:
            ids = [self.card.current_id() or 0]
        return [i for i in ids if i]

    def set_selected_active(self, active: bool) -> None:
        ids = self._target_ids()
        if not ids:
            return
        changed = self.services.customers.set_active(ids, active)
        self.reload()
        if self.card.current_id() in ids and not self.card.is_dirty():
            self.card.load(self.card.current_id() or 0)
        message = (
            self.tr("%n customer(s) activated.", "", changed)
            if active
            else self.tr("%n customer(s) inactivated.", "", changed)
        )
        self.statusBar().showMessage(message, 4000)

    def ask(self, title: str, text: str, *, default_no: bool = True) -> bool:
        """A yes/no question; tests replace this method."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No if default_no else QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def warn(self, title: str, text: str) -> None:
        """Show a warning; tests replace this method."""
        QMessageBox.warning(self, title, text)

    def delete_selected(self) -> None:
        """Delete the selected customers after confirmation; kept history refuses it."""
        ids = self._target_ids()
        if not ids:
            return
        rows = self.services.customers.rows(ids)
        names = ", ".join(f"{r.customer_number} {r.name}" for r in rows.values())
        question = self.tr(
            "Delete %n customer(s) with their contacts, offices and notes? "
            "This cannot be undone.\n\n{names}",
            "",
            len(ids),
        ).format(names=names)
        if not self.ask(self.tr("Delete customer"), question):
            return
        refused: list[str] = []
        for customer_id in ids:
            try:
                self.services.customers.delete(customer_id)
            except ValidationError as exc:
                refused.append(error_text(exc))
        if self.card.current_id() in ids and not refused:
            self.card.new_customer()
        self.reload()
        if refused:
            self.warn(self.tr("Customer not deleted"), "\n".join(refused))

    def merge_customers(self, first_id: int, second_id: int) -> None:
        from asiakasrekisteri.ui.dialogs.merge_dialog import MergeDialog

        if not self.card.maybe_save_changes():
            return
        dialog = MergeDialog(self.services.customers, first_id, second_id, self)
        dialog.merged.connect(self._after_merge)
        dialog.exec()

    def _after_merge(self, survivor_id: int) -> None:
        self.reload()
        self.card.load(survivor_id)
        self.list_view.select_customer(survivor_id)
        self.statusBar().showMessage(self.tr("Customers merged."), 4000)

    def edit_company(self) -> None:
        from asiakasrekisteri.ui.dialogs.company_dialog import CompanyDialog

        CompanyDialog(self.services.company, self).exec()

    def edit_operators(self) -> None:
        from asiakasrekisteri.ui.dialogs.operators_dialog import OperatorsDialog

        OperatorsDialog(self.services.customers, self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            self.tr(
                "{app} {version}\n\nCustomer register with invoicing for Finnish sole traders "
                "and small firms. Works offline; your data stays on this computer."
            ).format(app=APP_NAME, version=__version__),
        )

    # --- closing ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.card.maybe_save_changes():
            event.ignore()
            return
        save_state(self.settings, self, self.splitter, self.list_view.horizontalHeader())
        event.accept()
