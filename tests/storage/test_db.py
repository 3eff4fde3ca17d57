"""The database file: creation, PRAGMAs, schema versions, upgrades and refusals."""

from __future__ import annotations

import sqlite3
import stat
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Connection, inspect, select, text

from asiakasrekisteri.storage import migrations
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.errors import (
    DatabaseDamagedError,
    DatabasePathError,
    NotOurDatabaseError,
    SchemaTooNewError,
)
from asiakasrekisteri.storage.models import Customer, EInvoiceOperator, OwnCompany

SCHEMAS = Path(__file__).parent / "schemas"


def _schema(path: Path) -> dict[str, tuple[str, ...]]:
    """Table → sorted column descriptions, indexes (partial or not) included, as SQLite
    reports them."""
    con = sqlite3.connect(path)
    try:
        out: dict[str, tuple[str, ...]] = {}
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]  # fmt: skip
        for table in tables:
            cols = [f"{r[1]}:{r[2]}:{r[3]}:{r[5]}" for r in con.execute(
                f"PRAGMA table_info('{table}')")]  # fmt: skip
            idx = [f"idx:{r[1]}:{r[2]}:{r[4]}" for r in con.execute(
                f"PRAGMA index_list('{table}')")]  # fmt: skip
            fks = [f"fk:{r[2]}:{r[3]}:{r[4]}:{r[6]}" for r in con.execute(
                f"PRAGMA foreign_key_list('{table}')")]  # fmt: skip
            out[table] = tuple(sorted(cols + idx + fks))
        return out
    finally:
        con.close()


def _insert_minimal(con: sqlite3.Connection, table: str, **values: object) -> None:
    """Insert a row giving every NOT NULL column of that schema version a plain value."""
    row: dict[str, object] = {}
    for _cid, name, type_, notnull, _default, pk in con.execute(f"PRAGMA table_info('{table}')"):
        if notnull and not pk:
            upper = str(type_).upper()
            if "DATE" in upper:
                row[name] = "2025-01-01 10:00:00"
            elif "INT" in upper or "BOOL" in upper:
                row[name] = 0
            else:
                row[name] = ""
    row.update(values)
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    con.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values()))


def test_fresh_file_gets_latest_schema_and_seed_data(db: Database) -> None:
    assert db.schema_version() == migrations.LATEST_VERSION
    with db.read() as session:
        assert session.get(OwnCompany, 1) is not None
        codes = set(session.scalars(select(EInvoiceOperator.code)))
    assert {"003721291126", "NDEAFIHH"} <= codes


def test_connections_have_foreign_keys_and_wal(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"


def test_database_file_is_private(db_path: Path, db: Database) -> None:
    mode = stat.S_IMODE(db_path.stat().st_mode)
    assert mode & 0o077 == 0


def test_empty_file_is_initialised(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    database = Database.open_sqlite(path)
    try:
        assert database.schema_version() == migrations.LATEST_VERSION
    finally:
        database.close()


def test_missing_parent_folders_are_created(tmp_path: Path) -> None:
    database = Database.open_sqlite(tmp_path / "a" / "b" / "x.sqlite3")
    database.close()
    assert (tmp_path / "a" / "b" / "x.sqlite3").exists()


def test_newer_schema_is_refused(db_path: Path, db: Database) -> None:
    db.close()
    con = sqlite3.connect(db_path)
    con.execute(f"PRAGMA user_version={migrations.LATEST_VERSION + 1}")
    con.close()
    with pytest.raises(SchemaTooNewError, match="newer version"):
        Database.open_sqlite(db_path)


def test_other_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(NotOurDatabaseError, match="other program"):
        Database.open_sqlite(path)


def test_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello, this is not a database" * 10)
    with pytest.raises(NotOurDatabaseError):
        Database.open_sqlite(path)


def test_folder_as_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabasePathError, match="folder"):
        Database.open_sqlite(tmp_path)


def test_damaged_file_is_reported(db_path: Path, db: Database, customers: object) -> None:
    from asiakasrekisteri.services.demo import fill_demo

    fill_demo(db, count=300)
    db.close()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    raw = bytearray(db_path.read_bytes())
    page = 4096
    # Scribble over the b-tree headers of a few pages (not the file header).
    for n in range(3, 8):
        raw[n * page : n * page + 64] = b"\xff" * 64
    db_path.write_bytes(bytes(raw))
    with pytest.raises((DatabaseDamagedError, NotOurDatabaseError)):
        Database.open_sqlite(db_path)


def test_transaction_rolls_back_everything_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.add(Customer(customer_number="1", name="A"))
        session.flush()
        raise RuntimeError("boom")
    with db.read() as session:
        assert session.scalars(select(Customer)).all() == []


def test_money_and_percent_round_trip(db: Database) -> None:
    with db.transaction() as session:
        session.add(
            Customer(
                customer_number="7",
                name="X",
                credit_limit=Decimal("1234.56"),
                discount_percent=Decimal("12.5"),
            )
        )
    with db.engine.connect() as conn:
        raw = conn.execute(text("SELECT credit_limit, discount_percent FROM customer")).one()
    assert tuple(raw) == (123456, 1250)
    with db.read() as session:
        c = session.scalars(select(Customer)).one()
        assert c.credit_limit == Decimal("1234.56")
        assert c.discount_percent == Decimal("12.50")


def test_money_refuses_float(db: Database) -> None:
    with pytest.raises(Exception, match="Decimal"), db.transaction() as session:
        session.add(Customer(customer_number="8", name="Y", credit_limit=12.3))
        session.flush()


def test_fresh_schema_matches_latest_snapshot(db_path: Path, db: Database) -> None:
    """A fresh file equals the committed snapshot of the latest version.

    When the schema changes, the old snapshot stays (for the upgrade test below) and a
    new ``v<N>.sql`` is added: ``sqlite3 fresh.sqlite3 .schema > v<N>.sql``.
    """
    snapshot = SCHEMAS / f"v{migrations.LATEST_VERSION}.sql"
    assert snapshot.exists(), (
        f"add {snapshot.name}: the schema of version {migrations.LATEST_VERSION}"
    )
    reference = db_path.parent / "snapshot.sqlite3"
    con = sqlite3.connect(reference)
    con.executescript(snapshot.read_text())
    con.close()
    assert _schema(reference) == _schema(db_path)


@pytest.mark.parametrize("snapshot", sorted(SCHEMAS.glob("v*.sql")), ids=lambda p: p.stem)
def test_every_old_version_upgrades_to_the_fresh_schema(tmp_path: Path, snapshot: Path) -> None:
    version = int(snapshot.stem[1:])
    old = tmp_path / "old.sqlite3"
    con = sqlite3.connect(old)
    con.executescript(snapshot.read_text())
    _insert_minimal(con, "customer", customer_number="42", name="Vanha Oy")
    con.execute(f"PRAGMA user_version={version}")
    con.commit()
    con.close()
    database = Database.open_sqlite(old, backup_dir=tmp_path / "backups")
    try:
        assert database.schema_version() == migrations.LATEST_VERSION
        with database.read() as session:
            assert session.scalars(select(Customer.name)).all() == ["Vanha Oy"]
    finally:
        database.close()
    fresh = tmp_path / "fresh.sqlite3"
    Database.open_sqlite(fresh).close()
    assert _schema(old) == _schema(fresh)


def test_upgrade_backs_up_first_and_runs_steps_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "r.sqlite3"
    Database.open_sqlite(path).close()
    calls: list[int] = []

    def step2(conn: Connection) -> None:
        calls.append(2)
        conn.execute(text("CREATE TABLE extra_two (id INTEGER PRIMARY KEY)"))

    def step3(conn: Connection) -> None:
        calls.append(3)
        conn.execute(text("CREATE TABLE extra_three (id INTEGER PRIMARY KEY)"))

    # Two made-up steps after the real ones: the file is fresh, i.e. at the latest version.
    base = migrations.LATEST_VERSION
    monkeypatch.setattr("asiakasrekisteri.storage.db.LATEST_VERSION", base + 2)
    monkeypatch.setattr("asiakasrekisteri.storage.db.STEPS", [(base + 1, step2), (base + 2, step3)])
    database = Database.open_sqlite(path, backup_dir=tmp_path / "bk")
    try:
        assert calls == [2, 3]
        assert database.schema_version() == base + 2
        assert database.upgraded_from == base
        assert database.pre_upgrade_backup is not None
        assert database.pre_upgrade_backup.exists()
        with database.engine.connect() as conn:
            assert {"extra_two", "extra_three"} <= set(inspect(conn).get_table_names())
    finally:
        database.close()


def test_failed_step_leaves_the_file_at_the_last_good_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "r.sqlite3"
    Database.open_sqlite(path).close()

    def bad_step(conn: Connection) -> None:
        conn.execute(text("CREATE TABLE half_done (id INTEGER)"))
        raise RuntimeError("disk full")

    base = migrations.LATEST_VERSION
    monkeypatch.setattr("asiakasrekisteri.storage.db.LATEST_VERSION", base + 1)
    monkeypatch.setattr("asiakasrekisteri.storage.db.STEPS", [(base + 1, bad_step)])
    with pytest.raises(RuntimeError):
        Database.open_sqlite(path)
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == base
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables
    finally:
        con.close()


def test_upgrade_from_v4_keeps_the_company_and_adds_other_accounts(tmp_path: Path) -> None:
    old = tmp_path / "v4.sqlite3"
    con = sqlite3.connect(old)
    con.executescript((SCHEMAS / "v4.sql").read_text())
    _insert_minimal(con, "own_company", id=1, name="Toiminimi Mäkelä", iban="FI2112345600000785",
                    bic="NDEAFIHH", next_invoice_number=4321)  # fmt: skip
    con.execute("PRAGMA user_version=4")
    con.commit()
    con.close()
    database = Database.open_sqlite(old, backup_dir=tmp_path / "backups")
    try:
        assert database.schema_version() == migrations.LATEST_VERSION
        with database.read() as session:
            row = session.get(OwnCompany, 1)
            assert row is not None
            assert (row.name, row.iban, row.bic, row.next_invoice_number) == (
                "Toiminimi Mäkelä", "FI2112345600000785", "NDEAFIHH", 4321,
            )  # fmt: skip
            assert row.other_accounts == ""
    finally:
        database.close()


def test_a_read_sends_only_its_own_statement(db: Database) -> None:
    """Reads carry no history or search-index listeners: one SELECT is one statement."""
    from sqlalchemy import event, func

    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    with db.read() as session:
        assert session.scalar(select(func.count(Customer.id))) == 0
    event.remove(db.engine, "before_cursor_execute", seen)
    assert statements[0] == "BEGIN"
    assert len(statements) == 2, statements


def test_listeners_belong_to_the_register_not_to_sqlalchemy(db: Database) -> None:
    """An open register attaches nothing to SQLAlchemy's global Session class."""
    from sqlalchemy.orm import Session

    plain = Session(db.engine)
    for name in ("after_flush", "before_flush", "before_commit", "after_begin",
                 "do_orm_execute", "after_commit", "after_rollback"):  # fmt: skip
        assert not list(getattr(plain.dispatch, name)), name
    with db.transaction() as session:
        assert list(session.dispatch.after_flush)  # the register's own sessions log
    plain.close()


def test_upgrade_to_v8_moves_vat_to_rows_and_no_vat_customers_to_a_treatment(
    tmp_path: Path,
) -> None:
    from asiakasrekisteri.storage.models import Note
    from asiakasrekisteri.storage.models_history import HistoryEntry
    from asiakasrekisteri.storage.models_invoicing import Invoice, InvoiceRow, ReferenceRate

    old = tmp_path / "v7.sqlite3"
    con = sqlite3.connect(old)
    con.executescript((SCHEMAS / "v7.sql").read_text())
    for cid, number, country, vat_id, language, treatment in (
        (1, "1001", "FI", "", "fi", "no_vat"),
        (2, "1002", "SE", "SE556677889901", "sv", "no_vat"),
        (3, "1003", "US", "", "en", "no_vat"),
        (4, "1004", "FI", "", "fi", "domestic"),
    ):
        _insert_minimal(con, "customer", id=cid, customer_number=number, name=f"Asiakas {cid}",
                        country=country, vat_id=vat_id, invoice_language=language,
                        vat_treatment=treatment)  # fmt: skip
    _insert_minimal(con, "invoice", id=1, customer_id=1, number=1000, status="sent",
                    kind="invoice", vat_treatment="no_vat", goods=1, invoice_date="2025-01-02",
                    due_date="2025-01-16")  # fmt: skip
    _insert_minimal(con, "invoice", id=2, customer_id=2, status="draft", kind="invoice",
                    vat_treatment="no_vat", goods=0, invoice_date="2025-01-02",
                    due_date="2025-01-16")  # fmt: skip
    for row_id, invoice_id in ((1, 1), (2, 2)):
        _insert_minimal(con, "invoice_row", id=row_id, invoice_id=invoice_id, position=1,
                        description="Työ", quantity="1", unit_price=10000,
                        vat_percent=2550)  # fmt: skip
    con.execute("PRAGMA user_version=7")
    con.commit()
    con.close()
    database = Database.open_sqlite(old, backup_dir=tmp_path / "backups")
    try:
        with database.read() as session:
            treatments = dict(session.execute(select(Customer.id, Customer.vat_treatment)).all())
            assert treatments == {1: "domestic", 2: "eu_business", 3: "outside_eu", 4: "domestic"}
            invoices = {i.id: i for i in session.scalars(select(Invoice))}
            # The issued invoice keeps what it was issued with; the draft follows its customer.
            assert (invoices[1].vat_treatment, invoices[2].vat_treatment) == (
                "no_vat", "eu_business",
            )  # fmt: skip
            goods = dict(session.execute(select(InvoiceRow.invoice_id, InvoiceRow.goods)).all())
            assert goods == {1: True, 2: False}
            assert set(session.scalars(select(InvoiceRow.vat_exemption))) == {""}
            entries = session.scalars(select(HistoryEntry).order_by(HistoryEntry.customer_id))
            logged = [(e.customer_id, e.customer_number, e.action, e.field, e.old_value,
                       e.new_value) for e in entries]  # fmt: skip
            assert logged == [
                (1, "1001", "upgraded", "vat_treatment", "no_vat", "domestic"),
                (2, "1002", "upgraded", "vat_treatment", "no_vat", "eu_business"),
                (3, "1003", "upgraded", "vat_treatment", "no_vat", "outside_eu"),
            ]
            notes = dict(session.execute(select(Note.customer_id, Note.text)).all())
            assert set(notes) == {1, 2, 3}
            assert "Uusi käsittely: kotimainen" in notes[1]
            assert "Ny behandling: företagskund i EU" in notes[2]
            assert "New treatment: outside the EU" in notes[3]
            rates = session.execute(select(ReferenceRate.start, ReferenceRate.rate)).all()
            assert [(start.isoformat(), rate) for start, rate in rates] == [
                ("2024-01-01", Decimal("4.50")), ("2024-07-01", Decimal("4.50")),
                ("2025-01-01", Decimal("3.50")), ("2025-07-01", Decimal("2.50")),
                ("2026-01-01", Decimal("2.50")),
            ]  # fmt: skip
    finally:
        database.close()


def test_a_fresh_register_has_the_shipped_reference_rates(db: Database) -> None:
    from asiakasrekisteri.domain.interest import SHIPPED_REFERENCE_RATES
    from asiakasrekisteri.storage.models_invoicing import ReferenceRate

    with db.read() as session:
        rows = session.execute(select(ReferenceRate.start, ReferenceRate.rate)).all()
    assert [(start, rate) for start, rate in rows] == [
        (p.start, p.rate) for p in SHIPPED_REFERENCE_RATES.periods
    ]
