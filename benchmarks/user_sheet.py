"""The "user's sheet" of the import benchmarks: generated customers exported to an .xlsx."""

from __future__ import annotations

import time
from pathlib import Path

from asiakasrekisteri.services.container import open_services
from asiakasrekisteri.services.demo import fill_demo
from asiakasrekisteri.services.spreadsheets.export import ExportResult


def build_user_sheet(folder: Path, count: int) -> tuple[Path, ExportResult]:
    """``count`` demo customers (always the same ones) exported to ``folder/register.xlsx``.

    Returns the sheet and what the export wrote (its contact persons and offices too).
    """
    source = open_services(folder / "source.sqlite3")
    started = time.perf_counter()
    fill_demo(source.db, count=count, seed=11)
    sheet = folder / "register.xlsx"
    built = source.excel_export.export(sheet)
    source.close()
    print(
        f"built a {count}-customer sheet ({built.contacts} contact persons, "
        f"{built.offices} offices) in {time.perf_counter() - started:.1f} s",
        flush=True,
    )
    return sheet, built


__all__ = ["build_user_sheet"]
