"""What an import plans and what it did: the plan, its rows and issues, and the result.

:meth:`ExcelImportService.analyse` returns an :class:`ImportPlan` (nothing written yet);
:meth:`~ExcelImportService.apply` writes it and returns an :class:`ImportResult`. Every
value altered or left out and every row rejected is a :class:`RowIssue` whose message is a
translatable :class:`~.reasons.Reason`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Final, Generic, TypeVar, cast

from asiakasrekisteri.domain.customer import (
    CUSTOMER_FIELD_NAMES,
    ContactData,
    CustomerData,
    OfficeData,
    customer_from_values,
    customer_values,
    record_from_fields,
)
from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.services.spreadsheets import headers
from asiakasrekisteri.services.spreadsheets.reading import RawSheet
from asiakasrekisteri.services.spreadsheets.reasons import Reason

Progress = Callable[[int, int], None]
"""``progress(done, total)``: called from the importing thread while rows are written."""
Cancel = Callable[[], bool]
"""``cancel()``: polled between chunks; returning True rolls the import back."""


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
    """How much an issue costs: the row, the value, or nothing."""

    ERROR = "error"  # the row is not imported
    WARNING = "warning"  # the value is left out, the row is imported
    INFO = "info"  # the value was changed (zero padding, address split ...)


class UnknownColumns(StrEnum):
    """What an unknown column becomes."""

    CUSTOM = "custom"  # a custom field named after the header
    IGNORE = "ignore"  # left out, and listed in ``ImportPlan.ignored_columns``


class ImportCancelled(Exception):
    """The user cancelled; the transaction was rolled back and nothing was written."""


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index: 0 → "A", 27 → "AB"."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass(frozen=True)
class ColumnMapping:
    """One column of the sheet and the field it goes to.

    Attributes:
        index: 0-based column index.
        letter: The spreadsheet column letter ("A", "AB").
        header: The header text as in the file.
        target: A field name (see ``headers.TARGETS``), ``"custom:<name>"`` or
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


@dataclass(frozen=True, slots=True)  # one a row, or more, in a plan of a million rows
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


@dataclass(frozen=True, slots=True)
class PlannedRow:
    """One data row as it will be saved.

    A plan may hold a million rows, so the card is kept as the tuple of its values
    (:data:`~asiakasrekisteri.domain.customer.CUSTOMER_FIELD_NAMES` order): a quarter of
    the size of the card itself. :attr:`data` makes the card on each call; a loop that
    reads it more than once keeps it in a variable.

    Attributes:
        row: Spreadsheet row number (1-based).
        card: The washed and validated card's values, or None when the row is rejected.
        contacts: The contact persons the row names (a cell may name two), the first
            one the default.
        washed_issues: What washing altered, left out or rejected on this row;
            :attr:`issues` adds the number given to a row without one.
        provided: Card fields that the row gave a value for (what an update overwrites).
        had_number: Whether the file gave a customer number (else one was assigned).
        type_reason: Why the customer type is what it is, when the row did not give it
            (inferred, or chosen by the user); None when the file gave it.
    """

    row: int
    card: tuple[Any, ...] | None
    contacts: tuple[ContactData, ...] = ()
    washed_issues: tuple[RowIssue, ...] = ()
    provided: frozenset[str] = frozenset()
    had_number: bool = True
    type_reason: Reason | None = None

    @classmethod
    def of(
        cls,
        row: int,
        data: CustomerData | None,
        contacts: tuple[ContactData, ...] = (),
        issues: tuple[RowIssue, ...] = (),
        provided: frozenset[str] = frozenset(),
        had_number: bool = True,
        type_reason: Reason | None = None,
    ) -> PlannedRow:
        """The row of a card (rather than of its values)."""
        card = None if data is None else customer_values(data)
        return cls(row, card, contacts, issues, provided, had_number, type_reason)

    @property
    def issues(self) -> tuple[RowIssue, ...]:
        """Everything altered, left out or rejected on this row.

        A row the plan gave a number ends with an info issue saying which. It is made
        when asked for: a plan of a million rows without numbers would otherwise keep a
        million of them (300 MB).
        """
        if self.had_number or self.card is None:
            return self.washed_issues
        number = self.card[NUMBER_INDEX]
        issue = RowIssue(
            sheet=self.washed_issues[0].sheet if self.washed_issues else "",
            row=self.row,
            column="",
            value="",
            message=Reason("No customer number; {number} is given.", number=number),
            code="customer_number.assigned",
            severity=Severity.INFO,
            field="customer_number",
        )
        return (*self.washed_issues, issue)

    @property
    def data(self) -> CustomerData | None:
        """The washed and validated card, or None when the row is rejected."""
        return None if self.card is None else customer_from_values(self.card)

    @property
    def name(self) -> str:
        """The card's name ("" for a rejected row), without making the card."""
        return "" if self.card is None else str(self.card[NAME_INDEX])

    @property
    def customer_number(self) -> str:
        """The card's customer number ("" for a rejected row), without making the card."""
        return "" if self.card is None else str(self.card[NUMBER_INDEX])

    @property
    def customer_type(self) -> CustomerType | None:
        """The card's customer type (None for a rejected row), without making the card."""
        return None if self.card is None else cast("CustomerType", self.card[TYPE_INDEX])

    @property
    def custom_fields(self) -> Mapping[str, str]:
        """The card's custom fields (none for a rejected row), without making the card."""
        return {} if self.card is None else cast("Mapping[str, str]", self.card[CUSTOM_INDEX])

    @property
    def rejected(self) -> bool:
        return self.card is None

    @property
    def contact(self) -> ContactData | None:
        """The row's first (default) contact person, if any."""
        return self.contacts[0] if self.contacts else None


NAME_INDEX: Final = CUSTOMER_FIELD_NAMES.index("name")
NUMBER_INDEX: Final = CUSTOMER_FIELD_NAMES.index("customer_number")
CUSTOM_INDEX: Final = CUSTOMER_FIELD_NAMES.index("custom_fields")
TYPE_INDEX: Final = CUSTOMER_FIELD_NAMES.index("customer_type")


def changed_card(data: CustomerData, **changes: Any) -> CustomerData:
    """``dataclasses.replace(data, **changes)`` for a card, at a tenth of its cost.

    ``replace`` looks up the card's 39 fields and runs the frozen ``__init__`` each time:
    about 50 µs, and an import without customer numbers changes every card several times.
    """
    return record_from_fields(CustomerData, {**data.__dict__, **changes})


ChildData = TypeVar("ChildData", ContactData, OfficeData)


@dataclass(frozen=True, slots=True)  # 75,000 of them in an exported register
class PlannedChild(Generic[ChildData]):
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
    data: ChildData | None
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
    """Rows that are, or may be, the same customer, within the file or against the register.

    Attributes:
        key: Stable identifier; use it as the key of ``duplicate_choices``.
        reason: ``"customer_number"``, ``"business_id"``, ``"email"``, ``"phone"`` or
            ``"name"``: what the rows share.
        rows: Spreadsheet row numbers, in file order.
        existing: The register's customer (None for a group within the file).
        score: 100 for an identical identifier, the name similarity otherwise.
        proposed: The action used unless the user chooses another.
        possible: Only a possible duplicate (an alike name, or an e-mail address or phone
            shared by names that differ): shown to the user, and proposed as new.
    """

    key: str
    reason: str
    rows: tuple[int, ...]
    existing: ExistingCustomer | None
    score: int
    proposed: DuplicateAction
    possible: bool = False

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
    _children: tuple[WashedSheet, ...] = field(default=(), repr=False, compare=False)

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
    def accepted_count(self) -> int:
        return sum(1 for row in self.rows if row.card is not None)

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


WashedChild = tuple[int, str, Any, tuple[RowIssue, ...], frozenset[str]]
"""A washed row of a contacts or offices sheet: (row, customer number, data or None,
issues, provided fields); joined to its customer when the plan is made."""


@dataclass(frozen=True)
class WashedSheet:
    """A contacts or offices sheet, washed once; ``remap`` only joins it anew."""

    name: str
    kind: str  # headers.CONTACT_LAYOUT.kind or headers.OFFICE_LAYOUT.kind
    rows: tuple[WashedChild, ...]
    number_column: tuple[str, str]  # (header, letter) of the customer number


__all__ = [
    "Cancel",
    "ChildCounts",
    "ChildData",
    "ColumnMapping",
    "DuplicateAction",
    "DuplicateGroup",
    "ExistingCustomer",
    "ImportCancelled",
    "ImportPlan",
    "ImportResult",
    "PlannedChild",
    "PlannedContact",
    "PlannedOffice",
    "PlannedRow",
    "Progress",
    "RowIssue",
    "RowOutcome",
    "Severity",
    "UnknownColumns",
    "WashedChild",
    "WashedSheet",
    "changed_card",
    "column_letter",
]
