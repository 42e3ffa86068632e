"""Judge by behaviour, explain by structure: a model's layer graph, compared with the task's.

Pass or fail is decided by the other checks (counts, identity, outputs, behaviour),
so any correct way of writing an answer passes. When one of them fails, this module
says *why* in plain words: it compares the learner's layer graph with the task's
expected architecture and explains the first real difference — layer kind, units or
filters, kernel size, strides, padding, activation, `use_bias`, trainable flags,
sharing, merge operation and axis, which input feeds which branch, series versus
parallel, a missing or an extra layer.

A test cell registers the expected architecture in its hidden part, right after
building the learner's model::

    model = ag.build(build_two_branch_model)
    ### BEGIN HIDDEN TESTS
    def reference():                                # the task's architecture
        numbers, text = keras.Input((4,), name="numbers"), keras.Input((6,), name="text")
        ...
        return keras.Model([numbers, text], output)
    ag.expect(model, reference)                     # one or more references
    ### END HIDDEN TESTS
    ag.check_counts(model, trainable=113)           # a failure now explains itself

`check_counts`, `check_output`, `check_outputs` and `find_layer` then take their
cause and next step from `explain(model)` whenever a model has an expectation and no
table entry (`causes=`, `known=`) names the mistake. Several references may be given
(`ag.expect(model, ref_a, ref_b)`) where the task allows different correct
structures; the closest one is used.

How the graph is made, whatever the style:

- `describe(model, inputs)` runs the model once on `inputs` (under weights chosen by
  the check, see `outputs.chosen_weights`) and records every layer call, so
  Sequential, functional, subclassed models, custom layers holding sublayers and
  nested models all give the same *leaf* graph: the layers that hold no sublayers.
- Tensors computed in code (`a + b`, `keras.ops.relu(x)`, `x[:, None]`) are
  recognised by their values where possible (add, subtract, multiply, average,
  maximum, minimum, concatenate, relu/sigmoid/tanh/softmax, reshape); otherwise
  they become a "computed in code" node.
- Standalone activation layers (`Activation`, `ReLU`, `Softmax`) are folded into the
  layer before them, `Reshape` to one axis is `Flatten`, `Dropout`-like layers (the
  identity at inference) are left out. Names never matter, and the inputs of
  commutative merges (Add, Multiply, Average, Maximum, Minimum) are unordered.

Each node has a *signature*: its kind and arguments and the signatures of its inputs.
The differences are the nodes of one graph whose inputs exist in the other graph but
which do not themselves (the frontier); the first by depth is explained.
"""

from __future__ import annotations

import random
import re
import weakref
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from .keras_errors import Explanation
from .quiet import captured_warnings, import_keras

keras = import_keras()

from keras.src.layers.layer import Layer as _BaseLayer  # noqa: E402

# ----------------------------------------------------------------------------- graph


@dataclass(eq=False)
class Node:
    """One layer call (or an input, an output, a computed tensor) in a layer graph."""

    kind: str  # "Input", "Output", "Dense", "Add", "code", ...
    inputs: list = field(default_factory=list)  # Nodes, in call order
    config: dict = field(default_factory=dict)  # the arguments that matter
    activation: tuple = ()  # activations applied after the layer, in order
    trainable: bool = True
    calls: int = 1  # how many times the same layer instance is called in the model
    shape: tuple = ()  # output shape without the batch axis
    role: str = ""  # a name given in the reference ("features", "numbers"), else ""
    layer: object = None
    index: int = 0  # for inputs and outputs: their position
    consumers: list = field(default_factory=list)
    _sig: tuple | None = None

    @property
    def depth(self) -> int:
        return 0 if not self.inputs else 1 + max(i.depth for i in self.inputs)


@dataclass
class Graph:
    inputs: list
    nodes: list  # every node, inputs and outputs included, in topological order
    outputs: list


COMMUTATIVE = {"Add", "Multiply", "Average", "Maximum", "Minimum"}
MERGES = COMMUTATIVE | {"Subtract", "Concatenate", "Dot"}
_ACTIVATION_LAYERS = {"Activation", "ReLU", "Softmax", "LeakyReLU", "ELU"}
_IDENTITY_LAYERS = {
    "Dropout",
    "SpatialDropout1D",
    "SpatialDropout2D",
    "SpatialDropout3D",
    "GaussianNoise",
    "GaussianDropout",
    "AlphaDropout",
    "ActivityRegularization",
}
_SKIP_KEYS = {
    "name",
    "dtype",
    "trainable",
    "activation",
    "seed",
    "input_shape",
    "batch_input_shape",
    "batch_shape",
    "sparse",
    "ragged",
    "build_config",
    "compile_config",
    "function",
    "module",
    "function_type",
    "output_shape",
    "output_shape_type",
    "output_shape_module",
    "arguments",
    "mask",
    "mask_type",
    "mask_module",
}
_SKIP_SUFFIXES = ("_initializer", "_regularizer", "_constraint")


def _activation_name(fn) -> str:
    if fn is None:
        return "linear"
    name = getattr(fn, "__name__", None) or type(fn).__name__
    return {"relu": "relu", "linear": "linear"}.get(name, name)


def _layer_activation(layer) -> tuple:
    kind = type(layer).__name__
    if kind == "Activation":
        return (_activation_name(layer.activation),)
    if kind == "ReLU":
        plain = not layer.max_value and not layer.negative_slope and not layer.threshold
        return ("relu",) if plain else ("clipped relu",)
    if kind == "Softmax":
        return ("softmax",)
    if kind == "LeakyReLU":
        return ("leaky_relu",)
    if kind == "ELU":
        return ("elu",)
    act = getattr(layer, "activation", None)
    if act is None or not callable(act):
        return ()
    name = _activation_name(act)
    return () if name == "linear" else (name,)


def _plain(value):
    if isinstance(value, list | tuple):
        return tuple(_plain(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _plain(v)) for k, v in value.items()))
    return value


def _layer_config(layer, rank: int) -> dict:
    try:
        config = layer.get_config()
    except Exception:  # a custom layer without get_config
        config = {}
    out = {}
    for key, value in config.items():
        if key in _SKIP_KEYS or key.endswith(_SKIP_SUFFIXES):
            continue
        out[key] = _plain(value)
    if "axis" in out and isinstance(out["axis"], int) and rank:
        out["axis"] = out["axis"] % rank  # axis=3 and axis=-1 on rank 4 are the same
    if "axes" in out and isinstance(out["axes"], int) and rank:
        out["axes"] = out["axes"] % rank
    return out


def _role(name: str, kind: str) -> str:
    """A name the reference's author gave ('features'), not one Keras made ('dense_3')."""
    from keras.src.utils.naming import to_snake_case

    base = re.sub(r"_\d+$", "", name or "")
    auto = {to_snake_case(kind), kind.lower(), "input_layer", "input", "keras_tensor", "functional"}
    return "" if not base or base in auto else name


# ------------------------------------------------------------------------ tracing

_ORIGINAL_CALL = _BaseLayer.__call__
_TRACERS: list = []


@dataclass(eq=False)
class _Event:
    layer: object
    inputs: list
    outputs: list = field(default_factory=list)
    children: int = 0


def _traced_call(self, *args, **kwargs):
    if not _TRACERS:
        return _ORIGINAL_CALL(self, *args, **kwargs)
    tracer = _TRACERS[-1]
    first = args[0] if args else kwargs.get("inputs", kwargs.get("x"))
    event = _Event(self, [t for t in keras.tree.flatten(first) if hasattr(t, "shape")])
    if tracer["stack"]:
        tracer["stack"][-1].children += 1
    tracer["stack"].append(event)
    try:
        out = _ORIGINAL_CALL(self, *args, **kwargs)
    finally:
        tracer["stack"].pop()
    event.outputs = [t for t in keras.tree.flatten(out) if hasattr(t, "shape")]
    tracer["events"].append(event)
    return out


def _numpy(t) -> np.ndarray:
    return np.asarray(t.numpy() if hasattr(t, "numpy") else t)


def _candidates_unary():
    return {
        "relu": lambda a: np.maximum(a, 0.0),
        "sigmoid": lambda a: 1.0 / (1.0 + np.exp(-a)),
        "tanh": np.tanh,
        "softmax": lambda a: (
            np.exp(a - a.max(-1, keepdims=True))
            / np.exp(a - a.max(-1, keepdims=True)).sum(-1, keepdims=True)
        ),
    }


_BINARY = {
    "Add": lambda a, b: a + b,
    "Multiply": lambda a, b: a * b,
    "Average": lambda a, b: (a + b) / 2,
    "Maximum": np.maximum,
    "Minimum": np.minimum,
    "Subtract": lambda a, b: a - b,
}


def _close(a, b) -> bool:
    return a.shape == b.shape and np.allclose(a, b, rtol=1e-4, atol=1e-5)


def _recover(value: np.ndarray, known: list) -> Node:
    """A node for a tensor computed in code, recognised from its values if possible."""
    pool = known[-24:]
    for arr, node in reversed(pool):
        if _close(arr, value):
            return node
    for name, fn in _candidates_unary().items():
        for arr, node in reversed(pool):
            if arr.shape == value.shape and _close(fn(arr), value):
                return Node("Activation", [node], activation=(name,), shape=value.shape[1:])
    for arr, node in reversed(pool):
        if (
            arr.size == value.size
            and arr.shape != value.shape
            and _close(arr.reshape(value.shape), value)
        ):
            kind = "Flatten" if value.ndim == 2 else "Reshape"
            config = {} if kind == "Flatten" else {"target_shape": tuple(value.shape[1:])}
            return Node(kind, [node], config=config, shape=value.shape[1:])
    activated = [
        (fn(arr), Node("Activation", [node], activation=(act,), shape=arr.shape[1:]))
        for arr, node in pool[-8:]
        for act, fn in _candidates_unary().items()
    ]
    pool = pool + activated
    for i, (a, na) in enumerate(pool):
        for j, (b, nb) in enumerate(pool):
            if i == j:
                continue
            try:
                shape = np.broadcast_shapes(a.shape, b.shape)
            except ValueError:
                continue
            if shape == value.shape:
                for kind, fn in _BINARY.items():
                    if kind in COMMUTATIVE and j < i:
                        continue
                    result = fn(a, b)
                    for act in ((), ("relu",)):
                        candidate = np.maximum(result, 0.0) if act else result
                        if _close(candidate, value):
                            return Node(kind, [na, nb], activation=act, shape=value.shape[1:])
            if (
                a.ndim == b.ndim == value.ndim
                and a.shape[:-1] == b.shape[:-1] == value.shape[:-1]
                and a.shape[-1] + b.shape[-1] == value.shape[-1]
                and _close(np.concatenate([a, b], -1), value)
            ):
                return Node(
                    "Concatenate", [na, nb], config={"axis": value.ndim - 1}, shape=value.shape[1:]
                )
    return Node("code", [], config={"shape": tuple(value.shape[1:])}, shape=value.shape[1:])


def describe(model, inputs) -> Graph:
    """The leaf-layer graph of `model`, run once on `inputs` (arrays), whatever its style."""
    arrays = inputs if isinstance(inputs, list | tuple) else [inputs]
    tensors = [keras.ops.convert_to_tensor(np.asarray(a, "float32")) for a in arrays]
    feed = tensors if isinstance(inputs, list | tuple) else tensors[0]
    with captured_warnings():
        model(feed, training=False)  # builds whatever is not built, untraced
        tracer = {"stack": [], "events": []}
        _TRACERS.append(tracer)
        _BaseLayer.__call__ = _traced_call
        try:
            out = model(feed, training=False)
        finally:
            _TRACERS.pop()
            if not _TRACERS:
                _BaseLayer.__call__ = _ORIGINAL_CALL
    events = [e for e in tracer["events"] if e.children == 0 and e.layer is not model]
    input_names = [getattr(t, "name", "") for t in (getattr(model, "inputs", None) or [])]
    producers: dict[int, Node] = {}
    known: list = []
    graph_inputs = []
    for i, t in enumerate(tensors):
        role = _role(input_names[i].split(":")[0], "Input") if i < len(input_names) else ""
        node = Node("Input", index=i, shape=tuple(t.shape[1:]), role=role)
        producers[id(t)] = node
        known.append((_numpy(t), node))
        graph_inputs.append(node)
    keep = [tensors, events, out]  # ids stay unique while these live
    calls: dict[int, int] = {}
    for e in events:
        calls[id(e.layer)] = calls.get(id(e.layer), 0) + 1
    nodes: list[Node] = []

    def register(node):
        if any(node is n for n in (*nodes, *graph_inputs)):
            return
        for i in node.inputs:
            register(i)
        nodes.append(node)

    def node_of(t):
        if id(t) in producers:
            return producers[id(t)]
        node = _recover(_numpy(t), known)
        register(node)
        producers[id(t)] = node
        return node

    for e in events:
        layer = e.layer
        kind = type(layer).__name__
        ins = [node_of(t) for t in e.inputs]
        rank = len(e.outputs[0].shape) if e.outputs else 0
        node = Node(
            kind,
            ins,
            config=_layer_config(layer, rank),
            activation=_layer_activation(layer),
            trainable=bool(layer.trainable),
            calls=calls[id(layer)],
            shape=tuple(e.outputs[0].shape[1:]) if e.outputs else (),
            role=_role(layer.name, kind),
            layer=layer,
        )
        if kind in {"Lambda", "TFOpLambda"} or (not node.config and kind not in MERGES):
            node.config = {**node.config, "shape": node.shape}
        nodes.append(node)
        for t in e.outputs:
            producers[id(t)] = node
            known.append((_numpy(t), node))
    outs = [node_of(t) for t in keras.tree.flatten(out) if hasattr(t, "shape")]
    outputs = [Node("Output", [n], index=k, shape=n.shape) for k, n in enumerate(outs)]
    del keep
    return _normalise(Graph(graph_inputs, [*graph_inputs, *nodes, *outputs], outputs))


def _normalise(graph: Graph) -> Graph:
    """Fold activation layers into their producer, drop identity layers, link consumers."""
    nodes = list(graph.nodes)
    changed = True
    while changed:
        changed = False
        for n in nodes:
            n.consumers = []
        for n in nodes:
            for i in n.inputs:
                i.consumers.append(n)
        for n in nodes:
            if n.kind in _IDENTITY_LAYERS and len(n.inputs) == 1:
                _splice(nodes, n, n.inputs[0])
                changed = True
                break
            if n.kind == "Reshape" and len(n.config.get("target_shape", (0, 0))) == 1:
                n.kind, n.config = "Flatten", {}
            if n.kind in _ACTIVATION_LAYERS | {"Activation"} and len(n.inputs) == 1:
                producer = n.inputs[0]
                if (
                    producer.kind not in {"Input", "code"}
                    and len(producer.consumers) == 1
                    and producer.calls == 1
                    and n.calls == 1
                ):
                    act = producer.activation + n.activation
                    if act[-2:] == ("relu", "relu"):
                        act = act[:-1]
                    producer.activation = act
                    _splice(nodes, n, producer)
                    changed = True
                    break
                if n.kind != "Activation":
                    n.kind, n.config = "Activation", {}
    for n in nodes:
        n.consumers = []
    for n in nodes:
        for i in n.inputs:
            i.consumers.append(n)
    return Graph(graph.inputs, nodes, graph.outputs)


def _splice(nodes: list, node: Node, replacement: Node) -> None:
    nodes.remove(node)
    for other in nodes:
        other.inputs = [replacement if i is node else i for i in other.inputs]


# --------------------------------------------------------------------- signatures


def _key(node: Node) -> tuple:
    """What a node is, apart from its inputs."""
    if node.kind in {"Input", "Output"}:
        return (node.kind, node.index, node.shape if node.kind == "Input" else ())
    return (
        node.kind,
        tuple(sorted(node.config.items(), key=repr)),
        node.activation,
        node.trainable,
        node.calls > 1,
    )


def signature(node: Node) -> tuple:
    if node._sig is None:
        ins = [signature(i) for i in node.inputs]
        if node.kind in COMMUTATIVE:
            ins = sorted(ins, key=repr)
        node._sig = (_key(node), tuple(ins))
    return node._sig


def _same_kind(a: Node, b: Node) -> bool:
    return _key(a) == _key(b)


# ------------------------------------------------------------------------- words


def _shape_words(shape: tuple) -> str:
    if len(shape) == 1:
        return f"{shape[0]} values"
    return "×".join(str(s) for s in shape)


def _kernel(size) -> str:
    return "×".join(str(s) for s in size) if isinstance(size, tuple) else str(size)


def label(node: Node) -> str:
    """How feedback writes a node: 'Dense(8, activation="relu")', 'Conv2D(4, 1×1)'."""
    c = node.config
    args = []
    if node.kind == "Input":
        name = f"the {node.role} input" if node.role else f"input {node.index + 1}"
        return f"{name} ({_shape_words(node.shape)})"
    if node.kind == "Output":
        return f"output {node.index + 1}"
    if node.kind == "code":
        return f"a tensor computed in code ({_shape_words(node.shape)})"
    if "units" in c:
        args.append(str(c["units"]))
    if "filters" in c:
        args.append(str(c["filters"]))
    if "kernel_size" in c:
        args.append(_kernel(c["kernel_size"]))
    if c.get("strides") not in (None, (1, 1), (1,), 1):
        args.append(f"strides={_kernel(c['strides'])}")
    if c.get("padding") == "same":
        args.append('padding="same"')
    if node.kind == "Concatenate":
        args.append(
            "axis=-1"
            if node.shape and c.get("axis") == len(node.shape)
            else f"axis={c.get('axis')}"
        )
    if c.get("use_bias") is False:
        args.append("use_bias=False")
    for act in node.activation:
        args.append(f'activation="{act}"')
    text = f"{node.kind}({', '.join(args)})" if args else node.kind
    if node.kind == "Activation" and node.activation:
        text = f'Activation("{node.activation[0]}")'
    return text


def _role_words(node: Node) -> str:
    return node.role.replace("_", " ")


def name(node: Node) -> str:
    """'the features (Dense(8, activation="tanh"))' or 'a Dense(8, ...)'."""
    if node.kind in {"Input", "Output", "code"}:
        return label(node)
    if node.role:
        return f"the {_role_words(node)} ({label(node)})"
    return f"a {label(node)}" if label(node)[0].lower() not in "aeiou" else f"an {label(node)}"


def _short(node: Node) -> str:
    """A short name: the role ('the text branch'), else the label."""
    if node.kind == "Input":
        return label(node)
    return f"the {_role_words(node)}" if node.role else label(node)


def _output_of(node: Node) -> str:
    if node.kind == "Input":
        return label(node)
    if node.kind == "code":
        return label(node)
    if node.role:
        return f"the output of the {_role_words(node)} ({label(node)})"
    text = f"the output of {label(node)}"
    if len(node.inputs) == 1 and node.inputs[0].kind == "Input":
        text += f" on {label(node.inputs[0])}"
    return text


def source(node: Node) -> str:
    """What a node reads, in words."""
    if not node.inputs:
        return "nothing"
    parts = [_output_of(i) for i in node.inputs]
    return parts[0] if len(parts) == 1 else "[" + ", ".join(parts) + "]"


_MERGE_DOES = {
    "Add": "sums its inputs",
    "Subtract": "subtracts the second input from the first",
    "Multiply": "multiplies its inputs element by element",
    "Average": "averages its inputs",
    "Maximum": "keeps the larger value at each position",
    "Minimum": "keeps the smaller value at each position",
    "Concatenate": "puts its inputs side by side (the widths add up)",
    "Dot": "takes dot products",
}

_ACT_DOES = {
    "linear": "leaves the values as they are (no activation)",
    "relu": "sets every negative value to 0",
    "sigmoid": "squashes values between 0 and 1",
    "tanh": "squashes values between -1 and 1",
    "softmax": "turns values into probabilities that sum to 1",
}


def _acts(node: Node) -> str:
    return " then ".join(node.activation) if node.activation else "linear"


@dataclass
class Difference:
    """The first real difference between the learner's graph and the task's."""

    what: str  # kind, attribute, activation, trainable, shared, wiring, swap, series, order, missing, extra
    expected: Node | None
    received: Node | None
    cause: str
    next_step: str

    def explanation(self) -> Explanation:
        return Explanation(self.cause, self.next_step)


def _attribute_difference(got: Node, want: Node) -> Difference:
    """Same place in the graph, something about the layer itself differs."""
    where = f"reading {source(want)}"
    if got.kind != want.kind:
        if got.kind in MERGES and want.kind in MERGES:
            return Difference(
                "kind",
                want,
                got,
                f"the merge of {source(want)} is {got.kind}, the task asks for {want.kind}: "
                f"{got.kind} {_MERGE_DOES.get(got.kind, '')}, {want.kind} "
                f"{_MERGE_DOES.get(want.kind, '')}.",
                f"merge them with keras.layers.{want.kind}()(...).",
            )
        return Difference(
            "kind",
            want,
            got,
            f"where the task has {name(want)} {where}, your model has {name(got)}.",
            f"use keras.layers.{want.kind} there, as the task says.",
        )
    for key in ("axis", "axes", "units", "filters", "kernel_size", "strides", "padding"):
        if got.config.get(key) != want.config.get(key):
            return _config_difference(key, got, want, where)
    if got.activation != want.activation:
        g, w = _acts(got), _acts(want)
        is_output = any(c.kind == "Output" for c in want.consumers)
        place = "the output layer" if is_output else label(want).split("(")[0] + f" {where}"
        if want.role:
            place = f"the {_role_words(want)}"
        does = _ACT_DOES.get(got.activation[-1] if got.activation else "linear", "")
        extra = (
            " — on fixed inputs it may still look right when its values happen to be positive"
            if g == "relu" and w == "linear"
            else ""
        )
        return Difference(
            "activation",
            want,
            got,
            f"{place} has activation {g}, the task asks for {w}: {g} {does}{extra}.",
            f'give it activation="{want.activation[-1]}".'
            if want.activation
            else "remove its activation (no activation argument, or activation=None).",
        )
    if got.config.get("use_bias") != want.config.get("use_bias"):
        return _config_difference("use_bias", got, want, where)
    if got.trainable != want.trainable:
        frozen = not got.trainable
        return Difference(
            "trainable",
            want,
            got,
            f"{name(got)} {where} is {'frozen (trainable=False)' if frozen else 'trainable'}, "
            f"the task {'trains it' if frozen else 'freezes it (trainable=False)'}.",
            "leave it trainable: freeze only the layers the task names."
            if frozen
            else "set trainable = False on it (and compile again).",
        )
    if (got.calls > 1) != (want.calls > 1):
        if got.calls > 1:
            return Difference(
                "shared",
                want,
                got,
                f"{name(got)} {where} is one layer instance called {got.calls} times, so "
                "those calls share their weights; the task has a separate layer for each.",
                "create a new layer for each place the task names (a new keras.layers... call).",
            )
        return Difference(
            "shared",
            want,
            got,
            f"{name(got)} {where} is a layer of its own; the task calls one instance "
            f"{want.calls} times so that those calls share their weights.",
            "create the layer once and call that same instance on each input.",
        )
    for key in sorted(set(got.config) | set(want.config)):
        if got.config.get(key) != want.config.get(key):
            return _config_difference(key, got, want, where)
    return Difference(
        "kind",
        want,
        got,
        f"{name(got)} {where} differs from the task's {label(want)}.",
        "compare that layer's arguments with the task.",
    )


def _config_difference(key, got: Node, want: Node, where: str) -> Difference:
    g, w = got.config.get(key), want.config.get(key)
    layer = label(want).split("(")[0]
    if want.role:
        layer = f"the {_role_words(want)} ({layer})"
    if key in {"units", "filters"}:
        cause = f"{layer} {where} has {g} {key}, the task asks for {w}."
        step = f"give it {w} {key}."
    elif key == "kernel_size":
        cause = (
            f"{layer} {where} has a {_kernel(g)} kernel, the task asks for {_kernel(w)}: "
            f"each output position then sees a {_kernel(g)} patch instead of {_kernel(w)}."
        )
        step = f"use kernel_size={w[0] if isinstance(w, tuple) and len(set(w)) == 1 else w}."
    elif key == "padding":
        cause = f'{layer} {where} uses padding="{g}", the task asks for padding="{w}"' + (
            ": without padding a convolution shrinks the map." if g == "valid" else "."
        )
        step = f'pass padding="{w}".'
    elif key == "strides":
        cause = f"{layer} {where} moves with strides {_kernel(g)}, the task asks for {_kernel(w)}."
        step = f"use strides={w[0] if isinstance(w, tuple) and len(set(w)) == 1 else w}."
    elif key == "use_bias":
        cause = (
            f"{layer} {where} has no bias (use_bias=False), the task's layer has one."
            if g is False
            else f"{layer} {where} has a bias, the task asks for use_bias=False."
        )
        step = "remove use_bias=False." if g is False else "pass use_bias=False."
    elif key in {"axis", "axes"}:
        rank = len(want.shape) + 1 if want.shape else 0
        last = rank - 1
        words = {0: "axis 0, the batch axis", last: f"the last axis ({last}, features/channels)"}
        cause = (
            f"{layer} {where} works along {words.get(g, f'axis {g}')}, the task asks for "
            f"{words.get(w, f'axis {w}')}."
        )
        step = f"use {layer.split(' ')[0]}(axis=-1)." if w == last else f"use axis={w}."
    else:
        cause = f"{layer} {where} has {key}={g!r}, the task asks for {key}={w!r}."
        step = f"pass {key}={w!r}."
    return Difference(key, want, got, cause, step)


# --------------------------------------------------------------------- comparison


def _index(graph: Graph) -> dict:
    return {signature(n): n for n in graph.nodes}


def _absent(one: Graph, other: Graph) -> list:
    """Nodes of `one` that `other` lacks (counting repeats: a third copy where two are expected)."""
    there = Counter(signature(n) for n in other.nodes)
    seen: Counter = Counter()
    out = []
    for n in one.nodes:
        seen[signature(n)] += 1
        if seen[signature(n)] > there[signature(n)]:
            out.append(n)
    return out


def frontier(one: Graph, other: Graph) -> list:
    """Nodes of `one` absent from `other` whose inputs are all present in `other`."""
    there = _index(other)
    return [n for n in _absent(one, other) if all(signature(i) in there for i in n.inputs)]


def distance(one: Graph, other: Graph) -> int:
    """How many nodes of either graph the other lacks."""
    return len(_absent(one, other)) + len(_absent(other, one))


def compare(expected: Graph, got: Graph) -> Difference | None:
    """The first real difference between the learner's graph and the expected one."""
    there = _index(expected)
    for n in got.nodes:  # a learner's layer that matches the task's takes its role name
        twin = there.get(signature(n))
        if twin is not None and not n.role:
            n.role = twin.role
    missing = sorted(frontier(expected, got), key=lambda n: n.depth)
    extra = sorted(frontier(got, expected), key=lambda n: n.depth)
    if not missing and not extra:
        return None
    if len(got.inputs) != len(expected.inputs):
        return None  # check_inputs explains that
    fallback = None
    explained: set = set()
    for want in missing:
        found = _explain_missing(want, missing, extra, got)
        if found.received is not None:
            explained.add(id(found.received))
        if found.what != "missing" or found.received is not None:
            earlier = [n for n in extra if n.depth < want.depth and id(n) not in explained]
            return _extra(earlier[0]) if earlier else found
        fallback = fallback or found
    lone = [n for n in extra if id(n) not in explained]
    if lone and (fallback is None or lone[0].depth <= fallback.expected.depth):
        return _extra(lone[0])
    return fallback or _extra(extra[0])


def _extra(node: Node) -> Difference:
    change = ""
    if len(node.inputs) == 1 and node.inputs[0].shape != node.shape:
        change = f" (it turns {_shape_words(node.inputs[0].shape)} into {_shape_words(node.shape)})"
    return Difference(
        "extra",
        None,
        node,
        f"your model has {name(node)} reading {source(node)}{change}, which the task does not have.",
        f"remove the {label(node)}: build the layers the task lists, in its order.",
    )


def _input_sigs(node: Node) -> list:
    sigs = [signature(i) for i in node.inputs]
    return sorted(sigs, key=repr) if node.kind in COMMUTATIVE else sigs


def _explain_missing(want: Node, missing, extra, got: Graph) -> Difference | None:
    want_ins = _input_sigs(want)
    want_set = set(want_ins)
    same_place = [n for n in extra if _input_sigs(n) == want_ins]
    same_place += [
        n
        for n in extra
        if n not in same_place and sorted(_input_sigs(n), key=repr) == sorted(want_ins, key=repr)
    ]
    for n in same_place:
        if _same_kind(n, want):  # same layer, inputs in another order
            got_order = ", ".join(_short(i) for i in n.inputs)
            want_order = ", ".join(_short(i) for i in want.inputs)
            return Difference(
                "order",
                want,
                n,
                f"{label(want)} receives [{got_order}]: the order differs from the task's "
                f"[{want_order}], so the next layer's weights read the parts in another order.",
                f"pass [{want_order}], in that order.",
            )
    for n in same_place:
        # n sits where `want` should: a swap, an extra layer, a missing layer, or an attribute
        for other in missing:
            if other is not want and _same_kind(other, n):
                partner = [
                    m for m in extra if _same_kind(m, want) and _input_sigs(m) == _input_sigs(other)
                ]
                if partner:
                    return Difference(
                        "swap",
                        want,
                        n,
                        f"{name(want)} should read {source(want)} and {name(other)} should "
                        f"read {source(other)}; in your model it is the other way round.",
                        f"feed {source(want)} to {label(want)} and {source(other)} to {label(other)}.",
                    )
        if any(_same_kind(c, want) for c in n.consumers):
            return _extra_layer(n, want)
        if any(_same_kind(c, n) for c in want.consumers):
            return _missing_layer(want, n)
        return _attribute_difference(n, want)
    overlapping = [n for n in extra if want_set & set(_input_sigs(n))]
    for n in overlapping:
        if any(_same_kind(c, want) or c.kind == want.kind for c in n.consumers):
            return _extra_layer(n, want)
    alike = [n for n in extra if _same_kind(n, want)]
    alike += [n for n in extra if n.kind == want.kind and n not in alike]
    for n in alike:
        return _wiring(want, n)
    for n in overlapping:
        if any(_same_kind(c, n) for c in want.consumers):
            return _missing_layer(want, n)
    return Difference(
        "missing",
        want,
        None,
        f"the task's {label(want)} reading {source(want)} is missing from your model"
        + (f" (its {want.role} layer)." if want.role else "."),
        f"add {label(want)} on {source(want)}, as the task says.",
    )


def _extra_layer(n: Node, want: Node) -> Difference:
    if want.kind == "Output":
        return Difference(
            "extra",
            want,
            n,
            f"your model ends with an extra {label(n)} after {source(n)}; the task's model "
            f"ends with {label(want.inputs[0])}"
            + (f" (the {_role_words(want.inputs[0])})." if want.inputs[0].role else "."),
            f"remove the last {label(n)}: the output is {_output_of(want.inputs[0])}.",
        )
    return Difference(
        "extra",
        want,
        n,
        f"your model has an extra {label(n)} between {source(n)} and the {label(want)}; "
        f"the task's {label(want)} reads {source(want)} directly.",
        f"remove the {label(n)}, or check where it should go.",
    )


def _missing_layer(want: Node, n: Node) -> Difference:
    return Difference(
        "missing",
        want,
        n,
        f"{name(want)} is missing between {source(want)} and the {label(n)}"
        + (f" (the {want.role} layer)." if want.role else "."),
        f"add {label(want)} there, as the task says.",
    )


def _ancestors(node: Node) -> set:
    out = set()
    for i in node.inputs:
        out.add(signature(i))
        out |= _ancestors(i)
    return out


def _wiring(want: Node, n: Node) -> Difference:
    got_src = list(n.inputs)
    ancestors = _ancestors(want)
    series = [
        g for g in got_src if g.kind not in {"Input", "code"} and signature(g) not in ancestors
    ]
    if series:
        return Difference(
            "series",
            want,
            n,
            f"{name(want)} reads {source(n)} instead of {source(want)}: the branches run in "
            "series, one after the other; in the task they run in parallel, side by side, "
            "each reading its own input.",
            f"call {label(want)} on {source(want)}, not on the other branch's output.",
        )
    return Difference(
        "wiring",
        want,
        n,
        f"{name(want)} reads {source(n)}; in the task it reads {source(want)}.",
        f"call {label(want)} on {source(want)}.",
    )


# ------------------------------------------------------------------- expectations

_EXPECTED: dict[int, tuple] = {}


def _build_reference(reference):
    """A reference model from a builder, without touching the global random state."""
    if isinstance(reference, keras.Model):
        return reference
    py_state, np_state = random.getstate(), np.random.get_state()
    try:
        with captured_warnings():
            return reference()
    finally:
        random.setstate(py_state)
        np.random.set_state(np_state)


def expect(model, *references, inputs=None) -> None:
    """Register the task's architecture for `model` (reference models or builders).

    Args:
        model: the learner's model, as returned by `ag.build`.
        references: keras Models, or functions that return one (built now, with the
            global random state restored afterwards), in the order to prefer.
        inputs: arrays to trace both models on; by default made from the
            first reference's input shapes.

    A later failure of `check_counts`, `check_output`, `check_outputs` or
    `find_layer` on `model` takes its cause and next step from `explain(model)`.
    """
    if not references:
        raise TypeError("expect(model, reference, ...) needs at least one reference")
    _EXPECTED.clear()  # one test cell, one expectation: never leak to the next cell
    _EXPECTED[id(model)] = (weakref.ref(model), references, inputs, {})


def expected_for(model):
    entry = _EXPECTED.get(id(model))
    if entry is None or entry[0]() is not model:
        return None
    return entry


def _trace_inputs(reference_model, inputs):
    if inputs is not None:
        return inputs
    from .outputs import fixed_inputs

    shapes = [tuple(t.shape[1:]) for t in reference_model.inputs]
    return fixed_inputs(*shapes, batch=8, seed=7)


def difference(model) -> Difference | None:
    """The first structural difference of `model` from its expected architecture, or None."""
    entry = expected_for(model)
    if entry is None:
        return None
    _, references, inputs, cache = entry
    if "difference" in cache:
        return cache["difference"]
    from .outputs import chosen_weights

    best = None
    try:
        built = [_build_reference(r) for r in references]
        x = _trace_inputs(built[0], inputs)
        with chosen_weights(model, inputs=x):
            got = describe(model, x)
        for ref in built:
            with chosen_weights(ref, inputs=x):
                want = describe(ref, x)
            diff = compare(want, got)
            size = distance(want, got)
            if diff is None:
                best = (0, None)
                break
            if best is None or size < best[0]:
                best = (size, diff)
    except Exception:  # the learner's model may not run at all: no structural word then
        best = None
    cache["difference"] = best[1] if best else None
    return cache["difference"]


def explain(model) -> Explanation | None:
    """The cause and next step of a failure on `model`, from its structure; None if unknown."""
    found = difference(model)
    return found.explanation() if found else None
