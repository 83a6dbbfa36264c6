"""The house rules, read from the source: which folder may import which, where the SDK
may be used, and that no modules import each other in a circle.

Every `import` counts, wherever it is written (inside a function or under
`TYPE_CHECKING` too): a circle of type-only imports still ties two files together for
whoever reads or moves them.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# What runs in production; bench/ and tools/ drive it from outside, as tests do.
PRODUCT = ("app", "config", "backoffice_api", "bot", "dialogs", "domain", "proactive")
PRODUCT += ("invoices", "seam", "sheets", "storage", "views")
HARNESS = ("bench", "tools")
SDK = ("botbuilder", "botframework", "msrest")
# The stores that implement botbuilder's `Storage` for conversation state: their base
# class is the SDK's, so they are the one place in storage/ that may name it (an in-memory
# one, storage/memory*.py, would be the same).
SDK_STORAGE_ADAPTERS = ("storage.tinydb_storage", "storage.blob_storage")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources() -> dict[str, Path]:
    files: dict[str, Path] = {}
    for top in PRODUCT + HARNESS:
        single = ROOT / f"{top}.py"
        paths = [single] if single.exists() else sorted((ROOT / top).rglob("*.py"))
        files.update((_module_name(path), path) for path in paths)
    return files


MODULES = _sources()
PROJECT = {name.split(".")[0] for name in MODULES}


def _imported_names(module: str, tree: ast.Module) -> Iterator[str]:
    """Every dotted name `module` imports, relative imports made absolute."""
    package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # `from views import cards` imports the module views.cards; `from views.cards
            # import escape` imports views.cards.
            yield from (
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base
                for alias in node.names
            )


def _project_module(name: str) -> str | None:
    """The project module a dotted import name lands in, or None for a library."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imports() -> dict[str, set[str]]:
    """module → every dotted name it imports (libraries and project modules)."""
    return {
        module: set(_imported_names(module, ast.parse(path.read_text(), str(path))))
        for module, path in MODULES.items()
    }


IMPORTS = _imports()


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, names in IMPORTS.items():
        targets = {_project_module(name) for name in names}
        graph[module] = {target for target in targets if target and target != module}
    return graph


GRAPH = _graph()


def _folder(module: str) -> str:
    return module.split(".")[0]


def _in(module: str, *prefixes: str) -> bool:
    return any(module == prefix or module.startswith(f"{prefix}.") for prefix in prefixes)


def _violations(folder: str, allowed: tuple[str, ...]) -> list[str]:
    """The imports from `folder` of project modules outside `allowed` (itself included)."""
    return sorted(
        f"{module} imports {target}"
        for module, targets in GRAPH.items()
        if _folder(module) == folder
        for target in targets
        if not _in(target, folder, *allowed)
    )


def test_the_layout_is_read_from_every_folder():
    assert set(PRODUCT) <= PROJECT
    assert {"views.cards", "dialogs.form_dialog", "storage.tinydb_storage"} <= set(MODULES)


def test_every_way_an_import_is_written_is_read():
    source = """
import views.strings
from views import cards
from domain.money import format_amount
from . import display
from .choices import Choice
if TYPE_CHECKING:
    from storage.repository import Repository
def later():
    import botbuilder.core
"""
    names = set(_imported_names("views.plan_cards", ast.parse(source)))
    assert {_project_module(name) for name in names} == {
        "views.strings",
        "views.cards",
        "domain.money",
        "views.display",
        "views.choices",
        "storage.repository",
        None,  # botbuilder.core, a library
    }
    assert "botbuilder.core" in names


def test_what_the_partner_sees_the_domain_and_the_stores_use_no_sdk():
    sdk_free = [
        module
        for module in MODULES
        if _in(module, "views", "domain", "storage", "sheets", "invoices")
        and module not in SDK_STORAGE_ADAPTERS
        and not module.startswith("storage.memory")
    ]
    assert sdk_free
    found = sorted(
        f"{module} imports {name}"
        for module in sdk_free
        for name in IMPORTS[module]
        if name.split(".")[0] in SDK
    )
    assert found == []


def test_the_domain_imports_nothing_of_the_project():
    assert _violations("domain", ()) == []


def test_storage_imports_only_the_domain_and_the_state_codec():
    assert _violations("storage", ("domain", "seam.state_codec")) == []


def test_views_import_only_the_domain_and_storage():
    assert _violations("views", ("domain", "storage")) == []


def test_the_spreadsheet_format_imports_only_the_domain_and_the_words():
    assert _violations("sheets", ("domain", "views.strings")) == []


def test_the_invoice_reader_imports_only_the_domain():
    assert _violations("invoices", ("domain",)) == []


def test_dialogs_import_nothing_of_what_drives_them():
    drivers = ("bot", "proactive", "backoffice_api", "app")
    found = sorted(
        f"{module} imports {target}"
        for module, targets in GRAPH.items()
        if _folder(module) == "dialogs"
        for target in targets
        if _in(target, *drivers)
    )
    assert found == []


def test_nothing_in_the_product_imports_the_composition_root():
    found = sorted(
        f"{module} imports app"
        for module, targets in GRAPH.items()
        if _folder(module) in PRODUCT and "app" in targets
    )
    assert found == []


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    circles.append(sorted(component))
    return sorted(circles)


def test_the_circle_finder_finds_circles():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}, "f": set()}
    assert _circles(graph) == [["a", "b", "c"]]
    assert _circles({"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"c"}}) == [["a", "b"], ["c", "d"]]


def test_no_modules_import_each_other_in_a_circle():
    assert _circles(GRAPH) == []
