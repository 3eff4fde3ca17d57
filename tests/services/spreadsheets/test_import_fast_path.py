"""The washing of a large sheet, made fast, plans every row as a plain per-row pass does.

The fast path validates each card once and makes it once (with its type, its e-mail in
lower case, its city from the postal code and its number), looks each postal code and
city pair up once, remembers percentages, keeps the card as a tuple and numbers the rows
in one pass. The reference below does each step by itself on every row, with the
domain's own functions; generated sheets must give the same cards, issues and numbers.
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asiakasrekisteri.domain.customer import (
    ContactData,
    CustomerData,
    validate_contact,
    validate_customer,
)
from asiakasrekisteri.domain.enums import InvoiceLanguage
from asiakasrekisteri.domain.errors import FieldErrors
from asiakasrekisteri.domain.identifiers import suggest_customer_number
from asiakasrekisteri.domain.names import guess_customer_type
from asiakasrekisteri.domain.postal_places import finnish_postal_places
from asiakasrekisteri.services.container import Services, open_services
from asiakasrekisteri.services.spreadsheets.customer_types import type_reason

HEADER = ["Asiakasnumero", "Nimi", "Y-tunnus", "Katuosoite", "Postinumero", "Postitoimipaikka",
          "Sähköposti", "Puhelin", "Yhteyshenkilö", "Laskun kieli"]  # fmt: skip

KEYS = ("number", "name", "business_id", "street", "postal_code", "city", "email", "phone",
        "contact", "language")  # fmt: skip
_ROWS = st.lists(
    st.fixed_dictionaries(
        {
            "number": st.sampled_from(["", "", "", "2001", "17", "0099", "A-5"]),
            "name": st.sampled_from(
                [
                    "Rakennus Virtanen Oy",
                    "Matti Mäkinen",
                    "Sari Laine",
                    "Kahvila Aalto",
                    "Tmi Korhonen",
                    "Anna",
                ]
            ),
            "business_id": st.sampled_from(["", "", "0737474-2", "2077474-0"]),
            "street": st.sampled_from(["", "Hämeenkatu 5", "Rantatie 1 A 2"]),
            "postal_code": st.sampled_from(["", "00100", "33100", "99999", "02100", "100"]),
            "city": st.sampled_from(["", "Helsinki", "Tampere", "Espoo", "Oulu", "Helsingfors"]),
            "email": st.sampled_from(
                ["", "laskut@firma.fi", "Matti.M@Gmail.com", "x@luukku.com; Y@Firma.fi"]
            ),
            "phone": st.sampled_from(["", "040 123 4567", "+358 50 7654321", "09 123 456"]),
            "contact": st.sampled_from(["", "", "Pekka Rinne"]),
            "language": st.sampled_from(["", "fi", "sv"]),
        }
    ),
    min_size=1,
    max_size=25,
)


@pytest.fixture(scope="module")
def register() -> Iterator[Services]:
    """An empty register: the analysis only reads it."""
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(Path(folder) / "register.sqlite3")
        yield services
        services.close()


def _place(card: dict[str, Any]) -> list[tuple[str, str]]:
    """What Posti's list says of the card's code and city, changing the card as washing does."""
    place = finnish_postal_places().place(card["postal_code"])
    if place is None:
        return [("postal_code.unknown", "postal_code")]
    if not card["city"]:
        card["city"] = place.name("sv" if card["invoice_language"] == "sv" else "fi")
        return [("city.from_postal_code", "city")]
    if not place.fits(card["city"]):
        return [("postal_code.other_place", "postal_code")]
    return []


def _reference(rows: list[dict[str, str]]) -> list[tuple[Any, ...]]:
    """Each row planned by itself: (row, card, contacts, issue codes, type reason)."""
    planned = []
    for number, row in enumerate(rows, 2):
        data = CustomerData(
            customer_number=row["number"] or "0",
            name=row["name"],
            business_id=row["business_id"],
            street=row["street"],
            postal_code=row["postal_code"],
            city=row["city"],
            email=row["email"],
            phone=row["phone"],
            invoice_language=InvoiceLanguage(row["language"] or "fi"),
        )
        issues = []
        try:
            card = dict(validate_customer(data).__dict__)
        except FieldErrors as exc:  # a short code of another town: left out
            assert list(exc.errors) == ["postal_code"]
            issues.append((exc.errors["postal_code"].code, "postal_code"))
            card = dict(validate_customer(replace(data, postal_code="")).__dict__)
        if not row["number"]:
            card["customer_number"] = ""
        guess = guess_customer_type(
            card["name"], business_id=card["business_id"], vat_id="", emails=card["email"]
        )
        card["customer_type"] = guess.customer_type
        card["email"] = card["email"].lower()
        if card["postal_code"] and card["postal_code"] != row["postal_code"]:
            issues.append(("postal_code.normalised", "postal_code"))
        if card["postal_code"]:
            issues += _place(card)
        contacts = (
            (validate_contact(ContactData(name=row["contact"], is_default=True)),)
            if row["contact"]
            else ()
        )
        why = type_reason(guess.evidence, guess.word, guess.domain)
        planned.append((number, card, contacts, issues, why, bool(row["number"])))
    used = {card["customer_number"] for _n, card, *_rest, had in planned if had}
    for _number, card, _contacts, issues, _why, had in planned:
        if not had:
            card["customer_number"] = suggest_customer_number(used)
            used.add(card["customer_number"])
            issues.append(("customer_number.assigned", "customer_number"))
    return [(n, CustomerData(**card), c, i, w) for n, card, c, i, w, _given in planned]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=_ROWS)
def test_the_fast_washing_plans_what_a_plain_pass_plans(
    register: Services, rows: list[dict[str, str]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "asiakkaat.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(HEADER)
            writer.writerows([[row[key] for key in KEYS] for row in rows])
        plan = register.excel_import.analyse(path)
    found = [
        (
            row.row,
            row.data,
            row.contacts,
            [(i.code, i.field) for i in row.issues],
            row.type_reason,
        )
        for row in plan.rows
    ]
    assert found == _reference(rows)
    assert [row.customer_number for row in plan.rows] == [
        card.customer_number for _n, card, *_rest in found if card is not None
    ]
