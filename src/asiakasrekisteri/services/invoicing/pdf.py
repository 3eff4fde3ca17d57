"""Invoice and credit note as A4 PDFs (reportlab).

Drawn straight on the canvas (no platypus) so that a thousand invoices take seconds.
The page furniture and the flowing body are in ``pdf_layout``, the payment slip in
``pdf_giro``, the printed texts in ``pdf_labels``; reminders and statements in
``pdf_letters``.

The body, top down: the text before the rows, the rows (their headings repeated and
the subtotal carried forward on every page they continue to), the VAT breakdown and
totals, the notes the law asks for, and the text after the rows. Each line is a block
of its own, so any of them may be long and simply flows onto further pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from asiakasrekisteri.domain import reference
from asiakasrekisteri.domain.invoice import InvoiceKind, InvoiceRecord
from asiakasrekisteri.domain.money import format_percent, round_cents
from asiakasrekisteri.services.invoicing.pdf_canvas import DocumentInfo, Pen, mm
from asiakasrekisteri.services.invoicing.pdf_giro import Payment, draw_giro
from asiakasrekisteri.services.invoicing.pdf_labels import LABELS, format_quantity
from asiakasrekisteri.services.invoicing.pdf_layout import (
    LEFT,
    RIGHT,
    Block,
    Carry,
    Column,
    TableLayout,
    baseline,
    furniture,
    lines_block,
    render_document,
    spacer,
)

__all__ = ["Refund", "net_unit_price", "render_invoice"]


@dataclass(frozen=True)
class Refund:
    """What a credit note tells about money back: paid on the invoice, refunded of it."""

    paid: Decimal
    refund: Decimal


TEXT_SIZE = 8.5
TEXT_LEADING = 4.0 * mm


def _payment_for(invoice: InvoiceRecord) -> Payment | None:
    if invoice.kind is InvoiceKind.CREDIT_NOTE or invoice.total <= 0 or invoice.is_draft:
        return None
    return Payment(
        payee=invoice.seller,
        payer=invoice.buyer,
        reference=invoice.reference,
        due_date=invoice.due_date,
        amount=invoice.total,
        virtual_barcode=invoice.virtual_barcode,
    )


def _document_info(invoice: InvoiceRecord) -> DocumentInfo:
    language = invoice.language.value
    labels = LABELS[language]
    credit = invoice.kind is InvoiceKind.CREDIT_NOTE
    if invoice.number is None:
        title = labels["doc_draft"]
    else:
        title = labels["doc_credit_note" if credit else "doc_invoice"].format(number=invoice.number)
    subject = labels["subject_credit_note" if credit else "subject_invoice"]
    return DocumentInfo(
        title=title,
        author=invoice.seller.name,
        subject=subject.format(buyer=invoice.buyer.name),
        language=language,
    )


def _invoice_info(doc: Pen, invoice: InvoiceRecord) -> list[tuple[str, str]]:
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


def _before_rows(doc: Pen, invoice: InvoiceRecord) -> list[str]:
    """Lines above the rows, wrapped to the page's width."""
    if not invoice.text_before_rows:
        return []
    return doc.wrap(invoice.text_before_rows, RIGHT - LEFT, size=TEXT_SIZE)


def _notes(doc: Pen, invoice: InvoiceRecord, refund: Refund | None) -> list[str]:
    """Lines under the totals: the notes the law asks for, then the text after the rows."""
    notes: list[str] = []
    if invoice.credit_of_number is not None:
        notes.append(doc.t("credits", number=invoice.credit_of_number))
        if refund is not None and refund.refund > 0:
            paid, back = doc.money(refund.paid), doc.money(refund.refund)
            notes.append(
                doc.t("refund_text", number=invoice.credit_of_number, paid=paid, refund=back)
            )
    if invoice.prices_include_vat:
        notes.append(doc.t("prices_include_vat"))
    notes.extend(invoice.vat_notes)
    labour = invoice.household_labour
    if labour is not None:
        notes.append(doc.t("household_work", gross=doc.money(labour.gross),
                           vat=doc.money(labour.vat)))  # fmt: skip
        registered = invoice.seller.prepayment_registered
        notes.append(doc.t("prepayment_yes" if registered else "prepayment_no"))
    if invoice.shows_buyer_vat_id:
        if invoice.buyer.vat_id:
            notes.append(f"{doc.t('buyer_vat_id')}: {invoice.buyer.vat_id}")
        elif invoice.buyer.business_id:
            notes.append(f"{doc.t('buyer_business_id')}: {invoice.buyer.business_id}")
    lines: list[str] = []
    for text in notes:
        lines.extend(doc.wrap(text, RIGHT - LEFT, size=TEXT_SIZE))
    if invoice.text_after_rows:
        lines.extend(doc.wrap(invoice.text_after_rows, RIGHT - LEFT, size=TEXT_SIZE))
    return lines


def _row_cells(doc: Pen, invoice: InvoiceRecord, discounts: bool) -> list[list[str]]:
    """Each row's texts; a VAT-inclusive invoice shows its unit price without VAT too, as
    AVL 209 e § asks, and its row totals with VAT, as they were entered."""
    lang = doc.language
    gross = invoice.prices_include_vat
    cells = []
    for row, line, row_vat in zip(
        invoice.rows, invoice.totals.lines, invoice.row_vats, strict=True
    ):
        rate = row_vat.rate
        discount = format_percent(row.discount_percent, lang) if row.discount_percent else ""
        net_price = [doc.money(net_unit_price(row.unit_price, rate))] if gross else []
        mark = " *" if row.household_work else ""
        cells.append([
            row.description + mark, format_quantity(row.quantity, lang), row.unit, *net_price,
            doc.money(row.unit_price), *([discount] if discounts else []),
            format_percent(rate, lang), doc.money(line.gross if gross else line.net),
        ])  # fmt: skip
    return cells


def net_unit_price(unit_price: Decimal, rate: Decimal) -> Decimal:
    """A VAT-inclusive unit price without its VAT, to the cent (for display)."""
    return round_cents(unit_price * 100 / (100 + rate))


def _row_amount(invoice: InvoiceRecord, index: int) -> Decimal:
    line = invoice.totals.lines[index]
    return line.gross if invoice.prices_include_vat else line.net


def _rows(doc: Pen, invoice: InvoiceRecord) -> tuple[list[Block], Carry]:
    """The rows as blocks, and how their subtotal is carried between pages."""
    t = doc.t
    discounts = any(row.discount_percent for row in invoice.rows)
    cells = _row_cells(doc, invoice, discounts)
    prices = (
        ["unit_price_net", "unit_price_gross"] if invoice.prices_include_vat else ["unit_price"]
    )
    keys = ["quantity", "unit", *prices, *(["discount"] if discounts else []), "vat"]
    columns = [Column(t("description"), right=False, flexible=True)]
    for index, key in enumerate(keys, start=1):
        values = [row[index] for row in cells]
        if key == "unit":
            columns.append(Column(t(key), values, right=False, limit=18 * mm))
        else:
            columns.append(Column(t(key), values))
    # The widest subtotal a page can carry: every row's amount, all of one sign.
    amounts = [_row_amount(invoice, i) for i in range(len(invoice.rows))]
    widest = doc.money(-sum((abs(amount) for amount in amounts), Decimal(0)))
    heading = t("row_total_gross" if invoice.prices_include_vat else "row_total")
    columns.append(Column(heading, [row[-1] for row in cells] + [widest]))
    table = TableLayout(doc, columns)
    blocks = []
    for row_cells, amount in zip(cells, amounts, strict=True):
        blocks += table.row(row_cells, (amount,))

    def carried(amounts: tuple[Decimal, ...]) -> list[str]:
        return [*[""] * (len(columns) - 1), doc.money(amounts[0] if amounts else Decimal(0))]

    carry = Carry(table, carried, t("brought_forward"), t("carried_forward"))
    return blocks, carry


# A text placed in the totals: text, x, offset below the top, size, bold, right-aligned.
_Placed = tuple[str, float, float, float, bool, bool]


def _totals(doc: Pen, invoice: InvoiceRecord, x0: float) -> tuple[float, list[_Placed]]:
    """The totals on the right: their height and their texts."""
    credit = invoice.kind is InvoiceKind.CREDIT_NOTE
    items: list[_Placed] = []
    y = 0.0
    for key, amount in (("net_total", invoice.totals.net), ("vat_total", invoice.totals.vat)):
        value = doc.money(amount)
        room = RIGHT - x0 - doc.width(value, TEXT_SIZE) - 3 * mm
        first = y
        for label in doc.wrap(doc.t(key), room, TEXT_SIZE):
            items.append((label, x0, y, TEXT_SIZE, False, False))
            y += TEXT_LEADING
        items.append((value, RIGHT, first, TEXT_SIZE, False, True))  # after its label
    y += 1 * mm
    for label in doc.wrap(doc.t("credit_total" if credit else "to_pay"), RIGHT - x0, 9.5):
        items.append((label, x0, y, 9.5, True, False))
        y += 4.4 * mm
    total = doc.money(invoice.total)
    size = doc.fitting_size(total, RIGHT - x0, 11, 6)
    items.append((total, RIGHT, y + 0.5 * mm, size, True, True))
    return y + 5.5 * mm, items


def _summary(doc: Pen, invoice: InvoiceRecord) -> Block:
    """The VAT breakdown per rate on the left and the totals on the right, kept together."""
    t = doc.t
    lang = doc.language
    x0 = RIGHT - 62 * mm
    breakdown = invoice.totals.breakdown
    rows = [
        ["", format_percent(r.rate, lang), doc.money(r.net), doc.money(r.vat), doc.money(r.gross)]
        for r in breakdown
    ]
    values = list(zip(*rows, strict=True)) if rows else [()] * 5
    table = TableLayout(
        doc,
        [Column(t("breakdown"), right=False, flexible=True), Column(t("vat"), values[1]),
         Column(t("net"), values[2]), Column(t("tax"), values[3]), Column(t("gross"), values[4])],
        right=x0 - 6 * mm, min_flexible=16 * mm,
    )  # fmt: skip
    row_blocks = [block for cells in rows for block in table.row(cells)]
    left_height = table.header_height + sum(block.height for block in row_blocks)
    right_height, items = _totals(doc, invoice, x0)

    def draw(top: float) -> None:
        doc.line(LEFT, top - 1 * mm, RIGHT, top - 1 * mm)
        y = top - 3 * mm
        table.draw_header(y)
        y -= table.header_height
        for block in row_blocks:
            block.draw(y)
            y -= block.height
        for text, x, offset, size, bold, right in items:
            y = baseline(top - 3 * mm - offset, size, TEXT_LEADING)
            (doc.right if right else doc.text)(x, y, text, size=size, bold=bold)

    return Block(max(left_height, right_height) + 6 * mm, draw)


def render_invoice(
    invoice: InvoiceRecord, *, logo_path: str = "", refund: Refund | None = None
) -> bytes:
    """Render an invoice or a credit note in its language.

    Args:
        invoice: The invoice (a draft prints without number and without payment part).
        logo_path: The own company's logo, or "".
        refund: On a credit note, what was paid on the invoice it credits and what of
            this credit is paid back; the note says so.

    Returns:
        The PDF.
    """
    doc = Pen(_document_info(invoice))
    title = doc.t("credit_note" if invoice.kind is InvoiceKind.CREDIT_NOTE else "invoice")
    payment = _payment_for(invoice)
    number = str(invoice.number or "–")
    layout = furniture(
        doc, invoice.seller, invoice.buyer, title, logo_path, _invoice_info(doc, invoice),
        [(doc.t("number"), number), (doc.t("date"), doc.date(invoice.invoice_date))],
        (lambda: draw_giro(doc, payment)) if payment is not None else None,
    )  # fmt: skip
    rows, carry = _rows(doc, invoice)
    before = _before_rows(doc, invoice)
    blocks = [
        *lines_block(doc, before, size=TEXT_SIZE, leading=TEXT_LEADING),
        *([spacer(3 * mm)] if before else []),
        *rows,
        spacer(2 * mm),
        _summary(doc, invoice),
        *lines_block(doc, _notes(doc, invoice, refund), size=TEXT_SIZE, leading=TEXT_LEADING),
    ]
    return render_document(layout, blocks, carry)
