"""Every window follows a language change at once: no text stays in the old language.

Each widget opens with realistic data in English; the language then goes to Swedish, to
Finnish and back to English as Settings › Preferences switches it, and every text of the
widget (:func:`tests.ui.language_walk.visible_texts`) must change each time, except
those named in the widget's allow-list with the reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from asiakasrekisteri.domain.customer import ContactData, NoteData, OfficeData
from asiakasrekisteri.domain.enums import CustomerType, NoteKind
from asiakasrekisteri.domain.errors import FieldErrors, RequiredValue
from asiakasrekisteri.domain.invoice import InvoiceRowData, ProductData
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import ActiveFilter, CustomerQuery
from asiakasrekisteri.ui.customer_card.card import CustomerCard
from asiakasrekisteri.ui.customer_list.model import CustomerListModel
from asiakasrekisteri.ui.customer_list.view import CustomerListView
from asiakasrekisteri.ui.dialogs.about_dialog import AboutDialog
from asiakasrekisteri.ui.dialogs.company_dialog import CompanyDialog
from asiakasrekisteri.ui.dialogs.contact_dialog import ContactDialog
from asiakasrekisteri.ui.dialogs.merge_dialog import MergeDialog
from asiakasrekisteri.ui.dialogs.note_dialog import NoteDialog
from asiakasrekisteri.ui.dialogs.office_dialog import OfficeDialog
from asiakasrekisteri.ui.dialogs.operators_dialog import OperatorsDialog
from asiakasrekisteri.ui.dialogs.settings_dialog import SettingsDialog
from asiakasrekisteri.ui.invoicing.figures import InvoicingFigures
from asiakasrekisteri.ui.invoicing.invoice_list import InvoicesDialog
from asiakasrekisteri.ui.invoicing.products_dialog import ProductDialog, ProductsDialog
from asiakasrekisteri.ui.invoicing.settings_dialog import InvoicingSettingsDialog
from tests.conftest import make_customer
from tests.services.conftest import INVOICING_SELLER
from tests.ui.language_walk import (
    LanguageSwitch,
    assert_switches,
    compile_catalogues,
    switching_languages,
)

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

D = Decimal

# What the user typed into the register: shown as it is in every language.
DATA = {
    "Rakennus Virtanen Oy", "Rakennus", "laskut@virtanen.fi", "Hämeenkatu 10",
    "Hämeenkatu 10\n33100 Tampere", "Hämeenkatu 10, 33100 Tampere", "33100 Tampere", "Tampere",
    "Matti Virtanen", "Toimitusjohtaja", "matti@virtanen.fi", "Liisa Laine", "Pääkonttori",
    "Tukholma", "Stockholm", "Soitti laskusta", "Lähetä tarjous", "Palaveri", "liite.txt",
    "Konsultointi", "liite.txt\n5 B", "1001 Rakennus Virtanen Oy",
}  # fmt: skip


# Qt names the scroll buttons of a tab bar once, when the bar is made.
QT_TAB_SCROLL = {"*/qt_tabwidget_tabbar/Scroll*Button:accessibleName": "Qt's own, named once"}

# The Finnish word for the business id is the English UI's word too.
Y_TUNNUS = {"*Y-tunnus": "the Finnish term, used in English too"}
# Words two of the languages share; a pattern matches the text itself.
SHARED_WORDS = {
    "Status": "“Status” in Swedish too",
    "Text": "“Text” in Swedish too",
    "&Text": "“&Text” in Swedish too",
    "OK": "“OK” in Finnish too",
    **dict.fromkeys(("IBAN", "&IBAN", "BIC", "&BIC", "BI&C"), "the same in every language"),
}

CARD_ALLOWED = {
    **QT_TAB_SCROLL,
    **Y_TUNNUS,
    **SHARED_WORDS,
    "*/countryCombo:item.*": "sorted anew by name in each language; checked by name below",
    "*/einvoiceOperatorCombo:item.*": "the operators' names and codes: data",
    "*/invoiceLanguageCombo:item.*": "each language by its own name, on purpose",
    "*/historyTable:cell.*.1*": "who changed the card: a user name",
}


OFFICE_ALLOWED = {
    **SHARED_WORDS,
    "*/officeCountryCombo:item.*": "sorted anew by name in each language; checked by name",
    "*/officeOperatorCombo:item.*": "the operators' names and codes: data",
}
COMPANY_ALLOWED = {**QT_TAB_SCROLL, **Y_TUNNUS, **SHARED_WORDS}
COMPANY_DATA = {
    INVOICING_SELLER.name, INVOICING_SELLER.street, INVOICING_SELLER.city,
    INVOICING_SELLER.email, INVOICING_SELLER.bic,
}  # fmt: skip
PRODUCT_ALLOWED = {**SHARED_WORDS}


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_catalogues(tmp_path_factory.mktemp("catalogues"))


@pytest.fixture
def switch(
    qapp: QApplication, catalogues: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[LanguageSwitch]:
    with switching_languages(qapp, catalogues, monkeypatch) as found:
        yield found


@pytest.fixture
def customer_id(services: Services, tmp_path: Path) -> int:
    """A company with contacts, offices, notes, an attachment and invoices."""
    services.company.save(INVOICING_SELLER)
    customers = services.customers
    record = customers.create(
        make_customer(customer_number="1001", credit_limit=D("500.00"), group="Rakennus")
    )
    cid = record.id
    customers.add_contact(cid, ContactData(name="Matti Virtanen", title="Toimitusjohtaja",
                                           phone="040 111 2222", email="matti@virtanen.fi",
                                           is_default=True))  # fmt: skip
    customers.add_contact(cid, ContactData(name="Liisa Laine", active=False))
    customers.add_office(cid, OfficeData(name="Pääkonttori", street="Hämeenkatu 10",
                                         postal_code="33100", city="Tampere",
                                         is_default=True))  # fmt: skip
    customers.add_office(cid, OfficeData(name="Tukholma", city="Stockholm", country="SE"))
    customers.add_note(cid, NoteData(kind=NoteKind.CALL, text="Soitti laskusta"))
    customers.add_note(cid, NoteData(kind=NoteKind.TASK, text="Lähetä tarjous",
                                     due_date=date.today() - timedelta(days=3)))  # fmt: skip
    customers.add_note(cid, NoteData(kind=NoteKind.MEETING, text="Palaveri", done=True))
    attachment = tmp_path / "liite.txt"
    attachment.write_text("liite", encoding="utf-8")
    services.attachments.add(cid, attachment)
    invoicing = services.invoicing
    row = InvoiceRowData("Konsultointi", D(2), D("100.00"), D("25.5"), unit="h")
    draft = replace(invoicing.new_draft(cid, today=date.today() - timedelta(days=60)), rows=(row,))
    sent = invoicing.create_invoice(draft)  # overdue by now, partly paid
    invoicing.record_payment(sent.id, D("50.00"), date.today() - timedelta(days=10))
    invoicing.create_invoice(draft, finalise=False)
    return cid


def test_customer_card(
    qtbot: QtBot, services: Services, customer_id: int, switch: LanguageSwitch
) -> None:
    """All five tabs, the header, a duplicate warning and an error on a field."""
    services.customers.create(
        make_customer(customer_number="1002", name="Rakennus Virtanen Ky", business_id="")
    )
    card = CustomerCard(services.customers, services.attachments, services.history)
    qtbot.addWidget(card)
    assert card.load(customer_id)
    card.basic_info.email_edit.setText("not an address")
    assert card.field_errors()["email"]
    card.duplicates.flush()  # no search may still be waiting for the typing to pause
    assert card.duplicates.matches()
    card.show()
    seen = assert_switches(switch, card, CARD_ALLOWED, DATA)
    items = {text for key, text in seen["sv"].items() if "countryCombo:item." in key}
    assert "Sverige (SE)" in items and "Sweden (SE)" not in items
    items = {text for key, text in seen["fi"].items() if "countryCombo:item." in key}
    assert "Ruotsi (SE)" in items and "Suomi (FI)" in items
    # Switching touched nothing the user typed: the card still differs only by the email.
    assert card.is_dirty()
    assert card.basic_info.email_edit.text() == "not an address"
    assert card.basic_info.country_combo.currentData() == "FI"


def test_new_customer_card(qtbot: QtBot, services: Services, switch: LanguageSwitch) -> None:
    """The hints of a card not saved yet."""
    card = CustomerCard(services.customers, services.attachments, services.history)
    qtbot.addWidget(card)
    card.show()
    assert_switches(switch, card, CARD_ALLOWED, DATA)
    assert not card.is_dirty()


def test_customer_list(qtbot: QtBot, services: Services, customer_id: int,
                       switch: LanguageSwitch) -> None:  # fmt: skip
    services.customers.create(make_customer(customer_number="1002", name="Anna Aalto",
                                            business_id="", customer_type=CustomerType.PRIVATE,
                                            active=False))  # fmt: skip
    model = CustomerListModel(services.customers)
    view = CustomerListView(model)
    qtbot.addWidget(view)
    model.set_query(CustomerQuery(active=ActiveFilter.ALL))
    view.show()
    assert model.rowCount() == 2
    assert_switches(switch, view, {**Y_TUNNUS, **SHARED_WORDS}, DATA | {"Anna Aalto"})


@pytest.mark.parametrize("editing", [False, True])
def test_contact_dialog(qtbot: QtBot, services: Services, customer_id: int, editing: bool,
                        switch: LanguageSwitch) -> None:  # fmt: skip
    contact = services.customers.get(customer_id).contacts[0] if editing else None
    dialog = ContactDialog(lambda _data: None, contact)
    qtbot.addWidget(dialog)
    dialog.email_edit.setText("matti@")  # an error on the field, in the UI language
    assert dialog.fields.slots["email"].error
    dialog.show()
    assert_switches(switch, dialog, SHARED_WORDS, DATA)


def test_contact_dialog_keeps_a_refusal(qtbot: QtBot, switch: LanguageSwitch) -> None:
    """The service's refusal of OK stays on the field, in the new language."""

    def refuse(_data: ContactData) -> None:
        raise FieldErrors(
            {"name": RequiredValue("Give the contact's name.", code="contact.name_required")}
        )

    dialog = ContactDialog(refuse)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Matti")
    dialog.accept()
    english = dialog.fields.slots["name"].error
    assert english == "Give the contact's name."
    switch.to("fi")
    assert dialog.fields.slots["name"].error not in ("", english)


@pytest.mark.parametrize("editing", [False, True])
def test_office_dialog(qtbot: QtBot, services: Services, customer_id: int, editing: bool,
                       switch: LanguageSwitch) -> None:  # fmt: skip
    office = services.customers.get(customer_id).offices[1] if editing else None
    dialog = OfficeDialog(lambda _data: None, services.customers.operators(), office)
    qtbot.addWidget(dialog)
    dialog.postal_code_edit.setText("33")
    dialog.show()
    seen = assert_switches(switch, dialog, OFFICE_ALLOWED, DATA)
    if editing:
        assert dialog.country_combo.currentData() == "SE"
        assert dialog.country_combo.currentText() == "Sweden (SE)"
        shown = [t for k, t in seen["sv"].items() if k.endswith("officeCountryCombo:item.0")]
        assert shown == ["Finland (FI)"]


@pytest.mark.parametrize("editing", [False, True])
def test_note_dialog(qtbot: QtBot, services: Services, customer_id: int, editing: bool,
                     switch: LanguageSwitch) -> None:  # fmt: skip
    note = services.customers.get(customer_id).notes[0] if editing else None
    dialog = NoteDialog(lambda _data: None, note)
    qtbot.addWidget(dialog)
    dialog.text_edit.setPlainText("")
    dialog.show()
    assert_switches(switch, dialog, SHARED_WORDS, DATA)
    # The due date is written the way the language writes dates.
    assert dialog.due_edit.displayFormat() == QLocale("en_GB").dateFormat(
        QLocale.FormatType.ShortFormat
    )


def test_company_dialog(qtbot: QtBot, services: Services, switch: LanguageSwitch) -> None:
    services.company.save(INVOICING_SELLER)
    dialog = CompanyDialog(services.company)
    qtbot.addWidget(dialog)
    iban = dialog.edits["iban"]
    assert isinstance(iban, QLineEdit)
    iban.setText("FI00 0000")
    assert dialog.error_labels["iban"].text()
    dialog.show()
    assert_switches(switch, dialog, COMPANY_ALLOWED, COMPANY_DATA)


def test_settings_dialog(
    qtbot: QtBot, services: Services, tmp_path: Path, switch: LanguageSwitch
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(settings, switch.translators, services.company)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_switches(switch, dialog, {
        **COMPANY_ALLOWED,
        "*/languageCombo:item.[123]": "each language by its own name, on purpose",
        "*/registerUrlEdit:placeholder": "the trade register's web address",
    }, COMPANY_DATA)  # fmt: skip


def test_operators_dialog(qtbot: QtBot, services: Services, switch: LanguageSwitch) -> None:
    dialog = OperatorsDialog(services.customers)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_switches(switch, dialog, {"*/operatorsTable:cell.*": "the operators: data"})


def test_about_dialog(qtbot: QtBot, switch: LanguageSwitch) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert_switches(switch, dialog, {
        "*/aboutTitle:text": "the program's name and version",
        "*/librariesTable:cell.*": "the libraries' names and licences",
        "*/runtimeLabel:text": "names and versions of Qt, PySide6 and Python",
        "*/librariesTable:header.1": "“Version” in Swedish too",
    })  # fmt: skip


def test_merge_dialog(qtbot: QtBot, services: Services, customer_id: int,
                      switch: LanguageSwitch) -> None:  # fmt: skip
    other = services.customers.create(make_customer(
        customer_number="1002", name="Rakennus Virtanen Ky", business_id="",
        customer_type=CustomerType.PRIVATE, payment_term_days=14, delivery_ban=True,
        custom_fields={"Lempiväri": "sininen"},
    ))  # fmt: skip
    services.customers.add_note(other.id, NoteData(text="Toinen"))
    dialog = MergeDialog(services.customers, customer_id, other.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_switches(switch, dialog, {
        **SHARED_WORDS,
        **Y_TUNNUS,
        "*/label:custom:Lempiväri:text": "a custom field: the user named it",
        "*/choice:country:*": "a country code",
    }, DATA | {"Rakennus Virtanen Ky", "sininen", "Kiitos"})  # fmt: skip


def test_invoices_dialog(qtbot: QtBot, services: Services, customer_id: int,
                         switch: LanguageSwitch) -> None:  # fmt: skip
    dialog = InvoicesDialog(services.invoicing)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.invoice_list.model.rowCount() == 2
    assert_switches(switch, dialog, SHARED_WORDS, DATA)


def test_invoicing_figures(qtbot: QtBot, services: Services, customer_id: int,
                           switch: LanguageSwitch) -> None:  # fmt: skip
    figures = InvoicingFigures(services.invoicing)
    qtbot.addWidget(figures)
    figures.show_customer(customer_id, D("100.00"))  # more is open than the limit
    figures.show()
    assert figures.values["open"].toolTip()
    assert_switches(switch, figures, SHARED_WORDS, DATA)


def test_invoicing_settings_dialog(qtbot: QtBot, services: Services,
                                   switch: LanguageSwitch) -> None:  # fmt: skip
    services.company.save(INVOICING_SELLER)
    dialog = InvoicingSettingsDialog(services.invoicing, services.company)
    qtbot.addWidget(dialog)
    dialog.next_number_edit.setText("x")
    dialog.fee_edit.setText("paljon")
    dialog.accept()  # refused: the errors show under the fields
    assert dialog.errors["next_invoice_number"].text()
    dialog.show()
    assert_switches(switch, dialog, {
        **COMPANY_ALLOWED,
        "*/vat_registeredEdit:text": "“alv-rekisterissä” is the Finnish term, quoted",
        "*/other_accountsEdit:placeholder": "an example account number",
    }, COMPANY_DATA)  # fmt: skip


def test_products_dialogs(qtbot: QtBot, services: Services, switch: LanguageSwitch) -> None:
    products = services.products
    kept = products.save(ProductData("K1", "Konsultointi", D("80.00"), D("25.5"), unit="h"))
    products.save(ProductData("V1", "Vanha tuote", D("5.00"), D("25.5"), unit="kpl", active=False))
    listing = ProductsDialog(products)
    qtbot.addWidget(listing)
    listing.show_inactive.setChecked(True)
    listing.show()
    assert_switches(switch, listing, PRODUCT_ALLOWED, {"K1", "V1", "Konsultointi",
                                                       "Vanha tuote", "kpl", "h"})  # fmt: skip
    dialog = ProductDialog(products, kept)
    qtbot.addWidget(dialog)
    dialog.price_edit.setText("halpa")
    dialog.accept()
    assert dialog.errors["unit_price"].text()
    dialog.show()
    assert_switches(switch, dialog, PRODUCT_ALLOWED)


def test_lists_are_told_to_show_their_texts_again(
    qtbot: QtBot, services: Services, customer_id: int, switch: LanguageSwitch
) -> None:
    """A view asks its model for texts only when told they changed: headers and cells."""
    model = CustomerListModel(services.customers)
    view = CustomerListView(model)
    card = CustomerCard(services.customers, services.attachments, services.history)
    invoices = InvoicesDialog(services.invoicing)
    figures = InvoicingFigures(services.invoicing)
    for widget in (view, card, invoices, figures):
        qtbot.addWidget(widget)
    model.set_query(CustomerQuery())
    assert card.load(customer_id)
    card.tabs.setCurrentWidget(card.history)  # the history is read when its tab opens
    figures.show_customer(customer_id)
    models = {
        "customer list": model,
        "history": card.history.model,
        "invoices": invoices.invoice_list.model,
        "latest invoices": figures.latest_model,
    }
    told: dict[str, set[str]] = {name: set() for name in models}
    for name, shown in models.items():
        assert shown.rowCount() > 0, name
        shown.headerDataChanged.connect(lambda *_a, name=name: told[name].add("headers"))
        shown.dataChanged.connect(lambda *_a, name=name: told[name].add("cells"))
    switch.to("sv")
    assert told == {name: {"headers", "cells"} for name in models}


def test_card_keeps_a_refusal_of_the_register(
    qtbot: QtBot, services: Services, customer_id: int, switch: LanguageSwitch
) -> None:
    """The register's refusal stays on the field, in the language now chosen."""
    card = CustomerCard(services.customers, services.attachments, services.history)
    qtbot.addWidget(card)
    card.basic_info.name_edit.setText("Toinen Oy")
    card.basic_info.number_edit.setText("1001")  # taken by the customer of the fixture
    assert not card.save()
    english = card.field_errors()["customer_number"]
    assert "1001" in english
    switch.to("fi")
    finnish = card.field_errors()["customer_number"]
    assert finnish not in ("", english) and "1001" in finnish
    assert card.basic_info.fields.slots["customer_number"].error == finnish
