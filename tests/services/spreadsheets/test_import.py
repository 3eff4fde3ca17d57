"""Spreadsheet import: header detection, washing, errors, duplicates, formats, undo, cancel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from asiakasrekisteri.domain.customer import ContactData, OfficeData
from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import ActiveFilter, CustomerQuery, CustomerService
from asiakasrekisteri.services.spreadsheets import (
    ChildCounts,
    DuplicateAction,
    ExcelImportService,
    ImportCancelled,
    ImportFileError,
    ImportPlan,
    Reason,
    Severity,
    UnknownColumns,
)
from asiakasrekisteri.services.spreadsheets.undo import data_from_json, data_to_json
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.ui.validation_messages import MESSAGES
from tests.conftest import make_customer
from tests.services.excel_builders import (
    write_csv,
    write_ods,
    write_workbook,
    write_xls,
    write_xlsx,
)

HEADER = ["Asiakasnumero", "Asiakkuuden tyyppi", "Nimi", "Y-tunnus", "Katuosoite",
          "Postinumero", "Postitoimipaikka", "Sähköposti", "Puhelinnumero"]  # fmt: skip
ROW_A = [1001.0, "Yritys", "Rakennus Virtanen Oy", "07374742", "Hämeenkatu 10", 33100.0,
         "Tampere", "laskut@virtanen.fi", "040 123 4567"]  # fmt: skip
ROW_B = [1002, "yksityinen", "Maija Meikäläinen", None, "Kauppakatu 1", "100", "Helsinki",
         "maija@example.fi, m@example.fi", "0501234567"]  # fmt: skip


@pytest.fixture
def service(services: Services) -> ExcelImportService:
    return services.excel_import


def _all(customers: CustomerService) -> list[Any]:
    return customers.search_records(CustomerQuery(active=ActiveFilter.ALL))


def _issues(plan: ImportPlan, severity: Severity) -> list[tuple[int, str, str]]:
    return [(i.row, i.column, i.code) for i in plan.issues if i.severity is severity]


# --- header detection and mapping -----------------------------------------------------


def test_header_below_title_blank_and_merged_rows(
    tmp_path: Path, service: ExcelImportService
) -> None:
    rows = [["Asiakasrekisteri 2025"], [], ["Päivitetty 1.1.2025"], [], HEADER, ROW_A, [], ROW_B]
    path = write_xlsx(tmp_path / "r.xlsx", rows, merge=["A1:I1"])
    plan = service.analyse(path)
    assert plan.header_row == 5
    assert [c.target for c in plan.columns] == [
        "customer_number", "customer_type", "name", "business_id", "street", "postal_code",
        "city", "email", "phone",
    ]  # fmt: skip
    assert [r.row for r in plan.rows] == [6, 8]  # the blank row 7 is passed over
    a, b = (r.data for r in plan.rows)
    assert a is not None and b is not None
    assert (a.customer_number, a.business_id, a.postal_code) == ("1001", "0737474-2", "33100")
    assert a.phone == "+358 40 1234567"
    assert b.customer_type is CustomerType.PRIVATE
    assert b.postal_code == "00100"
    assert b.email == "maija@example.fi; m@example.fi"
    assert (8, "Postinumero", "postal_code.normalised") in _issues(plan, Severity.INFO)


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Ytunnus", "business_id"), ("Business ID", "business_id"), ("FO-nummer", "business_id"),
        ("Asiakas nro", "customer_number"), ("Kundnummer", "customer_number"),
        ("  SÄHKÖPOSTI: ", "email"), ("E-post", "email"), ("Puhelinumero", "phone"),
        ("Postort", "city"), ("Land", "country"), ("Kontaktperson", "contact_name"),
        ("Asiakkuuden tyyppi (Yritys/Yksityinen)", "customer_type"),
    ],
)  # fmt: skip
def test_headers_in_three_languages(
    tmp_path: Path, service: ExcelImportService, header: str, target: str
) -> None:
    path = write_xlsx(tmp_path / "h.xlsx", [["Nimi", header], ["Alfa Oy", "x"]])
    plan = service.analyse(path)
    assert plan.columns[1].target == target


def test_unknown_columns_become_custom_fields_or_are_ignored(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    rows = [["Nimi", "Sopimus päättyy", "Laskutuskausi"], ["Alfa Oy", date(2027, 6, 30), "kk"]]
    path = write_xlsx(tmp_path / "c.xlsx", rows)
    plan = service.analyse(path)
    assert [c.target for c in plan.custom_columns] == [
        "custom:Sopimus päättyy", "custom:Laskutuskausi",
    ]  # fmt: skip
    ignored = service.analyse(path, unknown_columns=UnknownColumns.IGNORE)
    assert [c.header for c in ignored.ignored_columns] == ["Sopimus päättyy", "Laskutuskausi"]
    service.apply(plan)
    [record] = _all(customers)
    assert dict(record.data.custom_fields) == {
        "Sopimus päättyy": "2027-06-30", "Laskutuskausi": "kk",
    }  # fmt: skip


def test_a_column_without_a_header_is_kept_when_any_row_fills_it(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    from asiakasrekisteri.services.spreadsheets.analysis import SAMPLE_SCAN_ROWS

    count = SAMPLE_SCAN_ROWS + 50
    rows: list[list[Any]] = [["Nimi", "Muistio", ""]]
    rows += [[f"Asiakas {i}", "", ""] for i in range(count)]
    rows[-1][1:] = ["Soita", "myöhäinen arvo"]
    plan = service.analyse(write_xlsx(tmp_path / "late.xlsx", rows))
    assert [c.target for c in plan.custom_columns] == ["custom:Muistio", "custom:Sarake C"]
    assert plan.columns[1].samples == ()  # a named column only looks at the first rows
    assert plan.columns[2].samples == ("myöhäinen arvo",)
    service.apply(plan, duplicate_choices={g.key: DuplicateAction.NEW for g in plan.duplicates})
    last = [r for r in _all(customers) if r.data.custom_fields]
    assert [dict(r.data.custom_fields) for r in last] == [
        {"Muistio": "Soita", "Sarake C": "myöhäinen arvo"}
    ]


def test_remap_changes_the_preview(tmp_path: Path, service: ExcelImportService) -> None:
    path = write_xlsx(tmp_path / "m.xlsx", [["Nimi", "Muistio"], ["Alfa Oy", "Soita"]])
    plan = service.analyse(path)
    remapped = service.remap(plan, {1: "comment"})
    [row] = remapped.preview()
    assert row.data is not None and row.data.comment == "Soita"
    assert not row.data.custom_fields


def test_one_address_cell_is_split_keeping_c_o(tmp_path: Path, service: ExcelImportService) -> None:
    rows = [
        ["Nimi", "Osoite"],
        ["Alfa Oy", "c/o Tilitoimisto Laine, Hämeenkatu 10 A 5, 33100 Tampere"],
        ["Beta Ab", "Storgatan 1\n123 45 Stockholm\nSverige"],
        ["Gamma Oy", "Jossain kaukana"],
    ]
    plan = service.analyse(write_xlsx(tmp_path / "a.xlsx", rows))
    a, b, c = (r.data for r in plan.rows)
    assert a is not None and b is not None and c is not None
    assert a.street == "c/o Tilitoimisto Laine\nHämeenkatu 10 A 5"
    assert (a.postal_code, a.city, a.country) == ("33100", "Tampere", "FI")
    assert (b.postal_code, b.city, b.country) == ("123 45", "Stockholm", "SE")
    assert c.street == "Jossain kaukana"
    assert (4, "Osoite", "address.not_split") in _issues(plan, Severity.INFO)


def test_contact_columns_create_a_contact(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    rows = [
        ["Nimi", "Yhteyshenkilö", "Yhteyshenkilön puhelinnumero", "Yhteyshenkilön sähköposti",
         "Yhteyshenkilön osoite"],
        ["Alfa Oy", "Matti Virtanen", "0401234567", "matti@alfa.fi", "Kotikatu 1, Tampere"],
    ]  # fmt: skip
    service.apply(service.analyse(write_xlsx(tmp_path / "k.xlsx", rows)))
    [record] = _all(customers)
    [contact] = record.contacts
    assert (contact.name, contact.phone, contact.email, contact.is_default) == (
        "Matti Virtanen", "+358 40 1234567", "matti@alfa.fi", True,
    )  # fmt: skip
    assert record.data.custom_fields["Yhteyshenkilön osoite"] == "Kotikatu 1, Tampere"


def test_words_for_types_countries_and_languages(
    tmp_path: Path, service: ExcelImportService
) -> None:
    rows = [["Nimi", "Tyyppi", "Maa", "Laskun kieli", "Maksuehto"],
            ["A Oy", "företag", "Ruotsi", "svenska", "14 pv"],
            ["B", "Privatperson", "Sverige", "ENGLANTI", 30.0],
            ["C", "H", "Finland", "fi", None],
            ["D Ab", "oy", "Iso-Britannia", None, None]]  # fmt: skip
    plan = service.analyse(write_xlsx(tmp_path / "w.xlsx", rows))
    got = [
        (d.customer_type.value, d.country, d.invoice_language.value, d.payment_term_days)
        for d in (r.data for r in plan.rows)
        if d is not None
    ]
    assert got == [
        ("company", "SE", "sv", 14), ("private", "SE", "en", 30), ("private", "FI", "fi", None),
        ("company", "GB", "fi", None),
    ]  # fmt: skip


# --- errors ------------------------------------------------------------------------------


def test_bad_values_are_left_out_and_reported_never_stored_as_valid(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    rows = [
        ["Nimi", "Y-tunnus", "Sähköposti", "Puhelin", "Alennus %"],
        ["Alfa Oy", "1234567-8", "foo@", date(2024, 1, 1), "paljon"],
        [None, "0737474-2", "x@y.fi", None, None],
        ["Beta Oy", 7374742.0, "ok@beta.fi", None, 12.5],
    ]
    plan = service.analyse(write_xlsx(tmp_path / "e.xlsx", rows))
    warnings = _issues(plan, Severity.WARNING)
    assert (2, "Y-tunnus", "business_id.checksum") in warnings
    assert (2, "Sähköposti", "email.format") in warnings
    assert (2, "Puhelin", "cell.wrong_type") in warnings
    assert (2, "Alennus %", "number.format") in warnings
    assert [(i.row, i.code) for i in plan.issues if i.severity is Severity.ERROR] == [
        (3, "name.required")
    ]
    bad = next(i for i in plan.issues if i.code == "business_id.checksum")
    assert (bad.sheet, bad.value, bad.letter) == ("Asiakkaat", "1234567-8", "B")
    result = service.apply(plan)
    assert (len(result.created), len(result.skipped)) == (2, 1)
    alfa, beta = sorted(_all(customers), key=lambda r: r.data.name)
    assert alfa.data.business_id == "" and alfa.data.email == ""
    assert beta.data.business_id == "0737474-2"
    assert str(beta.data.discount_percent) == "12.50"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b"PK\x03\x04 not really a zip"), "not a spreadsheet"),
        (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600), "password"),
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: write_xlsx(p, []), "empty"),
        (lambda p: write_xlsx(p, [["Hello"], ["world", 1, 2]]), "No header row"),
        (lambda p: write_xlsx(p, [["Nimi", "Y-tunnus"], [], []]), "no customers"),
    ],
    ids=["zip-junk", "encrypted", "empty-file", "empty-sheet", "no-header", "no-rows"],
)
def test_fatal_problems_raise_one_clear_error_and_change_nothing(
    tmp_path: Path,
    service: ExcelImportService,
    customers: CustomerService,
    make: Callable[[Path], object],
    message: str,
) -> None:
    path = tmp_path / "bad.xlsx"
    make(path)
    with pytest.raises(ImportFileError, match=message):
        service.analyse(path)
    assert customers.count() == 0


def test_missing_file_and_wrong_sheet(tmp_path: Path, service: ExcelImportService) -> None:
    with pytest.raises(ImportFileError, match="does not exist"):
        service.analyse(tmp_path / "nope.xlsx")
    path = write_xlsx(tmp_path / "s.xlsx", [["Nimi"], ["A"]])
    with pytest.raises(ImportFileError, match="no sheet called"):
        service.analyse(path, sheet="Kunder")


def test_picks_the_sheet_that_looks_like_customers(
    tmp_path: Path, service: ExcelImportService
) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = "Ohje"
    first.append(["Täytä asiakkaat toiselle välilehdelle"])
    second = wb.create_sheet("Asiakkaat")
    second.append(["Nimi", "Y-tunnus"])
    second.append(["Alfa Oy", "0737474-2"])
    wb.save(tmp_path / "two.xlsx")
    plan = service.analyse(tmp_path / "two.xlsx")
    assert (plan.sheet, plan.sheets) == ("Asiakkaat", ("Ohje", "Asiakkaat"))


def test_every_sheet_is_parsed_once_and_a_clear_register_on_the_first_sheet_wins(
    tmp_path: Path, service: ExcelImportService, monkeypatch: pytest.MonkeyPatch
) -> None:
    # calamine parses a whole sheet even to show its header: each sheet is parsed once,
    # both to pick the customer sheet and to find sheets of contacts and offices.
    import python_calamine
    from openpyxl import Workbook

    from asiakasrekisteri.services.spreadsheets import reading

    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = "Asiakkaat"
    first.append(["Asiakasnumero", "Nimi", "Y-tunnus", "Katuosoite", "Postinumero", "Kaupunki"])
    first.append(["1001", "Alfa Oy", "0737474-2", "Katu 1", "00100", "Helsinki"])
    sales = wb.create_sheet("Myynti")
    sales.append(["Asiakasnumero", "Nimi", "Myynti 2026"])
    weak = wb.create_sheet("Yhteystiedot")
    weak.append(["Nimi", "Sähköposti"])
    wb.save(tmp_path / "three.xlsx")
    parsed: list[str] = []

    class Recording:
        def __init__(self, book: Any) -> None:
            self.book = book
            self.sheet_names = book.sheet_names

        def get_sheet_by_name(self, name: str) -> Any:
            parsed.append(name)
            return self.book.get_sheet_by_name(name)

        def close(self) -> None:
            self.book.close()

    class Calamine:
        CalamineError = python_calamine.CalamineError
        PasswordError = python_calamine.PasswordError

        class CalamineWorkbook:
            @staticmethod
            def from_path(path: str) -> Recording:
                return Recording(python_calamine.CalamineWorkbook.from_path(path))

    monkeypatch.setattr(reading, "python_calamine", Calamine)
    plan = service.analyse(tmp_path / "three.xlsx")
    assert plan.sheet == "Asiakkaat"
    assert sorted(parsed) == ["Asiakkaat", "Myynti", "Yhteystiedot"]
    assert plan.unread_sheets == ("Myynti", "Yhteystiedot")
    assert (plan.contact_rows, plan.office_rows) == ((), ())

    # A first sheet with only a few known columns does not win on being first.
    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = "Yhteystiedot"
    first.append(["Nimi", "Sähköposti"])
    register = wb.create_sheet("Rekisteri")
    register.append(["Asiakasnumero", "Nimi", "Y-tunnus", "Sähköposti", "Puhelin"])
    register.append(["1001", "Alfa Oy", "0737474-2", "a@alfa.fi", "040 1234567"])
    wb.save(tmp_path / "two.xlsx")
    parsed.clear()
    plan = service.analyse(tmp_path / "two.xlsx")
    assert plan.sheet == "Rekisteri"
    assert sorted(parsed) == ["Rekisteri", "Yhteystiedot"]


# --- formats -----------------------------------------------------------------------------

ROWS: list[list[Any]] = [["Asiakasrekisteri"], [], HEADER, ROW_A, ROW_B]


@pytest.mark.parametrize(
    ("name", "writer"),
    [
        ("r.xlsx", write_xlsx),
        ("r.xlsm", write_xlsx),
        ("r.xls", write_xls),
        ("r.ods", write_ods),
        ("r.csv", lambda p, rows: write_csv(p, rows, delimiter=";")),
        ("r2.csv", lambda p, rows: write_csv(p, rows, delimiter=",")),
        ("bom.csv", lambda p, rows: write_csv(p, rows, bom=True)),
        ("ansi.csv", lambda p, rows: write_csv(p, rows, encoding="cp1252")),
    ],
)
def test_every_format_gives_the_same_customers(
    tmp_path: Path,
    service: ExcelImportService,
    name: str,
    writer: Callable[[Path, Sequence[Sequence[Any]]], Path],
) -> None:
    rows = [list(row) for row in ROWS]
    if name.endswith(".csv"):
        rows = [["" if v is None else (int(v) if isinstance(v, float) else v) for v in r]
                for r in rows]  # fmt: skip
    plan = service.analyse(writer(tmp_path / name, rows))
    assert plan.header_row == 3
    got = [
        (d.customer_number, d.name, d.business_id, d.postal_code, d.email, d.customer_type.value)
        for d in (r.data for r in plan.rows)
        if d is not None
    ]
    assert got == [
        ("1001", "Rakennus Virtanen Oy", "0737474-2", "33100", "laskut@virtanen.fi", "company"),
        ("1002", "Maija Meikäläinen", "", "00100", "maija@example.fi; m@example.fi", "private"),
    ]


# --- duplicates --------------------------------------------------------------------------


def test_duplicates_within_the_file_keep_the_first_row(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    rows = [["Nro", "Nimi", "Y-tunnus", "Puhelin"],
            [1001, "Alfa Oy", "0737474-2", None],
            [1002, "Alfa Oy (uusi)", "07374742", "0401234567"],
            [1001, "Alfa Oy", None, None],
            [None, "Kahvila Aurinko", None, None],
            [None, "Kahvila Aurinko Oy", None, None]]  # fmt: skip
    plan = service.analyse(write_xlsx(tmp_path / "d.xlsx", rows))
    groups = {g.key: g for g in plan.duplicates}
    assert groups["file:2"].rows == (2, 3, 4)
    assert groups["file:2"].proposed is DuplicateAction.SKIP and not groups["file:2"].possible
    # A similar name alone is only a possible duplicate: listed, and imported as new.
    similar = groups["possible:file:5"]
    assert (similar.reason, similar.rows, similar.possible) == ("name", (5, 6), True)
    assert similar.proposed is DuplicateAction.NEW
    result = service.apply(plan)
    assert [o.row for o in result.created] == [2, 5, 6]
    assert [o.row for o in result.skipped] == [3, 4]
    merged = service.apply(
        service.analyse(write_xlsx(tmp_path / "d2.xlsx", rows[:3])),
        duplicate_choices={"register:1": DuplicateAction.SKIP, "file:2": DuplicateAction.UPDATE},
    )
    assert merged.updated == () and len(merged.skipped) == 2
    assert customers.count() == 3


def test_register_matches_by_number_then_business_id_then_name(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    first = customers.create(make_customer(customer_number="1001"))
    second = customers.create(
        make_customer(customer_number="2000", name="Sähkö Laine Oy", business_id="0737474-2")
    )
    third = customers.create(
        make_customer(customer_number="3000", name="Kahvila Aurinko Oy", business_id="")
    )
    customers.add_contact(first.id, ContactData(name="Matti V", email="matti@v.fi"))
    rows = [["Asiakasnumero", "Nimi", "Y-tunnus", "Postitoimipaikka", "Yhteyshenkilö",
             "Yhteyshenkilön puhelinnumero"],
            [1001, "Rakennus Virtanen Oy", None, "Oulu", "Matti V", "0401234567"],
            [None, "Laine Sähkö", "07374742", None, None, None],
            [5000, "Kahvila Aurinko", None, "Turku", None, None]]  # fmt: skip
    plan = service.analyse(write_xlsx(tmp_path / "u.xlsx", rows))
    groups = {g.key: g for g in plan.duplicates}
    assert groups[f"register:{first.id}"].reason == "customer_number"
    assert groups[f"register:{second.id}"].reason == "business_id"
    similar = groups[f"possible:register:{third.id}"]
    assert (similar.reason, similar.possible, similar.proposed) == (
        "name", True, DuplicateAction.NEW,
    )  # fmt: skip
    result = service.apply(plan)
    assert [o.customer_id for o in result.updated] == [first.id, second.id]
    assert [o.customer_number for o in result.created] == ["5000"]
    updated = customers.get(first.id)
    assert updated.data.city == "Oulu"
    assert updated.data.street == "Hämeenkatu 10"  # empty cells do not erase
    [contact] = updated.contacts
    assert (contact.email, contact.phone) == ("matti@v.fi", "+358 40 1234567")
    assert customers.get(second.id).data.name == "Laine Sähkö"
    assert customers.get(second.id).data.customer_number == "2000"


def test_new_for_a_taken_number_gets_a_fresh_number(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    existing = customers.create(make_customer(customer_number="1001"))
    plan = service.analyse(write_xlsx(tmp_path / "n.xlsx", [["Nro", "Nimi"], [1001, "Toinen"]]))
    result = service.apply(plan, duplicate_choices={f"register:{existing.id}": "new"})  # type: ignore[dict-item]
    assert [o.customer_number for o in result.created] == ["1002"]
    assert any(i.code == "customer_number.reassigned" for i in result.issues)


# --- transaction, cancel, dry run, undo -----------------------------------------------


def _big_sheet(tmp_path: Path, count: int) -> Path:
    rows: list[list[Any]] = [["Asiakasnumero", "Nimi", "Sähköposti", "Postinumero"]]
    # Helsinki's codes as number cells that lost their leading zeros: 160 is 00160.
    codes = (100, 120, 130, 140, 150, 160, 170, 180, 190)
    rows += [[1000 + i, f"Asiakas {i} Oy", f"a{i}@example.fi", codes[i % 9]] for i in range(count)]
    return write_xlsx(tmp_path / "big.xlsx", rows)


def test_ten_thousand_rows_with_progress(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    plan = service.analyse(_big_sheet(tmp_path, 10_000))
    calls: list[tuple[int, int]] = []
    result = service.apply(plan, progress=lambda done, total: calls.append((done, total)))
    assert len(result.created) == 10_000 and customers.count() == 10_000
    assert calls[0] == (0, 10_000) and calls[-1] == (10_000, 10_000)
    assert customers.get_by_number("1005").data.postal_code == "00160"


def test_cancel_rolls_everything_back(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    plan = service.analyse(_big_sheet(tmp_path, 5000))
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)

    with pytest.raises(ImportCancelled):
        service.apply(plan, progress=progress, cancel=lambda: bool(seen) and seen[-1] >= 2000)
    assert customers.count() == 0
    assert service.batches() == []


def test_dry_run_writes_nothing(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    plan = service.analyse(_big_sheet(tmp_path, 10))
    result = service.apply(plan, dry_run=True)
    assert (len(result.created), result.batch_id, result.dry_run) == (10, None, True)
    assert customers.count() == 0 and service.batches() == []


def test_undo_removes_created_restores_updated_and_keeps_edited(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    old = customers.create(make_customer(customer_number="1001", city="Tampere"))
    rows = [["Nro", "Nimi", "Postitoimipaikka", "Yhteyshenkilö"],
            [1001, "Rakennus Virtanen Oy", "Oulu", "Uusi Henkilö"],
            [1002, "Uusi Oy", "Turku", None],
            [1003, "Toinen Oy", "Vaasa", None]]  # fmt: skip
    result = service.apply(service.analyse(write_xlsx(tmp_path / "u.xlsx", rows)))
    assert result.batch_id is not None
    assert customers.get(old.id).data.city == "Oulu"
    edited = customers.get_by_number("1003")
    customers.update(edited.id, make_customer(customer_number="1003", name="Toinen Oy muokattu"))
    undo = service.undo_import(result.batch_id)
    assert (undo.removed, undo.restored) == (1, 1)
    assert [k.customer_number for k in undo.kept] == ["1003"]
    restored = customers.get(old.id)
    assert restored.data.city == "Tampere" and restored.contacts == ()
    numbers = sorted(r.data.customer_number for r in _all(customers))
    assert numbers == ["1001", "1003"]
    assert service.batches()[0].undone_at is not None
    with pytest.raises(Exception, match="undone already"):
        service.undo_import(result.batch_id)


def test_report_lists_rows_and_reasons(tmp_path: Path, service: ExcelImportService) -> None:
    import python_calamine

    rows = [["Nimi", "Y-tunnus"], ["Alfa Oy", "1234567-8"], [None, "0737474-2"]]
    plan = service.analyse(write_xlsx(tmp_path / "r.xlsx", rows))
    result = service.apply(plan)
    report = service.write_report(tmp_path / "report.xlsx", plan, result)
    book = python_calamine.CalamineWorkbook.from_path(str(report))
    assert book.sheet_names == ["Yhteenveto", "Rivit", "Huomautukset"]
    notes = book.get_sheet_by_name("Huomautukset").to_python()
    assert any(row[1] == 2 and row[3] == "1234567-8" for row in notes[1:])


def test_card_json_round_trip() -> None:
    data = make_customer(custom_fields={"A": "b"}, credit_limit=None)
    assert data_from_json(data_to_json(data)) == data


def test_a_plan_stays_out_of_the_cycle_collectors_walks_while_it_lives(
    tmp_path: Path, service: ExcelImportService
) -> None:
    import gc

    rows = [["Nimi", "Sähköposti"]] + [[f"Yritys {i}", f"info{i}@yritys.fi"] for i in range(50)]
    path = write_xlsx(tmp_path / "gc.xlsx", rows)
    gc.unfreeze()
    plan = service.analyse(path)
    assert gc.isenabled()
    assert gc.get_freeze_count() > len(plan.rows)
    remapped = service.remap(plan, {1: ""})
    del plan
    assert gc.get_freeze_count() == 0  # the first plan's end unfroze everything
    del remapped
    assert gc.get_freeze_count() == 0


# --- contact and office sheets ---------------------------------------------------------

CONTACT_HEADER = ["Asiakasnumero", "Asiakkaan nimi", "Nimi", "Titteli/tehtävä", "Puhelinnumero",
                  "Sähköposti", "Avainsanat", "Oletus", "Aktiivinen"]  # fmt: skip
OFFICE_HEADER = ["Asiakasnumero", "Asiakkaan nimi", "Nimi", "Katuosoite", "Postinumero",
                 "Postitoimipaikka", "Maa", "Sähköposti", "Verkkolaskutusosoite",
                 "Välittäjätunnus", "Oletus"]  # fmt: skip
CUSTOMER_ROWS: list[list[Any]] = [
    ["Asiakasnumero", "Nimi", "Y-tunnus", "Yhteyshenkilö", "Yhteyshenkilön puhelinnumero"],
    [1001, "Alfa Oy", "0737474-2", "Matti Virtanen", "040 123 4567"],
    [1002, "Beta Oy", None, None, None],
]


def _workbook(
    path: Path,
    contacts: Sequence[Sequence[Any]] | None = (),
    offices: Sequence[Sequence[Any]] | None = (),
    customers: Sequence[Sequence[Any]] = CUSTOMER_ROWS,
) -> Path:
    """Sheets as the export writes them; None leaves a sheet out."""
    sheets: dict[str, Any] = {
        "Asiakkaat": customers,
        "Myynti": [["Asiakasnumero", "Nimi", "Yhteensä"], [1001, "Alfa Oy", 120.5]],
    }
    if contacts is not None:
        sheets["Yhteyshenkilöt"] = [CONTACT_HEADER, *contacts]
    if offices is not None:
        sheets["Toimipisteet"] = [OFFICE_HEADER, *offices]
    return write_workbook(path, sheets)


def _people(record: Any) -> list[tuple[Any, ...]]:
    return [
        (c.name, c.title, c.phone, c.email, c.keywords, c.is_default, c.active)
        for c in record.contacts
    ]


def test_contact_and_office_sheets_are_recognised_by_their_header_row(
    tmp_path: Path, service: ExcelImportService
) -> None:
    shouting = [h.upper().replace(" ", "  ") for h in CONTACT_HEADER]
    path = write_workbook(
        tmp_path / "h.xlsx",
        {
            "Asiakkaat": CUSTOMER_ROWS,
            # Another name, another case and spacing, a title row above: still contacts.
            "Ihmiset": [["Yhteyshenkilöt 2026"], shouting, [1001, "Alfa Oy", "Liisa Laine"]],
            # A customer list's header is not a sheet of contacts or offices.
            "Lisää": [["Asiakasnumero", "Nimi", "Puhelinnumero", "Sähköposti"]],
            "Konttorit": [[*OFFICE_HEADER[:3], "Postitoimipaikka"], [1002, None, "Turku", "Turku"]],
        },
    )
    plan = service.analyse(path)
    assert (plan.sheet, plan.contact_sheet, plan.office_sheet) == (
        "Asiakkaat", "Ihmiset", "Konttorit",
    )  # fmt: skip
    assert plan.unread_sheets == ("Lisää",)
    [liisa] = plan.contact_rows
    assert (liisa.row, liisa.customer_row, liisa.data) == (3, 2, ContactData(name="Liisa Laine"))
    [turku] = plan.office_rows
    assert turku.customer_row == 3
    assert turku.data == OfficeData(name="Turku", city="Turku")
    # Picking the customer sheet passes over a sheet of contacts, even a first one.
    path = write_workbook(
        tmp_path / "first.xlsx",
        {"Yhteyshenkilöt": [CONTACT_HEADER], "Asiakkaat": [["Nimi", "Y-tunnus"], ["A", None]]},
    )
    plan = service.analyse(path)
    assert (plan.sheet, plan.contact_sheet) == ("Asiakkaat", "Yhteyshenkilöt")


def test_contacts_and_offices_come_with_new_customers(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    path = _workbook(
        tmp_path / "n.xlsx",
        contacts=[
            [1002, "Beta Oy", "Bertta Beta", None, None, "b@beta.fi", None, None, None],
            [1001, "Alfa Oy", "Liisa Laine", "Kirjanpitäjä", "050 765 4321", None, None, "ei",
             "ei"],
            # The contact that Asiakkaat names too: one contact, this row's details win.
            [1001, "Alfa Oy", "matti virtanen", "Toimitusjohtaja", None, "matti@alfa.fi",
             "huolto", "kyllä", "kyllä"],
        ],
        offices=[
            [1001, "Alfa Oy", "Pääkonttori", "Katu 1", 510, "Helsinki", None, None, None, None,
             "ei"],
            [1001, "Alfa Oy", "Tukholma", None, "11122", "Stockholm", "Ruotsi", None, None, None,
             "kyllä"],
        ],
    )  # fmt: skip
    plan = service.analyse(path)
    assert plan.sheets_read == ("Asiakkaat", "Yhteyshenkilöt", "Toimipisteet")
    assert [(i.sheet, i.row, i.column, i.value, i.code) for i in plan.issues] == [
        ("Toimipisteet", 2, "Postinumero", "510", "postal_code.normalised"),
    ]
    result = service.apply(plan)
    assert result.contacts == ChildCounts("Yhteyshenkilöt", added=3)
    assert result.offices == ChildCounts("Toimipisteet", added=2)
    assert "Contact persons (sheet Yhteyshenkilöt): 3 added" in result.summary()
    alfa, beta = (customers.get_by_number(n) for n in ("1001", "1002"))
    assert _people(alfa) == [
        ("Liisa Laine", "Kirjanpitäjä", "+358 50 7654321", "", "", False, False),
        ("matti virtanen", "Toimitusjohtaja", "+358 40 1234567", "matti@alfa.fi", "huolto",
         True, True),
    ]  # fmt: skip
    # Without a say in Oletus, a customer's first contact becomes its default.
    assert _people(beta) == [("Bertta Beta", "", "", "b@beta.fi", "", True, True)]
    assert [(o.name, o.postal_code, o.country, o.is_default) for o in alfa.offices] == [
        ("Pääkonttori", "00510", "FI", False),
        ("Tukholma", "111 22", "SE", True),
    ]
    # The contacts' names are searched like the one from Asiakkaat.
    assert customers.list_ids(CustomerQuery(search="liisa")) == [alfa.id]


def test_the_last_default_row_wins_and_an_office_never_becomes_the_default_by_itself(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    path = _workbook(
        tmp_path / "d.xlsx",
        contacts=[[1002, None, name, None, None, None, None, default, None]
                  for name, default in (("A", "kyllä"), ("B", None), ("C", "kyllä"))],
        offices=[[1002, None, "Turku", None, None, "Turku", None, None, None, None, None]],
    )  # fmt: skip
    service.apply(service.analyse(path))
    beta = customers.get_by_number("1002")
    assert [(c.name, c.is_default) for c in beta.contacts] == [
        ("A", False), ("B", False), ("C", True),
    ]  # fmt: skip
    assert [o.is_default for o in beta.offices] == [False]


def test_a_contact_row_without_a_known_customer_is_rejected_with_its_sheet_and_row(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    customers.create(make_customer(customer_number="2000", name="Gamma Oy", business_id=""))
    path = _workbook(
        tmp_path / "u.xlsx",
        customers=[*CUSTOMER_ROWS, [1003, None, None, None, None]],  # no name: rejected
        contacts=[
            [9999, "Tuntematon Oy", "Outo Olento", None, None, None, None, None, None],
            [None, "Alfa Oy", "Ei Numeroa", None, None, None, None, None, None],
            [1003, None, "Kolmas", None, None, None, None, None, None],
            [2000, "Gamma Oy", "Gerda", None, None, None, None, None, None],
            [1001, "Alfa Oy", None, "Myyjä", None, None, None, None, None],
        ],
    )
    plan = service.analyse(path)
    errors = [(i.sheet, i.row, i.column, i.value, i.code)
              for i in plan.issues if i.severity is Severity.ERROR]  # fmt: skip
    assert errors == [
        ("Asiakkaat", 4, "Nimi", "", "name.required"),
        ("Yhteyshenkilöt", 2, "Asiakasnumero", "9999", "contact.customer_not_found"),
        ("Yhteyshenkilöt", 3, "Asiakasnumero", "", "contact.customer_number_required"),
        ("Yhteyshenkilöt", 4, "Asiakasnumero", "1003", "contact.customer_rejected"),
        ("Yhteyshenkilöt", 6, "Nimi", "", "contact.name_required"),
    ]
    unknown = next(i for i in plan.issues if i.code == "contact.customer_not_found")
    assert "No customer has the customer number 9999" in unknown.reason
    assert plan.child_rejected_count == 4
    # Gerda's customer is not on Asiakkaat but in the register: she joins it.
    assert plan.contact_rows[3].customer_id == customers.get_by_number("2000").id
    result = service.apply(plan)
    assert result.contacts == ChildCounts("Yhteyshenkilöt", added=1, skipped=4)
    assert [c.name for c in customers.get_by_number("2000").contacts] == ["Gerda"]
    assert [c.name for c in customers.get_by_number("1001").contacts] == ["Matti Virtanen"]
    # Without the number column the rows have no customer at all.
    remapped = service.remap(plan, {0: ""})
    assert sum(1 for r in remapped.contact_rows if r.rejected) == 4
    assert remapped.contact_rows[3].customer_id is not None


def test_an_invalid_email_on_the_contacts_sheet_is_left_out_and_reported(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    path = _workbook(
        tmp_path / "e.xlsx",
        contacts=[[1002, "Beta Oy", "Bertta", None, "0401234567", "bertta(at)beta", None, "ehkä",
                   date(2026, 1, 2)]],
    )  # fmt: skip
    plan = service.analyse(path)
    warnings = [(i.sheet, i.row, i.column, i.letter, i.value, i.field)
                for i in plan.issues if i.severity is Severity.WARNING]  # fmt: skip
    assert warnings == [
        ("Yhteyshenkilöt", 2, "Aktiivinen", "I", "2026-01-02", "active"),
        ("Yhteyshenkilöt", 2, "Oletus", "H", "ehkä", "is_default"),
        ("Yhteyshenkilöt", 2, "Sähköposti", "F", "bertta(at)beta", "email"),
    ]
    service.apply(plan)
    [bertta] = customers.get_by_number("1002").contacts
    assert (bertta.email, bertta.phone, bertta.is_default, bertta.active) == (
        "", "+358 40 1234567", True, True,
    )  # fmt: skip


def test_rows_of_skipped_customers_are_skipped_too(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    existing = customers.create(make_customer(customer_number="1001", name="Alfa Oy"))
    path = _workbook(
        tmp_path / "s.xlsx",
        customers=[*CUSTOMER_ROWS, [1002, "Beta Oy (toinen rivi)", None, None, None]],
        contacts=[[1001, None, "Aino", None, None, None, None, None, None],
                  [1002, None, "Bertta", None, None, None, None, None, None]],
        offices=[[1001, None, "Oulu", None, None, "Oulu", None, None, None, None, None]],
    )  # fmt: skip
    plan = service.analyse(path)
    result = service.apply(
        plan, duplicate_choices={f"register:{existing.id}": DuplicateAction.SKIP}
    )
    skipped = [(i.sheet, i.row, i.code) for i in result.issues if i.severity is Severity.ERROR]
    assert skipped == [
        ("Yhteyshenkilöt", 2, "contact.customer_skipped"),
        ("Toimipisteet", 2, "office.customer_skipped"),
    ]
    assert result.contacts == ChildCounts("Yhteyshenkilöt", added=1, skipped=1)
    assert result.offices == ChildCounts("Toimipisteet", skipped=1)
    assert customers.get(existing.id).contacts == ()
    # The duplicate second 1002 row is skipped; its number's contact goes with the first.
    assert [o.row for o in result.skipped] == [2, 4]
    assert [c.name for c in customers.get_by_number("1002").contacts] == ["Bertta"]


def test_an_update_import_updates_same_named_contacts_and_offices_and_undo_takes_it_back(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    alfa = customers.create(make_customer(customer_number="1001", name="Alfa Oy"))
    matti = customers.add_contact(
        alfa.id, ContactData(name="Matti Virtanen", phone="040 123 4567", is_default=True)
    )
    customers.add_office(
        alfa.id, OfficeData(name="Pääkonttori", city="Helsinki", country="SE", is_default=True)
    )
    gamma = customers.create(make_customer(customer_number="2000", name="Gamma Oy"))
    customers.add_contact(gamma.id, ContactData(name="Gerda", title="Myyjä"))
    # Offices as the user sees them: the undo is a change too, so their counts move on.
    before = {c.id: (_people(customers.get(c.id)), _unversioned(customers.get(c.id).offices))
              for c in (alfa, gamma)}  # fmt: skip
    path = _workbook(
        tmp_path / "u.xlsx",
        customers=[CUSTOMER_ROWS[0], [1001, "Alfa Oy", None, None, None]],
        contacts=[
            [1001, None, "MATTI VIRTANEN", "Toimitusjohtaja", None, "matti@alfa.fi", None, "ei",
             None],
            [1001, None, "Uusi Henkilö", None, None, None, None, "kyllä", None],
            [2000, None, "gerda", None, None, None, "avain", None, "ei"],
        ],
        offices=[
            [1001, None, "pääkonttori", "Uusi katu 2", None, None, None, None, None, None, None],
            [1001, None, "Tampere", None, None, "Tampere", None, None, None, None, "kyllä"],
        ],
    )  # fmt: skip
    result = service.apply(service.analyse(path))
    assert result.batch_id is not None
    assert [o.customer_id for o in result.updated] == [alfa.id]
    assert result.contacts == ChildCounts("Yhteyshenkilöt", added=1, updated=2)
    assert result.offices == ChildCounts("Toimipisteet", added=1, updated=1)
    updated = customers.get(alfa.id)
    assert _people(updated) == [
        # The same person, not a second one; what the row does not give stays.
        ("MATTI VIRTANEN", "Toimitusjohtaja", "+358 40 1234567", "matti@alfa.fi", "", False,
         True),
        ("Uusi Henkilö", "", "", "", "", True, True),
    ]  # fmt: skip
    assert [(o.name, o.street, o.city, o.country, o.is_default) for o in updated.offices] == [
        ("pääkonttori", "Uusi katu 2", "Helsinki", "SE", False),
        ("Tampere", "", "Tampere", "FI", True),
    ]
    assert _people(customers.get(gamma.id)) == [
        ("gerda", "Myyjä", "", "", "avain", False, False),
    ]
    assert matti.id == updated.contacts[0].id
    undo = service.undo_import(result.batch_id)
    assert (undo.removed, undo.restored, undo.kept) == (0, 2, ())
    after = {c.id: (_people(customers.get(c.id)), _unversioned(customers.get(c.id).offices))
             for c in (alfa, gamma)}  # fmt: skip
    assert after == before


def _unversioned(offices: tuple[OfficeData, ...]) -> tuple[OfficeData, ...]:
    return tuple(replace(o, version=0) for o in offices)


def test_a_dry_run_with_contact_and_office_sheets_writes_nothing(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService, db: Database
) -> None:
    from sqlalchemy import func, select

    from asiakasrekisteri.storage.models import ContactPerson, Office

    path = _workbook(
        tmp_path / "dry.xlsx",
        contacts=[[1001, None, "Liisa", None, None, None, None, None, None]],
        offices=[[1002, None, "Turku", None, None, None, None, None, None, None, None]],
    )
    result = service.apply(service.analyse(path), dry_run=True)
    assert (len(result.created), result.batch_id, result.dry_run) == (2, None, True)
    assert result.contacts == ChildCounts("Yhteyshenkilöt", added=1)
    assert result.summary().startswith("Dry run: would create 2")
    assert customers.count() == 0 and service.batches() == []
    with db.read() as session:
        for model in (ContactPerson, Office):
            assert session.scalar(select(func.count()).select_from(model)) == 0


def test_a_file_without_contact_or_office_sheets_imports_as_before(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    path = _workbook(tmp_path / "plain.xlsx", contacts=None, offices=None)
    plan = service.analyse(path)
    assert (plan.contact_sheet, plan.office_sheet) == ("", "")
    assert (plan.contact_rows, plan.office_rows) == ((), ())
    assert (plan.sheets_read, plan.unread_sheets) == (("Asiakkaat",), ("Myynti",))
    result = service.apply(plan)
    assert (result.contacts, result.offices) == (None, None)
    assert result.summary() == "Created 2, updated 0, skipped 0 rows."
    alfa = customers.get_by_number("1001")
    assert _people(alfa) == [
        ("Matti Virtanen", "", "+358 40 1234567", "", "", True, True),
    ]
    assert alfa.offices == ()
    # A contacts sheet with a header only changes nothing either.
    plan = service.analyse(_workbook(tmp_path / "empty.xlsx", offices=None))
    assert (plan.contact_sheet, plan.contact_rows) == ("Yhteyshenkilöt", ())


# --- reasons: English for the CLI and the report, templates for the UI to translate ----


def _templates(reason: Reason) -> list[str]:
    """The reason's template and those of the reasons inside it."""
    found = [reason.template]
    for _name, value in reason.params:
        for inner in value if isinstance(value, tuple) else (value,):
            if isinstance(inner, Reason):
                found += _templates(inner)
    return found


def test_every_reason_is_a_collected_template_and_reads_as_before_in_english(
    tmp_path: Path, service: ExcelImportService, customers: CustomerService
) -> None:
    existing = customers.create(make_customer(customer_number="1001", name="Alfa Oy"))
    path = _workbook(
        tmp_path / "r.xlsx",
        customers=[
            [*CUSTOMER_ROWS[0], "Osoite", "Asiakkuuden tyyppi", "Puhelinnumero"],
            [1001, "Alfa Oy", "0737474-2", None, None, "Kauppakatu 1, 00100 Helsinki", None, None],
            [1002, "Beta Oy", "1234567-8", None, "040 1", "Jossain", "kissa", date(2024, 1, 2)],
            [1003, None, None, None, None, None, None, None],
            [None, "Delta Oy", None, None, None, None, None, None],
            [1002, "Beta Oy", None, None, None, None, None, None],
        ],
        contacts=[[1001, None, "Aino", None, None, None, None, None, None],
                  [9999, None, "Outo", None, None, None, None, None, None],
                  [1003, None, "Kolmas", None, None, None, None, None, None],
                  [None, None, "Ei Numeroa", None, None, None, None, None, None]],
        offices=[[1001, None, "Oulu", None, None, "Oulu", None, None, None, None, None]],
    )  # fmt: skip
    plan = service.analyse(path)
    result = service.apply(
        plan, duplicate_choices={f"register:{existing.id}": DuplicateAction.SKIP}
    )
    reasons = [i.message for i in (*plan.issues, *result.issues)]
    reasons += [m for o in result.skipped for m in o.messages]
    templates = {t for r in reasons for t in _templates(r)}
    assert len(templates) >= 12
    assert templates <= set(MESSAGES), "run: python tools/extract_messages.py"
    by_code = {i.code: i.reason for i in result.issues}
    assert by_code["business_id.checksum"] == (
        "The Y-tunnus check digit does not match. Check the number for typing errors. "
        "The value is left out."
    )
    assert by_code["name.required"] == "Give the customer's name. The row is not imported."
    assert by_code["address.split"] == (
        "Split into street “Kauppakatu 1”, postal code “00100” and city “Helsinki”."
    )
    assert by_code["contact.customer_skipped"] == (
        "Its customer (row 2 of sheet “Asiakkaat”) is not imported: Already in the register "
        "as 1001 Alfa Oy. Neither is this contact."
    )
    assert by_code["customer_number.assigned"] == "No customer number; 1003 is given."
    assert [(o.row, o.reason) for o in result.skipped] == [
        (2, "Already in the register as 1001 Alfa Oy."),
        (4, "Give the customer's name. The row is not imported."),
        (6, "Duplicate of row 3 (same customer number)."),
    ]


def test_a_reason_translation_that_does_not_fit_gives_the_english_sentence() -> None:
    reason = Reason("{problem} The value is left out.", problem=Reason("Rejected."))
    assert reason.text == "Rejected. The value is left out."
    # "{PROBLEM}" is no placeholder of the reason: the English sentence is shown.
    assert reason.render(str.upper) == "Rejected. The value is left out."
    shouty = {"Rejected.": "Hylätty.", "{problem} The value is left out.": "{problem} Pois."}
    assert reason.render(lambda t: shouty.get(t, t)) == "Hylätty. Pois."
    both = Reason("Rules: {rules}", rules=(Reason("A."), Reason("B {x}.", x=1)))
    assert both.text == "Rules: A. B 1."
