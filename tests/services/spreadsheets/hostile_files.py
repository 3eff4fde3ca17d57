"""Hostile and broken spreadsheet files, built by hand part by part."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
    '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings'
    '+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
    '"xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="Asiakkaat" sheetId="1" r:id="rId1"/></sheets>'
    "</workbook>"
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/'
    'sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)
HEADER_ROW = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Nimi</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>Sähköposti</t></is></c></row>'
)


def sheet_xml(rows: str, dimension: str = "") -> str:
    head = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats'
        f'.org/spreadsheetml/2006/main">{head}<sheetData>{rows}</sheetData></worksheet>'
    )


def write_parts(path: Path, sheet: str | bytes, shared: str = "") -> Path:
    """An .xlsx of one sheet "Asiakkaat" with the given XML (and shared texts)."""
    strings = shared or (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
        'spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        archive.writestr("xl/sharedStrings.xml", strings)
    return path


def far_apart_cells(path: Path) -> Path:
    """1.5 kB that a reader would make a grid of 17 billion cells of."""
    rows = HEADER_ROW + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    return write_parts(path, sheet_xml(rows))


def zip_bomb(path: Path, megabytes: int = 40) -> Path:
    """A sheet padded with empty rows that packs about a thousand times smaller."""
    padding = "<row/>" * (megabytes * 1024**2 // 6)
    return write_parts(path, sheet_xml(HEADER_ROW + padding).encode())


def repeated_shared_text(path: Path, cells: int, length: int = 30_000) -> Path:
    """One long shared text that every cell of a column references."""
    rows = HEADER_ROW + "".join(
        f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c></row>' for n in range(2, cells + 2)
    )
    shared = (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>{"x" * length}</t></si>'
        "</sst>"
    )
    return write_parts(path, sheet_xml(rows), shared)


def lying_sizes(path: Path, part: str = "xl/worksheets/sheet1.xml") -> Path:
    """A workbook whose ``part`` says it unpacks to far less than it does."""
    rows = HEADER_ROW + "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>Asiakas {n} Oy</t></is></c></row>'
        for n in range(2, 2002)
    )
    write_parts(path, sheet_xml(rows))
    data = bytearray(path.read_bytes())
    name = part.encode()
    with zipfile.ZipFile(path) as archive:
        true_size = archive.getinfo(name.decode()).file_size
    lie = struct.pack("<I", 20)
    # The uncompressed size sits 22 bytes into a local header and 24 into a central one.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                assert struct.unpack_from("<I", data, start + offset)[0] == true_size
                data[start + offset : start + offset + 4] = lie
            start += 4
    path.write_bytes(bytes(data))
    return path


def ods_repeated(path: Path, rows: int, columns: int) -> Path:
    """An OpenDocument sheet whose one valued cell is repeated into a huge grid."""
    cell = (
        f'<table:table-cell office:value-type="string" table:number-columns-repeated='
        f'"{columns}"><text:p>x</text:p></table:table-cell>'
    )
    body = (
        '<table:table-row><table:table-cell office:value-type="string"><text:p>Nimi</text:p>'
        "</table:table-cell></table:table-row>"
        f'<table:table-row table:number-rows-repeated="{rows}">{cell}</table:table-row>'
        # Saved sheets end in empty repeats as wide as the application: these span nothing.
        '<table:table-row table:number-rows-repeated="1048000"><table:table-cell '
        'table:number-columns-repeated="1024"/></table:table-row>'
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:'
        'oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:'
        'opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:'
        'text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table '
        f'table:name="Asiakkaat">{body}</table:table></office:spreadsheet></office:body>'
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
        'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry '
        'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
        'spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-'
        'type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)
    return path
