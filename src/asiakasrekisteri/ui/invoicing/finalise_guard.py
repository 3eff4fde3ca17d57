"""What would stop an invoice from being finalised, shown in the editor as soon as its
parties are known rather than as a refusal after the user confirmed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from asiakasrekisteri.domain.invoice import InvoiceDraft
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.invoicing.common import show_error


class FinaliseGuard:
    """Keeps the editor's message line of reasons the invoice cannot be finalised.

    Attributes:
        blocked: The reasons shown now that stop finalising (a draft can still be saved).
    """

    def __init__(self, invoicing: InvoicingService, label: QLabel) -> None:
        self.invoicing = invoicing
        self.label = label
        self.blocked = ""

    def update(self, draft: InvoiceDraft | None, refusals: list[str]) -> None:
        """Show ``refusals`` (which also stop saving) and what finalising ``draft`` would
        refuse; a finalised invoice (no draft) shows none."""
        ahead: list[str] = []
        if draft is not None:
            texts = [error_text(exc) for exc in self.invoicing.finalise_blockers(draft)]
            ahead = [text for text in texts if text not in refusals]
        self.blocked = "\n".join(ahead)
        show_error(self.label, "\n".join(refusals + ahead) if draft is not None else "")
