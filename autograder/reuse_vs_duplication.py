"""Copies, clones and ties: which variables a duplicate owns, and which values they hold.

Sharing is object identity (`autograder.identity`). A duplicate adds a second
question, about values: an *exact copy* holds the original's values in
variables of its own; a *fresh duplicate* repeats the architecture with new
values; a *tied* layer uses another layer's variable itself, not a copy of it.
Each check below names the mix-up it finds (separate instances where one was
asked, `set_weights` used to "share", a clone where a copy was asked, ...)::

    from autograder import reuse_vs_duplication

    reuse_vs_duplication.check_one_instance(model, keras.layers.Dense, kernel_shape=(8, 4), what="the encoder")
    duplicate = reuse_vs_duplication.check_fresh_duplicate(model, encoder)
    reuse_vs_duplication.check_exact_copy(copy, encoder)
    reuse_vs_duplication.check_tied(model, encoder.kernel)
"""

from __future__ import annotations

import re

import numpy as np

from .feedback import fail
from .identity import shared
from .layers import all_layers, describe, to_numpy, variables

# --------------------------------------------------------------------------- values


def _path(variable) -> str:
    return getattr(variable, "path", None) or variable.name


def _shape(variable) -> tuple:
    return tuple(int(d) for d in variable.shape)


def _shape_text(shape: tuple) -> str:
    return "×".join(map(str, shape)) or "scalar"


def snapshot(obj) -> list[np.ndarray]:
    """The current values of every variable of a layer or model (copies, in order)."""
    return [to_numpy(v).copy() for v in variables(obj)]


def same_values(a, b) -> bool:
    """True when `a` and `b` hold variables of the same shapes and equal values, in order.

    Says nothing about identity: a layer and its `set_weights` copy have the
    same values in different variables.
    """
    va, vb = variables(a), variables(b)
    return len(va) == len(vb) and all(
        _shape(x) == _shape(y) and np.array_equal(to_numpy(x), to_numpy(y))
        for x, y in zip(va, vb, strict=True)
    )


def compare(copy, original) -> list[tuple[str, str, str]]:
    """Variable by variable: (path in copy, path in original, 'same object' | 'equal' | 'differ')."""
    rows = []
    for x, y in zip(variables(copy), variables(original), strict=False):
        if x is y:
            verdict = "same object"
        elif _shape(x) == _shape(y) and np.array_equal(to_numpy(x), to_numpy(y)):
            verdict = "equal"
        else:
            verdict = "differ"
        rows.append((_path(x), _path(y), verdict))
    return rows


def _table(rows, first="copy", second="original") -> list[str]:
    return [f"Variables ({first} / {second}) and what they hold:"] + [
        f"  {a:<28} {b:<28} {verdict}" for a, b, verdict in rows
    ]


def dense_transposed(x, kernel, bias=None) -> np.ndarray:
    """Reference output of a tied decoder: `x @ kernelᵀ + bias`, from the variables themselves.

    Read at the moment it is called: after a training step it gives what a
    decoder that follows the encoder must output.
    """
    out = np.asarray(x) @ to_numpy(kernel).T
    return out + to_numpy(bias) if bias is not None else out


def find_variable(model, shape, *, what=None):
    """The one variable of `model` with this shape (e.g. a decoder's bias)."""
    __tracebackhide__ = True
    shape = tuple(shape)
    found = [v for v in variables(model) if _shape(v) == shape]
    if len(found) == 1:
        return found[0]
    wanted = what or f"a variable of shape {_shape_text(shape)}"
    listed = ", ".join(f"{_path(v)} ({_shape_text(_shape(v))})" for v in variables(model))
    fail(
        f"Looking for {wanted}",
        f"one variable of shape {_shape_text(shape)}",
        f"{len(found)} among: {listed or 'no variables'}",
        "a layer is missing, or has another size than the task asks."
        if not found
        else "more than one layer owns a variable of that shape.",
        "compare the model's variables (model.weights) with the task.",
    )


def config_differences(a, b) -> dict[str, tuple]:
    """Settings (from get_config, the name left out) on which layer `a` differs from `b`.

    `{"activation": ("linear", "tanh")}`: `a` has the first value, `b` the second.
    """
    ca, cb = a.get_config(), b.get_config()
    keys = [k for k in dict.fromkeys([*cb, *ca]) if k != "name"]
    return {k: (ca.get(k), cb.get(k)) for k in keys if ca.get(k) != cb.get(k)}


# --------------------------------------------------------------------------- checks


def check_one_instance(model, cls, *, kernel_shape, what="the encoder"):
    """At most one layer of type `cls` with this kernel shape: one instance, reused.

    Passes when there is one (or none: a later `find_layer` names a missing
    layer better). Fails when there are several, saying whether they are
    `set_weights` copies (equal values) or separate instances.

    Returns:
        The one layer, or None.
    """
    __tracebackhide__ = True
    kernel_shape = tuple(kernel_shape)
    found = [
        layer
        for layer in all_layers(model)
        if isinstance(layer, cls)
        and getattr(layer, "kernel", None) is not None
        and _shape(layer.kernel) == kernel_shape
    ]
    if len(found) <= 1:
        return found[0] if found else None
    names = ", ".join(describe(layer) for layer in found)
    first, *others = found
    title = f"One instance of {what}, called on both inputs"
    expected = f"one {cls.__name__} (kernel {_shape_text(kernel_shape)}) used by both branches"
    listing = _table(compare(others[0], first), "second", "first")
    if all(same_values(first, other) for other in others):
        fail(
            title,
            expected,
            f"{len(found)} instances holding equal values in separate variables: {names}",
            "set_weights(get_weights()) copies values once; it does not share: the copies "
            "are separate variables that drift apart at the first training step.",
            f"delete the copy and call the first instance of {what} on both inputs.",
            details=listing,
        )
    fail(
        title,
        expected,
        f"{len(found)} separate instances: {names}",
        f"each input got its own instance of {what}: every new instance is a separate "
        "set of weights, "
        "so the branches do not share what they learn.",
        f"create {what} once and call that same instance on both inputs.",
        details=listing,
    )


def check_fresh_duplicate(model, original, *, what="the given encoder"):
    """The model holds a duplicate of `original`: same configuration, new variables, new values.

    `original` itself may be in the model too (check that with
    `ag.check_contains`); the duplicate is the other layer of its type whose
    variables have the same shapes.

    Returns:
        The duplicate layer.
    """
    __tracebackhide__ = True
    shapes = [_shape(v) for v in variables(original)]
    twins = [
        layer
        for layer in all_layers(model)
        if layer is not original
        and type(layer) is type(original)
        and [_shape(v) for v in variables(layer)] == shapes
    ]
    title = f"A fresh duplicate of {what}"
    expected = f"a second {type(original).__name__} with its configuration and variables of its own"
    by_hand = [] if twins else _same_input_layers(model, original)
    if by_hand:
        (twin, *_) = by_hand
        differences = config_differences(twin, original)
        listed = ", ".join(
            f"{k}={mine!r} instead of {theirs!r}" for k, (mine, theirs) in differences.items()
        )
        fail(
            f"Configuration of the duplicate of {what}",
            f"the configuration of {what} ({_settings(original)}), the name aside",
            f"{describe(twin)}: {listed or 'other variable shapes'}",
            "the duplicate was written by hand, with settings that fit one encoder only: "
            f"your code must work for any {type(original).__name__} it is given, and a "
            "new instance repeats only what its constructor is told.",
            "build it from the given layer's configuration: config = encoder.get_config(), "
            'del config["name"], then type(encoder).from_config(config).',
        )
    if not twins:
        fail(
            title,
            expected,
            f"no second one: {describe(original)} is the only {type(original).__name__} "
            "of its sizes in the model",
            f"{what} is most likely called on both inputs, which shares its variables; the "
            "task asks for an independent duplicate of the same sizes.",
            "make a new layer from its configuration: config = encoder.get_config(), "
            'del config["name"], then type(encoder).from_config(config).',
        )
    if len(twins) > 1:
        fail(
            title,
            f"{expected}, one",
            f"{len(twins)}: " + ", ".join(describe(layer) for layer in twins),
            f"more duplicates of {what} were made than the model uses.",
            "make one duplicate and call it on the second input.",
        )
    (twin,) = twins
    common = shared(twin, original)
    if common:
        fail(
            title,
            "variables of its own",
            f"{len(common)} of its variables are {what}'s own: " + ", ".join(p for p, _ in common),
            "the duplicate reuses the original's variables, so the two are one set of weights.",
            "let the duplicate create its variables: from_config(get_config()) builds new ones.",
        )
    differences = config_differences(twin, original)
    if differences:
        listed = ", ".join(
            f"{k}={mine!r} instead of {theirs!r}" for k, (mine, theirs) in differences.items()
        )
        fail(
            f"Configuration of the duplicate of {what}",
            f"the configuration of {what} (units, activation, ...), the name aside",
            listed,
            "the duplicate was written by hand and a setting was left out; a new "
            "instance only repeats what its constructor is told.",
            "build it from the original's configuration: from_config(get_config()) "
            "without the name, or keras.models.clone_model for a model.",
        )
    if same_values(twin, original):
        fail(
            f"Fresh weights of the duplicate of {what}",
            "new values, drawn by the initializer (as clone_model or from_config give)",
            f"the values of {what}, copied into separate variables",
            "set_weights(get_weights()) copied the values: that makes an exact copy, "
            "not the fresh duplicate the task asks for.",
            "leave out set_weights: a new layer starts from initial values of its own.",
            details=_table(compare(twin, original), "duplicate", "original"),
        )
    return twin


def _input_width(layer):
    """The width of what reaches a layer with a kernel (its kernel's first size), or None."""
    kernel = getattr(layer, "kernel", None)
    return int(kernel.shape[0]) if kernel is not None and len(kernel.shape) == 2 else None


def _same_input_layers(model, original) -> list:
    """Other layers of the original's type that read inputs as wide as it does."""
    width = _input_width(original)
    inputs = {id(t) for t in getattr(model, "inputs", None) or []}
    if width is None or not inputs:  # a subclassed model has no graph to read
        return []
    return [
        layer
        for layer in all_layers(model)
        if layer is not original
        and type(layer) is type(original)
        and _input_width(layer) == width
        and _reads(layer, inputs)
    ]


def _reads(layer, tensor_ids) -> bool:
    """The layer is called (somewhere in the graph) directly on one of these tensors."""
    for node in getattr(layer, "_inbound_nodes", []):
        if any(id(t) in tensor_ids for t in getattr(node, "input_tensors", [])):
            return True
    return False


def _settings(layer) -> str:
    """'units=6, activation='sigmoid', use_bias=False' — the settings a learner writes by hand."""
    config = layer.get_config()
    keys = [k for k in ("units", "filters", "kernel_size", "activation", "use_bias") if k in config]
    return ", ".join(f"{k}={config[k]!r}" for k in keys) or "every setting"


def check_exact_copy(copy, original, *, what="the encoder"):
    """`copy` is another object with `original`'s architecture and values, in its own variables.

    Fails with the mix-up it sees: the original itself; a new model around
    the original's layers (shared variables); another architecture; a clone
    (every value differs); a partial copy (some values differ).
    """
    __tracebackhide__ = True
    title = f"An exact copy of {what}"
    expected = f"a new object holding the values of {what} in variables of its own"
    if copy is original:
        fail(
            title,
            expected,
            f"{describe(copy)}: {what} itself, the same object",
            "returning the original makes no copy: the two names point to one model, so "
            "training one trains the other.",
            f"clone it: duplicate = keras.models.clone_model({_word(what)}), then "
            f"duplicate.set_weights({_word(what)}.get_weights()).",
        )
    mine, theirs = variables(copy), variables(original)
    common = shared(copy, original)
    if common:
        fail(
            title,
            expected,
            f"a new object, but {len(common)} of its {len(mine)} variables are those of {what}",
            f"a new model was built around the layers of {what} (keras.Model(encoder.inputs, "
            "encoder.outputs), or a Sequential of its layers): the layers, and so their "
            "variables, are the same objects.",
            "copy the layers too: keras.models.clone_model makes new layers and variables; "
            "then copy the values with set_weights(get_weights()).",
        )
    if [_shape(v) for v in mine] != [_shape(v) for v in theirs]:
        fail(
            f"Architecture of the copy of {what}",
            "variables of shapes " + ", ".join(_shape_text(_shape(v)) for v in theirs),
            "variables of shapes " + ", ".join(_shape_text(_shape(v)) for v in mine) or "none",
            f"the copy has other layers, or layers of other sizes, than {what}.",
            "let Keras repeat the architecture: keras.models.clone_model.",
        )
    rows = compare(copy, original)
    differing = [row for row in rows if row[2] == "differ"]
    if not differing:
        return
    if len(differing) == len(rows):
        fail(
            f"Values of the copy of {what}",
            f"the values of {what}, variable by variable",
            f"every one of its {len(rows)} variables holds other values",
            "clone_model (like from_config(get_config())) repeats the architecture with "
            "fresh values: it copies no values.",
            "copy the values after cloning: duplicate.set_weights(original.get_weights()).",
            details=_table(rows),
        )
    fail(
        f"Values of the copy of {what}",
        f"the values of {what}, variable by variable",
        f"{len(differing)} of its {len(rows)} variables hold other values: "
        + ", ".join(a for a, _, _ in differing),
        "only part of the values were copied (a layer's set_weights was left out, say).",
        "copy every value at once: duplicate.set_weights(original.get_weights()).",
        details=_table(rows),
    )


def check_unchanged(before, obj, *, what="the original", cause="", next_step=""):
    """`obj` still holds the values in `before` (a `snapshot` taken earlier)."""
    __tracebackhide__ = True
    now = variables(obj)
    changed = [
        _path(v) for v, old in zip(now, before, strict=True) if not np.array_equal(to_numpy(v), old)
    ]
    if not changed:
        return
    fail(
        f"{what} after training the copy for one step",
        f"{what} unchanged (the copy is trained, not {what})",
        f"{len(changed)} of its {len(now)} variables changed: " + ", ".join(changed[:4]),
        cause or f"the copy and {what} share variables, so training one moves the other.",
        next_step
        or "give the copy variables of its own: keras.models.clone_model, then set_weights.",
    )


def check_tied(model, kernel, *, what="the decoder"):
    """`model` has no kernel of its own beside `kernel`: whatever uses it transposed reads `kernel`.

    Fails when a variable of the transposed shape exists: a `set_weights` copy
    of the transposed kernel (values equal), or an untied layer's own kernel.
    """
    __tracebackhide__ = True
    shape = _shape(kernel)
    transposed = shape[::-1]
    rivals = [v for v in variables(model) if v is not kernel and _shape(v) == transposed]
    if not rivals:
        return
    rival = rivals[0]
    title = f"Tied weights in {what}"
    expected = (
        f"{what} to use the encoder's {_shape_text(shape)} kernel itself, transposed "
        "(no kernel of its own)"
    )
    step = (
        "write a layer that keeps a reference to the encoder and computes "
        "x @ keras.ops.transpose(self.encoder.kernel) + its own bias in call()."
    )
    if np.allclose(to_numpy(rival), to_numpy(kernel).T):
        fail(
            title,
            expected,
            f"a separate {_shape_text(transposed)} kernel ({_path(rival)}) holding the "
            "encoder's values, transposed: a copy",
            "set_weights copies values once; it ties nothing, and the first training "
            "step moves the two kernels apart.",
            step,
        )
    fail(
        title,
        expected,
        f"a {_shape_text(transposed)} kernel of its own ({_path(rival)})",
        f"{what} is an ordinary layer (a Dense, say) with its own kernel: nothing is tied, "
        "and the model has twice the kernel parameters.",
        step,
    )


def _word(what: str) -> str:
    """'the encoder' -> 'encoder' (a name to use in a code hint)."""
    return re.sub(r"^(the|a|an) ", "", what).replace(" ", "_")
