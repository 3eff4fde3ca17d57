"""Finland's postal codes and the places they belong to, from Posti's postal code file.

The list ships with the program (``resources/postal_codes_fi.tsv``, made by
``tools/postal_codes.py``) and is read once, on first use. It tells whether a postal
code exists, which place it belongs to, and whether a typed city fits it: a city fits
when it is the code's postal place or municipality, in Finnish or Swedish, in any letter
case ("Tampere", "TAMMERFORS", "Inkoo" for 10230 INKOO AS).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Final

__all__ = ["PostalDirectory", "PostalPlace", "display_name", "finnish_postal_places"]

# Posti's short qualifiers after a place name: asema (station), kirkonkylä (church
# village), station, Turun lääni. People leave them out when they write the town.
_QUALIFIERS: Final = frozenset({"as", "kk", "st", "tl"})


def _key(city: str) -> str:
    return " ".join(city.casefold().replace("-", " - ").split()).replace(" - ", "-")


def _keys(name: str) -> Iterator[str]:
    key = _key(name)
    yield key
    head, _space, last = key.rpartition(" ")
    if head and last in _QUALIFIERS:
        yield head


def display_name(name: str) -> str:
    """Posti's upper-case place name as written in an address: ``"YLI-II"`` → ``"Yli-Ii"``,
    ``"INKOO AS"`` → ``"Inkoo AS"`` (a short qualifier stays in capitals)."""
    words = name.split(" ")
    out = []
    for index, word in enumerate(words):
        if index and word.casefold() in _QUALIFIERS:
            out.append(word.upper())
        else:
            out.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(out)


@dataclass(frozen=True)
class PostalPlace:
    """One postal code: its postal place and municipality in Finnish and Swedish."""

    code: str
    name_fi: str
    name_sv: str
    municipality_fi: str
    municipality_sv: str

    def name(self, language: str = "fi") -> str:
        """The postal place as written in an address, in Swedish for ``"sv"``."""
        return display_name(self.name_sv if language == "sv" else self.name_fi)

    def fits(self, city: str) -> bool:
        """Whether ``city`` names this code's postal place or municipality."""
        wanted = _key(city)
        return any(
            wanted in _keys(name)
            for name in (self.name_fi, self.name_sv, self.municipality_fi, self.municipality_sv)
        )


class PostalDirectory:
    """Postal codes looked up by code."""

    def __init__(self, places: Iterable[PostalPlace]) -> None:
        self._places = {place.code: place for place in places}

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> PostalDirectory:
        """Read the tab-separated list; ``#`` lines and blank lines are skipped."""
        places = []
        for line in lines:
            if not line.strip() or line.startswith("#"):
                continue
            code, name_fi, name_sv, municipality_fi, municipality_sv = line.rstrip("\n").split("\t")
            places.append(PostalPlace(code, name_fi, name_sv, municipality_fi, municipality_sv))
        return cls(places)

    def __len__(self) -> int:
        return len(self._places)

    def place(self, code: str) -> PostalPlace | None:
        """The place of a five-digit code; None for a code that does not exist."""
        return self._places.get(code.strip())


@cache
def finnish_postal_places() -> PostalDirectory:
    """The postal code list shipped with the program, read on first use."""
    path = resources.files("asiakasrekisteri") / "resources" / "postal_codes_fi.tsv"
    return PostalDirectory.from_lines(path.read_text(encoding="utf-8").splitlines())
