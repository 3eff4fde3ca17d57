"""Invoicing: drafts, finalising, payments, credit notes, reminders, figures, documents.

:class:`InvoicingService` is the one entry point of the window, the CLI and the tests;
the modules beside it hold the work, one concern each. :func:`count_invoices`,
:func:`move_invoices` and :func:`anonymise_buyer` make
invoices records kept on a customer (the composition root registers them).
"""

from __future__ import annotations

from asiakasrekisteri.services.invoicing.dependents import (
    anonymise_buyer,
    count_invoices,
    move_invoices,
)
from asiakasrekisteri.services.invoicing.figures import open_total, twelve_months_before
from asiakasrekisteri.services.invoicing.queries import InvoiceQuery
from asiakasrekisteri.services.invoicing.service import InvoicingService

__all__ = [
    "InvoiceQuery",
    "InvoicingService",
    "anonymise_buyer",
    "count_invoices",
    "move_invoices",
    "open_total",
    "twelve_months_before",
]
