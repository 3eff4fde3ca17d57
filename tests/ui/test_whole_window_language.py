"""The whole program follows a language switch live: every window, dialog and menu at once.

The main window is built as the program builds it, on a register with realistic data, the
card of a customer open; then every dialog the program has is opened beside it, without
blocking (a dialog that would run modally is shown instead), and every menu of the menu
bar pops up. The language then goes from English to Finnish, Swedish, English and back to
Finnish, as Settings › Preferences switches it, and after each switch no text of any open
window may be left in the language before, except those allowed below with the reason.

A dialog class of the package that this test neither opens nor names in
:data:`NOT_OPENED` fails it, so a new dialog cannot slip past.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

import asiakasrekisteri.ui
from asiakasrekisteri.app import BuiltWindow, build_window, offer_restore
from asiakasrekisteri.domain.crediting import CreditRequest
from asiakasrekisteri.domain.customer import ContactData, NoteData, OfficeData
from asiakasrekisteri.domain.enums import NoteKind
from asiakasrekisteri.domain.invoice import InvoiceRowData, ProductData
from asiakasrekisteri.services.backup import BackupKind
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers.conflicts import ChangeSeen, EditConflict
from asiakasrekisteri.services.team import TeamMember, TeamRole, TeamService
from asiakasrekisteri.storage.errors import DatabaseDamagedError, StorageError
from asiakasrekisteri.ui.app_actions import open_user_guide
from asiakasrekisteri.ui.crash_dialog import install_excepthook
from asiakasrekisteri.ui.delivery.password_dialog import PasswordDialog
from asiakasrekisteri.ui.dialogs.backup_dialogs import RestoreDialog
from asiakasrekisteri.ui.dialogs.first_run import FirstRunDialog
from asiakasrekisteri.ui.invoicing.products_dialog import ProductsDialog
from asiakasrekisteri.ui.invoicing.settings_dialog import InvoicingSettingsDialog
from asiakasrekisteri.ui.main_window import MainWindow
from asiakasrekisteri.ui.sharing.team_dialog import TeamDialog
from asiakasrekisteri.ui.spreadsheets.import_wizard import Page
from asiakasrekisteri.ui.spreadsheets.workers import Worker
from tests.bankfile_builders import Entry, Tx, camt
from tests.conftest import add_reference_rates_to_today, make_customer
from tests.services.conftest import INVOICING_SELLER
from tests.services.excel_builders import write_xlsx
from tests.ui.language_walk import (
    FINNISH_ROUND,
    LanguageSwitch,
    assert_switches,
    compile_catalogues,
    open_windows,
    settle,
    switching_languages,
)

# The offscreen platform cannot raise windows or let a popped-up menu grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)

D = Decimal

NOT_OPENED = {
    "RecordDialog": "the base of ContactDialog, OfficeDialog and NoteDialog, never shown itself",
}
"""Dialog classes of the package this test does not open, each with the reason."""

# What the user typed into the register, or what a file says: shown as it is.
DATA = {
    "Rakennus Virtanen Oy", "Rakennus Virtanen Ky", "Rakennus", "Rakennus (1)",
    "laskut@virtanen.fi", "Hämeenkatu 10", "Hämeenkatu 10\n33100 Tampere",
    "Hämeenkatu 10, 33100 Tampere", "Tampere", "Matti Virtanen", "Toimitusjohtaja",
    "matti@virtanen.fi", "Liisa Laine", "Pääkonttori", "Tukholma", "Soitti laskusta",
    "Lähetä tarjous", "Palaveri", "liite.txt", "liite.txt\n5 B", "Konsultointi", "K1", "h",
    "1001 Rakennus Virtanen Oy", "Tuotu Oy", "tuonti.xlsx", "Asiakkaat", "Nro", "Nimi",
    "Kaupunki", "Lempiväri", "sininen", "Oulu", "Uusi Oy", "punainen", "Espoo",
    "2: Rakennus Virtanen Oy", "VIRTANEN RAKENNUS", "Tuntematon Maksaja", "Lasku?",
    "pankki.xml", "uusi.xml", "BANK01", "BANK02", "BANK03",
}  # fmt: skip

# Texts that stay in every language, each with the reason; a pattern matches the key or
# the text itself (see language_walk.unchanged).
ALLOWED = {
    "Status": "“Status” in Swedish too",
    "Text": "“Text” in Swedish too",
    "Port": "“Port” in Swedish too",
    "P&ort:": "“Port” in Swedish too",
    "&Server:": "“Server” in Swedish too",
    "&Text": "“&Text” in Swedish too",
    "OK": "“OK” in Finnish too",
    **dict.fromkeys(("IBAN", "&IBAN", "BIC", "&BIC", "BI&C"), "the same in every language"),
    "*Y-tunnus": "the Finnish term, used in English too",
    "*/qt_tabwidget_tabbar/Scroll*Button:accessibleName": "Qt's own, named once",
    "mainWindow:windowTitle": "the program's name and the register's file",
    "crashDialog:windowTitle": "the program's name",
    "conflictDialog/changesTable:cell.*.0": "when and who: a time and a user name",
    "aboutDialog/aboutTitle:text": "the program's name and version",
    "aboutDialog/runtimeLabel:text": "names and versions of Qt, PySide6 and Python",
    "aboutDialog/librariesTable:cell.*": "the libraries' names and licences",
    "aboutDialog/librariesTable:header.1": "“Version” in Swedish too",
    "*/countryCombo:item.*": "sorted anew by name in each language; codes of unnamed ones",
    "*/officeCountryCombo:item.*": "sorted anew by name in each language; codes of unnamed ones",
    "*/einvoiceOperatorCombo:item.*": "the operators' names and codes: data",
    "*/officeOperatorCombo:item.*": "the operators' names and codes: data",
    "operatorsDialog/operatorsTable:cell.*": "the operators' names and codes: data",
    "*/invoiceLanguageCombo:item.*": "each language by its own name, on purpose",
    "*/templateLanguageCombo:item.*": "each language by its own name, on purpose",
    "*/hostEdit:placeholder": "an example server name",
    "settingsDialog/*/languageCombo:item.[123]": "each language by its own name, on purpose",
    "settingsDialog/*/registerUrlEdit:placeholder": "the trade register's web address",
    "*/historyTable:cell.*.1*": "who changed the card: a user name",
    "mergeDialog/*/choice:country:*": "a country code",
    "*/other_accountsEdit:placeholder": "an example account number",
    "importDialog/*/mappingTable:cell.*.0": "the sheet's column letters",
    "importDialog/*/mappingTable:cell.*.2*": "sample values of the sheet",
    "teamDialog/membersTable:cell.1.0": "a team member's user name",
}


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_catalogues(tmp_path_factory.mktemp("catalogues"))


@pytest.fixture
def switch(
    qapp: QApplication, catalogues: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[LanguageSwitch]:
    with switching_languages(qapp, catalogues, monkeypatch) as found:
        yield found


@dataclass(frozen=True)
class Register:
    """The ids of the register's records the test opens."""

    customer_id: int
    other_id: int
    draft_id: int
    sent_id: int
    refund_id: int  # credited in part after it was paid: a refund is owed on it


@pytest.fixture
def register(services: Services, tmp_path: Path) -> Register:
    """A customer with contacts, offices, notes, an attachment, a partly paid invoice and a
    draft; a second customer like it; a product, an import and a backup."""
    services.company.save(INVOICING_SELLER)
    add_reference_rates_to_today(services)
    customers = services.customers
    cid = customers.create(
        make_customer(customer_number="1001", credit_limit=D("500.00"), group="Rakennus")
    ).id
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
    other = customers.create(
        make_customer(customer_number="1002", name="Rakennus Virtanen Ky", business_id="")
    )
    invoicing = services.invoicing
    row = InvoiceRowData("Konsultointi", D(2), D("100.00"), D("25.5"), unit="h")
    draft = replace(invoicing.new_draft(cid, today=date.today() - timedelta(days=60)), rows=(row,))
    sent = invoicing.create_invoice(draft)  # overdue by now, partly paid
    invoicing.record_payment(sent.id, D("50.00"), date.today() - timedelta(days=10))
    unsent = invoicing.create_invoice(draft, finalise=False)
    services.products.save(ProductData("K1", "Konsultointi", D("80.00"), D("25.5"), unit="h"))
    importer = services.excel_import
    importer.apply(importer.analyse(write_xlsx(tmp_path / "tuonti.xlsx",
                                               [["Nro", "Nimi"], [3001, "Tuotu Oy"]])))  # fmt: skip
    services.backups.backup(BackupKind.MANUAL)
    bank = services.bank_payments
    # 300 € on an invoice of 251 €: 49 € of credit; and a payment matching nothing.
    paid = invoicing.create_invoice(draft)
    bank.apply(bank.preview_data(camt([Entry([
        Tx("BANK01", D("300.00"), paid.reference, payer="VIRTANEN RAKENNUS"),
        Tx("BANK02", D("12.34"), "", payer="Tuntematon Maksaja", message="Lasku?"),
    ])]), "pankki.xml"))  # fmt: skip
    invoicing.credit(paid.id, CreditRequest(amount=D("51.00")))
    return Register(cid, other.id, unsent.id, sent.id, paid.id)


@pytest.fixture
def built(
    qtbot: QtBot, services: Services, register: Register, tmp_path: Path, switch: LanguageSwitch
) -> Iterator[BuiltWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    found = build_window(services, settings, switch.translators)
    qtbot.addWidget(found.window)
    found.window.show()
    qtbot.waitExposed(found.window)
    yield found
    assert Worker.wait_all(60_000)  # no thread may outlive the register


def dialog_classes() -> dict[str, type[QDialog]]:
    """Every QDialog subclass defined in the package's UI, by class name."""
    package = asiakasrekisteri.ui
    for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        importlib.import_module(module.name)
    found: dict[str, type[QDialog]] = {}
    pending: list[type[QDialog]] = [QDialog]
    while pending:
        subclasses: list[type[QDialog]] = pending.pop().__subclasses__()
        pending += subclasses
        found |= {sub.__name__: sub for sub in subclasses
                  if sub.__module__.startswith(f"{package.__name__}.")}  # fmt: skip
    return found


def show_instead_of_exec(dialog: QDialog) -> int:
    """``exec()`` while the test runs: the dialog shows and the caller goes on, as if
    the user had cancelled it."""
    dialog.show()
    return QDialog.DialogCode.Rejected.value


def open_from_the_menus(built: BuiltWindow) -> None:
    """Every dialog a menu command opens (Help › User guide with no browser to take it)."""
    window, features = built.window, built.features
    for action in (
        window.company_action, window.operators_action, window.about_action,
        features.app.preferences_action, features.invoicing.settings_action,
        features.invoicing.products_action, features.invoicing.invoices_action,
        features.privacy.retention_action, features.backups.restore_action,
        features.spreadsheets.undo_import_action, features.delivery.settings_action,
        features.delivery.send_invoices_action, features.delivery.send_reminders_action,
        features.sharing.open_action, features.payments.unmatched_action,
        features.payments.undo_action,
    ):  # fmt: skip
        action.trigger()
    assert not open_user_guide(window, opener=lambda _url: False)
    products = window.findChild(ProductsDialog)
    assert products is not None
    products.add_product()
    products.table.selectRow(0)
    products.edit_product()
    settings = window.findChild(InvoicingSettingsDialog)
    assert settings is not None
    settings.add_rate()  # the reference rate of a new half-year


def open_from_the_card(built: BuiltWindow, register: Register) -> None:
    """The card's dialogs for new and existing records, the merge and the invoices."""
    window = built.window
    window.open_customer(register.customer_id)
    assert window.card.current_id() == register.customer_id
    # A save that lost the race to another user's: the card's conflict dialog.
    shown = window.services.customers.get(register.customer_id)
    conflict = EditConflict(shown, (ChangeSeen(datetime.now(UTC), "maija", "customer", "phone",
                                               None, "040 123"),))  # fmt: skip
    window.card.conflict_dialog(conflict, shown.data).show()
    overview = window.card.overview
    for table, add, edit in (
        (overview.contacts_table, overview.add_contact, overview.edit_contact),
        (overview.offices_table, overview.add_office, overview.edit_office),
        (overview.notes_table, overview.add_note, overview.edit_note),
    ):
        add()
        table.selectRow(table.rowCount() - 1)
        edit()
    window.merge_customers(register.customer_id, register.other_id)
    built.features.trade_register.update_action.trigger()
    invoicing = built.features.invoicing
    assert invoicing.new_invoice() is not None
    assert invoicing.open_invoice(register.draft_id) is not None
    sent = invoicing.open_invoice(register.sent_id)
    assert sent is not None
    sent.payment_button.click()
    assert sent.reminder_button.isEnabled()
    sent.reminder_button.click()
    sent.credit_button.click()
    owed = invoicing.open_invoice(register.refund_id)
    assert owed is not None and owed.refund_button.isVisible()
    owed.refund_button.click()
    built.features.delivery.send_buttons[sent].click()
    built.features.delivery.send_statement_action.trigger()


def open_money_in(built: BuiltWindow, services: Services) -> None:
    """The preview of a bank file, and the refund of the credit the card shows."""
    payments = built.features.payments
    new = camt([Entry([Tx("BANK03", D("5.00"), "", payer="Tuntematon Maksaja")])])
    payments.show_preview(services.bank_payments.preview_data(new, "uusi.xml"))
    assert payments.credit_panel.isVisible()
    payments.credit_panel.refund_button.click()


def open_import_at_columns(qtbot: QtBot, built: BuiltWindow, path: Path) -> None:
    dialog = built.features.spreadsheets.open_import(path)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.state.plan is not None, timeout=20_000)
    qtbot.waitUntil(dialog.next_button.isEnabled)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)
    assert dialog.current_page() is Page.COLUMNS


class ListedTeam(TeamService):
    """The team a server would list, on this test's register file (which has none)."""

    def current_user(self) -> str:
        return "maija"

    def may_manage(self) -> bool:
        return True

    def members(self) -> list[TeamMember]:
        return [TeamMember("maija", TeamRole.FULL), TeamMember("liisa", TeamRole.LIMITED)]


def open_the_team(built: BuiltWindow, services: Services) -> None:
    """File › Team members… as on a shared register, with a member added and one changed."""
    team = TeamDialog(ListedTeam(services.db), parent=built.window)
    team.show()
    assert team.add_member() is not None
    team.table.selectRow(1)
    assert team.change_role() is not None


def open_outside_the_window(
    qtbot: QtBot, built: BuiltWindow, services: Services, db_path: Path, tmp_path: Path
) -> None:
    """What the program shows on its start and on an error: the welcome dialog (as on an
    empty register), the restore offered for a damaged register, the crash dialog."""
    window = built.window
    FirstRunDialog(window.settings, services.company, services.demo, window).show()
    PasswordDialog("smtp.example.fi", "laskut", keyring=False, parent=window).show()
    assert not offer_restore(db_path, DatabaseDamagedError("file is not a database"))
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, RestoreDialog) and widget.parent() is None:
            qtbot.addWidget(widget)  # shown before any window: closed after the test
    hook = install_excepthook(lambda: window, tmp_path / "logs" / "asiakasrekisteri.log",
                              explained=(StorageError,))  # fmt: skip
    try:
        sys.excepthook(RuntimeError, RuntimeError("boom"), None)
        qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    finally:
        hook.uninstall()


def pop_up_menus(window: MainWindow) -> list[QMenu]:
    """Every menu of the menu bar, open side by side."""
    # A window activated later would close the menus: the dialogs' activations go first.
    settle()
    menus: list[QMenu] = []
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        menu.popup(window.mapToGlobal(QPoint(10 + 60 * len(menus), 30)))
        menus.append(menu)
    settle()
    assert all(menu.isVisible() for menu in menus)
    return menus


def test_every_window_dialog_and_menu_follows_the_language_live(
    qtbot: QtBot,
    built: BuiltWindow,
    services: Services,
    register: Register,
    db_path: Path,
    tmp_path: Path,
    switch: LanguageSwitch,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QDialog, "exec", show_instead_of_exec)
    open_from_the_menus(built)
    open_from_the_card(built, register)
    update = built.features.trade_register.dialog
    assert update is not None  # with the lookup's failure shown: the tests have no network
    qtbot.waitUntil(lambda: not update.is_busy(), timeout=10_000)
    open_money_in(built, services)
    open_the_team(built, services)
    sheet = [
        ["Nro", "Nimi", "Kaupunki", "Lempiväri"],
        [1001, "Rakennus Virtanen Oy", "Oulu", "sininen"],
        [2001, "Uusi Oy", "Espoo", "punainen"],
        [2002, None, "Espoo", None],
    ]
    open_import_at_columns(qtbot, built, write_xlsx(tmp_path / "rekisteri.xlsx", sheet))
    open_outside_the_window(qtbot, built, services, db_path, tmp_path)
    menus = pop_up_menus(built.window)
    windows = open_windows()
    assert len(menus) == 6 and all(any(m is w for w in windows) for m in menus)
    classes = dialog_classes()
    assert NOT_OPENED.keys() <= classes.keys()
    opened = {type(w).__name__ for w in windows if isinstance(w, QDialog)}
    missed = classes.keys() - opened - NOT_OPENED.keys()
    assert not missed, f"dialogs neither opened nor named in NOT_OPENED: {sorted(missed)}"

    seen = assert_switches(switch, windows, ALLOWED, DATA, FINNISH_ROUND)

    assert open_windows() == windows  # the switches closed nothing and opened nothing
    assert seen["fi"]["fileMenu:title"] == "&Tiedosto"
    assert seen["sv"]["fileMenu:title"] == "&Arkiv"
    assert seen["sv"]["firstRunDialog:windowTitle"] == "Välkommen till Asiakasrekisteri"
