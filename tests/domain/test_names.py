"""Telling a person's name from a firm's, and two people in one cell."""

from __future__ import annotations

import pytest

from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.domain.names import (
    Evidence,
    TypeGuess,
    business_word,
    company_form,
    consumer_email_domain,
    first_names_in,
    guess_customer_type,
    is_first_name,
    split_people,
)

COMPANY, PRIVATE = CustomerType.COMPANY, CustomerType.PRIVATE


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("Rakennus Virtanen Oy", "Oy"), ("Oy Alfa Ab", "Oy"), ("Kiinteistö Oy Koivu", "Oy"),
        ("Tmi Sari Heikkinen", "Tmi"), ("Laine Ky", "Ky"), ("Nokia Oyj", "Oyj"),
        ("Tampereen Shakki ry", "ry"), ("Tampereen Shakki r.y.", "r.y"),
        ("As Oy Koivukuja 5", "As"), ("Asunto-osakeyhtiö Koivukuja", "Asunto"),
        ("Andelslag Mjölk", "Andelslag"), ("Bygg Lindqvist AB", "AB"),
        ("Nordic Trading A/S", "A/S"),
        ("Müller GmbH", "GmbH"), ("Acme Ltd.", "Ltd"), ("Vesiosuuskunta Osk", "Osk"),
        ("Sari Heikkinen", ""),
    ],
)  # fmt: skip
def test_company_forms(name: str, form: str) -> None:
    assert company_form(name) == form


def test_first_names_in_both_languages_and_any_case() -> None:
    assert is_first_name("mikko") and is_first_name("ÅKE") and is_first_name(" Ebba ")
    assert not is_first_name("Virtanen") and not is_first_name("")
    assert first_names_in("Virtanen, Matti ja Liisa") == ("Matti", "Liisa")


def test_business_words_whole_or_as_a_compound_ending() -> None:
    assert business_word("Parturi Sali") == "Parturi"
    assert business_word("Virtasen Rakennuspalvelu") == "Rakennuspalvelu"
    assert business_word("Lindqvist Bygg") == "Bygg"
    assert business_word("Liisa Kauppinen") == ""  # "kauppa" is no ending of it
    assert business_word("Ab E-kauppa") == "E-kauppa"
    assert business_word("Ikauppa") == ""  # too short a beginning for a compound


def test_consumer_email_domains() -> None:
    assert consumer_email_domain("Matti.Virtanen@GMAIL.com") == "gmail.com"
    assert consumer_email_domain("laskut@virtanen.fi; sari@pp1.inet.fi") == "pp1.inet.fi"
    assert consumer_email_domain("luukku.com") == ""  # not an address
    assert consumer_email_domain("info@virtanen.fi") == ""


@pytest.mark.parametrize(
    ("kwargs", "guess"),
    [
        ({"name": "Sari Heikkinen", "business_id": "0737474-2"},
         TypeGuess(COMPANY, Evidence.BUSINESS_ID)),
        ({"name": "Sari Heikkinen", "vat_id": "SE556677889901"},
         TypeGuess(COMPANY, Evidence.VAT_ID)),
        ({"name": "Tmi Sari Heikkinen", "emails": "sari@gmail.com"},
         TypeGuess(COMPANY, Evidence.COMPANY_FORM, "Tmi")),
        ({"name": "Kahvila Helmi"}, TypeGuess(COMPANY, Evidence.BUSINESS_WORD, "Kahvila")),
        ({"name": "Heikkinen Sari", "person_columns": True},
         TypeGuess(PRIVATE, Evidence.PERSON_COLUMNS)),
        ({"name": "Heikkinen, Sari"}, TypeGuess(PRIVATE, Evidence.FIRST_NAME, "Sari")),
        ({"name": "Sari och Mikko Heikkinen", "emails": "heikkiset@luukku.com"},
         TypeGuess(PRIVATE, Evidence.FIRST_NAME_AND_EMAIL, "Sari", "luukku.com")),
        ({"name": "Sari", "emails": "sari@hotmail.fi"},
         TypeGuess(PRIVATE, Evidence.FIRST_NAME_AND_EMAIL, "Sari", "hotmail.fi")),
        ({"name": "Sari"}, TypeGuess(COMPANY, Evidence.NOTHING)),
        ({"name": "Heikkiset", "emails": "koti@saunalahti.fi"},
         TypeGuess(PRIVATE, Evidence.CONSUMER_EMAIL, "", "saunalahti.fi")),
        ({"name": "Sari Heikkinen 2"}, TypeGuess(COMPANY, Evidence.NOTHING)),
        ({"name": "Aurinkoinen Aamu"}, TypeGuess(COMPANY, Evidence.NOTHING)),
    ],
)  # fmt: skip
def test_guess_customer_type(kwargs: dict[str, object], guess: TypeGuess) -> None:
    assert guess_customer_type(**kwargs) == guess  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Sari Heikkinen, Mikko Heikkinen", ("Sari Heikkinen", "Mikko Heikkinen")),
        ("Sari ja Mikko Heikkinen", ("Sari Heikkinen", "Mikko Heikkinen")),
        ("Sari och Mikko", ("Sari", "Mikko")),
        ("Sari & Mikko Heikkinen", ("Sari Heikkinen", "Mikko Heikkinen")),
        ("Anna, Liisa ja Matti Virtanen",
         ("Anna Virtanen", "Liisa Virtanen", "Matti Virtanen")),
        ("Heikkinen, Sari", ("Heikkinen, Sari",)),
        ("Myynti ja markkinointi", ("Myynti ja markkinointi",)),
        ("Sari,", ("Sari,",)),
        (" Sari Heikkinen ", ("Sari Heikkinen",)),
    ],
)  # fmt: skip
def test_split_people(text: str, people: tuple[str, ...]) -> None:
    assert split_people(text) == people
