"""The "Overview" tab: summary, contacts, offices, notes and the invoicing figures.

Contact, office and note edits are saved at once through the service, each in its own
transaction; the tab then asks the card to reload them (``relatedChanged``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.countries import country_name
from asiakasrekisteri.domain.customer import (
    DELETED_CONTACT_NAME,
    ContactData,
    CustomerRecord,
    NoteData,
    OfficeData,
)
from asiakasrekisteri.domain.enums import CustomerType, NoteKind
from asiakasrekisteri.domain.errors import FieldErrors, ValidationError
from asiakasrekisteri.domain.special_categories import find_special_categories
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.ui.customer_card.conflict_dialog import ask_about_record
from asiakasrekisteri.ui.customer_card.fields import Prompts, ui_language
from asiakasrekisteri.ui.dialogs import RecordDialog
from asiakasrekisteri.ui.dialogs.contact_dialog import ContactDialog
from asiakasrekisteri.ui.dialogs.note_dialog import NoteDialog
from asiakasrekisteri.ui.dialogs.office_dialog import OfficeDialog
from asiakasrekisteri.ui.formatting import format_date, format_datetime, format_money
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.widgets.form_rows import error_color
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_EMPTY = "—"
_SUMMARY_KEYS = (
    "name", "number", "type", "group", "business_id", "vat_id", "address", "email", "phone",
    "website", "einvoice",
)  # fmt: skip


def _table(object_name: str, columns: int, stretch: int | None = None) -> QTableWidget:
    """A read-only list; ``stretch`` takes the spare width, the rest fit their contents.

    Without ``stretch`` every column shares the width. The lists are short (one
    customer's contacts), so fitting to contents is cheap here.
    """
    table = QTableWidget(0, columns)
    table.setObjectName(object_name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    if stretch is None:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(120)
    table.setTabKeyNavigation(False)
    return table


def _selected_id(table: QTableWidget) -> int | None:
    items = table.selectedItems()
    if not items:
        return None
    first = table.item(items[0].row(), 0)
    value = first.data(ID_ROLE) if first is not None else None
    return int(value) if value is not None else None


def _select_id(table: QTableWidget, row_id: int | None) -> None:
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if row_id is not None and item is not None and item.data(ID_ROLE) == row_id:
            table.selectRow(row)
            return
    table.clearSelection()


def _set_row(
    table: QTableWidget,
    row: int,
    row_id: int | None,
    texts: Sequence[str],
    *,
    foreground: QColor | None = None,
    italic: bool = False,
    bold: bool = False,
    tooltip: str = "",
) -> None:
    for column, text in enumerate(texts):
        item = QTableWidgetItem(text)
        if column == 0:
            item.setData(ID_ROLE, row_id)
        if foreground is not None:
            item.setForeground(QBrush(foreground))
        if italic or bold:
            font = QFont(table.font())
            font.setItalic(italic)
            font.setBold(bold)
            item.setFont(font)
        if tooltip:
            item.setToolTip(tooltip)
        table.setItem(row, column, item)


def _button(object_name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(object_name)
    return button


def _button_row(buttons: Sequence[QWidget], after: Sequence[QWidget] = ()) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in buttons:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in after:
        row.addWidget(widget)
    return row


def _address_lines(street: str, postal_code: str, city: str, country: str) -> str:
    lines = [line for line in street.splitlines() if line.strip()]
    place = " ".join(p for p in (postal_code, city) if p)
    if place:
        lines.append(place)
    if country and country != "FI":
        lines.append(country_name(country, ui_language()))
    return "\n".join(lines)


class OverviewTab(Retranslating, QScrollArea):
    """Summary of one customer with its contacts, offices and notes (Yleisnäkymä).

    Attributes:
        contacts_table, offices_table, notes_table: The lists (``contactsTable`` …).
        show_inactive_check: Shows inactive contacts too (``showInactiveCheck``).
        invoicing_box: ``invoicingFigures``; the invoicing feature puts its figures in it.

    Signals:
        relatedChanged(): A contact, office or note was saved; reload the card's lists.
    """

    relatedChanged = Signal()

    def __init__(
        self, service: CustomerService, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._prompts = prompts
        self._record: CustomerRecord | None = None
        self._operators: dict[str, str] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        column = QVBoxLayout(body)
        self.setWidget(body)

        self.unsaved_hint = QLabel()
        self.unsaved_hint.setObjectName("unsavedHint")
        self.unsaved_hint.setWordWrap(True)
        column.addWidget(self.unsaved_hint)
        top = QHBoxLayout()
        column.addLayout(top)
        top.addWidget(self._build_summary(), 1)
        top.addWidget(self._build_invoicing(), 1)
        column.addWidget(self._build_contacts())
        column.addWidget(self._build_offices())
        column.addWidget(self._build_notes())
        column.addStretch(1)
        self._connect()
        self.show_record(None)
        self.retranslateUi()

    def _build_summary(self) -> QGroupBox:
        self.summary_group = QGroupBox()
        self.summary_group.setObjectName("summaryGroup")
        # A grid, not a form layout: in a box taller than its rows, a form layout may give
        # a wrapping value the height of its size hint, which QLabel works out for a
        # narrower width (a web address broken after its slashes): rows stand unevenly.
        summary_grid = QGridLayout(self.summary_group)
        self._summary: dict[str, QLabel] = {}
        self._summary_titles: dict[str, QLabel] = {}
        for row, key in enumerate(_SUMMARY_KEYS):
            value = QLabel()
            value.setObjectName("summary_" + key)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            title = QLabel()
            title.setBuddy(value)  # the title names the value, as in a form layout
            summary_grid.addWidget(title, row, 0)
            summary_grid.addWidget(value, row, 1)
            self._summary[key] = value
            self._summary_titles[key] = title
        summary_grid.setColumnStretch(1, 1)
        summary_grid.setRowStretch(len(_SUMMARY_KEYS), 1)
        return self.summary_group

    def _build_invoicing(self) -> QGroupBox:
        # The invoicing feature fills this box with its figures, found by its object name.
        self.invoicing_box = QGroupBox()
        self.invoicing_box.setObjectName("invoicingFigures")
        invoicing = QVBoxLayout(self.invoicing_box)
        self.no_invoices_label = QLabel()
        self.no_invoices_label.setObjectName("noInvoicesLabel")
        invoicing.addWidget(self.no_invoices_label)
        self.credit_limit_label = QLabel()
        self.credit_limit_label.setObjectName("creditLimitLabel")
        invoicing.addWidget(self.credit_limit_label)
        invoicing.addStretch(1)
        return self.invoicing_box

    def _build_contacts(self) -> QGroupBox:
        # Contact persons (Severa): inactive ones behind "Show inactive".
        self.contacts_group = QGroupBox()
        contacts_column = QVBoxLayout(self.contacts_group)
        self.contacts_table = _table("contactsTable", 4)
        contacts_column.addWidget(self.contacts_table)
        self.add_contact_button = _button("addContactButton")
        self.edit_contact_button = _button("editContactButton")
        self.toggle_contact_button = _button("toggleContactButton")
        self.delete_contact_button = _button("deleteContactButton")
        self.show_inactive_check = QCheckBox()
        self.show_inactive_check.setObjectName("showInactiveCheck")
        contacts_column.addLayout(
            _button_row(
                [self.add_contact_button, self.edit_contact_button,
                 self.toggle_contact_button, self.delete_contact_button],
                [self.show_inactive_check],
            )
        )  # fmt: skip
        return self.contacts_group

    def _build_offices(self) -> QGroupBox:
        self.offices_group = QGroupBox()
        offices_column = QVBoxLayout(self.offices_group)
        self.offices_table = _table("officesTable", 5, stretch=1)
        offices_column.addWidget(self.offices_table)
        self.add_office_button = _button("addOfficeButton")
        self.edit_office_button = _button("editOfficeButton")
        self.delete_office_button = _button("deleteOfficeButton")
        offices_column.addLayout(
            _button_row([self.add_office_button, self.edit_office_button,
                         self.delete_office_button])
        )  # fmt: skip
        return self.offices_group

    def _build_notes(self) -> QGroupBox:
        self.notes_group = QGroupBox()
        notes_column = QVBoxLayout(self.notes_group)
        self.notes_table = _table("notesTable", 4, stretch=1)
        notes_column.addWidget(self.notes_table)
        self.add_note_button = _button("addNoteButton")
        self.note_done_button = _button("noteDoneButton")
        self.delete_note_button = _button("deleteNoteButton")
        notes_column.addLayout(
            _button_row([self.add_note_button, self.note_done_button, self.delete_note_button])
        )
        return self.notes_group

    def _connect(self) -> None:
        self.show_inactive_check.toggled.connect(self._fill_contacts)
        self.contacts_table.itemSelectionChanged.connect(self._update_buttons)
        self.offices_table.itemSelectionChanged.connect(self._update_buttons)
        self.notes_table.itemSelectionChanged.connect(self._update_buttons)
        self.contacts_table.itemDoubleClicked.connect(lambda _item: self.edit_contact())
        self.offices_table.itemDoubleClicked.connect(lambda _item: self.edit_office())
        self.notes_table.itemDoubleClicked.connect(lambda _item: self.edit_note())
        self.add_contact_button.clicked.connect(self.add_contact)
        self.edit_contact_button.clicked.connect(self.edit_contact)
        self.toggle_contact_button.clicked.connect(self.toggle_contact_active)
        self.delete_contact_button.clicked.connect(self.delete_contact)
        self.add_office_button.clicked.connect(self.add_office)
        self.edit_office_button.clicked.connect(self.edit_office)
        self.delete_office_button.clicked.connect(self.delete_office)
        self.add_note_button.clicked.connect(self.add_note)
        self.note_done_button.clicked.connect(self.toggle_note_done)
        self.delete_note_button.clicked.connect(self.delete_note)

    # --- texts -------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.unsaved_hint.setText(
            self.tr("Save the new customer first; then you can add contacts, offices and notes.")
        )
        self.summary_group.setTitle(self.tr("Basic and contact info"))
        titles = {
            "name": self.tr("Name"),
            "number": self.tr("Customer number"),
            "type": self.tr("Type"),
            "group": self.tr("Group"),
            "business_id": self.tr("Y-tunnus"),
            "vat_id": self.tr("VAT id"),
            "address": self.tr("Address"),
            "email": self.tr("Invoice email"),
            "phone": self.tr("Phone"),
            "website": self.tr("Website"),
            "einvoice": self.tr("E-invoice address"),
        }
        for key, label in self._summary_titles.items():
            label.setText(titles[key])
        self.invoicing_box.setTitle(self.tr("Invoicing"))
        self.no_invoices_label.setText(self.tr("No invoices yet."))
        self._retranslate_lists()
        # The rows hold translated kinds, states and tooltips: fill them again.
        self._fill_summary()
        self._fill_contacts()
        self._fill_offices()
        self._fill_notes()
        self._update_buttons()

    def _retranslate_lists(self) -> None:
        contacts = self.tr("Contact persons")
        self.contacts_group.setTitle(contacts)
        self.contacts_table.setAccessibleName(contacts)
        self.contacts_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Title"), self.tr("Phone"), self.tr("Email")]
        )
        self.add_contact_button.setText(self.tr("Add contact…"))
        self.edit_contact_button.setText(self.tr("Edit…"))
        self.delete_contact_button.setText(self.tr("Delete…"))
        self.show_inactive_check.setText(self.tr("Show inactive"))
        offices = self.tr("Offices")
        self.offices_group.setTitle(offices)
        self.offices_table.setAccessibleName(offices)
        self.offices_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Address"), self.tr("Invoice email"),
             self.tr("E-invoice address"), self.tr("Default")]
        )  # fmt: skip
        self.add_office_button.setText(self.tr("Add office…"))
        self.edit_office_button.setText(self.tr("Edit…"))
        self.delete_office_button.setText(self.tr("Delete…"))
        notes = self.tr("Notes and activities")
        self.notes_group.setTitle(notes)
        self.notes_table.setAccessibleName(notes)
        self.notes_table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Text"), self.tr("Due date"), self.tr("State")]
        )
        self.add_note_button.setText(self.tr("Add note…"))
        self.delete_note_button.setText(self.tr("Delete…"))

    # --- showing -----------------------------------------------------------------------

    def show_record(self, record: CustomerRecord | None) -> None:
        """Show a stored customer; None for a new card that is not saved yet."""
        self._record = record
        self._operators = dict(self._service.operators()) if record else {}
        self.unsaved_hint.setVisible(record is None)
        self._fill_summary()
        self._fill_contacts()
        self._fill_offices()
        self._fill_notes()
        for button in (self.add_contact_button, self.add_office_button, self.add_note_button):
            button.setEnabled(record is not None)
        self._update_buttons()

    def _fill_summary(self) -> None:
        record = self._record
        values = dict.fromkeys(self._summary, "")
        limit = None
        if record is not None:
            data = record.data
            operator = data.einvoice_operator
            einvoice = data.einvoice_address
            if einvoice and operator:
                einvoice = self.tr("{address} via {operator}").format(
                    address=einvoice, operator=self._operators.get(operator, operator)
                )
            types = {CustomerType.COMPANY: self.tr("Company"),
                     CustomerType.PRIVATE: self.tr("Private person")}  # fmt: skip
            values.update(
                name=data.name,
                number=data.customer_number,
                type=types[data.customer_type],
                group=data.group,
                business_id=data.business_id,
                vat_id=data.vat_id,
                address=_address_lines(data.street, data.postal_code, data.city, data.country),
                email=data.email,
                phone=data.phone,
                website=data.website,
                einvoice=einvoice,
            )
            limit = data.credit_limit
        for key, label in self._summary.items():
            label.setText(values[key] or _EMPTY)
        self.credit_limit_label.setVisible(limit is not None)
        self.credit_limit_label.setText(
            self.tr("Credit limit: {amount}").format(amount=format_money(limit))
            if limit is not None
            else ""
        )

    def _grey(self) -> QColor:
        return self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)

    def _fill_contacts(self) -> None:
        table = self.contacts_table
        keep = _selected_id(table)
        contacts = self._record.contacts if self._record else ()
        show_inactive = self.show_inactive_check.isChecked()
        # A deleted contact stays visible as "Poistettu yhteyshenkilö" (Severa), so the
        # user sees what became of the person; only inactive people are hidden.
        shown = [c for c in contacts if c.active or c.anonymised or show_inactive]
        table.setRowCount(len(shown))
        for row, contact in enumerate(shown):
            if contact.anonymised:
                _set_row(
                    table,
                    row,
                    contact.id,
                    [DELETED_CONTACT_NAME, "", "", ""],
                    foreground=self._grey(),
                    italic=True,
                    tooltip=self.tr("Deleted; earlier invoices still name this row."),
                )
                continue  # fmt: skip
            tooltip = ""
            if contact.is_default:
                tooltip = self.tr("Default contact person")
            if not contact.active:
                tooltip = self.tr("Inactive")
            _set_row(
                table, row, contact.id, [contact.name, contact.title, contact.phone,
                                         contact.email],
                foreground=None if contact.active else self._grey(),
                bold=contact.is_default, tooltip=tooltip,
            )  # fmt: skip
        _select_id(table, keep)
        self._update_buttons()

    def _fill_offices(self) -> None:
        table = self.offices_table
        keep = _selected_id(table)
        offices = self._record.offices if self._record else ()
        table.setRowCount(len(offices))
        for row, office in enumerate(offices):
            address = _address_lines(office.street, office.postal_code, office.city,
                                     office.country).replace("\n", ", ")  # fmt: skip
            _set_row(
                table, row, office.id,
                [office.name, address, office.email, office.einvoice_address,
                 self.tr("Default") if office.is_default else ""],
                bold=office.is_default,
            )  # fmt: skip
        _select_id(table, keep)

    def _fill_notes(self) -> None:
        table = self.notes_table
        keep = _selected_id(table)
        notes = sorted(
            self._record.notes if self._record else (),
            # Open items first, the most urgent due date on top, then the newest.
            key=lambda n: (n.done, n.due_date is None, n.due_date or date.max, -(n.id or 0)),
        )
        kinds = {NoteKind.NOTE: self.tr("Note"), NoteKind.CALL: self.tr("Call"),
                 NoteKind.MEETING: self.tr("Meeting"), NoteKind.TASK: self.tr("Task")}  # fmt: skip
        today = date.today()
        table.setRowCount(len(notes))
        for row, note in enumerate(notes):
            overdue = not note.done and note.due_date is not None and note.due_date < today
            text = note.text.splitlines()[0] if note.text else ""
            done = self.tr("Done") if note.done else self.tr("Open")
            tooltip = note.text
            if overdue:
                tooltip = self.tr("Overdue") + "\n" + note.text
            elif note.done and note.done_at is not None:
                tooltip = self.tr("Done {when}").format(when=format_datetime(note.done_at))
            _set_row(
                table, row, note.id, [kinds[note.kind], text, format_date(note.due_date), done],
                foreground=QColor(error_color()) if overdue else (self._grey() if note.done
                                                                 else None),
                bold=overdue, tooltip=tooltip,
            )  # fmt: skip
        _select_id(table, keep)

    def _update_buttons(self) -> None:
        contact = self.selected_contact()
        editable = contact is not None and not contact.anonymised
        self.edit_contact_button.setEnabled(editable)
        self.toggle_contact_button.setEnabled(editable)
        self.delete_contact_button.setEnabled(editable)
        active = contact is None or contact.active
        self.toggle_contact_button.setText(self.tr("Inactivate") if active else self.tr("Activate"))
        office = self.selected_office()
        self.edit_office_button.setEnabled(office is not None)
        self.delete_office_button.setEnabled(office is not None)
        note = self.selected_note()
        self.note_done_button.setEnabled(note is not None)
        self.delete_note_button.setEnabled(note is not None)
        done = note is not None and note.done
        self.note_done_button.setText(self.tr("Reopen") if done else self.tr("Mark done"))

    # --- selection ---------------------------------------------------------------------

    def selected_contact(self) -> ContactData | None:
        row_id = _selected_id(self.contacts_table)
        contacts = self._record.contacts if self._record else ()
        return next((c for c in contacts if c.id == row_id), None)

    def selected_office(self) -> OfficeData | None:
        row_id = _selected_id(self.offices_table)
        offices = self._record.offices if self._record else ()
        return next((o for o in offices if o.id == row_id), None)

    def selected_note(self) -> NoteData | None:
        row_id = _selected_id(self.notes_table)
        notes = self._record.notes if self._record else ()
        return next((n for n in notes if n.id == row_id), None)

    # --- actions -----------------------------------------------------------------------

    def _open(self, dialog: RecordDialog) -> None:
        # Someone else's save of the same contact, office or note meanwhile is asked about.
        dialog.ask_conflict = ask_about_record
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.relatedChanged.emit)
        dialog.open()

    def _run(self, title: str, action: Callable[[], object]) -> None:
        """Run one service call; show its refusal; reload in either case."""
        try:
            action()
        except ValidationError as exc:
            self._prompts.warn(title, error_text(exc))
        self.relatedChanged.emit()

    def add_contact(self) -> None:
        if self._record is None:
            return
        customer_id = self._record.id
        self._open(ContactDialog(lambda data: self._service.add_contact(customer_id, data),
                                 parent=self))  # fmt: skip

    def edit_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None or contact.anonymised:
            return
        self._open(ContactDialog(self._service.update_contact, contact, parent=self))

    def toggle_contact_active(self) -> None:
        contact = self.selected_contact()
        if contact is None or contact.anonymised:
            return
        changed = replace(contact, active=not contact.active)
        self._run(self.tr("Contact person"), lambda: self._service.update_contact(changed))

    def delete_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None or contact.anonymised or contact.id is None:
            return
        text = self.tr(
            "Delete {name} for good?\n\nThis cannot be undone. The name, title, keywords, "
            "phone and email are erased and the contact shows as “{deleted}”. Earlier "
            "invoices are not affected."
        ).format(name=contact.name, deleted=DELETED_CONTACT_NAME)
        if not self._prompts.confirm(
            self.tr("Delete contact person"), text, self.tr("Delete permanently")
        ):
            return
        contact_id = contact.id
        self._run(self.tr("Delete contact person"),
                  lambda: self._service.delete_contact(contact_id))  # fmt: skip

    def add_office(self) -> None:
        if self._record is None:
            return
        customer_id = self._record.id
        self._open(OfficeDialog(lambda data: self._service.add_office(customer_id, data),
                                self._service.operators(), parent=self))  # fmt: skip

    def edit_office(self) -> None:
        office = self.selected_office()
        if office is None:
            return
        self._open(OfficeDialog(self._service.update_office, self._service.operators(),
                                office, parent=self))  # fmt: skip

    def delete_office(self) -> None:
        office = self.selected_office()
        if office is None or office.id is None:
            return
        if not self._prompts.confirm(
            self.tr("Delete office"),
            self.tr("Delete the office “{name}”?").format(name=office.name),
            self.tr("Delete"),
        ):
            return
        office_id = office.id
        self._run(self.tr("Delete office"), lambda: self._service.delete_office(office_id))

    def add_note(self) -> None:
        if self._record is None:
            return
        customer_id = self._record.id
        save = self._checked_note(lambda data: self._service.add_note(customer_id, data))
        self._open(NoteDialog(save, parent=self))

    def edit_note(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        self._open(NoteDialog(self._checked_note(self._service.update_note), note, parent=self))

    def _checked_note(self, save: Callable[[NoteData], object]) -> Callable[[NoteData], object]:
        """Ask before saving a note that looks like special-category data (GDPR art. 9)."""

        def submit(data: NoteData) -> object:
            words = sorted({m.word for m in find_special_categories(data.text)})
            if words and not self._prompts.confirm(
                self.tr("Sensitive personal data?"),
                self.tr(
                    "The note mentions “{words}”. Health, religion, ethnic origin, political "
                    "opinions and sexual orientation are special categories of personal data "
                    "that a customer register should not hold.\n\nSave it anyway?"
                ).format(words="”, “".join(words)),
                self.tr("Save anyway"),
            ):
                raise FieldErrors(
                    {
                        "text": ValidationError(
                            "Remove the sensitive words, or save again and confirm.",
                            code="note.sensitive",
                            field="text",
                        )
                    }
                )
            return save(data)

        return submit

    def toggle_note_done(self) -> None:
        note = self.selected_note()
        if note is None or note.id is None:
            return
        note_id, done = note.id, not note.done
        self._run(self.tr("Notes and activities"),
                  lambda: self._service.set_note_done(note_id, done))  # fmt: skip

    def delete_note(self) -> None:
        note = self.selected_note()
        if note is None or note.id is None:
            return
        first_line = note.text.splitlines()[0] if note.text else ""
        if not self._prompts.confirm(
            self.tr("Delete note"),
            self.tr("Delete the note “{text}”?").format(text=first_line),
            self.tr("Delete"),
        ):
            return
        note_id = note.id
        self._run(self.tr("Delete note"), lambda: self._service.delete_note(note_id))
