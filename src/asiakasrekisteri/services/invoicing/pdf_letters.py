"""Payment reminder and customer statement as A4 PDFs, laid out like the invoice.

Both carry the same header, window address, details and footer as an invoice, and end
with the bank giro slip. A statement's invoices are table rows: on every page they
continue to, the open amounts and the interest so far are carried forward.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from asiakasrekisteri.domain import barcode, reference
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.interest import ReminderCharges
from asiakasrekisteri.domain.invoice import InvoiceRecord, ReminderRecord
from asiakasrekisteri.domain.statement import Statement
from asiakasrekisteri.services.invoicing.pdf_canvas import DocumentInfo, Pen, mm
from asiakasrekisteri.services.invoicing.pdf_giro import Payment, draw_giro
from asiakasrekisteri.services.invoicing.pdf_labels import LABELS, format_date
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

__all__ = ["render_reminder", "render_statement"]


def _pairs(doc: Pen, pairs: Sequence[tuple[str, str, bool]]) -> list[Block]:
    """Label and amount lines: the amount at the right edge, the label wrapped beside it."""
    blocks = []
    for label, value, bold in pairs:
        size = 9.5 if bold else 9
        room = RIGHT - LEFT - doc.width(value, size) - 5 * mm
        lines = doc.wrap(label, room, size)
        leading = 5 * mm

        def draw(top: float, lines: list[str] = lines, value: str = value, size: float = size,
                 bold: bool = bold, leading: float = leading) -> None:  # fmt: skip
            y = baseline(top, size, leading)
            for line in lines:  # the label before its value, as the text reads
                doc.text(LEFT, baseline(top, size, leading), line, size=size, bold=bold)
                top -= leading
            doc.right(RIGHT, y, value, size=size, bold=bold)

        blocks.append(Block(len(lines) * leading, draw))
    return blocks


def render_reminder(
    invoice: InvoiceRecord,
    reminder: ReminderRecord,
    charges: ReminderCharges,
    *,
    logo_path: str = "",
) -> bytes:
    """Render a payment reminder (maksumuistutus): the invoice, what is open on the
    reminder's day, interest, the earlier reminders' costs, its own fee and the total."""
    language = invoice.language.value
    labels = LABELS[language]
    doc = Pen(
        DocumentInfo(
            title=labels["doc_reminder"].format(number=invoice.number),
            author=invoice.seller.name,
            subject=labels["subject_reminder"].format(buyer=invoice.buyer.name),
            language=language,
        )
    )
    t = doc.t
    total = charges.total
    code = ""
    if total > 0:
        try:
            code = barcode.virtual_barcode(
                invoice.seller.iban, total, invoice.reference, reminder.due_date
            )
        except ValidationError:
            code = ""
    payment = Payment(invoice.seller, invoice.buyer, invoice.reference, reminder.due_date,
                      total, code)  # fmt: skip
    details = [
        (t("reminder_date"), doc.date(reminder.reminder_date)),
        (t("customer_number"), invoice.buyer.customer_number),
        (t("original_invoice"), str(invoice.number)),
        (t("invoice_date"), doc.date(invoice.invoice_date)),
        (t("original_due"), doc.date(invoice.due_date)),
        (t("due_date"), doc.date(reminder.due_date)),
        (t("reference"), reference.format_any(invoice.reference)),
    ]
    layout = furniture(doc, invoice.seller, invoice.buyer, t("reminder"), logo_path, details,
                       details[:1], lambda: draw_giro(doc, payment))  # fmt: skip
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
    text = doc.wrap(t("reminder_text"), RIGHT - LEFT, 9.5)
    blocks = [
        *lines_block(doc, text, size=9.5, leading=4.6 * mm),
        spacer(4 * mm),
        *_pairs(doc, pairs),
    ]
    return render_document(layout, blocks)


def _statement_table(doc: Pen, statement: Statement) -> tuple[list[Block], Carry]:
    t = doc.t
    cells = [
        [str(line.number), doc.date(line.invoice_date), doc.date(line.due_date),
         reference.format_any(line.reference), doc.money(line.open_amount),
         doc.money(line.interest)]
        for line in statement.lines
    ]  # fmt: skip
    widest = [
        doc.money(-sum((abs(line.open_amount) for line in statement.lines), Decimal(0))),
        doc.money(-sum((abs(line.interest) for line in statement.lines), Decimal(0))),
    ]
    column = [[row[i] for row in cells] for i in range(6)]
    table = TableLayout(
        doc,
        [
            Column(t("number"), column[0], right=False),
            Column(t("date"), column[1], right=False),
            Column(t("due_date"), column[2], right=False),
            Column(t("reference"), column[3], right=False, flexible=True),
            Column(t("open"), [*column[4], widest[0]]),
            Column(t("interest"), [*column[5], widest[1]]),
        ],
        min_flexible=40 * mm,
    )
    blocks = []
    for line, row in zip(statement.lines, cells, strict=True):
        blocks += table.row(row, (line.open_amount, line.interest), bold=line.overdue)

    def carried(amounts: tuple[Decimal, ...]) -> list[str]:
        open_amount, interest = amounts or (Decimal(0), Decimal(0))
        return ["", "", "", "", doc.money(open_amount), doc.money(interest)]

    return blocks, Carry(table, carried, t("brought_forward"), t("carried_forward"))


def _refund_lines(doc: Pen, statement: Statement) -> list[Block]:
    """What the seller owes the customer back, under the amount to pay (not netted)."""
    if not statement.refunds:
        return []
    lines = [doc.t("refunds_owed")] + [
        doc.t("refund_line", number=r.number, amount=doc.money(r.amount)) for r in statement.refunds
    ]
    wrapped = [part for line in lines for part in doc.wrap(line, RIGHT - LEFT, 9)]
    return [spacer(3 * mm), *lines_block(doc, wrapped, size=9, leading=4.6 * mm)]


def render_statement(statement: Statement, *, logo_path: str = "") -> bytes:
    """Render a customer statement: open invoices, interest to date, one payment part."""
    language = statement.language.value
    labels = LABELS[language]
    day = statement.statement_date
    doc = Pen(
        DocumentInfo(
            title=labels["doc_statement"].format(day=format_date(day, language)),
            author=statement.seller.name,
            subject=labels["subject_statement"].format(buyer=statement.buyer.name),
            language=language,
        )
    )
    t = doc.t
    payment = Payment(statement.seller, statement.buyer, statement.reference,
                      statement.due_date, statement.total, statement.virtual_barcode)  # fmt: skip
    details = [
        (t("date"), doc.date(day)),
        (t("customer_number"), statement.buyer.customer_number),
        (t("due_date"), doc.date(statement.due_date)),
        (t("reference"), reference.format_any(statement.reference)),
    ]
    # Only refunds owed: nothing to pay, so no payment slip.
    giro = (lambda: draw_giro(doc, payment)) if statement.total > 0 else None
    layout = furniture(doc, statement.seller, statement.buyer, t("statement"), logo_path,
                       details, details[:2], giro)  # fmt: skip
    rows, carry = _statement_table(doc, statement)
    intro = doc.wrap(t("statement_text", day=doc.date(day)), RIGHT - LEFT, 9)
    blocks = [
        *lines_block(doc, intro, size=9, leading=4.6 * mm),
        spacer(3 * mm),
        *rows,
        spacer(3 * mm),
        *_pairs(
            doc,
            [
                (t("total_open"), doc.money(statement.total_open), False),
                (t("total_interest"), doc.money(statement.total_interest), False),
                (t("to_pay"), doc.money(statement.total), True),
            ],
        ),
        *_refund_lines(doc, statement),
    ]
    return render_document(layout, blocks, carry)
