"""The main window: searchable customer list on the left, the customer card on the right.

The window has its own commands (customers, search, own company, quit, about) and offers
the features the places they plug into (:class:`asiakasrekisteri.ui.host.WindowHost`);
it imports none of them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from PySide6.QtCore import QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri import APP_NAME
from asiakasrekisteri.domain.customer import CustomerRecord
from asiakasrekisteri.domain.enums import CustomerStatus
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import ActiveFilter
from asiakasrekisteri.ui.customer_card.card import CustomerCard
from asiakasrekisteri.ui.customer_list.model import CustomerListModel, status_name
from asiakasrekisteri.ui.customer_list.view import CustomerListView
from asiakasrekisteri.ui.host import Anchor, CardArea, MenuPlace
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.widgets.commands import Shortcut, command
from asiakasrekisteri.ui.widgets.retranslating import Retranslating
from asiakasrekisteri.ui.window_state import fit_to_screen, restore_state, save_state

SEARCH_DEBOUNCE_MS = 250
WATCH_INTERVAL_MS = 1500
"""How often the window looks for changes committed by others."""

# The card's boxes kept for features, by object name.
_CARD_AREAS = {CardArea.INVOICING: "invoicingFigures"}


def _status_or_none(value: object) -> CustomerStatus | None:
    return CustomerStatus(str(value)) if value else None


class MainWindow(Retranslating, QMainWindow):
    """Customer list and card; the host the features plug into.

    Attributes:
        services: The services behind the window.
        settings: Where the window remembers its layout.
        model: The customer list model.
        list_view: The customer list.
        card: The customer card.
        file_menu, edit_menu, settings_menu, help_menu: The window's own menus.

    Signals:
        customerChanged(int): The card now shows another customer, or a new card (0).
        customerSaved(int): The card was saved; the customer id.
        selectionChanged(): The customers selected in the list changed.
        languageChanged(): The window's texts are in the language just chosen.
    """

    customerChanged = Signal(int)
    customerSaved = Signal(int)
    selectionChanged = Signal()
    languageChanged = Signal()

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
        # The list's context menu shows the commands added to it (Delete, and features').
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.card = CustomerCard(services.customers, services.attachments, services.history, self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self._create_list_side())
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
        self.manager_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.list_view.currentCustomerChanged.connect(self._on_current_customer)
        self.list_view.selectionModel().selectionChanged.connect(
            lambda *_a: self.selectionChanged.emit()
        )
        self.model.modelReset.connect(self.selectionChanged)
        self.model.reloaded.connect(self._update_count)
        self.card.saved.connect(self._on_card_saved)
        self.card.saved.connect(self.customerSaved)
        self.card.loaded.connect(self.customerChanged)
        self.card.deleted.connect(lambda _id: self.reload())
        self.card.openCustomerRequested.connect(self.open_customer)
        self.card.mergeRequested.connect(self.merge_customers)

        # Others (another window, the command line, a colleague on a shared register)
        # may change the register; their changes show within a couple of seconds.
        self._watch_timer = QTimer(self)
        self._watch_timer.setInterval(WATCH_INTERVAL_MS)
        self._watch_timer.timeout.connect(self.pick_up_others_changes)
        self._watch_timer.start()

        self._create_actions()
        self._create_menus()
        self.retranslateUi()
        self._fill_group_filter()
        self.apply_filters()
        if restore_state(settings, self, self.splitter, self.list_view.horizontalHeader()):
            fit_to_screen(self)  # saved on a bigger screen, or at a smaller scaling
        else:
            fit_to_screen(self, QSize(1280, 800))
            self.splitter.setSizes([640, 640])
        self.statusBar().showMessage(self.tr("Ready"), 3000)

    def _create_list_side(self) -> QWidget:
        """The search box and filters above the list, the count below it."""
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.active_filter = QComboBox(self)
        self.active_filter.setObjectName("activeFilter")
        for value in (ActiveFilter.ACTIVE, ActiveFilter.INACTIVE, ActiveFilter.ALL):
            self.active_filter.addItem("", value)
        self.group_filter = QComboBox(self)
        self.group_filter.setObjectName("groupFilter")
        self.manager_filter = QComboBox(self)
        self.manager_filter.setObjectName("accountManagerFilter")
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem("", None)
        for status in CustomerStatus:
            self.status_filter.addItem("", status)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.search_edit)
        for fixed_choices in (self.active_filter, self.status_filter):
            # Their width follows their texts, which are set (and switched) after the box
            # is made: the default size, taken once, was of empty items, and beside the
            # stretching group filter the two were squeezed to their arrows.
            fixed_choices.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        filters = QHBoxLayout()
        filters.addWidget(self.active_filter)
        filters.addWidget(self.group_filter, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.manager_filter)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addWidget(self.count_label)
        return left

    # --- actions and menus -------------------------------------------------------------

    def _action(
        self, slot: Callable[[], object], shortcut: Shortcut | None = None, name: str = ""
    ) -> QAction:
        """A command of the window; its text is set in :meth:`retranslateUi`."""
        action = command(self, slot, name, shortcut)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.new_action = self._action(
            self.new_customer, QKeySequence.StandardKey.New, "newCustomerAction"
        )
        self.save_action = self._action(self.card.save, QKeySequence.StandardKey.Save, "saveAction")
        self.find_action = self._action(
            self.focus_search, QKeySequence.StandardKey.Find, "findAction"
        )
        self.delete_action = self._action(
            self.delete_selected, QKeySequence(Qt.Key.Key_Delete), "deleteAction"
        )
        # Del belongs to the list only: in a text field it must delete characters.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.list_view.addAction(self.delete_action)
        self.inactivate_action = self._action(
            lambda: self.set_selected_active(False), name="inactivateAction"
        )
        self.activate_action = self._action(
            lambda: self.set_selected_active(True), name="activateAction"
        )
        self.clear_search_action = self._action(
            self.clear_search, QKeySequence(Qt.Key.Key_Escape), "clearSearchAction"
        )
        # Esc clears the search only while typing in it; on the card it reverts edits.
        self.clear_search_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.search_edit.addAction(self.clear_search_action)
        self.company_action = self._action(self.edit_company, name="companyAction")
        self.operators_action = self._action(self.edit_operators, name="operatorsAction")
        self.quit_action = self._action(self.close, QKeySequence.StandardKey.Quit, "quitAction")
        self.about_action = self._action(self.show_about, name="aboutAction")
        self._anchors = {
            Anchor.SAVE: self.save_action,
            Anchor.QUIT: self.quit_action,
            Anchor.ABOUT: self.about_action,
        }

    def _create_menus(self) -> None:
        self._menus: dict[MenuPlace, QMenu] = {}
        self.file_menu = self._own_menu(MenuPlace.FILE, "fileMenu")
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.save_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self._own_menu(MenuPlace.EDIT, "editMenu")
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(self.clear_search_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.inactivate_action)
        self.edit_menu.addAction(self.activate_action)
        self.edit_menu.addAction(self.delete_action)
        self.settings_menu = self._own_menu(MenuPlace.SETTINGS, "settingsMenu")
        self.settings_menu.addAction(self.company_action)
        self.settings_menu.addAction(self.operators_action)
        self.help_menu = self._own_menu(MenuPlace.HELP, "helpMenu")
        self.help_menu.addAction(self.about_action)

        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.save_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.inactivate_action)
        self.toolbar.addAction(self.delete_action)

    def _own_menu(self, place: MenuPlace, name: str) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName(name)
        self.add_menu(place, menu)
        return menu

    def retranslateUi(self) -> None:
        """Every text of the window in the current language; then the features' texts."""
        for action, text in (
            (self.new_action, self.tr("&New customer")),
            (self.save_action, self.tr("&Save")),
            (self.find_action, self.tr("&Find")),
            (self.delete_action, self.tr("&Delete customer…")),
            (self.inactivate_action, self.tr("&Inactivate customer")),
            (self.activate_action, self.tr("&Activate customer")),
            (self.clear_search_action, self.tr("Clear search")),
            (self.company_action, self.tr("Own &company details…")),
            (self.operators_action, self.tr("E-invoice &operators…")),
            (self.quit_action, self.tr("&Quit")),
            (self.about_action, self.tr("&About")),
        ):
            action.setText(text)
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.settings_menu.setTitle(self.tr("Se&ttings"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.search_edit.setPlaceholderText(
            self.tr("Search by name, number, Y-tunnus, email, phone, city or contact (Ctrl+F)")
        )
        self.search_edit.setAccessibleName(self.tr("Search customers"))
        self.active_filter.setAccessibleName(self.tr("Show active or inactive customers"))
        self.group_filter.setAccessibleName(self.tr("Customer group"))
        self.status_filter.setAccessibleName(self.tr("Customer status"))
        self.manager_filter.setAccessibleName(self.tr("Account manager"))
        for index, text in enumerate((self.tr("Active"), self.tr("Inactive"), self.tr("All"))):
            self.active_filter.setItemText(index, text)
        self.status_filter.setItemText(0, self.tr("Any status"))
        for index, status in enumerate(CustomerStatus, start=1):
            self.status_filter.setItemText(index, status_name(status))
        if self.group_filter.count():
            self.group_filter.setItemText(0, self.tr("All groups"))
        if self.manager_filter.count():
            self.manager_filter.setItemText(0, self.tr("All account managers"))
        self._update_count()
        self.languageChanged.emit()

    # --- the host: places for the features -----------------------------------------------

    def add_menu(self, place: MenuPlace, menu: QMenu) -> None:
        """Put ``menu`` into the menu bar at ``place`` (menus stand in MenuPlace order)."""
        if place in self._menus:
            raise ValueError(f"the window has a {place.name} menu already")
        later = [m for p, m in self._menus.items() if p.value > place.value]
        following = min(later, key=lambda m: self._place_of(m).value) if later else None
        if following is None:
            self.menuBar().addMenu(menu)
        else:
            self.menuBar().insertMenu(following.menuAction(), menu)
        self._menus[place] = menu

    def _place_of(self, menu: QMenu) -> MenuPlace:
        return next(p for p, m in self._menus.items() if m is menu)

    def _menu(self, place: MenuPlace) -> QMenu:
        menu = self._menus.get(place)
        if menu is None:
            raise LookupError(f"no {place.name} menu in the window")
        return menu

    def _anchor(self, menu: QMenu, before: Anchor | None) -> QAction | None:
        if before is None:
            return None
        action = self._anchors[before]
        if action not in menu.actions():
            raise LookupError(f"{before.name} is not in that menu")
        return action

    def add_action(
        self, place: MenuPlace, action: QAction, *, before: Anchor | None = None
    ) -> None:
        """Add a command to a menu, at its end or right in front of ``before``."""
        menu = self._menu(place)
        anchor = self._anchor(menu, before)
        if anchor is None:
            menu.addAction(action)
        else:
            menu.insertAction(anchor, action)

    def add_section(
        self, place: MenuPlace, actions: Sequence[QAction], *, before: Anchor | None = None
    ) -> None:
        """Add commands as a group set off by separators, at the end or before ``before``."""
        menu = self._menu(place)
        anchor = self._anchor(menu, before)
        existing = menu.actions()
        position = existing.index(anchor) if anchor is not None else len(existing)
        if position and not existing[position - 1].isSeparator():
            self._insert(menu, anchor, None)
        for action in actions:
            self._insert(menu, anchor, action)
        if anchor is not None:
            self._insert(menu, anchor, None)

    @staticmethod
    def _insert(menu: QMenu, anchor: QAction | None, action: QAction | None) -> None:
        """Put ``action`` (None: a separator) before ``anchor``, or at the end."""
        if anchor is None:
            menu.addAction(action) if action is not None else menu.addSeparator()
        elif action is None:
            menu.insertSeparator(anchor)
        else:
            menu.insertAction(anchor, action)

    def add_list_action(self, action: QAction) -> None:
        """Add a command to the customer list's context menu."""
        self.list_view.addAction(action)

    def add_status_widget(self, widget: QWidget) -> None:
        """Show a widget at the right end of the status bar for good."""
        self.statusBar().addPermanentWidget(widget)

    def card_area(self, area: CardArea) -> QWidget:
        """The card's box for ``area``, emptied of its placeholders for the features'
        widgets the first time it is asked for; later features add theirs below."""
        box = self.card.findChild(QGroupBox, _CARD_AREAS[area])
        if box is None:
            raise LookupError(f"the card has no {area.name} box")
        holder_name = f"{box.objectName()}PlaceholderHolder"
        if box.findChild(QWidget, holder_name) is not None:
            return box
        layout = box.layout()
        if layout is None:
            layout = QVBoxLayout(box)
        # The card's placeholder labels stay alive (the card still sets their texts) in a
        # hidden holder, so they never show.
        holder = QWidget(box)
        holder.setObjectName(holder_name)
        holder.hide()
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(holder)
        return box

    def card_editor(self, field: str) -> QWidget:
        return self.card.editor(field)

    def fill_card(self, values: Mapping[str, str]) -> None:
        self.card.set_values(values)

    def watch_drops(self, watcher: QObject) -> None:
        """Let files be dropped on the window and the list; ``watcher`` filters the events."""
        self.setAcceptDrops(True)
        self.installEventFilter(watcher)
        viewport = self.list_view.viewport()
        viewport.setAcceptDrops(True)
        viewport.installEventFilter(watcher)

    def parent_widget(self) -> QWidget:
        return self

    def show_status(self, text: str, msecs: int = 0) -> None:
        self.statusBar().showMessage(text, msecs)

    # --- the host: the customers -------------------------------------------------------

    def current_customer(self) -> CustomerRecord | None:
        return self.card.record()

    def current_customer_id(self) -> int | None:
        """The customer the user is on: the card's, else the list's current row."""
        card_id = self.card.current_id()
        if card_id is not None:
            return card_id
        return self.list_view.current_customer_id() or None

    def selected_customer_ids(self) -> list[int]:
        return self.list_view.selected_customer_ids()

    def maybe_save_changes(self) -> bool:
        return self.card.maybe_save_changes()

    def refresh_customer(self, customer_id: int) -> None:
        """Show the customer as stored now, in its list row and on the card unless edited."""
        if self.card.current_id() == customer_id and not self.card.is_dirty():
            self.card.load(customer_id)
        if self.model.row_of(customer_id) is not None:
            self.model.refresh_customer(customer_id)

    def pick_up_others_changes(self) -> bool:
        """Show what others committed, keeping a card being edited as it is."""
        if not self.services.db.others_changed():
            return False
        self.reload_customers()
        self.show_status(self.tr("Updated with changes saved elsewhere."))
        return True

    def reload_customers(self) -> None:
        """Show the register as it is now: the list, and the card if it is not being edited."""
        shown = self.card.current_id()
        self.reload()
        if shown is None or self.card.is_dirty():
            return
        if shown in self.services.customers.rows([shown]):
            self.card.load(shown)
        else:
            self.card.new_customer()

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
        manager = self.manager_filter.currentData()
        self.manager_filter.blockSignals(True)
        self.manager_filter.clear()
        self.manager_filter.addItem(self.tr("All account managers"), None)
        for name in self.services.customers.account_managers():
            self.manager_filter.addItem(name, name)
        self.manager_filter.setCurrentIndex(max(self.manager_filter.findData(manager), 0))
        # Shown once a team names account managers; a sole trader needs no such filter.
        self.manager_filter.setVisible(self.manager_filter.count() > 1)
        self.manager_filter.blockSignals(False)

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
            account_manager=self.manager_filter.currentData(),
        )
        self.model.set_query(query)

    def reload(self) -> None:
        """The list and the group filter read the register again."""
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
            self.manager_filter.setCurrentIndex(0)
            self.apply_filters()
            self.list_view.select_customer(customer_id)
        if self.card.current_id() != customer_id and self.card.maybe_save_changes():
            self.card.load(customer_id)

    def new_customer(self) -> None:
        """Show a new, empty card (asking about unsaved changes first)."""
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
        """Version, and the bundled libraries with their licences."""
        from asiakasrekisteri.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self).exec()

    # --- closing ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.card.maybe_save_changes():
            event.ignore()
            return
        save_state(self.settings, self, self.splitter, self.list_view.horizontalHeader())
        self._watch_timer.stop()
        event.accept()
