"""Spreadsheet export: template order, formatting, formula safety, sales, round trip."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from asiakasrekisteri.domain.customer import ContactData, CustomerData, OfficeData
from asiakasrekisteri.domain.enums import CustomerType, InvoiceLanguage
from asiakasrekisteri.services.container import Services, open_services
from asiakasrekisteri.services.customers import ActiveFilter, CustomerQuery, CustomerService
from asiakasrekisteri.services.spreadsheets.export import (
    COLUMNS,
    TEMPLATE_COLUMN_COUNT,
    ExcelExportService,
)
from tests.conftest import make_customer

TEMPLATE = [
    "Asiakasnumero", "Asiakkuuden tyyppi (Yritys/Yksityinen)", "Nimi", "Y-tunnus", "Alv-tunnus",
    "Verkkolaskutusosoite", "Välittäjätunnus", "Katuosoite", "Postinumero", "Postitoimipaikka",
    "Maa", "Sähköposti", "Puhelinnumero", "Yhteyshenkilö", "Yhteyshenkilön puhelinnumero",
    "Yhteyshenkilön sähköposti", "Yhteyshenkilön osoite",
]  # fmt: skip


@pytest.fixture
def exporter(services: Services) -> ExcelExportService:
    return services.excel_export


def test_template_order_formatting_and_dates(
    tmp_path: Path, exporter: ExcelExportService, customers: CustomerService
) -> None:
    record = customers.create(
        make_customer(customer_number="1001", custom_fields={"Sopimus": "2027", "Maa": "x"})
    )
    customers.add_contact(record.id, ContactData(name="Matti V", phone="040 123 4567"))
    customers.create(make_customer(customer_number="1002", name="Toinen", business_id=""))
    result = exporter.export(tmp_path / "out.xlsx")
    assert result.customers == 2
    wb = load_workbook(tmp_path / "out.xlsx")
    assert wb.sheetnames == ["Asiakkaat", "Myynti", "Yhteyshenkilöt", "Toimipisteet"]
    ws = wb["Asiakkaat"]
    header = [c.value for c in ws[1]]
    assert header[:TEMPLATE_COLUMN_COUNT] == TEMPLATE
    assert header[len(COLUMNS) :] == ["Lisätieto: Maa", "Sopimus"]
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(header)).column_letter}3"
    assert ws.column_dimensions["C"].width >= len("Rakennus Virtanen Oy")
    row = {h: c.value for h, c in zip(header, ws[2], strict=True)}
    assert row["Asiakasnumero"] == "1001"
    assert row["Asiakkuuden tyyppi (Yritys/Yksityinen)"] == "Yritys"
    assert row["Yhteyshenkilö"] == "Matti V"
    assert isinstance(row["Luotu"], datetime)
    assert ws.cell(2, header.index("Luotu") + 1).is_date


def test_texts_that_look_like_formulas_stay_texts(
    tmp_path: Path, exporter: ExcelExportService, customers: CustomerService
) -> None:
    evil = ['=HYPERLINK("http://evil","x")', "+1+2", "-3", "@SUM(A1)"]
    customers.create(
        make_customer(name="=1+2", comment=evil[0], custom_fields={"A": evil[1], "B": evil[2],
                                                                   "C": evil[3]})
    )  # fmt: skip
    exporter.export(tmp_path / "x.xlsx")
    with zipfile.ZipFile(tmp_path / "x.xlsx") as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml
    ws = load_workbook(tmp_path / "x.xlsx")["Asiakkaat"]
    header = [c.value for c in ws[1]]
    cell = ws.cell(2, header.index("Nimi") + 1)
    assert (cell.value, cell.data_type, cell.quotePrefix) == ("=1+2", "s", True)
    values = {c.value for c in ws[2]}
    assert set(evil) <= values


def test_search_and_selected_ids(
    tmp_path: Path, exporter: ExcelExportService, customers: CustomerService
) -> None:
    a = customers.create(make_customer(customer_number="1", name="Alfa Oy", city="Oulu"))
    b = customers.create(make_customer(customer_number="2", name="Beta Oy", city="Turku"))
    result = exporter.export(tmp_path / "s.xlsx", query=CustomerQuery(search="turku"))
    assert result.customers == 1
    exporter.export(tmp_path / "sel.xlsx", ids=[b.id, a.id])
    ws = load_workbook(tmp_path / "sel.xlsx")["Asiakkaat"]
    assert [r[0].value for r in ws.iter_rows(min_row=2)] == ["2", "1"]


def test_sales_sheet_per_year(
    tmp_path: Path,
    exporter: ExcelExportService,
    customers: CustomerService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record = customers.create(make_customer(customer_number="1001"))
    sales = {record.id: {2024: Decimal("100.50"), 2025: Decimal("20")}}
    monkeypatch.setattr(exporter.invoicing, "sales_by_customer_and_year", lambda: sales)
    exporter.export(tmp_path / "m.xlsx")
    ws = load_workbook(tmp_path / "m.xlsx")["Myynti"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0] == ["Asiakasnumero", "Nimi", "2024", "2025", "Yhteensä"]
    assert rows[1] == ["1001", "Rakennus Virtanen Oy", 100.5, 20, 120.5]


# --- contacts and offices ---------------------------------------------------------------

CONTACT_HEADER = [
    "Asiakasnumero", "Asiakkaan nimi", "Nimi", "Titteli/tehtävä", "Puhelinnumero",
    "Sähköposti", "Avainsanat", "Oletus", "Aktiivinen",
]  # fmt: skip
OFFICE_HEADER = [
    "Asiakasnumero", "Asiakkaan nimi", "Nimi", "Katuosoite", "Postinumero", "Postitoimipaikka",
    "Maa", "Sähköposti", "Verkkolaskutusosoite", "Välittäjätunnus", "Oletus",
]  # fmt: skip


def _rows(path: Path, sheet: str) -> list[list[object]]:
    ws = load_workbook(path)[sheet]
    return [[c.value for c in row] for row in ws.iter_rows()]


def _with_people_and_offices(customers: CustomerService, **overrides: object) -> int:
    """A customer with two contacts, a deleted one, and two offices; returns its id."""
    record = customers.create(make_customer(**overrides))
    customers.add_contact(
        record.id,
        ContactData(name="Liisa Laine", title="Kirjanpitäjä", email="liisa@virtanen.fi",
                    active=False),
    )  # fmt: skip
    customers.add_contact(
        record.id,
        ContactData(name="Matti Virtanen", title="Toimitusjohtaja", phone="040 123 4567",
                    email="matti@virtanen.fi", keywords="sopimukset, huolto", is_default=True),
    )  # fmt: skip
    gone = customers.add_contact(
        record.id, ContactData(name="Pekka Poistuva", phone="050 765 4321")
    )
    customers.delete_contact(gone.id or 0)
    customers.add_office(
        record.id,
        OfficeData(name="Pääkonttori", street="Teollisuuskatu 5\nB 12", postal_code="00510",
                   city="Helsinki", email="laskut@virtanen.fi", einvoice_address="003707374742",
                   einvoice_operator="NDEAFIHH", is_default=True),
    )  # fmt: skip
    customers.add_office(
        record.id,
        OfficeData(name="Tukholma", postal_code="11122", city="Stockholm", country="SE"),
    )
    return record.id


def test_every_contact_and_office_gets_a_row(
    tmp_path: Path, exporter: ExcelExportService, customers: CustomerService
) -> None:
    _with_people_and_offices(customers, customer_number="1001")
    customers.create(make_customer(customer_number="1002", name="Ilman Oy", business_id=""))
    result = exporter.export(tmp_path / "all.xlsx")
    assert (result.contacts, result.offices) == (2, 2)
    wb = load_workbook(tmp_path / "all.xlsx")
    for title, header, last, longest in (
        ("Yhteyshenkilöt", CONTACT_HEADER, "I", "Matti Virtanen"),
        ("Toimipisteet", OFFICE_HEADER, "K", "Pääkonttori"),
    ):
        ws = wb[title]
        assert [c.value for c in ws[1]] == header
        assert all(c.font.b for c in ws[1])
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{last}3"
        assert ws.column_dimensions["C"].width >= len(longest)
    # In the card's order (the inactive one was added first); the deleted contact, which
    # holds nothing but "Poistettu yhteyshenkilö", is left out as on Asiakkaat.
    assert _rows(tmp_path / "all.xlsx", "Yhteyshenkilöt")[1:] == [
        ["1001", "Rakennus Virtanen Oy", "Liisa Laine", "Kirjanpitäjä", None,
         "liisa@virtanen.fi", None, "ei", "ei"],
        ["1001", "Rakennus Virtanen Oy", "Matti Virtanen", "Toimitusjohtaja",
         "+358 40 1234567", "matti@virtanen.fi", "sopimukset, huolto", "kyllä", "kyllä"],
    ]  # fmt: skip
    assert _rows(tmp_path / "all.xlsx", "Toimipisteet")[1:] == [
        ["1001", "Rakennus Virtanen Oy", "Pääkonttori", "Teollisuuskatu 5\nB 12", "00510",
         "Helsinki", "FI", "laskut@virtanen.fi", "003707374742", "NDEAFIHH", "kyllä"],
        ["1001", "Rakennus Virtanen Oy", "Tukholma", None, "111 22", "Stockholm", "SE",
         None, None, None, "ei"],
    ]  # fmt: skip
    # The main sheet still names only the default contact.
    main = _rows(tmp_path / "all.xlsx", "Asiakkaat")
    assert main[1][main[0].index("Yhteyshenkilö")] == "Matti Virtanen"


def test_the_import_knows_the_contact_and_office_sheets_by_the_exports_headers() -> None:
    from asiakasrekisteri.services.spreadsheets.export import CONTACT_COLUMNS, OFFICE_COLUMNS
    from asiakasrekisteri.services.spreadsheets.headers import CONTACT_LAYOUT, OFFICE_LAYOUT

    for layout, header, columns in (
        (CONTACT_LAYOUT, CONTACT_HEADER, CONTACT_COLUMNS),
        (OFFICE_LAYOUT, OFFICE_HEADER, OFFICE_COLUMNS),
    ):
        assert [h for h, _ in layout.columns] == header
        # Each column goes to the field the export took it from.
        assert list(layout.columns[2:]) == [(h, column.key) for h, column in columns]
        assert layout.fields_of(header) == dict(enumerate(t for _, t in layout.columns))


def test_contact_and_office_texts_that_look_like_formulas_stay_texts(
    tmp_path: Path, exporter: ExcelExportService, customers: CustomerService
) -> None:
    record = customers.create(make_customer(name="=Yhtiö"))
    customers.add_contact(
        record.id, ContactData(name="-Nimi", title="@SUM(A1)", keywords='=HYPERLINK("x")')
    )
    customers.add_office(record.id, OfficeData(name="+1+2", city="=A1"))
    exporter.export(tmp_path / "f.xlsx")
    with zipfile.ZipFile(tmp_path / "f.xlsx") as archive:
        for number in (3, 4):
            assert "<f>" not in archive.read(f"xl/worksheets/sheet{number}.xml").decode()
    wb = load_workbook(tmp_path / "f.xlsx")
    for title, texts in (
        ("Yhteyshenkilöt", ["=Yhtiö", "-Nimi", "@SUM(A1)", '=HYPERLINK("x")']),
        ("Toimipisteet", ["=Yhtiö", "+1+2", "=A1"]),
    ):
        cells = {c.value: c for c in wb[title][2] if isinstance(c.value, str)}
        for text in texts:
            assert (cells[text].data_type, cells[text].quotePrefix) == ("s", True)


def test_contacts_and_offices_follow_the_search_and_the_selection(
    tmp_path: Path, exporter: ExcelExportService, customers: CustomerService
) -> None:
    oulu = _with_people_and_offices(customers, customer_number="1", name="Alfa Oy", city="Oulu")
    turku = customers.create(
        make_customer(customer_number="2", name="Beta Oy", city="Turku", business_id="")
    )
    customers.add_contact(turku.id, ContactData(name="Bertta Beta"))
    customers.add_office(turku.id, OfficeData(name="Turun toimisto", city="Turku"))
    result = exporter.export(tmp_path / "s.xlsx", query=CustomerQuery(search="turku"))
    assert (result.customers, result.contacts, result.offices) == (1, 1, 1)
    people = _rows(tmp_path / "s.xlsx", "Yhteyshenkilöt")
    assert [r[:3] for r in people[1:]] == [["2", "Beta Oy", "Bertta Beta"]]
    offices = _rows(tmp_path / "s.xlsx", "Toimipisteet")
    assert [r[:3] for r in offices[1:]] == [["2", "Beta Oy", "Turun toimisto"]]
    # Selected customers come in the given order, each with all its rows.
    exporter.export(tmp_path / "sel.xlsx", ids=[turku.id, oulu])
    people = _rows(tmp_path / "sel.xlsx", "Yhteyshenkilöt")
    assert [r[2] for r in people[1:]] == ["Bertta Beta", "Liisa Laine", "Matti Virtanen"]
    offices = _rows(tmp_path / "sel.xlsx", "Toimipisteet")
    assert [r[2] for r in offices[1:]] == ["Turun toimisto", "Pääkonttori", "Tukholma"]
    # Nobody selected: headers only.
    exporter.export(tmp_path / "none.xlsx", ids=[])
    assert _rows(tmp_path / "none.xlsx", "Toimipisteet") == [OFFICE_HEADER]


def test_a_workbook_with_contact_and_office_sheets_brings_back_every_contact_and_office(
    tmp_path: Path, exporter: ExcelExportService, customers: CustomerService
) -> None:
    _with_people_and_offices(customers, customer_number="1001")
    second = customers.create(make_customer(customer_number="1002", name="Beta Oy", business_id="",
                                            city="Turku", postal_code="20100"))  # fmt: skip
    customers.add_contact(second.id, ContactData(name="Bertta Beta", email="b@beta.fi"))
    exporter.export(tmp_path / "out.xlsx")
    target = open_services(tmp_path / "target.sqlite3")
    try:
        importer = target.excel_import
        plan = importer.analyse(tmp_path / "out.xlsx")
        assert plan.sheet == "Asiakkaat"
        assert plan.sheets == ("Asiakkaat", "Myynti", "Yhteyshenkilöt", "Toimipisteet")
        assert (plan.contact_sheet, plan.office_sheet) == ("Yhteyshenkilöt", "Toimipisteet")
        assert (len(plan.contact_rows), len(plan.office_rows)) == (3, 2)
        assert plan.unread_sheets == ("Myynti",)
        assert plan.issues == ()
        result = importer.apply(plan)
        assert len(result.created) == 2, result.skipped
        assert result.contacts is not None and result.offices is not None
        assert (result.contacts.added, result.offices.added) == (3, 2)
        imported = _comparable(target.customers)
    finally:
        target.close()
    # The cards come back whole, with every contact (the deleted one was not exported)
    # and office; Matti, named on Asiakkaat too, is one contact and still the default.
    assert imported == _comparable(customers)
    first_people = imported[0][1]
    assert [p[0] for p in first_people] == ["Liisa Laine", "Matti Virtanen"]
    assert [(p[-2], p[-1]) for p in first_people] == [(False, False), (True, True)]
    assert [o.name for o in imported[0][2]] == ["Pääkonttori", "Tukholma"]


# --- round trip -------------------------------------------------------------------------

_text = (
    st.text(
        alphabet=st.characters(codec="utf-8", categories=["L", "N", "Zs", "P", "S"]),
        min_size=1,
        max_size=30,
    )
    .map(str.strip)
    .filter(lambda s: s != "" and "\n" not in s)
)


@st.composite
def _customer(draw: st.DrawFn) -> CustomerData:
    kind = draw(st.sampled_from(list(CustomerType)))
    with_address = draw(st.booleans())
    return CustomerData(
        name=draw(_text),
        customer_type=kind,
        # An imported postal code without a city brings its city along (Posti's list).
        city=draw(_text | st.just("Helsinki")) if with_address else draw(_text | st.just("")),
        comment=draw(_text | st.just("") | st.just("=1+1") | st.just("-5")),
        invoice_language=draw(st.sampled_from(list(InvoiceLanguage))),
        active=draw(st.booleans()),
        custom_fields=draw(
            st.dictionaries(st.sampled_from(["Sopimus", "Kausi", "Maa"]), _text, max_size=2)
        ),
        discount_percent=draw(st.sampled_from([Decimal("0.00"), Decimal("12.50")])),
        credit_limit=draw(st.sampled_from([None, Decimal("1500.00")])),
        payment_term_days=draw(st.sampled_from([None, 14])),
        street="c/o Joku\nKatu 1" if with_address else "",
        postal_code="00100" if with_address else "",
        business_id="0737474-2" if kind is CustomerType.COMPANY and with_address else "",
        email="a@example.fi; b@example.fi" if kind is CustomerType.COMPANY else "",
        phone=draw(st.sampled_from(["", "+358 40 1234567"])),
        delivery_ban=draw(st.booleans()),
    )


_Comparable = tuple[CustomerData, tuple[tuple[object, ...], ...], tuple[OfficeData, ...]]


def _comparable(service: CustomerService) -> list[_Comparable]:
    """Every card with all of its contacts and offices, in card order (ids and change
    counts left out).

    A deleted contact holds nothing but "Poistettu yhteyshenkilö"; the export leaves it
    out, so the comparison does too.
    """
    records = service.search_records(CustomerQuery(active=ActiveFilter.ALL))
    return [
        (
            r.data,
            tuple(
                (c.name, c.title, c.phone, c.email, c.keywords, c.is_default, c.active)
                for c in r.contacts
                if not c.anonymised
            ),
            tuple(replace(o, id=None, version=0) for o in r.offices),
        )
        for r in sorted(records, key=lambda r: int(r.data.customer_number))
    ]


# Names that clash (case aside) within a customer now and then, as real registers do.
_person_name = st.sampled_from(["Matti Virtanen", "matti virtanen", "Liisa Laine", "Åke"]) | _text
_contact = st.builds(
    ContactData,
    name=_person_name,
    title=st.sampled_from(["", "Toimitusjohtaja", "Kirjanpitäjä"]) | _text,
    phone=st.sampled_from(["", "040 123 4567", "+46 8 123 456 78"]),
    email=st.sampled_from(["", "matti@virtanen.fi", "liisa@laine.fi"]),
    keywords=st.sampled_from(["", "sopimukset, huolto"]) | _text,
    active=st.booleans(),
    is_default=st.booleans(),
)
_office = st.builds(
    OfficeData,
    name=_person_name,
    street=st.sampled_from(["", "Teollisuuskatu 5\nB 12"]),
    postal_code=st.sampled_from(["", "00510"]),
    city=st.sampled_from(["", "Helsinki"]) | _text,
    email=st.sampled_from(["", "laskut@virtanen.fi"]),
    einvoice_address=st.sampled_from(["", "003707374742"]),
    einvoice_operator=st.sampled_from(["", "NDEAFIHH"]),
    is_default=st.booleans(),
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(_customer(), st.lists(_contact, max_size=4), st.lists(_office, max_size=2)),
        min_size=1,
        max_size=6,
    )
)
def test_export_then_import_into_an_empty_register_gives_the_same_customers(
    tmp_path_factory: pytest.TempPathFactory,
    cards: list[tuple[CustomerData, list[ContactData], list[OfficeData]]],
) -> None:
    folder = tmp_path_factory.mktemp("rt")
    source = open_services(folder / "a.sqlite3")
    target = open_services(folder / "b.sqlite3")
    try:
        src = source.customers
        for index, (card, people, offices) in enumerate(cards):
            record = src.create(replace(card, customer_number=str(1001 + index)))
            for person in people:
                src.add_contact(record.id, person)
            for office in offices:
                src.add_office(record.id, office)
        source.excel_export.export(folder / "out.xlsx")
        importer = target.excel_import
        plan = importer.analyse(folder / "out.xlsx")
        choices = {g.key: "new" for g in plan.duplicates}
        result = importer.apply(plan, duplicate_choices=choices)  # type: ignore[arg-type]
        assert len(result.created) == len(cards), result.skipped
        assert _comparable(target.customers) == _comparable(src)
    finally:
        source.close()
        target.close()
