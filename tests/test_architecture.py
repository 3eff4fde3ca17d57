"""The house plan, checked on every module.

- One import direction: domain ← storage ← services ← ui / cli ← app. The helpers at the
  top of the package (paths, logs, the register lock) sit below storage.
- No circles: no module reaches itself again through its imports, counting the imports
  made inside functions, which run later but tie the modules together all the same.
- Each layer keeps to its libraries: no Qt below the UI, no SQL above storage.
- Nothing happens at import: importing every module registers no listener, creates no Qt
  application, installs no hook and writes no file.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
PACKAGE = SRC / "asiakasrekisteri"
TOP = "asiakasrekisteri"

# Layer → its rank; a module may import only modules of the same or a lower rank.
RANKS: dict[str, int] = {
    "base": 0,  # asiakasrekisteri/__init__, paths, logs, register_lock
    "domain": 1,
    "storage": 2,
    "services": 3,
    "ui": 4,
    "cli": 4,
    "entry": 5,  # app, __main__
}
ENTRY_MODULES = {f"{TOP}.app", f"{TOP}.__main__"}
ALLOWED_ACROSS = {
    # The CLI prints its messages from the window's catalogues, in the user's language.
    ("cli", f"{TOP}.ui.i18n"),
    # With no command, the command opens the window.
    ("cli", f"{TOP}.app"),
}
# Libraries a layer must never import.
FORBIDDEN_LIBRARIES: dict[str, tuple[str, ...]] = {
    "base": ("sqlalchemy", "PySide6.QtWidgets", "PySide6.QtGui"),
    "domain": ("PySide6", "sqlalchemy", "openpyxl", "reportlab", "python_calamine", "segno",
               "lxml", "platformdirs"),
    "storage": ("PySide6",),
    "services": ("PySide6",),
    "ui": ("sqlalchemy",),
    "cli": ("PySide6.QtWidgets", "PySide6.QtGui"),
}  # fmt: skip


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    line: int


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def layer_of(module: str) -> str:
    if module in ENTRY_MODULES:
        return "entry"
    rest = module.removeprefix(TOP).lstrip(".")
    head = rest.split(".")[0] if rest else ""
    if head in ("domain", "storage", "services", "ui"):
        return head
    if head == "cli" or head.startswith("cli_"):
        return "cli"
    return "base"


def _resolve(node: ast.ImportFrom, source: str, is_package: bool) -> str:
    if node.level == 0:
        return node.module or ""
    base = source.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imports_of(path: Path, modules: dict[str, Path], source: str = "") -> Iterator[Edge]:
    """Every import in a file, at any depth, as the module it names."""
    source = source or module_name(path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Edge(source, alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(node, source, path.name == "__init__.py")
            for alias in node.names:
                # ``from package import module`` imports the module itself.
                sub = f"{target}.{alias.name}"
                yield Edge(source, sub if sub in modules else target, node.lineno)


def internal_graph() -> dict[str, set[str]]:
    modules = all_modules()
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        for edge in imports_of(path, modules):
            if edge.target in modules and edge.target != name:
                graph[name].add(edge.target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def direction_violations(graph: dict[str, set[str]]) -> list[str]:
    problems = []
    for source, targets in graph.items():
        source_layer = layer_of(source)
        for target in targets:
            target_layer = layer_of(target)
            if (source_layer, target) in ALLOWED_ACROSS:
                continue
            if RANKS[target_layer] > RANKS[source_layer] or (
                RANKS[target_layer] == RANKS[source_layer] and target_layer != source_layer
            ):
                problems.append(f"{source} ({source_layer}) imports {target} ({target_layer})")
    return sorted(problems)


def test_every_module_belongs_to_a_layer() -> None:
    layers = {layer_of(m) for m in all_modules()}
    assert layers == set(RANKS), layers


def test_imports_point_inward_only() -> None:
    assert direction_violations(internal_graph()) == []


def test_no_import_circles() -> None:
    assert cycles(internal_graph()) == []


@pytest.mark.parametrize("layer", sorted(FORBIDDEN_LIBRARIES))
def test_layer_keeps_to_its_libraries(layer: str) -> None:
    modules = all_modules()
    violations = []
    for name, path in modules.items():
        if layer_of(name) != layer:
            continue
        for edge in imports_of(path, modules):
            for banned in FORBIDDEN_LIBRARIES[layer]:
                if edge.target == banned or edge.target.startswith(banned + "."):
                    violations.append(f"{name}:{edge.line} imports {edge.target}")
    assert violations == []


def test_the_checks_see_what_they_forbid(tmp_path: Path) -> None:
    """The checkers themselves: a planted circle, an outward edge, a lazy import."""
    graph = {
        f"{TOP}.domain.a": {f"{TOP}.services.b"},
        f"{TOP}.services.b": {f"{TOP}.services.c"},
        f"{TOP}.services.c": {f"{TOP}.services.b"},
        f"{TOP}.ui.d": {f"{TOP}.cli.e"},
        f"{TOP}.cli.e": set(),
    }
    assert cycles(graph) == [[f"{TOP}.services.b", f"{TOP}.services.c"]]
    assert direction_violations(graph) == [
        f"{TOP}.domain.a (domain) imports {TOP}.services.b (services)",
        f"{TOP}.ui.d (ui) imports {TOP}.cli.e (cli)",
    ]
    lazy = tmp_path / "lazy.py"
    lazy.write_text("def later():\n    from ..storage import db\n    import PySide6.QtWidgets\n")
    edges = {e.target for e in imports_of(lazy, all_modules(), f"{TOP}.services.lazy")}
    assert edges == {f"{TOP}.storage.db", "PySide6.QtWidgets"}


IMPORT_EVERYTHING = """
import importlib, json, logging, os, sys, threading
from pathlib import Path
hook, thread_hook = sys.excepthook, threading.excepthook
before = set(Path(os.environ["ASIAKASREKISTERI_DATA_DIR"]).parent.rglob("*"))
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
from sqlalchemy.orm import Session
from PySide6.QtCore import QCoreApplication
events = ("after_flush", "before_flush", "before_commit", "after_begin", "do_orm_execute",
          "after_commit", "after_rollback")
print(json.dumps({
    "session_listeners": [e for e in events if list(getattr(Session(), e, None) or [])
                          or list(getattr(Session().dispatch, e))],
    "qt_application": QCoreApplication.instance() is not None,
    "excepthook_replaced": sys.excepthook is not hook or threading.excepthook is not thread_hook,
    "log_handlers": [str(h) for h in logging.getLogger("asiakasrekisteri").handlers],
    "new_files": sorted(str(p) for p in
                        set(Path(os.environ["ASIAKASREKISTERI_DATA_DIR"]).parent.rglob("*"))
                        - before),
}))
"""


def test_nothing_happens_at_import(tmp_path: Path) -> None:
    names = sorted(m for m in all_modules() if m != f"{TOP}.__main__")
    home = tmp_path / "home"
    (home / "data").mkdir(parents=True)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(SRC),
        "ASIAKASREKISTERI_DATA_DIR": str(home / "data"),
        "ASIAKASREKISTERI_LOG_DIR": str(home / "logs"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "share"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERYTHING, json.dumps(names)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {
        "session_listeners": [],
        "qt_application": False,
        "excepthook_replaced": False,
        "log_handlers": [],
        "new_files": [],
    }


ANSWER_AND_LIST_MODULES = """
import json, sys
from asiakasrekisteri.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print()
print(json.dumps(sorted(sys.modules)))
"""

# What a command that does not need them must not load: the window's toolkit, the
# database layer, the documents' and spreadsheets' libraries, the HTTP client.
HEAVY = ("PySide6", "sqlalchemy", "reportlab", "openpyxl", "segno", "lxml", "urllib.request")


def _loaded(tmp_path: Path, *argv: str) -> tuple[str, set[str]]:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "PYTHONPATH": str(SRC),
        "ASIAKASREKISTERI_DATA_DIR": str(tmp_path / "data"),
        "ASIAKASREKISTERI_LOG_DIR": str(tmp_path / "logs"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", ANSWER_AND_LIST_MODULES, *argv],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    output, _, modules = done.stdout.rpartition("\n\n")
    return output, set(json.loads(modules))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


@pytest.mark.parametrize("argv", [("--version",), ("--help",)])
def test_version_and_help_are_answered_before_any_heavy_import(
    tmp_path: Path, argv: tuple[str, ...]
) -> None:
    output, modules = _loaded(tmp_path, *argv)
    assert "asiakasrekisteri" in output
    assert _heavy(modules) == []
    # Of the layers below, only the error classes the handler names.
    below = [m for m in modules if m.startswith((f"{TOP}.services", f"{TOP}.storage."))]
    assert below == [f"{TOP}.storage.errors"]


def test_a_command_loads_what_it_uses_only(tmp_path: Path) -> None:
    """Listing customers needs the database layer, not the window or the documents."""
    register = tmp_path / "register.sqlite3"
    output, modules = _loaded(tmp_path, "--db", str(register), "customers", "--json")
    assert output.strip() == "[]"
    assert "sqlalchemy" in modules  # the check sees what it forbids
    unused = ("PySide6", "reportlab", "openpyxl", "segno", "urllib.request")
    assert [m for m in _heavy(modules) if m.startswith(unused)] == []
