"""Spreadsheets: ``export``, ``import``, ``imports``, ``undo-import``.

    asiakasrekisteri export FILE.xlsx [--search TEXT] [--active-only]
    asiakasrekisteri import FILE [--sheet NAME] [--dry-run] [--report OUT.xlsx]
                                 [--ignore-unknown] [--map COLUMN=FIELD ...]
    asiakasrekisteri imports
    asiakasrekisteri undo-import BATCH

Exit status 0 when the command ran (rows that could not be imported are listed in the
summary and the report), 2 on a fatal problem (the file is not a spreadsheet, encrypted,
empty, has no header row ...), with one line on stderr and nothing changed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from asiakasrekisteri.cli.common import RECORD_ID, UsageError, output_file, set_command
from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import ActiveFilter, CustomerQuery, SortColumn
from asiakasrekisteri.services.spreadsheets import (
    ImportPlan,
    ImportResult,
    Severity,
    UnknownColumns,
)
from asiakasrekisteri.services.spreadsheets.headers import CUSTOM_PREFIX, TARGETS

# Lines of contact/office rows or left-out values printed before "see --report".
_LISTED = 50

_IMPORT_EPILOG = """\
The header row may sit below title and blank rows; Finnish, Swedish and English headers
are recognised. Unknown columns become custom fields (or are ignored with
--ignore-unknown). Duplicates: a row whose customer number (or else Y-tunnus) is already
in the register updates that customer; repeated rows in the file are skipped after the
first. A value that fails its check (e.g. a Y-tunnus with a wrong check digit) is left
out and reported; a row without a name is not imported. Other sheets laid out like the
export's Yhteyshenkilöt and Toimipisteet (known by their header row) are imported too:
each contact person or office joins its customer by Asiakasnumero, and one with the name
of a contact or office the customer has updates it. The whole import is one transaction
and can be undone with `undo-import BATCH` (see `imports`).

--map takes a column letter or header and a field, e.g. --map F=phone --map "Muistio=custom:Muistio"
--map "G=" ignores column G. Fields: {fields}.
"""


def register(sub: Any) -> None:
    """Add the spreadsheet commands to the main parser."""
    p = sub.add_parser(
        "export",
        help="write customers to an Excel file (.xlsx)",
        description="Write customers to an .xlsx in the Zervant template's column order "
        "(sheet Asiakkaat), with sales per year on sheet Myynti and every contact person "
        "and office on sheets Yhteyshenkilöt and Toimipisteet. All customers, active "
        "and inactive, unless --search or --active-only narrows them.",
    )
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--search", default="", help="only customers the search box would show")
    p.add_argument("--active-only", action="store_true", help="leave inactive customers out")
    set_command(p, _cmd_export, writes=False)

    p = sub.add_parser(
        "import",
        help="read customers from .xlsx, .xlsm, .xls, .ods or .csv",
        description="Import customers from a spreadsheet (.xlsx, .xlsm, .xls, .ods, or .csv "
        "with ; or , in UTF-8 or Windows-1252).",
        epilog=_IMPORT_EPILOG.format(fields=", ".join(TARGETS)),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the one that "
                   "looks like a customer list)")  # fmt: skip
    p.add_argument("--dry-run", action="store_true", help="show what would happen; save nothing")
    p.add_argument("--report", metavar="OUT.xlsx", help="write every row and reason to an .xlsx")
    p.add_argument("--ignore-unknown", action="store_true",
                   help="ignore unknown columns instead of making them custom fields")  # fmt: skip
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help="map a column by hand (repeatable)")  # fmt: skip
    p.add_argument("--customer-type", choices=("company", "private"),
                   help="the type of every row whose type the file does not give (default: "
                   "inferred from the Y-tunnus, company form, first name, e-mail)")  # fmt: skip
    # A dry run saves nothing, so it may look at a file while the window is open.
    set_command(p, _cmd_import, writes=lambda args: not args.dry_run)

    p = sub.add_parser("imports", help="list earlier imports (for undo-import)")
    set_command(p, _cmd_imports, writes=False)

    p = sub.add_parser(
        "undo-import",
        help="undo an import: remove the customers it created, restore those it updated",
        description="Undo import BATCH (see `imports`). Customers edited since the import "
        "are left as they are and listed.",
    )
    p.add_argument("batch", type=RECORD_ID, metavar="BATCH")
    set_command(p, _cmd_undo, writes=True)


def _cmd_export(services: Services, args: argparse.Namespace) -> int:
    query = CustomerQuery(
        search=args.search,
        active=ActiveFilter.ACTIVE if args.active_only else ActiveFilter.ALL,
        sort=SortColumn.NUMBER,
    )
    result = services.excel_export.export(output_file(args, args.file), query=query)
    print(f"{result.customers} customers written to {result.path}")
    return 0


def _overrides(plan: ImportPlan, items: list[str]) -> dict[int, str]:
    out: dict[int, str] = {}
    for item in items:
        key, sep, target = item.partition("=")
        if not sep:
            raise UsageError(f"--map expects COLUMN=FIELD, got “{item}”")
        key, target = key.strip(), target.strip()
        column = next((c for c in plan.columns if key.upper() == c.letter or key == c.header), None)
        if column is None:
            raise UsageError(f"--map: no column “{key}” in the sheet")
        if target and not target.startswith(CUSTOM_PREFIX) and target not in TARGETS:
            raise UsageError(f"--map: unknown field “{target}” (see import --help)")
        out[column.index] = target
    return out


def _print_plan(plan: ImportPlan) -> None:
    """What will be read, and the columns a person may want to check first."""
    print(f"Sheet “{plan.sheet}”, header on row {plan.header_row}, {len(plan.rows)} rows.")
    for what, sheet, count in (
        ("contact persons", plan.contact_sheet, len(plan.contact_rows)),
        ("offices", plan.office_sheet, len(plan.office_rows)),
    ):
        if sheet:
            rows = "row" if count == 1 else "rows"
            print(f"  {what} from sheet “{sheet}” ({count} {rows}) are imported too")
    others = plan.unread_sheets
    if others:
        print(f"  other sheets, not read: {', '.join(others)} (choose one with --sheet)")
    for column in plan.columns:
        if not column.target:
            print(f"  column {column.letter} “{column.header}” is ignored")
        elif column.confidence < 1:
            print(f"  column {column.letter} “{column.header}” → {column.label}")
    inferred = [r.customer_type for r in plan.rows if r.card is not None and r.type_reason]
    if inferred:
        private = inferred.count(CustomerType.PRIVATE)
        print(
            f"  customer type not given on {len(inferred)} rows: inferred "
            f"{len(inferred) - private} companies, {private} private persons "
            "(or choose with --customer-type)"
        )
    possible = sum(1 for g in plan.duplicates if g.possible)
    if possible:
        print(f"  {possible} groups of possible duplicates (similar names) are imported as new")


def _print_result(plan: ImportPlan, result: ImportResult) -> None:
    """The summary, then every row left out and every value left out, up to a limit."""
    print(result.summary())
    for outcome in result.skipped:
        label = f"{outcome.customer_number} {outcome.name}".strip()
        print(f"  skipped row {outcome.row}{': ' + label if label else ''} — {outcome.reason}")
    # Rows of the contact and office sheets that were not imported (the customer sheet's
    # are the skipped rows above).
    dropped = [
        i for i in result.issues if i.severity is Severity.ERROR and i.sheet not in ("", plan.sheet)
    ]
    for issue in dropped[:_LISTED]:
        print(f"  not imported: sheet “{issue.sheet}” row {issue.row} — {issue.reason}")
    if len(dropped) > _LISTED:
        print(f"  … and {len(dropped) - _LISTED} more rows not imported (see --report)")
    warnings = [i for i in result.issues if i.severity is Severity.WARNING]
    for issue in warnings[:_LISTED]:
        where = f"sheet “{issue.sheet}” " if issue.sheet not in ("", plan.sheet) else ""
        print(f"  {where}row {issue.row}, {issue.column}: “{issue.value}” — {issue.reason}")
    if len(warnings) > _LISTED:
        print(f"  … and {len(warnings) - _LISTED} more values left out (see --report)")


def _cmd_import(services: Services, args: argparse.Namespace) -> int:
    service = services.excel_import
    # Checked first: a report that cannot be written must not come after a saved import.
    report = output_file(args, args.report) if args.report else None
    unknown = UnknownColumns.IGNORE if args.ignore_unknown else UnknownColumns.CUSTOM
    plan = service.analyse(Path(args.file), args.sheet, unknown_columns=unknown)
    overrides = _overrides(plan, args.map)
    if overrides:
        plan = service.remap(plan, overrides)
    _print_plan(plan)
    types: dict[int, CustomerType] = {}
    if args.customer_type:
        chosen = CustomerType(args.customer_type)
        types = {r.row: chosen for r in plan.rows if r.type_reason is not None}
    result = service.apply(plan, customer_types=types, dry_run=args.dry_run)
    if not args.dry_run:
        print(f"Backup made first: {services.backups.backups()[0].path}")
    _print_result(plan, result)
    if report is not None:
        path = service.write_report(report, plan, result)
        print(f"Report written to {path}")
    if result.batch_id is not None:
        print(
            f"Import {result.batch_id}; undo with: asiakasrekisteri undo-import {result.batch_id}"
        )
    return 0


def _cmd_imports(services: Services, args: argparse.Namespace) -> int:
    batches = services.excel_import.batches()
    for b in batches:
        when = b.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        state = " (undone)" if b.undone_at else ""
        print(
            f"{b.id:>4}  {when}  {b.file_name}  created {b.created}, updated {b.updated}, "
            f"skipped {b.skipped}  {b.user}{state}"
        )
    if not batches:
        print("No imports.")
    return 0


def _cmd_undo(services: Services, args: argparse.Namespace) -> int:
    result = services.excel_import.undo_import(args.batch)
    print(
        f"Import {result.batch_id} undone: {result.removed} customers removed, "
        f"{result.restored} restored."
    )
    for kept in result.kept:
        print(f"  kept {kept.customer_number} {kept.name} — {kept.reason}")
    return 0


__all__ = ["register"]
