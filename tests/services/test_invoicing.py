"""Invoicing service: drafts, finalising, numbers, payments, credit notes, figures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asiakasrekisteri.domain import reference
from asiakasrekisteri.domain.company import CompanyData, InvoiceSettings, PenaltyInterestMode
from asiakasrekisteri.domain.customer import CustomerData, OfficeData
from asiakasrekisteri.domain.enums import (
    CustomerStatus,
    CustomerType,
    VatExemption,
    VatTreatment,
)
from asiakasrekisteri.domain.errors import FieldErrors
from asiakasrekisteri.domain.invoice import (
    InvoiceDraft,
    InvoiceKind,
    InvoiceRowData,
    InvoiceStatus,
    invoice_totals,
)
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.services.invoicing import (
    InvoiceQuery,
    InvoicingService,
    open_total,
    twelve_months_before,
)
from tests.conftest import make_customer
from tests.services.conftest import INVOICING_SELLER

D = Decimal
DAY = date(2025, 3, 3)

SELLER = INVOICING_SELLER


def add_customer(customers: CustomerService, **overrides: Any) -> int:
    return customers.create(make_customer(**overrides)).id


def row(text: str = "Konsultointi", qty: str = "2", price: str = "100.00", rate: str = "25.5",
        **kw: Any) -> InvoiceRowData:  # fmt: skip
    return InvoiceRowData(text, D(qty), D(price), D(rate), **kw)


def make_invoice(
    invoicing: InvoicingService,
    customer_id: int,
    *rows: InvoiceRowData,
    day: date = DAY,
    finalise: bool = True,
    **kw: Any,
) -> Any:
    draft = InvoiceDraft(customer_id=customer_id, rows=rows or (row(),), invoice_date=day, **kw)
    return invoicing.create_invoice(draft, finalise=finalise, today=day)


def test_draft_has_no_number_and_finalising_gives_number_and_reference(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    cid = add_customer(customers)
    draft = make_invoice(invoicing, cid, finalise=False)
    assert draft.status is InvoiceStatus.DRAFT and draft.number is None and draft.reference == ""
    assert draft.total == D("251.00") and draft.vat_total == D("51.00")
    sent = invoicing.finalise(draft.id)
    assert sent.status is InvoiceStatus.SENT
    assert sent.number == 1000
    # The kind digit 1 of invoices, then the number: 1 1000 and its check digit.
    assert sent.reference == reference.create("11000") == "110000"
    assert sent.due_date == date(2025, 3, 17)  # 14 days net by default
    assert sent.virtual_barcode.startswith("4211234560000078500025100")
    second = make_invoice(invoicing, cid)
    assert second.number == 1001
    assert invoicing.settings().next_invoice_number == 1002


def test_numbers_have_no_gaps_when_finalising_fails(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    cid = add_customer(customers)
    banned = add_customer(customers, name="Kielletty Oy", business_id="", delivery_ban=True)
    with pytest.raises(RuleViolation, match="delivery ban"):
        make_invoice(invoicing, banned)
    assert make_invoice(invoicing, cid).number == 1000


@pytest.mark.parametrize(
    ("overrides", "message"),
    [({"delivery_ban": True}, "delivery ban"), ({"active": False}, "inactive")],
)
def test_refused_customers(
    invoicing: InvoicingService, customers: CustomerService, overrides: Any, message: str
) -> None:
    cid = add_customer(customers, **overrides)
    draft = make_invoice(invoicing, cid, finalise=False)
    with pytest.raises(RuleViolation, match=message) as info:
        invoicing.finalise(draft.id)
    assert info.value.code.startswith("invoice.")


def test_sent_invoice_is_locked(invoicing: InvoicingService, customers: CustomerService) -> None:
    cid = add_customer(customers)
    sent = make_invoice(invoicing, cid)
    draft = InvoiceDraft(customer_id=cid, rows=(row(),))
    with pytest.raises(RuleViolation, match="credit note") as info:
        invoicing.update_draft(sent.id, draft)
    assert info.value.code == "invoice.locked"
    with pytest.raises(RuleViolation):
        invoicing.delete_draft(sent.id)
    with pytest.raises(RuleViolation):
        invoicing.finalise(sent.id)


def test_issued_invoice_keeps_the_buyer_and_seller_as_printed(
    invoicing: InvoicingService, customers: CustomerService, company: CompanyService
) -> None:
    cid = add_customer(customers)
    sent = make_invoice(invoicing, cid)
    record = customers.get(cid)
    customers.update(cid, CustomerData(**{**record.data.__dict__, "name": "Uusi Nimi Oy"}))
    company.save(CompanyData(**{**SELLER.__dict__, "name": "Toinen Tmi"}))
    again = invoicing.get(sent.id)
    assert again.buyer.name == "Rakennus Virtanen Oy"
    assert again.seller.name == "Toiminimi Mäkelä"


def test_fixed_and_rf_reference(invoicing: InvoicingService, customers: CustomerService) -> None:
    fixed = add_customer(customers, fixed_reference="43216")
    rf = add_customer(customers, name="RF Oy", business_id="", use_rf_reference=True)
    assert make_invoice(invoicing, fixed).reference == "43216"
    invoice = make_invoice(invoicing, rf)
    assert invoice.reference == reference.to_rf(
        reference.for_document(reference.ReferenceKind.INVOICE, invoice.number)
    )
    assert invoice.virtual_barcode.startswith("5")


def test_vat_rate_must_be_in_force_on_the_delivery_date(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    cid = add_customer(customers)
    with pytest.raises(FieldErrors) as info:
        make_invoice(invoicing, cid, row(rate="24"), day=date(2026, 1, 5))
    assert "rows[0].vat_percent" in info.value.errors
    ok = make_invoice(invoicing, cid, row(rate="24"), day=date(2026, 1, 5),
                      delivery_date=date(2024, 8, 1))  # fmt: skip
    assert ok.totals.breakdown[0].rate == D("24")


def test_seller_outside_vat_register_charges_no_vat(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    invoicing.save_settings(InvoiceSettings(vat_registered=False))
    cid = add_customer(customers)
    invoice = make_invoice(invoicing, cid)
    assert invoice.vat_total == 0 and invoice.total == D("200.00")
    assert invoice.vat_notes == ("Ei alv-rekisterissä",)


def test_eu_reverse_charge(invoicing: InvoicingService, customers: CustomerService) -> None:
    cid = add_customer(
        customers, name="Svensson AB", business_id="", country="SE", postal_code="11122",
        city="Stockholm", vat_id="SE556677889901", vat_treatment=VatTreatment.EU_BUSINESS,
        phone="",
    )  # fmt: skip
    invoice = make_invoice(invoicing, cid)
    assert invoice.vat_total == 0
    assert invoice.shows_buyer_vat_id
    assert invoice.vat_notes == ("Käännetty verovelvollisuus / Reverse charge",)


def test_payments_partial_full_and_overpaid(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    cid = add_customer(customers)
    invoice = make_invoice(invoicing, cid)
    first = invoicing.record_payment(invoice.id, D("100.00"), date(2025, 3, 10))
    assert first.invoice.status is InvoiceStatus.PARTLY_PAID
    assert first.invoice.open_amount == D("151.00") and not first.overpaid
    second = invoicing.record_payment(invoice.id, D("160.00"), date(2025, 3, 20))
    assert second.invoice.status is InvoiceStatus.PAID
    assert second.overpaid and second.invoice.overpaid_amount == D("9.00")
    after = invoicing.delete_payment(second.payment.id)
    assert after.status is InvoiceStatus.PARTLY_PAID
    with pytest.raises(RuleViolation):
        invoicing.record_payment(invoice.id, D("-1"))
    draft = make_invoice(invoicing, cid, finalise=False)
    with pytest.raises(RuleViolation, match="sent invoices"):
        invoicing.record_payment(draft.id, D("1.00"))


def test_credit_note_negates_the_original_and_marks_it_credited(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    cid = add_customer(customers)
    original = make_invoice(invoicing, cid, row(), row("Tarvike", "3", "9.99", "14"))
    note = invoicing.credit(original.id, today=date(2025, 4, 1))
    assert note.kind is InvoiceKind.CREDIT_NOTE
    assert note.number == original.number + 1
    assert note.credit_of_number == original.number
    assert note.total == -original.total and note.vat_total == -original.vat_total
    assert [r.quantity for r in note.rows] == [D(-2), D(-3)]
    again = invoicing.get(original.id)
    assert again.status is InvoiceStatus.CREDITED and again.open_amount == 0
    with pytest.raises(RuleViolation):
        invoicing.credit(original.id)


def test_overdue_is_derived(invoicing: InvoicingService, customers: CustomerService) -> None:
    cid = add_customer(customers)
    invoice = make_invoice(invoicing, cid)
    assert not invoice.is_overdue(invoice.due_date)
    assert invoice.is_overdue(date(2025, 3, 18))
    paid = invoicing.record_payment(invoice.id, invoice.total, date(2025, 3, 30)).invoice
    assert not paid.is_overdue(date(2025, 4, 18))


def test_customer_figures(invoicing: InvoicingService, customers: CustomerService) -> None:
    cid = add_customer(customers)
    old = make_invoice(invoicing, cid, row(rate="24"), day=date(2023, 1, 10))  # > 12 months
    a = make_invoice(invoicing, cid, day=date(2025, 1, 1))  # due 15.1.
    b = make_invoice(invoicing, cid, day=date(2025, 2, 1))  # due 15.2.
    make_invoice(invoicing, cid, day=date(2025, 3, 1))  # open, due 15.3.
    invoicing.record_payment(old.id, old.total, date(2023, 1, 20))
    invoicing.record_payment(a.id, a.total, date(2025, 1, 11))  # 10 days, 4 early
    invoicing.record_payment(b.id, b.total, date(2025, 2, 21))  # 20 days, 6 late
    figures = invoicing.customer_figures(cid, today=date(2025, 3, 20))
    assert figures.invoiced_all_time == 3 * D("251.00") + D("248.00")
    assert figures.invoiced_12_months == 3 * D("251.00")
    assert figures.open_receivables == figures.overdue_receivables == D("251.00")
    assert figures.average_payment_days == D("15.0")
    assert figures.average_payment_delay_days == D("1.0")
    assert [r.invoice_date for r in figures.latest_invoices][:2] == [date(2025, 3, 1),
                                                                    date(2025, 2, 1)]  # fmt: skip


def test_status_follows_sales_unless_manual(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    cid = add_customer(customers)
    manual = add_customer(customers, name="Käsin Oy", business_id="",
                          status=CustomerStatus.PROSPECT, status_manual=True)  # fmt: skip
    make_invoice(invoicing, cid)
    assert customers.get(cid).data.status is CustomerStatus.TRIAL
    make_invoice(invoicing, cid)
    assert customers.get(cid).data.status is CustomerStatus.REGULAR
    make_invoice(invoicing, manual)
    assert customers.get(manual).data.status is CustomerStatus.PROSPECT


def test_sales_by_customer_and_year(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    a = add_customer(customers)
    b = add_customer(customers, name="Toinen Oy", business_id="")
    make_invoice(invoicing, a, day=date(2024, 10, 1))
    make_invoice(invoicing, a, day=date(2025, 5, 1))
    credited = make_invoice(invoicing, a, day=date(2025, 6, 1))
    invoicing.credit(credited.id, today=date(2025, 6, 2))
    make_invoice(invoicing, b, day=date(2025, 5, 1), finalise=False)
    assert invoicing.sales_by_customer_and_year() == {a: {2024: D("200.00"), 2025: D("200.00")}}


def test_customer_with_invoices_cannot_be_deleted_and_merge_moves_them(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    a = add_customer(customers)
    b = add_customer(customers, name="Sulautettava Oy", business_id="")
    invoice = make_invoice(invoicing, b)
    with pytest.raises(RuleViolation, match="inactivate"):
        customers.delete(b)
    survivor = customers.get(a)
    customers.merge(a, b, survivor.data)
    assert invoicing.get(invoice.id).customer_id == a
    assert [r.id for r in invoicing.list_invoices(InvoiceQuery(customer_id=a))] == [invoice.id]


def test_office_einvoice_address_wins(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    cid = add_customer(customers, einvoice_address="003720774740", einvoice_operator="003721291126")
    office = customers.add_office(
        cid, OfficeData(name="Tampere", einvoice_address="003720774740TRE",
                        einvoice_operator="003723327487")
    )  # fmt: skip
    plain = make_invoice(invoicing, cid)
    via_office = make_invoice(invoicing, cid, office_id=office.id)
    assert plain.buyer.einvoice_operator == "003721291126"
    assert via_office.buyer.einvoice_address == "003720774740TRE"
    assert via_office.buyer.einvoice_operator == "003723327487"


def test_reminder_rules(invoicing: InvoicingService, customers: CustomerService) -> None:
    private = add_customer(customers, name="Maija Meikäläinen", business_id="",
                           customer_type=CustomerType.PRIVATE)  # fmt: skip
    banned = add_customer(customers, name="Perintäkielto Oy", business_id="",
                          collection_ban=True)  # fmt: skip
    invoicing.save_settings(InvoiceSettings(reminder_fee=D("12.00")))
    invoice = make_invoice(invoicing, private, day=date(2025, 1, 1))
    with pytest.raises(RuleViolation, match="not overdue"):
        invoicing.create_reminder(invoice.id, today=date(2025, 1, 10))
    reminder, pdf = invoicing.create_reminder(invoice.id, today=date(2025, 3, 1))
    assert reminder.fee == D("5.00")  # capped for consumers
    # 251,00 € × 10,5 % × 45/365 (1.1.2025 reference 3,5 % + 7)
    assert reminder.interest == D("3.25")
    assert pdf.startswith(b"%PDF")
    assert invoicing.get(invoice.id).reminders == (reminder,)
    other = make_invoice(invoicing, banned, day=date(2025, 1, 1))
    with pytest.raises(RuleViolation, match="collection ban"):
        invoicing.create_reminder(other.id, today=date(2025, 3, 1))


def test_settings_round_trip_and_number_guard(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    saved = invoicing.save_settings(
        InvoiceSettings(
            next_invoice_number=5000, penalty_interest_mode=PenaltyInterestMode.FIXED,
            penalty_interest_fixed=D("11.5"), reminder_fee=D("7"), notice_period_days=8,
        )
    )  # fmt: skip
    assert invoicing.settings() == saved
    cid = add_customer(customers)
    invoice = make_invoice(invoicing, cid)
    assert invoice.number == 5000 and invoice.penalty_interest == D("11.50")
    with pytest.raises(FieldErrors) as info:
        invoicing.save_settings(InvoiceSettings(next_invoice_number=4000))
    assert "next_invoice_number" in info.value.errors


_rows = st.lists(
    st.builds(
        InvoiceRowData,
        description=st.just("x"),
        quantity=st.decimals(min_value=0, max_value=1000, places=3),
        unit_price=st.decimals(min_value=0, max_value=10000, places=2),
        vat_percent=st.sampled_from([D("25.5"), D("14"), D("10"), D("0")]),
        discount_percent=st.decimals(min_value=0, max_value=100, places=2),
        goods=st.booleans(),
    ).map(  # a row sold without VAT names its exemption
        lambda r: replace(r, vat_exemption=VatExemption.HEALTHCARE) if r.vat_percent == 0 else r
    ),
    min_size=1,
    max_size=12,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=_rows)
def test_stored_totals_sum_to_the_breakdown(
    invoicing: InvoicingService, customers: CustomerService, rows: list[InvoiceRowData]
) -> None:
    cid = customers.find_id_by_number("1001") or add_customer(customers)
    record = make_invoice(invoicing, cid, *rows, day=date(2025, 3, 3), finalise=False)
    totals = record.totals
    assert totals == invoice_totals(tuple(rows), VatTreatment.DOMESTIC, seller_vat_registered=True)
    assert sum(b.net for b in totals.breakdown) == totals.net
    assert sum(b.vat for b in totals.breakdown) == totals.vat
    assert totals.net + totals.vat == totals.gross == record.total
    assert sum(line.net for line in totals.lines) == totals.net
    for part in totals.breakdown:
        assert part.vat == (part.net * part.rate / 100).quantize(
            D("0.01"), rounding="ROUND_HALF_UP"
        )
    stored = invoicing.list_invoices(InvoiceQuery(customer_id=cid))
    assert all(r.total == r.totals.gross for r in stored)


def test_other_accounts_round_trip_and_are_frozen_on_the_invoice(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    saved = invoicing.save_settings(
        InvoiceSettings(
            other_accounts=("FI58 1017 1000 0001 22 ndeafihh", "DE89370400440532013000")
        )
    )
    assert saved.other_accounts == ("FI5810171000000122 NDEAFIHH", "DE89370400440532013000")
    assert invoicing.settings() == saved
    cid = add_customer(customers)
    draft = make_invoice(invoicing, cid, finalise=False)
    assert draft.seller.other_accounts == saved.other_accounts  # drafts show today's
    invoice = invoicing.finalise(draft.id)
    credit = invoicing.credit(invoice.id)
    current = invoicing.settings()
    invoicing.save_settings(replace(current, other_accounts=()))
    assert invoicing.settings().other_accounts == ()
    assert invoicing.get(invoice.id).seller.other_accounts == saved.other_accounts
    assert invoicing.get(credit.id).seller.other_accounts == saved.other_accounts
    with pytest.raises(FieldErrors) as info:
        invoicing.save_settings(replace(current, other_accounts=("FI21 1234 5600 0007 86",)))
    assert info.value.errors["other_accounts"].code == "iban.checksum"


@pytest.mark.parametrize(
    ("day", "since"),
    [
        (date(2025, 3, 3), date(2024, 3, 4)),
        (date(2025, 1, 1), date(2024, 1, 2)),
        (date(2024, 2, 29), date(2023, 3, 1)),  # no 29 February a year before
    ],
)
def test_twelve_months_before(day: date, since: date) -> None:
    assert twelve_months_before(day) == since


def test_open_total_sums_what_is_still_open(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    cid = add_customer(customers)
    partly = make_invoice(invoicing, cid)
    make_invoice(invoicing, cid)
    paid = make_invoice(invoicing, cid)
    invoicing.record_payment(partly.id, D("100.00"), DAY)
    invoicing.record_payment(paid.id, paid.total, DAY)
    assert open_total(invoicing.list_invoices()) == D("151.00") + D("251.00")
    assert open_total([]) == 0


def test_statement_reference_is_the_fixed_one_else_made_of_the_customer_number_or_id(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    fixed = add_customer(customers, fixed_reference="43216", customer_number="2001")
    numbered = add_customer(customers, name="Numero Oy", business_id="", customer_number="2002")
    lettered = add_customer(customers, name="Kirjain Oy", business_id="", customer_number="A-7")
    padded = add_customer(customers, name="Lyhyt Oy", business_id="", customer_number="0042",
                          use_rf_reference=True)  # fmt: skip
    for cid in (fixed, numbered, lettered, padded):
        make_invoice(invoicing, cid)
    kind = reference.ReferenceKind
    assert invoicing.statement(fixed, today=DAY).reference == "43216"
    assert invoicing.statement(numbered, today=DAY).reference == reference.for_document(
        kind.STATEMENT, 2002
    )
    # A number with letters or a leading zero cannot be shown: the register id is used.
    assert invoicing.statement(lettered, today=DAY).reference == reference.for_document(
        kind.STATEMENT_BY_ID, lettered
    )
    assert invoicing.statement(padded, today=DAY).reference == reference.to_rf(
        reference.for_document(kind.STATEMENT_BY_ID, padded)
    )
    # Never an open invoice's reference, and never another statement's.
    invoice_refs = {r.reference for r in invoicing.list_invoices()}
    statement_refs = {invoicing.statement(c, today=DAY).reference for c in (numbered, lettered)}
    assert not invoice_refs & statement_refs and len(statement_refs) == 2
