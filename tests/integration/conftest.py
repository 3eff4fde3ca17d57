"""Fixtures of the tests that run against a real PostgreSQL server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest

from asiakasrekisteri.services.container import Services, open_services
from asiakasrekisteri.services.team import TeamRole
from tests.integration.test_team_roles import as_user
from tests.services.conftest import INVOICING_SELLER


@pytest.fixture
def owner(postgres_url: str) -> Iterator[Services]:
    """The register's owner (the server's test user), with the own company's details."""
    services = open_services(postgres_url)
    services.company.save(INVOICING_SELLER)
    yield services
    services.close()


def join_team(owner: Services, url: str, role: TeamRole) -> Services:
    """A new member of ``role``, added by ``owner``, working on the register at ``url``."""
    name = f"{role.value}_{uuid.uuid4().hex[:8]}"
    owner.team.add(name, role)
    return open_services(as_user(url, name))


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


def _owner_name(url: str) -> str:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT current_user").fetchone()
    assert row is not None
    return str(row[0])


@pytest.fixture
def team_owner(owners_register: str) -> Iterator[tuple[Services, str]]:
    """The README's owner (may create roles, not a superuser) with a full member added,
    which makes the owner a member of the full role too."""
    services = open_services(owners_register)
    services.company.save(INVOICING_SELLER)
    join_team(services, owners_register, TeamRole.FULL).close()
    yield services, _owner_name(owners_register)
    services.close()
