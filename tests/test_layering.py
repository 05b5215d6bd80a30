"""Who may import whom, read from the source with ``ast`` (every import statement counts, also those
inside functions).

- ``quizzer.tinyloop`` stands alone: it imports nothing from the rest of quizzer;
- no import cycle among tinyloop's modules;
- tinyloop's layers, bottom up (see its ``__init__``): a module never imports one of a higher layer;
- the commands (``quizzer.cli``) are imported by nothing but themselves and ``quizzer/__main__.py``.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent.parent / "quizzer"

# tinyloop's modules by layer, bottom up.  Inside a layer, imports may go either way (but in no
# cycle); a new module has to be placed here.
TINYLOOP_LAYERS = (
    ("exceptions", "virtualtime", "versions", "runframes"),
    ("handles",),
    ("events",),
    ("futures",),
    ("tasks", "gathering", "coroutines", "asyncgens"),
    ("clock", "sharedclock", "loop"),
    ("runners",),
    ("combinators", "timeouts", "taskgroups", "locks", "queues", "threads", "signals", "trace"),
    ("io", "base_events", "io.sockets", "io.protocols", "io.transports", "io.servers", "io.streams", "io.pipes",
     "io.subprocesses", "io.childwatchers", "io.datagrams", "io.unixsockets"),
    ("",),  # the package itself: the asyncio facade
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(path): path for path in PACKAGE_ROOT.rglob("*.py")}


def imported_modules(name: str) -> set[str]:
    """The quizzer modules ``name`` imports, anywhere in its source; ``from X import y`` counts as
    an import of ``X.y`` when that is a module, else of ``X``."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in MODULES else base)
    return {module for module in found if module == "quizzer" or module.startswith("quizzer.")}


IMPORTS = {name: imported_modules(name) for name in MODULES}
TINYLOOP = "quizzer.tinyloop"
TINYLOOP_MODULES = sorted(name for name in MODULES if name == TINYLOOP or name.startswith(TINYLOOP + "."))


def short(name: str) -> str:
    """``loop`` for quizzer.tinyloop.loop, ``io.streams``, and "" for the package itself."""
    return name[len(TINYLOOP) + 1:]


def test_the_import_reader_sees_relative_and_function_level_imports():
    assert "quizzer.tinyloop.events" in IMPORTS["quizzer.tinyloop.futures"]
    assert "quizzer.tinyloop.loop" in IMPORTS["quizzer.tinyloop.io.sockets"]      # from ..loop import
    assert "quizzer.cli" in IMPORTS["quizzer.__main__"]
    assert "quizzer.tinyloop.trace" in IMPORTS["quizzer.sandbox.child"]           # inside a function


def test_tinyloop_imports_nothing_from_the_rest_of_quizzer():
    outside = {name: sorted(module for module in IMPORTS[name]
                            if module != TINYLOOP and not module.startswith(TINYLOOP + "."))
               for name in TINYLOOP_MODULES}
    assert {name: modules for name, modules in outside.items() if modules} == {}


def test_no_import_cycle_inside_tinyloop():
    graph = {name: sorted(module for module in IMPORTS[name] if module in TINYLOOP_MODULES)
             for name in TINYLOOP_MODULES}
    cycles = []
    state = {}  # name -> "visiting" / "done"

    def visit(name, path):
        state[name] = "visiting"
        for module in graph[name]:
            if state.get(module) == "visiting":
                cycles.append(path[path.index(module):] + [module])
            elif module not in state:
                visit(module, path + [module])
        state[name] = "done"

    for name in TINYLOOP_MODULES:
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_every_tinyloop_module_has_a_layer():
    placed = [name for layer in TINYLOOP_LAYERS for name in layer]
    assert sorted(placed) == sorted(short(name) for name in TINYLOOP_MODULES)


def test_no_tinyloop_layer_imports_a_higher_one():
    layer_of = {name: index for index, layer in enumerate(TINYLOOP_LAYERS) for name in layer}

    def layer(module):
        return layer_of[short(module)]

    upward = [f"{short(name) or 'tinyloop'} -> {short(module) or 'tinyloop'}"
              for name in TINYLOOP_MODULES for module in sorted(IMPORTS[name])
              if module in TINYLOOP_MODULES and layer(module) > layer(name)]
    assert upward == []


def test_only_main_imports_the_commands():
    importers = sorted(name for name, modules in IMPORTS.items()
                       if any(module == "quizzer.cli" or module.startswith("quizzer.cli.") for module in modules)
                       and name != "quizzer.cli" and not name.startswith("quizzer.cli.")
                       and name != "quizzer.__main__")
    assert importers == []
