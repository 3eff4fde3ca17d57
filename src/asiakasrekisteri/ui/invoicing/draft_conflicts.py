"""Saving a draft invoice that someone else saved since it was opened: ask, then act."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRecord
from asiakasrekisteri.services.conflicts import RecordConflict
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.ui.customer_card.conflict_dialog import (
    ask_about_conflict,
    record_differences,
)
from asiakasrekisteri.ui.invoicing.editor_parts import draft_of
from asiakasrekisteri.ui.widgets.conflict_choice import ConflictChoice


def save_over_stored(
    parent: QWidget,
    invoicing: InvoicingService,
    stored: InvoiceRecord,
    draft: InvoiceDraft,
    today: date,
) -> tuple[InvoiceRecord | None, InvoiceRecord | None]:
    """Save ``draft`` over ``stored`` (the draft as the editor read it).

    Returns (the saved record, or None when nothing was saved; the record to show
    instead when the user chose to reload the other's save, else None).
    """
    try:
        saved = invoicing.update_draft(stored.id, draft, today=today, edited_from=stored.version)
        return saved, None
    except RecordConflict as conflict:
        theirs: InvoiceRecord = conflict.current
        differences = record_differences("invoice", draft, draft_of(theirs))
        choice = ask_about_conflict(conflict, differences, parent)
    if choice is ConflictChoice.OVERWRITE:
        saved = invoicing.update_draft(stored.id, draft, today=today, edited_from=theirs.version)
        return saved, None
    if choice is ConflictChoice.RELOAD:
        return None, theirs
    return None, None


__all__ = ["save_over_stored"]
