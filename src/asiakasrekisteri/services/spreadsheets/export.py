"""Export of the register to an .xlsx in the Zervant template's order.

Sheet ``Asiakkaat``: the template's columns first (Asiakasnumero … Yhteyshenkilön osoite),
then every other card field, then the custom fields. Sheet ``Myynti``: sales per customer
per year from invoicing (left out for a user whose role may not see invoicing). Sheets
``Yhteyshenkilöt`` and ``Toimipisteet``: every contact person and every office of the
exported customers, one row each, so that a user leaving the program takes everything
with them (the template has room for one contact only).
Sheets are formatted and streamed by :mod:`.xlsx_sheet`.

The headers are the ones the importer reads back, so export → import gives the same
customers; ``Asiakkaat`` stays the first sheet, which the importer takes when its header
is clearly a register's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import and_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from asiakasrekisteri.domain.customer import INVOICING_TERMS
from asiakasrekisteri.files import write_atomically
from asiakasrekisteri.services.customers import (
    ActiveFilter,
    CustomerQuery,
    CustomerService,
    SortColumn,
)
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.services.spreadsheets import headers
from asiakasrekisteri.services.spreadsheets.xlsx_sheet import (
    MONEY_FORMAT,
    NO,
    YES,
    Progress,
    write_sheet,
)
from asiakasrekisteri.storage.backend import in_chunks

if TYPE_CHECKING:
    from openpyxl import Workbook
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models import (
    ContactPerson,
    Customer,
    CustomerGroup,
    CustomFieldDefinition,
    CustomFieldValue,
    Office,
)

CUSTOMERS_SHEET: Final = "Asiakkaat"
SALES_SHEET: Final = "Myynti"
CONTACTS_SHEET: Final = "Yhteyshenkilöt"
OFFICES_SHEET: Final = "Toimipisteet"

# Header → how the value is taken from a fetched row (a dict of customer columns plus
# "group", "alt_number" and the first contact's "contact_*").
_Getter = Callable[[Mapping[str, Any]], Any]


def _flag(name: str) -> _Getter:
    return lambda r: YES if r[name] else NO


def _plain(name: str) -> _Getter:
    return lambda r: r[name]


TERM_HEADERS: Final = ("Saldoraja", "Alennus %", "Viivästyskorko %")
"""The columns of the card's invoicing terms, which a team's limited role may not see."""

COLUMNS: Final[tuple[tuple[str, _Getter], ...]] = (
    # The Zervant template, in its order.
    ("Asiakasnumero", _plain("customer_number")),
    ("Asiakkuuden tyyppi (Yritys/Yksityinen)",
     lambda r: "Yritys" if r["customer_type"] == "company" else "Yksityinen"),
    ("Nimi", _plain("name")),
    ("Y-tunnus", _plain("business_id")),
    ("Alv-tunnus", _plain("vat_id")),
    ("Verkkolaskutusosoite", _plain("einvoice_address")),
    ("Välittäjätunnus", _plain("einvoice_operator")),
    ("Katuosoite", _plain("street")),
    ("Postinumero", _plain("postal_code")),
    ("Postitoimipaikka", _plain("city")),
    ("Maa", _plain("country")),
    ("Sähköposti", _plain("email")),
    ("Puhelinnumero", _plain("phone")),
    ("Yhteyshenkilö", _plain("contact_name")),
    ("Yhteyshenkilön puhelinnumero", _plain("contact_phone")),
    ("Yhteyshenkilön sähköposti", _plain("contact_email")),
    ("Yhteyshenkilön osoite", lambda r: r["custom"].get(headers.CONTACT_ADDRESS_FIELD, "")),
    # Every other card field.
    ("Yhteyshenkilön titteli", _plain("contact_title")),
    ("Asiakasryhmä", _plain("group")),
    ("Verkkosivut", _plain("website")),
    ("Vastaanottajan OVT-tunnus", _plain("buyer_ovt")),
    ("Verkkolaskuosoite tarkistamatta", _flag("einvoice_address_unchecked")),
    ("Laskutusasiakas", _plain("alt_number")),
    ("Laskun kieli", _plain("invoice_language")),
    ("Vakioviite", _plain("fixed_reference")),
    ("RF-viite", _flag("use_rf_reference")),
    ("Toimituskielto", _flag("delivery_ban")),
    ("Perintäkielto", _flag("collection_ban")),
    ("ALV-käsittely", _plain("vat_treatment")),
    ("Aktiivinen", _flag("active")),
    ("Alennus %", _plain("discount_percent")),
    ("Saldoraja", _plain("credit_limit")),
    ("Viivästyskorko %", _plain("penalty_interest")),
    ("Asiakkuuden tila", _plain("status")),
    ("Tila asetettu käsin", _flag("status_manual")),
    ("Maksuehto (pv)", _plain("payment_term_days")),
    ("Toimitusehdot", _plain("delivery_terms")),
    ("Toimitustapa", _plain("delivery_method")),
    ("Viitteenne", _plain("default_your_reference")),
    ("Sopimustunnus", _plain("agreement_identifier")),
    ("Teksti ennen rivejä", _plain("text_before_rows")),
    ("Teksti rivien jälkeen", _plain("text_after_rows")),
    ("Sisäinen kommentti", _plain("comment")),
    ("Luotu", _plain("created_at")),
    ("Muokattu", _plain("updated_at")),
)  # fmt: skip

TEMPLATE_COLUMN_COUNT: Final = 17

# The contact and office sheets: each row starts with the customer's number and name, then
# these columns of the contact or office. Booleans are written as kyllä/ei like on
# ``Asiakkaat``.
_OWNER_HEADER: Final = ("Asiakasnumero", "Asiakkaan nimi")
CONTACT_COLUMNS: Final[tuple[tuple[str, InstrumentedAttribute[Any]], ...]] = (
    ("Nimi", ContactPerson.name),
    ("Titteli/tehtävä", ContactPerson.title),
    ("Puhelinnumero", ContactPerson.phone),
    ("Sähköposti", ContactPerson.email),
    ("Avainsanat", ContactPerson.keywords),
    ("Oletus", ContactPerson.is_default),
    ("Aktiivinen", ContactPerson.active),
)
OFFICE_COLUMNS: Final[tuple[tuple[str, InstrumentedAttribute[Any]], ...]] = (
    ("Nimi", Office.name),
    ("Katuosoite", Office.street),
    ("Postinumero", Office.postal_code),
    ("Postitoimipaikka", Office.city),
    ("Maa", Office.country),
    ("Sähköposti", Office.email),
    ("Verkkolaskutusosoite", Office.einvoice_address),
    ("Välittäjätunnus", Office.einvoice_operator),
    ("Oletus", Office.is_default),
)


@dataclass(frozen=True)
class ExportResult:
    """What was written.

    Attributes:
        path: The .xlsx file.
        customers: How many customers.
        contacts: Rows on ``Yhteyshenkilöt``.
        offices: Rows on ``Toimipisteet``.
    """

    path: Path
    customers: int
    contacts: int = 0
    offices: int = 0


def _custom_header(name: str) -> str:
    """A custom field's header; prefixed when it would read back as a card field."""
    match = headers.match_header(name)
    if match.target and not match.target.startswith(headers.CUSTOM_PREFIX):
        return headers.CUSTOM_HEADER_PREFIX + name
    return name


class ExcelExportService:
    """Export customers to .xlsx.

    Attributes:
        db: The open register.
        customers: Finds the customers a query shows.
        invoicing: Gives the sales per customer and year for the sales sheet.
    """

    def __init__(
        self, db: Database, customers: CustomerService, invoicing: InvoicingService
    ) -> None:
        self.db = db
        self.customers = customers
        self.invoicing = invoicing

    def export(
        self,
        path: Path | str,
        *,
        query: CustomerQuery | None = None,
        ids: Sequence[int] | None = None,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Write the customers a query shows (default: all, active and inactive).

        Args:
            path: The .xlsx to write (replaced if it exists).
            query: The list's search and filters; ignored when ``ids`` is given.
            ids: Exactly these customers, in this order ("export selected").
            progress: Called with (done, total) every 5,000 rows.
        """
        path = Path(path)
        if ids is None:
            ids = self._all_ids() if query is None else self.customers.list_ids(query)
        rows, custom_names = self._fetch(ids)
        from openpyxl import Workbook  # see xlsx_sheet.write_sheet

        wb = Workbook(write_only=True)
        sees_invoicing = self.db.sees_invoicing()
        _write_customers(wb, rows, custom_names, progress, shows_terms=sees_invoicing)
        if sees_invoicing:  # a limited team member's export has no sales
            self._write_sales(wb, rows)
        owners = [(row["id"], row["customer_number"], row["name"]) for row in rows]
        with self.db.read() as session:
            contacts = write_sheet(
                wb,
                CONTACTS_SHEET,
                [*_OWNER_HEADER, *(h for h, _ in CONTACT_COLUMNS)],
                _owned_rows(
                    session,
                    owners,
                    [c for _, c in CONTACT_COLUMNS],
                    ContactPerson.customer_id,
                    ContactPerson.id,
                    # An anonymised contact holds nothing but "Poistettu yhteyshenkilö";
                    # Asiakkaat, the search index and the backup check pass it over too.
                    ContactPerson.anonymised.is_(False),
                ),
            )
            offices = write_sheet(
                wb,
                OFFICES_SHEET,
                [*_OWNER_HEADER, *(h for h, _ in OFFICE_COLUMNS)],
                _owned_rows(
                    session, owners, [c for _, c in OFFICE_COLUMNS], Office.customer_id, Office.id
                ),
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, wb.save)
        return ExportResult(path, len(rows), contacts, offices)

    def _all_ids(self) -> list[int]:
        return self.customers.list_ids(
            CustomerQuery(active=ActiveFilter.ALL, sort=SortColumn.NUMBER)
        )

    def _fetch(self, ids: Sequence[int]) -> tuple[list[dict[str, Any]], list[str]]:
        alt = aliased(Customer)
        left_out = {"search_text"}
        if not self.db.sees_invoicing():
            left_out.update(INVOICING_TERMS)
        columns = [c for c in Customer.__table__.columns if c.name not in left_out]
        stmt = (
            select(*columns, CustomerGroup.name.label("group"), alt.customer_number.label("alt"))
            .outerjoin(CustomerGroup, Customer.group_id == CustomerGroup.id)
            .outerjoin(alt, Customer.alt_billing_customer_id == alt.id)
        )
        by_id: dict[int, dict[str, Any]] = {}
        with self.db.read() as session:
            for chunk in in_chunks(ids):
                for row in session.execute(stmt.where(Customer.id.in_(chunk))):
                    values = dict(row._mapping)
                    values["group"] = values["group"] or ""
                    values["alt_number"] = values.pop("alt") or ""
                    values["custom"] = {}
                    for key in ("contact_name", "contact_phone", "contact_email", "contact_title"):
                        values[key] = ""
                    by_id[values["id"]] = values
            wanted = set(by_id)
            # The default contact, else the first active one (the template has one).
            seen: set[int] = set()
            for cid, name, title, phone, email in session.execute(
                select(
                    ContactPerson.customer_id,
                    ContactPerson.name,
                    ContactPerson.title,
                    ContactPerson.phone,
                    ContactPerson.email,
                )
                .where(and_(ContactPerson.active.is_(True), ContactPerson.anonymised.is_(False)))
                .order_by(
                    ContactPerson.customer_id, ContactPerson.is_default.desc(), ContactPerson.id
                )
            ):
                if cid in seen or cid not in wanted:
                    continue
                seen.add(cid)
                row_values = by_id[cid]
                row_values["contact_name"] = name
                row_values["contact_title"] = title
                row_values["contact_phone"] = phone
                row_values["contact_email"] = email
            used: set[str] = set()
            for cid, name, value in session.execute(
                select(
                    CustomFieldValue.customer_id, CustomFieldDefinition.name, CustomFieldValue.value
                ).join(
                    CustomFieldDefinition,
                    CustomFieldValue.definition_id == CustomFieldDefinition.id,
                )
            ):
                if cid in wanted and value:
                    by_id[cid]["custom"][name] = value
                    used.add(name)
            order = list(
                session.scalars(
                    select(CustomFieldDefinition.name).order_by(
                        CustomFieldDefinition.position, CustomFieldDefinition.name
                    )
                )
            )
        custom_names = [n for n in order if n in used and n != headers.CONTACT_ADDRESS_FIELD]
        return [by_id[i] for i in ids if i in by_id], custom_names

    def _write_sales(self, wb: Workbook, rows: Sequence[Mapping[str, Any]]) -> None:
        sales = self.invoicing.sales_by_customer_and_year()
        years = sorted({year for per_year in sales.values() for year in per_year})
        header = ["Asiakasnumero", "Nimi", *(str(y) for y in years), "Yhteensä"]
        table: list[list[Any]] = []
        for row in rows:
            per_year = sales.get(row["id"], {})
            amounts = [per_year.get(y) for y in years]
            total = sum((a for a in amounts if a is not None), Decimal(0))
            table.append([row["customer_number"], row["name"], *amounts, total])
        formats = dict.fromkeys(range(2, len(header)), MONEY_FORMAT)
        write_sheet(wb, SALES_SHEET, header, table, number_formats=formats)


def _write_customers(
    wb: Workbook,
    rows: Sequence[Mapping[str, Any]],
    custom_names: Sequence[str],
    progress: Progress | None,
    *,
    shows_terms: bool,
) -> None:
    """The sheet ``Asiakkaat``: the card's columns, then the custom fields.

    Without the invoicing terms' columns when ``shows_terms`` is False.
    """
    columns = [(h, g) for h, g in COLUMNS if shows_terms or h not in TERM_HEADERS]
    header = [h for h, _ in columns] + [_custom_header(n) for n in custom_names]
    table: list[list[Any]] = []
    for row in rows:
        values = [get(row) for _, get in columns]
        values += [row["custom"].get(n, "") for n in custom_names]
        table.append(values)
    date_columns = [i for i, (h, _) in enumerate(columns) if h in ("Luotu", "Muokattu")]
    money = {i: MONEY_FORMAT for i, (h, _) in enumerate(columns) if h in TERM_HEADERS}
    write_sheet(
        wb,
        CUSTOMERS_SHEET,
        header,
        table,
        date_columns=date_columns,
        number_formats=money,
        progress=progress,
    )


def _owned_rows(
    session: Session,
    owners: Sequence[tuple[int, Any, Any]],
    columns: Sequence[InstrumentedAttribute[Any]],
    customer_id: InstrumentedAttribute[int],
    order: InstrumentedAttribute[int],
    *where: Any,
) -> Iterator[list[Any]]:
    """Rows of a customer's child table (contacts, offices) in the export's customer order.

    ``owners`` are (id, number, name) in sheet order. Read a chunk of customers at a time,
    so only one chunk's children are held while the sheet is streamed out; within a
    customer the order is the card's (``order``, the id).
    """
    stmt = select(customer_id, *columns).where(*where).order_by(customer_id, order)
    for chunk in in_chunks(owners):
        found: dict[int, list[list[Any]]] = {}
        for cid, *values in session.execute(stmt.where(customer_id.in_([o[0] for o in chunk]))):
            # Excel would show TRUE/FALSE; the sheets say kyllä/ei like Asiakkaat does.
            found.setdefault(cid, []).append(
                [(YES if v else NO) if isinstance(v, bool) else v for v in values]
            )
        for cid, number, name in chunk:
            for values in found.get(cid, ()):
                yield [number, name, *values]


__all__ = [
    "COLUMNS",
    "CONTACTS_SHEET",
    "CONTACT_COLUMNS",
    "CUSTOMERS_SHEET",
    "OFFICES_SHEET",
    "OFFICE_COLUMNS",
    "SALES_SHEET",
    "TEMPLATE_COLUMN_COUNT",
    "ExcelExportService",
    "ExportResult",
]
