"""What the steps of the import dialog share about one import."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.services.spreadsheets import DuplicateAction, ImportPlan, ImportResult


@dataclass
class ImportState:
    """The file, its plan, the user's choices and the outcome of one import.

    The dialog sets the file, the plans and the result; the columns and duplicates steps
    record the user's choices; every step reads what it shows from here.

    Attributes:
        path: The file chosen, or None before one is.
        base: The plan as the file was analysed; every new mapping starts from it.
        plan: The plan as it will be applied (after the user's mapping), or None.
        overrides: Column index (0-based) → target the user chose for it.
        choices: Duplicate group key → what the import does with that group.
        types: Spreadsheet row number → the customer type the user chose for it.
        result: What the import did, once it has run.
    """

    path: Path | None = None
    base: ImportPlan | None = None
    plan: ImportPlan | None = None
    overrides: dict[int, str] = field(default_factory=dict)
    choices: dict[str, DuplicateAction] = field(default_factory=dict)
    types: dict[int, CustomerType] = field(default_factory=dict)
    result: ImportResult | None = None

    def analysed(self, plan: ImportPlan) -> None:
        """A fresh analysis of the file: choices made for an earlier one no longer apply."""
        self.base = plan
        self.overrides = {}
        self.choices = {}
        self.types = {}
        self.use(plan)

    def use(self, plan: ImportPlan) -> None:
        """Make ``plan`` the one to apply; duplicate groups keep the action already chosen."""
        self.plan = plan
        self.choices = {g.key: self.choices.get(g.key, g.proposed) for g in plan.duplicates}

    def unreadable(self) -> None:
        """The file could not be analysed: there is nothing to import."""
        self.base = None
        self.plan = None
