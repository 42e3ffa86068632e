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

When `check_counts`, `check_output`, `check_outputs` or `find_layer` refuses a model
that has an expectation, the explaining layer (`autograder.causes`) takes the cause and
next step from `explain(model)` wherever no table entry (`causes=`, `known=`) names the
mistake. Several references may be given
(`ag.expect(model, ref_a, ref_b)`) where the task allows different correct
structures; the closest one is used.

This module is the explaining layer's word on structure: the graph itself is read by
`autograder.graph` (`describe`, `Node`, `Graph`, `signature`, re-exported here), run
under weights chosen by the check (`autograder.running.chosen_weights`).

How the graph is made, whatever the style:

- `describe(model, inputs)` runs the model once on `inputs` and records every layer
  call, so Sequential, functional, subclassed models, custom layers holding sublayers
  and nested models all give the same *leaf* graph: the layers that hold no sublayers.
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
import weakref
from collections import Counter
from dataclasses import dataclass

import numpy as np

from .graph import (  # noqa: F401 -- the layer graph, read by autograder.graph; names kept here
    COMMUTATIVE,
    MERGES,
    Graph,
    Node,
    _key,
    _layer_activation,
    _layer_config,
    _normalise,
    _numpy,
    _recover,
    _role,
    _same_kind,
    describe,
    signature,
)
from .keras_errors import Explanation
from .models import all_layers
from .quiet import captured_warnings, import_keras
from .running import chosen_weights, fixed_inputs

keras = import_keras()

# ------------------------------------------------------------------------- words


def count(n, word: str) -> str:
    """'1 unit', '8 units': a number of things, singular for one ('values' -> '1 value')."""
    return f"{n} {word.removesuffix('s') if n == 1 else word}"


def _shape_words(shape: tuple) -> str:
    if len(shape) == 1:
        return count(shape[0], "values")
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
    if node.kind in _COMPUTED:
        return f"{formula(node)} (computed in code)"
    if node.kind == "Stack":
        return (
            f"keras.ops.stack(..., axis={c.get('axis')}), which puts the tensors on a new axis "
            "(flattened after it, their values alternate instead of following each other)"
        )
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


_COMPUTED = {"Scale", "Weighted", "Reduce"}  # recognised from the values (autograder.graph)


def formula(node: Node) -> str:
    """'1 - x', '0.6 × x + 0.4 × y', 'the mean of x over its last axis': what a tensor
    computed in code does to its inputs (x, y in the order of `node.inputs`)."""
    if node.kind == "Reduce":
        return f"the {node.config['how']} of x over its last axis"
    terms = []
    for w, v in zip(node.config["weights"], "xyz", strict=False):
        if not terms:
            terms.append(v if w == 1 else f"-{v}" if w == -1 else f"{w:g} × {v}")
        else:
            sign = "-" if w < 0 else "+"
            size = abs(w)
            terms.append(f"{sign} {v if size == 1 else f'{size:g} × {v}'}")
    offset = node.config.get("offset", 0)
    if offset:
        if terms[0].startswith("-"):
            return f"{offset:g} - {terms[0][1:]}" + "".join(f" {t}" for t in terms[1:])
        terms.append(f"{'-' if offset < 0 else '+'} {abs(offset):g}")
    return " ".join(terms)


def _role_words(node: Node) -> str:
    return node.role.replace("_", " ")


def name(node: Node) -> str:
    """'the features (Dense(8, activation="tanh"))' or 'a Dense(8, ...)'."""
    if node.kind in {"Input", "Output", "code", *_COMPUTED}:
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
    if node.kind in {"code", *_COMPUTED}:
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
    "leaky_relu": "keeps a small slope below 0 instead of setting negative values to 0",
    "clipped relu": "caps or shifts the relu (max_value, threshold or negative_slope)",
    "relu6": "caps the relu at 6",
    "elu": "bends negative values towards -1 instead of setting them to 0",
    "selu": "scales the values and bends negative ones towards -1.76",
    "gelu": "weights each value by a bell-shaped probability, letting small negatives through",
    "silu": "multiplies each value by its sigmoid, letting small negatives through",
    "swish": "multiplies each value by its sigmoid, letting small negatives through",
    "softplus": "is a smooth relu that is never 0",
    "hard_sigmoid": "is a piecewise-linear approximation of the sigmoid, not the sigmoid",
    "hard_silu": "is a piecewise approximation of the silu",
    "log_softmax": "gives the logarithms of probabilities (all negative), not probabilities",
    "softsign": "squashes values between -1 and 1 more slowly than tanh",
    "exponential": "takes the exponential of each value",
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
        if got.kind in _COMPUTED and want.kind in MERGES:
            parts = ", ".join(f"{v} = {_short(i)}" for v, i in zip("xyz", got.inputs, strict=False))
            equal = {"Average": " (1/2 × each, weights that sum to 1)"}.get(want.kind, "")
            return Difference(
                "kind",
                want,
                got,
                f"your model computes {formula(got)} in code ({parts}) where the task's "
                f"{want.kind} {_MERGE_DOES.get(want.kind, '')}{equal}.",
                f"merge them with keras.layers.{want.kind}()(...).",
            )
        if got.kind in MERGES and want.kind in MERGES:
            reduced = [c for c in got.consumers if c.kind == "Reduce"]
            then = (
                f"; then your model takes {formula(reduced[0]).replace(' x ', ' that ')}, "
                "which mixes the values of each example with each other"
                if reduced
                else ""
            )
            return Difference(
                "kind",
                want,
                got,
                f"the merge of {source(want)} is {got.kind}, the task asks for {want.kind}: "
                f"{got.kind} {_MERGE_DOES.get(got.kind, '')}, {want.kind} "
                f"{_MERGE_DOES.get(want.kind, '')}{then}.",
                f"merge them with keras.layers.{want.kind}()(...).",
            )
        if want.ways:
            weighted = got.layer is not None and getattr(got.layer, "weights", None)
            return Difference(
                "kind",
                want,
                got,
                f"your model has {name(got)} {where}"
                + (", a layer with weights of its own" if weighted else "")
                + f"; {want.ways}.",
                "write that step in one of those ways (any of them passes).",
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
        own = _layer_activation(got.layer) if got.layer is not None else got.activation
        if own == want.activation and len(got.activation) > len(own):
            # the layer itself is as the task has it: an activation layer follows it
            return Difference(
                "activation",
                want,
                got,
                f"{place} is as the task has it, but a separate {got.activation[-1]} layer "
                f"(keras.layers.ReLU or Activation) follows it, and the task has none there"
                + (f": {g} {does}{extra}." if does else "."),
                "remove that activation layer after it.",
            )
        return Difference(
            "activation",
            want,
            got,
            f"{place} has activation {g}, the task asks for {w}"
            + (f": {g} {does}{extra}." if does else "."),
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
        cause = f"{layer} {where} has {count(g, key)}, the task asks for {w}."
        step = f"give it {count(w, key)}."
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
    """The first real difference between the learner's graph and the expected one; one
    layer instance shared where the task has a layer for each place comes first, since the
    differences around it (a layer put in front so that its input fits) follow from it."""
    found = _first_difference(expected, got)
    if found is None or found.what == "shared":
        return found
    return _shared_instead(expected, got) or found


def _shared_instead(expected: Graph, got: Graph) -> Difference | None:
    """A layer instance the learner calls in several places where the task has as many
    layers of that kind and settings, none shared (one output layer for two members): read
    from the graphs' call counts. The layers the learner put in front of a call, that the
    task does not have, are named as what the sharing forced."""
    for n in got.nodes:
        if n.calls < 2 or n.layer is None or n.kind in MERGES:
            continue
        alike = [
            w
            for w in expected.nodes
            if (w.kind, w.config, w.activation) == (n.kind, n.config, n.activation)
        ]
        if len(alike) < n.calls or any(w.calls > 1 for w in alike):
            continue
        fitted = [
            i
            for m in got.nodes
            if m.layer is n.layer
            for i in m.inputs
            if i.kind not in {"Input", "Output"} and not _in_graph(i, expected)
        ]
        cause = (
            f"{name(n)} is shared: one layer instance serves {n.calls} places, so they share "
            f"its weights and the input width it was built for; the task has a {label(n)} of "
            f"its own in each place ({len(alike)} layers)."
        )
        step = f"create a new {label(n)} for each place (one keras.layers call each)"
        if fitted:
            more = len({id(i) for i in fitted}) - 1
            cause += (
                f" That is why your model has {name(fitted[0])} reading {source(fitted[0])}"
                + (f" (and {more} more in front of the shared layer)" if more else "")
                + ": it only makes the input fit the shared layer's width."
            )
            step += f", each reading what the task says; then {_the(label(fitted[0]))} in front {'and the others are' if more else 'is'} not needed"
        return Difference("shared", alike[0], n, cause, step + ".")
    return None


def _first_difference(expected: Graph, got: Graph) -> Difference | None:
    there = _index(expected)
    for n in got.nodes:  # a learner's layer that matches the task's takes its role name
        twin = there.get(signature(n))
        if twin is not None and not n.role:
            n.role = twin.role
    whole = _whole_number_input(got)
    if whole is not None:
        return whole
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
        if found.what != "missing" or found.received is not None or _left_out(want, got):
            earlier = [n for n in extra if n.depth < want.depth and id(n) not in explained]
            if earlier:
                return _extra(earlier[0])
            return _widened_for(found) or _same_change(found, missing, extra)
        fallback = fallback or found
    lone = [n for n in extra if id(n) not in explained]
    if lone and (fallback is None or lone[0].depth <= fallback.expected.depth):
        return _extra(lone[0])
    return fallback or _extra(extra[0])


def _left_out(want: Node, got: Graph) -> bool:
    """`want` is missing and so is the merge it feeds: a whole branch left out (built and
    not used, or never built), which explains the differences after it."""
    return any(c.kind in MERGES and not _in_graph(c, got) for c in want.consumers)


def _same_change(found: Difference, missing: list, extra: list) -> Difference:
    """An activation difference that other layers share (both members' softmax replaced by
    the same activation): name them all, so that the advice fixes every one."""
    want, got = found.expected, found.received
    if found.what != "activation" or want is None or got is None:
        return found
    alike = [want]
    for m in missing:
        if m is want:
            continue
        for n in extra:
            if (
                _input_sigs(n) == _input_sigs(m)
                and _only_activation_differs(n, m)
                and n.activation == got.activation
                and m.activation == want.activation
            ):
                alike.append(m)
                break
    if len(alike) < 2:
        return found
    names = " and ".join(f"the {_role_words(m)}" if m.role else label(m) for m in alike)
    g, w = _acts(got), _acts(want)
    does = _ACT_DOES.get(got.activation[-1] if got.activation else "linear", "")
    return Difference(
        "activation",
        want,
        got,
        f"{names} have activation {g}, the task asks for {w}" + (f": {g} {does}." if does else "."),
        f'give each of them activation="{want.activation[-1]}".'
        if want.activation
        else "remove the activation from each of them.",
    )


def _widened_for(found: Difference) -> Difference | None:
    """A width that differs only so that an element-wise merge accepts it (a branch widened
    to the other's size, then Add) where the task concatenates: the merge is the mistake,
    the width its consequence."""
    want, got = found.expected, found.received
    if found.what not in ("units", "filters") or want is None or got is None:
        return None
    merge = next((c for c in got.consumers if c.kind in COMMUTATIVE | {"Subtract"}), None)
    if merge is None or not any(c.kind == "Concatenate" for c in want.consumers):
        return None
    key = found.what
    joined = next(c for c in want.consumers if c.kind == "Concatenate")
    parts = ", ".join(_short(i) for i in joined.inputs)
    return Difference(
        "kind",
        want,
        merge,
        f"your model merges [{parts}] with {merge.kind}, the task concatenates them: "
        f"{merge.kind} {_MERGE_DOES.get(merge.kind, '')} and needs equal shapes, which is why "
        f"{_short(want)} has {count(got.config.get(key), key)} in your model where the task asks for "
        f"{want.config.get(key)}.",
        f"concatenate them with keras.layers.Concatenate(), and give {_short(want)} its "
        f"{count(want.config.get(key), key)}.",
    )


def _whole_number_input(got: Graph) -> Difference | None:
    """An input made with an integer or boolean dtype: Keras converts what the model
    receives to it, so 0.7 reaches the layers as 0 (whatever is cast back later)."""
    for node in got.inputs:
        dtype = node.config.get("dtype", "")
        if dtype and not dtype.startswith(("float", "bfloat")):
            return Difference(
                "dtype",
                None,
                node,
                f"{label(node)} is made with dtype={dtype}: Keras converts every value the "
                "model receives to that type before any layer sees it (0.7 becomes 0), so "
                "your layers never see the values they are given; the task's inputs are real "
                "numbers.",
                "create the input without dtype= (float32, Keras's default), and leave out any "
                "cast of it.",
            )
    return None


def _extra(node: Node) -> Difference:
    change = ""
    if len(node.inputs) == 1 and node.inputs[0].shape != node.shape:
        change = f" (it turns {_shape_words(node.inputs[0].shape)} into {_shape_words(node.shape)})"
    return Difference(
        "extra",
        None,
        node,
        f"your model has {name(node)} reading {source(node)}{change}, which the task does not have.",
        f"remove {_the(label(node))}: build the layers the task lists, in its order.",
    )


def _the(text: str) -> str:
    """'the Dense(4)', 'the mean of x ...', 'the tensor computed in code' (one article)."""
    for article in ("the ", "a ", "an "):
        if text.startswith(article):
            return "the " + text[len(article) :]
    return "the " + text


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
                    if _only_activation_differs(want, other):
                        # the same graph as two activations swapped: say both readings
                        return Difference(
                            "swap",
                            want,
                            n,
                            f"the layer reading {source(want)} has activation {_acts(n)} and "
                            f"the one reading {source(other)} has {_acts(partner[0])}; the "
                            f"task has it the other way round ({_acts(want)} on {source(want)}, "
                            f"{_acts(other)} on {source(other)}): the two activations are "
                            "swapped (or, which computes the same, the two layers' inputs).",
                            f'give the layer on {source(want)} activation="{_acts(want)}" and '
                            f'the one on {source(other)} activation="{_acts(other)}".',
                        )
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
        return _activation_after(n, want) or _attribute_difference(n, want)
    overlapping = [n for n in extra if want_set & set(_input_sigs(n))]
    for n in overlapping:
        if any(_same_kind(c, want) for c in n.consumers):
            return _extra_layer(n, want)
    for n in overlapping:  # n reads want's input and feeds what want should feed: want is
        # missing in between (a branch's layer left out), not n extra
        if n.kind in MERGES and any(_same_kind(c, n) for c in want.consumers):
            return _missing_layer(want, n)
    for n in overlapping:
        if any(c.kind == want.kind for c in n.consumers):
            return _extra_layer(n, want)
    alike = [n for n in extra if _same_kind(n, want)]
    alike += [
        n for n in extra if n.kind == want.kind and n not in alike and not _in_place(n, missing)
    ]
    for n in alike:
        return _wiring(want, n)
    split = _split_head(want, extra)
    if split is not None:
        return split
    for n in overlapping:
        if any(_same_kind(c, n) for c in want.consumers):
            return _missing_layer(want, n)
    unused = bool(want.consumers) and all(
        c.kind == "Output" or any(c is m for m in missing) or not _in_graph(c, got)
        for c in want.consumers
    )
    return Difference(
        "missing",
        want,
        None,
        f"the task's {label(want)} reading {source(want)} is missing from your model"
        + (f" (its {want.role} layer)" if want.role else "")
        + (
            f", and so is the {' and '.join(c.kind for c in want.consumers)} it feeds: if "
            "you created them, their result never reaches the model's output (a layer whose "
            "output is not used is not part of the model)."
            if unused
            else "."
        ),
        f"add {label(want)} on {source(want)}, as the task says"
        + (", and use its output where the task does." if unused else "."),
    )


def _in_place(n: Node, missing: list) -> bool:
    """`n` sits where one of the task's missing layers of its kind sits (same inputs): it is
    that layer, changed, not another one wired elsewhere."""
    return any(m.kind == n.kind and _input_sigs(m) == _input_sigs(n) for m in missing)


def _in_graph(node: Node, graph: Graph) -> bool:
    return signature(node) in {signature(n) for n in graph.nodes}


def _only_activation_differs(a: Node, b: Node) -> bool:
    return a.kind == b.kind and a.config == b.config and a.activation != b.activation


def _activation_after(n: Node, want: Node) -> Difference | None:
    """`n` is `want` without its activation, and the activation comes one layer later: an
    extra layer (a BatchNormalization, say) put between the layer and its activation."""
    if not _only_activation_differs(n, want) or n.activation or len(n.consumers) != 1:
        return None
    after = n.consumers[0]
    if after.kind in {"Output", *_COMPUTED, "code"} or after.activation != want.activation:
        return None
    nxt = [c for c in want.consumers if c.kind == after.kind and c.config == after.config]
    if nxt:  # `after` is the task's next layer, not an extra one: the activation moved onto it
        return Difference(
            "activation",
            want,
            n,
            f"the {_acts(want)} sits on the next layer, {_short(nxt[0])}, where the task has it "
            f"on {_short(want)} ({_short(nxt[0])} is {_acts(nxt[0])} in the task): the "
            "activation moved one layer later.",
            f'give {_short(want)} activation="{want.activation[-1]}" and take it off '
            f"{_short(nxt[0])}.",
        )
    return Difference(
        "extra",
        want,
        after,
        f"your model has an extra {after.kind} between {_output_of(n)} and its "
        f"{_acts(want)}; in the task the {_acts(want)} applies to the {want.kind}'s output "
        "directly.",
        f"remove the {after.kind}, and apply {_acts(want)} straight after the {want.kind}.",
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


def _split_head(want: Node, extra: list) -> Difference | None:
    """A concatenation's one head split into one head per part, their outputs merged
    element-wise: Dense(1) on each branch, then Add, where the task concatenates the
    branches and applies one Dense(1) (the same kernel rows, but a bias per head)."""
    if want.kind != "Concatenate" or len(want.consumers) != 1 or len(want.inputs) < 2:
        return None
    head = want.consumers[0]
    heads = []
    for part in want.inputs:
        own = [
            n
            for n in extra
            if _input_sigs(n) == [signature(part)] and n.kind == head.kind and n not in heads
        ]
        if not own:
            return None
        heads.append(own[0])
    merges = {id(c): c for h in heads for c in h.consumers}
    if len(merges) != 1:
        return None
    merge = next(iter(merges.values()))
    if merge.kind not in COMMUTATIVE or len(merge.inputs) != len(heads):
        return None
    parts = ", ".join(_short(i) for i in want.inputs)
    does = {"Add": "adds", "Average": "averages", "Multiply": "multiplies"}.get(
        merge.kind, f"merges ({merge.kind})"
    )
    return Difference(
        "split",
        want,
        merge,
        f"your model gives each of [{parts}] a {head.kind} head of its own and {does} their "
        f"outputs ({merge.kind}); the task concatenates them and applies one {label(head)} to "
        f"the result: one kernel that reads every feature, and one bias where your "
        f"{len(heads)} heads have {len(heads)}.",
        f"concatenate [{parts}] (keras.layers.Concatenate()), apply a single {label(head)} to "
        f"it, and remove the {merge.kind}.",
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


# ------------------------------------------------------------------- merge axis


def merge_axis(model, expected: tuple) -> Explanation | None:
    """The output's size differs on an axis a Concatenate joined along, not the last: that
    concatenation is what changed it (a PyTorch habit, axis=1 on channels-last maps), whatever
    else differs before it (a branch widened so that Keras accepts the join, say)."""
    outputs = getattr(model, "outputs", None) or []
    if len(outputs) != 1 or len(outputs[0].shape) != len(expected):
        return None
    got = tuple(outputs[0].shape)
    differ = [a for a in range(1, len(got)) if got[a] != expected[a]]
    for layer in all_layers(model):
        if type(layer).__name__ != "Concatenate":
            continue
        try:
            rank = len(layer.output.shape)
            sizes = [t.shape[layer.axis % rank] for t in layer.input]
        except Exception:  # a layer called more than once, or never in a functional graph
            continue
        axis = layer.axis % rank
        if axis == rank - 1 or axis not in differ or None in sizes:
            continue
        named = {1: " (the height of a feature map)", 2: " (the width of a feature map)"}
        return Explanation(
            f"Concatenate(axis={layer.axis}) joins along axis {axis}"
            + (named.get(axis, "") if rank == 4 else "")
            + f": the sizes there add up ({' + '.join(map(str, sizes))} = {sum(sizes)}), which "
            f"is why the output has {got[axis]} where the task has {expected[axis]}; the task "
            "joins along the last axis, the channels or features (Keras is channels-last; "
            "PyTorch's dim=1 is its channel axis, not Keras's).",
            "use keras.layers.Concatenate() (axis=-1, the default), then compare each branch's "
            "size with the task's.",
        )
    return None


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
