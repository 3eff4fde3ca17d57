"""Washing the rows of a customer sheet: cells in, a validated card and its issues out.

A value that fails its rule is left out of the row and reported as a warning; the rest
of the row is imported, so an invalid Y-tunnus is never stored, not even as typed, and
the report names the row, the column and the value so the user can fix it. A row is
rejected (an error) only when it has no usable name or its customer number cannot be
used. Values saved other than typed (zero padding, a split address) are reported as info.

Washing runs once per row of sheets of 50,000 rows and more: the per-row work is kept
small on purpose (tuples instead of objects, per-column facts worked out once, repeated
values parsed once).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import fields, replace
from datetime import date, time, timedelta
from functools import lru_cache
from operator import itemgetter
from typing import Any, Final

from asiakasrekisteri.domain.customer import (
    CUSTOMER_FIELD_NAMES,
    ContactData,
    CustomerData,
    record_from_fields,
    validate_contact,
    validated_customer_fields,
)
from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.domain.errors import FieldErrors, ValidationError
from asiakasrekisteri.domain.names import split_people
from asiakasrekisteri.domain.postal_places import finnish_postal_places
from asiakasrekisteri.domain.text_values import FIELD_PARSERS
from asiakasrekisteri.services.spreadsheets import headers
from asiakasrekisteri.services.spreadsheets.customer_types import inferred
from asiakasrekisteri.services.spreadsheets.plan import (
    ColumnMapping,
    PlannedRow,
    RowIssue,
    Severity,
    changed_card,
)
from asiakasrekisteri.services.spreadsheets.reasons import Reason, left_out, not_imported
from asiakasrekisteri.services.spreadsheets.values import (
    Cell,
    cell_text,
    parse_customer_type,
    parse_language,
    parse_payment_days,
    split_address,
)

_DEFAULTS: Final = CustomerData()
# Every field at its default (all immutable but custom_fields, which a row always sets).
_DEFAULT_FIELDS: Final[dict[str, Any]] = dict(_DEFAULTS.__dict__)
_CONTACT_DEFAULTS: Final[dict[str, Any]] = dict(ContactData().__dict__)
DATA_FIELDS: Final = frozenset(f.name for f in fields(CustomerData)) - {"custom_fields"}
# Values whose change beyond spacing and case is worth telling (zero padding, a
# leading zero put back): phones, e-mails and countries are formatted by design.
_REPORT_ALTERATIONS: Final = ("postal_code", "business_id", "customer_number")
_REQUIRED: Final = frozenset({"name", "customer_number"})


_DATE_FIELDS: Final = frozenset({"comment", "text_before_rows", "text_after_rows"})
_BOOL_FIELDS: Final = frozenset(
    {"use_rf_reference", "delivery_ban", "collection_ban", "active", "status_manual",
     "einvoice_address_unchecked"}
)  # fmt: skip


def wrong_type(
    cell: Cell,
    target: str,
    yes_no_fields: frozenset[str] = _BOOL_FIELDS,
    date_fields: frozenset[str] = _DATE_FIELDS,
) -> bool:
    """A date in an identifier column, or a yes/no in a text column, is a typing slip."""
    if isinstance(cell, bool):
        return target not in yes_no_fields
    if isinstance(cell, date | time | timedelta):
        return target not in date_fields
    return False


def wrong_kind(text: str) -> Reason:
    if text in ("true", "false"):
        return Reason("A yes/no value cannot be used here; the value is left out.")
    return Reason("A date or time cannot be used here; the value is left out.")


@lru_cache(maxsize=4096)
def _parse_field(name: str, text: str) -> Any:
    """``FIELD_PARSERS[name](text)``, remembered: yes/no, choice and number columns repeat
    a handful of values ("ei", "kyllä", "domestic", 14) over thousands of rows. The
    parsers are pure and return immutable values; a failure is not remembered, so it is
    raised (and reported) for every row that has it."""
    return FIELD_PARSERS[name](text)


Source = tuple[str, str, str]
"""Where a target's value came from, for issue reports: (header, letter, text).

A plain tuple: a row has some 25 of them, and a class instance each costs more than
the rest of reading the cell."""


_Column = tuple[int, str, str, str, str | None]
"""A mapped column: (index, target, header, letter, custom field name or None)."""


PLACEHOLDER_NUMBER: Final = "0"
"""The customer number a row without one is validated with, until the plan numbers it."""

_card = itemgetter(*CUSTOMER_FIELD_NAMES)
"""A card's validated fields (by name) as the tuple a planned row keeps."""


def _place_of(code: str, city: str, swedish: bool) -> tuple[str, str]:
    """What Posti's list says of a Finnish postal code and the city given with it.

    ``("unknown", "")``: no such code; ``("city", name)``: no city given, ``name`` is
    the code's; ``("other", name)``: the code is ``name``'s, not the city's; ``("fits",
    "")``: the city is the code's.
    """
    place = finnish_postal_places().place(code)
    if place is None:
        return "unknown", ""
    if not city:
        return "city", place.name("sv" if swedish else "fi")
    if not place.fits(city):
        return "other", place.name()
    return "fits", ""


class Washer:
    """What the washers of the customer sheet and of the contact and office sheets share.

    Attributes:
        sheet: The sheet's name, for issue reports.
        header_of: Field → (header, column letter), for a value that was not in a cell.
    """

    def __init__(self, sheet: str, header_of: dict[str, tuple[str, str]]) -> None:
        self.sheet = sheet
        self.header_of = header_of
        # Rows give the same few sets of fields: one frozenset each (1 kB a row otherwise).
        self._field_sets: dict[frozenset[str], frozenset[str]] = {}

    def _shared(self, fields_given: frozenset[str]) -> frozenset[str]:
        return self._field_sets.setdefault(fields_given, fields_given)

    def _issue(
        self,
        row: int,
        source: Source | None,
        message: Reason,
        code: str,
        severity: Severity,
        field_name: str = "",
    ) -> RowIssue:
        if source is None and field_name in self.header_of:
            source = (*self.header_of[field_name], "")  # the column of an empty cell
        header, letter, text = source if source is not None else ("", "", "")
        return RowIssue(self.sheet, row, header, text, message, code, severity, field_name, letter)


class RowWasher(Washer):
    """Turns the cells of one row into a validated card, reporting every change."""

    def __init__(
        self, sheet: str, columns: Sequence[ColumnMapping], *, split_contacts: bool = True
    ) -> None:
        super().__init__(sheet, {c.target: (c.header, c.letter) for c in columns if c.target})
        self._places: dict[tuple[str, str, bool], tuple[str, str]] = {}
        # A contacts sheet that comes with the file names every person by itself: the
        # customer sheet's contact cell is then not taken apart.
        self.split_contacts = split_contacts
        # Per column, worked out once: (index, target, header, letter, custom field name
        # or None). 50,000 rows × 45 columns make any per-cell work count.
        self.columns: list[_Column] = [
            (
                c.index,
                c.target,
                c.header,
                c.letter,
                c.target[len(headers.CUSTOM_PREFIX) :]
                if c.target.startswith(headers.CUSTOM_PREFIX)
                else None,
            )
            for c in columns
            if c.target and c.target != headers.READ_ONLY
        ]
        # The mapped cells of a full-width row in one C call.
        indexes = [c[0] for c in self.columns]
        self.width = max(indexes, default=-1) + 1
        self.take: Callable[[Sequence[Cell]], Sequence[Cell]] = (
            itemgetter(*indexes) if len(indexes) > 1 else lambda row: [row[i] for i in indexes]
        )

    def wash(self, row_number: int, cells: Sequence[Cell]) -> PlannedRow | None:
        """The planned row, or None for a blank row."""
        read = self._read(cells)
        if read is None:
            return None
        values, sources, custom, wrong = read
        issues = [
            self._issue(
                row_number,
                source,
                wrong_kind(source[2]),
                "cell.wrong_type",
                Severity.WARNING,
                target,
            )
            for target, source in wrong
        ]
        type_given = "customer_type" in values
        person_columns = "name" not in values and (
            headers.FIRST_NAME in values or headers.LAST_NAME in values
        )
        self._pseudo_fields(row_number, values, sources, custom, issues)
        kwargs = self._parsed(row_number, values, sources, issues)
        had_number = bool(kwargs.get("customer_number"))
        fields = {**_DEFAULT_FIELDS, **kwargs, "custom_fields": custom}
        if not fields["customer_number"].strip():
            # The plan numbers the rows without one once all are washed.
            fields["customer_number"] = PLACEHOLDER_NUMBER
        dropped: set[str] = set()
        data = record_from_fields(CustomerData, fields)
        clean = self._validate(row_number, data, sources, issues, dropped)
        if clean is None:
            return PlannedRow(row_number, None, (), tuple(issues), had_number=had_number)
        # The card is made once, below: these steps change its validated fields.
        type_reason = None if type_given else inferred(clean, person_columns)
        email = clean["email"]
        if email and not email.islower():
            # Addresses are compared and stored in lower case: Matti@X.fi is matti@x.fi.
            clean["email"] = email.lower()
        contacts = self._contacts(row_number, values, sources, issues, clean)
        self._report_alterations(row_number, clean, sources, issues)
        given = frozenset(kwargs) - dropped
        if clean["postal_code"] and clean["country"] == "FI":
            given = self._postal_place(row_number, clean, sources, issues, given)
        # Rows give the same few sets of columns; one shared set each saves 1 kB a row
        # (60 MB of a 50,000-row plan).
        provided = self._shared(given)
        return PlannedRow(
            row_number, _card(clean), contacts, tuple(issues), provided, had_number, type_reason
        )

    def _read(
        self, cells: Sequence[Cell]
    ) -> tuple[dict[str, str], dict[str, Source], dict[str, str], list[tuple[str, Source]]] | None:
        """The row's texts by target, their sources, custom fields and wrongly typed cells.

        None for a blank row.
        """
        values: dict[str, str] = {}
        sources: dict[str, Source] = {}
        custom: dict[str, str] = {}
        wrong: list[tuple[str, Source]] = []
        picked: Iterable[tuple[_Column, Cell]]
        if len(cells) >= self.width:
            picked = zip(self.columns, self.take(cells), strict=True)
        else:  # a short row (CSV, or a sheet without trailing cells)
            picked = ((c, cells[c[0]]) for c in self.columns if c[0] < len(cells))
        for (_index, target, header, letter, custom_name), cell in picked:
            # Text cells, nearly all of them, the short way (cell_text of a str is strip).
            if type(cell) is str:
                if not cell:
                    continue
                is_text, text = True, cell.strip()
            elif cell is None:
                continue
            else:
                is_text, text = False, cell_text(cell)
            if not text:
                continue
            if custom_name is not None:
                custom[custom_name] = text
                continue
            if not is_text and wrong_type(cell, target):
                # "2024-01-01" would pass as a phone number: a date is never one.
                wrong.append((target, (header, letter, text)))
                continue
            values[target] = text
            sources[target] = (header, letter, text)
        if not values and not custom and not wrong:
            return None
        return values, sources, custom, wrong

    def _parsed(
        self,
        row: int,
        values: Mapping[str, str],
        sources: Mapping[str, Source],
        issues: list[RowIssue],
    ) -> dict[str, Any]:
        """The card's fields from the texts; a text its parser rejects is reported, left out."""
        kwargs: dict[str, Any] = {}
        for name, text in values.items():
            if name not in DATA_FIELDS:
                continue
            if name not in FIELD_PARSERS:
                kwargs[name] = text
                continue
            try:
                kwargs[name] = _parse_field(name, text)
            except ValidationError as exc:
                issues.append(
                    self._issue(
                        row,
                        sources.get(name),
                        Reason.of(exc),
                        exc.code,
                        Severity.WARNING,
                        name,
                    )
                )
        return kwargs

    def _report_alterations(
        self,
        row: int,
        clean: Mapping[str, Any],
        sources: Mapping[str, Source],
        issues: list[RowIssue],
    ) -> None:
        """Tell where an identifier was saved other than typed (zero padding and such)."""
        address = sources.get(headers.ADDRESS)
        for name in _REPORT_ALTERATIONS:
            source = sources.get(name)
            value = clean[name]
            if source is None or source is address or not value:
                continue
            # Most values come back as typed: no need to fold them to compare.
            typed = source[2]
            if typed != value and headers.fold(typed) != headers.fold(value):
                issues.append(
                    self._issue(
                        row,
                        source,
                        Reason("Changed to “{value}”.", value=value),
                        f"{name}.normalised",
                        Severity.INFO,
                        name,
                    )
                )

    def _postal_place(
        self,
        row: int,
        clean: dict[str, Any],
        sources: Mapping[str, Source],
        issues: list[RowIssue],
        given: frozenset[str],
    ) -> frozenset[str]:
        """A Finnish postal code checked against Posti's list: a missing city is filled
        in from it (into ``clean``), a code of another town or of none is flagged (and
        kept as given). Returns the fields the row gives, the city among them if filled."""
        postal_code, city = clean["postal_code"], clean["city"]
        key = (postal_code, city, clean["invoice_language"] == "sv")
        found = self._places.get(key)
        if found is None:
            # Each code and city pair is looked up once: rows repeat a few hundred.
            found = self._places[key] = _place_of(*key)
        kind, place = found
        source = sources.get("postal_code")
        if kind == "unknown":
            issues.append(
                self._issue(
                    row,
                    source,
                    Reason(
                        "“{value}” is not in Posti's list of Finnish postal codes; check it.",
                        value=postal_code,
                    ),
                    "postal_code.unknown",
                    Severity.WARNING,
                    "postal_code",
                )
            )
        elif kind == "city":
            issues.append(
                self._issue(
                    row,
                    source,
                    Reason("City “{city}” filled in from the postal code.", city=place),
                    "city.from_postal_code",
                    Severity.INFO,
                    "city",
                )
            )
            clean["city"] = place
            return given | {"city"}
        elif kind == "other":
            issues.append(
                self._issue(
                    row,
                    source,
                    Reason(
                        "{value} is the postal code of {place}, not of {city}; check the address.",
                        value=postal_code,
                        place=place,
                        city=city,
                    ),
                    "postal_code.other_place",
                    Severity.WARNING,
                    "postal_code",
                )
            )
        return given

    def _pseudo_fields(
        self,
        row: int,
        values: dict[str, str],
        sources: dict[str, Source],
        custom: dict[str, str],
        issues: list[RowIssue],
    ) -> None:
        if "name" not in values and (headers.FIRST_NAME in values or headers.LAST_NAME in values):
            parts = [values.get(headers.FIRST_NAME, ""), values.get(headers.LAST_NAME, "")]
            values["name"] = " ".join(p for p in parts if p)
            sources["name"] = sources.get(headers.FIRST_NAME) or sources[headers.LAST_NAME]
        if headers.CONTACT_ADDRESS in values:
            custom.setdefault(headers.CONTACT_ADDRESS_FIELD, values[headers.CONTACT_ADDRESS])
        if values.get(headers.ADDRESS):
            self._address(row, values, sources, issues)
        kind = values.get("customer_type")
        if kind is not None:
            parsed = parse_customer_type(kind)
            if parsed is None:
                issues.append(
                    self._issue(
                        row,
                        sources["customer_type"],
                        Reason("Not a customer type (company or private person); company is used."),
                        "customer_type.unknown",
                        Severity.WARNING,
                        "customer_type",
                    )
                )
                del values["customer_type"]
            else:
                values["customer_type"] = parsed
        language = values.get("invoice_language")
        if language is not None:
            values["invoice_language"] = parse_language(language) or language
        if "payment_term_days" in values:
            values["payment_term_days"] = parse_payment_days(values["payment_term_days"])

    def _address(
        self,
        row: int,
        values: dict[str, str],
        sources: dict[str, Source],
        issues: list[RowIssue],
    ) -> None:
        """A combined address split into the card's fields the row does not give apart."""
        address = values[headers.ADDRESS]
        source = sources[headers.ADDRESS]
        split = split_address(address)
        if split is None:
            values.setdefault("street", address)
            sources.setdefault("street", source)
            if "postal_code" not in values:
                issues.append(
                    self._issue(
                        row,
                        source,
                        Reason(
                            "No postal code was found in the address; it is kept as the street."
                        ),
                        "address.not_split",
                        Severity.INFO,
                        "street",
                    )
                )
        else:
            for name, part in (
                ("street", split.street),
                ("postal_code", split.postal_code),
                ("city", split.city),
                ("country", split.country),
            ):
                if part and name not in values:
                    values[name] = part
                    sources[name] = source
            issues.append(
                self._issue(
                    row,
                    source,
                    Reason(
                        "Split into street “{street}”, postal code “{postal_code}” and "
                        "city “{city}”.",
                        street=split.street,
                        postal_code=split.postal_code,
                        city=split.city,
                    ),
                    "address.split",
                    Severity.INFO,
                    "street",
                )
            )

    def _validate(
        self,
        row: int,
        data: CustomerData,
        sources: Mapping[str, Source],
        issues: list[RowIssue],
        dropped: set[str],
    ) -> dict[str, Any] | None:
        """The card's validated fields, each failing value left out and reported; None
        when the name or the number fails (the row is not imported)."""
        for _attempt in range(8):
            try:
                return validated_customer_fields(data)
            except FieldErrors as exc:
                errors = exc.errors
            fatal = [name for name in errors if name in _REQUIRED]
            if fatal:
                for name in fatal:
                    err = errors[name]
                    issues.append(
                        self._issue(
                            row,
                            sources.get(name),
                            not_imported(err),
                            err.code,
                            Severity.ERROR,
                            name,
                        )
                    )
                return None
            changes: dict[str, Any] = {}
            custom = dict(data.custom_fields)
            for name, err in errors.items():
                target = self._field_to_drop(name, err)
                source = sources.get(target) or sources.get(name)
                issues.append(
                    self._issue(
                        row,
                        source,
                        left_out(err),
                        err.code,
                        Severity.WARNING,
                        target,
                    )
                )
                dropped.add(target)
                if target.startswith(headers.CUSTOM_PREFIX):
                    custom.pop(target[len(headers.CUSTOM_PREFIX) :], None)
                elif target in DATA_FIELDS:
                    changes[target] = getattr(_DEFAULTS, target)
            data = changed_card(data, custom_fields=custom, **changes)
        return None  # pragma: no cover - each round removes at least one failing value

    @staticmethod
    def _field_to_drop(name: str, err: ValidationError) -> str:
        """The value to leave out to get past ``err`` (cross-field rules point elsewhere)."""
        if err.code == "address.required_for_einvoice":
            return "einvoice_address"
        if err.code in ("vat_id.required_for_eu", "business_id.required_for_construction"):
            return "vat_treatment"
        return name

    def _contacts(
        self,
        row: int,
        values: Mapping[str, str],
        sources: Mapping[str, Source],
        issues: list[RowIssue],
        card: Mapping[str, Any],
    ) -> tuple[ContactData, ...]:
        """The row's contact persons: its contact cell, or the people a private name names.

        A cell naming two people ("Sari ja Mikko Heikkinen") gives two contacts.
        """
        name = values.get(headers.CONTACT_NAME, "")
        if not name:
            self._detail_without_name(row, values, sources, issues)
            if card["customer_type"] is not CustomerType.PRIVATE or not self.split_contacts:
                return ()
            people = split_people(card["name"])
            if len(people) < 2:
                return ()
            issues.append(
                self._issue(
                    row,
                    sources.get("name"),
                    Reason(
                        "The name holds {count} people; each is saved as a contact person.",
                        count=len(people),
                    ),
                    "contact.from_name",
                    Severity.INFO,
                    "name",
                )
            )
            return tuple(
                ContactData(name=person, is_default=index == 0)
                for index, person in enumerate(people)
            )
        people = split_people(name) if self.split_contacts else (name,)
        found: list[ContactData] = []
        for person in people:
            contact = self._contact(row, person, values, sources, issues, first=not found)
            if contact is not None:
                found.append(contact)
        return tuple(found)

    def _detail_without_name(
        self,
        row: int,
        values: Mapping[str, str],
        sources: Mapping[str, Source],
        issues: list[RowIssue],
    ) -> None:
        for target in (headers.CONTACT_PHONE, headers.CONTACT_EMAIL, headers.CONTACT_TITLE):
            if values.get(target):
                issues.append(
                    self._issue(
                        row,
                        sources[target],
                        Reason("A contact person's detail without the person's name is left out."),
                        "contact.name_required",
                        Severity.WARNING,
                        target,
                    )
                )

    def _contact(
        self,
        row: int,
        name: str,
        values: Mapping[str, str],
        sources: Mapping[str, Source],
        issues: list[RowIssue],
        *,
        first: bool,
    ) -> ContactData | None:
        """One contact person of the row; the phone, e-mail and title go with the first."""
        phone = values.get(headers.CONTACT_PHONE, "") if first else ""
        email = values.get(headers.CONTACT_EMAIL, "") if first else ""
        title = values.get(headers.CONTACT_TITLE, "") if first else ""
        contact = record_from_fields(
            ContactData,
            {**_CONTACT_DEFAULTS, "name": name, "title": title, "phone": phone, "email": email,
             "is_default": first},
        )  # fmt: skip
        for _attempt in range(4):
            try:
                clean = validate_contact(contact)
            except FieldErrors as exc:
                for field_name, err in exc.errors.items():
                    target = {
                        "phone": headers.CONTACT_PHONE,
                        "email": headers.CONTACT_EMAIL,
                        "title": headers.CONTACT_TITLE,
                    }.get(field_name, headers.CONTACT_NAME)
                    issues.append(
                        self._issue(
                            row,
                            sources.get(target),
                            left_out(err),
                            err.code,
                            Severity.WARNING,
                            target,
                        )
                    )
                    if field_name == "name":
                        return None
                    contact = _blank_contact_field(contact, field_name)
            else:
                if clean.email.islower() or not clean.email:
                    return clean
                return replace(clean, email=clean.email.lower())
        return None  # pragma: no cover


def _blank_contact_field(contact: ContactData, name: str) -> ContactData:
    if name == "phone":
        return replace(contact, phone="")
    if name == "email":
        return replace(contact, email="")
    return replace(contact, title="", keywords="")


__all__ = ["DATA_FIELDS", "RowWasher", "Source", "Washer", "wrong_kind", "wrong_type"]
