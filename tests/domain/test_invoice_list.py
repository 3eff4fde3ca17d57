"""List lines of invoices and the open amount rule they share with the full records."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from asiakasrekisteri.domain.invoice_list import InvoiceListItem
from asiakasrekisteri.domain.invoice_states import InvoiceKind, InvoiceStatus, open_amount_of

D = Decimal


@pytest.mark.parametrize(
    ("kind", "status", "gross", "credited", "paid", "expected"),
    [
        ("invoice", "sent", D("100.00"), D(0), D(0), D("100.00")),
        ("invoice", "partly_paid", D("100.00"), D(0), D("40.00"), D("60.00")),
        ("invoice", "partly_paid", D("100.00"), D("30.00"), D("40.00"), D("30.00")),
        ("invoice", "sent", D("100.00"), D(0), D("120.00"), D(0)),  # overpaid
        ("invoice", "paid", D("100.00"), D(0), D("100.00"), D(0)),
        ("invoice", "credited", D("100.00"), D("100.00"), D(0), D(0)),
        ("invoice", "draft", D("100.00"), D(0), D(0), D(0)),
        ("credit_note", "sent", D("-100.00"), D(0), D(0), D(0)),
    ],
)
def test_open_amount_of(
    kind: str, status: str, gross: Decimal, credited: Decimal, paid: Decimal, expected: Decimal
) -> None:
    assert open_amount_of(kind, status, gross, credited, paid) == expected
    assert open_amount_of(InvoiceKind(kind), InvoiceStatus(status), gross, credited, paid) == (
        expected
    )


def _item(status: InvoiceStatus, open_amount: Decimal) -> InvoiceListItem:
    return InvoiceListItem(
        id=1, kind=InvoiceKind.INVOICE, status=status, number=None, customer_id=1,
        customer_number="1001", customer_name="Oy", invoice_date=date(2025, 3, 1),
        due_date=date(2025, 3, 15), total=D("100.00"), open_amount=open_amount,
    )  # fmt: skip


def test_a_list_line_is_overdue_only_with_money_open_after_the_due_date() -> None:
    line = _item(InvoiceStatus.SENT, D("100.00"))
    assert not line.is_overdue(date(2025, 3, 15))
    assert line.is_overdue(date(2025, 3, 16))
    assert not _item(InvoiceStatus.PAID, D(0)).is_overdue(date(2025, 4, 1))
    assert _item(InvoiceStatus.DRAFT, D(0)).is_draft
    assert not line.is_draft
