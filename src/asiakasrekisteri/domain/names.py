"""Telling a person's name from a firm's, and two people in one name.

Whether a customer is a company or a private person decides interest rates and fee caps,
and registers kept in Excel seldom say it. The evidence, strongest first:

1. a Y-tunnus or a VAT number: a company;
2. a company form in the name (Oy, Ab, Ky, Tmi, Ry, Oyj, As Oy, Osk, AS, AB, GmbH,
   Ltd ...) or a business word (Parturi, Rakennus, Kahvila, Bygg, Service ...): a company;
3. first and last name given in columns of their own, or a known Finnish or Swedish first
   name in a name of two to four words: a private person;
4. an address at a consumer e-mail service (gmail.com, luukku.com, pp.inet.fi ...): a
   private person;
5. nothing of these: a company, as before.

The first-name lists are package data (``resources/names/*.txt``), read once when first
needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Final

from asiakasrekisteri.domain.enums import CustomerType

NAME_LISTS: Final = ("finnish.txt", "swedish.txt")

_COMPANY_FORMS: Final = frozenset(
    {
        # Finnish and Finland-Swedish
        "oy", "oyj", "ab", "abp", "ky", "kb", "tmi", "toiminimi", "ay", "ry", "rf", "osk",
        "osuuskunta", "andelslag", "osakeyhtiö", "kommandiittiyhtiö", "säätiö", "stiftelse",
        "yhdistys", "förening", "seurakunta", "församling", "kuntayhtymä", "liikelaitos",
        "hb", "asunto", "bostads", "as",
        # elsewhere
        "asa", "aps", "gmbh", "ag", "kg", "ohg", "ug", "ltd", "limited", "llc", "llp",
        "inc", "plc", "corp", "corporation", "bv", "nv", "sa", "sas", "sarl", "srl", "spa",
        "oü", "sia", "uab",
    }
)  # fmt: skip
"""Words that only a firm's or an association's name holds (folded, dots removed)."""

_BUSINESS_WORDS: Final = (
    # Finnish trades, and the endings of trade compounds ("Rakennuspalvelu")
    "palvelu", "palvelut", "huolto", "kauppa", "liike", "tuote", "tuotteet", "tuotanto",
    "tekniikka", "urakointi", "rakennus", "rakentajat", "asennus", "korjaamo", "kahvila",
    "ravintola", "parturi", "kampaamo", "tilitoimisto", "konsultointi", "kuljetus",
    "maalaus", "siivous", "metalli", "puutarha", "kiinteistö", "isännöinti", "sähkö",
    "lvi", "kukka", "leipomo", "apteekki", "klinikka", "hoitola", "studio", "toimisto",
    "yhtiöt", "group", "partners", "media", "design", "systems", "solutions", "consulting",
    # Swedish trades
    "bygg", "service", "tjänst", "tjänster", "handel", "konsult", "redovisning", "måleri",
    "städ", "frisör", "restaurang", "café", "bageri", "transport", "fastighet",
)  # fmt: skip
"""Words (or word endings) of trades: a name holding one is a firm's, even without a form."""

CONSUMER_EMAIL_DOMAINS: Final = frozenset(
    {
        "gmail.com", "googlemail.com", "hotmail.com", "hotmail.fi", "hotmail.se",
        "outlook.com", "outlook.fi", "outlook.se", "live.com", "live.fi", "live.se",
        "msn.com", "icloud.com", "me.com", "mac.com", "yahoo.com", "yahoo.fi", "yahoo.se",
        "ymail.com", "aol.com", "gmx.com", "gmx.net", "gmx.de", "mail.com", "proton.me",
        "protonmail.com", "pm.me", "tutanota.com", "luukku.com", "suomi24.fi", "kolumbus.fi",
        "elisanet.fi", "saunalahti.fi", "welho.com", "dnainternet.net", "netti.fi",
        "surffi.fi", "anvianet.fi", "kotiposti.net", "mbnet.fi", "jippii.fi", "telia.com",
        "bredband.net", "spray.se", "passagen.se", "home.se", "comhem.se", "bahnhof.se",
    }
)  # fmt: skip
"""Domains of e-mail services for private people (Finnish operators' too)."""
_CONSUMER_SUFFIXES: Final = (".inet.fi",)  # pp.inet.fi, pp1.inet.fi ...

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_FORM_WORD = re.compile(r"[\w/.]+")
# Trade words reversed: a word ends with one when its reversed text begins with it.
_TRADE_ENDING = re.compile(
    "|".join(re.escape(w[::-1]) for w in sorted(_BUSINESS_WORDS, key=len, reverse=True))
)
_PEOPLE_SEPARATOR = re.compile(r"\s*(?:[,;&+/]|\s(?:ja|och|and|sekä|et|und)\s)\s*", re.I)


class Evidence(StrEnum):
    """What decided a customer's type (see the module docstring for the order)."""

    BUSINESS_ID = "business_id"
    VAT_ID = "vat_id"
    COMPANY_FORM = "company_form"
    BUSINESS_WORD = "business_word"
    PERSON_COLUMNS = "person_columns"
    FIRST_NAME = "first_name"
    FIRST_NAME_AND_EMAIL = "first_name_and_email"
    CONSUMER_EMAIL = "consumer_email"
    NOTHING = "nothing"


@dataclass(frozen=True, slots=True)
class TypeGuess:
    """A customer type and why.

    Attributes:
        customer_type: Company or private person.
        evidence: What decided it.
        word: The form, business word or first name that decided it, as written ("").
        domain: The consumer e-mail domain that decided it ("").
    """

    customer_type: CustomerType
    evidence: Evidence
    word: str = ""
    domain: str = ""


@cache
def _first_names() -> frozenset[str]:
    names: set[str] = set()
    folder = resources.files("asiakasrekisteri") / "resources" / "names"
    for file_name in NAME_LISTS:
        for line in (folder / file_name).read_text(encoding="utf-8").splitlines():
            name = line.strip()
            if name and not name.startswith("#"):
                names.add(name.casefold())
    return frozenset(names)


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a common Finnish or Swedish first name (any letter case).

    >>> is_first_name("MIKKO"), is_first_name("Åke"), is_first_name("Virtanen")
    (True, True, False)
    """
    return word.strip().casefold() in _first_names()


def _words(name: str) -> list[str]:
    return _WORD.findall(name)


def first_names_in(name: str) -> tuple[str, ...]:
    """The words of ``name`` that are first names, as written."""
    known = _first_names()
    return tuple(w for w in _words(name) if w.casefold() in known)


def company_form(name: str) -> str:
    """The company form the name holds, as written ("Oy", "GmbH", "A/S"); "" for none.

    >>> company_form("Rakennus Virtanen Oy"), company_form("Bygg & Co AB"), company_form("Sari")
    ('Oy', 'AB', '')
    """
    for word in _FORM_WORD.findall(name):
        text = str(word)
        if text.replace(".", "").replace("/", "").casefold() in _COMPANY_FORMS:
            return text.rstrip(".")
    return ""


def business_word(name: str) -> str:
    """A trade word of the name ("Parturi", "Rakennuspalvelu"), as written; "" for none.

    A compound counts when it has at least three letters, or a hyphen, before the trade
    word ("Verkko-kauppa", not "Ikauppa").
    """
    for word in _words(name):
        backwards = word.casefold()[::-1]
        found = _TRADE_ENDING.match(backwards)
        if found is not None:
            before = backwards[found.end() :]
            if not before or before.startswith("-") or len(before) >= 3:
                return word
    return ""


def consumer_email_domain(emails: str) -> str:
    """The first consumer e-mail service among the addresses ("a@x.fi; b@gmail.com").

    >>> consumer_email_domain("laskut@virtanen.fi; Matti@Gmail.com")
    'gmail.com'
    """
    for address in re.split(r"[;,\s]+", emails):
        domain = address.rpartition("@")[2].casefold()
        if "@" in address and (
            domain in CONSUMER_EMAIL_DOMAINS or domain.endswith(_CONSUMER_SUFFIXES)
        ):
            return domain
    return ""


def guess_customer_type(
    name: str,
    *,
    business_id: str = "",
    vat_id: str = "",
    emails: str = "",
    person_columns: bool = False,
) -> TypeGuess:
    """The customer type the evidence points to (see the module docstring).

    Args:
        name: The customer's name.
        business_id: The Y-tunnus, if the row gives a valid one.
        vat_id: The VAT number, if the row gives a valid one.
        emails: The customer's e-mail address(es).
        person_columns: The name was put together from first-name and last-name columns.
    """
    company, private = CustomerType.COMPANY, CustomerType.PRIVATE
    if business_id:
        return TypeGuess(company, Evidence.BUSINESS_ID)
    if vat_id:
        return TypeGuess(company, Evidence.VAT_ID)
    form = company_form(name)
    if form:
        return TypeGuess(company, Evidence.COMPANY_FORM, form)
    trade = business_word(name)
    if trade:
        return TypeGuess(company, Evidence.BUSINESS_WORD, trade)
    if person_columns:
        return TypeGuess(private, Evidence.PERSON_COLUMNS)
    domain = consumer_email_domain(emails)
    words = _words(name)
    firsts = first_names_in(name)
    if firsts and not any(c.isdigit() for c in name) and (2 <= len(words) <= 6 or domain):
        if domain:
            return TypeGuess(private, Evidence.FIRST_NAME_AND_EMAIL, firsts[0], domain)
        return TypeGuess(private, Evidence.FIRST_NAME, firsts[0])
    if domain:
        return TypeGuess(private, Evidence.CONSUMER_EMAIL, domain=domain)
    return TypeGuess(company, Evidence.NOTHING)


def split_people(text: str) -> tuple[str, ...]:
    """The people a cell names: two or more when it holds several, else the cell itself.

    A part that is only a first name takes the last name of the part after it:

    >>> split_people("Sari ja Mikko Heikkinen")
    ('Sari Heikkinen', 'Mikko Heikkinen')
    >>> split_people("Sari Heikkinen, Mikko Heikkinen"), split_people("Heikkinen, Sari")
    (('Sari Heikkinen', 'Mikko Heikkinen'), ('Heikkinen, Sari',))

    Every part must begin with a first name, so "Myynti ja markkinointi" stays one.
    """
    parts = [p.strip() for p in _PEOPLE_SEPARATOR.split(text.strip())]
    if len(parts) < 2 or not all(parts):
        return (text.strip(),)
    if not all(_words(p) and is_first_name(_words(p)[0]) for p in parts):
        return (text.strip(),)
    people = list(parts)
    for index in range(len(people) - 2, -1, -1):
        words, after = people[index].split(), people[index + 1].split()
        if len(words) == 1 and len(after) > 1:
            people[index] = f"{words[0]} {' '.join(after[1:])}"
    return tuple(people)


__all__ = [
    "CONSUMER_EMAIL_DOMAINS",
    "NAME_LISTS",
    "Evidence",
    "TypeGuess",
    "business_word",
    "company_form",
    "consumer_email_domain",
    "first_names_in",
    "guess_customer_type",
    "is_first_name",
    "split_people",
]
