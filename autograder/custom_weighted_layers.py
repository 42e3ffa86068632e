"""Custom layers: a learner's layer class, made, called, trained, saved and loaded.

Topic 3's exercises ask for a layer class, not a model. These checks make an
instance of it (`make`), call it on symbolic inputs (`merge_model`), count its
variables against its inputs, compare its output with a NumPy reference
computed from its own variables, check that one training step moves it, that
it refuses inputs it cannot merge, and that a model holding it survives
`model.save` and loading. Whatever the learner's class raises along the way
becomes feedback in the course's voice, never a traceback::

    from autograder import custom_weighted_layers

    merge = custom_weighted_layers.make(WeightedMerge)
    model = custom_weighted_layers.merge_model(merge, [(4,), (4,), (4,)])
    custom_weighted_layers.check_one_weight_per_input(merge, inputs=3)
    custom_weighted_layers.check_weighted_sum(model, merge, x, logits=[0.5, -1.0, 2.0])
    custom_weighted_layers.check_round_trip(model, x, load=load_merge_model)

Exercise 3's first task asks for one logit per input *and per feature*, mixed by a
softmax across the inputs: `check_weights_per_feature(merge, inputs=3, width=4)` and
`check_feature_weighted_sum(model, merge, x, logits=<(inputs, features) matrix>)` name
its mistakes from the layer's variables and from the weights its output implies (the
softmax over the features, the lesson's one weight per input, a reshape for a transpose).

The module also holds the course's own `WeightedMerge`, which tests of later
tasks hand to the learner's code, so that a mistake in one task does not cost
points twice.

A mistake is named by its mechanism, read from the learner's layer: an error raised
inside its build(), call() or get_config() from the error and the learner's own line
(`explain_layer_error`: NumPy on a variable, a whole shape given as a size, weights
broadcast on the features, dtypes that meet, an attribute under another name, a config
that is not a dict); its variables (one per feature, made in __init__ — probed on a new
instance —, a frozen layer, a float16 variable, a variable besides the logits); the
weights its output implies (a sigmoid, exp, a mean, the temperature misplaced); what its
validation refuses among probes (nothing, ranks, the last axis, sizes).

In a layer graph the merge is `WeightedMerge(...)` of `OPS`, for
`ag.architecture(..., ops=custom_weighted_layers.OPS)`; the tables of the test cells
live here too: `COUNTS[task]` (`check_counts(causes=...)`), `NOTES[task]` and
`KNOWN[task]` (`check_architecture(notes=..., known=...)`).
"""

from __future__ import annotations

import ast
import difflib
import inspect
import itertools
import re
import tempfile
import traceback
from pathlib import Path

import numpy as np

from . import keras_errors
from .architecture import Op, architecture
from .feedback import CheckFailed, fail
from .identity import check_contains
from .layers import all_layers
from .learner import _CELL_MARKERS, _learner_lines, call
from .learner import model as build
from .outputs import check_outputs, run
from .quiet import captured_warnings, import_keras
from .training import Step, check_moves

keras = import_keras()
_HERE = str(Path(__file__).resolve().parent)

# --------------------------------------------------------------------------- reference


def softmax(logits, temperature: float = 1.0) -> np.ndarray:
    """`exp(z / t) / sum(exp(z / t))`, computed stably in float64.

    >>> softmax([0.0, 0.0]).tolist()
    [0.5, 0.5]
    """
    z = np.asarray(logits, dtype="float64") / temperature
    e = np.exp(z - z.max())
    return e / e.sum()


def weighted_sum(inputs, logits, temperature: float = 1.0) -> np.ndarray:
    """The reference output: `sum_i softmax(logits / temperature)_i * inputs[i]`.

    >>> weighted_sum([np.ones(2), np.zeros(2)], [0.0, 0.0]).tolist()
    [0.5, 0.5]
    """
    weights = softmax(logits, temperature)
    return sum(w * np.asarray(x, dtype="float64") for w, x in zip(weights, inputs, strict=True))


def mismatch(shapes) -> str | None:
    """What is wrong with these input shapes for a weighted merge, or None.

    >>> mismatch([(None, 4), (None, 1)])
    'input 2 has shape (None, 1), input 1 has shape (None, 4)'
    """
    shapes = [tuple(s) for s in shapes]
    if len(shapes) < 2:
        return f"{len(shapes)} input{'s' if len(shapes) != 1 else ''}; a merge needs 2 or more"
    for i, shape in enumerate(shapes[1:], start=2):
        if shape != shapes[0]:
            return f"input {i} has shape {shape}, input 1 has shape {shapes[0]}"
    return None


_REFUSED = "WeightedMerge needs 2 or more inputs of one shape."


def _is_shape_list(input_shape) -> bool:
    return isinstance(input_shape, list | tuple) and all(
        isinstance(s, list | tuple) for s in input_shape
    )


@keras.saving.register_keras_serializable(package="autograder")
class WeightedMerge(keras.layers.Layer):
    """The course's learnable weighted merge: softmax(logits / temperature) · inputs.

    One trainable logit per input, made in `build()` from the number of
    inputs; the mixing weights are their softmax, so they are positive and sum
    to one whatever the logits.

    Args:
        temperature: divides the logits before the softmax; below 1 the
            weights are sharper, above 1 closer to equal.

    Call arguments:
        inputs: a list of two or more tensors of one shape.

    Returns:
        A tensor of that shape.

    Raises:
        ValueError: when the inputs are not a list of tensors of one shape.

    >>> merge = WeightedMerge()
    >>> merge([keras.Input((4,)), keras.Input((4,))]).shape
    (None, 4)
    >>> merge.count_params()
    2
    """

    def __init__(self, temperature: float = 1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        if not _is_shape_list(input_shape):
            raise ValueError(
                "WeightedMerge must be called on a list of tensors, e.g. merge([a, b, c]). "
                f"Received: input_shape={input_shape}"
            )
        problem = mismatch(input_shape)
        if problem:
            raise ValueError(
                f"{_REFUSED} Received: {problem} (input_shape={[tuple(s) for s in input_shape]})"
            )
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros", name="logits")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits / self.temperature)
        stacked = keras.ops.stack(inputs, axis=-1)
        return keras.ops.sum(stacked * weights, axis=-1)

    def compute_output_shape(self, input_shape):
        return tuple(input_shape[0])

    def get_config(self):
        return {**super().get_config(), "temperature": self.temperature}


# --------------------------------------------------------------------------- making and calling


def _class_name(obj) -> str:
    return getattr(obj, "__name__", None) or type(obj).__name__


def make(cls, *args, **kwargs):
    """An instance of the learner's layer class, `cls(*args, **kwargs)`.

    Raises:
        CheckFailed: `cls` is not a subclass of keras.layers.Layer, is the
            course's own WeightedMerge, or its constructor fails (or is not
            written yet).
    """
    __tracebackhide__ = True
    name = _class_name(cls)
    outer = getattr(cls, "__qualname__", "").split(".<locals>.")[0]
    if not inspect.isclass(cls) and callable(cls) and outer != cls.__qualname__:
        fail(
            "Your layer class",
            "a class that inherits from keras.layers.Layer",
            f"a function ({cls.__qualname__})",
            f"the name holds the inner function of {outer}(), not your class: a decorator "
            f"that takes arguments, written without parentheses (@{outer} instead of "
            f"@{outer}()), is called with the class as its first argument and returns its "
            "own decorator in place of the class.",
            "write the decorator with parentheses: "
            + (
                "@keras.saving.register_keras_serializable() (or with package='...')."
                if outer == "register_keras_serializable"
                else f"@{outer}()."
            ),
        )
    if not (inspect.isclass(cls) and issubclass(cls, keras.layers.Layer)):
        fail(
            f"Your layer class {name}",
            "a class that inherits from keras.layers.Layer",
            f"a class that does not inherit from it ({name})"
            if inspect.isclass(cls)
            else f"{'a function' if callable(cls) else 'not a class'} ({name})",
            "Keras calls build() and call() only on subclasses of keras.layers.Layer, and "
            "only they can own variables.",
            f"start the class with `class {name}(keras.layers.Layer):`.",
        )
    if cls is WeightedMerge:
        fail(
            f"Your layer class {name}",
            "your own class",
            "the course's WeightedMerge (autograder.custom_weighted_layers.WeightedMerge)",
            "the name was given the course's layer instead of a class written in this cell.",
            "write the class yourself, in the answer cell: `class WeightedMerge(keras.layers.Layer):`.",
        )
    layer = call(cls, *args, returns=keras.layers.Layer, what=f"a {name} layer", **kwargs)
    if kwargs.get("trainable") is False:
        layer._ckl_made_frozen = True  # the check asked for it (check_one_weight_per_input)
    given = {k: kwargs[k] for k in ("name", "trainable", "dtype") if k in kwargs}
    if given:
        have = {
            "name": layer.name,
            "trainable": layer.trainable,
            "dtype": getattr(layer.dtype_policy, "name", str(layer.dtype_policy)),
        }
        lost = [f"{k}: {v!r} given, {have[k]!r} kept" for k, v in given.items() if have[k] != v]
        if lost:
            cause, step = _changed_on_the_way(cls, given, have) or (
                _DROPPED,
                "pass them on: def __init__(self, temperature=1.0, **kwargs): "
                "super().__init__(**kwargs).",
            )
            fail(
                f"{name}({', '.join(f'{k}={v!r}' for k, v in given.items())})",
                "a layer with the name, trainable flag and dtype it was given",
                "; ".join(lost),
                cause,
                step,
            )
    return layer


_DROPPED = (
    "__init__ takes the arguments Keras passes (name, trainable, dtype) but does not hand "
    "them to keras.layers.Layer: super().__init__() is called without **kwargs, so they "
    "are silently dropped — and load_model, which passes them from the config, loses them too."
)


def _changed_on_the_way(cls, given: dict, have: dict) -> tuple[str, str] | None:
    """Some of Keras's arguments came through and others did not: __init__ hands **kwargs
    on, but replaces or removes the lost ones (named with its line that mentions them)."""
    lost = [k for k in given if have[k] != given[k]]
    kept = [k for k in given if have[k] == given[k]]
    if not kept:
        return None
    try:
        lines, _ = inspect.getsourcelines(cls.__init__)
    except (OSError, TypeError):  # no source (a built-in __init__): the words stay general
        lines = []
    said = next(
        (line.strip() for line in lines if any(re.search(rf"\b{k}\b", line) for k in lost)), ""
    )
    parent = next((line.strip() for line in lines if "__init__(" in line and "super" in line), "")
    them = "them" if len(lost) > 1 else "it"
    if parent and "**" not in parent and not said:
        return (
            f"{' and '.join(kept)} came through but {' and '.join(lost)} did not: __init__ "
            f"hands keras.layers.Layer only what it names (`{parent}`), not **kwargs — and "
            f"load_model, which passes {' and '.join(lost)} from the config, loses {them} too.",
            "hand every argument on: def __init__(self, temperature=1.0, **kwargs): "
            "super().__init__(**kwargs).",
        )
    where = f" (`{said}`)" if said else ""
    return (
        f"{' and '.join(kept)} came through but {' and '.join(lost)} did not: __init__ hands "
        f"the other arguments Keras passes on to keras.layers.Layer, but replaces or removes "
        f"{' and '.join(lost)} on the way{where} — and load_model, which passes {them} from "
        f"the config, loses {them} too.",
        f"hand every argument on unchanged: super().__init__(**kwargs), with no {lost[0]} of "
        "your own (whoever makes the layer chooses it).",
    )


def _drops_keras_arguments(cls) -> bool:
    """A new instance made with name= and trainable= does not keep them."""
    try:
        with captured_warnings():
            probe = cls(name="ckl_probe_layer", trainable=False)
    except Exception:  # an __init__ that refuses them is another mistake, named elsewhere
        return False
    return probe.name != "ckl_probe_layer" or probe.trainable


def build_model(function, *args, **kwargs):
    """`ag.build(function, *args)`, explained further when the course's WeightedMerge refuses.

    A learner's model function that calls the course's `WeightedMerge` (passed
    to it as an argument) on tensors of different shapes gets a cause and a
    next step about that, not only Keras's words.
    """
    __tracebackhide__ = True
    try:
        return build(function, *args, **kwargs)
    except CheckFailed as failed:
        feedback = failed.feedback
        one = re.search(
            r"must be called on a list of tensors.*input_shape=(\(.*?\))", feedback.received
        )
        if _REFUSED not in feedback.received and not one:
            raise
    if one:
        cause = (
            f"the merge was called on one tensor, of shape {one[1]}, not on a list: the "
            "branches were joined into one tensor first (a Concatenate, say), so there is "
            "nothing left for the merge to weigh."
        )
        step = "call the merge on the list of branches itself: merge([a, b, c])."
    else:
        cause = _odd_inputs(feedback.received) or (
            "the merge was called on tensors of different shapes: a weighted merge adds its "
            "inputs element by element, so they must all have one shape."
        )
        step = (
            "bring every input to one shape first (e.g. its own Dense layer of the same "
            "width), then merge the results."
        )
    fail(
        feedback.title,
        feedback.expected,
        feedback.received,
        cause,
        step,
        details=feedback.details,
    )


def _odd_inputs(received: str) -> str | None:
    """The tensors given to the merge whose shape differs from the others' (the most common
    one), read from the course merge's refusal: which list entries, and what they hold."""
    found = re.search(r"input_shape=(\[.*?\])\)", received)
    try:
        shapes = [tuple(s) for s in ast.literal_eval(found[1])] if found else []
    except (ValueError, SyntaxError, TypeError):
        return None
    if len(shapes) < 2:
        return None
    common = max(set(shapes), key=shapes.count)
    odd = [i for i, s in enumerate(shapes) if s != common]
    if shapes.count(common) < 2 or not odd:
        return None
    said = " and ".join(f"tensor {i + 1} of the list has shape {shapes[i]}" for i in odd)
    return (
        f"the merge received {', '.join(map(str, shapes))}: {said}, where the others have "
        f"{common}. A weighted merge adds its inputs element by element, so that tensor must "
        "first go through a branch of the others' width: its branch is missing, has "
        "another size, or another tensor than a branch's output was passed."
    )


def inputs(*shapes):
    """Symbolic inputs, one per shape (without the batch axis): `[keras.Input(s), ...]`."""
    return [keras.Input(shape=tuple(s)) for s in shapes]


def _learner_frame(error: BaseException):
    """The innermost frame of the error's traceback that is the learner's: a notebook cell's,
    else (a class defined in a module, as in tests) the innermost outside libraries."""
    if error is None:
        return None
    frames = traceback.extract_tb(error.__traceback__)
    for frame in reversed(frames):
        if any(marker in frame.filename for marker in _CELL_MARKERS):
            return frame
    for frame in reversed(frames):
        if "site-packages" not in frame.filename and not frame.filename.startswith(_HERE):
            return frame
    return None


def _method_not_written(error: BaseException) -> str | None:
    """The learner's method that still holds `raise NotImplementedError()`, or None.

    None when the NotImplementedError was raised by something the learner's code called
    (Keras's `numpy()` on a symbolic tensor, say): that is an error to explain, not a
    placeholder.
    """
    frame = _learner_frame(error)
    if frame is None or not re.match(r"\s*raise\s+NotImplementedError\b", frame.line or ""):
        return None
    return frame.name


def _shapes_text(shapes) -> str:
    return ", ".join(str((None, *tuple(s))) for s in shapes)


def merge_model(layer, shapes):
    """A functional model: one `keras.Input` per shape, merged by `layer`.

    Calling the layer on symbolic inputs runs the learner's `build()` and
    `call()`; whatever they raise becomes feedback.

    Args:
        layer: an instance of the learner's layer (see `make`).
        shapes: one shape per input, without the batch axis, e.g. `[(4,), (4,)]`.

    Returns:
        `keras.Model(inputs, layer(inputs))`.
    """
    __tracebackhide__ = True
    name = type(layer).__name__
    symbolic = inputs(*shapes)
    what = f"Calling {name} on {len(shapes)} inputs of shape {_shapes_text(shapes)}"
    try:  # variables the layer holds before it is called were made in __init__
        early = [] if layer.built else [tuple(v.shape) for v in layer.weights]
    except Exception:  # a layer whose __init__ skipped Keras's set-up: named when called
        early = []
    with captured_warnings() as caught:
        try:
            out = layer(symbolic)
            error = None
        except Exception as exc:  # the learner's build() or call() may raise anything
            error = exc
    method = _method_not_written(error) if isinstance(error, NotImplementedError) else None
    if method:
        fail(
            f"{name}.{method}() is not written yet",
            "your code in place of raise NotImplementedError()",
            f"raise NotImplementedError() in {name}.{method}()",
            "the exercise cell still holds the placeholder.",
            "replace the placeholder line with your code, then run the cell again.",
        )
    for warning in caught:
        print(f"Note: while {name} ran, Python warned: {warning.message}")
    if error is not None:
        try:  # what build() made before call() failed
            made = [tuple(v.shape) for v in layer.weights]
        except Exception:  # no variables to read: the error is explained as it is
            made = []
        cause, step = _made_too_early(early, [tuple(s) for s in shapes], error)
        if not cause:
            cause, step = _sized_in_code(made, [tuple(s) for s in shapes], error)
        _fail_on_error(
            what,
            f"{name} to return the merged tensor",
            error,
            cause,
            step,
            inputs=[tuple(s) for s in shapes],
            layer=layer,
        )
    if not isinstance(out, keras.KerasTensor):
        fail(
            what,
            "one tensor, the merged inputs",
            f"a {type(out).__name__}",
            "call() returns something other than one tensor (a list, or None when "
            "`return` is missing).",
            "end call() with `return` and the weighted sum of the inputs.",
        )
    _check_merged_shape(name, what, [tuple(s) for s in shapes], tuple(out.shape))
    return keras.Model(symbolic, out)


def _made_too_early(early: list[tuple], shapes: list[tuple], error) -> tuple[str, str]:
    """Cause and next step when the layer held variables before it was called (made in
    __init__), none of them sized for these inputs, and calling it failed on a shape."""
    n = len(shapes)
    width = shapes[0][-1] if shapes and shapes[0] else None
    fits = {(n,), (n, width), (width, n)}
    if not early or any(s in fits for s in early):
        return "", ""
    if not re.search(r"shape|dimension|broadcast", str(error), re.I):
        return "", ""
    made = ", ".join(str(s) for s in early)
    return (
        f"the layer's variables were made in __init__, before it saw any input, with a "
        f"fixed shape ({made}): on {n} inputs of {width} features they do not fit, so the "
        "weights and the inputs cannot be combined in call().",
        "create the variables in build(input_shape), sized from what it receives: "
        "len(input_shape) inputs, each of input_shape[0][-1] features.",
    )


def _sized_in_code(made: list[tuple], shapes: list[tuple], error) -> tuple[str, str]:
    """Cause and next step when build() made a variable with a size the inputs do not have
    (neither their number nor their width: a number written in the code) and calling the
    layer then failed on a shape."""
    n = len(shapes)
    width = shapes[0][-1] if shapes and shapes[0] else None
    foreign = [s for s in made if any(d not in (n, width, 1) for d in s)]
    if not foreign or not re.search(r"shape|dimension|broadcast", str(error), re.I):
        return "", ""
    said = ", ".join(str(s) for s in foreign)
    return (
        f"build() made a variable of shape {said}, a size these inputs do not have ({n} "
        f"inputs of {width} features): it was written into the code (the example's sizes, "
        "say), not read from input_shape, so the weights and the inputs cannot be "
        "combined in call().",
        "size the variables from what build() receives: len(input_shape) inputs, each of "
        "input_shape[0][-1] features.",
    )


def _check_merged_shape(name: str, what: str, shapes: list[tuple], got: tuple) -> None:
    """A merge of inputs of one shape returns that shape; else say which axis call() kept or
    summed, read from the shape it returned against the inputs stacked on a new axis."""
    __tracebackhide__ = True
    if len(set(shapes)) != 1:
        return  # inputs of different shapes: the layer's validation is checked elsewhere
    want = (None, *shapes[0])
    if got == want:
        return
    n = len(shapes)
    stacked = [(*want[:k], n, *want[k:]) for k in range(1, len(want) + 1)]
    step = (
        "sum the weighted inputs across the inputs: sum(weights[i] * inputs[i] for each "
        "input i), or, for the inputs stacked on a new axis, keras.ops.sum(..., axis=that "
        "axis), so that one tensor of the inputs' shape remains."
    )
    if got in stacked:
        axis = stacked.index(got) + 1
        cause = (
            f"call() returns the {n} weighted inputs side by side, {got}: stacked on axis "
            f"{axis} (the axis of size {n}, one per input), but not summed across it."
        )
    elif any(
        len(s) - 1 == len(got) and got == s[:k] + s[k + 1 :] and s[k] != n
        for s in stacked
        for k in range(1, len(s))
    ):
        cause = (
            f"call() returns {got}: one value per input ({n}) where one per feature is asked "
            "— the weighted stack was summed over the features' axis, not over the axis "
            "that holds the inputs."
        )
    else:
        cause = (
            f"call() returns a tensor of shape {got}, not {want}, the shape of each input: "
            "a merge weighs its inputs value by value and adds them, so its output keeps "
            "their shape."
        )
    fail(what, f"{name} to return one tensor of its inputs' shape, {want}", str(got), cause, step)


def error_line(error: BaseException | str) -> str:
    """The line of an error that says what went wrong, without Keras's wrapping.

    When Keras cannot infer a layer's output shape it wraps the real error in a
    paragraph ("Could not automatically infer the output shape ... Error
    encountered:"); the real one is the line after it.
    """
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(error))
    if "Error encountered:" in text:
        after = text.split("Error encountered:", 1)[1]
        lines = [line.strip() for line in after.splitlines() if line.strip()]
        if lines:
            return lines[0]
    return keras_errors.first_line(text)


def _fail_on_error(title, expected, error, cause="", next_step="", *, inputs=None, layer=None):
    """Fail with the learner's error explained: the caller's words, then this topic's reading
    of the error and the learner's own line (`explain_layer_error`), then Keras's rules."""
    __tracebackhide__ = True
    if not cause:
        cause, next_step = explain_layer_error(error, inputs=inputs, layer=layer) or (
            "",
            next_step,
        )
    explained = keras_errors.explain(error)
    fail(
        title,
        expected,
        f"{type(error).__name__}: {error_line(error)}",
        cause or (explained.cause if explained else "see the error and the line it points to."),
        next_step
        or (
            explained.next_step
            if explained
            else "call your layer on a list of keras.Input tensors in a new cell to see the full error."
        ),
        details=[f"Raised {line}" for line in _learner_lines(error)],
    )


# --------------------------------------------------------------------------- errors in the layer
# Errors that Keras, TensorFlow or NumPy raise inside the learner's own build(), call() or
# get_config(), read from the error and the learner's line, in a merge's terms: a merge
# receives a *list* of tensors (and build() a list of shapes), and holds one weight per
# input. Keras's general rules (`keras_errors`) come after these.


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text)]


def _shapes_in(text: str) -> list[tuple]:
    """The shapes an error message names after the word 'shape' ([3,?,4] or (3, 4)), with
    None for an unknown size."""
    tail = text[text.find("shape") :] if "shape" in text else text
    shapes = []
    for found in re.finditer(r"[\[(]((?:\s*(?:\d+|\?|None)\s*,?)+)[\])]", tail):
        parts = [part.strip() for part in found.group(1).split(",") if part.strip()]
        shapes.append(tuple(int(part) if part.isdigit() else None for part in parts))
    return shapes


def _broadcast(match, line, inputs):
    """Two shapes that do not broadcast inside call(): the weights against the features?"""
    sizes = _numbers(" ".join(g for g in match.groups() if g))
    n = len(inputs) if inputs else None
    width = inputs[0][-1] if inputs and inputs[0] else None
    where = f" (`{line}`)" if line else ""
    shapes = _shapes_in(match.string)
    table = next((s for s in shapes if len(s) == 2 and n != width and set(s) == {n, width}), None)
    if n and width and table:
        layout = "(inputs, features)" if table == (n, width) else "(features, inputs)"
        other = next((s for s in shapes if s != table), None)
        meets = (
            f"the last axis of {other} ({other[-1]})" if other else "the other tensor's last axis"
        )
        return (
            f"inside call(){where}, the mixing weights, a table laid out {layout} = {table}, "
            f"meet the inputs axis by axis from the last: its last axis ({table[-1]} values) "
            f"meets {meets}, so the inputs' axis and the features' are matched the wrong way "
            "round.",
            "make the weights' axes meet what they multiply: for the inputs stacked on axis "
            "0, an (inputs, features) table as weights[:, None, :]; for the inputs stacked on "
            "the last axis, a (features, inputs) table (keras.ops.transpose turns one into "
            "the other); or give input i its own row: weights[i] * inputs[i].",
        )
    if n and width and n != width and n in sizes and width in sizes:
        return (
            f"inside call(){where}, the {n} mixing weights, one per input, meet the "
            f"features' axis ({width} values): broadcasting lines a vector up with the "
            "*last* axis of the other tensor, so the weights are matched with the features, "
            "not with the inputs.",
            "give each input its own weight — sum(weights[i] * inputs[i] for i ...) — or "
            "stack the inputs on the last axis (keras.ops.stack(inputs, axis=-1) * weights, "
            "summed over axis -1), or reshape the weights to (n, 1, 1) to meet a stack made "
            "on axis 0: any of these works.",
        )
    return (
        f"inside call(){where}, two tensors whose shapes cannot be combined element by "
        f"element meet ({match.group(0)[:80]}): a weight vector or a stack of the inputs "
        "has another length than the axis it is multiplied with.",
        "print the shapes inside call() (each tensor's .shape, self.logits.shape) and make "
        "the weights' axis meet the axis that holds the inputs.",
    )


def _numpy_in_layer(match, line, inputs):
    where = f" (`{line}`)" if line else ""
    return (
        f"NumPy was used on the layer's variable or its inputs{where}: Keras first runs "
        "call() on symbolic tensors, which hold a shape but no values for NumPy — and even "
        "on real values NumPy returns a constant copy, which training cannot follow back "
        "to the variable.",
        "use keras.ops in call() instead of np.: keras.ops.softmax(self.logits), "
        "keras.ops.exp, keras.ops.sum, keras.ops.stack.",
    )


def _shape_as_size(match, line, inputs):
    where = f" (`{line}`)" if line else ""
    index = re.search(r"input_shape\[\s*(-?\d+)\s*\](?!\s*\[)", line or "")
    read = f"input_shape[{index[1]}]" if index else "input_shape[-1]"
    which = {"-1": "the last input's shape", "0": "the first input's shape"}.get(
        index[1] if index else "-1", f"the shape of input {index[1] if index else ''}"
    )
    try:  # the shape the learner asked for: two axes mean a row per input
        per_feature = len(ast.literal_eval(match["whole"])) >= 2
    except (ValueError, SyntaxError, TypeError):
        per_feature = False
    return (
        f"add_weight was given a whole shape, {match['dim']}, where it needs a size"
        f"{where}: a merge's build() receives a list of shapes, one per input (e.g. "
        f"[(None, 4), (None, 4), (None, 4)]), so {read} is {which}, not a number.",
        "the number of inputs is len(input_shape), and their features input_shape[0][-1]: "
        "add_weight(shape=(len(input_shape), input_shape[0][-1])) for a row per input."
        if per_feature
        else "count the inputs: add_weight(shape=(len(input_shape),)) makes one weight per input.",
    )


def _list_attribute(match, line, inputs):
    where = f" (`{line}`)" if line else ""
    return (
        f"a Python list was used as one tensor{where}: a merge's call() receives a list of "
        f"tensors (and build() a list of shapes), which has no .{match['attr']}.",
        "work on each tensor of the list (inputs[i]), or stack them into one tensor first: "
        "keras.ops.stack(inputs, axis=-1).",
    )


def _missing_attribute(match, line, inputs, layer=None):
    attr, owner = match["attr"], match["owner"]
    have = sorted(k for k in vars(layer) if not k.startswith("_")) if layer is not None else []
    near = [k for k in have if k != attr and (k.startswith(attr) or attr.startswith(k))]
    near = near or difflib.get_close_matches(attr, have, n=1, cutoff=0.5)
    hint = f" (the layer has self.{near[0]}: another name for it?)" if near else ""
    where = f" (`{line}`)" if line else ""
    return (
        f"{owner} reads self.{attr}, which none of its methods set{where}{hint}: an "
        "attribute exists only once __init__ or build() assigns it, under that exact name.",
        f"store it in __init__ (an argument: self.{attr} = {attr}) or in build() (a "
        f"variable: self.{attr} = self.add_weight(...)), and read it by the same name.",
    )


def _mixed_dtypes(match, line, inputs, layer=None):
    a, b = match["a"], match["b"]
    odd = sorted(
        {str(v.dtype) for v in getattr(layer, "weights", [])}
        - {getattr(layer, "variable_dtype", "float32")}
    )
    made = (
        f" the layer's variable is {odd[0]} (add_weight(dtype={odd[0]!r})), its inputs float32;"
        if odd
        else ""
    )
    where = f" (`{line}`)" if line else ""
    return (
        f"a {_dtype_words(a)} tensor and a {_dtype_words(b)} one meet in one operation"
        f"{where}:{made} TensorFlow's operations do not mix dtypes.",
        "make the variable in the layer's own dtype: leave add_weight's dtype at its "
        "default (the layer's dtype policy chooses it).",
    )


def _dtype_words(name: str) -> str:
    return {"half": "float16", "float": "float32", "double": "float64"}.get(name, name)


def _config_not_a_dict(match, line, inputs):
    returned = match["what"]
    return (
        f"get_config() returns {returned}, not a dict"
        + (
            ": dict.update() changes the dict in place and returns None, so "
            "`config = ....update(...)` keeps None (or the method ends without return)."
            if returned == "None"
            else "."
        ),
        "update the dict, then return it — config = super().get_config(); "
        "config.update({...}); return config — or return {**super().get_config(), ...}.",
    )


def _name_not_defined(match, line, inputs):
    where = f" (`{line}`)" if line else ""
    return (
        f"the name {match['name']} is not defined where it is used{where}: a variable made in "
        "another method (or another cell) is not visible there; only what is stored on "
        "self is shared between __init__, build() and call().",
        f"compute {match['name']} in this method, or store it as self.{match['name']} where "
        "it is made and read it as such.",
    )


def _index_past_inputs(match, line, inputs):
    """The learner's line reads input (or weight) k by a number written in the code, and the
    layer was called on k inputs or fewer."""
    n = len(inputs) if inputs else 0
    read = [int(k) for k in re.findall(r"\[\s*(\d+)\s*\]", line or "")]
    read += [int(k) - 1 for k in re.findall(r"\brange\(\s*(\d+)\s*\)", line or "")]
    if not n or not read or max(read) < n:
        return None
    return (
        f"call() reads entry {max(read)} by its number (`{line}`), but the layer was called "
        f"on {n} inputs: the number of inputs is written into the code (for "
        f"{max(read) + 1}), where a merge must take however many it is given.",
        "loop over what call() receives: sum(weights[i] * x for i, x in enumerate(inputs)), "
        "or stack the inputs and sum over the new axis.",
    )


_LAYER_RULES = [
    (
        re.compile(
            r"slice index \d+ of dimension 0 out of bounds|list index out of range|"
            r"index \d+ is out of bounds for axis 0"
        ),
        _index_past_inputs,
    ),
    (
        re.compile(
            r"get_config\(\)` method of .*? should return a dict\. It returned: (?P<what>\S+)"
        ),
        _config_not_a_dict,
    ),
    (re.compile(r"name '(?P<name>\w+)' is not defined"), _name_not_defined),
    (
        re.compile(r"has type (?P<a>\w+) that does not match type (?P<b>\w+)"),
        _mixed_dtypes,
    ),
    (
        re.compile(r"expected to be a (?P<a>\w+) tensor but is a (?P<b>\w+) tensor"),
        _mixed_dtypes,
    ),
    (
        re.compile(
            r"numpy\(\) is only available when eager execution|__array__\(\) |"
            r"Cannot convert a symbolic|can't convert \w+ to numpy"
        ),
        _numpy_in_layer,
    ),
    (
        re.compile(
            r"Cannot convert '(?P<whole>.*)' to a shape\. Found invalid dimension '(?P<dim>\(.*?\))'"
        ),
        _shape_as_size,
    ),
    (re.compile(r"'list' object has no attribute '(?P<attr>\w+)'"), _list_attribute),
    (
        re.compile(r"'(?P<owner>\w+)' object has no attribute '(?P<attr>\w+)'"),
        _missing_attribute,
    ),
    (re.compile(r"Dimensions must be equal, but are (\d+) and (\d+)"), _broadcast),
    (re.compile(r"Incompatible shapes: (\[[\d,]+\]) vs\. (\[[\d,]+\])"), _broadcast),
    (re.compile(r"Cannot broadcast shape.*?Input shapes are: (.*)"), _broadcast),
    (re.compile(r"operands could not be broadcast together with shapes (.*)"), _broadcast),
]


def explain_layer_error(error: BaseException, *, inputs=None, layer=None) -> tuple[str, str] | None:
    """Cause and next step for an error raised inside the learner's layer, or None.

    Read from the error's message and the learner's own line (the innermost frame of a
    notebook cell), in the terms of a weighted merge.

    Args:
        error: what the learner's build(), call() or get_config() raised (or Keras, or
            NumPy, inside them).
        inputs: the shapes the layer was called on (without the batch axis), to tell the
            inputs' axis from the features'.
        layer: the learner's layer, to name an attribute it does have.
    """
    message = re.sub(r"\x1b\[[0-9;]*m", "", str(error))
    frame = _learner_frame(error)
    line = (frame.line or "").strip() if frame else ""
    for pattern, words in _LAYER_RULES:
        match = pattern.search(message)
        if not match:
            continue
        if words is _numpy_in_layer and not (
            re.search(r"\bnp\.|numpy|float\(|\.numpy\(\)", line) or "numpy()" in message
        ):
            continue  # a symbolic-tensor error not caused by NumPy in the learner's line
        if words is _missing_attribute and not re.search(rf"self\.{match['attr']}\b", line):
            continue  # not the layer's own attribute (a tensor's .numpy(), say): not unset
        if words in (_missing_attribute, _mixed_dtypes):
            return words(match, line, inputs, layer)
        return words(match, line, inputs)
    return None


# --------------------------------------------------------------------------- its variables


def _size(variable) -> int:
    return int(np.prod(variable.shape))


def logits(layer) -> np.ndarray:
    """The layer's variables, flattened and joined in creation order (one logit per input)."""
    parts = [np.asarray(v.numpy()).reshape(-1) for v in layer.weights]
    return np.concatenate(parts) if parts else np.zeros(0)


def set_logits(layer, values) -> None:
    """Give the layer's variables these values, in creation order (whatever their shapes).

    Raises:
        ValueError: if the layer does not hold exactly `len(values)` numbers.
    """
    values = np.asarray(values, dtype="float32").reshape(-1)
    sizes = [_size(v) for v in layer.weights]
    if sum(sizes) != values.size:
        raise ValueError(f"the layer holds {sum(sizes)} numbers, not {values.size}")
    start = 0
    for variable, size in zip(layer.weights, sizes, strict=True):
        variable.assign(values[start : start + size].reshape(variable.shape))
        start += size


def _variable_table(layer) -> list[str]:
    rows = [
        f"  {getattr(v, 'path', v.name):<32} shape {tuple(v.shape)!s:<10} "
        f"{'trainable' if v.trainable else 'not trainable'}"
        for v in layer.weights
    ]
    return ["Variables of your layer:", *rows] if rows else ["Your layer has no variables."]


def _fresh(layer):
    """A new instance of the learner's layer class, made with its config, or None."""
    try:
        with captured_warnings():
            return type(layer).from_config(layer.get_config())
    except Exception:  # the learner's __init__ or get_config may not allow it
        try:
            with captured_warnings():
                return type(layer)()
        except Exception:  # an __init__ with required arguments: no probe then
            return None


def _untracked(layer) -> str | None:
    """A variable of another library stored on the layer (tf.Variable, torch's Parameter),
    which a Keras 3 layer does not track: named, or None."""
    for attr, value in vars(layer).items():
        kind = type(value)
        if attr.startswith("_") or isinstance(value, keras.Variable):
            continue
        if "Variable" in kind.__name__ or kind.__name__ == "Parameter":
            where = kind.__module__.split(".")[0]
            said = "tf.Variable" if where == "tensorflow" else f"{where}.{kind.__name__}"
            return (
                f"self.{attr} is a {said}, not a Keras variable: a Keras 3 "
                "layer tracks, counts and trains only the variables self.add_weight(...) "
                "makes, so the layer has none."
            )
    return None


def _made_in_init(layer) -> bool:
    """A new instance holds variables before it is called: they were made in __init__."""
    fresh = _fresh(layer)
    return fresh is not None and bool(fresh.weights)


def _probe_size(layer, count: int, width: int) -> int | None:
    """How many numbers a new instance holds once called on `count` inputs of `width`."""
    fresh = _fresh(layer)
    if fresh is None:
        return None
    try:
        with captured_warnings():
            fresh(inputs(*[(width,)] * count))
    except Exception:  # the probe is only for the words; the check has decided already
        return None
    return sum(_size(v) for v in fresh.weights)


def check_one_weight_per_input(layer, *, inputs: int, width: int | None = None) -> None:
    """The (built) layer has exactly one trainable number per input, `inputs` in all.

    A layer the check itself made with `trainable=False` is counted whole: its weights
    are frozen because it was asked to be.

    Args:
        layer: the learner's layer, already called on `inputs` tensors.
        inputs: how many tensors it was called on.
        width: their last axis, to recognise one weight per input *value*.
    """
    __tracebackhide__ = True
    total = sum(_size(v) for v in layer.weights)
    frozen_on_purpose = getattr(layer, "_ckl_made_frozen", False)
    trainable = total if frozen_on_purpose else sum(_size(v) for v in layer.trainable_weights)
    name = type(layer).__name__
    if total == trainable == inputs:
        _check_weights_dtype(layer, inputs)
        return
    received = f"{total} parameter{'s' if total != 1 else ''}" + (
        f", {trainable} trainable" if total and trainable != total else ""
    )
    if total == inputs and not layer.trainable:
        cause = (
            "the layer itself is frozen (self.trainable = False, or trainable=False passed "
            "to it): its variable was made trainable, but a frozen layer's variables are "
            "not trained."
        )
        step = (
            "leave the layer trainable: remove self.trainable = False (whoever uses the "
            "layer may freeze it, not the layer itself)."
        )
    elif total == 0:
        cause = _untracked(layer) or (
            "the layer has no variable: its weights are a plain array or tensor (NumPy, a "
            "constant, keras.ops.ones), which Keras neither counts nor trains."
        )
        step = "create them in build() with self.add_weight(shape=(len(input_shape),), ...)."
    elif total == inputs:
        cause = "the weights were made with trainable=False, so no training step will change them."
        step = "leave add_weight's trainable argument at its default (True)."
    elif len(layer.weights) > 1 and any(_size(v) == inputs for v in layer.weights):
        extra = [v for v in layer.weights if _size(v) != inputs] or layer.weights[1:]
        names = ", ".join(
            f"{getattr(v, 'path', v.name).rsplit('/', 1)[-1]} (shape {tuple(v.shape)})"
            for v in extra
        )
        cause = (
            f"besides one weight per input, the layer holds other variables: {names}. The "
            "task asks for the logits and nothing else; a setting given to __init__ (the "
            "temperature, say) stays a plain number, not a variable."
        )
        step = (
            "keep one add_weight in build(), of shape (len(input_shape),); use settings "
            "as the numbers __init__ stored (self.temperature)."
        )
    elif _made_in_init(layer):
        cause = (
            f"{total} weights for {inputs} inputs: the size is fixed — the variable is made "
            "in __init__, before the layer has seen any input, so its size is a guess, not "
            "the number of inputs."
        )
        step = (
            "create the variable in build(input_shape), where the inputs are known: "
            "add_weight(shape=(len(input_shape),))."
        )
    elif width and total == width and width != inputs and _probe_size(layer, 2, 7) == 7:
        cause = (
            f"one weight per feature ({width}, the inputs' last axis, as a Dense layer "
            f"sizes its kernel), not one per input ({inputs} tensors in the list): build() "
            "receives one shape per input, and the number of inputs is the list's length."
        )
        step = "make one weight per input: add_weight(shape=(len(input_shape),))."
    elif width and total == inputs * width and _probe_size(layer, 2, 7) == 14:
        cause = (
            f"one weight per input value (shape ({inputs}, {width})), not one per input: the "
            "task asks for a single mixing weight for each input tensor."
        )
        step = (
            "make the variable of shape (number of inputs,): add_weight(shape=(len(input_shape),))."
        )
    else:
        cause = (
            f"{total} weights for {inputs} inputs: the size is fixed (made in __init__, or "
            "with a number written in the code), not taken from the inputs build() receives."
        )
        step = "create the weights in build(), with shape (len(input_shape),)."
    fail(
        f"Parameters of {name} on {inputs} inputs",
        f"{inputs} trainable parameters, one per input",
        received,
        cause,
        step,
        details=_variable_table(layer),
    )


def _check_weights_dtype(layer, inputs: int) -> None:
    """The weights are stored in the layer's own variable dtype (float32 by default)."""
    __tracebackhide__ = True
    want = getattr(layer, "variable_dtype", None) or "float32"
    odd = [v for v in layer.weights if str(v.dtype) != want]
    if not odd:
        return
    got = str(odd[0].dtype)
    low = got in ("float16", "bfloat16")
    fail(
        f"Parameters of {type(layer).__name__} on {inputs} inputs",
        f"{inputs} trainable parameters, one per input, stored as {want} (the layer's dtype)",
        f"{inputs} trainable parameters stored as {got}",
        (
            f"the variable was made with dtype={got!r}: {got} keeps about 3 significant "
            "digits, so the mixing weights (and every training step's small change to "
            "them) are rounded."
            if low
            else f"the variable was made with dtype={got!r}, not the layer's own {want}: "
            "it no longer follows the dtype the layer is made with."
        ),
        "leave add_weight's dtype at its default: the layer's dtype policy chooses it "
        "(keras.layers.Layer(dtype=...) for another precision).",
        details=_variable_table(layer),
    )


# --------------------------------------------------------------------------- its output


def _give_logits(layer, z, setter, per: str, shape: str) -> None:
    """Give the layer's variables the logits `z` with `setter` (`set_logits`,
    `set_feature_logits`); fail in words if they cannot hold them. `per`: what one logit is
    for ("per input"); `shape`: the variable the layer should make, in words."""
    __tracebackhide__ = True
    try:
        setter(layer, z)
    except ValueError as error:
        fail(
            f"Mixing weights of {type(layer).__name__}",
            f"{z.size} numbers, one logit {per}",
            f"{error.args[0].removeprefix('the layer holds ')}",
            f"the layer's variables do not hold one number {per}.",
            f"make one variable of shape {shape} in build().",
            details=_variable_table(layer),
        )
    except Exception as error:  # e.g. a variable of another dtype that refuses the values
        _fail_on_error(
            f"Giving {type(layer).__name__}'s variables known values",
            f"{z.size} float variables that accept new values (variable.assign)",
            error,
            "the layer's variables cannot be given the logits the check uses.",
            f"make one float variable of shape {shape} with self.add_weight.",
        )


def check_weighted_sum(model, layer, x, *, logits, temperature: float = 1.0) -> None:
    """With its logits set to `logits`, the model outputs softmax(logits / t) · inputs.

    The layer's own variables are given these values first, so the check does
    not depend on how the learner initialised them. Known wrong outputs (the
    raw logits, logits divided by their sum, the temperature left out) get
    their own message.

    Args:
        model: a model that only applies `layer` to its inputs (`merge_model`).
        layer: the learner's layer.
        x: the input arrays, one per input.
        logits: the values to give the layer's variables.
        temperature: the temperature the layer was made with.
    """
    __tracebackhide__ = True
    z = np.asarray(logits, dtype="float64")
    _give_logits(layer, z, set_logits, "per input", "(number of inputs,)")
    x = list(x)
    known = {
        "the raw logits used as weights (not normalised)": (
            sum(w * np.asarray(a, "float64") for w, a in zip(z, x, strict=True)),
            "the logits are used as they are, not normalised: nothing keeps them positive "
            "or makes them sum to one.",
            "turn them into mixing weights with keras.ops.softmax(...) in call().",
        ),
    }
    if abs(z.sum()) > 1e-3:
        known["the logits divided by their sum"] = (
            sum(w * np.asarray(a, "float64") for w, a in zip(z / z.sum(), x, strict=True)),
            "the logits are divided by their sum: the weights then sum to one but can be "
            "negative, or huge when the sum is near zero (here one of them is "
            f"{(z / z.sum()).min():.2f}).",
            "use keras.ops.softmax(logits): positive weights that sum to one, whatever the logits.",
        )
    if temperature != 1.0:
        known["the temperature left out"] = (
            weighted_sum(x, z),
            f"the layer was made with temperature={temperature}, and the output is the "
            "softmax of the logits alone: the temperature is stored but not used.",
            "divide the logits by self.temperature before the softmax, in call().",
        )
    expected = weighted_sum(x, z, temperature)
    wrong = not known_match(model, x, expected)
    cause, step = _explain_weights(model, x, z, temperature, layer) if wrong else ("", "")
    check_outputs(model, x, expected, known=known, cause=cause, next_step=step)


def known_match(model, x, expected) -> bool:
    """The model's output on x equals `expected` (as check_outputs will decide)."""
    got = run(model, x)
    return (
        not isinstance(got, list | dict)
        and np.shape(got) == np.shape(expected)
        and np.allclose(got, expected, atol=1e-5, rtol=1e-4)
    )


def implied_weights(model, x) -> np.ndarray | None:
    """The weight each input gets in the model's output, read off by running it one input at a time.

    For a merge that multiplies each input by a number and sums (linear in
    each input), `out(0, .., x_i, .., 0) = w_i · x_i`. Returns None when the
    output is not of that form (it mixes values within an input, or adds a
    constant).
    """
    pairs = _each_input_alone(model, x)
    if pairs is None:
        return None
    weights = []
    for a, out in pairs:
        weight = _one_ratio(out, a, np.abs(a) > 1e-3)
        if weight is None:
            return None
        weights.append(weight)
    return np.asarray(weights)


def _each_input_alone(model, x) -> list[tuple[np.ndarray, np.ndarray]] | None:
    """(input, the model's output with only that input, the others zero) for each input, in
    float64; None when the output on zeros is not zero (it adds a constant), when it cannot
    be computed, or when an output's shape is not its input's."""
    x = [np.asarray(a, dtype="float32") for a in x]
    zeros = [np.zeros_like(a) for a in x]
    try:
        base = np.asarray(run(model, zeros), dtype="float64")
    except CheckFailed:
        return None
    if base.shape != x[0].shape or not np.allclose(base, 0.0, atol=1e-6):
        return None
    pairs = []
    for i, a in enumerate(x):
        alone = [a if j == i else zeros[j] for j in range(len(x))]
        out = np.asarray(run(model, alone), dtype="float64")
        if out.shape != a.shape:
            return None
        pairs.append((a.astype("float64"), out))
    return pairs


def _not_a_weighted_sum(model, x, *, per_feature: bool) -> str | None:
    """Which property of a weighted sum the model's output lacks, found by running it: zero
    out on zero inputs (no constant), each output feature reads only that feature of the
    inputs (with `per_feature`), twice the inputs give twice the output (weights that do
    not depend on the inputs). None when it cannot tell."""
    x = [np.asarray(a, dtype="float32") for a in x]
    try:
        base = np.asarray(run(model, [np.zeros_like(a) for a in x]), dtype="float64")
        full = np.asarray(run(model, x), dtype="float64")
        double = np.asarray(run(model, [2.0 * a for a in x]), dtype="float64")
    except CheckFailed:
        return None
    if not (base.shape == full.shape == double.shape == x[0].shape):
        return None
    affine = np.allclose(double - base, 2.0 * (full - base), atol=1e-4, rtol=1e-3)
    if not np.allclose(base, 0.0, atol=1e-6) and affine:
        return (
            "the output on inputs that are all zero is not zero: a constant (a bias, an "
            "offset) is added to the weighted sum."
        )
    if per_feature and x[0].shape[-1] > 1:
        bumped = [a.copy() for a in x]
        bumped[0][..., 0] += 1.0
        try:
            moved = np.asarray(run(model, bumped), dtype="float64")
        except CheckFailed:
            return None
        if affine and not np.allclose(moved[..., 1:], full[..., 1:], atol=1e-5, rtol=1e-4):
            return (
                "changing the first feature of one input changes other features of the "
                "output: an output feature reads other features too (a sum or a product over "
                "the features' axis), where each feature is mixed on its own."
            )
    if not affine:
        return (
            "twice the inputs do not give twice the output: the weights applied change with "
            "the inputs' values — the softmax (or an activation) is taken of something "
            "computed from the inputs, not of the logits alone, or an activation is applied "
            "to the sum."
        )
    return None


def _one_ratio(out, a, mask) -> float | None:
    """The one number `out` is `a` times where `mask` holds, or None if there is none."""
    if not mask.any():
        return None
    ratios = out[mask] / a[mask]
    if np.ptp(ratios) > 1e-3 * max(1.0, float(np.abs(ratios).max())):
        return None
    return float(np.mean(ratios))


def _weights_text(w) -> str:
    return "[" + ", ".join(f"{v:.3f}" for v in w) + "]"


_SIZE_ONE_STEP = (
    "take the softmax over the axis that holds one logit per input: keras.ops.softmax("
    "self.logits) on a vector of shape (n,), or the axis of size n of any other shape."
)


def _size_one_axis(layer) -> str:
    """Why every weight is 1, from the shapes of the layer's variables."""
    shapes = [tuple(v.shape) for v in getattr(layer, "weights", [])] if layer is not None else []
    ones = [s for s in shapes if len(s) >= 2 and 1 in s]
    if ones:
        return (
            f"your logits have shape {ones[0]}, and the softmax runs over its axis of size 1 "
            "(a softmax over one value is always 1)"
        )
    return (
        "the weights are all 1: a softmax over an axis of size 1 gives exactly 1, and so does "
        "leaving the weights out"
    )


def _stored_tensors(layer) -> list[str]:
    """Attributes of the layer holding a tensor or an array that is not a variable."""
    out = []
    for key, value in vars(layer).items():
        if key.startswith("_") or isinstance(value, keras.Variable):
            continue
        if isinstance(value, np.ndarray) or (
            hasattr(value, "shape") and hasattr(value, "dtype") and not inspect.isclass(value)
        ):
            out.append(key)
    return out


def _explain_weights(model, x, z, temperature, layer=None) -> tuple[str, str]:
    """Cause and next step for a wrong weighted sum, from the weights the output implies."""
    wanted = softmax(z, temperature)
    division = " / self.temperature" if temperature != 1.0 else ""
    step = f"return sum(weights[i] * inputs[i]) with weights = keras.ops.softmax(self.logits{division})."
    w = implied_weights(model, x)
    if w is None:
        return (
            _not_a_weighted_sum(model, x, per_feature=False)
            or "the output is not a weighted sum of whole inputs: each input is not simply "
            "multiplied by one number (values are mixed within an input, a constant is "
            "added, or an activation is applied).",
            step,
        )
    said = f"the inputs are weighted {_weights_text(w)}, not {_weights_text(wanted)}: "
    close = lambda a, b: np.allclose(a, b, atol=1e-4, rtol=1e-3)  # noqa: E731
    n = len(w)
    if close(w, wanted):
        return (
            f"the inputs are weighted {_weights_text(w)}, as the softmax says to about 4 "
            "digits, but the output differs in the smaller digits: the merge computes in a "
            "lower precision (a cast to float16 or bfloat16 in call(), say).",
            "compute in the layer's own dtype: leave out casts to a lower precision.",
        )
    if close(w, np.ones(n)):
        return (
            said + "every weight is 1, the plain sum: " + _size_one_axis(layer) + ".",
            _SIZE_ONE_STEP,
        )
    if close(w, np.full(n, 1.0 / n)):
        return (
            said + "equal weights 1/n whatever the logits: the softmax is not taken of the "
            "layer's variables (it reads a constant, or a copy of them).",
            step,
        )
    if temperature != 1.0 and close(w, softmax(z * temperature)):
        return (
            said + f"the logits are multiplied by the temperature ({temperature:g}), "
            "not divided by it.",
            "divide: keras.ops.softmax(self.logits / self.temperature).",
        )
    if close(np.sort(w), np.sort(wanted)):
        return (
            said + "the right weights, given to the inputs in another order (weight i "
            "must multiply input i).",
            step,
        )
    t = temperature
    for form, weights, words in [
        (
            "sigmoid",
            1.0 / (1.0 + np.exp(-z / t)),
            "each weight is the sigmoid of its logit: between 0 and 1 on its own, but "
            "nothing makes them sum to one (a softmax normalises them together).",
        ),
        (
            "exp",
            np.exp(z / t),
            "each weight is exp(logit), not divided by the sum of the exps: positive, but "
            "not summing to one.",
        ),
        (
            "mean",
            wanted / n,
            f"every weight is its softmax weight divided by {n}, the number of inputs: the "
            "weighted inputs are averaged (a mean), where the task sums them.",
        ),
        (
            "after",
            softmax(z) / t,
            f"the softmax is divided by the temperature ({t:g}) after it is taken: the "
            "weights no longer sum to one; the temperature divides the logits, before.",
        ),
    ]:
        if (form != "after" or t != 1.0) and close(w, weights):
            return said + words, step
    if abs(w.sum() - 1.0) < 1e-3 and (w >= 0).all():
        return (
            said + "positive weights summing to one, but not the softmax of the logits "
            "the layer holds (another normalisation, or another variable).",
            step,
        )
    return said + "each input is scaled by another number than its softmax weight.", step


# --------------------------------------------------------------------------- per feature
# Task 1 of the exercise: one logit per input *and per feature*, a softmax across the inputs.


def feature_softmax(logits) -> np.ndarray:
    """Softmax over axis 0 (the inputs) of an (inputs, features) matrix: for each feature,
    the inputs' weights are positive and sum to one.

    >>> feature_softmax([[0.0, 1.0], [0.0, 1.0]]).tolist()
    [[0.5, 0.5], [0.5, 0.5]]
    """
    z = np.asarray(logits, dtype="float64")
    e = np.exp(z - z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)


def feature_weighted_sum(inputs, logits) -> np.ndarray:
    """The reference output: for each feature f, `sum_i softmax_i(logits[:, f]) * inputs[i][:, f]`."""
    weights = feature_softmax(logits)
    return sum(w * np.asarray(x, dtype="float64") for w, x in zip(weights, inputs, strict=True))


def set_feature_logits(layer, values) -> None:
    """Give the layer's variables the (inputs, features) logits `values`: in creation order,
    row by row; a single variable of shape (features, inputs) receives them transposed.

    Raises:
        ValueError: if the layer does not hold exactly `values.size` numbers.
    """
    values = np.asarray(values, dtype="float32")
    weights = layer.weights
    if len(weights) == 1 and tuple(weights[0].shape) == values.T.shape != values.shape:
        weights[0].assign(values.T)
        return
    set_logits(layer, values)


def _check_layout(layer, *, inputs: int, width: int) -> None:
    """One variable of logits laid out (features, inputs), where the task states
    (number of inputs, features): the right count and mix, the other way round."""
    __tracebackhide__ = True
    shapes = [tuple(v.shape) for v in layer.weights]
    if inputs == width or shapes != [(width, inputs)]:
        return
    fail(
        f"Layout of {type(layer).__name__}'s logits",
        f"one variable of shape ({inputs}, {width}): a row per input, a column per feature, "
        "as the task states",
        f"one variable of shape ({width}, {inputs})",
        "the logits are laid out the other way round, (features, inputs): the number of "
        "parameters is right, but the task's layout is (number of inputs, features), so that "
        "row i holds input i's logit for each feature; whatever reads the variable (a "
        "checkpoint, set_weights from another merge, the checks) reads row i as input i.",
        "create it with self.add_weight(shape=(len(input_shape), input_shape[0][-1])) and "
        "take the softmax across axis 0, the inputs.",
    )


def check_weights_per_feature(layer, *, inputs: int, width: int) -> None:
    """The (built) layer holds `inputs × width` trainable numbers: one logit per input and
    per feature (the inputs' last axis).

    Args:
        layer: the learner's layer, already called on `inputs` tensors of `width` features.
        inputs: how many tensors it was called on.
        width: their last axis.
    """
    __tracebackhide__ = True
    want = inputs * width
    total = sum(_size(v) for v in layer.weights)
    trainable = sum(_size(v) for v in layer.trainable_weights)
    name = type(layer).__name__
    if total == trainable == want:
        _check_weights_dtype(layer, inputs)
        return
    received = f"{total} parameter{'s' if total != 1 else ''}" + (
        f", {trainable} trainable" if total and trainable != total else ""
    )
    step = (
        "create them in build(): add_weight(shape=(len(input_shape), input_shape[0][-1])), "
        "one row per input, one column per feature."
    )
    if total == want and not layer.trainable:
        cause = (
            "the layer itself is frozen (self.trainable = False): its variable was made "
            "trainable, but a frozen layer's variables are not trained."
        )
        step = "leave the layer trainable: remove self.trainable = False."
    elif total == 0:
        cause = _untracked(layer) or (
            "the layer has no variable: its weights are a plain array or tensor (NumPy, a "
            "constant, keras.ops.ones), which Keras neither counts nor trains."
        )
    elif total == want:
        cause = "the weights were made with trainable=False, so no training step will change them."
        step = "leave add_weight's trainable argument at its default (True)."
    elif len(layer.weights) > 1 and any(_size(v) == want for v in layer.weights):
        extra = [v for v in layer.weights if _size(v) != want]
        names = ", ".join(
            f"{getattr(v, 'path', v.name).rsplit('/', 1)[-1]} (shape {tuple(v.shape)})"
            for v in extra
        )
        cause = (
            f"besides the {inputs} × {width} logits, the layer holds other variables: {names}. "
            "The task asks for the logits and nothing else: a bias or a scale added to the "
            "merge is a parameter the task does not have, and it changes the output."
        )
        step = (
            "keep one add_weight in build(), of shape (len(input_shape), "
            "input_shape[0][-1]), and return the weighted sum alone."
        )
    elif _made_in_init(layer):
        cause = (
            f"{total} weights for {inputs} inputs of {width} features: the size is fixed — "
            "the variable is made in __init__, before the layer has seen any input, so its "
            "size is a guess, not the inputs' number and width."
        )
        step = (
            "create the variable in build(input_shape), where the inputs are known: "
            "add_weight(shape=(len(input_shape), input_shape[0][-1]))."
        )
    elif total == inputs:
        cause = (
            f"one weight per input ({inputs}), as the lesson's weighted merge has: every "
            f"feature of an input then gets the same weight. The task asks for one per input "
            f"and per feature, {inputs} × {width}, so that each feature can prefer another input."
        )
    elif total == width:
        cause = (
            f"one weight per feature ({width}), shared by every input: the softmax across "
            f"the inputs then has nothing to choose between. The task asks for {inputs} × "
            f"{width}: a row per input."
        )
    elif _probe_size(layer, 2, 7) == total:
        cause = (
            f"{total} weights for {inputs} inputs of {width} features, and as many for 2 "
            "inputs of 7: the size is fixed (a number written in the code), not taken from "
            "the shapes build() receives."
        )
    else:
        shapes = ", ".join(str(tuple(v.shape)) for v in layer.weights)
        cause = (
            f"the layer's variables have the shapes {shapes}, {total} numbers for {inputs} "
            f"inputs of {width} features: not one logit per input and per feature."
        )
    fail(
        f"Parameters of {name} on {inputs} inputs of {width} features",
        f"{want} trainable parameters, one per input and per feature ({inputs} × {width})",
        received,
        cause,
        step,
        details=_variable_table(layer),
    )


def implied_feature_weights(model, x) -> np.ndarray | None:
    """The weight of each input on each feature in the model's output, (inputs, features),
    read off by running it one input at a time; None when the output is not of that form
    (it mixes features, or adds a constant)."""
    pairs = _each_input_alone(model, x)
    if pairs is None:
        return None
    rows = []
    for a, out in pairs:
        row = []
        for f in range(a.shape[-1]):
            weight = _one_ratio(out[:, f], a[:, f], np.abs(a[:, f]) > 1e-3)
            if weight is None:
                return None
            row.append(weight)
        rows.append(row)
    return np.asarray(rows)


def _explain_feature_weights(model, x, z) -> tuple[str, str]:
    """Cause and next step for a wrong per-feature weighted sum, from the weights it implies."""
    wanted = feature_softmax(z)
    step = (
        "weights = keras.ops.softmax(self.logits, axis=0) (across the inputs, one softmax per "
        "feature), then sum(weights[i] * inputs[i] for each input i)."
    )
    w = implied_feature_weights(model, x)
    if w is None:
        return (
            _not_a_weighted_sum(model, x, per_feature=True)
            or "the output is not a weighted sum of the inputs feature by feature: a feature "
            "of the output reads other features too, a constant is added, or an activation "
            "is applied.",
            step,
        )
    close = lambda a, b: np.shape(a) == np.shape(b) and np.allclose(a, b, atol=1e-4, rtol=1e-3)  # noqa: E731
    n, width = z.shape
    if close(w, wanted):
        return (
            "the weights are the softmax across the inputs to about 4 digits, but the output "
            "differs in the smaller digits: the merge computes in a lower precision (a cast "
            "to float16 or bfloat16 in call(), say).",
            "compute in the layer's own dtype: leave out casts to a lower precision.",
        )
    e = np.exp(z - z.max())
    candidates = [
        (
            np.exp(z - z.max(axis=1, keepdims=True))
            / np.exp(z - z.max(axis=1, keepdims=True)).sum(axis=1, keepdims=True),
            "the softmax runs over the features (each input's weights sum to one), not across "
            "the inputs: keras.ops.softmax takes the last axis unless told otherwise, and the "
            f"logits' last axis holds the {width} features.",
            "take it over the inputs' axis: keras.ops.softmax(self.logits, axis=0).",
        ),
        (
            e / e.sum(),
            f"one softmax over all {n * width} logits at once: the weights of every input and "
            "feature together sum to one, so each feature's weights sum to much less than one.",
            "one softmax per feature, across the inputs: keras.ops.softmax(self.logits, axis=0).",
        ),
        (
            z,
            "the logits are used as they are, not normalised: nothing keeps them positive or "
            "makes each feature's weights sum to one.",
            step,
        ),
        (
            1.0 / (1.0 + np.exp(-z)),
            "each weight is the sigmoid of its logit: between 0 and 1 on its own, but nothing "
            "makes each feature's weights sum to one (a softmax across the inputs does).",
            step,
        ),
        (
            np.exp(z),
            "each weight is exp(logit), not divided by the sum over the inputs: positive, but "
            "not summing to one.",
            step,
        ),
        (
            np.log(wanted),
            "each weight is the log of its softmax weight (a log_softmax): negative numbers "
            "that do not sum to one.",
            "take keras.ops.softmax(self.logits, axis=0), not log_softmax: the mixing weights "
            "are the probabilities themselves.",
        ),
        (
            wanted / n,
            f"every weight is its softmax weight divided by {n}, the number of inputs: the "
            "weighted inputs are averaged (a mean), where the task sums them.",
            "return the sum of the weighted inputs, not their mean.",
        ),
        (
            wanted[::-1],
            "the right weights, given to the inputs in the reverse order (row i of the "
            "weights must multiply input i).",
            step,
        ),
        (
            feature_softmax(z.T.reshape(n, width)) if n != width else wanted * np.nan,
            f"the logits are read with their axes mixed up: a ({width}, {n}) matrix (features, "
            f"inputs) was reshaped (not transposed) into ({n}, {width}), and a reshape keeps "
            "the values in their order, so each weight lands on another input and feature.",
            "transpose it (keras.ops.transpose), or make the variable (inputs, features) in "
            "the first place: logits[i] is then input i's row.",
        ),
    ]
    for candidate, cause, next_step in candidates:
        if close(w, candidate):
            return (
                f"the weights your layer applies are not the softmax across the inputs: {cause}",
                next_step,
            )
    if np.allclose(w.sum(axis=0), 1.0, atol=1e-3) and (w >= 0).all():
        return (
            "each feature's weights are positive and sum to one, but they are not the softmax "
            "of the logits the layer holds (another normalisation, or another variable).",
            step,
        )
    return (
        "each input's feature is scaled by another number than its softmax weight across "
        "the inputs.",
        step,
    )


def check_feature_weighted_sum(model, layer, x, *, logits) -> None:
    """With its logits set to the (inputs, features) matrix `logits`, the model outputs, for
    each feature, the inputs weighted by the softmax of that feature's column."""
    __tracebackhide__ = True
    z = np.asarray(logits, dtype="float64")
    _give_logits(
        layer, z, set_feature_logits, "per input and per feature", "(number of inputs, features)"
    )
    x = list(x)
    expected = feature_weighted_sum(x, z)
    wrong = not known_match(model, x, expected)
    cause, step = _explain_feature_weights(model, x, z) if wrong else ("", "")
    check_outputs(model, x, expected, cause=cause, next_step=step)
    # the right mix from logits laid out the other way round (given to it transposed):
    # said once the mix is right, so that a mix that is wrong too is named for that
    _check_layout(layer, inputs=len(x), width=np.shape(x[0])[-1])


# --------------------------------------------------------------------------- training


def check_learns(layer, x, *, seed: int = 0) -> None:
    """One optimizer step on a small model (the layer, then Dense(1)) moves its weights.

    The Dense head makes sure some variable receives a gradient, so a layer
    whose weights do not reach the loss is named, rather than Keras's "No
    gradients provided". The step runs eagerly (`train_on_batch` with
    `run_eagerly=True`): a fresh model has no compiled state to respect, and
    tracing a training function would cost a second of the learner's time.
    """
    __tracebackhide__ = True
    x = list(x)
    name = type(layer).__name__
    symbolic = inputs(*[a.shape[1:] for a in x])
    targets = np.random.default_rng(seed).normal(size=(len(x[0]), 1)).astype("float32") + 3.0
    with captured_warnings():
        try:
            merged = layer(symbolic)
        except Exception as error:  # merge_model called it on these shapes already
            _fail_on_error(f"Calling {name} again", "the merged tensor", error)
        head = keras.layers.Dense(  # unequal: a sum over the features would hide the logits
            1,
            kernel_initializer=keras.initializers.RandomUniform(0.5, 1.5, seed=seed),
            name="check_learns_head",
        )
        model = keras.Model(symbolic, head(merged))
        before = {id(v): np.array(v.numpy()) for v in model.weights}
        try:
            model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse", run_eagerly=True)
            model.train_on_batch(x, targets)
        except Exception as error:  # the learner's layer may fail to train
            _fail_on_error(
                "One training step",
                f"a model made of {name} and a Dense(1) head to train for one step",
                error,
                next_step="call your layer inside a small model and run model.fit on a "
                "batch, in a new cell.",
            )
    moved = [v for v in model.weights if not np.array_equal(before[id(v)], v.numpy())]
    still = [v for v in model.weights if not any(v is m for m in moved)]
    step = Step(moved, still)
    stored = _stored_tensors(layer)
    if stored:
        cause = (
            f"the weights do not reach the loss: self.{stored[0]} holds the mixing weights "
            "computed once (in build() or __init__) and stored as a constant, so the "
            "training step sees no path from the loss back to the variables."
        )
    else:
        cause = (
            "the weights do not reach the loss: call() uses a copy of the variables' values "
            "(NumPy, .numpy(), float(), stop_gradient), so the training step sees no path "
            "from the loss back to the variables."
        )
    next_step = "compute keras.ops.softmax(self.logits) inside call(), each time the layer runs."
    if not step.did_move(layer):
        weights = implied_weights(keras.Model(symbolic, merged), x)
        if weights is not None and np.allclose(weights, 1.0, atol=1e-4):
            cause = (
                f"every input gets weight 1 ({_weights_text(weights)}), whatever the logits: "
                + _size_one_axis(layer)
                + ", so its gradient is zero and training cannot move them."
            )
            next_step = _SIZE_ONE_STEP
    check_moves(step, layer, what=f"The mixing weights of {name}", cause=cause, next_step=next_step)


# --------------------------------------------------------------------------- refusing inputs


def _shape_pattern(shape) -> str:
    """A regex for a shape as a learner's message may write it: (None, 4), [None, 4], (4,)."""
    sizes = [str(s) for s in shape]
    sep = r"\s*,\s*"
    full = sep.join(sizes)
    core = sep.join(sizes[1:]) if len(sizes) > 1 and sizes[0] == "None" else None
    options = [rf"[\(\[]\s*{full}\s*,?\s*[\)\]]"]
    if core:
        options.append(rf"[\(\[]\s*{core}\s*,?\s*[\)\]]")
        options.append(rf"[\(\[]\s*\d+{sep}{core}\s*,?\s*[\)\]]")  # with a concrete batch size
    return "(" + "|".join(options) + ")"


def _message_core(error: BaseException) -> str:
    """The error's message without Keras's wrapping and its list of the call's arguments."""
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(error))
    return text.split("Arguments received by")[0].strip()


# Errors that Keras or TensorFlow raise themselves when shapes meet in an operation:
# the layer's own validation did not refuse the inputs.
_FRAMEWORK = re.compile(
    r"Dimensions must be equal|Incompatible shapes|Cannot broadcast|could not be broadcast"
)


def _raised_by_framework(error: BaseException) -> bool:
    """The error left the learner's code at a line that is not a `raise` statement: Keras,
    TensorFlow or NumPy raised it inside an operation the learner called (a stack of
    inputs of different shapes), not the layer's own check."""
    frame = _learner_frame(error)
    return frame is not None and not re.match(r"\s*raise\b", frame.line or "")


def check_rejects(
    action,
    *,
    exception: type[BaseException] = ValueError,
    mentions=(),
    what: str = "the layer",
    accepted_cause="",
    next_step: str = "",
):
    """`action()` raises `exception`, and its message names each of `mentions`.

    Args:
        action: a function of no argument that makes the learner's layer refuse
            something, e.g. `lambda: merge(custom_weighted_layers.inputs((4,), (1,)))`.
        exception: the exception type it must raise.
        mentions: what the message must name: strings, or shapes (tuples) that
            may be written as (None, 4), [None, 4] or (4,).
        what: how the feedback names the action ("WeightedMerge on (None, 4), (None, 1)").
        accepted_cause: why the action may have been accepted without an error (or a
            function of no argument that says it, called only then).
        next_step: what to do when it was accepted or the message is unclear.

    Returns:
        The exception raised.
    """
    __tracebackhide__ = True

    def accepted_words() -> str:  # a callable is worked out only when needed (it may probe)
        return accepted_cause() if callable(accepted_cause) else accepted_cause

    wanted = exception.__name__
    named = ", ".join(str(m) for m in mentions)
    expected = f"{wanted} naming {named}" if mentions else wanted
    step = next_step or (
        f"check the shapes in build(input_shape) and raise {wanted}(f'... {{input_shape}}') "
        "when they differ."
    )
    with captured_warnings():
        try:
            action()
        except NotImplementedError:
            fail(
                f"{what}: not written yet",
                expected,
                "raise NotImplementedError()",
                "the exercise cell still holds the placeholder.",
                "replace the placeholder line with your code, then run the cell again.",
            )
        except Exception as error:  # the learner's code may raise anything
            raised = error
        else:
            raised = None
    if raised is None:
        fail(
            f"{what}: refusing inputs it cannot merge",
            expected,
            "no error: the inputs were accepted",
            accepted_words()
            or "the layer does not check its inputs before merging them, so Keras goes "
            "on as far as it can.",
            step,
        )
    if isinstance(raised, exception) and (
        _FRAMEWORK.search(_message_core(raised)) or _raised_by_framework(raised)
    ):
        fail(
            f"{what}: refusing inputs it cannot merge",
            expected,
            f"the layer's own check let them through; Keras failed later: {error_line(raised)[:120]}",
            accepted_words() or "the layer does not check its inputs' shapes before merging them.",
            step,
        )
    if not isinstance(raised, exception):
        frame = _learner_frame(raised)
        if isinstance(raised, AssertionError) and re.match(r"\s*assert\b", frame.line or ""):
            cause = (
                f"the inputs are refused by an assert statement (`{frame.line.strip()}`), which "
                f"raises AssertionError, not {wanted} — and is skipped altogether when Python "
                "runs with -O, so it cannot guard a layer."
            )
            step = (
                f"replace the assert with `if ...: raise {wanted}(f'... Received: "
                "{input_shape}')`."
            )
        elif re.match(
            rf"\s*raise\s+{type(raised).__name__}\b", (frame.line if frame else "") or ""
        ):
            cause = (
                f"the layer refuses the inputs itself, but raises {type(raised).__name__}, not "
                f"{wanted} (`{frame.line.strip()}`): {wanted} is what the task asks for, the "
                "error Keras and Python raise for a value of the right type but the wrong shape."
            )
            step = f"raise {wanted}(f'... Received: {{input_shape}}') instead."
        else:
            cause = (
                f"the inputs are refused, but with {type(raised).__name__}, not {wanted}: "
                "an error the layer did not raise itself, or the wrong kind of error."
            )
        fail(
            f"{what}: refusing inputs it cannot merge",
            expected,
            f"{type(raised).__name__}: {error_line(raised)}",
            cause,
            step,
        )
    core = _message_core(raised)
    missing = [
        m
        for m in mentions
        if not re.search(_shape_pattern(m) if isinstance(m, tuple) else re.escape(str(m)), core)
    ]
    if missing:
        fail(
            f"{what}: the error message",
            expected,
            f"{wanted}: {error_line(core)}",
            "the message does not name "
            + ", ".join(str(m) for m in missing)
            + ": whoever meets this error cannot tell which input is wrong.",
            "put the shapes you received in the message, e.g. "
            f"{wanted}(f'inputs must have one shape. Received: {{input_shape}}').",
        )
    return raised


# Pairs of shapes a whole-shape validation refuses, each telling one comparison apart: a
# validation that compares only ranks refuses the first alone; only the last axis, the
# second and third; only sizes, the first two.
_PROBES = {
    "rank": [(4,), (2, 4)],  # ranks differ; last axes and... sizes differ too
    "last": [(4,), (5,)],  # last axes (and sizes) differ, ranks agree
    "size": [(2, 3), (3, 2)],  # sizes and ranks agree, last axes differ
}


def _refuses(cls, kwargs, shapes) -> bool:
    """A new instance refuses these shapes with an error of its own (not Keras's broadcasting)."""
    try:
        with captured_warnings():
            layer = cls(**kwargs)
            layer(inputs(*shapes))
    except Exception as error:  # the learner's validation (or anything it raises)
        return not (_FRAMEWORK.search(_message_core(error)) or _raised_by_framework(error))
    return False


def _compared(cls, kwargs) -> str | None:
    """What the learner's validation compares, read from the probes it refuses, or None."""
    try:
        refused = {name: _refuses(cls, kwargs, shapes) for name, shapes in _PROBES.items()}
    except Exception:  # the probes are for words only
        return None
    signature = (refused["rank"], refused["last"], refused["size"])
    return {
        (False, False, False): "nothing",
        (True, False, False): "ranks",
        (False, True, True): "last axis",
        (True, True, False): "sizes",
    }.get(signature)


def _why_accepted(shapes, compared: str | None = None) -> str:
    """What a validation that let these shapes through most likely compares: from the probes
    it refuses (`_compared`) where they tell, else from the accepted shapes' layout."""
    shapes = [tuple(s) for s in shapes]
    first = shapes[0]
    odd = next(i for i, s in enumerate(shapes) if s != first)
    sizes = {int(np.prod(s)) for s in shapes}
    listed = ", ".join(map(str, shapes))
    stretched = next(
        (
            f": {(None, *s)} is silently stretched to {(None, *first)}"
            for s in shapes
            if len(s) == len(first) and s != first and 1 in s
        ),
        "",
    )
    if compared == "nothing":
        return (
            "the layer does not compare its inputs' shapes at all (it accepts (4,) with "
            "(2, 4), (4,) with (5,), (2, 3) with (3, 2) alike), and Keras broadcasts a size-1 "
            f"axis without a word{stretched}."
        )
    if compared == "ranks":
        return (
            f"the layer compares only the number of axes (ranks): {listed} all have "
            f"{len(first)}, so they pass, and Keras broadcasts what it can{stretched}."
        )
    if odd >= 2:
        return (
            f"inputs 1 and {odd} agree and input {odd + 1} has another shape: the layer "
            "compares only some of its inputs (the first two, say), not every one of them."
        )
    if compared == "sizes" or (len(sizes) == 1 and len({len(s) for s in shapes}) == 1):
        return (
            f"the shapes {listed} hold as many values but are laid out "
            "differently: the layer compares sizes, not whole shapes."
        )
    if compared == "last axis" or len({s[-1] for s in shapes}) == 1:
        return (
            f"the shapes {listed} agree on the last axis only: the "
            "layer compares the last axis, not whole shapes."
        )
    return (
        "the layer does not compare its inputs' shapes, and Keras broadcasts a size-1 axis "
        f"without a word{stretched}."
    )


def check_validates(cls, cases, **kwargs) -> None:
    """A new instance of the learner's class refuses each list of shapes in `cases`.

    Every case is a list of shapes (without the batch axis) that are not all
    equal; the error must name the first shape and the first that differs
    from it. When the layer accepts a case, the cause is read from how the
    shapes differ: a third input the check of the first two misses, equal
    sizes laid out differently, equal last axes.

    Args:
        cls: the learner's layer class.
        cases: e.g. `[[(4,), (4,), (1,)], [(2, 3), (3, 2)]]`.
        kwargs: passed to the class (e.g. temperature).
    """
    __tracebackhide__ = True
    for shapes in cases:
        shapes = [tuple(s) for s in shapes]
        odd = next(s for s in shapes if s != shapes[0])
        layer = make(cls, **kwargs)
        check_rejects(
            lambda layer=layer, shapes=shapes: layer(inputs(*shapes)),
            mentions=[(None, *shapes[0]), (None, *odd)],
            what=f"{_class_name(cls)} on inputs of shapes {_shapes_text(shapes)}",
            accepted_cause=lambda shapes=shapes: _why_accepted(shapes, _compared(cls, kwargs)),
            next_step="compare every input's whole shape with the first one's in "
            "build(input_shape), and raise ValueError(f'... Received: {input_shape}') when "
            "any differs.",
        )


# --------------------------------------------------------------------------- saving and loading


def _inner_message(error: BaseException) -> str:
    """The innermost error of a failed load: Keras nests them as 'Exception encountered: ...'."""
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(error))
    inner = text.split("Exception encountered: ")[-1]
    inner = inner.split(" Full object config:")[0].split("\n\nconfig=")[0]
    return inner.strip().splitlines()[0] if inner.strip() else type(error).__name__


_LOAD_ERRORS = [
    (
        re.compile(r"Could not locate class '(?P<name>[^']+)'"),
        lambda m: (
            f"Keras cannot find the class {m['name']} when it loads the file: the file holds "
            "only the class's name, and Keras finds a class of yours (defined in a notebook "
            "or a module) only if it is registered or passed to load_model.",
            f"decorate the class with @keras.saving.register_keras_serializable(package=...), "
            f"or load with custom_objects={{'{m['name']}': {m['name']}}}.",
        ),
    ),
    (
        re.compile(r"__init__\(\) got an unexpected keyword argument '(?P<arg>\w+)'"),
        lambda m: (
            f"load_model rebuilds the layer with cls(**config), and __init__() does not accept "
            f"'{m['arg']}': get_config() records name, trainable and dtype (and your "
            "arguments), so __init__ must take them all.",
            "write `def __init__(self, ..., **kwargs):` and call `super().__init__(**kwargs)`.",
        ),
    ),
    (
        re.compile(r"__init__\(\) missing \d+ required positional argument"),
        lambda m: (
            "load_model rebuilds the layer with cls(**config), and get_config() leaves out an "
            "argument that __init__() requires.",
            "return every argument of __init__ from get_config(): "
            "{**super().get_config(), 'name_of_argument': self.name_of_argument}.",
        ),
    ),
]


def _unknown_config_keys(match, layer) -> tuple[str, str] | None:
    """get_config() records a key that __init__ has no argument for (under another name)."""
    keys = re.findall(r"'(\w+)'\s*:", match["keys"])
    args = _init_arguments(layer) if layer is not None else []
    if not keys:
        return None
    held = [k for k in keys if isinstance(getattr(layer, k, None), keras.Variable)]
    if held:
        return (
            f"get_config() records '{held[0]}', the layer's own variable (its values): "
            "load_model rebuilds the layer with cls(**config), and __init__ has no argument "
            "of that name; the variables' values are saved with the weights, apart from the "
            "config, and come back by themselves.",
            f"leave '{held[0]}' out of get_config(): return {{**super().get_config(), ...}} "
            "with __init__'s arguments only.",
        )
    near = {k: difflib.get_close_matches(k, args, n=1, cutoff=0.3) for k in keys}
    said = ", ".join(
        f"'{k}'" + (f" (__init__ calls it '{near[k][0]}')" if near[k] else "") for k in keys
    )
    return (
        f"get_config() records {said}, and load_model rebuilds the layer with "
        "cls(**config): __init__ has no argument of that name, so it passes it on to "
        "keras.layers.Layer, which refuses it.",
        "use the names of __init__'s arguments as get_config()'s keys: "
        + (
            ", ".join(f"'{near[k][0]}': self.{near[k][0]}" for k in keys if near[k])
            or "{'argument': self.argument}"
        )
        + ".",
    )


def _custom_objects_given(error: BaseException) -> dict | None:
    """The `custom_objects` the learner's loader handed to Keras, read from the outermost
    frame the error went through that holds one (Keras's load_model, called by the loader;
    inner frames hold Keras's own registry under that name), or None."""
    tb = error.__traceback__
    while tb is not None:
        if "custom_objects" in tb.tb_frame.f_locals:
            given = tb.tb_frame.f_locals["custom_objects"]
            return given if isinstance(given, dict) and given else None
        tb = tb.tb_next
    return None


def _wrong_key(name: str, given: dict) -> tuple[str, str] | None:
    """custom_objects was given, but not under the name the file records for the class."""
    if name in given or name.split(">")[-1] in given:
        return None
    keys = ", ".join(repr(k) for k in given)
    simple = name.split(">")[-1].lower()
    snake = any(str(k).replace("_", "").lower() == simple for k in given)
    return (
        f"custom_objects was given ({keys}), but not under the name the file records for "
        f"the class, '{name}': Keras looks the class up by that exact name"
        + (" (the class's own name, not the layer's snake_case name)" if snake else "")
        + ", so the entry is never found.",
        f"key the entry by the class's name: custom_objects={{'{name}': {name}}} (or "
        "register the class with @keras.saving.register_keras_serializable()).",
    )


def _not_plain_config(layer) -> tuple[str, str] | None:
    """get_config() records a tensor, an array or a variable (not a plain number, string or
    list), which the file stores as an object and load_model hands back to __init__ as
    one: named by its key."""
    try:
        config = layer.get_config()
    except Exception:  # no config to read: the general words stay
        return None
    odd = [
        (key, "NumPy array" if isinstance(value, np.ndarray) else "tensor")
        for key, value in config.items()
        if key not in ("name", "trainable", "dtype")
        and (isinstance(value, keras.Variable | np.ndarray) or keras.ops.is_tensor(value))
    ]
    if not odd:
        return None
    key, kind = odd[0]
    if isinstance(config[key], keras.Variable):
        return (
            f"get_config() records '{key}', a variable of the layer: a config holds only "
            "what __init__ takes; the variables' values are saved with the weights, apart "
            "from the config, and load_model puts them back itself.",
            f"leave '{key}' out of get_config(): return {{**super().get_config(), ...}} with "
            "__init__'s arguments only.",
        )
    return (
        f"get_config() records '{key}' as a {kind}, not a plain number: the file stores it "
        "as an object, and load_model hands that object back to __init__, which cannot use "
        "it as the number it was.",
        f"keep __init__'s arguments as plain Python values: self.{key} = float({key}) in "
        "__init__ (convert to a tensor inside call() if you need one).",
    )


def _recorded_elsewhere(arg: str, layer) -> tuple[str, str] | None:
    """__init__ requires `arg`, and get_config() records it under a key of another name."""
    try:
        keys = [k for k in layer.get_config() if k not in ("name", "trainable", "dtype")]
    except Exception:  # no config to read: the general words stay
        return None
    near = difflib.get_close_matches(arg, keys, n=1, cutoff=0.3)
    if not near or near[0] == arg:
        return None
    return (
        f"get_config() records '{near[0]}', and __init__ requires '{arg}': load_model "
        "rebuilds the layer with cls(**config), so the argument __init__ needs is not "
        "among the keys it receives.",
        f"use __init__'s argument names as get_config()'s keys: '{arg}': self.{arg}.",
    )


def _explain_load(error: BaseException, layer=None) -> tuple[str, str]:
    message = f"{error}"
    located = re.search(r"Could not locate class '(?P<name>[^']+)'", message)
    given = _custom_objects_given(error) if located else None
    if given and _wrong_key(located["name"], given):
        return _wrong_key(located["name"], given)
    unknown = re.search(r"Unrecognized keyword arguments passed to \w+: (?P<keys>\{.*?\})", message)
    if unknown and _unknown_config_keys(unknown, layer):
        return _unknown_config_keys(unknown, layer)
    plain = _not_plain_config(layer)
    if plain:
        return plain
    missing = re.search(
        r"__init__\(\) missing \d+ required positional arguments?: '(?P<arg>\w+)'", message
    )
    if missing and _recorded_elsewhere(missing["arg"], layer):
        return _recorded_elsewhere(missing["arg"], layer)
    for pattern, make_words in _LOAD_ERRORS:
        match = pattern.search(message)
        if match:
            return make_words(match)
    explained = keras_errors.explain(error)
    if explained:
        return explained.cause, explained.next_step
    return (
        "the saved model cannot be rebuilt from its file.",
        "call keras.saving.load_model on the file in a new cell to see the full error.",
    )


def _init_arguments(layer) -> list[str]:
    parameters = inspect.signature(type(layer).__init__).parameters.values()
    return [
        p.name
        for p in parameters
        if p.name != "self" and p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)
    ]


def _custom_layers(model) -> list:
    return [
        layer
        for layer in model.layers
        if not type(layer).__module__.startswith(("keras.", "keras_"))
    ]


def _lost_arguments(before, after) -> list[str]:
    """'temperature: 0.5 before saving, 1.0 after loading' for each argument that changed."""
    out = []
    for old, new in zip(_custom_layers(before), _custom_layers(after), strict=False):
        for arg in _init_arguments(old):
            if hasattr(old, arg) and hasattr(new, arg):
                a, b = getattr(old, arg), getattr(new, arg)
                if isinstance(a, int | float | str | bool | None) and a != b:
                    out.append(f"{arg}: {a!r} before saving, {b!r} after loading")
    return out


def _missing_from_config(model) -> list[str]:
    out = []
    for layer in _custom_layers(model):
        try:
            config = layer.get_config()
        except Exception:  # the learner's get_config may fail; saving reported it already
            continue
        out += [a for a in _init_arguments(layer) if a not in config]
    return out


def _config_not_own(model) -> list[tuple[str, object, object, bool]]:
    """(argument, the layer's own value, what get_config() records, whether the record stays
    the same when the layer's value changes, or the other attribute it records instead) for each argument get_config() records with
    another value than the layer holds: read by calling get_config() with the attribute set
    to another value for a moment (a constant written in get_config does not follow it)."""
    out = []
    for layer in _custom_layers(model):
        try:
            config = layer.get_config()
        except Exception:  # the learner's get_config may fail; saving reported it already
            continue
        for arg in _init_arguments(layer):
            own = getattr(layer, arg, None)
            if arg not in config or not isinstance(own, int | float) or isinstance(own, bool):
                continue
            if config[arg] == own:
                continue
            try:
                setattr(layer, arg, own * 3 + 7)
                fixed = layer.get_config().get(arg) == config[arg]
            except Exception:  # an attribute the layer refuses to change: no claim on it
                fixed = False
            finally:
                setattr(layer, arg, own)
            source = _attribute_recorded(layer, arg, config[arg]) if fixed else ""
            out.append((arg, own, config[arg], source or fixed))
    return out


def _attribute_recorded(layer, arg: str, written) -> str:
    """Another attribute of `layer` whose value get_config() records under `arg` (read by
    changing each attribute holding `written` for a moment), '' when none does."""
    for other, value in list(vars(layer).items()):
        if other == arg or other.startswith("_") or type(value) is not type(written):
            continue
        if value != written:
            continue
        try:
            setattr(layer, other, value * 3 + 7)
            follows = layer.get_config().get(arg) != written
        except Exception:  # an attribute the layer refuses to change: not this one
            follows = False
        finally:
            setattr(layer, other, value)
        if follows:
            return other
    return ""


def check_round_trip(model, x, folder=None, *, load=None, filename="model.keras"):
    """The model, saved with `model.save` and loaded again, gives the same outputs.

    Give the layer unequal weights first (`set_logits`): with equal ones, a
    temperature lost on the way changes nothing, and goes unnoticed.

    Args:
        model: a model holding the learner's layer.
        x: inputs to compare the outputs on.
        folder: where to write the file; a temporary directory (removed after) if None.
        load: the learner's function that loads a path (e.g. `load_merge_model`);
            `keras.saving.load_model` itself if None.
        filename: the file's name, ending in `.keras`.

    Returns:
        The loaded model.
    """
    __tracebackhide__ = True
    if folder is None:
        with tempfile.TemporaryDirectory() as tmp:
            return check_round_trip(model, x, tmp, load=load, filename=filename)
    path = str(Path(folder) / filename)
    before = run(model, x)
    with captured_warnings():
        try:
            model.save(path)
            error = None
        except Exception as exc:  # the learner's get_config may raise anything
            error = exc
    if error is not None:
        if isinstance(error, NotImplementedError) and "get_config" in str(error):
            cause = (
                "Keras 3 records a layer's arguments itself only when they are plain values "
                "(numbers, strings, booleans, None); one of this layer's is not, so it must "
                "write get_config()."
            )
            step = "write get_config() returning {**super().get_config(), 'argument': value, ...}."
        elif isinstance(error, NotImplementedError):
            cause = "get_config() still holds the placeholder, and saving calls it."
            step = "write get_config(), or delete it to let Keras 3 record plain arguments itself."
        else:
            cause, step = "", ""
        _fail_on_error(
            "Saving a model that holds your layer (model.save)",
            "the model to be written to a .keras file",
            error,
            cause,
            step,
            layer=next(iter(_custom_layers(model)), None),
        )
    with captured_warnings():
        try:
            loaded = keras.saving.load_model(path) if load is None else _call_loader(load, path)
            error = None
        except CheckFailed:
            raise
        except _LoaderFailed as failed:
            error = failed.error
        except Exception as exc:  # load_model runs the learner's __init__ and build
            error = exc
    if error is not None:
        cause, step = _explain_load(error, next(iter(_custom_layers(model)), None))
        fail(
            "Loading the saved model" + (f" with {_class_name(load)}()" if load else ""),
            "the model, rebuilt from its .keras file",
            f"{type(error).__name__}: {_inner_message(error)}",
            cause,
            step,
            details=[f"Raised {line}" for line in _learner_lines(error)],
        )
    if not isinstance(loaded, keras.Model):
        fail(
            f"What {_class_name(load)}() returns",
            "the loaded keras.Model",
            "None" if loaded is None else f"a {type(loaded).__name__}",
            "the function ends without `return`."
            if loaded is None
            else "the function returns something other than the model it loaded.",
            "return what keras.saving.load_model(path, ...) gives.",
        )
    after = run(loaded, x)
    if np.allclose(np.asarray(after), np.asarray(before), atol=1e-5, rtol=1e-4):
        _check_same_configuration(model, loaded)
        return loaded
    lost = _lost_arguments(model, loaded)
    missing = _missing_from_config(model)
    recorded = _config_not_own(model)
    if recorded:
        arg, own, written, fixed = recorded[0]
        how = (
            f"writes self.{fixed} there ({written!r}), another attribute, not self.{arg}"
            if isinstance(fixed, str)
            else f"writes the constant {written!r} there, whatever the layer's value"
            if fixed
            else f"computes {written!r} from it instead of recording it as it is"
        )
        cause = (
            f"get_config() records {arg}={written!r}, but this layer's {arg} is {own!r}: it "
            f"{how}, so load_model rebuilds the layer with {arg}={written!r}: same weights, "
            "another layer."
        )
        step = f'record the layer\'s own value: config["{arg}"] = self.{arg}.'
    elif missing:
        cause = (
            f"get_config() leaves out {', '.join(missing)}, so load_model made the layer "
            "with the default value: same weights, another layer."
        )
        step = "add every argument of __init__ to the dict get_config() returns."
    else:
        cause = "the loaded layer is not the saved one: an argument or a variable was not restored."
        step = "compare layer.get_config() before saving and after loading."
    fail(
        "Outputs after saving and loading",
        "the same outputs as before saving",
        "different outputs" + (f" ({'; '.join(lost)})" if lost else ""),
        cause,
        step,
    )


def _settings(layer) -> dict:
    """What a layer must keep through saving: name, trainable, dtype policy, its own arguments."""
    out = {
        "name": layer.name,
        "trainable": layer.trainable,
        "dtype": getattr(layer.dtype_policy, "name", str(layer.dtype_policy)),
    }
    for arg in _init_arguments(layer):
        value = getattr(layer, arg, None)
        if isinstance(value, int | float | str | bool | None):
            out[arg] = value
    return out


def _check_same_configuration(before, after) -> None:
    """Every custom layer of `after` (loaded) has the settings it had in `before` (saved)."""
    __tracebackhide__ = True
    for old, new in zip(_custom_layers(before), _custom_layers(after), strict=False):
        a, b = _settings(old), _settings(new)
        lost = [
            f"{k}: {a[k]!r} before saving, {b.get(k)!r} after loading"
            for k in a
            if a[k] != b.get(k)
        ]
        if not lost:
            continue
        try:
            config = old.get_config()
        except Exception:  # saving called it already; this only words the cause
            config = {}
        base = [k for k in ("name", "trainable", "dtype") if k not in config]
        own = [k for k in _init_arguments(old) if k not in config]
        keras_lost = [k for k in ("name", "trainable", "dtype") if a[k] != b.get(k)]
        if not base and keras_lost and _drops_keras_arguments(type(old)):
            cause = _DROPPED
            step = (
                "pass them on: def __init__(self, temperature=1.0, **kwargs): "
                "super().__init__(**kwargs)."
            )
        elif base:
            cause = (
                f"get_config() returns a dict without {', '.join(base)}: it drops "
                "super().get_config(), which records the name, trainable and the dtype "
                "policy, so load_model makes the layer with the defaults."
            )
            step = "start the dict with super()'s: return {**super().get_config(), 'temperature': self.temperature}."
        elif own:
            cause = (
                f"get_config() leaves out {', '.join(own)}, so load_model made the layer "
                "with the default value."
            )
            step = "add every argument of __init__ to the dict get_config() returns."
        else:
            cause = (
                "the loaded layer is made with other settings than the saved one: "
                "__init__ does not pass them on (super().__init__(**kwargs)), or "
                "get_config() records other values."
            )
            step = "compare layer.get_config() before saving and after loading."
        fail(
            f"{type(old).__name__} after saving and loading",
            f"the layer as it was saved ({', '.join(f'{k}={v!r}' for k, v in a.items())})",
            "; ".join(lost),
            cause,
            step,
        )


class _LoaderFailed(Exception):
    def __init__(self, error):
        super().__init__(str(error))
        self.error = error


def _call_loader(load, path):
    """Run the learner's loader; an exception inside it is reported as a load failure."""
    __tracebackhide__ = True
    if not callable(load):
        fail(
            "Loading the saved model",
            "a function that loads a path",
            f"a {type(load).__name__}",
            "the name was given a value, not a function.",
            "define it with `def name(path):` in the answer cell.",
        )
    try:
        return load(path)
    except NotImplementedError:
        fail(
            f"{_class_name(load)}() is not written yet",
            "your code in place of raise NotImplementedError()",
            "raise NotImplementedError()",
            "the exercise cell still holds the placeholder.",
            "replace the placeholder line with your code, then run the cell again.",
        )
    except Exception as exc:  # the learner's loader may raise anything
        raise _LoaderFailed(exc) from exc


# --------------------------------------------------------------------------- in a layer graph


class _WeightedMergeOp(Op):
    """`WeightedMerge(temperature=1.0)(a, b, ...)` in an `ag.architecture` description.

    Its weights are the learner's merge layer's variables, one logit per input (whatever
    their shapes), read in creation order; it computes softmax(logits / t) · inputs, and
    the order of its inputs matters (weight i multiplies input i).
    """

    def kernel_shape(self, args, shapes):
        return (len(shapes),)

    def find(self, model, step, arch):
        n = len(step.inputs)
        return [
            layer
            for layer in all_layers(model)
            if getattr(layer, "kernel", None) is None
            and layer.weights
            and sum(_size(v) for v in layer.weights) == n
        ]

    def weights_of(self, obj):
        return (logits(obj).astype("float64"), None)

    def evaluate(self, args, xs, weights):
        if any(x.shape != xs[0].shape for x in xs):
            raise ValueError("shapes differ")
        z = np.zeros(len(xs)) if weights is None else np.asarray(weights[0], "float64")
        return weighted_sum(xs, z, args.get("temperature", 1.0))

    def forms(self, step, arch):
        kwargs = {k: v for k, v in step.args.items() if k == "temperature"}
        return [[(WeightedMerge, kwargs, arch.shapes[step.name])]]

    def words(self, args):
        t = args.get("temperature")
        return f"WeightedMerge(temperature={t})" if t is not None else "WeightedMerge"


OPS = {"WeightedMerge": _WeightedMergeOp("WeightedMerge", weighted=True, ordered=True)}
"""This topic's layers for `ag.architecture(..., ops=custom_weighted_layers.OPS)`."""

# What a test cell's counts and outputs mean in this topic's words, per task (see
# `autograder.concatenation` for the shape of these tables): `COUNTS[task]` for
# `check_counts(causes=...)`, `NOTES[task]` for `check_architecture(notes=...)`.
COUNTS = {
    "fusion_model": {
        85: (
            "the head sees 12 values, not 4: the branches were concatenated side by side "
            "instead of mixed by the merge layer.",
            "call the given layer on the list of branches: merge([a, b, c]).",
        ),
        77: (
            "3 parameters are missing, those of the merge: the branches were combined by a "
            "layer without weights (Average, Add), not by the learnable merge you were given.",
            "call the given layer on the list of branches: merge([a, b, c]).",
        ),
    },
}

NOTES = {
    "fusion_model": {
        **{
            ("order", "fused", order): (
                "the branches were passed to the merge in another order "
                f"([{', '.join(order)}]), so the weight meant for one sensor multiplies "
                "another's branch.",
                "call merge([accelerometer_branch, gyroscope_branch, magnetometer_branch]), "
                "in the inputs' order.",
            )
            for order in itertools.permutations(
                ("accelerometer_branch", "gyroscope_branch", "magnetometer_branch")
            )
        },
        (
            "activations",
            ("accelerometer_branch", "gyroscope_branch", "magnetometer_branch"),
            "linear",
        ): (
            'the branches have no activation: each Dense(4) must use activation="relu".',
            'add activation="relu" to the three branch layers.',
        ),
    },
}


KNOWN = {
    "fusion_model": {
        "the relu after the merge, not on each branch": (
            architecture(
                """
                accelerometer = Input(3)
                gyroscope = Input(5)
                magnetometer = Input(7)
                accelerometer_branch = Dense(4)(accelerometer)
                gyroscope_branch = Dense(4)(gyroscope)
                magnetometer_branch = Dense(4)(magnetometer)
                fused = WeightedMerge()(accelerometer_branch, gyroscope_branch, magnetometer_branch)
                bent = Activation("relu")(fused)
                head = Dense(1)(bent)
                """,
                ops=OPS,
            ),
            "the relu is applied once, after the merge, instead of on each branch: the merge "
            "then mixes the branches' raw values (negative ones included) and only the mix is "
            "bent — not the same model, since relu(a) + relu(b) is not relu(a + b).",
            'give each branch its own activation="relu" and apply none after the merge.',
        ),
    },
}
"""`KNOWN[task]` for `check_architecture(known=...)`: a named misconception that no single
change to the task's description reaches, stated as the architecture it builds."""


def check_given_merge(model, merge) -> None:
    """The model holds the very merge layer its function was given (not a new one)."""
    __tracebackhide__ = True
    check_contains(
        model,
        merge,
        what="the merge layer passed to your function",
        cause="the model merges its branches with another layer than the one it was given "
        "(a new instance, even of the same class, has weights of its own).",
        next_step="call the `merge` argument itself on the list of branches.",
    )
