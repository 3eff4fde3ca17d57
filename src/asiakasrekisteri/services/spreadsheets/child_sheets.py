"""The export's sheets of contact persons and offices: washing their rows, joining them.

Another sheet of the workbook whose header row is laid out like one of those sheets
(``headers.CONTACT_LAYOUT``, ``headers.OFFICE_LAYOUT``) is read with the customer sheet.
Its values are washed and reported as on the customer sheet, under that sheet's name, and
each row joins its customer by Asiakasnumero: the first customer-sheet row with that
number, else the register's customer with it. A row matching neither, or whose customer
row is rejected, is rejected itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import suppress
from dataclasses import fields, replace
from functools import lru_cache
from typing import Any, Final

from asiakasrekisteri.domain.customer import (
    ContactData,
    OfficeData,
    record_from_fields,
    validate_contact,
    validate_office,
)
from asiakasrekisteri.domain.errors import FieldErrors, ValidationError
from asiakasrekisteri.domain.identifiers import normalize_customer_number
from asiakasrekisteri.domain.text_values import parse_bool
from asiakasrekisteri.services.spreadsheets import headers
from asiakasrekisteri.services.spreadsheets.duplicates import Register
from asiakasrekisteri.services.spreadsheets.plan import (
    ChildData,
    ColumnMapping,
    PlannedChild,
    PlannedRow,
    RowIssue,
    Severity,
    WashedChild,
    WashedSheet,
    column_letter,
)
from asiakasrekisteri.services.spreadsheets.reading import RawSheet
from asiakasrekisteri.services.spreadsheets.reasons import Reason, left_out, not_imported
from asiakasrekisteri.services.spreadsheets.values import Cell, cell_text
from asiakasrekisteri.services.spreadsheets.washing import Source, Washer, wrong_kind, wrong_type

FLAGS: Final = frozenset({"is_default", "active"})
"""The yes/no columns of the contacts and offices sheets."""
CONTACT_TEXTS: Final = ("name", "title", "keywords", "phone", "email")
"""The text fields of a contact person."""
OFFICE_TEXTS: Final = (
    "name", "street", "postal_code", "city", "country", "email", "einvoice_address",
    "einvoice_operator",
)  # fmt: skip
"""The text fields of an office."""
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


class _ChildWasher(Washer):
    """Turns the cells of a contacts or offices row into a validated record."""

    def __init__(
        self, sheet: str, kind: str, columns: Mapping[int, str], header: Sequence[str]
    ) -> None:
        self.contacts = kind == headers.CONTACT_LAYOUT.kind
        self.noun = "contact" if self.contacts else "office"
        # (index, field, header, letter) of every column the layout names.
        self.columns = [
            (index, target, header[index], column_letter(index))
            for index, target in sorted(columns.items())
            if target != headers.OWNER_NAME
        ]
        super().__init__(
            sheet, {target: (header, letter) for _i, target, header, letter in self.columns}
        )
        self.number_source: Source = (*self.header_of[headers.OWNER_NUMBER], "")

    def wash(self, row_number: int, cells: Sequence[Cell]) -> WashedChild | None:
        """The washed row, or None for a blank row."""
        issues: list[RowIssue] = []
        values, sources = self._read(row_number, cells, issues)
        if not values and not issues:
            return None
        number_text = values.pop(headers.OWNER_NUMBER, "")
        number = self._owner(row_number, number_text, sources, issues)
        if number is None:
            return row_number, number_text, None, tuple(issues), frozenset()
        flags = self._flags(row_number, values, sources, issues)
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

    def _read(
        self, row_number: int, cells: Sequence[Cell], issues: list[RowIssue]
    ) -> tuple[dict[str, str], dict[str, Source]]:
        """The row's texts by field and their sources; wrongly typed cells are reported."""
        values: dict[str, str] = {}
        sources: dict[str, Source] = {}
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
                if wrong_type(cell, target, FLAGS, frozenset()):
                    issues.append(
                        self._issue(
                            row_number,
                            (header, letter, text),
                            wrong_kind(text),
                            "cell.wrong_type",
                            Severity.WARNING,
                            target,
                        )
                    )
                    continue
            values[target] = text
            sources[target] = (header, letter, text)
        return values, sources

    def _owner(
        self,
        row_number: int,
        text: str,
        sources: Mapping[str, Source],
        issues: list[RowIssue],
    ) -> str | None:
        """The customer number the row joins; None (and the row rejected) when it has none."""
        if not text:
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
            return None
        try:
            return _owner_number(text)
        except ValidationError as exc:
            issues.append(
                self._issue(
                    row_number,
                    sources[headers.OWNER_NUMBER],
                    not_imported(exc),
                    exc.code,
                    Severity.ERROR,
                    "customer_number",
                )
            )
            return None

    def _flags(
        self,
        row_number: int,
        values: dict[str, str],
        sources: Mapping[str, Source],
        issues: list[RowIssue],
    ) -> dict[str, bool]:
        """The yes/no columns given, taken out of ``values``; an unreadable one is left out."""
        flags: dict[str, bool] = {}
        for name in FLAGS & values.keys():
            text = values.pop(name)
            try:
                flags[name] = _flag(text)
            except ValidationError as exc:
                issues.append(
                    self._issue(
                        row_number,
                        sources[name],
                        left_out(exc),
                        exc.code,
                        Severity.WARNING,
                        name,
                    )
                )
        return flags

    def _validate(
        self,
        row: int,
        data: ContactData | OfficeData,
        sources: Mapping[str, Source],
        issues: list[RowIssue],
        values: dict[str, str],
    ) -> ContactData | OfficeData | None:
        for _attempt in range(len(OFFICE_TEXTS) + 1):
            try:
                clean = (
                    validate_contact(data)
                    if isinstance(data, ContactData)
                    else validate_office(data)
                )
            except FieldErrors as exc:
                errors = exc.errors
            else:
                # Addresses are stored in lower case, as on the customer sheet.
                if clean.email.islower() or not clean.email:
                    return clean
                return replace(clean, email=clean.email.lower())
            if "name" in errors:
                err = errors["name"]
                issues.append(
                    self._issue(
                        row,
                        sources.get("name"),
                        not_imported(err),
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
                        left_out(err),
                        err.code,
                        Severity.WARNING,
                        name,
                    )
                )
                values.pop(name, None)  # not given, so an update keeps what it has
            blank: dict[str, Any] = dict.fromkeys(errors, "")
            data = replace(data, **blank)
        return None  # pragma: no cover - each round removes at least one failing value


def is_child_sheet(rows: Sequence[Sequence[Cell]]) -> bool:
    """Whether a sheet beginning with these rows is a contacts or an offices sheet."""
    return headers.child_header([[cell_text(c) for c in row] for row in rows]) is not None


def wash_children(sheets: Sequence[RawSheet]) -> tuple[WashedSheet, ...]:
    """The first contacts sheet and the first offices sheet, washed."""
    out: dict[str, WashedSheet] = {}
    for raw in sheets:
        texts = [[cell_text(c) for c in row] for row in raw.rows[: headers.HEADER_SCAN_ROWS]]
        found = headers.child_header(texts)
        if found is None or found[0].kind in out:
            continue
        layout, header_index, columns = found
        header = texts[header_index] + [""] * (max(columns) + 1)
        washer = _ChildWasher(raw.name, layout.kind, columns, header)
        header_cells = raw.rows[header_index]
        washed: list[WashedChild] = []
        for offset, cells in enumerate(raw.rows[header_index + 1 :]):
            if cells == header_cells:
                continue  # the header repeated
            row = washer.wash(header_index + offset + 2, cells)
            if row is not None:
                washed.append(row)
        number_index = next(i for i, t in columns.items() if t == headers.OWNER_NUMBER)
        out[layout.kind] = WashedSheet(
            raw.name,
            layout.kind,
            tuple(washed),
            (header[number_index], column_letter(number_index)),
        )
    return tuple(
        out[k] for k in (headers.CONTACT_LAYOUT.kind, headers.OFFICE_LAYOUT.kind) if k in out
    )


class Joiner:
    """Joins the rows of the contacts and offices sheets to their customers."""

    def __init__(
        self,
        raw: RawSheet,
        columns: Sequence[ColumnMapping],
        planned: Sequence[PlannedRow],
        register: Register,
    ) -> None:
        self.sheet = raw.name
        self.register = register
        # A number's first row in the file gets the contacts; a later row with the same
        # number is a duplicate that is skipped, merged into the first or renumbered.
        self.rows: dict[str, int] = {}
        number_index = next((c.index for c in columns if c.target == "customer_number"), None)
        self.rejected: dict[str, int] = {}
        for row in planned:
            if row.card is not None:
                if row.had_number:
                    self.rows.setdefault(row.customer_number, row.row)
            elif number_index is not None:
                cells = raw.rows[row.row - 1]
                text = cell_text(cells[number_index]) if number_index < len(cells) else ""
                if text:
                    with suppress(ValidationError):
                        text = _owner_number(text)
                    self.rejected.setdefault(text, row.row)

    def join(
        self, sheet: WashedSheet, kind: type[ChildData]
    ) -> tuple[PlannedChild[ChildData], ...]:
        """The sheet's rows joined to their customers; a row without one is rejected."""
        noun = "contact" if kind is ContactData else "office"
        out: list[PlannedChild[ChildData]] = []
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


__all__ = [
    "CONTACT_TEXTS",
    "FLAGS",
    "OFFICE_TEXTS",
    "Joiner",
    "is_child_sheet",
    "wash_children",
]
