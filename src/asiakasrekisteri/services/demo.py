"""Realistic Finnish demo customers, so a new user can try the program at once."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from typing import NamedTuple

from asiakasrekisteri.domain.customer import (
    ContactData,
    CustomerData,
    NoteData,
    OfficeData,
    validate_contact,
    validate_customer,
    validate_office,
)
from asiakasrekisteri.domain.enums import CustomerStatus, CustomerType, NoteKind
from asiakasrekisteri.domain.identifiers import ovt_from_business_id
from asiakasrekisteri.services.customers import next_customer_number
from asiakasrekisteri.storage.bulk import NewCustomer, insert_customers
from asiakasrekisteri.storage.db import Database

FIRST_NAMES = (
    "Matti", "Maija", "Juha", "Anna", "Mikko", "Laura", "Jari", "Sanna", "Timo", "Kaisa",
    "Pekka", "Tiina", "Antti", "Johanna", "Ville", "Elina", "Heikki", "Riikka", "Sami",
    "Päivi", "Jukka", "Minna", "Olli", "Satu", "Eero", "Aino", "Väinö", "Helmi", "Oskari",
    "Sofia", "Lauri", "Emilia", "Niklas", "Kristiina", "Björn", "Ebba",
)  # fmt: skip
LAST_NAMES = (
    "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine",
    "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen",
    "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen",
    "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen",
    "Ahonen", "Öhman", "Åberg", "Lindqvist", "Väisänen",
)  # fmt: skip
TRADES = (
    ("Rakennus", "rakennus"), ("Sähkö", "sahko"), ("LVI", "lvi"), ("Kuljetus", "kuljetus"),
    ("Konsultointi", "konsultointi"), ("Tilitoimisto", "tilit"), ("Kahvila", "kahvila"),
    ("Maalaus", "maalaus"), ("Puutarha", "puutarha"), ("IT-palvelut", "it"),
    ("Kiinteistöhuolto", "khuolto"), ("Metalli", "metalli"), ("Siivous", "siivous"),
    ("Kampaamo", "kampaamo"), ("Autokorjaamo", "autokorjaamo"), ("Design", "design"),
)  # fmt: skip
FORMS = ("Oy", "Oy", "Oy", "Ky", "Tmi", "Ab", "Oy Ab", "Ay")
CITIES = (
    ("Helsinki", "00100"), ("Espoo", "02100"), ("Tampere", "33100"), ("Vantaa", "01300"),
    ("Oulu", "90100"), ("Turku", "20100"), ("Jyväskylä", "40100"), ("Lahti", "15110"),
    ("Kuopio", "70100"), ("Pori", "28100"), ("Joensuu", "80100"), ("Lappeenranta", "53100"),
    ("Hämeenlinna", "13100"), ("Vaasa", "65100"), ("Seinäjoki", "60100"), ("Rovaniemi", "96100"),
    ("Mikkeli", "50100"), ("Kotka", "48100"), ("Porvoo", "06100"), ("Mariehamn", "22100"),
)  # fmt: skip
STREETS = (
    "Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Kauppakatu", "Koulukatu",
    "Rantatie", "Teollisuustie", "Puistokatu", "Kirkkokatu", "Asemakatu", "Satamakatu",
    "Läntinen Pitkäkatu", "Yliopistonkatu", "Sepänkatu", "Myllytie",
)  # fmt: skip
TITLES = ("Toimitusjohtaja", "Talouspäällikkö", "Ostopäällikkö", "Projektipäällikkö",
          "Kirjanpitäjä", "Myyntipäällikkö", "Omistaja")  # fmt: skip
GROUPS = ("Rakennusala", "Palvelut", "Kauppa", "Julkinen sektori", "Yksityisasiakkaat")
OPERATORS = ("003721291126", "003723327487", "003710948874", "NDEAFIHH", "OKOYFIHH")
NOTES = (
    "Soitettu: kiinnostunut huoltosopimuksesta, tarjous lähetetään ensi viikolla.",
    "Asiakas toivoo laskut verkkolaskuna.",
    "Tapaaminen toimistolla, keskusteltu ensi vuoden budjetista.",
    "Muistuta vuosisopimuksen uusimisesta.",
    "Laskutusosoite muuttunut, päivitetty.",
)

_YTUNNUS_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def _business_id(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(7)]
        digits[0] = rng.randint(1, 3)
        remainder = sum(w * d for w, d in zip(_YTUNNUS_WEIGHTS, digits, strict=True)) % 11
        if remainder == 1:
            continue
        check = 0 if remainder == 0 else 11 - remainder
        return "".join(map(str, digits)) + "-" + str(check)


def _ascii(text: str) -> str:
    table = str.maketrans("äöåÄÖÅéü", "aoaAOAeu")
    return text.translate(table).lower().replace(" ", "").replace("-", "")


def _phone(rng: random.Random) -> str:
    prefix = rng.choice(("040", "050", "044", "045", "041", "046", "050"))
    return f"{prefix} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


def generate(count: int, seed: int = 2026, first_number: int = 1001) -> Iterator[NewCustomer]:
    """Yield ``count`` plausible, valid customers; the same seed gives the same register."""
    rng = random.Random(seed)
    today = date(2026, 11, 1)
    for index in range(count):
        number = str(first_number + index)
        city, postal = rng.choice(CITIES)
        street = f"{rng.choice(STREETS)} {rng.randint(1, 80)}"
        if rng.random() < 0.3:
            street += f" {rng.choice('ABC')} {rng.randint(1, 30)}"
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        address = _Address(street, postal, city)
        if rng.random() < 0.75:
            data, contacts, offices = _company(rng, number, last, address)
        else:
            data, contacts, offices = _private_person(rng, number, first, last, address), [], []
        notes = [_note(rng, today)] if rng.random() < 0.3 else []
        yield NewCustomer(data, contacts, offices, notes)


class _Address(NamedTuple):
    street: str
    postal_code: str
    city: str


def _company(
    rng: random.Random, number: str, last: str, address: _Address
) -> tuple[CustomerData, list[ContactData], list[OfficeData]]:
    """A firm named after its trade and owner, with one to three contacts, maybe an office."""
    trade, slug = rng.choice(TRADES)
    form = rng.choice(FORMS)
    name = f"{trade} {last} {form}" if rng.random() < 0.6 else f"{last} {trade} {form}"
    bid = _business_id(rng)
    domain = f"{_ascii(last)}{slug}.fi"
    has_einvoice = rng.random() < 0.5
    data = CustomerData(
        customer_number=number,
        name=name,
        customer_type=CustomerType.COMPANY,
        group=rng.choice(GROUPS[:4]),
        business_id=bid,
        vat_id="FI" + bid.replace("-", ""),
        street=address.street,
        postal_code=address.postal_code,
        city=address.city,
        email=f"laskut@{domain}",
        phone=_phone(rng),
        website=f"www.{domain}",
        einvoice_address=ovt_from_business_id(bid) if has_einvoice else "",
        einvoice_operator=rng.choice(OPERATORS) if has_einvoice else "",
        payment_term_days=rng.choice((None, 14, 21, 30)),
        discount_percent=Decimal(rng.choice((0, 0, 0, 5, 10))),
        status=rng.choice(list(CustomerStatus)),
        active=rng.random() > 0.05,
    )
    contacts: list[ContactData] = []
    for k in range(rng.choice((1, 1, 2, 3))):
        cf, cl = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        contacts.append(
            ContactData(
                name=f"{cf} {cl}",
                title=rng.choice(TITLES),
                phone=_phone(rng),
                email=f"{_ascii(cf)}.{_ascii(cl)}@{domain}",
                is_default=k == 0,
            )
        )
    offices: list[OfficeData] = []
    if rng.random() < 0.25:
        o_city, o_postal = rng.choice(CITIES)
        offices.append(
            OfficeData(
                name=f"{name} / {o_city}",
                street=f"{rng.choice(STREETS)} {rng.randint(1, 60)}",
                postal_code=o_postal,
                city=o_city,
                email=f"{_ascii(o_city)}@{domain}",
                is_default=True,
            )
        )
    return data, contacts, offices


def _private_person(
    rng: random.Random, number: str, first: str, last: str, address: _Address
) -> CustomerData:
    return CustomerData(
        customer_number=number,
        name=f"{first} {last}",
        customer_type=CustomerType.PRIVATE,
        group=GROUPS[4],
        street=address.street,
        postal_code=address.postal_code,
        city=address.city,
        email=f"{_ascii(first)}.{_ascii(last)}{rng.randint(1, 99)}@example.fi",
        phone=_phone(rng),
        status=rng.choice(list(CustomerStatus)),
    )


def _note(rng: random.Random, today: date) -> NoteData:
    due = today + timedelta(days=rng.randint(-20, 40))
    return NoteData(
        text=rng.choice(NOTES),
        kind=rng.choice(list(NoteKind)),
        due_date=due if rng.random() < 0.5 else None,
        done=rng.random() < 0.3,
    )


def fill_demo(db: Database, *, count: int = 200, seed: int = 2026) -> int:
    """Add ``count`` demo customers after the highest existing number; returns the count."""
    with db.transaction() as session:
        first = int(next_customer_number(session))
        batch: list[NewCustomer] = []
        for item in generate(count, seed, first):
            batch.append(
                NewCustomer(
                    validate_customer(item.data),
                    [validate_contact(c) for c in item.contacts],
                    [validate_office(o) for o in item.offices],
                    item.notes,
                )
            )
            if len(batch) >= 5000:
                insert_customers(session, batch)
                batch = []
        insert_customers(session, batch)
    return count
