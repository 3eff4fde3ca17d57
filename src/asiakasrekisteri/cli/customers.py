"""Customers and the own company: ``customers``, ``customer``, ``company``, ``demo``."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from asiakasrekisteri.cli import trade_register
from asiakasrekisteri.cli.common import (
    Parser,
    UsageError,
    json_value,
    pairs,
    set_command,
)
from asiakasrekisteri.domain.company import (
    COMPANY_FIELD_NAMES,
    SETTINGS_FIELD_NAMES,
    apply_company_values,
    apply_settings_values,
    validate_company,
    validate_settings,
)
from asiakasrekisteri.domain.customer import INVOICING_TERMS, CustomerData, CustomerRecord
from asiakasrekisteri.domain.errors import FieldErrors, InvalidFormat
from asiakasrekisteri.domain.text_values import apply_text_values
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import ActiveFilter, CustomerQuery
from asiakasrekisteri.services.demo import fill_demo

# Public (CLI and JSON) names of the card fields, in the order they are printed.
PUBLIC_FIELDS: tuple[tuple[str, str], ...] = (
    ("customer_number", "customer_number"),
    ("type", "customer_type"),
    ("name", "name"),
    ("business_id", "business_id"),
    ("vat_id", "vat_id"),
    ("company_form", "company_form"),
    ("line_of_business", "line_of_business"),
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
    ("invoice_delivery", "invoice_delivery"),
    ("default_your_reference", "default_your_reference"),
    ("agreement_identifier", "agreement_identifier"),
    ("text_before_rows", "text_before_rows"),
    ("text_after_rows", "text_after_rows"),
    ("comment", "comment"),
    ("account_manager", "account_manager"),
)


def customer_to_json(record: CustomerRecord, *, shows_terms: bool = True) -> dict[str, Any]:
    """The documented JSON shape of one customer (``customers --json``).

    Args:
        shows_terms: False for a user who may not see the invoicing terms (a team's
            limited role): the discount, credit limit and penalty interest are left out.
    """
    data = record.data
    out: dict[str, Any] = {
        public: json_value(getattr(data, attr))
        for public, attr in PUBLIC_FIELDS
        if shows_terms or attr not in INVOICING_TERMS
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


# argparse's help lists what a user may type; custom fields are open-ended.
_CUSTOMER_KEYS_HELP = (
    "keys: " + ", ".join(public for public, _attr in PUBLIC_FIELDS) + ", custom:NAME"
)


def register(sub: Any) -> None:
    """Add ``customers``, ``customer``, ``company`` and ``demo`` to the main parser."""
    p = sub.add_parser("customers", help="list customers")
    p.add_argument("--search", default="", help="text to look for, as in the search box")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--inactive", action="store_true", help="include inactive customers")
    set_command(p, _cmd_customers, writes=False)

    p = sub.add_parser("customer", help="add, change or show one customer")
    csub = p.add_subparsers(dest="action", required=True, parser_class=Parser)
    c = csub.add_parser("add", help="add a customer: KEY=VALUE ...")
    c.add_argument("values", nargs="+", metavar="KEY=VALUE", help=_CUSTOMER_KEYS_HELP)
    set_command(c, _cmd_customer_add, writes=True)
    c = csub.add_parser("set", help="change a customer: NUMBER KEY=VALUE ...")
    c.add_argument("number")
    c.add_argument("values", nargs="+", metavar="KEY=VALUE", help=_CUSTOMER_KEYS_HELP)
    set_command(c, _cmd_customer_set, writes=True)
    c = csub.add_parser("show", help="print one customer as JSON")
    c.add_argument("number")
    set_command(c, _cmd_customer_show, writes=False)
    trade_register.register_customer_action(csub)

    p = sub.add_parser("company", help="own company details")
    csub = p.add_subparsers(dest="action", required=True, parser_class=Parser)
    c = csub.add_parser("set", help="change details: KEY=VALUE ...")
    c.add_argument(
        "values",
        nargs="+",
        metavar="KEY=VALUE",
        help="keys: " + ", ".join((*COMPANY_FIELD_NAMES, *SETTINGS_FIELD_NAMES)),
    )
    set_command(c, _cmd_company_set, writes=True)
    c = csub.add_parser("show", help="print the details")
    c.add_argument("--json", action="store_true")
    set_command(c, _cmd_company_show, writes=False)

    p = sub.add_parser("demo", help="fill the database with realistic demo customers")
    p.add_argument("--count", type=int, default=200)
    p.add_argument("--seed", type=int, default=2026)
    set_command(p, _cmd_demo, writes=True)


def _cmd_customers(services: Services, args: argparse.Namespace) -> int:
    query = CustomerQuery(
        search=args.search, active=ActiveFilter.ALL if args.inactive else ActiveFilter.ACTIVE
    )
    records = services.customers.search_records(query)
    if args.json:
        terms = services.team.sees_invoicing()
        shown = [customer_to_json(r, shows_terms=terms) for r in records]
        json.dump(shown, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for r in records:
        d = r.data
        print(f"{d.customer_number:>8}  {d.name:<40.40}  {d.business_id:<10}  {d.city}")
    print(f"{len(records)} customers")
    return 0


def _cmd_customer_show(services: Services, args: argparse.Namespace) -> int:
    record = services.customers.get_by_number(args.number)
    shown = customer_to_json(record, shows_terms=services.team.sees_invoicing())
    print(json.dumps(shown, ensure_ascii=False, indent=2))
    return 0


def _cmd_customer_add(services: Services, args: argparse.Namespace) -> int:
    values = pairs(args.values)
    record = services.customers.create(apply_text_values(CustomerData(), values))
    print(record.data.customer_number)
    return 0


def _cmd_customer_set(services: Services, args: argparse.Namespace) -> int:
    values = pairs(args.values)  # a malformed argument is reported before a missing customer
    service = services.customers
    record = service.get_by_number(args.number)
    updated = service.update(record.id, apply_text_values(record.data, values))
    print(updated.data.customer_number)
    return 0


def _cmd_company_set(services: Services, args: argparse.Namespace) -> int:
    """Own company details and its invoicing settings, set as one."""
    company = services.company
    invoicing = services.invoicing
    values = pairs(args.values)
    settings_values = {k: v for k, v in values.items() if k in SETTINGS_FIELD_NAMES}
    company_values = {k: v for k, v in values.items() if k not in SETTINGS_FIELD_NAMES}
    # Validate both halves before saving either: an error writes nothing.
    new_company = validate_company(apply_company_values(company.get(), company_values))
    new_settings = validate_settings(apply_settings_values(invoicing.settings(), settings_values))
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


def _cmd_company_show(services: Services, args: argparse.Namespace) -> int:
    """Own company details and its invoicing settings, shown as one."""
    data = {
        **asdict(services.company.get()),
        **{k: json_value(v) for k, v in asdict(services.invoicing.settings()).items()},
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for key, value in data.items():
            print(f"{key}: {'; '.join(value) if isinstance(value, list) else value}")
    return 0


def _cmd_demo(services: Services, args: argparse.Namespace) -> int:
    if args.count < 1 or args.count > 100_000:
        raise UsageError("--count must be between 1 and 100000")
    created = fill_demo(services.db, count=args.count, seed=args.seed)
    print(f"{created} demo customers added")
    return 0


__all__ = ["PUBLIC_FIELDS", "customer_to_json", "register"]
