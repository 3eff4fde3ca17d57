"""The window of a team member whose role may not see invoicing figures."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from asiakasrekisteri.app import BuiltWindow, build_window
from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRowData
from asiakasrekisteri.services.container import Services, open_services
from asiakasrekisteri.services.team import TeamRole
from asiakasrekisteri.ui.i18n import Translators
from tests.conftest import _delete_widgets, make_customer
from tests.integration.test_team_roles import as_user
from tests.services.conftest import INVOICING_SELLER


@pytest.fixture
def limited(postgres_url: str) -> Iterator[Services]:
    """Services as a limited member of a register that has a customer with an invoice."""
    owner = open_services(postgres_url)
    try:
        owner.company.save(INVOICING_SELLER)
        customer = owner.customers.create(make_customer(credit_limit=Decimal(5000)))
        row = InvoiceRowData("Suunnittelu", Decimal(2), Decimal("45.00"), Decimal("25.5"))
        owner.invoicing.create_invoice(InvoiceDraft(customer_id=customer.id, rows=(row,)))
        name = f"liisa_{uuid.uuid4().hex[:8]}"
        owner.team.add(name, TeamRole.LIMITED)
    finally:
        owner.close()
    services = open_services(as_user(postgres_url, name))
    yield services
    _delete_widgets()  # their timers would read the register after it is dropped
    services.close()


@pytest.fixture
def built(qtbot: QtBot, limited: Services, tmp_path: Path) -> BuiltWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    found = build_window(limited, settings, Translators())
    qtbot.addWidget(found.window)
    found.window.show()
    qtbot.waitExposed(found.window)
    return found


def test_the_window_hides_invoicing_and_says_why(
    built: BuiltWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = built.window
    invoicing = built.features.invoicing
    assert not invoicing.visible
    assert not invoicing.invoices_menu.menuAction().isVisible()
    titles = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert not any("voices" in t for t in titles), titles
    hidden = [
        invoicing.new_invoice_action, invoicing.settings_action, invoicing.products_action,
        built.features.payments.import_action, built.features.delivery.settings_action,
    ]  # fmt: skip
    assert not any(a.isVisible() or a.isEnabled() for a in hidden)

    window.open_customer(1)  # the customer has an invoice the server keeps from the user
    qtbot.wait(100)
    note = invoicing.withheld_note
    assert note.isVisible()
    assert "limited role" in note.text()
    assert not invoicing.figures.isVisible()
    assert window.current_customer() is not None
    assert window.grab().save(str(tmp_path / "limited.png"))


def test_a_refused_query_is_explained_in_one_message(built: BuiltWindow, limited: Services) -> None:
    from asiakasrekisteri.storage.errors import PermissionRefusedError

    with pytest.raises(PermissionRefusedError) as refused:
        limited.invoicing.list_invoices()
    assert "no right" in str(refused.value)


def test_no_daily_backup_is_tried_for_a_limited_user(limited: Services) -> None:
    """A backup copies invoicing too: the full members' backups cover the register."""
    assert limited.backups.backup_daily_if_needed() is None
    assert limited.backups.backups() == []


def test_the_card_leaves_out_the_invoicing_terms_and_saves_without_them(
    built: BuiltWindow, qtbot: QtBot, limited: Services, postgres_url: str
) -> None:
    import psycopg
    from PySide6.QtWidgets import QLabel, QLineEdit

    from tests.ui.test_customer_card import child, open_tab, retype

    window = built.window
    window.open_customer(1)
    card = window.card
    open_tab(qtbot, card, "Extra info")
    note = child(card, QLabel, "termsWithheldNote")
    assert note.isVisible() and "limited role" in note.text()
    for name in ("discountEdit", "creditLimitEdit", "penaltyInterestEdit"):
        assert not child(card, QLineEdit, name).isVisible(), name
    assert child(card, QLineEdit, "paymentTermEdit").isVisible()
    assert not card.findChild(QLabel, "creditLimitLabel").isVisible()  # type: ignore[union-attr]

    open_tab(qtbot, card, "Basic info")
    retype(qtbot, child(card, QLineEdit, "phoneEdit"), "0501112222")
    assert card.save()
    assert limited.customers.get(1).data.phone == "+358 50 1112222"
    with psycopg.connect(postgres_url) as conn:  # the terms the user never saw stay
        assert conn.execute("SELECT credit_limit FROM customer").fetchall() == [(500000,)]


def test_merge_is_disabled_and_says_why(
    built: BuiltWindow, qtbot: QtBot, limited: Services
) -> None:
    """A merge moves invoices, which the limited role may not touch: the duplicate's
    *Merge* stays disabled, its tooltip saying why, and no merge dialog opens."""
    from PySide6.QtWidgets import QPushButton, QWidget

    from tests.ui.test_customer_card import child

    similar = limited.customers.create(
        make_customer(name="Rakennus Virtanen", customer_number="1002", business_id="")
    )
    window = built.window
    window.open_customer(1)
    card = window.card
    qtbot.waitUntil(card.duplicates.isVisible, timeout=3000)
    row = child(card.duplicates, QWidget, f"duplicateMatch_{similar.id}")
    merge = child(row, QPushButton, "mergeButton")
    assert merge.isVisible()
    assert not merge.isEnabled()
    assert not card.duplicates.is_merge_enabled()
    assert merge.toolTip() == (
        "Your limited role cannot merge customers: a merge moves their invoices. "
        "A full team member can merge them."
    )
    assert child(row, QPushButton, "openButton").isEnabled()
    with qtbot.assertNotEmitted(card.mergeRequested):
        qtbot.mouseClick(merge, Qt.MouseButton.LeftButton)
    assert limited.customers.count() == 2

    app = QApplication.instance()
    assert app is not None
    locale, finnish = QLocale(), Translators()
    assert finnish.install(app, "fi")
    try:
        qtbot.waitUntil(lambda: merge.toolTip().startswith("Rajatulla roolilla ei voi yhdistää"))
    finally:
        finnish.remove(app)
        QLocale.setDefault(locale)  # the next tests' numbers and dates stay English
