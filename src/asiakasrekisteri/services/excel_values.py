"""Reading spreadsheet files into plain rows, and washing single cell values.

Files are read with python-calamine (.xlsx, .xlsm, .xls, .ods; about 15× faster than
openpyxl's reader on 50k rows) and CSV with the standard library (``;`` or ``,``, UTF-8
with or without BOM, or Windows-1252). Whatever cannot be read raises
:class:`ImportFileError` with one plain sentence (issue 3, item 2, "Errors").
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Final, cast

import python_calamine

from asiakasrekisteri.domain.errors import ValidationError

SPREADSHEET_SUFFIXES: Final = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt", ".tsv")
_OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC: Final = b"PK\x03\x04"

Cell = str | int | float | bool | date | datetime | time | timedelta | None


class ImportFileError(ValidationError):
    """The file as a whole cannot be imported; nothing was changed.

    Raised for: a missing or unreadable file, a file that is not a spreadsheet, an
    encrypted workbook, an empty sheet, no recognisable header row, a sheet name that
    does not exist. ``message`` is a plain sentence for the user.
    """

    code = "import.file"
    template = "The file cannot be imported."


@dataclass(frozen=True)
class RawSheet:
    """The cells of one sheet as read, merged areas filled in.

    Attributes:
        name: The sheet's name (the file name for CSV).
        rows: Rows of cells; trailing empty cells may be missing.
        sheet_names: Every sheet of the workbook, in file order.
        file_format: ``"xlsx"``, ``"xls"``, ``"ods"``, ``"csv"`` ...
    """

    name: str
    rows: list[list[Cell]]
    sheet_names: tuple[str, ...]
    file_format: str


def _fail(template: str, code: str, **params: Any) -> ImportFileError:
    return ImportFileError(template, code=code, **params)


def _check_file(path: Path) -> bytes:
    if not path.exists():
        raise _fail("The file {path} does not exist.", "import.missing", path=str(path))
    if path.is_dir():
        raise _fail("{path} is a folder, not a file.", "import.folder", path=str(path))
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise _fail(
            "The file {path} cannot be read: {reason}.",
            "import.unreadable",
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    if not head:
        raise _fail("The file {path} is empty.", "import.empty_file", path=str(path))
    return head


Companion = Callable[[Sequence[Sequence[Cell]]], bool]
"""``companion(first_rows)``: whether a sheet beginning with these rows is read too."""


def read_workbook(
    path: Path,
    sheet: str | None = None,
    *,
    nrows: int | None = None,
    companion: Companion | None = None,
) -> tuple[RawSheet, tuple[RawSheet, ...]]:
    """Read one sheet, and the sheets that go with it.

    The workbook is opened once and every sheet parsed at most once. Each other sheet's
    first rows are shown to ``companion``; the sheets it accepts are read whole and
    returned second, in file order. When no sheet is named, a sheet that ``companion``
    accepts is not taken as the customer sheet unless every sheet is one.

    Args:
        path: The file.
        sheet: A sheet name; None picks the sheet whose header names the most fields (a
            first sheet that clearly is a customer list wins).
        nrows: Read at most this many rows of the chosen sheet (for a quick look).
        companion: Which other sheets to read too.

    Raises:
        ImportFileError: The file cannot be used at all.
    """
    head = _check_file(path)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv") or (
        suffix not in SPREADSHEET_SUFFIXES and not head.startswith((_ZIP_MAGIC, _OLE_MAGIC))
    ):
        return _read_csv(path, nrows), ()
    if head.startswith(_OLE_MAGIC) and suffix in (".xlsx", ".xlsm", ".ods"):
        # An Office file saved with a password is an OLE container holding the encrypted
        # package, whatever its name says.
        raise _fail(
            "The file {name} is protected with a password. Open it in Excel, remove the "
            "password (File › Info › Protect Workbook) and save it again.",
            "import.encrypted",
            name=path.name,
        )
    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError as exc:
        raise _fail(
            "The file {name} is protected with a password; remove the password and try again.",
            "import.encrypted",
            name=path.name,
        ) from exc
    except (python_calamine.CalamineError, ValueError, OSError) as exc:
        raise _fail(
            "The file {name} is not a spreadsheet that can be read ({reason}).",
            "import.not_spreadsheet",
            name=path.name,
            reason=str(exc).strip() or type(exc).__name__,
        ) from exc
    # calamine parses a whole sheet even for a 30-row look: parse each sheet once.
    loaded: dict[str, Any] = {}
    companions: list[RawSheet] = []
    file_format = suffix.lstrip(".") or "xlsx"
    try:
        names = tuple(workbook.sheet_names)
        if not names:
            raise _fail("The file {name} has no sheets.", "import.no_sheets", name=path.name)
        accepted: dict[str, bool] = {}

        def is_companion(name: str) -> bool:
            if companion is None:
                return False
            if name not in accepted:
                try:
                    first = _sheet_rows(workbook, name, _LOOK_ROWS, loaded)
                except python_calamine.CalamineError:
                    first = []
                accepted[name] = companion(first)
            return accepted[name]

        if sheet is not None:
            if sheet not in names:
                raise _fail(
                    "The file has no sheet called “{sheet}”. Its sheets are: {sheets}.",
                    "import.no_such_sheet",
                    sheet=sheet,
                    sheets=", ".join(names),
                )
            chosen = sheet
        else:
            candidates = [n for n in names if not is_companion(n)] if companion else names
            chosen = _pick_sheet(workbook, candidates or names, loaded)
        rows = _sheet_rows(workbook, chosen, nrows, loaded)
        for name in names:
            if name != chosen and is_companion(name):
                companions.append(
                    RawSheet(name, _sheet_rows(workbook, name, None, loaded), names, file_format)
                )
    except python_calamine.CalamineError as exc:
        raise _fail(
            "The file {name} cannot be read ({reason}).",
            "import.not_spreadsheet",
            name=path.name,
            reason=str(exc).strip() or type(exc).__name__,
        ) from exc
    finally:
        workbook.close()
    return RawSheet(chosen, rows, names, file_format), tuple(companions)


_LOOK_ROWS: Final = 30
"""Rows shown to ``companion`` (the header may sit below a title, as on a customer sheet)."""


CLEAR_REGISTER_SCORE: Final = 6
"""A header naming this many different fields is a customer list beyond doubt."""


def _pick_sheet(
    workbook: python_calamine.CalamineWorkbook, names: Sequence[str], loaded: dict[str, Any]
) -> str:
    from asiakasrekisteri.services.excel_headers import header_score

    if len(names) == 1:
        return names[0]
    best, best_score = names[0], -1
    for name in names:
        try:
            rows = _sheet_rows(workbook, name, 30, loaded)
        except python_calamine.CalamineError:
            continue
        score = max((header_score([cell_text(c) for c in row]) for row in rows), default=0)
        if score > best_score:
            best, best_score = name, score
        if name == names[0] and score >= CLEAR_REGISTER_SCORE:
            # A first sheet that is a customer list beyond doubt is the one meant, even
            # when a later sheet happens to name more fields.
            return name
    return best


def _sheet_rows(
    workbook: python_calamine.CalamineWorkbook,
    name: str,
    nrows: int | None,
    loaded: dict[str, Any] | None = None,
) -> list[list[Cell]]:
    cache = loaded if loaded is not None else {}
    sheet = cache.get(name)
    if sheet is None:
        sheet = cache[name] = workbook.get_sheet_by_name(name)
    rows = cast("list[list[Cell]]", sheet.to_python(skip_empty_area=False, nrows=nrows))
    merged = getattr(sheet, "merged_cell_ranges", None) or []
    for (top, left), (bottom, right) in merged:
        # A merged area shows its top-left value in every cell it covers.
        if top >= len(rows) or left >= len(rows[top]):
            continue
        value = rows[top][left]
        for r in range(top, min(bottom, len(rows) - 1) + 1):
            row = rows[r]
            for c in range(left, min(right, len(row) - 1) + 1):
                if r != top or c != left:
                    row[c] = value
    return rows


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # Excel's "CSV (Comma delimited)" on a Finnish Windows writes Windows-1252.
        return raw.decode("cp1252", errors="replace")


def _read_csv(path: Path, nrows: int | None) -> RawSheet:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fail(
            "The file {name} is not a spreadsheet or a CSV text file.",
            "import.not_spreadsheet",
            name=path.name,
        )
    text = _decode(raw)
    sample = "\n".join(text.splitlines()[:50])
    counts = {sep: sample.count(sep) for sep in (";", ",", "\t")}
    delimiter = max(counts, key=lambda sep: counts[sep])
    if counts[delimiter] == 0:
        delimiter = ";"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[Cell]] = []
    for row in reader:
        rows.append(list(row))
        if nrows is not None and len(rows) >= nrows:
            break
    return RawSheet(path.name, rows, (path.name,), "csv")


# --- cell values -----------------------------------------------------------------------


def cell_text(value: Cell) -> str:
    """A cell as the text a user would read, numbers typed as numbers without ``.0``.

    >>> cell_text(1001.0), cell_text(12.5), cell_text(date(2025, 1, 2)), cell_text(None)
    ('1001', '12.5', '2025-01-02', '')
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        if value == int(value) and abs(value) < 1e15:
            return str(int(value))
        # 15 significant digits is what Excel shows; it hides binary noise (0.1 + 0.2).
        return format(Decimal(format(value, ".15g")).normalize(), "f")
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


_POSTAL_CITY = re.compile(
    r"^(?:(?P<prefix>[A-Z]{1,2})[- ])?(?P<code>\d{5}|\d{3} \d{2}|\d{4})\s+(?P<city>\D.*)$",
    re.IGNORECASE,
)
_CO = re.compile(r"^\s*c\s*/\s*o\b", re.IGNORECASE)


@dataclass(frozen=True)
class SplitAddress:
    """One address cell taken apart; ``country`` is the text after the city, if any."""

    street: str
    postal_code: str
    city: str
    country: str = ""


def split_address(text: str) -> SplitAddress | None:
    """Split "street, postal code city" into parts; None when no postal code is found.

    Lines may be separated by commas or line breaks; a ``c/o`` part stays on its own line
    at the top of the street, where Finnish address rules put it.

    >>> split_address("c/o Virtanen, Hämeenkatu 10 A 5, 33100 Tampere")
    SplitAddress(street='c/o Virtanen\\nHämeenkatu 10 A 5', postal_code='33100', city='Tampere', country='')
    >>> split_address("Storgatan 1\\n123 45 Stockholm\\nSverige").country
    'Sverige'
    """  # noqa: E501
    parts = [p.strip() for p in re.split(r"[\n\r,;]+", text) if p.strip()]
    for index in range(len(parts) - 1, -1, -1):
        match = _POSTAL_CITY.match(parts[index])
        if match is None:
            # "Hämeenkatu 10 33100 Tampere" in one part: look for the code inside it.
            inner = re.match(r"^(?P<street>.*\d.*?)\s+(?P<rest>\d{5}\s+\D.*)$", parts[index])
            if inner is None or len(parts) - index > 2:
                continue
            parts[index : index + 1] = [inner["street"], inner["rest"]]
            match = _POSTAL_CITY.match(parts[index + 1])
            index += 1
            if match is None:  # pragma: no cover - the pattern above guarantees a match
                continue
        street_parts = parts[:index]
        trailing = parts[index + 1 :]
        if len(trailing) > 1:
            continue
        co = [p for p in street_parts if _CO.match(p)]
        rest = [p for p in street_parts if not _CO.match(p)]
        return SplitAddress(
            street="\n".join(co + rest),
            postal_code=match["code"],
            city=match["city"].strip(),
            country=trailing[0] if trailing else "",
        )
    return None


_TYPE_WORDS: Final[dict[str, str]] = {
    **dict.fromkeys(
        ("yritys", "y", "yhtio", "yhteiso", "oy", "oyj", "ab", "ky", "tmi", "ay", "ry",
         "company", "business", "corporate", "organisation", "organization", "b2b", "c",
         "foretag", "firma", "bolag", "juridisk person", "organisaatio", "yritysasiakas"),
        "company",
    ),
    **dict.fromkeys(
        ("yksityinen", "yksityishenkilo", "henkilo", "h", "y/h", "kuluttaja", "private",
         "person", "individual", "consumer", "b2c", "p", "privat", "privatperson",
         "privatkund", "konsument", "yksityisasiakas", "henkiloasiakas"),
        "private",
    ),
}  # fmt: skip


@lru_cache(maxsize=1024)  # a column of a handful of words, 50,000 times over
def parse_customer_type(text: str) -> str | None:
    """``"company"``/``"private"`` for a type word in Finnish, Swedish or English."""
    from asiakasrekisteri.services.excel_headers import fold

    key = text.strip().casefold()
    if key in _TYPE_WORDS:
        return _TYPE_WORDS[key]
    folded = fold(text)
    for word, kind in _TYPE_WORDS.items():
        if fold(word) == folded:
            return kind
    return None


_LANGUAGE_WORDS: Final[dict[str, str]] = {
    **dict.fromkeys(("fi", "fin", "suomi", "finska", "finnish", "suomeksi"), "fi"),
    **dict.fromkeys(("sv", "se", "swe", "ruotsi", "svenska", "swedish", "ruotsiksi"), "sv"),
    **dict.fromkeys(("en", "eng", "englanti", "engelska", "english", "englanniksi"), "en"),
}


def parse_language(text: str) -> str | None:
    """``"fi"``/``"sv"``/``"en"`` for a language name or code in the three languages."""
    return _LANGUAGE_WORDS.get(text.strip().casefold())


_DAYS = re.compile(
    r"^(\d{1,3})\s*(?:pv|pvä|päivää|päivä|vrk|d|days?|dagar|dag|netto)?\.?$", re.IGNORECASE
)


@lru_cache(maxsize=1024)
def parse_payment_days(text: str) -> str:
    """ "14 pv", "14 päivää", "30 days", "netto 14" → "14"; anything else unchanged."""
    cleaned = text.strip().casefold().removeprefix("netto").strip()
    match = _DAYS.match(cleaned)
    return match.group(1) if match else text


__all__ = [
    "Cell",
    "Companion",
    "ImportFileError",
    "RawSheet",
    "SplitAddress",
    "cell_text",
    "parse_customer_type",
    "parse_language",
    "parse_payment_days",
    "read_workbook",
    "split_address",
]
