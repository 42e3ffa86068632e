"""Keras's own error messages, explained in plain words.

`explain(error)` matches the message of an exception raised by Keras against a
table of known patterns and returns the likely cause and a next step. The table
was written from the messages Keras 3.15 really prints (tests/autograder/
test_keras_errors.py raises each of them for real).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Explanation:
    cause: str
    next_step: str


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
        "create a separate layer for each input width, or make the widths equal first.",
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
            "build the layer first, then call layer.set_weights([...]).",
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


def explain(error: BaseException | str) -> Explanation | None:
    """The plain-words explanation of a Keras error, or None if it is not known."""
    message = str(error)
    for pattern, make in RULES:
        match = pattern.search(message)
        if match:
            return make(match)
    return None


def first_line(error: BaseException | str) -> str:
    """The error's message without ANSI codes, cut to its first sentence block."""
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(error)).strip()
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    # Keras wraps layer errors: "Exception encountered when calling X.call()." + the real one.
    if lines[0].startswith("Exception encountered when calling") and len(lines) > 1:
        return lines[1].strip()
    return lines[0].strip()
