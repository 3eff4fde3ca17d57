"""Contacts and offices of the customers an import writes, by the card's rules.

A new customer gets its contacts and offices in sheet order; the contact that the
customer sheet's Yhteyshenkilö columns name and a contact of the same name (case aside) on
the contacts sheet are one contact, the sheet's details winning. An updated customer's
contact or office with the same name is updated instead of added twice, only with the
values the row gives. A row marked default (Oletus) takes the default from the others
(the last such row wins); a contact without the column becomes the default when its
customer has none, an office never does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Final

from asiakasrekisteri.domain.customer import ContactData
from asiakasrekisteri.services.spreadsheets.child_sheets import CONTACT_TEXTS, FLAGS, OFFICE_TEXTS
from asiakasrekisteri.services.spreadsheets.plan import PlannedContact, PlannedOffice
from asiakasrekisteri.storage.models import ContactPerson, Office

Item = tuple[Any, bool | None, frozenset[str], int | None]
"""A contact or office to write: (ContactData or OfficeData, the default it asks for or
None, the fields it gives, its row on the contacts or offices sheet or None)."""

# The customer sheet's contact updates a contact of the same name with these (as before
# the contacts sheet was read).
MAIN_CONTACT_FIELDS: Final = frozenset({"title", "phone", "email"})
CONTACT_SNAPSHOT: Final = (*CONTACT_TEXTS, "active", "is_default")
OFFICE_SNAPSHOT: Final = (*OFFICE_TEXTS, "is_default")


def sheet_item(child: PlannedContact | PlannedOffice) -> Item:
    """A contacts or offices sheet's row as an item to write."""
    return child.data, child.default, child.provided, child.row


def joined(main: list[Item], sheet: Sequence[PlannedContact]) -> list[Item]:
    """The customer sheet's contacts and the contacts sheet's rows of one customer.

    A contact of the customer sheet and a row of the same name (case aside) are one
    contact, in the row's place, with the row's values where it gives them. Of several
    rows with that name it is the first that agrees with every value the customer sheet
    gives (the export names one of the rows there), else the first. The customer sheet's
    contacts that no row names come first, as they did alone.
    """
    if not sheet:
        return main
    partner: dict[int, int] = {}  # sheet index → main index
    for at, (base, *_rest) in enumerate(main):
        key = base.name.casefold()
        same = [
            index
            for index, child in enumerate(sheet)
            if index not in partner and child.data is not None and child.data.name.casefold() == key
        ]
        if same:
            agreeing = (i for i in same if _agrees(base, sheet[i].data))
            partner[next(agreeing, same[0])] = at
    rows: list[Item] = []
    for index, child in enumerate(sheet):
        data = child.data
        assert data is not None
        main_at = partner.get(index)
        if main_at is None:
            rows.append((data, child.default, child.provided, child.row))
            continue
        base, base_default, base_provided, _ = main[main_at]
        default = child.default
        rows.append(
            (
                _combined(base, data, child.provided),
                base_default if default is None else default,
                child.provided | base_provided,
                child.row,
            )
        )
    used = set(partner.values())
    return [item for at, item in enumerate(main) if at not in used] + rows


def _agrees(base: ContactData, row: ContactData | None) -> bool:
    """Whether ``row`` has every value that ``base`` has."""
    return row is not None and all(
        not getattr(base, name) or getattr(base, name) == getattr(row, name)
        for name in CONTACT_TEXTS[1:]
    )


def _combined(base: ContactData, row: ContactData, provided: frozenset[str]) -> ContactData:
    """``base`` with the values a contacts-sheet row gives (the row wins)."""
    if all(not getattr(base, name) or name in provided for name in CONTACT_TEXTS) and (
        row.active == base.active or "active" in provided
    ):
        return row  # the usual case: the row names everything the customer sheet did
    changes: dict[str, Any] = {
        name: getattr(row, name) for name in provided if name in CONTACT_TEXTS
    }
    if "active" in provided:
        changes["active"] = row.active
    return replace(base, **changes)


def resolved(items: Sequence[Item], *, auto_default: bool) -> list[Any]:
    """New contacts or offices in order, with the card's rule for the default.

    A default asked for takes it from the ones before (the last one asking wins); an item
    without a say becomes the default when ``auto_default`` and none is yet.
    """
    out: list[Any] = []
    current = -1
    for data, default, _provided, _row in items:
        if default is None:
            default = auto_default and current < 0
        if default:
            if current >= 0:
                out[current] = replace(out[current], is_default=False)
            current = len(out)
        out.append(data if data.is_default is default else replace(data, is_default=default))
    return out


def merge_into(
    rows: list[Any],
    model: type[ContactPerson] | type[Office],
    items: Sequence[Item],
    changed: list[dict[str, Any]],
    counts: list[int],
) -> list[Any]:
    """The card's rules on an existing customer's contacts or offices (``rows``).

    A row of the same name (case aside; a deleted contact never matches) is updated
    with the values the item gives, else a new one is added. A default asked for
    takes the default from the others; a new contact without a say becomes the
    default when there is none, a new office does not.

    ``changed`` gets the values before the import of every one changed, for undo;
    ``counts`` ([added, updated, skipped] rows of the sheet) counts the sheet's rows.
    Returns the ones added.
    """
    snapshot_fields = CONTACT_SNAPSHOT if model is ContactPerson else OFFICE_SNAPSHOT
    snapped = {entry["id"] for entry in changed}
    added: list[Any] = []
    auto = model is ContactPerson

    def snap(obj: Any) -> None:
        if obj.id is not None and obj.id not in snapped:
            snapped.add(obj.id)
            changed.append({"id": obj.id, **{f: getattr(obj, f) for f in snapshot_fields}})

    def take_default(keep: Any) -> None:
        for other in rows:
            if other is not keep and other.is_default:
                snap(other)
                other.is_default = False

    for data, default, provided, sheet_row in items:
        key = data.name.casefold()
        same = next(
            (r for r in rows if not getattr(r, "anonymised", False) and r.name.casefold() == key),
            None,
        )
        if same is None:
            if default is None:
                default = auto and not any(r.is_default for r in rows)
            new = model()
            for name in snapshot_fields:
                setattr(new, name, getattr(data, name))
            new.is_default = default
            if default:
                take_default(new)
            rows.append(new)
            added.append(new)
            if sheet_row is not None:
                counts[0] += 1
            continue
        snap(same)
        for name in provided:
            value = getattr(data, name)
            if name in FLAGS:
                if name == "active" and same.active != value:
                    same.active = value
            elif value and getattr(same, name) != value:
                setattr(same, name, value)
        if default is not None and same.is_default != default:
            same.is_default = default
        if default:
            take_default(same)
        if sheet_row is not None:
            counts[1] += 1
    return added


__all__ = [
    "CONTACT_SNAPSHOT",
    "MAIN_CONTACT_FIELDS",
    "OFFICE_SNAPSHOT",
    "Item",
    "joined",
    "merge_into",
    "resolved",
    "sheet_item",
]
