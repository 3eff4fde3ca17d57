"""Finvoice 3.0 e-invoices (invoice INV01/380, credit note INV02/381) with lxml.

Every document is validated against the Finvoice 3.0 schema shipped in
``resources/finvoice/Finvoice3.0.xsd`` before it is returned, so the program never writes
an invalid file. Element order follows the schema; amounts and percentages are written
with a decimal comma and dates as ``CCYYMMDD``, as Finvoice requires.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import cache
from importlib import resources

from lxml import etree

from asiakasrekisteri.domain import identifiers, interest, reference, vat
from asiakasrekisteri.domain.company import split_account
from asiakasrekisteri.domain.enums import VatTreatment
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.invoice import InvoiceKind, InvoiceRecord, Party, effective_treatment
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


def _add(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _money(parent: etree._Element, tag: str, value: Decimal) -> None:
    _add(parent, tag, _amount(value), AmountCurrencyIdentifier="EUR")


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
    mtd = _add(root, "MessageTransmissionDetails")
    sender_el = _add(mtd, "MessageSenderDetails")
    _add(sender_el, "FromIdentifier", sender, SchemeID="0037")
    # The seller's own operator is not known to the program; a bank-sent or self-sent
    # message names the seller as its own intermediator (operators rewrite it).
    _add(sender_el, "FromIntermediator", sender)
    receiver = _add(mtd, "MessageReceiverDetails")
    to_attrs = {"SchemeID": "0037"} if buyer.einvoice_address.startswith("0037") else {}
    _add(receiver, "ToIdentifier", buyer.einvoice_address, **to_attrs)
    _add(receiver, "ToIntermediator", buyer.einvoice_operator)
    details = _add(mtd, "MessageDetails")
    _add(details, "MessageIdentifier", f"{invoice.number}")
    _add(details, "MessageTimeStamp", datetime.now().astimezone().isoformat(timespec="seconds"))


def _party_address(
    parent: etree._Element, prefix: str, street: str, postal_code: str, city: str, country: str
) -> None:
    if not (street and postal_code and city):
        return
    details = _add(parent, f"{prefix}PostalAddressDetails")
    _add(details, f"{prefix}StreetName", _cut(street, 35))
    _add(details, f"{prefix}TownName", _cut(city, 35))
    _add(details, f"{prefix}PostCodeIdentifier", _cut(postal_code, 35))
    _add(details, "CountryCode", country or "FI")


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
    root = etree.Element("Finvoice", {"Version": "3.0"}, nsmap={"xsi": _XSI})
    root.set(f"{{{_XSI}}}noNamespaceSchemaLocation", "Finvoice3.0.xsd")
    treatment = effective_treatment(
        invoice.vat_treatment, seller_vat_registered=invoice.seller.vat_registered
    )
    zero_code = _zero_rate_code(treatment.value, goods=invoice.goods)
    _transmission(root, invoice)
    _seller(root, invoice.seller)
    _buyer(root, invoice.buyer)
    _invoice_details(root, invoice, treatment, zero_code)
    if invoice.virtual_barcode:
        _add(root, "VirtualBankBarcode", invoice.virtual_barcode)
    _rows(root, invoice, treatment, zero_code)
    _epi(root, invoice)
    document: bytes = etree.tostring(
        root, xml_declaration=True, encoding="UTF-8", pretty_print=True
    )
    validate_finvoice(document)
    return document


def _zero_rate_code(treatment: str, *, goods: bool) -> str:
    """The VAT category code of the rows and parts that carry no VAT."""
    return {
        "eu_business": "K" if goods else "AE",
        "outside_eu": "G",
        "construction_reverse_charge": "AE",
        "no_vat": "O",
    }.get(treatment, "Z")


def _seller(root: etree._Element, seller: Party) -> None:
    party = _add(root, "SellerPartyDetails")
    if seller.business_id:
        _add(party, "SellerPartyIdentifier", seller.business_id)
    _add(party, "SellerOrganisationName", _cut(seller.name, 70))
    if seller.vat_registered and seller.vat_id:
        _add(party, "SellerOrganisationTaxCode", seller.vat_id)
    _party_address(party, "Seller", seller.street, seller.postal_code, seller.city, seller.country)
    if seller.phone or seller.email:
        comm = _add(root, "SellerCommunicationDetails")
        if seller.phone:
            _add(comm, "SellerPhoneNumberIdentifier", _cut(seller.phone, 35))
        if seller.email:
            _add(comm, "SellerEmailaddressIdentifier", _cut(seller.email, 70))
    info = _add(root, "SellerInformationDetails")
    if seller.city:
        _add(info, "SellerHomeTownName", _cut(seller.city, 35))
    if not seller.vat_registered:
        _add(info, "SellerVatRegistrationText", "Ei alv-rekisterissä")
    accounts = [(seller.iban, seller.bic)] if seller.iban else []
    for other in seller.other_accounts:
        iban, bic = split_account(other)
        if bic:  # Finvoice requires the BIC of every account; one without it is left out
            accounts.append((iban, bic))
    for iban, bic in accounts:
        account = _add(info, "SellerAccountDetails")
        _add(account, "SellerAccountID", iban, IdentificationSchemeName="IBAN")
        if bic:
            _add(account, "SellerBic", bic, IdentificationSchemeName="BIC")


def _buyer(root: etree._Element, buyer: Party) -> None:
    party = _add(root, "BuyerPartyDetails")
    if buyer.business_id:
        _add(party, "BuyerPartyIdentifier", buyer.business_id)
    _add(party, "BuyerOrganisationName", _cut(buyer.name, 70))
    if buyer.vat_id:
        _add(party, "BuyerOrganisationTaxCode", buyer.vat_id)
    _party_address(party, "Buyer", buyer.street, buyer.postal_code, buyer.city, buyer.country)
    if buyer.buyer_ovt:
        _add(root, "BuyerOrganisationUnitNumber", buyer.buyer_ovt)
    if buyer.contact_name:
        _add(root, "BuyerContactPersonName", _cut(buyer.contact_name, 70))
    if buyer.email:
        comm = _add(root, "BuyerCommunicationDetails")
        _add(comm, "BuyerEmailaddressIdentifier", _cut(buyer.email.split(";")[0], 70))


def _invoice_details(
    root: etree._Element, invoice: InvoiceRecord, treatment: VatTreatment, zero_code: str
) -> None:
    """Type, number, dates, totals, the VAT breakdown, free texts and payment terms."""
    buyer = invoice.buyer
    credit = invoice.kind is InvoiceKind.CREDIT_NOTE
    details = _add(root, "InvoiceDetails")
    _add(details, "InvoiceTypeCode", "INV02" if credit else "INV01", CodeListAgencyIdentifier="SPY")
    _add(details, "InvoiceTypeCodeUN", "381" if credit else "380")
    _add(details, "InvoiceTypeText", "HYVITYSLASKU" if credit else "LASKU")
    _add(details, "OriginCode", "Original")
    _add(details, "InvoiceNumber", str(invoice.number))
    _add(details, "InvoiceDate", _date(invoice.invoice_date), Format="CCYYMMDD")
    if credit and invoice.credit_of_number is not None:
        _add(details, "OriginalInvoiceNumber", str(invoice.credit_of_number))
    if buyer.customer_number:
        _add(details, "SellersBuyerIdentifier", buyer.customer_number)
    if buyer.agreement_identifier:
        _add(details, "AgreementIdentifier", _cut(buyer.agreement_identifier, 70))
    if invoice.your_reference:
        _add(details, "BuyerReferenceIdentifier", _cut(invoice.your_reference, 70))
    totals = invoice.totals
    _money(details, "RowsTotalVatExcludedAmount", totals.net)
    _money(details, "InvoiceTotalVatExcludedAmount", totals.net)
    _money(details, "InvoiceTotalVatAmount", totals.vat)
    _money(details, "InvoiceTotalVatIncludedAmount", totals.gross)
    note = invoice.vat_note
    for part in totals.breakdown:
        spec = _add(details, "VatSpecificationDetails")
        _money(spec, "VatBaseAmount", part.net)
        _add(spec, "VatRatePercent", _percent(part.rate))
        _add(spec, "VatCode", "S" if part.rate > 0 else zero_code)
        _money(spec, "VatRateAmount", part.vat)
        if part.rate == 0 and note:
            _add(spec, "VatFreeText", _cut(note, 70))
    free = [t for t in (invoice.text_before_rows, invoice.text_after_rows) if t]
    if note:
        free.append(note)
    if vat.requires_buyer_vat_id(treatment) and (buyer.vat_id or buyer.business_id):
        free.append(f"VAT/ALV: {buyer.vat_id or buyer.business_id}")
    for text in free:
        _add(details, "InvoiceFreeText", _cut(text, 512))
    if not credit:
        _payment_terms(details, invoice)


def _payment_terms(details: etree._Element, invoice: InvoiceRecord) -> None:
    terms = _add(details, "PaymentTermsDetails")
    term_text = {"fi": "{d} pv netto", "sv": "{d} dagar netto", "en": "{d} days net"}[
        invoice.language.value
    ]
    _add(terms, "PaymentTermsFreeText", term_text.format(d=invoice.payment_term_days))
    _add(terms, "InvoiceDueDate", _date(invoice.due_date), Format="CCYYMMDD")
    percent = _penalty_percent(invoice)
    if percent is not None:
        fine = _add(terms, "PaymentOverDueFineDetails")
        _add(fine, "PaymentOverDueFinePercent", _percent(percent))


def _rows(
    root: etree._Element, invoice: InvoiceRecord, treatment: VatTreatment, zero_code: str
) -> None:
    lines = invoice.totals.lines
    for position, (row, line) in enumerate(zip(invoice.rows, lines, strict=True), 1):
        element = _add(root, "InvoiceRow")
        if row.product_code:
            _add(element, "ArticleIdentifier", _cut(row.product_code, 35))
        _add(element, "ArticleName", _cut(row.description, 100))
        unit = {"QuantityUnitCode": _cut(row.unit, 14)} if row.unit else {}
        _add(element, "InvoicedQuantity", _percent(row.quantity), **unit)
        _money(element, "UnitPriceAmount", row.unit_price)
        _add(element, "RowPositionIdentifier", str(position))
        if len(row.description) > 100:
            _add(element, "RowFreeText", _cut(row.description, 512))
        if row.discount_percent:
            _add(element, "RowDiscountPercent", _percent(row.discount_percent))
        rate = vat.effective_rate(treatment, row.vat_percent)
        _add(element, "RowVatRatePercent", _percent(rate))
        _add(element, "RowVatCode", "S" if rate > 0 else zero_code)
        _money(element, "RowVatAmount", line.vat)
        _money(element, "RowVatExcludedAmount", line.net)
        _money(element, "RowAmount", line.gross)


def _epi(root: etree._Element, invoice: InvoiceRecord) -> None:
    """The payment instruction: the seller's bank, account, reference, amount and date."""
    seller = invoice.seller
    epi = _add(root, "EpiDetails")
    ident = _add(epi, "EpiIdentificationDetails")
    _add(ident, "EpiDate", _date(invoice.invoice_date), Format="CCYYMMDD")
    _add(ident, "EpiReference", str(invoice.number))
    parties = _add(epi, "EpiPartyDetails")
    bfi = _add(parties, "EpiBfiPartyDetails")
    if seller.bic:
        _add(bfi, "EpiBfiIdentifier", seller.bic, IdentificationSchemeName="BIC")
    beneficiary = _add(parties, "EpiBeneficiaryPartyDetails")
    _add(beneficiary, "EpiNameAddressDetails", _cut(seller.name, 35))
    if seller.business_id:
        _add(beneficiary, "EpiBei", seller.business_id)
    _add(beneficiary, "EpiAccountID", seller.iban, IdentificationSchemeName="IBAN")
    payment = _add(epi, "EpiPaymentInstructionDetails")
    if invoice.reference:
        scheme = "ISO" if reference.is_rf(invoice.reference) else "SPY"
        _add(
            payment,
            "EpiRemittanceInfoIdentifier",
            invoice.reference,
            IdentificationSchemeName=scheme,
        )
    _money(payment, "EpiInstructedAmount", invoice.totals.gross)
    _add(payment, "EpiCharge", "SLEV", ChargeOption="SLEV")
    _add(payment, "EpiDateOptionDate", _date(invoice.due_date), Format="CCYYMMDD")
    if invoice.kind is not InvoiceKind.CREDIT_NOTE:
        _add(payment, "EpiPaymentMeansCode", "58")
