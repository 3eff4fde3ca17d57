"""Customer register use cases: list and search, card edits, duplicates, merge.

Every public method is one transaction (``Database.transaction``); a failure leaves the
register as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from asiakasrekisteri.domain import identifiers
from asiakasrekisteri.domain.customer import (
    ContactData,
    CustomerData,
    CustomerRecord,
    NoteData,
    OfficeData,
    validate_contact,
    validate_customer,
    validate_note,
    validate_office,
)
from asiakasrekisteri.domain.enums import CustomerStatus, CustomerType
from asiakasrekisteri.domain.errors import FieldErrors, InvalidFormat
from asiakasrekisteri.domain.identifiers import suggest_customer_number
from asiakasrekisteri.domain.operators import normalize_operator_code
from asiakasrekisteri.services.backup import BackupKind, BackupService
from asiakasrekisteri.services.dependents import DependentRecords
from asiakasrekisteri.services.errors import NotFound, RuleViolation
from asiakasrekisteri.storage.backend import in_chunks
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.mapping import (
    anonymise_contact,
    apply_customer_data,
    contact_to_data,
    customer_to_record,
    note_to_data,
    office_to_data,
)
from asiakasrekisteri.storage.models import (
    ContactPerson,
    Customer,
    CustomerGroup,
    CustomerNumberAlias,
    CustomFieldDefinition,
    EInvoiceOperator,
    Note,
    Office,
)
from asiakasrekisteri.storage.types import utcnow


class SortColumn(StrEnum):
    NUMBER = "number"
    NAME = "name"
    TYPE = "type"
    BUSINESS_ID = "business_id"
    CITY = "city"
    EMAIL = "email"
    PHONE = "phone"
    STATUS = "status"
    GROUP = "group"


class ActiveFilter(StrEnum):
    ALL = "all"
    ACTIVE = "active"
    INACTIVE = "inactive"


@dataclass(frozen=True)
class CustomerQuery:
    """What the list shows: search text, filters and order."""

    search: str = ""
    active: ActiveFilter = ActiveFilter.ACTIVE
    group_id: int | None = None
    status: CustomerStatus | None = None
    sort: SortColumn = SortColumn.NAME
    descending: bool = False


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customer list."""

    id: int
    customer_number: str
    name: str
    customer_type: CustomerType
    business_id: str
    city: str
    email: str
    phone: str
    status: CustomerStatus
    group: str
    active: bool


class MatchReason(StrEnum):
    BUSINESS_ID = "business_id"
    EMAIL = "email"
    PHONE = "phone"
    NAME = "name"
    NUMBER = "number"


@dataclass(frozen=True)
class DuplicateMatch:
    """Another customer that looks like the one being edited."""

    customer_id: int
    customer_number: str
    name: str
    reasons: tuple[MatchReason, ...]
    score: int  # 0–100; 100 for an identical identifier


@dataclass(frozen=True)
class GroupInfo:
    id: int
    name: str
    customer_count: int


_COMPANY_FORMS = re.compile(
    r"\b(oy|oyj|ab|ky|tmi|ay|ry|osk|ltd|llc|inc|gmbh|as|asa|aps|sa|ab\s*oy|oy\s*ab)\b\.?"
)


_NON_WORD = re.compile(r"[^\w]+")


def comparable_name(name: str) -> str:
    """A name stripped of company forms and punctuation, for fuzzy comparison."""
    text = _COMPANY_FORMS.sub(" ", name.casefold())
    return " ".join(_NON_WORD.sub(" ", text).split())


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_SORT_EXPRESSIONS: dict[SortColumn, Sequence[Any]] = {
    SortColumn.NUMBER: (func.length(Customer.customer_number), Customer.customer_number),
    SortColumn.NAME: (Customer.name_sort,),
    SortColumn.TYPE: (Customer.customer_type, Customer.name_sort),
    SortColumn.BUSINESS_ID: (Customer.business_id, Customer.name_sort),
    SortColumn.CITY: (Customer.city, Customer.name_sort),
    SortColumn.EMAIL: (Customer.email, Customer.name_sort),
    SortColumn.PHONE: (Customer.phone, Customer.name_sort),
    SortColumn.STATUS: (Customer.status, Customer.name_sort),
    SortColumn.GROUP: (CustomerGroup.name, Customer.name_sort),
}


class CustomerService:
    """The customer register.

    Attributes:
        db: The open database.
        dependents: Other features' records on customers (kept by law, moved on merge).
        backups: Makes the backup that goes before a merge.
    """

    def __init__(self, db: Database, dependents: DependentRecords, backups: BackupService) -> None:
        self.db = db
        self.dependents = dependents
        self.backups = backups
        # Names for the fuzzy duplicate search, keyed on the database's commit counter so
        # that any write (imports, merges, other services) refreshes them.
        self._name_index: tuple[int, list[tuple[int, str]]] | None = None
        self._comparable: dict[str, str] = {}
        self._list_cache: tuple[Any, tuple[list[int], list[str]]] | None = None

    # --- list and search -------------------------------------------------------------

    def _filtered(self, stmt: Any, query: CustomerQuery) -> Any:
        for term in query.search.casefold().split():
            stmt = stmt.where(Customer.search_text.like(_like_pattern(term), escape="\\"))
        if query.active == ActiveFilter.ACTIVE:
            stmt = stmt.where(Customer.active.is_(True))
        elif query.active == ActiveFilter.INACTIVE:
            stmt = stmt.where(Customer.active.is_(False))
        if query.group_id is not None:
            stmt = stmt.where(Customer.group_id == query.group_id)
        if query.status is not None:
            stmt = stmt.where(Customer.status == CustomerStatus(query.status).value)
        return stmt

    def _ordered(self, stmt: Any, query: CustomerQuery) -> Any:
        if query.sort == SortColumn.GROUP:
            stmt = stmt.outerjoin(CustomerGroup, Customer.group_id == CustomerGroup.id)
        order = _SORT_EXPRESSIONS[SortColumn(query.sort)]
        return stmt.order_by(
            *(o.desc() if query.descending else o.asc() for o in order),
            Customer.id.desc() if query.descending else Customer.id.asc(),
        )

    def list_ids(self, query: CustomerQuery) -> list[int]:
        """Ids of the customers the query shows, in display order.

        Filters and order come from SQL; the search words then narrow that list in
        memory. Per keystroke that is a substring test over the cached search texts
        (about 8 ms at 100k customers) instead of a full SQL scan and a transfer of up to
        100k ids (25–35 ms); see docs/benchmarks.md. The cache is dropped on every commit.
        """
        ids, texts = self._list_base(replace(query, search=""))
        terms = query.search.casefold().split()
        if not terms:
            return list(ids)
        # The longest word first: it matches fewest rows, and each further word only
        # looks at what is left (a generator per row over 100k rows costs 25 ms).
        terms.sort(key=len, reverse=True)
        pairs = [(cid, text) for cid, text in zip(ids, texts, strict=True) if terms[0] in text]
        for term in terms[1:]:
            pairs = [(cid, text) for cid, text in pairs if term in text]
        return [cid for cid, _text in pairs]

    def _list_base(self, query: CustomerQuery) -> tuple[list[int], list[str]]:
        key = (query, self.db.generation)
        if self._list_cache is not None and self._list_cache[0] == key:
            return self._list_cache[1]
        stmt = self._ordered(self._filtered(select(Customer.id, Customer.search_text), query),
                             query)  # fmt: skip
        with self.db.engine.connect() as conn:
            rows = self.db.backend.fetch_rows(conn, stmt)
        # Two flat lists, not 100k tuples: the garbage collector never walks strings and
        # ints, so a full collection stays short while the cache lives.
        base = ([row[0] for row in rows], [row[1] for row in rows])
        self._list_cache = (key, base)
        return base

    def search_ids_in_sql(self, query: CustomerQuery) -> list[int]:
        """The same list as :meth:`list_ids`, computed entirely in SQL (exports, checks)."""
        stmt = self._ordered(self._filtered(select(Customer.id), query), query)
        with self.db.engine.connect() as conn:
            return [row[0] for row in self.db.backend.fetch_rows(conn, stmt)]

    def rows(self, ids: Sequence[int]) -> dict[int, CustomerRow]:
        """List lines for the given ids (the list model asks a page at a time)."""
        if not ids:
            return {}
        stmt = (
            select(
                Customer.id, Customer.customer_number, Customer.name, Customer.customer_type,
                Customer.business_id, Customer.city, Customer.email, Customer.phone,
                Customer.status, CustomerGroup.name, Customer.active,
            )
            .outerjoin(CustomerGroup, Customer.group_id == CustomerGroup.id)
            .where(Customer.id.in_(list(ids)))
        )  # fmt: skip
        result: dict[int, CustomerRow] = {}
        with self.db.read() as session:
            for row in session.execute(stmt):
                result[row[0]] = CustomerRow(
                    id=row[0],
                    customer_number=row[1],
                    name=row[2],
                    customer_type=CustomerType(row[3]),
                    business_id=row[4],
                    city=row[5],
                    email=row[6],
                    phone=row[7],
                    status=CustomerStatus(row[8]),
                    group=row[9] or "",
                    active=row[10],
                )
        return result

    def count(self) -> int:
        with self.db.read() as session:
            return int(session.scalar(select(func.count(Customer.id))) or 0)

    def search_records(self, query: CustomerQuery) -> list[CustomerRecord]:
        """Full records for the query (CLI listing, export)."""
        ids = self.search_ids_in_sql(query)
        records: list[CustomerRecord] = []
        with self.db.read() as session:
            for chunk in in_chunks(ids):
                customers = session.scalars(
                    select(Customer)
                    .where(Customer.id.in_(chunk))
                    .options(
                        selectinload(Customer.contacts),
                        selectinload(Customer.offices),
                        selectinload(Customer.notes),
                        selectinload(Customer.custom_values),
                    )
                ).all()
                by_id = {c.id: c for c in customers}
                records.extend(customer_to_record(session, by_id[i]) for i in chunk)
        return records

    # --- one customer ----------------------------------------------------------------

    def _customer(self, session: Session, customer_id: int) -> Customer:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound()
        return customer

    def get(self, customer_id: int) -> CustomerRecord:
        with self.db.read() as session:
            return customer_to_record(session, self._customer(session, customer_id))

    def find_id_by_number(self, number: str) -> int | None:
        """The customer with this number, following numbers merged away."""
        number = number.strip()
        with self.db.read() as session:
            found = session.scalar(select(Customer.id).where(Customer.customer_number == number))
            if found is None:
                found = session.scalar(
                    select(CustomerNumberAlias.customer_id).where(
                        CustomerNumberAlias.number == number
                    )
                )
            return found

    def get_by_number(self, number: str) -> CustomerRecord:
        customer_id = self.find_id_by_number(number)
        if customer_id is None:
            raise NotFound(
                "No customer has the number {number}.", code="customer.not_found", number=number
            )
        return self.get(customer_id)

    def suggest_number(self) -> str:
        with self.db.read() as session:
            numbers = list(session.scalars(select(Customer.customer_number)))
            numbers += list(session.scalars(select(CustomerNumberAlias.number)))
        return suggest_customer_number(numbers)

    def _check_number_free(self, session: Session, number: str, own_id: int | None) -> None:
        taken = session.scalar(select(Customer.id).where(Customer.customer_number == number))
        alias = session.scalar(
            select(CustomerNumberAlias.customer_id).where(CustomerNumberAlias.number == number)
        )
        if (taken is not None and taken != own_id) or (alias is not None and alias != own_id):
            raise FieldErrors(
                {
                    "customer_number": InvalidFormat(
                        "The customer number {number} is already in use.",
                        code="customer_number.taken",
                        field="customer_number",
                        number=number,
                    )
                }
            )

    def _alt_billing_id(
        self, session: Session, data: CustomerData, own_id: int | None
    ) -> int | None:
        if not data.alt_billing_customer_number:
            return None
        alt = session.scalar(
            select(Customer.id).where(Customer.customer_number == data.alt_billing_customer_number)
        )
        if alt is None or alt == own_id:
            raise FieldErrors(
                {
                    "alt_billing_customer_number": InvalidFormat(
                        "No other customer has the number {number}.",
                        code="alt_billing.not_found",
                        field="alt_billing_customer_number",
                        number=data.alt_billing_customer_number,
                    )
                }
            )
        return alt

    def validate(self, data: CustomerData, customer_id: int | None = None) -> CustomerData:
        """Every rule the card must obey, including those that need the register."""
        clean = validate_customer(data)
        with self.db.read() as session:
            self._check_number_free(session, clean.customer_number, customer_id)
            self._alt_billing_id(session, clean, customer_id)
        return clean

    def create(self, data: CustomerData) -> CustomerRecord:
        """Add a customer; an empty number gets the next free one."""
        if not data.customer_number.strip():
            data = replace(data, customer_number=self.suggest_number())
        clean = validate_customer(data)
        with self.db.transaction() as session:
            self._check_number_free(session, clean.customer_number, None)
            customer = Customer()
            apply_customer_data(
                session, customer, clean, self._alt_billing_id(session, clean, None)
            )
            session.add(customer)
            session.flush()
            return customer_to_record(session, customer)

    def update(self, customer_id: int, data: CustomerData) -> CustomerRecord:
        clean = validate_customer(data)
        with self.db.transaction() as session:
            customer = self._customer(session, customer_id)
            self._check_number_free(session, clean.customer_number, customer_id)
            alt = self._alt_billing_id(session, clean, customer_id)
            apply_customer_data(session, customer, clean, alt)
            session.flush()
            return customer_to_record(session, customer)

    def set_active(self, customer_ids: Iterable[int], active: bool) -> int:
        """Activate or inactivate customers; returns how many changed."""
        changed = 0
        with self.db.transaction() as session:
            for customer_id in customer_ids:
                customer = self._customer(session, customer_id)
                if customer.active != active:
                    customer.active = active
                    changed += 1
        return changed

    def retained_records(self, customer_id: int) -> dict[str, int]:
        """Records that the law requires to keep, per kind, for one customer."""
        with self.db.read() as session:
            return self.dependents.kept(session, customer_id)

    def delete(self, customer_id: int) -> None:
        """Delete a customer with everything on its card.

        Raises:
            RuleViolation: When it has records that must be kept; inactivate it instead.
        """
        with self.db.transaction() as session:
            customer = self._customer(session, customer_id)
            kept = self.dependents.kept(session, customer_id)
            if kept:
                raise RuleViolation(
                    "{name} has {what} that must be kept; inactivate the customer instead.",
                    code="customer.delete_refused",
                    name=customer.name,
                    what=", ".join(f"{count} {kind}" for kind, count in kept.items()),
                )
            referrers = session.scalars(
                select(Customer.customer_number).where(
                    Customer.alt_billing_customer_id == customer_id
                )
            ).all()
            if referrers:
                raise RuleViolation(
                    "{name} is the billing customer of {numbers}; change them first.",
                    code="customer.delete_referenced",
                    name=customer.name,
                    numbers=", ".join(referrers),
                )
            session.delete(customer)

    # --- duplicates and merge --------------------------------------------------------

    def _names(self) -> list[tuple[int, str]]:
        generation = self.db.generation
        if self._name_index is None or self._name_index[0] != generation:
            with self.db.engine.connect() as conn:
                rows = self.db.backend.fetch_rows(conn, select(Customer.id, Customer.name))
            # After a save only a few names differ: reuse their comparable forms, which
            # cost 3 µs each to make (0.3 s for 100k customers).
            known = self._comparable
            fresh: dict[str, str] = {}
            names = []
            for cid, name in rows:
                form = known.get(name)
                if form is None:
                    form = comparable_name(name)
                fresh[name] = form
                names.append((cid, form))
            self._comparable = fresh
            self._name_index = (generation, names)
        return self._name_index[1]

    def find_duplicates(
        self, data: CustomerData, exclude_id: int | None = None, *, limit: int = 5
    ) -> list[DuplicateMatch]:
        """Customers that share an identifier with ``data`` or have a similar name.

        Identifiers are compared once they are complete and valid; names are compared
        fuzzily from three letters on, so matches show while the user is still typing.
        """
        reasons: dict[int, set[MatchReason]] = {}
        scores: dict[int, int] = {}

        def hit(cid: int, reason: MatchReason, score: int) -> None:
            if cid == exclude_id:
                return
            reasons.setdefault(cid, set()).add(reason)
            scores[cid] = max(scores.get(cid, 0), score)

        conditions: list[tuple[MatchReason, Any]] = []
        business_id = _complete(identifiers.normalize_business_id, data.business_id)
        if business_id:
            conditions.append((MatchReason.BUSINESS_ID, Customer.business_id == business_id))
        phone = _complete(
            lambda v: identifiers.normalize_phone(v, data.country or "FI"), data.phone
        )
        if phone:
            conditions.append((MatchReason.PHONE, Customer.phone == phone))
        for email in _split_emails(data.email):
            conditions.append((MatchReason.EMAIL, _email_listed(email)))
        with self.db.read() as session:
            for reason, condition in conditions:
                for cid in session.scalars(select(Customer.id).where(condition).limit(limit)):
                    hit(cid, reason, 100)
        name = comparable_name(data.name)
        if len(name) >= 3:
            choices = self._names()
            for _choice, score, index in process.extract(
                name,
                [n for _, n in choices],
                scorer=fuzz.token_sort_ratio,
                score_cutoff=88,
                limit=limit,
            ):
                hit(choices[index][0], MatchReason.NAME, int(score))
        if not reasons:
            return []
        with self.db.read() as session:
            found = {
                cid: (number, name_)
                for cid, number, name_ in session.execute(
                    select(Customer.id, Customer.customer_number, Customer.name).where(
                        Customer.id.in_(list(reasons))
                    )
                )
            }
        matches = [
            DuplicateMatch(
                cid, found[cid][0], found[cid][1], tuple(sorted(reasons[cid])), scores[cid]
            )
            for cid in reasons
            if cid in found
        ]
        matches.sort(key=lambda m: (-m.score, -len(m.reasons), m.name))
        return matches[:limit]

    def merge(self, survivor_id: int, merged_id: int, chosen: CustomerData) -> CustomerRecord:
        """Merge ``merged_id`` into ``survivor_id``.

        The survivor takes the ``chosen`` card fields; contacts, offices, notes, custom
        values and the records of other features (``dependents``, e.g. invoices) move to it;
        the merged customer's number becomes an alias of the survivor. A backup is made
        first: a merge cannot be undone.
        """
        if survivor_id == merged_id:
            raise RuleViolation("A customer cannot be merged with itself.", code="merge.same")
        with self.db.read() as session:
            merged_number = self._customer(session, merged_id).customer_number
            self._customer(session, survivor_id)
        clean = validate_customer(chosen)
        self.backups.backup_before(BackupKind.BEFORE_MERGE)
        with self.db.transaction() as session:
            survivor = self._customer(session, survivor_id)
            merged = self._customer(session, merged_id)
            old_survivor_number = survivor.customer_number
            for contact in list(merged.contacts):
                contact.is_default = contact.is_default and not any(
                    c.is_default for c in survivor.contacts
                )
                contact.customer = survivor
            for office in list(merged.offices):
                office.is_default = office.is_default and not any(
                    o.is_default for o in survivor.offices
                )
                office.customer = survivor
            for note in list(merged.notes):
                note.customer = survivor
            self.dependents.move(session, merged_id, survivor_id)
            session.execute(
                update(CustomerNumberAlias)
                .where(CustomerNumberAlias.customer_id == merged_id)
                .values(customer_id=survivor_id)
            )
            session.execute(
                update(Customer)
                .where(Customer.alt_billing_customer_id == merged_id)
                .values(alt_billing_customer_id=survivor_id)
            )
            session.flush()
            session.delete(merged)
            session.flush()
            # The caller's choice of custom values is final: the dialog passes them all.
            if clean.alt_billing_customer_number in {merged_number, old_survivor_number}:
                # Both numbers are the survivor's now; a customer cannot bill itself.
                clean = replace(clean, alt_billing_customer_number="")
            self._check_number_free(session, clean.customer_number, survivor_id)
            alt = self._alt_billing_id(session, clean, survivor_id)
            apply_customer_data(session, survivor, clean, alt)
            aliases = {merged_number, old_survivor_number} - {clean.customer_number}
            for number in aliases:
                session.merge(CustomerNumberAlias(number=number, customer_id=survivor_id))
            session.flush()
            return customer_to_record(session, survivor)

    # --- contacts ----------------------------------------------------------------------

    def add_contact(self, customer_id: int, data: ContactData) -> ContactData:
        clean = validate_contact(data)
        with self.db.transaction() as session:
            customer = self._customer(session, customer_id)
            contact = ContactPerson(customer=customer)
            session.add(contact)
            _apply_contact(contact, clean)
            if clean.is_default:
                _clear_default(customer.contacts, contact)
            session.flush()
            return contact_to_data(contact)

    def update_contact(self, data: ContactData) -> ContactData:
        clean = validate_contact(data)
        with self.db.transaction() as session:
            contact = _get(session, ContactPerson, data.id)
            if contact.anonymised:
                raise RuleViolation(
                    "A deleted contact cannot be edited.", code="contact.anonymised"
                )
            _apply_contact(contact, clean)
            if clean.is_default:
                _clear_default(contact.customer.contacts, contact)
            session.flush()
            return contact_to_data(contact)

    def delete_contact(self, contact_id: int) -> ContactData:
        """Anonymise a contact for good (see ``storage.mapping.anonymise_contact``)."""
        with self.db.transaction() as session:
            contact = _get(session, ContactPerson, contact_id)
            anonymise_contact(contact)
            session.flush()
            return contact_to_data(contact)

    # --- offices -----------------------------------------------------------------------

    def add_office(self, customer_id: int, data: OfficeData) -> OfficeData:
        clean = validate_office(data)
        with self.db.transaction() as session:
            customer = self._customer(session, customer_id)
            office = Office(customer=customer)
            session.add(office)
            _apply_office(office, clean)
            if clean.is_default:
                _clear_default(customer.offices, office)
            session.flush()
            return office_to_data(office)

    def update_office(self, data: OfficeData) -> OfficeData:
        clean = validate_office(data)
        with self.db.transaction() as session:
            office = _get(session, Office, data.id)
            _apply_office(office, clean)
            if clean.is_default:
                _clear_default(office.customer.offices, office)
            session.flush()
            return office_to_data(office)

    def delete_office(self, office_id: int) -> None:
        """Delete an office; the default office is refused until another is chosen."""
        with self.db.transaction() as session:
            office = _get(session, Office, office_id)
            if office.is_default:
                raise RuleViolation(
                    "“{name}” is the default office. Choose another default office or clear "
                    "the default before deleting it.",
                    code="office.default_delete",
                    name=office.name,
                )
            session.delete(office)

    # --- notes and activities ----------------------------------------------------------

    def add_note(self, customer_id: int, data: NoteData) -> NoteData:
        clean = validate_note(data)
        with self.db.transaction() as session:
            customer = self._customer(session, customer_id)
            note = Note(
                customer=customer,
                text=clean.text,
                kind=clean.kind.value,
                due_date=clean.due_date,
                done=clean.done,
                done_at=utcnow() if clean.done else None,
            )
            session.add(note)
            session.flush()
            return note_to_data(note)

    def update_note(self, data: NoteData) -> NoteData:
        clean = validate_note(data)
        with self.db.transaction() as session:
            note = _get(session, Note, data.id)
            note.text = clean.text
            note.kind = clean.kind.value
            note.due_date = clean.due_date
            if note.done != clean.done:
                note.done = clean.done
                note.done_at = utcnow() if clean.done else None
            session.flush()
            return note_to_data(note)

    def set_note_done(self, note_id: int, done: bool = True) -> NoteData:
        with self.db.transaction() as session:
            note = _get(session, Note, note_id)
            if note.done != done:
                note.done = done
                note.done_at = utcnow() if done else None
            session.flush()
            return note_to_data(note)

    def delete_note(self, note_id: int) -> None:
        with self.db.transaction() as session:
            session.delete(_get(session, Note, note_id))

    # --- groups, custom fields, operators ----------------------------------------------

    def groups(self) -> list[GroupInfo]:
        stmt = (
            select(CustomerGroup.id, CustomerGroup.name, func.count(Customer.id))
            .outerjoin(Customer, Customer.group_id == CustomerGroup.id)
            .group_by(CustomerGroup.id, CustomerGroup.name)
            .order_by(CustomerGroup.name)
        )
        with self.db.read() as session:
            return [GroupInfo(gid, name, n) for gid, name, n in session.execute(stmt)]

    def custom_field_names(self) -> list[str]:
        with self.db.read() as session:
            return list(
                session.scalars(
                    select(CustomFieldDefinition.name).order_by(
                        CustomFieldDefinition.position, CustomFieldDefinition.name
                    )
                )
            )

    def add_custom_field(self, name: str) -> None:
        name = name.strip()
        if not name:
            raise RuleViolation("Give the field a name.", code="custom_field.name")
        with self.db.transaction() as session:
            exists = session.scalar(
                select(CustomFieldDefinition.id).where(CustomFieldDefinition.name == name)
            )
            if exists is None:
                session.add(CustomFieldDefinition(name=name))

    def operators(self) -> list[tuple[str, str]]:
        """The e-invoice operator list as (code, name), by name."""
        with self.db.read() as session:
            return [
                (code, name)
                for code, name in session.execute(
                    select(EInvoiceOperator.code, EInvoiceOperator.name).order_by(
                        EInvoiceOperator.name
                    )
                )
            ]

    def save_operator(self, code: str, name: str) -> None:
        code = normalize_operator_code(code)
        name = name.strip()
        if not name:
            raise RuleViolation("Give the operator's name.", code="operator.name")
        with self.db.transaction() as session:
            session.merge(EInvoiceOperator(code=code, name=name))

    def delete_operator(self, code: str) -> None:
        with self.db.transaction() as session:
            session.execute(delete(EInvoiceOperator).where(EInvoiceOperator.code == code))


def _complete(normalise: Callable[[str], str], value: str) -> str:
    """The normalised value, or "" while it is empty or not valid yet (still being typed)."""
    if not value.strip():
        return ""
    try:
        return normalise(value)
    except ValueError:
        return ""


def _email_listed(email: str) -> Any:
    """The stored "a@x.fi; b@y.fi" list holds exactly this address (not a longer one)."""
    stored = func.lower(Customer.email)
    escaped = _like_pattern(email)[1:-1]
    return or_(
        stored == email,
        stored.like(f"{escaped};%", escape="\\"),
        stored.like(f"%; {escaped}", escape="\\"),
        stored.like(f"%; {escaped};%", escape="\\"),
    )


def _split_emails(value: str) -> list[str]:
    parts = [p.strip().casefold() for p in re.split(r"[;,]", value)]
    return [p for p in parts if "@" in p and "." in p.split("@")[-1]]


def _get(session: Session, model: type[Any], row_id: int | None) -> Any:
    row = session.get(model, row_id) if row_id is not None else None
    if row is None:
        raise NotFound()
    return row


def _clear_default(rows: Iterable[Any], keep: Any) -> None:
    for row in rows:
        if row is not keep and row.is_default:
            row.is_default = False


def _apply_contact(contact: ContactPerson, data: ContactData) -> None:
    for name in ("name", "title", "keywords", "phone", "email", "active", "is_default"):
        value = getattr(data, name)
        if getattr(contact, name, None) != value:
            setattr(contact, name, value)


def _apply_office(office: Office, data: OfficeData) -> None:
    for name in (
        "name", "street", "postal_code", "city", "country", "email", "einvoice_address",
        "einvoice_operator", "is_default",
    ):  # fmt: skip
        value = getattr(data, name)
        if getattr(office, name, None) != value:
            setattr(office, name, value)


__all__ = [
    "ActiveFilter",
    "CustomerQuery",
    "CustomerRow",
    "CustomerService",
    "DuplicateMatch",
    "GroupInfo",
    "MatchReason",
    "SortColumn",
]
