"""What the team's grants let each role do on a real PostgreSQL server: a full member
erases a person for good; a limited member never reads the card's invoicing figures."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest

from asiakasrekisteri.domain.customer import ContactData, OfficeData
from asiakasrekisteri.services.container import Services, open_services
from asiakasrekisteri.services.errors import NotFound
from asiakasrekisteri.services.team import TeamRole
from asiakasrekisteri.storage.errors import PermissionRefusedError
from asiakasrekisteri.storage.postgresql import VERSION_TABLE
from tests.conftest import make_customer
from tests.integration.conftest import join_team
from tests.integration.test_team_roles import as_user

SECRET = "Qwerty-Piilonimi-4417"  # unique: found in a data file only if not erased


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
    full = join_team(owner, postgres_url, TeamRole.FULL)
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
    full = join_team(owner, postgres_url, TeamRole.FULL)
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
    limited = join_team(owner, postgres_url, TeamRole.LIMITED)
    try:
        with pytest.raises(PermissionRefusedError, match="no right"):
            limited.privacy.erase(customer.id)
    finally:
        limited.close()
    assert owner.customers.get(customer.id).data.name == f"{SECRET} Oy"


def test_the_owner_still_upgrades_and_hands_out_roles_after_the_tables_changed_hands(
    owners_register: str,
) -> None:
    owner = open_services(owners_register)
    try:
        kept = owner.customers.create(make_customer())
        full = join_team(owner, owners_register, TeamRole.FULL)
        try:  # as after an upgrade that only changed tables, which a full member may run
            with full.db.engine.begin() as conn:
                full.db.backend.after_upgrade(conn)
        finally:
            full.close()
        join_team(owner, owners_register, TeamRole.LIMITED).close()
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


TERMS = {"credit_limit": Decimal("5000.00"), "discount_percent": Decimal("7.5"),
         "penalty_interest": Decimal("11.5")}  # fmt: skip


@pytest.fixture
def card_with_terms(owner: Services) -> int:
    """A customer whose card has a discount, a credit limit and a penalty interest."""
    return owner.customers.create(make_customer(name="Ehdot Oy", **TERMS)).id


def _terms(services: Services, customer_id: int) -> dict[str, Decimal | None]:
    data = services.customers.get(customer_id).data
    return {name: getattr(data, name) for name in TERMS}


def test_the_server_keeps_the_cards_invoicing_terms_from_a_limited_user(
    owner: Services, card_with_terms: int, postgres_url: str
) -> None:
    data = owner.customers.get(card_with_terms).data
    owner.customers.update(card_with_terms, replace(data, credit_limit=Decimal(6000)))
    with psycopg.connect(postgres_url) as conn:
        fields = {r[0] for r in conn.execute("SELECT field FROM history_entry")}
        assert "credit_limit" in fields
    name = f"liisa_{uuid.uuid4().hex[:8]}"
    owner.team.add(name, TeamRole.LIMITED)
    with psycopg.connect(as_user(postgres_url, name)) as conn:
        assert conn.execute("SELECT name FROM customer").fetchall() == [("Ehdot Oy",)]
        for column in (*TERMS, "*"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT {column} FROM customer")
            conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE customer SET credit_limit = 1")
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT previous FROM import_entry")
        conn.rollback()
        # Nor does the change log tell what the terms were.
        fields = {r[0] for r in conn.execute("SELECT field FROM history_entry")}
        assert not fields & set(TERMS)


def test_a_limited_user_works_on_customers_without_their_invoicing_terms(
    owner: Services,
    card_with_terms: int,
    postgres_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import python_calamine

    from asiakasrekisteri.cli import main
    from asiakasrekisteri.services.customers import CustomerQuery
    from asiakasrekisteri.services.spreadsheets.export import CUSTOMERS_SHEET, TERM_HEADERS

    limited = join_team(owner, postgres_url, TeamRole.LIMITED)
    url = str(limited.db.backend.location())
    try:
        # The card shows the terms' defaults; saving it leaves the stored terms alone.
        record = limited.customers.get(card_with_terms)
        assert _terms(limited, card_with_terms) == dict.fromkeys(TERMS) | {
            "discount_percent": Decimal(0)
        }
        limited.customers.update(
            card_with_terms, replace(record.data, phone="050 111 2222"), edited_from=record
        )
        created = limited.customers.create(make_customer(name="Liisan Oma Oy"))
        contact = limited.customers.add_contact(created.id, ContactData(name="Matti Meikäläinen"))
        # A contact's save reaches its customer through the relationship.
        limited.customers.update_contact(replace(contact, is_default=True, title="Johtaja"))
        office = limited.customers.add_office(card_with_terms, OfficeData(name="Konttori"))
        limited.customers.update_office(replace(office, city="Turku", is_default=True))
        assert limited.customers.set_active([card_with_terms], False) == 1
        limited.customers.set_active([card_with_terms], True)
        found = limited.customers.search_records(CustomerQuery(search="liisan"))
        assert [r.id for r in found] == [created.id]
        assert set(limited.customers.rows([created.id, card_with_terms])) == {
            created.id,
            card_with_terms,
        }
        # Terms of the user's own choosing are refused, not silently dropped.
        with pytest.raises(PermissionRefusedError, match="no right"):
            limited.customers.update(created.id, replace(created.data, credit_limit=Decimal(1)))
        limited.excel_export.export(tmp_path / "limited.xlsx")
    finally:
        limited.close()
    assert owner.customers.get(card_with_terms).data.phone == "+358 50 1112222"
    assert _terms(owner, card_with_terms) == TERMS
    assert _terms(owner, created.id) == {
        "credit_limit": None, "discount_percent": Decimal(0), "penalty_interest": None,
    }  # fmt: skip
    sheet = python_calamine.CalamineWorkbook.from_path(str(tmp_path / "limited.xlsx"))
    header = sheet.get_sheet_by_name(CUSTOMERS_SHEET).to_python()[0]
    assert "Nimi" in header and not set(TERM_HEADERS) & set(header)

    capsys.readouterr()
    assert main(["--db", url, "customer", "show", created.data.customer_number]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["name"] == "Liisan Oma Oy" and not set(TERMS) & set(shown)
    assert main(["--db", url, "customers", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    assert main(["--db", url, "customer", "set", "1001", "credit_limit=100"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no right" in err[0]


def test_a_full_member_sees_and_changes_the_terms(
    owner: Services, card_with_terms: int, postgres_url: str
) -> None:
    full = join_team(owner, postgres_url, TeamRole.FULL)
    try:
        assert _terms(full, card_with_terms) == TERMS
        record = full.customers.get(card_with_terms)
        full.customers.update(card_with_terms, replace(record.data, credit_limit=Decimal(900)))
        created = full.customers.create(make_customer(name="Uusi Oy", discount_percent=Decimal(3)))
        assert _terms(full, created.id)["discount_percent"] == Decimal(3)
    finally:
        full.close()
    assert _terms(owner, card_with_terms)["credit_limit"] == Decimal(900)


def test_a_register_shared_before_the_tables_changed_hands_gets_them_at_its_upgrade(
    owners_register: str,
) -> None:
    """A team set up by an earlier version left the tables with the owner; the upgrade
    to the version that hands them over does it, so a full member can erase for good."""
    owner = open_services(owners_register)
    try:
        join_team(owner, owners_register, TeamRole.FULL).close()
    finally:
        owner.close()
    with psycopg.connect(owners_register) as conn:  # as an earlier version left it
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables "
                                             "WHERE schemaname = 'public'")]  # fmt: skip
        for table in tables:
            conn.execute(f"ALTER TABLE {table} OWNER TO CURRENT_USER")
        conn.execute(f"UPDATE {VERSION_TABLE} SET version = 17")

    upgraded = open_services(owners_register)
    try:
        assert upgraded.db.upgraded_from == 17
    finally:
        upgraded.close()
    with psycopg.connect(owners_register) as conn:
        owners = {r[0] for r in conn.execute("SELECT DISTINCT tableowner FROM pg_tables "
                                             "WHERE schemaname = 'public'")}  # fmt: skip
    assert owners == {"asiakasrekisteri_full"}
