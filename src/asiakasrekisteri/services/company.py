"""Own company details."""

from __future__ import annotations

from dataclasses import asdict

from asiakasrekisteri.domain.company import COMPANY_FIELD_NAMES, CompanyData, validate_company
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models import OwnCompany


class CompanyService:
    """Reads and saves the single own-company row."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self) -> CompanyData:
        with self.db.read() as session:
            row = session.get(OwnCompany, 1)
            if row is None:
                return CompanyData()
            return CompanyData(**{name: getattr(row, name) for name in COMPANY_FIELD_NAMES})

    def save(self, data: CompanyData) -> CompanyData:
        clean = validate_company(data)
        with self.db.transaction() as session:
            row = session.get(OwnCompany, 1)
            if row is None:
                row = OwnCompany(id=1)
                session.add(row)
            for name, value in asdict(clean).items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
        return clean
