"""The payment slip: the Finnish bank giro form (tilisiirtolomake) at the foot of the last page.

The familiar layout payers and bank apps recognise, drawn at the bottom 101.6 mm of A4
below a cut line: on the left the recipient's IBAN (with the BIC to its right), the
recipient, the payer's name and address, a signature line and "from account"; on the
right the reference, the due date and the amount in euros; the virtual bank barcode
under the form as a Code 128 symbol (set C) and as digits, with the giro's terms of
transfer beside it. The EPC QR code sits in the free space at the top right.

Every text is fitted to its field: the slip cannot grow, so long names are shortened
(the invoice above shows them whole), and nothing may enter the QR code's quiet zone
(four modules) or the barcode's area with its quiet zones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.graphics.barcode.code128 import Code128
from reportlab.pdfgen.canvas import Canvas

from asiakasrekisteri.domain import epc_qr, identifiers, reference
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.invoice import Party
from asiakasrekisteri.services.invoicing.pdf_canvas import PAGE_WIDTH, Pen, mm
from asiakasrekisteri.services.invoicing.qr import qr_symbol

__all__ = ["BAR_HEIGHT", "BAR_MODULE", "GIRO_TOP", "QR_SIZE", "Payment", "account_text",
           "draw_code128", "draw_giro", "draw_qr", "format_iban"]  # fmt: skip

GIRO_TOP = 101.6 * mm  # the cut line, from the bottom of the page
BAR_MODULE = 0.26 * mm  # Code 128 module; 332 modules ≈ 86 mm
BAR_HEIGHT = 13 * mm
QR_SIZE = 32 * mm
X0 = 10 * mm  # the form's left edge
X1 = PAGE_WIDTH - 10 * mm  # and right edge
LABELS_RIGHT = X0 + 19 * mm  # the narrow label column
VALUES_X = X0 + 22 * mm
MIDDLE = X0 + 105 * mm  # the line between the payer's half and the bank's half
RIGHT_VALUES = MIDDLE + 21 * mm
EURO_X = X0 + 147.5 * mm
LABEL_SIZE = 6.5
LABEL_LEADING = 2.6 * mm


@dataclass(frozen=True)
class Payment:
    """What the payment slip shows."""

    payee: Party
    payer: Party
    reference: str
    due_date: date
    amount: Decimal
    virtual_barcode: str


def format_iban(value: str) -> str:
    try:
        return identifiers.format_iban(value)
    except ValidationError:
        return value


def account_text(iban: str, bic: str) -> str:
    """The account as printed, e.g. "IBAN FI21 1234 5600 0007 85  BIC NDEAFIHH"."""
    parts = [f"IBAN {format_iban(iban)}"] if iban else []
    if bic:
        parts.append(f"BIC {bic}")
    return "  ".join(parts)


def draw_code128(canvas: Canvas, digits: str, x: float, y: float) -> float:
    """Draw the bank barcode (Code 128, set C, quiet zones included); returns its width.

    reportlab encodes the symbol; its bars are written here in module units under one
    transformation (whole numbers, no per-bar coordinate formatting).
    """
    symbol = Code128(digits, barWidth=BAR_MODULE, barHeight=BAR_HEIGHT, quiet=True)
    width: float = symbol.width  # encodes the symbol
    ops: list[str] = []
    left = 0
    for code in symbol.decomposed:  # "A".."D": a bar of 1-4 modules, "a".."d": a space
        modules = ord(code.lower()) - ord("a") + 1
        if code.isupper():
            ops.append(f"{left} 0 {modules} 1 re f")
        left += modules
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.transform(BAR_MODULE, 0, 0, BAR_HEIGHT, x + symbol.lquiet, y)
    canvas.addLiteral(" ".join(ops))
    canvas.restoreState()
    return width


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw a QR code (level M, UTF-8) as vector squares, bottom left at (x, y).

    The squares are written in module units under one transformation, one ``re`` per
    run of dark modules, a run repeated in the rows below growing taller instead: a
    fraction of the operators one path element per module in page units would take.
    """
    symbol = qr_symbol(payload)
    count = symbol.size
    open_runs: dict[tuple[int, int], int] = {}  # (start, end) -> first row
    ops: list[str] = []

    def close(run: tuple[int, int], last: int) -> None:
        first = open_runs.pop(run)
        ops.append(f"{run[0]} {count - last - 1} {run[1] - run[0]} {last - first + 1} re")

    for r, row in enumerate((*symbol.rows, 0)):
        bits = format(row, f"0{count}b")[::-1]  # column j is character j
        runs = []
        start = bits.find("1")
        while start >= 0:
            end = bits.find("0", start)
            end = count if end < 0 else end
            runs.append((start, end))
            start = bits.find("1", end)
        for run in [run for run in open_runs if run not in runs]:
            close(run, r - 1)
        for run in runs:
            open_runs.setdefault(run, r)
    module = size / count
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.transform(module, 0, 0, module, x, y)
    canvas.addLiteral("\n".join(ops) + "\nf")
    canvas.restoreState()


def _y(offset: float) -> float:
    """A height on the page from a distance below the cut line in millimetres."""
    return GIRO_TOP - offset * mm


def _form_lines(pen: Pen) -> None:
    """The cut line and the form's frame: x on the page, y in millimetres below the cut,
    at the standard form's measures (rows at 16.9, 31.7, 52.8, 61.3 and 69.8 mm)."""
    pen.dashed(0, GIRO_TOP, PAGE_WIDTH, GIRO_TOP)
    for x1, y1, x2, y2 in (
        (MIDDLE, 0, MIDDLE, 69.8), (LABELS_RIGHT + 1 * mm, 0, LABELS_RIGHT + 1 * mm, 31.7),
        (X0, 16.9, MIDDLE, 16.9), (X0, 31.7, MIDDLE, 31.7), (MIDDLE, 52.8, X1, 52.8),
        (X0, 61.3, X1, 61.3), (X0, 69.8, X1, 69.8),
        (MIDDLE + 19 * mm, 52.8, MIDDLE + 19 * mm, 69.8),
        (EURO_X, 61.3, EURO_X, 69.8), (LABELS_RIGHT + 1 * mm, 61.3, LABELS_RIGHT + 1 * mm, 69.8),
    ):  # fmt: skip
        pen.line(x1, _y(y1), x2, _y(y2), width=1.0)
    pen.line(VALUES_X, _y(57.1), MIDDLE - 3 * mm, _y(57.1), width=0.3)  # signature


def _label(pen: Pen, text: str, x: float, top: float, width: float, *,
           right: bool = True, bottom: float | None = None) -> float:  # fmt: skip
    """A form label wrapped into its column, top aligned; returns the right edge used."""
    lines = pen.wrap(text, width, LABEL_SIZE)
    size = LABEL_SIZE
    if bottom is not None and len(lines) * LABEL_LEADING > (bottom - top) * mm:
        size = LABEL_SIZE * 0.85
        lines = pen.wrap(text, width, size)
    used = 0.0
    for i, line in enumerate(lines):
        y = _y(top) - (i + 1) * LABEL_LEADING * size / LABEL_SIZE + 0.7 * mm
        if right:
            pen.right(x, y, line, size=size)
        else:
            pen.text(x, y, line, size=size)
        used = max(used, pen.width(line, size))
    return x + used if not right else x


def _labels(pen: Pen) -> None:
    """The form's printed labels, and its name up the left edge."""
    t = pen.t
    width = LABELS_RIGHT - X0 - 1 * mm
    for key, top, bottom in (
        ("giro_account", 1.0, 16.9), ("giro_payee", 17.9, 31.7), ("giro_payer", 32.7, 51.3),
        ("giro_signature", 52.3, 61.3), ("giro_from_account", 62.3, 69.8),
    ):  # fmt: skip
        _label(pen, t(key), LABELS_RIGHT, top, width, bottom=bottom)
    _label(pen, "IBAN", VALUES_X, 1.0, 20 * mm, right=False)
    _label(pen, "BIC", MIDDLE + 2 * mm, 1.0, 20 * mm, right=False)
    _label(pen, t("giro_reference"), MIDDLE + 2 * mm, 53.8, 16 * mm, right=False, bottom=61.3)
    _label(pen, t("giro_due"), MIDDLE + 2 * mm, 62.3, 16 * mm, right=False, bottom=69.8)
    pen.flush_text()
    canvas = pen.canvas
    canvas.saveState()
    title = t("giro_title")
    size = pen.fitting_size(title, 34 * mm, 7, 5)
    canvas.setFont(pen.font, size)
    canvas.translate(X0 - 1.2 * mm, _y(68.5))
    canvas.rotate(90)
    canvas.drawString(0, 0, title)
    canvas.restoreState()


def _payer_lines(payer: Party) -> list[str]:
    """The payer's name and address in at most six lines: street lines run together on
    one line when there are more, so that the name and the town always show."""
    street = [*([payer.contact_name] if payer.contact_name else [])]
    street += [line for line in payer.street.splitlines() if line.strip()]
    town = [f"{payer.postal_code} {payer.city}".strip()]
    if payer.country and payer.country != "FI":
        town.append(payer.country)
    town = [line for line in town if line]
    if 1 + len(street) + len(town) > 6:
        street = [", ".join(street)]
    return [payer.name, *street, *town]


def _fields(pen: Pen, payment: Payment) -> None:
    """The values: each fitted to its field, shortened where the field cannot grow."""
    left_width = MIDDLE - 2 * mm - VALUES_X
    pen.text(VALUES_X, _y(11), pen.shorten(format_iban(payment.payee.iban), left_width, 10),
             size=10)  # fmt: skip
    bic_width = X1 - QR_SIZE - 12 * mm - (MIDDLE + 2 * mm)
    pen.text(MIDDLE + 2 * mm, _y(11), pen.shorten(payment.payee.bic, bic_width, 10), size=10)
    payee = payment.payee
    payee_lines = [payee.name, ", ".join(p for p in (" ".join(payee.street.split()),
                   f"{payee.postal_code} {payee.city}".strip()) if p)]  # fmt: skip
    y = _y(17.9)
    for line in payee_lines:
        if line:
            y -= 3.6 * mm
            pen.text(VALUES_X, y + 0.9 * mm, pen.shorten(line, left_width, 9), size=9)
    lines = _payer_lines(payment.payer)
    for size in (9.0, 8.0, 7.0):
        leading = size * 1.15
        if len(lines) * leading <= 17.5 * mm:
            break
    y = _y(33.2)
    for line in lines:
        y -= leading
        pen.text(VALUES_X, y + 0.25 * leading, pen.shorten(line, left_width, size), size=size)
    ref = reference.format_any(payment.reference) if payment.reference else ""
    size = pen.fitting_size(ref, X1 - 2 * mm - RIGHT_VALUES, 10, 6)
    pen.text(RIGHT_VALUES, _y(58.4), ref, size=size, bold=True)
    due = pen.date(payment.due_date)
    size = pen.fitting_size(due, EURO_X - 2 * mm - RIGHT_VALUES, 10, 6)
    pen.text(RIGHT_VALUES, _y(66.9), due, size=size, bold=True)
    euro_left = _label(pen, pen.t("giro_euro"), EURO_X + 2 * mm, 62.3, 20 * mm, right=False)
    amount = pen.money(payment.amount)
    size = pen.fitting_size(amount, X1 - 2 * mm - euro_left - 2 * mm, 10, 6)
    pen.right(X1 - 2 * mm, _y(66.9), amount, size=size, bold=True)


def _qr_payload(payment: Payment) -> str:
    if payment.amount <= 0 or not (payment.payee.iban and payment.payee.bic):
        return ""
    try:
        return epc_qr.epc_qr_payload(
            bic=payment.payee.bic,
            name=payment.payee.name,
            iban=payment.payee.iban,
            amount=payment.amount,
            reference=payment.reference or None,
            due_date=payment.due_date,
        )
    except ValidationError:
        return ""


def _barcode(pen: Pen, payment: Payment) -> None:
    """The barcode under the form, its digits under it, and the terms of transfer beside."""
    terms_x = MIDDLE
    top = _y(72)
    for line in pen.wrap(pen.t("giro_terms"), X1 - terms_x, 5.5):
        top -= 2.3 * mm
        pen.text(terms_x, top + 0.6 * mm, line, size=5.5)
    if not payment.virtual_barcode:
        return
    draw_code128(pen.canvas, payment.virtual_barcode, X0, _y(72) - BAR_HEIGHT)
    text = f"{pen.t('barcode')}: {payment.virtual_barcode}"
    size = pen.fitting_size(text, X1 - X0 - 6.4 * mm, 7, 5)
    pen.text(X0 + 6.4 * mm, _y(72) - BAR_HEIGHT - 3.5 * mm, text, size=size)


def draw_giro(pen: Pen, payment: Payment) -> None:
    """Draw the payment slip at the foot of the current page."""
    _form_lines(pen)
    _labels(pen)
    _fields(pen, payment)
    payload = _qr_payload(payment)
    if payload:
        draw_qr(pen.canvas, payload, X1 - 2 * mm - QR_SIZE, _y(8) - QR_SIZE, QR_SIZE)
    _barcode(pen, payment)
