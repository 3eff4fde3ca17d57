"""Translation sources are complete: every error message can be translated."""

from __future__ import annotations

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
