"""Page layout of the documents: what every page carries, and a body that flows over pages.

A page has the seller block, the document's title and page number at the top, the
footer with the seller's identifiers and accounts at the bottom, and on the first page
the buyer's address where a window envelope shows it (20 mm from the left, 52 mm from
the top) beside the document's details. Every block measures its wrapped text first,
so a long name or value makes its block taller instead of running into the next one.

The body is a list of blocks (text lines, table rows, the totals) laid out top down. A
block that does not fit goes to the next page; table rows bring their column headings
with them, and the subtotal of the rows so far is carried forward at the bottom of a
page and brought forward at the top of the next. The last page keeps room for the
payment slip; when the body reaches into it, the blocks from there on move to one more
page. Extra lines before or after the rows (legal notes) are simply more blocks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from reportlab.lib.utils import ImageReader

from asiakasrekisteri.domain.company import split_account
from asiakasrekisteri.domain.invoice import Party
from asiakasrekisteri.services.invoicing.pdf_canvas import PAGE_HEIGHT, PAGE_WIDTH, Pen, mm
from asiakasrekisteri.services.invoicing.pdf_giro import GIRO_TOP, account_text

__all__ = [
    "INFO_X", "LEFT", "RIGHT", "Block", "Carry", "Column", "Document", "TableLayout", "baseline",
    "furniture", "lines_block", "render_document", "spacer",
]  # fmt: skip

LEFT = 20 * mm
RIGHT = PAGE_WIDTH - 18 * mm
INFO_X = 112 * mm
TOP = PAGE_HEIGHT - 15 * mm
WINDOW_TOP = PAGE_HEIGHT - 48.5 * mm  # the top of the envelope window's first line
FOOTER_BOTTOM = 8 * mm
BODY_GAP = 6 * mm
ROW_CHUNK = 12  # lines of one table row kept together; longer rows continue below
ASCENT = 0.76  # DejaVu Sans, in font sizes


def baseline(top: float, size: float, leading: float) -> float:
    """The baseline of a line of ``size`` points centred in a band of ``leading`` below ``top``."""
    return top - (leading - size) / 2 - ASCENT * size


@dataclass(frozen=True)
class Block:
    """A piece of the body: drawn with its top at the given y, ``height`` tall.

    ``row`` marks a row of the table (its headings go above it on each page); its
    ``amounts`` add to the subtotals carried between pages.
    """

    height: float
    draw: Callable[[float], None]
    row: bool = False
    amounts: tuple[Decimal, ...] = ()


def spacer(height: float) -> Block:
    return Block(height, lambda _top: None)


def lines_block(
    pen: Pen, lines: Sequence[str], *, size: float = 9, leading: float = 4.2 * mm,
    bold: bool = False, x: float = LEFT,
) -> list[Block]:  # fmt: skip
    """One block per line, so that long texts flow over pages line by line."""

    def drawer(line: str) -> Callable[[float], None]:
        return lambda top: pen.text(x, baseline(top, size, leading), line, size=size, bold=bold)

    return [Block(leading, drawer(line)) for line in lines]


# --- tables ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """A table column: heading, the texts it will hold, alignment, and how wide it may be."""

    heading: str
    values: Sequence[str] = ()
    right: bool = True
    flexible: bool = False  # takes the width the others leave (one column per table)
    limit: float = 60 * mm  # wider values wrap inside the column


@dataclass
class TableLayout:
    """Column positions measured from the headings and every value, at one text size.

    The font size steps down until the flexible column keeps ``min_flexible``; headings
    wrap at spaces inside their column, values wrap (a long word breaks) inside theirs.
    """

    pen: Pen
    columns: Sequence[Column]
    left: float = LEFT
    right: float = RIGHT
    min_flexible: float = 55 * mm
    gap: float = 3 * mm
    size: float = 8.5
    edges: list[tuple[float, float]] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Whole headings first; then headings wrapped at spaces; then smaller type.
        for size, whole in ((self.size, True), (self.size, False), (7.5, False), (6.5, False)):
            self.size = size
            if self._place(whole) >= self.min_flexible:
                break
        self.head_size = min(8.0, self.size)
        self.leading = self.size * 1.4
        self.head_leading = self.head_size * 1.25
        self.head_lines = [
            self.pen.wrap(column.heading, x1 - x0, self.head_size)
            for column, (x0, x1) in zip(self.columns, self.edges, strict=True)
        ]
        self.header_height = max(len(lines) for lines in self.head_lines) * self.head_leading
        self.header_height += 2.5 * mm

    def _natural(self, column: Column, whole: bool) -> float:
        pen = self.pen
        words = [column.heading] if whole else column.heading.split()
        heading = max((pen.width(word, 8.0) for word in words), default=0.0)
        values = max((pen.width(value, self.size) for value in column.values), default=0.0)
        return min(max(heading, values), column.limit)

    def _place(self, whole: bool) -> float:
        """Set the column edges; returns the flexible column's width."""
        widths = [0.0 if c.flexible else self._natural(c, whole) for c in self.columns]
        spare = self.right - self.left - sum(widths) - self.gap * (len(widths) - 1)
        widths = [spare if c.flexible else w for c, w in zip(self.columns, widths, strict=True)]
        self.edges = []
        x = self.left
        for width in widths:
            self.edges.append((x, x + max(width, 1.0)))
            x += width + self.gap
        return spare

    def _cell(self, index: int, top: float, lines: Sequence[str], size: float, bold: bool,
              leading: float) -> None:  # fmt: skip
        x0, x1 = self.edges[index]
        for i, line in enumerate(lines):
            y = baseline(top - i * leading, size, leading)
            if self.columns[index].right:
                self.pen.right(x1, y, line, size=size, bold=bold)
            else:
                self.pen.text(x0, y, line, size=size, bold=bold)

    def draw_header(self, top: float) -> None:
        for index, lines in enumerate(self.head_lines):
            self._cell(index, top, lines, self.head_size, True, self.head_leading)
        rule = top - self.header_height + 1.5 * mm
        self.pen.line(self.left, rule, self.right, rule)

    def row(self, cells: Sequence[str], amounts: tuple[Decimal, ...] = (), *,
            bold: bool = False) -> list[Block]:  # fmt: skip
        """A row as blocks of at most ``ROW_CHUNK`` lines; the first carries the amounts."""
        wrapped = [
            self.pen.wrap(cell, x1 - x0, self.size) if cell else []
            for cell, (x0, x1) in zip(cells, self.edges, strict=True)
        ]
        count = max(1, *(len(lines) for lines in wrapped))
        blocks = []
        for start in range(0, count, ROW_CHUNK):
            part = [lines[start : start + ROW_CHUNK] for lines in wrapped]
            height = max(1, *(len(lines) for lines in part)) * self.leading + 1 * mm

            def draw(top: float, part: list[list[str]] = part) -> None:
                for index, lines in enumerate(part):
                    self._cell(index, top, lines, self.size, bold, self.leading)

            blocks.append(Block(height, draw, row=True, amounts=amounts if start == 0 else ()))
        return blocks

    def carry(self, label: str, cells: Sequence[str], *, rule: bool) -> Callable[[float], None]:
        """A subtotal line: ``label`` in the flexible column, ``cells`` in the others,
        with a rule above it unless the headings' rule is there already."""

        def draw(top: float) -> None:
            if rule:
                self.pen.line(self.left, top - 0.5 * mm, self.right, top - 0.5 * mm, width=0.25)
            for index, column in enumerate(self.columns):
                text = label if column.flexible else cells[index]
                if text:
                    size = self.size
                    x0, x1 = self.edges[index]
                    size = self.pen.fitting_size(text, x1 - x0, size, 5.0)
                    self._cell(index, top - 1 * mm, [text], size, True, self.leading)

        return draw

    @property
    def carry_height(self) -> float:
        return self.leading + 2 * mm


@dataclass(frozen=True)
class Carry:
    """How subtotals are printed: the table, and the cells for a sum of the amounts."""

    table: TableLayout
    cells: Callable[[tuple[Decimal, ...]], Sequence[str]]
    brought: str
    carried: str


# --- page furniture --------------------------------------------------------------------


@cache
def _logo(path: str) -> ImageReader | None:
    try:
        return ImageReader(path)
    except (OSError, ValueError):
        return None


def _party_lines(party: Party, *, contact: bool) -> list[str]:
    lines = [*([party.contact_name] if contact and party.contact_name else [])]
    lines += [line for line in party.street.splitlines() if line.strip()]
    postal = f"{party.postal_code} {party.city}".strip()
    if postal:
        lines.append(postal)
    if party.country and party.country != "FI":
        lines.append(party.country)
    return lines


@dataclass
class _Text:
    """Wrapped lines at one size, placed from a top edge."""

    x: float
    top: float
    lines: list[tuple[str, float, bool, float]]  # text, size, bold, leading

    @property
    def bottom(self) -> float:
        return self.top - sum(leading for *_rest, leading in self.lines)

    def draw(self, pen: Pen, *, right: bool = False) -> None:
        top = self.top
        for text, size, bold, leading in self.lines:
            y = baseline(top, size, leading)
            (pen.right if right else pen.text)(self.x, y, text, size=size, bold=bold)
            top -= leading


def _party_block(pen: Pen, party: Party, x: float, top: float, width: float, *,
                 name_size: float, size: float, contact: bool) -> _Text:  # fmt: skip
    lines = [(line, name_size, True, name_size * 1.3) for line in
             pen.wrap(party.name, width, name_size)]  # fmt: skip
    for text in _party_lines(party, contact=contact):
        lines += [(line, size, False, size * 1.3) for line in pen.wrap(text, width, size)]
    return _Text(x, top, lines)


@dataclass
class Details:
    """Label and value pairs beside the address: both columns wrap, nothing is cut."""

    pen: Pen
    pairs: Sequence[tuple[str, str]]
    top: float
    left: float = INFO_X
    right: float = RIGHT
    rows: list[tuple[list[str], list[str]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        pen = self.pen
        shown = [(label, value) for label, value in self.pairs if value]
        widest = max((pen.width(label, 8.5) for label, _ in shown), default=0.0)
        self.label_width = min(widest, (self.right - self.left) * 0.5)
        self.value_x = self.left + self.label_width + 3 * mm
        width = self.right - self.value_x
        self.rows = [
            (pen.wrap(label, self.label_width, 8.5), pen.wrap(value, width, 9))
            for label, value in shown
        ]

    @property
    def bottom(self) -> float:
        return self.top - sum(max(len(a), len(b)) for a, b in self.rows) * 4.1 * mm

    def draw(self) -> None:
        top = self.top
        for labels, values in self.rows:
            for i, label in enumerate(labels):
                self.pen.text(self.left, baseline(top - i * 4.1 * mm, 8.5, 4.1 * mm), label,
                              size=8.5)  # fmt: skip
            for i, value in enumerate(values):
                self.pen.text(self.value_x, baseline(top - i * 4.1 * mm, 9, 4.1 * mm), value)
            top -= max(len(labels), len(values)) * 4.1 * mm


class Header:
    """Seller block (with the logo), title and page number: the top of every page."""

    def __init__(self, pen: Pen, seller: Party, title: str, logo_path: str,
                 limit: float) -> None:  # fmt: skip
        self.pen = pen
        self.title = title
        self.logo = _logo(logo_path) if logo_path else None
        top = TOP + 4 * mm - (20 * mm if self.logo is not None else 0)
        width = INFO_X - LEFT - 6 * mm
        # Above the envelope window if it can be: smaller type before a lower window.
        for scale in (1.0, 0.9, 0.8, 0.7):
            self.seller = _party_block(pen, seller, LEFT, top, width, name_size=11 * scale,
                                       size=8.5 * scale, contact=False)  # fmt: skip
            if self.seller.bottom >= limit:
                break

    @property
    def bottom(self) -> float:
        return self.seller.bottom

    def draw(self, page: int, pages: int) -> None:
        pen = self.pen
        if self.logo is not None:
            pen.canvas.drawImage(
                self.logo, LEFT, TOP - 14 * mm, width=45 * mm, height=18 * mm,
                preserveAspectRatio=True, anchor="sw", mask="auto",
            )  # fmt: skip
        self.seller.draw(pen)
        number = pen.t("page", page=page, pages=pages)
        room = RIGHT - pen.width(number, 9) - 4 * mm - INFO_X
        size = pen.fitting_size(self.title, room, 15.0, 6.0)
        pen.text(INFO_X, PAGE_HEIGHT - 17 * mm, self.title, size=size, bold=True)
        pen.right(RIGHT, PAGE_HEIGHT - 17 * mm, number, size=9)


class Footer:
    """The seller's name, address, identifiers, contacts and every account, packed into
    lines across the page (an account is never split unless it alone is too wide)."""

    SIZE = 7.5
    LEADING = 3.3 * mm

    def __init__(self, pen: Pen, seller: Party) -> None:
        self.pen = pen
        address = [seller.name, " ".join(seller.street.split()),
                   f"{seller.postal_code} {seller.city}".strip()]  # fmt: skip
        ids = [f"{pen.t('business_id')} {seller.business_id}"] if seller.business_id else []
        if not seller.vat_registered:
            ids.append(pen.t("not_vat_registered"))
        elif seller.vat_id:
            ids.append(f"{pen.t('vat_id')} {seller.vat_id}")
        contact = [p for p in (seller.phone, seller.email) if p]
        bank = [account_text(seller.iban, seller.bic)] if seller.iban or seller.bic else []
        bank += [account_text(*split_account(account)) for account in seller.other_accounts]
        self.lines = (
            self._pack([p for p in address if p], ", ")
            + self._pack(ids + contact, "   ")
            + self._pack(bank, "     ")
        )

    def _pack(self, parts: Sequence[str], separator: str) -> list[str]:
        pen, width, size = self.pen, RIGHT - LEFT, self.SIZE
        lines: list[str] = []
        current = ""
        for part in parts:
            joined = f"{current}{separator}{part}" if current else part
            if pen.width(joined, size) <= width:
                current = joined
                continue
            if current:
                lines.append(current)
            *full, current = pen.wrap(part, width, size)
            lines += full
        return [*lines, current] if current else lines

    @property
    def height(self) -> float:
        return len(self.lines) * self.LEADING + 3 * mm

    def draw(self, bottom: float) -> None:
        top = bottom + self.height
        self.pen.line(LEFT, top - 1 * mm, RIGHT, top - 1 * mm)
        y = top - 3 * mm
        for line in self.lines:
            self.pen.text(LEFT, baseline(y, self.SIZE, self.LEADING), line, size=self.SIZE)
            y -= self.LEADING


# --- the document ----------------------------------------------------------------------


@dataclass
class Document:
    """What a document puts around its body: ``first_page`` and ``next_page`` draw the
    furniture of the first and of the other pages, whose bodies start at ``first_top``
    and ``next_top``; ``payment`` draws the payment slip on the last page."""

    pen: Pen
    header: Header
    footer: Footer
    first_page: Callable[[], None]
    next_page: Callable[[], None]
    first_top: float
    next_top: float
    payment: Callable[[], None] | None = None


@dataclass
class _Page:
    items: list[tuple[Callable[[float], None], float, int]] = field(default_factory=list)


class _Flow:
    """Places blocks top down over pages, the table's headings and subtotals with them."""

    def __init__(self, doc: Document, carry: Carry | None) -> None:
        self.doc = doc
        self.carry = carry
        self.bottom = FOOTER_BOTTOM + doc.footer.height + 2 * mm
        self.carry_height = carry.table.carry_height if carry else 0.0
        self.pages = [_Page()]
        self.y = doc.first_top
        self.running: tuple[Decimal, ...] = ()
        self.rows_before = 0  # table rows on earlier pages
        self.rows_here = 0

    def _add(self, draw: Callable[[float], None], height: float, index: int = -1) -> None:
        self.pages[-1].items.append((draw, self.y, index))
        self.y -= height

    def _subtotal(self, carry: Carry, label: str, *, rule: bool) -> None:
        self._add(carry.table.carry(label, carry.cells(self.running), rule=rule), self.carry_height)

    def _headings(self, block: Block) -> float:
        """The height the table's headings (and the subtotal brought forward) take above
        ``block``: only above the first row of the table on a page."""
        if self.carry is None or not block.row or self.rows_here:
            return 0.0
        return self.carry.table.header_height + (self.carry_height if self.rows_before else 0)

    def place(self, index: int, block: Block, *, more_rows: bool, new_page: bool) -> None:
        """Place a block, on a new page when asked or when it does not fit (a row keeps
        room for the subtotal carried forward when more rows follow)."""
        reserve = self.carry_height if block.row and more_rows else 0.0
        fits = self.y - block.height - self._headings(block) - reserve >= self.bottom
        may_move = bool(self.pages[-1].items) or len(self.pages) == 1
        if new_page or (may_move and not fits):
            if self.carry is not None and block.row and self.rows_here:
                self._subtotal(self.carry, self.carry.carried, rule=True)
            self.pages.append(_Page())
            self.y = self.doc.next_top
            self.rows_before += self.rows_here
            self.rows_here = 0
        if self.carry is not None and self._headings(block):
            self._add(self.carry.table.draw_header, self.carry.table.header_height)
            if self.rows_before:
                self._subtotal(self.carry, self.carry.brought, rule=False)
        self._add(block.draw, block.height, index)
        if block.row:
            self.rows_here += 1
            self.running = _sum(self.running, block.amounts)


def _paginate(doc: Document, blocks: Sequence[Block], carry: Carry | None,
              breaks: frozenset[int]) -> tuple[list[_Page], float]:  # fmt: skip
    """Place the blocks top down; returns the pages and where the last one ended."""
    flow = _Flow(doc, carry)
    last_row = max((i for i, block in enumerate(blocks) if block.row), default=-1)
    for index, block in enumerate(blocks):
        flow.place(index, block, more_rows=index < last_row, new_page=index in breaks)
    return flow.pages, flow.y


def _sum(a: tuple[Decimal, ...], b: tuple[Decimal, ...]) -> tuple[Decimal, ...]:
    if not a:
        return b
    if not b:
        return a
    return tuple(x + y for x, y in zip(a, b, strict=True))


def _plan(doc: Document, blocks: Sequence[Block], carry: Carry | None) -> list[_Page]:
    """Paginate so that the last page leaves room for the payment slip."""
    breaks: frozenset[int] = frozenset()
    limit = GIRO_TOP + doc.footer.height + 4 * mm
    while True:
        pages, end = _paginate(doc, blocks, carry, breaks)
        if doc.payment is None or end >= limit:
            return pages
        items = [item for item in pages[-1].items if item[2] >= 0]
        below = [i for draw, top, i in items if top - blocks[i].height < limit]
        if not below or below[0] == items[0][2]:
            return [*pages, _Page()]  # nothing can move: the slip gets a page of its own
        breaks = breaks | {below[0]}


def render_document(doc: Document, blocks: Sequence[Block], carry: Carry | None = None) -> bytes:
    """Lay the body out over as many pages as it needs and draw every page."""
    pages = _plan(doc, blocks, carry)
    pen = doc.pen
    for number, page in enumerate(pages, start=1):
        doc.header.draw(number, len(pages))
        (doc.first_page if number == 1 else doc.next_page)()
        for draw, top, _index in page.items:
            draw(top)
        last = number == len(pages)
        if last and doc.payment is not None:
            doc.footer.draw(GIRO_TOP + 2 * mm)
            doc.payment()
        else:
            doc.footer.draw(FOOTER_BOTTOM)
        pen.show_page()
    return pen.finish()


def _window_address(pen: Pen, buyer: Party, top: float) -> _Text:
    """The buyer's name and address in the envelope window, wrapped to its width."""
    return _party_block(pen, buyer, LEFT, top, INFO_X - LEFT - 7 * mm, name_size=10, size=10,
                        contact=True)  # fmt: skip


def furniture(pen: Pen, seller: Party, buyer: Party, title: str, logo_path: str,
              details: Sequence[tuple[str, str]], short_details: Sequence[tuple[str, str]],
              payment: Callable[[], None] | None) -> Document:  # fmt: skip
    """The usual document: header, window address and details on page one, short details
    (number and date) on the others, footer, and the payment slip on the last page."""
    header = Header(pen, seller, title, logo_path, WINDOW_TOP + 2 * mm)
    address = _window_address(pen, buyer, min(WINDOW_TOP, header.bottom - 3 * mm))
    info = Details(pen, details, PAGE_HEIGHT - 24 * mm)
    short = Details(pen, short_details, PAGE_HEIGHT - 24 * mm)

    def first() -> None:
        address.draw(pen)
        info.draw()

    first_top = min(address.bottom, info.bottom, header.bottom) - BODY_GAP
    next_top = min(short.bottom, header.bottom) - BODY_GAP
    return Document(pen, header, Footer(pen, seller), first, short.draw, first_top, next_top,
                    payment)  # fmt: skip
