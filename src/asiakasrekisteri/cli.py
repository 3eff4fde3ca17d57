"""Command line: the same services as the GUI. With no command, the GUI opens."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, NoReturn

from asiakasrekisteri import __version__
from asiakasrekisteri.domain.company import (
    SETTINGS_FIELD_NAMES,
    apply_company_values,
    apply_settings_values,
    validate_company,
    validate_settings,
)
from asiakasrekisteri.domain.customer import CustomerData, CustomerRecord, apply_text_values
from asiakasrekisteri.domain.errors import (
    DomainError,
    FieldErrors,
    InvalidFormat,
    ValidationError,
)
from asiakasrekisteri.services.container import Services, open_services
from asiakasrekisteri.services.customers import ActiveFilter, CustomerQuery
from asiakasrekisteri.storage.errors import StorageError

EXIT_USAGE = 2


class UsageError(Exception):
    """Bad arguments or values: one line on stderr, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One clear line instead of argparse's usage dump (issue 2, item 6).
        raise UsageError(f"{message} (see: {self.prog} --help)")


# Public (CLI and JSON) names of the card fields, in the order they are printed.
PUBLIC_FIELDS: tuple[tuple[str, str], ...] = (
    ("customer_number", "customer_number"),
    ("type", "customer_type"),
    ("name", "name"),
    ("business_id", "business_id"),
    ("vat_id", "vat_id"),
    ("einvoice_address", "einvoice_address"),
    ("einvoice_operator", "einvoice_operator"),
    ("street", "street"),
    ("postal_code", "postal_code"),
    ("city", "city"),
    ("country", "country"),
    ("email", "email"),
    ("phone", "phone"),
    ("website", "website"),
    ("active", "active"),
    ("customer_group", "group"),
    ("status", "status"),
    ("buyer_ovt", "buyer_ovt"),
    ("alt_billing_customer_number", "alt_billing_customer_number"),
    ("invoice_language", "invoice_language"),
    ("fixed_reference", "fixed_reference"),
    ("use_rf_reference", "use_rf_reference"),
    ("delivery_ban", "delivery_ban"),
    ("collection_ban", "collection_ban"),
    ("vat_treatment", "vat_treatment"),
    ("discount_percent", "discount_percent"),
    ("credit_limit", "credit_limit"),
    ("penalty_interest", "penalty_interest"),
    ("payment_term_days", "payment_term_days"),
    ("delivery_terms", "delivery_terms"),
    ("delivery_method", "delivery_method"),
    ("default_your_reference", "default_your_reference"),
    ("agreement_identifier", "agreement_identifier"),
    ("text_before_rows", "text_before_rows"),
    ("text_after_rows", "text_after_rows"),
    ("comment", "comment"),
)


def _json_value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, tuple):
        return [_json_value(v) for v in value]
    return value


def customer_to_json(record: CustomerRecord) -> dict[str, Any]:
    """The documented JSON shape of one customer (``customers --json``)."""
    data = record.data
    out: dict[str, Any] = {
        public: _json_value(getattr(data, attr)) for public, attr in PUBLIC_FIELDS
    }
    out["contacts"] = [
        {
            "name": c.name,
            "email": c.email,
            "phone": c.phone,
            "role": c.title,
            "active": c.active,
        }
        for c in record.contacts
    ]
    out["offices"] = [{k: v for k, v in asdict(o).items() if k != "id"} for o in record.offices]
    out["custom_fields"] = dict(data.custom_fields)
    out["merged_numbers"] = list(record.merged_numbers)
    return out


def _pairs(items: Sequence[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"expected KEY=VALUE, got “{item}”")
        values[key.strip()] = value
    return values


def cli_language() -> str:
    """The language of messages: ``ASIAKASREKISTERI_LANG``, else the POSIX locale."""
    for variable in ("ASIAKASREKISTERI_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            code = value[:2].lower()
            return code if code in ("fi", "sv") else "en"
    return "en"


def _error_text(exc: BaseException) -> str:
    """The message of an error, in the user's language (the GUI's catalogues)."""
    if not isinstance(exc, FieldErrors | ValidationError):
        return str(exc)
    errors = exc.errors if isinstance(exc, FieldErrors) else {"": exc}
    language = cli_language()
    texts: dict[str, str] = {name: err.message for name, err in errors.items()}
    if language != "en":
        from PySide6.QtCore import QCoreApplication, QLocale

        from asiakasrekisteri.ui.i18n import Translators, error_text

        app = QCoreApplication.instance() or QCoreApplication([sys.argv[0] if sys.argv else ""])
        locale = QLocale()
        translators = Translators()
        try:
            if translators.install(app, language):
                texts = {name: error_text(err) for name, err in errors.items()}
        finally:
            translators.remove(app)
            QLocale.setDefault(locale)
    return "; ".join(f"{name}: {text}" if name else text for name, text in texts.items())


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="asiakasrekisteri",
        description="Customer register with invoicing for Finnish small firms. "
        "With no command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file (default: $ASIAKASREKISTERI_DB, else the user data directory)",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    sub.add_parser("gui", help="open the window (the default)")

    p = sub.add_parser("customers", help="list customers")
    p.add_argument("--search", default="", help="text to look for, as in the search box")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--inactive", action="store_true", help="include inactive customers")

    p = sub.add_parser("customer", help="add, change or show one customer")
    csub = p.add_subparsers(dest="action", required=True, parser_class=_Parser)
    c = csub.add_parser("add", help="add a customer: KEY=VALUE ...")
    c.add_argument("values", nargs="+", metavar="KEY=VALUE")
    c = csub.add_parser("set", help="change a customer: NUMBER KEY=VALUE ...")
    c.add_argument("number")
    c.add_argument("values", nargs="+", metavar="KEY=VALUE")
    c = csub.add_parser("show", help="print one customer as JSON")
    c.add_argument("number")

    p = sub.add_parser("company", help="own company details")
    csub = p.add_subparsers(dest="action", required=True, parser_class=_Parser)
    c = csub.add_parser("set", help="change details: KEY=VALUE ...")
    c.add_argument("values", nargs="+", metavar="KEY=VALUE")
    c = csub.add_parser("show", help="print the details")
    c.add_argument("--json", action="store_true")

    p = sub.add_parser("demo", help="fill the database with realistic demo customers")
    p.add_argument("--count", type=int, default=200)
    p.add_argument("--seed", type=int, default=2026)
    # Invoicing (issue 4): invoice and product commands, extra company keys.
    from asiakasrekisteri.cli_invoice import add_commands

    add_commands(sub)
    # Spreadsheets (issue 3): export, import, imports, undo-import.
    from asiakasrekisteri.cli_excel import register as add_excel_commands

    add_excel_commands(sub)
    # History, backups and privacy (issue 5): backup, restore, check, privacy.
    from asiakasrekisteri.cli_privacy import register as add_privacy_commands

    add_privacy_commands(sub)
    return parser


def _cmd_customers(services: Services, args: argparse.Namespace) -> int:
    query = CustomerQuery(
        search=args.search, active=ActiveFilter.ALL if args.inactive else ActiveFilter.ACTIVE
    )
    records = services.customers.search_records(query)
    if args.json:
        json.dump([customer_to_json(r) for r in records], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for r in records:
        d = r.data
        print(f"{d.customer_number:>8}  {d.name:<40.40}  {d.business_id:<10}  {d.city}")
    print(f"{len(records)} customers")
    return 0


def _cmd_customer(services: Services, args: argparse.Namespace) -> int:
    service = services.customers
    if args.action == "show":
        record = service.get_by_number(args.number)
        print(json.dumps(customer_to_json(record), ensure_ascii=False, indent=2))
        return 0
    values = _pairs(args.values)
    if args.action == "add":
        record = service.create(apply_text_values(CustomerData(), values))
        print(record.data.customer_number)
        return 0
    record = service.get_by_number(args.number)
    updated = service.update(record.id, apply_text_values(record.data, values))
    print(updated.data.customer_number)
    return 0


def _cmd_company(services: Services, args: argparse.Namespace) -> int:
    """Own company details and its invoicing settings, set and shown as one."""
    company = services.company
    invoicing = services.invoicing
    if args.action == "set":
        values = _pairs(args.values)
        settings_values = {k: v for k, v in values.items() if k in SETTINGS_FIELD_NAMES}
        company_values = {k: v for k, v in values.items() if k not in SETTINGS_FIELD_NAMES}
        # Validate both halves before saving either: an error writes nothing.
        new_company = validate_company(apply_company_values(company.get(), company_values))
        new_settings = validate_settings(
            apply_settings_values(invoicing.settings(), settings_values)
        )
        if new_settings.logo_path and not Path(new_settings.logo_path).is_file():
            raise FieldErrors(
                {
                    "logo_path": InvalidFormat(
                        "The logo file {path} does not exist.",
                        code="logo_path.missing",
                        path=new_settings.logo_path,
                    )
                }
            )
        if settings_values:
            invoicing.save_settings(new_settings)
        if company_values:
            company.save(new_company)
        return 0
    data = {
        **asdict(company.get()),
        **{k: _json_value(v) for k, v in asdict(invoicing.settings()).items()},
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for key, value in data.items():
            print(f"{key}: {'; '.join(value) if isinstance(value, list) else value}")
    return 0


def _cmd_demo(services: Services, args: argparse.Namespace) -> int:
    from asiakasrekisteri.services.demo import fill_demo

    if args.count < 1 or args.count > 100_000:
        raise UsageError("--count must be between 1 and 100000")
    created = fill_demo(services.db, count=args.count, seed=args.seed)
    print(f"{created} demo customers added")
    return 0


def run_gui(db_arg: str | None) -> int:
    from asiakasrekisteri.app import run

    return run(db_arg)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``asiakasrekisteri`` command."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command in (None, "gui"):
            return run_gui(args.db)
        raw_handler = getattr(args, "raw_handler", None)
        if raw_handler is not None:  # opens the database itself (restore a damaged file)
            return int(raw_handler(args))
        services = open_services(args.db)
        try:
            handler = (
                getattr(args, "handler", None)
                or {
                    "customers": _cmd_customers,
                    "customer": _cmd_customer,
                    "company": _cmd_company,
                    "demo": _cmd_demo,
                }[args.command]
            )
            return handler(services, args)
        finally:
            services.close()
    except (UsageError, StorageError, DomainError) as exc:
        print(f"asiakasrekisteri: {_error_text(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"asiakasrekisteri: {exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())


__all__ = ["build_parser", "customer_to_json", "main"]
