"""Schema versions and the ordered steps between them.

A fresh file gets the current schema from the models in one go. An older file is
upgraded step by step, each step and its version bump in one transaction, after a
backup copy of the file has been made. A newer file is refused.

To change the schema: bump ``LATEST_VERSION``, change the models, append a step
``(version, function)`` that brings a file of ``version - 1`` to ``version`` using only
SQLAlchemy Core, and add a frozen copy of the old schema under
``tests/storage/schemas/`` so the step is tested.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

LATEST_VERSION = 1

MigrationStep = Callable[[Connection], None]

# (target version, step); the first file format is version 1, created from the models.
STEPS: list[tuple[int, MigrationStep]] = []
