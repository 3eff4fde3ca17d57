"""The city filled in from a Finnish postal code as the user types it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QLineEdit

from asiakasrekisteri.domain.postal_places import finnish_postal_places


class PostalCityFiller(QObject):
    """Puts the postal place of a typed Finnish postal code into the city field.

    Only typing counts (a form filled by the program keeps its city), and a city the
    user typed is never replaced: the field is filled only while it is empty or still
    shows what this filler put there. The name is in Swedish when the program is.

    Args:
        postal_edit: Where the postal code is typed.
        city_edit: The city field to fill.
        country: The address's country code as chosen now (only "FI" is looked up).
    """

    def __init__(
        self,
        postal_edit: QLineEdit,
        city_edit: QLineEdit,
        country: Callable[[], str] = lambda: "FI",
    ) -> None:
        super().__init__(postal_edit)
        self._city_edit = city_edit
        self._country = country
        self._filled = ""
        postal_edit.textEdited.connect(self._postal_code_typed)

    def _postal_code_typed(self, text: str) -> None:
        code = text.strip().upper().removeprefix("FI-")
        if len(code) != 5 or (self._country() or "FI").upper() != "FI":
            return
        place = finnish_postal_places().place(code)
        if place is None:
            return
        current = self._city_edit.text().strip()
        if current and current != self._filled:
            return
        swedish = QLocale().language() == QLocale.Language.Swedish
        self._filled = place.name("sv" if swedish else "fi")
        self._city_edit.setText(self._filled)


__all__ = ["PostalCityFiller"]
