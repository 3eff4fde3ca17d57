"""The register's own lists a card chooses from: groups, extra fields, e-invoice operators."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import delete, func, select

from asiakasrekisteri.domain.limits import check_custom_field_name
from asiakasrekisteri.domain.operators import normalize_operator_code
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models import (
    Customer,
    CustomerGroup,
    CustomFieldDefinition,
    EInvoiceOperator,
)

_T = TypeVar("_T")


@dataclass(frozen=True)
class GroupInfo:
    id: int
    name: str
    customer_count: int


class RegisterChoices:
    """Groups, custom fields and operators (part of ``CustomerService``).

    The groups with their counts and the account managers are kept until the next
    commit: the list's filters and every card shown ask for them, and each is a scan of
    every customer (20 ms at 100,000).
    """

    db: Database
    _choices_cache: dict[str, tuple[int, list[Any]]]

    def _cached(self, name: str, read: Callable[[], list[_T]]) -> list[_T]:
        generation = self.db.generation
        kept = self._choices_cache.get(name)
        if kept is not None and kept[0] == generation:
            return list(kept[1])
        found = read()
        self._choices_cache[name] = (generation, found)
        return list(found)

    def groups(self) -> list[GroupInfo]:
        return self._cached("groups", self._read_groups)

    def _read_groups(self) -> list[GroupInfo]:
        stmt = (
            select(CustomerGroup.id, CustomerGroup.name, func.count(Customer.id))
            .outerjoin(Customer, Customer.group_id == CustomerGroup.id)
            .group_by(CustomerGroup.id, CustomerGroup.name)
            .order_by(CustomerGroup.name)
        )
        with self.db.read() as session:
            return [GroupInfo(gid, name, n) for gid, name, n in session.execute(stmt)]

    def account_managers(self) -> list[str]:
        """The account managers named on any customer, in order."""
        return self._cached("account_managers", self._read_account_managers)

    def _read_account_managers(self) -> list[str]:
        stmt = (
            select(Customer.account_manager)
            .where(Customer.account_manager != "")
            .distinct()
            .order_by(Customer.account_manager)
        )
        with self.db.read() as session:
            return list(session.scalars(stmt))

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
        """Add a custom field shown on every card (nothing when it is there already).

        Raises:
            ValidationError: A name that is empty, too long or not one line.
        """
        name = check_custom_field_name(name)
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
