"""The command line: the same services as the window. With no command, the window opens.

One module per group of commands (``customers``, ``invoices``, ``spreadsheets``,
``safety``, ``privacy``), each adding its commands with ``register(subparsers)``;
``main`` builds the parser from them and runs the chosen command.
"""

from __future__ import annotations

from asiakasrekisteri.cli.customers import customer_to_json
from asiakasrekisteri.cli.main import build_parser, main

__all__ = ["build_parser", "customer_to_json", "main"]
