"""Data protection: ``privacy export``, ``erase``, ``retention`` and ``notice``."""

from __future__ import annotations

import argparse
from typing import Any

from asiakasrekisteri.cli.common import RECORD_ID, Parser, bounded_int, output_file, set_command
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.privacy import DEFAULT_RETENTION_YEARS

YEARS = bounded_int(1, 100)
"""Years of a retention period."""


def register(sub: Any) -> None:
    """Add ``privacy`` and its actions to the main parser."""
    p = sub.add_parser("privacy", help="data protection: export, erase, retention, notice")
    psub = p.add_subparsers(dest="action", required=True, parser_class=Parser)
    c = psub.add_parser("export", help="everything on a customer as a zip (PDF + JSON)")
    c.add_argument("number", metavar="NUMBER")
    c.add_argument("-o", "--output", required=True, metavar="FILE.zip")
    c.add_argument("--contact", type=RECORD_ID, metavar="ID", help="only this contact person")
    set_command(c, _cmd_export, writes=False)
    c = psub.add_parser(
        "erase",
        help="erase a customer's personal data for good",
        description="Deletes the customer completely, or anonymises it when invoices must "
        "be kept. Without --yes it only prints what would go.",
    )
    c.add_argument("number", metavar="NUMBER")
    c.add_argument("--yes", action="store_true", help="really erase")
    # Without --yes nothing is erased, so the plan may be read while the window is open.
    set_command(c, _cmd_erase, writes=lambda args: bool(args.yes))
    c = psub.add_parser("retention", help="customers with no activity for N years")
    c.add_argument("--years", type=YEARS, default=DEFAULT_RETENTION_YEARS)
    set_command(c, _cmd_retention, writes=False)
    c = psub.add_parser("notice", help="draft privacy notice (tietosuojaseloste) as PDF")
    c.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    c.add_argument("--years", type=YEARS, default=DEFAULT_RETENTION_YEARS)
    set_command(c, _cmd_notice, writes=False)


def _customer_id(services: Services, number: str) -> int:
    return services.customers.get_by_number(number).id


def _cmd_export(services: Services, args: argparse.Namespace) -> int:
    target = output_file(args, args.output)
    services.privacy.export_zip(_customer_id(services, args.number), target, args.contact)
    print(target)
    return 0


def _cmd_erase(services: Services, args: argparse.Namespace) -> int:
    privacy = services.privacy
    customer_id = _customer_id(services, args.number)
    plan = privacy.erase_plan(customer_id)
    how = (
        "anonymised (invoices are kept with the name, address and business id only)"
        if plan.anonymise
        else "deleted completely"
    )
    print(f"{plan.customer_number} {plan.name}: will be {how}.")
    print(
        f"  contacts {plan.contacts}, offices {plan.offices}, notes {plan.notes}, "
        f"attachments {plan.attachments}, custom fields {plan.custom_fields}, "
        f"history values of {plan.history_entries} entries"
    )
    for count in plan.kept_counts.items:
        print(f"  kept: {count}")
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
    for path in done.temporary_files:
        print(f"  temporary file of a running program: {path} (removed when it ends)")
    return 0


def _cmd_retention(services: Services, args: argparse.Namespace) -> int:
    found = services.privacy.retention_candidates(args.years)
    for c in found:
        last = c.last_activity.date().isoformat() if c.last_activity else "-"
        print(f"{c.customer_number:>8}  {c.name:<40.40}  {last}")
    print(f"{len(found)} customers without activity for {args.years} years")
    return 0


def _cmd_notice(services: Services, args: argparse.Namespace) -> int:
    target = output_file(args, args.output)
    services.privacy.privacy_notice_pdf(target, retention_years=args.years)
    print(target)
    return 0


__all__ = ["register"]
