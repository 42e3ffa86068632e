"""Keras's own error messages, explained in plain words that fit the task.

`explain(error)` matches the message of an exception raised by Keras against a
table of known patterns and returns the likely cause and a next step. The table
was written from the messages Keras 3.15 really prints (tests/autograder/
test_keras_errors.py raises each of them for real). Where no pattern names the
message, the error is explained from what it says and the learner's own line by
`autograder.raised` (shapes and the weight they come from, `input_shape` in `build()`,
read-only properties, `super().__init__`, call signatures, NumPy on symbolic tensors).

Task context
------------
The same error can mean different things in different tasks: `weights=` passed to
a layer in a *sharing* task means "call the one instance twice" (never
`set_weights`, which copies values and shares nothing), while in a *copy* task it
means "copy the values after building". A test cell says which kind of task it
is, once, before it calls the learner's function::

    ag.context("sharing")           # this test cell's task context
    model = ag.build(build_siamese)  # a Keras error inside is explained for sharing

The setting lasts for the current cell: IPython (and tests/grading/harness.py)
reset it before each cell runs, and `ag.passed()` resets it too. `explain(error,
context="sharing")` names the context explicitly. Known contexts (`CONTEXTS`):

- "sharing": one layer instance must serve several inputs (Siamese branches, tied
  weights); weights are shared by calling the same instance.
- "copy": a duplicate or copy of a layer or model (fresh weights, or values copied).
- "custom_layer": the learner writes a Layer subclass (state in `__init__`/`build`).
- "saving": a model is saved and loaded again.
- "grafting": models used as layers, cut, frozen and fine-tuned.

A context adds rules of its own (`CONTEXT_RULES[context]`), matched before the
general table; contexts without rules of their own use the general table. Other
modules may add rules with `add_rule(pattern, make, context=...)`.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable

from . import raised
from .failure import Explanation
from .task import CONTEXTS, current_context, reset_context, set_context  # noqa: F401


def parse_shapes(text: str) -> list[tuple]:
    """'[(None, 4), (None, 6)]' -> [(None, 4), (None, 6)]; [] when unreadable."""
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return []
    if isinstance(value, tuple) and all(isinstance(v, int | None) for v in value):
        return [value]
    return [tuple(v) for v in value if isinstance(v, tuple | list)]


def axis_name(axis: int, rank: int) -> str:
    """A readable name for an axis of a batched tensor of the given rank."""
    if axis == 0:
        return "axis 0 (the batch axis)"
    if axis == rank - 1 and rank >= 3:
        return f"axis {axis} (channels / features, the last axis)"
    if axis == rank - 1:
        return f"axis {axis} (features, the last axis)"
    return f"axis {axis}"


def differing_axes(shapes: list[tuple]) -> list[int]:
    """The axes on which tensors of equal rank disagree (None matches anything)."""
    rank = len(shapes[0])
    out = []
    for axis in range(rank):
        sizes = {s[axis] for s in shapes if s[axis] is not None}
        if len(sizes) > 1:
            out.append(axis)
    return out


def _concat(match: re.Match) -> Explanation:
    shapes = parse_shapes(match.group("shapes"))
    if not shapes:
        return Explanation(
            "the inputs' shapes disagree on an axis other than the concatenation axis.",
            "print each input's .shape and make every axis but one match.",
        )
    ranks = {len(s) for s in shapes}
    if len(ranks) > 1:
        return Explanation(
            f"the inputs have different ranks ({', '.join(str(s) for s in shapes)}); "
            "Concatenate never broadcasts or flattens for you.",
            "give the inputs the same rank first: Flatten the feature map, or "
            "Reshape/RepeatVector/UpSampling the vector so it covers the same grid.",
        )
    axes = differing_axes(shapes)
    rank = len(shapes[0])
    names = ", ".join(axis_name(a, rank) for a in axes)
    if axes == [0]:
        return Explanation(
            "the tensors hold different numbers of examples (batch sizes differ).",
            "concatenate features of the same examples: give every input the same batch.",
        )
    if axes == [rank - 1]:
        return Explanation(
            f"the shapes differ only on {names}, yet the layer was asked to "
            "concatenate along another axis.",
            "use Concatenate(axis=-1): Keras keeps features/channels last "
            "(PyTorch's dim=1 habit does not carry over).",
        )
    spatial = [a for a in axes if 0 < a < rank - 1]
    if spatial and any(1 in {s[a] for s in shapes} for a in spatial):
        return Explanation(
            f"the grids differ ({', '.join(axis_name(a, rank) for a in spatial)}) and one input has size 1 there: "
            "Concatenate does not broadcast a size-1 axis to match the other input.",
            "repeat the values over the grid first (UpSampling2D, RepeatVector + Reshape, "
            "or keras.ops.tile in a Lambda), then concatenate along the last axis.",
        )
    if spatial and rank >= 4:
        return Explanation(
            f"the spatial sizes differ ({', '.join(axis_name(a, rank) for a in spatial)}): a convolution with padding='valid' "
            "(the default) shrinks the map, pooling halves it.",
            "keep the grids equal: padding='same' on each convolution, or pool/upsample "
            "one branch; then concatenate along the channels (axis=-1).",
        )
    if len(axes) == 1:
        return Explanation(
            f"the shapes differ on {names}; every axis except the concatenation axis must match.",
            "make that axis agree first (padding='same', pooling or upsampling), "
            "then concatenate along the last axis.",
        )
    return Explanation(
        f"the shapes differ on more than one axis ({names}); only the "
        "concatenation axis may differ.",
        "make all axes but one agree first (projection, pooling, reshape).",
    )


def _merge(match: re.Match) -> Explanation:
    return Explanation(
        "element-wise merges (Add, Multiply, Average, …) combine values position by position, "
        "so each axis must have the same size in every input (or size 1, which Keras repeats); "
        f"these differ: {match.group('a')} and {match.group('b')} (shown without the batch axis).",
        "project the wider input with a Dense (or 1×1 Conv2D) layer to the other's width (in a "
        "residual connection, the shortcut), or use Concatenate if you meant to keep both side by side.",
    )


def _incompatible(match: re.Match) -> Explanation:
    return Explanation(
        f"layer '{match.group('layer')}' was built for inputs whose last axis is "
        f"{match.group('want')}, then called on {match.group('got')}: one layer instance "
        "is reused on inputs of different widths.",
        "where the task has a layer for each input, create a new layer for each (one "
        "keras.layers call each), each reading its own input as it is; only where the task "
        "shares one layer do all its inputs need the width it was built for.",
    )


RULES: list[tuple[re.Pattern, Callable[[re.Match], Explanation]]] = [
    (
        re.compile(
            r"`Concatenate` layer requires inputs with matching shapes.*"
            r"Received: input_shape=(?P<shapes>\[.*\])",
            re.S,
        ),
        _concat,
    ),
    (
        re.compile(r"`Concatenate` layer should be called on a list"),
        lambda m: Explanation(
            "Concatenate was called on one tensor instead of a list of tensors.",
            "call it on a list: keras.layers.Concatenate()([a, b]).",
        ),
    ),
    (
        re.compile(
            r"Inputs have incompatible shapes\. Received shapes (?P<a>\(.*?\)) and (?P<b>\(.*?\))"
        ),
        _merge,
    ),
    (
        re.compile(
            r"of layer '(?P<layer>[^']+)' is incompatible with the layer: expected axis -1 "
            r"of input shape to have value (?P<want>\d+), but received input with shape "
            r"(?P<got>\(.*?\))"
        ),
        _incompatible,
    ),
    (
        re.compile(
            r"of layer '(?P<layer>[^']+)' is incompatible with the layer: expected min_ndim=(?P<n>\d+), found ndim=(?P<f>\d+)"
        ),
        lambda m: Explanation(
            f"layer '{m.group('layer')}' needs inputs of rank {m.group('n')} or more "
            f"(batch included) and received rank {m.group('f')}.",
            "check the shape reaching that layer (print tensor.shape); reshape or "
            "flatten at the junction so the ranks fit.",
        ),
    ),
    (
        re.compile(r"Unrecognized keyword arguments passed to \w+: \{'weights'"),
        lambda m: Explanation(
            "Keras 3 layers take no weights= argument (older tutorials pass one).",
            "to share weights, create one layer and call that same instance on each input; "
            "to give a new layer another layer's values, build it, then copy them with "
            "new.set_weights(old.get_weights()).",
        ),
    ),
    (
        re.compile(r"property 'weights' of '\w+' object has no setter"),
        lambda m: Explanation(
            "Layer.weights is a read-only property in Keras 3; assigning self.weights fails.",
            "create variables in build() with self.add_weight(...) and store them "
            "under another name (e.g. self.mix).",
        ),
    ),
    (
        re.compile(r"is not connected to `inputs`"),
        lambda m: Explanation(
            "the model's output was not computed from the tensors passed as its inputs.",
            "start every branch from the keras.Input objects you pass to keras.Model(inputs, ...).",
        ),
    ),
    (
        re.compile(
            r"tried to call `count_params` on layer '(?P<name>[^']+)', but the layer isn't built"
        ),
        lambda m: Explanation(
            f"'{m.group('name')}' has no weights yet, so there is nothing to count.",
            "start the model from keras.Input(shape=...) (or call it once on data) before counting.",
        ),
    ),
    (
        re.compile(
            r"total size of the tensor must be unchanged\. Received: input_shape=(?P<i>\(.*?\)), target_shape=(?P<t>\(.*?\))"
        ),
        lambda m: Explanation(
            f"Reshape must keep the number of values: {m.group('i')} cannot become {m.group('t')}.",
            "choose a target shape whose sizes multiply to the same total.",
        ),
    ),
    (
        re.compile(r"object has no attribute 'output_shape'"),
        lambda m: Explanation(
            "layer.output_shape was removed in Keras 3.",
            "use layer.output.shape (or model.output_shape on a whole model).",
        ),
    ),
]


RULES += [
    (
        re.compile(r'The name "(?P<name>[^"]+)" is used (?P<n>\d+) times in the model'),
        lambda m: Explanation(
            f"two layers (or models) in the model are both named '{m.group('name')}': "
            "from_config(get_config()) and clone_model keep the original's name.",
            "drop the name before making the duplicate (config = layer.get_config(); "
            'del config["name"]), or give it another one.',
        ),
    ),
    (
        re.compile(r"Could not locate class '(?P<name>[^']+)'"),
        lambda m: Explanation(
            f"Keras cannot find the class {m['name']}: a class of yours (notebook or module) "
            "is found only if registered or passed to load_model.",
            f"add @keras.saving.register_keras_serializable(package=...) to the class, or pass "
            f"custom_objects={{'{m['name']}': {m['name']}}}.",
        ),
    ),
    (
        re.compile(
            r"__init__\(\) got an unexpected keyword argument '(?P<arg>name|trainable|dtype)'"
        ),
        lambda m: Explanation(
            f"the layer is rebuilt with cls(**config), and __init__ does not accept '{m['arg']}'.",
            "write def __init__(self, ..., **kwargs) and call super().__init__(**kwargs).",
        ),
    ),
]


RULES += [
    (
        re.compile(
            r"You cannot add new elements of state \(variables or sub-layers\) to a layer "
            r"that is already built"
        ),
        lambda m: Explanation(
            "a sublayer or a variable was created after the layer was built — in call(), or "
            "by assigning a new layer to an attribute later: Keras 3 tracks a layer's state "
            "only from __init__() and build().",
            "create sublayers in __init__() and variables in build() (self.add_weight); in "
            "call(), only use them.",
        ),
    ),
]

CONTEXT_RULES: dict[str, list[tuple[re.Pattern, Callable[[re.Match], Explanation]]]] = {
    "sharing": [
        (
            re.compile(r"Unrecognized keyword arguments passed to \w+: \{'weights'"),
            lambda m: Explanation(
                "Keras 3 layers take no weights= argument, and sharing weights needs none: "
                "two branches share their weights when they are the same layer instance.",
                "create the layer once and call that one instance twice, once on each input.",
            ),
        ),
    ],
    "copy": [
        (
            re.compile(r"Unrecognized keyword arguments passed to \w+: \{'weights'"),
            lambda m: Explanation(
                "Keras 3 layers take no weights= argument (older tutorials pass one).",
                "create the new layer, build it (call it once, or layer.build(input_shape)), "
                "then copy the values: new.set_weights(old.get_weights()).",
            ),
        ),
    ],
}


def add_rule(pattern, make, context: str | None = None) -> None:
    """Add a rule to the general table, or to a context's (matched first in that context)."""
    pattern = re.compile(pattern) if isinstance(pattern, str) else pattern
    if context is None:
        RULES.append((pattern, make))
    else:
        if context not in CONTEXTS:
            raise ValueError(f"unknown task context {context!r}")
        CONTEXT_RULES.setdefault(context, []).append((pattern, make))


def explain(error: BaseException | str, context: str | None = None) -> Explanation | None:
    """The plain-words explanation of a Keras error, or None if it is not known.

    `context` (default: the current test cell's, see `set_context`) selects rules
    that fit the task; they are tried before the general ones. Where no rule names
    the message, the error is explained from what it says and the learner's own line
    (`autograder.raised`: shapes, properties, `super().__init__`, signatures, …).
    """
    message = re.sub(r"\x1b\[[0-9;]*m", "", str(error))
    context = context or current_context()
    inner = _lambda_failure(error)
    if inner is not None:  # the Lambda's own error, which Keras chained under its own
        found = explain(inner, context)
        if found is not None:
            return Explanation(
                "Keras ran the Lambda's function on a symbolic tensor to learn its output "
                f"shape, and it failed there ({type(inner).__name__}): {found.cause}",
                found.next_step,
            )
    for pattern, make in CONTEXT_RULES.get(context, []):
        match = pattern.search(message)
        if match:
            return make(match)
    found = raised.explain(error, context, raised.BEFORE_TABLES)
    if found is not None:
        return found
    for pattern, make in RULES:
        match = pattern.search(message)
        if match:
            return make(match)
    return raised.explain(error, context)


def _lambda_failure(error) -> BaseException | None:
    """The error a Lambda's function raised, when Keras reports only that it could not
    infer the Lambda's output shape (the function's error is chained as its context)."""
    if not isinstance(error, BaseException) or "infer the shape of the Lambda" not in str(error):
        return None
    inner, seen = error.__context__, 0
    while inner is not None and "infer the shape of the Lambda" in str(inner) and seen < 5:
        inner, seen = inner.__context__, seen + 1
    return inner


def first_line(error: BaseException | str) -> str:
    """The error's message without ANSI codes, cut to its first sentence block."""
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(error)).strip()
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    # Keras wraps layer errors: "Exception encountered when calling X.call()." + the real one,
    # itself wrapped when Keras could not infer the output shape ("... Error encountered:").
    if "Error encountered:" in text:
        after = [
            line for line in text.split("Error encountered:", 1)[1].splitlines() if line.strip()
        ]
        if after:
            return after[0].strip()
    if lines[0].startswith("Exception encountered when calling") and len(lines) > 1:
        return lines[1].strip()
    return lines[0].strip()


# --------------------------------------------------------------------------- pre-Keras-3 code
# Tutorials written for Keras 1 and 2 (and tf.keras) use names that Keras 3 removed; the
# "repair the tutorial" tasks meet each of these errors (issue 13).

_KERAS2_MODULES = {
    "merge": "Keras 2's module of merge functions, keras.layers.merge, is gone in Keras 3: the "
    "merge layers (Concatenate, Add, ...) and their lowercase helpers live in keras.layers itself.",
    "merging": "keras.layers.merging is an internal module of Keras 2, gone in Keras 3: the "
    "merge layers live in keras.layers itself.",
    "engine": "keras.engine (Keras 2's internal module) is gone in Keras 3: Layer, Model and "
    "Input are in keras, keras.layers and keras.models.",
}


def _removed_layers_name(m: re.Match) -> Explanation:
    name = m.group("name")
    if name == "Divide":
        return Explanation(
            "Keras 3 has no Divide layer (some tutorials use one; only Add, Subtract, Multiply, "
            "Average, Maximum, Minimum, Dot and Concatenate merge tensors).",
            "divide in a layer of your own, or keras.layers.Lambda(lambda t: "
            "keras.ops.divide(t[0], t[1]))([a, b]).",
        )
    if name in _KERAS2_MODULES:
        return Explanation(
            _KERAS2_MODULES[name],
            "call the layer from keras.layers: keras.layers.Concatenate()([a, b]) (or "
            "keras.layers.concatenate([a, b]), keras.layers.add([a, b]), ...).",
        )
    return Explanation(
        f"keras.layers has no {name} in Keras 3: the tutorial's code is older than Keras 3.",
        "look the layer up in keras.io/api/layers and use its Keras 3 name.",
    )


def _removed_module(m: re.Match) -> Explanation:
    name = m.group("name")
    return Explanation(
        _KERAS2_MODULES.get(name, f"keras.{m.group('path')} does not exist in Keras 3."),
        "import from keras itself: import keras, then keras.layers.Concatenate, keras.Model, "
        "keras.Input, ...",
    )


def _backend_function(m: re.Match) -> Explanation:
    name = m.group("name")
    try:
        import keras

        in_ops = hasattr(keras.ops, name)
    except ImportError:  # pragma: no cover - keras is always there in the course
        in_ops = False
    if name in ("set_value", "get_value"):
        step = (
            "read or change a variable with its own methods: variable.assign(value), "
            "keras.ops.convert_to_numpy(variable); for an optimizer's rate, compile again "
            "with a new optimizer."
        )
    elif in_ops:
        step = f"use keras.ops.{name}(...) (or a layer that does it, e.g. Activation, Concatenate)."
    else:
        step = "find the function in keras.ops (keras.io/api/ops) or use a layer that does it."
    return Explanation(
        f"keras.backend (imported as K in older tutorials) no longer holds math functions "
        f"such as K.{name}: Keras 3 moved them to keras.ops, which works on symbolic tensors "
        "and on every backend.",
        step,
    )


RULES += [
    (
        re.compile(r"module 'keras\.layers' has no attribute '(?P<name>\w+)'"),
        _removed_layers_name,
    ),
    (
        re.compile(r"No module named 'keras\.(?P<path>(?:layers\.)?(?P<name>\w+))[\w.]*'"),
        _removed_module,
    ),
    (
        re.compile(r"module 'keras\.backend' has no attribute '(?P<name>\w+)'"),
        _backend_function,
    ),
    (
        re.compile(r"too many positional arguments"),
        lambda m: Explanation(
            "a layer was called on separate tensors, Layer()(a, b), as in older tutorials: a "
            "Keras 3 layer's call takes one input, so a merge layer takes the tensors to merge "
            "as one list.",
            "put the tensors in a list: keras.layers.Concatenate()([a, b]), "
            "keras.layers.Add()([a, b]).",
        ),
    ),
    (
        re.compile(r"Unrecognized keyword arguments passed to \w+: \{'(?P<kw>input|output)'"),
        lambda m: Explanation(
            "keras.Model takes inputs= and outputs= (plural); the singular input= and output= of "
            "Keras 1 tutorials are refused in Keras 3.",
            "write keras.Model(inputs=[...], outputs=...), or pass both by position: "
            "keras.Model([a, b], output).",
        ),
    ),
    (
        re.compile(r"'(?P<opt>\w+)' object has no attribute '(?P<attr>lr|decay)'"),
        lambda m: Explanation(
            f"Keras 3's {m.group('opt')} has no '{m.group('attr')}' (Keras 2's alias): its "
            "rate is optimizer.learning_rate, and the usual way to change it before "
            "fine-tuning is a new optimizer.",
            "compile again with the rate you want: model.compile(optimizer="
            "keras.optimizers.SGD(1e-4), loss=...).",
        ),
    ),
    (  # Keras 2's habit of popping a head: only a Sequential model has pop()
        re.compile(r"'(?P<kind>Functional|Model)' object has no attribute 'pop'"),
        lambda m: Explanation(
            "pop() removes the last layer of a Sequential model only; this network is a "
            "functional model, which has no pop(): its head cannot be taken off in place.",
            "leave the given network as it is and make a new model from the layer you keep: "
            "keras.Model(base.inputs, base.get_layer(NAME).output), or base.layers[-2].output "
            "for the layer before the head; then add your own layers on that output.",
        ),
    ),
    (  # an optimizer made with Keras 2's keyword: SGD(lr=1e-4)
        re.compile(r"Argument\(s\) not recognized: \{'lr': (?P<value>[^,}]+)"),
        lambda m: Explanation(
            "Keras 3's optimizers refuse Keras 2's keyword lr=: the rate is given as "
            "learning_rate=.",
            f"write learning_rate={m.group('value').strip()} (or pass the rate first, by "
            "position: keras.optimizers.Adam(1e-4)).",
        ),
    ),
]

RULES += [
    (
        re.compile(r"could not automatically infer the shape of the Lambda's output"),
        lambda m: Explanation(
            "Keras ran the Lambda's function on a symbolic tensor to learn its output shape, "
            "and the function failed there: most often it calls something Keras 3 no longer "
            "has (K.relu, K.softmax from keras.backend) or a TensorFlow/NumPy function that "
            "needs real values. output_shape= would only hide the failure until the model runs.",
            "write the function with keras.ops (keras.ops.relu(t)), or use a layer that does "
            'it (keras.layers.Activation("relu")); to see the real error, call the function '
            "on a keras.Input yourself.",
        ),
    ),
]

RULES += [
    (
        re.compile(
            r"called `set_weights\(weights\)` on layer '(?P<layer>[^']+)' with a weight list of "
            r"length (?P<n>\d+), but the layer was expecting 0 weights"
        ),
        lambda m: Explanation(
            f"set_weights was called on layer '{m.group('layer')}' before it was built: it has "
            f"no variables yet to receive the {m.group('n')} arrays (a layer makes its weights "
            "when it first sees the shape of its input).",
            "build the layer first — put it in a model that starts with keras.Input, or call "
            "layer.build(input_shape) — then call set_weights.",
        ),
    ),
]
