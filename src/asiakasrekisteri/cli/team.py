"""``team``: who works in a shared register, and whether they see invoicing."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from asiakasrekisteri.cli.common import UsageError, set_command
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.team import TeamRole

_ROLE_WORDS = {
    TeamRole.FULL: "full access",
    TeamRole.LIMITED: "limited: no invoicing figures or amounts",
}


def register(sub: Any) -> None:
    """Add ``team add-user``, ``team remove-user`` and ``team list``."""
    p = sub.add_parser(
        "team",
        help="users and roles of a register shared on a PostgreSQL server",
        description="Run by the register's owner (a server role with CREATEROLE). Roles: "
        "full (everything) and limited (customers, contacts, notes and attachments, but no "
        "invoices, payments, products or amounts). The server enforces them.",
    )
    tsub = p.add_subparsers(dest="action", required=True)
    c = tsub.add_parser("add-user", help="create a user or change their role")
    c.add_argument("name", metavar="NAME", help="the person's login name on the server")
    c.add_argument("--role", required=True, choices=[r.value for r in TeamRole])
    how = c.add_mutually_exclusive_group()
    how.add_argument(
        "--password-stdin", action="store_true", help="read the user's password from stdin"
    )
    how.add_argument("--ask-password", action="store_true", help="ask the password (twice)")
    set_command(c, _cmd_add, writes=True)
    c = tsub.add_parser("remove-user", help="take a user's role away (not your own)")
    c.add_argument("name", metavar="NAME")
    set_command(c, _cmd_remove, writes=True)
    c = tsub.add_parser("list", help="the users and their roles")
    c.add_argument("--json", action="store_true")
    set_command(c, _cmd_list, writes=False)


def _password(args: argparse.Namespace) -> str | None:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif args.ask_password:
        password = getpass.getpass(f"Password for {args.name}: ")
        if getpass.getpass("Again: ") != password:
            raise UsageError("the passwords differ; nothing was changed")
    else:
        return None
    if not password:
        raise UsageError("the password is empty; nothing was changed")
    return password


def _cmd_add(services: Services, args: argparse.Namespace) -> int:
    role = TeamRole(args.role)
    services.team.add(args.name, role, _password(args))
    print(f"{args.name.strip()}: {_ROLE_WORDS[role]}")
    return 0


def _cmd_remove(services: Services, args: argparse.Namespace) -> int:
    services.team.remove(args.name)
    print(f"{args.name.strip()}: no access")
    return 0


def _cmd_list(services: Services, args: argparse.Namespace) -> int:
    members = services.team.members()
    if args.json:
        print(json.dumps([{"name": m.name, "role": m.role.value} for m in members], indent=2))
    else:
        for member in members:
            print(f"{member.name}\t{member.role.value}")
    return 0


__all__ = ["register"]
