"""Privacy: export everything on a person, erasure that leaves no trace, retention, notice."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from asiakasrekisteri.domain.customer import ContactData, NoteData, OfficeData
from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRowData
from asiakasrekisteri.services.attachments import AttachmentService, blob_path
from asiakasrekisteri.services.backup import BackupService
from asiakasrekisteri.services.container import Services, attachment_cache
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.errors import NotFound
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.services.privacy import ANONYMISED_NAME, PrivacyService
from asiakasrekisteri.storage.copying import register_tables
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models_history import HistoryEntry
from tests.conftest import make_customer

SECRET = "Zyxwvu-Salanimi-7731"  # unique: found in the raw file only if not erased


@pytest.fixture
def backups(services: Services) -> BackupService:
    return services.backups


@pytest.fixture
def privacy(services: Services) -> PrivacyService:
    return services.privacy


def _person(customers: CustomerService, tmp_path: Path, db: Database) -> int:
    record = customers.create(
        make_customer(name=f"{SECRET} Oy", comment=f"asiakas {SECRET}", email="salainen@example.fi")
    )
    customers.add_contact(record.id, ContactData(name=f"Maija {SECRET}", phone="040 111 2222"))
    customers.add_office(record.id, OfficeData(name=f"Konttori {SECRET}", is_default=True))
    customers.add_note(record.id, NoteData(text=f"Soitettu {SECRET}"))
    source = tmp_path / "passi.txt"
    source.write_bytes(f"scan of {SECRET}".encode())
    AttachmentService(db, attachment_cache(db, tmp_path / "data" / "backups")).add(
        record.id, source
    )
    # A change, so the history holds an old value too.
    data = customers.get(record.id).data
    from dataclasses import replace

    customers.update(record.id, replace(data, phone="050 999 8888"))
    return record.id


def _raw_bytes(db_path: Path, db: Database) -> bytes:
    """What the register holds: the file's bytes, or on a server every row of every table."""
    if db.backend.blobs_in_database:
        with db.engine.connect() as conn:
            return b"".join(
                repr(row).encode()
                for table in register_tables()
                for row in conn.execute(select(table))
            )
    out = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        out += wal.read_bytes()
    return out


def test_export_holds_every_part_in_json_and_a_readable_pdf(
    tmp_path: Path, db: Database, customers: CustomerService, privacy: PrivacyService
) -> None:
    cid = _person(customers, tmp_path, db)
    target = privacy.export_zip(cid, tmp_path / "export.zip")
    with zipfile.ZipFile(target) as zf:
        names = set(zf.namelist())
        assert {"data.json", "report.pdf", "attachments/passi.txt"} <= names
        data = json.loads(zf.read("data.json"))
        pdf = PdfReader(io.BytesIO(zf.read("report.pdf")))
        pdf_text = "".join(page.extract_text() for page in pdf.pages)
    assert data["customer"]["name"] == f"{SECRET} Oy"
    assert data["customer"]["comment"] == f"asiakas {SECRET}"
    assert [c["name"] for c in data["contacts"]] == [f"Maija {SECRET}"]
    assert [o["name"] for o in data["offices"]] == [f"Konttori {SECRET}"]
    assert [n["text"] for n in data["notes"]] == [f"Soitettu {SECRET}"]
    assert [a["name"] for a in data["attachments"]] == ["passi.txt"]
    assert any(h["field"] == "phone" for h in data["history"])
    assert data["invoices"] == []
    assert SECRET in pdf_text


def test_export_of_one_contact_person(
    tmp_path: Path, db: Database, customers: CustomerService, privacy: PrivacyService
) -> None:
    cid = _person(customers, tmp_path, db)
    contact = customers.get(cid).contacts[0]
    data = privacy.export_data(cid, contact.id)
    assert data["contact"]["name"] == f"Maija {SECRET}"
    assert all(h["entity"] == "contact_person" for h in data["history"])
    assert "notes" not in data
    with pytest.raises(NotFound):
        privacy.export_data(cid, 999_999)


def test_erase_without_invoices_deletes_everything_and_leaves_no_trace(
    tmp_path: Path,
    db_path: Path,
    db: Database,
    customers: CustomerService,
    privacy: PrivacyService,
) -> None:
    cid = _person(customers, tmp_path, db)
    sha = privacy.attachments.for_customer(cid)[0].sha256
    assert SECRET.encode() in _raw_bytes(db_path, db)
    plan = privacy.erase_plan(cid)
    assert not plan.anonymise
    assert (plan.contacts, plan.offices, plan.notes, plan.attachments) == (1, 1, 1, 1)

    done = privacy.erase(cid)

    with pytest.raises(NotFound):
        customers.get(cid)
    assert SECRET.encode() not in _raw_bytes(db_path, db)
    assert not blob_path(privacy.attachments.folder, sha).exists()
    with db.read() as session:
        left = session.scalars(select(HistoryEntry)).all()
        assert all(
            e.old_value is None and e.new_value is None for e in left if e.customer_id is None
        )
        assert any(e.action == "deleted" and e.entity == "customer" for e in left)
    # The backup made just before still holds the data: the report says so and when it goes.
    assert len(done.backups) == 1
    assert done.backups[0].leaves_on is not None


def test_erase_with_invoices_anonymises_and_keeps_the_invoice(
    tmp_path: Path,
    db_path: Path,
    db: Database,
    customers: CustomerService,
    invoicing: InvoicingService,
    privacy: PrivacyService,
) -> None:
    cid = _person(customers, tmp_path, db)
    day = date(2025, 3, 3)
    invoice = invoicing.create_invoice(
        InvoiceDraft(
            customer_id=cid,
            rows=(InvoiceRowData("Työ", Decimal(1), Decimal(100), Decimal("25.5")),),
            invoice_date=day,
        ),
        today=day,
    )
    plan = privacy.erase_plan(cid)
    assert plan.anonymise and plan.kept == {"invoices": 1}

    privacy.erase(cid)

    record = customers.get(cid)
    assert record.data.name == ANONYMISED_NAME
    assert record.data.email == "" and record.data.comment == ""
    assert not record.data.active
    assert all(c.anonymised and SECRET not in c.name for c in record.contacts)
    assert record.offices == () and record.notes == ()
    assert privacy.attachments.for_customer(cid) == []
    kept = invoicing.get(invoice.id)
    assert kept.number == invoice.number
    assert kept.status == invoice.status
    raw = _raw_bytes(db_path, db)
    # Only the issued invoice (bookkeeping law) still names the buyer.
    assert raw.count(SECRET.encode()) == _invoice_mentions(db) * _copies_in_file(db)
    with db.read() as session:
        values = session.scalars(
            select(HistoryEntry.old_value).where(HistoryEntry.customer_id == cid)
        ).all()
        assert all(v is None for v in values)


def test_an_anonymised_customers_invoice_keeps_only_what_bookkeeping_needs(
    tmp_path: Path,
    db_path: Path,
    db: Database,
    customers: CustomerService,
    invoicing: InvoicingService,
    privacy: PrivacyService,
) -> None:
    """Name, address and business id stay; the e-mail, phone and contact person go."""
    cid = _person(customers, tmp_path, db)
    contact = customers.get(cid).contacts[0]
    day = date(2025, 3, 3)
    invoice = invoicing.create_invoice(
        InvoiceDraft(
            customer_id=cid,
            rows=(InvoiceRowData("Työ", Decimal(1), Decimal(100), Decimal("25.5")),),
            invoice_date=day,
            contact_id=contact.id,
        ),
        today=day,
    )
    before = invoice.buyer
    assert (before.email, before.phone, before.contact_name) == (
        "salainen@example.fi", "+358 50 9998888", f"Maija {SECRET}"
    )  # fmt: skip

    privacy.erase(cid)

    after = invoicing.get(invoice.id).buyer
    kept = ("name", "street", "postal_code", "city", "country", "business_id", "vat_id")
    assert [getattr(after, f) for f in kept] == [getattr(before, f) for f in kept]
    assert (after.email, after.phone, after.contact_name) == ("", "", "")
    raw = _raw_bytes(db_path, db)
    for gone in (b"salainen@example.fi", b"+358 50 9998888", f"Maija {SECRET}".encode()):
        assert gone not in raw
    assert invoicing.invoice_pdf(invoice.id).startswith(b"%PDF")


def _invoice_mentions(db: Database) -> int:
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT buyer_name FROM invoice")).all()
    return sum(str(r[0]).count(SECRET) for r in rows)


def _copies_in_file(db: Database) -> int:
    """How often a kept invoice's buyer name is in the raw bytes of :func:`_raw_bytes`:
    in a file, once in its row and once in the index the invoices window sorts by."""
    return 1 if db.backend.blobs_in_database else 2


def test_retention_candidates(
    db: Database, customers: CustomerService, privacy: PrivacyService
) -> None:
    old = customers.create(make_customer(name="Vanha Oy")).id
    customers.create(make_customer(name="Uusi Oy", business_id=""))
    future = datetime.now(UTC) + timedelta(days=365 * 7)
    found = privacy.retention_candidates(6, now=future)
    assert {c.name for c in found} == {"Vanha Oy", "Uusi Oy"}
    assert privacy.retention_candidates(6) == []
    assert old in {c.customer_id for c in found}


def test_privacy_notice_names_the_controller_and_fields_in_use(
    tmp_path: Path, customers: CustomerService, privacy: PrivacyService, company: object
) -> None:
    from asiakasrekisteri.services.company import CompanyService
    from tests.services.conftest import INVOICING_SELLER

    assert isinstance(company, CompanyService)
    company.save(INVOICING_SELLER)
    customers.create(make_customer())
    target = privacy.privacy_notice_pdf(tmp_path / "seloste.pdf")
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Tietosuojaseloste" in text
    assert "Toiminimi Mäkelä" in text
    assert "Y-tunnus" in text and "sähköposti" in text
