"""One formatted sheet of a write-only .xlsx workbook, as the export and the report write it.

Headers are bold and frozen, with an autofilter and fitted widths; dates are real Excel
dates in the user's wall-clock time. A text beginning with ``=``, ``+``, ``-`` or ``@`` is
stored as a text cell with Excel's quote prefix, never as a formula (openpyxl turns
"=..." into a formula unless told otherwise). Rows are streamed, so 50k customers stay
well under the memory budget.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence, Sized
from datetime import UTC, datetime
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from openpyxl import Workbook

YES: Final = "kyllä"
NO: Final = "ei"
"""Yes/no as the sheets write them (Excel would show TRUE/FALSE)."""
MONEY_FORMAT: Final = "#,##0.00"
_DATE_FORMAT: Final = "yyyy-mm-dd hh:mm"
_FORMULA_STARTS: Final = ("=", "+", "-", "@")
_MAX_WIDTH: Final = 60
_WIDTH_SAMPLE: Final = 2000

Progress = Callable[[int, int], None]
"""``progress(done, total)``: called every 5,000 rows written."""


def _safe(ws: Any, value: Any) -> Any:
    """A value ready for a write-only row: formula-like texts become text cells."""
    if isinstance(value, str):
        if value.startswith(_FORMULA_STARTS):
            from openpyxl.cell import WriteOnlyCell

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


def write_sheet(
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
    # openpyxl (a fifth of a second with numpy) comes with the first sheet written, not
    # with every start of the program or command.
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
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
        cell.font = bold
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


__all__ = ["MONEY_FORMAT", "NO", "YES", "Progress", "write_sheet"]
