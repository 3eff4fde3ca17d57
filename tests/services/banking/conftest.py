"""A register with two customers and six open invoices of 251,00 €, numbers 1000–1005.

The fixture files under tests/data/bank pay these: invoice N has the reference of the
scheme (1 + N + check digit: 110000, 110013, 110026, 110039, 110042, 110055); customer
1001's statement reference is 210010.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRecord, InvoiceRowData
from asiakasrekisteri.services.container import Services
from tests.conftest import make_customer
from tests.services.conftest import INVOICING_SELLER

DATA = Path(__file__).parents[2] / "data" / "bank"
DAY = date(2025, 3, 1)
D = Decimal


@dataclass(frozen=True)
class Register:
    """The services and what the fixture made."""

    services: Services
    virtanen: int  # customer 1001, invoices 1000–1003
    kauppa: int  # customer 1002, invoices 1004–1005
    invoices: dict[int, int]  # number → id

    def invoice(self, number: int) -> InvoiceRecord:
        return self.services.invoicing.get(self.invoices[number])

    def status(self, number: int) -> tuple[str, Decimal]:
        record = self.invoice(number)
        return record.status.value, record.paid_amount

    def new_invoice(self, customer_id: int, price: str = "200.00") -> InvoiceRecord:
        row = InvoiceRowData("Suunnittelu", D(1), D(price), D("25.5"))
        return self.services.invoicing.create_invoice(
            InvoiceDraft(customer_id=customer_id, rows=(row,), invoice_date=DAY), today=DAY
        )


@pytest.fixture
def register(services: Services) -> Register:
    services.company.save(INVOICING_SELLER)
    virtanen = services.customers.create(make_customer()).id
    kauppa = services.customers.create(make_customer(name="Kauppa Oy", business_id="")).id
    made = Register(services, virtanen, kauppa, {})
    for customer in (virtanen,) * 4 + (kauppa,) * 2:
        record = made.new_invoice(customer)
        assert record.number is not None
        made.invoices[record.number] = record.id
    assert sorted(made.invoices) == list(range(1000, 1006))
    return made
