"""Command line of the safety and privacy tools: backup, restore, check, privacy.

``backup``, ``restore`` and ``check`` open the database themselves (``raw_handler``):
a damaged file must still be checkable (exit 1) and restorable.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from asiakasrekisteri.paths import backup_dir, database_path
from asiakasrekisteri.services.backup import (
    BackupKind,
    restore_over_damaged,
    verify_file,
)
from asiakasrekisteri.services.container import Services, open_services
from asiakasrekisteri.services.privacy import DEFAULT_RETENTION_YEARS
from asiakasrekisteri.storage.errors import DatabaseDamagedError, NotOurDatabaseError

EXIT_CHECK_FAILED = 1


def register(sub: Any) -> None:
    """Add the commands to the main parser's subcommands (one call from ``cli.py``)."""
    p = sub.add_parser(
        "backup",
        help="back up the register now",
        description="A consistent copy of the register and its attachments. Without FILE "
        "it goes to the backup folder and takes part in the rotation (7 daily, 4 weekly, "
        "12 monthly); with FILE, the attachments go to FILE's .attachments folder.",
    )
    p.add_argument("file", nargs="?", metavar="FILE")
    p.set_defaults(raw_handler=_cmd_backup)

    p = sub.add_parser(
        "restore",
        help="replace the register with a backup (checked first)",
        description="Checks FILE (integrity, schema version) before anything is replaced "
        "and backs up the current register first. Works on a damaged register too.",
    )
    p.add_argument("file", metavar="FILE")
    p.set_defaults(raw_handler=_cmd_restore)

    p = sub.add_parser(
        "check",
        help="check the register (exit 0 only when everything holds)",
        description="integrity_check, foreign_key_check and the program's own rules: one "
        "default office and contact per customer, merged numbers not in use, search text "
        "up to date, invoice numbers unique, attachment files present.",
    )
    p.set_defaults(raw_handler=_cmd_check)

    p = sub.add_parser("privacy", help="data protection: export, erase, retention, notice")
    psub = p.add_subparsers(dest="privacy_action", required=True, parser_class=type(p))
    c = psub.add_parser("export", help="everything on a customer as a zip (PDF + JSON)")
    c.add_argument("number", metavar="NUMBER")
    c.add_argument("-o", "--output", required=True, metavar="FILE.zip")
    c.add_argument("--contact", type=int, metavar="ID", help="only this contact person")
    c.set_defaults(handler=_cmd_export)
    c = psub.add_parser(
        "erase",
        help="erase a customer's personal data for good",
        description="Deletes the customer completely, or anonymises it when invoices must "
        "be kept. Without --yes it only prints what would go.",
    )
    c.add_argument("number", metavar="NUMBER")
    c.add_argument("--yes", action="store_true", help="really erase")
    c.set_defaults(handler=_cmd_erase)
    c = psub.add_parser("retention", help="customers with no activity for N years")
    c.add_argument("--years", type=int, default=DEFAULT_RETENTION_YEARS)
    c.set_defaults(handler=_cmd_retention)
    c = psub.add_parser("notice", help="draft privacy notice (tietosuojaseloste) as PDF")
    c.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    c.add_argument("--years", type=int, default=DEFAULT_RETENTION_YEARS)
    c.set_defaults(handler=_cmd_notice)


def _cmd_backup(args: argparse.Namespace) -> int:
    services = open_services(args.db)
    try:
        target = Path(args.file).expanduser() if args.file else None
        made = services.backups.backup(BackupKind.MANUAL, target)
    finally:
        services.close()
    print(made)
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from asiakasrekisteri.cli import UsageError

    path = database_path(args.db)
    source = Path(args.file).expanduser()
    folder = backup_dir(path)
    try:
        services = open_services(path)
    except (DatabaseDamagedError, NotOurDatabaseError) as exc:
        if path.exists() and path.stat().st_size > 0:
            check = verify_file(source, [folder / "attachments"])
            if not check.ok:
                problems = "; ".join(check.problems)
                raise UsageError(f"{source} cannot be restored: {problems}") from exc
            aside = restore_over_damaged(path, source, folder)
            print(f"The damaged register was kept as {aside}.")
            print(f"Restored from {source}.")
            return 0
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
    path = database_path(args.db)
    try:
        services = open_services(path)
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


def _customer_id(services: Services, number: str) -> int:
    return services.customers.get_by_number(number).id


def _cmd_export(services: Services, args: argparse.Namespace) -> int:
    target = Path(args.output).expanduser()
    services.privacy.export_zip(_customer_id(services, args.number), target, args.contact)
    print(target)
    return 0


def _cmd_erase(services: Services, args: argparse.Namespace) -> int:
    privacy = services.privacy
    customer_id = _customer_id(services, args.number)
    plan = privacy.erase_plan(customer_id)
    how = "anonymised (invoices are kept)" if plan.anonymise else "deleted completely"
    print(f"{plan.customer_number} {plan.name}: will be {how}.")
    print(
        f"  contacts {plan.contacts}, offices {plan.offices}, notes {plan.notes}, "
        f"attachments {plan.attachments}, custom fields {plan.custom_fields}, "
        f"history values of {plan.history_entries} entries"
    )
    for kind, count in plan.kept.items():
        print(f"  kept: {count} {kind}")
    if not args.yes:
        print("Nothing was erased; add --yes to erase.")
        return 0
    done = privacy.erase(customer_id)
    print("Erased.")
    for holding in done.backups:
        when = (
            f"rotates out by {holding.leaves_on.isoformat()}"
            if holding.leaves_on
            else "not rotated"
        )
        print(f"  still in backup {holding.path} ({when})")
    return 0


def _cmd_retention(services: Services, args: argparse.Namespace) -> int:
    from asiakasrekisteri.cli import UsageError

    if args.years < 1:
        raise UsageError("--years must be at least 1")
    found = services.privacy.retention_candidates(args.years)
    for c in found:
        last = c.last_activity.date().isoformat() if c.last_activity else "-"
        print(f"{c.customer_number:>8}  {c.name:<40.40}  {last}")
    print(f"{len(found)} customers without activity for {args.years} years")
    return 0


def _cmd_notice(services: Services, args: argparse.Namespace) -> int:
    target = Path(args.output).expanduser()
    services.privacy.privacy_notice_pdf(target, retention_years=args.years)
    print(target)
    return 0


__all__ = ["register"]
