"""Finvoice 3.0 e-invoices (invoice INV01/380, credit note INV02/381) with lxml.

Every document is validated against the Finvoice 3.0 schema shipped in
``resources/finvoice/Finvoice3.0.xsd`` before it is returned, so the program never writes
an invalid file. Element order follows the schema; amounts and percentages are written
with a decimal comma and dates as ``CCYYMMDD``, as Finvoice requires. Each row carries
its VAT category (``RowVatCode``) and the breakdown one part per rate and category with
the legal wording and, where the EN 16931 list has one, the exemption reason code.
Payment reminders are built from the same parts (:mod:`.finvoice_reminder`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from importlib import resources

from lxml import etree

from asiakasrekisteri.domain import identifiers, interest, reference, vat
from asiakasrekisteri.domain.company import split_account
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.interest import ReferenceRates
from asiakasrekisteri.domain.invoice import InvoiceKind, InvoiceRecord, Party
from asiakasrekisteri.domain.money import round_cents
from asiakasrekisteri.services.errors import RuleViolation

__all__ = [
    "FinvoiceInvalid",
    "Routing",
    "add",
    "build_finvoice",
    "buyer_parts",
    "cut",
    "date_text",
    "epi",
    "finish",
    "household_texts",
    "money",
    "new_document",
    "payment_terms",
    "penalty_percent",
    "percent_text",
    "schema",
    "seller_parts",
    "transmission",
    "validate_finvoice",
]

_XSI = "http://www.w3.org/2001/XMLSchema-instance"


class FinvoiceInvalid(RuleViolation):
    """The document does not validate against the Finvoice 3.0 schema."""

    code = "finvoice.invalid"


@cache
def schema() -> etree.XMLSchema:
    """The Finvoice 3.0 schema (parsed once)."""
    path = resources.files("asiakasrekisteri") / "resources" / "finvoice" / "Finvoice3.0.xsd"
    with path.open("rb") as fh:
        return etree.XMLSchema(etree.parse(fh))


@dataclass(frozen=True)
class Routing:
    """How the own e-invoices are sent (the company's invoicing settings).

    Attributes:
        address: The own e-invoice address; empty for the OVT code of the Y-tunnus.
        operator: The own operator; empty when none is agreed, and then the document
            carries no routing block (the operator or bank adds it when it is uploaded).
    """

    address: str = ""
    operator: str = ""


def validate_finvoice(document: bytes) -> None:
    """Raise FinvoiceInvalid with the first schema error unless the document is valid."""
    xsd = schema()
    tree = etree.fromstring(document)
    if not xsd.validate(tree):
        error = xsd.error_log.last_error
        raise FinvoiceInvalid(
            "The e-invoice does not match the Finvoice 3.0 schema: {error}",
            error=f"line {error.line}: {error.message}" if error else "unknown error",
        )


def amount_text(value: Decimal) -> str:
    return f"{round_cents(value):.2f}".replace(".", ",")


def percent_text(value: Decimal) -> str:
    return f"{value.normalize():f}".replace(".", ",")


def date_text(day: date) -> str:
    return day.strftime("%Y%m%d")


def cut(text: str, length: int) -> str:
    return " ".join(text.split())[:length]


def add(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def money(parent: etree._Element, tag: str, value: Decimal) -> None:
    add(parent, tag, amount_text(value), AmountCurrencyIdentifier="EUR")


def _ovt(business_id: str) -> str:
    try:
        return identifiers.ovt_from_business_id(business_id)
    except ValidationError:
        return ""


def transmission(
    root: etree._Element, seller: Party, buyer: Party, routing: Routing, message_id: str
) -> None:
    """Routing: from the own address through the own operator to the buyer's address.

    Left out unless both ends are known: the own operator is the sender's intermediator
    (never the seller's own OVT code), the buyer's address and operator the receiver's.
    """
    sender = routing.address or _ovt(seller.business_id)
    if not (buyer.einvoice_address and buyer.einvoice_operator and sender and routing.operator):
        return
    mtd = add(root, "MessageTransmissionDetails")
    sender_el = add(mtd, "MessageSenderDetails")
    add(sender_el, "FromIdentifier", sender, **_scheme(sender))
    add(sender_el, "FromIntermediator", routing.operator)
    receiver = add(mtd, "MessageReceiverDetails")
    add(receiver, "ToIdentifier", buyer.einvoice_address, **_scheme(buyer.einvoice_address))
    add(receiver, "ToIntermediator", buyer.einvoice_operator)
    details = add(mtd, "MessageDetails")
    add(details, "MessageIdentifier", message_id)
    add(details, "MessageTimeStamp", datetime.now().astimezone().isoformat(timespec="seconds"))


def _scheme(address: str) -> dict[str, str]:
    """The identifier scheme of an e-invoice address: 0037 for an OVT code, else none."""
    return {"SchemeID": "0037"} if address.startswith("0037") else {}


def _party_address(
    parent: etree._Element, prefix: str, street: str, postal_code: str, city: str, country: str
) -> None:
    if not (street and postal_code and city):
        return
    details = add(parent, f"{prefix}PostalAddressDetails")
    add(details, f"{prefix}StreetName", cut(street, 35))
    add(details, f"{prefix}TownName", cut(city, 35))
    add(details, f"{prefix}PostCodeIdentifier", cut(postal_code, 35))
    add(details, "CountryCode", country or "FI")


def penalty_percent(
    fixed: Decimal | None, due: date, *, private: bool, rates: ReferenceRates
) -> Decimal | None:
    """The penalty interest printed with the terms; None when its reference rate is unknown."""
    if fixed is not None:
        return fixed
    try:
        return interest.penalty_rate(due, b2b=not private, rates=rates)
    except ValidationError:
        return None


def new_document() -> etree._Element:
    """An empty ``<Finvoice Version="3.0">`` root."""
    root = etree.Element("Finvoice", {"Version": "3.0"}, nsmap={"xsi": _XSI})
    root.set(f"{{{_XSI}}}noNamespaceSchemaLocation", "Finvoice3.0.xsd")
    return root


def finish(root: etree._Element) -> bytes:
    """The document as UTF-8 bytes, validated against the schema.

    Raises:
        FinvoiceInvalid: If it does not validate (a bug or odd data).
    """
    document: bytes = etree.tostring(
        root, xml_declaration=True, encoding="UTF-8", pretty_print=True
    )
    validate_finvoice(document)
    return document


def build_finvoice(invoice: InvoiceRecord, *, routing: Routing, rates: ReferenceRates) -> bytes:
    """Build and validate the Finvoice 3.0 XML of a finalised invoice or credit note.

    Args:
        invoice: The invoice.
        routing: The own e-invoice address and operator.
        rates: The reference rates (the penalty interest printed with the terms).

    Returns:
        The document, UTF-8 encoded with an XML declaration.

    Raises:
        FinvoiceInvalid: If the result does not validate (a bug or odd data).
    """
    root = new_document()
    transmission(root, invoice.seller, invoice.buyer, routing, f"{invoice.number}")
    seller_parts(root, invoice.seller)
    buyer_parts(root, invoice.buyer)
    if invoice.delivery_date is not None:
        # The delivery date the PDF prints (AVL 209 e §).
        delivery = add(root, "DeliveryDetails")
        add(delivery, "DeliveryDate", date_text(invoice.delivery_date), Format="CCYYMMDD")
    _invoice_details(root, invoice, rates)
    if invoice.virtual_barcode:
        add(root, "VirtualBankBarcode", invoice.virtual_barcode)
    _rows(root, invoice)
    epi(
        root,
        invoice.seller,
        document_date=invoice.invoice_date,
        number=str(invoice.number),
        ref=invoice.reference,
        amount=invoice.totals.gross,
        due=invoice.due_date,
        credit=invoice.kind is InvoiceKind.CREDIT_NOTE,
    )
    return finish(root)


def seller_parts(root: etree._Element, seller: Party) -> None:
    party = add(root, "SellerPartyDetails")
    if seller.business_id:
        add(party, "SellerPartyIdentifier", seller.business_id)
    add(party, "SellerOrganisationName", cut(seller.name, 70))
    if seller.vat_registered and seller.vat_id:
        add(party, "SellerOrganisationTaxCode", seller.vat_id)
    _party_address(party, "Seller", seller.street, seller.postal_code, seller.city, seller.country)
    if seller.phone or seller.email:
        comm = add(root, "SellerCommunicationDetails")
        if seller.phone:
            add(comm, "SellerPhoneNumberIdentifier", cut(seller.phone, 35))
        if seller.email:
            add(comm, "SellerEmailaddressIdentifier", cut(seller.email, 70))
    info = add(root, "SellerInformationDetails")
    if seller.city:
        add(info, "SellerHomeTownName", cut(seller.city, 35))
    if not seller.vat_registered:
        add(info, "SellerVatRegistrationText", "Ei alv-rekisterissä")
    accounts = [(seller.iban, seller.bic)] if seller.iban else []
    for other in seller.other_accounts:
        iban, bic = split_account(other)
        if bic:  # Finvoice requires the BIC of every account; one without it is left out
            accounts.append((iban, bic))
    for iban, bic in accounts:
        account = add(info, "SellerAccountDetails")
        add(account, "SellerAccountID", iban, IdentificationSchemeName="IBAN")
        if bic:
            add(account, "SellerBic", bic, IdentificationSchemeName="BIC")


def buyer_parts(root: etree._Element, buyer: Party) -> None:
    party = add(root, "BuyerPartyDetails")
    if buyer.business_id:
        add(party, "BuyerPartyIdentifier", buyer.business_id)
    add(party, "BuyerOrganisationName", cut(buyer.name, 70))
    if buyer.vat_id:
        add(party, "BuyerOrganisationTaxCode", buyer.vat_id)
    _party_address(party, "Buyer", buyer.street, buyer.postal_code, buyer.city, buyer.country)
    if buyer.buyer_ovt:
        add(root, "BuyerOrganisationUnitNumber", buyer.buyer_ovt)
    if buyer.contact_name:
        add(root, "BuyerContactPersonName", cut(buyer.contact_name, 70))
    if buyer.email:
        comm = add(root, "BuyerCommunicationDetails")
        add(comm, "BuyerEmailaddressIdentifier", cut(buyer.email.split(";")[0], 70))


def _invoice_details(root: etree._Element, invoice: InvoiceRecord, rates: ReferenceRates) -> None:
    """Type, number, dates, totals, the VAT breakdown, free texts and payment terms."""
    buyer = invoice.buyer
    credit = invoice.kind is InvoiceKind.CREDIT_NOTE
    details = add(root, "InvoiceDetails")
    add(details, "InvoiceTypeCode", "INV02" if credit else "INV01", CodeListAgencyIdentifier="SPY")
    add(details, "InvoiceTypeCodeUN", "381" if credit else "380")
    add(details, "InvoiceTypeText", "HYVITYSLASKU" if credit else "LASKU")
    add(details, "OriginCode", "Original")
    add(details, "InvoiceNumber", str(invoice.number))
    add(details, "InvoiceDate", date_text(invoice.invoice_date), Format="CCYYMMDD")
    if credit and invoice.credit_of_number is not None:
        add(details, "OriginalInvoiceNumber", str(invoice.credit_of_number))
    if buyer.customer_number:
        add(details, "SellersBuyerIdentifier", buyer.customer_number)
    if buyer.agreement_identifier:
        add(details, "AgreementIdentifier", cut(buyer.agreement_identifier, 70))
    if invoice.your_reference:
        add(details, "BuyerReferenceIdentifier", cut(invoice.your_reference, 70))
    totals = invoice.totals
    money(details, "RowsTotalVatExcludedAmount", totals.net)
    money(details, "InvoiceTotalVatExcludedAmount", totals.net)
    money(details, "InvoiceTotalVatAmount", totals.vat)
    money(details, "InvoiceTotalVatIncludedAmount", totals.gross)
    for group in invoice.vat_groups():
        spec = add(details, "VatSpecificationDetails")
        money(spec, "VatBaseAmount", group.net)
        add(spec, "VatRatePercent", percent_text(group.rate))
        add(spec, "VatCode", group.category.value)
        money(spec, "VatRateAmount", group.vat)
        wording = vat.vat_wording(
            group.category,
            treatment=invoice.applied_treatment,
            exemption=group.exemption,
            language=invoice.language.value,
        )
        if wording:
            add(spec, "VatFreeText", cut(wording, 70))
        code = vat.exemption_code(group.category, group.exemption)
        if code:
            add(spec, "VatExemptionReasonCode", code)
    free = [t for t in (invoice.text_before_rows, invoice.text_after_rows) if t]
    free += invoice.vat_notes
    free += household_texts(invoice)
    if invoice.shows_buyer_vat_id and (buyer.vat_id or buyer.business_id):
        free.append(f"VAT/ALV: {buyer.vat_id or buyer.business_id}")
    for text in free:
        add(details, "InvoiceFreeText", cut(text, 512))
    if not credit:
        percent = penalty_percent(
            invoice.penalty_interest, invoice.due_date, private=buyer.private, rates=rates
        )
        payment_terms(details, invoice.language.value, invoice.payment_term_days,
                      invoice.due_date, percent)  # fmt: skip


# Finvoice has no element for the household tax credit: its facts go in free text, in the
# invoice's language, the work rows marked with a row free text.
_WORK_ROW = {
    "fi": "Kotitalousvähennykseen oikeuttava työ",
    "sv": "Arbete som berättigar till hushållsavdrag",
    "en": "Work eligible for the household tax credit",
}
_HOUSEHOLD = {
    "fi": ("Kotitalousvähennykseen oikeuttava työ {gross} €, josta alv {vat} €.",
           "Myyjä on ennakkoperintärekisterissä.", "Myyjä ei ole ennakkoperintärekisterissä."),
    "sv": ("Arbete som berättigar till hushållsavdrag {gross} €, varav moms {vat} €.",
           "Säljaren är införd i förskottsuppbördsregistret.",
           "Säljaren är inte införd i förskottsuppbördsregistret."),
    "en": ("Work eligible for the household tax credit {gross} €, of which VAT {vat} €.",
           "The seller is entered in the prepayment register.",
           "The seller is not entered in the prepayment register."),
}  # fmt: skip


def household_texts(invoice: InvoiceRecord) -> list[str]:
    """The household tax credit's facts as free texts; none without household work."""
    labour = invoice.household_labour
    if labour is None:
        return []
    work, yes, no = _HOUSEHOLD[invoice.language.value]
    return [
        work.format(gross=amount_text(labour.gross), vat=amount_text(labour.vat)),
        yes if invoice.seller.prepayment_registered else no,
    ]


def payment_terms(
    details: etree._Element, language: str, days: int, due: date, penalty: Decimal | None
) -> None:
    terms = add(details, "PaymentTermsDetails")
    term_text = {"fi": "{d} pv netto", "sv": "{d} dagar netto", "en": "{d} days net"}[language]
    add(terms, "PaymentTermsFreeText", term_text.format(d=days))
    add(terms, "InvoiceDueDate", date_text(due), Format="CCYYMMDD")
    if penalty is not None:
        fine = add(terms, "PaymentOverDueFineDetails")
        add(fine, "PaymentOverDueFinePercent", percent_text(penalty))


def _rows(root: etree._Element, invoice: InvoiceRecord) -> None:
    lines = invoice.totals.lines
    row_vats = invoice.row_vats
    for position, (row, line) in enumerate(zip(invoice.rows, lines, strict=True), 1):
        element = add(root, "InvoiceRow")
        if row.product_code:
            add(element, "ArticleIdentifier", cut(row.product_code, 35))
        add(element, "ArticleName", cut(row.description, 100))
        unit = {"QuantityUnitCode": cut(row.unit, 14)} if row.unit else {}
        add(element, "InvoicedQuantity", percent_text(row.quantity), **unit)
        row_vat = row_vats[position - 1]
        if invoice.prices_include_vat:
            # UnitPriceAmount is the price without VAT (EN 16931 BT-146).
            money(element, "UnitPriceAmount", round_cents(
                row.unit_price * 100 / (100 + row_vat.rate)))  # fmt: skip
            money(element, "UnitPriceVatIncludedAmount", row.unit_price)
        else:
            money(element, "UnitPriceAmount", row.unit_price)
        add(element, "RowPositionIdentifier", str(position))
        if len(row.description) > 100:
            add(element, "RowFreeText", cut(row.description, 512))
        if row.household_work:
            add(element, "RowFreeText", _WORK_ROW[invoice.language.value])
        if row.discount_percent:
            add(element, "RowDiscountPercent", percent_text(row.discount_percent))
        add(element, "RowVatRatePercent", percent_text(row_vat.rate))
        add(element, "RowVatCode", row_vat.category.value)
        money(element, "RowVatAmount", line.vat)
        money(element, "RowVatExcludedAmount", line.net)
        money(element, "RowAmount", line.gross)


def epi(
    root: etree._Element,
    seller: Party,
    *,
    document_date: date,
    number: str,
    ref: str,
    amount: Decimal,
    due: date,
    credit: bool = False,
) -> None:
    """The payment instruction: the seller's bank, account, reference, amount and date."""
    details = add(root, "EpiDetails")
    ident = add(details, "EpiIdentificationDetails")
    add(ident, "EpiDate", date_text(document_date), Format="CCYYMMDD")
    add(ident, "EpiReference", number)
    parties = add(details, "EpiPartyDetails")
    bfi = add(parties, "EpiBfiPartyDetails")
    if seller.bic:
        add(bfi, "EpiBfiIdentifier", seller.bic, IdentificationSchemeName="BIC")
    beneficiary = add(parties, "EpiBeneficiaryPartyDetails")
    add(beneficiary, "EpiNameAddressDetails", cut(seller.name, 35))
    if seller.business_id:
        add(beneficiary, "EpiBei", seller.business_id)
    add(beneficiary, "EpiAccountID", seller.iban, IdentificationSchemeName="IBAN")
    payment = add(details, "EpiPaymentInstructionDetails")
    if ref:
        scheme = "ISO" if reference.is_rf(ref) else "SPY"
        add(payment, "EpiRemittanceInfoIdentifier", ref, IdentificationSchemeName=scheme)
    money(payment, "EpiInstructedAmount", amount)
    add(payment, "EpiCharge", "SLEV", ChargeOption="SLEV")
    add(payment, "EpiDateOptionDate", date_text(due), Format="CCYYMMDD")
    if not credit:
        add(payment, "EpiPaymentMeansCode", "58")
