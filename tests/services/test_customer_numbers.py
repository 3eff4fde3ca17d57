"""The next customer number, found by the database, follows the domain's rule exactly."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from asiakasrekisteri.domain.identifiers import suggest_customer_number
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models import Customer, CustomerNumberAlias
from tests.conftest import make_customer

# Each step adds a number (to a customer, or as a number merged away) and names the
# rule it tests.
STEPS = (
    ("A-7", False, "letters are not numbers"),
    ("0", False, "zero alone"),
    ("000", False, "zeros keep their width"),
    ("0099", False, "zero-padded"),
    ("998", False, "a shorter writing of a bigger number wins"),
    ("1000", True, "a number merged away is not given again"),
    ("01000", False, "the widest writing of the largest number"),
    ("12a", False, "digits with a letter"),
    ("99999999999999999999", False, "twenty digits, beyond a 64-bit integer"),
)


def _all_numbers(db: Database) -> list[str]:
    with db.read() as session:
        numbers = list(session.scalars(select(Customer.customer_number)))
        return numbers + list(session.scalars(select(CustomerNumberAlias.number)))


def test_the_next_number_is_the_domain_rule_over_every_number(
    customers: CustomerService, db: Database
) -> None:
    assert customers.suggest_number() == "1001"
    holder = customers.create(make_customer(customer_number="X-1")).id
    for number, merged, rule in STEPS:
        if merged:
            with db.transaction() as session:
                session.add(CustomerNumberAlias(number=number, customer_id=holder))
        else:
            customers.create(make_customer(customer_number=number, business_id=""))
        expected = suggest_customer_number(_all_numbers(db))
        assert customers.suggest_number() == expected, rule
    assert customers.suggest_number() == "100000000000000000000"


def test_random_numbers_agree_with_the_domain_rule(
    customers: CustomerService, db: Database
) -> None:
    rng = random.Random(17)
    used: set[str] = set()
    for _ in range(25):
        width = rng.randint(1, 6)
        number = str(rng.randint(0, 10**width - 1)).zfill(width if rng.random() < 0.4 else 1)
        if rng.random() < 0.2:
            number += rng.choice("AB-/")
        if number in used:
            continue
        used.add(number)
        customers.create(make_customer(customer_number=number, business_id=""))
        assert customers.suggest_number() == suggest_customer_number(_all_numbers(db)), number


def test_an_empty_number_takes_the_next_one(customers: CustomerService) -> None:
    customers.create(make_customer(customer_number="00041", business_id=""))
    made = customers.create(make_customer(customer_number="", business_id=""))
    assert made.data.customer_number == "00042"


def test_groups_and_account_managers_follow_every_commit(customers: CustomerService) -> None:
    """Kept between commits (every card asks for them), read again after one."""
    assert customers.groups() == [] and customers.account_managers() == []
    first = customers.create(make_customer(group="VIP", account_manager="Maija"))
    assert [(g.name, g.customer_count) for g in customers.groups()] == [("VIP", 1)]
    assert customers.account_managers() == ["Maija"]
    customers.create(make_customer(customer_number="", business_id="", group="VIP",
                                   account_manager="Anna"))  # fmt: skip
    assert [(g.name, g.customer_count) for g in customers.groups()] == [("VIP", 2)]
    assert customers.account_managers() == ["Anna", "Maija"]
    customers.delete(first.id)
    assert [(g.name, g.customer_count) for g in customers.groups()] == [("VIP", 1)]
    assert customers.account_managers() == ["Anna"]


def test_the_largest_number_is_read_from_the_end_of_its_index(
    customers: CustomerService, db: Database, db_path: Path
) -> None:
    """No sort of every number: SQLite walks the numeric-order index (not the unique
    index with a sort, which a range condition on the number would make it choose)."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's query plan")
    customers.create(make_customer(customer_number="1001"))
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        seen.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        assert customers.suggest_number() == "1002"
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    statement, params = next((s, p) for s, p in seen if "customer.customer_number" in s)
    con = sqlite3.connect(db_path)
    try:
        plan = " ".join(
            str(row[3]) for row in con.execute(f"EXPLAIN QUERY PLAN {statement}", params)
        )
    finally:
        con.close()
    assert "ix_customer_number_order" in plan and "TEMP B-TREE" not in plan, plan
