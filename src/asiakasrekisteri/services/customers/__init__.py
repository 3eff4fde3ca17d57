"""Customer register use cases: list and search, card edits, duplicates, merge.

:class:`CustomerService` is the one object callers use; its methods live in the
modules of this package by use case: ``listing`` (list and search), ``card`` (one
card), ``card_rows`` (contacts, offices, notes), ``choices`` (groups, extra fields,
operators), ``duplicates`` and ``merge``.
"""

from __future__ import annotations

from asiakasrekisteri.services.customers._rows import next_customer_number
from asiakasrekisteri.services.customers.choices import GroupInfo
from asiakasrekisteri.services.customers.duplicates import (
    DuplicateMatch,
    MatchReason,
    comparable_name,
)
from asiakasrekisteri.services.customers.listing import (
    ActiveFilter,
    CustomerQuery,
    CustomerRow,
    SortColumn,
)
from asiakasrekisteri.services.customers.service import CustomerService

__all__ = [
    "ActiveFilter",
    "CustomerQuery",
    "CustomerRow",
    "CustomerService",
    "DuplicateMatch",
    "GroupInfo",
    "MatchReason",
    "SortColumn",
    "comparable_name",
    "next_customer_number",
]
