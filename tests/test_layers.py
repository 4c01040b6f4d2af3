"""The layers of the tree, checked on every `make test` (the same rules as the import-linter
contracts in pyproject.toml, which `make lint` runs).

Every ``import`` in ``desktop/`` and ``ui/`` counts, including imports inside functions;
imports under ``if TYPE_CHECKING:`` do not (they never run). A rule "A never imports B" is
broken by a direct import and by a chain through other modules of the project (A imports X,
X imports B); the failure names the chain.
"""

from __future__ import annotations

import ast
from collections import deque
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("desktop", "ui")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.Module, module: str, is_package: bool) -> set[str]:
    """Every module name ``module`` imports (``from a import b`` yields ``a`` and ``a.b``)."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names if alias.name != "*")
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _graph() -> dict[str, set[str]]:
    """module -> the modules it imports (project modules and external ones alike)."""
    graph: dict[str, set[str]] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            name = _module_name(path)
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            graph[name] = _imports(tree, name, path.name == "__init__.py")
    return graph


GRAPH = _graph()


def _within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _chain(sources: tuple[str, ...], forbidden: tuple[str, ...]) -> list[str] | None:
    """The shortest import chain from a module in ``sources`` to one in ``forbidden``,
    following only project modules (a module inside ``sources`` may be passed through too)."""
    start = [m for m in GRAPH if _within(m, sources)]
    previous: dict[str, str | None] = dict.fromkeys(start)
    queue = deque(start)
    while queue:
        current = queue.popleft()
        for target in sorted(GRAPH.get(current, ())):
            if _within(target, forbidden):
                chain = [target, current]
                while previous[chain[-1]] is not None:
                    chain.append(previous[chain[-1]])
                return chain[::-1]
            if target in GRAPH and target not in previous:
                previous[target] = current
                queue.append(target)
    return None


CONTRACTS = [
    ("desktop never imports the GUI", ("desktop",), ("ui", "PySide6.QtWidgets", "PySide6.QtGui")),
    ("storage imports no feature package", ("desktop.vault",),
     ("desktop.accounts", "desktop.registers", "desktop.submittals", "desktop.backup")),
    ("the settings registry and service import no feature package", ("desktop.settings",),
     ("desktop.accounts", "desktop.registers", "desktop.submittals", "desktop.backup", "desktop.cli")),
    ("the GUI never imports the CLI", ("ui",), ("desktop.cli",)),
    ("the CLI never imports the GUI", ("desktop.cli",), ("ui",)),
]


@pytest.mark.parametrize(("sources", "forbidden"), [c[1:] for c in CONTRACTS], ids=[c[0] for c in CONTRACTS])
def test_contract(sources, forbidden):
    chain = _chain(sources, forbidden)
    assert chain is None, "forbidden import: " + " -> ".join(chain)


def test_the_graph_sees_every_kind_of_import():
    """The walker itself: relative imports, imports inside functions, TYPE_CHECKING skipped."""
    code = (
        "from __future__ import annotations\n"
        "from typing import TYPE_CHECKING\n"
        "from . import sibling\n"
        "from ..other import thing\n"
        "import PySide6.QtGui\n"
        "if TYPE_CHECKING:\n"
        "    from ui import never_at_run_time\n"
        "def f():\n"
        "    from desktop.vault import crypto\n"
    )
    found = _imports(ast.parse(code), "desktop.pkg.mod", is_package=False)
    assert {"desktop.pkg.sibling", "desktop.other.thing", "PySide6.QtGui", "desktop.vault.crypto"} <= found
    assert not any(name.startswith("ui") for name in found)
    # and the project graph is the real one
    assert "desktop.settings.service" in GRAPH and "ui.app" in GRAPH
    assert "desktop.audit.trail" in GRAPH["desktop.settings.service"]


def test_a_broken_contract_is_reported_with_its_chain(monkeypatch):
    graph = {"desktop.vault.db": {"desktop.audit.trail"}, "desktop.audit.trail": {"desktop.accounts.session"},
             "desktop.accounts.session": set()}
    monkeypatch.setitem(globals(), "GRAPH", graph)
    assert _chain(("desktop.vault",), ("desktop.accounts",)) == [
        "desktop.vault.db", "desktop.audit.trail", "desktop.accounts.session"]
