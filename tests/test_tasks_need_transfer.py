"""No exercise task is passed by pasting a lesson cell (issue 23; README: "every exercise has
tasks with sizes or a structure the lesson never showed").

Each reference answer cell (solutions/, between `### BEGIN SOLUTION` and `### END
SOLUTION`) is compared with every code cell of every lesson (course/). Both are read with
`ast` and normalised, so that renaming, comments, docstrings, `print`s, the module path of
an API name (`keras.layers.Dense`, `layers.Dense`) and `return x` versus `y = x` change
nothing:

- every name the code binds itself (variables, arguments, functions, classes) becomes `_`,
  strings become `'S'`, numbers become `N` (their values are kept apart, in order);
- what is left is the code's structure: the API it calls, with which keywords, in what
  order, how its results are combined.

An answer is cut into *units* — each top-level function or class, and the remaining
top-level statements — and a unit is a **near-copy** of a lesson cell when

1. at least `SAME_STRUCTURE` of its tokens are found, in order, in that cell's tokens
   (difflib's matching blocks: the answer's structure is the cell's, give or take a line),
2. at least `SAME_CALLS` of the calls it makes — the API name, with its arguments' form:
   keywords, tuples by their length (`softmax(_,axis)`, `add_weight(shape=T2,...)`) — are
   the cell's calls too (a few tokens can change what a layer computes: a softmax's axis, a
   variable's rank), and
3. its sizes are the cell's: every number it gives a call is among the cell's — a unit
   that gives none (a layer class that works at any size) has the cell's sizes whatever
   they are.

A task is a near-copy when its near-copied units hold at least `CORE` of its tokens: the
core of the answer is a lesson cell with the lesson's sizes.

The thresholds are measured, not guessed: `python tests/test_tasks_need_transfer.py` prints
every task's best-matching unit. Before issue 23's replacements (`REPLACED` below), the
tasks found pasteable scored 0.85–1.00 on structure, with the lesson's sizes and 0.75–1.00
of their calls in that cell (ex. 3 task 1, ex. 4 tasks 3–4, ex. 6 tasks 2–3). Of the tasks
kept, the closest adaptations with the lesson's sizes score at most 0.79 on structure
(ex. 5 task 2); with sizes of their own up to 0.93 (ex. 2 task 3). The per-feature merge
that replaced ex. 3 task 1 shares 0.80 of a lesson class's tokens but 0.60 of its calls (a
softmax over axis 0, a matrix of logits). `SAME_STRUCTURE = 0.82` and `SAME_CALLS = 0.7` sit
between; the tests at the end keep the replaced tasks, a pasted and a renamed lesson cell
on the copy side, and new code of a lesson's kind on the other.
"""

from __future__ import annotations

import ast
import difflib
import io
import re
import sys
import tokenize
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
SAME_STRUCTURE = 0.82  # share of a unit's tokens found, in order, in one lesson cell
SAME_CALLS = 0.7  # share of a unit's calls (with their arguments' form) the cell makes too
CORE = 0.5  # share of the answer's tokens in near-copied units that makes the task a copy

_SOLUTION = re.compile(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", re.S)
_TRIVIAL = {0, 1, -1}  # an axis, a batch of one, a seed: not sizes of their own


# ------------------------------------------------------------------------ normalising


class _Normaliser(ast.NodeTransformer):
    """Bound names to `_`, strings to 'S', API paths to their last name; prints and
    docstrings dropped."""

    def __init__(self, bound: set[str]):
        self.bound = bound

    def visit_Name(self, node):
        return ast.copy_location(ast.Name("_" if node.id in self.bound else node.id), node)

    def visit_Attribute(self, node):
        self.generic_visit(node)
        root = node
        while isinstance(root, ast.Attribute):
            root = root.value
        if isinstance(root, ast.Name) and root.id != "_":  # keras.layers.Dense -> Dense
            return ast.copy_location(ast.Name(node.attr), node)
        return node

    def visit_Constant(self, node):
        if isinstance(node.value, str):
            return ast.copy_location(ast.Constant("S"), node)
        return node

    def visit_arg(self, node):
        return ast.copy_location(ast.arg("_"), node)

    def visit_Expr(self, node):
        value = node.value
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            return None  # a docstring
        if isinstance(value, ast.Call) and getattr(value.func, "id", "") == "print":
            return None
        self.generic_visit(node)
        return node

    def visit_Return(self, node):  # `return x` and `y = x` are one structure
        self.generic_visit(node)
        if node.value is None:
            return None
        return ast.copy_location(ast.Expr(node.value), node)

    def _named(self, node):
        node.name = "_"
        self.generic_visit(node)
        return node

    visit_FunctionDef = visit_ClassDef = _named


def _bound(tree) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store | ast.Del):
            names.add(node.id)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.alias):
            pass  # imported modules are API, not the learner's names
    return names


@dataclass
class Code:
    tokens: list[str]  # structure: numbers as N
    numbers: Counter  # the sizes it uses
    calls: frozenset = frozenset()  # the API calls it makes, with their arguments' form


def _sizes(tree) -> Counter:
    """The numbers given to calls (a layer's units, a kernel size, a shape tuple), 0 and ±1
    aside; arithmetic inside an argument (`np.mean(d ** 2)`) is structure, not a size."""
    numbers = Counter()
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        for arg in [*call.args, *(k.value for k in call.keywords)]:
            items = arg.elts if isinstance(arg, ast.Tuple | ast.List) else [arg]
            for item in items:
                if isinstance(item, ast.UnaryOp) and isinstance(item.op, ast.USub):
                    item = item.operand
                value = item.value if isinstance(item, ast.Constant) else None
                number = isinstance(value, int | float) and not isinstance(value, bool)
                if number and value not in _TRIVIAL:
                    numbers[value] += 1
    return numbers


def _tokens(tree) -> Code:
    source = ast.unparse(tree)
    tokens = []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.NUMBER:
            tokens.append("N")
        elif tok.type in (tokenize.NAME, tokenize.OP, tokenize.STRING):
            tokens.append(tok.string)
    return Code(tokens, _sizes(tree))


def _call(node: ast.Call) -> str:
    """A call's form: the API name, its positional arguments (a tuple by its length), its
    keywords (`name=` aside): `add_weight(shape=T2,initializer)`, `softmax(_,axis)`."""
    func = node.func
    callee = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "_")
    form = lambda a: f"T{len(a.elts)}" if isinstance(a, ast.Tuple | ast.List) else "_"  # noqa: E731
    args = [form(a) for a in node.args]
    keywords = sorted(
        k.arg + (f"={form(k.value)}" if form(k.value) != "_" else "")
        for k in node.keywords
        if k.arg not in (None, "name")
    )
    return f"{callee}({','.join(args + keywords)})"


def _calls(tree) -> frozenset:
    return frozenset(
        _call(n)
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and getattr(n.func, "id", "") != "print"
    )


def normalise(source: str, bound: set[str] | None = None) -> Code:
    """The structure tokens, the sizes and the calls of a piece of code (see the module's
    docstring)."""
    tree = ast.parse(source)
    calls = _calls(tree)
    tree = _Normaliser(_bound(tree) | (bound or set())).visit(tree)
    code = _tokens(ast.fix_missing_locations(tree))
    code.calls = calls
    return code


def units(source: str) -> list[Code]:
    """An answer cut in units: each top-level function or class (a function's body alone:
    the lesson writes it at the top level), then the other top-level statements."""
    tree = ast.parse(source)
    bound = _bound(tree)
    rest, out = [], []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            out.append(normalise(ast.unparse(ast.Module(node.body, [])), bound))
        elif isinstance(node, ast.ClassDef):
            out.append(normalise(ast.unparse(node), bound))
        elif not isinstance(node, ast.Import | ast.ImportFrom):
            rest.append(node)
    if rest:
        out.append(normalise(ast.unparse(ast.Module(rest, [])), bound))
    return [u for u in out if u.tokens]


def structure_shared(unit: Code, cell: Code) -> float:
    """The share of the unit's tokens found, in order, in the cell's."""
    matcher = difflib.SequenceMatcher(None, unit.tokens, cell.tokens, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(unit.tokens)


def same_sizes(unit: Code, cell: Code) -> bool:
    return not (unit.numbers - cell.numbers)


def calls_shared(unit: Code, cell: Code) -> float:
    """The share of the unit's calls (API name and arguments' form) that the cell makes too."""
    return len(unit.calls & cell.calls) / len(unit.calls) if unit.calls else 1.0


def copies(unit: Code, cell: Code) -> bool:
    """The unit is a near-copy of the cell: its structure, its calls and its sizes."""
    return (
        structure_shared(unit, cell) >= SAME_STRUCTURE
        and calls_shared(unit, cell) >= SAME_CALLS
        and same_sizes(unit, cell)
    )


# ------------------------------------------------------------------------ the notebooks


def _answer_code(source: str) -> str:
    """An answer cell's code with the reference between its markers and the rest kept
    (a class's given `__init__`, say), the markers removed."""
    return "\n".join(line for line in source.splitlines() if "### " not in line)


@cache
def lesson_cells() -> list[tuple[str, Code]]:
    cells = []
    for path in sorted((ROOT / "course").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        for i, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            try:
                code = normalise(cell.source)
            except SyntaxError:
                continue
            if code.tokens:
                cells.append((f"{path.stem}[{i}]", code))
    return cells


def tasks() -> list[tuple[str, str]]:
    out = []
    for path in sorted((ROOT / "solutions").glob("*/*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            meta = cell.metadata.get("nbgrader", {})
            if cell.cell_type == "code" and meta.get("solution"):
                out.append((f"{path.stem}/{meta['grade_id']}", _answer_code(cell.source)))
    return out


@dataclass
class Verdict:
    task: str
    copied: float  # share of the answer's tokens in near-copied units
    best: float  # the best structure share of any unit with any cell
    cell: str  # where that best match is
    sizes: bool  # and whether that unit has that cell's sizes

    @property
    def near_copy(self) -> bool:
        return self.copied >= CORE


def judge(task: str, source: str) -> Verdict:
    parts = units(source)
    total = sum(len(u.tokens) for u in parts)
    copied, best = 0, (0.0, "", False)
    for unit in parts:
        matches = [
            (structure_shared(unit, code), name, same_sizes(unit, code))
            for name, code in lesson_cells()
        ]
        if any(copies(unit, code) for _, code in lesson_cells()):
            copied += len(unit.tokens)
        best = max(best, max(matches))
    return Verdict(task, copied / total if total else 0.0, *best)


TASKS = tasks()

# Near-copies not replaced yet (each a strict xfail: it fails once the task is replaced). None
# is left: ex. 3 task 3 and ex. 5 task 3 were near-copies until their lessons changed (lesson 3
# saves ELMo's ScalarMix with a `layer_norm` setting, not the temperature WeightedMerge the task
# repairs; lesson 5 grafts its two heads onto a copy's graph, with no Input or trunk model).
KNOWN_COPIES: dict[str, str] = {}


def _marked(task, source):
    if task in KNOWN_COPIES:
        return pytest.param(
            task,
            source,
            marks=pytest.mark.xfail(strict=True, reason=f"{task}: {KNOWN_COPIES[task]}"),
            id=task,
        )
    return pytest.param(task, source, id=task)


@pytest.mark.parametrize(("task", "source"), [_marked(t, s) for t, s in TASKS])
def test_no_task_is_a_lesson_cell(task, source):
    verdict = judge(task, source)
    assert not verdict.near_copy, (
        f"{task}: {verdict.copied:.0%} of the reference answer is a near-copy of a lesson cell "
        f"({verdict.cell}: {verdict.best:.0%} of its structure, the same sizes). Give the task "
        "sizes or a structure the lesson never showed, so that it needs the idea, not the cell."
    )


# The comparison itself, on known copies and known adaptations (its thresholds' proof).
PASTED = {
    "pasted": (
        "class DenseTransposed(layers.Layer):\n"
        "    def __init__(self, tied_to, **kwargs):\n"
        "        super().__init__(**kwargs)\n"
        "        self.tied_to = tied_to\n"
        "    def build(self, input_shape):\n"
        "        units = self.tied_to.kernel.shape[0]\n"
        "        self.bias = self.add_weight(shape=(units,), initializer='zeros', name='bias')\n"
        "    def call(self, inputs):\n"
        "        kernel = keras.ops.transpose(self.tied_to.kernel)\n"
        "        return keras.ops.matmul(inputs, kernel) + self.bias\n"
    ),
    "renamed": (
        "class Decoder(keras.layers.Layer):\n"
        "    '''Mine.'''\n"
        "    def __init__(self, encoder, **kw):\n"
        "        super().__init__(**kw)\n"
        "        self.encoder = encoder  # the tie\n"
        "    def build(self, shape):\n"
        "        n = self.encoder.kernel.shape[0]\n"
        "        self.b = self.add_weight(shape=(n,), initializer='zeros', name='b')\n"
        "    def call(self, x):\n"
        "        w = keras.ops.transpose(self.encoder.kernel)\n"
        "        y = keras.ops.matmul(x, w) + self.b\n"
        "        return y\n"
    ),
}


@pytest.mark.parametrize("source", PASTED.values(), ids=PASTED.keys())
def test_a_pasted_or_renamed_lesson_cell_is_a_near_copy(source):
    assert judge("example", source).near_copy


def test_the_lesson_sizes_in_new_code_are_not_a_copy():
    """A model of the lesson's kind written with other sizes and another structure passes."""
    source = (
        "def build():\n"
        "    a = keras.Input(shape=(11,))\n"
        "    e = keras.layers.Embedding(13, 7)\n"
        "    return keras.Model(a, keras.layers.GlobalAveragePooling1D()(e(a)))\n"
    )
    assert not judge("example", source).near_copy


# The reference answers of the tasks issue 23 found pasteable, as they were before they were
# replaced (commit ddfb4d5): the comparison must find each a near-copy of the lessons.
REPLACED = {
    "ex3_weighted_merge": '''\
class WeightedMerge(keras.layers.Layer):
    """Mixes its inputs with learned weights: softmax(logits), one logit per input."""

    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros", name="logits")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
''',
    "ex4_exact_copy": '''\
def copy_encoder(encoder):
    """Return an exact, independent copy of the given model (a keras.Model)."""
    duplicate = keras.models.clone_model(encoder)
    duplicate.set_weights(encoder.get_weights())
    return duplicate
''',
    "ex4_tied_autoencoder": '''\
class DenseTransposed(keras.layers.Layer):
    """A decoder: inputs @ transpose(tied_to.kernel) + a bias of its own."""

    def __init__(self, tied_to, **kwargs):
        super().__init__(**kwargs)
        self.tied_to = tied_to  # a reference to the encoder layer: its kernel is used, not copied

    def build(self, input_shape):
        units = self.tied_to.kernel.shape[0]
        self.bias = self.add_weight(shape=(units,), initializer="zeros", name="bias")

    def call(self, inputs):
        kernel = keras.ops.transpose(self.tied_to.kernel)  # read at every call
        return keras.ops.matmul(inputs, kernel) + self.bias


def build_tied_autoencoder():
    """Return the tied-weight autoencoder of Task 4 (a keras.Model)."""
    inputs = keras.Input(shape=(12,))
    encoder = keras.layers.Dense(5, activation="relu", name="encoder")
    decoder = DenseTransposed(encoder, name="decoder")
    return keras.Model(inputs, decoder(encoder(inputs)))
''',
    "ex6_fuse_branches": '''\
def fuse_branches(branches):
    """Return a new model, one Dense(10, relu) on 6 readings, equal to the three branches."""
    parts = [branches.get_layer(name).get_weights() for name in ("speed", "heat", "noise")]
    kernel = np.concatenate([k for k, _ in parts], axis=-1)
    bias = np.concatenate([b for _, b in parts])
    wide = keras.layers.Dense(10, activation="relu")
    model = keras.Sequential([keras.Input(shape=(6,)), wide])
    wide.set_weights([kernel, bias])
    return model
''',
    "ex6_fold_batchnorm": '''\
def fold_batchnorm(net):
    """Return a new model, one Conv2D(4, 3, relu) with a bias, equal to net in inference."""
    (kernel,) = net.get_layer("conv").get_weights()
    bn = net.get_layer("bn")
    gamma, beta, mean, variance = bn.get_weights()
    scale = gamma / np.sqrt(variance + bn.epsilon)
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), conv])
    conv.set_weights([kernel * scale, beta - mean * scale])
    return model
''',
}


@pytest.mark.parametrize("source", REPLACED.values(), ids=REPLACED.keys())
def test_the_tasks_issue_23_replaced_were_near_copies(source):
    assert judge("replaced", source).near_copy


if __name__ == "__main__":  # the measured table behind the thresholds
    for task, source in TASKS:
        v = judge(task, source)
        flag = "COPY" if v.near_copy else "    "
        print(
            f"{flag} {task:<45} copied {v.copied:4.0%}  best {v.best:4.0%} {v.cell} sizes={v.sizes}"
        )
    sys.exit(0)
