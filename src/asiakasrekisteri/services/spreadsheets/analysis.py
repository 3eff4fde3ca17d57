"""Analysing a spreadsheet into an :class:`~.plan.ImportPlan`; nothing is written.

The file is read, the header row found among the first rows, each column given the
field its header names, every data row washed, customer numbers assigned to rows
without one, duplicate groups found, and the rows of the contacts and offices sheets
joined to their customers. A remap recomputes the plan from the same cells after the
user changed the mapping, without reading the file again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Final

from asiakasrekisteri.domain.customer import ContactData, OfficeData
from asiakasrekisteri.domain.identifiers import suggest_customer_number
from asiakasrekisteri.services.spreadsheets import headers
from asiakasrekisteri.services.spreadsheets.child_sheets import (
    Joiner,
    is_child_sheet,
    wash_children,
)
from asiakasrekisteri.services.spreadsheets.duplicates import find_duplicates, read_register
from asiakasrekisteri.services.spreadsheets.plan import (
    NUMBER_INDEX,
    ColumnMapping,
    ImportPlan,
    PlannedContact,
    PlannedOffice,
    PlannedRow,
    UnknownColumns,
    WashedSheet,
    column_letter,
)
from asiakasrekisteri.services.spreadsheets.reading import ImportFileError, RawSheet, read_workbook
from asiakasrekisteri.services.spreadsheets.reasons import Reason
from asiakasrekisteri.services.spreadsheets.values import cell_text
from asiakasrekisteri.services.spreadsheets.washing import RowWasher
from asiakasrekisteri.storage.db import Database

SAMPLE_SCAN_ROWS: Final = 500
"""Rows searched for a named column's sample values (shown next to the mapping)."""


def analyse_file(
    db: Database, path: Path, sheet: str | None, unknown: UnknownColumns
) -> ImportPlan:
    """Read the file and plan its import against the register ``db``.

    Raises:
        ImportFileError: Not a spreadsheet, encrypted, empty, no header row ...
    """
    raw, companions = read_workbook(path, sheet, companion=is_child_sheet)
    header_index = _header_index(raw)
    columns = _map_columns(raw, header_index, unknown)
    children = wash_children(companions)
    del companions  # the washed rows are all the plan keeps of those sheets
    return _make_plan(db, path, raw, header_index, columns, unknown, children)


def remap_plan(db: Database, plan: ImportPlan, overrides: Mapping[int, str]) -> ImportPlan:
    """The plan again with some columns mapped by hand: column index → target.

    A column whose field another column is given by hand loses it (but fields several
    columns may share).

    Raises:
        ValueError: A target that is not a field, ``"custom:<name>"`` or ``""``.
    """
    if plan._raw is None:  # pragma: no cover - plans come from analyse
        raise ValueError("the plan has no sheet data")
    taken_by_hand = {t for t in overrides.values() if t and t in headers.TARGETS}
    taken_by_hand -= headers.MULTI_TARGETS
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
        elif column.target in taken_by_hand:
            column = replace(column, target="", confidence=0.0)
        columns.append(column)
    return _make_plan(
        db,
        plan.path,
        plan._raw,
        plan.header_row - 1,
        tuple(columns),
        plan.unknown_columns,
        plan._children,
    )


def _header_index(raw: RawSheet) -> int:
    """The header row's index among the sheet's first rows.

    Raises:
        ImportFileError: The sheet is empty, or no row names the columns.
    """
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
    return header_index


def _map_columns(
    raw: RawSheet, header_index: int, unknown: UnknownColumns
) -> tuple[ColumnMapping, ...]:
    """Every column of the sheet with the field its header names, and a few samples."""
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
            name = header or f"Sarake {column_letter(index)}"
            target = headers.CUSTOM_PREFIX + name
        columns.append(
            ColumnMapping(
                index, column_letter(index), header, target, match.confidence, tuple(samples)
            )
        )
    return tuple(columns)


def _make_plan(
    db: Database,
    path: Path,
    raw: RawSheet,
    header_index: int,
    columns: tuple[ColumnMapping, ...],
    unknown: UnknownColumns,
    children: tuple[WashedSheet, ...],
) -> ImportPlan:
    """The plan of a sheet whose header row and columns are known.

    Raises:
        ImportFileError: No row below the header has a value.
    """
    with_contact_sheet = any(c.kind == headers.CONTACT_LAYOUT.kind for c in children)
    planned = _washed_rows(raw, header_index, columns, split_contacts=not with_contact_sheet)
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
    register = read_register(db)
    planned = _assign_numbers(planned, register.numbers)
    duplicates = find_duplicates(planned, register)
    contact_sheet, office_sheet = "", ""
    contact_rows: tuple[PlannedContact, ...] = ()
    office_rows: tuple[PlannedOffice, ...] = ()
    if children:
        joiner = Joiner(raw, columns, planned, register)
        for child in children:
            if child.kind == headers.CONTACT_LAYOUT.kind:
                contact_sheet = child.name
                contact_rows = joiner.join(child, ContactData)
            else:
                office_sheet = child.name
                office_rows = joiner.join(child, OfficeData)
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


def _washed_rows(
    raw: RawSheet, header_index: int, columns: Sequence[ColumnMapping], *, split_contacts: bool
) -> list[PlannedRow]:
    """The rows below the header, washed; blank rows and repeated headers passed over."""
    washer = RowWasher(raw.name, columns, split_contacts=split_contacts)
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
    return planned


def _assign_numbers(rows: list[PlannedRow], taken: set[str]) -> list[PlannedRow]:
    """Rows without a customer number get the next free ones (``rows`` is changed in
    place and returned); each such row's issues say so (``PlannedRow.issues``).

    The first is one more than the largest number in use (the register's and the
    file's), and each next one more again (zero-padded to the first one's width).
    """
    if all(row.card is None or row.had_number for row in rows):
        return rows  # every row has its number: nothing to suggest
    used = set(taken) | {
        row.card[NUMBER_INDEX] for row in rows if row.card is not None and row.had_number
    }
    first = suggest_customer_number(used)
    following, width = int(first), len(first)
    # In place: each row's card is copied once, and the old one freed at once.
    for place, row in enumerate(rows):
        card = row.card
        if card is not None and not row.had_number:
            number = str(following).zfill(width)
            following += 1
            rows[place] = PlannedRow(
                row.row,
                (*card[:NUMBER_INDEX], number, *card[NUMBER_INDEX + 1 :]),
                row.contacts,
                row.washed_issues,
                row.provided,
                row.had_number,
                row.type_reason,
            )
    return rows


__all__ = ["SAMPLE_SCAN_ROWS", "analyse_file", "remap_plan"]
