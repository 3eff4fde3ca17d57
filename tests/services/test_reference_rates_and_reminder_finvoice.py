"""The reference-rate table as data, and payment reminders as Finvoice messages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from lxml import etree

from asiakasrekisteri.domain.enums import CustomerType, VatExemption
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.interest import SHIPPED_REFERENCE_RATES, ReferenceRateUnknown
from asiakasrekisteri.domain.invoice import ProductData
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.errors import NotFound, RuleViolation
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.services.products import ProductService
from asiakasrekisteri.storage.db import Database
from tests.services.test_finvoice import _validate_with_shared_schema
from tests.services.test_invoicing import add_customer, make_invoice, row

D = Decimal


def test_the_table_starts_with_the_shipped_half_years_and_takes_new_ones(
    invoicing: InvoicingService,
) -> None:
    assert invoicing.reference_rates() == SHIPPED_REFERENCE_RATES
    table = invoicing.save_reference_rates(((date(2026, 7, 1), D("2.25")),))
    assert table.rate_on(date(2026, 12, 31)) == D("2.25")
    # Corrected, and a half-year taken out, in one go.
    table = invoicing.save_reference_rates(((date(2026, 7, 1), D("2")),), (date(2024, 1, 1),))
    assert table.periods[0].start == date(2024, 7, 1)
    assert invoicing.reference_rates().rate_on(date(2026, 8, 1)) == D("2.00")


def test_bad_rates_save_nothing(invoicing: InvoicingService) -> None:
    with pytest.raises(ValidationError) as info:
        invoicing.save_reference_rates(((date(2026, 7, 1), D("2.5")), (date(2027, 2, 1), D("2.5"))))
    assert info.value.code == "reference_rate.start"
    with pytest.raises(NotFound):
        invoicing.save_reference_rates(((date(2026, 7, 1), D("2.5")),), (date(2020, 1, 1),))
    assert invoicing.reference_rates() == SHIPPED_REFERENCE_RATES


def test_a_reminder_past_the_table_asks_for_the_rate_and_records_nothing(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    cid = add_customer(customers)
    invoice = make_invoice(invoicing, cid, day=date(2026, 5, 4))  # due 18.5.2026
    day = date(2026, 7, 10)
    with pytest.raises(ReferenceRateUnknown) as info:
        invoicing.reminder_charges(invoice.id, today=day)
    assert info.value.half_year == date(2026, 7, 1)
    with pytest.raises(ReferenceRateUnknown):
        invoicing.create_reminder(invoice.id, today=day)
    assert invoicing.get(invoice.id).reminders == ()
    with pytest.raises(ReferenceRateUnknown):
        invoicing.statement(cid, today=day)
    figures = invoicing.customer_figures(cid, today=day)
    assert (figures.interest_to_date, figures.missing_reference_rate) == (None, date(2026, 7, 1))
    # Up to the end of the last half-year known, the interest is there: 251 € × 10.5 %
    # (B2B: 2.5 + 8) × 43 days.
    june = (D(251) * D("10.5") * 43 / 100 / 365).quantize(D("0.01"))
    assert invoicing.customer_figures(cid, today=date(2026, 6, 30)).interest_to_date == june

    invoicing.save_reference_rates(((date(2026, 7, 1), D("2")),))
    charges = invoicing.reminder_charges(invoice.id, today=day)
    # 251 € × 10.5 % (B2B 2.5 + 8) × 43 days to 30.6. + 251 € × 10 % × 10 days.
    expected = (D(251) * (D("10.5") * 43 + D(10) * 10) / 100 / 365).quantize(D("0.01"))
    assert charges.interest == expected
    reminder, _pdf = invoicing.create_reminder(invoice.id, today=day)
    assert reminder.interest == expected
    assert invoicing.customer_figures(cid, today=day).interest_to_date == expected


def _private_einvoice_customer(customers: CustomerService) -> int:
    return add_customer(
        customers, name="Maija Meikäläinen", business_id="", customer_type=CustomerType.PRIVATE,
        einvoice_address="FI4950009420028730", einvoice_operator="OKOYFIHH",
    )  # fmt: skip


def test_a_reminder_as_finvoice(invoicing: InvoicingService, customers: CustomerService) -> None:
    invoicing.save_settings(replace(invoicing.settings(), einvoice_operator="003723327487"))
    cid = _private_einvoice_customer(customers)
    invoice = make_invoice(invoicing, cid, day=date(2025, 1, 1))
    first, _pdf = invoicing.create_reminder(invoice.id, today=date(2025, 2, 1))
    second, _pdf = invoicing.create_reminder(invoice.id, today=date(2025, 3, 1))
    document = invoicing.reminder_finvoice(invoice.id, second.id)
    _validate_with_shared_schema(document)
    tree = etree.fromstring(document)
    details = tree.find("InvoiceDetails")
    assert details is not None
    assert details.findtext("InvoiceTypeCode") == "INV03"
    assert details.findtext("InvoiceTypeText") == "MAKSUMUISTUTUS"
    assert details.findtext("InvoiceNumber") == f"{invoice.number}-2"
    assert details.findtext("InvoiceDate") == "20250301"
    assert details.findtext("OriginalInvoiceNumber") == str(invoice.number)
    assert details.findtext("PaymentTermsDetails/InvoiceDueDate") == "20250315"
    # What is open, the interest to the day, the first reminder's fee, this one's fee.
    rows = tree.findall("InvoiceRow")
    names = [r.findtext("ArticleName") for r in rows]
    amounts = [D(str(r.findtext("RowAmount")).replace(",", ".")) for r in rows]
    assert names == [
        f"Lasku {invoice.number}, avoinna", "Viivästyskorko 15.01.2025–01.03.2025",
        "Aiempien muistutusten kulut", "Muistutusmaksu",
    ]  # fmt: skip
    assert amounts == [D("251.00"), second.interest, first.fee, second.fee]
    assert first.fee == second.fee == D("5.00")
    total = sum(amounts, D(0))
    assert details.findtext("InvoiceTotalVatIncludedAmount") == f"{total:.2f}".replace(".", ",")
    assert {r.findtext("RowVatCode") for r in tree.iterfind("InvoiceRow")} == {"O"}
    epi = "EpiDetails/EpiPaymentInstructionDetails/"
    assert tree.findtext(epi + "EpiRemittanceInfoIdentifier") == invoice.reference
    assert tree.findtext(epi + "EpiInstructedAmount") == f"{total:.2f}".replace(".", ",")
    assert tree.findtext(epi + "EpiDateOptionDate") == "20250315"
    sender = "MessageTransmissionDetails/MessageSenderDetails/"
    assert tree.findtext(sender + "FromIntermediator") == "003723327487"
    receiver = "MessageTransmissionDetails/MessageReceiverDetails/"
    assert tree.findtext(receiver + "ToIdentifier") == "FI4950009420028730"
    assert tree.findtext("VirtualBankBarcode")


def test_a_reminder_without_an_einvoice_address_is_not_sent_as_finvoice(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    invoice = make_invoice(invoicing, add_customer(customers), day=date(2025, 1, 1))
    reminder, _pdf = invoicing.create_reminder(invoice.id, today=date(2025, 2, 1))
    with pytest.raises(RuleViolation) as info:
        invoicing.reminder_finvoice(invoice.id, reminder.id)
    assert info.value.code == "finvoice.no_address"
    with pytest.raises(NotFound):
        invoicing.reminder_finvoice(invoice.id, reminder.id + 100)


def test_an_exempt_product_has_no_rate_and_keeps_its_kind(db: Database) -> None:
    products = ProductService(db)
    saved = products.save(
        ProductData("FT", "Fysioterapia", D("80.00"), D("25.5"), goods=False,
                    vat_exemption=VatExemption.HEALTHCARE)
    )  # fmt: skip
    assert (saved.vat_percent, saved.vat_exemption) == (D("0.00"), VatExemption.HEALTHCARE)
    stove = products.save(ProductData("K1", "Kiuas", D("900.00"), D("25.5"), goods=True))
    assert products.get_by_code("K1") == stove and stove.goods
    assert products.get_by_code("FT").vat_exemption is VatExemption.HEALTHCARE


def test_a_credit_note_keeps_each_rows_vat(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    cid = add_customer(customers)
    exempt = row("Fysioterapia", "1", "80.00", "0", vat_exemption=VatExemption.HEALTHCARE)
    original = make_invoice(invoicing, cid, row(goods=True), exempt)
    note = invoicing.credit(original.id, today=date(2025, 4, 1))
    assert [(r.goods, r.vat_exemption) for r in note.rows] == [
        (True, None),
        (False, VatExemption.HEALTHCARE),
    ]
    assert note.vat_notes == original.vat_notes == ("Veroton myynti (AVL 34 §)",)
    assert note.total == -original.total
