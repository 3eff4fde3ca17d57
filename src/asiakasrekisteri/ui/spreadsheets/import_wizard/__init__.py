"""The import dialog, one module per step; :class:`ImportDialog` is the dialog."""

from __future__ import annotations

from asiakasrekisteri.ui.spreadsheets.import_wizard.dialog import ImportDialog, Page

__all__ = ["ImportDialog", "Page"]
