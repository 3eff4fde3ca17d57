"""Two people save one card: the later save is stopped and told, never lost silently."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from asiakasrekisteri.services.container import Services, build_services
from asiakasrekisteri.services.customers.conflicts import EditConflict
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.locations import backend_for
from tests.conftest import make_customer


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


def test_every_change_counts_the_version_up(services: Services) -> None:
    created = services.customers.create(make_customer())
    assert created.version == 1
    services.customers.set_active([created.id], False)
    assert services.customers.get(created.id).version == 2
    with pytest.raises(EditConflict):
        services.customers.update(created.id, created.data, edited_from=created)
