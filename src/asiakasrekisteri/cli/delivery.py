"""Sending documents and the e-mail settings: ``invoice send …`` and ``email …``.

``invoice send NUMBER`` sends one invoice or credit note the customer's way (e-mail,
print file, e-invoice file); ``--due`` sends every finalised one not sent yet. The same
for reminders (``invoice send-reminder``) and statements (``invoice send-statement``).
Each document gets a line; a failure's line goes to stderr, and the exit status is 2 when
anything failed (it waits, and the next run tries again).
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from asiakasrekisteri.cli.common import (
    EXIT_USAGE,
    Parser,
    UsageError,
    error_text,
    json_value,
    pairs,
    set_command,
)
from asiakasrekisteri.domain.delivery import (
    DEFAULT_PORTS,
    DocumentKind,
    EmailSettings,
    SmtpSecurity,
)
from asiakasrekisteri.domain.enums import InvoiceDelivery
from asiakasrekisteri.domain.text_values import parse_bool
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.delivery import Delivery, DeliveryRun, Outcome

_DOCUMENT_NAMES = {
    DocumentKind.INVOICE: "invoice",
    DocumentKind.CREDIT_NOTE: "credit note",
    DocumentKind.REMINDER: "reminder",
    DocumentKind.STATEMENT: "statement",
}
_SETTING_KEYS = tuple(f.name for f in fields(EmailSettings))


def _writes_unless_dry_run(args: argparse.Namespace) -> bool:
    return not args.dry_run


def _sending_options(parser: argparse.ArgumentParser, *, batch: bool) -> None:
    if batch:
        parser.add_argument("number", nargs="?", help="the invoice's number")
        parser.add_argument("--due", action="store_true", help="every one waiting to be sent")
    parser.add_argument(
        "--to", metavar="ADDR", help="send by e-mail to these addresses (a;b) instead"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would be sent; send nothing"
    )
    parser.add_argument(
        "--print", dest="print_file", metavar="FILE.pdf",
        help="the PDF the paper documents are collected into",
    )  # fmt: skip
    parser.add_argument(
        "--password-stdin", action="store_true",
        help="read the mail server password from standard input",
    )  # fmt: skip
    parser.add_argument(
        "--timeout", type=float, default=30.0, metavar="SECONDS",
        help="how long to wait for the mail server (default 30)",
    )  # fmt: skip


def register_invoice_commands(isub: Any) -> None:
    """Add ``send``, ``send-reminder`` and ``send-statement`` to ``invoice``."""
    c = isub.add_parser("send", help="send invoices and credit notes the customer's way")
    _sending_options(c, batch=True)
    set_command(c, _cmd_send, writes=_writes_unless_dry_run)
    c = isub.add_parser(
        "send-reminder",
        help="send a payment reminder of an overdue invoice (recorded first if none waits)",
    )
    _sending_options(c, batch=True)
    set_command(c, _cmd_send_reminder, writes=_writes_unless_dry_run)
    c = isub.add_parser("send-statement", help="send a customer's statement of open invoices")
    c.add_argument("number", help="the customer's number")
    _sending_options(c, batch=False)
    set_command(c, _cmd_send_statement, writes=_writes_unless_dry_run)


def register(sub: Any) -> None:
    """Add ``email`` to the main parser."""
    p = sub.add_parser("email", help="e-mail settings, the password and a test connection")
    esub = p.add_subparsers(dest="action", required=True, parser_class=Parser)
    c = esub.add_parser("show", help="show the e-mail settings")
    c.add_argument("--json", action="store_true")
    set_command(c, _cmd_show, writes=False)
    c = esub.add_parser("set", help="change settings: " + ", ".join(_SETTING_KEYS))
    c.add_argument(
        "values",
        nargs="+",
        metavar="KEY=VALUE",
        help="keys: " + ", ".join(_SETTING_KEYS) + "; e.g. host=smtp.example.fi port=465",
    )
    set_command(c, _cmd_set, writes=True)
    c = esub.add_parser("password", help="keep the mail server password in the keyring")
    c.add_argument("--stdin", action="store_true", help="read it from standard input")
    c.add_argument("--forget", action="store_true", help="remove it from the keyring")
    set_command(c, _cmd_password, writes=False)
    c = esub.add_parser("test", help="connect and log in to the mail server; send nothing")
    c.add_argument("--password-stdin", action="store_true")
    c.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS")
    set_command(c, _cmd_test, writes=False)


# --- sending ---------------------------------------------------------------------------


def _one_or_due(args: argparse.Namespace) -> None:
    if bool(args.number) == bool(args.due):
        raise UsageError("give a NUMBER or --due (see: --help)")
    if args.due and args.to:
        raise UsageError("--to goes with one NUMBER, not with --due")


def _cmd_send(services: Services, args: argparse.Namespace) -> int:
    _one_or_due(args)
    delivery = services.delivery
    if args.due:
        items = delivery.unsent_invoices()
    else:
        record = services.invoicing.get_by_number(args.number)
        items = [delivery.prepare_invoice(record.id, recipients=args.to)]
    return _deliver(services, args, items)


def _cmd_send_reminder(services: Services, args: argparse.Namespace) -> int:
    _one_or_due(args)
    delivery = services.delivery
    today = date.today()
    if args.due:
        items = delivery.due_reminders(today)
    else:
        invoice_id = services.invoicing.get_by_number(args.number).id
        waiting = delivery.unsent_reminder_of(invoice_id)
        if waiting is not None:
            items = [delivery.prepare_reminder(waiting, recipients=args.to)]
        else:
            items = [delivery.plan_reminder(invoice_id, today, recipients=args.to)]
    return _deliver(services, args, items)


def _cmd_send_statement(services: Services, args: argparse.Namespace) -> int:
    customer = services.customers.get_by_number(args.number)
    item = services.delivery.prepare_statement(customer.id, date.today(), recipients=args.to)
    return _deliver(services, args, [item])


def _label(delivery: Delivery) -> str:
    return f"{delivery.number} {_DOCUMENT_NAMES[delivery.document]}"


def _where(delivery: Delivery, print_file: str) -> str:
    if delivery.by_email:
        attached = " with Finvoice XML" if delivery.route is InvoiceDelivery.EMAIL_FINVOICE else ""
        return f"by e-mail{attached} to {'; '.join(delivery.recipients)}"
    if delivery.route is InvoiceDelivery.PAPER:
        return f"on paper into {print_file or '(give --print FILE.pdf)'}"
    return f"as e-invoice to {delivery.einvoice_address}"


def _deliver(services: Services, args: argparse.Namespace, items: Sequence[Delivery]) -> int:
    print_file = _print_target(args.print_file) if args.print_file else None
    if args.dry_run:
        return _dry_run(items, args.print_file or "")
    if not items:
        print("nothing to send")
        return 0
    services.delivery.transport.timeout = args.timeout
    password = None
    if any(d.by_email and d.problem is None for d in items):
        password = _password(services, args.password_stdin)
    with DeliveryRun(services.delivery, password=password, print_file=print_file) as run:
        for item in items:
            run.send(item)
    for outcome in run.outcomes:
        _report(outcome)
    return _summary(run.outcomes)


def _dry_run(items: Sequence[Delivery], print_file: str) -> int:
    failed = 0
    for item in items:
        if item.problem is not None:
            failed += 1
            print(f"asiakasrekisteri: {_label(item)}: {error_text(item.problem)}", file=sys.stderr)
        else:
            subject = f": “{item.subject}”" if item.by_email else ""
            print(f"{_label(item)} would go {_where(item, print_file)}{subject}")
    if not items:
        print("nothing to send")
    return EXIT_USAGE if failed else 0


def _report(outcome: Outcome) -> None:
    item = outcome.delivery
    if outcome.error is not None:
        print(f"asiakasrekisteri: {_label(item)}: {error_text(outcome.error)}", file=sys.stderr)
    else:
        print(f"{_label(item)} sent {_where(item, outcome.file)}")


def _summary(outcomes: Sequence[Outcome]) -> int:
    failed = sum(1 for o in outcomes if not o.ok)
    if len(outcomes) > 1:
        print(f"{len(outcomes) - failed} sent, {failed} failed")
    return EXIT_USAGE if failed else 0


def _print_target(text: str) -> Path:
    path = Path(text).expanduser()
    if path.is_dir() or not path.parent.is_dir():
        raise UsageError(f"--print {path}: give a file in an existing folder")
    return path


def _password(services: Services, from_stdin: bool) -> str | None:
    """The mail server password: standard input, the keyring, else asked on the terminal."""
    settings = services.delivery.settings()
    if not settings.username:
        return None
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    stored = services.delivery.stored_password()
    if stored is not None:
        return stored
    if not sys.stdin.isatty():
        raise UsageError(
            "the mail server password is not in the keyring; give it with --password-stdin "
            "or keep it with: asiakasrekisteri email password"
        )
    if not services.delivery.keyring_available():
        print("No keyring on this computer: the password is asked each time.", file=sys.stderr)
    return getpass.getpass(f"Password of {settings.username} at {settings.host}: ")


# --- settings --------------------------------------------------------------------------


def _cmd_show(services: Services, args: argparse.Namespace) -> int:
    settings = services.delivery.settings()
    values = {k: json_value(v) for k, v in asdict(settings).items()}
    values["password_kept"] = services.delivery.stored_password() is not None
    if args.json:
        print(json.dumps(values, ensure_ascii=False, indent=2))
        return 0
    for key, value in values.items():
        print(f"{key}: {value}")
    return 0


def _setting(key: str, text: str) -> dict[str, object]:
    if key not in _SETTING_KEYS:
        raise UsageError(f"unknown key “{key}”; keys: {', '.join(_SETTING_KEYS)}")
    if key == "port":
        if not text.strip().isdigit():
            raise UsageError(f"port: not a number: {text}")
        return {"port": int(text)}
    if key == "security":
        try:
            security = SmtpSecurity(text.strip().lower())
        except ValueError:
            choices = ", ".join(s.value for s in SmtpSecurity)
            raise UsageError(f"security: one of {choices}") from None
        return {"security": security}
    if key == "bcc_self":
        return {"bcc_self": parse_bool(text)}
    return {key: text}


def _cmd_set(services: Services, args: argparse.Namespace) -> int:
    current = services.delivery.settings()
    changes: dict[str, Any] = {}
    for key, text in pairs(args.values).items():
        changes.update(_setting(key, text))
    if "security" in changes and "port" not in changes:
        changes["port"] = DEFAULT_PORTS[changes["security"]]
    services.delivery.save_settings(replace(current, **changes))
    return 0


def _cmd_password(services: Services, args: argparse.Namespace) -> int:
    delivery = services.delivery
    settings = delivery.settings()
    if not settings.host or not settings.username:
        raise UsageError("set host and username first: asiakasrekisteri email set …")
    if args.forget:
        delivery.forget_password()
        return 0
    if args.stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Password of {settings.username} at {settings.host}: ")
    delivery.keep_password(password)
    return 0


def _cmd_test(services: Services, args: argparse.Namespace) -> int:
    services.delivery.transport.timeout = args.timeout
    services.delivery.test_connection(_password(services, args.password_stdin))
    settings = services.delivery.settings()
    print(f"connected to {settings.host}:{settings.port}")
    return 0


__all__ = ["register", "register_invoice_commands"]
