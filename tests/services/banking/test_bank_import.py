"""Importing the banks' files: what each payment does, and that the register agrees."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from asiakasrekisteri.domain.bank_payments import BankFileError
from asiakasrekisteri.domain.payment_matching import Action, Unmatched
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.storage.models_banking import BankImport, BankPayment
from tests.services.banking.conftest import DATA, Register

D = Decimal
BOOKED = date(2025, 3, 14)


def import_file(register: Register, name: str) -> tuple[list[Action], int | None]:
    bank = register.services.bank_payments
    result = bank.apply(bank.preview(DATA / name))
    return [p.action for p in result.proposals], result.import_id


def test_a_camt054_batch_pays_by_national_zero_padded_and_rf_references(
    register: Register,
) -> None:
    bank = register.services.bank_payments
    preview = bank.preview(DATA / "camt054_v02_batch.xml")
    assert [p.action for p in preview.proposals] == [
        Action.PAID, Action.PART_PAYMENT, Action.PAID, Action.UNMATCHED,
    ]  # fmt: skip
    assert preview.proposals[3].unmatched is Unmatched.UNKNOWN_REFERENCE
    assert preview.customer_names == {register.virtanen: "Rakennus Virtanen Oy"}
    assert [s.archive_id for s in preview.file.skipped] == ["FEE2503140001", "PEND2503140001"]
    assert preview.imported_at is None and not preview.nothing_new
    # The preview wrote nothing.
    assert register.status(1000) == ("sent", D("0.00"))

    result = bank.apply(preview, user="mari")
    assert result.totals.payments == 4 and result.totals.invoices_paid == 2
    assert (result.totals.settled, result.totals.unmatched) == (D("602.00"), D("8.25"))
    assert register.status(1000) == ("paid", D("251.00"))
    assert register.status(1001) == ("partly_paid", D("100.00"))
    assert register.status(1002) == ("paid", D("251.00"))
    paid = register.invoice(1000)
    assert paid.payments[0].payment_date == BOOKED
    with register.services.db.read() as session:
        row = session.scalars(select(BankImport)).one()
        assert (row.user, row.file_format, row.payment_count) == ("mari", "camt.054", 4)
        archives = session.scalars(
            select(BankPayment.archive_id).where(BankPayment.customer_id.is_not(None))
        ).all()
    assert "250314593497AB0001" in archives
    figures = register.services.invoicing.customer_figures(register.virtanen, today=BOOKED)
    assert figures.open_receivables == D("151.00") + D("251.00")


def test_the_same_file_again_is_recognised_and_nothing_is_taken_twice(register: Register) -> None:
    import_file(register, "camt054_v02_batch.xml")
    bank = register.services.bank_payments
    again = bank.preview(DATA / "camt054_v02_batch.xml")
    assert again.imported_at is not None and again.nothing_new
    result = bank.apply(again)
    assert result.totals.payments == 0 and result.totals.already_imported == 4
    assert result.import_id is None  # nothing written
    assert len(bank.imports()) == 1
    assert register.status(1001) == ("partly_paid", D("100.00"))
    assert len(bank.unmatched()) == 1


def test_a_statement_after_the_notification_skips_the_payments_it_had(register: Register) -> None:
    import_file(register, "camt054_v02_batch.xml")
    actions, _ = import_file(register, "camt053_statement.xml")
    assert actions == [Action.ALREADY_IMPORTED, Action.ALREADY_IMPORTED, Action.UNMATCHED]
    unmatched = register.services.bank_payments.unmatched()
    assert [(u.payer_name, u.message, u.reason) for u in unmatched] == [
        ("Matti Meikäläinen", "", Unmatched.UNKNOWN_REFERENCE),
        ("Kauppa Oy", "Lasku 1004", Unmatched.NO_REFERENCE),
    ]
    assert register.status(1000) == ("paid", D("251.00"))


def test_overpayment_becomes_credit_other_currencies_wait_corrections_never_settle(
    register: Register,
) -> None:
    actions, _ = import_file(register, "camt054_v08_overpaid_foreign.xml")
    assert actions == [Action.OVERPAYMENT, Action.UNMATCHED, Action.CORRECTION]
    bank = register.services.bank_payments
    assert register.status(1003) == ("paid", D("251.00"))
    assert bank.credit_balance(register.virtanen) == D("49.00")
    assert register.status(1004) == ("sent", D("0.00"))  # the correction's reference
    (foreign,) = bank.unmatched()
    assert (foreign.currency, foreign.reason, foreign.message) == (
        "USD",
        Unmatched.CURRENCY,
        "Invoice 1004 thank you",
    )
    with pytest.raises(RuleViolation, match="USD"):
        bank.assign(foreign.id, register.invoices[1004])
    bank.dismiss(foreign.id)
    assert bank.unmatched() == []


def test_a_statement_reference_pays_the_customers_oldest_invoices_first(register: Register) -> None:
    later = register.new_invoice(register.virtanen, price="10.00")  # 12,55 €, due later
    actions, _ = import_file(register, "camt054_v04_prefixed.xml")
    assert actions == [Action.PAID, Action.UNMATCHED]
    # 251,00 € paid the oldest open invoice of customer 1001: invoice 1000.
    assert register.status(1000) == ("paid", D("251.00"))
    assert register.services.invoicing.get(later.id).paid_amount == 0
    (deposit,) = register.services.bank_payments.unmatched()
    assert (deposit.amount, deposit.reason) == (D("75.00"), Unmatched.NO_REFERENCE)


def test_the_reference_payment_file_settles_direct_debits_and_records_corrections(
    register: Register,
) -> None:
    actions, _ = import_file(register, "viitesiirto.txt")
    assert actions == [
        Action.PAID, Action.PAID, Action.CORRECTION, Action.OVERPAYMENT, Action.CORRECTION,
    ]  # fmt: skip
    assert [register.status(n)[0] for n in range(1000, 1005)] == [
        "paid", "paid", "sent", "paid", "sent",
    ]  # fmt: skip
    assert register.services.bank_payments.credit_balance(register.virtanen) == D("49.00")


@pytest.mark.parametrize(
    "name",
    [
        "camt054_cut_short.xml", "camt054_batch_sum_wrong.xml", "camt054_batch_count_wrong.xml",
        "camt054_summary_wrong.xml", "viitesiirto_wrong_totals.txt", "viitesiirto_cut_short.txt",
        "viitesiirto_bad_amount.txt", "not_a_bank_file.xml", "not_a_bank_file.txt", "empty.txt",
    ],
)  # fmt: skip
def test_a_damaged_or_unknown_file_changes_nothing(register: Register, name: str) -> None:
    with pytest.raises(BankFileError) as caught:
        register.services.bank_payments.preview(DATA / name)
    assert caught.value.message
    with register.services.db.read() as session:
        assert session.scalar(select(func.count(BankImport.id))) == 0


def test_payments_left_out_are_offered_when_the_file_comes_again(register: Register) -> None:
    bank = register.services.bank_payments
    preview = bank.preview(DATA / "camt054_v02_batch.xml")
    # Leaving the first payment of invoice 1001 out changes nothing for the others.
    plan = preview.plan({0, 2, 3})
    assert plan[1] is None
    assert [p.action for p in plan if p is not None] == [
        Action.PAID, Action.PAID, Action.UNMATCHED,
    ]  # fmt: skip
    result = bank.apply(preview, {0, 2, 3})
    assert result.totals.payments == 3
    assert register.status(1001) == ("sent", D("0.00"))
    again = bank.preview(DATA / "camt054_v02_batch.xml")
    assert again.imported_at is not None and not again.nothing_new
    assert [p.action for p in again.proposals] == [
        Action.ALREADY_IMPORTED, Action.PART_PAYMENT, Action.ALREADY_IMPORTED,
        Action.ALREADY_IMPORTED,
    ]  # fmt: skip


def test_changes_after_the_preview_are_seen_by_the_import(register: Register) -> None:
    bank = register.services.bank_payments
    preview = bank.preview(DATA / "camt054_v02_batch.xml")
    register.services.invoicing.record_payment(register.invoices[1000], D("251.00"), BOOKED)
    result = bank.apply(preview)
    # Invoice 1000 was paid by hand meanwhile: the bank's payment of it became credit.
    assert result.proposals[0].action is Action.CREDIT
    assert register.status(1000) == ("paid", D("251.00"))
    assert bank.credit_balance(register.virtanen) == D("251.00")


def test_reminders_and_statements_leave_out_what_the_bank_paid(register: Register) -> None:
    import_file(register, "camt054_v02_batch.xml")
    invoicing = register.services.invoicing
    late = date(2025, 5, 1)
    with pytest.raises(RuleViolation, match="not overdue"):
        invoicing.create_reminder(register.invoices[1000], today=late)
    charges = invoicing.reminder_charges(register.invoices[1001], today=late)
    assert charges.open_amount == D("151.00")
    statement = invoicing.statement(register.virtanen, today=late)
    assert [(line.number, line.open_amount) for line in statement.lines] == [
        (1001, D("151.00")), (1003, D("251.00")),
    ]  # fmt: skip
    assert statement.total_open == D("402.00")


def test_totals_count_a_foreign_payment_but_sum_euros_only(register: Register) -> None:
    preview = register.services.bank_payments.preview(DATA / "camt054_v08_overpaid_foreign.xml")
    assert all(p is not None for p in preview.plan(range(3)))
    result = register.services.bank_payments.apply(preview)
    assert (result.totals.payments, result.totals.unmatched_count) == (3, 1)
    assert (result.totals.amount, result.totals.unmatched) == (D("300.00"), D("0.00"))
