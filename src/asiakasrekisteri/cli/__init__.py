"""The command line: the same services as the window. With no command, the window opens.

One module per group of commands (``customers``, ``invoices``, ``spreadsheets``,
``safety``, ``privacy``), each adding its commands with ``register(subparsers)``;
``main`` reads the command line and imports only the module of the command given.
"""

from __future__ import annotations

from asiakasrekisteri.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
