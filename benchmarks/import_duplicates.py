"""The import's analysis and duplicate check at a million rows, beside the time to read them.

Builds an .xlsx of N customer rows without customer numbers, the way a register kept in
Excel looks: firms with a Y-tunnus, a trade and a form ("Rakennus Virtanen Oy"), private
people with a consumer e-mail address, and about 2 % of rows again: the same e-mail in
other letters, the same phone typed another way, the name with a slip. A register of R
customers (the first rows of the sheet, already imported) is matched against too.

Measured in this one process, on the same file:

* floor: a bare python-calamine read of the sheet (every row as Python values);
* the program's read of it (the same, after the hostile-file checks of ``limits``);
* the whole analysis (``ExcelImportService.analyse``: read, wash, type, number, duplicates);
* the duplicate check alone (``duplicates.find_duplicates`` on the analysed rows, against
  the register).

Times are the process's CPU time (all its threads), which other work on a shared machine
does not inflate as it does wall-clock time; the wall-clock times are printed too.

and the peak resident memory of the process (``getrusage``'s ``ru_maxrss``), which the
whole analysis sets: the file's cells and the plan of every row.

Budget: the duplicate check ≤ 3× the floor (it was quadratic: 20,000 rows took 3 min 55 s;
a million rows were killed after 5 min). The whole analysis and the peak memory are
printed beside it for the record, with no budget of their own: both grow in step with
the rows (the whole analysis is about 7.4× the read at 100,000 rows and at a million),
and docs/benchmarks.md says where their time goes.

    python -m benchmarks.import_duplicates [--count 1000000] [--register 50000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from itertools import chain
from pathlib import Path
from xml.sax.saxutils import escape

import python_calamine

from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.services.container import open_services
from asiakasrekisteri.services.spreadsheets import DuplicateAction
from asiakasrekisteri.services.spreadsheets.collector import collection_paused
from asiakasrekisteri.services.spreadsheets.duplicates import find_duplicates, read_register
from asiakasrekisteri.services.spreadsheets.reading import read_workbook
from benchmarks.measure import Clock, peak_rss_mb

BUDGET = 3.0
HEADER = ("Nimi", "Y-tunnus", "Katuosoite", "Postinumero", "Postitoimipaikka", "Sähköposti",
          "Puhelin", "Yhteyshenkilö")  # fmt: skip
FIRST = ("Matti", "Maija", "Juha", "Anna", "Mikko", "Laura", "Sari", "Timo", "Kaisa", "Pekka",
         "Tiina", "Antti", "Elina", "Heikki", "Päivi", "Aino", "Väinö", "Helmi", "Björn", "Ebba",
         "Lars", "Karin", "Oskari", "Sofia", "Eero", "Linnea", "Johan", "Emilia")  # fmt: skip
SYLLABLES = ("vir", "ta", "nen", "kor", "ho", "mä", "ki", "lai", "hei", "kin", "saa", "ri",
             "lah", "ti", "jär", "vi", "kos", "ne", "tuo", "mi", "rin", "kal", "lio", "aho",
             "sal", "mi", "lin", "qvist", "berg", "ström", "lund", "holm")  # fmt: skip
TRADES = ("Rakennus", "Sähkö", "LVI", "Kuljetus", "Tilitoimisto", "Kahvila", "Maalaus",
          "Puutarha", "Siivous", "Kampaamo", "Autokorjaamo", "Bygg", "Design",
          "Metalli")  # fmt: skip
FORMS = ("Oy", "Oy", "Oy", "Ky", "Tmi", "Ab", "Oy Ab", "Ay")
CITIES = (("Helsinki", "00100"), ("Tampere", "33100"), ("Turku", "20100"), ("Oulu", "90100"),
          ("Vaasa", "65100"), ("Espoo", "02100"))  # fmt: skip
DOMAINS = ("gmail.com", "luukku.com", "hotmail.fi", "outlook.com", "saunalahti.fi")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def _surname(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _business_id(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(1, 3), *(rng.randint(0, 9) for _ in range(6))]
        remainder = sum(w * d for w, d in zip(_WEIGHTS, digits, strict=True)) % 11
        if remainder != 1:
            return "".join(map(str, digits)) + "-" + str(0 if remainder == 0 else 11 - remainder)


def _phone(rng: random.Random) -> str:
    return f"0{rng.choice((40, 44, 45, 50))} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


def _again(rng: random.Random, row: list[str]) -> list[str]:
    """A row typed in again: e-mail in other letters, phone another way, a slip in the name."""
    again = list(row)
    again[5] = row[5].upper()
    digits = "".join(c for c in row[6] if c.isdigit())
    again[6] = "+358" + digits[1:]
    name = row[0]
    slip = rng.randrange(1, len(name) - 1)
    again[0] = name[:slip] + name[slip + 1] + name[slip] + name[slip + 2 :]
    return again


def rows(count: int, seed: int = 2027) -> Iterator[list[str]]:
    rng = random.Random(seed)
    made: list[list[str]] = []
    for index in range(count):
        if made and rng.random() < 0.02:
            yield _again(rng, rng.choice(made))
            continue
        city, postal = rng.choice(CITIES)
        street = f"{rng.choice(('Hämeenkatu', 'Kauppakatu', 'Rantatie'))} {rng.randint(1, 99)}"
        last = _surname(rng)
        if rng.random() < 0.7:
            trade, form = rng.choice(TRADES), rng.choice(FORMS)
            name = f"{trade} {last} {form}"
            row = [name, _business_id(rng), street, postal, city,
                   f"laskut@{last.lower()}{index}.fi", _phone(rng),
                   f"{rng.choice(FIRST)} {last}"]  # fmt: skip
        else:
            first = rng.choice(FIRST)
            row = [f"{first} {last}", "", street, postal, city,
                   f"{first.lower()}.{last.lower()}{index}@{rng.choice(DOMAINS)}",
                   _phone(rng), ""]  # fmt: skip
        if len(made) < 50_000:
            made.append(row)
        yield row


def _cell(ref: str, value: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>' if value else ""


def write_sheet(path: Path, count: int) -> None:
    """A minimal .xlsx, written as a stream (openpyxl takes minutes for a million rows)."""
    letters = "ABCDEFGH"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="rels" ContentType="'
            'application/vnd.openxmlformats-package.relationships+xml"/><Default Extension='
            '"xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
            'main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="'
            'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>",
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            'officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.'
            'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name='
            '"Asiakkaat" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
            'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>',
        )
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(
                b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
                b'openxmlformats.org/spreadsheetml/2006/main">'
                + f'<dimension ref="A1:H{count + 1}"/><sheetData>'.encode()
            )
            lines: list[str] = []
            # Streamed: a list of a million rows would set the peak memory measured below.
            for number, values in enumerate(chain([list(HEADER)], rows(count)), 1):
                cells = "".join(
                    _cell(f"{c}{number}", v) for c, v in zip(letters, values, strict=False)
                )
                lines.append(f'<row r="{number}">{cells}</row>')
                if len(lines) == 10_000:
                    sheet.write("".join(lines).encode())
                    lines.clear()
            sheet.write(("".join(lines) + "</sheetData></worksheet>").encode())


def _floor(path: Path) -> Clock:
    with Clock() as clock:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        data = workbook.get_sheet_by_name("Asiakkaat").to_python(skip_empty_area=False)
        workbook.close()
    del data
    return clock


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--register", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sheet = folder / "rekisteri.xlsx"
        started = time.perf_counter()
        write_sheet(sheet, args.count)
        first = folder / "ensimmaiset.xlsx"
        write_sheet(first, args.register)
        print(f"wrote {args.count:,} rows ({sheet.stat().st_size / 1024**2:.0f} MB) in "
              f"{time.perf_counter() - started:.0f} s")  # fmt: skip

        services = open_services(folder / "register.sqlite3")
        service = services.excel_import
        if args.register:
            plan = service.analyse(first)
            service.apply(
                plan, duplicate_choices={g.key: DuplicateAction.NEW for g in plan.duplicates}
            )
            del plan

        floor = _floor(sheet)
        with Clock() as read:
            read_workbook(sheet, companion=lambda _rows: False)
        with Clock() as analysed:
            plan = service.analyse(sheet)
        register = read_register(services.db)
        # As inside analyse: the cycle collector waits while the plan's objects are made.
        with collection_paused(), Clock() as checked:
            groups = find_duplicates(plan.rows, register)
        services.close()

    certain = [g for g in groups if not g.possible]
    possible = [g for g in groups if g.possible]
    private = sum(1 for r in plan.rows if r.data and r.data.customer_type is CustomerType.PRIVATE)
    print(f"rows {len(plan.rows):,}: {private:,} private persons inferred; duplicate groups "
          f"{len(certain):,} certain ({sum(len(g.rows) for g in certain):,} rows), "
          f"{len(possible):,} possible")  # fmt: skip
    print("                                  CPU s   floor s   × floor    wall s")
    for label, clock in (
        ("floor: bare calamine read", floor),
        ("read with the hostile-file checks", read),
        ("whole analysis", analysed),
        ("duplicate check", checked),
    ):
        print(
            f"{label:<33} {clock.cpu:6.1f}   {floor.cpu:7.1f}   {clock.cpu / floor.cpu:6.2f}×"
            f"   {clock.wall:7.1f}"
        )
    whole = analysed.cpu / floor.cpu
    print(f"whole analysis: {analysed.cpu:.1f} s, floor {floor.cpu:.1f} s, {whole:.2f}× "
          "(no budget)")  # fmt: skip
    ratio = checked.cpu / floor.cpu
    ok = ratio <= BUDGET
    print(
        f"duplicate check: {checked.cpu:.1f} s, floor {floor.cpu:.1f} s, {ratio:.2f}× "
        f"(budget {BUDGET}×) {'ok' if ok else 'OVER'}"
    )
    print(f"peak memory {peak_rss_mb():.0f} MB (no budget)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
