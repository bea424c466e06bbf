"""The rules of the package's layout (issue 15), read from the source with ``ast``: no QGIS.

- ``core/`` is logic: it imports nothing of ``gui/``, ``processing/``, ``plugin.py``,
  QGIS's ``qgis.gui`` or ``processing`` packages, ``iface`` or ``QgsSettings``;
- no import cycle anywhere in the package (module imports at module level: the imports
  that run when a module is loaded; an import inside a function runs later and is left out);
- no module over ``MAX_LINES`` lines;
- the tests mirror the package: each test module sits in the folder of what it tests
  (``tests/core/geo/`` for ``core/geo/``, ``tests/gui/``, ``tests/processing/``...) or in
  ``tests/packaging/`` (the plugin as users install it), none directly under ``tests/``; every
  test folder is a package (equal file names in two folders stay apart); a test module takes
  shared code from the shared modules, never from another test module.
"""

import ast
from pathlib import Path
from typing import Dict, Iterator, List, Set, Tuple

import pytest

from tests import REPO_ROOT

PACKAGE = "demining_plugin"
MAX_LINES = 700

#: Modules allowed over MAX_LINES, by name, each with the reason in a comment; none today
#: (the importer, demo, field map, checks, accuracy, totals, PostGIS store and two panels
#: were split along their own sections). The test fails when a listed module has come under
#: the limit, so the list never outlives its reason.
OVERSIZED: Set[str] = set()

#: core/ modules that may read QgsSettings, and why. Only QGIS's own settings, never a
#: preference of the plugin's (those belong to gui/).
CORE_SETTINGS_READERS = {
    # QGIS's interface language and number locale (locale/userLocale, locale/overrideFlag...):
    # the Processing report of a server follows them as the desktop does.
    f"{PACKAGE}.core.locale_format",
}

FORBIDDEN_IN_CORE = (f"{PACKAGE}.gui", f"{PACKAGE}.processing", f"{PACKAGE}.plugin", "qgis.gui", "qgis.utils",
                     "processing")
FORBIDDEN_NAMES_IN_CORE = {"iface", "QgsSettings"}


def _modules() -> Dict[str, Path]:
    found = {}
    for path in sorted((REPO_ROOT / PACKAGE).rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = list(path.relative_to(REPO_ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _is_package(name: str) -> bool:
    return MODULES[name].name == "__init__.py"


def _absolute(module: str, node: ast.ImportFrom) -> str:
    """The module an ``ImportFrom`` names, resolved against ``module`` when relative."""
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    if not _is_package(module):
        base = base[:-1]
    if node.level > 1:
        base = base[:-(node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _imports(module: str, top_level_only: bool) -> Iterator[Tuple[str, List[str], int]]:
    """(imported module, names imported from it, line) of each import statement; names
    that are modules themselves (``from . import store``) count as imports of that module."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    nodes = _top_level(tree.body) if top_level_only else ast.walk(tree)
    for node in nodes:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, [], node.lineno
        elif isinstance(node, ast.ImportFrom):
            target = _absolute(module, node)
            names = [alias.name for alias in node.names]
            submodules = [f"{target}.{name}" for name in names if f"{target}.{name}" in MODULES]
            for submodule in submodules:
                yield submodule, [], node.lineno
            if len(submodules) < len(names):
                yield target, names, node.lineno


def _top_level(body) -> Iterator[ast.stmt]:
    """Statements run when the module is loaded: the body, and inside ``if``/``try`` blocks."""
    for node in body:
        yield node
        if isinstance(node, ast.If):
            yield from _top_level(node.body)
            yield from _top_level(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody, *[h.body for h in node.handlers]):
                yield from _top_level(block)


def test_the_package_is_found():
    assert f"{PACKAGE}.core.store" in MODULES and f"{PACKAGE}.core.model.schema" in MODULES
    assert len(MODULES) > 60


def test_core_knows_nothing_of_the_desktop():
    found = []
    for module in MODULES:
        if not module.startswith(f"{PACKAGE}.core"):
            continue
        for target, names, line in _imports(module, top_level_only=False):
            if any(target == bad or target.startswith(bad + ".") for bad in FORBIDDEN_IN_CORE):
                found.append(f"{module}:{line} imports {target}")
            for name in set(names) & FORBIDDEN_NAMES_IN_CORE:
                if name == "QgsSettings" and module in CORE_SETTINGS_READERS:
                    continue
                found.append(f"{module}:{line} imports {name} from {target}")
    assert not found, "\n".join(found)


def _graph() -> Dict[str, Set[str]]:
    graph: Dict[str, Set[str]] = {module: set() for module in MODULES}
    for module in MODULES:
        for target, _names, _line in _imports(module, top_level_only=True):
            if target in MODULES and target != module:
                graph[module].add(target)
    return graph


def _cycles(graph: Dict[str, Set[str]]) -> List[List[str]]:
    """Strongly connected components of more than one module (Tarjan), each sorted."""
    index: Dict[str, int] = {}
    low: Dict[str, int] = {}
    stack: List[str] = []
    on_stack: Set[str] = set()
    found: List[List[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in sorted(graph[node]):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
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


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_in_the_package():
    assert _cycles(_graph()) == []


def test_every_store_backend_imports_on_its_own():
    """The backends import the shared base, never the package that registers them."""
    for backend in ("geopackage", "postgis"):
        module = f"{PACKAGE}.core.store.{backend}"
        targets = {target for target, _names, _line in _imports(module, top_level_only=False)}
        assert f"{PACKAGE}.core.store" not in targets, module
        assert f"{PACKAGE}.core.store.base" in targets, module


def _line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_over_the_limit(module):
    lines = _line_count(MODULES[module])
    if module in OVERSIZED:
        assert lines > MAX_LINES, f"{module} has {lines} lines now: take it off OVERSIZED"
    else:
        assert lines <= MAX_LINES, f"{module} has {lines} lines (limit {MAX_LINES}): split it along its sections"


def test_oversized_names_modules_that_exist():
    assert OVERSIZED <= set(MODULES)


# -- the tests' own layout -------------------------------------------------------------------------

TESTS = REPO_ROOT / "tests"
#: Test folders that mirror no package folder: the plugin as users install it (metadata, ZIP,
#: translations, settings, plugin lifecycle, qgis_process, the real desktop).
OWN_TEST_FOLDERS = {("packaging",)}


def _test_modules() -> List[Path]:
    return sorted(path for path in TESTS.rglob("test_*.py") if "__pycache__" not in path.parts)


def test_the_test_modules_are_found():
    folders = {path.parent.relative_to(TESTS).parts for path in _test_modules()}
    assert {("core", "store"), ("gui",), ("packaging",)} <= folders
    assert len(_test_modules()) > 40


def test_every_test_module_sits_in_a_folder_mirroring_the_package():
    misplaced = []
    for path in _test_modules():
        folder = path.parent.relative_to(TESTS).parts
        mirrored = ".".join((PACKAGE,) + folder)
        if not folder:
            misplaced.append(f"tests/{path.name} lies directly under tests/")
        elif folder not in OWN_TEST_FOLDERS and not (mirrored in MODULES and _is_package(mirrored)):
            misplaced.append(f"{path.relative_to(REPO_ROOT)}: {PACKAGE}/{'/'.join(folder)}/ is no package folder")
    assert not misplaced, "\n".join(misplaced)


def test_every_test_folder_is_a_package():
    missing = set()
    for path in _test_modules():
        for folder in path.relative_to(TESTS).parents:
            if not (TESTS / folder / "__init__.py").is_file():
                missing.add(str((TESTS / folder).relative_to(REPO_ROOT)))
    assert not missing, f"no __init__.py in {sorted(missing)}"


def test_test_modules_share_code_only_through_the_shared_modules():
    found = []
    for path in _test_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = [alias.name for alias in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            found += [f"{path.relative_to(REPO_ROOT)}:{node.lineno} imports {target}" for target in targets
                      if target.rpartition(".")[2].startswith("test_")]
    assert not found, "\n".join(found)
