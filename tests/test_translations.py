"""Translation sources are complete: every error message can be translated."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools import extract_messages  # noqa: E402


def test_validation_messages_file_is_up_to_date() -> None:
    assert extract_messages.main(["extract_messages", "--check"]) == 0, (
        "run: python tools/extract_messages.py"
    )


def test_every_domain_message_is_collected() -> None:
    messages = extract_messages.collect()
    assert "The Y-tunnus check digit does not match. Check the number for typing errors." in (
        messages
    )
    assert "This field is required." in messages  # a class-level template


def test_every_import_reason_is_a_literal_template_that_is_collected() -> None:
    """``Reason(...)`` takes its template as a string literal, so the tool finds each one."""
    messages = set(extract_messages.collect())
    package = ROOT / "src" / "asiakasrekisteri" / "services" / "spreadsheets"
    calls = [
        node
        for source in sorted(package.glob("*.py"))
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "Reason"
    ]
    assert len(calls) > 30
    for call in calls:
        first = call.args[0] if call.args else None
        assert isinstance(first, ast.Constant) and isinstance(first.value, str), ast.unparse(call)
        assert first.value in messages
    assert "{problem} The value is left out." in messages
    assert "Duplicate of row {row} (same Y-tunnus)." in messages


def test_every_error_is_given_a_template_the_tool_finds() -> None:
    """A template built at run time (an f-string, a variable) would reach the user in English."""
    assert extract_messages.unresolved() == []


def test_counts_are_collected_as_plural_templates() -> None:
    counted = extract_messages.counted()
    assert {"%n invoice(s)", "%n credit record(s)"} <= set(counted)
    text = (ROOT / "src" / "asiakasrekisteri" / "ui" / "validation_messages.py").read_text(
        encoding="utf-8"
    )
    assert 'self.tr("%n invoice(s)", "", n)' in text
