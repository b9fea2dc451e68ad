"""Layers import one way, and no module imports itself back through others.

Every module under src/onrecord is read (its AST: no code runs) and each import, at the top, inside a function
or under TYPE_CHECKING, is an edge to the module it names. A module may import its own layer or the layers
below it, never one above. The order (docs/DESIGN.md, "Layers"), bottom first:
"""

from __future__ import annotations

import ast
import fnmatch
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

# Bottom first. A module belongs to the first layer with a pattern equal to its name or to a package above it
# ("onrecord.store" holds onrecord.store.queries); "onrecord" alone is the package's public face (api).
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("model", ("onrecord.model", "onrecord.settings", "onrecord._version")),
    ("ingest", ("onrecord.ingest",)),
    ("nlp", ("onrecord.nlp",)),
    ("extract", ("onrecord.extract",)),
    ("resolve", ("onrecord.resolve",)),
    ("store", ("onrecord.store",)),
    ("pipeline", ("onrecord.pipeline",)),
    ("runners", ("onrecord.batch", "onrecord.corpus")),
    ("api", ("onrecord.api", "onrecord")),
    ("evaluate", ("onrecord.evaluate",)),
    ("training", ("onrecord.training",)),
    ("serve", ("onrecord.serve",)),
    ("cli", ("onrecord.cli", "onrecord.cli_*")),
)


def module_files(src: Path, package: str = "onrecord") -> dict[str, Path]:
    """Every module of ``package`` under ``src`` by dotted name (a package by its own name)."""
    found = {}
    for path in sorted((src / package).rglob("*.py")):
        parts = path.relative_to(src).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _base(name: str, path: Path, node: ast.ImportFrom) -> str:
    """The module a ``from ... import`` names, relative imports resolved."""
    if not node.level:
        return node.module or ""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    package = package[: len(package) - (node.level - 1)]
    return ".".join(package + ([node.module] if node.module else []))


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The modules of ``known`` that ``name`` imports. ``from pkg import sub`` is an edge to pkg.sub only
    (pkg is merely the way there); ``from pkg import Thing`` is an edge to pkg."""
    edges: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            edges |= {alias.name for alias in node.names if alias.name in known}
        elif isinstance(node, ast.ImportFrom):
            base = _base(name, path, node)
            for alias in node.names:
                target = f"{base}.{alias.name}"
                edges.add(target if target in known else base)
    return {e for e in edges if e in known and e != name}


def layer_of(name: str) -> int | None:
    for number, (_, patterns) in enumerate(LAYERS):
        for pattern in patterns:
            if pattern == "onrecord":
                if name == "onrecord":
                    return number
            elif fnmatch.fnmatchcase(name, pattern) or name.startswith(pattern + "."):
                return number
    return None


def import_graph(src: Path) -> dict[str, set[str]]:
    files = module_files(src)
    known = set(files)
    return {name: imports_of(name, path, known) for name, path in files.items()}


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    """Each import of a layer above the importer's, and each module no layer holds."""
    problems = [f"{name} is in no layer: add it to LAYERS" for name in graph if layer_of(name) is None]
    for name, targets in sorted(graph.items()):
        own = layer_of(name)
        for target in sorted(targets):
            theirs = layer_of(target)
            if own is not None and theirs is not None and theirs > own:
                problems.append(f"{name} ({LAYERS[own][0]}) imports {target} ({LAYERS[theirs][0]})")
    return problems


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_a_layer_above_it() -> None:
    problems = upward_imports(import_graph(SRC))
    assert not problems, "\n".join(problems)


def test_there_are_no_import_cycles() -> None:
    found = cycles(import_graph(SRC))
    assert not found, "\n".join(" <-> ".join(c) for c in found)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A small onrecord with one upward import (store -> serve) and one cycle (cli <-> cli_corpus)."""
    files = {
        "onrecord/__init__.py": "from onrecord.api import extract\n",
        "onrecord/api.py": "from onrecord.store import Store\n",
        "onrecord/model.py": "",
        "onrecord/store/__init__.py": "from onrecord.model import Article\n",
        "onrecord/store/queries.py": "def f():\n    from onrecord.serve.app import create_app\n",
        "onrecord/serve/__init__.py": "",
        "onrecord/serve/app.py": "from . import render\nfrom onrecord.store import Store\n",
        "onrecord/serve/render.py": "",
        "onrecord/cli.py": "from onrecord.cli_corpus import add\n",
        "onrecord/cli_corpus.py": "from onrecord.cli import visible\n",
        "onrecord/stray.py": "",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


def test_the_checks_find_an_upward_import_a_cycle_and_an_unplaced_module(tree: Path) -> None:
    graph = import_graph(tree)
    assert graph["onrecord.serve.app"] == {"onrecord.serve.render", "onrecord.store"}  # not onrecord.serve
    assert upward_imports(graph) == ["onrecord.stray is in no layer: add it to LAYERS",
                                     "onrecord.store.queries (store) imports onrecord.serve.app (serve)"]
    assert cycles(graph) == [["onrecord.cli", "onrecord.cli_corpus"]]
