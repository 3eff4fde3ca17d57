"""What would stop an invoice from being finalised shows in the editor before the user
confirms: at once for its parties, and on Finalise before the question for the rest."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.invoicing import InvoicingService
from tests.conftest import make_customer
from tests.services.conftest import INVOICING_SELLER
from tests.ui.test_invoice_editor import fill_row, invoicing, open_editor, products  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints", r"This plugin does not support raise"
)


def test_a_customer_without_a_billing_address_is_named_before_anything_is_typed(
    qtbot: QtBot,
    open_editor: Any,  # noqa: F811
    customers: CustomerService,
) -> None:
    customer = customers.create(make_customer(street="", postal_code="", city=""))
    editor, answers = open_editor(customer.id)
    message = "Rakennus Virtanen Oy has no complete billing address; an invoice must show it."
    assert editor.block_label.isVisibleTo(editor)
    assert message in editor.block_label.text()
    fill_row(qtbot, editor, 0, "Suunnittelu", "2", "100,00", "25.5")
    assert editor.save_button.isEnabled()  # a draft can wait for the address
    assert not editor.finalise_button.isEnabled()
    assert not editor.finalise()
    assert answers.questions == []


def test_the_own_company_details_missing_are_named_at_once(
    qtbot: QtBot,
    open_editor: Any,  # noqa: F811
    customers: CustomerService,
    company: CompanyService,
    invoicing: InvoicingService,  # noqa: F811
) -> None:
    company.save(INVOICING_SELLER.__class__(**{**INVOICING_SELLER.__dict__, "iban": ""}))
    editor, _answers = open_editor(customers.create(make_customer()).id)
    assert "Fill in the own company details first (missing: IBAN)." in (editor.block_label.text())
    company.save(INVOICING_SELLER)
    editor.header.your_reference_edit.setText("Tilaus 12")  # any change of the header
    assert not editor.block_label.isVisibleTo(editor)


def test_a_refusal_found_by_finalising_shows_before_the_question(
    qtbot: QtBot,
    open_editor: Any,  # noqa: F811
    customers: CustomerService,
    invoicing: InvoicingService,  # noqa: F811
) -> None:
    editor, answers = open_editor(customers.create(make_customer()).id)
    fill_row(qtbot, editor, 0, "Palautus", "-1", "100,00", "25.5")
    assert editor.finalise_button.isEnabled()
    assert not editor.finalise()
    assert answers.questions == []  # not asked, then refused: refused at once
    assert "Give a quantity of 0 or more." in editor.error_label.text()
    assert editor.record is None and invoicing.list_invoices() == []
