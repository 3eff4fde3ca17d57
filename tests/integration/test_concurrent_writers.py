"""Eight programs write to one register at once: nothing lost, numbers gap-free and unique.

Each writer is a process of its own, as eight windows or command lines would be, on the
SQLite file and on the PostgreSQL server.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from asiakasrekisteri.services.container import open_services
from tests.conftest import make_customer
from tests.services.conftest import INVOICING_SELLER

WRITERS = 8
INVOICES_EACH = 100

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date
    from decimal import Decimal

    from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRowData
    from asiakasrekisteri.services.container import open_services

    location, customer_id, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    services = open_services(location)
    try:
        day = date(2026, 12, 1)
        for n in range(count):
            draft = InvoiceDraft(
                customer_id=customer_id,
                rows=(InvoiceRowData(f"Rivi {n}", Decimal(1), Decimal("10.00"),
                                     Decimal("25.5")),),
                invoice_date=day,
            )
            services.invoicing.finalise(
                services.invoicing.create_draft(draft, today=day).id, today=day
            )
    finally:
        services.close()
    """
)


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        url: str = request.getfixturevalue("postgres_url")
        return url
    return str(tmp_path / "yhteinen.sqlite3")


@pytest.mark.slow
def test_eight_writers_give_gap_free_invoice_numbers_and_unique_references(
    location: str,
) -> None:
    services = open_services(location)
    try:
        services.company.save(INVOICING_SELLER)
        customer_id = services.customers.create(make_customer()).id
    finally:
        services.close()

    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, location, str(customer_id), str(INVOICES_EACH)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(WRITERS)
    ]
    errors = [w.communicate(timeout=600)[1] for w in writers]
    assert all(w.returncode == 0 for w in writers), [err[-800:] for err in errors]

    services = open_services(location)
    try:
        invoices = services.invoicing.list_invoices()
    finally:
        services.close()
    numbers = sorted(i.number for i in invoices if i.number is not None)
    assert len(numbers) == WRITERS * INVOICES_EACH
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers))), "no gaps"
    references = [i.reference for i in invoices]
    assert len(set(references)) == len(references)
