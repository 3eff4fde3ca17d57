"""What the user chose about a save that someone else's save got in before."""

from __future__ import annotations

import enum


class ConflictChoice(enum.Enum):
    RELOAD = "reload"
    OVERWRITE = "overwrite"
    KEEP_EDITING = "keep_editing"


__all__ = ["ConflictChoice"]
