"""Several invalid fields at once: every message shows in full, over no other field, in
the first-run, company, customer and contact forms, on a 1366×768 screen at 100 % and
150 % scaling (the forms scroll where the screen is too small)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.laptop_screen import run_on_laptop_screen

# Each form with the fields given bad values in tests/ui/error_fit_check.py.
ERRORS_SHOWN = {"first run": 7, "company": 8, "contact": 3, "customer": 7,
                "customer, wide card": 7}  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("scale", "language"), [("1", "fi"), ("1.5", "fi"), ("1.5", "sv")])
def test_error_messages_fit_on_a_small_screen(tmp_path: Path, scale: str, language: str) -> None:
    report = run_on_laptop_screen(tmp_path, scale, "tests.ui.error_fit_check", language)
    assert report == {form: [f"errors shown: {n}"] for form, n in ERRORS_SHOWN.items()}
