"""What a team member may not do to the register or to themselves, on a real PostgreSQL
server: a limited member cannot merge customers (a merge moves invoices), nobody takes
themselves out of the team, and the team's list names people, not group roles."""

from __future__ import annotations

import json
import uuid
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest

from asiakasrekisteri.cli import main
from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRowData
from asiakasrekisteri.services.container import Services, open_services
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.services.team import TeamMember, TeamRole
from asiakasrekisteri.storage.errors import RolesNeedServerError
from tests.conftest import make_customer
from tests.integration.conftest import join_team


@pytest.fixture
def three(owner: Services) -> tuple[int, int, int]:
    """1001 with a credit limit, 1002 alike in name, 1003 with an invoice."""
    first = owner.customers.create(make_customer(credit_limit=Decimal(5000)))
    second = owner.customers.create(
        make_customer(name="Rakennus Virtanen", customer_number="1002", business_id="")
    )
    third = owner.customers.create(make_customer(name="Virtasen Rakennus", customer_number="1003"))
    row = InvoiceRowData("Suunnittelu", Decimal(2), Decimal("45.00"), Decimal("25.5"))
    owner.invoicing.create_invoice(InvoiceDraft(customer_id=third.id, rows=(row,)))
    return first.id, second.id, third.id


def test_a_limited_member_cannot_merge_and_nothing_is_touched(
    owner: Services, three: tuple[int, int, int], postgres_url: str
) -> None:
    first, second, third = three
    limited = join_team(owner, postgres_url, TeamRole.LIMITED)
    try:
        assert not limited.customers.may_merge()
        data = limited.customers.get(first).data
        for other in (second, third):  # with and without an invoice to move
            with pytest.raises(RuleViolation) as refused:
                limited.customers.merge(first, other, data)
            assert refused.value.code == "merge.limited_role"
            assert "full team member" in str(refused.value)
        assert limited.backups.backups() == []  # refused before the backup was tried
    finally:
        limited.close()
    assert owner.customers.count() == 3
    assert owner.customers.get(first).data.credit_limit == Decimal(5000)
    assert [i.customer_id for i in owner.invoicing.list_invoices()] == [third]


def test_a_full_member_merges_and_the_invoice_follows(
    owner: Services, three: tuple[int, int, int], postgres_url: str
) -> None:
    first, _second, third = three
    assert owner.customers.may_merge()
    full = join_team(owner, postgres_url, TeamRole.FULL)
    try:
        assert full.customers.may_merge()
        merged = full.customers.merge(first, third, full.customers.get(first).data)
    finally:
        full.close()
    assert merged.data.credit_limit == Decimal(5000)
    assert "1003" in merged.merged_numbers
    assert [i.customer_id for i in owner.invoicing.list_invoices()] == [first]


def test_the_owner_cannot_remove_themselves(team_owner: tuple[Services, str]) -> None:
    services, me = team_owner
    assert TeamMember(me, TeamRole.FULL) in services.team.members()
    with pytest.raises(RuleViolation) as refused:
        services.team.remove(f" {me} ")
    assert refused.value.code == "team.remove_self"
    assert TeamMember(me, TeamRole.FULL) in services.team.members()
    # Still the tables' owner through the full role: an erasure rewrites them.
    erased = services.customers.create(make_customer(name="Poistettava Oy"))
    services.privacy.erase(erased.id)
    assert services.customers.count() == 0


def test_the_command_line_refuses_removing_yourself_in_one_line(
    team_owner: tuple[Services, str],
    owners_register: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    qapp: object,
) -> None:
    services, me = team_owner
    other = f"pekka_{uuid.uuid4().hex[:8]}"
    services.team.add(other, TeamRole.FULL)
    capsys.readouterr()
    assert main(["--db", owners_register, "team", "remove-user", me]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert "cannot remove yourself from the team" in lines[0]
    assert "Traceback" not in captured.err and captured.out == ""

    monkeypatch.setenv("ASIAKASREKISTERI_LANG", "fi")
    assert main(["--db", owners_register, "team", "remove-user", me]) == 2
    assert "Et voi poistaa itseäsi tiimistä" in capsys.readouterr().err
    monkeypatch.setenv("ASIAKASREKISTERI_LANG", "sv")
    assert main(["--db", owners_register, "team", "remove-user", me]) == 2
    assert "Du kan inte ta bort dig själv från teamet" in capsys.readouterr().err
    assert TeamMember(me, TeamRole.FULL) in services.team.members()

    monkeypatch.setenv("ASIAKASREKISTERI_LANG", "en")  # someone else goes as before
    assert main(["--db", owners_register, "team", "remove-user", other]) == 0
    assert f"{other}: no access" in capsys.readouterr().out
    assert all(m.name != other for m in services.team.members())


def test_the_owner_cannot_make_themselves_limited(
    team_owner: tuple[Services, str], owners_register: str, capsys: pytest.CaptureFixture[str]
) -> None:
    services, me = team_owner
    args = ["--db", owners_register, "team", "add-user", me, "--role", "limited"]
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.err.strip().splitlines() == [
        "asiakasrekisteri: You cannot change your own role to limited; another user who may "
        "hand out the team's roles can."
    ]
    assert TeamMember(me, TeamRole.FULL) in services.team.members()
    assert TeamMember(me, TeamRole.LIMITED) not in services.team.members()
    services.team.add(me, TeamRole.FULL)  # confirming one's own full role is no change
    assert TeamMember(me, TeamRole.FULL) in services.team.members()


def test_a_full_member_cannot_remove_themselves_either(
    team_owner: tuple[Services, str], owners_register: str
) -> None:
    services, _me = team_owner
    full = join_team(services, owners_register, TeamRole.FULL)
    try:
        me = full.db.acting_user()
        with pytest.raises(RuleViolation, match="cannot remove yourself"):
            full.team.remove(me)
    finally:
        full.close()
    assert TeamMember(me, TeamRole.FULL) in services.team.members()


def test_the_team_list_names_people_not_group_roles(
    team_owner: tuple[Services, str], owners_register: str, capsys: pytest.CaptureFixture[str]
) -> None:
    services, me = team_owner
    liisa = f"liisa_{uuid.uuid4().hex[:8]}"
    services.team.add(liisa, TeamRole.LIMITED)
    group = f"kirjanpito_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(owners_register, autocommit=True) as conn:
        # A group role given a team role (its members' access): not a person itself.
        conn.execute(f"CREATE ROLE {group} NOLOGIN")
        conn.execute(f"GRANT asiakasrekisteri_limited TO {group}")
        conn.execute(f"GRANT {group} TO {me}")  # a login role via the group is no member
    members = services.team.members()
    assert TeamMember(me, TeamRole.FULL) in members
    assert TeamMember(liisa, TeamRole.LIMITED) in members
    names = [m.name for m in members]
    assert group not in names
    assert names.count(me) == 1
    assert not any(n.startswith(("asiakasrekisteri_", "pg_")) for n in names)

    assert main(["--db", owners_register, "team", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {"name": me, "role": "full"} in listed
    assert {"name": liisa, "role": "limited"} in listed
    assert not any(m["name"] == group or m["name"].startswith("asiakasrekisteri_") for m in listed)


def test_a_register_file_says_it_has_no_team_even_for_your_own_name(tmp_path: Path) -> None:
    services = open_services(tmp_path / "r.sqlite3")
    try:
        me = services.db.acting_user() or "maija"
        with pytest.raises(RolesNeedServerError):
            services.team.remove(me)
        with pytest.raises(RolesNeedServerError):
            services.team.add(me, TeamRole.LIMITED)
    finally:
        services.close()


def test_only_the_owner_may_hand_out_roles_and_a_file_has_no_team(
    team_owner: tuple[Services, str], owners_register: str, tmp_path: Path
) -> None:
    services, me = team_owner
    assert services.team.has_team() and services.team.current_user() == me
    assert services.team.may_manage()
    for role in TeamRole:  # neither may create roles: the server would refuse them
        member = join_team(services, owners_register, role)
        try:
            assert member.team.has_team() and not member.team.may_manage()
        finally:
            member.close()
    register_file = open_services(tmp_path / "r.sqlite3")
    try:
        assert not register_file.team.has_team() and not register_file.team.may_manage()
    finally:
        register_file.close()
