"""Settings kept as data: ``settings reference-rate …`` (the half-years' reference rates).

The statutory penalty interest needs the Bank of Finland reference rate of every
half-year it runs in; a reminder or statement past the table is refused until the new
half-year's rate is added here (or in the window's invoicing settings).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from asiakasrekisteri.cli.common import Parser, UsageError, set_command
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.money import parse_percent
from asiakasrekisteri.services.container import Services


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def register(sub: Any) -> None:
    """Add ``settings`` to the main parser."""
    p = sub.add_parser("settings", help="settings kept as data (reference rates)")
    ssub = p.add_subparsers(dest="action", required=True, parser_class=Parser)
    r = ssub.add_parser(
        "reference-rate", help="the Bank of Finland reference rate of each half-year"
    )
    rsub = r.add_subparsers(dest="rate_action", required=True, parser_class=Parser)
    c = rsub.add_parser("list", help="list the half-years and their rates")
    c.add_argument("--json", action="store_true")
    set_command(c, _cmd_list, writes=False)
    c = rsub.add_parser("add", help="add (or correct) a half-year's rate")
    c.add_argument("start", type=_date, help="first day of the half-year: YYYY-01-01 or YYYY-07-01")
    c.add_argument("rate", help="the reference rate in percent, e.g. 2,50")
    set_command(c, _cmd_add, writes=True)
    c = rsub.add_parser("remove", help="remove a half-year's rate")
    c.add_argument("start", type=_date)
    set_command(c, _cmd_remove, writes=True)


def _cmd_list(services: Services, args: argparse.Namespace) -> int:
    periods = services.invoicing.reference_rates().periods
    if args.json:
        out = [{"start": p.start.isoformat(), "rate": f"{p.rate:.2f}"} for p in periods]
        print(json.dumps(out, indent=2))
        return 0
    for period in periods:
        print(f"{period.start.isoformat()}  {period.rate:.2f}")
    return 0


def _cmd_add(services: Services, args: argparse.Namespace) -> int:
    try:
        rate = parse_percent(args.rate)
    except ValidationError as exc:
        raise UsageError(f"rate “{args.rate}”: {exc.message}") from exc
    services.invoicing.save_reference_rates(((args.start, rate),))
    return 0


def _cmd_remove(services: Services, args: argparse.Namespace) -> int:
    services.invoicing.save_reference_rates((), (args.start,))
    return 0


__all__ = ["register"]
