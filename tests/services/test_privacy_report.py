"""The right-of-access report reads in the person's language, with no internal names."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from asiakasrekisteri.domain.customer import ContactData, NoteData
from asiakasrekisteri.domain.enums import CustomerType, InvoiceLanguage
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.privacy import PrivacyService
from tests.conftest import make_customer

# Column names and codes of the register that a person must not meet in the report.
INTERNAL = re.compile(
    r"customer_id|customer_number|name_sort|search_text|postal_code|invoice_language|"
    r"created_at|updated_at|entity_id|contact_person|\bsuspect\b|\bprivate\b|\btrue\b|"
    r"\bFalse\b|\bNone\b|\d{4}-\d{2}-\d{2}"
)


@pytest.fixture
def privacy(services: Services) -> PrivacyService:
    return services.privacy


def _report(privacy: PrivacyService, customer_id: int, tmp_path: Path) -> tuple[str, str]:
    target = privacy.export_zip(customer_id, tmp_path / "tiedot.zip")
    with zipfile.ZipFile(target) as archive:
        reader = PdfReader(io.BytesIO(archive.read("report.pdf")))
    text = "\n".join(page.extract_text() for page in reader.pages)
    catalogue = reader.trailer["/Root"]
    assert isinstance(catalogue, dict)
    return text, str(catalogue.get("/Lang", ""))


def _person(customers: CustomerService, language: InvoiceLanguage) -> int:
    record = customers.create(
        make_customer(
            name="Sari Heikkinen",
            business_id="",
            customer_type=CustomerType.PRIVATE,
            invoice_language=language,
        )
    )
    customers.add_contact(record.id, ContactData(name="Mikko Heikkinen", email="mikko@example.fi"))
    customers.add_note(record.id, NoteData(text="Soita tarjouksesta"))
    data = customers.get(record.id).data
    customers.update(record.id, replace(data, phone="050 999 8888"))
    return record.id


@pytest.mark.parametrize(
    ("language", "lang", "words"),
    [
        (InvoiceLanguage.FI, "fi-FI",
         ["Tiedot asiakkaasta: Sari Heikkinen", "Rekisterinpitäjä", "Postinumero", "33100",
          "Asiakastyyppi", "yksityishenkilö", "Yhteyshenkilöt", "Muutoshistoria", "Muutettu",
          "puhelin", "klo", "liidi"]),
        (InvoiceLanguage.SV, "sv-FI",
         ["Uppgifter om kunden: Sari Heikkinen", "Personuppgiftsansvarig", "Postnummer",
          "privatperson", "Kontaktpersoner", "Ändringshistorik", "Ändrad", "kl."]),
    ],
)  # fmt: skip
def test_report_speaks_the_persons_language_without_internal_names(
    tmp_path: Path,
    customers: CustomerService,
    privacy: PrivacyService,
    language: InvoiceLanguage,
    lang: str,
    words: list[str],
) -> None:
    text, pdf_language = _report(privacy, _person(customers, language), tmp_path)
    flat = " ".join(text.split())
    for expected in words:
        assert expected in flat, expected
    assert not INTERNAL.findall(text), INTERNAL.findall(text)
    assert re.search(r"\b\d{1,2}\.\d{1,2}\.20\d\d\b", text)  # dates as written in Finland
    assert pdf_language == lang
    # The JSON beside it keeps every field as stored, for a machine.
    with zipfile.ZipFile(tmp_path / "tiedot.zip") as archive:
        assert '"postal_code": "33100"' in archive.read("data.json").decode()
