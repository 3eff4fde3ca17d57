"""The register of the bank payment tests: two customers and six open invoices."""

from __future__ import annotations

from tests.services.banking.conftest import register

__all__ = ["register"]
