"""Upgrading to the delivery schema: what was issued before counts as delivered."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from asiakasrekisteri.storage.db import Database
from tests.storage.test_db import SCHEMAS, _insert_minimal


def test_invoices_and_reminders_made_before_the_upgrade_count_as_sent(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    con = sqlite3.connect(old)
    con.executescript((SCHEMAS / "v7.sql").read_text())
    _insert_minimal(con, "customer", id=1, customer_number="42", name="Vanha Oy")
    _insert_minimal(con, "invoice", id=1, customer_id=1, number=1000, status="sent",
                    finalised_at="2026-03-02 08:00:00.000000")  # fmt: skip
    _insert_minimal(con, "invoice", id=2, customer_id=1, number=None, status="draft")
    _insert_minimal(con, "invoice_reminder", id=1, invoice_id=1, reminder_date="2026-04-01",
                    due_date="2026-04-15")  # fmt: skip
    con.execute("PRAGMA user_version=7")
    con.commit()
    con.close()

    Database.open_sqlite(old, backup_dir=tmp_path / "backups").close()

    con = sqlite3.connect(old)
    try:
        sent = dict(con.execute("SELECT id, sent_at FROM invoice").fetchall())
        reminded = con.execute("SELECT sent_at FROM invoice_reminder").fetchone()[0]
        delivery = con.execute("SELECT invoice_delivery FROM customer").fetchone()[0]
    finally:
        con.close()
    assert sent == {1: "2026-03-02 08:00:00.000000", 2: None}
    assert reminded == "2026-04-01 00:00:00.000000"
    assert delivery == "auto"
