"""VAT per row, the seller's e-invoice operator, reference rates as data, no "no VAT" customers.

* ``invoice_row`` and ``product`` get ``goods`` and ``vat_exemption``: goods or services
  and an exemption are facts of each sale, not of the invoice. Existing rows take the
  ``goods`` flag their invoice had, so issued invoices keep their VAT categories; the
  invoice's own column goes.
* ``own_company`` gets ``einvoice_address`` and ``einvoice_operator``: the operator that
  sends the own e-invoices (Finvoice FromIntermediator).
* ``reference_rate`` holds the Bank of Finland reference rate of each half-year, starting
  with the half-years known when this step was written; the user adds the later ones.
* VAT registration is the seller's setting, so no customer may have the treatment
  ``no_vat`` any more. Each such customer gets the treatment their country and VAT
  number call for, with a change-history entry and a note on the card saying why; their
  drafts follow. Issued invoices keep ``no_vat``: they are printed as they were issued.

Frozen definitions in SQLAlchemy Core (never the current models).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from uuid import uuid4

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.schema import CreateColumn

NEW_COLUMNS = (
    ("invoice_row", Column("goods", Boolean, nullable=False, server_default="0")),
    ("invoice_row", Column("vat_exemption", String(20), nullable=False, server_default="")),
    ("product", Column("goods", Boolean, nullable=False, server_default="0")),
    ("product", Column("vat_exemption", String(20), nullable=False, server_default="")),
    ("own_company", Column("einvoice_address", String(35), nullable=False, server_default="")),
    ("own_company", Column("einvoice_operator", String(35), nullable=False, server_default="")),
)

_meta = MetaData()
_reference_rate = Table(
    "reference_rate",
    _meta,
    Column("start", Date, primary_key=True),
    Column("rate", Integer, nullable=False),  # hundredths of a percent
)
_customer = Table(
    "customer",
    _meta,
    Column("id", Integer, primary_key=True),
    Column("customer_number", String(20)),
    Column("country", String(2)),
    Column("vat_id", String(20)),
    Column("invoice_language", String(2)),
    Column("vat_treatment", String(40)),
)
_history = Table(
    "history_entry",
    _meta,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime),
    Column("user", String(100)),
    Column("txn", String(32)),
    Column("action", String(16)),
    Column("customer_id", Integer),
    Column("customer_number", String(20)),
    Column("entity", String(32)),
    Column("entity_id", Integer),
    Column("field", String(100)),
    Column("old_value", Text),
    Column("new_value", Text),
    Column("batch_id", Integer),
)
_note = Table(
    "note",
    _meta,
    Column("id", Integer, primary_key=True),
    Column("customer_id", Integer),
    Column("kind", String(16)),
    Column("text", Text),
    Column("due_date", Date),
    Column("done", Boolean),
    Column("done_at", DateTime),
    Column("created_at", DateTime),
    Column("updated_at", DateTime),
)

# The half-years known when this step was written (Bank of Finland; 7–12/2025 worked out
# by the rule of korkolaki 12 § from the ECB rate), in hundredths of a percent.
SHIPPED_RATES = (
    (date(2024, 1, 1), 450),
    (date(2024, 7, 1), 450),
    (date(2025, 1, 1), 350),
    (date(2025, 7, 1), 250),
    (date(2026, 1, 1), 250),
)

# The other member states in 2026 (ISO codes).
_EU = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    ]
)

_TREATMENT_NAMES = {
    "fi": {"domestic": "kotimainen", "eu_business": "EU-yritysasiakas",
           "outside_eu": "EU:n ulkopuolinen"},
    "sv": {"domestic": "inhemsk", "eu_business": "företagskund i EU",
           "outside_eu": "utanför EU"},
    "en": {"domestic": "domestic", "eu_business": "EU business customer",
           "outside_eu": "outside the EU"},
}  # fmt: skip
_NOTE_TEXTS = {
    "fi": "Ohjelman päivitys muutti alv-käsittelyn: ”Ei alv:tä” poistui, koska "
    "alv-rekisteröinti on oman yrityksen asetus (Asetukset › Laskutus). Uusi käsittely: "
    "{treatment}. Tarkista se.",
    "sv": "Programuppdateringen ändrade momsbehandlingen: ”Ingen moms” togs bort, eftersom "
    "momsregistreringen är det egna företagets inställning (Inställningar › Fakturering). "
    "Ny behandling: {treatment}. Kontrollera den.",
    "en": "The program upgrade changed the VAT treatment: “No VAT” was removed because VAT "
    "registration is the own company's setting (Settings › Invoicing). New treatment: "
    "{treatment}. Please check it.",
}


def upgrade(conn: Connection) -> None:
    """Per-row VAT, the own operator, reference rates, "no VAT" customers (version 9 → 10)."""
    for table, column in NEW_COLUMNS:
        ddl = CreateColumn(column).compile(dialect=conn.dialect)
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {ddl}"))
    conn.execute(
        text(
            "UPDATE invoice_row SET goods = "
            "(SELECT invoice.goods FROM invoice WHERE invoice.id = invoice_row.invoice_id)"
        )
    )
    conn.execute(text("ALTER TABLE invoice DROP COLUMN goods"))
    _reference_rate.create(conn)
    conn.execute(
        insert(_reference_rate), [{"start": start, "rate": rate} for start, rate in SHIPPED_RATES]
    )
    _migrate_no_vat_customers(conn)


def _new_treatment(country: str, vat_id: str) -> str:
    """The treatment a "no VAT" customer's details call for."""
    if country and country != "FI" and country in _EU and vat_id:
        return "eu_business"
    if country and country != "FI" and country not in _EU:
        return "outside_eu"
    return "domestic"


def _migrate_no_vat_customers(conn: Connection) -> None:
    rows = conn.execute(
        select(
            _customer.c.id, _customer.c.customer_number, _customer.c.country,
            _customer.c.vat_id, _customer.c.invoice_language,
        ).where(_customer.c.vat_treatment == "no_vat")
    ).all()  # fmt: skip
    now = datetime.now(UTC).replace(tzinfo=None)
    txn = uuid4().hex
    for customer_id, number, country, vat_id, language in rows:
        treatment = _new_treatment(country or "", vat_id or "")
        conn.execute(
            update(_customer).where(_customer.c.id == customer_id).values(vat_treatment=treatment)
        )
        language = language if language in _NOTE_TEXTS else "fi"
        note_text = _NOTE_TEXTS[language].format(treatment=_TREATMENT_NAMES[language][treatment])
        conn.execute(
            insert(_note).values(
                customer_id=customer_id, kind="note", text=note_text, due_date=None,
                done=False, done_at=None, created_at=now, updated_at=now,
            )
        )  # fmt: skip
        conn.execute(
            insert(_history).values(
                at=now, user="", txn=txn, action="upgraded", customer_id=customer_id,
                customer_number=number or "", entity="customer", entity_id=customer_id,
                field="vat_treatment", old_value="no_vat", new_value=treatment,
                batch_id=None,
            )
        )  # fmt: skip
    # Drafts are not issued yet: they take their customer's treatment.
    conn.execute(
        text(
            "UPDATE invoice SET vat_treatment = (SELECT customer.vat_treatment FROM customer "
            "WHERE customer.id = invoice.customer_id) "
            "WHERE status = 'draft' AND vat_treatment = 'no_vat'"
        )
    )


__all__ = ["upgrade"]
