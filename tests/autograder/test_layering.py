"""The check core is layered: every import in autograder/ goes one way, and never round.

Each module of `autograder/` is parsed with `ast` (nothing is imported), and every
import it makes — at module level or inside a function, plus the names that
`autograder/__init__.py`'s `_LAZY` table loads on demand — becomes an edge of a graph.
The graph must be acyclic, and each edge must go to a module of the same layer or
of a lower one, in the order of `LAYERS` (CONTRIBUTING.md, "Checks", describes them).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "autograder"

# Bottom to top: a module may import modules of its own layer or of a lower one.
LAYERS = ["base", "reading", "voice", "explaining", "judging", "composed", "machinery"]

LAYER = {
    # base: no Keras, no model; what every layer above shares
    "autograder.quiet": "base",  # Keras imported without its noise; warnings recorded
    "autograder.failure": "base",  # Failure (a judge's facts), Feedback, CheckFailed
    "autograder.task": "base",  # the test cell's task context (ag.context)
    "autograder.frames": "base",  # the learner's own lines in a traceback
    "autograder.output": "base",  # a grading kernel's prints, within what the grader keeps
    # reading: models read and run, nothing judged or explained
    "autograder.models": "reading",  # layers, variables, to_numpy, describe(layer)
    "autograder.running": "reading",  # run quietly, fixed inputs, chosen weights
    "autograder.graph": "reading",  # the leaf-layer graph of a model
    "autograder.reference": "reading",  # NumPy references from a layer's own weights
    "autograder.integrity": "reading",  # what is genuine (grading security)
    "autograder.recording": "reading",  # models saved for the replay outside the kernel
    # voice: the four parts rendered, CheckFailed raised, pass lines printed
    "autograder.feedback": "voice",
    # explaining: a Failure turned into a likely cause and a next step
    "autograder.keras_errors": "explaining",
    "autograder.structure": "explaining",
    "autograder.causes": "explaining",
    "autograder.raised": "explaining",  # what the learner's code raised, read from its line
    "autograder.build_sizes": "explaining",  # sizes a learner's build() read from input_shape
    # judging: decide, and hand a Failure carrying the facts to causes.report
    "autograder.layers": "judging",
    "autograder.parameters": "judging",
    "autograder.identity": "judging",
    "autograder.shapes": "judging",
    "autograder.outputs": "judging",
    "autograder.training": "judging",
    "autograder.learner": "judging",
    # composed: the package's face and the checks built on the core
    "autograder": "composed",
    "autograder.architecture": "composed",
    "autograder.release": "composed",
    "autograder.validation": "machinery",  # nbgrader's Validate shows the ✗ message first
    # and each topic's own checks, named after its assignment (CONTRIBUTING.md)
    **{
        f"autograder.{folder.name.split('_', 1)[1]}": "composed"
        for folder in (PACKAGE.parent / "solutions").iterdir()
        if folder.is_dir() and folder.name[:2].isdigit()
    },
}
# grading machinery: the sandbox and the class-grading command, above every check
MACHINERY = ("autograder.sandbox", "autograder.classroom")


# Judges state facts; only the explaining layer finds causes and only the voice words them.
JUDGES = [name for name, layer in LAYER.items() if layer == "judging"]
VOICE_ONLY = {"fail", "say", "Feedback", "CheckFailed"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def layer_of(module: str) -> str:
    if module.startswith(MACHINERY):
        return "machinery"
    return LAYER[module]


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> list[str]:
    """The autograder modules a `from ... import ...` statement reaches."""
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        target = ".".join([*base, *(node.module.split(".") if node.module else [])])
    else:
        target = node.module or ""
    found = []
    for alias in node.names:  # `from . import structure` reaches a module
        if f"{target}.{alias.name}" in MODULES:
            found.append(f"{target}.{alias.name}")
        elif target in MODULES:
            found.append(target)
    return found


def _lazy_table(tree: ast.AST) -> ast.Dict | None:
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "_LAZY" for t in node.targets)
            and isinstance(node.value, ast.Dict)
        ):
            return node.value
    return None


def imports(module: str) -> set[str]:
    """Every autograder module that `module` imports, anywhere in its source."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(), filename=str(path))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name in MODULES}
        elif isinstance(node, ast.ImportFrom):
            out |= set(_resolve(module, path.name == "__init__.py", node))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            name = node.args[0].value
            out.add(f"autograder{name}" if name.startswith(".") else name)
    table = _lazy_table(tree)  # the package's names loaded on demand
    if table is not None:
        out |= {f"autograder{ast.literal_eval(value)[0]}" for value in table.values}
    return {m for m in out if m in MODULES and m != module}


GRAPH = {module: imports(module) for module in MODULES}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph, as a path that ends where it starts, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node):
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


@pytest.mark.parametrize(
    ("graph", "cycle"),
    [
        pytest.param({"a": {"b"}, "b": {"c"}, "c": set()}, None, id="a-line"),
        pytest.param({"a": {"b", "c"}, "b": {"c"}, "c": set()}, None, id="a-diamond"),
        pytest.param({"a": {"b"}, "b": {"a"}}, ["a", "b", "a"], id="two-round"),
        pytest.param({"a": {"b"}, "b": {"c"}, "c": {"a"}}, ["a", "b", "c", "a"], id="three-round"),
        pytest.param({"a": {"a"}}, ["a", "a"], id="itself"),
    ],
)
def test_find_cycle_finds_a_cycle_and_only_a_cycle(graph, cycle):
    assert find_cycle(graph) == cycle


@pytest.mark.parametrize(
    ("source", "module", "reached"),
    [
        pytest.param(
            "from .structure import explain", "autograder.layers", {"autograder.structure"}
        ),
        pytest.param("from . import structure", "autograder.layers", {"autograder.structure"}),
        pytest.param(
            "def f():\n    from .outputs import run", "autograder.shapes", {"autograder.outputs"}
        ),
        pytest.param("import autograder.structure", "autograder.shapes", {"autograder.structure"}),
        pytest.param(
            "from ..recording import safe_id",
            "autograder.sandbox.replay",
            {"autograder.recording"},
        ),
        pytest.param(
            "import importlib\nimportlib.import_module('.outputs', 'autograder')",
            "autograder.shapes",
            {"autograder.outputs"},
        ),
        pytest.param("import numpy as np", "autograder.shapes", set()),
    ],
)
def test_imports_reads_every_kind_of_import(tmp_path, monkeypatch, source, module, reached):
    path = tmp_path / "module.py"
    path.write_text(source)
    monkeypatch.setitem(MODULES, module, path)
    assert imports(module) == reached


def test_every_module_has_a_layer():
    missing = [m for m in MODULES if not m.startswith(MACHINERY) and m not in LAYER]
    assert not missing, f"give these modules a layer in LAYER (and CONTRIBUTING.md): {missing}"


def test_the_import_graph_of_autograder_is_acyclic():
    """The whole package, the sandbox and the class-grading command included."""
    cycle = find_cycle(GRAPH)
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_imports_go_to_the_same_layer_or_below():
    upward = [
        f"{module} ({layer_of(module)}) imports {other} ({layer_of(other)})"
        for module, others in sorted(GRAPH.items())
        for other in sorted(others)
        if LAYERS.index(layer_of(other)) > LAYERS.index(layer_of(module))
    ]
    assert not upward, "\n".join(upward)


@pytest.mark.parametrize("module", JUDGES)
def test_a_judge_hands_its_facts_to_the_explaining_layer(module):
    """A judge states what it found (a Failure) and leaves the words to causes and feedback."""
    tree = ast.parse(MODULES[module].read_text())
    worded = sorted(
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.name in VOICE_ONLY
    )
    assert not worded, f"{module} imports {worded}: raise Failure through causes.report instead"
    calls = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert "report" in calls


def test_the_layer_order_is_the_one_the_core_needs():
    """The edges that define the order: judges over explainers over the voice over reading."""
    assert "autograder.causes" in GRAPH["autograder.parameters"]
    assert "autograder.feedback" in GRAPH["autograder.causes"]
    assert "autograder.structure" in GRAPH["autograder.causes"]
    assert "autograder.running" in GRAPH["autograder.structure"]
    assert "autograder.integrity" in GRAPH["autograder.feedback"]
    assert not GRAPH["autograder.failure"] and not GRAPH["autograder.quiet"]


def test_no_module_shadows_a_name_of_the_package():
    """Importing autograder.X sets the package's attribute X: it must not hide `ag.X`."""
    table = _lazy_table(ast.parse(MODULES["autograder"].read_text()))
    shadowed = [
        name
        for key, value in zip(table.keys, table.values, strict=True)
        if f"autograder.{(name := ast.literal_eval(key))}" in MODULES
        and ast.literal_eval(value) != (f".{name}", None)
    ]
    assert not shadowed, f"modules named like a name of ag.* that is not that module: {shadowed}"
