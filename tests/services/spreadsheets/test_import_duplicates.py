"""The import's duplicate check: exact keys decide; a similar name is only a possible duplicate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.spreadsheets import (
    DuplicateAction,
    DuplicateGroup,
    ExcelImportService,
    ImportPlan,
    similar_names,
)
from asiakasrekisteri.services.spreadsheets.similar_names import (
    alike_pairs,
    best_matches,
    name_text,
)
from tests.conftest import make_customer
from tests.services.excel_builders import write_csv, write_xlsx

HEADER = ["Asiakasnumero", "Nimi", "Y-tunnus", "Sähköposti", "Puhelinnumero"]


@pytest.fixture
def service(services: Services) -> ExcelImportService:
    return services.excel_import


def _plan(service: ExcelImportService, tmp_path: Path, rows: list[list[Any]]) -> ImportPlan:
    return service.analyse(write_xlsx(tmp_path / "d.xlsx", [HEADER, *rows]))


def _groups(plan: ImportPlan) -> dict[str, DuplicateGroup]:
    return {g.key: g for g in plan.duplicates}


def test_housing_companies_with_different_numbers_are_not_duplicates(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    rows = [[None, "As Oy Koivukuja 5", None, "hallitus@koivukuja5.fi", "040 111 2222"],
            [None, "As Oy Koivukuja 7", None, "hallitus@koivukuja7.fi", "040 333 4444"],
            [None, "As. Oy Koivukuja 05", None, None, None]]  # fmt: skip
    plan = _plan(service, tmp_path, rows)
    # The number in the name is part of it: 5 and 7 are two houses, 05 is 5 again.
    [group] = plan.duplicates
    assert (group.rows, group.possible, group.reason) == ((2, 4), True, "name")
    result = service.apply(plan)
    assert [o.row for o in result.created] == [2, 3, 4] and result.skipped == ()
    assert customers.count() == 3


def test_alike_names_with_different_addresses_are_possible_duplicates_imported_as_new(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    rows = [[101, "Parturi Sali", None, "sali@parturisali.fi", "040 123 4567"],
            [102, "Parturi-Sali Oy", None, "info@sali.fi", "050 765 4321"],
            [103, "Parturi Saali", None, "saali@parturi.fi", "09 123 4567"],
            [104, "Kukkakauppa Ruusu", None, None, None]]  # fmt: skip
    plan = _plan(service, tmp_path, rows)
    [group] = plan.duplicates
    assert group.key == "possible:file:2" and group.rows == (2, 3, 4)
    assert (group.reason, group.possible, group.proposed) == ("name", True, DuplicateAction.NEW)
    assert 90 <= group.score < 100
    # The user may still choose to skip them.
    choices = {group.key: DuplicateAction.SKIP}
    trial = service.apply(plan, duplicate_choices=choices, dry_run=True)
    assert [o.row for o in trial.skipped] == [3, 4]
    result = service.apply(plan)
    assert len(result.created) == 4 and result.skipped == ()
    assert customers.count() == 4


def test_twenty_thousand_numbered_names_are_all_imported(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    rows = [["Nimi", "Sähköposti"]]
    rows += [[f"Tuonti Asiakas {n:06d}", f"tuonti{n}@example.fi"] for n in range(20_000)]
    plan = service.analyse(write_csv(tmp_path / "tuonti.csv", rows))
    assert plan.duplicates == ()
    result = service.apply(plan)
    assert len(result.created) == 20_000 and customers.count() == 20_000


def test_the_same_email_in_any_case_or_phone_in_any_format_is_a_duplicate(
    tmp_path: Path, service: ExcelImportService
) -> None:
    rows = [[None, "Rakennus Virtanen Oy", None, "Laskut@Virtanen.fi", None],
            [None, "Rakennus Virtanen", None, "laskut@virtanen.FI", None],
            [None, "Kahvila Aurinko", None, None, "040 123 4567"],
            [None, "Kahvila Aurinko Ky", None, None, "+358401234567"],
            [None, "Sari Heikkinen", None, None, "(09) 222 3333"],
            [None, "Mikko Heikkinen", None, None, "+358 9 2223333"]]  # fmt: skip
    plan = _plan(service, tmp_path, rows)
    groups = _groups(plan)
    assert (groups["file:2"].reason, groups["file:2"].rows) == ("email", (2, 3))
    assert groups["file:2"].proposed is DuplicateAction.SKIP and not groups["file:2"].possible
    assert (groups["file:4"].reason, groups["file:4"].rows) == ("phone", (4, 5))
    # A family shares its phone: different names make it only a possible duplicate.
    family = groups["possible:file:6"]
    assert (family.reason, family.rows, family.proposed) == ("phone", (6, 7), DuplicateAction.NEW)
    result = service.apply(plan)
    assert [o.row for o in result.created] == [2, 4, 6, 7]
    assert [o.row for o in result.skipped] == [3, 5]


def test_two_business_ids_are_never_one_customer(
    tmp_path: Path, service: ExcelImportService
) -> None:
    rows = [[None, "Tilitoimisto Laine Oy", "0737474-2", "kirjanpito@laine.fi", None],
            [None, "Tilitoimisto Laine Oy", "2077474-0", "kirjanpito@laine.fi", None]]  # fmt: skip
    plan = _plan(service, tmp_path, rows)
    assert plan.duplicates == ()


def test_register_matches_on_email_and_phone(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    by_email = customers.create(
        make_customer(customer_number="500", name="Sähkö Laine Oy", business_id="",
                      email="Toimisto@Laine.fi", phone="")
    )  # fmt: skip
    by_phone = customers.create(
        make_customer(customer_number="501", name="Maija Mäkinen", business_id="",
                      email="", phone="040 765 4321")
    )  # fmt: skip
    rows = [[None, "Laine Sähkö", None, "toimisto@laine.FI", None],
            [None, "Maija Mäkinen", None, None, "+358 40 7654321"],
            [None, "Matti Mäkinen", None, None, "0407654321"]]  # fmt: skip
    plan = _plan(service, tmp_path, rows)
    groups = _groups(plan)
    assert groups[f"register:{by_email.id}"].reason == "email"
    assert groups[f"register:{by_email.id}"].proposed is DuplicateAction.UPDATE
    assert groups[f"register:{by_phone.id}"].rows == (3,)
    other = groups[f"possible:register:{by_phone.id}"]
    assert (other.rows, other.reason, other.proposed) == ((4,), "phone", DuplicateAction.NEW)
    result = service.apply(plan)
    assert [o.customer_id for o in result.updated] == [by_email.id, by_phone.id]
    assert [o.row for o in result.created] == [4]


def test_alike_names_are_found_whatever_the_slip_and_order() -> None:
    texts = [name_text(n) for n in ("Virtanen Matti", "Matti Virtanen", "Matti Virtanan",
                                    "Natti Virtanen", "Mikko Virtanen")]  # fmt: skip
    assert texts[0] == texts[1] == "matti virtanen"
    pairs = {(a, b) for a, b, _score in alike_pairs(texts)}
    # A slip at the start or at the end: the two blockings find both.
    assert ("matti virtanen", "matti virtanan") in pairs
    assert ("matti virtanen", "natti virtanen") in pairs
    assert not any("mikko" in a + b for a, b in pairs)
    # A shared trade word alone does not make two firms alike.
    assert alike_pairs(["rakennus virtanen", "rakennus virtala"]) == []
    best = best_matches(["matti virtanen", "liisa laine"], ["matti virtanan", "matti virtanen"])
    assert best == {"matti virtanen": [("matti virtanen", 100), ("matti virtanan", 93)]}


def test_a_block_larger_than_the_limit_is_still_compared(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(similar_names, "BLOCK_LIMIT", 40)
    sliced: list[int] = []
    slices = similar_names._slices

    def spy(block: list[tuple[tuple[str, ...], str, bool]]) -> Any:
        sliced.append(len(block))
        return slices(block)

    monkeypatch.setattr(similar_names, "_slices", spy)
    # Two hundred names whose words begin alike for longer than any key: compared in
    # slices of similar length.
    letters = "abcdefghijklmnopqrst"
    names = [f"kauppa virtanenax{a}{b}" for a in letters for b in letters[:10]]
    pairs = {frozenset((a, b)) for a, b, _score in alike_pairs(names)}
    assert sliced == [200]
    assert frozenset(("kauppa virtanenaxaa", "kauppa virtanenaxab")) in pairs
