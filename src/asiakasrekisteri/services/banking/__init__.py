"""Money in: the bank's payment files, unmatched payments and customers' credit.

:class:`BankPaymentService` is the entry point of the window, the CLI and the tests.
:func:`count_credit` and :func:`move_credit` make
credit a record kept on a customer (the composition root registers them).
"""

from __future__ import annotations

from asiakasrekisteri.services.banking.credit import (
    count_credit,
    move_credit,
)
from asiakasrekisteri.services.banking.reading import looks_like_bank_file
from asiakasrekisteri.services.banking.records import (
    AssignResult,
    BankImportInfo,
    BankUndoResult,
    ImportPreview,
    ImportResult,
    KeptPayment,
    Suggestion,
    Totals,
    UnmatchedPayment,
    totals_of,
)
from asiakasrekisteri.services.banking.service import BankPaymentService

__all__ = [
    "AssignResult",
    "BankImportInfo",
    "BankPaymentService",
    "BankUndoResult",
    "ImportPreview",
    "ImportResult",
    "KeptPayment",
    "Suggestion",
    "Totals",
    "UnmatchedPayment",
    "count_credit",
    "looks_like_bank_file",
    "move_credit",
    "totals_of",
]
