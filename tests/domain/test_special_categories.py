"""Special-category word detection (GDPR art. 9) in fi, sv and en free text."""

from __future__ import annotations

import doctest

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asiakasrekisteri.domain import special_categories
from asiakasrekisteri.domain.special_categories import (
    SpecialCategory,
    find_special_categories,
)
from asiakasrekisteri.services.demo import NOTES, STREETS, TRADES

H = SpecialCategory.HEALTH
R = SpecialCategory.RELIGION
E = SpecialCategory.ETHNICITY
P = SpecialCategory.POLITICS
S = SpecialCategory.SEXUAL_ORIENTATION


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Asiakkaalla todettu syöpä, hoidot kesken", (H,)),
        ("Sairauden vuoksi maksu myöhässä", (H,)),
        ("Kunden är sjukskriven till maj", (H,)),
        ("Client is pregnant, deliver before June", (H,)),
        ("Uskonnollisista syistä ei lauantaisin", (R,)),
        ("Han är troende och vill inte…", (R,)),
        ("Jewish holidays: no deliveries", (R,)),
        ("Romanitaustainen perhe", (E,)),
        ("Etnisk bakgrund noterad", (E,)),
        ("Kokoomuksen kunnallisvaaliehdokas", (P,)),
        ("Aktiv i Socialdemokraterna", (P,)),
        ("Political views discussed", (P,)),
        ("Elää homoparisuhteessa", (S,)),
        ("Bisexuell, nämnde själv", (S,)),
        ("Openly gay, prefers email", (S,)),
        ("Terveydentila huono, masentunut ja muslimi", (H, R)),
    ],
)
def test_categories_are_found(text: str, expected: tuple[SpecialCategory, ...]) -> None:
    assert {m.category for m in find_special_categories(text)} == set(expected)


@pytest.mark.parametrize(
    "text",
    [
        *NOTES,
        *STREETS,
        *(t for t, _ in TRADES),
        "Kirkkokatu 5, Oulu",
        "Partihandel AB, leverans fredag",
        "Race car parts delivered; party on Friday",
    ],
)
def test_ordinary_business_text_is_not_flagged(text: str) -> None:
    assert find_special_categories(text) == ()


def test_empty_text_has_no_matches() -> None:
    assert find_special_categories("") == ()


def test_match_gives_the_word_and_its_place() -> None:
    (match,) = find_special_categories("Ok. Masentunut.")
    assert (match.category, match.word, match.start) == (H, "masentunut", 4)


@given(st.text(max_size=300))
def test_never_raises_on_any_text(text: str) -> None:
    for match in find_special_categories(text):
        assert match.word
        assert 0 <= match.start < len(text)


def test_doctests() -> None:
    assert doctest.testmod(special_categories).failed == 0
