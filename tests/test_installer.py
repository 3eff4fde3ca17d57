"""The installer files exist and agree with the package (name, version, paths).

PyInstaller itself is not run here (minutes, not seconds): ``installer/build_linux.py``
builds and smoke-tests the bundle by hand.
"""

from __future__ import annotations

import ast
import configparser
import re
from pathlib import Path

from asiakasrekisteri import APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "asiakasrekisteri.spec"
DESKTOP = INSTALLER / "asiakasrekisteri.desktop"
ISS = INSTALLER / "windows" / "asiakasrekisteri.iss"
PACKAGE = ROOT / "src" / "asiakasrekisteri"


def test_installer_files_exist() -> None:
    for path in (SPEC, DESKTOP, ISS, INSTALLER / "build_linux.py", INSTALLER / "entry.py",
                 INSTALLER / "make_icons.py"):  # fmt: skip
        assert path.is_file(), path


def test_spec_is_python_and_builds_one_folder_with_a_mac_bundle() -> None:
    text = SPEC.read_text(encoding="utf-8")
    ast.parse(text)  # PyInstaller runs the spec as Python
    assert "exclude_binaries=True" in text  # one-folder: Qt stays replaceable (LGPL)
    assert "COLLECT(" in text
    assert 'EXE_NAME = "asiakasrekisteri"' in text
    assert 'BUNDLE_ID = "fi.asiakasrekisteri"' in text
    assert "BUNDLE(" in text
    # The version and name come from the package, not a copy that could drift.
    assert "from asiakasrekisteri import APP_NAME, __version__" in text
    assert 'collect_data_files("asiakasrekisteri"' in text
    assert '"PySide6.QtSvg"' in text
    assert (INSTALLER / "entry.py").name in text


def test_desktop_file_names_the_program() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Exec"].split()[0] == "asiakasrekisteri"
    assert entry["Icon"] == "asiakasrekisteri"
    assert (PACKAGE / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()
    assert entry["Terminal"] == "false"
    assert "Office;" in entry["Categories"]
    assert entry["Comment[fi]"] and entry["Comment[sv]"]


def _iss_defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'#define\s+(\w+)\s+"([^"]*)"', text))


def test_inno_setup_script_matches_the_package() -> None:
    text = ISS.read_text(encoding="utf-8")
    defines = _iss_defines(text)
    assert defines["AppName"] == APP_NAME
    assert defines["AppVersion"] == __version__, "update AppVersion in the .iss"
    assert defines["AppExeName"] == "asiakasrekisteri.exe"
    # It packs the folder the spec builds.
    assert defines["BuildDir"].replace("\\", "/").endswith("dist/asiakasrekisteri")
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", text, re.MULTILINE)
    assert "Finnish.isl" in text


def test_pyproject_version_matches_the_package() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version = "([^"]+)"', text, re.MULTILINE)
    assert match is not None
    assert match.group(1) == __version__


def test_bundled_package_data_is_declared() -> None:
    """What the bundle and the wheel ship: translations, icon, user guide."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"resources/**/*"' in text
    assert '"translations/*.qm"' in text
    assert (PACKAGE / "resources" / "guide" / "kayttoopas.html").is_file()
    assert sorted(p.stem for p in (ROOT / "translations").glob("*.ts")) == [
        "asiakasrekisteri_en",
        "asiakasrekisteri_fi",
        "asiakasrekisteri_sv",
    ]


def test_the_frozen_programs_self_test_passes_from_source(tmp_path: Path) -> None:
    """The entry point the installer freezes starts the window and finds its parts."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(root / "src"),
        "ASIAKASREKISTERI_DATA_DIR": str(tmp_path / "data"),
        "ASIAKASREKISTERI_LOG_DIR": str(tmp_path / "log"),
    }
    done = subprocess.run(
        [sys.executable, str(root / "installer" / "entry.py"), "--self-test",
         "--db", str(tmp_path / "st.sqlite3")],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "self-test: Asiakasrekisteri" in done.stdout
