"""Duplicate finding: rows that are, or may be, the same customer, in the file or in the register.

Exact keys decide: the same customer number (one the file gives), Y-tunnus, e-mail
address (in any letter case) or phone number (in any format: numbers are compared as
washed, in the international form). Rows sharing such a key form a group: within the
file its later rows are skipped, against the register the row updates the customer,
unless the user chooses otherwise. Two different Y-tunnukset are never one customer.
Families and offices share an e-mail address or a phone number, so a match on those
alone, between names that are clearly different, is only a *possible* duplicate.

A similar name alone makes rows possible duplicates too: they are listed for the user to
look at and imported as new unless the user chooses otherwise. Names are compared by
blocking (:mod:`.similar_names`), so that a million rows take seconds, not hours.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Final, Generic, TypeVar

from rapidfuzz import fuzz
from sqlalchemy import select

from asiakasrekisteri.domain.names import first_names_in
from asiakasrekisteri.services.customers import comparable_name
from asiakasrekisteri.services.spreadsheets.plan import (
    DuplicateAction,
    DuplicateGroup,
    ExistingCustomer,
    PlannedRow,
)
from asiakasrekisteri.services.spreadsheets.similar_names import (
    NAME_MATCH_CUTOFF,
    alike_pairs,
    best_matches,
    name_text,
)
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models import Customer, CustomerNumberAlias

SAME_CHANNEL_NAME_CUTOFF: Final = 80.0
"""How alike (0–100) two names sharing an e-mail address or phone must be to be one customer.

Looser than :data:`NAME_MATCH_CUTOFF`: the shared address already says much, and only
clearly different names ("Sari Heikkinen" and "Mikko Heikkinen") should stop it."""

Known = tuple[int, str, str, str]
"""A register customer: (id, customer number, name, Y-tunnus)."""

_NON_DIGIT = re.compile(r"\D+")
_T = TypeVar("_T", int, str)


def email_keys(emails: str) -> list[str]:
    """The addresses of an e-mail field, each in lower case."""
    return [a.strip().casefold() for a in emails.split(";") if a.strip()]


def phone_key(phone: str) -> str:
    """A washed phone number's digits ("+358 40 1234567" → "358401234567"); "" for none."""
    digits = _NON_DIGIT.sub("", phone)
    return digits if len(digits) >= 5 else ""


@dataclass
class Register:
    """What duplicate detection needs to know about the register.

    Attributes:
        by_number: Customer number (and every number merged away) → customer.
        by_business_id, by_email, by_phone: Each key → the first customer with it.
        names: Comparable name text (:func:`.similar_names.name_text`) → customers.
        numbers: Every customer number in use, merged-away ones included.
    """

    by_number: dict[str, Known]
    by_business_id: dict[str, Known]
    by_email: dict[str, Known]
    by_phone: dict[str, Known]
    names: dict[str, list[Known]]
    numbers: set[str]


def read_register(db: Database) -> Register:
    """The register's numbers, Y-tunnukset, e-mail addresses, phones and names."""
    register = Register({}, {}, {}, {}, {}, set())
    by_id: dict[int, Known] = {}
    with db.read() as session:
        columns = (Customer.id, Customer.customer_number, Customer.name, Customer.business_id)
        for cid, number, name, bid, email, phone in session.execute(
            select(*columns, Customer.email, Customer.phone)
        ):
            known: Known = (cid, number, name, bid or "")
            register.by_number[number] = by_id[cid] = known
            if bid:
                register.by_business_id.setdefault(bid, known)
            for address in email_keys(email or ""):
                register.by_email.setdefault(address, known)
            if key := phone_key(phone or ""):
                register.by_phone.setdefault(key, known)
            if text := name_text(name):
                register.names.setdefault(text, []).append(known)
        register.numbers = set(register.by_number)
        for alias, cid in session.execute(
            select(CustomerNumberAlias.number, CustomerNumberAlias.customer_id)
        ):
            register.numbers.add(alias)
            if cid in by_id:
                register.by_number.setdefault(alias, by_id[cid])
    return register


class _UnionFind(Generic[_T]):
    """Rows (or texts) joined into groups; each group remembers why and how alike."""

    def __init__(self) -> None:
        self.parent: dict[_T, _T] = {}
        self.reason: dict[_T, str] = {}
        self.score: dict[_T, int] = {}

    def find(self, x: _T) -> _T:
        parent = self.parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: _T, b: _T, reason: str, score: int = 100) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            self.score[ra] = min(self.score.get(ra, 100), score)
            return
        self.parent[rb] = ra
        self.reason[ra] = self.reason.get(ra) or self.reason.pop(rb, "") or reason
        self.score[ra] = min(self.score.get(ra, 100), self.score.pop(rb, 100), score)

    def groups(self, smallest: int = 2) -> Iterator[tuple[_T, list[_T]]]:
        """Each group of at least ``smallest``, members in the order they were first seen."""
        members: dict[_T, list[_T]] = {}
        for x in self.parent:
            members.setdefault(self.find(x), []).append(x)
        for root, found in members.items():
            if len(found) >= smallest:
                yield root, found


def _data(row: PlannedRow) -> tuple[str, str, str, str]:
    """The row's number (if the file gave it), Y-tunnus, e-mail field and phone."""
    data = row.data
    assert data is not None
    number = data.customer_number if row.had_number else ""
    return number, data.business_id, data.email, data.phone


def _conflict(bid_a: str, bid_b: str) -> bool:
    """Two different Y-tunnukset: two legal persons, never one customer."""
    return bool(bid_a and bid_b and bid_a != bid_b)


def _names_alike(a: str, b: str) -> bool:
    """Whether two names sharing an address may be one customer's.

    Two people of a family differ in the first name alone ("Maija Mäkinen", "Matti
    Mäkinen"): names with first names none of which they share are never alike.
    """
    firsts_a = {n.casefold() for n in first_names_in(a)}
    firsts_b = {n.casefold() for n in first_names_in(b)}
    if firsts_a and firsts_b and not firsts_a & firsts_b:
        return False
    return (
        fuzz.token_sort_ratio(
            comparable_name(a), comparable_name(b), score_cutoff=SAME_CHANNEL_NAME_CUTOFF
        )
        > 0
    )


def _channels(email: str, phone: str) -> Iterator[tuple[str, str]]:
    for address in email_keys(email):
        yield "email", address
    if key := phone_key(phone):
        yield "phone", key


def find_duplicates(rows: Sequence[PlannedRow], register: Register) -> list[DuplicateGroup]:
    """Duplicate groups within the file, then against the register; possible ones after.

    A later row of a group within the file is not matched against the register nor
    compared by name: it goes with its group's first row.
    """
    accepted = [r for r in rows if r.data is not None]
    certain, followers = _same_in_file(accepted)
    leaders = [r for r in accepted if r.row not in followers]
    texts = {r.row: name_text(r.data.name) for r in leaders if r.data is not None}
    possible = _alike_in_file(leaders, texts, certain.possible_pairs)
    in_register, possible_in_register = _against_register(leaders, texts, register)
    return certain.groups + possible + in_register + possible_in_register


@dataclass
class _InFile:
    groups: list[DuplicateGroup]
    possible_pairs: list[tuple[int, int, str]]  # rows sharing an address, names unlike


def _same_in_file(accepted: Sequence[PlannedRow]) -> tuple[_InFile, set[int]]:
    """Groups of rows sharing an exact key, and the rows after the first of each group."""
    uf: _UnionFind[int] = _UnionFind()
    first_by: dict[tuple[str, str], PlannedRow] = {}
    possible_pairs: list[tuple[int, int, str]] = []
    for row in accepted:
        number, bid, email, phone = _data(row)
        for key in (("customer_number", number), ("business_id", bid)):
            if key[1]:
                first = first_by.setdefault(key, row)
                if first is not row:
                    uf.union(first.row, row.row, key[0])
        for key in _channels(email, phone):
            first = first_by.setdefault(key, row)
            if first is row or _conflict(_data(first)[1], bid):
                continue
            assert first.data is not None and row.data is not None
            if _names_alike(first.data.name, row.data.name):
                uf.union(first.row, row.row, key[0])
            else:
                possible_pairs.append((first.row, row.row, key[0]))
    groups: list[DuplicateGroup] = []
    followers: set[int] = set()
    for root, members in uf.groups():
        group_rows = tuple(sorted(members))
        groups.append(
            DuplicateGroup(
                key=f"file:{group_rows[0]}",
                reason=uf.reason.get(root, "customer_number"),
                rows=group_rows,
                existing=None,
                score=100,
                proposed=DuplicateAction.SKIP,
            )
        )
        followers.update(group_rows[1:])
    groups.sort(key=lambda g: g.rows[0])
    leader_of = {r: g.rows[0] for g in groups for r in g.rows}
    pairs = [(leader_of.get(a, a), leader_of.get(b, b), why) for a, b, why in possible_pairs]
    return _InFile(groups, [(a, b, why) for a, b, why in pairs if a != b]), followers


def _alike_in_file(
    leaders: Sequence[PlannedRow],
    texts: dict[int, str],
    channel_pairs: Iterable[tuple[int, int, str]],
) -> list[DuplicateGroup]:
    """Possible duplicates within the file: alike names, or an address shared by unlike names.

    Rows whose Y-tunnukset differ are never put together.
    """
    rows_of: dict[str, list[PlannedRow]] = {}
    for row in leaders:
        if texts.get(row.row):
            rows_of.setdefault(texts[row.row], []).append(row)
    alike: _UnionFind[str] = _UnionFind()
    for text in rows_of:
        alike.find(text)
    for text_a, text_b, pair_score in alike_pairs(rows_of):
        alike.union(text_a, text_b, "name", pair_score)
    possible: _UnionFind[int] = _UnionFind()
    for text_root, texts_alike in alike.groups(smallest=1):
        score = alike.score.get(text_root, 100)
        for part in _by_business_id(r for text in texts_alike for r in rows_of[text]):
            for other in part[1:]:
                possible.union(part[0].row, other.row, "name", score)
    for row_a, row_b, why in channel_pairs:
        possible.union(row_a, row_b, why)
    groups = []
    for root, members in possible.groups():  # rows
        group_rows = tuple(sorted(members))
        groups.append(
            DuplicateGroup(
                key=f"possible:file:{group_rows[0]}",
                reason=possible.reason.get(root, "name"),
                rows=group_rows,
                existing=None,
                score=possible.score.get(root, 100),
                proposed=DuplicateAction.NEW,
                possible=True,
            )
        )
    groups.sort(key=lambda g: g.rows[0])
    return groups


def _by_business_id(rows: Iterable[PlannedRow]) -> list[list[PlannedRow]]:
    """Alike-named rows split so that no part holds two Y-tunnukset.

    Rows without a Y-tunnus go with the only Y-tunnus there is, or stay by themselves
    when there are several (whose rows they might belong to is unknown).
    """
    parts: dict[str, list[PlannedRow]] = {}
    for row in rows:
        parts.setdefault(_data(row)[1], []).append(row)
    if len(parts) == 2 and "" in parts:
        merged = sorted((r for part in parts.values() for r in part), key=lambda r: r.row)
        return [merged]
    return [part for part in parts.values() if len(part) > 1]


def _against_register(
    leaders: Sequence[PlannedRow], texts: dict[int, str], register: Register
) -> tuple[list[DuplicateGroup], list[DuplicateGroup]]:
    """Groups of rows that match one register customer: certain ones, and possible ones.

    Certain: the same customer number (or one merged away), else Y-tunnus, else an e-mail
    address or phone of an alike name. Possible: such an address of an unlike name, else
    an alike name.
    """
    certain: dict[int, tuple[str, list[int], Known]] = {}
    possible: dict[int, tuple[str, int, list[int], Known]] = {}
    by_name: list[PlannedRow] = []
    for row in leaders:
        hit, reason, sure = _exact_hit(row, register)
        if hit is None:
            if register.names and texts.get(row.row):
                by_name.append(row)
            continue
        if sure:
            certain.setdefault(hit[0], (reason, [], hit))[1].append(row.row)
        else:
            possible.setdefault(hit[0], (reason, 100, [], hit))[2].append(row.row)
    if by_name:
        matches = best_matches((texts[r.row] for r in by_name), register.names)
        for row in by_name:
            bid = _data(row)[1]
            for text, score in matches.get(texts[row.row], ()):
                known = next((k for k in register.names[text] if not _conflict(bid, k[3])), None)
                if known is not None:
                    entry = possible.setdefault(known[0], ("name", score, [], known))
                    entry[2].append(row.row)
                    break
    sure_groups = [
        DuplicateGroup(
            key=f"register:{cid}",
            reason=reason,
            rows=tuple(group_rows),
            existing=ExistingCustomer(*known[:3]),
            score=100,
            proposed=DuplicateAction.UPDATE,
        )
        for cid, (reason, group_rows, known) in certain.items()
    ]
    possible_groups = [
        DuplicateGroup(
            key=f"possible:register:{cid}",
            reason=reason,
            rows=tuple(sorted(group_rows)),
            existing=ExistingCustomer(*known[:3]),
            score=score,
            proposed=DuplicateAction.NEW,
            possible=True,
        )
        for cid, (reason, score, group_rows, known) in possible.items()
    ]
    return sure_groups, sorted(possible_groups, key=lambda g: g.rows[0])


def _exact_hit(row: PlannedRow, register: Register) -> tuple[Known | None, str, bool]:
    """The register customer an exact key of the row names, why, and whether surely."""
    number, bid, email, phone = _data(row)
    if number and number in register.by_number:
        return register.by_number[number], "customer_number", True
    if bid and bid in register.by_business_id:
        return register.by_business_id[bid], "business_id", True
    unlike: tuple[Known, str] | None = None
    for kind, key in _channels(email, phone):
        known = (register.by_email if kind == "email" else register.by_phone).get(key)
        if known is None or _conflict(bid, known[3]):
            continue
        assert row.data is not None
        if _names_alike(row.data.name, known[2]):
            return known, kind, True
        unlike = unlike or (known, kind)
    if unlike is not None:
        return unlike[0], unlike[1], False
    return None, "", False


__all__ = [
    "NAME_MATCH_CUTOFF",
    "SAME_CHANNEL_NAME_CUTOFF",
    "Known",
    "Register",
    "email_keys",
    "find_duplicates",
    "phone_key",
    "read_register",
]
