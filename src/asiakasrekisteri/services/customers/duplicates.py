"""Customers that look like the one being edited: same identifier or a similar name."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import func, or_, select

from asiakasrekisteri.domain import identifiers
from asiakasrekisteri.domain.customer import CustomerData
from asiakasrekisteri.services.customers._rows import like_pattern
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models import Customer


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


_COMPANY_FORMS = re.compile(
    r"\b(oy|oyj|ab|ky|tmi|ay|ry|osk|ltd|llc|inc|gmbh|as|asa|aps|sa|ab\s*oy|oy\s*ab)\b\.?"
)


_NON_WORD = re.compile(r"[^\w]+")


def comparable_name(name: str) -> str:
    """A name stripped of company forms and punctuation, for fuzzy comparison."""
    text = _COMPANY_FORMS.sub(" ", name.casefold())
    return " ".join(_NON_WORD.sub(" ", text).split())


class DuplicateSearch:
    """Duplicate search (part of ``CustomerService``).

    The comparable forms of all names are cached until the next commit (the database's
    commit counter), so that any write (imports, merges, other services) refreshes them.
    """

    db: Database
    _name_index: tuple[int, list[tuple[int, str]]] | None
    _comparable: dict[str, str]

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
    escaped = like_pattern(email)[1:-1]
    return or_(
        stored == email,
        stored.like(f"{escaped};%", escape="\\"),
        stored.like(f"%; {escaped}", escape="\\"),
        stored.like(f"%; {escaped};%", escape="\\"),
    )


def _split_emails(value: str) -> list[str]:
    parts = [p.strip().casefold() for p in re.split(r"[;,]", value)]
    return [p for p in parts if "@" in p and "." in p.split("@")[-1]]
