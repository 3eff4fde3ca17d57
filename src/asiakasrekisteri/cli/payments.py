"""Money in: ``payments import|unmatched|assign|dismiss|imports|undo|credit``.

    asiakasrekisteri payments import FILE [--dry-run] [--json]
    asiakasrekisteri payments unmatched [--json]
    asiakasrekisteri payments assign ARCHIVE_ID INVOICE
    asiakasrekisteri payments dismiss ARCHIVE_ID
    asiakasrekisteri payments imports
    asiakasrekisteri payments undo IMPORT
    asiakasrekisteri payments credit CUSTOMER [--use | --refund AMOUNT]

``import`` reads a camt.054 or camt.053 file or a reference payment file (viitesiirto),
prints each payment with its match and what was done, and settles the invoices in one
transaction (nothing with ``--dry-run``). A damaged or unknown file is refused with one
line and exit status 2; a file imported before is recognised, and its payments are not
taken twice.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from asiakasrekisteri.cli.common import Parser, money_text, set_command
from asiakasrekisteri.domain.bank_payments import SkipReason
from asiakasrekisteri.domain.money import parse_money
from asiakasrekisteri.domain.payment_matching import Action, Proposal
from asiakasrekisteri.services.banking import ImportPreview, Totals, UnmatchedPayment, totals_of
from asiakasrekisteri.services.container import Services

_SKIPPED = {
    SkipReason.DEBIT: "money out",
    SkipReason.NOT_BOOKED: "not booked yet",
    SkipReason.BATCH_TOTAL: "a batch total without its payments",
}
_ACTIONS = {
    Action.PAID: "paid",
    Action.PART_PAYMENT: "part payment",
    Action.OVERPAYMENT: "paid, the rest to credit",
    Action.CREDIT: "to the customer's credit",
    Action.UNMATCHED: "unmatched",
    Action.CORRECTION: "correction, not settled",
    Action.ALREADY_IMPORTED: "already imported, skipped",
}


def register(sub: Any) -> None:
    """Add ``payments`` to the main parser."""
    p = sub.add_parser(
        "payments",
        help="import the bank's payment files; unmatched payments; customers' credit",
    )
    psub = p.add_subparsers(dest="action", required=True, parser_class=Parser)
    c = psub.add_parser(
        "import",
        help="settle invoices from a camt.054/053 file or a reference payment file",
        description=__doc__.split("\n\n")[2],
    )
    c.add_argument("file", metavar="FILE")
    c.add_argument("--dry-run", action="store_true", help="show what would happen; save nothing")
    c.add_argument("--json", action="store_true", help="print the payments as JSON")
    # A dry run saves nothing, so it may look at a file while the window is open.
    set_command(c, _cmd_import, writes=lambda args: not args.dry_run)
    c = psub.add_parser("unmatched", help="payments that matched no invoice")
    c.add_argument("--json", action="store_true")
    set_command(c, _cmd_unmatched, writes=False)
    c = psub.add_parser(
        "assign", help="place an unmatched payment on an invoice (the rest becomes credit)"
    )
    c.add_argument("archive_id", metavar="ARCHIVE_ID")
    c.add_argument("invoice", metavar="INVOICE", help="the invoice number")
    set_command(c, _cmd_assign, writes=True)
    c = psub.add_parser("dismiss", help="set an unmatched payment aside (not for an invoice)")
    c.add_argument("archive_id", metavar="ARCHIVE_ID")
    set_command(c, _cmd_dismiss, writes=True)
    c = psub.add_parser("imports", help="list the bank files imported (for undo)")
    set_command(c, _cmd_imports, writes=False)
    c = psub.add_parser("undo", help="take back a bank file's import whole")
    c.add_argument("import_id", type=int, metavar="IMPORT")
    set_command(c, _cmd_undo, writes=True)
    c = psub.add_parser("credit", help="a customer's credit from overpayments")
    c.add_argument("customer", metavar="CUSTOMER", help="the customer number")
    how = c.add_mutually_exclusive_group()
    how.add_argument("--use", action="store_true", help="pay the open invoices, oldest first")
    how.add_argument("--refund", metavar="AMOUNT", help="record a refund to the customer")
    set_command(c, _cmd_credit, writes=lambda args: bool(args.use or args.refund))


def _describe(proposal: Proposal) -> str:
    """What was done with a payment, in words."""
    text = _ACTIONS[proposal.action]
    if proposal.allocations:
        paid = ", ".join(
            f"{a.number} {money_text(a.amount)}"
            + (f" (open {money_text(a.open_after)})" if a.open_after else "")
            for a in proposal.allocations
        )
        text += f": invoice {paid}"
    if proposal.credit:
        text += f"; credit {money_text(proposal.credit)}"
    if proposal.unmatched is not None:
        text += f" ({proposal.unmatched.value.replace('_', ' ')})"
    return text


def _payment_json(proposal: Proposal, names: dict[int, str]) -> dict[str, Any]:
    payment = proposal.payment
    return {
        "archive_id": payment.archive_id,
        "booking_date": payment.booking_date.isoformat(),
        "payment_date": payment.payment_date.isoformat(),
        "amount": money_text(payment.amount),
        "currency": payment.currency,
        "reference": payment.reference,
        "payer": payment.payer_name,
        "message": payment.message,
        "action": proposal.action.value,
        "customer": names.get(proposal.payer_id) if proposal.payer_id is not None else None,
        "invoices": [
            {
                "number": a.number,
                "amount": money_text(a.amount),
                "open_after": money_text(a.open_after),
            }
            for a in proposal.allocations
        ],
        "credit": money_text(proposal.credit),
        "unmatched_reason": proposal.unmatched.value if proposal.unmatched else None,
    }


def _totals_json(totals: Totals) -> dict[str, Any]:
    return {
        "payments": totals.payments,
        "amount": money_text(totals.amount),
        "settled": money_text(totals.settled),
        "credit": money_text(totals.credit),
        "unmatched": money_text(totals.unmatched),
        "unmatched_count": totals.unmatched_count,
        "invoices_paid": totals.invoices_paid,
        "corrections": totals.corrections,
        "already_imported": totals.already_imported,
    }


def _print_import(
    preview: ImportPreview, proposals: tuple[Proposal, ...], totals: Totals, dry_run: bool
) -> None:
    for proposal in proposals:
        p = proposal.payment
        print(
            f"{p.archive_id}  {p.booking_date.isoformat()}  {money_text(p.amount):>10} "
            f"{p.currency}  {p.reference or '-':<20}  {p.payer_name or '-'}  →  "
            f"{_describe(proposal)}"
        )
    for entry in preview.file.skipped:
        print(
            f"{entry.archive_id or '-'}  {money_text(entry.amount):>10} {entry.currency}  "
            f"{entry.description or '-'}  →  not a payment in: {_SKIPPED[entry.reason]}"
        )
    would = "would be " if dry_run else ""
    print(
        f"{totals.payments} payments {would}taken, {money_text(totals.amount)}: "
        f"{money_text(totals.settled)} on {totals.invoices_paid} invoices paid in full or in "
        f"part, {money_text(totals.credit)} to credit, {totals.unmatched_count} unmatched "
        f"({money_text(totals.unmatched)}), {totals.corrections} corrections, "
        f"{totals.already_imported} already imported"
    )


def _import_json(
    preview: ImportPreview,
    proposals: tuple[Proposal, ...],
    totals: Totals,
    import_id: int | None,
    dry_run: bool,
) -> dict[str, Any]:
    names = dict(preview.customer_names)
    imported_before = preview.imported_at.isoformat() if preview.imported_at else None
    return {
        "file": preview.file_name,
        "format": preview.file.format.value,
        "account": preview.file.account,
        "dry_run": dry_run,
        "import_id": import_id,
        "imported_before": imported_before,
        "payments": [_payment_json(p, names) for p in proposals],
        "skipped": [
            {
                "archive_id": s.archive_id,
                "amount": money_text(s.amount),
                "currency": s.currency,
                "reason": s.reason.value,
                "description": s.description,
            }
            for s in preview.file.skipped
        ],
        "totals": _totals_json(totals),
    }


def _cmd_import(services: Services, args: argparse.Namespace) -> int:
    bank = services.bank_payments
    preview = bank.preview(args.file)
    if preview.nothing_new:
        when = preview.imported_at.date().isoformat() if preview.imported_at else "earlier"
        print(
            f"{preview.file_name} was imported already ({when}); nothing new in it", file=sys.stderr
        )
    if args.dry_run:
        proposals, import_id = preview.proposals, None
    else:
        result = bank.apply(preview)
        proposals, import_id = result.proposals, result.import_id
    totals = totals_of(proposals)
    if args.json:
        print(
            json.dumps(
                _import_json(preview, proposals, totals, import_id, args.dry_run),
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    _print_import(preview, proposals, totals, args.dry_run)
    if import_id is not None:
        print(f"import {import_id} (undo: payments undo {import_id})")
    return 0


def _unmatched_json(u: UnmatchedPayment) -> dict[str, Any]:
    return {
        "archive_id": u.archive_id,
        "booking_date": u.booking_date.isoformat(),
        "amount": money_text(u.amount),
        "total": money_text(u.total),
        "currency": u.currency,
        "reference": u.reference,
        "payer": u.payer_name,
        "message": u.message,
        "file": u.file_name,
        "reason": u.reason.value if u.reason else None,
    }


def _cmd_unmatched(services: Services, args: argparse.Namespace) -> int:
    found = services.bank_payments.unmatched()
    if args.json:
        print(json.dumps([_unmatched_json(u) for u in found], ensure_ascii=False, indent=2))
        return 0
    for u in found:
        print(
            f"{u.archive_id}  {u.booking_date.isoformat()}  {money_text(u.amount):>10} "
            f"{u.currency}  {u.reference or '-':<20}  {u.payer_name or '-'}  "
            f"{u.message}".rstrip()
        )
    if not found:
        print("no unmatched payments")
    return 0


def _cmd_assign(services: Services, args: argparse.Namespace) -> int:
    bank = services.bank_payments
    payment = bank.find_unmatched(args.archive_id)
    invoice = services.invoicing.get_by_number(args.invoice)
    result = bank.assign(payment.id, invoice.id)
    line = f"{money_text(result.paid)} paid on invoice {result.invoice_number}"
    if result.open_after:
        line += f", {money_text(result.open_after)} still open"
    if result.credit:
        line += f"; {money_text(result.credit)} to the customer's credit"
    print(line)
    return 0


def _cmd_dismiss(services: Services, args: argparse.Namespace) -> int:
    bank = services.bank_payments
    bank.dismiss(bank.find_unmatched(args.archive_id).id)
    print(f"{args.archive_id} set aside")
    return 0


def _cmd_imports(services: Services, args: argparse.Namespace) -> int:
    del args
    for info in services.bank_payments.imports():
        undone = f"  undone {info.undone_at:%Y-%m-%d %H:%M}" if info.undone_at else ""
        print(
            f"{info.id}  {info.imported_at:%Y-%m-%d %H:%M}  {info.file_format:<14} "
            f"{info.payment_count:>6} payments {money_text(info.total):>12}  "
            f"{info.file_name}{undone}"
        )
    return 0


def _cmd_undo(services: Services, args: argparse.Namespace) -> int:
    result = services.bank_payments.undo_import(args.import_id)
    print(
        f"import {result.import_id} undone: {result.removed} payments taken back, "
        f"{result.invoices} invoices changed"
    )
    for kept in result.kept:
        print(
            f"kept {kept.archive_id} {money_text(kept.amount)} ({kept.customer_name}): "
            "its credit has been used since"
        )
    return 0


def _cmd_credit(services: Services, args: argparse.Namespace) -> int:
    customer = services.customers.get_by_number(args.customer)
    bank = services.bank_payments
    today = date.today()
    if args.use:
        for allocation in bank.use_credit(customer.id, today=today):
            print(f"{money_text(allocation.amount)} paid on invoice {allocation.number}")
    elif args.refund:
        bank.refund_credit(customer.id, parse_money(args.refund), today=today)
    print(f"credit {money_text(bank.credit_balance(customer.id))}")
    return 0


__all__ = ["register"]
