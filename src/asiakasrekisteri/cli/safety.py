"""Safety: ``backup``, ``restore`` and ``check``.

They open the register themselves rather than get the services from the dispatcher:
a damaged file must still be checkable (exit status 1) and restorable.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from asiakasrekisteri.cli.common import not_the_register, set_raw_command
from asiakasrekisteri.paths import backup_dir, register_location
from asiakasrekisteri.services.backup import (
    BackupKind,
    restore_over_damaged,
)
from asiakasrekisteri.services.container import open_services
from asiakasrekisteri.storage.errors import DatabaseDamagedError, NotOurDatabaseError

EXIT_CHECK_FAILED = 1


def register(sub: Any) -> None:
    """Add ``backup``, ``restore`` and ``check`` to the main parser."""
    p = sub.add_parser(
        "backup",
        help="back up the register now",
        description="A consistent copy of the register and its attachments. Without FILE "
        "it goes to the backup folder and takes part in the rotation (7 daily, 4 weekly, "
        "12 monthly); with FILE, the attachments go to FILE's .attachments folder.",
    )
    p.add_argument("file", nargs="?", metavar="FILE")
    set_raw_command(p, _cmd_backup, writes=False)

    p = sub.add_parser(
        "restore",
        help="replace the register with a backup (checked first)",
        description="Checks FILE before anything is replaced (integrity, schema version, "
        "every table and column of a register, the register's own rules) and backs up the "
        "current register first. Works on a damaged register too.",
    )
    p.add_argument("file", metavar="FILE")
    set_raw_command(p, _cmd_restore, writes=True)

    p = sub.add_parser(
        "check",
        help="check the register (exit 0 only when everything holds)",
        description="integrity_check, foreign_key_check and the program's own rules: one "
        "default office and contact per customer, merged numbers not in use, search text "
        "up to date, invoice numbers unique, attachment files present.",
    )
    set_raw_command(p, _cmd_check, writes=False)


def _cmd_backup(args: argparse.Namespace) -> int:
    services = open_services(args.db)
    try:
        target = not_the_register(args, args.file) if args.file else None
        made = services.backups.backup(BackupKind.MANUAL, target)
    finally:
        services.close()
    print(made)
    return 0


def _restore_damaged(path: Path, source: Path) -> int:
    """Put ``source`` in place of a register that cannot be opened, keeping the old file.

    ``restore_over_damaged`` checks ``source`` first and refuses (``RestoreRefused``, one
    line, exit 2) before anything is moved.
    """
    aside = restore_over_damaged(path, source, backup_dir(path))
    print(f"The damaged register was kept as {aside}.")
    print(f"Restored from {source}.")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    where = register_location(args.db)
    source = not_the_register(args, args.file)
    try:
        services = open_services(where)
    except (DatabaseDamagedError, NotOurDatabaseError):
        if isinstance(where, Path) and where.exists() and where.stat().st_size > 0:
            return _restore_damaged(where, source)
        raise
    try:
        result = services.backups.restore(source)
    finally:
        services.close()
    if result.safety_backup is not None:
        print(f"The register as it was is saved as {result.safety_backup}.")
    if result.missing_attachments:
        print(
            f"warning: {result.missing_attachments} attachment file(s) of the backup were "
            "not found; those attachments cannot be opened.",
            file=sys.stderr,
        )
    print(f"Restored from {source}.")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    try:
        services = open_services(register_location(args.db))
    except (DatabaseDamagedError, NotOurDatabaseError) as exc:
        print(f"integrity: {exc}")
        return EXIT_CHECK_FAILED
    try:
        report = services.backups.check()
    finally:
        services.close()
    for problem in report.problems:
        print(f"{problem.code}: {problem.message} ({problem.count})")
    if report.ok:
        print("ok")
        return 0
    return EXIT_CHECK_FAILED


__all__ = ["EXIT_CHECK_FAILED", "register"]
