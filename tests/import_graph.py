"""The import graph of a package, read statically: what the layer test checks.

Every import statement counts, wherever it stands (module level, inside a function,
under `if TYPE_CHECKING:`): absolute imports, relative ones (`from ..ui import x`),
and `importlib.import_module` / `__import__` called with a string literal. A name
imported from a package (`from mfa_desk.formats import importing`) counts as the
submodule when there is one.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

_DYNAMIC_IMPORTS = {"import_module", "__import__"}


@dataclass(frozen=True)
class Edge:
    source: str  # dotted module name of the importer
    target: str  # dotted name it imports (a module, or a name outside the package)
    where: str  # path:line of the import, for the failure message


def module_names(root: Path) -> dict[str, Path]:
    """Dotted name -> file for every module of the package folder `root`."""
    names = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _resolve(module: str, is_package: bool, level: int, name: str | None) -> str:
    """The absolute name of `from <level dots><name> import ...` written in `module`."""
    if level == 0:
        return name or ""
    base = module.split(".")
    if not is_package:
        base.pop()
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join(base + ([name] if name else []))


def _literal_dynamic_import(node: ast.Call) -> tuple[str, str | None] | None:
    func = node.func
    called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if called not in _DYNAMIC_IMPORTS or not node.args:
        return None
    first = node.args[0]
    if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
        return None  # a computed name (a registry): nothing to read statically
    package = None
    for keyword in node.keywords:
        if keyword.arg == "package" and isinstance(keyword.value, ast.Constant):
            package = keyword.value.value
    if len(node.args) > 1 and isinstance(node.args[1], ast.Constant) and called == "import_module":
        package = node.args[1].value
    return first.value, package


def imports_of(name: str, path: Path, known: set[str]) -> list[Edge]:
    """Every import in the module `name` (file `path`), resolved to absolute names."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    edges = []

    def add(target: str, lineno: int) -> None:
        edges.append(Edge(name, target, f"{path.as_posix()}:{lineno}"))

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(name, is_package, node.level, node.module)
            add(base, node.lineno)
            for alias in node.names:
                if f"{base}.{alias.name}" in known:
                    add(f"{base}.{alias.name}", node.lineno)
        elif isinstance(node, ast.Call):
            found = _literal_dynamic_import(node)
            if found is not None:
                target, package = found
                if target.startswith(".") and package:
                    level = len(target) - len(target.lstrip("."))
                    target = _resolve(f"{package}.x", False, level, target.lstrip(".") or None)
                add(target, node.lineno)
    return edges


def import_graph(root: Path) -> tuple[dict[str, Path], list[Edge]]:
    """The modules of the package folder `root` and every import edge between them and out."""
    modules = module_names(root)
    known = set(modules)
    edges = [edge for name, path in modules.items() for edge in imports_of(name, path, known)]
    return modules, edges


def internal_graph(modules: dict[str, Path], edges: list[Edge]) -> dict[str, set[str]]:
    """Module -> the package's modules it imports (a package import means its __init__)."""
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for edge in edges:
        target = edge.target
        while target and target not in modules:
            target = target.rpartition(".")[0]  # `mfa_desk.x.name` -> module mfa_desk.x
        if target and target != edge.source:
            graph[edge.source].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import cycles: each strongly connected group of two or more modules, sorted
    (Tarjan's algorithm, iterative so a deep package cannot hit the recursion limit)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return sorted(groups)
