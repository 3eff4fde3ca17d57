"""First start of the program: filling a new register with demo customers."""

from __future__ import annotations

from asiakasrekisteri.services.demo import fill_demo
from asiakasrekisteri.storage.db import Database

DEMO_COUNT = 200


class DemoService:
    """Demo data for trying the program out, behind a service so the UI needs no storage.

    Attributes:
        db: The register the demo customers go into.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def fill(self, count: int = DEMO_COUNT) -> int:
        """Add ``count`` realistic Finnish demo customers; returns how many were added."""
        return fill_demo(self.db, count=count)
