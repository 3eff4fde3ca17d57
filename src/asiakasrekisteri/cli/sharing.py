"""Sharing a register: ``copy`` moves a whole register between a file and a server."""

from __future__ import annotations

import argparse
import json
from typing import Any

from asiakasrekisteri.cli.common import set_raw_command
from asiakasrekisteri.services.container import open_copy_end
from asiakasrekisteri.services.register_copy import copy_register


def register(sub: Any) -> None:
    """Add ``copy`` to the main parser."""
    p = sub.add_parser(
        "copy",
        help="copy a whole register into an empty one (file or postgresql:// server)",
        description="Copies customers, invoices, attachments and history from the register "
        "FROM into the empty register TO, in one transaction, then verifies the copy (rows "
        "and checksums of every table, attachments, the register check). Either may be a "
        "file or a postgresql://user@host/database URL; an empty TO file or database is "
        "set up first. FROM is not changed.",
    )
    p.add_argument("--from", dest="source", required=True, metavar="FROM")
    p.add_argument("--to", dest="target", required=True, metavar="TO")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    set_raw_command(p, _cmd_copy, writes=False)


def _cmd_copy(args: argparse.Namespace) -> int:
    source = open_copy_end(args.source)
    try:
        target = open_copy_end(args.target)
        try:
            report = copy_register(source, target)
        finally:
            target.db.close()
    finally:
        source.db.close()
    if args.json:
        print(json.dumps({"rows": report.rows, "attachments": report.attachments}, indent=2))
    else:
        print(
            f"Copied {report.total_rows} rows and {report.attachments} attachment(s) from "
            f"{source.db.backend.describe()} to {target.db.backend.describe()}; "
            "the copy was verified."
        )
    return 0


__all__ = ["register"]
