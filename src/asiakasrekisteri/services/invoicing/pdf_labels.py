"""The printed texts of invoices, credit notes, reminders and statements in fi, sv and en.

The documents print in the invoice's language, not the program's: these are data, not
Qt translations. The payment slip of Finnish and Swedish documents carries the bilingual
labels of the Finnish bank giro form (tilisiirtolomake) that payers know.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

__all__ = ["LABELS", "PDF_LANGUAGES", "format_date", "format_quantity"]

# BCP 47 tags for the PDF catalogue's /Lang, so that screen readers pick the right voice.
PDF_LANGUAGES = {"fi": "fi-FI", "sv": "sv-FI", "en": "en"}

_GIRO_FI_SV = {
    "giro_account": "Saajan tilinumero\nMottagarens kontonummer",
    "giro_payee": "Saaja\nMottagare",
    "giro_payer": "Maksajan nimi ja osoite\nBetalarens namn och adress",
    "giro_signature": "Allekirjoitus\nUnderskrift",
    "giro_from_account": "Tililtä nro\nFrån konto nr",
    "giro_reference": "Viitenro\nRef.nr",
    "giro_due": "Eräpäivä\nFörfallodag",
    "giro_euro": "Euro",
    "giro_title": "TILISIIRTO. GIRERING",
    "giro_terms": "Maksu välitetään saajalle maksujenvälityksen ehtojen mukaisesti ja vain "
    "maksajan ilmoittaman tilinumeron perusteella.\nBetalningen förmedlas till mottagaren "
    "enligt villkoren för betalningsförmedling och endast till det kontonummer som "
    "betalaren angivit.",
}
_GIRO_EN = {
    "giro_account": "Payee's account",
    "giro_payee": "Payee",
    "giro_payer": "Payer's name and address",
    "giro_signature": "Signature",
    "giro_from_account": "From account",
    "giro_reference": "Reference",
    "giro_due": "Due date",
    "giro_euro": "Euro",
    "giro_title": "CREDIT TRANSFER",
    "giro_terms": "The payment is forwarded to the payee under the terms of payment "
    "transfers and only by the account number the payer has given.",
}

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
        "barcode": "Virtuaaliviivakoodi", "contact": "Yhteyshenkilö",
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
        "brought_forward": "Siirto edelliseltä sivulta",
        "carried_forward": "Siirto seuraavalle sivulle",
        "doc_invoice": "Lasku {number}", "doc_credit_note": "Hyvityslasku {number}",
        "doc_draft": "Laskuluonnos", "doc_reminder": "Maksumuistutus, lasku {number}",
        "doc_statement": "Tiliote {day}",
        "subject_invoice": "Lasku asiakkaalle {buyer}",
        "subject_credit_note": "Hyvityslasku asiakkaalle {buyer}",
        "subject_reminder": "Maksumuistutus asiakkaalle {buyer}",
        "subject_statement": "Tiliote avoimista laskuista asiakkaalle {buyer}",
        "refund_text": "Laskuun {number} on maksettu {paid}. Tästä hyvityksestä palautamme "
        "teille {refund}.",
        "refunds_owed": "Palautamme teille laskuista:", "refund_line": "Lasku {number}: {amount}",
        "unit_price_gross": "À-hinta (sis. alv)", "unit_price_net": "À-hinta alv 0 %",
        "row_total_gross": "Yhteensä (sis. alv)",
        "prices_include_vat": "Hinnat sisältävät arvonlisäveron.",
        "household_work": "* Kotitalousvähennykseen oikeuttava työ: {gross} (josta alv {vat}).",
        "prepayment_yes": "Myyjä on merkitty ennakkoperintärekisteriin.",
        "prepayment_no": "Myyjä ei ole ennakkoperintärekisterissä; kotitalousvähennys edellyttää "
        "sitä.",
        **_GIRO_FI_SV,
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
        "barcode": "Virtuell streckkod",
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
        "brought_forward": "Transport från föregående sida",
        "carried_forward": "Transport till nästa sida",
        "doc_invoice": "Faktura {number}", "doc_credit_note": "Kreditfaktura {number}",
        "doc_draft": "Fakturautkast", "doc_reminder": "Betalningspåminnelse, faktura {number}",
        "doc_statement": "Kontoutdrag {day}",
        "subject_invoice": "Faktura till {buyer}",
        "subject_credit_note": "Kreditfaktura till {buyer}",
        "subject_reminder": "Betalningspåminnelse till {buyer}",
        "subject_statement": "Kontoutdrag över öppna fakturor till {buyer}",
        "refund_text": "På faktura {number} har {paid} betalats. Av denna gottgörelse "
        "återbetalar vi {refund} till er.",
        "refunds_owed": "Vi återbetalar till er för fakturor:",
        "refund_line": "Faktura {number}: {amount}",
        "unit_price_gross": "À-pris (inkl. moms)", "unit_price_net": "À-pris exkl. moms",
        "row_total_gross": "Totalt (inkl. moms)",
        "prices_include_vat": "Priserna inkluderar mervärdesskatt.",
        "household_work": "* Arbete som berättigar till hushållsavdrag: {gross} (varav moms "
        "{vat}).",
        "prepayment_yes": "Säljaren är införd i förskottsuppbördsregistret.",
        "prepayment_no": "Säljaren är inte införd i förskottsuppbördsregistret; "
        "hushållsavdraget förutsätter det.",
        **_GIRO_FI_SV,
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
        "not_vat_registered": "Not registered for VAT",
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
        "brought_forward": "Brought forward", "carried_forward": "Carried forward",
        "doc_invoice": "Invoice {number}", "doc_credit_note": "Credit note {number}",
        "doc_draft": "Draft invoice", "doc_reminder": "Payment reminder, invoice {number}",
        "doc_statement": "Statement of account {day}",
        "subject_invoice": "Invoice to {buyer}",
        "subject_credit_note": "Credit note to {buyer}",
        "subject_reminder": "Payment reminder to {buyer}",
        "subject_statement": "Statement of open invoices to {buyer}",
        "refund_text": "{paid} has been paid on invoice {number}. We will refund {refund} of "
        "this credit to you.",
        "refunds_owed": "We owe you a refund on invoices:",
        "refund_line": "Invoice {number}: {amount}",
        "unit_price_gross": "Unit price (incl. VAT)", "unit_price_net": "Unit price excl. VAT",
        "row_total_gross": "Total (incl. VAT)",
        "prices_include_vat": "Prices include VAT.",
        "household_work": "* Work eligible for the household tax credit: {gross} (of which VAT "
        "{vat}).",
        "prepayment_yes": "The seller is entered in the prepayment register.",
        "prepayment_no": "The seller is not entered in the prepayment register, which the "
        "household tax credit requires.",
        **_GIRO_EN,
    },
}  # fmt: skip


def format_date(day: date, language: str) -> str:
    """``1.3.2025`` (fi, sv) or ``2025-03-01`` (en)."""
    if language == "en":
        return day.isoformat()
    return f"{day.day}.{day.month}.{day.year}"


def format_quantity(value: Decimal, language: str) -> str:
    """A quantity without trailing zeros, with the language's decimal mark."""
    text = f"{value.normalize():f}"
    return text if language == "en" else text.replace(".", ",")
