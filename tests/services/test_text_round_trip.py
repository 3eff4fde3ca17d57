"""Every text field: long strings, control characters, emoji and right-to-left text.

Either the value is stored and read back exactly as validated (trimmed), or it is refused
with a reason the user can read.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asiakasrekisteri.domain.customer import (
    ContactData,
    NoteData,
    OfficeData,
    validate_contact,
    validate_customer,
    validate_note,
    validate_office,
)
from asiakasrekisteri.domain.errors import FieldErrors, ValidationError
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.history import HistoryService
from asiakasrekisteri.storage.db import Database
from tests.conftest import make_customer

TRICKY = st.one_of(
    st.text(max_size=40),
    st.text(
        alphabet="abcÅäö 😀👩‍👩‍👧עבריתالعربية\u200f\u200e\u202e\t\n\r\x00\x07\x1b", max_size=60
    ),
    st.text(alphabet="x😀", min_size=500, max_size=3000),
)
SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
CARD_TEXT_FIELDS = ("name", "street", "city", "comment", "delivery_terms", "text_after_rows")


def _reason(exc: FieldErrors | ValidationError) -> str:
    if isinstance(exc, FieldErrors):
        return "; ".join(e.message for e in exc.errors.values())
    return exc.message


@SETTINGS
@given(field=st.sampled_from(CARD_TEXT_FIELDS), value=TRICKY)
def test_card_text_fields(db: Database, customers: CustomerService, field: str, value: str) -> None:
    data = make_customer(**{field: value})
    try:
        clean = validate_customer(data)
    except FieldErrors as exc:
        assert _reason(exc).strip()
        return
    record = customers.create(data)
    assert getattr(customers.get(record.id).data, field) == getattr(clean, field)
    # The history shows the value back unchanged too.
    new = customers.update(record.id, replace(clean, comment=clean.comment + " x"))
    rows = HistoryService(db).for_customer(record.id)
    assert rows[0].new_value == new.data.comment
    customers.delete(record.id)


@SETTINGS
@given(name=TRICKY, email_text=TRICKY)
def test_contacts_offices_and_notes(customers: CustomerService, name: str, email_text: str) -> None:
    cid = customers.create(make_customer()).id
    cases = (
        (validate_contact, customers.add_contact, ContactData(name=name, title=email_text),
         ("name", "title"), "contacts"),
        (validate_office, customers.add_office, OfficeData(name=name, street=email_text),
         ("name", "street"), "offices"),
        (validate_note, customers.add_note, NoteData(text=name + email_text), ("text",),
         "notes"),
    )  # fmt: skip
    for validate, add, data, fields, rows in cases:
        try:
            clean = validate(data)  # type: ignore[arg-type]
        except (FieldErrors, ValidationError) as exc:
            assert _reason(exc).strip()
            continue
        stored = add(cid, data)  # type: ignore[arg-type]
        again = next(r for r in getattr(customers.get(cid), rows) if r.id == stored.id)
        for field in fields:
            assert getattr(again, field) == getattr(clean, field)
    customers.delete(cid)


@pytest.mark.parametrize("value", ["a\x00b", "x\x1by", "\x07"])
def test_control_characters_are_refused_with_a_reason(value: str) -> None:
    with pytest.raises(FieldErrors) as caught:
        validate_customer(make_customer(name=value))
    assert "control characters" in _reason(caught.value)


@pytest.mark.parametrize(
    "value",
    ["Kahvila ☕ Åström 😀", "שלום עליכם בע״מ", "شركة الأمل", "x" * 180, "a\u202eb\u200fc"],
)
def test_the_card_shows_stored_text_back_unchanged(
    qtbot: object, customers: CustomerService, services: Services, value: str
) -> None:
    from asiakasrekisteri.ui.customer_card.card import CustomerCard

    record = customers.create(make_customer(name=value, comment=value))
    card = CustomerCard(customers, services.attachments, services.history)
    qtbot.addWidget(card)  # type: ignore[attr-defined]
    card.load(record.id)
    assert card.basic_info.name_edit.text() == value
    assert card.header_name.text() == value
    assert not card.is_dirty()
