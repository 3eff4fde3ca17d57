"""Schema versions and the ordered steps between them.

A fresh file gets the current schema from the models in one go. An older file is
upgraded step by step, each step and its version bump in one transaction, after a
backup copy of the file has been made. A newer file is refused.

To change the schema: change the models, add a module ``vNNN_<what>.py`` here with
``def upgrade(conn: Connection) -> None`` that brings a file of version NNN-1 to NNN using
only SQLAlchemy Core (frozen table definitions, never the current models), and commit
the new schema as ``tests/storage/schemas/vNNN.sql`` so the upgrade is tested.
Version 1 is the first file format, created from the models.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable

from sqlalchemy import Connection

MigrationStep = Callable[[Connection], None]

_STEP_MODULE = re.compile(r"^v(\d{3})_\w+$")


def _discover() -> list[tuple[int, MigrationStep]]:
    steps: list[tuple[int, MigrationStep]] = []
    for info in pkgutil.iter_modules(__path__):
        match = _STEP_MODULE.match(info.name)
        if match is None:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        steps.append((int(match.group(1)), module.upgrade))
    steps.sort(key=lambda step: step[0])
    versions = [version for version, _ in steps]
    expected = list(range(2, 2 + len(steps)))
    if versions != expected:
        raise RuntimeError(f"migration steps must be numbered 2, 3, …; found {versions}")
    return steps


# (target version, step), in order.
STEPS: list[tuple[int, MigrationStep]] = _discover()
LATEST_VERSION = STEPS[-1][0] if STEPS else 1
