"""Words a Finnish user reads: statuses in context, a credit note named once, and an
invoice that is "ready to send" until it is sent or printed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from asiakasrekisteri.app import build_window
from asiakasrekisteri.domain.customer import NoteData
from asiakasrekisteri.domain.enums import CustomerStatus
from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRowData
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.ui.i18n import Translators
from asiakasrekisteri.ui.invoicing.actions import InvoicingActions
from asiakasrekisteri.ui.invoicing.editor import InvoiceEditor
from tests.conftest import make_customer
from tests.services.conftest import INVOICING_SELLER
from tests.ui.catalogues import installed_catalogue
from tests.ui.test_printing import with_printer

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints", r"This plugin does not support raise"
)

DAY = date.today()


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> Iterator[Any]:
    """The main window, built in the language whose catalogue is installed first."""
    services.company.save(INVOICING_SELLER)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)

    def build() -> Any:
        built = build_window(services, settings, Translators())
        qtbot.addWidget(built.window)
        built.window.show()
        qtbot.waitExposed(built.window)
        return built.window

    yield build


def _invoice(services: Services, customer_id: int) -> int:
    row = InvoiceRowData("Konsultointi", Decimal(1), Decimal(100), Decimal("25.5"))
    draft = InvoiceDraft(customer_id=customer_id, rows=(row,), invoice_date=DAY)
    record = services.invoicing.create_invoice(draft, today=DAY)
    return record.id


def _editor(window: Any, invoice_id: int) -> InvoiceEditor:
    actions = window.findChild(InvoicingActions, "invoicingActions")
    editor = actions.open_invoice(invoice_id)
    assert isinstance(editor, InvoiceEditor)
    return editor


def test_a_finalised_invoice_is_ready_to_send_until_it_is_printed(
    qtbot: QtBot, window: Any, services: Services, tmp_path: Path
) -> None:
    customer_id = services.customers.create(make_customer()).id
    invoice_id = _invoice(services, customer_id)
    with installed_catalogue(tmp_path, "fi"):
        editor = _editor(window(), invoice_id)
        qtbot.waitExposed(editor)
        assert editor.status_label.text().startswith("Valmis lähetettäväksi ·")
        with_printer(editor.pdf, tmp_path / "tulostettu.pdf")
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)
        qtbot.keyClick(editor, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert (tmp_path / "tulostettu.pdf").exists()
        assert editor.status_label.text().startswith("Lähetetty ·")
        assert editor.record is not None and editor.record.sent_at is not None
    attempts = services.delivery.attempts(invoice_id=invoice_id)
    assert [(a.channel, a.ok) for a in attempts] == [("paper", True)]


def test_a_credit_note_is_named_once(
    qtbot: QtBot, window: Any, services: Services, tmp_path: Path
) -> None:
    customer_id = services.customers.create(make_customer()).id
    credit = services.invoicing.credit(_invoice(services, customer_id), today=DAY)
    with installed_catalogue(tmp_path, "fi"):
        editor = _editor(window(), credit.id)
        title, status = editor.title_label.text(), editor.status_label.text()
    assert title == f"Hyvityslasku {credit.number}"
    assert "Hyvityslasku" not in status
    assert status.startswith("Valmis lähetettäväksi ·")
    assert "hyvittää laskun" in status


@pytest.mark.parametrize(
    ("language", "regular", "state", "open_note"),
    [("fi", "Kanta-asiakas (useita laskuja)", "Tila", "Avoin"),
     ("sv", "Stamkund (flera fakturor)", "Status", "Öppen")],
)  # fmt: skip
def test_the_card_reads_in_the_users_words(
    qtbot: QtBot, window: Any, services: Services, tmp_path: Path,
    language: str, regular: str, state: str, open_note: str,
) -> None:  # fmt: skip
    record = services.customers.create(make_customer(status=CustomerStatus.REGULAR))
    services.customers.add_note(record.id, NoteData(text="Soita tarjouksesta"))
    with installed_catalogue(tmp_path, language):
        main = window()
        main.open_customer(record.id)
        card = main.card
        assert card.extra_info.status_combo.currentText() == regular
        notes = card.overview.notes_table
        header = notes.horizontalHeaderItem(notes.columnCount() - 1)
        assert header is not None and header.text() == state
        cell = notes.item(0, notes.columnCount() - 1)
        assert cell is not None and cell.text() == open_note
