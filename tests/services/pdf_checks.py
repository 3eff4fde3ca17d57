"""Checks of a rendered PDF's geometry: no text on text, nothing in the QR code's quiet zone
or the barcode's area, everything on the page; and the symbols decoded from pixels."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import pdfplumber
import pypdfium2
import zxingcpp

MM = 72 / 25.4
BAR_HEIGHT = 13 * MM
BARCODE_QUIET = 6.35 * MM  # the Code 128 quiet zone (reportlab's default: max(10X, 1/4 in))
QR_QUIET_MODULES = 4
TOLERANCE = 0.2  # points of overlap a rounding may cause


@dataclass(frozen=True)
class Box:
    x0: float
    top: float
    x1: float
    bottom: float
    what: str

    def overlaps(self, other: Box) -> bool:
        return (
            min(self.x1, other.x1) - max(self.x0, other.x0) > TOLERANCE
            and min(self.bottom, other.bottom) - max(self.top, other.top) > TOLERANCE
        )

    def grown(self, dx: float, dy: float) -> Box:
        return Box(self.x0 - dx, self.top - dy, self.x1 + dx, self.bottom + dy, self.what)


def _union(boxes: list[Box], what: str) -> Box | None:
    if not boxes:
        return None
    return Box(min(b.x0 for b in boxes), min(b.top for b in boxes),
               max(b.x1 for b in boxes), max(b.bottom for b in boxes), what)  # fmt: skip


def _box(obj: dict[str, Any], what: str) -> Box:
    return Box(float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]), what)


def _whole(width: float, module: float) -> bool:
    """True when ``width`` is a whole number of modules (a run of a QR code's row)."""
    ratio = width / module
    return round(ratio) >= 1 and abs(ratio - round(ratio)) < 0.01


def crossings(texts: list[Box], lines: list[Box]) -> list[tuple[Box, Box]]:
    """Every word a drawn line runs through (a line touching a word's edge is fine)."""
    found = []
    for line in lines:
        for box in texts:
            inner = Box(box.x0 + 0.5, box.top + 0.5, box.x1 - 0.5, box.bottom - 0.5, box.what)
            if line.overlaps(inner) or (
                min(line.x1, inner.x1) >= max(line.x0, inner.x0)
                and min(line.bottom, inner.bottom) >= max(line.top, inner.top)
            ):
                found.append((box, line))
    return found


def symbols(page: Any) -> tuple[Box | None, Box | None, list[Box]]:
    """The QR code's quiet zone, the barcode's area, and every other drawn thing.

    The QR code is the rectangles measuring whole modules (the smallest square's side);
    the barcode is the bars as tall as the bank barcode.
    """
    rects = [_box(rect, "rect") for rect in page.rects]
    bars = [b for b in rects if abs(b.bottom - b.top - BAR_HEIGHT) < 0.5 and b.x1 - b.x0 < 2 * MM]
    rest = [b for b in rects if b not in bars]
    squares = [b.bottom - b.top for b in rest if abs(b.bottom - b.top - (b.x1 - b.x0)) < 0.01]
    small = [side for side in squares if 0.3 * MM < side < 2 * MM]
    module = min(small) if small else 0.0
    qr_parts = [
        b for b in rest
        if module and _whole(b.x1 - b.x0, module) and _whole(b.bottom - b.top, module)
    ]  # fmt: skip
    others = [b for b in rest if b not in qr_parts]
    for kind in ("lines", "curves", "images"):
        others += [_box(obj, kind[:-1]) for obj in getattr(page, kind)]
    qr = _union(qr_parts, "QR quiet zone")
    if qr is not None:
        qr = qr.grown(QR_QUIET_MODULES * module, QR_QUIET_MODULES * module)
    barcode = _union(bars, "barcode area")
    if barcode is not None:
        barcode = barcode.grown(BARCODE_QUIET, 0.5 * MM)
    return qr, barcode, others


def words(page: Any) -> list[Box]:
    found = page.extract_words(x_tolerance=1, y_tolerance=1, keep_blank_chars=False)
    return [_box(word, f"word {word['text']!r}") for word in found]


def overlaps(boxes: list[Box]) -> list[tuple[Box, Box]]:
    """Every pair of boxes that overlap (a sweep down the page)."""
    ordered = sorted(boxes, key=lambda b: b.top)
    found = []
    for i, box in enumerate(ordered):
        for other in ordered[i + 1 :]:
            if other.top >= box.bottom - TOLERANCE:
                break
            if box.overlaps(other):
                found.append((box, other))
    return found


def layout_problems(data: bytes) -> list[str]:
    """Everything wrong with the pages' geometry, one line each (empty when all is well)."""
    problems: list[str] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            texts = words(page)
            for a, b in overlaps(texts):
                problems.append(f"page {number}: {a.what} overlaps {b.what}")
            for box in texts:
                if box.x0 < 5 * MM or box.x1 > page.width - 5 * MM or box.top < 5 * MM or (
                        box.bottom > page.height - 5 * MM):  # fmt: skip
                    problems.append(f"page {number}: {box.what} outside the printable area")
            qr, barcode, others = symbols(page)
            drawn = [box for box in others if box.what in ("line", "rect")]
            for word, line in crossings(texts, drawn):
                problems.append(f"page {number}: a {line.what} runs through {word.what}")
            for zone in (z for z in (qr, barcode) if z is not None):
                for box in texts + others:
                    if zone.overlaps(box):
                        problems.append(f"page {number}: {box.what} enters the {zone.what}")
            if qr is not None and barcode is not None and qr.overlaps(barcode):
                problems.append(f"page {number}: the QR code and the barcode overlap")
    return problems


def zones(data: bytes, page: int = -1) -> tuple[Box | None, Box | None]:
    """The QR code's quiet zone and the barcode's area found on a page."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        qr, barcode, _others = symbols(pdf.pages[page])
    return qr, barcode


def decode_page(data: bytes, page: int = -1, dpi: int = 200) -> dict[str, str]:
    """Render a page and decode its barcode and QR code with zxing-cpp."""
    pdf = pypdfium2.PdfDocument(data)
    try:
        image = pdf[page % len(pdf)].render(scale=dpi / 72).to_pil()
    finally:
        pdf.close()
    names = {zxingcpp.BarcodeFormat.Code128: "Code128", zxingcpp.BarcodeFormat.QRCode: "QRCode"}
    return {names.get(r.format, str(r.format)): r.text for r in zxingcpp.read_barcodes(image)}


def page_texts(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [(page.extract_text() or "").replace("\u00a0", " ") for page in pdf.pages]


def region_text(data: bytes, page: int, bbox: tuple[float, float, float, float]) -> str:
    """The text inside (x0, top, x1, bottom) of a page."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return pdf.pages[page].within_bbox(bbox).extract_text() or ""
