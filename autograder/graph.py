"""The layer graph of a model, whatever the style it was written in (reading layer).

`describe(model, inputs)` runs the model once on `inputs` and records every layer call, so
Sequential, functional, subclassed models, custom layers holding sublayers and nested
models all give the same *leaf* graph: the layers that hold no sublayers.

- Tensors computed in code (`a + b`, `keras.ops.relu(x)`, `x[:, None]`) are
  recognised by their values where possible (add, subtract, multiply, average,
  maximum, minimum, concatenate, relu/sigmoid/tanh/softmax, reshape); otherwise
  they become a "computed in code" node.
- Standalone activation layers (`Activation`, `ReLU`, `Softmax`) are folded into the
  layer before them, `Reshape` to one axis is `Flatten`, `Dropout`-like layers (the
  identity at inference) are left out. Names never matter, and the inputs of
  commutative merges (Add, Multiply, Average, Maximum, Minimum) are unordered.

Each node has a *signature*: its kind and arguments and the signatures of its inputs.
`autograder.structure` compares two graphs by their signatures and explains the first
difference in words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

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
    ways: str = ""  # a task's step that may be written several ways: which, in words
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
    found = _stacked(value, known[-24:]) or _affine(value, known[-24:])
    found = found or _reduction(value, known[-24:])
    if found is not None:
        return found
    return Node("code", [], config={"shape": tuple(value.shape[1:])}, shape=value.shape[1:])


def _stacked(value: np.ndarray, pool: list) -> Node | None:
    """Two tensors stacked on a new axis (keras.ops.stack): flattened after it, their
    values alternate where a concatenation puts one after the other."""
    if value.ndim < 3:
        return None
    for axis in range(1, value.ndim):
        if value.shape[axis] != 2:
            continue
        for a, na in pool:
            for b, nb in pool:
                if na is nb or a.shape != b.shape or a.ndim != value.ndim - 1:
                    continue
                if _close(np.stack([a, b], axis), value):
                    return Node("Stack", [na, nb], config={"axis": axis}, shape=value.shape[1:])
    return None


def _number(x: float) -> float:
    return float(np.round(x, 3)) + 0.0  # no -0.0


def _affine(value: np.ndarray, pool: list) -> Node | None:
    """`a * w + c` or `a * w + b * v + c` in code (1 - gate, 0.6 * p + 0.4 * q, (p + q) / 4),
    its numbers read from the values by least squares."""
    flat = value.reshape(-1).astype("float64")
    if flat.size < 4 or np.ptp(flat) < 1e-6:
        return None
    same = [(a, n) for a, n in pool if a.shape == value.shape and np.ptp(a) > 1e-6]
    tries = [[p] for p in same] + [
        [p, q] for i, p in enumerate(same) for q in same[i + 1 :] if p[1] is not q[1]
    ]
    for parts in tries:
        columns = [a.reshape(-1).astype("float64") for a, _ in parts] + [np.ones_like(flat)]
        coef, *_ = np.linalg.lstsq(np.stack(columns, 1), flat, rcond=None)
        if not np.allclose(np.stack(columns, 1) @ coef, flat, rtol=1e-4, atol=1e-5):
            continue
        weights = tuple(_number(c) for c in coef[:-1])
        if any(w == 0 for w in weights):
            continue
        return Node(
            "Scale" if len(parts) == 1 else "Weighted",
            [n for _, n in parts],
            config={"weights": weights, "offset": _number(coef[-1])},
            shape=value.shape[1:],
        )
    for (a, na), (b, nb) in ((p, q) for p in same for q in same if p[1] is not q[1]):
        # a merge with one input changed in code first: a * (1 - b), a + 0.5 * b
        af, bf = a.reshape(-1).astype("float64"), b.reshape(-1).astype("float64")
        for kind, columns, rest in (
            ("Multiply", [af * bf, af], np.zeros_like(flat)),
            ("Add", [bf, np.ones_like(flat)], af),
        ):
            coef, *_ = np.linalg.lstsq(np.stack(columns, 1), flat - rest, rcond=None)
            w, c = _number(coef[0]), _number(coef[1])
            if (w, c) in ((1.0, 0.0), (0.0, 0.0)) or w == 0:
                continue
            if np.allclose(np.stack(columns, 1) @ coef + rest, flat, rtol=1e-4, atol=1e-5):
                scaled = Node(
                    "Scale", [nb], config={"weights": (w,), "offset": c}, shape=value.shape[1:]
                )
                return Node(kind, [na, scaled], shape=value.shape[1:])
    return None


_REDUCTIONS = {"mean": np.mean, "sum": np.sum, "max": np.max, "min": np.min}


def _reduction(value: np.ndarray, pool: list) -> Node | None:
    """A mean (sum, max, min) over the last axis of a tensor, or of two side by side."""
    joined = [
        (
            np.concatenate([a, b], -1),
            Node(
                "Concatenate",
                [na, nb],
                config={"axis": a.ndim - 1},
                shape=(*a.shape[1:-1], a.shape[-1] + b.shape[-1]),
            ),
        )
        for a, na in pool
        for b, nb in pool
        if na is not nb and a.ndim == b.ndim >= 2 and a.shape[:-1] == b.shape[:-1]
    ]
    joined += [(a, n) for a, n in pool if a.ndim >= 2]  # after: a constant mean fits both
    for arr, node in joined:
        for how, fn in _REDUCTIONS.items():
            for keep in (True, False):
                out = fn(arr, axis=-1, keepdims=keep)
                if _close(out, value):
                    return Node(
                        "Reduce", [node], config={"how": how, "axis": -1}, shape=value.shape[1:]
                    )
    return None


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
    input_dtypes = [str(getattr(t, "dtype", "")) for t in (getattr(model, "inputs", None) or [])]
    producers: dict[int, Node] = {}
    known: list = []
    graph_inputs = []
    for i, t in enumerate(tensors):
        role = _role(input_names[i].split(":")[0], "Input") if i < len(input_names) else ""
        node = Node("Input", index=i, shape=tuple(t.shape[1:]), role=role)
        fed = _numpy(t)
        if i < len(input_dtypes) and not np.array_equal(fed, np.round(fed)):
            # real values given to the input: its dtype, for words only (not in the signature)
            node.config = {"dtype": input_dtypes[i]}
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
