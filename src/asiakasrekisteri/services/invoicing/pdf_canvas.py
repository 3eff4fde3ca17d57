"""The pen the documents are written with: one embedded font, measuring, wrapping, metadata.

Everything prints in one embedded TrueType font (DejaVu Sans, shipped in
``resources/fonts``) so that ä, ö, å and € always print. Bold text is the same font
filled and outlined: a second embedded font would cost a third of a page's time, as
every embedded font is subset and written anew in each PDF.

Text is measured and wrapped here, so that nothing printed runs out of its column: a
word longer than its column is broken, and single-line fields are shortened with an
ellipsis where the layout cannot grow (the payment slip).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm as _mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from asiakasrekisteri import APP_NAME
from asiakasrekisteri.domain.money import format_money
from asiakasrekisteri.services.invoicing.pdf_labels import LABELS, PDF_LANGUAGES, format_date

__all__ = ["FONT", "PAGE_HEIGHT", "PAGE_WIDTH", "DocumentInfo", "Pen", "mm", "register_font"]

mm: float = _mm  # typed: reportlab ships no annotations
FONT = "AsiakasSans"
PAGE_WIDTH: float = A4[0]
PAGE_HEIGHT: float = A4[1]
ELLIPSIS = "…"
# Outline width of bold text per point of font size: close to DejaVu Sans Bold's stems.
_BOLD_STROKE = 0.05
_SYSTEM_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def _font_path() -> str:
    """The bundled font, else the system's DejaVu, else reportlab's own Bitstream Vera."""
    bundled = resources.files("asiakasrekisteri") / "resources" / "fonts" / "DejaVuSans.ttf"
    if bundled.is_file():
        return str(bundled)
    system = _SYSTEM_FONT_DIR / "DejaVuSans.ttf"
    if system.is_file():
        return str(system)
    import reportlab

    return str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")


@cache
def register_font() -> str:
    """Register the embedded font once; returns its name."""
    pdfmetrics.registerFont(TTFont(FONT, _font_path()))
    return FONT


@lru_cache(maxsize=8192)
def _unit_width(value: str) -> float:
    """The width of ``value`` at one point, shared by every document (labels repeat)."""
    width: float = pdfmetrics.stringWidth(value, register_font(), 1.0)
    return width


@dataclass(frozen=True)
class DocumentInfo:
    """What a PDF says about itself: title, author (the seller), subject and language."""

    title: str
    author: str
    subject: str
    language: str


class Pen:
    """One document on a canvas, in its language: texts, measures and the page's lines.

    All the text of a page goes into one text object, written out when the page ends.
    """

    def __init__(self, info: DocumentInfo) -> None:
        self.font = register_font()
        self.language = info.language
        self.labels = LABELS[info.language]
        self.buffer = io.BytesIO()
        self.canvas = Canvas(
            self.buffer, pagesize=A4, pageCompression=1, initialFontName=self.font,
            lang=PDF_LANGUAGES[info.language],
        )  # fmt: skip
        self.canvas.setTitle(info.title)
        self.canvas.setAuthor(info.author)
        self.canvas.setSubject(info.subject)
        self.canvas.setCreator(APP_NAME)
        self._text: PDFTextObject | None = None
        self._state: tuple[float, bool] = (0.0, False)

    # --- words --------------------------------------------------------------------------

    def t(self, key: str, **params: object) -> str:
        """The label ``key`` in the document's language."""
        return self.labels[key].format(**params)

    def money(self, amount: Decimal) -> str:
        return format_money(amount, self.language)

    def date(self, day: date) -> str:
        return format_date(day, self.language)

    # --- measuring ----------------------------------------------------------------------

    def width(self, value: str, size: float) -> float:
        """The printed width of ``value`` at ``size`` points."""
        return _unit_width(value) * size

    def _fitting(self, text: str, width: float, size: float) -> int:
        """How many leading characters of ``text`` fit ``width``."""
        used = 0.0
        for index, char in enumerate(text):
            used += self.width(char, size)
            if used > width:
                return index
        return len(text)

    def wrap(self, value: str, width: float, size: float) -> list[str]:
        """Lines of ``value`` no wider than ``width``: broken at spaces, and a word longer
        than the width broken where it must. Line breaks in the text are kept."""
        lines: list[str] = []
        space = self.width(" ", size)
        for paragraph in value.splitlines() or [""]:
            current, used = "", 0.0
            for word in paragraph.split():
                extent = self.width(word, size)
                if current and used + space + extent <= width:
                    current, used = f"{current} {word}", used + space + extent
                    continue
                if current:
                    lines.append(current)
                while extent > width:
                    cut = max(1, self._fitting(word, width, size))  # a glyph per line at worst
                    lines.append(word[:cut])
                    word = word[cut:]
                    extent = self.width(word, size)
                current, used = word, extent
            lines.append(current)
        return lines

    def shorten(self, value: str, width: float, size: float) -> str:
        """``value`` on one line within ``width``, ending in "…" when it had to be cut."""
        value = " ".join(value.split())
        if self.width(value, size) <= width:
            return value
        room = width - self.width(ELLIPSIS, size)
        if room < 0:
            return ""
        return value[: self._fitting(value, room, size)].rstrip() + ELLIPSIS

    def fitting_size(self, value: str, width: float, size: float, smallest: float) -> float:
        """The largest size from ``size`` down to ``smallest`` at which ``value`` fits."""
        natural = self.width(value, size)
        if natural <= width:
            return size
        return max(smallest, size * width / natural)

    # --- drawing ------------------------------------------------------------------------

    def text(self, x: float, y: float, value: str, *, size: float = 9, bold: bool = False) -> None:
        """Write ``value`` with its baseline starting at (x, y)."""
        if not value:
            return
        text = self._text
        if text is None:
            text = self._text = self.canvas.beginText()
        if (size, bold) != self._state:
            text.setFont(self.font, size)
            if bold:
                # Outline width is graphics state; the text object has no setter for it.
                text._code.append(f"{size * _BOLD_STROKE:.3f} w")
            text.setTextRenderMode(2 if bold else 0)
            self._state = (size, bold)
        text.setTextOrigin(x, y)
        text.textOut(value)

    def right(self, x: float, y: float, value: str, *, size: float = 9, bold: bool = False) -> None:
        """Write ``value`` ending at x."""
        self.text(x - self.width(value, size), y, value, size=size, bold=bold)

    def line(self, x1: float, y1: float, x2: float, y2: float, *, width: float = 0.4) -> None:
        c = self.canvas
        c.setLineWidth(width)
        c.line(x1, y1, x2, y2)

    def dashed(self, x1: float, y1: float, x2: float, y2: float) -> None:
        c = self.canvas
        c.setLineWidth(0.6)
        c.setDash(2, 2)
        c.line(x1, y1, x2, y2)
        c.setDash()

    def flush_text(self) -> None:
        """Write out the page's text so far (before drawing over it in another state)."""
        if self._text is not None:
            if self._state[1]:
                self._text.setTextRenderMode(0)  # the render mode outlives the text object
            self.canvas.drawText(self._text)
            self._text = None
            self._state = (0.0, False)

    def show_page(self) -> None:
        self.flush_text()
        self.canvas.showPage()

    def finish(self) -> bytes:
        self.canvas.save()
        return self.buffer.getvalue()
