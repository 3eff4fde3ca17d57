"""Duplicate finding: rows that look like the same customer, in the file or in the register.

Within the file, rows with the same customer number or Y-tunnus (or, for rows without a
number, a very similar name) form a group; the first row is imported and the others are
skipped unless the user chooses otherwise. Against the register, a match on the customer
number (or a number merged away), then on the Y-tunnus, proposes an update; a similar
name only proposes "import as new" and asks the user to look.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from rapidfuzz import fuzz, process
from sqlalchemy import select

from asiakasrekisteri.services.customers import comparable_name
from asiakasrekisteri.services.spreadsheets.plan import (
    DuplicateAction,
    DuplicateGroup,
    ExistingCustomer,
    PlannedRow,
)
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models import Customer, CustomerNumberAlias

NAME_MATCH_CUTOFF: Final = 90.0
"""How alike (rapidfuzz's token sort ratio, 0–100) two names must be to look the same."""


@dataclass
class Register:
    """What duplicate detection needs to know about the register."""

    by_number: dict[str, tuple[int, str, str]]
    by_business_id: dict[str, tuple[int, str, str]]
    names: dict[str, list[tuple[str, int, str, str, str]]]  # prefix → (cname, id, no, name, bid)
    numbers: set[str]


def name_block(cname: str) -> str:
    """Names are compared only within their block: those that begin alike."""
    return cname[:3]


def read_register(db: Database) -> Register:
    """The register's numbers, Y-tunnukset and names, as duplicate finding needs them."""
    by_number: dict[str, tuple[int, str, str]] = {}
    by_id: dict[int, tuple[int, str, str]] = {}
    by_bid: dict[str, tuple[int, str, str]] = {}
    names: dict[str, list[tuple[str, int, str, str, str]]] = {}
    with db.read() as session:
        for cid, number, name, bid in session.execute(
            select(Customer.id, Customer.customer_number, Customer.name, Customer.business_id)
        ):
            by_number[number] = by_id[cid] = (cid, number, name)
            if bid:
                by_bid.setdefault(bid, (cid, number, name))
            cname = comparable_name(name)
            if len(cname) >= 3:
                names.setdefault(name_block(cname), []).append((cname, cid, number, name, bid))
        numbers = set(by_number)
        for alias, cid in session.execute(
            select(CustomerNumberAlias.number, CustomerNumberAlias.customer_id)
        ):
            numbers.add(alias)
            target = by_id.get(cid)
            if target is not None:
                by_number.setdefault(alias, target)
    return Register(by_number, by_bid, names, numbers)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def find_duplicates(rows: Sequence[PlannedRow], register: Register) -> list[DuplicateGroup]:
    """Duplicate groups within the file, then against the register.

    A later row of a group within the file is not matched against the register: it goes
    with its group's first row.
    """
    accepted = [r for r in rows if r.data is not None]
    groups, followers = _within_file(accepted)
    return groups + _against_register(accepted, followers, register)


def _within_file(accepted: Sequence[PlannedRow]) -> tuple[list[DuplicateGroup], set[int]]:
    """Groups of rows with the same number or Y-tunnus, or (rows without a number) names
    that are very alike; and the rows after the first of each group."""
    groups: list[DuplicateGroup] = []
    followers: set[int] = set()
    uf = _UnionFind()
    reason_of: dict[int, str] = {}
    first_by: dict[tuple[str, str], int] = {}
    for row in accepted:
        assert row.data is not None
        keys = []
        if row.had_number:
            keys.append(("customer_number", row.data.customer_number))
        if row.data.business_id:
            keys.append(("business_id", row.data.business_id))
        for key in keys:
            first = first_by.setdefault(key, row.row)
            if first != row.row:
                uf.union(first, row.row)
                reason_of.setdefault(uf.find(first), key[0])
    unnumbered: dict[str, list[tuple[str, PlannedRow]]] = {}
    for row in accepted:
        assert row.data is not None
        if not row.had_number:
            cname = comparable_name(row.data.name)
            if len(cname) >= 3:
                unnumbered.setdefault(name_block(cname), []).append((cname, row))
    for block in unnumbered.values():
        for i, (cname, row) in enumerate(block):
            for other_name, other in block[i + 1 :]:
                assert row.data is not None and other.data is not None
                bid_a, bid_b = row.data.business_id, other.data.business_id
                if bid_a and bid_b and bid_a != bid_b:
                    continue
                if fuzz.token_sort_ratio(cname, other_name) >= NAME_MATCH_CUTOFF:
                    uf.union(row.row, other.row)
                    reason_of.setdefault(uf.find(row.row), "name")
    members: dict[int, list[int]] = {}
    for row in accepted:
        if row.row in uf.parent:
            members.setdefault(uf.find(row.row), []).append(row.row)
    for root, group_rows in sorted(members.items()):
        if len(group_rows) < 2:
            continue
        reason = reason_of.get(root, "name")
        groups.append(
            DuplicateGroup(
                key=f"file:{group_rows[0]}",
                reason=reason,
                rows=tuple(group_rows),
                existing=None,
                score=100 if reason != "name" else int(NAME_MATCH_CUTOFF),
                proposed=DuplicateAction.SKIP,
            )
        )
        followers.update(group_rows[1:])
    return groups, followers


def _against_register(
    accepted: Sequence[PlannedRow], followers: set[int], register: Register
) -> list[DuplicateGroup]:
    """Groups of rows that match one register customer: by number (or a number merged
    away), else by Y-tunnus, else by a very similar name."""
    groups: list[DuplicateGroup] = []
    by_customer: dict[int, tuple[str, int, list[int], ExistingCustomer]] = {}
    for row in accepted:
        assert row.data is not None
        if row.row in followers:
            continue
        hit: tuple[int, str, str] | None = None
        reason = ""
        score = 100
        if row.had_number and row.data.customer_number in register.by_number:
            hit, reason = register.by_number[row.data.customer_number], "customer_number"
        elif row.data.business_id and row.data.business_id in register.by_business_id:
            hit, reason = register.by_business_id[row.data.business_id], "business_id"
        elif register.names:  # an empty register has no names to compare with
            cname = comparable_name(row.data.name)
            pool = register.names.get(name_block(cname), []) if len(cname) >= 3 else []
            if pool:
                candidates = [
                    c
                    for c in pool
                    if not (row.data.business_id and c[4] and c[4] != row.data.business_id)
                ]
                found = process.extractOne(
                    cname,
                    [c[0] for c in candidates],
                    scorer=fuzz.token_sort_ratio,
                    score_cutoff=NAME_MATCH_CUTOFF,
                )
                if found is not None:
                    match = candidates[found[2]]
                    hit, reason, score = (match[1], match[2], match[3]), "name", int(found[1])
        if hit is None:
            continue
        existing = ExistingCustomer(*hit)
        entry = by_customer.setdefault(existing.id, (reason, score, [], existing))
        entry[2].append(row.row)
    for cid, (reason, score, group_rows, existing) in by_customer.items():
        groups.append(
            DuplicateGroup(
                key=f"register:{cid}",
                reason=reason,
                rows=tuple(group_rows),
                existing=existing,
                score=score,
                proposed=DuplicateAction.NEW if reason == "name" else DuplicateAction.UPDATE,
            )
        )
    return groups


__all__ = ["NAME_MATCH_CUTOFF", "Register", "find_duplicates", "name_block", "read_register"]
