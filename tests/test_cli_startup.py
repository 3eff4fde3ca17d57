"""The command line read in two steps: names and help first, the command's module after."""

from __future__ import annotations

import argparse
import contextlib
import io
import sys

import pytest

from asiakasrekisteri.cli import build_parser, main
from asiakasrekisteri.cli.main import COMMANDS, parse_arguments


def _commands(parser: argparse.ArgumentParser) -> list[tuple[str, str | None]]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return [(choice.dest, choice.help) for choice in action._choices_actions]


def test_the_table_of_commands_is_what_their_modules_register() -> None:
    """Name, order and help line: the first step's table and the modules agree."""
    registered = _commands(build_parser())
    assert registered == [("gui", "open the window (the default)")] + [
        (name, help_text) for name, _module, help_text in COMMANDS
    ]
    for name, module, _help in COMMANDS:
        assert name in dict(_commands(build_parser([module]))), (name, module)


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:  # --help and --version end in argparse
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def test_help_lists_every_command_and_a_command_has_its_own_help() -> None:
    code, out, _ = _run("--help")
    assert code == 0
    for name, _module, _help in COMMANDS:
        assert name in out
    code, out, _ = _run("customer", "--help")
    assert code == 0 and "add" in out and "show" in out and "KEY=VALUE" in out
    code, out, _ = _run("--db", "x.sqlite3", "invoice", "create", "--help")
    assert code == 0 and "--row" in out


def test_mistakes_are_one_line_in_either_step() -> None:
    code, out, err = _run("no-such-command")
    assert code == 2 and out == "" and err.count("\n") == 1 and "invalid choice" in err
    code, out, err = _run("customers", "--no-such-option")
    assert code == 2 and out == "" and err.count("\n") == 1 and "--no-such-option" in err
    code, _, err = _run("--db")
    assert code == 2 and "expected one argument" in err


def test_options_before_the_command_reach_it() -> None:
    args = parse_arguments(["--db", "r.sqlite3", "--force", "customers", "--json"])
    assert (args.db, args.force, args.command, args.json) == ("r.sqlite3", True, "customers", True)
    args = parse_arguments([])
    assert args.command is None and args.db is None
    assert parse_arguments(["gui"]).command == "gui"


@pytest.mark.parametrize("name", [name for name, _module, _help in COMMANDS])
def test_every_command_parses_with_its_module_only(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``<command> --help`` builds the parser of that command's module alone."""
    built: list[list[str] | None] = []
    real = build_parser

    def spy(modules: list[str] | None = None) -> argparse.ArgumentParser:
        built.append(None if modules is None else list(modules))
        return real(modules)

    monkeypatch.setattr(sys.modules["asiakasrekisteri.cli.main"], "build_parser", spy)
    code, out, _ = _run(name, "--help")
    assert code == 0 and out.startswith("usage:")
    assert built == [[{n: m for n, m, _h in COMMANDS}[name]]]
