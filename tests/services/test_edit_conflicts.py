"""Two people save one card: the later save is stopped and told, never lost silently."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from asiakasrekisteri.domain.customer import ContactData, NoteData, OfficeData
from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRowData
from asiakasrekisteri.services.conflicts import RecordConflict
from asiakasrekisteri.services.container import Services, build_services
from asiakasrekisteri.services.customers import CustomerQuery
from asiakasrekisteri.services.customers.conflicts import EditConflict
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.locations import backend_for
from tests.conftest import make_customer
from tests.services.conftest import INVOICING_SELLER


@pytest.fixture
def colleague(db: Database, tmp_path: Path) -> Iterator[Services]:
    other = Database.open(backend_for(db.backend.location()))
    services = build_services(other, tmp_path / "other-backups")
    yield services
    other.close()


def test_a_save_from_an_outdated_card_is_a_conflict_naming_the_change(
    services: Services, colleague: Services
) -> None:
    created = services.customers.create(make_customer(phone="040 111 1111"))
    mine = services.customers.get(created.id)
    theirs = colleague.customers.get(created.id)
    saved = colleague.customers.update(
        created.id, replace(theirs.data, phone="050 222 2222"), edited_from=theirs
    )
    phone = saved.data.phone

    with pytest.raises(EditConflict) as caught:
        services.customers.update(
            created.id, replace(mine.data, comment="minun muutos"), edited_from=mine
        )
    conflict = caught.value
    assert conflict.current.data.phone == phone
    assert any(c.field == "phone" and c.new_value == phone for c in conflict.changes)
    assert conflict.changes[-1].user in conflict.message
    stored = services.customers.get(created.id).data
    assert stored.comment == mine.data.comment, "nothing of the refused save was written"

    # Saving on top of what the other saved keeps both changes' record in the history.
    merged = services.customers.update(
        created.id,
        replace(conflict.current.data, comment="minun muutos"),
        edited_from=conflict.current,
    )
    assert (merged.data.phone, merged.data.comment) == (phone, "minun muutos")
    assert merged.version == conflict.current.version + 1


def test_a_conflict_names_only_the_saves_made_since_the_card_was_read(
    services: Services, colleague: Services
) -> None:
    # Made in bulk, as an import or the demo data makes cards: the entries of the
    # creation are stamped when the transaction ends, after the card's own time.
    services.demo.fill(3)
    customer_id = services.customers.list_ids(CustomerQuery())[0]
    mine = services.customers.get(customer_id)
    theirs = colleague.customers.get(customer_id)
    # Several fields of a card with contacts in one save: one save, one version.
    once = colleague.customers.update(
        customer_id,
        replace(theirs.data, comment="eka", phone="+358 40 7654321"),
        edited_from=theirs,
    )
    assert once.version == theirs.version + 1
    colleague.customers.update(customer_id, replace(once.data, comment="toka"), edited_from=once)

    with pytest.raises(EditConflict) as caught:
        services.customers.update(customer_id, replace(mine.data, city="Oulu"), edited_from=mine)
    changes = [(c.field, c.new_value) for c in caught.value.changes]
    assert changes == [("phone", "+358 40 7654321"), ("comment", "eka"), ("comment", "toka")]


def test_every_change_counts_the_version_up(services: Services) -> None:
    created = services.customers.create(make_customer())
    assert created.version == 1
    services.customers.set_active([created.id], False)
    assert services.customers.get(created.id).version == 2
    with pytest.raises(EditConflict):
        services.customers.update(created.id, created.data, edited_from=created)


def test_a_contact_saved_by_someone_else_meanwhile_is_a_conflict(
    services: Services, colleague: Services
) -> None:
    customer = services.customers.create(make_customer())
    added = services.customers.add_contact(customer.id, ContactData(name="Maija Mäkelä"))
    assert added.version == 1
    theirs = colleague.customers.update_contact(replace(added, phone="040 333 3333"))
    assert theirs.version == 2

    with pytest.raises(RecordConflict) as caught:
        services.customers.update_contact(replace(added, title="Toimitusjohtaja"))
    conflict = caught.value
    assert conflict.current == theirs
    assert [(c.field, c.new_value) for c in conflict.changes] == [("phone", theirs.phone)]
    stored = services.customers.get(customer.id).contacts[0]
    assert stored.title == "", "nothing of the refused save was written"

    # Overwrite: saved on top of what the other saved.
    mine = services.customers.update_contact(
        replace(added, title="Toimitusjohtaja", version=conflict.current.version)
    )
    assert (mine.title, mine.phone, mine.version) == ("Toimitusjohtaja", "", 3)


def test_an_office_and_a_note_saved_by_someone_else_are_conflicts(
    services: Services, colleague: Services
) -> None:
    customer = services.customers.create(make_customer())
    office = services.customers.add_office(customer.id, OfficeData(name="Tampere"))
    note = services.customers.add_note(customer.id, NoteData(text="Soita"))
    colleague.customers.update_office(replace(office, city="Tampere"))
    colleague.customers.update_note(replace(note, text="Soita maanantaina"))

    with pytest.raises(RecordConflict) as office_conflict:
        services.customers.update_office(replace(office, name="Tampereen toimipiste"))
    assert office_conflict.value.current.city == "Tampere"
    with pytest.raises(RecordConflict) as note_conflict:
        services.customers.update_note(replace(note, text="Lähetä tarjous"))
    assert note_conflict.value.current.text == "Soita maanantaina"
    assert any(c.field == "text" for c in note_conflict.value.changes)
    # A record saved without a version (an import, a script) is not checked.
    assert services.customers.update_note(replace(note, text="X", version=0)).text == "X"


def test_a_draft_invoice_saved_by_someone_else_is_a_conflict(
    services: Services, colleague: Services
) -> None:
    services.company.save(INVOICING_SELLER)
    customer = services.customers.create(make_customer())
    row = InvoiceRowData("Suunnittelu", Decimal(2), Decimal("45.00"), Decimal("25.5"))
    draft = InvoiceDraft(customer_id=customer.id, rows=(row,))
    mine = services.invoicing.create_draft(draft)
    theirs = colleague.invoicing.get(mine.id)
    # Only a row's text changes: the invoice's own row stays, its version still counts.
    saved = colleague.invoicing.update_draft(
        mine.id,
        replace(draft, rows=(replace(row, description="Suunnittelu ja piirustukset"),)),
        edited_from=theirs.version,
    )
    assert saved.version == mine.version + 1

    with pytest.raises(RecordConflict) as caught:
        services.invoicing.update_draft(
            mine.id, replace(draft, your_reference="Tilaus 12"), edited_from=mine.version
        )
    assert caught.value.current.rows[0].description == "Suunnittelu ja piirustukset"
    assert services.invoicing.get(mine.id).your_reference == ""
    overwritten = services.invoicing.update_draft(
        mine.id,
        replace(draft, your_reference="Tilaus 12"),
        edited_from=caught.value.current.version,
    )
    assert overwritten.your_reference == "Tilaus 12"
