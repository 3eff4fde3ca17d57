"""Finvoice 3.0 e-invoices (invoice INV01/380, credit note INV02/381) with lxml.

Every document is validated against the Finvoice 3.0 schema shipped in
``resources/finvoice/Finvoice3.0.xsd`` before it is returned, so the program never writes
an invalid file (issue 4, item 9). Element order follows the schema; formats per
FINNISH-INVOICING.md §5 (comma decimals, ``CCYYMMDD`` dates).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import cache
from importlib import resources

from lxml import etree

from asiakasrekisteri.domain import identifiers, interest, reference, vat
from asiakasrekisteri.domain.company import split_account
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.invoice import InvoiceKind, InvoiceRecord, effective_treatment
from asiakasrekisteri.domain.money import round_cents
from asiakasrekisteri.services.errors import RuleViolation

__all__ = ["FinvoiceInvalid", "build_finvoice", "schema", "validate_finvoice"]

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


def _amount(value: Decimal) -> str:
    return f"{round_cents(value):.2f}".replace(".", ",")


def _percent(value: Decimal) -> str:
    return f"{value.normalize():f}".replace(".", ",")


def _date(day: date) -> str:
    return day.strftime("%Y%m%d")


def _cut(text: str, length: int) -> str:
    return " ".join(text.split())[:length]


class _Builder:
    def __init__(self, root: etree._Element) -> None:
        self.root = root

    @staticmethod
    def add(
        parent: etree._Element, tag: str, text: str | None = None, **attrs: str
    ) -> etree._Element:
        element = etree.SubElement(parent, tag, attrs)
        if text is not None:
            element.text = text
        return element


def _money(parent: etree._Element, tag: str, value: Decimal) -> None:
    _Builder.add(parent, tag, _amount(value), AmountCurrencyIdentifier="EUR")


def _ovt(business_id: str) -> str:
    try:
        return identifiers.ovt_from_business_id(business_id)
    except ValidationError:
        return ""


def _transmission(root: etree._Element, invoice: InvoiceRecord) -> None:
    """Routing: from the seller's OVT, to the buyer's (or the office's) e-invoice address."""
    buyer = invoice.buyer
    sender = _ovt(invoice.seller.business_id)
    if not (buyer.einvoice_address and buyer.einvoice_operator and sender):
        return
    add = _Builder.add
    mtd = add(root, "MessageTransmissionDetails")
    sender_el = add(mtd, "MessageSenderDetails")
    add(sender_el, "FromIdentifier", sender, SchemeID="0037")
    # The seller's own operator is not known to the program; a bank-sent or self-sent
    # message names the seller as its own intermediator (operators rewrite it).
    add(sender_el, "FromIntermediator", sender)
    receiver = add(mtd, "MessageReceiverDetails")
    to_attrs = {"SchemeID": "0037"} if buyer.einvoice_address.startswith("0037") else {}
    add(receiver, "ToIdentifier", buyer.einvoice_address, **to_attrs)
    add(receiver, "ToIntermediator", buyer.einvoice_operator)
    details = add(mtd, "MessageDetails")
    add(details, "MessageIdentifier", f"{invoice.number}")
    add(details, "MessageTimeStamp", datetime.now().astimezone().isoformat(timespec="seconds"))


def _party_address(
    parent: etree._Element, prefix: str, street: str, postal_code: str, city: str, country: str
) -> None:
    if not (street and postal_code and city):
        return
    add = _Builder.add
    details = add(parent, f"{prefix}PostalAddressDetails")
    add(details, f"{prefix}StreetName", _cut(street, 35))
    add(details, f"{prefix}TownName", _cut(city, 35))
    add(details, f"{prefix}PostCodeIdentifier", _cut(postal_code, 35))
    add(details, "CountryCode", country or "FI")


def _penalty_percent(invoice: InvoiceRecord) -> Decimal | None:
    if invoice.penalty_interest is not None:
        return invoice.penalty_interest
    try:
        return interest.penalty_rate(invoice.due_date, b2b=not invoice.buyer.private)
    except ValidationError:
        return None


def build_finvoice(invoice: InvoiceRecord) -> bytes:
    """Build and validate the Finvoice 3.0 XML of a finalised invoice or credit note.

    Returns:
        The document, UTF-8 encoded with an XML declaration.

    Raises:
        FinvoiceInvalid: If the result does not validate (a bug or odd data).
    """
    add = _Builder.add
    seller, buyer = invoice.seller, invoice.buyer
    credit = invoice.kind is InvoiceKind.CREDIT_NOTE
    lang = invoice.language.value
    root = etree.Element("Finvoice", {"Version": "3.0"}, nsmap={"xsi": _XSI})
    root.set(f"{{{_XSI}}}noNamespaceSchemaLocation", "Finvoice3.0.xsd")
    _transmission(root, invoice)

    party = add(root, "SellerPartyDetails")
    if seller.business_id:
        add(party, "SellerPartyIdentifier", seller.business_id)
    add(party, "SellerOrganisationName", _cut(seller.name, 70))
    if seller.vat_registered and seller.vat_id:
        add(party, "SellerOrganisationTaxCode", seller.vat_id)
    _party_address(party, "Seller", seller.street, seller.postal_code, seller.city, seller.country)
    if seller.phone or seller.email:
        comm = add(root, "SellerCommunicationDetails")
        if seller.phone:
            add(comm, "SellerPhoneNumberIdentifier", _cut(seller.phone, 35))
        if seller.email:
            add(comm, "SellerEmailaddressIdentifier", _cut(seller.email, 70))
    info = add(root, "SellerInformationDetails")
    if seller.city:
        add(info, "SellerHomeTownName", _cut(seller.city, 35))
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

    party = add(root, "BuyerPartyDetails")
    if buyer.business_id:
        add(party, "BuyerPartyIdentifier", buyer.business_id)
    add(party, "BuyerOrganisationName", _cut(buyer.name, 70))
    if buyer.vat_id:
        add(party, "BuyerOrganisationTaxCode", buyer.vat_id)
    _party_address(party, "Buyer", buyer.street, buyer.postal_code, buyer.city, buyer.country)
    if buyer.buyer_ovt:
        add(root, "BuyerOrganisationUnitNumber", buyer.buyer_ovt)
    if buyer.contact_name:
        add(root, "BuyerContactPersonName", _cut(buyer.contact_name, 70))
    if buyer.email:
        comm = add(root, "BuyerCommunicationDetails")
        add(comm, "BuyerEmailaddressIdentifier", _cut(buyer.email.split(";")[0], 70))

    details = add(root, "InvoiceDetails")
    add(details, "InvoiceTypeCode", "INV02" if credit else "INV01", CodeListAgencyIdentifier="SPY")
    add(details, "InvoiceTypeCodeUN", "381" if credit else "380")
    add(details, "InvoiceTypeText", "HYVITYSLASKU" if credit else "LASKU")
    add(details, "OriginCode", "Original")
    add(details, "InvoiceNumber", str(invoice.number))
    add(details, "InvoiceDate", _date(invoice.invoice_date), Format="CCYYMMDD")
    if credit and invoice.credit_of_number is not None:
        add(details, "OriginalInvoiceNumber", str(invoice.credit_of_number))
    if buyer.customer_number:
        add(details, "SellersBuyerIdentifier", buyer.customer_number)
    if buyer.agreement_identifier:
        add(details, "AgreementIdentifier", _cut(buyer.agreement_identifier, 70))
    if invoice.your_reference:
        add(details, "BuyerReferenceIdentifier", _cut(invoice.your_reference, 70))
    totals = invoice.totals
    _money(details, "RowsTotalVatExcludedAmount", totals.net)
    _money(details, "InvoiceTotalVatExcludedAmount", totals.net)
    _money(details, "InvoiceTotalVatAmount", totals.vat)
    _money(details, "InvoiceTotalVatIncludedAmount", totals.gross)
    note = invoice.vat_note
    treatment = effective_treatment(
        invoice.vat_treatment, seller_vat_registered=seller.vat_registered
    )
    zero_code = {
        "eu_business": "K" if invoice.goods else "AE",
        "outside_eu": "G",
        "construction_reverse_charge": "AE",
        "no_vat": "O",
    }.get(treatment.value, "Z")
    for part in totals.breakdown:
        spec = add(details, "VatSpecificationDetails")
        _money(spec, "VatBaseAmount", part.net)
        add(spec, "VatRatePercent", _percent(part.rate))
        add(spec, "VatCode", "S" if part.rate > 0 else zero_code)
        _money(spec, "VatRateAmount", part.vat)
        if part.rate == 0 and note:
            add(spec, "VatFreeText", _cut(note, 70))
    free = [t for t in (invoice.text_before_rows, invoice.text_after_rows) if t]
    if note:
        free.append(note)
    if vat.requires_buyer_vat_id(treatment) and (buyer.vat_id or buyer.business_id):
        free.append(f"VAT/ALV: {buyer.vat_id or buyer.business_id}")
    for text in free:
        add(details, "InvoiceFreeText", _cut(text, 512))
    if not credit:
        terms = add(details, "PaymentTermsDetails")
        term_text = {"fi": "{d} pv netto", "sv": "{d} dagar netto", "en": "{d} days net"}[lang]
        add(terms, "PaymentTermsFreeText", term_text.format(d=invoice.payment_term_days))
        add(terms, "InvoiceDueDate", _date(invoice.due_date), Format="CCYYMMDD")
        percent = _penalty_percent(invoice)
        if percent is not None:
            fine = add(terms, "PaymentOverDueFineDetails")
            add(fine, "PaymentOverDueFinePercent", _percent(percent))
    if invoice.virtual_barcode:
        add(root, "VirtualBankBarcode", invoice.virtual_barcode)

    for position, (row, line) in enumerate(zip(invoice.rows, totals.lines, strict=True), 1):
        element = add(root, "InvoiceRow")
        if row.product_code:
            add(element, "ArticleIdentifier", _cut(row.product_code, 35))
        add(element, "ArticleName", _cut(row.description, 100))
        unit = {"QuantityUnitCode": _cut(row.unit, 14)} if row.unit else {}
        add(element, "InvoicedQuantity", _percent(row.quantity), **unit)
        _money(element, "UnitPriceAmount", row.unit_price)
        add(element, "RowPositionIdentifier", str(position))
        if len(row.description) > 100:
            add(element, "RowFreeText", _cut(row.description, 512))
        if row.discount_percent:
            add(element, "RowDiscountPercent", _percent(row.discount_percent))
        rate = vat.effective_rate(treatment, row.vat_percent)
        add(element, "RowVatRatePercent", _percent(rate))
        add(element, "RowVatCode", "S" if rate > 0 else zero_code)
        _money(element, "RowVatAmount", line.vat)
        _money(element, "RowVatExcludedAmount", line.net)
        _money(element, "RowAmount", line.gross)

    epi = add(root, "EpiDetails")
    ident = add(epi, "EpiIdentificationDetails")
    add(ident, "EpiDate", _date(invoice.invoice_date), Format="CCYYMMDD")
    add(ident, "EpiReference", str(invoice.number))
    parties = add(epi, "EpiPartyDetails")
    bfi = add(parties, "EpiBfiPartyDetails")
    if seller.bic:
        add(bfi, "EpiBfiIdentifier", seller.bic, IdentificationSchemeName="BIC")
    beneficiary = add(parties, "EpiBeneficiaryPartyDetails")
    add(beneficiary, "EpiNameAddressDetails", _cut(seller.name, 35))
    if seller.business_id:
        add(beneficiary, "EpiBei", seller.business_id)
    add(beneficiary, "EpiAccountID", seller.iban, IdentificationSchemeName="IBAN")
    payment = add(epi, "EpiPaymentInstructionDetails")
    if invoice.reference:
        scheme = "ISO" if reference.is_rf(invoice.reference) else "SPY"
        add(
            payment,
            "EpiRemittanceInfoIdentifier",
            invoice.reference,
            IdentificationSchemeName=scheme,
        )
    _money(payment, "EpiInstructedAmount", totals.gross)
    add(payment, "EpiCharge", "SLEV", ChargeOption="SLEV")
    add(payment, "EpiDateOptionDate", _date(invoice.due_date), Format="CCYYMMDD")
    if not credit:
        add(payment, "EpiPaymentMeansCode", "58")

    document: bytes = etree.tostring(
        root, xml_declaration=True, encoding="UTF-8", pretty_print=True
    )
    validate_finvoice(document)
    return document
