"""Spreadsheets: import of a customer register from .xlsx, .xls, .ods or CSV, and export.

The public API is re-exported here; the modules hold one step each:

* :mod:`.reading` opens the file and reads its sheets, after :mod:`.limits` has checked
  what it may hold; :mod:`.values` reads single cells; :mod:`.headers` knows the header
  words and finds the header row.
* :mod:`.analysis` makes the :class:`ImportPlan` (types in :mod:`.plan`, reasons in
  :mod:`.reasons`), washing rows with :mod:`.washing` and :mod:`.child_sheets`, typing
  them with :mod:`.customer_types` and finding duplicates with :mod:`.duplicates` (alike
  names with :mod:`.similar_names`).
* :mod:`.apply` (with :mod:`.apply_children`) writes a plan; :mod:`.undo` records and
  takes back batches; :mod:`.report` writes the problem report.
* :mod:`.service` is :class:`ExcelImportService`; :mod:`.export` is
  :class:`ExcelExportService`, both writing sheets with :mod:`.xlsx_sheet`.
"""

from __future__ import annotations

from asiakasrekisteri.services.spreadsheets.errors import ImportFileError
from asiakasrekisteri.services.spreadsheets.export import ExcelExportService, ExportResult
from asiakasrekisteri.services.spreadsheets.plan import (
    Cancel,
    ChildCounts,
    ColumnMapping,
    DuplicateAction,
    DuplicateGroup,
    ExistingCustomer,
    ImportCancelled,
    ImportPlan,
    ImportResult,
    PlannedRow,
    Progress,
    RowIssue,
    RowOutcome,
    Severity,
    UnknownColumns,
)
from asiakasrekisteri.services.spreadsheets.reasons import Reason
from asiakasrekisteri.services.spreadsheets.service import ExcelImportService
from asiakasrekisteri.services.spreadsheets.undo import BatchInfo, KeptCustomer, UndoResult

__all__ = [
    "BatchInfo",
    "Cancel",
    "ChildCounts",
    "ColumnMapping",
    "DuplicateAction",
    "DuplicateGroup",
    "ExcelExportService",
    "ExcelImportService",
    "ExistingCustomer",
    "ExportResult",
    "ImportCancelled",
    "ImportFileError",
    "ImportPlan",
    "ImportResult",
    "KeptCustomer",
    "PlannedRow",
    "Progress",
    "Reason",
    "RowIssue",
    "RowOutcome",
    "Severity",
    "UndoResult",
    "UnknownColumns",
]
