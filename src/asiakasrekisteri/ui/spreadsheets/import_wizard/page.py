"""The base of the import dialog's steps."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from asiakasrekisteri.ui.spreadsheets.import_wizard.state import ImportState
from asiakasrekisteri.ui.widgets.retranslating import Retranslating


class ImportPage(Retranslating, QWidget):
    """One step of the import: its own widgets and texts, reading the shared state.

    Args:
        state: What the steps share about the import.
    """

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state

    def title(self) -> str:
        """The step's heading, in the UI language."""
        raise NotImplementedError

    def is_complete(self) -> bool:
        """Whether Next may leave this step once no analysis is running."""
        return False

    def entered(self) -> None:
        """The step is shown (again); a step showing the user's later choices refreshes."""
