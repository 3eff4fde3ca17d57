"""Import: postal codes are checked against Posti's list, never moved to another town."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.spreadsheets import ExcelImportService, Severity
from tests.services.excel_builders import write_xlsx

HEADER = ["Nimi", "Postinumero", "Postitoimipaikka", "Laskun kieli"]


@pytest.fixture
def service(services: Services) -> ExcelImportService:
    return services.excel_import


def _plan(tmp_path: Path, service: ExcelImportService, *rows: list[Any]) -> Any:
    return service.analyse(write_xlsx(tmp_path / "p.xlsx", [HEADER, *rows]))


def test_a_short_code_is_padded_only_where_it_fits_the_city(
    tmp_path: Path, service: ExcelImportService
) -> None:
    plan = _plan(
        tmp_path, service,
        ["Alfa Oy", 2100, "Espoo", ""],  # a number cell that lost its zero: 02100 Espoo
        ["Beta Oy", "3310", "Tampere", ""],  # 03310 is no code: not padded, flagged
        ["Gamma Oy", 2100, "Tampere", ""],  # 02100 is Espoo's: not moved there
    )  # fmt: skip
    alfa, beta, gamma = (r.data for r in plan.rows)
    assert alfa is not None and beta is not None and gamma is not None
    assert (alfa.postal_code, alfa.city) == ("02100", "Espoo")
    assert (beta.postal_code, beta.city) == ("", "Tampere")
    assert (gamma.postal_code, gamma.city) == ("", "Tampere")
    flagged = {i.row: i for i in plan.issues if i.code == "postal_code.short"}
    assert set(flagged) == {3, 4}
    assert flagged[3].severity is Severity.WARNING and flagged[3].value == "3310"
    assert flagged[3].message.text == (
        "“3310” has only 4 digits. Did you mean 33100 (Tampere)? The value is left out."
    )
    assert "02100 is the postal code of Espoo, not of Tampere" in flagged[4].message.text


def test_the_city_is_filled_in_from_the_postal_code(
    tmp_path: Path, service: ExcelImportService
) -> None:
    plan = _plan(tmp_path, service, ["Alfa Oy", "33100", "", ""], ["Beta Ab", "00100", "", "sv"])
    alfa, beta = (r.data for r in plan.rows)
    assert alfa is not None and beta is not None
    assert alfa.city == "Tampere"
    assert beta.city == "Helsingfors"  # a Swedish-speaking customer's town in Swedish
    infos = [(i.row, i.code, i.message.text) for i in plan.issues if i.severity is Severity.INFO]
    assert (2, "city.from_postal_code", "City “Tampere” filled in from the postal code.") in infos
    assert all("city" in r.provided for r in plan.rows)


def test_a_code_of_another_town_or_of_none_is_flagged_and_kept(
    tmp_path: Path, service: ExcelImportService
) -> None:
    plan = _plan(tmp_path, service, ["Alfa Oy", "33100", "Helsinki", ""],
                 ["Beta Oy", "03310", "Tampere", ""])  # fmt: skip
    alfa, beta = (r.data for r in plan.rows)
    assert alfa is not None and beta is not None
    assert (alfa.postal_code, beta.postal_code) == ("33100", "03310")
    warnings = {
        i.row: (i.code, i.message.text) for i in plan.issues if i.severity is Severity.WARNING
    }
    assert warnings == {
        2: (
            "postal_code.other_place",
            "33100 is the postal code of Tampere, not of Helsinki; check the address.",
        ),
        3: (
            "postal_code.unknown",
            "“03310” is not in Posti's list of Finnish postal codes; check it.",
        ),
    }
