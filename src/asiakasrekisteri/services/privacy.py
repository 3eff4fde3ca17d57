"""Data protection (GDPR): right of access, erasure, retention, privacy notice.

* **Access** – everything held on a customer (or one contact person) as a zip with a
  readable PDF and a JSON of every field, contact, office, note, attachment (with the
  files), history entry and invoice.
* **Erasure** – a customer with nothing that must be kept is deleted completely; one
  with invoices is anonymised: the card, contacts, notes, offices, custom fields and
  attachments lose their personal data; issued invoices are kept (kirjanpitolaki 2:10 §)
  with the buyer's name, address and business id, which bookkeeping needs, and lose the
  buyer's e-mail, phone and contact person. The change log keeps no erased value. The
  erasing connection runs with ``PRAGMA secure_delete``; afterwards ``VACUUM`` and
  ``wal_checkpoint(TRUNCATE)`` leave no copy in free pages or in the WAL. Backups still
  hold the data until they rotate out; :class:`ErasePlan` says which and when.
* **Retention** – customers with no activity and no open invoices for N years.
* **Privacy notice** – a draft tietosuojaseloste from the own company and the fields in use.
"""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import String, and_, func, inspect, select, text, update
from sqlalchemy.orm import Session

from asiakasrekisteri import APP_NAME
from asiakasrekisteri.domain.errors import Counts
from asiakasrekisteri.files import write_atomically
from asiakasrekisteri.scratch import ScratchArea
from asiakasrekisteri.services import privacy_report
from asiakasrekisteri.services.attachments import AttachmentService, unique_name
from asiakasrekisteri.services.backup import BackupKind, BackupService
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.errors import NotFound
from asiakasrekisteri.storage import history
from asiakasrekisteri.storage.backend import connect_read_only
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.mapping import anonymise_contact
from asiakasrekisteri.storage.models import (
    ContactPerson,
    Customer,
    CustomFieldValue,
    Note,
    Office,
    OwnCompany,
)
from asiakasrekisteri.storage.models_banking import BankPayment, CreditEntry
from asiakasrekisteri.storage.models_delivery import DeliveryAttempt
from asiakasrekisteri.storage.models_history import Attachment, HistoryEntry
from asiakasrekisteri.storage.models_invoicing import Invoice

ANONYMISED_NAME = "Anonymisoitu asiakas"
DEFAULT_RETENTION_YEARS = 6
EXPORT_FORMAT_VERSION = 1

# Card columns that hold no personal data and stay when a customer is anonymised.
_KEPT_ON_ANONYMISE = frozenset(
    {
        "id", "customer_number", "customer_type", "country", "group_id", "invoice_language",
        "vat_treatment", "status", "status_manual", "created_at", "updated_at", "active",
        "discount_percent", "credit_limit", "penalty_interest", "payment_term_days",
        "use_rf_reference", "delivery_ban", "collection_ban", "einvoice_address_unchecked",
        "alt_billing_customer_id", "search_text", "name_sort", "invoice_delivery",
    }
)  # fmt: skip


@dataclass(frozen=True)
class BackupHolding:
    """A backup that still holds the erased data, and when rotation removes it."""

    path: Path
    made_at: datetime
    leaves_on: date | None  # None: not in the rotation (kept until deleted by hand)


_NOTHING_KEPT = Counts(())


@dataclass(frozen=True)
class ErasePlan:
    """What erasing a customer does, for the confirmation and the report.

    Attributes:
        anonymise: True when records must be kept (invoices) and the card is anonymised
            rather than deleted.
        kept: What stays and why (kind → count), e.g. ``{"invoices": 3}``.
        kept_counts: The same, worded for a message ("3 invoices").
        backups: After the erasure: the backups that still hold the data.
        temporary_files: After the erasure: temporary files of running programs (a PDF
            shown in the viewer, say), which may hold the data until those programs end.
    """

    customer_id: int
    customer_number: str
    name: str
    anonymise: bool
    kept: dict[str, int]
    contacts: int
    offices: int
    notes: int
    attachments: int
    custom_fields: int
    history_entries: int
    kept_counts: Counts = _NOTHING_KEPT
    backups: tuple[BackupHolding, ...] = ()
    temporary_files: tuple[Path, ...] = ()


@dataclass(frozen=True)
class RetentionCandidate:
    customer_id: int
    customer_number: str
    name: str
    last_activity: datetime | None


def _json_value(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    return history.value_text(value)


def _columns(obj: Any, skip: Iterable[str] = ()) -> dict[str, Any]:
    skipped = set(skip)
    return {
        attr.key: _json_value(getattr(obj, attr.key))
        for attr in inspect(obj).mapper.column_attrs
        if attr.key not in skipped
    }


NOTICE_SUBJECT = "Rekisteri- ja tietosuojaseloste (tietosuoja-asetuksen 13 ja 14 artikla)"


def _fonts() -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names = ("PrivacyDejaVu", "PrivacyDejaVuBold")
    if names[0] in pdfmetrics.getRegisteredFontNames():
        return names
    for name, file_name in zip(names, ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"), strict=True):
        bundled = resources.files("asiakasrekisteri") / "resources" / "fonts" / file_name
        path = Path(str(bundled))
        if not path.exists():
            path = Path("/usr/share/fonts/truetype/dejavu") / file_name
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return names


def _pdf(
    title: str,
    sections: list[tuple[str, list[tuple[str, str]]]],
    *,
    author: str,
    subject: str,
    language: str = "fi",
) -> bytes:
    """A plain, readable PDF: a title and sections of label/value rows (a row with no
    value spans the page); ``author`` (the controller), ``subject`` and ``language``
    go into its metadata."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, bold = _fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12)
    head = ParagraphStyle(
        "head", fontName=bold, fontSize=12, leading=16, spaceBefore=8, keepWithNext=1
    )
    big = ParagraphStyle("title", fontName=bold, fontSize=16, leading=20)
    story: list[Any] = [Paragraph(escape(title), big), Spacer(1, 4 * mm)]
    for heading, rows in sections:
        if heading:
            story.append(Paragraph(escape(heading), head))
        if not rows:
            story.append(Paragraph(escape(privacy_report.word("none", language)), body))
            continue
        data = []
        style: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
        ]
        for index, (label, value) in enumerate(rows):
            if value:
                cell = Paragraph(escape(value).replace("\n", "<br/>"), body)
                data.append([Paragraph(escape(label), body), cell])
            else:
                data.append([Paragraph(escape(label), body), ""])
                style.append(("SPAN", (0, index), (1, index)))
        table = Table(data, colWidths=[55 * mm, 115 * mm])
        table.setStyle(TableStyle(style))
        story.append(table)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        author=author or APP_NAME,
        subject=subject,
        creator=APP_NAME,
        lang=privacy_report.PDF_LANGUAGES.get(language, "fi-FI"),
        leftMargin=20 * mm,
        rightMargin=20 * mm,
    )
    doc.build(story)
    return buffer.getvalue()


class PrivacyService:
    """Data protection requests on the register.

    Attributes:
        db: The open database.
        attachments: The attachment store (files are exported and erased with the card).
        backups: The backup service: a backup is made before an erasure, and the plan
            says which backups still hold the data.
        scratch: The temporary files: after an erasure those an ended run left are
            removed, and the plan lists those running programs still have.
    """

    def __init__(
        self,
        db: Database,
        customers: CustomerService,
        attachments: AttachmentService,
        backups: BackupService,
        scratch: ScratchArea,
    ) -> None:
        self.db = db
        self.customers = customers
        self.attachments = attachments
        self.backups = backups
        self.scratch = scratch

    # --- right of access ---------------------------------------------------------------

    def export_data(self, customer_id: int, contact_id: int | None = None) -> dict[str, Any]:
        """Everything held on a customer (or one of its contacts), JSON-ready."""
        with self.db.read() as session:
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFound()
            card = _columns(customer, {"search_text", "name_sort"})
            card["group"] = customer.group.name if customer.group else None
            contacts = [_columns(c) for c in customer.contacts]
            entries_q = select(HistoryEntry).where(HistoryEntry.customer_id == customer_id)
            if contact_id is not None:
                contacts = [c for c in contacts if c["id"] == contact_id]
                if not contacts:
                    raise NotFound()
                entries_q = entries_q.where(
                    HistoryEntry.entity == "contact_person", HistoryEntry.entity_id == contact_id
                )
            history_rows = [
                _columns(e, {"txn"}) for e in session.scalars(entries_q.order_by(HistoryEntry.id))
            ]
            attachments = [
                _columns(a)
                for a in session.scalars(
                    select(Attachment).where(Attachment.customer_id == customer_id)
                )
            ]
            data: dict[str, Any] = {
                "format": "asiakasrekisteri-privacy-export",
                "version": EXPORT_FORMAT_VERSION,
                "exported_at": datetime.now(UTC).isoformat(),
                "controller": self._controller(session),
            }
            if contact_id is None:
                data.update(
                    customer=card,
                    contacts=contacts,
                    offices=[_columns(o) for o in customer.offices],
                    notes=[_columns(n) for n in customer.notes],
                    custom_fields={v.definition.name: v.value for v in customer.custom_values},
                    attachments=attachments,
                    history=history_rows,
                    invoices=self._invoices(session, customer_id, None),
                    deliveries=[
                        _columns(d)
                        for d in session.scalars(
                            select(DeliveryAttempt)
                            .where(DeliveryAttempt.customer_id == customer_id)
                            .order_by(DeliveryAttempt.id)
                        )
                    ],
                    # What the bank reported the person paid, and the credit held for them.
                    bank_payments=[
                        _columns(b)
                        for b in session.scalars(
                            select(BankPayment)
                            .where(BankPayment.customer_id == customer_id)
                            .order_by(BankPayment.id)
                        )
                    ],
                    credit=[
                        _columns(c)
                        for c in session.scalars(
                            select(CreditEntry)
                            .where(CreditEntry.customer_id == customer_id)
                            .order_by(CreditEntry.id)
                        )
                    ],
                )
            else:
                data.update(
                    customer={"customer_number": customer.customer_number, "name": customer.name},
                    contact=contacts[0],
                    history=history_rows,
                    invoices=self._invoices(session, customer_id, contact_id),
                )
            return data

    def _controller(self, session: Session) -> dict[str, Any]:
        own = session.get(OwnCompany, 1)
        if own is None:
            return {}
        keep = ("name", "business_id", "street", "postal_code", "city", "email", "phone")
        return {k: getattr(own, k) for k in keep}

    def _invoices(
        self, session: Session, customer_id: int, contact_id: int | None
    ) -> list[dict[str, Any]]:
        stmt = select(Invoice).where(Invoice.customer_id == customer_id)
        if contact_id is not None:
            stmt = stmt.where(Invoice.contact_id == contact_id)
        out = []
        for inv in session.scalars(stmt.order_by(Invoice.id)):
            item = _columns(inv)
            item["rows"] = [_columns(r) for r in getattr(inv, "rows", [])]
            item["payments"] = [_columns(p) for p in getattr(inv, "payments", [])]
            out.append(item)
        return out

    def export_zip(self, customer_id: int, target: Path, contact_id: int | None = None) -> Path:
        """Write the zip: ``data.json``, ``report.pdf`` and the attachment files."""
        data = self.export_data(customer_id, contact_id)

        def write(path: Path) -> None:
            with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.writestr("data.json", json.dumps(data, ensure_ascii=False, indent=2))
                language = privacy_report.report_language(data)
                report = _pdf(
                    privacy_report.report_title(data, language),
                    privacy_report.report_sections(data, language),
                    author=str(data["controller"].get("name") or ""),
                    subject=privacy_report.report_subject(language),
                    language=language,
                )
                zf.writestr("report.pdf", report)
                if contact_id is None:
                    used: set[str] = set()
                    for att in data["attachments"]:
                        name = unique_name(used, str(att["name"]))
                        used.add(name.casefold())
                        blob = self.attachments.local_blob(str(att["sha256"]))
                        if blob is not None:
                            zf.write(blob, f"attachments/{name}")

        return write_atomically(target, write)

    # --- erasure -------------------------------------------------------------------------

    def erase_plan(self, customer_id: int) -> ErasePlan:
        """What :meth:`erase` would remove and keep, and which backups hold the data."""
        kept = self.customers.retained_records(customer_id)
        with self.db.read() as session:
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFound()

            def count(model: Any) -> int:
                return int(
                    session.scalar(
                        select(func.count())
                        .select_from(model)
                        .where(model.customer_id == customer_id)
                    )
                    or 0
                )

            return ErasePlan(
                customer_id=customer_id,
                customer_number=customer.customer_number,
                name=customer.name,
                anonymise=bool(kept),
                kept=kept,
                kept_counts=self.customers.dependents.counted(kept),
                contacts=count(ContactPerson),
                offices=count(Office),
                notes=count(Note),
                attachments=count(Attachment),
                custom_fields=count(CustomFieldValue),
                history_entries=count(HistoryEntry),
                backups=tuple(self._backups_holding(customer.customer_number)),
            )

    def _backups_holding(self, number: str) -> list[BackupHolding]:
        dates = self.backups.rotation_dates()
        out = []
        for info in self.backups.backups():
            try:
                con = connect_read_only(info.path)
                try:
                    hit = con.execute(
                        "SELECT 1 FROM customer WHERE customer_number = ?", (number,)
                    ).fetchone()
                finally:
                    con.close()
            except sqlite3.DatabaseError:
                continue
            if hit:
                out.append(BackupHolding(info.path, info.made_at, dates.get(info.path)))
        return out

    def erase(self, customer_id: int) -> ErasePlan:
        """Erase a customer's personal data for good; returns the plan as carried out.

        A backup is made first: an erasure cannot be undone. After the erasure the
        returned plan lists the backups that still hold the data.
        """
        plan = self.erase_plan(customer_id)
        self.backups.backup_before(BackupKind.BEFORE_ERASE)
        hashes: list[str] = []
        with self.db.transaction() as session:
            self.db.backend.prepare_erase(session.connection())
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFound()
            history.set_action(
                session, history.Action.ANONYMISED if plan.anonymise else history.Action.DELETED
            )
            for att in session.scalars(
                select(Attachment).where(Attachment.customer_id == customer_id)
            ):
                hashes.append(att.sha256)
                session.delete(att)
            self._forget_import_snapshots(session, customer_id)
            if plan.anonymise:
                self._anonymise(session, customer)
                # When and how the kept invoices were delivered stays; to whom does not.
                session.execute(
                    update(DeliveryAttempt)
                    .where(DeliveryAttempt.customer_id == customer_id)
                    .values(recipients="", file="", error="")
                )
                self.customers.dependents.anonymise(session, customer_id)
            else:
                session.execute(
                    update(Customer)
                    .where(Customer.alt_billing_customer_id == customer_id)
                    .values(alt_billing_customer_id=None)
                )
                session.delete(customer)
            session.flush()
            history.erase_values(session, customer_id)
        self.attachments.release(hashes, wipe=True)
        self.compact()
        self.scratch.sweep()
        return replace(
            plan,
            backups=tuple(self._backups_holding(plan.customer_number)),
            temporary_files=tuple(self.scratch.remaining()),
        )

    def _forget_import_snapshots(self, session: Session, customer_id: int) -> None:
        tables = set(inspect(session.connection()).get_table_names())
        if "import_entry" in tables:
            session.execute(
                text("UPDATE import_entry SET previous = NULL WHERE customer_id = :c"),
                {"c": customer_id},
            )

    def _anonymise(self, session: Session, customer: Customer) -> None:
        for attr in inspect(customer).mapper.column_attrs:
            key = attr.key
            if key in _KEPT_ON_ANONYMISE:
                continue
            value = getattr(customer, key)
            if isinstance(value, str) and value:
                setattr(customer, key, "")
        customer.name = ANONYMISED_NAME
        customer.active = False
        for contact in customer.contacts:
            anonymise_contact(contact)
        for office in list(customer.offices):
            customer.offices.remove(office)
        for note in list(customer.notes):
            customer.notes.remove(note)
        for value in list(customer.custom_values):
            customer.custom_values.remove(value)

    def compact(self) -> None:
        """Leave no erased value in the database's free space (see the backend)."""
        self.db.maintain(lambda: self.db.backend.compact(self.db.engine))

    # --- retention -----------------------------------------------------------------------

    def retention_candidates(
        self, years: int = DEFAULT_RETENTION_YEARS, *, now: datetime | None = None
    ) -> list[RetentionCandidate]:
        """Customers with no activity and no open invoices for ``years`` years."""
        limit = (now or datetime.now(UTC)) - timedelta(days=round(365.25 * years))
        last = (
            select(HistoryEntry.customer_id, func.max(HistoryEntry.at).label("at"))
            .where(HistoryEntry.customer_id.is_not(None))
            .group_by(HistoryEntry.customer_id)
            .subquery()
        )
        stmt = (
            select(Customer.id, Customer.customer_number, Customer.name, Customer.updated_at,
                   last.c.at)
            .outerjoin(last, last.c.customer_id == Customer.id)
            .order_by(Customer.name_sort)
        )  # fmt: skip
        recent_or_open = select(Invoice.customer_id).where(
            (Invoice.invoice_date >= limit.date())
            | (
                Invoice.number.is_not(None)
                & (Invoice.paid_amount + Invoice.credited_amount < Invoice.total_gross)
            )
        )
        out: list[RetentionCandidate] = []
        with self.db.read() as session:
            busy = set(session.scalars(recent_or_open))
            for cid, number, name, updated, logged in session.execute(stmt):
                if cid in busy:
                    continue
                stamps = [s for s in (updated, _aware(logged)) if s is not None]
                latest = max(stamps) if stamps else None
                if latest is None or latest < limit:
                    out.append(RetentionCandidate(cid, number, name, latest))
        return out

    # --- privacy notice ------------------------------------------------------------------

    def fields_in_use(self) -> list[str]:
        """Card columns that hold a value for at least one customer, and custom fields."""
        checked = [
            a.key
            for a in inspect(Customer).column_attrs
            if a.key not in {"id", "search_text", "name_sort", "created_at", "updated_at"}
        ]
        used: list[str] = []
        with self.db.read() as session:
            for key in checked:
                column = getattr(Customer, key)
                filled = column.is_not(None)
                if isinstance(column.type, String):
                    filled = and_(filled, func.coalesce(func.trim(column), "") != "")
                hit = session.scalar(select(Customer.id).where(filled).limit(1))
                if hit is not None:
                    used.append(key)
            for model, prefix in ((ContactPerson, "contact"), (Office, "office"), (Note, "note")):
                if session.scalar(select(func.count()).select_from(model)):
                    used.append(prefix)
            if session.scalar(select(func.count()).select_from(Attachment)):
                used.append("attachment")
            from asiakasrekisteri.storage.models import CustomFieldDefinition

            used += [f"custom:{n}" for n in session.scalars(select(CustomFieldDefinition.name))]
        return used

    def privacy_notice_pdf(
        self, target: Path, *, retention_years: int = DEFAULT_RETENTION_YEARS
    ) -> Path:
        """A draft tietosuojaseloste (register description) as PDF, in Finnish."""
        with self.db.read() as session:
            controller = self._controller(session)
        used = self.fields_in_use()
        labels = [NOTICE_FIELD_LABELS.get(k, k.removeprefix("custom:")) for k in used]
        title = f"Tietosuojaseloste (luonnos) – {controller.get('name') or APP_NAME}"
        sections = _notice_sections(controller, labels, retention_years)
        pdf = _pdf(
            title, sections, author=str(controller.get("name") or ""), subject=NOTICE_SUBJECT
        )
        return write_atomically(target, pdf)


def _notice_sections(
    controller: dict[str, Any], labels: list[str], retention_years: int
) -> list[tuple[str, list[tuple[str, str]]]]:
    """The sections of the privacy notice; long because it is mostly the notice's wording."""
    address = " ".join(
        p for p in (controller.get("street"), controller.get("postal_code"),
                    controller.get("city")) if p
    )  # fmt: skip
    return [
        (
            "1. Rekisterinpitäjä",
            [
                ("Nimi", controller.get("name") or "(täydennä)"),
                ("Y-tunnus", controller.get("business_id") or "(täydennä)"),
                ("Osoite", address or "(täydennä)"),
                ("Sähköposti", controller.get("email") or "(täydennä)"),
                ("Puhelin", controller.get("phone") or ""),
            ],
        ),
        ("2. Rekisterin nimi", [("", "Asiakasrekisteri ja laskutus")]),
        (
            "3. Käsittelyn tarkoitus ja oikeusperuste",
            [
                ("Tarkoitus", "Asiakassuhteen hoito, tilausten toimitus ja laskutus."),
                (
                    "Oikeusperuste",
                    "Sopimus (EU 2016/679, 6.1 b) ja lakisääteinen "
                    "velvoite (kirjanpitolaki, 6.1 c).",
                ),
            ],
        ),
        ("4. Rekisterin tietosisältö", [("", ", ".join(labels) or "(ei tietoja)")]),
        (
            "5. Säännönmukaiset tietolähteet",
            [("", "Asiakkaalta itseltään sekä julkisista yritysrekistereistä (YTJ).")],
        ),
        (
            "6. Tietojen luovutukset ja siirrot",
            [
                (
                    "Luovutukset",
                    "Verkkolaskut välitetään asiakkaan valitsemalle "
                    "verkkolaskuoperaattorille. Tietoja ei luovuteta muuhun käyttöön.",
                ),
                (
                    "Siirrot EU:n ulkopuolelle",
                    "Tietoja ei siirretä EU- tai ETA-alueen ulkopuolelle.",
                ),
            ],
        ),
        (
            "7. Säilytysaika",
            [
                (
                    "",
                    f"Asiakastiedot poistetaan tai anonymisoidaan, kun asiakassuhde "
                    f"on päättynyt eikä saatavia ole {retention_years} vuoteen. Laskut "
                    f"säilytetään kirjanpitolain mukaan (10 vuotta tilikauden päättymisestä).",
                )
            ],
        ),
        (
            "8. Rekisterin suojaus",
            [
                (
                    "",
                    "Rekisteri on tallennettu vain rekisterinpitäjän tietokoneelle; "
                    "tiedosto on vain käyttäjän luettavissa, ja varmuuskopiot säilytetään "
                    "samoin suojattuina. Muutokset kirjataan käsittelyhistoriaan.",
                )
            ],
        ),
        (
            "9. Rekisteröidyn oikeudet",
            [
                (
                    "",
                    "Rekisteröidyllä on oikeus tarkastaa tietonsa, vaatia virheellisen "
                    "tiedon oikaisua ja tietojensa poistamista sekä tehdä valitus "
                    "tietosuojavaltuutetulle (tietosuoja.fi). Pyynnöt: yllä oleva "
                    "sähköpostiosoite.",
                )
            ],
        ),
    ]


NOTICE_FIELD_LABELS: dict[str, str] = {
    "customer_number": "asiakasnumero",
    "customer_type": "asiakastyyppi",
    "name": "nimi",
    "business_id": "Y-tunnus",
    "vat_id": "ALV-tunnus",
    "buyer_ovt": "OVT-tunnus",
    "company_form": "yritysmuoto",
    "line_of_business": "päätoimiala",
    "street": "laskutusosoite",
    "postal_code": "postinumero",
    "city": "postitoimipaikka",
    "country": "maa",
    "email": "sähköposti",
    "phone": "puhelinnumero",
    "website": "www-sivut",
    "einvoice_address": "verkkolaskuosoite",
    "einvoice_operator": "verkkolaskuoperaattori",
    "comment": "sisäinen kommentti",
    "contact": "yhteyshenkilöiden nimi, tehtävä, puhelin ja sähköposti",
    "office": "toimipaikat",
    "note": "muistiinpanot ja tehtävät",
    "attachment": "liitetiedostot",
    "invoice_language": "laskutuskieli",
    "group_id": "asiakasryhmä",
}


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


__all__ = [
    "ANONYMISED_NAME",
    "DEFAULT_RETENTION_YEARS",
    "BackupHolding",
    "ErasePlan",
    "PrivacyService",
    "RetentionCandidate",
]
