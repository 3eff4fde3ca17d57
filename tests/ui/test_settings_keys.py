"""Every QSettings entry is declared once, in ui/settings_keys.py, and read back as written."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

import asiakasrekisteri
from asiakasrekisteri.services.privacy import DEFAULT_RETENTION_YEARS
from asiakasrekisteri.ui import settings_keys as keys

PACKAGE = Path(asiakasrekisteri.__file__).parent
DECLARING_MODULE = PACKAGE / "ui" / "settings_keys.py"
SETTINGS_METHODS = {"value", "setValue", "remove", "contains"}


def _sources() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if p != DECLARING_MODULE]


def _key_literals(path: Path) -> list[str]:
    """``x.value("a/b")``-style calls: a string literal handed to a settings method."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in SETTINGS_METHODS
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append(f"{path.name}:{node.lineno}: {node.args[0].value!r}")
    return sorted(found)


def _string_constants(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def test_no_module_hands_qsettings_a_key_of_its_own() -> None:
    assert [hit for path in _sources() for hit in _key_literals(path)] == []


def test_the_check_finds_a_key_literal(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('def f(s):\n    s.setValue("ui/x", 1)\n    return s.value("ui/y")\n')
    assert [hit.split(": ")[1] for hit in _key_literals(sample)] == ["'ui/x'", "'ui/y'"]


def test_every_key_is_written_out_only_where_it_is_declared() -> None:
    declared = {setting.key for setting in keys.ALL_SETTINGS}
    assert len(declared) == len(keys.ALL_SETTINGS), "a key declared twice"
    elsewhere = {
        f"{path.relative_to(PACKAGE)}: {key}"
        for path in _sources()
        for key in _string_constants(path) & declared
    }
    assert elsewhere == set()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _reread(settings: QSettings) -> QSettings:
    """The settings as the next start reads them: from the file, values as strings."""
    settings.sync()
    return QSettings(settings.fileName(), QSettings.Format.IniFormat)


def test_defaults_when_nothing_is_stored(settings: QSettings) -> None:
    assert keys.LANGUAGE.read(settings) == ""
    assert keys.THEME.read(settings) == "system"
    assert keys.FIRST_RUN_DONE.read(settings) is False
    assert keys.RETENTION_YEARS.read(settings) == DEFAULT_RETENTION_YEARS
    assert keys.WINDOW_GEOMETRY.read(settings) is None


def test_each_kind_reads_back_what_was_written_after_a_restart(settings: QSettings) -> None:
    keys.LANGUAGE.write(settings, "sv")
    keys.FIRST_RUN_DONE.write(settings, True)
    keys.RETENTION_YEARS.write(settings, 7)
    keys.WINDOW_SPLITTER.write(settings, QByteArray(b"\x00\x01state"))
    reread = _reread(settings)
    assert keys.LANGUAGE.read(reread) == "sv"
    assert keys.FIRST_RUN_DONE.read(reread) is True
    assert keys.RETENTION_YEARS.read(reread) == 7
    assert keys.WINDOW_SPLITTER.read(reread) == QByteArray(b"\x00\x01state")


def test_an_unreadable_value_gives_the_default(settings: QSettings) -> None:
    settings.setValue(keys.RETENTION_YEARS.key, "many")
    settings.setValue(keys.FIRST_RUN_DONE.key, "perhaps")
    reread = _reread(settings)
    assert keys.RETENTION_YEARS.read(reread) == DEFAULT_RETENTION_YEARS
    assert keys.FIRST_RUN_DONE.read(reread) is False
