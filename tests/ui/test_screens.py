"""The main views fit a small laptop screen, 1366×768, at 100 % and at 150 % scaling."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.laptop_screen import run_on_laptop_screen


@pytest.mark.slow
@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_every_button_is_within_reach_on_a_1366x768_screen(tmp_path: Path, scale: str) -> None:
    report = run_on_laptop_screen(tmp_path, scale, "tests.ui.screen_check")
    assert len(report) == 7  # the window, five card tabs and the invoice editor
    assert report == {view: [] for view in report}
