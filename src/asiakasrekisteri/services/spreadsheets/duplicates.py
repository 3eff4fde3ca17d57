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
blocking (:mod:`.similar_names`), so that a million rows take seconds, not hours; every
other step is a dictionary look-up per row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Final

from rapidfuzz import fuzz
from sqlalchemy import select

from asiakasrekisteri.domain.customer import CUSTOMER_FIELD_NAMES
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
    name_text,
    similar,
)
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models import Customer, CustomerNumberAlias

SAME_CHANNEL_NAME_CUTOFF: Final = 80.0
"""How alike (0–100) two names sharing an e-mail address or phone must be to be one customer.

Looser than :data:`NAME_MATCH_CUTOFF`: the shared address already says much, and only
clearly different names ("Sari Heikkinen" and "Mikko Heikkinen") should stop it."""

Known = tuple[int, str, str, str]
"""A register customer: (id, customer number, name, Y-tunnus)."""
_Facts = tuple[int, str, str, str, tuple[str, ...]]
"""What duplicate finding reads of a row: (spreadsheet row, the customer number the file
gave or "", Y-tunnus, name, channel keys); made once, as a tuple, for a million rows."""

_NON_DIGIT = re.compile(r"\D+")
_PHONE_MARKS = str.maketrans("", "", "+ -()/.\u00a0")
_CHANNELS: Final = {"e": "email", "p": "phone"}


def email_keys(emails: str) -> list[str]:
    """The addresses of an e-mail field, each in lower case."""
    return [a.strip().casefold() for a in emails.split(";") if a.strip()]


def phone_key(phone: str) -> str:
    """A washed phone number's digits ("+358 40 1234567" → "358401234567"); "" for none."""
    digits = phone.translate(_PHONE_MARKS)
    if not digits.isdigit():
        digits = _NON_DIGIT.sub("", phone)
    return digits if len(digits) >= 5 else ""


def channel_keys(email: str, phone: str) -> tuple[str, ...]:
    """Keys of a customer's e-mail addresses ("e" + address) and phone ("p" + digits)."""
    keys: list[str] = []
    if email:
        if ";" in email:
            keys += ["e" + address for address in email_keys(email)]
        else:
            keys.append("e" + email.strip().casefold())
    if phone and (digits := phone_key(phone)):
        keys.append("p" + digits)
    return tuple(keys)


@dataclass
class Register:
    """What duplicate detection needs to know about the register.

    Attributes:
        by_number: Customer number (and every number merged away) → customer.
        by_business_id: Y-tunnus → the first customer with it.
        by_channel: E-mail and phone keys (:func:`channel_keys`) → the first customer.
        names: Comparable name text (:func:`.similar_names.name_text`) → customers.
        numbers: Every customer number in use, merged-away ones included.
    """

    by_number: dict[str, Known]
    by_business_id: dict[str, Known]
    by_channel: dict[str, Known]
    names: dict[str, list[Known]]
    numbers: set[str]


def read_register(db: Database) -> Register:
    """The register's numbers, Y-tunnukset, e-mail addresses, phones and names."""
    register = Register({}, {}, {}, {}, set())
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
            for key in channel_keys(email or "", phone or ""):
                register.by_channel.setdefault(key, known)
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


class _Groups:
    """Items 0..n-1 joined into groups; each group remembers why and how alike."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.reason: dict[int, str] = {}
        self.score: dict[int, int] = {}
        self._joined: list[int] = []

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int, reason: str, score: int = 100) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra > rb:
            ra, rb = rb, ra
        if ra != rb:
            self.parent[rb] = ra
            self._joined += (a, b)
            self.reason[ra] = self.reason.get(ra) or self.reason.pop(rb, "") or reason
        self.score[ra] = min(self.score.get(ra, 100), self.score.pop(rb, 100), score)

    def groups(self) -> dict[int, list[int]]:
        """Root → the members of each group of two or more, in order."""
        members: dict[int, set[int]] = {}
        for x in self._joined:
            members.setdefault(self.find(x), set()).add(x)
        return {root: sorted(found) for root, found in sorted(members.items())}


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


_FACT_NAMES: Final = ("customer_number", "business_id", "name", "email", "phone")
_FACT_FIELDS: Final = itemgetter(*(CUSTOMER_FIELD_NAMES.index(name) for name in _FACT_NAMES))


def _facts(rows: Sequence[PlannedRow]) -> list[_Facts]:
    found: list[_Facts] = []
    for row in rows:
        card = row.card
        if card is not None:
            number, bid, name, email, phone = _FACT_FIELDS(card)
            keys = channel_keys(email, phone)
            found.append((row.row, number if row.had_number else "", bid, name, keys))
    return found


def find_duplicates(rows: Sequence[PlannedRow], register: Register) -> list[DuplicateGroup]:
    """Duplicate groups within the file, then against the register; possible ones after.

    A later row of a group within the file is not matched against the register nor
    compared by name: it goes with its group's first row.
    """
    facts = _facts(rows)
    certain, leader_of, channel_pairs = _same_in_file(facts)
    leaders = [i for i in range(len(facts)) if leader_of.get(i, i) == i]
    # By fact index (a list: a million dictionary entries cost 100 MB); "" off the leaders.
    texts = [""] * len(facts)
    for i in leaders:
        texts[i] = name_text(facts[i][3])
    exact, by_name = _exact_hits(facts, leaders, register)
    alike = similar(
        (texts[i] for i in leaders),
        register.names if any(texts[i] for i in by_name) else (),
    )
    pairs = [(leader_of.get(a, a), leader_of.get(b, b), why) for a, b, why in channel_pairs]
    possible = _alike_in_file(facts, leaders, texts, alike.pairs, pairs)
    in_register, possible_in_register = _against_register(
        facts, exact, by_name, texts, alike.known, register
    )
    return certain + possible + in_register + possible_in_register


def _same_in_file(
    facts: Sequence[_Facts],
) -> tuple[list[DuplicateGroup], dict[int, int], list[tuple[int, int, str]]]:
    """Groups of rows sharing an exact key; each grouped row's first row; and the pairs of
    rows sharing an address whose names are unlike."""
    groups = _Groups(len(facts))
    first_by: dict[str, int] = {}
    unlike: list[tuple[int, int, str]] = []
    for index, (_row, number, bid, name, keys) in enumerate(facts):
        if number and (first := first_by.setdefault("n" + number, index)) != index:
            groups.union(first, index, "customer_number")
        if bid and (first := first_by.setdefault("b" + bid, index)) != index:
            groups.union(first, index, "business_id")
        for key in keys:
            first = first_by.setdefault(key, index)
            if first == index or _conflict(facts[first][2], bid):
                continue
            kind = _CHANNELS[key[0]]
            if _names_alike(facts[first][3], name):
                groups.union(first, index, kind)
            else:
                unlike.append((first, index, kind))
    found: list[DuplicateGroup] = []
    leader_of: dict[int, int] = {}
    for root, members in groups.groups().items():
        group_rows = tuple(facts[m][0] for m in members)
        found.append(
            DuplicateGroup(
                key=f"file:{group_rows[0]}",
                reason=groups.reason.get(root, "customer_number"),
                rows=group_rows,
                existing=None,
                score=100,
                proposed=DuplicateAction.SKIP,
            )
        )
        for member in members:
            leader_of[member] = members[0]
    return found, leader_of, unlike


def _alike_in_file(
    facts: Sequence[_Facts],
    leaders: Sequence[int],
    texts: Sequence[str],
    alike_pairs: Iterable[tuple[str, str, int]],
    channel_pairs: Iterable[tuple[int, int, str]],
) -> list[DuplicateGroup]:
    """Possible duplicates within the file: alike names, or an address shared by unlike names.

    Rows whose Y-tunnukset differ are never put together.
    """
    # Only texts that several rows share, or that are alike to another, make clusters:
    # nearly all of a million texts are neither, and are not looked at twice.
    first: dict[str, int] = {}
    shared: dict[str, list[int]] = {}
    for index in leaders:
        text = texts[index]
        if text and (seen := first.setdefault(text, index)) != index:
            shared.setdefault(text, [seen]).append(index)
    pairs = list(alike_pairs)
    ids: dict[str, int] = {}
    for text_a, text_b, _score in pairs:
        ids.setdefault(text_a, len(ids))
        ids.setdefault(text_b, len(ids))
    for text in shared:
        ids.setdefault(text, len(ids))
    alike = _Groups(len(ids))
    for text_a, text_b, pair_score in pairs:
        alike.union(ids[text_a], ids[text_b], "name", pair_score)
    clusters: dict[int, list[int]] = {}
    for text, number in ids.items():
        clusters.setdefault(alike.find(number), []).extend(shared.get(text) or (first[text],))
    possible = _Groups(len(facts))
    for root, members in clusters.items():
        score = alike.score.get(root, 100)
        for part in _by_business_id(facts, members):
            for other in part[1:]:
                possible.union(part[0], other, "name", score)
    for a, b, why in channel_pairs:
        if a != b:
            possible.union(a, b, why)
    return [
        DuplicateGroup(
            key=f"possible:file:{facts[members[0]][0]}",
            reason=possible.reason.get(root, "name"),
            rows=tuple(facts[m][0] for m in members),
            existing=None,
            score=possible.score.get(root, 100),
            proposed=DuplicateAction.NEW,
            possible=True,
        )
        for root, members in possible.groups().items()
    ]


def _by_business_id(facts: Sequence[_Facts], members: Sequence[int]) -> list[list[int]]:
    """Alike-named rows split so that no part holds two Y-tunnukset.

    Rows without a Y-tunnus go with the only Y-tunnus there is, or stay by themselves
    when there are several (whose rows they might belong to is unknown).
    """
    bids = {facts[index][2] for index in members}
    if len(bids) == 1:
        return [sorted(members)]
    parts: dict[str, list[int]] = {}
    for index in members:
        parts.setdefault(facts[index][2], []).append(index)
    if len(parts) == 2 and "" in parts:
        return [sorted(index for part in parts.values() for index in part)]
    return [sorted(part) for part in parts.values() if len(part) > 1]


_Hit = tuple[Known, str, bool]
"""A register customer a row names, why, and whether surely."""


def _exact_hits(
    facts: Sequence[_Facts], leaders: Iterable[int], register: Register
) -> tuple[dict[int, _Hit], list[int]]:
    """The register customer each row's exact keys name; the rows left for their names.

    Surely: the same customer number (or one merged away), else Y-tunnus, else an e-mail
    address or phone of an alike name. Possibly: such an address of an unlike name.
    """
    hits: dict[int, _Hit] = {}
    by_name: list[int] = []
    empty = not (register.by_number or register.by_channel)
    for index in leaders:
        _row, number, bid, name, keys = facts[index]
        if empty:
            by_name.append(index)
        elif number and number in register.by_number:
            hits[index] = (register.by_number[number], "customer_number", True)
        elif bid and bid in register.by_business_id:
            hits[index] = (register.by_business_id[bid], "business_id", True)
        else:
            hit = _channel_hit(name, bid, keys, register)
            if hit is None:
                by_name.append(index)
            else:
                hits[index] = hit
    return hits, by_name


def _channel_hit(name: str, bid: str, keys: Iterable[str], register: Register) -> _Hit | None:
    unlike: _Hit | None = None
    for key in keys:
        known = register.by_channel.get(key)
        if known is None or _conflict(bid, known[3]):
            continue
        if _names_alike(name, known[2]):
            return known, _CHANNELS[key[0]], True
        unlike = unlike or (known, _CHANNELS[key[0]], False)
    return unlike


def _against_register(
    facts: Sequence[_Facts],
    exact: dict[int, _Hit],
    by_name: Iterable[int],
    texts: Sequence[str],
    alike: dict[str, list[tuple[str, int]]],
    register: Register,
) -> tuple[list[DuplicateGroup], list[DuplicateGroup]]:
    """Groups of rows that match one register customer: certain ones, and possible ones."""
    certain: dict[int, tuple[str, list[int], Known]] = {}
    possible: dict[int, tuple[str, int, list[int], Known]] = {}
    for index, (known, reason, sure) in sorted(exact.items()):
        row = facts[index][0]
        if sure:
            certain.setdefault(known[0], (reason, [], known))[1].append(row)
        else:
            possible.setdefault(known[0], (reason, 100, [], known))[2].append(row)
    for index in by_name:
        bid = facts[index][2]
        for text, score in alike.get(texts[index], ()):
            match = next((k for k in register.names[text] if not _conflict(bid, k[3])), None)
            if match is not None:
                possible.setdefault(match[0], ("name", score, [], match))[2].append(facts[index][0])
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


__all__ = [
    "NAME_MATCH_CUTOFF",
    "SAME_CHANNEL_NAME_CUTOFF",
    "Known",
    "Register",
    "channel_keys",
    "email_keys",
    "find_duplicates",
    "phone_key",
    "read_register",
]
