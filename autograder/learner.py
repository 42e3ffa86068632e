"""Calling the learner's function, so that whatever it does becomes feedback.

A test cell never calls the learner's code directly: `call(build_model)` runs
it, and turns "not done yet", an exception, a warning or a value of the wrong
type into a plain message (CheckFailed) instead of a traceback.
"""

from __future__ import annotations

import inspect
import traceback

import numpy as np

from . import integrity, keras_errors, recording
from .feedback import fail
from .quiet import captured_warnings, import_keras

keras = import_keras()

# Frames of the learner's own code: notebook cells (ipykernel or plain IPython).
_CELL_MARKERS = ("ipykernel_", "<ipython-input-", "<cell")


def _learner_lines(error: BaseException) -> list[str]:
    """The frames of the error's traceback that come from notebook cells."""
    frames = traceback.extract_tb(error.__traceback__)
    lines = []
    for frame in frames:
        if any(marker in frame.filename for marker in _CELL_MARKERS):
            where = f"in {frame.name}()" if frame.name != "<module>" else "in the cell"
            lines.append(f"{where}, line {frame.lineno}: {(frame.line or '').strip()}")
    return lines


def _describe(value) -> str:
    if value is None:
        return "None"
    kind = type(value).__name__
    return f"a {kind}" if kind[0].lower() not in "aeiou" else f"an {kind}"


def call(function, *args, returns=None, what=None, **kwargs):
    """Call the learner's `function(*args, **kwargs)` and return its result.

    Args:
        function: the learner's function (or class) to call.
        returns: the type (or tuple of types) the result must have, e.g.
            `keras.Model`; `None` accepts anything.
        what: how to name the expected result in feedback ("a keras.Model").

    Returns:
        What the function returned.

    Raises:
        CheckFailed: the function is not written yet, raised an exception, or
            returned something of another type. Python warnings raised while it
            runs (Keras's UserWarnings, say) are shown as a note on stdout, not
            on stderr, where nbgrader would count them as a failure.
    """
    __tracebackhide__ = True
    if not callable(function):
        fail(
            "Calling your function",
            "a function",
            _describe(function),
            "the name was given a value, not a function.",
            "define it with `def name(...):` in its cell, run that cell, then this one.",
        )
    name = getattr(function, "__name__", "your function")
    given = _snapshots(function, args, kwargs)
    error = None
    not_written = False
    with captured_warnings() as caught:
        try:
            result = function(*args, **kwargs)
        except NotImplementedError as exc:
            # the placeholder raises it without a message; Keras's own (a Lambda whose
            # output shape it cannot infer, say) says why, and is explained as an error
            if str(exc):
                error = exc
            else:
                not_written = True
        except Exception as exc:  # the learner's code may raise anything
            error = exc
    for warning in caught:
        print(f"Note: while {name}() ran, Python warned: {warning.message}")
    if not_written:
        fail(
            f"{name}() is not written yet",
            "your code in place of raise NotImplementedError()",
            "raise NotImplementedError()",
            "the exercise cell still holds the placeholder.",
            "replace the placeholder line with your code, then run the cell again.",
        )
    if error is not None:
        explained = keras_errors.explain(error)
        fail(
            f"{name}() raised {type(error).__name__}",
            f"{name}() to return {what or 'a result'}",
            f"{type(error).__name__}: {keras_errors.first_line(error)}",
            explained.cause if explained else "see the error message and the line it points to.",
            explained.next_step
            if explained
            else "run the function on its own in a new cell to see the full traceback.",
            details=[f"Raised {line}" for line in _learner_lines(error)],
        )
    if returns is not None and not isinstance(result, returns):
        wanted = what or _type_names(returns)
        fail(
            f"What {name}() returns",
            wanted,
            _describe(result),
            "the function ends without `return`."
            if result is None
            else f"the function returns another object than the one asked for "
            f"({_describe(result)}, e.g. a layer's output instead of the model).",
            "end the function with `return model`."
            if result is None
            else f"make the last line of {name}() return {wanted}.",
        )
    for snapshot in given:
        _check_unchanged(name, snapshot, result)
    # grading security (issue 11): the checks are still genuine, the result does not pretend,
    # and a model is saved for the verdict to be recomputed outside the kernel
    integrity.verify()
    integrity.genuine(result)
    recording.save(result, args, kwargs)
    return result


# --------------------------------------------------------------------------- what it is given


def _is_layer(value) -> bool:
    return isinstance(value, keras.layers.Layer)


def _variables(obj) -> list:
    seen, out = set(), []
    for v in obj.weights:
        if id(v) not in seen:
            seen.add(id(v))
            out.append(v)
    return out


def _values(variable) -> np.ndarray:
    return np.array(variable.numpy(), copy=True)


def _snapshots(function, args, kwargs) -> list[tuple[str, object, list]]:
    """(argument name, layer or model, [(variable, its value)]) for every Keras object passed in.

    An object given unbuilt (no variables yet) is left out: building it is
    what the learner's function is asked to do with it.
    """
    try:
        bound = inspect.signature(function).bind_partial(*args, **kwargs).arguments
    except (TypeError, ValueError):  # a builtin, or arguments that do not fit: name by position
        bound = {f"argument {i + 1}": a for i, a in enumerate(args)} | dict(kwargs)
    out = []
    for arg_name, value in bound.items():
        if _is_layer(value) and value.weights:
            out.append((arg_name, value, [(v, _values(v)) for v in _variables(value)]))
    return out


def _path(variable) -> str:
    return getattr(variable, "path", None) or variable.name


def _check_unchanged(name, snapshot, result) -> None:
    """The object given as an argument holds the same variables, with the same values."""
    __tracebackhide__ = True
    arg_name, obj, before = snapshot
    now = {id(v) for v in _variables(obj)}
    replaced = [v for v, _ in before if id(v) not in now]
    changed = [v for v, old in before if id(v) in now and not np.array_equal(_values(v), old)]
    if not (replaced or changed):
        return
    what = f"the {arg_name} given to {name}()"
    expected = f"{what} left as it was: the same {len(before)} variables, the same values"
    if replaced:
        fail(
            f"What {name}() did to its argument {arg_name}",
            expected,
            f"{len(replaced)} of its variables replaced by others: "
            + ", ".join(_path(v) for v in replaced[:4]),
            f"the function rebuilt or reassigned the layers of {what} (a new kernel "
            "assigned to it, say), so it no longer holds the weights it was given.",
            f"leave {arg_name} as it is: make new layers or variables for what you build, "
            f"and read {arg_name} only.",
        )
    out_vars = _variables(result) if _is_layer(result) else []
    overwritten = [
        v
        for v in changed
        if any(
            w is not v
            and tuple(w.shape) == tuple(v.shape)
            and np.array_equal(_values(w), _values(v))
            for w in out_vars
        )
    ]
    listed = ", ".join(_path(v) for v in changed[:4]) + (" ..." if len(changed) > 4 else "")
    if overwritten:
        cause = (
            f"the values went the wrong way: {arg_name}.set_weights(new.get_weights()) "
            f"overwrites {what} with the new object's fresh values, and what it had "
            "learned is lost; the copy must receive the values, not give them."
        )
        step = f"copy into the new object: new.set_weights({arg_name}.get_weights())."
    else:
        cause = (
            f"the function changed the values of {what}: it trained it (fit, "
            "train_on_batch), or assigned to its variables (assign, set_weights)."
        )
        step = f"leave {arg_name}'s values as they are: read them, copy them, never write them."
    fail(
        f"What {name}() did to its argument {arg_name}",
        expected,
        f"{len(changed)} of its {len(before)} variables hold other values: {listed}",
        cause,
        step,
    )


def _type_names(types) -> str:
    types = types if isinstance(types, tuple) else (types,)
    return " or ".join(f"a {t.__module__.split('.')[0]}.{t.__name__}" for t in types)


def model(function, *args, **kwargs):
    """Call a learner's model-building function; it must return a keras.Model."""
    __tracebackhide__ = True
    return call(function, *args, returns=keras.Model, what="a keras.Model", **kwargs)
