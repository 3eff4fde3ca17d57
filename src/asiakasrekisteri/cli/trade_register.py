"""The trade register on the command line: ``company-lookup`` and
``customer update-from-register``.

Both ask PRH's open data service (``ASIAKASREKISTERI_YTJ_URL`` names another address);
without a network they fail with one line and exit status 2, and nothing is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from asiakasrekisteri.cli.common import UsageError, cli_language, set_command
from asiakasrekisteri.domain.trade_register import (
    REGISTER_FIELDS,
    CompanyWarning,
    RegisterCompany,
    Situation,
)
from asiakasrekisteri.services.container import Services

_SITUATION_TEXTS = {
    Situation.CEASED: "has ceased",
    Situation.BANKRUPTCY: "is in bankruptcy",
    Situation.LIQUIDATION: "is in liquidation",
    Situation.RESTRUCTURING: "is in corporate restructuring",
}


def register(sub: Any) -> None:
    """Add ``company-lookup`` to the main parser."""
    p = sub.add_parser(
        "company-lookup", help="find a company in the trade register by Y-tunnus or name"
    )
    p.add_argument("business_id", nargs="?", metavar="BUSINESS_ID", help="a Y-tunnus")
    p.add_argument("--name", help="search by name instead (at least 3 letters)")
    p.add_argument("--json", action="store_true", help="print JSON")
    set_command(p, _cmd_company_lookup, writes=False)


def register_customer_action(csub: Any) -> None:
    """Add ``update-from-register`` to the ``customer`` command."""
    c = csub.add_parser(
        "update-from-register",
        help="update a company customer's name, address, form and line of business from "
        "the trade register",
    )
    c.add_argument("number")
    c.add_argument(
        "--fields",
        help=f"comma-separated fields to update (default: every one that differs): "
        f"{', '.join(REGISTER_FIELDS)}",
    )
    c.add_argument("--dry-run", action="store_true", help="show the changes, write nothing")
    set_command(c, _cmd_update_from_register, writes=lambda args: not args.dry_run)


def warning_text(warning: CompanyWarning) -> str:
    since = f" since {warning.since.isoformat()}" if warning.since else ""
    return f"the company {_SITUATION_TEXTS[warning.situation]}{since}"


def company_json(company: RegisterCompany, language: str) -> dict[str, Any]:
    """One company as ``company-lookup --json`` prints it."""
    values = company.customer_values(language)
    out: dict[str, Any] = {name: values.get(name, "") for name in REGISTER_FIELDS}
    out["line_of_business_code"] = company.line_of_business_code
    out["website"] = company.website
    out["warnings"] = [
        {"situation": w.situation.value, "since": w.since.isoformat() if w.since else None}
        for w in company.warnings
    ]
    return out


def _cmd_company_lookup(services: Services, args: argparse.Namespace) -> int:
    if bool(args.business_id) == bool(args.name):
        raise UsageError("give either a Y-tunnus or --name NAME")
    lookups = services.trade_register
    language = cli_language()
    if args.business_id:
        companies: tuple[RegisterCompany, ...] = (lookups.require(args.business_id),)
        total = 1
    else:
        if len(" ".join(args.name.split())) < 3:
            raise UsageError("--name needs at least 3 letters")
        result = lookups.search(args.name)
        companies, total = result.companies, result.total
    if args.json:
        out = {"total": total, "companies": [company_json(c, language) for c in companies]}
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for company in companies:
        _print_company(company, language)
    if args.name:
        print(f"{len(companies)} of {total} companies")
    return 0


def _print_company(company: RegisterCompany, language: str) -> None:
    values = company.customer_values(language)
    print(f"{company.business_id}  {company.name}")
    kind = " · ".join(v for v in (values.get("company_form"), values.get("line_of_business")) if v)
    if kind:
        print(f"  {kind}")
    address = ", ".join(
        v
        for v in (
            values.get("street", "").replace("\n", ", "),
            " ".join(p for p in (values.get("postal_code"), values.get("city")) if p),
        )
        if v
    )
    if address:
        print(f"  {address}")
    for warning in company.warnings:
        print(f"  warning: {warning_text(warning)}")


def _cmd_update_from_register(services: Services, args: argparse.Namespace) -> int:
    fields = _fields(args.fields)
    record = services.customers.get_by_number(args.number)
    lookups = services.trade_register
    company = lookups.company_of(record)
    for warning in company.warnings:
        print(f"asiakasrekisteri: warning: {warning_text(warning)}", file=sys.stderr)
    found = [
        c for c in lookups.changes_for(record.id, company, cli_language()) if c.field in fields
    ]
    if not found:
        print(f"{record.data.customer_number}: no changes")
        return 0
    for change in found:
        old = change.old.replace("\n", ", ") or "(empty)"
        print(f"{change.field}: {old} → {change.new.replace(chr(10), ', ')}")
    if args.dry_run:
        print("dry run: nothing written")
        return 0
    lookups.apply(record.id, {c.field: c.new for c in found})
    print(f"{record.data.customer_number}: {len(found)} field(s) updated")
    return 0


def _fields(text: str | None) -> set[str]:
    if text is None:
        return set(REGISTER_FIELDS)
    fields = {f.strip() for f in text.split(",") if f.strip()}
    unknown = sorted(fields - set(REGISTER_FIELDS))
    if unknown or not fields:
        raise UsageError(
            f"unknown field(s) {', '.join(unknown) or '(none)'}; choose from "
            f"{', '.join(REGISTER_FIELDS)}"
        )
    return fields


__all__ = ["company_json", "register", "register_customer_action", "warning_text"]
