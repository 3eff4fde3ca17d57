"""Fixtures of the service tests: an invoicing service on a register with its own company."""

from __future__ import annotations

import pytest

from asiakasrekisteri.domain.company import CompanyData
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.storage.db import Database

INVOICING_SELLER = CompanyData(
    name="Toiminimi Mäkelä",
    business_id="2077474-0",
    vat_id="FI20774740",
    street="Åkerikatu 5",
    postal_code="00100",
    city="Helsinki",
    iban="FI21 1234 5600 0007 85",
    bic="NDEAFIHH",
    email="mari@makela.fi",
    phone="040 123 4567",
)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_kind(request: pytest.FixtureRequest) -> str:
    """Every service test runs on the embedded SQLite file and on a PostgreSQL server."""
    kind: str = request.param
    return kind


@pytest.fixture
def invoicing(db: Database, company: CompanyService) -> InvoicingService:
    """Invoicing with a complete own company (invoices can be finalised)."""
    company.save(INVOICING_SELLER)
    return InvoicingService(db)
