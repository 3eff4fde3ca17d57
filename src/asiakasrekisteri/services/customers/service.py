"""The customer register service: one object with every customer use case."""

from __future__ import annotations

from typing import Any

from asiakasrekisteri.services.backup import BackupService
from asiakasrekisteri.services.customers.card import CustomerCards
from asiakasrekisteri.services.customers.card_rows import CardRows
from asiakasrekisteri.services.customers.choices import RegisterChoices
from asiakasrekisteri.services.customers.duplicates import DuplicateSearch
from asiakasrekisteri.services.customers.listing import CustomerListing
from asiakasrekisteri.services.customers.merge import CustomerMerge
from asiakasrekisteri.services.dependents import DependentRecords
from asiakasrekisteri.storage.db import Database


class CustomerService(
    CustomerListing, CustomerCards, CardRows, RegisterChoices, DuplicateSearch, CustomerMerge
):
    """The customer register; each base class holds one group of its use cases.

    Every public method is one transaction (``Database.transaction``); a failure leaves
    the register as it was.

    Attributes:
        db: The open database.
        dependents: Other features' records on customers (kept by law, moved on merge).
        backups: Makes the backup that goes before a merge.
    """

    def __init__(self, db: Database, dependents: DependentRecords, backups: BackupService) -> None:
        self.db = db
        self.dependents = dependents
        self.backups = backups
        self._name_index: tuple[int, list[tuple[int, str]]] | None = None
        self._comparable: dict[str, str] = {}
        self._list_cache: tuple[Any, list[int], list[str] | None] | None = None
        self._choices_cache: dict[str, tuple[int, list[Any]]] = {}
