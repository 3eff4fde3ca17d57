"""Files kept with a customer card (Liitteet), in a content-addressed folder beside the DB.

Storage: the bytes of a file live once, named by their SHA-256, in
``<database stem>.attachments/ab/cdef…`` next to the database file; the ``attachment``
table holds the name, size and digest. Why a folder and not BLOBs in the database: a
daily backup then copies only the (small) database, and the backup folder keeps one
shared, content-addressed store of blobs, so 23 rotated backups do not hold 23 copies of
every scanned contract. ``services.backup`` copies the blobs a backup references and
restores them with it.

Crash order: a blob is written (temporary file, fsync, rename) before its row is
committed, and removed only after its last row is gone, so a crash can leave an unused
blob (cleared by :meth:`AttachmentService.collect_garbage`) but never a row without one.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asiakasrekisteri.files import (
    LEFT_BEHIND,
    incoming_prefix,
    make_private_folder,
    write_atomically,
)
from asiakasrekisteri.services.errors import NotFound, RuleViolation
from asiakasrekisteri.storage import blobs
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models import Customer
from asiakasrekisteri.storage.models_history import Attachment

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
MAX_NAME_BYTES = 200
_CHUNK = 1024 * 1024
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
# Marks that reverse how a name is shown: "invoice\u202efdp.exe" reads "invoiceexe.pdf".
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)


class AttachmentTooLarge(RuleViolation):
    code = "attachment.too_large"
    template = "“{name}” is {size_mb} MB; a file kept with a customer can be at most {limit_mb} MB."


class AttachmentUnreadable(RuleViolation):
    code = "attachment.unreadable"
    template = "“{name}” cannot be read: {reason}"


@dataclass(frozen=True)
class AttachmentInfo:
    """One attachment of a customer card."""

    id: int
    customer_id: int
    name: str
    size: int
    sha256: str
    mime_type: str
    created_at: datetime | None
    updated_at: datetime | None

    @property
    def is_image(self) -> bool:
        return self.mime_type.startswith("image/")


@dataclass(frozen=True)
class AddResult:
    """What adding a file did: ``duplicate`` when this card already had the same file."""

    attachment: AttachmentInfo
    duplicate: bool


def sanitize_file_name(name: str) -> str:
    """A file name safe on every system: no folders, control or reserved characters, and
    no marks that change the direction of the text (which can hide the real extension).

    >>> sanitize_file_name("../../etc/pass\\x00wd")
    'pass_wd'
    >>> sanitize_file_name("CON.txt")
    '_CON.txt'
    >>> sanitize_file_name("  .. ")
    'attachment'
    """
    text = _BIDI_CONTROLS.sub("", unicodedata.normalize("NFC", name))
    text = text.replace("\\", "/").rsplit("/", 1)[-1]
    text = _UNSAFE.sub("_", text).strip(" .")
    if not text:
        return "attachment"
    if _RESERVED.match(text):
        text = "_" + text
    stem, dot, ext = text.rpartition(".")
    if not dot or len(ext) > 16:
        stem, ext = text, ""
    while len((stem + (f".{ext}" if ext else "")).encode()) > MAX_NAME_BYTES and stem:
        stem = stem[:-1]
    return (stem or "attachment") + (f".{ext}" if ext else "")


def attachment_folder(db_path: Path) -> Path:
    """The blob folder of the database at ``db_path``."""
    return db_path.with_name(f"{db_path.stem}.attachments")


def blob_path(folder: Path, sha256: str) -> Path:
    return folder / sha256[:2] / sha256[2:]


def _info(row: Attachment) -> AttachmentInfo:
    return AttachmentInfo(
        id=row.id,
        customer_id=row.customer_id,
        name=row.name,
        size=row.size,
        sha256=row.sha256,
        mime_type=row.mime_type,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def unique_name(taken: set[str], name: str) -> str:
    """``name``, or ``name (2)``, ``name (3)`` … before the extension: the first not in ``taken``.

    ``taken`` holds case-folded names, since file systems often ignore case.
    """
    if name.casefold() not in taken:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    n = 2
    while True:
        candidate = f"{stem} ({n})" + (f".{ext}" if ext else "")
        if candidate.casefold() not in taken:
            return candidate
        n += 1


def store_blob(folder: Path, source: Path, *, name: str) -> tuple[str, int]:
    """Copy ``source`` into the store under its digest; returns (sha256, size).

    Raises:
        AttachmentTooLarge: Over :data:`MAX_ATTACHMENT_BYTES`.
        AttachmentUnreadable: The file cannot be read.
    """
    try:
        size = source.stat().st_size
        if not source.is_file():
            raise AttachmentUnreadable(name=name, reason="not a file")
    except OSError as exc:
        raise AttachmentUnreadable(name=name, reason=exc.strerror or str(exc)) from exc
    if size > MAX_ATTACHMENT_BYTES:
        raise AttachmentTooLarge(
            name=name,
            size_mb=f"{size / 1024 / 1024:.1f}",
            limit_mb=MAX_ATTACHMENT_BYTES // 1024 // 1024,
        )
    make_private_folder(folder)
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=incoming_prefix())
    tmp = Path(tmp_name)
    try:
        written = 0
        with source.open("rb") as src, os.fdopen(fd, "wb") as out:
            while chunk := src.read(_CHUNK):
                written += len(chunk)
                if written > MAX_ATTACHMENT_BYTES:
                    raise AttachmentTooLarge(
                        name=name,
                        size_mb=f"{written / 1024 / 1024:.1f}",
                        limit_mb=MAX_ATTACHMENT_BYTES // 1024 // 1024,
                    )
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        target = blob_path(folder, sha)
        if target.exists():
            tmp.unlink()
        else:
            make_private_folder(target.parent)
            tmp.replace(target)
        return sha, written
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise AttachmentUnreadable(name=name, reason=exc.strerror or str(exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def wipe_file(path: Path) -> None:
    """Overwrite a file with zeros, then remove it (best effort on SSDs and CoW disks)."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as fh:
            remaining = size
            zeros = bytes(min(_CHUNK, max(size, 1)))
            while remaining > 0:
                n = min(remaining, len(zeros))
                fh.write(zeros[:n])
                remaining -= n
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


class AttachmentService:
    """Attachments of customer cards.

    Attributes:
        db: The open database.
        folder: The blob folder.
    """

    def __init__(self, db: Database, folder: Path | None = None) -> None:
        self.db = db
        if folder is None:
            db_path = getattr(db.backend, "path", None)
            if not isinstance(db_path, Path):
                raise ValueError("give the attachment folder for a non-file database")
            folder = attachment_folder(db_path)
        self.folder = folder
        # A shared register keeps the bytes in the database; the folder is then this
        # computer's copy of those it has opened.
        self.in_database = db.backend.blobs_in_database

    def local_blob(self, sha256: str) -> Path | None:
        """A readable file holding blob ``sha256``; None when the register lacks it."""
        path = blob_path(self.folder, sha256)
        if path.exists() or not self.in_database:
            return path if path.exists() else None
        with self.db.read() as session:
            data = blobs.content(session, sha256)
        if data is None:
            return None
        make_private_folder(path.parent)
        write_atomically(path, lambda tmp: tmp.write_bytes(data))
        return path

    def adopt(self, hashes: Iterable[str]) -> None:
        """Make the blobs of ``hashes`` found in the folder part of the register.

        After a restore has copied a backup's blobs into the folder, a register that
        keeps its blobs in the database takes them in.
        """
        if not self.in_database:
            return
        with self.db.transaction() as session:
            wanted = set(hashes) - blobs.present(session, hashes)
            for sha in wanted:
                path = blob_path(self.folder, sha)
                if path.exists():
                    blobs.keep(session, sha, path)

    # --- reading --------------------------------------------------------------------------

    def for_customer(self, customer_id: int) -> list[AttachmentInfo]:
        """A card's attachments, by name."""
        stmt = (
            select(Attachment)
            .where(Attachment.customer_id == customer_id)
            .order_by(func.lower(Attachment.name), Attachment.id)
        )
        with self.db.read() as session:
            return [_info(a) for a in session.scalars(stmt)]

    def get(self, attachment_id: int) -> AttachmentInfo:
        with self.db.read() as session:
            return _info(self._row(session, attachment_id))

    def path(self, attachment_id: int) -> Path:
        """The stored file (for opening with the system viewer; do not write to it)."""
        info = self.get(attachment_id)
        path = self.local_blob(info.sha256)
        if path is None:
            raise AttachmentUnreadable(name=info.name, reason="the file is missing")
        return path

    def save_as(self, attachment_id: int, target: Path) -> None:
        """Copy an attachment out to ``target``, readable by the user only."""
        write_atomically(target, partial(shutil.copyfile, self.path(attachment_id)))

    # --- changing ------------------------------------------------------------------------

    def add(self, customer_id: int, source: Path, name: str | None = None) -> AddResult:
        """Keep a copy of ``source`` with the customer.

        The same content twice on one card is noticed: the existing attachment is
        returned with ``duplicate=True`` and nothing is added.
        """
        clean = sanitize_file_name(name if name is not None else source.name)
        sha, size = store_blob(self.folder, source, name=clean)
        mime = mimetypes.guess_type(clean)[0] or "application/octet-stream"
        with self.db.transaction() as session:
            if session.get(Customer, customer_id) is None:
                raise NotFound()
            rows = session.scalars(
                select(Attachment).where(Attachment.customer_id == customer_id)
            ).all()
            for row in rows:
                if row.sha256 == sha:
                    return AddResult(_info(row), duplicate=True)
            if self.in_database:
                blobs.keep(session, sha, blob_path(self.folder, sha))
            clean = unique_name({r.name.casefold() for r in rows}, clean)
            row = Attachment(
                customer_id=customer_id, name=clean, sha256=sha, size=size, mime_type=mime
            )
            session.add(row)
            session.flush()
            return AddResult(_info(row), duplicate=False)

    def rename(self, attachment_id: int, new_name: str) -> AttachmentInfo:
        if not new_name.strip():
            raise RuleViolation("Give the attachment a name.", code="attachment.name")
        clean = sanitize_file_name(new_name)
        with self.db.transaction() as session:
            row = self._row(session, attachment_id)
            others = session.scalars(
                select(Attachment.name).where(
                    Attachment.customer_id == row.customer_id, Attachment.id != row.id
                )
            ).all()
            clean = unique_name({n.casefold() for n in others}, clean)
            if row.name != clean:
                row.name = clean
                row.mime_type = mimetypes.guess_type(clean)[0] or row.mime_type
            session.flush()
            return _info(row)

    def remove(self, attachment_id: int, *, wipe: bool = False) -> None:
        """Remove an attachment; its file goes when no other card refers to it."""
        with self.db.transaction() as session:
            row = self._row(session, attachment_id)
            sha = row.sha256
            session.delete(row)
        self.release([sha], wipe=wipe)

    def release(self, hashes: list[str], *, wipe: bool = False) -> int:
        """Delete the blobs of ``hashes`` that no attachment row refers to any more."""
        removed = 0
        with self.db.transaction() as session:
            used = set(
                session.scalars(select(Attachment.sha256).where(Attachment.sha256.in_(hashes)))
            )
            if self.in_database:
                blobs.drop(session, set(hashes) - used)
        for sha in set(hashes) - used:
            path = blob_path(self.folder, sha)
            if path.exists():
                if wipe:
                    wipe_file(path)
                else:
                    path.unlink()
                removed += 1
        return removed

    def referenced_hashes(self) -> set[str]:
        with self.db.read() as session:
            return set(session.scalars(select(Attachment.sha256).distinct()))

    def missing_blobs(self) -> list[AttachmentInfo]:
        """Rows whose file is not in the folder (a check invariant)."""
        with self.db.read() as session:
            rows = session.scalars(select(Attachment)).all()
            if self.in_database:
                held = blobs.present(session, [r.sha256 for r in rows])
                return [_info(r) for r in rows if r.sha256 not in held]
            return [_info(r) for r in rows if not blob_path(self.folder, r.sha256).exists()]

    def collect_garbage(self) -> int:
        """Remove blobs no row refers to (left by a crash) and stale temporary files."""
        used = self.referenced_hashes()
        removed = 0
        if self.in_database:
            with self.db.transaction() as session:
                unused = blobs.all_hashes(session) - used
                blobs.drop(session, unused)
                removed += len(unused)
        if not self.folder.exists():
            return removed
        for path in self.folder.glob("*/*"):
            sha = path.parent.name + path.name
            # A part being written may be a running program's: scratch.py sweeps those.
            if path.is_file() and sha not in used and not LEFT_BEHIND.match(path.name):
                path.unlink()
                removed += 1
        for path in self.folder.glob(".incoming-*"):
            if not LEFT_BEHIND.match(path.name):  # named before the writer's id was in it
                path.unlink(missing_ok=True)
        return removed

    def _row(self, session: Session, attachment_id: int) -> Attachment:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise NotFound()
        return row


__all__ = [
    "MAX_ATTACHMENT_BYTES",
    "AddResult",
    "AttachmentInfo",
    "AttachmentService",
    "AttachmentTooLarge",
    "AttachmentUnreadable",
    "attachment_folder",
    "blob_path",
    "sanitize_file_name",
    "store_blob",
    "unique_name",
]
