"""Calling the learner's function, so that whatever it does becomes feedback.

A test cell never calls the learner's code directly: `call(build_model)` runs
it, and turns "not done yet", an exception, a warning or a value of the wrong
type into a plain message (CheckFailed) instead of a traceback.
"""

from __future__ import annotations

import inspect

import numpy as np

from . import integrity, keras_errors, recording
from .causes import report
from .failure import Failure
from .frames import CELL_MARKERS as _CELL_MARKERS  # noqa: F401 -- topic modules' names
from .frames import learner_lines as _learner_lines
from .quiet import captured_warnings, import_keras

keras = import_keras()


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
        report(
            Failure(
                "learner.call.not_callable",
                "Calling your function",
                "a function",
                _describe(function),
            )
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
        report(
            Failure(
                "learner.call.not_written",
                f"{name}() is not written yet",
                "your code in place of raise NotImplementedError()",
                "raise NotImplementedError()",
            )
        )
    if error is not None:
        report(
            Failure(
                "learner.call.raised",
                f"{name}() raised {type(error).__name__}",
                f"{name}() to return {what or 'a result'}",
                f"{type(error).__name__}: {keras_errors.first_line(error)}",
                error=error,
                details=[f"Raised {line}" for line in _learner_lines(error)],
                name=name,
            )
        )
    if returns is not None and not isinstance(result, returns):
        wanted = what or _type_names(returns)
        report(
            Failure(
                "learner.call.returns",
                f"What {name}() returns",
                wanted,
                _describe(result),
                name=name,
                wanted=wanted,
                returned=_describe(result),
                returned_none=result is None,
            )
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
        report(
            Failure(
                "learner.call.argument_replaced",
                f"What {name}() did to its argument {arg_name}",
                expected,
                f"{len(replaced)} of its variables replaced by others: "
                + ", ".join(_path(v) for v in replaced[:4]),
                model=obj,
                argument=arg_name,
                what=what,
            )
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
    # set_weights the wrong way writes every variable of a layer; an assign, or an in-place
    # edit of a variable's values, writes some: a layer with only part of its variables changed
    ids = {id(v) for v in changed}
    partial = any(
        any(id(v) in ids for v in layer.weights) and not all(id(v) in ids for v in layer.weights)
        for layer in obj._flatten_layers(include_self=True)
        if not layer._flatten_layers(include_self=False)
    )
    report(
        Failure(
            "learner.call.argument_changed",
            f"What {name}() did to its argument {arg_name}",
            expected,
            f"{len(changed)} of its {len(before)} variables hold other values: {listed}",
            model=obj,
            argument=arg_name,
            what=what,
            variables=listed,
            overwritten=bool(overwritten) and not partial,
            written_back=bool(overwritten) and partial,
            moving_only=all(not v.trainable and "moving" in _path(v) for v in changed),
        )
    )


def _type_names(types) -> str:
    types = types if isinstance(types, tuple) else (types,)
    return " or ".join(f"a {t.__module__.split('.')[0]}.{t.__name__}" for t in types)


def model(function, *args, **kwargs):
    """Call a learner's model-building function; it must return a keras.Model."""
    __tracebackhide__ = True
    return call(function, *args, returns=keras.Model, what="a keras.Model", **kwargs)
