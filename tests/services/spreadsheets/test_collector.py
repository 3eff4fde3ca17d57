"""The cycle collector is paused and frozen only explicitly, around the import's own steps."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.spreadsheets import DuplicateAction
from asiakasrekisteri.services.spreadsheets.collector import (
    collection_paused,
    frozen_while_alive,
)
from tests.services.excel_builders import write_xlsx


@pytest.fixture
def gc_enabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:  # pragma: no cover - pytest runs with the collector on
        gc.disable()


@pytest.fixture
def nothing_frozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_importing_the_package_leaves_the_collector_alone() -> None:
    code = (
        "import gc, asiakasrekisteri.services.spreadsheets, "
        "asiakasrekisteri.services.spreadsheets.collector;"
        "print(gc.isenabled(), gc.get_freeze_count())"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "0"]


@pytest.mark.usefixtures("gc_enabled")
def test_the_pause_lasts_for_the_block_and_ends_when_it_raises() -> None:
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError, match="inside"), collection_paused():
        raise ValueError("inside")
    assert gc.isenabled()


@pytest.mark.usefixtures("gc_enabled")
def test_a_nested_pause_leaves_the_collector_off_until_the_outer_ends() -> None:
    with collection_paused():
        with collection_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


@pytest.mark.usefixtures("nothing_frozen")
def test_objects_stay_frozen_while_their_owner_lives() -> None:
    class Owner:
        pass

    owner = frozen_while_alive(Owner())
    assert gc.get_freeze_count() > 0
    del owner  # reference counting frees it at once
    assert gc.get_freeze_count() == 0


@pytest.mark.usefixtures("gc_enabled", "nothing_frozen")
def test_apply_writes_with_the_collector_paused(services: Services, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [["Nimi"], ["Alfa Oy"], ["Beta Oy"]])
    service = services.excel_import
    plan = service.analyse(path)
    seen: list[bool] = []
    result = service.apply(
        plan,
        duplicate_choices={g.key: DuplicateAction.NEW for g in plan.duplicates},
        progress=lambda done, total: seen.append(gc.isenabled()),
    )
    assert len(result.created) == 2
    assert seen and not any(seen)
    assert gc.isenabled()
