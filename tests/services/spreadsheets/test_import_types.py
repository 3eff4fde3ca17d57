"""Customer types inferred when the sheet has no type column; two people in one cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import ActiveFilter, CustomerQuery, CustomerService
from asiakasrekisteri.services.spreadsheets import ExcelImportService
from tests.services.excel_builders import write_workbook, write_xlsx

COMPANY, PRIVATE = CustomerType.COMPANY, CustomerType.PRIVATE


@pytest.fixture
def service(services: Services) -> ExcelImportService:
    return services.excel_import


def test_without_a_type_column_each_row_gets_the_type_its_evidence_shows(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    rows = [["Nimi", "Y-tunnus", "Sähköposti"],
            ["Rakennus Virtanen Oy", None, "laskut@virtanen.fi"],
            ["Sari Heikkinen", None, None],
            ["Heikkinen Mikko", "0737474-2", None],
            ["Parturi Sali", None, None],
            ["Heikkiset", None, "Koti@Luukku.com"],
            ["Ebba Lindqvist", None, "ebba@gmail.com"],
            ["Aurinkoinen Aamu", None, None]]  # fmt: skip
    plan = service.analyse(write_xlsx(tmp_path / "t.xlsx", rows))
    got = [(r.data.customer_type, r.type_reason.text if r.type_reason else "")
           for r in plan.rows if r.data is not None]  # fmt: skip
    assert got == [
        (COMPANY, "Company: the name has the company form “Oy”."),
        (PRIVATE, "Private person: “Sari” is a first name."),
        (COMPANY, "Company: the row has a Y-tunnus."),
        (COMPANY, "Company: the name has the trade word “Parturi”."),
        (PRIVATE, "Private person: luukku.com is a consumer e-mail service."),
        (PRIVATE, "Private person: “Ebba” is a first name and gmail.com is a consumer "
                  "e-mail service."),
        (COMPANY, "Company: nothing in the row shows a private person."),
    ]  # fmt: skip
    # An inferred type is not a value the row gave: an update leaves the register's alone.
    assert all("customer_type" not in r.provided for r in plan.rows)
    # E-mail addresses are stored in lower case.
    assert plan.rows[4].data is not None and plan.rows[4].data.email == "koti@luukku.com"
    result = service.apply(plan, customer_types={8: PRIVATE, 3: COMPANY})
    saved = {
        r.data.name: r.data.customer_type
        for r in customers.search_records(CustomerQuery(active=ActiveFilter.ALL))
    }
    assert saved["Aurinkoinen Aamu"] is PRIVATE and saved["Sari Heikkinen"] is COMPANY
    assert saved["Heikkiset"] is PRIVATE and saved["Rakennus Virtanen Oy"] is COMPANY
    assert len(result.created) == 7


def test_a_type_column_is_used_as_given(tmp_path: Path, service: ExcelImportService) -> None:
    rows = [["Nimi", "Tyyppi"], ["Sari Heikkinen", "yritys"], ["Alfa Oy", None]]
    plan = service.analyse(write_xlsx(tmp_path / "t.xlsx", rows))
    first, second = plan.rows
    assert first.data is not None and first.data.customer_type is COMPANY
    assert first.type_reason is None and "customer_type" in first.provided
    # An empty type cell is inferred like a missing column.
    assert second.type_reason is not None and second.data is not None


def test_first_and_last_name_columns_make_a_private_person(
    tmp_path: Path, service: ExcelImportService
) -> None:
    rows = [["Etunimi", "Sukunimi"], ["Aada", "Kivi"]]
    [row] = service.analyse(write_xlsx(tmp_path / "t.xlsx", rows)).rows
    assert row.data is not None and row.data.customer_type is PRIVATE
    assert row.type_reason is not None and "columns of their own" in row.type_reason.text


@pytest.mark.parametrize(
    "cell",
    ["Sari Heikkinen, Mikko Heikkinen", "Sari ja Mikko Heikkinen", "Sari & Mikko Heikkinen"],
)
def test_a_contact_cell_naming_two_people_gives_two_contacts(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService, cell: str
) -> None:
    rows = [["Nimi", "Yhteyshenkilö", "Yhteyshenkilön sähköposti"],
            ["Heikkisen Puutarha Oy", cell, "Sari@Heikkinen.fi"]]  # fmt: skip
    plan = service.analyse(write_xlsx(tmp_path / "t.xlsx", rows))
    [row] = plan.rows
    assert [(c.name, c.email, c.is_default) for c in row.contacts] == [
        ("Sari Heikkinen", "sari@heikkinen.fi", True),
        ("Mikko Heikkinen", "", False),
    ]
    service.apply(plan)
    [record] = customers.search_records(CustomerQuery(active=ActiveFilter.ALL))
    assert [c.name for c in record.contacts] == ["Sari Heikkinen", "Mikko Heikkinen"]


def test_a_private_name_naming_two_people_gives_two_contacts(
    tmp_path: Path, service: ExcelImportService
) -> None:
    rows = [["Nimi"], ["Sari och Mikko"], ["Rakennus Sari ja Mikko Oy"]]
    household, firm = service.analyse(write_xlsx(tmp_path / "t.xlsx", rows)).rows
    assert household.data is not None and household.data.name == "Sari och Mikko"
    assert [c.name for c in household.contacts] == ["Sari", "Mikko"]
    assert any(i.code == "contact.from_name" for i in household.issues)
    assert firm.contacts == ()


def test_with_a_contacts_sheet_the_contact_cell_is_not_taken_apart(
    tmp_path: Path, service: ExcelImportService
) -> None:
    path = write_workbook(
        tmp_path / "w.xlsx",
        {
            "Asiakkaat": [["Asiakasnumero", "Nimi", "Yhteyshenkilö"],
                          [1001, "Alfa Oy", "Sari ja Mikko Heikkinen"]],
            "Yhteyshenkilöt": [["Asiakasnumero", "Asiakkaan nimi", "Nimi", "Puhelinnumero"],
                               [1001, "Alfa Oy", "Sari ja Mikko Heikkinen", "040 123 4567"]],
        },
    )  # fmt: skip
    [row] = service.analyse(path).rows
    assert [c.name for c in row.contacts] == ["Sari ja Mikko Heikkinen"]


def test_addresses_on_the_contacts_and_offices_sheets_are_stored_in_lower_case(
    tmp_path: Path, service: ExcelImportService
) -> None:
    path = write_workbook(
        tmp_path / "w.xlsx",
        {
            "Asiakkaat": [["Asiakasnumero", "Nimi"], [1001, "Alfa Oy"]],
            "Yhteyshenkilöt": [["Asiakasnumero", "Asiakkaan nimi", "Nimi", "Sähköposti",
                                "Puhelinnumero"],
                               [1001, "Alfa Oy", "Ulla Uusi", "Ulla.Uusi@Alfa.FI", None]],
            "Toimipisteet": [["Asiakasnumero", "Asiakkaan nimi", "Nimi", "Sähköposti",
                              "Katuosoite"],
                             [1001, "Alfa Oy", "Pääkonttori", "Laskut@Alfa.fi", "Katu 1"]],
        },
    )  # fmt: skip
    plan = service.analyse(path)
    [contact] = plan.contact_rows
    [office] = plan.office_rows
    assert contact.data is not None and contact.data.email == "ulla.uusi@alfa.fi"
    assert office.data is not None and office.data.email == "laskut@alfa.fi"
