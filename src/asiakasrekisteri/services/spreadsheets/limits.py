"""What a spreadsheet file may hold, checked before it is read.

A workbook reader builds every sheet in memory as a full grid, so a small hostile file
can make it allocate gigabytes and abort the program with no message: a zip bomb (a few
megabytes that unpack to gigabytes), two cells far apart (A1 and XFD1048576 make a grid
of 17 billion cells from 1.5 kB), one long shared text referenced by every cell, or an
OpenDocument cell repeated a million times. Before the reader sees a workbook, its parts
are checked here with memory that does not grow with the file:

* the zip container: how many parts, their declared unpacked sizes and packing ratios;
  every part is then streamed once, so a part that unpacks to more than it declares is
  found damaged (the zip module stops at the declared size and checks the CRC);
* every sheet: the rows and columns its cells span (its declared ``<dimension>`` first,
  then every cell and row reference, streamed), and so the grid the reader will build;
* the shared texts the cells of a sheet reference, added up.

CSV files are read line by line under the line and cell limits by :mod:`.reading`.
Every limit breached raises :class:`ImportFileError` naming the limit; nothing is written.
"""

from __future__ import annotations

import re
import zipfile
from array import array
from collections.abc import Iterator
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Final

from asiakasrekisteri.services.spreadsheets.errors import ImportFileError

MAX_ROWS: Final = 1_048_576
"""Rows of one sheet (Excel's own limit)."""
MAX_COLUMNS: Final = 16_384
"""Columns of one sheet (Excel's own limit, A–XFD)."""
MAX_CELLS: Final = 50_000_000
"""Cells of the grid a sheet spans, rows × columns (an exported register of a million
customers and its 45 columns fits)."""
MAX_CELL_CHARS: Final = 32_767
"""Characters in one cell (Excel's own limit)."""
MAX_LINE_CHARS: Final = 1_048_576
"""Characters in one line of a CSV file."""
MAX_UNPACKED_BYTES: Final = 2 * 1024**3
"""Bytes a workbook may unpack to, and bytes of shared text its sheets' cells may add up
to; also the largest CSV file."""
MAX_PACKING_RATIO: Final = 100
"""How many times smaller than its contents a large part of a workbook may be packed
(spreadsheets pack 5–30 times; a zip bomb a thousand)."""
RATIO_FLOOR_BYTES: Final = 1024**2
"""Parts smaller than this unpacked are not held to the packing ratio."""
MAX_PARTS: Final = 10_000
"""Parts (files) inside a workbook."""

_CHUNK: Final = 4 * 1024**2
_NAMES_BYTES: Final = 16 * 1024**2  # a workbook's list of sheets is read whole up to this


def grouped(number: int) -> str:
    """A number with its thousands apart, as all three languages can read it: 1 048 576."""
    return f"{number:,}".replace(",", "\u00a0")


def megabytes(size: int) -> str:
    return grouped(-(-size // 1024**2))


def check_workbook(path: Path) -> None:
    """Check a zipped workbook (.xlsx, .xlsm, .ods) before it is read.

    A file that is no zip archive is left to the reader, which says what it is.

    Raises:
        ImportFileError: A limit is exceeded, or a part is damaged.
    """
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return
    with archive:
        _check_parts(archive, path.name)
        names = set(archive.namelist())
        try:
            if "content.xml" in names:
                _check_ods(archive)
                scanned = {"content.xml"}
            else:
                scanned = _check_xlsx(archive, names)
            for info in archive.infolist():
                if info.filename not in scanned:
                    for _chunk in _chunks(archive, info.filename):
                        pass  # unpacked once, to its declared size and CRC, and dropped
        except (zipfile.BadZipFile, EOFError, OSError, RuntimeError) as exc:
            # RuntimeError: an encrypted part; the reader says that better.
            if isinstance(exc, RuntimeError):
                return
            raise ImportFileError(
                "The file {name} is damaged: a part of it does not unpack to what it says. "
                "Save it again from the program that made it.",
                code="import.damaged",
                name=path.name,
            ) from exc


def _check_parts(archive: zipfile.ZipFile, name: str) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise ImportFileError(
            "The file {name} holds {count} parts; a spreadsheet may hold at most {limit}.",
            code="import.limit.parts",
            name=name,
            count=grouped(len(infos)),
            limit=grouped(MAX_PARTS),
        )
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED_BYTES:
        raise ImportFileError(
            "The file {name} unpacks to {size} MB; at most {limit} MB can be imported. "
            "Split the register into smaller files.",
            code="import.limit.unpacked",
            name=name,
            size=megabytes(total),
            limit=megabytes(MAX_UNPACKED_BYTES),
        )
    for info in infos:
        if info.file_size < RATIO_FLOOR_BYTES:
            continue
        ratio = info.file_size // max(info.compress_size, 1)
        if ratio > MAX_PACKING_RATIO:
            raise ImportFileError(
                "The file {name} is packed {ratio} times smaller than its contents; a "
                "spreadsheet packs at most {limit} times. It is damaged or made to harm, "
                "and is not read.",
                code="import.limit.ratio",
                name=name,
                ratio=grouped(ratio),
                limit=grouped(MAX_PACKING_RATIO),
            )


def _chunks(archive: zipfile.ZipFile, part: str) -> Iterator[bytes]:
    """The part's XML in pieces of about 4 MB, each ending before a tag begins."""
    with archive.open(part) as stream:
        rest = b""
        while True:
            block = stream.read(_CHUNK)
            if not block:
                if rest:
                    yield rest
                return
            data = rest + block
            cut = data.rfind(b"<")
            if cut <= 0:
                rest = data
                continue
            rest = data[cut:]
            yield data[:cut]


# --- xlsx ------------------------------------------------------------------------------

_SHEET = re.compile(rb'<sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]*)"')
_SHEET_ID_FIRST = re.compile(rb'<sheet\b[^>]*?\br:id="([^"]*)"[^>]*?\bname="([^"]*)"')
_RELATION = re.compile(rb"<Relationship\b[^>]*>")
_ATTRIBUTE = re.compile(rb'(\w+)="([^"]*)"')
_DIMENSION = re.compile(rb'<dimension ref="(?:[A-Z]+\d+:)?([A-Z]+)(\d+)"')
_ROW_NUMBER = re.compile(rb'<row r="(\d+)"')
_REFERENCE = re.compile(rb'<(?:c|row) r="([A-Z]*)(\d+)"')
_SHARED_TEXT_CELL = re.compile(rb'\bt="s"[^>]*><v>(\d+)</v>')
_SHARED_TEXT_ITEM = re.compile(rb"<si[ >]")
_XML_ESCAPES = {b"&amp;": b"&", b"&lt;": b"<", b"&gt;": b">", b"&quot;": b'"', b"&apos;": b"'"}


def _unescaped(text: bytes) -> str:
    for escaped, plain in _XML_ESCAPES.items():
        text = text.replace(escaped, plain)
    return text.decode("utf-8", errors="replace")


def _sheet_names(archive: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    """Worksheet part → the sheet's name, as far as the workbook tells it."""
    parts = ("xl/workbook.xml", "xl/_rels/workbook.xml.rels")
    if not all(p in names and archive.getinfo(p).file_size < _NAMES_BYTES for p in parts):
        return {}  # the sheets are named after their parts instead
    workbook = archive.read("xl/workbook.xml")
    targets: dict[bytes, str] = {}
    for tag in _RELATION.findall(archive.read("xl/_rels/workbook.xml.rels")):
        attributes = dict(_ATTRIBUTE.findall(tag))
        target = attributes.get(b"Target", b"").decode("utf-8", errors="replace")
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        targets[attributes.get(b"Id", b"")] = str(PurePosixPath(part))
    found = {
        targets[rid]: _unescaped(name) for name, rid in _SHEET.findall(workbook) if rid in targets
    }
    for rid, name in _SHEET_ID_FIRST.findall(workbook):
        if rid in targets:
            found.setdefault(targets[rid], _unescaped(name))
    return found


def column_number(letters: str) -> int:
    """The 1-based number of a column's letters: "A" → 1, "XFD" → 16384."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def column_letters(number: int) -> str:
    """The letters of a 1-based column number: 1 → "A", 16384 → "XFD"."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _greater_number(value: int) -> str:
    """A regular expression for the decimal numbers (no leading zero) above ``value``."""
    digits = str(value)
    parts = [rf"[1-9]\d{{{len(digits)},}}"]
    for index, digit in enumerate(digits):
        if digit != "9":
            tail = len(digits) - index - 1
            parts.append(digits[:index] + f"[{int(digit) + 1}-9]" + (rf"\d{{{tail}}}" * (tail > 0)))
    return "(?:" + "|".join(parts) + ")"


def _greater_column(number: int) -> str:
    """A regular expression for the column letters after column ``number``."""
    letters = column_letters(number)
    parts = [rf"[A-Z]{{{len(letters) + 1},}}"]
    for index, letter in enumerate(letters):
        if letter != "Z":
            tail = len(letters) - index - 1
            parts.append(letters[:index] + f"[{chr(ord(letter) + 1)}-Z]" + f"[A-Z]{{{tail}}}")
    return "(?:" + "|".join(parts) + ")"


@cache
def _beyond(rows: int, columns: int) -> re.Pattern[bytes]:
    """References beyond ``rows`` × ``columns``, and cells or rows that give none."""
    row, column = _greater_number(rows), _greater_column(columns)
    return re.compile(
        (
            rf'<c r="(?:{column}\d|[A-Z]+{row}")|<row r="{row}"'
            r"|<c(?:>|/>|\s(?!r=))|<row(?:>|/>|\s(?!r=))"
        ).encode()
    )


_NARROW: Final = MAX_CELLS // MAX_ROWS
"""Columns a sheet of any allowed number of rows may have and still fit the cell limit."""
# Rows of seven digits or more (a million and up: past the limit, or near it), and cells
# or rows that give no reference.
_ODD = re.compile(rb'<c(?:>|/>|\s(?!r=)|\sr="[A-Z]{1,3}\d{7})|<row(?:>|/>|\s(?!r=)|\sr="\d{7})')


@cache
def _wider(columns: int) -> re.Pattern[bytes]:
    """Cell references of a column after ``columns``."""
    return re.compile(rf'<c r="({_greater_column(columns)})\d'.encode())


class _Extent:
    """The rows and columns a sheet's cells span, found while its XML streams past."""

    def __init__(self, sheet: str) -> None:
        self.sheet = sheet
        self.rows = 1
        self.columns = 1
        self.sequential = False  # a cell or row without its reference: counted one by one
        self._last_row = 0

    def check(self) -> None:
        """Raise when the grid is over a limit."""
        if self.rows > MAX_ROWS:
            raise ImportFileError(
                "Sheet “{sheet}” reaches row {count}; a sheet may have at most {limit} rows.",
                code="import.limit.rows",
                sheet=self.sheet,
                count=grouped(self.rows),
                limit=grouped(MAX_ROWS),
            )
        if self.columns > MAX_COLUMNS:
            raise ImportFileError(
                "Sheet “{sheet}” reaches column {count}; a sheet may have at most {limit} columns.",
                code="import.limit.columns",
                sheet=self.sheet,
                count=grouped(self.columns),
                limit=grouped(MAX_COLUMNS),
            )
        if self.rows * self.columns > MAX_CELLS:
            raise ImportFileError(
                "Sheet “{sheet}” spans {rows} rows and {columns} columns, {count} cells; at "
                "most {limit} cells can be imported at once. Delete far-away cells, or "
                "split the sheet.",
                code="import.limit.cells",
                sheet=self.sheet,
                rows=grouped(self.rows),
                columns=grouped(self.columns),
                count=grouped(self.rows * self.columns),
                limit=grouped(MAX_CELLS),
            )

    def declared(self, head: bytes) -> None:
        """The sheet's own ``<dimension>``: a sheet that declares too much is refused at once."""
        found = _DIMENSION.search(head)
        if found is not None:
            self.columns = max(self.columns, column_number(found[1].decode()))
            self.rows = max(self.rows, int(found[2]))
            self.check()

    def scan(self, chunk: bytes) -> None:
        if self.sequential:
            self._count(chunk)
        elif self.columns <= _NARROW:
            self._scan_narrow(chunk)
        else:
            self._scan_exactly(chunk)

    def _scan_narrow(self, chunk: bytes) -> None:
        """A sheet of at most :data:`_NARROW` columns: its grid fits whatever its rows are,
        up to :data:`MAX_ROWS`, so only columns beyond, rows past the limit and missing
        references are searched for (two passes in C, a third of the exact scan's cost).
        Rows come in order in every writer's files; the last row of the piece tells how
        many there are (for the messages)."""
        last = chunk.rfind(b'<row r="')
        if last >= 0 and (reference := _REFERENCE.match(chunk, last)) is not None:
            self.rows = max(self.rows, int(reference[2]))
        position = 0
        while found := _wider(self.columns).search(chunk, position):
            self.columns = max(self.columns, column_number(found[1].decode()))
            if self.columns > _NARROW:
                self._scan_exactly(chunk)
                return
            position = found.end()
        position = 0
        while found := _ODD.search(chunk, position):
            reference = _REFERENCE.match(chunk, found.start())
            if reference is None:
                self.sequential = True  # count this piece again, the slow way
                self._count(chunk)
                return
            self.rows = max(self.rows, int(reference[2]))
            self.check()
            position = found.end()
        self.check()

    def _scan_exactly(self, chunk: bytes) -> None:
        """Every row's number, and every reference beyond the rows and columns seen."""
        numbers = _ROW_NUMBER.findall(chunk)
        if numbers:
            self.rows = max(self.rows, max(map(int, numbers)))
        position = 0
        while found := _beyond(self.rows, self.columns).search(chunk, position):
            reference = _REFERENCE.match(chunk, found.start())
            if reference is None:
                self.sequential = True  # count this piece again, the slow way
                self._count(chunk)
                return
            if reference[1]:
                self.columns = max(self.columns, column_number(reference[1].decode()))
            self.rows = max(self.rows, int(reference[2]))
            self.check()
            position = found.end()
        self.check()

    _TAG = re.compile(rb'<(row|c)\b(?:[^>]*?\sr="([A-Z]*)(\d+)")?[^>]*?(/?)>|</row>')

    def _count(self, chunk: bytes) -> None:
        """Rows and cells one by one, where references are missing (as the reader does)."""
        column = 0
        for tag in self._TAG.finditer(chunk):
            kind = tag[1]
            if kind == b"row":
                self._last_row = int(tag[3]) if tag[3] else self._last_row + 1
                self.rows = max(self.rows, self._last_row)
                column = 0
            elif kind == b"c":
                column = column_number(tag[2].decode()) if tag[2] else column + 1
                if tag[3]:
                    self.rows = max(self.rows, int(tag[3]))
                self.columns = max(self.columns, column)
        self.check()


def _check_xlsx(archive: zipfile.ZipFile, names: set[str]) -> set[str]:
    """Check every worksheet; returns the parts streamed."""
    sheet_names = _sheet_names(archive, names)
    sheets = sorted(n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml"))
    texts = _shared_text_sizes(archive) if "xl/sharedStrings.xml" in names else None
    for part in sheets:
        extent = _Extent(sheet_names.get(part, PurePosixPath(part).stem))
        first = True
        for chunk in _chunks(archive, part):
            if first:
                extent.declared(chunk[:8192])
                first = False
            extent.scan(chunk)
        if texts and extent.rows * extent.columns * max(texts) > MAX_UNPACKED_BYTES:
            _check_shared_text(archive, part, extent.sheet, texts)
    return {*sheets, "xl/sharedStrings.xml"}


def _shared_text_sizes(archive: zipfile.ZipFile) -> array[int]:
    """The size in bytes of each shared text's XML (no smaller than the text itself)."""
    sizes = array("Q")
    offset = previous = -1
    for chunk in _chunks(archive, "xl/sharedStrings.xml"):
        for found in _SHARED_TEXT_ITEM.finditer(chunk):
            start = offset + 1 + found.start()
            if previous >= 0:
                sizes.append(start - previous)
            previous = start
        offset += len(chunk)
    if previous >= 0:
        sizes.append(offset + 1 - previous)
    return sizes


def _check_shared_text(archive: zipfile.ZipFile, part: str, sheet: str, sizes: array[int]) -> None:
    """Add up the shared texts the sheet's cells reference: each cell gets its own copy."""
    total = 0
    count = len(sizes)
    for chunk in _chunks(archive, part):
        for index in map(int, _SHARED_TEXT_CELL.findall(chunk)):
            total += sizes[index] if index < count else 0
        if total > MAX_UNPACKED_BYTES:
            raise ImportFileError(
                "The cells of sheet “{sheet}” repeat shared texts to more than {limit} MB; "
                "at most {limit} MB of text can be imported. Split the sheet.",
                code="import.limit.text",
                sheet=sheet,
                limit=megabytes(MAX_UNPACKED_BYTES),
            )


# --- ods -------------------------------------------------------------------------------

_ODS_TAG = re.compile(
    rb"<table:table-row\b([^>]*)>|</table:table-row>"
    rb"|<table:(?:covered-)?table-cell\b([^>]*?)(/?)>"
    rb"|<table:table(?=[\s>])([^>]*)>"
)
_ROWS_REPEATED = re.compile(rb'number-rows-repeated="(\d+)"')
_COLUMNS_REPEATED = re.compile(rb'number-columns-repeated="(\d+)"')
_TABLE_NAME = re.compile(rb'\btable:name="([^"]*)"')


def _repeat(pattern: re.Pattern[bytes], attributes: bytes) -> int:
    found = pattern.search(attributes)
    return int(found[1]) if found else 1


class _OdsSheets:
    """The grid of each OpenDocument sheet: only cells with a value count, as for the reader.

    A row or cell may stand for many (``number-rows-repeated``); empty repeats, which
    fill every saved sheet to its full size, span nothing.
    """

    def __init__(self) -> None:
        self.extent = _Extent("")
        self._row = 0  # rows passed on the current sheet
        self._row_repeat = 1
        self._column = 0
        self._row_has_value = False

    def feed(self, chunk: bytes) -> None:
        for tag in _ODS_TAG.finditer(chunk):
            if tag[4] is not None:  # a new sheet
                name = _TABLE_NAME.search(tag[4])
                self.extent = _Extent(_unescaped(name[1]) if name else "")
                self._row = 0
            elif tag[1] is not None:  # a row begins
                self._row_repeat = _repeat(_ROWS_REPEATED, tag[1])
                self._column, self._row_has_value = 0, False
            elif tag[2] is None:  # a row ends
                if self._row_has_value:
                    self.extent.rows = max(self.extent.rows, self._row + self._row_repeat)
                    self.extent.check()
                self._row += self._row_repeat
            else:
                repeat = _repeat(_COLUMNS_REPEATED, tag[2])
                if not tag[3] or b"office:value-type" in tag[2]:
                    self._row_has_value = True
                    self.extent.columns = max(self.extent.columns, self._column + repeat)
                    self.extent.check()
                self._column += repeat


def _check_ods(archive: zipfile.ZipFile) -> None:
    sheets = _OdsSheets()
    for chunk in _chunks(archive, "content.xml"):
        sheets.feed(chunk)


__all__ = [
    "MAX_CELLS",
    "MAX_CELL_CHARS",
    "MAX_COLUMNS",
    "MAX_LINE_CHARS",
    "MAX_PACKING_RATIO",
    "MAX_PARTS",
    "MAX_ROWS",
    "MAX_UNPACKED_BYTES",
    "RATIO_FLOOR_BYTES",
    "check_workbook",
    "column_letters",
    "column_number",
    "grouped",
    "megabytes",
]
