"""Companies as the Finnish trade register describes them, and what a card takes from one.

The register's open data (PRH's YTJ API, version 3, ``/companies``) answers with
``{"totalResults": N, "companies": [...]}``; ``docs/trade-register.md`` lists the fields
and codes relied on here. Parsing is tolerant of what the register may leave out (any
optional field, null for a missing value, fields this program does not know) but refuses
an answer whose shape has changed (no ``companies`` list, a field of the wrong type) with
one :class:`RegisterFormatError`, so that the caller shows one clear message.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from asiakasrekisteri.domain.customer import CustomerData
from asiakasrekisteri.domain.errors import ValidationError

LANGUAGE_CODES: dict[str, str] = {"1": "fi", "2": "sv", "3": "en"}
"""The register's language codes (KIELI) → the program's language codes."""

MAIN_NAME = "1"
"""Name type (TLAJI) of the main company name; 2 and 3 are parallel and auxiliary names."""

VISITING_ADDRESS = 1
POSTAL_ADDRESS = 2

REGISTER_FIELDS: tuple[str, ...] = (
    "name",
    "business_id",
    "company_form",
    "line_of_business",
    "street",
    "postal_code",
    "city",
    "country",
)
"""The card fields the register fills, in the order they are shown."""

_PO_BOX = {"fi": "PL", "sv": "PB", "en": "P.O. Box"}


class RegisterFormatError(ValidationError):
    """The register answered, but not in the format this program knows.

    Attributes:
        detail: What was wrong, in English, for the log.
    """

    code = "trade_register.format"
    template = (
        "The trade register answered in a format this program does not know; "
        "company details cannot be fetched now."
    )

    def __init__(self, *, detail: str) -> None:
        super().__init__()
        self.detail = detail


class Situation(StrEnum):
    """Why a company is a risk as a customer."""

    CEASED = "ceased"
    BANKRUPTCY = "bankruptcy"
    LIQUIDATION = "liquidation"
    RESTRUCTURING = "restructuring"


# The register's situation codes: konkurssi, selvitystila, yrityssaneeraus.
_SITUATION_CODES = {
    "KONK": Situation.BANKRUPTCY,
    "SELTILA": Situation.LIQUIDATION,
    "SANE": Situation.RESTRUCTURING,
}


@dataclass(frozen=True)
class Localized:
    """A text the register gives in several languages (language code → text)."""

    texts: Mapping[str, str] = field(default_factory=dict)

    def get(self, language: str) -> str:
        """The text in ``language``, else in Finnish, Swedish, English or any there is."""
        for code in (language, "fi", "sv", "en"):
            text = self.texts.get(code)
            if text:
                return text
        return next(iter(self.texts.values()), "")


@dataclass(frozen=True)
class CompanyWarning:
    """A situation of the company, and since when the register knows it."""

    situation: Situation
    since: date | None = None


@dataclass(frozen=True)
class RegisterAddress:
    """The address parts as the register keeps them."""

    street: str = ""
    building: str = ""
    entrance: str = ""
    apartment: str = ""
    po_box: str = ""
    co: str = ""
    free_line: str = ""
    postal_code: str = ""
    city: Localized = field(default_factory=Localized)
    country: str = ""

    def street_text(self, language: str) -> str:
        """The street lines a card shows: c/o first, then the street or the PO box."""
        lines = []
        if self.co:
            lines.append(self.co if self.co.casefold().startswith("c/o") else f"c/o {self.co}")
        if self.street:
            parts = [_tidy(self.street), self.building, self.entrance, self.apartment]
            lines.append(" ".join(p for p in parts if p))
        elif self.po_box:
            lines.append(f"{_PO_BOX.get(language, 'PL')} {self.po_box}")
        elif self.free_line:
            lines.append(self.free_line)
        return "\n".join(lines)

    def has_street(self) -> bool:
        return bool(self.street or self.po_box or self.free_line)


@dataclass(frozen=True)
class RegisterCompany:
    """One company of an answer, reduced to what a customer card can use."""

    business_id: str
    name: str
    company_form: Localized = field(default_factory=Localized)
    company_form_code: str = ""
    line_of_business: Localized = field(default_factory=Localized)
    line_of_business_code: str = ""
    address: RegisterAddress | None = None
    website: str = ""
    warnings: tuple[CompanyWarning, ...] = ()

    @property
    def has_ceased(self) -> bool:
        """Whether the company has ended (lakannut) according to the register."""
        return any(w.situation is Situation.CEASED for w in self.warnings)

    def customer_values(self, language: str) -> dict[str, str]:
        """The card fields the register fills, with ``language``'s texts where it has them.

        A field the register leaves empty is left out, so that it never blanks a value.
        """
        values = {
            "name": self.name,
            "business_id": self.business_id,
            "company_form": self.company_form.get(language) or self.company_form_code,
            "line_of_business": self.line_of_business.get(language),
        }
        if self.address is not None:
            values["street"] = self.address.street_text(language)
            values["postal_code"] = self.address.postal_code
            values["city"] = _tidy(self.address.city.get(language))
            values["country"] = self.address.country or "FI"
        return {k: v for k, v in values.items() if v}


@dataclass(frozen=True)
class SearchResult:
    """An answer: the companies on its page, and how many the register found in all."""

    total: int
    companies: tuple[RegisterCompany, ...]


@dataclass(frozen=True)
class FieldChange:
    """A card field whose value differs from the register's."""

    field: str
    old: str
    new: str


def changes(current: CustomerData, values: Mapping[str, str]) -> tuple[FieldChange, ...]:
    """The register's values that differ from the card's, in :data:`REGISTER_FIELDS` order.

    Differences of spacing or letter case alone are no change; a field the register
    leaves empty is never proposed (it would blank what the user typed).
    """
    found = []
    for name in REGISTER_FIELDS:
        new = values.get(name, "")
        old = str(getattr(current, name))
        if new and _comparable(new) != _comparable(old):
            found.append(FieldChange(name, old, new))
    return tuple(found)


def _comparable(text: str) -> str:
    return " ".join(text.split()).casefold()


def _tidy(text: str) -> str:
    """A name the register writes in capitals ("MÄNTTÄ-VILPPULA") as a name is written."""
    if not text.isupper():
        return text
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in text.split(" "))


# --- parsing ------------------------------------------------------------------------------


def parse_companies(payload: object) -> SearchResult:
    """Read a decoded ``/companies`` answer.

    Raises:
        RegisterFormatError: The answer is not of the documented shape.
    """
    if not isinstance(payload, dict):
        raise RegisterFormatError(detail="the answer is not a JSON object")
    companies = payload.get("companies")
    if not isinstance(companies, list):
        raise RegisterFormatError(detail="the answer has no list of companies")
    total = payload.get("totalResults", len(companies))
    if isinstance(total, bool) or not isinstance(total, int):
        raise RegisterFormatError(detail="totalResults is not a number")
    parsed = tuple(_company(item) for item in companies)
    return SearchResult(max(total, len(parsed)), parsed)


def _company(item: object) -> RegisterCompany:
    data = _object(item, "company")
    business_id = _text(_object(data.get("businessId"), "businessId").get("value"), "businessId")
    if not business_id:
        raise RegisterFormatError(detail="a company has no business id")
    form = _current_form(_objects(data.get("companyForms"), "companyForms"))
    line = _optional_object(data.get("mainBusinessLine"), "mainBusinessLine")
    return RegisterCompany(
        business_id=business_id,
        name=_main_name(_objects(data.get("names"), "names")),
        company_form=_descriptions(form.get("descriptions")),
        company_form_code=_text(form.get("type"), "companyForms.type"),
        line_of_business=_descriptions(line.get("descriptions")),
        line_of_business_code=_text(line.get("type"), "mainBusinessLine.type"),
        address=_address(_objects(data.get("addresses"), "addresses")),
        website=_text(_optional_object(data.get("website"), "website").get("url"), "website.url"),
        warnings=_warnings(data),
    )


def _main_name(names: Sequence[dict[str, Any]]) -> str:
    """The current main name: type 1 without an end date, the newest version first.

    A company that has ended may have no current name; then its latest main name.
    """
    main = [n for n in names if _text(n.get("type"), "names.type") == MAIN_NAME]
    current = [n for n in main if not n.get("endDate")]

    def version(name: dict[str, Any]) -> int:
        value = name.get("version")
        return value if isinstance(value, int) and not isinstance(value, bool) else 1

    def newest(name: dict[str, Any]) -> str:
        return _text(name.get("registrationDate"), "names.registrationDate")

    if current:
        chosen = min(current, key=version)
    elif main:
        chosen = max(main, key=newest)
    else:
        return ""
    return _text(chosen.get("name"), "names.name").strip()


def _current_form(forms: Sequence[dict[str, Any]]) -> dict[str, Any]:
    current = [f for f in forms if not f.get("endDate")]
    return (current or list(forms) or [{}])[0]


def _address(addresses: Sequence[dict[str, Any]]) -> RegisterAddress | None:
    """The postal address, where invoices go; the visiting address when it has none."""
    by_type: dict[int, RegisterAddress] = {}
    for item in addresses:
        kind = item.get("type")
        if isinstance(kind, bool) or not isinstance(kind, int):
            raise RegisterFormatError(detail="an address type is not a number")
        by_type.setdefault(kind, _address_parts(item))
    for kind in (POSTAL_ADDRESS, VISITING_ADDRESS):
        address = by_type.get(kind)
        if address is not None and address.has_street():
            return address
    return by_type.get(POSTAL_ADDRESS) or by_type.get(VISITING_ADDRESS)


def _address_parts(item: dict[str, Any]) -> RegisterAddress:
    def text(key: str) -> str:
        return _text(item.get(key), f"addresses.{key}").strip()

    cities: dict[str, str] = {}
    for office in _objects(item.get("postOffices"), "postOffices"):
        language = LANGUAGE_CODES.get(_text(office.get("languageCode"), "languageCode"))
        city = _text(office.get("city"), "postOffices.city").strip()
        if language and city:
            cities.setdefault(language, city)
    return RegisterAddress(
        street=text("street"),
        building=text("buildingNumber"),
        entrance=text("entrance"),
        apartment=text("apartmentNumber") + text("apartmentIdSuffix"),
        po_box=text("postOfficeBox"),
        co=text("co"),
        # Spaces come as underscores in the free line of a foreign address.
        free_line=text("freeAddressLine").replace("_", " ").strip(),
        postal_code=text("postCode"),
        city=Localized(cities),
        country=text("country").upper(),
    )


def _warnings(data: dict[str, Any]) -> tuple[CompanyWarning, ...]:
    found = []
    ended = _text(data.get("endDate"), "endDate")
    if ended:
        found.append(CompanyWarning(Situation.CEASED, _date(ended)))
    for item in _objects(data.get("companySituations"), "companySituations"):
        situation = _SITUATION_CODES.get(_text(item.get("type"), "companySituations.type"))
        if situation is not None and not item.get("endDate"):
            since = _text(item.get("registrationDate"), "companySituations.registrationDate")
            found.append(CompanyWarning(situation, _date(since)))
    return tuple(found)


def _descriptions(value: object) -> Localized:
    texts: dict[str, str] = {}
    for item in _objects(value, "descriptions"):
        language = LANGUAGE_CODES.get(_text(item.get("languageCode"), "languageCode"))
        text = _text(item.get("description"), "description").strip()
        if language and text:
            texts.setdefault(language, text)
    return Localized(texts)


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _text(value: object, what: str) -> str:
    """A text field: None counts as missing, a number or a list is a changed format."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise RegisterFormatError(detail=f"{what} is not text")
    return value


def _object(value: object, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise RegisterFormatError(detail=f"{what} is not an object")
    return value


def _optional_object(value: object, what: str) -> dict[str, Any]:
    return {} if value is None else _object(value, what)


def _objects(value: object, what: str) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise RegisterFormatError(detail=f"{what} is not a list")
    return [_object(item, what) for item in value]


__all__ = [
    "LANGUAGE_CODES",
    "REGISTER_FIELDS",
    "CompanyWarning",
    "FieldChange",
    "Localized",
    "RegisterAddress",
    "RegisterCompany",
    "RegisterFormatError",
    "SearchResult",
    "Situation",
    "changes",
    "parse_companies",
]
