"""Attachments: content-addressed blobs, size limit, sanitised names, duplicates, removal."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from asiakasrekisteri.services import attachments as attachments_module
from asiakasrekisteri.services.attachments import (
    AttachmentService,
    AttachmentTooLarge,
    attachment_folder,
    blob_path,
    sanitize_file_name,
    unique_name,
)
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.history import HistoryService
from asiakasrekisteri.storage import blobs
from asiakasrekisteri.storage.db import Database
from tests.conftest import make_customer


@pytest.fixture
def service(services: Services) -> AttachmentService:
    return services.attachments


def _held(service: AttachmentService, sha256: str) -> bool:
    """Whether the register holds the blob: in its table on a server, else in the folder."""
    if service.in_database:
        with service.db.read() as session:
            return sha256 in blobs.present(session, [sha256])
    return blob_path(service.folder, sha256).exists()


@pytest.fixture
def customer_id(customers: CustomerService) -> int:
    return customers.create(make_customer()).id


def _file(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / "in" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(content)
    return path


def test_add_stores_the_file_once_by_its_digest(
    tmp_path: Path, db_path: Path, service: AttachmentService, customer_id: int
) -> None:
    result = service.add(customer_id, _file(tmp_path, "sopimus.pdf", b"%PDF-1.4 contract"))
    info = result.attachment
    assert not result.duplicate
    assert info.name == "sopimus.pdf"
    assert info.mime_type == "application/pdf"
    assert info.size == 17
    if service.in_database:
        with service.db.read() as session:
            assert blobs.content(session, info.sha256) == b"%PDF-1.4 contract"
    else:
        stored = blob_path(attachment_folder(db_path), info.sha256)
        assert stored.read_bytes() == b"%PDF-1.4 contract"
        assert stored.parent.parent == db_path.with_name("register.attachments")
        assert stat.S_IMODE(stored.parent.stat().st_mode) & 0o077 == 0
    assert service.path(info.id).read_bytes() == b"%PDF-1.4 contract"
    assert [a.name for a in service.for_customer(customer_id)] == ["sopimus.pdf"]


def test_the_same_file_twice_is_noticed(
    tmp_path: Path, service: AttachmentService, customer_id: int
) -> None:
    first = service.add(customer_id, _file(tmp_path, "a.txt", b"same"))
    again = service.add(customer_id, _file(tmp_path, "b.txt", b"same"))
    assert again.duplicate
    assert again.attachment.id == first.attachment.id
    assert len(service.for_customer(customer_id)) == 1


def test_same_name_other_content_gets_a_numbered_name(
    tmp_path: Path, service: AttachmentService, customer_id: int
) -> None:
    service.add(customer_id, _file(tmp_path, "kuva.png", b"one"))
    second = service.add(customer_id, _file(tmp_path, "kuva.png", b"two"))
    assert second.attachment.name == "kuva (2).png"


def test_size_limit_has_a_clear_message(
    tmp_path: Path,
    service: AttachmentService,
    customer_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(attachments_module, "MAX_ATTACHMENT_BYTES", 10)
    with pytest.raises(AttachmentTooLarge, match="at most") as caught:
        service.add(customer_id, _file(tmp_path, "iso.bin", b"x" * 11))
    assert "iso.bin" in caught.value.message
    assert service.for_customer(customer_id) == []
    assert not list(service.folder.glob("*/*"))


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\x\\lasku.pdf", "lasku.pdf"),
        ("a\x00b\x1fc.txt", "a_b_c.txt"),
        ('what?<>|*:".txt', "what_______.txt"),
        ("nul", "_nul"),
        ("...", "attachment"),
        ("kuitti 📎 عربي.pdf", "kuitti 📎 عربي.pdf"),
        # Direction marks would show "lasku\u202efdp.exe" as "laskuexe.pdf".
        ("lasku\u202efdp.exe", "laskufdp.exe"),
        ("\u2066a\u2067b\u2068c\u2069\u202a\u202b\u202c\u202d.txt", "abc.txt"),
    ],
)
def test_names_are_sanitised(raw: str, clean: str) -> None:
    assert sanitize_file_name(raw) == clean


def test_a_stored_name_has_no_direction_marks(
    tmp_path: Path, service: AttachmentService, customer_id: int
) -> None:
    added = service.add(customer_id, _file(tmp_path, "kuva.txt", b"x"), "kuva\u202egpj.exe")
    assert added.attachment.name == "kuvagpj.exe"
    assert service.rename(added.attachment.id, "\u2067uusi.pdf\u2069").name == "uusi.pdf"


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_saved_copy_is_readable_by_the_user_only(
    tmp_path: Path, service: AttachmentService, customer_id: int
) -> None:
    added = service.add(customer_id, _file(tmp_path, "passi.txt", b"secret scan"))
    target = tmp_path / "out" / "passi.txt"
    target.parent.mkdir()
    service.save_as(added.attachment.id, target)
    assert target.read_bytes() == b"secret scan"
    assert target.stat().st_mode & 0o777 == 0o600


def test_long_names_keep_their_extension() -> None:
    name = sanitize_file_name("ä" * 300 + ".pdf")
    assert name.endswith(".pdf")
    assert len(name.encode()) <= 200


def test_rename_and_remove_keep_a_blob_while_referenced(
    tmp_path: Path, customers: CustomerService, service: AttachmentService, customer_id: int
) -> None:
    other = customers.create(make_customer(name="Toinen Oy", business_id="")).id
    source = _file(tmp_path, "yhteinen.txt", b"shared bytes")
    mine = service.add(customer_id, source).attachment
    theirs = service.add(other, source).attachment
    renamed = service.rename(mine.id, "uusi/nimi.txt")
    assert renamed.name == "nimi.txt"
    service.remove(mine.id)
    assert _held(service, mine.sha256), "still used by the other card"
    service.remove(theirs.id)
    assert not _held(service, mine.sha256)
    assert not blob_path(service.folder, mine.sha256).exists()


def test_attachment_changes_are_in_the_history(
    db: Database, tmp_path: Path, service: AttachmentService, customer_id: int
) -> None:
    info = service.add(customer_id, _file(tmp_path, "a.txt", b"x")).attachment
    service.rename(info.id, "b.txt")
    service.remove(info.id)
    rows = [
        (r.action, r.entity, r.field, r.old_value, r.new_value)
        for r in HistoryService(db).for_customer(customer_id)
        if r.entity == "attachment"
    ]
    assert rows == [
        ("deleted", "attachment", "", None, None),
        ("updated", "attachment", "name", "a.txt", "b.txt"),
        ("created", "attachment", "", None, "a.txt"),
    ]


def test_garbage_collection_removes_only_unreferenced_blobs(
    tmp_path: Path, service: AttachmentService, customer_id: int
) -> None:
    kept = service.add(customer_id, _file(tmp_path, "a.txt", b"kept")).attachment
    orphan = blob_path(service.folder, "ab" + "0" * 62)
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(b"left by a crash")
    assert service.collect_garbage() == 1
    assert not orphan.exists()
    assert _held(service, kept.sha256)
    assert service.missing_blobs() == []


def test_a_shared_register_serves_attachments_from_the_database(
    tmp_path: Path, service: AttachmentService, customer_id: int
) -> None:
    """Another computer (an empty local folder) still opens the file."""
    info = service.add(customer_id, _file(tmp_path, "a.txt", b"on the server")).attachment
    if not service.in_database:
        pytest.skip("a file register keeps attachments in its folder only")
    blob_path(service.folder, info.sha256).unlink()
    assert service.path(info.id).read_bytes() == b"on the server"


def test_unique_name_counts_up_before_the_extension() -> None:
    assert unique_name(set(), "Sopimus.pdf") == "Sopimus.pdf"
    assert unique_name({"sopimus.pdf"}, "Sopimus.pdf") == "Sopimus (2).pdf"
    assert unique_name({"sopimus.pdf", "sopimus (2).pdf"}, "SOPIMUS.pdf") == "SOPIMUS (3).pdf"
    assert unique_name({"lueminut"}, "LUEMINUT") == "LUEMINUT (2)"
