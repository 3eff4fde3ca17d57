"""Import of a customer register from a spreadsheet, in two phases, and its undo (issue 3).

1. :meth:`ExcelImportService.analyse` reads the file and returns an :class:`ImportPlan`:
   the sheet, the header row, each column's field with a confidence, every data row as it
   will be saved (or why it is rejected), every altered or dropped value, and duplicate
   groups within the file and against the register, each with a proposed action. Nothing
   is written. :meth:`~ExcelImportService.remap` recomputes the plan after the user
   changes the mapping.
2. :meth:`ExcelImportService.apply` writes the plan in one transaction with the user's
   duplicate choices; a cancel or any error rolls everything back. The import is
   recorded as a batch that :meth:`~ExcelImportService.undo_import` can take back.

Rules that the issue leaves to us, decided here:

* A value that fails its rule is left out of the row and reported as a ``warning``; the
  rest of the row is imported. So an invalid Y-tunnus is never stored (not even as
  typed); the report names the row, the column and the value so the user can fix it.
* A row is rejected (``error``) only when it has no usable name or its customer number
  cannot be used. Blank rows and repeated header rows are passed over silently.
* Updating an existing customer overwrites only the fields the row gives (non-empty
  cells); the customer number of an existing customer is never changed, custom fields
  are added to the ones it has, and a contact with the same name is updated instead of
  added twice.
* Within the file, rows with the same customer number or Y-tunnus (or, for rows without
  a number, a very similar name) form a group; the first row is imported and the others
  are skipped unless the user chooses otherwise. Against the register, a match on the
  customer number (or a number merged away), then on the Y-tunnus, proposes an update;
  a similar name only proposes "import as new" and asks the user to look.
* Undo deletes the customers the import created and restores the cards it updated,
  except customers edited since (the card, a contact, an office or a note changed after
  the import) or that have records which must be kept; those are reported and left.

Contact persons and offices (the export's sheets ``Yhteyshenkilöt`` and ``Toimipisteet``):

* Another sheet of the workbook whose header row is laid out like one of those sheets
  (``excel_headers.CONTACT_LAYOUT``, ``OFFICE_LAYOUT``) is read too; its rows join their
  customer by Asiakasnumero: the first customer-sheet row with that number, else the
  register's customer with it. A row matching neither, or a customer row that is not
  imported, is rejected; a row goes (or is skipped) with its customer.
* Values are washed and reported as on the customer sheet, under that sheet's name.
* A new customer gets its contacts and offices in sheet order; the contact that the
  customer sheet's Yhteyshenkilö columns name and a contact of the same name (case
  aside) on the contacts sheet are one contact, the sheet's details winning. An updated
  customer's contact or office with the same name is updated instead of added twice,
  only with the values the row gives.
* Defaults follow the card's rules: a row marked default (Oletus) takes the default from
  the others (the last such row wins); a contact without the column becomes the default
  when its customer has none, an office never does.
* Undo removes the contacts and offices the import added to an updated customer and
  restores the ones it changed.
"""

from __future__ import annotations

import gc
import getpass
import json
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any, Final, Generic, TypeVar

from rapidfuzz import fuzz, process
from sqlalchemy import Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from asiakasrekisteri.domain.customer import (
    FIELD_PARSERS,
    ContactData,
    CustomerData,
    OfficeData,
    parse_bool,
    record_from_fields,
    validate_contact,
    validate_customer,
    validate_office,
)
from asiakasrekisteri.domain.enums import (
    CustomerStatus,
    CustomerType,
    InvoiceLanguage,
    VatTreatment,
)
from asiakasrekisteri.domain.errors import FieldErrors, ValidationError
from asiakasrekisteri.domain.identifiers import normalize_customer_number, suggest_customer_number
from asiakasrekisteri.services import excel_headers as headers
from asiakasrekisteri.services.backup import BackupKind, BackupService
from asiakasrekisteri.services.customers import comparable_name
from asiakasrekisteri.services.dependents import DependentRecords
from asiakasrekisteri.services.errors import NotFound, RuleViolation
from asiakasrekisteri.services.excel_values import (
    Cell,
    ImportFileError,
    RawSheet,
    cell_text,
    parse_customer_type,
    parse_language,
    parse_payment_days,
    read_workbook,
    split_address,
)
from asiakasrekisteri.storage.backend import in_chunks
from asiakasrekisteri.storage.bulk import NewCustomer, insert_customers
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.mapping import apply_customer_data, customer_to_data
from asiakasrekisteri.storage.models import (
    ContactPerson,
    Customer,
    CustomerNumberAlias,
    CustomFieldDefinition,
    CustomFieldValue,
    Note,
    Office,
)
from asiakasrekisteri.storage.models_import import ImportBatch, ImportEntry
from asiakasrekisteri.storage.types import utcnow

Progress = Callable[[int, int], None]
"""``progress(done, total)``: called from the importing thread while rows are written."""
Cancel = Callable[[], bool]
"""``cancel()``: polled between chunks; returning True rolls the import back."""

CHUNK: Final = 2000
SAMPLE_SCAN_ROWS: Final = 500
NAME_MATCH_CUTOFF: Final = 90.0
_DEFAULTS: Final = CustomerData()
# Every field at its default (all immutable but custom_fields, which a row always sets).
_DEFAULT_FIELDS: Final[dict[str, Any]] = dict(_DEFAULTS.__dict__)
_DATA_FIELDS: Final = frozenset(f.name for f in fields(CustomerData)) - {"custom_fields"}
# Values whose change beyond spacing and case is worth telling (zero padding, a
# leading zero put back): phones, e-mails and countries are formatted by design.
_REPORT_ALTERATIONS: Final = ("postal_code", "business_id", "customer_number")
_REQUIRED: Final = frozenset({"name", "customer_number"})


class DuplicateAction(StrEnum):
    """What to do with a duplicate group.

    For a group against the register: ``update`` the existing customer with the row,
    ``skip`` the row, or import it as a ``new`` customer (with a new number if the old one
    is taken). For a group within the file: ``skip`` the later rows (the first is
    imported), ``update`` = merge the later rows into the first (later non-empty values
    win), or import every row as ``new``.
    """

    UPDATE = "update"
    SKIP = "skip"
    NEW = "new"


class Severity(StrEnum):
    ERROR = "error"  # the row is not imported
    WARNING = "warning"  # the value is left out, the row is imported
    INFO = "info"  # the value was changed (zero padding, address split ...)


class UnknownColumns(StrEnum):
    """What an unknown column becomes."""

    CUSTOM = "custom"  # a custom field named after the header
    IGNORE = "ignore"  # left out, and listed in ``ImportPlan.ignored_columns``


class ImportCancelled(Exception):
    """The user cancelled; the transaction was rolled back and nothing was written."""


def _same(text: str) -> str:
    return text


@dataclass(frozen=True, slots=True, init=False)
class Reason:
    """Why a value or a row was changed or left out: an English template and its values.

    ``Reason("Changed to “{value}”.", value="00100")``. The template is the translation
    source: ``tools/extract_messages.py`` collects the first argument of every
    ``Reason(...)`` call (so it must be a string literal) and of every error, and the UI
    translates it in the context of the domain's messages (``ui.i18n.VALIDATION_CONTEXT``).
    A value may itself be a Reason, or a tuple of them (sentences, joined by spaces),
    translated in turn.

    Attributes:
        template: English sentence with ``{name}`` placeholders.
        params: ``(name, value)`` pairs for the placeholders.
    """

    template: str
    params: tuple[tuple[str, Any], ...]

    def __init__(self, template: str, /, **params: Any) -> None:
        object.__setattr__(self, "template", template)
        object.__setattr__(self, "params", tuple(params.items()))

    @classmethod
    def of(cls, error: ValidationError) -> Reason:
        """A domain rule's message (its template is translated as it is everywhere)."""
        return cls(error.template, **error.params)

    @property
    def text(self) -> str:
        """The English sentence, values filled in."""
        return self.render(_same)

    def render(self, translate: Callable[[str], str]) -> str:
        """The sentence with ``translate`` applied to every template (this and nested).

        A translation whose placeholders do not fit gives the English sentence.
        """
        values = {name: _rendered(value, translate) for name, value in self.params}
        try:
            return translate(self.template).format(**values)
        except (KeyError, IndexError, ValueError):
            return self.template if translate is _same else self.text

    def __str__(self) -> str:
        return self.text


def _rendered(value: Any, translate: Callable[[str], str]) -> Any:
    if isinstance(value, Reason):
        return value.render(translate)
    if isinstance(value, tuple) and value and all(isinstance(v, Reason) for v in value):
        return " ".join(v.render(translate) for v in value)
    return value


# What happens to a value or a row that breaks a rule, after the rule's own message.
def _left_out(error: ValidationError) -> Reason:
    return Reason("{problem} The value is left out.", problem=Reason.of(error))


def _not_imported(error: ValidationError) -> Reason:
    return Reason("{problem} The row is not imported.", problem=Reason.of(error))


@dataclass(frozen=True)
class ColumnMapping:
    """One column of the sheet and the field it goes to.

    Attributes:
        index: 0-based column index.
        letter: The spreadsheet column letter ("A", "AB").
        header: The header text as in the file.
        target: A field name (see ``excel_headers.TARGETS``), ``"custom:<name>"`` or
            ``""`` for an ignored column.
        confidence: 1.0 for a known header, less for a near miss, 0.0 when guessed.
        samples: The first few non-empty values, for the GUI.
    """

    index: int
    letter: str
    header: str
    target: str
    confidence: float
    samples: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """English label of the target (translate in the UI)."""
        return headers.target_label(self.target)


@dataclass(frozen=True)
class RowIssue:
    """A rejected or altered value: where it was, what it was and why."""

    sheet: str
    row: int  # spreadsheet row number, 1-based
    column: str  # header text, or "" for the whole row
    value: str
    message: Reason  # translate it in the UI; ``reason`` is the English sentence
    code: str
    severity: Severity
    field: str = ""
    letter: str = ""

    @property
    def reason(self) -> str:
        """The English sentence (the CLI and the report show it)."""
        return self.message.text


@dataclass(frozen=True)
class PlannedRow:
    """One data row as it will be saved.

    Attributes:
        row: Spreadsheet row number (1-based).
        data: The washed and validated card, or None when the row is rejected.
        contact: The contact person the row names, if any.
        issues: Everything altered, left out or rejected on this row.
        provided: Card fields that the row gave a value for (what an update overwrites).
        had_number: Whether the file gave a customer number (else one was assigned).
    """

    row: int
    data: CustomerData | None
    contact: ContactData | None = None
    issues: tuple[RowIssue, ...] = ()
    provided: frozenset[str] = frozenset()
    had_number: bool = True

    @property
    def rejected(self) -> bool:
        return self.data is None


_Child = TypeVar("_Child", ContactData, OfficeData)


@dataclass(frozen=True, slots=True)  # 75,000 of them in an exported register
class PlannedChild(Generic[_Child]):
    """One row of a contacts or offices sheet as it will be saved.

    Attributes:
        row: Spreadsheet row number (1-based) on the plan's ``contact_sheet`` or
            ``office_sheet``.
        customer_number: The customer number the row gives (normalised when valid).
        data: The washed contact person or office, or None when the row is rejected.
        issues: Everything altered, left out or rejected on this row.
        provided: Fields the row gave a value for (what an update overwrites; ``is_default``
            and ``active`` only count when given).
        customer_row: The customer sheet's row the contact or office goes with, if any.
        customer_id: Else the register's customer it goes with.
    """

    row: int
    customer_number: str
    data: _Child | None
    issues: tuple[RowIssue, ...] = ()
    provided: frozenset[str] = frozenset()
    customer_row: int | None = None
    customer_id: int | None = None

    @property
    def rejected(self) -> bool:
        return self.data is None

    @property
    def default(self) -> bool | None:
        """Whether the row makes its contact or office the default; None when it does not say."""
        if self.data is None or "is_default" not in self.provided:
            return None
        return self.data.is_default


PlannedContact = PlannedChild[ContactData]
PlannedOffice = PlannedChild[OfficeData]


@dataclass(frozen=True)
class ExistingCustomer:
    id: int
    customer_number: str
    name: str


@dataclass(frozen=True)
class DuplicateGroup:
    """Rows that look like the same customer, within the file or against the register.

    Attributes:
        key: Stable identifier; use it as the key of ``duplicate_choices``.
        reason: ``"customer_number"``, ``"business_id"`` or ``"name"``.
        rows: Spreadsheet row numbers, in file order.
        existing: The register's customer (None for a group within the file).
        score: 100 for an identical identifier, the name similarity otherwise.
        proposed: The action used unless the user chooses another.
    """

    key: str
    reason: str
    rows: tuple[int, ...]
    existing: ExistingCustomer | None
    score: int
    proposed: DuplicateAction

    @property
    def in_register(self) -> bool:
        return self.existing is not None


@dataclass(frozen=True)
class ImportPlan:
    """Everything the import would do; nothing has been written.

    Attributes:
        path: The file.
        file_format: ``"xlsx"``, ``"xls"``, ``"ods"``, ``"csv"`` ...
        sheet: The sheet read; ``sheets`` lists all of them.
        header_row: Spreadsheet row number of the header (1-based).
        columns: Every column with its mapping.
        rows: Every data row, in file order.
        duplicates: Duplicate groups with proposed actions.
        unknown_columns: What unknown columns became.
        problems: Plan-level problems that stop ``apply`` (e.g. no name column); ``text``
            gives the English sentence.
        contact_sheet: The sheet of contact persons read with ``sheet`` ("" if none).
        contact_rows: Its rows, in file order.
        office_sheet: The sheet of offices read with ``sheet`` ("" if none).
        office_rows: Its rows, in file order.
    """

    path: Path
    file_format: str
    sheet: str
    sheets: tuple[str, ...]
    header_row: int
    columns: tuple[ColumnMapping, ...]
    rows: tuple[PlannedRow, ...]
    duplicates: tuple[DuplicateGroup, ...]
    unknown_columns: UnknownColumns = UnknownColumns.CUSTOM
    problems: tuple[Reason, ...] = ()
    contact_sheet: str = ""
    contact_rows: tuple[PlannedContact, ...] = ()
    office_sheet: str = ""
    office_rows: tuple[PlannedOffice, ...] = ()
    _raw: RawSheet | None = field(default=None, repr=False, compare=False)
    _children: tuple[_WashedSheet, ...] = field(default=(), repr=False, compare=False)

    def preview(self, count: int = 20) -> tuple[PlannedRow, ...]:
        """The first rows as they will be saved."""
        return self.rows[:count]

    @property
    def issues(self) -> tuple[RowIssue, ...]:
        """Every issue: the customer sheet's rows, then the contacts' and the offices'."""
        return tuple(
            issue
            for rows in (self.rows, self.contact_rows, self.office_rows)
            for row in rows
            for issue in row.issues
        )

    @property
    def errors(self) -> tuple[RowIssue, ...]:
        return tuple(i for i in self.issues if i.severity is not Severity.INFO)

    @property
    def accepted_count(self) -> int:
        return sum(1 for row in self.rows if row.data is not None)

    @property
    def rejected_count(self) -> int:
        return len(self.rows) - self.accepted_count

    @property
    def sheets_read(self) -> tuple[str, ...]:
        """The customer sheet and the contact and office sheets read with it."""
        return tuple(n for n in (self.sheet, self.contact_sheet, self.office_sheet) if n)

    @property
    def unread_sheets(self) -> tuple[str, ...]:
        """The file's other sheets, which the import does not read."""
        read = set(self.sheets_read)
        return tuple(n for n in self.sheets if n not in read)

    @property
    def child_rejected_count(self) -> int:
        """Rows of the contact and office sheets that cannot be imported."""
        return sum(1 for rows in (self.contact_rows, self.office_rows) for r in rows if r.rejected)

    @property
    def ignored_columns(self) -> tuple[ColumnMapping, ...]:
        return tuple(c for c in self.columns if not c.target)

    @property
    def custom_columns(self) -> tuple[ColumnMapping, ...]:
        return tuple(c for c in self.columns if c.target.startswith(headers.CUSTOM_PREFIX))


@dataclass(frozen=True)
class RowOutcome:
    """What happened to one row; ``messages`` says why a skipped row was skipped."""

    row: int
    customer_number: str
    name: str
    messages: tuple[Reason, ...] = ()
    customer_id: int | None = None

    @property
    def reason(self) -> str:
        """The English sentence(s), "" for a row imported."""
        return "; ".join(m.text for m in self.messages)


@dataclass(frozen=True)
class ImportResult:
    """What :meth:`ExcelImportService.apply` did (or would do, for a dry run)."""

    batch_id: int | None
    created: tuple[RowOutcome, ...]
    updated: tuple[RowOutcome, ...]
    skipped: tuple[RowOutcome, ...]
    issues: tuple[RowIssue, ...]
    dry_run: bool = False
    sheet: str = ""
    contacts: ChildCounts | None = None
    offices: ChildCounts | None = None

    def summary(self) -> str:
        """One line for the CLI or a status bar (English)."""
        prefix = "Dry run: would create" if self.dry_run else "Created"
        text = (
            f"{prefix} {len(self.created)}, updated {len(self.updated)}, "
            f"skipped {len(self.skipped)} rows."
        )
        for what, counts in (("Contact persons", self.contacts), ("Offices", self.offices)):
            if counts is not None:
                text += (
                    f" {what} (sheet {counts.sheet}): {counts.added} added, "
                    f"{counts.updated} updated, {counts.skipped} not imported."
                )
        return text


@dataclass(frozen=True)
class ChildCounts:
    """What happened to the rows of a contacts or offices sheet.

    ``added``: new contacts or offices (of new customers, or added to updated ones);
    ``updated``: rows that updated a contact or office of the same name; ``skipped``:
    rows rejected, or not imported because their customer was not.
    """

    sheet: str
    added: int = 0
    updated: int = 0
    skipped: int = 0


@dataclass(frozen=True)
class KeptCustomer:
    """A customer that undo left alone, and why."""

    customer_id: int
    customer_number: str
    name: str
    message: Reason

    @property
    def reason(self) -> str:
        """The English sentence."""
        return self.message.text


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    removed: int
    restored: int
    kept: tuple[KeptCustomer, ...]


@dataclass(frozen=True)
class BatchInfo:
    """One import, as the Undo menu lists it."""

    id: int
    file_name: str
    sheet: str
    created_at: datetime
    user: str
    created: int
    updated: int
    skipped: int
    undone_at: datetime | None


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a whole sheet is read, planned or written.

    Those steps allocate a few million objects that all stay alive (the rows, the planned
    cards), and every collection would walk all of them again: at 50,000 rows that was
    about 2 s of a 9 s import. Reference counting still frees everything as usual; only
    the search for reference cycles waits until the step ends, when the collector is
    turned back on (unless it was off already).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _out_of_collections_while_alive(plan: ImportPlan) -> ImportPlan:
    """Keep the plan's objects out of the cycle collector's walks for as long as it lives.

    A plan of 50,000 rows is some 400,000 objects, with no reference cycles among them,
    that live while the user looks at the plan. Once the collector is back on, its first
    collection would walk them all (0.2 s) and later ones again as they age. Freezing
    moves every object alive now to the collector's permanent generation, which it never
    walks; reference counting still frees them. When the plan is freed, everything is
    unfrozen, so a cycle that became garbage meanwhile is collected as usual after that.
    """
    gc.freeze()
    weakref.finalize(plan, gc.unfreeze)
    return plan


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no user name in the environment
        return ""


# --- JSON of a card (the "previous values" kept for undo) -------------------------------


def data_to_json(data: CustomerData) -> dict[str, Any]:
    """A card as plain JSON values: enums as their values, Decimals as text."""
    out: dict[str, Any] = {}
    for f in fields(CustomerData):
        value = getattr(data, f.name)
        if isinstance(value, StrEnum):
            value = value.value
        elif isinstance(value, Decimal):
            value = str(value)
        elif f.name == "custom_fields":
            value = dict(value)
        out[f.name] = value
    return out


_ENUMS: Final[dict[str, Callable[[str], Any]]] = {
    "customer_type": CustomerType,
    "invoice_language": InvoiceLanguage,
    "vat_treatment": VatTreatment,
    "status": CustomerStatus,
}
_DECIMALS: Final = ("discount_percent", "credit_limit", "penalty_interest")


def data_from_json(values: Mapping[str, Any]) -> CustomerData:
    """The inverse of :func:`data_to_json`."""
    kwargs: dict[str, Any] = {}
    for name, value in values.items():
        if name in _ENUMS:
            kwargs[name] = _ENUMS[name](value)
        elif name in _DECIMALS:
            kwargs[name] = None if value is None else Decimal(value)
        elif name == "custom_fields" or name in _DATA_FIELDS:
            kwargs[name] = value
    return CustomerData(**kwargs)


_DATE_FIELDS: Final = frozenset({"comment", "text_before_rows", "text_after_rows"})
_BOOL_FIELDS: Final = frozenset(
    {"use_rf_reference", "delivery_ban", "collection_ban", "active", "status_manual",
     "einvoice_address_unchecked"}
)  # fmt: skip


def _wrong_type(
    cell: Cell,
    target: str,
    yes_no_fields: frozenset[str] = _BOOL_FIELDS,
    date_fields: frozenset[str] = _DATE_FIELDS,
) -> bool:
    """A date in an identifier column, or a yes/no in a text column, is a typing slip."""
    if isinstance(cell, bool):
        return target not in yes_no_fields
    if isinstance(cell, date | time | timedelta):
        return target not in date_fields
    return False


def _wrong_kind(text: str) -> Reason:
    if text in ("true", "false"):
        return Reason("A yes/no value cannot be used here; the value is left out.")
    return Reason("A date or time cannot be used here; the value is left out.")


@lru_cache(maxsize=4096)
def _parse_field(name: str, text: str) -> Any:
    """``FIELD_PARSERS[name](text)``, remembered: yes/no, choice and number columns repeat
    a handful of values ("ei", "kyllä", "domestic", 14) over thousands of rows. The
    parsers are pure and return immutable values; a failure is not remembered, so it is
    raised (and reported) for every row that has it."""
    return FIELD_PARSERS[name](text)


# --- washing one row -----------------------------------------------------------------


_Source = tuple[str, str, str]
"""Where a target's value came from, for issue reports: (header, letter, text).

A plain tuple: a row has some 25 of them, and a class instance each costs more than
the rest of reading the cell."""


_Column = tuple[int, str, str, str, str | None]
"""A mapped column: (index, target, header, letter, custom field name or None)."""


class _Washer:
    """What the washers of the customer sheet and of the contact and office sheets share.

    Attributes:
        sheet: The sheet's name, for issue reports.
        header_of: Field → (header, column letter), for a value that was not in a cell.
    """

    def __init__(self, sheet: str, header_of: dict[str, tuple[str, str]]) -> None:
        self.sheet = sheet
        self.header_of = header_of
        # Rows give the same few sets of fields: one frozenset each (1 kB a row otherwise).
        self._field_sets: dict[frozenset[str], frozenset[str]] = {}

    def _shared(self, fields_given: frozenset[str]) -> frozenset[str]:
        return self._field_sets.setdefault(fields_given, fields_given)

    def _issue(
        self,
        row: int,
        source: _Source | None,
        message: Reason,
        code: str,
        severity: Severity,
        field_name: str = "",
    ) -> RowIssue:
        if source is None and field_name in self.header_of:
            source = (*self.header_of[field_name], "")  # the column of an empty cell
        header, letter, text = source if source is not None else ("", "", "")
        return RowIssue(self.sheet, row, header, text, message, code, severity, field_name, letter)


class _RowWasher(_Washer):
    """Turns the cells of one row into a validated card, reporting every change."""

    def __init__(self, sheet: str, columns: Sequence[ColumnMapping]) -> None:
        super().__init__(sheet, {c.target: (c.header, c.letter) for c in columns if c.target})
        # Per column, worked out once: (index, target, header, letter, custom field name
        # or None). 50,000 rows × 45 columns make any per-cell work count.
        self.columns: list[_Column] = [
            (
                c.index,
                c.target,
                c.header,
                c.letter,
                c.target[len(headers.CUSTOM_PREFIX) :]
                if c.target.startswith(headers.CUSTOM_PREFIX)
                else None,
            )
            for c in columns
            if c.target and c.target != headers.READ_ONLY
        ]
        # The mapped cells of a full-width row in one C call.
        indexes = [c[0] for c in self.columns]
        self.width = max(indexes, default=-1) + 1
        self.take: Callable[[Sequence[Cell]], Sequence[Cell]] = (
            itemgetter(*indexes) if len(indexes) > 1 else lambda row: [row[i] for i in indexes]
        )

    def wash(self, row_number: int, cells: Sequence[Cell]) -> PlannedRow | None:
        """The planned row, or None for a blank row."""
        values: dict[str, str] = {}
        sources: dict[str, _Source] = {}
        custom: dict[str, str] = {}
        wrong: list[tuple[str, _Source]] = []
        picked: Iterable[tuple[_Column, Cell]]
        if len(cells) >= self.width:
            picked = zip(self.columns, self.take(cells), strict=True)
        else:  # a short row (CSV, or a sheet without trailing cells)
            picked = ((c, cells[c[0]]) for c in self.columns if c[0] < len(cells))
        for (_index, target, header, letter, custom_name), cell in picked:
            # Text cells, nearly all of them, the short way (cell_text of a str is strip).
            if type(cell) is str:
                if not cell:
                    continue
                is_text, text = True, cell.strip()
            elif cell is None:
                continue
            else:
                is_text, text = False, cell_text(cell)
            if not text:
                continue
            if custom_name is not None:
                custom[custom_name] = text
                continue
            if not is_text and _wrong_type(cell, target):
                # "2024-01-01" would pass as a phone number: a date is never one.
                wrong.append((target, (header, letter, text)))
                continue
            values[target] = text
            sources[target] = (header, letter, text)
        if not values and not custom and not wrong:
            return None
        issues = [
            self._issue(
                row_number,
                source,
                _wrong_kind(source[2]),
                "cell.wrong_type",
                Severity.WARNING,
                target,
            )
            for target, source in wrong
        ]
        self._pseudo_fields(row_number, values, sources, custom, issues)
        kwargs: dict[str, Any] = {}
        for name, text in values.items():
            if name not in _DATA_FIELDS:
                continue
            if name not in FIELD_PARSERS:
                kwargs[name] = text
                continue
            try:
                kwargs[name] = _parse_field(name, text)
            except ValidationError as exc:
                issues.append(
                    self._issue(
                        row_number,
                        sources.get(name),
                        Reason.of(exc),
                        exc.code,
                        Severity.WARNING,
                        name,
                    )
                )
        had_number = bool(kwargs.get("customer_number"))
        data = record_from_fields(
            CustomerData, {**_DEFAULT_FIELDS, **kwargs, "custom_fields": custom}
        )
        dropped: set[str] = set()
        clean = self._validate(row_number, data, sources, issues, dropped)
        contact = self._contact(row_number, values, sources, issues) if clean else None
        if clean is None:
            return PlannedRow(row_number, None, None, tuple(issues), had_number=had_number)
        address = sources.get(headers.ADDRESS)
        for name in _REPORT_ALTERATIONS:
            source = sources.get(name)
            value = getattr(clean, name)
            if source is None or source is address or not value:
                continue
            # Most values come back as typed: no need to fold them to compare.
            typed = source[2]
            if typed != value and headers.fold(typed) != headers.fold(value):
                issues.append(
                    self._issue(
                        row_number,
                        source,
                        Reason("Changed to “{value}”.", value=value),
                        f"{name}.normalised",
                        Severity.INFO,
                        name,
                    )
                )
        provided = frozenset(kwargs) - dropped
        # Rows give the same few sets of columns; one shared set each saves 1 kB a row
        # (60 MB of a 50,000-row plan).
        provided = self._shared(provided)
        return PlannedRow(row_number, clean, contact, tuple(issues), provided, had_number)

    def _pseudo_fields(
        self,
        row: int,
        values: dict[str, str],
        sources: dict[str, _Source],
        custom: dict[str, str],
        issues: list[RowIssue],
    ) -> None:
        if "name" not in values and (headers.FIRST_NAME in values or headers.LAST_NAME in values):
            parts = [values.get(headers.FIRST_NAME, ""), values.get(headers.LAST_NAME, "")]
            values["name"] = " ".join(p for p in parts if p)
            sources["name"] = sources.get(headers.FIRST_NAME) or sources[headers.LAST_NAME]
        if headers.CONTACT_ADDRESS in values:
            custom.setdefault(headers.CONTACT_ADDRESS_FIELD, values[headers.CONTACT_ADDRESS])
        address = values.get(headers.ADDRESS)
        if address:
            source = sources[headers.ADDRESS]
            split = split_address(address)
            if split is None:
                values.setdefault("street", address)
                sources.setdefault("street", source)
                if "postal_code" not in values:
                    issues.append(
                        self._issue(
                            row,
                            source,
                            Reason(
                                "No postal code was found in the address; it is kept as the street."
                            ),
                            "address.not_split",
                            Severity.INFO,
                            "street",
                        )
                    )
            else:
                for name, part in (
                    ("street", split.street),
                    ("postal_code", split.postal_code),
                    ("city", split.city),
                    ("country", split.country),
                ):
                    if part and name not in values:
                        values[name] = part
                        sources[name] = source
                issues.append(
                    self._issue(
                        row,
                        source,
                        Reason(
                            "Split into street “{street}”, postal code “{postal_code}” and "
                            "city “{city}”.",
                            street=split.street,
                            postal_code=split.postal_code,
                            city=split.city,
                        ),
                        "address.split",
                        Severity.INFO,
                        "street",
                    )
                )
        kind = values.get("customer_type")
        if kind is not None:
            parsed = parse_customer_type(kind)
            if parsed is None:
                issues.append(
                    self._issue(
                        row,
                        sources["customer_type"],
                        Reason("Not a customer type (company or private person); company is used."),
                        "customer_type.unknown",
                        Severity.WARNING,
                        "customer_type",
                    )
                )
                del values["customer_type"]
            else:
                values["customer_type"] = parsed
        language = values.get("invoice_language")
        if language is not None:
            values["invoice_language"] = parse_language(language) or language
        if "payment_term_days" in values:
            values["payment_term_days"] = parse_payment_days(values["payment_term_days"])

    def _validate(
        self,
        row: int,
        data: CustomerData,
        sources: Mapping[str, _Source],
        issues: list[RowIssue],
        dropped: set[str],
    ) -> CustomerData | None:
        # A row without a number gets one when the plan is made; validate the rest now.
        placeholder = not data.customer_number.strip()
        if placeholder:
            data = replace(data, customer_number="0")
        for _attempt in range(8):
            try:
                clean = validate_customer(data)
            except FieldErrors as exc:
                errors = exc.errors
            else:
                return replace(clean, customer_number="") if placeholder else clean
            fatal = [name for name in errors if name in _REQUIRED]
            if fatal:
                for name in fatal:
                    err = errors[name]
                    issues.append(
                        self._issue(
                            row,
                            sources.get(name),
                            _not_imported(err),
                            err.code,
                            Severity.ERROR,
                            name,
                        )
                    )
                return None
            changes: dict[str, Any] = {}
            custom = dict(data.custom_fields)
            for name, err in errors.items():
                target = self._field_to_drop(name, err)
                source = sources.get(target) or sources.get(name)
                issues.append(
                    self._issue(
                        row,
                        source,
                        _left_out(err),
                        err.code,
                        Severity.WARNING,
                        target,
                    )
                )
                dropped.add(target)
                if target.startswith(headers.CUSTOM_PREFIX):
                    custom.pop(target[len(headers.CUSTOM_PREFIX) :], None)
                elif target in _DATA_FIELDS:
                    changes[target] = getattr(_DEFAULTS, target)
            data = replace(data, custom_fields=custom, **changes)
        return None  # pragma: no cover - each round removes at least one failing value

    @staticmethod
    def _field_to_drop(name: str, err: ValidationError) -> str:
        """The value to leave out to get past ``err`` (cross-field rules point elsewhere)."""
        if err.code == "address.required_for_einvoice":
            return "einvoice_address"
        if err.code in ("vat_id.required_for_eu", "business_id.required_for_construction"):
            return "vat_treatment"
        return name

    def _contact(
        self,
        row: int,
        values: Mapping[str, str],
        sources: Mapping[str, _Source],
        issues: list[RowIssue],
    ) -> ContactData | None:
        name = values.get(headers.CONTACT_NAME, "")
        phone = values.get(headers.CONTACT_PHONE, "")
        email = values.get(headers.CONTACT_EMAIL, "")
        title = values.get(headers.CONTACT_TITLE, "")
        if not name:
            for target in (headers.CONTACT_PHONE, headers.CONTACT_EMAIL, headers.CONTACT_TITLE):
                if values.get(target):
                    issues.append(
                        self._issue(
                            row,
                            sources[target],
                            Reason(
                                "A contact person's detail without the person's name is left out."
                            ),
                            "contact.name_required",
                            Severity.WARNING,
                            target,
                        )
                    )
            return None
        contact = ContactData(name=name, title=title, phone=phone, email=email, is_default=True)
        for _attempt in range(4):
            try:
                return validate_contact(contact)
            except FieldErrors as exc:
                for field_name, err in exc.errors.items():
                    target = {
                        "phone": headers.CONTACT_PHONE,
                        "email": headers.CONTACT_EMAIL,
                        "title": headers.CONTACT_TITLE,
                    }.get(field_name, headers.CONTACT_NAME)
                    issues.append(
                        self._issue(
                            row,
                            sources.get(target),
                            _left_out(err),
                            err.code,
                            Severity.WARNING,
                            target,
                        )
                    )
                    if field_name == "name":
                        return None
                    contact = _blank_contact_field(contact, field_name)
        return None  # pragma: no cover


def _blank_contact_field(contact: ContactData, name: str) -> ContactData:
    if name == "phone":
        return replace(contact, phone="")
    if name == "email":
        return replace(contact, email="")
    return replace(contact, title="", keywords="")


# --- washing a row of the contacts or offices sheet -----------------------------------

_FLAGS: Final = frozenset({"is_default", "active"})
_CONTACT_TEXTS: Final = ("name", "title", "keywords", "phone", "email")
_OFFICE_TEXTS: Final = (
    "name", "street", "postal_code", "city", "country", "email", "einvoice_address",
    "einvoice_operator",
)  # fmt: skip
_CONTACT_BLANK: Final[dict[str, Any]] = {
    f.name: f.default for f in fields(ContactData)
}  # every field: ``record_from_fields`` then skips the dataclass __init__


@lru_cache(maxsize=4096)
def _owner_number(text: str) -> str:
    """A customer number of a contacts or offices row (the same few thousand repeat)."""
    return normalize_customer_number(text)


@lru_cache(maxsize=64)
def _flag(text: str) -> bool:
    return parse_bool(text)


_Washed = tuple[int, str, Any, tuple[RowIssue, ...], frozenset[str]]
"""A washed row of a contacts or offices sheet: (row, customer number, data or None,
issues, provided fields); joined to its customer when the plan is made."""


@dataclass(frozen=True)
class _WashedSheet:
    """A contacts or offices sheet, washed once; ``remap`` only joins it anew."""

    name: str
    kind: str  # headers.CONTACT_LAYOUT.kind or headers.OFFICE_LAYOUT.kind
    rows: tuple[_Washed, ...]
    number_column: tuple[str, str]  # (header, letter) of the customer number


class _ChildWasher(_Washer):
    """Turns the cells of a contacts or offices row into a validated record."""

    def __init__(
        self, sheet: str, kind: str, columns: Mapping[int, str], header: Sequence[str]
    ) -> None:
        self.contacts = kind == headers.CONTACT_LAYOUT.kind
        self.noun = "contact" if self.contacts else "office"
        # (index, field, header, letter) of every column the layout names.
        self.columns = [
            (index, target, header[index], _letter(index))
            for index, target in sorted(columns.items())
            if target != headers.OWNER_NAME
        ]
        super().__init__(
            sheet, {target: (header, letter) for _i, target, header, letter in self.columns}
        )
        self.number_source: _Source = (*self.header_of[headers.OWNER_NUMBER], "")

    def wash(self, row_number: int, cells: Sequence[Cell]) -> _Washed | None:
        """The washed row, or None for a blank row."""
        values: dict[str, str] = {}
        sources: dict[str, _Source] = {}
        issues: list[RowIssue] = []
        width = len(cells)
        for index, target, header, letter in self.columns:
            if index >= width:
                continue
            cell = cells[index]
            if type(cell) is str:
                if not cell:
                    continue
                text = cell.strip()
                if not text:
                    continue
            elif cell is None:
                continue
            else:
                text = cell_text(cell)
                if not text:
                    continue
                if _wrong_type(cell, target, _FLAGS, frozenset()):
                    issues.append(
                        self._issue(
                            row_number,
                            (header, letter, text),
                            _wrong_kind(text),
                            "cell.wrong_type",
                            Severity.WARNING,
                            target,
                        )
                    )
                    continue
            values[target] = text
            sources[target] = (header, letter, text)
        if not values and not issues:
            return None
        number_text = values.pop(headers.OWNER_NUMBER, "")
        if not number_text:
            issues.append(
                self._issue(
                    row_number,
                    self.number_source,
                    Reason(
                        "No customer number: the contact cannot be joined to a customer and "
                        "is not imported."
                    )
                    if self.contacts
                    else Reason(
                        "No customer number: the office cannot be joined to a customer and "
                        "is not imported."
                    ),
                    f"{self.noun}.customer_number_required",
                    Severity.ERROR,
                    "customer_number",
                )
            )
            return row_number, "", None, tuple(issues), frozenset()
        try:
            number = _owner_number(number_text)
        except ValidationError as exc:
            issues.append(
                self._issue(
                    row_number,
                    sources[headers.OWNER_NUMBER],
                    _not_imported(exc),
                    exc.code,
                    Severity.ERROR,
                    "customer_number",
                )
            )
            return row_number, number_text, None, tuple(issues), frozenset()
        flags: dict[str, bool] = {}
        for name in _FLAGS & values.keys():
            text = values.pop(name)
            try:
                flags[name] = _flag(text)
            except ValidationError as exc:
                issues.append(
                    self._issue(
                        row_number,
                        sources[name],
                        _left_out(exc),
                        exc.code,
                        Severity.WARNING,
                        name,
                    )
                )
        data: ContactData | OfficeData
        if self.contacts:
            data = record_from_fields(ContactData, {**_CONTACT_BLANK, **values, **flags})
        else:
            data = record_from_fields(OfficeData, {**values, **flags})
        clean = self._validate(row_number, data, sources, issues, values)
        if clean is None:
            return row_number, number, None, tuple(issues), frozenset()
        if not self.contacts:
            source = sources.get("postal_code")
            value = getattr(clean, "postal_code", "")
            if source is not None and value and headers.fold(source[2]) != headers.fold(value):
                issues.append(
                    self._issue(
                        row_number,
                        source,
                        Reason("Changed to “{value}”.", value=value),
                        "postal_code.normalised",
                        Severity.INFO,
                        "postal_code",
                    )
                )
        given = frozenset(values.keys() | flags.keys())
        # Nearly every row gives the same columns: one shared set (as for the customer rows).
        return row_number, number, clean, tuple(issues), self._shared(given)

    def _validate(
        self,
        row: int,
        data: ContactData | OfficeData,
        sources: Mapping[str, _Source],
        issues: list[RowIssue],
        values: dict[str, str],
    ) -> ContactData | OfficeData | None:
        for _attempt in range(len(_OFFICE_TEXTS) + 1):
            try:
                if isinstance(data, ContactData):
                    return validate_contact(data)
                return validate_office(data)
            except FieldErrors as exc:
                errors = exc.errors
            if "name" in errors:
                err = errors["name"]
                issues.append(
                    self._issue(
                        row,
                        sources.get("name"),
                        _not_imported(err),
                        err.code,
                        Severity.ERROR,
                        "name",
                    )
                )
                return None
            for name, err in errors.items():
                issues.append(
                    self._issue(
                        row,
                        sources.get(name),
                        _left_out(err),
                        err.code,
                        Severity.WARNING,
                        name,
                    )
                )
                values.pop(name, None)  # not given, so an update keeps what it has
            blank: dict[str, Any] = dict.fromkeys(errors, "")
            data = replace(data, **blank)
        return None  # pragma: no cover - each round removes at least one failing value


# --- the service -----------------------------------------------------------------------


@dataclass
class _Register:
    """What duplicate detection needs to know about the register."""

    by_number: dict[str, tuple[int, str, str]]
    by_business_id: dict[str, tuple[int, str, str]]
    names: dict[str, list[tuple[str, int, str, str, str]]]  # prefix → (cname, id, no, name, bid)
    numbers: set[str]


def _name_block(cname: str) -> str:
    return cname[:3]


def _is_child_sheet(rows: Sequence[Sequence[Cell]]) -> bool:
    return headers.child_header([[cell_text(c) for c in row] for row in rows]) is not None


def _wash_children(sheets: Sequence[RawSheet]) -> tuple[_WashedSheet, ...]:
    """The first contacts sheet and the first offices sheet, washed."""
    out: dict[str, _WashedSheet] = {}
    for raw in sheets:
        texts = [[cell_text(c) for c in row] for row in raw.rows[: headers.HEADER_SCAN_ROWS]]
        found = headers.child_header(texts)
        if found is None or found[0].kind in out:
            continue
        layout, header_index, columns = found
        header = texts[header_index] + [""] * (max(columns) + 1)
        washer = _ChildWasher(raw.name, layout.kind, columns, header)
        header_cells = raw.rows[header_index]
        washed: list[_Washed] = []
        for offset, cells in enumerate(raw.rows[header_index + 1 :]):
            if cells == header_cells:
                continue  # the header repeated
            row = washer.wash(header_index + offset + 2, cells)
            if row is not None:
                washed.append(row)
        number_index = next(i for i, t in columns.items() if t == headers.OWNER_NUMBER)
        out[layout.kind] = _WashedSheet(
            raw.name, layout.kind, tuple(washed), (header[number_index], _letter(number_index))
        )
    return tuple(
        out[k] for k in (headers.CONTACT_LAYOUT.kind, headers.OFFICE_LAYOUT.kind) if k in out
    )


class _Joiner:
    """Joins the rows of the contacts and offices sheets to their customers."""

    def __init__(
        self,
        raw: RawSheet,
        columns: Sequence[ColumnMapping],
        planned: Sequence[PlannedRow],
        register: _Register,
    ) -> None:
        self.sheet = raw.name
        self.register = register
        # A number's first row in the file gets the contacts; a later row with the same
        # number is a duplicate that is skipped, merged into the first or renumbered.
        self.rows: dict[str, int] = {}
        number_index = next((c.index for c in columns if c.target == "customer_number"), None)
        self.rejected: dict[str, int] = {}
        for row in planned:
            if row.data is not None:
                if row.had_number:
                    self.rows.setdefault(row.data.customer_number, row.row)
            elif number_index is not None:
                cells = raw.rows[row.row - 1]
                text = cell_text(cells[number_index]) if number_index < len(cells) else ""
                if text:
                    with suppress(ValidationError):
                        text = _owner_number(text)
                    self.rejected.setdefault(text, row.row)

    def join(self, sheet: _WashedSheet, kind: type[_Child]) -> tuple[PlannedChild[_Child], ...]:
        noun = "contact" if kind is ContactData else "office"
        out: list[PlannedChild[_Child]] = []
        rows, rejected, register = self.rows, self.rejected, self.register.by_number
        issues: tuple[RowIssue, ...]
        for row, number, data, issues, provided in sheet.rows:
            if data is None:
                out.append(PlannedChild(row, number, None, issues))
                continue
            customer_row = rows.get(number)
            if customer_row is not None:
                out.append(PlannedChild(row, number, data, issues, provided, customer_row))
                continue
            reason: Reason
            if number in rejected:
                params = {"number": number, "row": rejected[number], "sheet": self.sheet}
                reason = (
                    Reason(
                        "The customer {number} on row {row} of sheet “{sheet}” is not "
                        "imported, so neither is this contact.",
                        **params,
                    )
                    if noun == "contact"
                    else Reason(
                        "The customer {number} on row {row} of sheet “{sheet}” is not "
                        "imported, so neither is this office.",
                        **params,
                    )
                )
                code = f"{noun}.customer_rejected"
            elif number in register:
                out.append(
                    PlannedChild(row, number, data, issues, provided, None, register[number][0])
                )
                continue
            else:
                reason = (
                    Reason(
                        "No customer has the customer number {number}, in this file or in the "
                        "register; the contact is not imported.",
                        number=number,
                    )
                    if noun == "contact"
                    else Reason(
                        "No customer has the customer number {number}, in this file or in the "
                        "register; the office is not imported.",
                        number=number,
                    )
                )
                code = f"{noun}.customer_not_found"
            issue = RowIssue(
                sheet.name,
                row,
                sheet.number_column[0],
                number,
                reason,
                code,
                Severity.ERROR,
                "customer_number",
                sheet.number_column[1],
            )
            out.append(PlannedChild(row, number, None, (*issues, issue)))
        return tuple(out)


class ExcelImportService:
    """Import customers from spreadsheets, and undo imports.

    Attributes:
        db: The open register.
        dependents: Records kept by law on customers (an undo leaves such customers).
        backups: Makes the backup that goes before every import.
    """

    def __init__(self, db: Database, dependents: DependentRecords, backups: BackupService) -> None:
        self.db = db
        self.dependents = dependents
        self.backups = backups

    # --- phase 1: analyse --------------------------------------------------------------

    @_gc_paused()
    def analyse(
        self,
        path: Path | str,
        sheet: str | None = None,
        *,
        unknown_columns: UnknownColumns = UnknownColumns.CUSTOM,
    ) -> ImportPlan:
        """Read the file and plan the import; writes nothing.

        Raises:
            ImportFileError: Not a spreadsheet, encrypted, empty, no header row ...
        """
        path = Path(path)
        raw, companions = read_workbook(path, sheet, companion=_is_child_sheet)
        rows_text = [[cell_text(c) for c in row] for row in raw.rows[: headers.HEADER_SCAN_ROWS]]
        if not any(any(cells) for cells in rows_text) and not any(
            any(c not in (None, "") for c in row) for row in raw.rows
        ):
            raise ImportFileError(
                "The sheet “{sheet}” is empty.", code="import.empty_sheet", sheet=raw.name
            )
        header_index = headers.detect_header_row(rows_text)
        if header_index is None:
            raise ImportFileError(
                "No header row was found in sheet “{sheet}”: the first {count} rows should "
                "include a row naming the columns, such as Nimi, Y-tunnus, Sähköposti.",
                code="import.no_header",
                sheet=raw.name,
                count=headers.HEADER_SCAN_ROWS,
            )
        columns = self._columns(raw, header_index, unknown_columns)
        children = _wash_children(companions)
        del companions  # the washed rows are all the plan keeps of those sheets
        plan = self._plan(path, raw, header_index, columns, unknown_columns, children)
        return _out_of_collections_while_alive(plan)

    @_gc_paused()
    def remap(self, plan: ImportPlan, overrides: Mapping[int, str]) -> ImportPlan:
        """The plan again with some columns mapped by hand: column index → target.

        A target is a field name (``excel_headers.import_targets()``),
        ``"custom:<name>"`` or ``""`` to ignore the column.
        """
        if plan._raw is None:  # pragma: no cover - plans come from analyse
            raise ValueError("the plan has no sheet data")
        columns = []
        for column in plan.columns:
            if column.index in overrides:
                target = overrides[column.index]
                if (
                    target
                    and not target.startswith(headers.CUSTOM_PREFIX)
                    and target not in headers.TARGETS
                ):
                    raise ValueError(f"unknown import target {target!r}")
                column = replace(column, target=target, confidence=1.0)
            elif (
                overrides
                and column.target
                in {
                    overrides[i]
                    for i in overrides
                    if overrides[i] and overrides[i] in headers.TARGETS
                }
                - headers.MULTI_TARGETS
            ):
                # The field was given to another column by hand.
                column = replace(column, target="", confidence=0.0)
            columns.append(column)
        remapped = self._plan(
            plan.path,
            plan._raw,
            plan.header_row - 1,
            tuple(columns),
            plan.unknown_columns,
            plan._children,
        )
        return _out_of_collections_while_alive(remapped)

    def _columns(
        self, raw: RawSheet, header_index: int, unknown: UnknownColumns
    ) -> tuple[ColumnMapping, ...]:
        header_cells = [cell_text(c) for c in raw.rows[header_index]]
        width = max((len(r) for r in raw.rows[header_index:]), default=0)
        header_cells += [""] * (width - len(header_cells))
        matches = headers.resolve_targets([headers.match_header(h) for h in header_cells])
        body = raw.rows[header_index + 1 :]
        columns: list[ColumnMapping] = []
        for index, (header, match) in enumerate(zip(header_cells, matches, strict=True)):
            samples: list[str] = []
            # Samples are for showing; a named column needs no more than a first look, but
            # a column without a header is kept only if some row has a value in it.
            for row in body[:SAMPLE_SCAN_ROWS] if header else body:
                if index < len(row) and row[index] not in (None, ""):
                    text = cell_text(row[index])
                    if text:
                        samples.append(text)
                        if len(samples) >= 3:
                            break
            target = match.target
            if not target and unknown is UnknownColumns.CUSTOM and (header or samples):
                name = header or f"Sarake {_letter(index)}"
                target = headers.CUSTOM_PREFIX + name
            columns.append(
                ColumnMapping(
                    index, _letter(index), header, target, match.confidence, tuple(samples)
                )
            )
        return tuple(columns)

    def _plan(
        self,
        path: Path,
        raw: RawSheet,
        header_index: int,
        columns: tuple[ColumnMapping, ...],
        unknown: UnknownColumns,
        children: tuple[_WashedSheet, ...] = (),
    ) -> ImportPlan:
        washer = _RowWasher(raw.name, columns)
        header_cells = raw.rows[header_index]
        header_texts = [cell_text(c) for c in header_cells]
        first = header_cells[0] if header_cells else None
        planned: list[PlannedRow] = []
        for offset, cells in enumerate(raw.rows[header_index + 1 :]):
            if (
                first not in (None, "")
                and cells
                and cells[0] == first
                and [cell_text(c) for c in cells] == header_texts
            ):
                continue  # the header repeated (sheets pasted one under another)
            row = washer.wash(header_index + offset + 2, cells)
            if row is not None:
                planned.append(row)
        if not planned:
            raise ImportFileError(
                "Sheet “{sheet}” has a header row but no customers below it.",
                code="import.no_rows",
                sheet=raw.name,
            )
        targets = {c.target for c in columns}
        problems: list[Reason] = []
        if not targets & {"name", headers.FIRST_NAME, headers.LAST_NAME}:
            problems.append(Reason("No column is mapped to the customer's name."))
        register = self._register()
        planned = self._assign_numbers(planned, register.numbers)
        duplicates = _find_duplicates(planned, register)
        joined = _Joiner(raw, columns, planned, register) if children else None
        contact_sheet, office_sheet = "", ""
        contact_rows: tuple[PlannedContact, ...] = ()
        office_rows: tuple[PlannedOffice, ...] = ()
        for child in children:
            assert joined is not None
            if child.kind == headers.CONTACT_LAYOUT.kind:
                contact_sheet = child.name
                contact_rows = joined.join(child, ContactData)
            else:
                office_sheet = child.name
                office_rows = joined.join(child, OfficeData)
        return ImportPlan(
            path=path,
            file_format=raw.file_format,
            sheet=raw.name,
            sheets=raw.sheet_names,
            header_row=header_index + 1,
            columns=columns,
            rows=tuple(planned),
            duplicates=tuple(duplicates),
            unknown_columns=unknown,
            problems=tuple(problems),
            contact_sheet=contact_sheet,
            contact_rows=contact_rows,
            office_sheet=office_sheet,
            office_rows=office_rows,
            _raw=raw,
            _children=children,
        )

    def _register(self) -> _Register:
        by_number: dict[str, tuple[int, str, str]] = {}
        by_bid: dict[str, tuple[int, str, str]] = {}
        names: dict[str, list[tuple[str, int, str, str, str]]] = {}
        with self.db.read() as session:
            for cid, number, name, bid in session.execute(
                select(Customer.id, Customer.customer_number, Customer.name, Customer.business_id)
            ):
                by_number[number] = (cid, number, name)
                if bid:
                    by_bid.setdefault(bid, (cid, number, name))
                cname = comparable_name(name)
                if len(cname) >= 3:
                    names.setdefault(_name_block(cname), []).append((cname, cid, number, name, bid))
            numbers = set(by_number)
            for alias, cid in session.execute(
                select(CustomerNumberAlias.number, CustomerNumberAlias.customer_id)
            ):
                numbers.add(alias)
                target = next((v for v in by_number.values() if v[0] == cid), None)
                if target is not None:
                    by_number.setdefault(alias, target)
        return _Register(by_number, by_bid, names, numbers)

    @staticmethod
    def _assign_numbers(rows: list[PlannedRow], taken: set[str]) -> list[PlannedRow]:
        if all(row.data is None or row.had_number for row in rows):
            return rows  # every row has its number: nothing to suggest
        used = set(taken) | {
            r.data.customer_number for r in rows if r.data is not None and r.had_number
        }
        out: list[PlannedRow] = []
        next_number = suggest_customer_number(used)
        for row in rows:
            if row.data is not None and not row.had_number:
                number = next_number
                used.add(number)
                next_number = suggest_customer_number([number])
                issue = RowIssue(
                    sheet=row.issues[0].sheet if row.issues else "",
                    row=row.row,
                    column="",
                    value="",
                    message=Reason("No customer number; {number} is given.", number=number),
                    code="customer_number.assigned",
                    severity=Severity.INFO,
                    field="customer_number",
                )
                row = replace(
                    row,
                    data=replace(row.data, customer_number=number),
                    issues=(*row.issues, issue),
                )
            out.append(row)
        return out

    # --- phase 2: apply ----------------------------------------------------------------

    @_gc_paused()
    def apply(
        self,
        plan: ImportPlan,
        mapping_overrides: Mapping[int, str] | None = None,
        duplicate_choices: Mapping[str, DuplicateAction] | None = None,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        dry_run: bool = False,
        user: str | None = None,
    ) -> ImportResult:
        """Back up the register, then write the plan in one transaction as an undoable batch.

        Args:
            plan: From :meth:`analyse` (or :meth:`remap`).
            mapping_overrides: Column index → target, applied with :meth:`remap` first.
            duplicate_choices: Group key → action; groups not named use ``proposed``.
            progress: Called with (done, total) while writing.
            cancel: Polled between chunks; True rolls back and raises ImportCancelled.
            dry_run: Do everything, then roll back; the result tells what would happen.
            user: Recorded with the batch (default: the OS user).

        Raises:
            ImportFileError: The plan cannot be applied (e.g. no name column).
            ImportCancelled: ``cancel()`` returned True; nothing was written.
            BackupFailed: No backup could be made first; nothing was written.
        """
        if mapping_overrides:
            plan = self.remap(plan, mapping_overrides)
        if plan.problems:
            first = plan.problems[0]  # the GUI shows them all before it lets apply run
            raise ImportFileError(first.template, code="import.plan", **dict(first.params))
        choices = {g.key: (duplicate_choices or {}).get(g.key, g.proposed) for g in plan.duplicates}
        if not dry_run:
            self.backups.backup_before(BackupKind.BEFORE_IMPORT)
        try:
            with self.db.transaction() as session:
                result = _Applier(session, plan, choices, progress, cancel).run(
                    user if user is not None else _os_user(), dry_run
                )
                if dry_run:
                    raise _DryRunDone(result)
        except _DryRunDone as done:
            return done.result
        return result

    # --- undo --------------------------------------------------------------------------

    def batches(self) -> list[BatchInfo]:
        """Every import, newest first."""
        with self.db.read() as session:
            return [
                BatchInfo(
                    b.id,
                    b.file_name,
                    b.sheet,
                    b.created_at,
                    b.user,
                    b.created_count,
                    b.updated_count,
                    b.skipped_count,
                    b.undone_at,
                )
                for b in session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
            ]

    def undo_import(self, batch_id: int) -> UndoResult:
        """Remove the customers a batch created and restore those it updated.

        Customers edited since the import, or holding records that must be kept, are left
        as they are and listed in ``kept``.

        Raises:
            NotFound: No such batch.
            RuleViolation: The batch was undone already.
        """
        with self.db.transaction() as session:
            batch = session.get(ImportBatch, batch_id)
            if batch is None:
                raise NotFound(
                    "There is no import number {batch}.", code="import.not_found", batch=batch_id
                )
            if batch.undone_at is not None:
                raise RuleViolation(
                    "Import {batch} has been undone already.",
                    code="import.undone_already",
                    batch=batch_id,
                )
            entries = list(
                session.execute(
                    select(ImportEntry.customer_id, ImportEntry.action, ImportEntry.previous)
                    .where(ImportEntry.batch_id == batch_id)
                    .order_by(ImportEntry.id)
                )
            )
            ids = [cid for cid, _, _ in entries if cid is not None]
            edited = _edited_since(session, ids, batch.applied_at)
            info = {
                cid: (number, name)
                for cid, number, name in _chunked_select(
                    session, select(Customer.id, Customer.customer_number, Customer.name), ids
                )
            }
            kept: list[KeptCustomer] = []
            to_delete: list[int] = []
            restored = 0
            # Newest first: when two rows updated the same customer, the first one's
            # snapshot (the card before the import) is restored last.
            for cid, action, previous in reversed(entries):
                if cid is None or cid not in info:
                    continue  # deleted since: nothing to undo
                number, name = info[cid]
                if cid in edited:
                    kept.append(
                        KeptCustomer(
                            cid, number, name, Reason("Edited after the import; left as it is.")
                        )
                    )
                    continue
                if action == "created":
                    held = self.dependents.kept(session, cid)
                    if held:
                        kept.append(
                            KeptCustomer(
                                cid,
                                number,
                                name,
                                Reason(
                                    "Has records that must be kept ({what}).",
                                    what=", ".join(f"{c} {n}" for n, c in held.items()),
                                ),
                            )
                        )
                        continue
                    to_delete.append(cid)
                else:
                    _restore(session, cid, json.loads(previous or "{}"))
                    restored += 1
            kept.reverse()  # in the import's order
            for chunk in in_chunks(to_delete):
                session.execute(
                    update(Customer)
                    .where(Customer.alt_billing_customer_id.in_(chunk))
                    .values(alt_billing_customer_id=None)
                )
                session.execute(delete(Customer).where(Customer.id.in_(chunk)))
            batch.undone_at = utcnow()
        return UndoResult(batch_id, len(to_delete), restored, tuple(kept))

    # --- report --------------------------------------------------------------------------

    def write_report(
        self, path: Path | str, plan: ImportPlan, result: ImportResult | None = None
    ) -> Path:
        """Write the rows and reasons to an .xlsx (``--report``)."""
        from asiakasrekisteri.services.excel_export import write_import_report

        return write_import_report(Path(path), plan, result)


class _DryRunDone(Exception):
    def __init__(self, result: ImportResult) -> None:
        super().__init__("dry run")
        self.result = result


def _chunked_select(session: Session, stmt: Any, ids: Sequence[int]) -> Iterable[Any]:
    column = stmt.selected_columns[0]
    for chunk in in_chunks(ids):
        yield from session.execute(stmt.where(column.in_(chunk)))


def _edited_since(session: Session, ids: Sequence[int], since: datetime) -> set[int]:
    if not ids:
        return set()
    wanted = set(ids)
    edited = {
        cid
        for (cid,) in session.execute(select(Customer.id).where(Customer.updated_at > since))
        if cid in wanted
    }
    for model in (ContactPerson, Office, Note):
        for (cid,) in session.execute(
            select(model.customer_id).where(model.updated_at > since).distinct()
        ):
            if cid in wanted:
                edited.add(cid)
    return edited


def _restore(session: Session, customer_id: int, previous: Mapping[str, Any]) -> None:
    customer = session.get(Customer, customer_id)
    if customer is None:  # pragma: no cover - checked by the caller
        return
    if "data" in previous:  # not for a customer that only got contacts or offices
        data = data_from_json(previous["data"])
        apply_customer_data(session, customer, data, previous.get("alt_billing_customer_id"))
    children: tuple[tuple[str, list[Any]], ...] = (
        ("contacts", customer.contacts),
        ("offices", customer.offices),
    )
    for kind, rows in children:
        added = set(previous.get(f"{kind}_added", ()))
        for row in list(rows):
            if row.id in added:
                rows.remove(row)
        # The values before the import of each one it changed (older imports kept only
        # the name, title, phone and e-mail of contacts).
        before = {c["id"]: c for c in previous.get(f"{kind}_changed", ())}
        for row in rows:
            for name, value in before.get(row.id, {}).items():
                if name != "id" and getattr(row, name) != value:
                    setattr(row, name, value)


# --- duplicates ------------------------------------------------------------------------


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _find_duplicates(rows: Sequence[PlannedRow], register: _Register) -> list[DuplicateGroup]:
    accepted = [r for r in rows if r.data is not None]
    groups: list[DuplicateGroup] = []
    followers: set[int] = set()
    # Within the file: same number, same Y-tunnus, or (rows without numbers) similar names.
    uf = _UnionFind()
    reason_of: dict[int, str] = {}
    first_by: dict[tuple[str, str], int] = {}
    for row in accepted:
        assert row.data is not None
        keys = []
        if row.had_number:
            keys.append(("customer_number", row.data.customer_number))
        if row.data.business_id:
            keys.append(("business_id", row.data.business_id))
        for key in keys:
            first = first_by.setdefault(key, row.row)
            if first != row.row:
                uf.union(first, row.row)
                reason_of.setdefault(uf.find(first), key[0])
    unnumbered: dict[str, list[tuple[str, PlannedRow]]] = {}
    for row in accepted:
        assert row.data is not None
        if not row.had_number:
            cname = comparable_name(row.data.name)
            if len(cname) >= 3:
                unnumbered.setdefault(_name_block(cname), []).append((cname, row))
    for block in unnumbered.values():
        for i, (cname, row) in enumerate(block):
            for other_name, other in block[i + 1 :]:
                assert row.data is not None and other.data is not None
                bid_a, bid_b = row.data.business_id, other.data.business_id
                if bid_a and bid_b and bid_a != bid_b:
                    continue
                if fuzz.token_sort_ratio(cname, other_name) >= NAME_MATCH_CUTOFF:
                    uf.union(row.row, other.row)
                    reason_of.setdefault(uf.find(row.row), "name")
    members: dict[int, list[int]] = {}
    for row in accepted:
        if row.row in uf.parent:
            members.setdefault(uf.find(row.row), []).append(row.row)
    for root, group_rows in sorted(members.items()):
        if len(group_rows) < 2:
            continue
        reason = reason_of.get(root, "name")
        groups.append(
            DuplicateGroup(
                key=f"file:{group_rows[0]}",
                reason=reason,
                rows=tuple(group_rows),
                existing=None,
                score=100 if reason != "name" else NAME_MATCH_CUTOFF.__int__(),
                proposed=DuplicateAction.SKIP,
            )
        )
        followers.update(group_rows[1:])
    # Against the register: number (or merged-away number), then Y-tunnus, then name.
    by_customer: dict[int, tuple[str, int, list[int], ExistingCustomer]] = {}
    for row in accepted:
        assert row.data is not None
        if row.row in followers:
            continue
        hit: tuple[int, str, str] | None = None
        reason = ""
        score = 100
        if row.had_number and row.data.customer_number in register.by_number:
            hit, reason = register.by_number[row.data.customer_number], "customer_number"
        elif row.data.business_id and row.data.business_id in register.by_business_id:
            hit, reason = register.by_business_id[row.data.business_id], "business_id"
        elif register.names:  # an empty register has no names to compare with
            cname = comparable_name(row.data.name)
            pool = register.names.get(_name_block(cname), []) if len(cname) >= 3 else []
            if pool:
                candidates = [
                    c
                    for c in pool
                    if not (row.data.business_id and c[4] and c[4] != row.data.business_id)
                ]
                found = process.extractOne(
                    cname,
                    [c[0] for c in candidates],
                    scorer=fuzz.token_sort_ratio,
                    score_cutoff=NAME_MATCH_CUTOFF,
                )
                if found is not None:
                    match = candidates[found[2]]
                    hit, reason, score = (match[1], match[2], match[3]), "name", int(found[1])
        if hit is None:
            continue
        existing = ExistingCustomer(*hit)
        entry = by_customer.setdefault(existing.id, (reason, score, [], existing))
        entry[2].append(row.row)
    for cid, (reason, score, group_rows, existing) in by_customer.items():
        groups.append(
            DuplicateGroup(
                key=f"register:{cid}",
                reason=reason,
                rows=tuple(group_rows),
                existing=existing,
                score=score,
                proposed=DuplicateAction.NEW if reason == "name" else DuplicateAction.UPDATE,
            )
        )
    return groups


# --- writing ---------------------------------------------------------------------------


def _overlay(base: CustomerData, row: PlannedRow) -> CustomerData:
    """``base`` with the fields the row gave; the customer number is kept."""
    assert row.data is not None
    changes = {name: getattr(row.data, name) for name in row.provided if name != "customer_number"}
    custom = {**dict(base.custom_fields), **dict(row.data.custom_fields)}
    return replace(base, custom_fields=custom, **changes)


CHILDREN_ACTION: Final = "contacts_offices"
"""``ImportEntry.action`` of a register customer that got only contacts or offices."""

_Item = tuple[Any, bool | None, frozenset[str], int | None]
"""A contact or office to write: (ContactData or OfficeData, the default it asks for or
None, the fields it gives, its row on the contacts or offices sheet or None)."""

# The customer sheet's contact updates a contact of the same name with these (as before
# the contacts sheet was read).
_MAIN_CONTACT_FIELDS: Final = frozenset({"title", "phone", "email"})
_CONTACT_SNAPSHOT: Final = (*_CONTACT_TEXTS, "active", "is_default")
_OFFICE_SNAPSHOT: Final = (*_OFFICE_TEXTS, "is_default")


def _sheet_item(child: PlannedContact | PlannedOffice) -> _Item:
    return child.data, child.default, child.provided, child.row


def _joined(main: list[_Item], sheet: Sequence[PlannedContact]) -> list[_Item]:
    """The customer sheet's contacts and the contacts sheet's rows of one customer.

    A contact of the customer sheet and a row of the same name (case aside) are one
    contact, in the row's place, with the row's values where it gives them. Of several
    rows with that name it is the first that agrees with every value the customer sheet
    gives (the export names one of the rows there), else the first. The customer sheet's
    contacts that no row names come first, as they did alone.
    """
    if not sheet:
        return main
    partner: dict[int, int] = {}  # sheet index → main index
    for at, (base, *_rest) in enumerate(main):
        key = base.name.casefold()
        same = [
            index
            for index, child in enumerate(sheet)
            if index not in partner and child.data is not None and child.data.name.casefold() == key
        ]
        if same:
            agreeing = (i for i in same if _agrees(base, sheet[i].data))
            partner[next(agreeing, same[0])] = at
    rows: list[_Item] = []
    for index, child in enumerate(sheet):
        data = child.data
        assert data is not None
        main_at = partner.get(index)
        if main_at is None:
            rows.append((data, child.default, child.provided, child.row))
            continue
        base, base_default, base_provided, _ = main[main_at]
        default = child.default
        rows.append(
            (
                _combined(base, data, child.provided),
                base_default if default is None else default,
                child.provided | base_provided,
                child.row,
            )
        )
    used = set(partner.values())
    return [item for at, item in enumerate(main) if at not in used] + rows


def _agrees(base: ContactData, row: ContactData | None) -> bool:
    """Whether ``row`` has every value that ``base`` has."""
    return row is not None and all(
        not getattr(base, name) or getattr(base, name) == getattr(row, name)
        for name in _CONTACT_TEXTS[1:]
    )


def _combined(base: ContactData, row: ContactData, provided: frozenset[str]) -> ContactData:
    """``base`` with the values a contacts-sheet row gives (the row wins)."""
    if all(not getattr(base, name) or name in provided for name in _CONTACT_TEXTS) and (
        row.active == base.active or "active" in provided
    ):
        return row  # the usual case: the row names everything the customer sheet did
    changes: dict[str, Any] = {
        name: getattr(row, name) for name in provided if name in _CONTACT_TEXTS
    }
    if "active" in provided:
        changes["active"] = row.active
    return replace(base, **changes)


def _resolved(items: Sequence[_Item], *, auto_default: bool) -> list[Any]:
    """New contacts or offices in order, with the card's rule for the default.

    A default asked for takes it from the ones before (the last one asking wins); an item
    without a say becomes the default when ``auto_default`` and none is yet.
    """
    out: list[Any] = []
    current = -1
    for data, default, _provided, _row in items:
        if default is None:
            default = auto_default and current < 0
        if default:
            if current >= 0:
                out[current] = replace(out[current], is_default=False)
            current = len(out)
        out.append(data if data.is_default is default else replace(data, is_default=default))
    return out


class _Applier:
    """One run of ``apply`` inside one session."""

    def __init__(
        self,
        session: Session,
        plan: ImportPlan,
        choices: Mapping[str, DuplicateAction],
        progress: Progress | None,
        cancel: Cancel | None,
    ) -> None:
        self.session = session
        self.plan = plan
        self.choices = choices
        self.progress = progress
        self.cancel = cancel
        self.issues: list[RowIssue] = []
        self.skipped: list[RowOutcome] = []
        self.created: list[RowOutcome] = []
        self.updated: list[RowOutcome] = []
        self._created_rows: list[PlannedRow] = []
        # [added, updated, skipped] rows of the contacts and of the offices sheet.
        self.counts: dict[str, list[int]] = {"contact": [0, 0, 0], "office": [0, 0, 0]}
        # The sheets' rows by the customer row they go with, and by register customer.
        self._children: dict[int, tuple[list[PlannedContact], list[PlannedOffice]]] = {}
        self._register_children: dict[int, tuple[list[PlannedContact], list[PlannedOffice]]] = {}

    def _tick(self, done: int, total: int) -> None:
        if self.cancel is not None and self.cancel():
            raise ImportCancelled("The import was cancelled; nothing was saved.")
        if self.progress is not None:
            self.progress(done, total)

    def _info(self, row: PlannedRow, message: Reason, code: str) -> None:
        self.issues.append(RowIssue(self.plan.sheet, row.row, "", "", message, code, Severity.INFO))

    def _sort_children(self) -> None:
        by_row, by_customer = self._children, self._register_children
        for contact in self.plan.contact_rows:
            self.issues.extend(contact.issues)
            if contact.data is None:
                self.counts["contact"][2] += 1
            elif contact.customer_row is not None:
                by_row.setdefault(contact.customer_row, ([], []))[0].append(contact)
            elif contact.customer_id is not None:
                by_customer.setdefault(contact.customer_id, ([], []))[0].append(contact)
        for office in self.plan.office_rows:
            self.issues.extend(office.issues)
            if office.data is None:
                self.counts["office"][2] += 1
            elif office.customer_row is not None:
                by_row.setdefault(office.customer_row, ([], []))[1].append(office)
            elif office.customer_id is not None:
                by_customer.setdefault(office.customer_id, ([], []))[1].append(office)

    def _take_children(self, row: int) -> tuple[list[PlannedContact], list[PlannedOffice]]:
        return self._children.pop(row, ([], []))

    def _skip_children(self, row: int, reason: Reason) -> None:
        """The contacts and offices of a customer row that is not imported are not either."""
        contacts, offices = self._take_children(row)
        self._skip_items(
            row,
            reason,
            [_sheet_item(c) for c in contacts],
            [_sheet_item(o) for o in offices],
        )

    def run(self, user: str, dry_run: bool) -> ImportResult:
        plan = self.plan
        by_row = {r.row: r for r in plan.rows}
        for row in plan.rows:
            self.issues.extend(row.issues)
            if row.data is None:
                why = tuple(i.message for i in row.issues if i.severity is Severity.ERROR)
                self.skipped.append(RowOutcome(row.row, "", "", why or (Reason("Rejected."),)))
        self._sort_children()
        skip: dict[int, Reason] = {}
        merged_into: dict[int, list[int]] = {}
        targets: dict[int, ExistingCustomer] = {}
        for group in plan.duplicates:
            action = self.choices[group.key]
            if group.existing is None:
                leader, others = group.rows[0], group.rows[1:]
                if action is DuplicateAction.SKIP:
                    duplicate = _duplicate_of(leader, group.reason)
                    for r in others:
                        skip[r] = duplicate
                elif action is DuplicateAction.UPDATE:
                    merged_into[leader] = list(others)
                    merged = Reason("Merged into row {row}.", row=leader)
                    for r in others:
                        skip[r] = merged
            elif action is DuplicateAction.SKIP:
                known = Reason(
                    "Already in the register as {number} {name}.",
                    number=group.existing.customer_number,
                    name=group.existing.name,
                )
                for r in group.rows:
                    skip[r] = known
            elif action is DuplicateAction.UPDATE:
                for r in group.rows:
                    targets[r] = group.existing
        creates: list[tuple[PlannedRow, list[ContactData], list[OfficeData]]] = []
        updates: list[tuple[PlannedRow, ExistingCustomer, list[_Item], list[_Item]]] = []
        contacts_added = offices_added = 0
        for row in plan.rows:
            if row.data is None:
                continue
            if row.row in skip:
                self.skipped.append(
                    RowOutcome(row.row, row.data.customer_number, row.data.name, (skip[row.row],))
                )
                self._skip_children(row.row, skip[row.row])
                continue
            contacts = [row.contact] if row.contact else []
            sheet_contacts, sheet_offices = self._take_children(row.row)
            for other_row in merged_into.get(row.row, ()):
                other = by_row[other_row]
                row = replace(
                    row,
                    data=_overlay(row.data, other) if row.data else None,
                    provided=row.provided | other.provided,
                )
                if other.contact and all(
                    c.name.casefold() != other.contact.name.casefold() for c in contacts
                ):
                    contacts.append(replace(other.contact, is_default=not contacts))
                more_contacts, more_offices = self._take_children(other_row)
                sheet_contacts += more_contacts
                sheet_offices += more_offices
            offices = [_sheet_item(o) for o in sheet_offices]
            if row.row in targets:
                # As before the sheets: a new contact from the customer sheet becomes the
                # default only when the customer has none.
                main: list[_Item] = [(c, None, _MAIN_CONTACT_FIELDS, None) for c in contacts]
                updates.append((row, targets[row.row], _joined(main, sheet_contacts), offices))
            else:
                main = [(c, c.is_default, _MAIN_CONTACT_FIELDS, None) for c in contacts]
                creates.append(
                    (
                        row,
                        _resolved(_joined(main, sheet_contacts), auto_default=True),
                        _resolved(offices, auto_default=False),
                    )
                )
                contacts_added += len(sheet_contacts)
                offices_added += len(sheet_offices)
        self.counts["contact"][0] += contacts_added
        self.counts["office"][0] += offices_added
        # Rows for a register customer whose number the customer sheet does not have go
        # with that customer's update if a row updates it, else on their own.
        first_update: dict[int, int] = {}
        for index, (_row, existing, _c, _o) in enumerate(updates):
            first_update.setdefault(existing.id, index)
        children_only: list[tuple[int, list[_Item], list[_Item]]] = []
        for customer_id, (cs, os_) in self._register_children.items():
            contact_items = [_sheet_item(c) for c in cs]
            office_items = [_sheet_item(o) for o in os_]
            if customer_id in first_update:
                index = first_update[customer_id]
                row, existing, have_contacts, have_offices = updates[index]
                updates[index] = (
                    row,
                    existing,
                    have_contacts + contact_items,
                    have_offices + office_items,
                )
            else:
                children_only.append((customer_id, contact_items, office_items))
        total = len(creates) + len(updates)
        self._tick(0, total)
        batch = ImportBatch(file_name=str(plan.path.name), sheet=plan.sheet[:100], user=user[:100])
        self.session.add(batch)
        self.session.flush()
        entries: list[dict[str, Any]] = []
        created_ids = self._create(creates, total, entries, batch.id)
        self._update(updates, len(creates), total, entries, batch.id)
        self._update_children_only(children_only, entries, batch.id)
        self._alt_billing(created_ids)
        self.session.flush()
        if entries:
            # Not a tracked table: straight to the driver, like the customers themselves.
            self.session.info["backend"].insert_rows(
                self.session.connection(), ImportEntry.__table__, entries
            )
        batch.created_count = len(self.created)
        batch.updated_count = len(self.updated)
        batch.skipped_count = len(self.skipped)
        self.session.flush()
        batch.applied_at = utcnow()
        self._tick(total, total)
        self.skipped.sort(key=lambda o: o.row)
        sheet_order = {
            name: index
            for index, name in enumerate((plan.contact_sheet, plan.office_sheet), 1)
            if name
        }
        return ImportResult(
            batch_id=None if dry_run else batch.id,
            created=tuple(self.created),
            updated=tuple(self.updated),
            skipped=tuple(self.skipped),
            issues=tuple(sorted(self.issues, key=lambda i: (sheet_order.get(i.sheet, 0), i.row))),
            dry_run=dry_run,
            sheet=plan.sheet,
            contacts=ChildCounts(plan.contact_sheet, *self.counts["contact"])
            if plan.contact_sheet
            else None,
            offices=ChildCounts(plan.office_sheet, *self.counts["office"])
            if plan.office_sheet
            else None,
        )

    def _taken_numbers(self) -> set[str]:
        numbers = set(self.session.scalars(select(Customer.customer_number)))
        numbers.update(self.session.scalars(select(CustomerNumberAlias.number)))
        return numbers

    def _create(
        self,
        creates: list[tuple[PlannedRow, list[ContactData], list[OfficeData]]],
        total: int,
        entries: list[dict[str, Any]],
        batch_id: int,
    ) -> dict[str, int]:
        if not creates:
            return {}
        taken = self._taken_numbers()
        items: list[NewCustomer] = []
        rows: list[PlannedRow] = []
        next_number: str | None = None
        for row, contacts, offices in creates:
            assert row.data is not None
            data = row.data
            if data.customer_number in taken:
                next_number = suggest_customer_number(
                    taken if next_number is None else [next_number]
                )
                while next_number in taken:
                    next_number = suggest_customer_number([next_number])
                self._info(
                    row,
                    Reason(
                        "Customer number {number} is in use; {new} is given.",
                        number=data.customer_number,
                        new=next_number,
                    ),
                    "customer_number.reassigned",
                )
                data = replace(data, customer_number=next_number)
            taken.add(data.customer_number)
            items.append(NewCustomer(data, contacts, offices))
            rows.append(row if data is row.data else replace(row, data=data))
        ids: dict[str, int] = {}
        definitions = self._custom_definitions(items)
        for start in range(0, len(items), CHUNK):
            chunk = items[start : start + CHUNK]
            chunk_ids = insert_customers(self.session, chunk)
            values = [
                {"customer_id": cid, "definition_id": definitions[name], "value": value}
                for cid, item in zip(chunk_ids, chunk, strict=True)
                for name, value in item.data.custom_fields.items()
            ]
            if values:
                self.session.execute(insert(CustomFieldValue), values)
            for cid, item, row in zip(chunk_ids, chunk, rows[start : start + CHUNK], strict=True):
                ids[item.data.customer_number] = cid
                entries.append(
                    {
                        "batch_id": batch_id,
                        "customer_id": cid,
                        "action": "created",
                        "row_number": row.row,
                        "previous": None,
                    }
                )
                self.created.append(
                    RowOutcome(row.row, item.data.customer_number, item.data.name, (), cid)
                )
            self._tick(start + len(chunk), total)
        self._created_rows = rows
        return ids

    def _custom_definitions(self, items: Sequence[NewCustomer]) -> dict[str, int]:
        names = {name for item in items for name in item.data.custom_fields}
        if not names:
            return {}
        existing: dict[str, int] = {
            row[0]: row[1]
            for row in self.session.execute(
                select(CustomFieldDefinition.name, CustomFieldDefinition.id)
            )
        }
        position = int(self.session.scalar(select(func.max(CustomFieldDefinition.position))) or 0)
        for name in sorted(names - set(existing)):
            position += 1
            definition = CustomFieldDefinition(name=name, position=position)
            self.session.add(definition)
            self.session.flush()
            existing[name] = definition.id
        return existing

    def _update(
        self,
        updates: list[tuple[PlannedRow, ExistingCustomer, list[_Item], list[_Item]]],
        done: int,
        total: int,
        entries: list[dict[str, Any]],
        batch_id: int,
    ) -> None:
        for index, (row, existing, contacts, offices) in enumerate(updates):
            customer = self.session.get(Customer, existing.id)
            if customer is None:  # pragma: no cover - deleted between analyse and apply
                self.skipped.append(
                    RowOutcome(row.row, "", "", (Reason("The customer was deleted."),))
                )
                continue
            alt_number = ""
            if customer.alt_billing_customer_id is not None:
                alt = self.session.get(Customer, customer.alt_billing_customer_id)
                alt_number = alt.customer_number if alt else ""
            before = customer_to_data(customer, alt_number)
            try:
                merged = validate_customer(_overlay(before, row))
            except FieldErrors as exc:
                reason = Reason(
                    "The update would break the card's rules: {rules}",
                    rules=tuple(Reason.of(err) for err in exc.errors.values()),
                )
                self.skipped.append(
                    RowOutcome(row.row, existing.customer_number, existing.name, (reason,))
                )
                self._skip_items(row.row, reason, contacts, offices)
                continue
            alt_id = customer.alt_billing_customer_id
            if merged.alt_billing_customer_number != alt_number:
                alt_id = self.session.scalar(
                    select(Customer.id).where(
                        Customer.customer_number == merged.alt_billing_customer_number
                    )
                )
                if alt_id is None or alt_id == customer.id:
                    alt_id = customer.alt_billing_customer_id
                    self._info(
                        row,
                        Reason(
                            "No customer has the billing customer number {number}; it is left out.",
                            number=merged.alt_billing_customer_number,
                        ),
                        "alt_billing.not_found",
                    )
            previous: dict[str, Any] = {
                "data": data_to_json(before),
                "alt_billing_customer_id": customer.alt_billing_customer_id,
            }
            apply_customer_data(self.session, customer, merged, alt_id)
            self._write_children(customer, contacts, offices, previous)
            entries.append(
                {
                    "batch_id": batch_id,
                    "customer_id": customer.id,
                    "action": "updated",
                    "row_number": row.row,
                    "previous": json.dumps(previous, ensure_ascii=False),
                }
            )
            self.updated.append(
                RowOutcome(row.row, customer.customer_number, customer.name, (), customer.id)
            )
            if index % 200 == 199:
                self._tick(done + index + 1, total)

    def _update_children_only(
        self,
        children: Sequence[tuple[int, list[_Item], list[_Item]]],
        entries: list[dict[str, Any]],
        batch_id: int,
    ) -> None:
        """Contacts and offices for register customers that the customer sheet lacks."""
        for customer_id, contacts, offices in children:
            customer = self.session.get(Customer, customer_id)
            if customer is None:  # pragma: no cover - deleted between analyse and apply
                self._skip_items(None, Reason("The customer was deleted."), contacts, offices)
                continue
            previous: dict[str, Any] = {}
            self._write_children(customer, contacts, offices, previous)
            entries.append(
                {
                    "batch_id": batch_id,
                    "customer_id": customer.id,
                    "action": CHILDREN_ACTION,
                    "row_number": 0,
                    "previous": json.dumps(previous, ensure_ascii=False),
                }
            )

    def _skip_items(
        self, row: int | None, reason: Reason, contacts: Sequence[_Item], offices: Sequence[_Item]
    ) -> None:
        """Count and report the contacts and offices sheets' rows of a customer left alone.

        ``row`` is the customer's row on the customer sheet, if it has one.
        """
        for noun, sheet, items in (
            ("contact", self.plan.contact_sheet, contacts),
            ("office", self.plan.office_sheet, offices),
        ):
            if not any(item[3] is not None for item in items):
                continue
            message = _customer_skipped(noun, row, self.plan.sheet, reason)
            for item in items:
                if item[3] is None:
                    continue  # the customer sheet's own contact
                self.issues.append(
                    RowIssue(
                        sheet, item[3], "", "", message, f"{noun}.customer_skipped", Severity.ERROR
                    )
                )
                self.counts[noun][2] += 1

    def _write_children(
        self,
        customer: Customer,
        contacts: Sequence[_Item],
        offices: Sequence[_Item],
        previous: dict[str, Any],
    ) -> None:
        """Add or update an existing customer's contacts and offices, noting what for undo.

        ``previous`` gets the ids added and, for every contact and office changed, its
        values before the import.
        """
        added_contacts = self._merge_into(
            customer.contacts, ContactPerson, contacts, _CONTACT_SNAPSHOT, "contact",
            previous.setdefault("contacts_changed", []),
        )  # fmt: skip
        added_offices = self._merge_into(
            customer.offices, Office, offices, _OFFICE_SNAPSHOT, "office",
            previous.setdefault("offices_changed", []),
        )  # fmt: skip
        self.session.flush()
        previous["contacts_added"] = [c.id for c in added_contacts]
        previous["offices_added"] = [o.id for o in added_offices]

    def _merge_into(
        self,
        rows: list[Any],
        model: type[ContactPerson] | type[Office],
        items: Sequence[_Item],
        snapshot_fields: tuple[str, ...],
        noun: str,
        changed: list[dict[str, Any]],
    ) -> list[Any]:
        """The card's rules on an existing customer's contacts or offices (``rows``).

        A row of the same name (case aside; a deleted contact never matches) is updated
        with the values the item gives, else a new one is added. A default asked for
        takes the default from the others; a new contact without a say becomes the
        default when there is none, a new office does not.
        """
        snapped = {entry["id"] for entry in changed}
        added: list[Any] = []
        counts = self.counts[noun]
        auto = model is ContactPerson

        def snap(obj: Any) -> None:
            if obj.id is not None and obj.id not in snapped:
                snapped.add(obj.id)
                changed.append({"id": obj.id, **{f: getattr(obj, f) for f in snapshot_fields}})

        def take_default(keep: Any) -> None:
            for other in rows:
                if other is not keep and other.is_default:
                    snap(other)
                    other.is_default = False

        for data, default, provided, sheet_row in items:
            key = data.name.casefold()
            same = next(
                (
                    r
                    for r in rows
                    if not getattr(r, "anonymised", False) and r.name.casefold() == key
                ),
                None,
            )
            if same is None:
                if default is None:
                    default = auto and not any(r.is_default for r in rows)
                new = model()
                for name in snapshot_fields:
                    setattr(new, name, getattr(data, name))
                new.is_default = default
                if default:
                    take_default(new)
                rows.append(new)
                added.append(new)
                if sheet_row is not None:
                    counts[0] += 1
                continue
            snap(same)
            for name in provided:
                value = getattr(data, name)
                if name in _FLAGS:
                    if name == "active" and same.active != value:
                        same.active = value
                elif value and getattr(same, name) != value:
                    setattr(same, name, value)
            if default is not None and same.is_default != default:
                same.is_default = default
            if default:
                take_default(same)
            if sheet_row is not None:
                counts[1] += 1
        return added

    def _alt_billing(self, created: Mapping[str, int]) -> None:
        wanted = [
            (row, row.data)
            for row in self._created_rows
            if row.data is not None and row.data.alt_billing_customer_number
        ]
        if not wanted:
            return
        numbers = {d.alt_billing_customer_number for _, d in wanted}
        known: dict[str, int] = {
            row[0]: row[1]
            for row in self.session.execute(
                select(Customer.customer_number, Customer.id).where(
                    Customer.customer_number.in_(numbers)
                )
            )
        }
        params = []
        for row, data in wanted:
            alt = known.get(data.alt_billing_customer_number)
            own = created[data.customer_number]
            if alt is None or alt == own:
                self._info(
                    row,
                    Reason(
                        "No other customer has the billing customer number {number}; it is "
                        "left out.",
                        number=data.alt_billing_customer_number,
                    ),
                    "alt_billing.not_found",
                )
                continue
            params.append({"cid": own, "alt": alt})
        if params:
            table = Customer.__table__
            assert isinstance(table, Table)
            self.session.execute(
                update(table)
                .where(table.c.id == bindparam("cid"))
                .values(alt_billing_customer_id=bindparam("alt")),
                params,
            )


def _duplicate_of(leader: int, key: str) -> Reason:
    """Why a later row of a duplicate group within the file is skipped."""
    if key == "customer_number":
        return Reason("Duplicate of row {row} (same customer number).", row=leader)
    if key == "business_id":
        return Reason("Duplicate of row {row} (same Y-tunnus).", row=leader)
    return Reason("Duplicate of row {row} (same name).", row=leader)


def _customer_skipped(noun: str, row: int | None, sheet: str, reason: Reason) -> Reason:
    """Why a contacts or offices sheet's row goes unimported with its customer."""
    if row is None:
        if noun == "contact":
            return Reason(
                "Its customer is not imported: {reason} Neither is this contact.", reason=reason
            )
        return Reason(
            "Its customer is not imported: {reason} Neither is this office.", reason=reason
        )
    if noun == "contact":
        return Reason(
            "Its customer (row {row} of sheet “{sheet}”) is not imported: {reason} Neither is "
            "this contact.",
            row=row,
            sheet=sheet,
            reason=reason,
        )
    return Reason(
        "Its customer (row {row} of sheet “{sheet}”) is not imported: {reason} Neither is "
        "this office.",
        row=row,
        sheet=sheet,
        reason=reason,
    )


__all__ = [
    "BatchInfo",
    "Cancel",
    "ColumnMapping",
    "DuplicateAction",
    "DuplicateGroup",
    "ExcelImportService",
    "ExistingCustomer",
    "ImportCancelled",
    "ImportFileError",
    "ImportPlan",
    "ImportResult",
    "KeptCustomer",
    "PlannedRow",
    "Progress",
    "Reason",
    "RowIssue",
    "RowOutcome",
    "Severity",
    "UndoResult",
    "UnknownColumns",
    "data_from_json",
    "data_to_json",
]
