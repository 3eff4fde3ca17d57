"""Attachment bytes kept in the database (``attachment_blob``), for shared registers.

Portable SQL only; whether a register keeps its blobs here is the backend's decision
(``Backend.blobs_in_database``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.orm import Session

from asiakasrekisteri.storage.backend import in_chunks
from asiakasrekisteri.storage.models_history import AttachmentBlob


def keep(session: Session | Connection, sha256: str, source: Path) -> None:
    """Store the file ``source`` as blob ``sha256`` unless the register has it already."""
    held = session.execute(
        select(AttachmentBlob.sha256).where(AttachmentBlob.sha256 == sha256)
    ).first()
    if held is None:
        session.execute(insert(AttachmentBlob).values(sha256=sha256, content=source.read_bytes()))


def present(session: Session, hashes: Iterable[str]) -> set[str]:
    """Which of ``hashes`` the register holds."""
    found: set[str] = set()
    for chunk in in_chunks(sorted(set(hashes))):
        found.update(
            session.scalars(select(AttachmentBlob.sha256).where(AttachmentBlob.sha256.in_(chunk)))
        )
    return found


def all_hashes(session: Session) -> set[str]:
    return set(session.scalars(select(AttachmentBlob.sha256)))


def content(session: Session, sha256: str) -> bytes | None:
    return session.scalar(select(AttachmentBlob.content).where(AttachmentBlob.sha256 == sha256))


def drop(session: Session, hashes: Iterable[str]) -> None:
    for chunk in in_chunks(sorted(set(hashes))):
        session.execute(delete(AttachmentBlob).where(AttachmentBlob.sha256.in_(chunk)))


__all__ = ["all_hashes", "content", "drop", "keep", "present"]
