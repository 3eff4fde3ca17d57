"""What the team's grants let each role do on a real PostgreSQL server: a full member
erases a person for good; a limited member never reads the card's invoicing figures."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from asiakasrekisteri.services.container import Services, open_services
from asiakasrekisteri.services.errors import NotFound
from asiakasrekisteri.services.team import TeamRole
from asiakasrekisteri.storage.errors import PermissionRefusedError
from tests.conftest import make_customer
from tests.integration.test_team_roles import as_user
from tests.services.conftest import INVOICING_SELLER

SECRET = "Qwerty-Piilonimi-4417"  # unique: found in a data file only if not erased


@pytest.fixture
def owner(postgres_url: str) -> Iterator[Services]:
    services = open_services(postgres_url)
    services.company.save(INVOICING_SELLER)
    yield services
    services.close()


def _member(owner: Services, postgres_url: str, role: TeamRole) -> Services:
    name = f"{role.value}_{uuid.uuid4().hex[:8]}"
    owner.team.add(name, role)
    return open_services(as_user(postgres_url, name))


def _table_file(postgres_url: str, table: str) -> tuple[int, bytes]:
    """The table's file node and its bytes on disk, after the server wrote out its pages."""
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("CHECKPOINT")
        row = conn.execute(
            "SELECT pg_relation_filenode(%s::regclass), current_setting('data_directory'), "
            "pg_relation_filepath(%s::regclass)",
            (table, table),
        ).fetchone()
    assert row is not None
    node, folder, path = row
    return int(node), (Path(folder) / path).read_bytes()


def test_a_full_member_erases_a_person_and_the_values_leave_the_files(
    owner: Services, postgres_url: str
) -> None:
    customer = owner.customers.create(make_customer(name=f"{SECRET} Oy"))
    full = _member(owner, postgres_url, TeamRole.FULL)
    try:
        full.customers.update(  # an old value left behind by the update, too
            customer.id, make_customer(name=f"{SECRET} Ab", customer_number="1001")
        )
        node_before, before = _table_file(postgres_url, "customer")
        assert SECRET.encode() in before

        full.privacy.erase(customer.id)

        with pytest.raises(NotFound):
            full.customers.get(customer.id)
    finally:
        full.close()
    node_after, after = _table_file(postgres_url, "customer")
    assert node_after != node_before  # rewritten by VACUUM FULL
    assert SECRET.encode() not in after


def test_an_erasure_that_could_not_be_compacted_is_refused_before_anything_goes(
    owner: Services, postgres_url: str
) -> None:
    customer = owner.customers.create(make_customer(name=f"{SECRET} Oy"))
    full = _member(owner, postgres_url, TeamRole.FULL)
    with psycopg.connect(postgres_url) as conn:  # a table the full role does not own
        conn.execute("ALTER TABLE note OWNER TO CURRENT_USER")
    try:
        with pytest.raises(PermissionRefusedError, match="no right"):
            full.privacy.erase(customer.id)
    finally:
        full.close()
    assert owner.customers.get(customer.id).data.name == f"{SECRET} Oy"


def test_a_limited_member_cannot_erase(owner: Services, postgres_url: str) -> None:
    customer = owner.customers.create(make_customer(name=f"{SECRET} Oy"))
    limited = _member(owner, postgres_url, TeamRole.LIMITED)
    try:
        with pytest.raises(PermissionRefusedError, match="no right"):
            limited.privacy.erase(customer.id)
    finally:
        limited.close()
    assert owner.customers.get(customer.id).data.name == f"{SECRET} Oy"


@pytest.fixture
def owners_register(postgres_url: str) -> Iterator[str]:
    """A register set up as the README says: by a role that may create roles, not a superuser."""
    owner = f"maija_{uuid.uuid4().hex[:8]}"
    database = f"register_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {owner} LOGIN CREATEROLE")
        conn.execute(f"CREATE DATABASE {database} OWNER {owner}")
    url = as_user(postgres_url, owner).rsplit("/", 1)[0] + f"/{database}"
    yield url
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {database} WITH (FORCE)")


def test_the_owner_still_upgrades_and_hands_out_roles_after_the_tables_changed_hands(
    owners_register: str,
) -> None:
    owner = open_services(owners_register)
    try:
        kept = owner.customers.create(make_customer())
        _member(owner, owners_register, TeamRole.FULL).close()
        _member(owner, owners_register, TeamRole.LIMITED).close()
        erased = owner.customers.create(make_customer(name=f"{SECRET} Oy", customer_number=""))
        owner.privacy.erase(erased.id)
        assert owner.customers.count() == 1
        assert owner.customers.get(kept.id).data.name == kept.data.name
    finally:
        owner.close()
    with psycopg.connect(owners_register) as conn:
        owners = {
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"
            )
        }
        assert owners == {"asiakasrekisteri_full"}
        # What an upgrade does: the owner, through the full role now, changes a table.
        conn.execute("ALTER TABLE customer ADD COLUMN probe INTEGER")
        conn.rollback()
