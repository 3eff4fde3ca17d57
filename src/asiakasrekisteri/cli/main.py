"""The ``asiakasrekisteri`` command: the parser, the dispatch, and the one error handler.

With no command the window opens. Every other command runs on the services of the
register named by ``--db`` (else the environment, else the user data directory); a
command that changes the register first takes the register's lock, so a window open on
the same file is not overwritten behind its back.

The command line is read in two steps. The first knows only the options and each
command's name and line of help (:data:`COMMANDS`): it answers ``--version`` and
``--help`` and refuses an unknown command with nothing but ``argparse`` loaded. The
second imports the one module of the command given, which adds its own options and runs
it; only then come the database layer and whatever else that command uses.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from asiakasrekisteri import __version__
from asiakasrekisteri.cli.common import (
    EXIT_USAGE,
    Parser,
    UsageError,
    command_name,
    command_writes,
    error_text,
    one_line,
)
from asiakasrekisteri.domain.errors import (
    DomainError,
    FieldErrors,
    InvalidFormat,
    ValidationError,
)
from asiakasrekisteri.domain.limits import check_encoding
from asiakasrekisteri.storage.errors import StorageError

if TYPE_CHECKING:
    from asiakasrekisteri.register_lock import InstanceLock

logger = logging.getLogger(__name__)

COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("customers", "customers", "list customers"),
    ("customer", "customers", "add, change or show one customer"),
    ("company", "customers", "own company details"),
    ("demo", "customers", "fill the database with realistic demo customers"),
    ("invoice", "invoices", "create, list, print and settle invoices"),
    ("product", "invoices", "products and services"),
    ("payments", "payments",
     "import the bank's payment files; unmatched payments; customers' credit"),
    ("settings", "settings", "settings kept as data (reference rates)"),
    ("email", "delivery", "e-mail settings, the password and a test connection"),
    ("export", "spreadsheets", "write customers to an Excel file (.xlsx)"),
    ("import", "spreadsheets", "read customers from .xlsx, .xlsm, .xls, .ods or .csv"),
    ("imports", "spreadsheets", "list earlier imports (for undo-import)"),
    ("undo-import", "spreadsheets",
     "undo an import: remove the customers it created, restore those it updated"),
    ("backup", "safety", "back up the register now"),
    ("restore", "safety", "replace the register with a backup (checked first)"),
    ("check", "safety", "check the register (exit 0 only when everything holds)"),
    ("privacy", "privacy", "data protection: export, erase, retention, notice"),
    ("copy", "sharing",
     "copy a whole register into an empty one (file or postgresql:// server)"),
    ("team", "team", "users and roles of a register shared on a PostgreSQL server"),
    ("company-lookup", "trade_register",
     "find a company in the trade register by Y-tunnus or name"),
)  # fmt: skip
"""Each command in the order of ``--help``: its name, the module of this package that
adds its parser and runs it (``register(subparsers)``), and its line of help, which must
be the one that module gives (tests/test_cli_startup.py compares them)."""

_MODULE_OF = {name: module for name, module, _help in COMMANDS}


def _top_parser() -> tuple[Parser, Any]:
    """The options before the command, and an empty set of commands besides ``gui``."""
    parser = Parser(
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
    parser.add_argument(
        "--force",
        action="store_true",
        help="change the register even while a window has it open (the window may then "
        "overwrite the change)",
    )
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    sub.add_parser("gui", help="open the window (the default)")
    return parser, sub


def build_parser(modules: Iterable[str] | None = None) -> argparse.ArgumentParser:
    """The parser of every command with all its options (or of the commands of
    ``modules``), importing the modules that add and run them."""
    parser, sub = _top_parser()
    wanted = dict.fromkeys(_MODULE_OF.values()) if modules is None else modules
    for module in wanted:
        importlib.import_module(f"{__package__}.{module}").register(sub)
    return parser


def _overview_parser() -> argparse.ArgumentParser:
    """Every command by name and help only: nothing of theirs is imported."""
    parser, sub = _top_parser()
    for name, _module, help_text in COMMANDS:
        sub.add_parser(name, help=help_text, add_help=False)
    return parser


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The command line read in two steps (see the module's description).

    Raises:
        UsageError: An unknown command or option, or a missing value.
        SystemExit: After printing ``--help`` or ``--version``.
    """
    # The command's own options are left over here; the second step reads them.
    first, _rest = _overview_parser().parse_known_args(argv)
    if first.command in (None, "gui"):
        return _overview_parser().parse_args(argv)
    return build_parser([_MODULE_OF[first.command]]).parse_args(argv)


def run_gui(db_arg: str | None) -> int:
    """Open the window (imported here: the commands need no widgets)."""
    from asiakasrekisteri.app import run

    return run(db_arg)


COMMAND_WAIT_SECONDS = 60.0
"""How long a write waits while other command line writes hold the register."""


def _refusal(lock: InstanceLock) -> str:
    """Why a write is refused, naming the process that holds the register."""
    if not lock.held_elsewhere():
        return f"cannot make the register's lock file {lock.path}; check the folder, or use --force"
    holder = lock.holder()
    where = f" (pid {holder.pid} on {holder.host})" if holder else ""
    if lock.waited_out:
        return (
            f"the register is busy: another command{where} kept it for over "
            f"{COMMAND_WAIT_SECONDS:.0f} seconds; try again when it has finished"
        )
    return f"the register is open in a window{where}; close it first, or use --force"


@contextmanager
def _write_lock(args: argparse.Namespace) -> Iterator[None]:
    """Hold the register's lock while a command that writes runs.

    A window holds the lock while it is open: its next save would overwrite what this
    command wrote, so the command is refused unless ``--force`` is given. Another
    command's write is waited for. Held here, the lock refuses a window opened while the
    command runs.
    """
    from asiakasrekisteri.paths import register_location

    where = register_location(args.db)
    if not command_writes(args) or isinstance(where, str):
        # A shared register coordinates its writers in the database itself.
        yield
        return
    from asiakasrekisteri.register_lock import InstanceLock  # Qt's lock file: writes only

    lock = InstanceLock(where)
    if lock.acquire_for_command(COMMAND_WAIT_SECONDS):
        try:
            yield
        finally:
            lock.release()
    elif args.force:
        yield
    else:
        raise UsageError(_refusal(lock))


def _start_logging(name: str) -> None:
    """The diagnostic log, and the command's name in it (its arguments hold personal data)."""
    from asiakasrekisteri.logs import configure_logging

    try:
        configure_logging()
    except OSError:
        # A log directory that cannot be written must not stop the user's command.
        return
    logger.info("command %s", name)


@contextmanager
def _private_temporary_files(args: argparse.Namespace) -> Iterator[None]:
    """Temporary files go to the private folder while the command runs; what a killed
    run left there, or beside the register, goes first."""
    from asiakasrekisteri.paths import register_location
    from asiakasrekisteri.services.container import scratch_area

    scratch = scratch_area(register_location(args.db))
    try:
        scratch.open()
    except OSError as exc:
        # The command itself may still work; its temporary files then go where the
        # system puts them.
        logger.warning("No private temporary folder: %s", type(exc).__name__)
    try:
        yield
    finally:
        scratch.close()


def _run(args: argparse.Namespace) -> int:
    raw_handler = getattr(args, "raw_handler", None)
    if raw_handler is not None:
        return int(raw_handler(args))
    from asiakasrekisteri.services.container import open_services

    services = open_services(args.db)
    try:
        return int(args.handler(services, args))
    finally:
        services.close()


def _check_arguments(argv: Sequence[str]) -> None:
    """Refuse arguments that are not valid UTF-8 text before anything reads them.

    Python hands such bytes over as lone surrogates, which no field, file name in a
    message, or database can take. A NUL cannot come from a shell, but from a program
    calling this one it would end a file name early.
    """
    errors: dict[str, ValidationError] = {}
    for position, argument in enumerate(argv, start=1):
        name = f"argument {position}"
        try:
            check_encoding(argument)
            if "\x00" in argument:
                raise InvalidFormat(
                    "The text contains invisible control characters; remove them.",
                    code="text.control",
                )
        except ValidationError as exc:
            errors[name] = exc.with_field(name)
    if errors:
        raise FieldErrors(errors)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``asiakasrekisteri`` command."""
    name = ""
    try:
        arguments = sys.argv[1:] if argv is None else list(argv)
        _check_arguments(arguments)
        args = parse_arguments(arguments)
        name = command_name(args) if args.command else "gui"
        _start_logging(name)
        if args.command in (None, "gui"):
            return run_gui(args.db)
        with _private_temporary_files(args), _write_lock(args):
            return _run(args)
    except (UsageError, StorageError, DomainError) as exc:
        _log_failure(name, exc)
        print(f"asiakasrekisteri: {one_line(error_text(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        _log_failure(name, exc)
        text = f"{exc.strerror or exc}: {exc.filename or ''}"
        print(f"asiakasrekisteri: {one_line(text)}", file=sys.stderr)
        return EXIT_USAGE


def _log_failure(name: str, exc: BaseException) -> None:
    # The kind of error only: its text may quote a value the user typed.
    if name:
        logger.info("command %s refused: %s", name, type(exc).__name__)


__all__ = ["COMMANDS", "build_parser", "main", "parse_arguments", "run_gui"]
