"""Reading the trade register's answers, and what a card takes from a company."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from asiakasrekisteri.domain.customer import CustomerData
from asiakasrekisteri.domain.trade_register import (
    CompanyWarning,
    FieldChange,
    Localized,
    RegisterAddress,
    RegisterFormatError,
    Situation,
    changes,
    parse_companies,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "trade_register"


def recorded(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def only_company(payload: Any) -> Any:
    result = parse_companies(payload)
    assert len(result.companies) == 1
    return result.companies[0]


def test_a_company_gives_its_current_main_name_postal_address_form_and_line() -> None:
    company = only_company(recorded("company_2077474-0.json"))

    assert company.business_id == "2077474-0"
    # Not the earlier main name, nor the parallel or auxiliary one.
    assert company.name == "Rakennus Virtanen Oy"
    assert company.website == "www.rakennusvirtanen.fi"
    assert company.line_of_business_code == "41200"
    assert company.warnings == ()
    assert company.customer_values("fi") == {
        "name": "Rakennus Virtanen Oy",
        "business_id": "2077474-0",
        "company_form": "Osakeyhtiö",
        "line_of_business": "Asuin- ja muiden rakennusten rakentaminen",
        # The postal address, with its entrance and apartment; the city written as a name.
        "street": "Hämeenkatu 10 B 5",
        "postal_code": "33100",
        "city": "Tampere",
        "country": "FI",
    }


def test_texts_follow_the_language_asked_for() -> None:
    company = only_company(recorded("company_2077474-0.json"))

    swedish = company.customer_values("sv")
    assert swedish["company_form"] == "Aktiebolag"
    assert swedish["line_of_business"] == "Byggande av bostadshus och andra byggnader"
    assert swedish["city"] == "Tammerfors"
    assert company.customer_values("en")["company_form"] == "Limited company"


def test_a_text_missing_in_a_language_falls_back_to_finnish() -> None:
    company = only_company(recorded("company_2612345-5.json"))

    values = company.customer_values("sv")
    assert values["company_form"] == "Yksityinen elinkeinonharjoittaja"
    # Only a visiting address, in capitals: used, and written as names are written.
    assert values["street"] == "Mänttäntie 21"
    assert values["city"] == "Mänttä-Vilppula"
    # No line of business in the register: no value rather than an empty one.
    assert "line_of_business" not in values


def test_a_po_box_address_with_care_of_comes_in_the_language_of_the_card() -> None:
    company = only_company(recorded("company_0737474-2.json"))

    assert company.name == "Oy Virtanen Trading Ab"
    assert company.customer_values("fi")["street"] == "c/o Tilitoimisto Numerot Oy\nPL 45"
    assert company.customer_values("sv")["street"] == "c/o Tilitoimisto Numerot Oy\nPB 45"
    assert company.customer_values("sv")["city"] == "Helsingfors"
    # The form in force, not the one that ended.
    assert company.customer_values("fi")["company_form"] == "Osakeyhtiö"


def test_bankruptcy_liquidation_and_ceasing_are_warned_about_ended_situations_not() -> None:
    result = parse_companies(recorded("search_virtanen.json"))

    assert result.total == 127
    warnings = {c.business_id: c.warnings for c in result.companies}
    assert warnings["2458793-4"] == (CompanyWarning(Situation.BANKRUPTCY, date(2025, 3, 14)),)
    assert warnings["1572860-0"] == (CompanyWarning(Situation.LIQUIDATION, date(2025, 8, 20)),)
    assert warnings["2345678-0"] == (CompanyWarning(Situation.CEASED, date(2021, 6, 30)),)
    assert warnings["2077474-0"] == ()
    assert [c.business_id for c in result.companies if c.has_ceased] == ["2345678-0"]


def test_restructuring_and_unknown_situations() -> None:
    payload = recorded("company_2458793-4.json")
    payload["companies"][0]["companySituations"] = [
        {"type": "SANE", "registrationDate": "not a date"},
        {"type": "NEW", "registrationDate": "2025-01-01"},
    ]
    assert only_company(payload).warnings == (CompanyWarning(Situation.RESTRUCTURING, None),)


def test_an_empty_answer_and_a_missing_total() -> None:
    assert parse_companies(recorded("empty.json")).companies == ()
    assert parse_companies({"companies": []}).total == 0


def test_optional_fields_may_be_missing_or_null() -> None:
    company = only_company(
        {
            "companies": [
                {
                    "businessId": {"value": "2077474-0"},
                    "names": None,
                    "mainBusinessLine": None,
                    "website": None,
                    "addresses": [{"type": 2, "street": None, "postCode": "33100"}],
                }
            ]
        }
    )
    assert company.name == ""
    assert company.customer_values("fi") == {
        "business_id": "2077474-0",
        "postal_code": "33100",
        "country": "FI",
    }


def test_without_a_current_main_name_the_latest_main_name_is_used() -> None:
    names = [
        {"name": "Vanha Oy", "type": "1", "registrationDate": "2001-01-01", "endDate": "2010"},
        {"name": "Uudempi Oy", "type": "1", "registrationDate": "2010-01-02", "endDate": "2020"},
        {"name": "Apunimi", "type": "3", "registrationDate": "2015-01-01"},
    ]
    company = only_company({"companies": [{"businessId": {"value": "1"}, "names": names}]})
    assert company.name == "Uudempi Oy"


def test_the_current_version_of_the_main_name_wins() -> None:
    names = [
        {"name": "Toinen", "type": "1", "version": 2},
        {"name": "Nykyinen", "type": "1", "version": True},
        {"name": "Oikea", "type": "1", "version": 0},
    ]
    company = only_company({"companies": [{"businessId": {"value": "1"}, "names": names}]})
    assert company.name == "Oikea"


def test_the_visiting_address_serves_when_the_postal_one_has_no_street() -> None:
    addresses = [
        {"type": 2, "postCode": "00100"},
        {"type": 1, "street": "Katu", "buildingNumber": "1", "postCode": "00200"},
    ]
    company = only_company({"companies": [{"businessId": {"value": "1"}, "addresses": addresses}]})
    assert company.customer_values("fi")["street"] == "Katu 1"


def test_a_foreign_free_form_address_keeps_its_country() -> None:
    addresses = [{"type": 2, "freeAddressLine": "Norgårdsvägen_3_SE-451_75_Uddevalla",
                  "country": "se", "co": "C/O Agent"}]  # fmt: skip
    company = only_company({"companies": [{"businessId": {"value": "1"}, "addresses": addresses}]})
    values = company.customer_values("en")
    assert values["street"] == "C/O Agent\nNorgårdsvägen 3 SE-451 75 Uddevalla"
    assert values["country"] == "SE"


def test_an_address_with_nothing_but_a_city() -> None:
    address = RegisterAddress(city=Localized({"fi": "Oulu"}))
    assert not address.has_street()
    assert address.street_text("fi") == ""


def test_localized_texts() -> None:
    assert Localized({"en": "Shop"}).get("fi") == "Shop"
    assert Localized({"xx": "Kauppa"}).get("sv") == "Kauppa"
    assert Localized().get("fi") == ""


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        (lambda p: [], "not a JSON object"),
        (lambda p: {"results": p["companies"]}, "no list of companies"),
        (lambda p: {**p, "totalResults": "1"}, "totalResults"),
        (lambda p: {**p, "totalResults": True}, "totalResults"),
        (lambda p: {"companies": ["2077474-0"]}, "company is not an object"),
        (lambda p: {"companies": [{"businessId": "2077474-0"}]}, "businessId is not an object"),
        (lambda p: {"companies": [{"businessId": {"value": ""}}]}, "no business id"),
        (lambda p: {"companies": [{"businessId": {"value": 2077474}}]}, "businessId is not text"),
        (lambda p: _company_with(p, names={"name": "X"}), "names is not a list"),
        (lambda p: _company_with(p, names=[{"name": ["X"], "type": "1"}]), "names.name"),
        (lambda p: _company_with(p, addresses=[{"type": "2"}]), "address type"),
        (lambda p: _company_with(p, addresses=[{"type": 1, "street": 5}]), "addresses.street"),
        (lambda p: _company_with(p, mainBusinessLine=[]), "mainBusinessLine"),
        (lambda p: _company_with(p, companySituations=[{"type": 3}]), "companySituations"),
    ],
)
def test_a_changed_format_is_one_error(change: Any, detail: str) -> None:
    with pytest.raises(RegisterFormatError) as raised:
        parse_companies(change(recorded("company_2077474-0.json")))
    assert detail in raised.value.detail
    assert raised.value.code == "trade_register.format"
    assert "format" in raised.value.message


def test_recorded_changed_formats_are_refused() -> None:
    for name in ("changed_format.json", "wrong_types.json"):
        with pytest.raises(RegisterFormatError):
            parse_companies(recorded(name))


def _company_with(payload: Any, **fields: Any) -> Any:
    changed = copy.deepcopy(payload)
    changed["companies"][0].update(fields)
    return changed


def test_changes_list_the_differing_fields_in_card_order() -> None:
    company = only_company(recorded("company_2077474-0.json"))
    card = CustomerData(
        name="RAKENNUS  VIRTANEN OY",  # spacing and case alone are no change
        business_id="2077474-0",
        street="Vanha katu 1",
        postal_code="33100",
        city="Tampere",
        line_of_business="Oma kuvaus",
    )
    assert changes(card, company.customer_values("fi")) == (
        FieldChange("company_form", "", "Osakeyhtiö"),
        FieldChange("line_of_business", "Oma kuvaus", "Asuin- ja muiden rakennusten rakentaminen"),
        FieldChange("street", "Vanha katu 1", "Hämeenkatu 10 B 5"),
    )


def test_an_empty_register_value_never_blanks_a_field() -> None:
    card = CustomerData(name="Tmi Ville Virtanen", line_of_business="Puusepänala")
    company = only_company(recorded("company_2612345-5.json"))
    proposed = {c.field for c in changes(card, company.customer_values("fi"))}
    assert "line_of_business" not in proposed


def test_unknown_languages_and_empty_texts_are_skipped() -> None:
    offices = [{"city": "", "languageCode": "1"}, {"city": "Uleåborg", "languageCode": "9"}]
    company = only_company(
        {
            "companies": [
                {
                    "businessId": {"value": "1"},
                    "companyForms": [
                        {
                            "type": "16",
                            "descriptions": [
                                {"languageCode": "1", "description": None},
                                {"languageCode": "7", "description": "Oy"},
                            ],
                        }
                    ],
                    "addresses": [{"type": 2, "street": "Katu", "postOffices": offices}],
                }
            ]
        }
    )
    values = company.customer_values("fi")
    assert (values["company_form"], "city" in values) == ("16", False)


def test_a_company_without_an_address_fills_no_address_fields() -> None:
    company = only_company({"companies": [{"businessId": {"value": "1"}, "names": []}]})
    assert company.customer_values("fi") == {"business_id": "1"}
