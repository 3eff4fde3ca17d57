"""Conditions on many ids: runs of consecutive ids as ranges, the rest as IN (…) lists."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, select

from asiakasrekisteri.storage.backend import IN_LIST_SIZE, id_runs, in_id_runs
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models_history import HistoryEntry


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_kind(request: pytest.FixtureRequest) -> str:
    kind: str = request.param
    return kind


def test_runs_of_consecutive_ids() -> None:
    assert id_runs([9, 3, 5, 4, 1, 1, 10]) == [(1, 1), (3, 5), (9, 10)]
    assert id_runs([]) == []


def test_the_conditions_pick_exactly_the_ids_and_bind_few_values_each(db: Database) -> None:
    # Single ids (the odd ones up to 4,500: three IN (…) lists), then 900 runs of three
    # with gaps (two conditions of ranges).
    singles = list(range(1, 5 * IN_LIST_SIZE, 2))
    start = singles[-1] + 2
    ranges = [n for run in range(IN_LIST_SIZE) for n in range(start + 5 * run, start + 5 * run + 3)]
    wanted = singles + ranges
    with db.transaction() as session:
        rows = [
            {"action": "created", "entity": "x", "entity_id": n} for n in range(1, max(wanted) + 3)
        ]
        session.execute(insert(HistoryEntry), rows)
    conditions = list(in_id_runs(HistoryEntry.entity_id, reversed(wanted)))
    assert len(conditions) == 5  # 3 lists of single ids, 2 of ranges
    for condition in conditions:
        assert len(condition.compile().params) <= IN_LIST_SIZE
    with db.read() as session:
        found = [
            n
            for condition in conditions
            for n in session.scalars(select(HistoryEntry.entity_id).where(condition))
        ]
    assert sorted(n for n in found if n is not None) == wanted and None not in found
