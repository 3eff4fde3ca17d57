"""The dependency rule: domain ← storage ← services ← ui/cli, checked on every module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "asiakasrekisteri"

# layer → top-level modules it must never import
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "domain": ("PySide6", "sqlalchemy", "asiakasrekisteri.storage", "asiakasrekisteri.services",
               "asiakasrekisteri.ui", "asiakasrekisteri.cli", "asiakasrekisteri.app",
               "openpyxl", "reportlab", "python_calamine", "segno", "lxml"),
    "storage": ("PySide6", "asiakasrekisteri.services", "asiakasrekisteri.ui",
                "asiakasrekisteri.cli", "asiakasrekisteri.app"),
    "services": ("PySide6", "asiakasrekisteri.ui", "asiakasrekisteri.cli",
                 "asiakasrekisteri.app"),
    "ui": ("sqlalchemy", "asiakasrekisteri.storage", "asiakasrekisteri.cli"),
}  # fmt: skip


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_inward(layer: str) -> None:
    modules = _modules(layer)
    assert modules, f"no modules found in {layer}"
    violations = []
    for path in modules:
        for name in _imports(path):
            for banned in FORBIDDEN[layer]:
                if name == banned or name.startswith(banned + "."):
                    violations.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not violations, "\n".join(violations)


def test_checker_sees_a_forbidden_edge(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy.orm\n")
    assert {"PySide6.QtCore", "sqlalchemy.orm"} <= _imports(bad)
