"""Matching the bank's payments to open invoices: by reference, then by amount."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from asiakasrekisteri.domain.bank_payments import IncomingPayment
from asiakasrekisteri.domain.payment_matching import (
    Action,
    Allocation,
    ClosedInvoice,
    Ledger,
    OpenItem,
    Unmatched,
    allocate,
    match_payments,
)

D = Decimal
DAY = date(2025, 3, 14)
CUSTOMER, OTHER = 7, 8


def pay(archive: str, amount: str, ref: str, **kw: object) -> IncomingPayment:
    return IncomingPayment(archive, D(amount), str(kw.pop("currency", "EUR")), DAY, DAY, ref,
                           **kw)  # type: ignore[arg-type]  # fmt: skip


def item(invoice_id: int, amount: str, ref: str, due: int = 1, payer: int = CUSTOMER) -> OpenItem:
    return OpenItem(invoice_id, 1000 + invoice_id, payer, ref, D(amount), date(2025, 3, due))


LEDGER = Ledger(
    open_items=[
        item(1, "100.00", "110000"),
        item(2, "100.00", "RF84110013", due=20),
        item(3, "50.00", "110026", due=5),
        item(4, "10.00", "4000008", due=2, payer=OTHER),  # OTHER's fixed reference
    ],
    closed=[ClosedInvoice(9, 1009, CUSTOMER, "110097")],
    customer_references={"210070": CUSTOMER, "4000008": OTHER},
    imported=frozenset({"OLD"}),
)


def test_exact_payment_pays_the_invoice() -> None:
    (p,) = match_payments([pay("A", "100.00", "0000 0000 0000 0011 0000")], LEDGER)
    assert p.action is Action.PAID and p.payer_id == CUSTOMER
    assert p.allocations == (Allocation(1, 1001, D("100.00"), D("0.00")),)
    assert p.credit == 0 and p.settles


def test_rf_and_national_forms_find_each_other() -> None:
    national, rf = match_payments(
        [pay("A", "100.00", "110013"), pay("B", "100.00", "RF47 1100 00")], LEDGER
    )
    assert national.allocations[0].invoice_id == 2
    assert rf.allocations[0].invoice_id == 1


def test_less_is_a_part_payment_and_more_pays_in_full_with_the_rest_as_credit() -> None:
    part, over = match_payments([pay("A", "30.00", "110000"), pay("B", "80.00", "110000")], LEDGER)
    assert part.action is Action.PART_PAYMENT
    assert part.allocations == (Allocation(1, 1001, D("30.00"), D("70.00")),)
    # The second payment of the same file meets what the first left open.
    assert over.action is Action.OVERPAYMENT
    assert over.allocations == (Allocation(1, 1001, D("70.00"), D("0.00")),)
    assert over.credit == D("10.00")


def test_a_payment_for_an_invoice_already_paid_is_credit_whole() -> None:
    (closed,) = match_payments([pay("A", "25.00", "110097")], LEDGER)
    assert closed.action is Action.CREDIT and closed.credit == D("25.00")
    assert closed.payer_id == CUSTOMER and closed.allocations == ()
    first, duplicate = match_payments(
        [pay("A", "100.00", "110000"), pay("B", "100.00", "110000")], LEDGER
    )
    assert first.action is Action.PAID
    assert duplicate.action is Action.CREDIT and duplicate.credit == D("100.00")


def test_statement_and_fixed_references_pay_the_oldest_due_first() -> None:
    statement, fixed = match_payments(
        [pay("A", "180.00", "210070"), pay("B", "15.00", "4000008")], LEDGER
    )
    assert statement.action is Action.PART_PAYMENT
    assert [(a.invoice_id, a.amount, a.open_after) for a in statement.allocations] == [
        (1, D("100.00"), D("0.00")),  # due on the 1st
        (3, D("50.00"), D("0.00")),  # due on the 5th
        (2, D("30.00"), D("70.00")),  # due on the 20th
    ]
    assert fixed.action is Action.OVERPAYMENT and fixed.payer_id == OTHER
    assert fixed.allocations == (Allocation(4, 1004, D("10.00"), D("0.00")),)
    assert fixed.credit == D("5.00")


def test_a_customer_reference_with_nothing_open_is_credit() -> None:
    ledger = Ledger(open_items=[], customer_references={"210070": CUSTOMER})
    (p,) = match_payments([pay("A", "5.00", "210070")], ledger)
    assert (p.action, p.credit, p.payer_id) == (Action.CREDIT, D("5.00"), CUSTOMER)


def test_what_is_never_settled() -> None:
    proposals = match_payments(
        [
            pay("OLD", "100.00", "110000"),
            pay("C", "100.00", "110000", correction=True),
            pay("C", "100.00", "110000"),
            pay("D", "100.00", "110000", currency="USD"),
            pay("E", "100.00", ""),
            pay("F", "100.00", "12345672"),
        ],
        LEDGER,
    )
    assert [(p.action, p.unmatched) for p in proposals] == [
        (Action.ALREADY_IMPORTED, None),
        (Action.CORRECTION, None),
        (Action.ALREADY_IMPORTED, None),  # the same archive id twice in one file
        (Action.UNMATCHED, Unmatched.CURRENCY),
        (Action.UNMATCHED, Unmatched.NO_REFERENCE),
        (Action.UNMATCHED, Unmatched.UNKNOWN_REFERENCE),
    ]
    assert not any(p.settles for p in proposals)


def test_a_reference_on_several_customers_invoices_is_left_to_a_person() -> None:
    ledger = Ledger(
        open_items=[item(1, "10.00", "110000"), item(2, "10.00", "110000", payer=OTHER)]
    )
    (p,) = match_payments([pay("A", "10.00", "110000")], ledger)
    assert (p.action, p.unmatched) == (Action.UNMATCHED, Unmatched.SHARED_REFERENCE)


def test_allocate_skips_settled_items_and_stops_when_the_money_ends() -> None:
    items = [item(1, "10.00", "1"), item(2, "10.00", "2"), item(3, "10.00", "3")]
    remaining = {1: D("0.00"), 2: D("10.00"), 3: D("10.00")}
    allocations, left = allocate(items, D("4.00"), remaining)
    assert allocations == (Allocation(2, 1002, D("4.00"), D("6.00")),) and left == 0
    assert remaining == {1: D("0.00"), 2: D("6.00"), 3: D("10.00")}
