"""The layer contract of the package (docs/architecture.md), checked on the source with ``ast``.

- Layers, lowest first: core < market < model < text < checks < engine < run < reporters < the
  front ends (``cli``, ``lsp``, ``web``, the package root). A module imports only from its own
  layer or lower ones; so checks never import the engine.
- No module imports another module's private names (``from x import _name``).
- The graph of runtime imports (module level and inside functions; ``if TYPE_CHECKING:`` blocks
  are types only) has no cycles.
"""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

PKG = ROOT / "msglint"
LAYERS = ["core", "market", "model", "text", "checks", "engine", "run", "reporters", "front"]


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _layer(module: str) -> int:
    parts = module.split(".")
    if len(parts) < 2:
        return LAYERS.index("front")
    sub = parts[1]
    return LAYERS.index(sub) if sub in LAYERS else LAYERS.index("front")


def _is_type_checking(node: ast.If) -> bool:
    return "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(tree: ast.Module, module: str, is_pkg: bool) -> list[tuple[str, list[str], bool, int]]:
    """(imported module, imported names, runtime?, line) for every import in the file."""
    out: list[tuple[str, list[str], bool, int]] = []
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            for sub in node.body:
                for inner in ast.walk(sub):
                    typing_only.add(id(inner))
    for node in ast.walk(tree):
        runtime = id(node) not in typing_only
        if isinstance(node, ast.Import):
            for a in node.names:
                out.append((a.name, [], runtime, node.lineno))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base[: len(base) - node.level + (1 if is_pkg else 0)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            out.append((target, [a.name for a in node.names], runtime, node.lineno))
    return [(m, n, r, ln) for m, n, r, ln in out if m == "msglint" or m.startswith("msglint.")]


def _graph() -> dict[str, list[tuple[str, list[str], bool, int]]]:
    graph = {}
    for path in sorted(PKG.rglob("*.py")):
        mod = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[mod] = _imports(tree, mod, path.name == "__init__.py")
    return graph


GRAPH = _graph()


def _resolve(target: str, names: list[str]) -> list[str]:
    """The modules an import loads: ``from msglint.model import document`` is msglint.model.document."""
    subs = [f"{target}.{n}" for n in names if f"{target}.{n}" in GRAPH]
    return subs or ([target] if target in GRAPH else [])


def test_the_package_has_the_layers() -> None:
    for layer in LAYERS[:-1]:
        assert (PKG / layer / "__init__.py").is_file(), layer
    assert len(GRAPH) > 50


def test_nothing_imports_upward() -> None:
    bad = []
    for mod, imports in GRAPH.items():
        for target, names, _runtime, line in imports:
            for dep in _resolve(target, names):
                if _layer(dep) > _layer(mod):
                    bad.append(f"{mod}:{line} imports {dep} ({LAYERS[_layer(mod)]} -> {LAYERS[_layer(dep)]})")
    assert not bad, "\n".join(bad)


def test_checks_never_import_the_engine() -> None:
    bad = [
        f"{mod}:{line}"
        for mod, imports in GRAPH.items()
        if mod.startswith("msglint.checks")
        for target, _names, _rt, line in imports
        if target.startswith(("msglint.engine", "msglint.run", "msglint.cli"))
    ]
    assert not bad


def test_no_module_imports_private_names_of_another() -> None:
    bad = []
    for mod, imports in GRAPH.items():
        for target, names, _runtime, line in imports:
            if target == mod:
                continue
            private = [n for n in names if n.startswith("_") and not n.startswith("__")]
            if private:
                bad.append(f"{mod}:{line} imports {private} from {target}")
            if any(part.startswith("_") and not part.startswith("__") for part in target.split(".")):
                bad.append(f"{mod}:{line} imports the private module {target}")
    assert not bad, "\n".join(bad)


def test_runtime_imports_have_no_cycles() -> None:
    edges: dict[str, set[str]] = {m: set() for m in GRAPH}
    for mod, imports in GRAPH.items():
        for target, names, runtime, _line in imports:
            if runtime:
                edges[mod].update(d for d in _resolve(target, names) if d != mod and not mod.startswith(d + "."))
    # a package's __init__ importing its submodules is not a cycle worth reporting; none do today
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    assert not cycles, "\n".join(" -> ".join(c) for c in cycles)


def test_the_contract_can_fail() -> None:
    """The checker itself sees an upward and a private import when there is one."""
    tree = ast.parse("from msglint.engine.linter import Linter\nfrom msglint.model.document import _x\n")
    imports = _imports(tree, "msglint.checks.msg1_media.emoji", False)
    assert [t for t, _n, _r, _l in imports] == ["msglint.engine.linter", "msglint.model.document"]
    assert _layer("msglint.engine.linter") > _layer("msglint.checks.msg1_media.emoji")
