"""Roles of a team on a real PostgreSQL server: the server itself keeps invoicing figures
from a limited user, and the program says so in one line instead of failing."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from asiakasrekisteri.cli import main
from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRowData
from asiakasrekisteri.services.container import Services, open_services
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.services.team import TeamMember, TeamRole
from asiakasrekisteri.storage.errors import PermissionRefusedError, RolesNeedServerError
from tests.conftest import make_customer
from tests.services.conftest import INVOICING_SELLER


def as_user(url: str, name: str) -> str:
    """The register's address as ``name`` logs in to it."""
    return make_url(url).set(username=name).render_as_string(hide_password=False)


@pytest.fixture
def owner(postgres_url: str) -> Iterator[Services]:
    """The register's owner, with a customer and an invoice in the register."""
    services = open_services(postgres_url)
    services.company.save(INVOICING_SELLER)
    customer = services.customers.create(make_customer())
    row = InvoiceRowData("Suunnittelu", Decimal(2), Decimal("45.00"), Decimal("25.5"))
    services.invoicing.create_invoice(InvoiceDraft(customer_id=customer.id, rows=(row,)))
    yield services
    services.close()


@pytest.fixture
def limited_name(owner: Services) -> str:
    name = f"liisa_{uuid.uuid4().hex[:8]}"
    owner.team.add(name, TeamRole.LIMITED)
    return name


def test_the_server_refuses_a_limited_user_invoices_but_not_customers(
    owner: Services, limited_name: str, postgres_url: str
) -> None:
    url = as_user(postgres_url, limited_name)
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM customer").fetchone() == (1,)
        for table in ("invoice", "invoice_row", "invoice_payment", "product", "bank_payment"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT * FROM {table}")
            conn.rollback()
        # The change log keeps the invoice's entries from the limited user only.
        entities = {r[0] for r in conn.execute("SELECT DISTINCT entity FROM history_entry")}
        assert "customer" in entities
        assert "invoice" not in entities
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE own_company SET name = 'X'")
    with psycopg.connect(postgres_url) as conn:
        entities = {r[0] for r in conn.execute("SELECT DISTINCT entity FROM history_entry")}
        assert "invoice" in entities


def test_a_limited_user_works_on_customers_and_is_told_about_invoices(
    owner: Services, limited_name: str, postgres_url: str
) -> None:
    assert owner.team.sees_invoicing()
    services = open_services(as_user(postgres_url, limited_name))
    try:
        assert not services.team.sees_invoicing()
        created = services.customers.create(make_customer(name="Liisan Asiakas Oy"))
        services.customers.add_note(created.id, _note())
        entries = services.history.for_customer(created.id)
        assert {e.user for e in entries} == {limited_name}
        with pytest.raises(PermissionRefusedError, match="no right"):
            services.invoicing.list_invoices()
    finally:
        services.close()


def _note():  # type: ignore[no-untyped-def]
    from asiakasrekisteri.domain.customer import NoteData

    return NoteData(text="Soitettu")


def test_the_command_line_reports_a_refusal_in_one_line(
    owner: Services,
    limited_name: str,
    postgres_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = as_user(postgres_url, limited_name)
    assert main(["--db", url, "customers", "--json"]) == 0
    capsys.readouterr()
    assert main(["--db", url, "invoice", "list"]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert "no right to this part of the register" in lines[0]
    assert "Traceback" not in captured.err


def test_a_limited_users_export_has_no_sales_sheet(
    owner: Services, limited_name: str, postgres_url: str, tmp_path: Path
) -> None:
    import python_calamine

    from asiakasrekisteri.services.spreadsheets.export import SALES_SHEET

    services = open_services(as_user(postgres_url, limited_name))
    try:
        services.excel_export.export(tmp_path / "limited.xlsx")
    finally:
        services.close()
    owner.excel_export.export(tmp_path / "full.xlsx")
    sheets = {
        name: python_calamine.CalamineWorkbook.from_path(str(tmp_path / name)).sheet_names
        for name in ("limited.xlsx", "full.xlsx")
    }
    assert SALES_SHEET in sheets["full.xlsx"]
    assert sheets["limited.xlsx"] == [s for s in sheets["full.xlsx"] if s != SALES_SHEET]


def test_what_needs_the_whole_register_is_refused_in_one_line(
    owner: Services,
    limited_name: str,
    postgres_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A backup reads invoicing too; so does deleting a customer (are there invoices?)."""
    url = as_user(postgres_url, limited_name)
    for command in (["backup", str(tmp_path / "b.sqlite3")], ["privacy", "erase", "1001", "--yes"]):
        assert main(["--db", url, *command]) == 2, command
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "no right" in err[0], (command, err)
    assert not (tmp_path / "b.sqlite3").exists()
    assert owner.customers.count() == 1


def test_the_owner_adds_changes_and_removes_users_from_the_command_line(
    owner: Services, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    name = f"matti_{uuid.uuid4().hex[:8]}"
    assert main(["--db", postgres_url, "team", "add-user", name, "--role", "full"]) == 0
    assert "full access" in capsys.readouterr().out
    assert TeamMember(name, TeamRole.FULL) in owner.team.members()
    with psycopg.connect(as_user(postgres_url, name)) as conn:
        assert conn.execute("SELECT count(*) FROM invoice").fetchone() == (1,)

    assert main(["--db", postgres_url, "team", "add-user", name, "--role", "limited"]) == 0
    capsys.readouterr()
    assert main(["--db", postgres_url, "team", "list"]) == 0
    assert f"{name}\tlimited" in capsys.readouterr().out.splitlines()
    with (
        psycopg.connect(as_user(postgres_url, name)) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("SELECT count(*) FROM invoice")

    assert main(["--db", postgres_url, "team", "remove-user", name]) == 0
    capsys.readouterr()
    assert all(m.name != name for m in owner.team.members())
    with (
        psycopg.connect(as_user(postgres_url, name)) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("SELECT count(*) FROM customer")


def test_a_password_set_by_the_owner_is_the_one_the_server_asks(
    owner: Services, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    name = f"pirjo_{uuid.uuid4().hex[:8]}"
    monkeypatch.setattr("sys.stdin", io.StringIO("Salasana-1\n"))
    assert (
        main(["--db", postgres_url, "team", "add-user", name, "--role", "limited",
              "--password-stdin"])
        == 0
    )  # fmt: skip
    with psycopg.connect(postgres_url) as conn:
        hashed = conn.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (name,)
        ).fetchone()
    assert hashed is not None and str(hashed[0]).startswith("SCRAM-SHA-256$")


def test_a_team_member_cannot_hand_out_roles(
    owner: Services, limited_name: str, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = as_user(postgres_url, limited_name)
    assert main(["--db", url, "team", "add-user", "kalle", "--role", "full"]) == 2
    assert "no right" in capsys.readouterr().err


def test_bad_user_names_are_refused(owner: Services) -> None:
    for name in ("", "pg_read_all_data", "asiakasrekisteri_full", "a b", "x" * 64, "drop;"):
        with pytest.raises(RuleViolation):
            owner.team.add(name, TeamRole.FULL)


def test_a_register_file_has_no_users(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    services = open_services(tmp_path / "r.sqlite3")
    try:
        assert services.team.sees_invoicing()
        with pytest.raises(RolesNeedServerError):
            services.team.add("maija", TeamRole.LIMITED)
    finally:
        services.close()
    db = str(tmp_path / "r.sqlite3")
    assert main(["--db", db, "team", "add-user", "maija", "--role", "limited"]) == 2
    assert "PostgreSQL server" in capsys.readouterr().err
