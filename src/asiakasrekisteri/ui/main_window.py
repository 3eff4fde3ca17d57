"""The main window: searchable customer list on the left, the customer card on the right."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSettings, Qt, QTimer
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

from asiakasrekisteri import APP_NAME
from asiakasrekisteri.domain.enums import CustomerStatus
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.services.backup import BackupKind
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import ActiveFilter
from asiakasrekisteri.services.privacy import DEFAULT_RETENTION_YEARS
from asiakasrekisteri.ui.customer_card.card import CustomerCard
from asiakasrekisteri.ui.customer_list.model import CustomerListModel, status_name
from asiakasrekisteri.ui.customer_list.view import CustomerListView
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.window_state import restore_state, save_state

SEARCH_DEBOUNCE_MS = 250


# Record kinds the law keeps (services' RETENTION_CHECKS keys), as the user reads them.
_KEPT_KINDS = {"invoices": QT_TRANSLATE_NOOP("MainWindow", "invoices")}


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
        self.card.attachments.set_service(services.attachments)
        self.card.history.set_service(services.history)

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
        self.backup_label = QLabel(self)
        self.backup_label.setObjectName("lastBackupLabel")
        self.statusBar().addPermanentWidget(self.backup_label)
        self.update_backup_label()
        self.statusBar().showMessage(self.tr("Ready"), 3000)
        if services.excel_import is not None:
            from asiakasrekisteri.ui.spreadsheets.actions import install

            install(self)
        if services.invoicing is not None:
            from asiakasrekisteri.ui.invoicing.actions import install as install_invoicing

            install_invoicing(self)

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
        self._create_data_actions()

        menu_bar = self.menuBar()
        self.file_menu = file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        for action in (self.backup_now_action, self.backup_to_action, self.restore_action,
                       self.check_action):  # fmt: skip
            file_menu.addAction(action)
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
        """Version, and the bundled libraries with their licences (issue 6, item 3)."""
        from asiakasrekisteri.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self).exec()

    # --- backups and privacy (issue 5) ------------------------------------------------------

    def _create_data_actions(self) -> None:
        self.backup_now_action = self._action(
            self.tr("&Back up now"), self.backup_now, name="backupNowAction"
        )
        self.backup_to_action = self._action(
            self.tr("Back &up to…"), self.backup_to, name="backupToAction"
        )
        self.restore_action = self._action(
            self.tr("&Restore from…"), self.restore_from, name="restoreAction"
        )
        self.check_action = self._action(
            self.tr("&Check the register"), self.check_register, name="checkAction"
        )
        self.export_person_action = self._action(
            self.tr("&Export everything on this person…"), self.export_person,
            name="exportPersonAction",
        )  # fmt: skip
        self.erase_action = self._action(
            self.tr("E&rase personal data…"), self.erase_customer, name="eraseAction"
        )
        self.retention_action = self._action(
            self.tr("Re&tention candidates…"), self.show_retention, name="retentionAction"
        )
        self.notice_action = self._action(
            self.tr("Privacy &notice (draft)…"), self.save_privacy_notice, name="noticeAction"
        )
        backups = self.services.backups is not None
        for action in (self.backup_now_action, self.backup_to_action, self.restore_action,
                       self.check_action):  # fmt: skip
            action.setEnabled(backups)
        for action in (self.export_person_action, self.erase_action, self.retention_action,
                       self.notice_action):  # fmt: skip
            action.setEnabled(self.services.privacy is not None)

    def update_backup_label(self) -> None:
        """Status bar: when the last backup was made; a warning when it is old."""
        backups = self.services.backups
        if backups is None:
            self.backup_label.hide()
            return
        last = backups.last_backup_time()
        if last is None:
            text = self.tr("No backup yet")
        else:
            from PySide6.QtCore import QDateTime, QLocale

            stamp = QDateTime(last.year, last.month, last.day, last.hour, last.minute, 0)
            text = self.tr("Last backup: {when}").format(
                when=QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
            )
        old = backups.backup_is_old()
        self.backup_label.setProperty("warning", old)
        self.backup_label.setStyleSheet("color: #b00020; font-weight: bold;" if old else "")
        self.backup_label.setText(("⚠ " + text) if old else text)
        self.backup_label.setToolTip(
            self.tr("The last backup is more than 7 days old. Use File › Back up now.")
            if old
            else ""
        )

    def backup_now(self) -> None:
        if self.services.backups is None:
            return
        path = self.services.backups.backup(BackupKind.MANUAL)
        self.update_backup_label()
        self.statusBar().showMessage(self.tr("Backed up to {path}").format(path=str(path)), 5000)

    def backup_to(self) -> None:
        from asiakasrekisteri.ui.dialogs.backup_dialogs import back_up_to

        if self.services.backups is None:
            return
        target = back_up_to(self, self.services.backups)
        if target is not None:
            self.statusBar().showMessage(
                self.tr("Backed up to {path}").format(path=str(target)), 5000
            )

    def restore_dialog(self) -> Any:
        """The restore dialog over the open register (tests drive it)."""
        from asiakasrekisteri.ui.dialogs.backup_dialogs import RestoreDialog

        backups = self.services.backups
        assert backups is not None

        def restore(path: Any) -> str:
            result = backups.restore(path)
            return self.tr("Restored. The register as it was is saved as {path}.").format(
                path=str(result.safety_backup)
            )

        return RestoreDialog(backups.folder, backups.verify, restore, self)

    def restore_from(self) -> None:
        if self.services.backups is None or not self.card.maybe_save_changes():
            return
        dialog = self.restore_dialog()
        if dialog.exec():
            self.after_restore(dialog.result_text)

    def after_restore(self, message: str) -> None:
        self.reload()
        self.card.new_customer()
        self.update_backup_label()
        self.statusBar().showMessage(message, 8000)

    def check_register(self) -> None:
        if self.services.backups is None:
            return
        report = self.services.backups.check()
        if report.ok:
            QMessageBox.information(self, self.tr("Check"), self.tr("The register is intact."))
        else:
            self.warn(
                self.tr("Check"),
                "\n".join(f"{p.message} ({p.count})" for p in report.problems),
            )

    def export_person(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        privacy = self.services.privacy
        record = self.card.record()
        if privacy is None or record is None:
            return
        contact_id = None
        if record.contacts:
            from PySide6.QtWidgets import QInputDialog

            choices = [self.tr("The customer (everything)")] + [c.name for c in record.contacts]
            choice, ok = QInputDialog.getItem(
                self, self.tr("Export"), self.tr("Whose data?"), choices, 0, False
            )
            if not ok:
                return
            if choice in choices[1:]:
                contact_id = record.contacts[choices.index(choice) - 1].id
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export everything on this person"),
            f"tiedot-{record.data.customer_number}.zip", self.tr("Zip files (*.zip)"),
        )  # fmt: skip
        if not name:
            return
        from pathlib import Path

        privacy.export_zip(record.id, Path(name), contact_id)
        self.statusBar().showMessage(self.tr("Exported to {path}").format(path=name), 5000)

    def erase_text(self, customer_id: int) -> str:
        """The confirmation naming exactly what goes and what stays."""
        privacy = self.services.privacy
        assert privacy is not None
        plan = privacy.erase_plan(customer_id)
        lines = [
            self.tr("Erase the personal data of {number} {name} for good?").format(
                number=plan.customer_number, name=plan.name
            ),
            "",
            self.tr("Anonymised: name, addresses, email, phone and comments on the card.")
            if plan.anonymise
            else self.tr("The customer card is deleted."),
            self.tr("Contacts: %n", "", plan.contacts),
            self.tr("Offices: %n", "", plan.offices),
            self.tr("Notes: %n", "", plan.notes),
            self.tr("Attachments: %n", "", plan.attachments),
            self.tr("Custom fields: %n", "", plan.custom_fields),
            self.tr("Values in the history: %n entries", "", plan.history_entries),
        ]
        for kind, count in plan.kept.items():
            kind_text = self.tr(str(_KEPT_KINDS[kind])) if kind in _KEPT_KINDS else kind
            lines.append(
                self.tr("Kept by law: {count} {kind} (as issued).").format(
                    count=count, kind=kind_text
                )
            )
        lines += ["", self.tr("Older backups still hold the data until they rotate out.")]
        lines.append(self.tr("This cannot be undone."))
        return "\n".join(lines)

    def erase_customer(self) -> None:
        privacy = self.services.privacy
        customer_id = self.card.current_id()
        if privacy is None or customer_id is None:
            return
        if not self.ask(self.tr("Erase personal data"), self.erase_text(customer_id)):
            return
        try:
            done = privacy.erase(customer_id)
        except ValidationError as exc:
            self.warn(self.tr("Erase personal data"), error_text(exc))
            return
        self.card.new_customer() if not done.anonymise else self.card.load(customer_id)
        self.reload()
        self.update_backup_label()
        held = [
            self.tr("{file}: until {day}").format(
                file=h.path.name,
                day=h.leaves_on.isoformat() if h.leaves_on else self.tr("deleted by hand"),
            )
            for h in done.backups
        ]
        if held:
            QMessageBox.information(
                self,
                self.tr("Erased"),
                self.tr("Erased. These backups still hold the data until they rotate out:")
                + "\n\n"
                + "\n".join(held),
            )

    def show_retention(self) -> None:
        from asiakasrekisteri.ui.dialogs.privacy_dialogs import RetentionDialog

        if self.services.privacy is None:
            return
        years = int(str(self.settings.value("privacy/retention_years", DEFAULT_RETENTION_YEARS)))
        dialog = RetentionDialog(self.services.privacy, years, self)
        dialog.openRequested.connect(self.open_customer)
        dialog.exec()
        self.settings.setValue("privacy/retention_years", dialog.years_spin.value())

    def save_privacy_notice(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        if self.services.privacy is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Privacy notice"), "tietosuojaseloste.pdf", self.tr("PDF (*.pdf)")
        )
        if name:
            self.services.privacy.privacy_notice_pdf(Path(name))

    # --- language switch (issue 6) -----------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            from asiakasrekisteri.ui.retranslate import retranslate_main_window

            retranslate_main_window(self)
        super().changeEvent(event)

    # --- closing ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.card.maybe_save_changes():
            event.ignore()
            return
        save_state(self.settings, self, self.splitter, self.list_view.horizontalHeader())
        event.accept()
