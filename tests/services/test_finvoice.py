"""Finvoice 3.0: invoice and credit note validate against the schema and carry the routing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from asiakasrekisteri.domain.company import InvoiceSettings
from asiakasrekisteri.domain.customer import OfficeData
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.services.invoicing.finvoice import FinvoiceInvalid, schema, validate_finvoice
from tests.services.test_invoicing import (
    add_customer,
    make_invoice,
    row,
)

SHARED_XSD = (
    Path(__file__).resolve().parents[3] / "shared" / "data" / "finvoice" / "Finvoice3.0.xsd"
)


def _validate_with_shared_schema(document: bytes) -> None:
    xsd = etree.XMLSchema(etree.parse(str(SHARED_XSD))) if SHARED_XSD.exists() else schema()
    xsd.assertValid(etree.fromstring(document))


def _text(tree: etree._Element, path: str) -> str:
    found = tree.find(path)
    assert found is not None, path
    return str(found.text)


def _with_own_operator(invoicing: InvoicingService, operator: str = "003723327487") -> None:
    invoicing.save_settings(replace(invoicing.settings(), einvoice_operator=operator))


def test_invoice_validates_and_carries_everything(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    _with_own_operator(invoicing)
    cid = add_customer(
        customers, einvoice_address="003720774740", einvoice_operator="003721291126",
        buyer_ovt="003720774740100", agreement_identifier="SOP-2025-7", vat_id="FI20774740",
    )  # fmt: skip
    invoice = make_invoice(invoicing, cid, row(), row("Kirja", "1", "20.00", "14", unit="kpl"),
                           your_reference="Tilaus 42")  # fmt: skip
    document = invoicing.finvoice_xml(invoice.id)
    _validate_with_shared_schema(document)
    tree = etree.fromstring(document)
    assert tree.get("Version") == "3.0"
    assert _text(tree, "MessageTransmissionDetails/MessageReceiverDetails/ToIdentifier") == (
        "003720774740"
    )
    assert _text(tree, "MessageTransmissionDetails/MessageReceiverDetails/ToIntermediator") == (
        "003721291126"
    )
    # The sender's intermediator is the own operator, never the seller's own OVT code.
    sender = "MessageTransmissionDetails/MessageSenderDetails/"
    assert _text(tree, sender + "FromIdentifier") == "003720774740"
    assert _text(tree, sender + "FromIntermediator") == "003723327487"
    assert _text(tree, "DeliveryDetails/DeliveryDate") == "20250303"
    assert _text(tree, "BuyerOrganisationUnitNumber") == "003720774740100"
    assert _text(tree, "InvoiceDetails/AgreementIdentifier") == "SOP-2025-7"
    assert _text(tree, "InvoiceDetails/InvoiceTypeCode") == "INV01"
    assert _text(tree, "InvoiceDetails/InvoiceTypeCodeUN") == "380"
    assert _text(tree, "InvoiceDetails/InvoiceNumber") == str(invoice.number)
    assert _text(tree, "InvoiceDetails/InvoiceTotalVatIncludedAmount") == "273,80"
    assert _text(tree, "InvoiceDetails/PaymentTermsDetails/InvoiceDueDate") == "20250317"
    rates = [e.text for e in tree.findall("InvoiceDetails/VatSpecificationDetails/VatRatePercent")]
    assert rates == ["25,5", "14"]
    assert _text(tree, "SellerPartyDetails/SellerPartyIdentifier") == "2077474-0"
    assert _text(tree, "BuyerPartyDetails/BuyerOrganisationName") == "Rakennus Virtanen Oy"
    assert len(tree.findall("InvoiceRow")) == 2
    assert _text(tree, "VirtualBankBarcode") == invoice.virtual_barcode
    epi = "EpiDetails/EpiPaymentInstructionDetails/"
    assert _text(tree, epi + "EpiRemittanceInfoIdentifier") == invoice.reference
    assert _text(tree, epi + "EpiInstructedAmount") == "273,80"
    assert _text(tree, "EpiDetails/EpiPartyDetails/EpiBeneficiaryPartyDetails/EpiAccountID") == (
        "FI2112345600000785"
    )


def test_office_address_wins_and_credit_note_validates(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    _with_own_operator(invoicing, "NDEAFIHH")
    cid = add_customer(customers, einvoice_address="003720774740", einvoice_operator="003721291126")
    office = customers.add_office(
        cid, OfficeData(name="Tampere", einvoice_address="FI4950009420028730",
                        einvoice_operator="OKOYFIHH")
    )  # fmt: skip
    invoice = make_invoice(invoicing, cid, office_id=office.id)
    tree = etree.fromstring(invoicing.finvoice_xml(invoice.id))
    receiver = "MessageTransmissionDetails/MessageReceiverDetails/"
    assert _text(tree, receiver + "ToIdentifier") == "FI4950009420028730"
    assert _text(tree, receiver + "ToIntermediator") == "OKOYFIHH"
    note = invoicing.credit(invoice.id, today=date(2025, 4, 1))
    document = invoicing.finvoice_xml(note.id)
    _validate_with_shared_schema(document)
    tree = etree.fromstring(document)
    assert _text(tree, "InvoiceDetails/InvoiceTypeCode") == "INV02"
    assert _text(tree, "InvoiceDetails/InvoiceTypeCodeUN") == "381"
    assert _text(tree, "InvoiceDetails/OriginalInvoiceNumber") == str(invoice.number)
    assert _text(tree, "InvoiceDetails/InvoiceTotalVatIncludedAmount") == "-251,00"


def test_rf_reference_and_no_routing(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    cid = add_customer(customers, use_rf_reference=True)
    invoice = make_invoice(invoicing, cid)
    tree = etree.fromstring(invoicing.finvoice_xml(invoice.id))
    assert tree.find("MessageTransmissionDetails") is None
    ref = tree.find("EpiDetails/EpiPaymentInstructionDetails/EpiRemittanceInfoIdentifier")
    assert ref is not None and ref.get("IdentificationSchemeName") == "ISO"


def test_draft_and_invalid_documents_are_refused(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    cid = add_customer(customers)
    draft = make_invoice(invoicing, cid, finalise=False)
    with pytest.raises(RuleViolation, match="draft"):
        invoicing.finvoice_xml(draft.id)
    good = invoicing.finvoice_xml(make_invoice(invoicing, cid).id)
    with pytest.raises(FinvoiceInvalid, match="Bogus"):
        validate_finvoice(good.replace(b"<InvoiceTypeCodeUN>", b"<Bogus/><InvoiceTypeCodeUN>"))


def test_shipped_schema_is_the_shared_one() -> None:
    from importlib import resources

    shipped = resources.files("asiakasrekisteri") / "resources" / "finvoice" / "Finvoice3.0.xsd"
    if SHARED_XSD.exists():
        assert shipped.read_bytes() == SHARED_XSD.read_bytes()


def test_every_account_with_a_bic_is_a_seller_account(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    invoicing.save_settings(
        InvoiceSettings(other_accounts=("FI5810171000000122 OKOYFIHH", "DE89370400440532013000"))
    )
    invoice = make_invoice(invoicing, add_customer(customers))
    document = invoicing.finvoice_xml(invoice.id)
    _validate_with_shared_schema(document)
    tree = etree.fromstring(document)
    accounts = tree.findall("SellerInformationDetails/SellerAccountDetails")
    # Finvoice requires a BIC with every account: the one given without it is left out.
    assert [(a.findtext("SellerAccountID"), a.findtext("SellerBic")) for a in accounts] == [
        ("FI2112345600000785", "NDEAFIHH"),
        ("FI5810171000000122", "OKOYFIHH"),
    ]
    epi = "EpiDetails/EpiPartyDetails/EpiBeneficiaryPartyDetails/EpiAccountID"
    assert _text(tree, epi) == "FI2112345600000785"


def test_no_routing_without_the_own_operator(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    cid = add_customer(customers, einvoice_address="003720774740", einvoice_operator="003721291126")
    tree = etree.fromstring(invoicing.finvoice_xml(make_invoice(invoicing, cid).id))
    assert tree.find("MessageTransmissionDetails") is None
    # An own address set apart from the Y-tunnus's OVT code is the sender's identifier.
    invoicing.save_settings(
        replace(invoicing.settings(), einvoice_address="003720774740001",
                einvoice_operator="003723327487")
    )  # fmt: skip
    tree = etree.fromstring(invoicing.finvoice_xml(make_invoice(invoicing, cid).id))
    sender = "MessageTransmissionDetails/MessageSenderDetails/"
    assert _text(tree, sender + "FromIdentifier") == "003720774740001"
    assert _text(tree, sender + "FromIntermediator") == "003723327487"
