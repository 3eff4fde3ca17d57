"""Export of the register to an .xlsx in the Zervant template's order (issue 3, item 1).

Sheet ``Asiakkaat``: the template's columns first (Asiakasnumero … Yhteyshenkilön osoite),
then every other card field, then the custom fields. Sheet ``Myynti``: sales per customer
per year from invoicing, when that module is installed. Sheets ``Yhteyshenkilöt`` and
``Toimipisteet``: every contact person and every office of the exported customers, one row
each, so that a user leaving the program takes everything with them (the template has room
for one contact only). Headers are bold and frozen, with an autofilter and fitted widths;
dates are real Excel dates. A text beginning with ``=``, ``+``, ``-`` or ``@`` is stored as
a text cell with Excel's quote prefix, never as a formula (openpyxl turns "=..." into a
formula unless told otherwise).

Written with openpyxl in write-only mode, streaming rows: 50k customers stay well under
the memory budget. The headers are the ones the importer reads back, so export → import
gives the same customers; ``Asiakkaat`` stays the first sheet, which the importer takes
when its header is clearly a register's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Sized
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import and_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from asiakasrekisteri.services import excel_headers as headers
from asiakasrekisteri.services.customers import (
    ActiveFilter,
    CustomerQuery,
    CustomerService,
    SortColumn,
)
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.storage.backend import in_chunks
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models import (
    ContactPerson,
    Customer,
    CustomerGroup,
    CustomFieldDefinition,
    CustomFieldValue,
    Office,
)

if TYPE_CHECKING:
    from asiakasrekisteri.services.excel_import import ImportPlan, ImportResult

CUSTOMERS_SHEET: Final = "Asiakkaat"
SALES_SHEET: Final = "Myynti"
CONTACTS_SHEET: Final = "Yhteyshenkilöt"
OFFICES_SHEET: Final = "Toimipisteet"
_FORMULA_STARTS: Final = ("=", "+", "-", "@")
_MAX_WIDTH: Final = 60
_WIDTH_SAMPLE: Final = 2000
_BOLD: Final = Font(bold=True)
_DATE_FORMAT: Final = "yyyy-mm-dd hh:mm"
_MONEY_FORMAT: Final = "#,##0.00"
_YES, _NO = "kyllä", "ei"

Progress = Callable[[int, int], None]

# Header → how the value is taken from a fetched row (a dict of customer columns plus
# "group", "alt_number" and the first contact's "contact_*").
_Getter = Callable[[Mapping[str, Any]], Any]


def _flag(name: str) -> _Getter:
    return lambda r: _YES if r[name] else _NO


def _plain(name: str) -> _Getter:
    return lambda r: r[name]


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


def _safe(ws: Any, value: Any) -> Any:
    """A value ready for a write-only row: formula-like texts become text cells."""
    if isinstance(value, str):
        if value.startswith(_FORMULA_STARTS):
            cell = WriteOnlyCell(ws, value)
            # openpyxl reads "=..." as a formula; force a string and Excel's quote prefix
            # so editing the cell in Excel keeps it a text too.
            cell.data_type = "s"
            cell.quotePrefix = True
            return cell
        return value or None
    if isinstance(value, datetime):
        return _local_naive(value)
    return value


def _local_naive(value: datetime) -> datetime:
    # Excel has no time zones: write the user's wall-clock time.
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().replace(tzinfo=None)


def _width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def _custom_header(name: str) -> str:
    """A custom field's header; prefixed when it would read back as a card field."""
    match = headers.match_header(name)
    if match.target and not match.target.startswith(headers.CUSTOM_PREFIX):
        return headers.CUSTOM_HEADER_PREFIX + name
    return name


def _write_sheet(
    wb: Workbook,
    title: str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    date_columns: Iterable[int] = (),
    number_formats: Mapping[int, str] | None = None,
    progress: Progress | None = None,
) -> int:
    """Write one formatted sheet and return its row count; ``rows`` may be a generator."""
    ws = wb.create_sheet(title)
    total = len(rows) if isinstance(rows, Sized) else 0
    remaining = iter(rows)
    # Widths come from the first rows only, so a generator is still read just once.
    sample = list(islice(remaining, _WIDTH_SAMPLE))
    widths = [len(h) + 2 for h in header]
    for row in sample:
        for index, value in enumerate(row):
            widths[index] = max(widths[index], _width(value) + 2)
    for index, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = min(width, _MAX_WIDTH)
    ws.freeze_panes = "A2"
    head = []
    for text in header:
        cell = WriteOnlyCell(ws, text)
        cell.font = _BOLD
        head.append(cell)
    ws.append(head)
    formats = dict(number_formats or {})
    for index in date_columns:
        formats[index] = _DATE_FORMAT
    count = 0
    for count, row in enumerate(chain(sample, remaining), 1):
        out = [_safe(ws, value) for value in row]
        for index, fmt in formats.items():
            if out[index] is not None:
                cell = WriteOnlyCell(ws, out[index])
                cell.number_format = fmt
                out[index] = cell
        ws.append(out)
        if progress is not None and count % 5000 == 0:
            progress(count, max(total, count))
    last = get_column_letter(max(len(header), 1))
    ws.auto_filter.ref = f"A1:{last}{count + 1}"
    return count


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
        custom_headers = [_custom_header(n) for n in custom_names]
        header = [h for h, _ in COLUMNS] + custom_headers
        table: list[list[Any]] = []
        for row in rows:
            values = [get(row) for _, get in COLUMNS]
            values += [row["custom"].get(n, "") for n in custom_names]
            table.append(values)
        wb = Workbook(write_only=True)
        date_columns = [i for i, (h, _) in enumerate(COLUMNS) if h in ("Luotu", "Muokattu")]
        money = {
            i: _MONEY_FORMAT
            for i, (h, _) in enumerate(COLUMNS)
            if h in ("Saldoraja", "Alennus %", "Viivästyskorko %")
        }
        _write_sheet(
            wb,
            CUSTOMERS_SHEET,
            header,
            table,
            date_columns=date_columns,
            number_formats=money,
            progress=progress,
        )
        del table
        self._write_sales(wb, rows)
        owners = [(row["id"], row["customer_number"], row["name"]) for row in rows]
        with self.db.read() as session:
            contacts = _write_sheet(
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
            offices = _write_sheet(
                wb,
                OFFICES_SHEET,
                [*_OWNER_HEADER, *(h for h, _ in OFFICE_COLUMNS)],
                _owned_rows(
                    session, owners, [c for _, c in OFFICE_COLUMNS], Office.customer_id, Office.id
                ),
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        wb.save(path)
        return ExportResult(path, len(rows), contacts, offices)

    def export_selected(self, path: Path | str, ids: Sequence[int]) -> ExportResult:
        """Write exactly the given customers (the list's "export selected")."""
        return self.export(path, ids=ids)

    def _all_ids(self) -> list[int]:
        return self.customers.list_ids(
            CustomerQuery(active=ActiveFilter.ALL, sort=SortColumn.NUMBER)
        )

    def _fetch(self, ids: Sequence[int]) -> tuple[list[dict[str, Any]], list[str]]:
        alt = aliased(Customer)
        columns = [c for c in Customer.__table__.columns if c.name not in ("search_text",)]
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
        formats = dict.fromkeys(range(2, len(header)), _MONEY_FORMAT)
        _write_sheet(wb, SALES_SHEET, header, table, number_formats=formats)


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
                [(_YES if v else _NO) if isinstance(v, bool) else v for v in values]
            )
        for cid, number, name in chunk:
            for values in found.get(cid, ()):
                yield [number, name, *values]


def write_import_report(path: Path, plan: ImportPlan, result: ImportResult | None = None) -> Path:
    """The import's rows and reasons as an .xlsx: a summary, the rows, and every issue."""
    wb = Workbook(write_only=True)
    summary: list[list[Any]] = [
        ["Tiedosto", str(plan.path.name)],
        ["Taulukko", plan.sheet],
        ["Otsikkorivi", plan.header_row],
        ["Rivejä", len(plan.rows)],
    ]
    if result is not None:
        summary += [
            ["Kokeiluajo", _YES if result.dry_run else _NO],
            ["Tuonti nro", result.batch_id or ""],
            ["Luotu", len(result.created)],
            ["Päivitetty", len(result.updated)],
            ["Ohitettu", len(result.skipped)],
        ]
    for column in plan.columns:
        summary.append([f"Sarake {column.letter}: {column.header}", column.label])
    _write_sheet(wb, "Yhteenveto", ["Kohta", "Arvo"], summary)
    outcome_rows: list[list[Any]] = []
    if result is not None:
        for status, outcomes in (
            ("luotu", result.created),
            ("päivitetty", result.updated),
            ("ohitettu", result.skipped),
        ):
            for o in outcomes:
                outcome_rows.append([o.row, status, o.customer_number, o.name, o.reason])
        outcome_rows.sort(key=lambda r: r[0])
    else:
        for row in plan.rows:
            status = "hylätty" if row.data is None else "tuodaan"
            number = row.data.customer_number if row.data else ""
            name = row.data.name if row.data else ""
            reason = "; ".join(i.reason for i in row.issues if i.severity == "error")
            outcome_rows.append([row.row, status, number, name, reason])
    _write_sheet(wb, "Rivit", ["Rivi", "Tila", "Asiakasnumero", "Nimi", "Syy"], outcome_rows)
    issues = result.issues if result is not None else plan.issues
    _write_sheet(
        wb,
        "Huomautukset",
        ["Taulukko", "Rivi", "Sarake", "Arvo", "Vakavuus", "Syy"],
        [
            [i.sheet, i.row, f"{i.letter} {i.column}".strip(), i.value, i.severity.value, i.reason]
            for i in issues
        ],
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


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
    "write_import_report",
]
