"""Credit notes in part and in full, the refunds they leave, and consumers' invoices."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from asiakasrekisteri.domain.company import InvoiceSettings
from asiakasrekisteri.domain.crediting import CreditRequest, RowCredit
from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRowData, InvoiceStatus
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.services.invoicing import InvoicingService
from tests.conftest import make_customer
from tests.services.pdf_checks import page_texts

D = Decimal
DAY = date(2026, 3, 2)


def _invoice(invoicing: InvoicingService, customer_id: int, *rows: InvoiceRowData,
             **kw: Any) -> Any:  # fmt: skip
    draft = InvoiceDraft(customer_id=customer_id, rows=rows, invoice_date=DAY, **kw)
    return invoicing.create_invoice(draft, today=DAY)


def _rows() -> tuple[InvoiceRowData, ...]:
    return (
        InvoiceRowData("Asennustyö", D(4), D("60.00"), D("25.5")),
        InvoiceRowData("Kirja", D(3), D("9.99"), D("13.5")),
    )


@pytest.fixture
def customer_id(customers: CustomerService) -> int:
    return customers.create(make_customer()).id


def test_rows_credited_in_parts_never_more_than_the_invoice(
    invoicing: InvoicingService, customer_id: int
) -> None:
    invoice = _invoice(invoicing, customer_id, *_rows())
    first = invoicing.credit(invoice.id, CreditRequest(rows=(RowCredit(0, D(1)),)), today=DAY)
    assert [r.quantity for r in first.rows] == [D(-1)]
    assert first.total == D("-75.30") and first.credit_of_number == invoice.number
    assert first.totals.breakdown[0].vat == D("-15.30")
    after = invoicing.get(invoice.id)
    assert after.status is InvoiceStatus.SENT and after.open_amount == invoice.total - D("75.30")
    with pytest.raises(ValidationError) as info:
        invoicing.credit(invoice.id, CreditRequest(rows=(RowCredit(0, D(4)),)), today=DAY)
    assert info.value.code == "credit.quantity"
    rest = invoicing.credit(invoice.id, CreditRequest(), today=DAY)
    assert sorted(r.quantity for r in rest.rows) == [D(-3), D(-3)]
    assert first.total + rest.total == -invoice.total
    done = invoicing.get(invoice.id)
    assert done.status is InvoiceStatus.CREDITED and done.open_amount == 0
    with pytest.raises(RuleViolation):
        invoicing.credit(invoice.id, today=DAY)


def test_amount_credit_is_split_over_the_rates_to_the_cent(
    invoicing: InvoicingService, customer_id: int
) -> None:
    invoice = _invoice(invoicing, customer_id, *_rows())
    note = invoicing.credit(invoice.id, CreditRequest(amount=D("100.00")), today=DAY)
    assert note.total == D("-100.00") and note.prices_include_vat
    for part in note.totals.breakdown:
        assert part.net + part.vat == part.gross
    assert {p.rate for p in note.totals.breakdown} == {D("25.5"), D("13.5")}
    with pytest.raises(ValidationError) as info:
        invoicing.credit(invoice.id, CreditRequest(amount=invoice.total), today=DAY)
    assert info.value.code == "credit.amount"
    # A row credit after an amount credit may not pass what is left.
    with pytest.raises(RuleViolation) as refused:
        invoicing.credit(invoice.id, CreditRequest(rows=(RowCredit(0),)), today=DAY)
    assert refused.value.code == "credit.too_much"
    rest = invoicing.credit(invoice.id, today=DAY)
    assert rest.total == -(invoice.total - D("100.00"))
    assert invoicing.get(invoice.id).status is InvoiceStatus.CREDITED


def test_crediting_a_paid_invoice_owes_a_refund_until_it_is_paid_out(
    invoicing: InvoicingService, customer_id: int
) -> None:
    invoice = _invoice(invoicing, customer_id, *_rows())
    invoicing.record_payment(invoice.id, invoice.total, DAY)
    plan = invoicing.preview_credit(invoice.id, CreditRequest(amount=D("50.00")))
    assert plan.refund == D("50.00") and not plan.full
    invoicing.credit(invoice.id, CreditRequest(amount=D("50.00")), today=DAY)
    owed = invoicing.get(invoice.id)
    assert owed.status is InvoiceStatus.PAID and owed.refund_due == D("50.00")
    statement = invoicing.statement(customer_id, today=DAY)
    assert [(r.number, r.amount) for r in statement.refunds] == [(invoice.number, D("50.00"))]
    with pytest.raises(RuleViolation) as info:
        invoicing.record_refund(invoice.id, D("50.01"), refund_date=DAY)
    assert info.value.code == "refund.amount"
    paid_out = invoicing.record_refund(invoice.id, D("20.00"), refund_date=date(2026, 3, 5))
    assert paid_out.refund_due == D("30.00") and paid_out.refunds[0].amount == D("20.00")
    invoicing.record_refund(invoice.id, D("30.00"), refund_date=date(2026, 3, 6))
    assert invoicing.get(invoice.id).refund_due == 0
    with pytest.raises(RuleViolation) as nothing:
        invoicing.record_refund(invoice.id, D("1.00"), refund_date=DAY)
    assert nothing.value.code == "refund.nothing_owed"


def test_part_paid_invoice_credited_in_full_owes_back_what_was_paid(
    invoicing: InvoicingService, customer_id: int
) -> None:
    invoice = _invoice(invoicing, customer_id, *_rows())
    invoicing.record_payment(invoice.id, D("100.00"), DAY)
    plan = invoicing.preview_credit(invoice.id, CreditRequest())
    assert plan.full and plan.refund == D("100.00") and plan.amount == invoice.total
    invoicing.credit(invoice.id, today=DAY)
    credited = invoicing.get(invoice.id)
    assert credited.open_amount == 0 and credited.refund_due == D("100.00")
    figures = invoicing.customer_figures(customer_id, today=DAY)
    assert figures.open_receivables == 0 and figures.refunds_owed == D("100.00")
    # Nothing open, a refund owed: a statement tells it, with no payment slip.
    statement = invoicing.statement(customer_id, today=DAY)
    assert statement.total == 0 and statement.total_refund == D("100.00")
    text = "\n".join(page_texts(invoicing.statement_pdf(customer_id, today=DAY)))
    assert "Palautamme teille laskuista:" in text and "Maksajan nimi" not in text


def test_refund_is_in_the_customer_history(
    invoicing: InvoicingService, customer_id: int, services: Any
) -> None:
    invoice = _invoice(invoicing, customer_id, *_rows())
    invoicing.record_payment(invoice.id, invoice.total, DAY)
    invoicing.credit(invoice.id, today=DAY)
    invoicing.record_refund(invoice.id, D("10.00"), refund_date=DAY)
    rows = services.history.for_customer(customer_id)
    assert any(r.field == "refunded_amount" and r.new_value for r in rows)


def test_consumer_prices_with_vat_and_household_work(
    invoicing: InvoicingService, customers: CustomerService
) -> None:
    person = customers.create(
        make_customer(name="Maija Meikäläinen", business_id="", customer_type=CustomerType.PRIVATE)
    ).id
    assert invoicing.new_draft(person, today=DAY).prices_include_vat is True
    invoicing.save_settings(InvoiceSettings(next_invoice_number=1000, prepayment_registered=True))
    rows = (
        InvoiceRowData("Siivous", D(3), D("50.00"), D("25.5"), household_work=True),
        InvoiceRowData("Pesuaine", D(1), D("12.55"), D("25.5")),
    )
    invoice = _invoice(invoicing, person, *rows, prices_include_vat=True)
    assert invoice.total == D("162.55")
    part = invoice.totals.breakdown[0]
    assert (part.gross, part.vat, part.net) == (D("162.55"), D("33.03"), D("129.52"))
    labour = invoice.household_labour
    assert labour is not None
    assert (labour.gross, labour.vat, labour.net) == (D("150.00"), D("30.48"), D("119.52"))
    assert invoice.seller.prepayment_registered


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        ("sv", ["39,84 € 50,00 €", "Priserna inkluderar mervärdesskatt.",
                "* Arbete som berättigar till hushållsavdrag: 150,00 € (varav moms 30,48 €).",
                "Säljaren är inte införd i förskottsuppbördsregistret"]),
        ("en", ["€39.84 €50.00", "Prices include VAT.",
                "* Work eligible for the household tax credit: €150.00 (of which VAT €30.48).",
                "The seller is not entered in the prepayment register"]),
    ],
)  # fmt: skip
def test_household_work_and_refund_wording_in_swedish_and_english(
    invoicing: InvoicingService, customers: CustomerService, language: str, texts: list[str]
) -> None:
    from asiakasrekisteri.domain.enums import InvoiceLanguage

    person = customers.create(
        make_customer(name="Maija M", business_id="", customer_type=CustomerType.PRIVATE,
                      invoice_language=InvoiceLanguage(language))
    ).id  # fmt: skip
    rows = (InvoiceRowData("Siivous", D(3), D("50.00"), D("25.5"), household_work=True),)
    invoice = _invoice(invoicing, person, *rows, prices_include_vat=True)
    text = "\n".join(page_texts(invoicing.invoice_pdf(invoice.id)))
    for expected in texts:
        assert expected in text
    invoicing.record_payment(invoice.id, invoice.total, DAY)
    note = invoicing.credit(invoice.id, CreditRequest(rows=(RowCredit(0, D(1)),)), today=DAY)
    refund = {"sv": "återbetalar vi 50,00 € till er", "en": "We will refund €50.00"}
    assert refund[language] in "\n".join(page_texts(invoicing.invoice_pdf(note.id)))


def test_credits_and_refunds_keep_the_stored_totals_and_the_card_right(
    invoicing: InvoicingService, customer_id: int
) -> None:
    """The totals stored on the invoice row agree with a recomputation after part and
    full credits, payments and refunds, and the card's SQL sums agree with the records."""
    from asiakasrekisteri.services.invoicing.totals import totals_differences

    paid = _invoice(invoicing, customer_id, *_rows())
    invoicing.record_payment(paid.id, paid.total, DAY)
    invoicing.credit(paid.id, CreditRequest(amount=D("40.00")), today=DAY)
    invoicing.record_refund(paid.id, D("15.00"), refund_date=DAY)
    part = _invoice(invoicing, customer_id, *_rows())
    invoicing.credit(part.id, CreditRequest(rows=(RowCredit(1, D(1)),)), today=DAY)
    invoicing.record_payment(part.id, D("20.00"), DAY)
    full = _invoice(invoicing, customer_id, *_rows(), prices_include_vat=True)
    invoicing.record_payment(full.id, D("30.00"), DAY)
    invoicing.credit(full.id, CreditRequest(), today=DAY)
    with invoicing.db.read() as session:
        assert totals_differences(session) == []
    records = [invoicing.get(i) for i in (paid.id, part.id, full.id)]
    figures = invoicing.customer_figures(customer_id, today=DAY)
    assert figures.refunds_owed == sum((r.refund_due for r in records), D(0)) == D("55.00")
    assert figures.open_receivables == sum((r.open_amount for r in records), D(0))
    assert records[1].open_amount == part.total - D("11.34") - D("20.00")
