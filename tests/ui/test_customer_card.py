"""CustomerCard: the tabs, validation as you type, saving, and the lists on the overview."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QImage, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from asiakasrekisteri.domain import identifiers, reference
from asiakasrekisteri.domain.customer import (
    DELETED_CONTACT_NAME,
    ContactData,
    CustomerData,
    CustomerRecord,
    NoteData,
    OfficeData,
)
from asiakasrekisteri.domain.enums import (
    CustomerStatus,
    CustomerType,
    InvoiceDelivery,
    InvoiceLanguage,
    NoteKind,
    VatTreatment,
)
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.ui.customer_card.card import CustomerCard
from asiakasrekisteri.ui.dialogs.contact_dialog import ContactDialog
from asiakasrekisteri.ui.dialogs.note_dialog import NoteDialog
from asiakasrekisteri.ui.dialogs.office_dialog import OfficeDialog
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.widgets.form_rows import ERROR_COLOR
from tests.conftest import make_customer

# Qt's offscreen plugin warns whenever a shown window's size hints change: test-platform
# noise, not the card's (as in test_duplicate_panel.py).
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

W = TypeVar("W", bound=QObject)
D = TypeVar("D", bound=QWidget)

TAB_TITLES = ["Overview", "Basic info", "Extra info", "Attachments", "History"]


# --- helpers -----------------------------------------------------------------------------


@pytest.fixture
def card(qtbot: QtBot, services: Services) -> Iterator[CustomerCard]:
    widget = CustomerCard(services.customers, services.attachments, services.history)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


@pytest.fixture
def stored(customers: CustomerService) -> CustomerRecord:
    """1001 Rakennus Virtanen Oy with a full card."""
    return customers.create(
        make_customer(
            customer_number="1001",
            group="Rakentajat",
            vat_id="FI20774740",
            einvoice_address="003720774740",
            einvoice_operator="003721291126",
            invoice_language=InvoiceLanguage.SV,
            credit_limit=Decimal("5000.00"),
            payment_term_days=14,
            comment="Soita aamupäivisin.",
            custom_fields={"Sopimus päättyy": "31.12.2026"},
        )
    )


def child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible(), f"{widget.objectName()} is not visible"
    assert widget.isEnabled(), f"{widget.objectName()} is disabled"
    if isinstance(widget, QCheckBox):  # hit the box itself, not the empty space after the text
        pos = QPoint(8, widget.height() // 2)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_tab(qtbot: QtBot, card: CustomerCard, title: str) -> None:
    bar = card.tabs.tabBar()
    index = [bar.tabText(i) for i in range(bar.count())].index(title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert card.tabs.currentIndex() == index


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; QTest cannot type ä, ö or å, so those go as key events."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        key = ord(char.upper()) if ord(char) < 0x100 else int(Qt.Key.Key_unknown)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Select what the field holds and type over it, as a user does."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(qtbot, edit, text)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Delete)


def select_row(qtbot: QtBot, table: QTableWidget, text: str) -> None:
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.text() == text:
            rect = table.visualItemRect(item)
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert table.currentRow() == row
            return
    raise AssertionError(f"no row {text!r} in {table.objectName()}")


def column(table: QTableWidget, col: int = 0) -> list[str]:
    texts = []
    for row in range(table.rowCount()):
        item = table.item(row, col)
        texts.append(item.text() if item is not None else "")
    return texts


def shown_error(card: CustomerCard, name: str) -> str:
    label = child(card, QLabel, name)
    return label.text() if label.isVisible() else ""


class Answers:
    """Records the card's questions and answers them as told."""

    def __init__(self, confirm: bool = True, text: str | None = None) -> None:
        self.confirm_answer = confirm
        self.text_answer = text
        self.confirmed: list[str] = []
        self.warnings: list[str] = []

    def install(self, monkeypatch: pytest.MonkeyPatch, card: CustomerCard) -> Answers:
        monkeypatch.setattr(card.prompts, "confirm", self._confirm)
        monkeypatch.setattr(card.prompts, "warn", self._warn)
        monkeypatch.setattr(card.prompts, "ask_text", self._ask_text)
        return self

    def _confirm(self, title: str, text: str, action: str) -> bool:
        self.confirmed.append(text)
        return self.confirm_answer

    def _warn(self, title: str, text: str) -> None:
        self.warnings.append(text)

    def _ask_text(self, title: str, label: str) -> str | None:
        return self.text_answer


def open_dialog(qtbot: QtBot, card: CustomerCard, kind: type[D], button: str) -> D:
    click(qtbot, child(card, QPushButton, button))
    dialog = card.findChild(kind)
    assert dialog is not None, f"{button} opened no {kind.__name__}"
    qtbot.waitExposed(dialog)
    return dialog


# --- the tabs ------------------------------------------------------------------------------


def test_tabs_in_order(card: CustomerCard) -> None:
    assert [card.tabs.tabText(i) for i in range(card.tabs.count())] == TAB_TITLES


def test_card_shows_a_stored_customer_on_each_tab(
    qtbot: QtBot, card: CustomerCard, customers: CustomerService, stored: CustomerRecord
) -> None:
    customers.add_contact(stored.id, ContactData(name="Ville Virtanen", title="Toimitusjohtaja",
                                                 email="ville@virtanen.fi"))  # fmt: skip
    customers.add_office(stored.id, OfficeData(name="Pääkonttori", street="Hämeenkatu 10",
                                               postal_code="33100", city="Tampere"))  # fmt: skip
    customers.add_note(stored.id, NoteData(text="Tarjous lähetetty", kind=NoteKind.CALL))

    assert card.load(stored.id)

    assert card.current_id() == stored.id
    assert child(card, QLabel, "headerName").text() == "Rakennus Virtanen Oy"
    assert child(card, QLabel, "headerNumber").text() == "No. 1001"
    assert child(card, QLabel, "headerType").text() == "Company"
    assert not child(card, QLabel, "inactiveBadge").isVisible()
    assert not card.is_dirty()
    assert not child(card, QPushButton, "saveButton").isEnabled()

    # Overview
    assert card.tabs.currentIndex() == 0
    assert child(card, QLabel, "summary_business_id").text() == "2077474-0"
    assert child(card, QLabel, "summary_address").text() == "Hämeenkatu 10\n33100 Tampere"
    assert "Maventa" in child(card, QLabel, "summary_einvoice").text()
    assert column(child(card, QTableWidget, "contactsTable")) == ["Ville Virtanen"]
    assert column(child(card, QTableWidget, "contactsTable"), 1) == ["Toimitusjohtaja"]
    assert column(child(card, QTableWidget, "officesTable")) == ["Pääkonttori"]
    assert column(child(card, QTableWidget, "notesTable"), 1) == ["Tarjous lähetetty"]
    invoicing = child(card, QGroupBox, "invoicingFigures")
    assert child(invoicing, QLabel, "noInvoicesLabel").text() == "No invoices yet."
    assert child(invoicing, QLabel, "creditLimitLabel").text().startswith("Credit limit: 5")

    open_tab(qtbot, card, "Basic info")
    assert child(card, QLineEdit, "nameEdit").text() == "Rakennus Virtanen Oy"
    assert child(card, QLineEdit, "customerNumberEdit").text() == "1001"
    assert child(card, QComboBox, "groupCombo").currentText() == "Rakentajat"
    assert child(card, QLineEdit, "businessIdEdit").text() == "2077474-0"
    assert child(card, QLineEdit, "vatIdEdit").text() == "FI20774740"
    assert child(card, QPlainTextEdit, "streetEdit").toPlainText() == "Hämeenkatu 10"
    assert child(card, QComboBox, "countryCombo").currentData() == "FI"
    assert child(card, QLineEdit, "einvoiceAddressEdit").text() == "003720774740"
    assert child(card, QComboBox, "einvoiceOperatorCombo").currentText() == (
        "Maventa (Visma) (003721291126)"
    )
    assert child(card, QCheckBox, "activeCheck").isChecked()

    open_tab(qtbot, card, "Extra info")
    assert child(card, QComboBox, "invoiceLanguageCombo").currentText() == "Svenska"
    assert child(card, QLineEdit, "paymentTermEdit").text() == "14"
    assert child(card, QLineEdit, "creditLimitEdit").text() in ("5000.00", "5000,00")
    assert child(card, QPlainTextEdit, "commentEdit").toPlainText() == "Soita aamupäivisin."
    assert child(card, QLineEdit, "customField_Sopimus päättyy").text() == "31.12.2026"
    assert child(card, QComboBox, "defaultOfficeCombo").currentText() == "— none —"

    open_tab(qtbot, card, "Attachments")
    # The list of the stored customer's files (none yet).
    assert child(card, QWidget, "attachmentList").isVisible()

    open_tab(qtbot, card, "History")
    assert child(card, QWidget, "historyTable").isVisible()
    assert child(card, QLabel, "createdLabel").text() not in ("", "Not saved yet")
    assert child(card, QLabel, "updatedLabel").text() not in ("", "Not saved yet")


def test_an_untouched_full_card_reads_back_unchanged(
    card: CustomerCard, customers: CustomerService
) -> None:
    # Every CustomerData field must have its input: a forgotten one would be reset on save.
    other = customers.create(make_customer(name="Laskutus Oy", customer_number="2000",
                                           business_id="", email="", phone=""))  # fmt: skip
    full = customers.create(
        make_customer(
            customer_number="2001",
            customer_type=CustomerType.PRIVATE,
            group="VIP",
            account_manager="Maija Myyjä",
            vat_id="FI20774740",
            buyer_ovt="003720774740",
            street="c/o Virtanen\nHämeenkatu 10",
            country="SE",
            postal_code="114 55",
            phone="+46 8 123 456 78",
            website="https://virtanen.fi",
            einvoice_address="FI-JUNK-ADDRESS",
            einvoice_operator="NDEAFIHH",
            einvoice_address_unchecked=True,
            alt_billing_customer_number=other.data.customer_number,
            invoice_language=InvoiceLanguage.EN,
            fixed_reference=reference.create("4234"),
            use_rf_reference=True,
            delivery_ban=True,
            collection_ban=True,
            vat_treatment=VatTreatment.ALWAYS_DOMESTIC,
            active=False,
            discount_percent=Decimal("5.50"),
            credit_limit=Decimal("1500.00"),
            penalty_interest=Decimal("11.50"),
            status=CustomerStatus.REGULAR,
            status_manual=True,
            comment="Sisäinen huomio",
            payment_term_days=21,
            delivery_terms="EXW",
            delivery_method="Nouto",
            invoice_delivery=InvoiceDelivery.EMAIL_FINVOICE,
            default_your_reference="Ville",
            agreement_identifier="SOP-7",
            company_form="Osakeyhtiö",
            line_of_business="Ohjelmistojen suunnittelu ja valmistus",
            text_before_rows="Kiitos tilauksesta",
            text_after_rows="Hyvää joulua",
            custom_fields={"Sopimus päättyy": "31.12.2026"},
        )
    )
    defaults = CustomerData()
    unset = [f.name for f in fields(CustomerData)
             if getattr(full.data, f.name) == getattr(defaults, f.name)]  # fmt: skip
    assert unset == []  # the test really sets every field

    card.load(full.id)

    assert card._form_data() == (full.data, {})
    assert not card.is_dirty()
    assert card.field_errors() == {}
    assert child(card, QLabel, "inactiveBadge").isVisible()
    assert child(card, QLabel, "headerType").text() == "Private person"


def test_every_tab_grabs_to_a_png(
    qtbot: QtBot, card: CustomerCard, customers: CustomerService, stored: CustomerRecord,
    tmp_path: Path,
) -> None:  # fmt: skip
    customers.add_contact(stored.id, ContactData(name="Ville Virtanen", phone="040 765 4321"))
    customers.add_note(stored.id, NoteData(text="Soita takaisin", kind=NoteKind.TASK,
                                           due_date=date.today() - timedelta(days=2)))  # fmt: skip
    card.load(stored.id)
    for index, title in enumerate(TAB_TITLES):
        open_tab(qtbot, card, title)
        qtbot.wait(10)  # let the tab lay itself out
        path = tmp_path / f"card-{index}-{title.replace(' ', '-').lower()}.png"
        assert card.grab().save(str(path))
        image = QImage(str(path))
        assert not image.isNull()
        assert image.width() > 0 and image.height() > 0
        assert path.stat().st_size > 0


# --- validation as you type and saving ------------------------------------------------------


def test_bad_business_id_is_shown_on_the_field_and_blocks_save(
    qtbot: QtBot, card: CustomerCard, customers: CustomerService
) -> None:
    record = customers.create(make_customer(business_id=""))
    card.load(record.id)
    open_tab(qtbot, card, "Basic info")
    edit = child(card, QLineEdit, "businessIdEdit")
    save = child(card, QPushButton, "saveButton")

    retype(qtbot, edit, "1234567-8")

    with pytest.raises(ValidationError) as expected:
        identifiers.normalize_business_id("1234567-8")
    message = error_text(expected.value)
    assert shown_error(card, "businessIdError") == message
    assert edit.toolTip() == message
    assert edit.property("invalid") is True
    assert card.tabs.tabBar().tabTextColor(1).name() == ERROR_COLOR
    assert card.is_dirty()
    assert not save.isEnabled()

    retype(qtbot, edit, "2077474-0")

    assert shown_error(card, "businessIdError") == ""
    assert edit.property("invalid") is False
    assert save.isEnabled()
    with qtbot.waitSignal(card.saved) as saved:
        click(qtbot, save)
    assert saved.args == [record.id]
    assert customers.get(record.id).data.business_id == "2077474-0"
    assert not card.is_dirty()
    assert not save.isEnabled()


def test_a_number_that_cannot_be_read_is_shown_on_its_field(
    qtbot: QtBot, card: CustomerCard, stored: CustomerRecord
) -> None:
    card.load(stored.id)
    open_tab(qtbot, card, "Extra info")

    retype(qtbot, child(card, QLineEdit, "discountEdit"), "kymmenen")

    assert "is not a number" in shown_error(card, "discountError")
    assert not child(card, QPushButton, "saveButton").isEnabled()
    assert not card.save()  # even when asked directly
    assert card.tabs.currentWidget() is card.extra_info


def test_service_refusal_is_shown_on_the_field(
    qtbot: QtBot, card: CustomerCard, customers: CustomerService, stored: CustomerRecord
) -> None:
    other = customers.create(make_customer(name="Toinen Oy", business_id="", email="",
                                           phone="", customer_number="1002"))  # fmt: skip
    card.load(other.id)
    open_tab(qtbot, card, "Basic info")
    number = child(card, QLineEdit, "customerNumberEdit")

    retype(qtbot, number, "1001")  # valid as typed; the register says it is taken
    click(qtbot, child(card, QPushButton, "saveButton"))

    assert shown_error(card, "customerNumberError") == "The customer number 1001 is already in use."
    assert not child(card, QPushButton, "saveButton").isEnabled()
    assert customers.get(other.id).data.customer_number == "1002"

    retype(qtbot, number, "1003")
    assert shown_error(card, "customerNumberError") == ""
    assert card.save()
    assert customers.get(other.id).data.customer_number == "1003"


def test_new_customer_gets_the_suggested_number(
    qtbot: QtBot, card: CustomerCard, customers: CustomerService
) -> None:
    customers.create(make_customer(customer_number="1041"))

    assert card.new_customer()

    assert card.current_id() is None
    assert child(card, QLineEdit, "customerNumberEdit").text() == "1042"
    assert child(card, QLabel, "headerName").text() == "New customer"
    assert shown_error(card, "nameError") == ""  # an untouched new card is not red
    assert not child(card, QPushButton, "addContactButton").isEnabled()
    assert child(card, QLabel, "unsavedHint").isVisible()

    open_tab(qtbot, card, "Basic info")
    type_text(qtbot, child(card, QLineEdit, "nameEdit"), "Kahvila Pulla")
    type_text(qtbot, child(card, QLineEdit, "phoneEdit"), "040 1")
    assert shown_error(card, "phoneError") != ""
    retype(qtbot, child(card, QLineEdit, "phoneEdit"), "")
    with qtbot.waitSignal(card.saved) as saved:
        click(qtbot, child(card, QPushButton, "saveButton"))

    new_id = saved.args[0]
    assert card.current_id() == new_id
    assert customers.get(new_id).data.customer_number == "1042"
    assert customers.get(new_id).data.name == "Kahvila Pulla"
    assert child(card, QPushButton, "addContactButton").isEnabled()


def test_save_shortcut_and_escape_revert(
    qtbot: QtBot,
    card: CustomerCard,
    customers: CustomerService,
    stored: CustomerRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def confirm(_title: str, text: str, _action: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(card.prompts, "confirm", confirm)
    card.load(stored.id)
    open_tab(qtbot, card, "Basic info")
    with qtbot.waitActive(card):
        card.activateWindow()
    city = child(card, QLineEdit, "cityEdit")

    retype(qtbot, city, "Pirkkala")
    assert card.is_dirty()
    qtbot.keyClick(city, Qt.Key.Key_Escape)
    assert asked == ["Throw away the changes made to this card?"]
    assert city.text() == "Tampere"
    assert not card.is_dirty()

    retype(qtbot, city, "Pirkkala")
    with qtbot.waitSignal(card.saved):
        qtbot.keyClick(city, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert customers.get(stored.id).data.city == "Pirkkala"


def test_save_key_is_left_to_a_window_that_has_a_save_action(
    qtbot: QtBot, services: Services, customers: CustomerService, stored: CustomerRecord
) -> None:
    # Two Ctrl+S shortcuts would be ambiguous and neither would fire.
    window = QMainWindow()
    qtbot.addWidget(window)
    card = CustomerCard(customers, services.attachments, services.history, window)
    window.setCentralWidget(card)
    action = QAction("Save", window)
    action.setShortcut(QKeySequence.StandardKey.Save)
    action.triggered.connect(card.save)
    window.addAction(action)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    card.load(stored.id)
    open_tab(qtbot, card, "Basic info")
    city = child(card, QLineEdit, "cityEdit")
    retype(qtbot, city, "Nokia")

    with qtbot.waitSignal(card.saved):
        qtbot.keyClick(city, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert customers.get(stored.id).data.city == "Nokia"


def test_helper_buttons_fill_vat_id_and_ovt_from_the_business_id(
    qtbot: QtBot, card: CustomerCard
) -> None:
    card.new_customer()
    open_tab(qtbot, card, "Basic info")
    from_business_id = child(card, QPushButton, "vatFromBusinessIdButton")
    assert not from_business_id.isEnabled()

    type_text(qtbot, child(card, QLineEdit, "businessIdEdit"), "2077474-0")
    click(qtbot, from_business_id)
    click(qtbot, child(card, QPushButton, "ovtFromBusinessIdButton"))

    assert child(card, QLineEdit, "vatIdEdit").text() == "FI20774740"
    assert child(card, QLineEdit, "einvoiceAddressEdit").text() == "003720774740"
    # The e-invoice address now needs the billing address: the domain says so, on the fields.
    assert shown_error(card, "streetError") == "E-invoicing needs the full billing address."


def test_inactive_badge_follows_the_active_box(
    qtbot: QtBot, card: CustomerCard, stored: CustomerRecord
) -> None:
    card.load(stored.id)
    open_tab(qtbot, card, "Basic info")
    badge = child(card, QLabel, "inactiveBadge")
    assert not badge.isVisible()

    click(qtbot, child(card, QCheckBox, "activeCheck"))

    assert badge.isVisible()
    assert badge.text() == "Inactive"


def test_labels_carry_mnemonics_and_inputs_accessible_names(card: CustomerCard) -> None:
    name = child(card, QLineEdit, "nameEdit")
    assert name.accessibleName() == "Name"
    buddies = {label.text(): label.buddy() for label in card.findChildren(QLabel) if label.buddy()}
    assert buddies["&Name"] is name
    assert buddies["&Y-tunnus"] is child(card, QLineEdit, "businessIdEdit")
    assert child(card, QCheckBox, "activeCheck").accessibleName() == "Active customer"


def test_tab_moves_through_the_basic_fields_in_reading_order(
    qtbot: QtBot, card: CustomerCard, stored: CustomerRecord
) -> None:
    card.load(stored.id)
    open_tab(qtbot, card, "Basic info")
    with qtbot.waitActive(card):
        card.activateWindow()
    order = ["nameEdit", "groupCombo", "accountManagerCombo", "customerNumberEdit",
             "customerTypeCombo", "businessIdEdit", "vatIdEdit", "vatFromBusinessIdButton",
             "buyerOvtEdit",
             "companyFormEdit", "lineOfBusinessEdit", "streetEdit", "postalCodeEdit",
             "cityEdit"]  # fmt: skip
    child(card, QLineEdit, "nameEdit").setFocus()
    reached = []
    for _ in order:
        focused = QApplication.focusWidget()
        assert focused is not None
        # An editable combo's inner line edit has the focus on the combo's behalf.
        owner = focused.parentWidget() if isinstance(focused.parentWidget(), QComboBox) else focused
        assert owner is not None
        reached.append(owner.objectName())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert reached == order


# --- unsaved changes -------------------------------------------------------------------------


def test_loading_another_customer_asks_about_unsaved_changes(
    qtbot: QtBot,
    card: CustomerCard,
    customers: CustomerService,
    stored: CustomerRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = customers.create(make_customer(name="Toinen Oy", business_id="", email="",
                                           phone=""))  # fmt: skip
    card.load(stored.id)
    open_tab(qtbot, card, "Basic info")
    name = child(card, QLineEdit, "nameEdit")
    retype(qtbot, name, "Rakennus Virtanen Ab")
    asked: list[bool] = []

    def answer(button: QMessageBox.StandardButton) -> Any:
        def ask() -> QMessageBox.StandardButton:
            asked.append(True)
            return button

        return ask

    monkeypatch.setattr(card, "_ask_unsaved", answer(QMessageBox.StandardButton.Cancel))
    assert not card.load(other.id)
    assert card.current_id() == stored.id
    assert name.text() == "Rakennus Virtanen Ab"
    assert card.is_dirty()

    monkeypatch.setattr(card, "_ask_unsaved", answer(QMessageBox.StandardButton.Discard))
    assert card.load(other.id)
    assert card.current_id() == other.id
    assert name.text() == "Toinen Oy"
    assert not card.is_dirty()
    assert customers.get(stored.id).data.name == "Rakennus Virtanen Oy"
    assert len(asked) == 2

    retype(qtbot, name, "Toinen Oy Ab")
    monkeypatch.setattr(card, "_ask_unsaved", answer(QMessageBox.StandardButton.Save))
    assert card.load(stored.id)
    assert customers.get(other.id).data.name == "Toinen Oy Ab"
    assert card.current_id() == stored.id


def test_dirty_changed_is_signalled_once_per_change(
    qtbot: QtBot, card: CustomerCard, stored: CustomerRecord
) -> None:
    card.load(stored.id)
    seen: list[bool] = []
    card.dirtyChanged.connect(seen.append)
    open_tab(qtbot, card, "Basic info")

    retype(qtbot, child(card, QLineEdit, "cityEdit"), "Turku")
    retype(qtbot, child(card, QLineEdit, "cityEdit"), "Tampere")  # back as stored

    assert seen == [True, False]


# --- contacts, offices and notes -------------------------------------------------------------


def test_add_contact_through_the_dialog(
    qtbot: QtBot, card: CustomerCard, customers: CustomerService, stored: CustomerRecord
) -> None:
    card.load(stored.id)
    dialog = open_dialog(qtbot, card, ContactDialog, "addContactButton")
    type_text(qtbot, child(dialog, QLineEdit, "contactNameEdit"), "Maija Mäkinen")
    type_text(qtbot, child(dialog, QLineEdit, "contactTitleEdit"), "Hankinnat")
    type_text(qtbot, child(dialog, QLineEdit, "contactEmailEdit"), "maija@virtanen.fi")

    click(qtbot, child(dialog, QPushButton, "okButton"))

    table = child(card, QTableWidget, "contactsTable")
    assert column(table) == ["Maija Mäkinen"]
    assert column(table, 3) == ["maija@virtanen.fi"]
    contacts = customers.get(stored.id).contacts
    assert [(c.name, c.title) for c in contacts] == [("Maija Mäkinen", "Hankinnat")]
    assert not card.is_dirty()  # saved at once, not part of the card's own changes


def test_delete_contact_asks_then_shows_the_deleted_row(
    qtbot: QtBot,
    card: CustomerCard,
    customers: CustomerService,
    stored: CustomerRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    contact = customers.add_contact(stored.id, ContactData(name="Ville Virtanen",
                                                           phone="040 765 4321"))  # fmt: skip
    card.load(stored.id)
    table = child(card, QTableWidget, "contactsTable")
    answers = Answers(confirm=False).install(monkeypatch, card)

    select_row(qtbot, table, "Ville Virtanen")
    click(qtbot, child(card, QPushButton, "deleteContactButton"))
    assert column(table) == ["Ville Virtanen"]  # cancelled: nothing happened

    answers.confirm_answer = True
    click(qtbot, child(card, QPushButton, "deleteContactButton"))

    assert "cannot be undone" in answers.confirmed[-1]
    assert "Ville Virtanen" in answers.confirmed[-1]
    assert column(table) == [DELETED_CONTACT_NAME]
    assert column(table, 2) == [""]
    (after,) = customers.get(stored.id).contacts
    assert after.id == contact.id
    assert after.anonymised
    assert after.name == DELETED_CONTACT_NAME
    select_row(qtbot, table, DELETED_CONTACT_NAME)
    assert not child(card, QPushButton, "editContactButton").isEnabled()
    assert not child(card, QPushButton, "deleteContactButton").isEnabled()


def test_show_inactive_reveals_an_inactivated_contact(
    qtbot: QtBot, card: CustomerCard, customers: CustomerService, stored: CustomerRecord
) -> None:
    customers.add_contact(stored.id, ContactData(name="Aino Aktiivinen"))
    customers.add_contact(stored.id, ContactData(name="Eero Entinen"))
    card.load(stored.id)
    table = child(card, QTableWidget, "contactsTable")
    toggle = child(card, QPushButton, "toggleContactButton")

    select_row(qtbot, table, "Eero Entinen")
    assert toggle.text() == "Inactivate"
    click(qtbot, toggle)

    assert column(table) == ["Aino Aktiivinen"]
    assert not next(c for c in customers.get(stored.id).contacts if c.name == "Eero Entinen").active

    click(qtbot, child(card, QCheckBox, "showInactiveCheck"))
    assert column(table) == ["Aino Aktiivinen", "Eero Entinen"]
    select_row(qtbot, table, "Eero Entinen")
    assert toggle.text() == "Activate"
    click(qtbot, toggle)
    assert all(c.active for c in customers.get(stored.id).contacts)


def test_deleting_the_default_office_is_refused_with_a_message(
    qtbot: QtBot,
    card: CustomerCard,
    customers: CustomerService,
    stored: CustomerRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    customers.add_office(stored.id, OfficeData(name="Pääkonttori", is_default=True))
    customers.add_office(stored.id, OfficeData(name="Työmaa"))
    card.load(stored.id)
    table = child(card, QTableWidget, "officesTable")
    answers = Answers(confirm=True).install(monkeypatch, card)

    select_row(qtbot, table, "Pääkonttori")
    click(qtbot, child(card, QPushButton, "deleteOfficeButton"))

    assert len(answers.warnings) == 1
    assert "“Pääkonttori” is the default office" in answers.warnings[0]
    assert column(table) == ["Pääkonttori", "Työmaa"]

    select_row(qtbot, table, "Työmaa")
    click(qtbot, child(card, QPushButton, "deleteOfficeButton"))
    assert column(table) == ["Pääkonttori"]
    assert [o.name for o in customers.get(stored.id).offices] == ["Pääkonttori"]


def test_add_office_through_the_dialog(
    qtbot: QtBot, card: CustomerCard, customers: CustomerService, stored: CustomerRecord
) -> None:
    card.load(stored.id)
    dialog = open_dialog(qtbot, card, OfficeDialog, "addOfficeButton")
    type_text(qtbot, child(dialog, QLineEdit, "officeNameEdit"), "Työmaa Lahti")
    type_text(qtbot, child(dialog, QLineEdit, "officePostalCodeEdit"), "15100")
    # The city comes with the postal code.
    assert child(dialog, QLineEdit, "officeCityEdit").text() == "Lahti"

    click(qtbot, child(dialog, QPushButton, "okButton"))

    assert column(child(card, QTableWidget, "officesTable"), 1) == ["15100 Lahti"]
    assert [o.city for o in customers.get(stored.id).offices] == ["Lahti"]


def test_default_office_and_contact_are_chosen_on_extra_info(
    qtbot: QtBot, card: CustomerCard, customers: CustomerService, stored: CustomerRecord
) -> None:
    customers.add_office(stored.id, OfficeData(name="Pääkonttori", is_default=True))
    customers.add_office(stored.id, OfficeData(name="Työmaa"))
    customers.add_contact(stored.id, ContactData(name="Ville Virtanen"))
    card.load(stored.id)
    open_tab(qtbot, card, "Extra info")
    offices = child(card, QComboBox, "defaultOfficeCombo")
    contacts = child(card, QComboBox, "defaultContactCombo")
    assert offices.currentText() == "Pääkonttori"

    offices.activated.emit(offices.findText("Työmaa"))  # what choosing from the list sends

    assert {o.name: o.is_default for o in customers.get(stored.id).offices} == {
        "Pääkonttori": False,
        "Työmaa": True,
    }
    assert offices.currentText() == "Työmaa"
    offices.activated.emit(offices.findText("— none —"))
    assert not any(o.is_default for o in customers.get(stored.id).offices)

    contacts.activated.emit(contacts.findText("Ville Virtanen"))
    assert customers.get(stored.id).contacts[0].is_default
    assert not card.is_dirty()


def test_add_a_note_and_mark_it_done(
    qtbot: QtBot, card: CustomerCard, customers: CustomerService, stored: CustomerRecord
) -> None:
    card.load(stored.id)
    dialog = open_dialog(qtbot, card, NoteDialog, "addNoteButton")
    type_text(qtbot, child(dialog, QPlainTextEdit, "noteTextEdit"), "Lähetä tarjous")
    kind = child(dialog, QComboBox, "noteKindCombo")
    kind.setCurrentIndex(kind.findData(NoteKind.TASK.value))
    assert child(dialog, QCheckBox, "noteDueCheck").isChecked()  # a task gets a due date

    click(qtbot, child(dialog, QPushButton, "okButton"))

    table = child(card, QTableWidget, "notesTable")
    assert column(table) == ["Task"]
    assert column(table, 1) == ["Lähetä tarjous"]
    assert column(table, 3) == ["Open"]
    (note,) = customers.get(stored.id).notes
    assert note.kind is NoteKind.TASK
    assert note.due_date == date.today()

    select_row(qtbot, table, "Task")
    done = child(card, QPushButton, "noteDoneButton")
    assert done.text() == "Mark done"
    click(qtbot, done)

    assert column(table, 3) == ["Done"]
    assert customers.get(stored.id).notes[0].done
    assert done.text() == "Reopen"


def test_open_tasks_come_first_and_overdue_ones_stand_out(
    card: CustomerCard, customers: CustomerService, stored: CustomerRecord
) -> None:
    today = date.today()
    customers.add_note(stored.id, NoteData(text="Vanha muistiinpano"))
    customers.add_note(stored.id, NoteData(text="Tehty", kind=NoteKind.TASK, done=True,
                                           due_date=today - timedelta(days=9)))  # fmt: skip
    customers.add_note(stored.id, NoteData(text="Myöhässä", kind=NoteKind.TASK,
                                           due_date=today - timedelta(days=1)))  # fmt: skip
    customers.add_note(stored.id, NoteData(text="Ensi viikolla", kind=NoteKind.TASK,
                                           due_date=today + timedelta(days=7)))  # fmt: skip
    card.load(stored.id)
    table = child(card, QTableWidget, "notesTable")

    assert column(table, 1) == ["Myöhässä", "Ensi viikolla", "Vanha muistiinpano", "Tehty"]
    overdue = table.item(0, 1)
    assert overdue is not None
    assert overdue.foreground().color().name() == ERROR_COLOR
    assert overdue.toolTip().startswith("Overdue")
    later = table.item(1, 1)
    assert later is not None and later.foreground().color().name() != ERROR_COLOR


def test_delete_a_note_after_confirmation(
    qtbot: QtBot,
    card: CustomerCard,
    customers: CustomerService,
    stored: CustomerRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    customers.add_note(stored.id, NoteData(text="Turha"))
    card.load(stored.id)
    answers = Answers(confirm=True).install(monkeypatch, card)
    table = child(card, QTableWidget, "notesTable")

    select_row(qtbot, table, "Note")
    click(qtbot, child(card, QPushButton, "deleteNoteButton"))

    assert "Turha" in answers.confirmed[0]
    assert table.rowCount() == 0
    assert customers.get(stored.id).notes == ()


# --- custom fields ---------------------------------------------------------------------------


def test_add_a_custom_field_and_save_a_value(
    qtbot: QtBot,
    card: CustomerCard,
    customers: CustomerService,
    stored: CustomerRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    card.load(stored.id)
    Answers(text="Laskutusjakso").install(monkeypatch, card)
    open_tab(qtbot, card, "Extra info")

    click(qtbot, child(card, QPushButton, "addCustomFieldButton"))

    edit = child(card, QLineEdit, "customField_Laskutusjakso")
    assert "Laskutusjakso" in customers.custom_field_names()
    assert not card.is_dirty()  # an empty new field changes nothing yet
    type_text(qtbot, edit, "kuukausittain")
    assert card.is_dirty()
    click(qtbot, child(card, QPushButton, "saveButton"))

    assert customers.get(stored.id).data.custom_fields == {
        "Sopimus päättyy": "31.12.2026",
        "Laskutusjakso": "kuukausittain",
    }
    assert child(card, QLineEdit, "customField_Laskutusjakso").text() == "kuukausittain"


# --- duplicates, merge and delete ----------------------------------------------------------


def test_duplicate_panel_offers_open_for_a_new_card_and_merge_for_a_stored_one(
    qtbot: QtBot,
    card: CustomerCard,
    customers: CustomerService,
    stored: CustomerRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    card.new_customer()
    open_tab(qtbot, card, "Basic info")
    type_text(qtbot, child(card, QLineEdit, "businessIdEdit"), "2077474-0")
    card.duplicates.flush()  # skip the typing pause

    assert card.duplicates.isVisible()
    row = child(card.duplicates, QWidget, f"duplicateMatch_{stored.id}")
    assert not child(row, QPushButton, "mergeButton").isEnabled()
    with qtbot.waitSignal(card.openCustomerRequested) as opened:
        click(qtbot, child(row, QPushButton, "openButton"))
    assert opened.args == [stored.id]

    twin = customers.create(make_customer(name="Virtasen Rakennus", customer_number="1002",
                                          email="", phone=""))  # fmt: skip
    monkeypatch.setattr(card, "_ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    assert card.load(twin.id)
    card.duplicates.flush()
    row = child(card.duplicates, QWidget, f"duplicateMatch_{stored.id}")
    with qtbot.waitSignal(card.mergeRequested) as merge:
        click(qtbot, child(row, QPushButton, "mergeButton"))
    assert merge.args == [twin.id, stored.id]


def test_delete_customer_after_confirmation(
    qtbot: QtBot,
    card: CustomerCard,
    customers: CustomerService,
    stored: CustomerRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    card.load(stored.id)
    answers = Answers(confirm=True).install(monkeypatch, card)

    with qtbot.waitSignal(card.deleted) as deleted:
        click(qtbot, child(card, QPushButton, "deleteCustomerButton"))

    assert "cannot be undone" in answers.confirmed[0]
    assert deleted.args == [stored.id]
    assert customers.count() == 0
    assert card.current_id() is None
    assert child(card, QLabel, "headerName").text() == "New customer"


def test_a_note_with_health_data_asks_before_it_is_saved(
    qtbot: QtBot,
    card: CustomerCard,
    customers: CustomerService,
    stored: CustomerRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = Answers(confirm=False).install(monkeypatch, card)
    card.load(stored.id)
    dialog = open_dialog(qtbot, card, NoteDialog, "addNoteButton")
    type_text(qtbot, child(dialog, QPlainTextEdit, "noteTextEdit"), "Asiakas on diabeetikko")

    click(qtbot, child(dialog, QPushButton, "okButton"))

    assert answers.confirmed and "diabeetikko" in answers.confirmed[0]
    assert customers.get(stored.id).notes == ()
    assert dialog.isVisible()  # declined: the note stays open for editing

    answers.confirm_answer = True
    click(qtbot, child(dialog, QPushButton, "okButton"))
    assert [n.text for n in customers.get(stored.id).notes] == ["Asiakas on diabeetikko"]
