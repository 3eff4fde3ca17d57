"""Tables of spreadsheet imports: one batch per import, one entry per customer.

A batch remembers what an import did so that it can be undone: every customer it created,
and for every customer it updated the card as it was before (JSON). ``applied_at`` is the
moment the import finished; a customer or one of its contacts, offices or notes changed
after that counts as "edited since", and undo leaves it alone.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from asiakasrekisteri.storage.models import Base
from asiakasrekisteri.storage.types import UTCDateTime, utcnow


class ImportBatch(Base):
    """One import of one sheet of one file."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(260))
    sheet: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(100), default="")
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_count: Mapped[int] = mapped_column(Integer, default=0)
    skipped_count: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ImportEntry(Base):
    """What one batch did to one customer: ``created`` or ``updated`` (with the old card)."""

    __tablename__ = "import_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batch.id", ondelete="CASCADE"), index=True
    )
    # SET NULL: deleting the customer later must not delete the record of the import.
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="SET NULL"), index=True
    )
    action: Mapped[str] = mapped_column(String(16))
    row_number: Mapped[int] = mapped_column(Integer, default=0)
    previous: Mapped[str | None] = mapped_column(Text)
