"""Invoice, credit note, payment reminder and customer statement as A4 PDFs (reportlab).

Drawn straight on the canvas (no platypus) so that a thousand invoices take seconds: the
layout is fixed and the rows are paginated here. Everything prints in an embedded TrueType
font (DejaVu Sans, shipped in ``resources/fonts``) so that ä, ö, å and € always print.

Layout: seller block and logo top left; the buyer's address where a window envelope
shows it (20 mm from the left, 50 mm from the top); the invoice details top right; rows;
VAT breakdown; legal VAT note; and on the last page the payment part with IBAN, BIC,
reference, due date and amount, the 54-digit virtual barcode as text and as a Code 128
symbol (set C), and the EPC QR code. Every page repeats the header and says "Sivu 1/2".
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path

import segno
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm as _mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from asiakasrekisteri.domain import barcode, epc_qr, identifiers, reference
from asiakasrekisteri.domain.company import split_account
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.interest import ReminderCharges
from asiakasrekisteri.domain.invoice import (
    InvoiceKind,
    InvoiceRecord,
    Party,
    ReminderRecord,
    Statement,
)
from asiakasrekisteri.domain.money import format_money, format_percent

__all__ = ["FONT", "FONT_BOLD", "draw_code128", "draw_qr", "register_fonts", "render_invoice",
           "render_reminder", "render_statement"]  # fmt: skip

mm: float = _mm  # typed: reportlab ships no annotations
FONT = "AsiakasSans"
FONT_BOLD = "AsiakasSans-Bold"
PAGE_WIDTH: float = A4[0]
PAGE_HEIGHT: float = A4[1]
LEFT = 20 * mm
RIGHT = PAGE_WIDTH - 18 * mm
INFO_X = 112 * mm
INFO_VALUE_X = 150 * mm
FOOTER_TOP = 20 * mm
SLIP_TOP = 92 * mm  # payment part, measured from the bottom of the last page
BAR_MODULE = 0.26 * mm  # Code 128 module; 332 modules ≈ 86 mm
BAR_HEIGHT = 13 * mm
QR_SIZE = 32 * mm
ROW_LEADING = 4.2 * mm

_FONT_FILES = (("DejaVuSans.ttf", "Vera.ttf"), ("DejaVuSans-Bold.ttf", "VeraBd.ttf"))
_SYSTEM_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def _font_path(name: str, fallback: str) -> str:
    """The bundled font, else the system's DejaVu, else reportlab's own Bitstream Vera."""
    bundled = resources.files("asiakasrekisteri") / "resources" / "fonts" / name
    if bundled.is_file():
        return str(bundled)
    system = _SYSTEM_FONT_DIR / name
    if system.is_file():
        return str(system)
    import reportlab

    return str(Path(reportlab.__file__).parent / "fonts" / fallback)


@cache
def register_fonts() -> tuple[str, str]:
    """Register the embedded fonts once; returns (regular, bold) font names."""
    for font_name, (file_name, fallback) in zip((FONT, FONT_BOLD), _FONT_FILES, strict=True):
        pdfmetrics.registerFont(TTFont(font_name, _font_path(file_name, fallback)))
    return FONT, FONT_BOLD


LABELS: dict[str, dict[str, str]] = {
    "fi": {
        "invoice": "LASKU", "credit_note": "HYVITYSLASKU", "reminder": "MAKSUMUISTUTUS",
        "statement": "TILIOTE", "page": "Sivu {page}/{pages}", "number": "Laskun numero",
        "date": "Päiväys", "customer_number": "Asiakasnumero", "delivery_date": "Toimituspäivä",
        "due_date": "Eräpäivä", "term": "Maksuehto", "term_value": "{days} pv netto",
        "reference": "Viitenumero", "your_reference": "Viitteenne", "our_reference": "Viitteemme",
        "penalty": "Viivästyskorko", "penalty_statutory": "korkolain mukainen",
        "notice": "Huomautusaika", "notice_value": "{days} vrk", "description": "Kuvaus",
        "quantity": "Määrä", "unit": "Yks.", "unit_price": "À-hinta", "discount": "Ale %",
        "vat": "ALV %", "row_total": "Yhteensä", "net_total": "Veroton yhteensä",
        "vat_total": "ALV yhteensä", "breakdown": "ALV-erittely", "net": "Veroton",
        "tax": "Vero", "gross": "Verollinen", "to_pay": "Maksettava yhteensä",
        "credit_total": "Hyvitys yhteensä", "credits": "Hyvittää laskun {number}",
        "buyer_vat_id": "Ostajan ALV-tunnus", "buyer_business_id": "Ostajan Y-tunnus",
        "business_id": "Y-tunnus", "vat_id": "ALV-nro", "not_vat_registered": "Ei alv-rekisterissä",
        "iban": "Saajan tilinumero (IBAN)", "bic": "BIC", "payee": "Saaja", "payer": "Maksaja",
        "amount": "Euro", "barcode": "Virtuaaliviivakoodi", "contact": "Yhteyshenkilö",
        "reminder_text": "Kirjanpitomme mukaan alla oleva lasku on vielä maksamatta. "
        "Pyydämme maksamaan sen viimeistään eräpäivänä. Jos lasku on jo maksettu, "
        "tämä muistutus on aiheeton.",
        "original_invoice": "Lasku", "invoice_date": "Laskun päiväys",
        "original_due": "Alkuperäinen eräpäivä", "invoice_total": "Laskun summa",
        "paid": "Maksettu", "open": "Avoinna", "interest_to": "Viivästyskorko {start}–{end}",
        "fee": "Muistutusmaksu", "statement_text": "Avoimet laskunne {day}:",
        "interest": "Korko", "total_open": "Avoinna yhteensä",
        "total_interest": "Korot yhteensä", "reminder_date": "Muistutuksen päiväys",
        "earlier_costs": "Aiempien muistutusten kulut",
        "compensation": "Vakiokorvaus perintäkuluista",
    },
    "sv": {
        "invoice": "FAKTURA", "credit_note": "KREDITFAKTURA", "reminder": "BETALNINGSPÅMINNELSE",
        "statement": "KONTOUTDRAG", "page": "Sida {page}/{pages}", "number": "Fakturanummer",
        "date": "Datum", "customer_number": "Kundnummer", "delivery_date": "Leveransdatum",
        "due_date": "Förfallodag", "term": "Betalningsvillkor", "term_value": "{days} dagar netto",
        "reference": "Referensnummer", "your_reference": "Er referens",
        "our_reference": "Vår referens", "penalty": "Dröjsmålsränta",
        "penalty_statutory": "enligt räntelagen", "notice": "Anmärkningstid",
        "notice_value": "{days} dygn", "description": "Beskrivning", "quantity": "Antal",
        "unit": "Enh.", "unit_price": "À-pris", "discount": "Rab. %", "vat": "Moms %",
        "row_total": "Totalt", "net_total": "Totalt exkl. moms", "vat_total": "Moms totalt",
        "breakdown": "Momsspecifikation", "net": "Exkl. moms", "tax": "Moms",
        "gross": "Inkl. moms", "to_pay": "Att betala", "credit_total": "Kredit totalt",
        "credits": "Krediterar faktura {number}", "buyer_vat_id": "Köparens momsnummer",
        "buyer_business_id": "Köparens FO-nummer", "business_id": "FO-nummer",
        "vat_id": "Momsnr", "not_vat_registered": "Inte momsregistrerad",
        "iban": "Mottagarens konto (IBAN)", "bic": "BIC", "payee": "Mottagare",
        "payer": "Betalare", "amount": "Euro", "barcode": "Virtuell streckkod",
        "contact": "Kontaktperson",
        "reminder_text": "Enligt vår bokföring är fakturan nedan fortfarande obetald. "
        "Vänligen betala den senast på förfallodagen. Om fakturan redan är betald kan "
        "ni bortse från denna påminnelse.",
        "original_invoice": "Faktura", "invoice_date": "Fakturadatum",
        "original_due": "Ursprunglig förfallodag", "invoice_total": "Fakturans belopp",
        "paid": "Betalt", "open": "Öppet", "interest_to": "Dröjsmålsränta {start}–{end}",
        "fee": "Påminnelseavgift", "statement_text": "Era öppna fakturor {day}:",
        "interest": "Ränta", "total_open": "Öppet totalt", "total_interest": "Räntor totalt",
        "reminder_date": "Påminnelsedatum", "earlier_costs": "Tidigare påminnelsers kostnader",
        "compensation": "Standardersättning för indrivningskostnader",
    },
    "en": {
        "invoice": "INVOICE", "credit_note": "CREDIT NOTE", "reminder": "PAYMENT REMINDER",
        "statement": "STATEMENT OF ACCOUNT", "page": "Page {page}/{pages}",
        "number": "Invoice number", "date": "Date", "customer_number": "Customer number",
        "delivery_date": "Delivery date", "due_date": "Due date", "term": "Payment terms",
        "term_value": "{days} days net", "reference": "Reference",
        "your_reference": "Your reference", "our_reference": "Our reference",
        "penalty": "Penalty interest", "penalty_statutory": "as per the Interest Act",
        "notice": "Notice period", "notice_value": "{days} days", "description": "Description",
        "quantity": "Qty", "unit": "Unit", "unit_price": "Unit price", "discount": "Disc. %",
        "vat": "VAT %", "row_total": "Total", "net_total": "Total excl. VAT",
        "vat_total": "VAT total", "breakdown": "VAT breakdown", "net": "Excl. VAT",
        "tax": "VAT", "gross": "Incl. VAT", "to_pay": "Total to pay",
        "credit_total": "Total credited", "credits": "Credits invoice {number}",
        "buyer_vat_id": "Buyer's VAT number", "buyer_business_id": "Buyer's business ID",
        "business_id": "Business ID", "vat_id": "VAT no.",
        "not_vat_registered": "Not registered for VAT", "iban": "Payee's account (IBAN)",
        "bic": "BIC", "payee": "Payee", "payer": "Payer", "amount": "Euro",
        "barcode": "Virtual bank barcode", "contact": "Contact",
        "reminder_text": "According to our records the invoice below is still unpaid. "
        "Please pay it by the due date. If you have already paid it, please disregard "
        "this reminder.",
        "original_invoice": "Invoice", "invoice_date": "Invoice date",
        "original_due": "Original due date", "invoice_total": "Invoice total",
        "paid": "Paid", "open": "Open", "interest_to": "Penalty interest {start}–{end}",
        "fee": "Reminder fee", "statement_text": "Your open invoices on {day}:",
        "interest": "Interest", "total_open": "Total open", "total_interest": "Total interest",
        "reminder_date": "Reminder date", "earlier_costs": "Costs of earlier reminders",
        "compensation": "Fixed compensation for recovery costs",
    },
}  # fmt: skip


def format_date(day: date, language: str) -> str:
    """``1.3.2025`` (fi, sv) or ``2025-03-01`` (en)."""
    if language == "en":
        return day.isoformat()
    return f"{day.day}.{day.month}.{day.year}"


def _quantity(value: Decimal, language: str) -> str:
    text = f"{value.normalize():f}"
    return text if language == "en" else text.replace(".", ",")


# --- drawing primitives ----------------------------------------------------------------


def draw_code128(canvas: Canvas, digits: str, x: float, y: float) -> float:
    """Draw the bank barcode (Code 128, set C, quiet zones included); returns its width."""
    symbol = Code128(digits, barWidth=BAR_MODULE, barHeight=BAR_HEIGHT, quiet=True)
    symbol.drawOn(canvas, x, y)
    width: float = symbol.width
    return width


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw a QR code (level M, UTF-8) as vector squares.

    The squares are written in module units under one transformation, one ``re`` per
    horizontal run of dark modules: a fraction of the operators (and of the time) that
    one path element per module in page units would take.
    """
    qr = segno.make_qr(payload, error="m", encoding="utf-8", boost_error=False)
    matrix = qr.matrix
    count = len(matrix)
    module = size / count
    ops: list[str] = []
    for r, row in enumerate(matrix):
        top = count - r - 1
        c = 0
        while c < count:
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                ops.append(f"{start} {top} {c - start} 1 re")
            else:
                c += 1
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.transform(module, 0, 0, module, x, y)
    canvas.addLiteral("\n".join(ops) + "\nf")
    canvas.restoreState()


@cache
def _logo(path: str) -> ImageReader | None:
    try:
        return ImageReader(path)
    except (OSError, ValueError):
        return None


@dataclass(frozen=True)
class _Payment:
    """What the payment part of the last page shows."""

    payee: Party
    payer: Party
    reference: str
    due_date: date
    amount: Decimal
    virtual_barcode: str


class _Page:
    """One document on a canvas: fonts, language and the shared blocks."""

    def __init__(self, language: str, logo_path: str) -> None:
        self.font, self.bold = register_fonts()
        self.language = language
        self.labels = LABELS[language]
        self.logo = _logo(logo_path) if logo_path else None
        self.buffer = io.BytesIO()
        self._current: tuple[str, float] = ("", 0.0)
        self.canvas = Canvas(self.buffer, pagesize=A4, pageCompression=1, initialFontName=self.font)

    def t(self, key: str, **params: object) -> str:
        return self.labels[key].format(**params)

    def money(self, amount: Decimal) -> str:
        return format_money(amount, self.language)

    def date(self, day: date) -> str:
        return format_date(day, self.language)

    def _font(self, size: float, bold: bool) -> None:
        # setFont writes an operator each time; skip it when nothing changes.
        wanted = (self.bold if bold else self.font, size)
        if wanted != self._current:
            self.canvas.setFont(*wanted)
            self._current = wanted

    def text(self, x: float, y: float, value: str, *, size: float = 9, bold: bool = False) -> None:
        if value:
            self._font(size, bold)
            self.canvas.drawString(x, y, value)

    def right(self, x: float, y: float, value: str, *, size: float = 9, bold: bool = False) -> None:
        if value:
            self._font(size, bold)
            self.canvas.drawRightString(x, y, value)

    def show_page(self) -> None:
        self.canvas.showPage()
        self._current = ("", 0.0)  # a new page starts with the initial font

    def wrap(self, value: str, width: float, *, size: float = 9) -> list[str]:
        lines: list[str] = []
        for paragraph in value.splitlines() or [""]:
            lines.extend(simpleSplit(paragraph, self.font, size, width) or [""])
        return lines

    def header(self, seller: Party, title: str, page: int, pages: int) -> None:
        """Seller block, logo, document title and page number: on every page."""
        top = PAGE_HEIGHT - 15 * mm
        if self.logo is not None:
            self.canvas.drawImage(
                self.logo, LEFT, top - 14 * mm, width=45 * mm, height=18 * mm,
                preserveAspectRatio=True, anchor="sw", mask="auto",
            )  # fmt: skip
            top -= 20 * mm
        self.text(LEFT, top, seller.name, size=11, bold=True)
        y = top - 4.2 * mm
        for line in [*seller.street.splitlines(), f"{seller.postal_code} {seller.city}".strip()]:
            if line:
                self.text(LEFT, y, line, size=8.5)
                y -= 3.8 * mm
        self.text(INFO_X, PAGE_HEIGHT - 17 * mm, title, size=15, bold=True)
        self.right(RIGHT, PAGE_HEIGHT - 17 * mm, self.t("page", page=page, pages=pages), size=9)

    def address(self, buyer: Party) -> None:
        """The buyer's address where the window of a C5/DL envelope shows it."""
        y = PAGE_HEIGHT - 52 * mm
        lines = [buyer.name]
        if buyer.contact_name:
            lines.append(buyer.contact_name)
        lines += buyer.street.splitlines()
        lines.append(f"{buyer.postal_code} {buyer.city}".strip())
        if buyer.country and buyer.country != "FI":
            lines.append(buyer.country)
        for i, line in enumerate(lines[:7]):
            self.text(LEFT, y, line, size=10, bold=i == 0)
            y -= 4.5 * mm

    def info(self, pairs: Sequence[tuple[str, str]], top: float) -> float:
        y = top
        for label, value in pairs:
            if not value:
                continue
            self.text(INFO_X, y, label, size=8.5)
            for line in simpleSplit(value, self.font, 9, RIGHT - INFO_VALUE_X)[:2]:
                self.text(INFO_VALUE_X, y, line, size=9)
                y -= 4.1 * mm
        return y

    def footer(self, seller: Party) -> None:
        c = self.canvas
        c.setLineWidth(0.4)
        c.line(LEFT, FOOTER_TOP - 2 * mm, RIGHT, FOOTER_TOP - 2 * mm)
        address = ", ".join(
            p for p in (seller.name, " ".join(seller.street.splitlines()),
                        f"{seller.postal_code} {seller.city}".strip()) if p
        )  # fmt: skip
        ids = [f"{self.t('business_id')} {seller.business_id}"] if seller.business_id else []
        if not seller.vat_registered:
            ids.append(self.t("not_vat_registered"))
        elif seller.vat_id:
            ids.append(f"{self.t('vat_id')} {seller.vat_id}")
        contact = [p for p in (seller.phone, seller.email) if p]
        bank = [_account(seller.iban, seller.bic)] if seller.iban or seller.bic else []
        bank += [_account(*split_account(account)) for account in seller.other_accounts]
        bank_line = "     ".join(bank)
        # Every account on one line, smaller when several do not fit at the usual size.
        width = pdfmetrics.stringWidth(bank_line, self.font, 7.5)
        bank_size = 7.5 if width <= RIGHT - LEFT else 7.5 * (RIGHT - LEFT) / width
        self.text(LEFT, FOOTER_TOP - 6 * mm, address, size=7.5)
        self.text(LEFT, FOOTER_TOP - 9.5 * mm, "   ".join(ids + contact), size=7.5)
        self.text(LEFT, FOOTER_TOP - 13 * mm, bank_line, size=bank_size)

    def payment_part(self, payment: _Payment) -> None:
        """IBAN, BIC, payee, payer, reference, due date, amount; barcode and QR code."""
        c = self.canvas
        top = SLIP_TOP
        c.setLineWidth(0.6)
        c.setDash(2, 2)
        c.line(0, top, PAGE_WIDTH, top)
        c.setDash()
        y = top - 6 * mm
        ref = reference.format_any(payment.reference) if payment.reference else ""
        rows = (
            (self.t("iban"), _iban(payment.payee.iban)),
            (self.t("bic"), payment.payee.bic),
            (self.t("payee"), payment.payee.name),
            (self.t("payer"), payment.payer.name),
            (self.t("reference"), ref),
            (self.t("due_date"), self.date(payment.due_date)),
            (self.t("amount"), self.money(payment.amount)),
        )
        for label, value in rows:
            self.text(LEFT, y, label, size=8)
            bold = label in (self.t("reference"), self.t("amount"), self.t("due_date"))
            self.text(LEFT + 42 * mm, y, value, size=10 if bold else 9, bold=bold)
            y -= 5.2 * mm
        qr = self._qr_payload(payment)
        if qr:
            draw_qr(c, qr, RIGHT - QR_SIZE, top - 4 * mm - QR_SIZE, QR_SIZE)
        if payment.virtual_barcode:
            self.text(
                LEFT, FOOTER_TOP + BAR_HEIGHT + 5 * mm,
                f"{self.t('barcode')}: {payment.virtual_barcode}", size=8,
            )  # fmt: skip
            draw_code128(c, payment.virtual_barcode, LEFT - 6.4 * mm, FOOTER_TOP + 2 * mm)

    def _qr_payload(self, payment: _Payment) -> str:
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

    def finish(self) -> bytes:
        self.canvas.save()
        return self.buffer.getvalue()


def _account(iban: str, bic: str) -> str:
    """The account as printed, e.g. "IBAN FI21 1234 5600 0007 85  BIC NDEAFIHH"."""
    parts = [f"IBAN {_iban(iban)}"] if iban else []
    if bic:
        parts.append(f"BIC {bic}")
    return "  ".join(parts)


def _iban(value: str) -> str:
    try:
        return identifiers.format_iban(value)
    except ValidationError:
        return value


# --- the invoice -----------------------------------------------------------------------

_COLUMNS = {  # right edges (descriptions start at LEFT)
    "quantity": 112 * mm, "unit": 114 * mm, "unit_price": 140 * mm, "discount": 153 * mm,
    "vat": 167 * mm, "row_total": RIGHT,
}  # fmt: skip
_DESCRIPTION_WIDTH = 72 * mm


def _payment_for(invoice: InvoiceRecord) -> _Payment | None:
    if invoice.kind is InvoiceKind.CREDIT_NOTE or invoice.total <= 0 or invoice.is_draft:
        return None
    return _Payment(
        payee=invoice.seller,
        payer=invoice.buyer,
        reference=invoice.reference,
        due_date=invoice.due_date,
        amount=invoice.total,
        virtual_barcode=invoice.virtual_barcode,
    )


def _invoice_info(doc: _Page, invoice: InvoiceRecord) -> list[tuple[str, str]]:
    t = doc.t
    penalty = (
        format_percent(invoice.penalty_interest, doc.language)
        if invoice.penalty_interest is not None
        else t("penalty_statutory")
    )
    credit = invoice.kind is InvoiceKind.CREDIT_NOTE
    return [
        (t("number"), str(invoice.number) if invoice.number is not None else "–"),
        (t("date"), doc.date(invoice.invoice_date)),
        (t("customer_number"), invoice.buyer.customer_number),
        (t("delivery_date"), doc.date(invoice.delivery_date) if invoice.delivery_date else ""),
        (t("due_date"), "" if credit else doc.date(invoice.due_date)),
        (t("term"), "" if credit else t("term_value", days=invoice.payment_term_days)),
        (t("reference"), reference.format_any(invoice.reference) if invoice.reference else ""),
        (t("your_reference"), invoice.your_reference),
        (t("our_reference"), invoice.our_reference),
        (t("penalty"), "" if credit else penalty),
        (t("notice"), "" if credit else t("notice_value", days=invoice.notice_period_days)),
        (t("contact"), invoice.buyer.contact_name),
    ]


def _row_lines(doc: _Page, invoice: InvoiceRecord) -> list[list[str]]:
    return [doc.wrap(row.description, _DESCRIPTION_WIDTH, size=8.5) for row in invoice.rows]


def _totals_lines(doc: _Page, invoice: InvoiceRecord) -> list[tuple[str, str, bool]]:
    """(label, value, bold) lines under the rows; the VAT breakdown is drawn apart."""
    credit = invoice.kind is InvoiceKind.CREDIT_NOTE
    return [
        (doc.t("net_total"), doc.money(invoice.totals.net), False),
        (doc.t("vat_total"), doc.money(invoice.totals.vat), False),
        (doc.t("credit_total" if credit else "to_pay"), doc.money(invoice.total), True),
    ]


def _notes(doc: _Page, invoice: InvoiceRecord) -> list[str]:
    notes: list[str] = []
    if invoice.credit_of_number is not None:
        notes.append(doc.t("credits", number=invoice.credit_of_number))
    notes.extend(invoice.vat_notes)
    if invoice.shows_buyer_vat_id:
        if invoice.buyer.vat_id:
            notes.append(f"{doc.t('buyer_vat_id')}: {invoice.buyer.vat_id}")
        elif invoice.buyer.business_id:
            notes.append(f"{doc.t('buyer_business_id')}: {invoice.buyer.business_id}")
    lines: list[str] = []
    for text in notes:
        lines.extend(doc.wrap(text, RIGHT - LEFT, size=8.5))
    if invoice.text_after_rows:
        lines.extend(doc.wrap(invoice.text_after_rows, RIGHT - LEFT, size=8.5))
    return lines


def _draw_row_header(doc: _Page, y: float) -> float:
    t = doc.t
    doc.text(LEFT, y, t("description"), size=8, bold=True)
    for key in ("quantity", "unit_price", "discount", "vat", "row_total"):
        doc.right(_COLUMNS[key], y, t(key), size=8, bold=True)
    doc.text(_COLUMNS["unit"], y, t("unit"), size=8, bold=True)
    doc.canvas.setLineWidth(0.4)
    doc.canvas.line(LEFT, y - 1.5 * mm, RIGHT, y - 1.5 * mm)
    return y - 5.5 * mm


def _draw_row(doc: _Page, invoice: InvoiceRecord, index: int, lines: list[str], y: float) -> None:
    row = invoice.rows[index]
    lang = doc.language
    for i, line in enumerate(lines):
        doc.text(LEFT, y - i * ROW_LEADING, line, size=8.5)
    doc.right(_COLUMNS["quantity"], y, _quantity(row.quantity, lang), size=8.5)
    doc.text(_COLUMNS["unit"], y, row.unit, size=8.5)
    doc.right(_COLUMNS["unit_price"], y, doc.money(row.unit_price), size=8.5)
    if row.discount_percent:
        doc.right(_COLUMNS["discount"], y, format_percent(row.discount_percent, lang), size=8.5)
    rate = invoice.row_vats[index].rate
    doc.right(_COLUMNS["vat"], y, format_percent(rate, lang), size=8.5)
    doc.right(_COLUMNS["row_total"], y, doc.money(invoice.totals.lines[index].net), size=8.5)


def _summary_height(doc: _Page, invoice: InvoiceRecord, notes: list[str]) -> float:
    breakdown = len(invoice.totals.breakdown) + 1
    return (4 + breakdown) * 4.6 * mm + len(notes) * 4 * mm + 10 * mm


def _draw_summary(doc: _Page, invoice: InvoiceRecord, notes: list[str], y: float) -> float:
    c = doc.canvas
    c.setLineWidth(0.4)
    c.line(LEFT, y + 2.5 * mm, RIGHT, y + 2.5 * mm)
    y -= 2 * mm
    # VAT breakdown (ALV-erittely) per rate: rate, taxable amount, tax, total.
    doc.text(LEFT, y, doc.t("breakdown"), size=8, bold=True)
    doc.right(LEFT + 40 * mm, y, doc.t("vat"), size=8, bold=True)
    doc.right(LEFT + 65 * mm, y, doc.t("net"), size=8, bold=True)
    doc.right(LEFT + 88 * mm, y, doc.t("tax"), size=8, bold=True)
    doc.right(LEFT + 113 * mm, y, doc.t("gross"), size=8, bold=True)
    summary_y = y
    for vat_row in invoice.totals.breakdown:
        y -= 4.4 * mm
        doc.right(LEFT + 40 * mm, y, format_percent(vat_row.rate, doc.language), size=8.5)
        doc.right(LEFT + 65 * mm, y, doc.money(vat_row.net), size=8.5)
        doc.right(LEFT + 88 * mm, y, doc.money(vat_row.vat), size=8.5)
        doc.right(LEFT + 113 * mm, y, doc.money(vat_row.gross), size=8.5)
    ty = summary_y
    for label, value, bold in _totals_lines(doc, invoice):
        doc.text(LEFT + 122 * mm, ty, label, size=9.5 if bold else 8.5, bold=bold)
        ty -= 0.5 * mm if bold else 0
        doc.right(RIGHT, ty - 4.2 * mm if bold else ty, value, size=11 if bold else 8.5, bold=bold)
        ty -= 4.6 * mm
    y = min(y, ty - 4.6 * mm) - 3 * mm
    for line in notes:
        doc.text(LEFT, y, line, size=8.5)
        y -= 4 * mm
    return y


def render_invoice(invoice: InvoiceRecord, *, logo_path: str = "") -> bytes:
    """Render an invoice or a credit note in its language.

    Args:
        invoice: The invoice (a draft prints without number and without payment part).
        logo_path: The own company's logo, or "".

    Returns:
        The PDF.
    """
    doc = _Page(invoice.language.value, logo_path)
    title = doc.t("credit_note" if invoice.kind is InvoiceKind.CREDIT_NOTE else "invoice")
    payment = _payment_for(invoice)
    row_lines = _row_lines(doc, invoice)
    notes = _notes(doc, invoice)
    before = doc.wrap(invoice.text_before_rows, RIGHT - LEFT) if invoice.text_before_rows else []

    first_top = PAGE_HEIGHT - 88 * mm - len(before) * 4.2 * mm
    next_top = PAGE_HEIGHT - 42 * mm
    row_bottom = FOOTER_TOP + 4 * mm
    last_bottom = (SLIP_TOP if payment else FOOTER_TOP) + 4 * mm
    summary = _summary_height(doc, invoice, notes)

    # Paginate: rows fill the pages; the summary and the payment part go on the last.
    pages: list[list[int]] = [[]]
    y = first_top - 5.5 * mm
    for index, lines in enumerate(row_lines):
        height = max(len(lines), 1) * ROW_LEADING + 1 * mm
        if y - height < row_bottom and pages[-1]:
            pages.append([])
            y = next_top - 5.5 * mm
        pages[-1].append(index)
        y -= height
    if y - summary < last_bottom:
        pages.append([])
    total_pages = len(pages)

    for page_number, indexes in enumerate(pages, start=1):
        doc.header(invoice.seller, title, page_number, total_pages)
        if page_number == 1:
            doc.address(invoice.buyer)
            doc.info(_invoice_info(doc, invoice), PAGE_HEIGHT - 27 * mm)
            y = PAGE_HEIGHT - 88 * mm
            for line in before:
                doc.text(LEFT, y, line)
                y -= 4.2 * mm
        else:
            top = PAGE_HEIGHT - 27 * mm
            doc.info(
                [(doc.t("number"), str(invoice.number or "–")),
                 (doc.t("date"), doc.date(invoice.invoice_date))],
                top,
            )  # fmt: skip
            y = next_top
        if indexes or page_number == 1:
            y = _draw_row_header(doc, y)
        for index in indexes:
            _draw_row(doc, invoice, index, row_lines[index], y)
            y -= max(len(row_lines[index]), 1) * ROW_LEADING + 1 * mm
        if page_number == total_pages:
            _draw_summary(doc, invoice, notes, y - 2 * mm)
            if payment is not None:
                doc.payment_part(payment)
        doc.footer(invoice.seller)
        doc.show_page()
    return doc.finish()


# --- reminder and statement ------------------------------------------------------------


def _draw_lines(
    doc: _Page, pairs: Sequence[tuple[str, str, bool]], y: float, *, x_value: float
) -> float:
    for label, value, bold in pairs:
        doc.text(LEFT, y, label, size=9.5 if bold else 9, bold=bold)
        doc.right(x_value, y, value, size=9.5 if bold else 9, bold=bold)
        y -= 5 * mm
    return y


def render_reminder(
    invoice: InvoiceRecord,
    reminder: ReminderRecord,
    charges: ReminderCharges,
    *,
    logo_path: str = "",
) -> bytes:
    """Render a payment reminder (maksumuistutus): the invoice, what is open on the
    reminder's day, interest, the earlier reminders' costs, its own fee and the total."""
    doc = _Page(invoice.language.value, logo_path)
    t = doc.t
    doc.header(invoice.seller, t("reminder"), 1, 1)
    doc.address(invoice.buyer)
    doc.info(
        [
            (t("reminder_date"), doc.date(reminder.reminder_date)),
            (t("customer_number"), invoice.buyer.customer_number),
            (t("original_invoice"), str(invoice.number)),
            (t("invoice_date"), doc.date(invoice.invoice_date)),
            (t("original_due"), doc.date(invoice.due_date)),
            (t("due_date"), doc.date(reminder.due_date)),
            (t("reference"), reference.format_any(invoice.reference)),
        ],
        PAGE_HEIGHT - 27 * mm,
    )
    y = PAGE_HEIGHT - 92 * mm
    for line in doc.wrap(t("reminder_text"), RIGHT - LEFT, size=9.5):
        doc.text(LEFT, y, line, size=9.5)
        y -= 4.6 * mm
    y -= 4 * mm
    interest_to = t("interest_to", start=doc.date(invoice.due_date),
                    end=doc.date(reminder.reminder_date))  # fmt: skip
    pairs = [
        (f"{t('original_invoice')} {invoice.number}", "", True),
        (t("invoice_total"), doc.money(invoice.total), False),
        (t("paid"), doc.money(invoice.total - charges.open_amount), False),
        (t("open"), doc.money(charges.open_amount), False),
        (interest_to, doc.money(charges.interest), False),
        *([(t("earlier_costs"), doc.money(charges.earlier_costs), False)]
          if charges.earlier_costs else []),
        (t("fee"), doc.money(charges.fee), False),
        *([(t("compensation"), doc.money(charges.compensation), False)]
          if charges.compensation else []),
        (t("to_pay"), doc.money(charges.total), True),
    ]  # fmt: skip
    _draw_lines(doc, pairs, y, x_value=LEFT + 120 * mm)
    total = charges.total
    code = ""
    if total > 0:
        try:
            code = barcode.virtual_barcode(
                invoice.seller.iban, total, invoice.reference, reminder.due_date
            )
        except ValidationError:
            code = ""
    doc.payment_part(
        _Payment(invoice.seller, invoice.buyer, invoice.reference, reminder.due_date, total, code)
    )
    doc.footer(invoice.seller)
    doc.show_page()
    return doc.finish()


def render_statement(statement: Statement, *, logo_path: str = "") -> bytes:
    """Render a customer statement: open invoices, interest to date, one payment part."""
    doc = _Page(statement.language.value, logo_path)
    t = doc.t
    per_page = 18
    chunks = [
        statement.lines[i : i + per_page] for i in range(0, len(statement.lines), per_page)
    ] or [()]
    total_pages = len(chunks)
    for page_number, chunk in enumerate(chunks, start=1):
        doc.header(statement.seller, t("statement"), page_number, total_pages)
        if page_number == 1:
            doc.address(statement.buyer)
            doc.info(
                [
                    (t("date"), doc.date(statement.statement_date)),
                    (t("customer_number"), statement.buyer.customer_number),
                    (t("due_date"), doc.date(statement.due_date)),
                    (t("reference"), reference.format_any(statement.reference)),
                ],
                PAGE_HEIGHT - 27 * mm,
            )
            y = PAGE_HEIGHT - 90 * mm
            doc.text(LEFT, y, t("statement_text", day=doc.date(statement.statement_date)))
            y -= 7 * mm
        else:
            y = PAGE_HEIGHT - 42 * mm
        heads = (
            (t("number"), LEFT, False), (t("date"), LEFT + 28 * mm, False),
            (t("due_date"), LEFT + 50 * mm, False), (t("reference"), LEFT + 74 * mm, False),
            (t("open"), LEFT + 140 * mm, True), (t("interest"), RIGHT, True),
        )  # fmt: skip
        for label, x, right in heads:
            (doc.right if right else doc.text)(x, y, label, size=8, bold=True)
        doc.canvas.line(LEFT, y - 1.5 * mm, RIGHT, y - 1.5 * mm)
        y -= 5.5 * mm
        for line in chunk:
            doc.text(LEFT, y, str(line.number), size=8.5, bold=line.overdue)
            doc.text(LEFT + 28 * mm, y, doc.date(line.invoice_date), size=8.5)
            doc.text(LEFT + 50 * mm, y, doc.date(line.due_date), size=8.5, bold=line.overdue)
            doc.text(LEFT + 74 * mm, y, reference.format_any(line.reference), size=8.5)
            doc.right(LEFT + 140 * mm, y, doc.money(line.open_amount), size=8.5)
            doc.right(RIGHT, y, doc.money(line.interest), size=8.5)
            y -= 4.4 * mm
        if page_number == total_pages:
            y -= 3 * mm
            _draw_lines(
                doc,
                [
                    (t("total_open"), doc.money(statement.total_open), False),
                    (t("total_interest"), doc.money(statement.total_interest), False),
                    (t("to_pay"), doc.money(statement.total), True),
                ],
                y,
                x_value=RIGHT,
            )
            doc.payment_part(
                _Payment(
                    statement.seller, statement.buyer, statement.reference, statement.due_date,
                    statement.total, statement.virtual_barcode,
                )
            )  # fmt: skip
        doc.footer(statement.seller)
        doc.show_page()
    return doc.finish()
