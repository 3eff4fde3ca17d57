"""The customer card: a header, the duplicate panel and five tabs over one customer.

The card only shows what the domain and the services decide: every edit builds a
:class:`CustomerData` from the form and runs :func:`validate_customer`; its errors are
shown on the fields themselves. Saving goes through :class:`CustomerService`, whose
refusals are shown the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.customer import (
    CUSTOMER_FIELD_NAMES,
    CustomerData,
    CustomerRecord,
    validate_customer,
)
from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.domain.errors import FieldErrors, ValidationError
from asiakasrekisteri.domain.special_categories import find_special_categories
from asiakasrekisteri.services.attachments import AttachmentService
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.customers.conflicts import EditConflict
from asiakasrekisteri.services.history import HistoryService
from asiakasrekisteri.ui.customer_card.attachments_tab import AttachmentsTab
from asiakasrekisteri.ui.customer_card.basic_info_tab import BasicInfoTab
from asiakasrekisteri.ui.customer_card.conflict_dialog import ConflictChoice, ConflictDialog
from asiakasrekisteri.ui.customer_card.extra_info_tab import ExtraInfoTab
from asiakasrekisteri.ui.customer_card.fields import FieldSlot, Prompts, use_field_style
from asiakasrekisteri.ui.customer_card.history_tab import HistoryTab
from asiakasrekisteri.ui.customer_card.overview_tab import OverviewTab
from asiakasrekisteri.ui.customer_card.undo import CardUndo
from asiakasrekisteri.ui.i18n import error_text, errors_text
from asiakasrekisteri.ui.widgets.duplicate_panel import DuplicatePanel
from asiakasrekisteri.ui.widgets.elided_label import ElidedLabel
from asiakasrekisteri.ui.widgets.form_rows import error_color
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

# Edits of these fields may reveal an existing customer: the duplicate check runs on them.
DUPLICATE_FIELDS = frozenset({"name", "business_id", "email", "phone"})


class CustomerCard(Retranslating, QWidget):
    """One customer's card (Asiakaskortti), for a stored or a new customer.

    Attributes:
        prompts: The questions and messages the card shows (tests answer them).
        tabs: The tab widget (``cardTabs``): Overview, Basic info, Extra info,
            Attachments, History.
        overview, basic_info, extra_info, attachments, history: The tabs.
        duplicates: The panel listing customers that look like this one.
        save_button, revert_button, delete_button: The header's buttons.

    Signals:
        saved(int): The card was created or updated; the customer id.
        dirtyChanged(bool): The form started or stopped differing from the stored card.
        openCustomerRequested(int): The user wants to open another customer.
        mergeRequested(int, int): Merge another customer (second) with this one (first).
        deleted(int): The customer was deleted; the card now shows a new, empty one.
        loaded(int): A stored customer (its id) or a new, empty card (0) is now shown.
    """

    saved = Signal(int)
    dirtyChanged = Signal(bool)
    openCustomerRequested = Signal(int)
    mergeRequested = Signal(int, int)
    deleted = Signal(int)
    loaded = Signal(int)

    def __init__(
        self,
        service: CustomerService,
        attachments: AttachmentService,
        history: HistoryService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerCard")
        use_field_style(self)
        self._service = service
        self._record: CustomerRecord | None = None
        # Tabs showing another customer or old data, filled when next opened.
        self._stale_tabs: set[QWidget] = set()
        self._loaded = CustomerData()
        self._baseline: dict[str, object] = {}
        self._errors: dict[str, str] = {}
        # Refusals from the service, kept while the field still shows the refused value.
        self._server_errors: dict[str, tuple[object, ValidationError]] = {}
        self._dirty = False
        self._loading = False
        self._save_attempted = False
        self.prompts = Prompts(self)

        layout = QVBoxLayout(self)
        header = self._build_header()
        layout.addLayout(header)
        self.card_error = QLabel()
        self.card_error.setObjectName("cardError")
        self.card_error.setProperty("fieldError", True)
        self.card_error.setWordWrap(True)
        self.card_error.hide()
        layout.addWidget(self.card_error)
        self.duplicates = DuplicatePanel(service, self)
        layout.addWidget(self.duplicates)
        layout.addWidget(self._build_tabs(service, attachments, history), 1)
        # Created after the tabs so that Tab reaches them after the form (focus chain).
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteCustomerButton")
        self.revert_button = QPushButton()
        self.revert_button.setObjectName("revertButton")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        for button in (self.delete_button, self.revert_button, self.save_button):
            header.addWidget(button)
        self._save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self._save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._save_shortcut.activated.connect(self._save_by_key)
        self._revert_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._revert_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._revert_shortcut.activated.connect(self._escape)
        self.undo = CardUndo(self, self._slots, self._state, self._update_state)
        self._connect()
        self._show_new()
        self.retranslateUi()

    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        self.header_name = ElidedLabel()
        self.header_name.setObjectName("headerName")
        font = QFont(self.header_name.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.header_name.setFont(font)
        self.header_number = QLabel()
        self.header_number.setObjectName("headerNumber")
        self.header_type = QLabel()
        self.header_type.setObjectName("headerType")
        self.inactive_badge = QLabel()
        self.inactive_badge.setObjectName("inactiveBadge")
        self.inactive_badge.setProperty("badge", True)
        for widget in (self.header_name, self.header_number, self.header_type,
                       self.inactive_badge):  # fmt: skip
            header.addWidget(widget)
        header.addStretch(1)
        return header

    def _build_tabs(
        self, service: CustomerService, attachments: AttachmentService, history: HistoryService
    ) -> QTabWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cardTabs")
        self.overview = OverviewTab(service, self.prompts)
        self.basic_info = BasicInfoTab()
        self.extra_info = ExtraInfoTab(service, self.prompts)
        self.attachments = AttachmentsTab(attachments)
        self.history = HistoryTab(history)
        for page in (self.overview, self.basic_info, self.extra_info, self.attachments,
                     self.history):  # fmt: skip
            self.tabs.addTab(page, "")
        return self.tabs

    def _connect(self) -> None:
        self.tabs.currentChanged.connect(lambda _i: self._fill_current_tab())
        self.basic_info.edited.connect(self._edited)
        self.extra_info.edited.connect(self._edited)
        self.overview.relatedChanged.connect(self._reload_related)
        self.extra_info.relatedChanged.connect(self._reload_related)
        self.attachments.changed.connect(self._reload_related)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.delete_customer)
        self.duplicates.openRequested.connect(self.openCustomerRequested)
        self.duplicates.mergeRequested.connect(self._merge_requested)

    def retranslateUi(self) -> None:
        for page, title in (
            (self.overview, self.tr("Overview")),
            (self.basic_info, self.tr("Basic info")),
            (self.extra_info, self.tr("Extra info")),
            (self.attachments, self.tr("Attachments")),
            (self.history, self.tr("History")),
        ):
            self.tabs.setTabText(self.tabs.indexOf(page), title)
        self.inactive_badge.setText(self.tr("Inactive"))
        self.delete_button.setText(self.tr("Delete customer…"))
        self.revert_button.setText(self.tr("Cancel changes"))
        self.revert_button.setToolTip(self.tr("Undo the unsaved changes (Esc)"))
        self.save_button.setText(self.tr("Save"))
        save_keys = QKeySequence(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(
            self.tr("Save the card ({shortcut})").format(
                shortcut=save_keys.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        # The header and the errors on the fields are made of translated texts too.
        self._update_state()

    # --- public API ----------------------------------------------------------------------

    def current_id(self) -> int | None:
        """The id of the customer shown; None for a new card not saved yet."""
        return self._record.id if self._record is not None else None

    def record(self) -> CustomerRecord | None:
        """The customer as last read from the register; None for a new card."""
        return self._record

    def is_dirty(self) -> bool:
        """Whether the form differs from the stored (or the new, empty) card."""
        return self._dirty

    def field_errors(self) -> dict[str, str]:
        """Field name → the error it shows now (also errors not shown on a new card)."""
        return dict(self._errors)

    def editor(self, field: str) -> QWidget:
        """The input of a card field (``name``, ``business_id`` …)."""
        return self._slots()[field].editor

    def set_values(self, values: Mapping[str, str]) -> None:
        """Put ``values`` (basic info fields; ``customer_type`` by its value) into the form
        as if typed; Save stores them."""
        data, _errors = self._form_data()
        changed: dict[str, Any] = dict(values)
        if "customer_type" in changed:
            changed["customer_type"] = CustomerType(changed["customer_type"])
        self.basic_info.fill(replace(data, **changed))
        self._update_state()
        self._check_duplicates()

    def load(self, customer_id: int) -> bool:
        """Show a stored customer; asks first about unsaved changes.

        Returns:
            False when the user kept the current card or the customer is gone.
        """
        if not self.maybe_save_changes():
            return False
        try:
            record = self._service.get(customer_id)
        except ValidationError as exc:
            self.prompts.warn(self.tr("Open customer"), error_text(exc))
            return False
        self._show(record, record.data)
        return True

    def new_customer(self) -> bool:
        """Show an empty card numbered with the next free number; asks about changes first."""
        if not self.maybe_save_changes():
            return False
        self._show_new()
        return True

    def save(self) -> bool:
        """Create or update the customer from the form.

        Returns:
            True when the register now holds what the form shows.
        """
        self._save_attempted = True
        data, parse_errors = self._form_data()
        if parse_errors:
            self._update_state()
            self._focus_first_error()
            return False
        if self._record is not None and not self._dirty:
            return True
        if not self._special_categories_ok(data.comment):
            return False
        try:
            if self._record is None:
                record = self._service.create(data)
            else:
                record = self._service.update(self._record.id, data, edited_from=self._record)
        except EditConflict as conflict:
            return self._resolve_conflict(conflict, data)
        except FieldErrors as exc:
            slots = self._slots()
            for name, error in exc.errors.items():
                shown = slots[name].value() if name in slots else None
                self._server_errors[name] = (shown, error)
            self._update_state()
            self._focus_first_error()
            return False
        except ValidationError as exc:
            self.prompts.warn(self.tr("Cannot save the customer"), error_text(exc))
            return False
        self._show(record, record.data)
        self.saved.emit(record.id)
        return True

    def conflict_dialog(self, conflict: EditConflict, data: CustomerData) -> ConflictDialog:
        """The dialog for a save refused because someone else saved first (tests drive it)."""
        titles = {
            name: (slot.label.text().replace("&", "").rstrip(":") if slot.label else name)
            for name, slot in self._slots().items()
        }
        theirs = conflict.current.data
        differences = {
            titles.get(name, name): (str(getattr(data, name)), str(getattr(theirs, name)))
            for name in CUSTOMER_FIELD_NAMES
            if name != "custom_fields" and getattr(data, name) != getattr(theirs, name)
        }
        return ConflictDialog(conflict, differences, self)

    def _resolve_conflict(self, conflict: EditConflict, data: CustomerData) -> bool:
        """Ask what to do about the other's save; nothing is lost whichever is chosen."""
        dialog = self.conflict_dialog(conflict, data)
        dialog.exec()
        if dialog.choice is ConflictChoice.RELOAD:
            self._show(conflict.current, conflict.current.data)
            self.saved.emit(conflict.current.id)
            return True
        if dialog.choice is ConflictChoice.OVERWRITE:
            # Saved as edited from what the other saved: theirs stays in the history.
            self._record = conflict.current
            return self.save()
        return False

    def _special_categories_ok(self, comment: str) -> bool:
        """A comment that looks like health, religion … data asks first (GDPR art. 9)."""
        if comment == self._loaded.comment:
            return True
        words = sorted({m.word for m in find_special_categories(comment)})
        if not words:
            return True
        return self.prompts.confirm(
            self.tr("Sensitive personal data?"),
            self.tr(
                "The comment mentions “{words}”. Health, religion, ethnic origin, political "
                "opinions and sexual orientation are special categories of personal data "
                "that a customer register should not hold.\n\nSave it anyway?"
            ).format(words="”, “".join(words)),
            self.tr("Save anyway"),
        )

    def _escape(self) -> None:
        """Esc throws the unsaved changes away, after asking."""
        if self._dirty and self.prompts.confirm(
            self.tr("Unsaved changes"),
            self.tr("Throw away the changes made to this card?"),
            self.tr("Discard changes"),
        ):
            self.revert()

    def revert(self) -> None:
        """Throw away unsaved changes: show the card as it was loaded."""
        if not self._dirty:
            return
        self._show(self._record, self._loaded)

    def maybe_save_changes(self) -> bool:
        """Ask about unsaved changes: Save, Discard or Cancel.

        Returns:
            False when the user cancelled or the save failed; the card stays as it is.
        """
        if not self._dirty:
            return True
        answer = self._ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._show(self._record, self._loaded)
            return True
        return False

    def delete_customer(self) -> bool:
        """Delete the shown customer after an explicit confirmation.

        The service refuses when records must be kept; its reason is shown.
        """
        record = self._record
        if record is None:
            return False
        text = self.tr(
            "Delete {name} ({number}) with its contacts, offices and notes for good?\n\n"
            "This cannot be undone."
        ).format(name=record.data.name, number=record.data.customer_number)
        if not self.prompts.confirm(
            self.tr("Delete customer"), text, self.tr("Delete permanently")
        ):
            return False
        try:
            self._service.delete(record.id)
        except ValidationError as exc:
            self.prompts.warn(self.tr("Delete customer"), error_text(exc))
            return False
        self._show_new()
        self.deleted.emit(record.id)
        return True

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        """The "Save changes?" question; tests replace this method."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Save changes?"))
        name = self.basic_info.name_edit.text().strip() or self.tr("the new customer")
        box.setInformativeText(
            self.tr("The card of {name} has changes that are not saved.").format(name=name)
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.standardButton(box.clickedButton())

    # --- showing a customer ------------------------------------------------------------

    def _show_new(self) -> None:
        self._show(None, CustomerData(customer_number=self._service.suggest_number()))

    def _show(self, record: CustomerRecord | None, data: CustomerData) -> None:
        self._loading = True
        try:
            self.basic_info.set_choices(
                [g.name for g in self._service.groups()],
                self._service.operators(),
                self._service.account_managers(),
            )
            self.basic_info.fill(data)
            self.extra_info.fill(data, self._service.custom_field_names())
        finally:
            self._loading = False
        self._record = record
        self._loaded = data
        self._server_errors.clear()
        self._save_attempted = False
        self._baseline = self._state()
        self.undo.reset()
        self._show_related(record)
        self._update_state()
        self.duplicates.set_merge_enabled(record is not None)
        self.loaded.emit(record.id if record is not None else 0)
        if record is None:
            self.duplicates.clear()
        else:
            self._check_duplicates()

    def _show_related(self, record: CustomerRecord | None) -> None:
        self.overview.show_record(record)
        self.extra_info.show_related(record)
        # The history and the attachments are read when their tab is opened: a customer
        # with years of invoices has thousands of history entries nobody asked to see.
        self._stale_tabs = {self.history, self.attachments}
        self._fill_current_tab()

    def _fill_current_tab(self) -> None:
        """Fill the tab in view if what it shows is of another customer or out of date."""
        page = self.tabs.currentWidget()
        if page not in self._stale_tabs:
            return
        self._stale_tabs.discard(page)
        record = self._record
        if page is self.history:
            self.history.show_record(record)
        else:
            self.attachments.show_customer(record.id if record else None)

    def _reload_related(self) -> None:
        """Contacts, offices or notes were saved: show them again, keep the form as is."""
        if self._record is None:
            return
        try:
            record = self._service.get(self._record.id)
        except ValidationError as exc:
            self.prompts.warn(self.tr("Open customer"), error_text(exc))
            return
        self._record = record
        self._show_related(record)

    # --- the form ----------------------------------------------------------------------

    def _slots(self) -> dict[str, FieldSlot]:
        return {**self.basic_info.fields.slots, **self.extra_info.fields.slots}

    def _state(self) -> dict[str, object]:
        state = {**self.basic_info.fields.state(), **self.extra_info.fields.state()}
        # A custom field added but left empty changes nothing.
        return {k: v for k, v in state.items() if not (k.startswith("custom:") and v == "")}

    def _form_data(self) -> tuple[CustomerData, dict[str, str]]:
        """The card as typed, and the values that could not even be read (numbers)."""
        values: dict[str, Any] = self.basic_info.values()
        extra, errors = self.extra_info.values()
        values.update(extra)
        return CustomerData(**values), errors

    def _edited(self, field: str) -> None:
        if self._loading:
            return
        self.undo.edited(field)
        self._update_state()
        if field in DUPLICATE_FIELDS:
            self._check_duplicates()

    def _update_state(self) -> None:
        data, errors = self._form_data()
        try:
            validate_customer(data)
        except FieldErrors as exc:
            errors = {**errors_text(exc), **errors}
        slots = self._slots()
        for name, (shown, error) in list(self._server_errors.items()):
            current = slots[name].value() if name in slots else None
            if current != shown:
                del self._server_errors[name]
            else:
                errors.setdefault(name, error_text(error))
        self._errors = errors
        dirty = self._state() != self._baseline
        # A fresh, untouched new card is incomplete, not wrong: no red until it is used.
        visible = errors if (self._record is not None or dirty or self._save_attempted) else {}
        self.basic_info.fields.show_errors(visible)
        self.extra_info.fields.show_errors(visible)
        loose = [text for name, text in visible.items() if name not in slots]
        self.card_error.setText("\n".join(loose))
        self.card_error.setVisible(bool(loose))
        for tab in (self.basic_info, self.extra_info):
            has_error = any(name in visible for name in tab.fields.slots)
            color = QColor(error_color()) if has_error else QColor()
            self.tabs.tabBar().setTabTextColor(self.tabs.indexOf(tab), color)
        self.save_button.setEnabled(dirty and not errors)
        self.revert_button.setEnabled(dirty)
        self.delete_button.setEnabled(self._record is not None)
        self._update_header()
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _update_header(self) -> None:
        basic = self.basic_info
        name = basic.name_edit.text().strip()
        if not name and self._record is None:
            name = self.tr("New customer")
        self.header_name.setText(name)
        number = basic.number_edit.text().strip()
        self.header_number.setText(self.tr("No. {number}").format(number=number) if number
                                   else "")  # fmt: skip
        company = basic.type_combo.currentData() == CustomerType.COMPANY.value
        self.header_type.setText(self.tr("Company") if company else self.tr("Private person"))
        self.inactive_badge.setVisible(not basic.active_check.isChecked())

    def _focus_first_error(self) -> None:
        for tab in (self.basic_info, self.extra_info):
            for name, slot in tab.fields.slots.items():
                if name in self._errors:
                    self.tabs.setCurrentWidget(tab)
                    slot.editor.setFocus()
                    if isinstance(tab, QScrollArea):
                        tab.ensureWidgetVisible(slot.container)
                    return

    def _save_by_key(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def showEvent(self, event: QShowEvent) -> None:
        self._sync_save_shortcut()
        super().showEvent(event)

    def _sync_save_shortcut(self) -> None:
        """Leave Ctrl+S to the window when it has a Save action of its own.

        Two shortcuts on one key are ambiguous to Qt and then neither fires; the main
        window's Save action calls :meth:`save` anyway.
        """
        keys = QKeySequence(QKeySequence.StandardKey.Save)
        window = self.window()
        taken = window is not self and any(
            keys in action.shortcuts() and not self._owns(action)
            for action in window.findChildren(QAction)
        )
        self._save_shortcut.setEnabled(not taken)

    def _owns(self, action: QAction) -> bool:
        parent = action.parent()
        return isinstance(parent, QWidget) and (parent is self or self.isAncestorOf(parent))

    # --- duplicates ----------------------------------------------------------------------

    def _check_duplicates(self) -> None:
        data, _errors = self._form_data()
        self.duplicates.check(data, self.current_id())

    def _merge_requested(self, other_id: int) -> None:
        # A card that is not saved yet has nothing to merge; it can only open the other.
        if self._record is not None:
            self.mergeRequested.emit(self._record.id, other_id)
