"""The readable report of a right-of-access request, in the person's own language.

The person receives it, so it speaks their language (the customer's invoice language:
Finnish, Swedish or English), names every value as the card does, writes dates as they
are written in that language, and leaves out the program's own bookkeeping (row ids,
version counters, search keys). The JSON beside it keeps every field as stored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from asiakasrekisteri.domain.countries import country_name
from asiakasrekisteri.domain.money import format_money

LANGUAGES = ("fi", "sv", "en")
PDF_LANGUAGES = {"fi": "fi-FI", "sv": "sv-FI", "en": "en"}

Row = tuple[str, str]
Section = tuple[str, list[Row]]

# Heading and fixed words: key → (fi, sv, en).
_WORDS: dict[str, tuple[str, str, str]] = {
    "title": ("Tiedot asiakkaasta: {name} ({number})", "Uppgifter om kunden: {name} ({number})",
              "Data on the customer: {name} ({number})"),
    "person_title": ("Tiedot henkilöstä: {name}", "Uppgifter om personen: {name}",
                     "Data on the person: {name}"),
    "subject": ("Rekisteröidyn tiedot (tietosuoja-asetuksen 15 artikla)",
                "Den registrerades uppgifter (artikel 15 i dataskyddsförordningen)",
                "The data subject's data (Article 15 of the GDPR)"),
    "intro": ("Tiedot asiakasrekisteristä {day}: {name}, asiakasnumero {number}.",
              "Uppgifter ur kundregistret {day}: {name}, kundnummer {number}.",
              "Data from the customer register on {day}: {name}, customer number {number}."),
    "controller": ("Rekisterinpitäjä", "Personuppgiftsansvarig", "Controller"),
    "customer": ("Asiakastiedot", "Kunduppgifter", "Customer details"),
    "contact": ("Yhteyshenkilön tiedot", "Kontaktpersonens uppgifter", "Contact person"),
    "contacts": ("Yhteyshenkilöt", "Kontaktpersoner", "Contact persons"),
    "offices": ("Toimipaikat", "Verksamhetsställen", "Offices"),
    "notes": ("Muistiinpanot ja tehtävät", "Anteckningar och uppgifter", "Notes and tasks"),
    "custom_fields": ("Muut tiedot", "Övriga uppgifter", "Other details"),
    "attachments": ("Liitetiedostot", "Bifogade filer", "Attached files"),
    "history": ("Muutoshistoria", "Ändringshistorik", "History of changes"),
    "invoices": ("Laskut", "Fakturor", "Invoices"),
    "deliveries": ("Lähetetyt asiakirjat", "Skickade dokument", "Documents sent"),
    "none": ("Ei tietoja.", "Inga uppgifter.", "Nothing held."),
    "yes": ("kyllä", "ja", "yes"),
    "no": ("ei", "nej", "no"),
    "draft": ("luonnos", "utkast", "draft"),
    "at": ("{day} klo {time}", "{day} kl. {time}", "{day} at {time}"),
    "created": ("Lisätty", "Tillagd", "Added"),
    "updated": ("Muutettu", "Ändrad", "Changed"),
    "deleted": ("Poistettu", "Borttagen", "Deleted"),
    "anonymised": ("Anonymisoitu", "Anonymiserad", "Anonymised"),
    "merged": ("Yhdistetty", "Sammanslagen", "Merged"),
}  # fmt: skip

# Field labels: key → (fi, sv, en). Only these fields are shown.
_FIELDS: dict[str, tuple[str, str, str]] = {
    "customer_number": ("Asiakasnumero", "Kundnummer", "Customer number"),
    "customer_type": ("Asiakastyyppi", "Kundtyp", "Customer type"),
    "name": ("Nimi", "Namn", "Name"),
    "title": ("Tehtävänimike", "Titel", "Title"),
    "business_id": ("Y-tunnus", "FO-nummer", "Business ID"),
    "vat_id": ("ALV-tunnus", "Momsregistreringsnummer", "VAT number"),
    "company_form": ("Yritysmuoto", "Bolagsform", "Company form"),
    "line_of_business": ("Toimiala", "Bransch", "Line of business"),
    "street": ("Katuosoite", "Gatuadress", "Street address"),
    "postal_code": ("Postinumero", "Postnummer", "Postal code"),
    "city": ("Postitoimipaikka", "Postanstalt", "City"),
    "country": ("Maa", "Land", "Country"),
    "email": ("Sähköposti", "E-post", "E-mail"),
    "phone": ("Puhelin", "Telefon", "Phone"),
    "website": ("Verkkosivut", "Webbplats", "Website"),
    "einvoice_address": ("Verkkolaskuosoite", "E-fakturaadress", "E-invoice address"),
    "einvoice_operator": ("Verkkolaskuoperaattori", "E-fakturaoperatör", "E-invoice operator"),
    "invoice_language": ("Laskujen kieli", "Fakturaspråk", "Invoice language"),
    "invoice_delivery": ("Laskujen lähetystapa", "Sätt att skicka fakturor",
                         "How invoices are sent"),
    "group": ("Asiakasryhmä", "Kundgrupp", "Customer group"),
    "account_manager": ("Asiakasvastaava", "Kundansvarig", "Account manager"),
    "status": ("Asiakkuuden vaihe", "Kundrelationens skede", "Customer relationship"),
    "active": ("Asiakkuus voimassa", "Kundrelationen gäller", "Active customer"),
    "delivery_ban": ("Toimituskielto", "Leveransförbud", "Delivery ban"),
    "collection_ban": ("Perintäkielto", "Indrivningsförbud", "Collection ban"),
    "credit_limit": ("Luottoraja", "Kreditgräns", "Credit limit"),
    "payment_term_days": ("Maksuaika (päivää)", "Betalningstid (dagar)", "Payment term (days)"),
    "delivery_terms": ("Toimitusehdot", "Leveransvillkor", "Delivery terms"),
    "delivery_method": ("Toimitustapa", "Leveranssätt", "Delivery method"),
    "default_your_reference": ("Viitteenne", "Er referens", "Your reference"),
    "comment": ("Kommentti", "Kommentar", "Comment"),
    "keywords": ("Avainsanat", "Nyckelord", "Keywords"),
    "is_default": ("Oletus", "Standard", "Default"),
    "kind": ("Laji", "Typ", "Kind"),
    "text": ("Teksti", "Text", "Text"),
    "due_date": ("Määräpäivä", "Förfallodag", "Due date"),
    "done": ("Tehty", "Klar", "Done"),
    "done_at": ("Tehty ajankohtana", "Klar den", "Done on"),
    "size": ("Koko", "Storlek", "Size"),
    "created_at": ("Tallennettu", "Sparad", "Saved"),
    "updated_at": ("Muutettu viimeksi", "Senast ändrad", "Last changed"),
}  # fmt: skip

# What a stored code means: field → code → (fi, sv, en).
_CODES: dict[str, dict[str, tuple[str, str, str]]] = {
    "customer_type": {
        "company": ("yritys", "företag", "company"),
        "private": ("yksityishenkilö", "privatperson", "private person"),
    },
    "invoice_language": {
        "fi": ("suomi", "finska", "Finnish"),
        "sv": ("ruotsi", "svenska", "Swedish"),
        "en": ("englanti", "engelska", "English"),
    },
    "invoice_delivery": {
        "auto": ("verkkolasku, sähköposti tai paperi sen mukaan, mitä tiedetään",
                 "e-faktura, e-post eller papper efter vad som är känt",
                 "e-invoice, e-mail or paper, by what is known"),
        "email": ("sähköposti", "e-post", "e-mail"),
        "email_finvoice": ("sähköposti ja Finvoice-aineisto", "e-post och Finvoice-fil",
                           "e-mail with a Finvoice file"),
        "paper": ("paperilasku", "pappersfaktura", "paper"),
        "einvoice": ("verkkolasku", "e-faktura", "e-invoice"),
    },
    "status": {
        "suspect": ("liidi", "lead", "lead"),
        "prospect": ("tarjousvaihe", "offertskede", "prospect"),
        "trial": ("uusi asiakas", "ny kund", "new customer"),
        "regular": ("kanta-asiakas", "stamkund", "regular customer"),
    },
    "kind": {
        "note": ("muistiinpano", "anteckning", "note"),
        "call": ("puhelu", "samtal", "call"),
        "meeting": ("tapaaminen", "möte", "meeting"),
        "task": ("tehtävä", "uppgift", "task"),
    },
    "invoice_status": {
        "draft": ("luonnos", "utkast", "draft"),
        "sent": ("avoin", "öppen", "open"),
        "partly_paid": ("osittain maksettu", "delvis betald", "partly paid"),
        "paid": ("maksettu", "betald", "paid"),
        "credited": ("hyvitetty", "krediterad", "credited"),
    },
    "document": {
        "invoice": ("lasku", "faktura", "invoice"),
        "credit_note": ("hyvityslasku", "kreditnota", "credit note"),
        "reminder": ("maksumuistutus", "betalningspåminnelse", "payment reminder"),
        "statement": ("tiliote", "kontoutdrag", "statement"),
    },
    "channel": {
        "email": ("sähköpostilla", "per e-post", "by e-mail"),
        "einvoice": ("verkkolaskuna", "som e-faktura", "as an e-invoice"),
        "paper": ("paperilla", "på papper", "on paper"),
    },
    "entity": {
        "customer": ("asiakastiedot", "kunduppgifter", "customer details"),
        "contact_person": ("yhteyshenkilö", "kontaktperson", "contact person"),
        "office": ("toimipaikka", "verksamhetsställe", "office"),
        "note": ("muistiinpano", "anteckning", "note"),
        "custom_field_value": ("muu tieto", "övrig uppgift", "other detail"),
        "attachment": ("liitetiedosto", "bifogad fil", "attached file"),
        "invoice": ("lasku", "faktura", "invoice"),
        "delivery_attempt": ("lähetys", "utskick", "sending"),
    },
}  # fmt: skip

_CUSTOMER_FIELDS = (
    "customer_number", "customer_type", "name", "business_id", "vat_id", "company_form",
    "line_of_business", "street", "postal_code", "city", "country", "email", "phone",
    "website", "einvoice_address", "einvoice_operator", "invoice_language",
    "invoice_delivery", "group", "account_manager", "status", "active", "delivery_ban",
    "collection_ban", "credit_limit", "payment_term_days", "delivery_terms",
    "delivery_method", "default_your_reference", "comment", "created_at", "updated_at",
)  # fmt: skip
_CONTROLLER_FIELDS = ("name", "business_id", "street", "postal_code", "city", "email", "phone")
_CONTACT_FIELDS = ("name", "title", "email", "phone", "keywords", "created_at")
_OFFICE_FIELDS = ("name", "street", "postal_code", "city", "country", "email",
                  "einvoice_address", "einvoice_operator")  # fmt: skip
_NOTE_FIELDS = ("kind", "text", "due_date", "done", "done_at", "created_at")
_ATTACHMENT_FIELDS = ("name", "size", "created_at")
_MONEY_FIELDS = frozenset({"credit_limit"})
_SHOWN_WHEN_FALSE = frozenset({"active"})  # other flags only matter when they are set

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def report_language(data: Mapping[str, Any]) -> str:
    """The person's language: the customer's invoice language (Finnish by default)."""
    language = str(data.get("customer", {}).get("invoice_language") or "fi")
    return language if language in LANGUAGES else "fi"


def word(key: str, language: str) -> str:
    return _WORDS[key][LANGUAGES.index(language)]


def report_subject(language: str) -> str:
    return word("subject", language)


def report_title(data: Mapping[str, Any], language: str) -> str:
    customer = data.get("customer", {})
    if "contact" in data:
        return word("person_title", language).format(name=data["contact"].get("name", ""))
    return word("title", language).format(
        name=customer.get("name", ""), number=customer.get("customer_number", "")
    )


def format_day(day: date, language: str) -> str:
    """``4.12.2026`` in Finnish and Swedish, ``2026-12-04`` in English."""
    return day.isoformat() if language == "en" else f"{day.day}.{day.month}.{day.year}"


def format_moment(moment: datetime, language: str) -> str:
    """A stored time in the computer's own time zone: ``4.12.2026 klo 21.50``."""
    local = moment.astimezone() if moment.tzinfo else moment
    time = local.strftime("%H:%M") if language == "en" else f"{local.hour}.{local.minute:02d}"
    return word("at", language).format(day=format_day(local.date(), language), time=time)


def value_text(field: str, value: Any, language: str) -> str:
    """A stored value as the person reads it: words for codes, dates as written."""
    index = LANGUAGES.index(language)
    if isinstance(value, bool):
        return word("yes" if value else "no", language)
    text = "" if value is None else str(value)
    if field in _CODES and text in _CODES[field]:
        return _CODES[field][text][index]
    if field == "country" and len(text) == 2:
        return country_name(text, language)
    if field in _MONEY_FIELDS and text:
        return _money(text, language)
    if field == "size" and text.isdigit():
        return f"{max(1, round(int(text) / 1024))} kB"
    if text in ("true", "false"):  # a flag as the change history stores it
        return word("yes" if text == "true" else "no", language)
    if _DATE.match(text):
        return format_day(date.fromisoformat(text), language)
    if _DATETIME.match(text):
        try:
            return format_moment(datetime.fromisoformat(text), language)
        except ValueError:
            return text
    return text


def _money(text: str, language: str) -> str:
    try:
        return format_money(Decimal(text), language)
    except (InvalidOperation, ValueError):
        return text


def field_label(field: str, language: str) -> str:
    labels = _FIELDS.get(field)
    return labels[LANGUAGES.index(language)] if labels else field.replace("_", " ")


def _rows(item: Mapping[str, Any], fields: Iterable[str], language: str) -> list[Row]:
    rows = []
    for field in fields:
        value = item.get(field)
        if value is None or value == "" or (value is False and field not in _SHOWN_WHEN_FALSE):
            continue
        rows.append((field_label(field, language), value_text(field, value, language)))
    return rows


def _items(items: Iterable[Mapping[str, Any]], fields: Iterable[str], language: str) -> list[Row]:
    """Several records one after another, a blank row between them."""
    rows: list[Row] = []
    for item in items:
        if rows:
            rows.append(("", ""))
        rows += _rows(item, tuple(fields), language)
    return rows


def _history(entries: Iterable[Mapping[str, Any]], language: str) -> list[Row]:
    index = LANGUAGES.index(language)
    rows = []
    for entry in entries:
        action = str(entry.get("action") or "")
        what = _CODES["entity"].get(str(entry.get("entity")), ("", "", ""))[index]
        field = str(entry.get("field") or "")
        head = word(action, language) if action in _WORDS else action
        label = f"{head}: {what}" + (f", {field_label(field, language).lower()}" if field else "")
        old, new = entry.get("old_value"), entry.get("new_value")
        change = value_text(field, new, language) if new is not None else ""
        if old is not None and new is not None:
            change = f"{value_text(field, old, language)} → {change}"
        at = value_text("", entry.get("at"), language)
        rows.append((at, f"{label}\n{change}".strip()))
    return rows


def _invoices(invoices: Iterable[Mapping[str, Any]], language: str) -> list[Row]:
    rows = []
    for invoice in invoices:
        number = str(invoice.get("number") or word("draft", language))
        kind = value_text("document", invoice.get("kind"), language)
        parts = [
            value_text("", invoice.get("invoice_date"), language),
            _money(str(invoice.get("total_gross") or "0"), language),
            value_text("invoice_status", invoice.get("status"), language),
        ]
        rows.append((f"{kind} {number}", ", ".join(p for p in parts if p)))
    return rows


def _deliveries(deliveries: Iterable[Mapping[str, Any]], language: str) -> list[Row]:
    rows = []
    for delivery in deliveries:
        if not delivery.get("ok"):
            continue
        what = f"{value_text('document', delivery.get('document'), language)} " + str(
            delivery.get("number") or ""
        )
        how = value_text("channel", delivery.get("channel"), language)
        to = str(delivery.get("recipients") or "")
        rows.append((value_text("", delivery.get("at"), language), f"{what} {how} {to}".strip()))
    return rows


def report_sections(data: Mapping[str, Any], language: str) -> list[Section]:
    """The report's sections, each a heading and its label/value rows."""
    customer = data.get("customer", {})
    exported = value_text("", data.get("exported_at"), language)
    intro = word("intro", language).format(
        day=exported, name=customer.get("name", ""), number=customer.get("customer_number", "")
    )
    sections: list[Section] = [
        ("", [(intro, "")]),
        (word("controller", language),
         _rows(data.get("controller", {}), _CONTROLLER_FIELDS, language)),
    ]  # fmt: skip
    if "contact" in data:
        sections.append(
            (word("contact", language), _rows(data["contact"], _CONTACT_FIELDS, language))
        )
    else:
        sections += [
            (word("customer", language), _rows(customer, _CUSTOMER_FIELDS, language)),
            (word("contacts", language), _items(data["contacts"], _CONTACT_FIELDS, language)),
            (word("offices", language), _items(data["offices"], _OFFICE_FIELDS, language)),
            (word("notes", language), _items(data["notes"], _NOTE_FIELDS, language)),
            (word("custom_fields", language),
             [(str(k), str(v)) for k, v in data["custom_fields"].items()]),
            (word("attachments", language),
             _items(data["attachments"], _ATTACHMENT_FIELDS, language)),
        ]  # fmt: skip
    sections.append((word("history", language), _history(data["history"], language)))
    sections.append((word("invoices", language), _invoices(data["invoices"], language)))
    if "deliveries" in data:
        sections.append((word("deliveries", language), _deliveries(data["deliveries"], language)))
    return sections
