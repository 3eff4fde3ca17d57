"""The ``asiakasrekisteri`` command: the parser, the dispatch, and the one error handler.

With no command the window opens. Every other command runs on the services of the
register named by ``--db`` (else the environment, else the user data directory); a
command that changes the register first takes the register's lock, so a window open on
the same file is not overwritten behind its back.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from asiakasrekisteri import __version__
from asiakasrekisteri.cli import (
    customers,
    delivery,
    invoices,
    payments,
    privacy,
    safety,
    settings,
    sharing,
    spreadsheets,
    team,
    trade_register,
)
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
from asiakasrekisteri.logs import configure_logging
from asiakasrekisteri.paths import register_location
from asiakasrekisteri.register_lock import InstanceLock
from asiakasrekisteri.services.container import open_services, scratch_area
from asiakasrekisteri.storage.errors import StorageError

logger = logging.getLogger(__name__)

# The command groups, in the order their commands appear in --help.
GROUPS = (
    customers, invoices, payments, settings, delivery, spreadsheets, safety, privacy, sharing,
    team, trade_register,
)  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command and option."""
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
    for group in GROUPS:
        group.register(sub)
    return parser


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
    where = register_location(args.db)
    if not command_writes(args) or isinstance(where, str):
        # A shared register coordinates its writers in the database itself.
        yield
        return
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
    parser = build_parser()
    name = ""
    try:
        _check_arguments(sys.argv[1:] if argv is None else argv)
        args = parser.parse_args(argv)
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


__all__ = ["build_parser", "main", "run_gui"]
