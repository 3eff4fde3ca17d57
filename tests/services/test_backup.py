"""Backups: consistent copies, rotation, attachments, verified restore, the check."""

from __future__ import annotations

import sqlite3
import stat
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from asiakasrekisteri.services.attachments import blob_path
from asiakasrekisteri.services.backup import (
    SHARED_BLOBS,
    BackupKind,
    BackupService,
    RestoreRefused,
    kept_stamps,
    list_backups,
    restore_over_damaged,
    rotation_dates,
    verify_file,
)
from asiakasrekisteri.services.container import build_services
from asiakasrekisteri.services.customers import CustomerQuery, CustomerService
from asiakasrekisteri.services.demo import fill_demo
from asiakasrekisteri.storage import migrations
from asiakasrekisteri.storage.db import Database
from tests.conftest import make_customer


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 10, 9, 0, 0))


@pytest.fixture
def backups(db: Database, tmp_path: Path, clock: Clock) -> BackupService:
    return BackupService(db, tmp_path / "data" / "backups", clock=clock)


def _names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT name FROM customer ORDER BY id")]
    finally:
        con.close()


def test_backup_is_a_private_single_file_with_the_data(
    backups: BackupService, customers: CustomerService
) -> None:
    customers.create(make_customer())
    path = backups.backup(BackupKind.MANUAL)
    assert path.name == "manual-20260310-090000.sqlite3"
    assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0
    assert not path.with_name(path.name + "-wal").exists()
    assert _names(path) == ["Rakennus Virtanen Oy"]
    assert verify_file(path).ok
    assert backups.last_backup_time() == datetime(2026, 3, 10, 9, 0, 0)


def test_daily_backup_once_per_day(backups: BackupService, clock: Clock) -> None:
    assert backups.backup_daily_if_needed() is not None
    clock.now += timedelta(hours=3)
    assert backups.backup_daily_if_needed() is None
    clock.now += timedelta(days=1)
    assert backups.backup_daily_if_needed() is not None
    assert len(backups.backups()) == 2


def test_old_backup_warning(backups: BackupService, clock: Clock) -> None:
    assert backups.backup_is_old()
    backups.backup()
    clock.now += timedelta(days=6)
    assert not backups.backup_is_old()
    clock.now += timedelta(days=2)
    assert backups.backup_is_old()


def test_rotation_keeps_7_daily_4_weekly_12_monthly() -> None:
    start = datetime(2025, 1, 1, 8)
    stamps = [start + timedelta(days=n) for n in range(500)]
    today = stamps[-1].date()
    kept = kept_stamps(stamps, today)
    days = sorted({k.date() for k in kept})
    assert len(kept) <= 7 + 4 + 12
    assert days[-7:] == [today - timedelta(days=n) for n in range(6, -1, -1)]
    months = {(k.year, k.month) for k in kept}
    assert len(months) == 12


def test_rotation_deletes_files_and_unused_blobs(
    tmp_path: Path, backups: BackupService, customers: CustomerService, clock: Clock
) -> None:
    cid = customers.create(make_customer()).id
    source = tmp_path / "a.txt"
    source.write_bytes(b"first")
    info = backups.attachments.add(cid, source).attachment
    for _ in range(12):
        backups.backup(BackupKind.DAILY)
        clock.now += timedelta(days=1)
    store = backups.folder / SHARED_BLOBS
    assert blob_path(store, info.sha256).exists()
    backups.attachments.remove(info.id)
    for _ in range(400):
        backups.backup(BackupKind.DAILY)
        clock.now += timedelta(days=1)
    assert len(backups.backups()) <= 23
    assert not blob_path(store, info.sha256).exists()


def test_rotation_dates_say_when_a_backup_leaves() -> None:
    mid_month = datetime(2026, 3, 10, 9)
    month_end = datetime(2026, 3, 31, 9)
    # With a backup every day, a mid-month one leaves once a week of newer ones exist…
    assert rotation_dates([mid_month], date(2026, 3, 10)) == {mid_month: date(2026, 3, 17)}
    # …while the last of a month stays as the monthly one for a year.
    assert rotation_dates([month_end], date(2026, 3, 31)) == {month_end: date(2027, 3, 1)}


def test_backup_to_a_chosen_file_takes_its_attachments_along(
    tmp_path: Path, backups: BackupService, customers: CustomerService
) -> None:
    cid = customers.create(make_customer()).id
    source = tmp_path / "kuva.png"
    source.write_bytes(b"\x89PNG fake")
    info = backups.attachments.add(cid, source).attachment
    target = tmp_path / "usb" / "varmuuskopio.sqlite3"
    target.parent.mkdir()
    backups.backup(target=target)
    assert blob_path(tmp_path / "usb" / "varmuuskopio.attachments", info.sha256).exists()
    assert not list(backups.folder.glob("*.sqlite3")), "a chosen file is not rotated"


def test_verify_refuses_damaged_foreign_and_newer_files(tmp_path: Path) -> None:
    text_file = tmp_path / "x.sqlite3"
    text_file.write_text("not a database")
    assert not verify_file(text_file).ok
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE photos (id INTEGER)")
    con.commit()
    con.close()
    assert "not an Asiakasrekisteri" in verify_file(other).problems[0]
    newer = tmp_path / "newer.sqlite3"
    Database.open_sqlite(newer).close()
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version={migrations.LATEST_VERSION + 1}")
    con.close()
    assert "newer version" in verify_file(newer).problems[0]
    assert not verify_file(tmp_path / "missing.sqlite3").ok


def _damage(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    for n in range(2, min(len(raw) // 4096, 8)):
        raw[n * 4096 : n * 4096 + 64] = b"\xff" * 64
    path.write_bytes(bytes(raw))


def test_restore_checks_first_and_backs_up_the_current_state(
    tmp_path: Path, db: Database, backups: BackupService, customers: CustomerService, clock: Clock
) -> None:
    first = customers.create(make_customer(name="Ennen Oy"))
    source = tmp_path / "liite.txt"
    source.write_bytes(b"attachment of the old state")
    att = backups.attachments.add(first.id, source).attachment
    good = backups.backup()
    customers.update(first.id, replace(first.data, name="Jälkeen Oy"))
    backups.attachments.remove(att.id)
    assert not blob_path(backups.attachments.folder, att.sha256).exists()

    broken = tmp_path / "broken.sqlite3"
    fill_demo(db, count=200)
    backups.backup(target=broken)
    _damage(broken)
    with pytest.raises(RestoreRefused):
        backups.restore(broken)
    assert customers.get(first.id).data.name == "Jälkeen Oy"

    clock.now += timedelta(minutes=5)
    result = backups.restore(good)
    assert customers.get(first.id).data.name == "Ennen Oy"
    assert result.safety_backup is not None
    assert "Jälkeen Oy" in _names(result.safety_backup)
    assert backups.attachments.path(att.id).read_bytes() == b"attachment of the old state"
    assert customers.count() == 1
    assert backups.check().ok


def test_damaged_database_is_replaced_by_the_newest_good_backup(
    tmp_path: Path, db_path: Path, db: Database, backups: BackupService, clock: Clock
) -> None:
    fill_demo(db, count=300)
    older = backups.backup()
    clock.now += timedelta(hours=1)
    newest = backups.backup()
    _damage(newest)
    db.close()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    _damage(db_path)
    assert [b.path for b in list_backups(backups.folder)] == [newest, older]
    assert not verify_file(newest).ok
    assert verify_file(older, [backups.folder / SHARED_BLOBS]).ok
    aside = restore_over_damaged(db_path, older, backups.folder)
    assert aside.exists()
    reopened = Database.open_sqlite(db_path)
    try:
        assert build_services(reopened, backups.folder).customers.count() == 300
    finally:
        reopened.close()


def test_check_passes_on_a_healthy_register(
    db: Database, backups: BackupService, customers: CustomerService
) -> None:
    fill_demo(db, count=50)
    customers.create(make_customer())
    assert backups.check().ok


def test_check_reports_broken_invariants(
    tmp_path: Path, db: Database, backups: BackupService, customers: CustomerService
) -> None:
    a = customers.create(make_customer())
    b = customers.create(make_customer(name="Toinen Oy", business_id=""))
    source = tmp_path / "x.txt"
    source.write_bytes(b"x")
    info = backups.attachments.add(a.id, source).attachment
    blob_path(backups.attachments.folder, info.sha256).unlink()
    on_server = db.engine.dialect.name == "postgresql"
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM attachment_blob"))  # where a shared register keeps it
        conn.execute(text("UPDATE customer SET search_text = 'stale' WHERE id = :i"), {"i": a.id})
        conn.execute(
            text("INSERT INTO customer_number_alias (number, customer_id, merged_at) "
                 "VALUES (:n, :c, '2026-01-01 00:00:00')"),
            {"n": b.data.customer_number, "c": a.id},
        )  # fmt: skip
        for _ in range(2):
            conn.execute(
                text("INSERT INTO office (customer_id, name, street, postal_code, city, country,"
                     " email, einvoice_address, einvoice_operator, is_default, created_at,"
                     " updated_at) VALUES (:c, 'o', '', '', '', 'FI', '', '', '', 1,"
                     " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
                     .replace(", 1,", ", true," if on_server else ", 1,")),
                {"c": a.id},
            )  # fmt: skip
    codes = {p.code for p in backups.check().problems}
    assert codes == {"search_text", "alias.collision", "office.default", "attachment.missing"}


@pytest.mark.parametrize(
    "folder_name, file_name",
    [
        ("plain", "back#1.sqlite3"),
        ("kansio#2", "kopio.sqlite3"),
        ("what?", "is this?.sqlite3"),
        ("100%", "50%25 off.sqlite3"),
        ("with space", "with space.sqlite3"),
        ("Åström ja €", "äö ☕.sqlite3"),
    ],
)
def test_backup_and_restore_take_any_file_name(
    tmp_path: Path,
    backups: BackupService,
    customers: CustomerService,
    folder_name: str,
    file_name: str,
) -> None:
    """``#``, ``?`` and ``%`` in a path are not URI syntax: the right file is read."""
    kept = customers.create(make_customer(name="Ennen Oy"))
    source = tmp_path / "liite.txt"
    source.write_bytes(b"attachment kept with the backup")
    attachment = backups.attachments.add(kept.id, source).attachment
    folder = tmp_path / folder_name
    folder.mkdir()
    target = backups.backup(target=folder / file_name)
    assert target == folder / file_name
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [file_name, target.stem + ".attachments"]
    )
    assert backups.verify(target).ok

    customers.update(kept.id, replace(kept.data, name="Jälkeen Oy"))
    customers.create(make_customer(name="Uusi Oy", business_id=""))
    backups.attachments.remove(attachment.id)
    backups.restore(target)
    names = sorted(r.name for r in customers.rows(customers.list_ids(CustomerQuery())).values())
    assert names == ["Ennen Oy"]
    assert backups.attachments.path(attachment.id).read_bytes() == source.read_bytes()
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [file_name, target.stem + ".attachments"]
    )
