"""The import's problem report: its rows and reasons as an .xlsx (``import --report``).

Sheets ``Yhteenveto`` (the file, the counts, the column mapping), ``Rivit`` (each row and
what became of it) and ``Huomautukset`` (every issue with its sheet, row, column, value,
severity and reason), headed in Finnish like the export.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from asiakasrekisteri.files import write_atomically
from asiakasrekisteri.services.spreadsheets.plan import ImportPlan, ImportResult
from asiakasrekisteri.services.spreadsheets.xlsx_sheet import NO, YES, write_sheet


def write_import_report(path: Path, plan: ImportPlan, result: ImportResult | None = None) -> Path:
    """The import's rows and reasons as an .xlsx: a summary, the rows, and every issue."""
    from openpyxl import Workbook  # see xlsx_sheet.write_sheet

    wb = Workbook(write_only=True)
    summary: list[list[Any]] = [
        ["Tiedosto", str(plan.path.name)],
        ["Taulukko", plan.sheet],
        ["Otsikkorivi", plan.header_row],
        ["Rivejä", len(plan.rows)],
    ]
    if result is not None:
        summary += [
            ["Kokeiluajo", YES if result.dry_run else NO],
            ["Tuonti nro", result.batch_id or ""],
            ["Luotu", len(result.created)],
            ["Päivitetty", len(result.updated)],
            ["Ohitettu", len(result.skipped)],
        ]
    for column in plan.columns:
        summary.append([f"Sarake {column.letter}: {column.header}", column.label])
    write_sheet(wb, "Yhteenveto", ["Kohta", "Arvo"], summary)
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
    write_sheet(wb, "Rivit", ["Rivi", "Tila", "Asiakasnumero", "Nimi", "Syy"], outcome_rows)
    issues = result.issues if result is not None else plan.issues
    write_sheet(
        wb,
        "Huomautukset",
        ["Taulukko", "Rivi", "Sarake", "Arvo", "Vakavuus", "Syy"],
        [
            [i.sheet, i.row, f"{i.letter} {i.column}".strip(), i.value, i.severity.value, i.reason]
            for i in issues
        ],
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, wb.save)
    return path


__all__ = ["write_import_report"]
