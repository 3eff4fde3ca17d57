"""Unmatched payments placed by hand, customers' credit, and undoing an import."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from asiakasrekisteri.domain.customer import CustomerData
from asiakasrekisteri.domain.payment_matching import Allocation
from asiakasrekisteri.services.errors import NotFound, RuleViolation
from tests.bankfile_builders import Entry, Tx, camt
from tests.services.banking.conftest import DATA, Register

D = Decimal
DAY = date(2025, 3, 20)


def import_data(register: Register, data: bytes) -> int:
    bank = register.services.bank_payments
    import_id = bank.apply(bank.preview_data(data, "payments.xml")).import_id
    assert import_id is not None
    return import_id


def test_suggestions_are_open_invoices_of_the_same_amount_or_a_name_alike(
    register: Register,
) -> None:
    import_data(register, camt([Entry([
        Tx("U1", D("251.00"), "99999997", payer="RAKENNUS VIRTANEN"),
        Tx("U2", D("251.00"), "", payer="Nobody Known"),
        Tx("U3", D("3.00"), "", payer="Kauppa Oy"),
    ])]))  # fmt: skip
    bank = register.services.bank_payments
    by_name, by_amount, by_name_only = bank.unmatched()
    first = bank.suggestions(by_name)
    # Only Virtanen's invoices: the same amount is open on Kauppa's too, but the name differs.
    assert [s.number for s in first] == [1000, 1001, 1002, 1003]
    assert first[0].same_amount and first[0].name_score == 100
    assert first[0].customer_name == "Rakennus Virtanen Oy"
    # The same amount is open everywhere, but "Nobody Known" is like no buyer.
    assert bank.suggestions(by_amount) == []
    assert [s.number for s in bank.suggestions(by_name_only)] == [1004, 1005]
    assert not bank.suggestions(by_name_only)[0].same_amount


def test_assigning_by_hand_pays_the_invoice_and_keeps_the_rest_as_credit(
    register: Register,
) -> None:
    import_data(register, camt([Entry([Tx("U1", D("300.00"), "", payer="Kauppa Oy")])]))
    bank = register.services.bank_payments
    found = bank.find_unmatched("U1")
    result = bank.assign(found.id, register.invoices[1004])
    assert (result.invoice_number, result.paid, result.credit, result.open_after) == (
        1004,
        D("251.00"),
        D("49.00"),
        D("0.00"),
    )
    assert register.status(1004) == ("paid", D("251.00"))
    assert register.invoice(1004).payments[0].payment_date == date(2025, 3, 14)
    assert bank.credit_balance(register.kauppa) == D("49.00")
    assert bank.unmatched() == []
    with pytest.raises(NotFound):
        bank.find_unmatched("U1")
    with pytest.raises(NotFound):
        bank.find_unmatched("NO-SUCH-ID")
    with pytest.raises(NotFound):
        bank.dismiss(found.id)


def test_only_an_open_invoice_takes_a_payment_by_hand(register: Register) -> None:
    import_data(register, camt([Entry([Tx("U1", D("100.00"), "")])]))
    bank = register.services.bank_payments
    (found,) = bank.unmatched()
    register.services.invoicing.record_payment(register.invoices[1005], D("251.00"), DAY)
    with pytest.raises(RuleViolation, match="nothing open"):
        bank.assign(found.id, register.invoices[1005])
    result = bank.assign(found.id, register.invoices[1004])
    assert (result.paid, result.credit, result.open_after) == (D("100.00"), D("0"), D("151.00"))
    assert register.status(1004) == ("partly_paid", D("100.00"))


def test_deleting_a_bank_payment_from_its_invoice_puts_its_money_back_on_the_list(
    register: Register,
) -> None:
    bank = register.services.bank_payments
    import_data(register, camt([Entry([Tx("P1", D("251.00"), "110000")])]))
    assert bank.unmatched() == []
    payment = register.invoice(1000).payments[0]
    register.services.invoicing.delete_payment(payment.id)
    (back,) = bank.unmatched()
    assert (back.archive_id, back.amount, back.reason) == ("P1", D("251.00"), None)
    bank.assign(back.id, register.invoices[1001])
    assert register.status(1001) == ("paid", D("251.00"))


def test_credit_pays_the_next_invoice_or_is_refunded(register: Register) -> None:
    bank = register.services.bank_payments
    with pytest.raises(RuleViolation, match="no credit"):
        bank.use_credit(register.kauppa, today=DAY)
    import_data(register, camt([Entry([Tx("P1", D("600.00"), "110055")])]))  # 1005 of Kauppa
    assert bank.credit_balance(register.kauppa) == D("349.00")
    used = bank.use_credit(register.kauppa, today=DAY)
    assert used == (Allocation(register.invoices[1004], 1004, D("251.00"), D("0.00")),)
    assert bank.credit_balance(register.kauppa) == D("98.00")
    with pytest.raises(RuleViolation, match="no open invoices"):
        bank.use_credit(register.kauppa, today=DAY)
    following = register.new_invoice(register.kauppa)
    assert bank.use_credit(register.kauppa, today=DAY)[0].amount == D("98.00")
    assert register.services.invoicing.get(following.id).open_amount == D("153.00")
    # Deleting the payment made from credit gives the credit back.
    made = register.services.invoicing.get(following.id).payments[0]
    register.services.invoicing.delete_payment(made.id)
    assert bank.credit_balance(register.kauppa) == D("98.00")
    for bad in (D("0"), D("98.01"), D("1.001")):
        with pytest.raises(RuleViolation, match="refund"):
            bank.refund_credit(register.kauppa, bad, today=DAY)
    assert bank.refund_credit(register.kauppa, D("98.00"), today=DAY) == D("0.00")
    assert bank.credit_balance(register.kauppa) == D("0.00")


def test_undo_takes_the_whole_import_back(register: Register) -> None:
    bank = register.services.bank_payments
    import_id = import_data(register, (DATA / "camt054_v08_overpaid_foreign.xml").read_bytes())
    second = import_data(register, (DATA / "camt054_v02_batch.xml").read_bytes())
    (foreign, unknown) = bank.unmatched()
    bank.assign(unknown.id, register.invoices[1004])
    result = bank.undo_import(second)
    assert (result.removed, result.invoices, result.kept) == (4, 4, ())
    assert [register.status(n) for n in range(1000, 1005)] == [
        ("sent", D("0.00")), ("sent", D("0.00")), ("sent", D("0.00")), ("paid", D("251.00")),
        ("sent", D("0.00")),
    ]  # fmt: skip
    assert [u.archive_id for u in bank.unmatched()] == [foreign.archive_id]
    with pytest.raises(RuleViolation, match="undone already"):
        bank.undo_import(second)
    with pytest.raises(NotFound):
        bank.undo_import(999)
    # Undone, the file can be imported again.
    again = bank.preview(DATA / "camt054_v02_batch.xml")
    assert again.imported_at is None and not again.nothing_new
    infos = bank.imports()
    assert [(i.id, i.undone_at is not None) for i in infos] == [(second, True), (import_id, False)]
    assert infos[1].total == D("300.00") and infos[1].payment_count == 3  # euros only


def test_undo_keeps_a_payment_whose_credit_was_used_since(register: Register) -> None:
    bank = register.services.bank_payments
    import_id = import_data(register, camt([Entry([
        Tx("C1", D("300.00"), "110039"), Tx("P2", D("251.00"), "110000"),
    ])]))  # fmt: skip
    bank.use_credit(register.virtanen, today=DAY)  # the 49,00 € pays part of invoice 1001
    result = bank.undo_import(import_id)
    assert [(k.archive_id, k.amount, k.customer_name) for k in result.kept] == [
        ("C1", D("300.00"), "Rakennus Virtanen Oy")
    ]
    assert result.removed == 1
    assert register.status(1000) == ("sent", D("0.00"))
    assert register.status(1003) == ("paid", D("251.00"))
    assert bank.credit_balance(register.virtanen) == D("0.00")


def test_credit_is_kept_with_its_customer_and_follows_a_merge(register: Register) -> None:
    customers = register.services.customers
    bank = register.services.bank_payments
    newcomer = customers.create(CustomerData(name="Uusi Oy")).id
    import_data(register, camt([Entry([Tx("C1", D("300.00"), "110039")])]))
    with pytest.raises(RuleViolation):
        customers.delete(register.virtanen)
    chosen = customers.get(newcomer).data
    customers.merge(newcomer, register.virtanen, chosen)
    assert bank.credit_balance(newcomer) == D("49.00")


def test_everything_held_on_a_person_includes_their_bank_payments_and_credit(
    register: Register,
) -> None:
    import_data(register, camt([Entry([Tx("C1", D("300.00"), "110039", payer="Virtanen")])]))
    data = register.services.privacy.export_data(register.virtanen)
    assert [(b["archive_id"], b["payer_name"]) for b in data["bank_payments"]] == [
        ("C1", "Virtanen")
    ]
    assert [(c["kind"], c["amount"]) for c in data["credit"]] == [("overpayment", "49.00")]
