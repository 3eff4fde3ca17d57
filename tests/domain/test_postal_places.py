"""Finland's postal code list: reading it, finding places, and which cities fit a code."""

from __future__ import annotations

import pytest

from asiakasrekisteri.domain.postal_places import (
    PostalDirectory,
    PostalPlace,
    display_name,
    finnish_postal_places,
)

INKOO = PostalPlace("10230", "INKOO AS", "INGÅ ST", "Inkoo", "Ingå")


def test_the_shipped_list_has_every_town() -> None:
    places = finnish_postal_places()
    assert len(places) > 3000
    tampere = places.place("33100")
    assert tampere is not None
    assert (tampere.name(), tampere.name("sv"), tampere.municipality_sv) == (
        "Tampere", "Tampere", "Tammerfors",
    )  # fmt: skip
    helsinki = places.place(" 00100 ")
    assert helsinki is not None and helsinki.name("sv") == "Helsingfors"
    assert places.place("03310") is None  # no such code
    assert places.place("33104") is None  # a parcel terminal is no address


@pytest.mark.parametrize(
    "city", ["Inkoo", "INKOO", "inkoo as", "Inkoo  AS", "Ingå", "INGÅ ST", " ingå "]
)
def test_a_city_fits_by_place_or_municipality_in_either_language(city: str) -> None:
    assert INKOO.fits(city)


@pytest.mark.parametrize("city", ["Espoo", "", "AS", "Inkoo kk"])
def test_other_cities_do_not_fit(city: str) -> None:
    assert not INKOO.fits(city)


def test_hyphenated_names_fit_with_loose_spacing() -> None:
    place = PostalPlace("91200", "YLI-II", "YLI-II", "Ii", "Ii")
    assert place.fits("yli - ii") and place.fits("Ii")
    assert place.name() == "Yli-Ii"


@pytest.mark.parametrize(
    ("name", "shown"),
    [("TAMPERE", "Tampere"), ("INKOO AS", "Inkoo AS"), ("II AS", "Ii AS"),
     ("HANKO POHJOINEN", "Hanko Pohjoinen"), ("SALO-MIEHIKKÄLÄ", "Salo-Miehikkälä")],
)  # fmt: skip
def test_display_name(name: str, shown: str) -> None:
    assert display_name(name) == shown


def test_reading_skips_comments_and_blank_lines() -> None:
    places = PostalDirectory.from_lines(["# header", "", "10230\tINKOO AS\tINGÅ ST\tInkoo\tIngå\n"])
    assert len(places) == 1
    assert places.place("10230") == INKOO
