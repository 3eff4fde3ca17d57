"""Moving a register between a file and a PostgreSQL server, both ways, verified."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from asiakasrekisteri.cli import main
from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRowData
from asiakasrekisteri.services.container import open_copy_end, open_services
from asiakasrekisteri.services.customers.listing import CustomerQuery
from asiakasrekisteri.services.register_copy import TargetNotEmpty, copy_register
from asiakasrekisteri.storage.copying import table_checksums
from tests.conftest import make_customer
from tests.services.conftest import INVOICING_SELLER


def _fill(location: str | Path, tmp_path: Path) -> None:
    services = open_services(location)
    try:
        services.company.save(INVOICING_SELLER)
        first = services.customers.create(make_customer())
        services.customers.create(make_customer(name="Åström Ab", business_id=""))
        source = tmp_path / "sopimus.pdf"
        source.write_bytes(b"%PDF-1.4 signed contract")
        services.attachments.add(first.id, source)
        day = date(2026, 3, 2)
        services.invoicing.create_invoice(
            InvoiceDraft(
                customer_id=first.id,
                rows=(InvoiceRowData("Työ", Decimal(2), Decimal("49.90"), Decimal("25.5")),),
                invoice_date=day,
            ),
            today=day,
        )
    finally:
        services.close()


def _checksums(location: str | Path) -> dict[str, tuple[int, str]]:
    end = open_copy_end(location)
    try:
        with end.db.engine.connect() as conn:
            return table_checksums(conn, skip=frozenset({"attachment_blob"}))
    finally:
        end.db.close()


def test_a_file_register_moves_to_a_server_and_back_unchanged(
    tmp_path: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    original = tmp_path / "oma.sqlite3"
    _fill(original, tmp_path)

    assert main(["copy", "--from", str(original), "--to", postgres_url, "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["rows"]["customer"] == 2 and figures["rows"]["invoice"] == 1
    assert figures["attachments"] == 1
    assert _checksums(postgres_url) == _checksums(original)
    assert main(["--db", postgres_url, "check"]) == 0

    back = tmp_path / "takaisin.sqlite3"
    assert main(["copy", "--from", postgres_url, "--to", str(back)]) == 0
    assert "verified" in capsys.readouterr().out
    assert _checksums(back) == _checksums(original)
    services = open_services(back)
    try:
        customer = services.customers.list_ids(CustomerQuery())[0]
        attachment = services.attachments.for_customer(customer)[0]
        assert services.attachments.path(attachment.id).read_bytes() == (
            b"%PDF-1.4 signed contract"
        )
        # New rows continue after the copied ids.
        services.customers.create(make_customer(name="Uusi Oy", business_id=""))
    finally:
        services.close()


def test_new_rows_on_the_server_take_ids_after_the_copied_ones(
    tmp_path: Path, postgres_url: str
) -> None:
    original = tmp_path / "oma.sqlite3"
    _fill(original, tmp_path)
    assert main(["copy", "--from", str(original), "--to", postgres_url]) == 0
    services = open_services(postgres_url)
    try:
        created = services.customers.create(make_customer(name="Uusi Oy", business_id=""))
        assert services.customers.count() == 3
        with services.db.engine.connect() as conn:
            top = conn.execute(text("SELECT max(id) FROM customer")).scalar_one()
        assert created.id == top
    finally:
        services.close()


def test_a_register_is_copied_only_into_an_empty_one(tmp_path: Path, postgres_url: str) -> None:
    original = tmp_path / "oma.sqlite3"
    _fill(original, tmp_path)
    _fill(postgres_url, tmp_path)
    before = _checksums(postgres_url)
    source, target = open_copy_end(original), open_copy_end(postgres_url)
    try:
        with pytest.raises(TargetNotEmpty, match="customers: 2, invoices: 1"):
            copy_register(source, target)
    finally:
        source.db.close()
        target.db.close()
    assert _checksums(postgres_url) == before


def test_the_command_line_works_on_a_server_register(
    tmp_path: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", postgres_url, "customer", "add", "name=Palvelin Oy", "city=Oulu"]) == 0
    number = capsys.readouterr().out.strip()
    assert main(["--db", postgres_url, "customers", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(c["customer_number"], c["city"]) for c in listed] == [(number, "Oulu")]
    snapshot = tmp_path / "varmuus.sqlite3"
    assert main(["--db", postgres_url, "backup", str(snapshot)]) == 0
    capsys.readouterr()
    assert main(["--db", postgres_url, "customer", "set", number, "city=Kemi"]) == 0
    assert main(["--db", postgres_url, "restore", str(snapshot)]) == 0
    capsys.readouterr()
    assert main(["--db", postgres_url, "customer", "show", number]) == 0
    assert json.loads(capsys.readouterr().out)["city"] == "Oulu"
    assert main(["--db", postgres_url, "check"]) == 0
