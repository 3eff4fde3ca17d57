"""Import of a customer register from a spreadsheet, in two phases, and its undo.

1. :meth:`ExcelImportService.analyse` reads the file and returns an :class:`ImportPlan`:
   the sheet, the header row, each column's field with a confidence, every data row as it
   will be saved (or why it is rejected), every altered or dropped value, and duplicate
   groups within the file and against the register, each with a proposed action. Nothing
   is written. :meth:`~ExcelImportService.remap` recomputes the plan after the user
   changes the mapping.
2. :meth:`ExcelImportService.apply` writes the plan in one transaction with the user's
   duplicate choices; a cancel or any error rolls everything back. The import is
   recorded as a batch that :meth:`~ExcelImportService.undo_import` can take back.

The steps live in their own modules: :mod:`.analysis` (with :mod:`.washing`,
:mod:`.child_sheets` and :mod:`.duplicates`), :mod:`.apply`, :mod:`.undo` and
:mod:`.report`. The service holds the register and the backups, and keeps the cycle
collector away from its large steps (:mod:`.collector`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.services.backup import BackupKind, BackupService
from asiakasrekisteri.services.dependents import DependentRecords
from asiakasrekisteri.services.spreadsheets.analysis import analyse_file, remap_plan
from asiakasrekisteri.services.spreadsheets.apply import Applier
from asiakasrekisteri.services.spreadsheets.collector import collection_paused, frozen_while_alive
from asiakasrekisteri.services.spreadsheets.customer_types import with_customer_types
from asiakasrekisteri.services.spreadsheets.plan import (
    Cancel,
    DuplicateAction,
    ImportPlan,
    ImportResult,
    Progress,
    UnknownColumns,
)
from asiakasrekisteri.services.spreadsheets.reading import ImportFileError
from asiakasrekisteri.services.spreadsheets.report import write_import_report
from asiakasrekisteri.services.spreadsheets.undo import (
    BatchInfo,
    UndoResult,
    list_batches,
    undo_batch,
)
from asiakasrekisteri.storage.db import Database


class ExcelImportService:
    """Import customers from spreadsheets, and undo imports.

    Attributes:
        db: The open register.
        dependents: Records kept by law on customers (an undo leaves such customers).
        backups: Makes the backup that goes before every import.
    """

    def __init__(self, db: Database, dependents: DependentRecords, backups: BackupService) -> None:
        self.db = db
        self.dependents = dependents
        self.backups = backups

    def analyse(
        self,
        path: Path | str,
        sheet: str | None = None,
        *,
        unknown_columns: UnknownColumns = UnknownColumns.CUSTOM,
    ) -> ImportPlan:
        """Read the file and plan the import; writes nothing.

        Raises:
            ImportFileError: Not a spreadsheet, encrypted, empty, no header row ...
        """
        with collection_paused():
            plan = analyse_file(self.db, Path(path), sheet, unknown_columns)
            return frozen_while_alive(plan)

    def remap(self, plan: ImportPlan, overrides: Mapping[int, str]) -> ImportPlan:
        """The plan again with some columns mapped by hand: column index → target.

        A target is a field name (``headers.import_targets()``), ``"custom:<name>"`` or
        ``""`` to ignore the column.
        """
        with collection_paused():
            return frozen_while_alive(remap_plan(self.db, plan, overrides))

    def apply(
        self,
        plan: ImportPlan,
        mapping_overrides: Mapping[int, str] | None = None,
        duplicate_choices: Mapping[str, DuplicateAction] | None = None,
        *,
        customer_types: Mapping[int, CustomerType] | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        dry_run: bool = False,
        user: str | None = None,
    ) -> ImportResult:
        """Back up the register, then write the plan in one transaction as an undoable batch.

        Args:
            plan: From :meth:`analyse` (or :meth:`remap`).
            mapping_overrides: Column index → target, applied with :meth:`remap` first.
            duplicate_choices: Group key → action; groups not named use ``proposed``.
            customer_types: Spreadsheet row number → the type the user chose for it
                (rows not named keep the type the file gave or the one inferred).
            progress: Called with (done, total) while writing.
            cancel: Polled between chunks; True rolls back and raises ImportCancelled.
            dry_run: Do everything, then roll back; the result tells what would happen.
            user: Recorded with the batch (default: the OS user).

        Raises:
            ImportFileError: The plan cannot be applied (e.g. no name column).
            ImportCancelled: ``cancel()`` returned True; nothing was written.
            BackupFailed: No backup could be made first; nothing was written.
        """
        if mapping_overrides:
            plan = self.remap(plan, mapping_overrides)
        if plan.problems:
            first = plan.problems[0]  # the GUI shows them all before it lets apply run
            raise ImportFileError(first.template, code="import.plan", **dict(first.params))
        choices = {g.key: (duplicate_choices or {}).get(g.key, g.proposed) for g in plan.duplicates}
        if customer_types:
            plan = replace(plan, rows=with_customer_types(plan.rows, customer_types))
        if not dry_run:
            self.backups.backup_before(BackupKind.BEFORE_IMPORT)
        with collection_paused():
            try:
                with self.db.transaction() as session:
                    result = Applier(session, plan, choices, progress, cancel).run(
                        user if user is not None else self.db.acting_user(), dry_run
                    )
                    if dry_run:
                        raise _DryRunDone(result)
            except _DryRunDone as done:
                return done.result
            return result

    def batches(self) -> list[BatchInfo]:
        """Every import, newest first."""
        with self.db.read() as session:
            return list_batches(session)

    def undo_import(self, batch_id: int) -> UndoResult:
        """Remove the customers a batch created and restore those it updated.

        Customers edited since the import, or holding records that must be kept, are left
        as they are and listed in ``kept``.

        Raises:
            NotFound: No such batch.
            RuleViolation: The batch was undone already.
        """
        with self.db.transaction() as session:
            return undo_batch(session, batch_id, self.dependents)

    def write_report(
        self, path: Path | str, plan: ImportPlan, result: ImportResult | None = None
    ) -> Path:
        """Write the rows and reasons to an .xlsx (``--report``)."""
        return write_import_report(Path(path), plan, result)


class _DryRunDone(Exception):
    """Rolls a dry run's transaction back, carrying what it would have done."""

    def __init__(self, result: ImportResult) -> None:
        super().__init__("dry run")
        self.result = result


__all__ = ["ExcelImportService"]
