"""MergeDialog: side-by-side choices, the summary, and the merge through the service."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from asiakasrekisteri.domain.customer import (
    ContactData,
    CustomerData,
    CustomerRecord,
    NoteData,
    OfficeData,
)
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.errors import NotFound
from asiakasrekisteri.ui.dialogs.merge_dialog import FIELD_LABELS, MergeDialog
from tests.conftest import make_customer

# Qt's offscreen plugin warns whenever a shown top-level window's size hints change;
# noise from the test platform (project-wide candidate for ``qt_log_ignore``).
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

OpenDialog = Callable[[int, int], MergeDialog]


@pytest.fixture
def pair(customers: CustomerService) -> tuple[CustomerRecord, CustomerRecord]:
    """1001 with 2 contacts, 1 office, 1 note; 1002 with 2 contacts, 1 office, 2 notes."""
    first = customers.create(make_customer())
    second = customers.create(
        make_customer(
            name="Rakennus Virtanen",
            business_id="",
            email="toimisto@virtanen.fi",
            phone="050 765 4321",
            comment="Tuli messuilta",
        )
    )
    customers.add_contact(first.id, ContactData(name="Matti Virtanen", is_default=True))
    customers.add_contact(first.id, ContactData(name="Liisa Virtanen"))
    customers.add_office(first.id, OfficeData(name="Tampere", is_default=True))
    customers.add_note(first.id, NoteData(text="Soitettu"))
    customers.add_contact(second.id, ContactData(name="Pekka Mäkinen", is_default=True))
    customers.add_contact(second.id, ContactData(name="Anna Mäkinen"))
    customers.add_office(second.id, OfficeData(name="Nokia", is_default=True))
    customers.add_note(second.id, NoteData(text="Tarjous lähetetty"))
    customers.add_note(second.id, NoteData(text="Muistutus"))
    return customers.get(first.id), customers.get(second.id)


@pytest.fixture
def open_dialog(
    qtbot: QtBot, customers: CustomerService, monkeypatch: pytest.MonkeyPatch
) -> OpenDialog:
    """Show a merge dialog whose final "are you sure?" answers yes."""
    monkeypatch.setattr(MergeDialog, "_confirm", lambda self: True)

    def open_(first_id: int, second_id: int) -> MergeDialog:
        dialog = MergeDialog(customers, first_id, second_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return open_


def _radio(dialog: MergeDialog, key: str, customer_id: int) -> QRadioButton:
    button = dialog.findChild(QRadioButton, f"choice:{key}:{customer_id}")
    assert button is not None, f"no choice for {key} of {customer_id}"
    return button


def _label(dialog: MergeDialog, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    assert label is not None
    return label.text()


def _click(qtbot: QtBot, button: QRadioButton | QPushButton) -> None:
    assert button.isVisible() or button.isVisibleTo(button.window())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _merge_button(dialog: MergeDialog) -> QPushButton:
    button = dialog.findChild(QPushButton, "mergeButton")
    assert button is not None
    assert button.text() == "Merge"
    return button


def test_every_card_field_has_a_label() -> None:
    assert set(FIELD_LABELS) == {f.name for f in fields(CustomerData)}


def test_dialog_shows_both_cards_and_what_will_happen(
    open_dialog: OpenDialog, pair: tuple[CustomerRecord, CustomerRecord], tmp_path: Path
) -> None:
    first, second = pair
    dialog = open_dialog(second.id, first.id)  # the order given does not pick the survivor

    assert dialog.windowTitle() == "Merge customers"
    assert dialog.survivor_id() == first.id  # the older card survives by default
    assert _label(dialog, f"header:{first.id}") == "1001 Rakennus Virtanen Oy\nsurvives"
    assert _label(dialog, f"header:{second.id}") == "1002 Rakennus Virtanen\nwill be removed"
    assert _radio(dialog, "email", first.id).text() == "laskut@virtanen.fi"
    assert _radio(dialog, "email", second.id).text() == "toimisto@virtanen.fi"
    assert _radio(dialog, "business_id", second.id).text() == "(empty)"
    assert _radio(dialog, "customer_type", first.id).text() == "Company"
    # The survivor's value by default, the other's where the survivor has none.
    assert _radio(dialog, "email", first.id).isChecked()
    assert _radio(dialog, "business_id", first.id).isChecked()
    assert _radio(dialog, "comment", second.id).isChecked()
    assert "website" not in dialog.row_keys()  # empty on both cards
    assert dialog.summary_text() == (
        "2 contacts, 1 office and 2 notes move to the surviving customer; "
        "number 1002 will point to it."
    )
    assert "Merging cannot be undone" in _label(dialog, "mergeWarning")
    assert "1002 Rakennus Virtanen" in _label(dialog, "mergeWarning")

    target = tmp_path / "merge_dialog.png"
    assert dialog.grab().save(str(target))
    assert target.stat().st_size > 0


def test_merge_keeps_the_clicked_values_and_moves_everything(
    qtbot: QtBot,
    open_dialog: OpenDialog,
    customers: CustomerService,
    pair: tuple[CustomerRecord, CustomerRecord],
) -> None:
    first, second = pair
    dialog = open_dialog(first.id, second.id)

    _click(qtbot, _radio(dialog, "email", second.id))
    _click(qtbot, _radio(dialog, "phone", second.id))
    assert dialog.chosen_side("email") == second.id
    assert _radio(dialog, "phone", second.id).isChecked()
    with qtbot.waitSignal(dialog.merged, timeout=2000) as blocker:
        _click(qtbot, _merge_button(dialog))

    assert blocker.args == [first.id]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.merged_record is not None
    assert dialog.merged_record.id == first.id
    survivor = customers.get(first.id)
    assert survivor.data.email == "toimisto@virtanen.fi"
    assert survivor.data.phone == "+358 50 7654321"
    assert survivor.data.name == "Rakennus Virtanen Oy"
    assert survivor.data.business_id == "2077474-0"
    assert survivor.data.comment == "Tuli messuilta"
    assert {c.name for c in survivor.contacts} == {
        "Matti Virtanen", "Liisa Virtanen", "Pekka Mäkinen", "Anna Mäkinen",
    }  # fmt: skip
    assert [c.name for c in survivor.contacts if c.is_default] == ["Matti Virtanen"]
    assert {o.name for o in survivor.offices} == {"Tampere", "Nokia"}
    assert {n.text for n in survivor.notes} == {"Soitettu", "Tarjous lähetetty", "Muistutus"}
    assert customers.find_id_by_number("1002") == first.id
    with pytest.raises(NotFound):
        customers.get(second.id)


def test_choosing_the_other_survivor(
    qtbot: QtBot,
    open_dialog: OpenDialog,
    customers: CustomerService,
    pair: tuple[CustomerRecord, CustomerRecord],
) -> None:
    first, second = pair
    dialog = open_dialog(first.id, second.id)

    survivor_button = dialog.findChild(QRadioButton, f"survivor:{second.id}")
    assert survivor_button is not None
    assert survivor_button.text().startswith("1002 Rakennus Virtanen")
    _click(qtbot, survivor_button)

    assert dialog.survivor_id() == second.id
    assert _label(dialog, f"header:{second.id}") == "1002 Rakennus Virtanen\nsurvives"
    assert _radio(dialog, "customer_number", second.id).isChecked()
    assert _radio(dialog, "email", second.id).isChecked()
    assert _radio(dialog, "business_id", first.id).isChecked()  # 1002 has none
    assert dialog.summary_text() == (
        "2 contacts, 1 office and 1 note move to the surviving customer; "
        "number 1001 will point to it."
    )

    _click(qtbot, _merge_button(dialog))

    survivor = customers.get(second.id)
    assert survivor.data.customer_number == "1002"
    assert survivor.data.business_id == "2077474-0"
    assert len(survivor.contacts) == 4
    assert customers.find_id_by_number("1001") == second.id
    with pytest.raises(NotFound):
        customers.get(first.id)


def test_keeping_the_other_number_changes_the_summary(
    qtbot: QtBot, open_dialog: OpenDialog, pair: tuple[CustomerRecord, CustomerRecord]
) -> None:
    first, second = pair
    dialog = open_dialog(first.id, second.id)

    _click(qtbot, _radio(dialog, "customer_number", second.id))

    assert dialog.summary_text().endswith("number 1001 will point to it.")
    assert dialog.chosen_data().customer_number == "1002"


def test_declining_the_confirmation_changes_nothing(
    qtbot: QtBot,
    open_dialog: OpenDialog,
    customers: CustomerService,
    pair: tuple[CustomerRecord, CustomerRecord],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = pair
    dialog = open_dialog(first.id, second.id)
    monkeypatch.setattr(dialog, "_confirm", lambda: False)

    with qtbot.assertNotEmitted(dialog.merged):
        _click(qtbot, _merge_button(dialog))

    assert dialog.isVisible()
    assert customers.get(first.id) == first
    assert customers.get(second.id) == second


def _error_text(qtbot: QtBot, dialog: MergeDialog) -> str:
    def shown() -> bool:
        box = dialog.error_box()
        return box is not None and box.isVisible()

    qtbot.waitUntil(shown)
    box = dialog.error_box()
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "Cannot merge"
    return box.text()


def test_a_number_taken_meanwhile_is_reported_and_nothing_changes(
    qtbot: QtBot,
    open_dialog: OpenDialog,
    customers: CustomerService,
    pair: tuple[CustomerRecord, CustomerRecord],
) -> None:
    first, second = pair
    third = customers.create(make_customer(name="Muu Oy", business_id="", email="", phone=""))
    dialog = open_dialog(first.id, second.id)
    # While the dialog is open, 1001 is renumbered and its old number given to another.
    first = customers.update(first.id, replace(first.data, customer_number="1009"))
    third = customers.update(third.id, replace(third.data, customer_number="1001"))

    with qtbot.assertNotEmitted(dialog.merged):
        _click(qtbot, _merge_button(dialog))

    assert _error_text(qtbot, dialog) == (
        "The customers were not merged.\n\n"
        "Customer number: The customer number 1001 is already in use."
    )
    assert dialog.isVisible()
    assert dialog.merged_record is None
    assert customers.get(first.id) == first
    assert customers.get(second.id) == second
    assert customers.find_id_by_number("1002") == second.id


def test_an_invalid_combination_is_reported_and_can_be_fixed(
    qtbot: QtBot, open_dialog: OpenDialog, customers: CustomerService
) -> None:
    first = customers.create(make_customer(einvoice_address="003720774740"))
    second = customers.create(
        make_customer(name="Virtanen", street="", postal_code="", city="", email="", phone="")
    )
    dialog = open_dialog(first.id, second.id)

    # E-invoicing needs the full billing address; keep 1002's empty street.
    empty_street = _radio(dialog, "street", second.id)
    assert empty_street.text() == "(empty)"
    _click(qtbot, empty_street)
    _click(qtbot, _merge_button(dialog))

    assert _error_text(qtbot, dialog).endswith(
        "Street: E-invoicing needs the full billing address."
    )
    assert customers.get(second.id).data.name == "Virtanen"

    box = dialog.error_box()
    assert box is not None
    box.close()
    _click(qtbot, _radio(dialog, "street", first.id))
    with qtbot.waitSignal(dialog.merged, timeout=2000):
        _click(qtbot, _merge_button(dialog))
    assert customers.get(first.id).data.street == "Hämeenkatu 10"


def test_a_customer_removed_meanwhile_is_reported(
    qtbot: QtBot,
    open_dialog: OpenDialog,
    customers: CustomerService,
    pair: tuple[CustomerRecord, CustomerRecord],
) -> None:
    first, second = pair
    dialog = open_dialog(first.id, second.id)
    customers.delete(second.id)

    _click(qtbot, _merge_button(dialog))

    assert "not found" in _error_text(qtbot, dialog)
    assert customers.get(first.id) == first


def test_custom_fields_are_rows_too(
    qtbot: QtBot, open_dialog: OpenDialog, customers: CustomerService
) -> None:
    first = customers.create(make_customer(custom_fields={"Toimiala": "Rakennus"}))
    second = customers.create(
        make_customer(
            name="Virtanen", email="", phone="",
            custom_fields={"Toimiala": "Sähkö", "Koko": "pieni"},
        )
    )  # fmt: skip
    dialog = open_dialog(first.id, second.id)

    assert "custom:Toimiala" in dialog.row_keys()
    assert _radio(dialog, "custom:Koko", first.id).text() == "(empty)"
    _click(qtbot, _radio(dialog, "custom:Toimiala", second.id))
    _click(qtbot, _merge_button(dialog))

    assert customers.get(first.id).data.custom_fields == {"Toimiala": "Sähkö", "Koko": "pieni"}


def test_billing_customer_of_the_pair_is_dropped(
    qtbot: QtBot, open_dialog: OpenDialog, customers: CustomerService
) -> None:
    billing = customers.create(make_customer())
    branch = customers.create(
        make_customer(
            name="Virtanen Tampere", business_id="", email="", phone="",
            alt_billing_customer_number="1001",
        )
    )  # fmt: skip
    dialog = open_dialog(billing.id, branch.id)
    survivor_button = dialog.findChild(QRadioButton, f"survivor:{branch.id}")
    assert survivor_button is not None
    _click(qtbot, survivor_button)

    # After the merge both numbers are the branch's own; it cannot bill itself.
    assert "alt_billing_customer_number" not in dialog.row_keys()
    assert dialog.chosen_data().alt_billing_customer_number == ""
    with qtbot.waitSignal(dialog.merged, timeout=2000):
        _click(qtbot, _merge_button(dialog))
    assert customers.get(branch.id).data.alt_billing_customer_number == ""


def test_long_values_are_shortened_with_the_full_text_in_the_tooltip(
    open_dialog: OpenDialog, customers: CustomerService
) -> None:
    comment = "Ensimmäinen rivi joka on aika pitkä\nToinen rivi"
    first = customers.create(make_customer(comment=comment))
    second = customers.create(make_customer(name="Virtanen", email="", phone=""))
    dialog = open_dialog(first.id, second.id)

    radio = _radio(dialog, "comment", first.id)
    assert radio.text() == "Ensimmäinen rivi joka on aika pitkä…"
    assert radio.toolTip() == comment


def test_a_customer_cannot_be_merged_with_itself(
    customers: CustomerService, pair: tuple[CustomerRecord, CustomerRecord]
) -> None:
    with pytest.raises(ValueError, match="itself"):
        MergeDialog(customers, pair[0].id, pair[0].id)
