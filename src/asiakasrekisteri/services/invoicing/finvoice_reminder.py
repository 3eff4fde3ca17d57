"""A payment reminder as a Finvoice 3.0 message (InvoiceTypeCode INV03, maksumuistutus).

A buyer who receives e-invoices gets the reminder the same way. The message refers to the
original invoice and lists what the reminder asks for, line by line: the amount still
open, the penalty interest, the earlier reminders' unpaid costs, this reminder's fee and
the fixed compensation. None of these is a sale, so no VAT is charged on them (category
O); the open amount's VAT was on the invoice itself. The payment instruction carries the
invoice's own reference, so the payment goes to the invoice.
"""

from __future__ import annotations

from decimal import Decimal

from lxml import etree

from asiakasrekisteri.domain import barcode
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.interest import ReferenceRates, ReminderCharges
from asiakasrekisteri.domain.invoice import InvoiceRecord, ReminderRecord
from asiakasrekisteri.domain.money import ZERO
from asiakasrekisteri.domain.vat import VatCategory
from asiakasrekisteri.services.invoicing.finvoice import (
    Routing,
    add,
    buyer_parts,
    cut,
    date_text,
    epi,
    finish,
    money,
    new_document,
    payment_terms,
    penalty_percent,
    percent_text,
    seller_parts,
    transmission,
)

__all__ = ["build_reminder_finvoice"]

# The Finvoice type code of a payment reminder (maksumuistutus). Not checked against the
# Finvoice implementation guideline, which was not at hand when this was written.
REMINDER_TYPE_CODE = "INV03"

_TEXTS: dict[str, dict[str, str]] = {
    "fi": {
        "type": "MAKSUMUISTUTUS",
        "text": "Kirjanpitomme mukaan lasku {number} on vielä maksamatta. Jos olette jo "
        "maksaneet sen, tämä muistutus on aiheeton.",
        "open": "Lasku {number}, avoinna", "interest": "Viivästyskorko {start}–{end}",
        "earlier_costs": "Aiempien muistutusten kulut", "fee": "Muistutusmaksu",
        "compensation": "Vakiokorvaus perintäkuluista",
    },
    "sv": {
        "type": "BETALNINGSPÅMINNELSE",
        "text": "Enligt vår bokföring är faktura {number} fortfarande obetald. Om ni redan "
        "har betalat den är denna påminnelse obefogad.",
        "open": "Faktura {number}, öppet", "interest": "Dröjsmålsränta {start}–{end}",
        "earlier_costs": "Tidigare påminnelsers kostnader", "fee": "Påminnelseavgift",
        "compensation": "Standardersättning för indrivningskostnader",
    },
    "en": {
        "type": "PAYMENT REMINDER",
        "text": "According to our records invoice {number} is still unpaid. If you have "
        "paid it already, please disregard this reminder.",
        "open": "Invoice {number}, open", "interest": "Penalty interest {start}–{end}",
        "earlier_costs": "Costs of earlier reminders", "fee": "Reminder fee",
        "compensation": "Fixed compensation for recovery costs",
    },
}  # fmt: skip


def build_reminder_finvoice(
    invoice: InvoiceRecord,
    reminder: ReminderRecord,
    charges: ReminderCharges,
    *,
    routing: Routing,
    rates: ReferenceRates,
) -> bytes:
    """Build and validate the Finvoice 3.0 message of a payment reminder.

    Args:
        invoice: The invoice reminded of.
        reminder: The reminder as recorded.
        charges: What it asks for (as its PDF shows).
        routing: The own e-invoice address and operator.
        rates: The reference rates (the penalty interest printed with the terms).

    Returns:
        The document, UTF-8 encoded with an XML declaration.

    Raises:
        FinvoiceInvalid: If the result does not validate (a bug or odd data).
    """
    texts = _TEXTS[invoice.language.value]
    ordinal = 1 + [r.id for r in invoice.reminders].index(reminder.id)
    number = f"{invoice.number}-{ordinal}"
    total = charges.total
    root = new_document()
    transmission(root, invoice.seller, invoice.buyer, routing, f"{number}")
    seller_parts(root, invoice.seller)
    buyer_parts(root, invoice.buyer)
    _details(root, invoice, reminder, number, total, rates)
    code = _barcode(invoice, total, reminder)
    if code:
        add(root, "VirtualBankBarcode", code)
    interest_text = texts["interest"].format(
        start=invoice.due_date.strftime("%d.%m.%Y"), end=reminder.reminder_date.strftime("%d.%m.%Y")
    )
    lines = [
        (texts["open"].format(number=invoice.number), charges.open_amount),
        (interest_text, charges.interest),
        (texts["earlier_costs"], charges.earlier_costs),
        (texts["fee"], charges.fee),
        (texts["compensation"], charges.compensation),
    ]
    position = 0
    for name, amount in lines:
        if amount > 0 or position == 0:
            position += 1
            _row(root, position, name, amount, invoice.number)
    epi(
        root,
        invoice.seller,
        document_date=reminder.reminder_date,
        number=number,
        ref=invoice.reference,
        amount=total,
        due=reminder.due_date,
    )
    return finish(root)


def _details(
    root: etree._Element,
    invoice: InvoiceRecord,
    reminder: ReminderRecord,
    number: str,
    total: Decimal,
    rates: ReferenceRates,
) -> None:
    """Type, number, the original invoice, totals without VAT, the text and the terms."""
    texts = _TEXTS[invoice.language.value]
    details = add(root, "InvoiceDetails")
    add(details, "InvoiceTypeCode", REMINDER_TYPE_CODE, CodeListAgencyIdentifier="SPY")
    add(details, "InvoiceTypeText", texts["type"])
    add(details, "OriginCode", "Original")
    add(details, "InvoiceNumber", number)
    add(details, "InvoiceDate", date_text(reminder.reminder_date), Format="CCYYMMDD")
    add(details, "OriginalInvoiceNumber", str(invoice.number))
    add(details, "OriginalInvoiceDate", date_text(invoice.invoice_date), Format="CCYYMMDD")
    if invoice.buyer.customer_number:
        add(details, "SellersBuyerIdentifier", invoice.buyer.customer_number)
    for tag in ("RowsTotalVatExcludedAmount", "InvoiceTotalVatExcludedAmount"):
        money(details, tag, total)
    money(details, "InvoiceTotalVatAmount", ZERO)
    money(details, "InvoiceTotalVatIncludedAmount", total)
    spec = add(details, "VatSpecificationDetails")
    money(spec, "VatBaseAmount", total)
    add(spec, "VatRatePercent", "0")
    add(spec, "VatCode", VatCategory.OUTSIDE_SCOPE.value)
    money(spec, "VatRateAmount", ZERO)
    add(details, "InvoiceFreeText", cut(texts["text"].format(number=invoice.number), 512))
    percent = penalty_percent(
        invoice.penalty_interest, invoice.due_date, private=invoice.buyer.private, rates=rates
    )
    days = (reminder.due_date - reminder.reminder_date).days
    payment_terms(details, invoice.language.value, days, reminder.due_date, percent)


def _row(
    root: etree._Element, position: int, name: str, amount: Decimal, number: int | None
) -> None:
    element = add(root, "InvoiceRow")
    add(element, "ArticleName", cut(name, 100))
    add(element, "InvoicedQuantity", "1")
    money(element, "UnitPriceAmount", amount)
    add(element, "RowPositionIdentifier", str(position))
    if number is not None:
        add(element, "OriginalInvoiceNumber", str(number))
    add(element, "RowVatRatePercent", percent_text(ZERO))
    add(element, "RowVatCode", VatCategory.OUTSIDE_SCOPE.value)
    money(element, "RowVatAmount", ZERO)
    money(element, "RowVatExcludedAmount", amount)
    money(element, "RowAmount", amount)


def _barcode(invoice: InvoiceRecord, total: Decimal, reminder: ReminderRecord) -> str:
    if total <= 0 or not invoice.reference:
        return ""
    try:
        return barcode.virtual_barcode(
            invoice.seller.iban, total, invoice.reference, reminder.due_date
        )
    except ValidationError:
        return ""
