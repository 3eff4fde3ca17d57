"""An open window shows what others save, on a file and on a shared server register."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QDialog, QTableWidget
from pytestqt.qtbot import QtBot

from asiakasrekisteri.domain.customer import ContactData
from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRowData
from asiakasrekisteri.services.container import Services, build_services
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.locations import backend_for
from asiakasrekisteri.ui.customer_card.conflict_dialog import (
    ConflictChoice,
    ConflictDialog,
    ask_about_record,
)
from asiakasrekisteri.ui.dialogs.contact_dialog import ContactDialog
from asiakasrekisteri.ui.invoicing.editor import InvoiceEditor
from asiakasrekisteri.ui.main_window import MainWindow
from tests.conftest import make_customer
from tests.services.conftest import INVOICING_SELLER


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_kind(request: pytest.FixtureRequest) -> str:
    kind: str = request.param
    return kind


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> Iterator[MainWindow]:
    services.customers.create(make_customer(name="Oma Oy", business_id=""))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(services, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    # Gone, timers and all, while its register is still there: the test's database is
    # dropped right after, and the server stops with the last test.
    win.card.revert()
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def colleague(db: Database, db_path: Path, tmp_path: Path) -> Iterator[Services]:
    """Another program on the same register, with its own connections."""
    other = Database.open(backend_for(db.backend.location()))
    yield build_services(other, tmp_path / "other-backups")
    other.close()


def test_a_customer_saved_elsewhere_appears_and_an_edited_card_is_kept(
    qtbot: QtBot, window: MainWindow, colleague: Services
) -> None:
    shown = window.services.customers.list_ids(window.model.query)[0]
    window.open_customer(shown)
    window.card.basic_info.name_edit.setText("Oma Oy, kesken")
    assert window.card.is_dirty()
    window.services.db.others_changed()  # the window's watch has started

    colleague.customers.create(make_customer(name="Kollegan Oy", business_id=""))
    record = colleague.customers.get(shown)
    colleague.customers.update(shown, replace(record.data, comment="kollega kävi"))

    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5000)
    assert window.card.basic_info.name_edit.text() == "Oma Oy, kesken", "unsaved form kept"
    assert "elsewhere" in window.statusBar().currentMessage()


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_saving_a_card_someone_else_saved_asks_and_loses_nothing(
    window: MainWindow, colleague: Services, monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice
) -> None:
    shown = window.services.customers.list_ids(window.model.query)[0]
    window.open_customer(shown)
    window.card.basic_info.name_edit.setText("Oma Oy (minun)")
    theirs = colleague.customers.get(shown)
    colleague.customers.update(
        shown, replace(theirs.data, comment="kollegan kommentti"), edited_from=theirs
    )
    seen: list[ConflictDialog] = []

    def answer(dialog: ConflictDialog) -> int:
        seen.append(dialog)
        dialog.compare_button.click()
        if choice is ConflictChoice.KEEP_EDITING:
            dialog.keep_button.click()
        else:
            (
                dialog.reload_button if choice is ConflictChoice.RELOAD else dialog.overwrite_button
            ).click()
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    saved = window.card.save()

    dialog = seen[0]
    assert "kollegan kommentti" in _column(dialog.changes, 2)
    compared = _column(dialog.compare, 1)
    assert "Oma Oy (minun)" in compared
    stored = window.services.customers.get(shown).data
    if choice is ConflictChoice.RELOAD:
        assert saved and stored.name == "Oma Oy" and stored.comment == "kollegan kommentti"
        assert window.card.basic_info.name_edit.text() == "Oma Oy"
    elif choice is ConflictChoice.OVERWRITE:
        assert saved and stored.name == "Oma Oy (minun)"
        assert not window.card.is_dirty()
    else:
        assert not saved and window.card.is_dirty()
        assert window.card.basic_info.name_edit.text() == "Oma Oy (minun)"
        assert stored.name == "Oma Oy", "nothing saved while the user keeps editing"


def _column(table: QTableWidget, column: int) -> list[str]:
    items = [table.item(row, column) for row in range(table.rowCount())]
    return [item.text() for item in items if item is not None]


def _answer_with(
    choice: ConflictChoice, seen: list[ConflictDialog]
) -> Callable[[ConflictDialog], int]:
    def answer(dialog: ConflictDialog) -> int:
        seen.append(dialog)
        dialog.compare_button.click()
        button = {
            ConflictChoice.RELOAD: dialog.reload_button,
            ConflictChoice.OVERWRITE: dialog.overwrite_button,
            ConflictChoice.KEEP_EDITING: dialog.keep_button,
        }[choice]
        button.click()
        return dialog.result()

    return answer


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_a_contact_someone_else_saved_asks_and_loses_nothing(
    qtbot: QtBot,
    services: Services,
    colleague: Services,
    monkeypatch: pytest.MonkeyPatch,
    choice: ConflictChoice,
) -> None:
    customer = services.customers.create(make_customer(name="Yhteinen Oy", business_id=""))
    contact = services.customers.add_contact(customer.id, ContactData(name="Maija Mäkelä"))
    dialog = ContactDialog(services.customers.update_contact, contact)
    dialog.ask_conflict = ask_about_record  # as the card's Overview tab sets it
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.phone_edit.setText("040 111 2222")
    colleague.customers.update_contact(replace(contact, title="Toimitusjohtaja"))
    seen: list[ConflictDialog] = []
    monkeypatch.setattr(ConflictDialog, "exec", _answer_with(choice, seen))

    dialog.ok_button.click()

    assert "Toimitusjohtaja" in _column(seen[0].changes, 2)
    assert "040 111 2222" in _column(seen[0].compare, 1)
    stored = services.customers.get(customer.id).contacts[0]
    if choice is ConflictChoice.RELOAD:
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert (stored.title, stored.phone) == ("Toimitusjohtaja", "")
    elif choice is ConflictChoice.OVERWRITE:
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert stored.title == "" and stored.phone != ""
        assert stored.version == 3
    else:
        assert dialog.isVisible() and dialog.phone_edit.text() == "040 111 2222"
        assert (stored.title, stored.phone) == ("Toimitusjohtaja", "")


@pytest.mark.parametrize("choice", [ConflictChoice.RELOAD, ConflictChoice.OVERWRITE])
def test_a_draft_invoice_someone_else_saved_asks_and_loses_nothing(
    qtbot: QtBot,
    services: Services,
    colleague: Services,
    monkeypatch: pytest.MonkeyPatch,
    choice: ConflictChoice,
) -> None:
    services.company.save(INVOICING_SELLER)
    customer = services.customers.create(make_customer(name="Yhteinen Oy", business_id=""))
    row = InvoiceRowData("Suunnittelu", Decimal(2), Decimal("45.00"), Decimal("25.5"))
    draft = services.invoicing.create_draft(InvoiceDraft(customer_id=customer.id, rows=(row,)))
    editor = InvoiceEditor(
        services.invoicing, services.products, services.customers, invoice_id=draft.id
    )
    qtbot.addWidget(editor)
    editor.show()
    editor.header.your_reference_edit.setText("Minun viite")
    colleague.invoicing.update_draft(
        draft.id,
        InvoiceDraft(customer_id=customer.id, rows=(row,), our_reference="Kollegan viite"),
        edited_from=draft.version,
    )
    seen: list[ConflictDialog] = []
    monkeypatch.setattr(ConflictDialog, "exec", _answer_with(choice, seen))

    saved = editor.save_draft()

    assert seen, "the conflict was shown"
    stored = services.invoicing.get(draft.id)
    if choice is ConflictChoice.RELOAD:
        assert not saved
        assert (stored.your_reference, stored.our_reference) == ("", "Kollegan viite")
        assert editor.header.our_reference_edit.text() == "Kollegan viite"
        assert editor.header.your_reference_edit.text() == ""
    else:
        assert saved
        assert (stored.your_reference, stored.our_reference) == ("Minun viite", "")
    editor.close()
