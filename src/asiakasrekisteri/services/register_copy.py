"""Move a whole register between databases: a file and a server, either way.

The copy goes into an empty register in one transaction on the target, then is
verified: the same rows in every table (counts and checksums over the values as the
program reads them), every attachment present, and the target's own check clean.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from asiakasrekisteri.files import make_private_folder
from asiakasrekisteri.services.attachments import AttachmentService, blob_path
from asiakasrekisteri.services.backup import BackupService
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.storage import blobs
from asiakasrekisteri.storage.copying import copy_rows, table_checksums
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models import Customer
from asiakasrekisteri.storage.models_history import Attachment
from asiakasrekisteri.storage.models_invoicing import Invoice

# The blobs' home depends on the backend (a table or a folder); they are moved as blobs.
_BLOB_TABLE = frozenset({"attachment_blob"})


class TargetNotEmpty(RuleViolation):
    code = "copy.target_not_empty"
    template = (
        "A register is copied only into an empty one; the target holds some already "
        "(customers: {customers}, invoices: {invoices}). Nothing was changed."
    )


class CopyNotVerified(RuleViolation):
    code = "copy.not_verified"
    template = "The copy differs from the original ({what}); use the original."


@dataclass(frozen=True)
class CopyReport:
    """What was copied: rows per table and attachment files."""

    rows: dict[str, int]
    attachments: int

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


@dataclass(frozen=True)
class RegisterEnd:
    """One side of a copy: the open register and its attachment store."""

    db: Database
    attachments: AttachmentService
    backup_folder: Path


def copy_register(source: RegisterEnd, target: RegisterEnd) -> CopyReport:
    """Copy every row and attachment of ``source`` into the empty register ``target``.

    Raises:
        TargetNotEmpty: The target holds customers or invoices; nothing was changed.
        CopyNotVerified: The copy was written but does not equal the source.
    """
    with target.db.read() as session:
        customers = session.scalar(select(func.count()).select_from(Customer)) or 0
        invoices = session.scalar(select(func.count()).select_from(Invoice)) or 0
    if customers or invoices:
        raise TargetNotEmpty(customers=customers, invoices=invoices)
    with source.db.read() as session:
        hashes = set(session.scalars(select(Attachment.sha256).distinct()))
    files = {sha: source.attachments.local_blob(sha) for sha in sorted(hashes)}
    with source.db.engine.connect() as reading, target.db.engine.begin() as writing:
        counts = copy_rows(reading, writing, replace=True, skip=_BLOB_TABLE)
        target.db.backend.after_copy(writing)
        for sha, path in files.items():
            if path is None:
                continue
            if target.attachments.in_database:
                blobs.keep(writing, sha, path)
            else:
                dest = blob_path(target.attachments.folder, sha)
                make_private_folder(dest.parent)
                shutil.copyfile(path, dest)
    _verify(source, target)
    return CopyReport(counts, sum(1 for p in files.values() if p is not None))


def _verify(source: RegisterEnd, target: RegisterEnd) -> None:
    with source.db.engine.connect() as a, target.db.engine.connect() as b:
        before = table_checksums(a, skip=_BLOB_TABLE)
        after = table_checksums(b, skip=_BLOB_TABLE)
    differing = sorted(name for name in before if before[name] != after.get(name))
    if differing:
        raise CopyNotVerified(what=", ".join(differing[:5]))
    report = BackupService(target.db, target.backup_folder, target.attachments).check()
    problems = [p.code for p in report.problems]
    if problems:
        raise CopyNotVerified(what=", ".join(problems[:5]))


__all__ = ["CopyNotVerified", "CopyReport", "RegisterEnd", "TargetNotEmpty", "copy_register"]
