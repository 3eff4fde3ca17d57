"""Header words of customer registers in each vocabulary the import reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.spreadsheets import ExcelImportService
from tests.services.excel_builders import write_xlsx

TARGETS = ["customer_number", "name", "business_id", "vat_id", "street", "postal_code",
           "city", "email", "phone", "contact_name"]  # fmt: skip

VOCABULARIES = {
    # A Finnish register, as typed by hand.
    "finnish": ["Asiakasnro", "Asiakkaan nimi", "Y-tunnus", "ALV-numero", "Katuosoite",
                "Postinumero", "Postitoimipaikka", "Sähköposti", "Puhelin", "Yhteyshenkilö"],
    # Finland's Swedish-language registers.
    "finland_swedish": ["Kundnummer", "Namn", "FO-nummer", "Momsnummer", "Gatuadress",
                        "Postnummer", "Postanstalt", "E-post", "Telefon", "Kontaktperson"],
    # Swedish firms' registers.
    "sweden_swedish": ["Kundnr", "Företag", "Org.nr", "Momsregistreringsnummer",
                       "Utdelningsadress", "Postnr", "Ort", "E-postadress", "Mobilnummer",
                       "Referensperson"],
    # English.
    "english": ["Customer no", "Company name", "Business ID", "VAT number", "Street address",
                "Zip code", "City", "E-mail", "Phone number", "Contact person"],
}  # fmt: skip


@pytest.fixture
def service(services: Services) -> ExcelImportService:
    return services.excel_import


@pytest.mark.parametrize("vocabulary", list(VOCABULARIES))
def test_a_register_in_each_vocabulary_is_read(
    tmp_path: Path, service: ExcelImportService, vocabulary: str
) -> None:
    row = [1001, "Bygg Lindqvist Ab", "0737474-2", "FI07374742", "Storgatan 1", "00100",
           "Helsingfors", "info@lindqvist.fi", "040 123 4567", "Ebba Lindqvist"]  # fmt: skip
    path = write_xlsx(tmp_path / f"{vocabulary}.xlsx", [VOCABULARIES[vocabulary], row])
    plan = service.analyse(path)
    assert [c.target for c in plan.columns] == TARGETS
    assert all(c.confidence == 1.0 for c in plan.columns)
    [planned] = plan.rows
    assert planned.data is not None and planned.contact is not None
    assert (planned.data.business_id, planned.data.vat_id) == ("0737474-2", "FI07374742")
    assert planned.contact.name == "Ebba Lindqvist"


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Företagsnamn", "name"), ("Kundnamn", "name"), ("Organisationsnummer", "business_id"),
        ("Företags-ID", "business_id"), ("Momsreg.nr", "vat_id"), ("Postort", "city"),
        ("Tfn", "phone"), ("Mobiltelefon", "phone"), ("Mejl", "email"),
        ("Hemsida", "website"), ("Kundgrupp", "group"), ("Kundtyp", "customer_type"),
        ("Befattning", "contact_title"), ("Förnamn", "first_name"), ("Efternamn", "last_name"),
        ("Fakturaspråk", "invoice_language"), ("Betalningsvillkor", "payment_term_days"),
    ],
)  # fmt: skip
def test_more_swedish_header_words(
    tmp_path: Path, service: ExcelImportService, header: str, target: str
) -> None:
    path = write_xlsx(tmp_path / "h.xlsx", [["Namn", header], ["Alfa Ab", "x"]])
    if target == "name":
        path = write_xlsx(tmp_path / "h.xlsx", [["Kundnummer", header], [1, "Alfa Ab"]])
    assert service.analyse(path).columns[1].target == target
