"""Writing an import plan: one transaction, recorded as a batch that undo can take back.

Rules decided here:

* Updating an existing customer overwrites only the fields the row gives (non-empty
  cells); the customer number of an existing customer is never changed, custom fields
  are added to the ones it has, and a contact with the same name is updated instead of
  added twice.
* A new customer whose number was taken meanwhile gets the next free one.
* The rows of the contacts and offices sheets go (or are skipped) with their customer.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Final

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from asiakasrekisteri.domain.customer import (
    CUSTOMER_FIELD_NAMES,
    ContactData,
    CustomerData,
    NoteData,
    OfficeData,
    customer_values,
    validate_customer,
)
from asiakasrekisteri.domain.errors import FieldErrors
from asiakasrekisteri.domain.identifiers import suggest_customer_number
from asiakasrekisteri.services.spreadsheets.apply_children import (
    MAIN_CONTACT_FIELDS,
    Item,
    joined,
    merge_into,
    resolved,
    sheet_item,
)
from asiakasrekisteri.services.spreadsheets.plan import (
    NUMBER_INDEX,
    Cancel,
    ChildCounts,
    DuplicateAction,
    ExistingCustomer,
    ImportCancelled,
    ImportPlan,
    ImportResult,
    PlannedContact,
    PlannedOffice,
    PlannedRow,
    Progress,
    RowIssue,
    RowOutcome,
    Severity,
)
from asiakasrekisteri.services.spreadsheets.reasons import Reason
from asiakasrekisteri.services.spreadsheets.undo import (
    CHILDREN_ONLY,
    CREATED,
    UPDATED,
    data_to_json,
)
from asiakasrekisteri.storage.bulk import insert_customers
from asiakasrekisteri.storage.mapping import apply_customer_data, customer_to_data
from asiakasrekisteri.storage.models import (
    ContactPerson,
    Customer,
    CustomerNumberAlias,
    CustomFieldDefinition,
    CustomFieldValue,
    Office,
)
from asiakasrekisteri.storage.models_import import ImportBatch, ImportEntry
from asiakasrekisteri.storage.types import utcnow

_Entry = tuple[int, int, str, int, str | None]
"""One :class:`ImportEntry` row, in :data:`_ENTRY_COLUMNS` order (a tuple: 50,000 dicts
would cost 20 MB of an import's peak memory)."""
_ENTRY_COLUMNS: Final = ("batch_id", "customer_id", "action", "row_number", "previous")

_Create = tuple[PlannedRow, list[ContactData], list[OfficeData]]
"""A row to create, with its contacts and offices as they will be saved."""
_Update = tuple[PlannedRow, ExistingCustomer, list[Item], list[Item]]
"""A row that updates a register customer, with the contacts and offices to merge in."""


def _overlay(base: CustomerData, row: PlannedRow) -> CustomerData:
    """``base`` with the fields the row gave; the customer number is kept."""
    data = row.data
    assert data is not None
    changes = {name: getattr(data, name) for name in row.provided if name != "customer_number"}
    custom = {**dict(base.custom_fields), **dict(data.custom_fields)}
    return replace(base, custom_fields=custom, **changes)


_ALT_BILLING_INDEX: Final = CUSTOMER_FIELD_NAMES.index("alt_billing_customer_number")


def _card(row: PlannedRow) -> CustomerData:
    data = row.data
    assert data is not None  # only rows with a card are created
    return data


@dataclass(frozen=True, slots=True)
class _Created:
    """A row to insert as :func:`insert_customers` reads it: the card is made when read,
    so that 50,000 cards are never held at once (a plan keeps only their values)."""

    row: PlannedRow
    contacts: Sequence[ContactData]
    offices: Sequence[OfficeData]
    notes: Sequence[NoteData] = ()

    @property
    def data(self) -> CustomerData:
        return _card(self.row)


def _renumbered(row: PlannedRow, number: str) -> tuple[Any, ...]:
    assert row.card is not None
    return (*row.card[:NUMBER_INDEX], number, *row.card[NUMBER_INDEX + 1 :])


class Applier:
    """One run of ``apply`` inside one session."""

    def __init__(
        self,
        session: Session,
        plan: ImportPlan,
        choices: Mapping[str, DuplicateAction],
        progress: Progress | None,
        cancel: Cancel | None,
    ) -> None:
        self.session = session
        self.plan = plan
        self.choices = choices
        self.progress = progress
        self.cancel = cancel
        self.issues: list[RowIssue] = []
        self.skipped: list[RowOutcome] = []
        self.created: list[RowOutcome] = []
        self.updated: list[RowOutcome] = []
        self._created_rows: list[PlannedRow] = []
        # [added, updated, skipped] rows of the contacts and of the offices sheet.
        self.counts: dict[str, list[int]] = {"contact": [0, 0, 0], "office": [0, 0, 0]}
        # The sheets' rows by the customer row they go with, and by register customer.
        self._children: dict[int, tuple[list[PlannedContact], list[PlannedOffice]]] = {}
        self._register_children: dict[int, tuple[list[PlannedContact], list[PlannedOffice]]] = {}

    def _tick(self, done: int, total: int) -> None:
        if self.cancel is not None and self.cancel():
            raise ImportCancelled("The import was cancelled; nothing was saved.")
        if self.progress is not None:
            self.progress(done, total)

    def _info(self, row: PlannedRow, message: Reason, code: str) -> None:
        self.issues.append(RowIssue(self.plan.sheet, row.row, "", "", message, code, Severity.INFO))

    def _sort_children(self) -> None:
        by_row, by_customer = self._children, self._register_children
        for contact in self.plan.contact_rows:
            self.issues.extend(contact.issues)
            if contact.data is None:
                self.counts["contact"][2] += 1
            elif contact.customer_row is not None:
                by_row.setdefault(contact.customer_row, ([], []))[0].append(contact)
            elif contact.customer_id is not None:
                by_customer.setdefault(contact.customer_id, ([], []))[0].append(contact)
        for office in self.plan.office_rows:
            self.issues.extend(office.issues)
            if office.data is None:
                self.counts["office"][2] += 1
            elif office.customer_row is not None:
                by_row.setdefault(office.customer_row, ([], []))[1].append(office)
            elif office.customer_id is not None:
                by_customer.setdefault(office.customer_id, ([], []))[1].append(office)

    def _take_children(self, row: int) -> tuple[list[PlannedContact], list[PlannedOffice]]:
        return self._children.pop(row, ([], []))

    def _skip_children(self, row: int, reason: Reason) -> None:
        """The contacts and offices of a customer row that is not imported are not either."""
        contacts, offices = self._take_children(row)
        self._skip_items(
            row,
            reason,
            [sheet_item(c) for c in contacts],
            [sheet_item(o) for o in offices],
        )

    def run(self, user: str, dry_run: bool) -> ImportResult:
        """Write the plan in the session's transaction; the caller commits or rolls back."""
        self._take_rejected()
        skip, merged_into, targets = self._decisions()
        creates, updates = self._sorted_rows(skip, merged_into, targets)
        children_only = self._register_children_to(updates)
        total = len(creates) + len(updates)
        self._tick(0, total)
        plan = self.plan
        batch = ImportBatch(file_name=str(plan.path.name), sheet=plan.sheet[:100], user=user[:100])
        self.session.add(batch)
        self.session.flush()
        entries: list[_Entry] = []
        created_ids = self._create(creates, total, entries, batch.id)
        self._update(updates, len(creates), total, entries, batch.id)
        self._update_children_only(children_only, entries, batch.id)
        self._alt_billing(created_ids)
        self.session.flush()
        if entries:
            # Not a tracked table: straight to the driver, like the customers themselves.
            self.session.info["backend"].insert_values(
                self.session.connection(), ImportEntry.__table__, _ENTRY_COLUMNS, entries
            )
        batch.created_count = len(self.created)
        batch.updated_count = len(self.updated)
        batch.skipped_count = len(self.skipped)
        self.session.flush()
        batch.applied_at = utcnow()
        self._tick(total, total)
        return self._result(None if dry_run else batch.id, dry_run)

    def _take_rejected(self) -> None:
        """Every planned issue into the result; rejected rows skipped, sheet rows sorted."""
        for row in self.plan.rows:
            self.issues.extend(row.issues)
            if row.card is None:
                why = tuple(i.message for i in row.issues if i.severity is Severity.ERROR)
                self.skipped.append(RowOutcome(row.row, "", "", why or (Reason("Rejected."),)))
        self._sort_children()

    def _decisions(
        self,
    ) -> tuple[dict[int, Reason], dict[int, list[int]], dict[int, ExistingCustomer]]:
        """The duplicate choices as: rows skipped (and why), rows merged into a first row,
        and rows that update a register customer."""
        skip: dict[int, Reason] = {}
        merged_into: dict[int, list[int]] = {}
        targets: dict[int, ExistingCustomer] = {}
        for group in self.plan.duplicates:
            action = self.choices[group.key]
            if group.existing is None:
                leader, others = group.rows[0], group.rows[1:]
                if action is DuplicateAction.SKIP:
                    duplicate = _duplicate_of(leader, group.reason)
                    for r in others:
                        skip.setdefault(r, duplicate)
                elif action is DuplicateAction.UPDATE:
                    merged_into.setdefault(leader, []).extend(others)
                    merged = Reason("Merged into row {row}.", row=leader)
                    for r in others:
                        skip.setdefault(r, merged)
            elif action is DuplicateAction.SKIP:
                known = Reason(
                    "Already in the register as {number} {name}.",
                    number=group.existing.customer_number,
                    name=group.existing.name,
                )
                for r in group.rows:
                    skip[r] = known
            elif action is DuplicateAction.UPDATE:
                for r in group.rows:
                    targets.setdefault(r, group.existing)
        return skip, _flattened(merged_into, skip), targets

    def _sorted_rows(
        self,
        skip: Mapping[int, Reason],
        merged_into: Mapping[int, list[int]],
        targets: Mapping[int, ExistingCustomer],
    ) -> tuple[list[_Create], list[_Update]]:
        """The rows to create and to update, each with its contacts and offices."""
        by_row = {r.row: r for r in self.plan.rows}
        creates: list[_Create] = []
        updates: list[_Update] = []
        contacts_added = offices_added = 0
        for row in self.plan.rows:
            if row.card is None:
                continue
            if row.row in skip:
                self.skipped.append(
                    RowOutcome(row.row, row.customer_number, row.name, (skip[row.row],))
                )
                self._skip_children(row.row, skip[row.row])
                continue
            contacts = list(row.contacts)
            sheet_contacts, sheet_offices = self._take_children(row.row)
            for other_row in merged_into.get(row.row, ()):
                other = by_row[other_row]
                data = row.data
                row = replace(
                    row,
                    card=customer_values(_overlay(data, other)) if data else None,
                    provided=row.provided | other.provided,
                )
                for person in other.contacts:
                    if all(c.name.casefold() != person.name.casefold() for c in contacts):
                        contacts.append(replace(person, is_default=not contacts))
                more_contacts, more_offices = self._take_children(other_row)
                sheet_contacts += more_contacts
                sheet_offices += more_offices
            offices = [sheet_item(o) for o in sheet_offices]
            if row.row in targets:
                # As before the sheets: a new contact from the customer sheet becomes the
                # default only when the customer has none.
                main: list[Item] = [(c, None, MAIN_CONTACT_FIELDS, None) for c in contacts]
                updates.append((row, targets[row.row], joined(main, sheet_contacts), offices))
            else:
                main = [(c, c.is_default, MAIN_CONTACT_FIELDS, None) for c in contacts]
                creates.append(
                    (
                        row,
                        resolved(joined(main, sheet_contacts), auto_default=True),
                        resolved(offices, auto_default=False),
                    )
                )
                contacts_added += len(sheet_contacts)
                offices_added += len(sheet_offices)
        self.counts["contact"][0] += contacts_added
        self.counts["office"][0] += offices_added
        return creates, updates

    def _register_children_to(
        self, updates: list[_Update]
    ) -> list[tuple[int, list[Item], list[Item]]]:
        """Join the sheets' rows for register customers that the customer sheet lacks.

        They go with that customer's update if a row updates it (``updates`` is changed),
        else on their own: those are returned.
        """
        first_update: dict[int, int] = {}
        for index, (_row, existing, _c, _o) in enumerate(updates):
            first_update.setdefault(existing.id, index)
        children_only: list[tuple[int, list[Item], list[Item]]] = []
        for customer_id, (cs, os_) in self._register_children.items():
            contact_items = [sheet_item(c) for c in cs]
            office_items = [sheet_item(o) for o in os_]
            if customer_id in first_update:
                index = first_update[customer_id]
                row, existing, have_contacts, have_offices = updates[index]
                updates[index] = (
                    row,
                    existing,
                    have_contacts + contact_items,
                    have_offices + office_items,
                )
            else:
                children_only.append((customer_id, contact_items, office_items))
        return children_only

    def _result(self, batch_id: int | None, dry_run: bool) -> ImportResult:
        plan = self.plan
        self.skipped.sort(key=lambda o: o.row)
        sheet_order = {
            name: index
            for index, name in enumerate((plan.contact_sheet, plan.office_sheet), 1)
            if name
        }
        return ImportResult(
            batch_id=batch_id,
            created=tuple(self.created),
            updated=tuple(self.updated),
            skipped=tuple(self.skipped),
            issues=tuple(sorted(self.issues, key=lambda i: (sheet_order.get(i.sheet, 0), i.row))),
            dry_run=dry_run,
            sheet=plan.sheet,
            contacts=ChildCounts(plan.contact_sheet, *self.counts["contact"])
            if plan.contact_sheet
            else None,
            offices=ChildCounts(plan.office_sheet, *self.counts["office"])
            if plan.office_sheet
            else None,
        )

    def _taken_numbers(self) -> set[str]:
        numbers = set(self.session.scalars(select(Customer.customer_number)))
        numbers.update(self.session.scalars(select(CustomerNumberAlias.number)))
        return numbers

    def _create(
        self,
        creates: list[_Create],
        total: int,
        entries: list[_Entry],
        batch_id: int,
    ) -> dict[str, int]:
        if not creates:
            return {}
        taken = self._taken_numbers()
        rows: list[PlannedRow] = []
        next_number: str | None = None
        for row, _contacts, _offices in creates:
            number = row.customer_number
            if number in taken:
                next_number = suggest_customer_number(
                    taken if next_number is None else [next_number]
                )
                while next_number in taken:
                    next_number = suggest_customer_number([next_number])
                self._info(
                    row,
                    Reason(
                        "Customer number {number} is in use; {new} is given.",
                        number=number,
                        new=next_number,
                    ),
                    "customer_number.reassigned",
                )
                number = next_number
                row = replace(row, card=_renumbered(row, number))
            taken.add(number)
            rows.append(row)
        definitions = self._custom_definitions(rows)
        created = [
            _Created(row, contacts, offices)
            for row, (_row, contacts, offices) in zip(rows, creates, strict=True)
        ]
        new_ids = insert_customers(
            self.session, created, progress=lambda done: self._tick(done, total)
        )
        del created
        values = [
            {"customer_id": cid, "definition_id": definitions[name], "value": value}
            for cid, row in zip(new_ids, rows, strict=True)
            for name, value in row.custom_fields.items()
        ]
        if values:
            self.session.execute(insert(CustomFieldValue), values)
        ids: dict[str, int] = {}
        for cid, row in zip(new_ids, rows, strict=True):
            number = row.customer_number
            ids[number] = cid
            entries.append((batch_id, cid, CREATED, row.row, None))
            self.created.append(RowOutcome(row.row, number, row.name, (), cid))
        self._tick(len(rows), total)
        self._created_rows = rows
        return ids

    def _custom_definitions(self, rows: Sequence[PlannedRow]) -> dict[str, int]:
        names = {name for row in rows for name in row.custom_fields}
        if not names:
            return {}
        existing: dict[str, int] = {
            row[0]: row[1]
            for row in self.session.execute(
                select(CustomFieldDefinition.name, CustomFieldDefinition.id)
            )
        }
        position = int(self.session.scalar(select(func.max(CustomFieldDefinition.position))) or 0)
        for name in sorted(names - set(existing)):
            position += 1
            definition = CustomFieldDefinition(name=name, position=position)
            self.session.add(definition)
            self.session.flush()
            existing[name] = definition.id
        return existing

    def _update(
        self,
        updates: list[_Update],
        done: int,
        total: int,
        entries: list[_Entry],
        batch_id: int,
    ) -> None:
        for index, (row, existing, contacts, offices) in enumerate(updates):
            customer = self.session.get(Customer, existing.id)
            if customer is None:  # pragma: no cover - deleted between analyse and apply
                self.skipped.append(
                    RowOutcome(row.row, "", "", (Reason("The customer was deleted."),))
                )
                continue
            alt_number = ""
            if customer.alt_billing_customer_id is not None:
                alt = self.session.get(Customer, customer.alt_billing_customer_id)
                alt_number = alt.customer_number if alt else ""
            before = customer_to_data(customer, alt_number)
            try:
                merged = validate_customer(_overlay(before, row))
            except FieldErrors as exc:
                reason = Reason(
                    "The update would break the card's rules: {rules}",
                    rules=tuple(Reason.of(err) for err in exc.errors.values()),
                )
                self.skipped.append(
                    RowOutcome(row.row, existing.customer_number, existing.name, (reason,))
                )
                self._skip_items(row.row, reason, contacts, offices)
                continue
            alt_id = customer.alt_billing_customer_id
            if merged.alt_billing_customer_number != alt_number:
                alt_id = self.session.scalar(
                    select(Customer.id).where(
                        Customer.customer_number == merged.alt_billing_customer_number
                    )
                )
                if alt_id is None or alt_id == customer.id:
                    alt_id = customer.alt_billing_customer_id
                    self._info(
                        row,
                        Reason(
                            "No customer has the billing customer number {number}; it is left out.",
                            number=merged.alt_billing_customer_number,
                        ),
                        "alt_billing.not_found",
                    )
            previous: dict[str, Any] = {
                "data": data_to_json(before),
                "alt_billing_customer_id": customer.alt_billing_customer_id,
            }
            apply_customer_data(self.session, customer, merged, alt_id)
            self._write_children(customer, contacts, offices, previous)
            entries.append(
                (batch_id, customer.id, UPDATED, row.row, json.dumps(previous, ensure_ascii=False))
            )
            self.updated.append(
                RowOutcome(row.row, customer.customer_number, customer.name, (), customer.id)
            )
            if index % 200 == 199:
                self._tick(done + index + 1, total)

    def _update_children_only(
        self,
        children: Sequence[tuple[int, list[Item], list[Item]]],
        entries: list[_Entry],
        batch_id: int,
    ) -> None:
        """Contacts and offices for register customers that the customer sheet lacks."""
        for customer_id, contacts, offices in children:
            customer = self.session.get(Customer, customer_id)
            if customer is None:  # pragma: no cover - deleted between analyse and apply
                self._skip_items(None, Reason("The customer was deleted."), contacts, offices)
                continue
            previous: dict[str, Any] = {}
            self._write_children(customer, contacts, offices, previous)
            entries.append(
                (batch_id, customer.id, CHILDREN_ONLY, 0, json.dumps(previous, ensure_ascii=False))
            )

    def _skip_items(
        self, row: int | None, reason: Reason, contacts: Sequence[Item], offices: Sequence[Item]
    ) -> None:
        """Count and report the contacts and offices sheets' rows of a customer left alone.

        ``row`` is the customer's row on the customer sheet, if it has one.
        """
        for noun, sheet, items in (
            ("contact", self.plan.contact_sheet, contacts),
            ("office", self.plan.office_sheet, offices),
        ):
            if not any(item[3] is not None for item in items):
                continue
            message = _customer_skipped(noun, row, self.plan.sheet, reason)
            for item in items:
                if item[3] is None:
                    continue  # the customer sheet's own contact
                self.issues.append(
                    RowIssue(
                        sheet, item[3], "", "", message, f"{noun}.customer_skipped", Severity.ERROR
                    )
                )
                self.counts[noun][2] += 1

    def _write_children(
        self,
        customer: Customer,
        contacts: Sequence[Item],
        offices: Sequence[Item],
        previous: dict[str, Any],
    ) -> None:
        """Add or update an existing customer's contacts and offices, noting what for undo.

        ``previous`` gets the ids added and, for every contact and office changed, its
        values before the import.
        """
        added_contacts = merge_into(
            customer.contacts,
            ContactPerson,
            contacts,
            previous.setdefault("contacts_changed", []),
            self.counts["contact"],
        )
        added_offices = merge_into(
            customer.offices,
            Office,
            offices,
            previous.setdefault("offices_changed", []),
            self.counts["office"],
        )
        self.session.flush()
        previous["contacts_added"] = [c.id for c in added_contacts]
        previous["offices_added"] = [o.id for o in added_offices]

    def _alt_billing(self, created: Mapping[str, int]) -> None:
        wanted = [
            (row, _card(row))
            for row in self._created_rows
            if row.card is not None and row.card[_ALT_BILLING_INDEX]
        ]
        if not wanted:
            return
        numbers = {d.alt_billing_customer_number for _, d in wanted}
        known: dict[str, int] = {
            row[0]: row[1]
            for row in self.session.execute(
                select(Customer.customer_number, Customer.id).where(
                    Customer.customer_number.in_(numbers)
                )
            )
        }
        params = []
        for row, data in wanted:
            alt = known.get(data.alt_billing_customer_number)
            own = created[data.customer_number]
            if alt is None or alt == own:
                self._info(
                    row,
                    Reason(
                        "No other customer has the billing customer number {number}; it is "
                        "left out.",
                        number=data.alt_billing_customer_number,
                    ),
                    "alt_billing.not_found",
                )
                continue
            params.append({"cid": own, "alt": alt})
        if params:
            table = Customer.__table__
            assert isinstance(table, Table)
            self.session.execute(
                update(table)
                .where(table.c.id == bindparam("cid"))
                .values(alt_billing_customer_id=bindparam("alt")),
                params,
            )


def _flattened(
    merged_into: Mapping[int, list[int]], skip: Mapping[int, Reason]
) -> dict[int, list[int]]:
    """Rows merged into a row that is itself merged go on to where that one goes.

    A row in a possible group may lead a group of its own; groups lead with their first
    row, so merges only run down the file and never in a circle.
    """
    flat: dict[int, list[int]] = {}
    for leader, others in merged_into.items():
        if leader in skip:
            continue
        rows: list[int] = []
        waiting = list(others)
        while waiting:
            row = waiting.pop()
            rows.append(row)
            waiting.extend(merged_into.get(row, ()))
        flat[leader] = sorted(set(rows))
    return flat


def _duplicate_of(leader: int, key: str) -> Reason:
    """Why a later row of a duplicate group within the file is skipped."""
    if key == "customer_number":
        return Reason("Duplicate of row {row} (same customer number).", row=leader)
    if key == "business_id":
        return Reason("Duplicate of row {row} (same Y-tunnus).", row=leader)
    if key == "email":
        return Reason("Duplicate of row {row} (same e-mail address).", row=leader)
    if key == "phone":
        return Reason("Duplicate of row {row} (same phone number).", row=leader)
    return Reason("Duplicate of row {row} (same name).", row=leader)


def _customer_skipped(noun: str, row: int | None, sheet: str, reason: Reason) -> Reason:
    """Why a contacts or offices sheet's row goes unimported with its customer."""
    if row is None:
        if noun == "contact":
            return Reason(
                "Its customer is not imported: {reason} Neither is this contact.", reason=reason
            )
        return Reason(
            "Its customer is not imported: {reason} Neither is this office.", reason=reason
        )
    if noun == "contact":
        return Reason(
            "Its customer (row {row} of sheet “{sheet}”) is not imported: {reason} Neither is "
            "this contact.",
            row=row,
            sheet=sheet,
            reason=reason,
        )
    return Reason(
        "Its customer (row {row} of sheet “{sheet}”) is not imported: {reason} Neither is "
        "this office.",
        row=row,
        sheet=sheet,
        reason=reason,
    )


__all__ = ["Applier"]
