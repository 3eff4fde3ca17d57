"""What every command group shares: the usage error, the parser, values and messages."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from asiakasrekisteri.domain.errors import FieldErrors, ValidationError

if TYPE_CHECKING:
    # Only named: the services come with the command that runs, not with --help.
    from asiakasrekisteri.services.container import Services
    from asiakasrekisteri.storage.errors import StorageError

EXIT_USAGE = 2

Handler = Callable[["Services", argparse.Namespace], int]
"""A command on the open register's services; returns the exit status."""

RawHandler = Callable[[argparse.Namespace], int]
"""A command that opens the register itself, because it must work on a damaged file."""

Writes = bool | Callable[[argparse.Namespace], bool]
"""Whether a command changes the register: fixed, or decided by its options."""


class UsageError(Exception):
    """Bad arguments or values: one line on stderr, exit status 2."""


MAX_QUOTE = 60
"""Characters of a typed value a message quotes; the rest is counted, not printed."""

MAX_LINE = 1000
"""Characters of a message line at most."""

# Characters that would break the line or turn the text around when printed.
_UNPRINTABLE_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})
_DIRECTION_MARKS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def short(value: object) -> str:
    """``value`` as text, cut to :data:`MAX_QUOTE` characters with the length said."""
    text = str(value)
    if len(text) <= MAX_QUOTE:
        return text
    return f"{text[: MAX_QUOTE - 20]}… ({len(text)} characters)"


def one_line(text: str) -> str:
    """``text`` with line breaks, control characters and direction marks written as
    escapes (``\\n``), cut to :data:`MAX_LINE` characters: a message is one line."""
    out = []
    for char in text:
        if char in _DIRECTION_MARKS or unicodedata.category(char) in _UNPRINTABLE_CATEGORIES:
            escaped = char.encode("unicode_escape", "backslashreplace").decode("ascii")
            out.append(escaped if escaped != char else f"\\x{ord(char):02x}")
        else:
            out.append(char)
    line = "".join(out)
    return line if len(line) <= MAX_LINE else line[: MAX_LINE - 1] + "…"


def bounded_int(low: int, high: int) -> Callable[[str], int]:
    """An argument type: a whole number from ``low`` to ``high``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {short(text)}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"give a number from {low} to {high}, not {value}")
        return value

    return parse


RECORD_ID = bounded_int(1, 2**63 - 1)
"""An argument type: the id of a stored record (SQLite's integers are 64-bit)."""


class Parser(argparse.ArgumentParser):
    """An argument parser that reports a mistake as a :class:`UsageError`."""

    def error(self, message: str) -> NoReturn:
        # One clear line instead of argparse's usage dump: the usage is a --help away.
        raise UsageError(f"{message} (see: {self.prog} --help)")


# The files beside the register that are part of it while it is open.
_REGISTER_COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock", ".command.lock", ".closed")


def not_the_register(args: argparse.Namespace, text: str) -> Path:
    """The file ``text`` names, unless it is the register or one of its own files.

    Written over, the register is lost (an invoice PDF in place of the database); read
    as a backup of itself, it is restored from what it is being replaced with.
    """
    from asiakasrekisteri.paths import database_path

    path = Path(text).expanduser()
    register = database_path(args.db)
    own = {register.with_name(register.name + suffix).resolve() for suffix in _REGISTER_COMPANIONS}
    same = path.resolve() in own
    with contextlib.suppress(OSError):
        same = same or (path.exists() and register.exists() and path.samefile(register))
    if same:
        raise UsageError(f"{short(path)} is a file of the register itself; choose another file")
    return path


def output_file(args: argparse.Namespace, text: str) -> Path:
    """The file an option names for writing, checked before anything is recorded."""
    path = not_the_register(args, text)
    if path.is_dir():
        raise UsageError(f"{short(path)} is a folder; give a file name.")
    if not path.parent.is_dir():
        raise UsageError(f"The folder {short(path.parent)} does not exist.")
    if not os.access(path.parent, os.W_OK):
        raise UsageError(f"No permission to write in {short(path.parent)}.")
    return path


def set_command(parser: argparse.ArgumentParser, handler: Handler, *, writes: Writes) -> None:
    """Make ``parser`` run ``handler``; ``writes`` says whether it takes the register's lock."""
    parser.set_defaults(handler=handler, writes=writes)


def set_raw_command(
    parser: argparse.ArgumentParser, handler: RawHandler, *, writes: Writes
) -> None:
    """Like :func:`set_command` for a command that opens the register itself."""
    parser.set_defaults(raw_handler=handler, writes=writes)


def command_writes(args: argparse.Namespace) -> bool:
    """Whether the parsed command changes the register.

    A command that does not say is taken to write: checking the lock once too often only
    costs a refusal, missing it loses a window's or the command's changes.
    """
    writes: Writes = getattr(args, "writes", True)
    return writes(args) if callable(writes) else writes


def command_name(args: argparse.Namespace) -> str:
    """The command and its action, e.g. ``customer set``; never an argument's value."""
    action = getattr(args, "action", None)
    return f"{args.command} {action}" if action else str(args.command)


def pairs(items: Sequence[str]) -> dict[str, str]:
    """``KEY=VALUE`` arguments as a dict; a value may be empty, a key may not."""
    values: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"expected KEY=VALUE, got “{short(item)}”")
        values[key.strip()] = value
    return values


def json_value(value: Any) -> Any:
    """A field's value as JSON has it: enums by value, amounts as decimal strings."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, tuple):
        return [json_value(v) for v in value]
    return value


def money_text(value: Decimal) -> str:
    """An amount with two decimals and a point, as printed and in JSON."""
    return f"{value:.2f}"


def cli_language() -> str:
    """The language of messages: ``ASIAKASREKISTERI_LANG``, else the POSIX locale."""
    for variable in ("ASIAKASREKISTERI_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            code = value[:2].lower()
            return code if code in ("fi", "sv") else "en"
    return "en"


def error_text(exc: BaseException) -> str:
    """The message of an error, in the user's language (the GUI's catalogues)."""
    from asiakasrekisteri.storage.errors import StorageError  # not loaded for --help

    if isinstance(exc, StorageError):
        return _in_user_language(exc.message, lambda: _storage_text(exc))
    if not isinstance(exc, FieldErrors | ValidationError):
        return str(exc)
    errors = exc.errors if isinstance(exc, FieldErrors) else {"": exc}
    errors = {short(name): err for name, err in errors.items()}
    for err in errors.values():
        # A message quotes what was typed; ten thousand typed characters are not repeated.
        err.params = {k: short(v) if isinstance(v, str) else v for k, v in err.params.items()}

    def joined(render: Callable[[ValidationError], str]) -> str:
        texts = {name: render(err) for name, err in errors.items()}
        return "; ".join(f"{name}: {text}" if name else text for name, text in texts.items())

    return _in_user_language(joined(lambda err: err.message), lambda: joined(_rule_text))


def _rule_text(error: ValidationError) -> str:
    from asiakasrekisteri.ui.i18n import error_text as translated

    return translated(error)


def _storage_text(error: StorageError) -> str:
    from asiakasrekisteri.ui.i18n import storage_text

    return storage_text(error)


def _in_user_language(english: str, translated: Callable[[], str]) -> str:
    """``translated()`` with the user's catalogue installed; ``english`` without one."""
    language = cli_language()
    if language == "en":
        return english  # the domain's own templates: no Qt needed
    from PySide6.QtCore import QCoreApplication, QLocale

    from asiakasrekisteri.ui.i18n import Translators

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0] if sys.argv else ""])
    locale = QLocale()
    translators = Translators()
    try:
        return translated() if translators.install(app, language) else english
    finally:
        translators.remove(app)
        QLocale.setDefault(locale)


__all__ = [
    "EXIT_USAGE",
    "MAX_LINE",
    "MAX_QUOTE",
    "RECORD_ID",
    "Handler",
    "Parser",
    "RawHandler",
    "UsageError",
    "Writes",
    "bounded_int",
    "cli_language",
    "command_name",
    "command_writes",
    "error_text",
    "json_value",
    "money_text",
    "not_the_register",
    "one_line",
    "output_file",
    "pairs",
    "set_command",
    "set_raw_command",
    "short",
]
