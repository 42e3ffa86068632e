"""The task's architecture, stated in the task's own words, checked on the learner's weights.

A test cell states the architecture its task statement describes, declaratively, and
checks the learner's model against it in the visible part::

    TASK = ag.architecture('''
        numbers = Input(4)
        text = Input(6)
        numbers_branch = Dense(8, "relu")(numbers)
        text_branch = Dense(8, "relu")(text)
        merged = Concatenate()(numbers_branch, text_branch)
        head = Dense(1)(merged)
    ''')
    ag.check_architecture(model, TASK, inputs=x)

The description is data, not code: it is parsed (never run) into steps, and it holds
nothing the statement does not say. It cannot build a Keras model: the check computes,
in NumPy, what the described architecture outputs **with the learner's own kernels and
biases** (each described layer is matched to the learner's layer of the same kind and
kernel shape, trying every assignment where several fit) and compares it with what the
learner's model outputs, under weights the check chooses (`outputs.chosen_weights`, so
every activation shows). Any correct way of writing the model passes.

When the outputs differ, the check looks for the one change to the description that
explains them — an activation on any layer, the order of a concatenation or a
subtraction, another merge operation — by computing each changed architecture on the
same weights: the mistake is then named from the mechanism that produced the output,
not from a table. Otherwise the layer graphs are compared (`autograder.structure`).

Grammar, one statement a line (`#` comments allowed)::

    name = Input(d1, d2, ...)                      # the model's inputs, in order
    name = Layer(args...)(input, input, ...)        # a layer, applied once
    name = Layer(args...)                           # a layer defined, to be shared
    out = name(input)                               # ... and applied (again)
    Output(a, b)                                    # several outputs (default: the last)

Layers: Dense(units, activation=None, use_bias=True), Conv2D(filters, kernel_size,
activation=None, padding="valid", strides=1, use_bias=True), Flatten(), Reshape(d...),
Activation(name), Concatenate(axis=-1), Add(), Subtract(), Multiply(), Average(),
Maximum(), Minimum(), Spread(d...) (repeat a vector at every position of a grid: (n,)
to (d..., n), however the learner does it). A topic's module may add its own (`OPS`).
"""

from __future__ import annotations

import ast
import itertools
import sys
import types
from dataclasses import dataclass, field, replace

import numpy as np

from .layers import all_layers, to_numpy
from .quiet import captured_warnings, import_keras
from .reference import ACTIVATIONS

keras = import_keras()

MAX_ASSIGNMENTS = 720  # ways to match described layers to the learner's of the same shape
ACTIVATION_NAMES = ("linear", "relu", "sigmoid", "tanh", "softmax")
ELEMENTWISE = ("Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum")


class ArchitectureError(ValueError):
    """The description itself is malformed (a course bug, never the learner's)."""


# ----------------------------------------------------------------------------- ops


def _act(x, name):
    return ACTIVATIONS[None if name in (None, "linear") else name](x)


@dataclass(frozen=True)
class Op:
    """One kind of described layer: how it computes, and whether it holds a kernel."""

    kind: str
    weighted: bool = False
    ordered: bool = False  # its inputs' order matters (a topic's op): order changes are tried

    def kernel_shape(self, args: dict, shapes: list) -> tuple | None:
        return None

    def evaluate(self, args: dict, xs: list, weights) -> np.ndarray:
        raise NotImplementedError

    def forms(self, step, arch) -> list | None:
        """Ways to write this step with Keras's layers, for `graphs` (None: the kind itself).

        Each form is a chain of (Keras layer class name, its kwargs, output shape without
        the batch axis), or of (name, {}, shape, {"config", "activation", "trainable",
        "role"}) for a layer that already exists (a given network's own, read from it); a
        topic's own op that no built-in layer computes returns [] and is left out of
        structural explanations."""
        return None

    def words(self, args: dict) -> str:
        inner = ", ".join(f"{v!r}" if isinstance(v, str) else str(v) for v in args["_pos"])
        return f"{self.kind}({inner})"

    # A weighted op whose weights are not one layer's kernel and bias (a decoder that uses
    # another described layer's kernel, transposed, and a bias of its own) says how its
    # weights are found in the learner's model and what `evaluate` receives.

    def find(self, model, step, arch) -> list | None:
        """The learner's objects that may hold this step's weights (None: the layers of the
        same kind and kernel shape)."""
        return None

    def needs(self, step, arch) -> str | None:
        """What of its own this step holds, in words ('a bias of 12 values'), for an
        explanation when `find` finds nothing (None: say nothing)."""
        return None

    def weights_of(self, obj) -> tuple:
        """The weights `select` reads for this step from one of `find`'s objects."""
        return _weights_of(obj)

    def select(self, step, weights: dict):
        """What `evaluate` receives, from every described layer's weights (name → weights)."""
        return weights.get(step.layer)


class _Dense(Op):
    def kernel_shape(self, args, shapes):
        return (shapes[0][-1], args["units"])

    def evaluate(self, args, xs, weights):
        kernel, bias = weights
        return xs[0] @ kernel + (bias if bias is not None else 0.0)

    def words(self, args):
        return f"Dense({args['units']})"


class _Conv2D(Op):
    def kernel_shape(self, args, shapes):
        k = args["kernel_size"]
        k = (k, k) if isinstance(k, int) else tuple(k)
        return (*k, shapes[0][-1], args["filters"])

    def evaluate(self, args, xs, weights):
        kernel, bias = weights
        strides = args.get("strides", 1)
        out = keras.ops.conv(
            np.asarray(xs[0], "float32"),
            np.asarray(kernel, "float32"),
            strides=strides,
            padding=args.get("padding", "valid"),
        )
        return to_numpy(out).astype("float64") + (bias if bias is not None else 0.0)

    def words(self, args):
        k = args["kernel_size"]
        size = f"{k}×{k}" if isinstance(k, int) else "×".join(map(str, k))
        return f"Conv2D({args['filters']}, {size})"


class _Flatten(Op):
    def evaluate(self, args, xs, weights):
        return xs[0].reshape(len(xs[0]), -1)


class _Reshape(Op):
    def evaluate(self, args, xs, weights):
        return xs[0].reshape(len(xs[0]), *args["_pos"])


class _Spread(Op):
    def evaluate(self, args, xs, weights):
        grid = tuple(args["_pos"])
        x = xs[0]
        return np.broadcast_to(
            x.reshape(len(x), *([1] * len(grid)), x.shape[-1]), (len(x), *grid, x.shape[-1])
        )


class _Activation(Op):
    def evaluate(self, args, xs, weights):
        return xs[0]  # the activation itself is the step's `activation`


class _Concatenate(Op):
    def evaluate(self, args, xs, weights):
        return np.concatenate(xs, axis=args.get("axis", -1))


class _Merge(Op):
    def evaluate(self, args, xs, weights):
        if any(x.shape != xs[0].shape for x in xs):
            raise ValueError("shapes differ")
        stack = np.stack(xs)
        return {
            "Add": lambda: stack.sum(0),
            "Subtract": lambda: xs[0] - xs[1],
            "Multiply": lambda: np.prod(stack, 0),
            "Average": lambda: stack.mean(0),
            "Maximum": lambda: stack.max(0),
            "Minimum": lambda: stack.min(0),
        }[self.kind]()

    def words(self, args):
        return self.kind


OPS: dict[str, Op] = {
    "Dense": _Dense("Dense", weighted=True),
    "Conv2D": _Conv2D("Conv2D", weighted=True),
    "Flatten": _Flatten("Flatten"),
    "Reshape": _Reshape("Reshape"),
    "Spread": _Spread("Spread"),
    "Activation": _Activation("Activation"),
    "Concatenate": _Concatenate("Concatenate"),
    **{kind: _Merge(kind) for kind in ELEMENTWISE},
}
_SIGNATURES = {  # positional arguments, in order
    "Dense": ("units", "activation"),
    "Conv2D": ("filters", "kernel_size", "activation"),
    "Activation": ("activation",),
    "Concatenate": ("axis",),
}
_KERAS_CLASS = {"Dense": "Dense", "Conv2D": "Conv2D"}


# ---------------------------------------------------------------------------- steps


@dataclass(frozen=True)
class Step:
    """One described layer call: `name = kind(args)(inputs)`; `layer` names shared calls."""

    name: str
    kind: str
    args: dict
    inputs: tuple
    layer: str  # the described layer it applies (itself, unless shared)
    activation: str | None = None
    op: Op = None  # how it computes (OPS[kind], or a topic's own)


@dataclass
class Architecture:
    """A parsed description: inputs (name → shape), steps in order, outputs."""

    inputs: dict
    steps: list
    outputs: tuple
    text: str = ""
    shapes: dict = field(default_factory=dict)  # name -> shape without the batch axis

    def step(self, name: str) -> Step:
        return next(s for s in self.steps if s.name == name)

    def layers(self) -> dict:
        """Weighted described layers: layer name → (kind, kernel shape, use_bias, args)."""
        out = {}
        for s in self.steps:
            if s.op.weighted and s.layer not in out:
                shapes = [self.shapes[i] for i in s.inputs]
                out[s.layer] = (s.kind, s.op.kernel_shape(s.args, shapes), s.args, s.name)
        return out

    def words(self, step: Step) -> str:
        """'numbers_branch, Dense(8, relu) on numbers'."""
        act = f", {step.activation}" if step.activation and step.kind != "Activation" else ""
        base = step.op.words(step.args)
        if act and base.endswith(")"):
            base = base[:-1] + act + ")"
        if step.kind == "Activation":
            base = f"{step.activation or 'linear'}"
        return f"{step.name}, {base} on {' and '.join(step.inputs)}"

    def evaluate(self, inputs: list, weights: dict) -> list:
        """The described outputs on `inputs`, with `weights`: layer name → (kernel, bias)."""
        values = {
            name: np.asarray(x, "float64") for name, x in zip(self.inputs, inputs, strict=True)
        }
        for s in self.steps:
            xs = [values[i] for i in s.inputs]
            out = s.op.evaluate(s.args, xs, s.op.select(s, weights))
            values[s.name] = _act(np.asarray(out, "float64"), s.activation)
        return [values[o] for o in self.outputs]


def _literal(node):
    try:
        return ast.literal_eval(node)
    except ValueError as exc:
        raise ArchitectureError(f"only literal arguments: {ast.unparse(node)}") from exc


def _names(call: ast.Call) -> tuple:
    names = []
    for a in call.args:
        if not isinstance(a, ast.Name):
            raise ArchitectureError(f"inputs are names: {ast.unparse(a)}")
        names.append(a.id)
    return tuple(names)


def _layer_args(kind: str, call: ast.Call, ops: dict) -> dict:
    if kind not in ops:
        raise ArchitectureError(f"unknown layer {kind}")
    pos = [_literal(a) for a in call.args]
    args = {"_pos": tuple(pos)}
    for key, value in zip(_SIGNATURES.get(kind, ()), pos, strict=False):
        args[key] = value
    for kw in call.keywords:
        args[kw.arg] = _literal(kw.value)
    return args


def architecture(text: str, ops: dict | None = None) -> Architecture:
    """Parse a description (see the module's docstring); its shapes are worked out at once.

    `ops` adds a topic's own layers to the built-in ones (`OPS`): kind → `Op`, e.g.
    `ag.architecture(text, ops=ag.custom_weighted_layers.OPS)`.
    """
    ops = {**OPS, **(ops or {})}
    tree = ast.parse("\n".join(line.strip() for line in text.strip().splitlines()))
    inputs: dict = {}
    defined: dict = {}  # layer name -> (kind, args)
    steps: list = []
    outputs: tuple = ()
    for stmt in tree.body:
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
            if getattr(stmt.value.func, "id", "") != "Output":
                raise ArchitectureError(f"unexpected line: {ast.unparse(stmt)}")
            outputs = _names(stmt.value)
            continue
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1):
            raise ArchitectureError(f"one assignment a line: {ast.unparse(stmt)}")
        name, call = stmt.targets[0].id, stmt.value
        if not isinstance(call, ast.Call):
            raise ArchitectureError(f"a call on the right: {ast.unparse(stmt)}")
        func = call.func
        if isinstance(func, ast.Name) and func.id == "Input":
            inputs[name] = tuple(_literal(a) for a in call.args)
        elif isinstance(func, ast.Call):  # Layer(args)(inputs)
            kind = func.func.id
            args = _layer_args(kind, func, ops)
            act = args.get("activation")
            steps.append(Step(name, kind, args, _names(call), name, act, ops[kind]))
        elif isinstance(func, ast.Name) and func.id in defined:  # a shared layer applied
            kind, args = defined[func.id]
            act = args.get("activation")
            steps.append(Step(name, kind, args, _names(call), func.id, act, ops[kind]))
        elif isinstance(func, ast.Name):  # a layer defined, applied later
            defined[name] = (func.id, _layer_args(func.id, call, ops))
        else:
            raise ArchitectureError(f"unexpected line: {ast.unparse(stmt)}")
    arch = Architecture(inputs, steps, outputs or (steps[-1].name,), text)
    probe = [np.zeros((2, *shape)) for shape in inputs.values()]
    shapes = dict(inputs)
    values = dict(zip(inputs, probe, strict=True))
    zeros: dict = {}  # described layer -> (kernel, bias) of zeros
    for s in steps:  # shapes, with kernels of zeros
        in_shapes = [shapes[i] for i in s.inputs]
        kernel = s.op.kernel_shape(s.args, in_shapes)
        if kernel:
            zeros.setdefault(s.layer, (np.zeros(kernel), np.zeros(kernel[-1])))
        w = s.op.select(s, zeros)
        values[s.name] = np.asarray(s.op.evaluate(s.args, [values[i] for i in s.inputs], w))
        shapes[s.name] = tuple(values[s.name].shape[1:])
    arch.shapes = shapes
    return arch


# ------------------------------------------------------------------------- matching


def _kind_of(layer) -> str:
    for kind, cls in _KERAS_CLASS.items():
        if isinstance(layer, getattr(keras.layers, cls)):
            return kind
    return type(layer).__name__


def _weights_of(layer) -> tuple:
    bias = getattr(layer, "bias", None)
    return (
        to_numpy(layer.kernel).astype("float64"),
        to_numpy(bias).astype("float64") if bias is not None else None,
    )


def candidates(model, arch: Architecture) -> dict:
    """Described layer name → the learner's layers of the same kind and kernel shape."""
    layers = [layer for layer in all_layers(model) if getattr(layer, "kernel", None) is not None]
    out = {}
    for name, (kind, shape, _args, step) in arch.layers().items():
        own = arch.step(step).op.find(model, arch.step(step), arch)
        out[name] = (
            own
            if own is not None
            else [
                layer
                for layer in layers
                if _kind_of(layer) == kind and tuple(layer.kernel.shape) == tuple(shape)
            ]
        )
    return out


def _weights(arch: Architecture, assignment: dict) -> dict:
    """Described layer name → its weights, read from the learner's objects chosen for it."""
    ops = {name: arch.step(step).op for name, (_k, _s, _a, step) in arch.layers().items()}
    return {name: ops[name].weights_of(obj) for name, obj in assignment.items()}


def assignments(found: dict):
    """Every one-to-one choice of a learner's layer for each described layer (capped)."""
    names = list(found)
    count = 0
    for combo in itertools.product(*(found[n] for n in names)):
        if len({id(layer) for layer in combo}) < len(combo):
            continue
        yield dict(zip(names, combo, strict=True))
        count += 1
        if count >= MAX_ASSIGNMENTS:
            return


# ------------------------------------------------------------------------ mutations


@dataclass(frozen=True)
class Mutation:
    """One change to the description, in words the learner can act on."""

    key: tuple  # ("activation", step, to) | ("order", step, order) | ("merge", step, kind)
    cause: str
    next_step: str


_EFFECT = {
    "relu": "relu sets every negative value to 0",
    "sigmoid": "sigmoid squashes every value between 0 and 1",
    "tanh": "tanh squashes every value between -1 and 1",
    "softmax": "softmax makes each row positive and sum to 1",
}


def _act_words(name) -> str:
    return "no activation" if name in (None, "linear") else f"a {name}"


def _effect(got, want) -> str:
    """What the activation the learner has does that the task's does not."""
    if got not in (None, "linear"):
        return f" ({_EFFECT[got]})"
    return f" (without it, nothing bends the values: {_EFFECT[want]})" if want in _EFFECT else ""


def mutations(arch: Architecture):
    """Each single change to the description, with the words that name it."""
    yield from _single_mutations(arch)
    yield from _group_mutations(arch)
    yield from _moved_mutations(arch)


def _single_mutations(arch: Architecture):
    for i, s in enumerate(arch.steps):
        if s.op.weighted or s.kind in ("Activation", "Concatenate", *ELEMENTWISE):
            for act in ACTIVATION_NAMES:
                if act == (s.activation or "linear"):
                    continue
                if s.kind in ("Concatenate", *ELEMENTWISE) and act == "linear":
                    continue
                if s.kind == "Activation" and act == "linear":
                    what = f"the {s.activation} after {' and '.join(s.inputs)} is missing"
                    step = f"apply {s.activation} to {' and '.join(s.inputs)}."
                elif s.op.weighted:
                    what = (
                        f"{s.name} ({s.op.words(s.args)} on {' and '.join(s.inputs)}) has "
                        f"{_act_words(act)} where the task asks for {_act_words(s.activation)}"
                        + _effect(act, s.activation)
                    )
                    step = (
                        f"remove the activation from {s.name}."
                        if not s.activation
                        else f'give {s.name} activation="{s.activation}".'
                    )
                else:
                    what = (
                        f"{s.name} is followed by {_act_words(act)} where the task asks for "
                        f"{_act_words(s.activation)}"
                    )
                    step = (
                        f"apply no activation after {s.name}."
                        if not s.activation
                        else f"apply {s.activation} after {s.name}."
                    )
                changed = replace(s, activation=None if act == "linear" else act)
                yield (
                    _with(arch, i, changed),
                    Mutation(
                        ("activation", s.name, act),
                        f"{what}: your model computes exactly the task's architecture with that "
                        "one change.",
                        step,
                    ),
                )
        ordered = s.kind in ("Concatenate", "Subtract") or s.op.ordered
        if ordered and len(set(s.inputs)) == len(s.inputs):
            for order in itertools.permutations(s.inputs):
                if order == s.inputs:
                    continue
                changed = replace(s, inputs=tuple(order))
                yield (
                    _with(arch, i, changed),
                    Mutation(
                        ("order", s.name, tuple(order)),
                        f"{s.name} "
                        + {"Concatenate": "joins", "Subtract": "subtracts"}.get(s.kind, "receives")
                        + " "
                        f"[{', '.join(order)}] where the task says [{', '.join(s.inputs)}]: "
                        "the layers after it read each part in the wrong place.",
                        f"give {s.name} its inputs as [{', '.join(s.inputs)}], in that order.",
                    ),
                )
        if s.kind in ELEMENTWISE and len(s.inputs) >= 2:
            for kind in ELEMENTWISE:
                if kind == s.kind or (kind == "Subtract" and len(s.inputs) != 2):
                    continue
                changed = replace(s, kind=kind, op=OPS[kind])
                yield (
                    _with(arch, i, changed),
                    Mutation(
                        ("merge", s.name, kind),
                        f"{s.name} merges {' and '.join(s.inputs)} with {kind} where the task asks "
                        f"for {s.kind}: your model computes exactly the task's architecture with "
                        "that one change.",
                        f"merge them with keras.layers.{s.kind}().",
                    ),
                )


def _group_mutations(arch: Architecture):
    """The same activation changed on every layer that has it (two branches, say)."""
    by_act: dict = {}
    for i, s in enumerate(arch.steps):
        if s.op.weighted:
            by_act.setdefault(s.activation or "linear", []).append(i)
    for act, where in by_act.items():
        if len(where) < 2:
            continue
        names = " and ".join(arch.steps[i].name for i in where)
        for other in ACTIVATION_NAMES:
            if other == act:
                continue
            steps = list(arch.steps)
            for i in where:
                steps[i] = replace(steps[i], activation=None if other == "linear" else other)
            words = (
                "remove the activation from each of them."
                if act == "linear"
                else (f'give each of them activation="{act}".')
            )
            yield (
                replace(arch, steps=steps),
                Mutation(
                    ("activations", tuple(arch.steps[i].name for i in where), other),
                    f"{names} have {_act_words(other)} where the task asks for {_act_words(act)}: "
                    "your model computes exactly the task's architecture with that change.",
                    words,
                ),
            )


def _holds_activation(step: Step) -> bool:
    return step.op.weighted or step.kind in ("Activation", "Concatenate", *ELEMENTWISE)


def _place(step: Step) -> str:
    """Where an activation sits: 'on head', 'after summed' (an Activation: after its input)."""
    if step.kind == "Activation":
        return f"after {' and '.join(step.inputs)}"
    return f"on {step.name}" if step.op.weighted else f"after {step.name}"


def _moved_mutations(arch: Architecture):
    """One activation moved from the step the task puts it on to another step (misplaced,
    not missing plus extra): e.g. a block's ReLU applied to the head instead of the sum."""
    for i, s in enumerate(arch.steps):
        if s.activation in (None, "linear") or not _holds_activation(s):
            continue
        for j, t in enumerate(arch.steps):
            if j == i or t.activation not in (None, "linear") or not _holds_activation(t):
                continue
            if t.kind == "Activation":
                continue  # an Activation step always has its own
            steps = list(arch.steps)
            steps[i] = replace(s, activation=None)
            steps[j] = replace(t, activation=s.activation)
            undo = (
                f"remove the activation from {t.name}"
                if t.op.weighted
                else f"apply no activation after {t.name}"
            )
            redo = (
                f'give {s.name} activation="{s.activation}"'
                if s.op.weighted
                else f"apply {s.activation} {_place(s).replace('on ', 'to ', 1)}"
            )
            yield (
                replace(arch, steps=steps),
                Mutation(
                    ("moved", s.name, t.name),
                    f"the {s.activation} that the task puts {_place(s)} is {_place(t)} in your "
                    "model: your model computes exactly the task's architecture with that one "
                    "activation moved.",
                    f"{undo}, and {redo}.",
                ),
            )
    yield from _group_moved(arch)


def _group_moved(arch: Architecture):
    """The activation of several layers (two branches' relu) moved to one later step (the
    head), where it is applied once."""
    groups: dict = {}
    for i, s in enumerate(arch.steps):
        if s.op.weighted and s.activation not in (None, "linear"):
            groups.setdefault(s.activation, []).append(i)
    for act, where in groups.items():
        if len(where) < 2:
            continue
        names = " and ".join(arch.steps[i].name for i in where)
        for j, t in enumerate(arch.steps):
            if j in where or t.kind == "Activation" or not _holds_activation(t):
                continue
            if t.activation not in (None, "linear"):
                continue
            steps = list(arch.steps)
            for i in where:
                steps[i] = replace(steps[i], activation=None)
            steps[j] = replace(t, activation=act)
            undo = (
                f"remove the activation from {t.name}"
                if t.op.weighted
                else f"apply no activation after {t.name}"
            )
            yield (
                replace(arch, steps=steps),
                Mutation(
                    ("moved", tuple(arch.steps[i].name for i in where), t.name),
                    f"the {act} that the task puts on each of {names} is {_place(t)} in your "
                    f"model, applied once instead: your model computes exactly the task's "
                    f"architecture with the {act} moved there.",
                    f'{undo}, and give each of {names} activation="{act}".',
                ),
            )


def _with(arch: Architecture, i: int, step: Step) -> Architecture:
    steps = list(arch.steps)
    steps[i] = step
    return replace(arch, steps=steps)


# ------------------------------------------------------------------------ structure


def _forms(step: Step, arch: Architecture) -> list:
    """Ways to write a step with Keras's own layers: chains of (kind, kwargs, shape)."""
    shape = arch.shapes[step.name]
    own = step.op.forms(step, arch)
    if own is not None:  # none at all: a layer of the op's own name (the learner's class,
        # say), or a tensor computed in code, of this shape
        return own or [[(step.kind, {}, shape)], [("code", {}, shape)]]
    if step.kind == "Spread":
        grid, n = tuple(step.args["_pos"]), arch.shapes[step.inputs[0]][-1]
        forms = [
            [
                ("RepeatVector", {"n": int(np.prod(grid))}, (int(np.prod(grid)), n)),
                ("Reshape", {"target_shape": (*grid, n)}, shape),
            ]
        ]
        if len(grid) == 2:
            forms.insert(
                0,
                [
                    ("Reshape", {"target_shape": (1, 1, n)}, (1, 1, n)),
                    ("UpSampling2D", {"size": grid}, shape),
                ],
            )
        return forms
    kwargs = {k: v for k, v in step.args.items() if k not in ("_pos", "activation")}
    if step.kind == "Reshape":
        kwargs = {"target_shape": tuple(step.args["_pos"])}
    return [[(step.kind, kwargs, shape)]]


def _ways(step: Step, arch: Architecture) -> str:
    """A step the task lets the learner write several ways, in words ('' for one way)."""
    if step.kind != "Spread":
        return ""
    grid = tuple(step.args["_pos"])
    n = arch.shapes[step.inputs[0]][-1]
    size = "×".join(map(str, grid))
    return (
        f"the task's step there repeats the {n} values of {step.inputs[0]} at every position "
        f"of the {size} grid, with no weights; Reshape + UpSampling2D, RepeatVector + Reshape, "
        "keras.ops.broadcast_to or keras.ops.tile all do it"
    )


def graphs(arch: Architecture) -> list:
    """The described architecture as layer graphs (`structure.Graph`), one per way to
    write it with Keras's layers, for explanations."""
    from . import structure

    calls: dict = {}
    for s in arch.steps:
        calls[s.layer] = calls.get(s.layer, 0) + 1
    out = []
    for choice in itertools.islice(itertools.product(*(_forms(s, arch) for s in arch.steps)), 16):
        nodes: dict = {}
        ins = []
        for i, (name, shape) in enumerate(arch.inputs.items()):
            nodes[name] = structure.Node("Input", index=i, shape=tuple(shape), role=name)
            ins.append(nodes[name])
        body = []
        for s, chain in zip(arch.steps, choice, strict=True):
            previous = [nodes[i] for i in s.inputs]
            for k, (kind, kwargs, shape, *given) in enumerate(chain):
                # a fourth item: the node as an existing layer is (a given network's own
                # layer): its config, activation, trainable flag and name, read from it
                given = given[0] if given else {}
                last = k == len(chain) - 1
                own = isinstance(kind, str) and not hasattr(keras.layers, kind)
                config = {"shape": tuple(shape)} if own else {}
                if "config" in given:
                    config = dict(given["config"])
                elif kind != "Activation" and not own:
                    cls = kind if isinstance(kind, type) else getattr(keras.layers, kind)
                    kind = cls.__name__  # a topic's form may give its own layer class
                    with captured_warnings():
                        layer = cls(**kwargs)
                    config = structure._layer_config(layer, len(shape) + 1)
                node = structure.Node(
                    kind,
                    previous,
                    config=config,
                    activation=given.get("activation", ())
                    + ((s.activation,) if last and s.activation not in (None, "linear") else ()),
                    # a described layer may be frozen: Dense(6, "relu", trainable=False)
                    trainable=given.get("trainable", kwargs.get("trainable", True)),
                    calls=calls[s.layer],
                    shape=tuple(shape),
                    role=given.get("role", s.layer if s.op.weighted else ""),
                )
                body.append(node)
                previous = [node]
            for made in body[len(body) - len(chain) :]:
                made.ways = _ways(s, arch)
            nodes[s.name] = previous[0]
        outs = [
            structure.Node("Output", [nodes[o]], index=k, shape=nodes[o].shape)
            for k, o in enumerate(arch.outputs)
        ]
        out.append(structure._normalise(structure.Graph(ins, [*ins, *body, *outs], outs)))
    return out


def difference(model, arch: Architecture, inputs):
    """The first structural difference of the learner's model from the closest way of
    writing the description."""
    from . import structure
    from .outputs import chosen_weights

    try:
        with chosen_weights(model, inputs=inputs):
            got = structure.describe(model, inputs)
        best = None
        for want in graphs(arch):
            diff = structure.compare(want, got)
            if diff is None:
                return _unheld(model, arch)
            size = structure.distance(want, got)
            if best is None or size < best[0]:
                best = (size, diff)
        return best[1] if best else _unheld(model, arch)
    except Exception:  # the learner's model may not run at all: no structural word then
        return None


def _unheld(model, arch: Architecture):
    """The graphs agree, but a described step's own weights are nowhere in the model (a
    topic's op that says what it `needs`: a decoder's bias of 12 values, say)."""
    from . import structure

    for s in arch.steps:
        needs = s.op.needs(s, arch)
        if needs and not s.op.find(model, s, arch):
            return structure.Difference(
                "missing",
                None,
                None,
                f"{arch.words(s)} needs {needs}, and your model holds none: its parameters "
                "are counted on something else.",
                f"give {s.name} {needs}.",
            )
    return None


# ---------------------------------------------------------------------------- check


def _close(got: list, want: list, atol=1e-4, rtol=1e-3) -> bool:
    return len(got) == len(want) and all(
        np.shape(g) == np.shape(w) and np.allclose(g, w, atol=atol, rtol=rtol)
        for g, w in zip(got, want, strict=True)
    )


def _as_list(x) -> list:
    if isinstance(x, dict):
        return list(x.values())
    return list(x) if isinstance(x, list | tuple) else [x]


def _layer_words(arch: Architecture, name: str) -> str:
    _kind, shape, args, step = arch.layers()[name]
    s = arch.step(step)
    kernel = f" (kernel {'×'.join(map(str, shape))})" if shape else ""
    return f"{name}, {s.op.words(args)} on {' and '.join(s.inputs)}{kernel}"


def _computes(model, arch: Architecture, xs: list, got: list) -> bool:
    """Some assignment of the learner's layers makes `arch` output exactly `got`."""
    found = candidates(model, arch)
    if any(not layers for layers in found.values()):
        return False
    for assignment in assignments(found):
        weights = _weights(arch, assignment)
        try:
            if _close(got, arch.evaluate(xs, weights)):
                return True
        except ValueError:  # shapes that do not fit
            continue
    return False


def _low_precision(model) -> list:
    """The learner's layers that compute in 16 bits (dtype="float16", a mixed policy)."""
    return [
        layer
        for layer in all_layers(model)
        if str(getattr(layer, "compute_dtype", "float32")) in ("float16", "bfloat16")
    ]


def check_architecture(
    model, arch: Architecture, *, inputs, notes: dict | None = None, known: dict | None = None
) -> None:
    """The model computes the described architecture with its own weights, on `inputs`.

    Args:
        model: the learner's model (from `ag.build`).
        arch: the task's architecture (`ag.architecture(...)`).
        inputs: the check's inputs (an array, or a list in the order of the `Input`s;
            batch 8 to 16, so that chosen weights show every activation).
        notes: words of the topic for a named mechanism, `{mutation key: (cause,
            next_step)}`, e.g. `{("merge", "ensemble", "Add"): ("...", "...")}`; they
            replace the generic words of that change (see `mutations`).
        known: named misconceptions that no single change reaches, `{name: (architecture,
            cause, next_step)}`: another description (`ag.architecture`) of what that
            mistake builds, tried on the learner's own layers like the task's, before the
            one-change search (e.g. an ensemble's logits averaged, then one softmax).
    """
    __tracebackhide__ = True
    from .feedback import fail
    from .outputs import chosen_weights, run

    xs = _as_list(inputs)
    title = f"Outputs on a batch of {len(xs[0])}, computed from your own weights"
    with chosen_weights(model, inputs=inputs):
        got = [np.asarray(g, "float64") for g in _as_list(run(model, inputs))]
        found = candidates(model, arch)
        missing = [name for name, layers in found.items() if not layers]
        tried = []
        for assignment in assignments(found) if not missing else ():
            weights = _weights(arch, assignment)
            if _close(got, arch.evaluate(xs, weights)):
                return
            tried.append(weights)
        low = _low_precision(model)
        if low and any(_close(got, arch.evaluate(xs, w), atol=0.05, rtol=0.05) for w in tried):
            names = ", ".join(f"{layer.name} ({layer.compute_dtype})" for layer in low[:3])
            which = f"layer {names} computes" if len(low) == 1 else f"layers {names} compute"
            fail(
                title,
                "the output of the task's architecture, computed with your layers' "
                "kernels and biases",
                "values close to it, but rounded",
                f"your model computes the task's architecture, but in half precision: {which} "
                "in 16 bits, which keep about 3 significant digits, so the outputs are rounded.",
                'create the layers without a 16-bit dtype (dtype="float16" or a mixed-precision '
                "policy): the task's layers compute in float32, Keras's default.",
            )
        for other_arch, cause, next_step in (known or {}).values():
            if _computes(model, other_arch, xs, got):
                fail(
                    title,
                    "the output of the task's architecture, computed with your layers' "
                    "kernels and biases",
                    "the output of another architecture, computed with the same layers",
                    cause,
                    next_step,
                )
        for weights in tried:
            for changed, mutation in mutations(arch):
                try:
                    other = changed.evaluate(xs, weights)
                except ValueError:  # a change that does not fit the shapes
                    continue
                if _close(got, other):
                    cause, next_step = (notes or {}).get(
                        mutation.key, (mutation.cause, mutation.next_step)
                    )
                    fail(
                        title,
                        "the output of the task's architecture, computed with your layers' "
                        "kernels and biases",
                        "the output of that architecture with one change",
                        cause,
                        next_step,
                    )
    found_diff = difference(model, arch, inputs)
    explained = found_diff.explanation() if found_diff else None
    if missing:
        fail(
            f"Looking for {_layer_words(arch, missing[0])}",
            "a layer of that kind and kernel shape in your model",
            "none",
            explained.cause
            if explained
            else "that layer is missing, or has another size: a kernel's first size is the "
            "width of what reaches the layer.",
            explained.next_step
            if explained
            else f"compare your model's layers with the task: {_layer_words(arch, missing[0])}.",
        )
    fail(
        title,
        "the output of the task's architecture, computed with your layers' kernels and biases",
        "other values",
        explained.cause
        if explained
        else "your layers have the right sizes, but they are wired or combined in another "
        "way than the task describes.",
        explained.next_step
        if explained
        else "follow the task's steps one by one and check which tensor each layer receives.",
    )


def expect(model, *references, inputs=None) -> None:
    """Register the task's architecture for `model`, so that a failed check explains itself.

    `ag.expect(model, TASK)` with a description (`ag.architecture`); other references
    (models, builders) go to `structure.expect` as before. A later failure of
    `check_counts`, `check_output`, `find_layer` or `check_outputs` on `model` then names
    the first structural difference from the description.
    """
    import weakref

    from . import structure
    from .outputs import fixed_inputs

    if not (references and isinstance(references[0], Architecture)):
        structure.expect(model, *references, inputs=inputs)
        return
    arch = references[0]
    x = inputs if inputs is not None else fixed_inputs(*arch.inputs.values(), batch=8, seed=7)
    structure._EXPECTED.clear()
    cache = {"difference": difference(model, arch, x)}
    structure._EXPECTED[id(model)] = (weakref.ref(model), references, x, cache)


class _CallableModule(types.ModuleType):
    """`ag.architecture(text)` parses; `ag.architecture.OPS`, `.Op`… are this module's.

    The package exposes both under one name, and Python sets `autograder.architecture` to
    the module whenever it is imported: a module that is also the parser keeps the two
    from ever shadowing each other."""

    def __call__(self, text: str, ops: dict | None = None) -> Architecture:
        return architecture(text, ops)


sys.modules[__name__].__class__ = _CallableModule
