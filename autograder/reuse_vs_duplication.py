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

A copy is named by what it leaves behind, never by its symptom alone: equal values in
separate variables may come from `set_weights`, from `variable.assign`, from
`copy.deepcopy` / `copy.copy` of the layer (whose variables keep the original's paths),
or from two instances built with the same seed (their initializers say so). The checks
read the variables, the layers' configurations and the names the learner's code uses
(`code=`, the learner's function: its compiled names, helpers and classes included) and
say which one happened; when nothing tells, they say what is true of all of them.

The test cells of `04_reuse_vs_duplication` state each task's architecture with
`ag.architecture` (`OPS` adds `DenseTransposed("encoder")`: a decoder that uses that
layer's kernel transposed, and a bias of its own) and take their cause tables from here:
`COUNTS[task]` for `check_counts(causes=...)`, `NOTES[task]` for
`check_architecture(notes=...)`, `KNOWN[task]` for `check_architecture(known=...)`.
"""

from __future__ import annotations

import re
import types
from dataclasses import replace

import numpy as np

from . import architecture as _architecture
from . import raised as _raised
from .feedback import fail
from .identity import shared
from .layers import all_layers, describe, to_numpy, variables
from .quiet import import_keras

keras = import_keras()

# ------------------------------------------------------------------- what was done


def names_used(code) -> set[str]:
    """Every name and attribute the learner's code uses: its compiled names (co_names),
    nested functions, and the functions and classes of the learner's own that it refers
    to (their methods included). Empty for None."""
    names: set[str] = set()
    todo, seen = [code], set()
    while todo:
        obj = todo.pop()
        if obj is None or id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, type):
            todo.extend(vars(obj).values())
            continue
        if isinstance(obj, staticmethod | classmethod):
            obj = obj.__func__
        if isinstance(obj, property):
            todo.extend([obj.fget, obj.fset])
            continue
        if not isinstance(obj, types.FunctionType):
            continue
        module, namespace = obj.__module__, obj.__globals__
        for cell in obj.__closure__ or ():
            ref = cell.cell_contents if _filled(cell) else None
            if isinstance(ref, type | types.FunctionType) and ref.__module__ == module:
                todo.append(ref)
        stack = [obj.__code__]
        while stack:
            c = stack.pop()
            names.update(c.co_names)
            stack.extend(k for k in c.co_consts if isinstance(k, types.CodeType))
            for n in c.co_names:
                ref = namespace.get(n)
                if isinstance(ref, type | types.FunctionType) and ref.__module__ == module:
                    todo.append(ref)
    return names


def _filled(cell) -> bool:
    try:
        cell.cell_contents  # noqa: B018 -- an empty cell raises
    except ValueError:
        return False
    return True


def _seed(layer, key="kernel_initializer"):
    config = layer.get_config().get(key)
    if isinstance(config, dict):
        return (config.get("config") or {}).get("seed")
    return None


def copy_mechanism(copy, original, code=None) -> str:
    """How `copy` came to hold `original`'s values in separate variables, from what it left.

    "object copy" (copy.deepcopy / copy.copy of the layer: its variables keep the
    original's paths), "seed" (both built with initializers of the same seed),
    "set_weights" or "assign" (the learner's code uses it), "" when nothing tells.
    """
    mine, theirs = variables(copy), variables(original)
    names = names_used(code)
    # equal paths are left by copy.deepcopy / copy.copy, but also by clone_model (a clone
    # of a model keeps its layers' paths): the code, when given, says which it was
    copied_object = (
        code is None
        or bool({"deepcopy", "copy"} & names)
        or not ({"set_weights", "assign"} & names)
    )
    if (
        copied_object
        and mine
        and len(mine) == len(theirs)
        and all(a is not b and _path(a) == _path(b) for a, b in zip(mine, theirs, strict=True))
    ):
        return "object copy"
    seed = _seed(copy)
    if seed is not None and seed == _seed(original):
        return "seed"
    if "set_weights" in names:
        return "set_weights"
    if "assign" in names:
        return "assign"
    return ""


def _copier(code) -> str:
    names = names_used(code)
    return "copy.deepcopy" if "deepcopy" in names or "copy" not in names else "copy.copy"


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


def check_one_instance(model, cls, *, kernel_shape, what="the encoder", code=None):
    """At most one layer of type `cls` with this kernel shape: one instance, reused.

    Passes when there is one (or none: a later `find_layer` names a missing
    layer better). Fails when there are several, saying how the second came to hold
    equal values (`copy_mechanism`: a copy of the layer, a shared seed, `set_weights`,
    `assign`; `code` is the learner's function) or that they are separate instances.

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
        how = copy_mechanism(others[0], first, code)
        drift = "they are separate variables that drift apart at the first training step."
        cause = {
            "object copy": f"{_copier(code)} made a second layer holding the same values in "
            "new variables (they even keep the first one's paths): a copy of the layer is "
            f"not the layer, and {drift}",
            "seed": "the instances were built with initializers of the same seed "
            f"(seed={_seed(first)}), so they start with equal values; a seed repeats values, "
            f"it shares nothing: {drift}",
            "set_weights": (
                "clone_model made a second layer and set_weights(get_weights()) copied the "
                "values into it: a copy of the layer is not the layer, and " + drift
                if "clone_model" in names_used(code)
                else "set_weights(get_weights()) copies values once; it does not share: "
                "the copies are separate variables that drift apart at the first training step."
            ),
            "assign": "variable.assign wrote the values of one instance into the other's "
            "variables once; it does not make them one variable: " + drift,
            "": "the second instance holds a copy of the first one's values in variables of its "
            "own: equal values are not shared variables, and " + drift,
        }[how]
        fail(
            title,
            expected,
            f"{len(found)} instances holding equal values in separate variables: {names}",
            cause,
            f"keep one instance of {what} and call that same instance on both inputs; "
            "nothing needs copying.",
            details=listing,
        )
    used = names_used(code)
    cloned = next((n for n in ("clone_model", "from_config") if n in used), None)
    fail(
        title,
        expected,
        f"{len(found)} separate instances: {names}",
        f"{cloned} made a second layer with new variables and fresh values: a clone repeats "
        f"the configuration of {what} and shares none of its weights."
        if cloned
        else f"each input got its own instance of {what}: every new instance is a separate "
        "set of weights, so the branches do not share what they learn.",
        f"create {what} once and call that same instance on both inputs.",
        details=listing,
    )


def check_fresh_duplicate(model, original, *, what="the given encoder", code=None):
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
        calls = _calls_in(model, original)
        fail(
            title,
            expected,
            f"no second one: {describe(original)} is the only {type(original).__name__} "
            "of its sizes in the model",
            (
                f"{what} is called on both inputs ({calls} calls), which shares its variables: "
                "one layer is one set of weights"
                if calls >= 2
                else f"{what} is most likely called on both inputs, which shares its variables"
            )
            + "; the task asks for an independent duplicate of the same sizes.",
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
        how = copy_mechanism(twin, original, code)
        exact = "that makes an exact copy, not the fresh duplicate the task asks for."
        fresh = (
            "a new layer starts from initial values of its own: "
            "type(encoder).from_config(config) without the name, or keras.models.clone_model."
        )
        cause, next_step = {
            "object copy": (
                f"{_copier(code)} copies the layer with its values (its variables even keep "
                f"the original's paths): {exact}",
                f"make the duplicate from the configuration instead: {fresh}",
            ),
            "set_weights": (
                f"set_weights(get_weights()) copied the values: {exact}",
                f"leave out set_weights: {fresh}",
            ),
            "assign": (
                f"variable.assign copied the values of {what} into the duplicate: {exact}",
                f"leave out the assign: {fresh}",
            ),
            "seed": (
                f"the duplicate and {what} were built with the same seed, so they start "
                f"with equal values: {exact}",
                f"repeat the configuration as it is: {fresh}",
            ),
            "": (
                f"the duplicate holds the values of {what}, copied: {exact}",
                f"copy no values: {fresh}",
            ),
        }[how]
        fail(
            f"Fresh weights of the duplicate of {what}",
            "new values, drawn by the initializer (as clone_model or from_config give)",
            f"the values of {what}, copied into separate variables",
            cause,
            next_step,
            details=_table(compare(twin, original), "duplicate", "original"),
        )
    return twin


def _calls_in(model, layer) -> int:
    """How many times `layer` is called in the graph of a functional `model` (0 if unknown:
    a subclassed model has no graph)."""
    prefix = f"{id(layer)}_ib-"
    return sum(1 for key in getattr(model, "_nodes", None) or () if str(key).startswith(prefix))


def _input_width(layer):
    """The width of what reaches a layer with a kernel (its kernel's first size), or None."""
    kernel = getattr(layer, "kernel", None)
    return int(kernel.shape[0]) if kernel is not None and len(kernel.shape) == 2 else None


def _same_input_layers(model, original) -> list:
    """Other layers of the original's type that read inputs as wide as it does: the model's
    inputs, or the output of a layer the original reads too (a shared stem, say)."""
    width = _input_width(original)
    inputs = {id(t) for t in getattr(model, "inputs", None) or []}
    if width is None or not inputs:  # a subclassed model has no graph to read
        return []
    sources = _sources(original)
    return [
        layer
        for layer in all_layers(model)
        if layer is not original
        and type(layer) is type(original)
        and _input_width(layer) == width
        and (_reads(layer, inputs) or bool(sources & _sources(layer)))
    ]


def _sources(layer) -> set[int]:
    """The ids of the layers whose outputs `layer` is called on (in any graph)."""
    out = set()
    for node in getattr(layer, "_inbound_nodes", []):
        for tensor in getattr(node, "input_tensors", []):
            history = getattr(tensor, "_keras_history", None)
            operation = getattr(history, "operation", None)
            if operation is not None and not isinstance(operation, keras.layers.InputLayer):
                out.add(id(operation))
    return out


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


def check_exact_copy(copy, original, *, what="the encoder", code=None):
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
            f"duplicate.set_weights({_word(what)}.get_weights()); or copy.deepcopy({_word(what)}).",
        )
    mine, theirs = variables(copy), variables(original)
    common = shared(copy, original)
    if common:
        names = names_used(code)
        listed = "copy" in names and "deepcopy" not in names
        fail(
            title,
            expected,
            f"a new object, but {len(common)} of its {len(mine)} variables are those of {what}",
            (
                f"copy.copy copied the list of layers of {what}, not the layers in it: the new "
                "model holds the same layer objects, and so the same variables."
                if listed
                else f"a new model was built around the layers of {what} "
                "(keras.Model(encoder.inputs, encoder.outputs), or a Sequential of its layers): "
                "the layers, and so their variables, are the same objects."
            ),
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
        names = names_used(code)
        seeded = bool({"set_random_seed", "seed"} & names)
        near = all(
            np.allclose(to_numpy(x), to_numpy(y), rtol=1e-2, atol=1e-2)
            for x, y in zip(mine, theirs, strict=True)
        )
        if near:
            cause = (
                "the copy holds values close to the encoder's but not equal: they were "
                "rounded or converted on the way (another dtype, say)."
            )
        elif seeded:
            cause = (
                "a seed makes a new model's initial values repeatable, not equal to the "
                f"values {what} holds now: they came from training, which no seed repeats."
            )
        else:
            cause = (
                "clone_model (like from_config(get_config())) repeats the architecture with "
                "fresh values: it copies no values."
            )
        fail(
            f"Values of the copy of {what}",
            f"the values of {what}, variable by variable",
            f"every one of its {len(rows)} variables holds other values",
            cause,
            (
                "copy the values as they are, in the original's dtype: "
                if near
                else "copy the values themselves: "
            )
            + "duplicate.set_weights(original.get_weights()) after clone_model, or "
            "copy.deepcopy(original), which copies them with the model.",
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


def check_snapshot(model, original, *, what="the encoder", code=None) -> list:
    """`model` holds `original` itself and a frozen, exact copy of it: a *snapshot*.

    The snapshot is every variable of `model` that is not one of `original`'s. Fails, in
    this order, when `original` is not in the model itself (copies stand in for it); when
    there is no snapshot (the original used twice, or a new model around its layers); when
    the snapshot has other shapes, other values (a clone's fresh values, a partial copy);
    when `original` was frozen instead of the snapshot, or the snapshot is trainable.

    Returns:
        The snapshot's variables, in the model's order.
    """
    __tracebackhide__ = True
    theirs = variables(original)
    ids = {id(v) for v in variables(model)}
    word = _word(what)
    if not all(id(v) in ids for v in theirs):
        fail(
            f"{what[0].upper()}{what[1:]} in the model",
            f"{what} itself (its variables) beside the snapshot",
            f"{sum(id(v) in ids for v in theirs)} of its {len(theirs)} variables",
            f"{what} itself is not in the model: it reads copies only, so the drift of {what} "
            "as it trains is never measured.",
            f"call {word} itself on the input, and the snapshot beside it.",
        )
    own = {id(v) for v in theirs}
    mine = [v for v in variables(model) if id(v) not in own]
    title = f"A snapshot of {what}"
    expected = f"a frozen, exact copy of {what}: its values in variables of its own"
    if not mine:
        wrappers = [
            layer
            for layer in all_layers(model)
            if layer is not original
            and isinstance(layer, keras.Model)
            and variables(layer)
            and all(id(v) in own for v in variables(layer))
        ]
        calls = _calls_in(model, original)
        if wrappers:
            cause = (
                f"a new model was built around the layers of {what} ({describe(wrappers[0])}): "
                "the layers, and so their variables, are the same objects: the drift is "
                f"always zero, and freezing the snapshot freezes {what} too."
            )
        elif calls >= 2 or not calls:
            cause = (
                f"the snapshot is {what} itself, called a second time: the drift is always "
                f"zero, and freezing the snapshot freezes {what} too."
            )
        else:  # the encoder runs once: the other side computes without variables
            stand_in = [
                describe(layer)
                for layer in all_layers(model)
                if not variables(layer)
                and not isinstance(layer, keras.layers.InputLayer)
                and layer is not original
                and not isinstance(layer, keras.layers.Subtract | keras.layers.Add)
            ]
            cause = (
                f"{what} runs once, and the other side of the drift holds no variables"
                + (f" ({', '.join(stand_in)})" if stand_in else "")
                + ": values kept as constants, or stop_gradient on the encoder's own output, "
                "are not a model in variables of its own; the task asks for a frozen copy "
                "(its variables non-trainable), which training leaves where it was."
            )
        fail(
            title,
            expected,
            f"no variables of its own: the model holds only those of {what}",
            cause,
            f"copy {word}: snapshot = keras.models.clone_model({word}), then "
            f"snapshot.set_weights({word}.get_weights()), a name of its own and "
            "snapshot.trainable = False.",
        )
    shapes = [_shape(v) for v in mine]
    if shapes != [_shape(v) for v in theirs]:
        fail(
            f"Architecture of the snapshot of {what}",
            "variables of shapes " + ", ".join(_shape_text(_shape(v)) for v in theirs),
            "variables of shapes " + ", ".join(_shape_text(x) for x in shapes),
            f"the snapshot has other layers, or layers of other sizes, than {what}.",
            "let Keras repeat the architecture: keras.models.clone_model.",
        )
    rows = [
        (_path(a), _path(b), "equal" if np.array_equal(to_numpy(a), to_numpy(b)) else "differ")
        for a, b in zip(mine, theirs, strict=True)
    ]
    differing = [row for row in rows if row[2] == "differ"]
    if differing:
        every = len(differing) == len(rows)
        fail(
            f"Values of the snapshot of {what}",
            f"the values of {what}, variable by variable",
            f"{len(differing)} of its {len(rows)} variables hold other values: "
            + ", ".join(a for a, _, _ in differing),
            _fresh_values(code)
            if every
            else "only part of the values were copied (a layer's set_weights was left out, say).",
            f"copy every value at once: snapshot.set_weights({word}.get_weights()) (after "
            f"clone_model), or copy.deepcopy({word}), which copies them with the model.",
            details=_table(rows, "snapshot", "original"),
        )
    if not any(getattr(v, "trainable", True) for v in theirs):
        fail(
            f"{what[0].upper()}{what[1:]} and its snapshot",
            f"{what} trainable, the snapshot frozen",
            f"{what} frozen",
            f"{what} was frozen ({word}.trainable = False) instead of the snapshot: training "
            f"the monitor would move nothing it measures, and {what} given to you stays frozen.",
            f"leave {word} as it is; set trainable = False on the snapshot only.",
        )
    moving = [v for v in mine if getattr(v, "trainable", True)]
    if moving:
        fail(
            f"The snapshot of {what} frozen",
            "every variable of the snapshot non-trainable (trainable = False)",
            f"{len(moving)} of its {len(mine)} variables trainable: "
            + ", ".join(_path(v) for v in moving[:4]),
            f"the snapshot is not frozen: the first training step moves it along with {what}, "
            "and the drift no longer measures anything.",
            "freeze the snapshot before returning the model: snapshot.trainable = False.",
        )
    return mine


def _fresh_values(code) -> str:
    """Why every variable of a copy holds other values, from what the code used."""
    names = names_used(code)
    made = next((n for n in ("clone_model", "from_config") if n in names), None)
    if made or code is None:
        return (
            f"{made or 'clone_model'} (like from_config) repeats the architecture with fresh "
            "values: it copies no values, so the drift is not zero before any training."
        )
    return (
        "the snapshot's layers were made anew, and new layers start from initial values of "
        "their own: building the same architecture copies no values, so the drift is not "
        "zero before any training."
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


def check_tied(
    model,
    kernel,
    *,
    what="the decoder",
    code=None,
    source="the encoder",
    attribute="kernel",
    next_step=None,
):
    """`model` has no kernel of its own beside `kernel`: whatever uses it transposed reads `kernel`.

    Fails when a variable of the transposed shape exists: a copy of the transposed
    kernel (values equal: `set_weights`, `assign` or a `Constant` initializer, named from
    what it left), or an untied layer's own kernel. `source` and `attribute` name the
    layer that owns `kernel` and its attribute (`"the embedding"`, `"embeddings"`);
    `next_step` replaces the advice (a task whose tie is written another way).
    """
    __tracebackhide__ = True
    shape = _shape(kernel)
    transposed = shape[::-1]
    rivals = [v for v in variables(model) if v is not kernel and _shape(v) == transposed]
    if not rivals:
        return
    rival = rivals[0]
    title = f"Tied weights in {what}"
    matrix = attribute if attribute in ("kernel", "matrix") else f"{attribute} matrix"
    expected = (
        f"{what} to use {source}'s {_shape_text(shape)} {matrix} itself, transposed "
        "(no kernel of its own)"
    )
    step = next_step or (
        f"write a layer that keeps a reference to {source} and computes "
        f"x @ keras.ops.transpose(self.{_word(source)}.{attribute}) + its own bias in call()."
    )
    if np.allclose(to_numpy(rival), to_numpy(kernel).T):
        owner = next(
            (layer for layer in all_layers(model) if getattr(layer, "kernel", None) is rival),
            None,
        )
        initializer = (owner.get_config().get("kernel_initializer") or {}) if owner else {}
        names = names_used(code)
        apart = "it ties nothing, and the first training step moves the two kernels apart."
        if isinstance(initializer, dict) and initializer.get("class_name") == "Constant":
            cause = (
                f"{what}'s own kernel was initialised with Constant({source}'s {matrix}, "
                f"transposed): an initializer copies today's values once; {apart}"
            )
        elif "set_weights" in names:
            cause = f"set_weights copies values once; {apart}"
        elif "assign" in names:
            cause = f"variable.assign copies values once; {apart}"
        else:
            cause = f"{what}'s own kernel received a copy of the values once; {apart}"
        fail(
            title,
            expected,
            f"a separate {_shape_text(transposed)} kernel ({_path(rival)}) holding "
            f"{source}'s values, transposed: a copy",
            cause,
            step,
        )
    owner = next((layer for layer in all_layers(model) if _owns(layer, rival)), None)
    received = f"a {_shape_text(transposed)} kernel of its own ({_path(rival)})"
    if owner is not None and _owns(owner, kernel):
        received = f"a second matrix, {_shape_text(transposed)}, in {describe(owner)}"
        cause = (
            f"{describe(owner)} makes a second matrix, {_path(rival)} "
            f"({_shape_text(transposed)}), beside {_path(kernel)}, and scores with it: the "
            "two are separate variables, so nothing is tied and the model has twice the "
            "matrix parameters."
        )
    else:
        cause = (
            f"{what} is an ordinary layer"
            + (f" ({describe(owner)})" if owner is not None else " (a Dense, say)")
            + " with its own kernel: nothing is tied, and the model has twice the kernel "
            "parameters."
        )
    fail(title, expected, received, cause, step)


def _owns(layer, variable) -> bool:
    """The variable is one of the layer's own (not of a sublayer or a model around it)."""
    if isinstance(layer, keras.Model):
        return False
    own = getattr(layer, "_trainable_variables", []) + getattr(
        layer, "_non_trainable_variables", []
    )
    return any(v is variable for v in own)


def check_one_matrix(model, shape, *, what="the embedding matrix", code=None):
    """Exactly one variable of this shape (an embedding's vocabulary × dimension matrix):
    the lookup and the scores read the same one. Fails when there is none (another size)
    or several (the lookup and the output each made their own, or a copy of it).

    Returns:
        The one variable.
    """
    __tracebackhide__ = True
    shape = tuple(shape)
    kernels = {id(layer.kernel) for layer in all_layers(model) if _has_kernel(layer)}
    # a layer's kernel of that shape reads `shape[0]` values: another layer, left to the
    # architecture's checks (a Dense on a flattened sequence, say)
    found = [v for v in variables(model) if _shape(v) == shape and id(v) not in kernels]
    if len(found) == 1:
        return found[0]
    listed = ", ".join(f"{_path(v)} ({_shape_text(_shape(v))})" for v in variables(model))
    title = f"One {_shape_text(shape)} matrix: {what}"
    expected = f"one variable of shape {_shape_text(shape)}, read by the lookup and by the scores"
    if not found:
        fail(
            title,
            expected,
            f"none among: {listed or 'no variables'}",
            f"{what} has another shape: it holds one row per token of the vocabulary "
            f"({shape[0]}), each row as long as a token's vector ({shape[1]}).",
            f"create it with shape ({shape[0]}, {shape[1]}): vocabulary first, then dimension.",
        )
    equal = all(np.array_equal(to_numpy(v), to_numpy(found[0])) for v in found[1:])
    names = names_used(code)
    how = (
        "set_weights copied the values of one into the other once"
        if equal and "set_weights" in names
        else "they hold equal values, copied once"
        if equal
        else "each starts from its own values"
    )
    fail(
        title,
        expected,
        f"{len(found)}: " + ", ".join(_path(v) for v in found),
        f"the lookup and the scores each use a matrix of their own ({how}): nothing is "
        "tied, the model has twice the parameters, and the first training step moves the "
        "two apart.",
        "create the matrix once, in one layer, and read that same variable for the lookup "
        "and, transposed, for the scores (call one layer instance twice, or keep a reference "
        "to it).",
    )


def _has_kernel(layer) -> bool:
    try:
        return getattr(layer, "kernel", None) is not None
    except (AttributeError, ValueError):  # a layer of the learner's with a kernel property
        return False


def _word(what: str) -> str:
    """'the encoder' -> 'encoder' (a name to use in a code hint)."""
    return re.sub(r"^(the|a|an) ", "", what).replace(" ", "_")


def check_given_used(model, given, *, what="the given encoder"):
    """`given` itself is one of the model's layers; if not, says what stands in its place:
    one duplicate called on both inputs, or a copy per input."""
    __tracebackhide__ = True
    if any(layer is given for layer in all_layers(model)):
        return
    shapes = [_shape(v) for v in variables(given)]
    stand_ins = [
        layer
        for layer in all_layers(model)
        if type(layer) is type(given) and [_shape(v) for v in variables(layer)] == shapes
    ]
    calls = _calls_in(model, stand_ins[0]) if len(stand_ins) == 1 else 0
    step = f"call {what} itself on the left input; duplicate it for the right input only."
    if len(stand_ins) == 1 and calls > 1:
        # the stand-in is shared as the task shares the given layer: only its origin differs
        cause = (
            f"a new layer of {what}'s configuration reads both inputs, and {what} itself "
            f"reads none: a layer rebuilt from a configuration starts from fresh values, so "
            f"the model loses what {what} learned."
        )
        step = (
            f"call {what} itself (the object you were given, {describe(given)}) on both "
            "inputs, where the new layer is called now."
        )
    elif stand_ins:
        cause = (
            f"{what} is not in the model: both inputs go through copies or clones of it, "
            "whose variables are new ones."
        )
        step = f"use {what} itself, the object you were given, where the task names it."
    else:
        cause = f"{what} is not in the model, nor any layer of its sizes."
    fail(
        f"{what[0].upper()}{what[1:]} in the model",
        f"{describe(given)} itself, the same object, among the model's layers",
        "not found: "
        + (", ".join(describe(layer) for layer in stand_ins) or "no such layer")
        + " instead",
        cause,
        step,
    )


def check_in_place(model, arch, given: dict, *, inputs, what="the given encoder"):
    """The model computes `arch` with each given layer in its described place.

    `given` maps a described layer's name to the learner's given object (`{"left_code":
    encoder}`). Passes when the outputs match with the given layers where the description
    puts them, or when they match in no arrangement at all (`ag.check_architecture` then
    names the difference); fails when they match only with the given layer in another
    described layer's place.
    """
    __tracebackhide__ = True
    from .outputs import chosen_weights, run

    xs = _architecture._as_list(inputs)
    with chosen_weights(model, inputs=inputs):
        got = [np.asarray(g, "float64") for g in _architecture._as_list(run(model, inputs))]
        found = _architecture.candidates(model, arch)
        moved = None
        for assignment in _architecture.assignments(found):
            try:
                out = arch.evaluate(xs, _architecture._weights(arch, assignment))
            except ValueError:
                continue
            if not _architecture._close(got, out):
                continue
            if all(assignment.get(name) is obj for name, obj in given.items()):
                return
            moved = moved or assignment
    if moved is None:
        return
    order = _swapped_merge(model, arch, given, inputs=inputs, got=got)
    if order is not None:
        step = arch.step(order)
        first, second = step.inputs
        fail(
            f"The order of {step.kind}'s inputs",
            f"{order} = {first} − {second}"
            if step.kind == "Subtract"
            else f"{order} of [{first}, {second}], in that order",
            f"{order} of [{second}, {first}]: the other order",
            f"{step.kind}'s inputs are in the other order: your model computes {order} from "
            f"[{second}, {first}], where the task asks for [{first}, {second}]"
            + (
                f" ({second} − {first} is the negative of {first} − {second})."
                if step.kind == "Subtract"
                else "."
            ),
            f"give {step.kind} its inputs in the task's order: [{first}, {second}].",
        )
    name, obj = next((n, o) for n, o in given.items() if moved.get(n) is not o)
    where = next((n for n, layer in moved.items() if layer is obj), None)
    place = arch.words(arch.step(arch.layers()[name][3]))
    there = arch.words(arch.step(arch.layers()[where][3])) if where else "another place"
    fail(
        f"Where {what} is used",
        f"{what} itself as {place}",
        f"{what} as {there}, and another layer as {name}",
        f"your model computes the task's architecture, with {what} and another layer of its "
        f"sizes in each other's place: {what} does {where}'s job.",
        f"use {what} itself for {name}, and the other layer for {where}.",
    )


def check_input_order(model, arch, *, inputs):
    """The model takes its inputs in the description's order.

    Passes when the model computes the description on `inputs` (or computes it in no
    order: `ag.check_architecture` then names the difference); fails when it computes the
    description only with its inputs given in another order — `keras.Model([right, left],
    ...)`, whose branches are right but whose first input is the task's second.
    """
    __tracebackhide__ = True
    import itertools

    from .outputs import chosen_weights, run

    xs = _architecture._as_list(inputs)
    if len(xs) < 2 or len(getattr(model, "inputs", None) or []) != len(xs):
        return
    with chosen_weights(model, inputs=inputs):
        found = _architecture.candidates(model, arch)
        if any(not objs for objs in found.values()):
            return
        expected = []
        for assignment in _architecture.assignments(found):
            try:
                expected.append(arch.evaluate(xs, _architecture._weights(arch, assignment)))
            except ValueError:
                continue
        got = [np.asarray(g, "float64") for g in _architecture._as_list(run(model, xs))]
        if any(_architecture._close(got, out) for out in expected):
            return
        for order in itertools.permutations(range(len(xs))):
            if list(order) == sorted(order):
                continue
            given = [xs[i] for i in order]
            moved = [np.asarray(g, "float64") for g in _architecture._as_list(run(model, given))]
            if any(_architecture._close(moved, out) for out in expected):
                break
        else:
            return
    names = list(arch.inputs)
    yours = [names[i] for i in order]
    # the same model comes from swapping the merge's operands: only the inputs' own names
    # tell that the list given to keras.Model is what was swapped
    given_names = [getattr(t, "name", "") for t in model.inputs]
    if given_names != yours:
        return
    listed = ", ".join(names)
    fail(
        "The order of the model's inputs",
        f"keras.Model([{listed}], ...): {names[0]} first",
        f"your model computes the task's architecture when it is given [{', '.join(yours)}]",
        f"the model lists its inputs in another order than the task: what the caller passes "
        f"as {names[0]} reaches your {yours[0]} branch. The layers are right; only the list "
        "given to keras.Model is not.",
        f"list the inputs in the task's order: keras.Model(inputs=[{listed}], outputs=...).",
    )


def _swapped_merge(model, arch, given, *, inputs, got):
    """The name of a two-input merge step whose inputs, swapped, make the model compute
    the description with every given layer in its place; None when there is none.

    Two branches that read the same inputs can trade places only through the merge that
    joins them: the given layers then sit in the other branch because the learner wrote
    the merge's inputs in the other order (snapshot − encoder)."""
    from .outputs import chosen_weights

    xs = _architecture._as_list(inputs)
    for step in arch.steps:
        if len(step.inputs) != 2 or step.op is None or step.op.weighted:
            continue
        swapped = replace(step, inputs=step.inputs[::-1])
        other = replace(arch, steps=[swapped if s is step else s for s in arch.steps])
        with chosen_weights(model, inputs=inputs):
            found = _architecture.candidates(model, other)
            for assignment in _architecture.assignments(found):
                if not all(assignment.get(name) is obj for name, obj in given.items()):
                    continue
                try:
                    out = other.evaluate(xs, _architecture._weights(other, assignment))
                except ValueError:
                    continue
                if _architecture._close(got, out):
                    return step.name
    return None


def check_trained_apart(copy, original, *, inputs, targets, what="the encoder"):
    """One training step of `copy` moves the copy and leaves `original` as it was."""
    __tracebackhide__ = True
    from .training import one_step

    before = snapshot(original)
    step = one_step(copy, inputs, targets)
    if not step.did_move(copy):
        frozen = not copy.trainable or not any(layer.trainable for layer in all_layers(copy))
        fail(
            "The copy after one training step",
            "the copy's variables to change (the check trains the copy, not the original)",
            "no change",
            "the copy is frozen (trainable = False): an exact copy keeps the trainable "
            f"setting of {what}, which is "
            + ("trainable." if original.trainable else "frozen too, yet the task trains the copy.")
            if frozen
            else "the copy's variables are not on the path to its output.",
            "leave the copy trainable, as the original is: a copy of its own cannot "
            f"change {what} anyway.",
        )
    check_unchanged(before, original, what=what)


def check_follows(model, arch, *, inputs, tied="decoded", what="the decoder", matrix="kernel"):
    """The tied step (`DenseTransposed`) reads the other layer's kernel as it is now.

    The check gives the model chosen weights (`ag.chosen_weights`), which changes the
    encoder's kernel as training would: a decoder that transposed the kernel once (a
    tensor or a NumPy array kept in `__init__` or `build`) still computes with the values
    the kernel had then. Fails when the outputs are exactly those of such a stale copy;
    any other difference is left to `ag.check_architecture`. `matrix` names the tied
    layer's variable in the message (`"embeddings"` for an Embedding).
    """
    __tracebackhide__ = True
    from .outputs import chosen_weights, run

    step = arch.step(tied)
    # the layer it reads: DenseTransposed("encoder") names it; a shared layer applied
    # again (TiedEmbedding's scores) reads its own
    source = step.layer if step.layer != step.name else step.args["_pos"][0]
    found = _architecture.candidates(model, arch)
    if any(not objs for objs in found.values()):
        return
    owner = arch.step(arch.layers()[source][3]).op  # the tied layer's op: how to read it
    before = {id(obj): owner.weights_of(obj)[0].copy() for obj in found[source]}
    xs = _architecture._as_list(inputs)
    with chosen_weights(model, inputs=inputs):
        got = [np.asarray(g, "float64") for g in _architecture._as_list(run(model, inputs))]
        for assignment in _architecture.assignments(found):
            weights = _architecture._weights(arch, assignment)
            if _architecture._close(got, arch.evaluate(xs, weights)):
                return
            stale_step = replace(step, op=_Stale(step.op, before[id(assignment[source])]))
            stale = replace(arch, steps=[stale_step if s is step else s for s in arch.steps])
            if _architecture._close(got, stale.evaluate(xs, weights)):
                kept = _kept_copy(model, before[id(assignment[source])])
                fail(
                    f"{what[0].upper()}{what[1:]} after the {source}'s {matrix} changed",
                    f"{what} to compute with the {source}'s {matrix} as it is now",
                    f"the outputs of the {matrix}'s old values: those it had when {what} was built",
                    f"{what} transposed the {matrix} once (in __init__ or build) and kept that "
                    f"copy of its values ({kept}, not the variable): it no longer follows "
                    f"the {source} once the {matrix} changes, as it does at the first training "
                    "step.",
                    f"keep a reference to the {source} layer (or to its variable) and "
                    "transpose it inside call(), so that every call reads the variable as it "
                    "is now.",
                )
        unused = _unused_bias(arch, found, xs, got)
    if unused is not None:
        name, obj = unused
        bias = obj[-1] if isinstance(obj, tuple) else getattr(obj, "bias", None)
        fail(
            f"{what[0].upper()}{what[1:]} on your own weights",
            f"{arch.words(arch.step(tied))}: the bias added",
            "the outputs of that computation without its bias",
            f"the {name} layer makes a bias"
            + (f" ({_path(bias)})" if bias is not None and hasattr(bias, "shape") else "")
            + " but never adds it: your model computes exactly the task's architecture with "
            "that bias left out (it also receives no gradient, so training never moves it).",
            "add the bias where the task's step computes with it (… + self.bias in call()).",
        )


def _unused_bias(arch, found, xs, got):
    """(described layer, the learner's object) when the outputs are the description's with
    that layer's bias left out (made in build(), never added); None otherwise."""
    for assignment in _architecture.assignments(found):
        weights = _architecture._weights(arch, assignment)
        for name, own in weights.items():
            if len(own) < 2 or not np.any(own[-1]):
                continue
            without = {**weights, name: (*own[:-1], np.zeros_like(own[-1]))}
            try:
                out = arch.evaluate(xs, without)
            except ValueError:
                continue
            if _architecture._close(got, out):
                return name, assignment[name]
    return None


def _kept_copy(model, kernel) -> str:
    """What holds a stale copy of `kernel` (or of its transpose) on one of the model's
    layers: 'a NumPy array, self.kernel_t', 'a tensor, self.kernel_t', or 'a tensor or an
    array' when no attribute holds one."""
    for layer in all_layers(model):
        for name, value in vars(layer).items():
            if name.startswith("_") or not hasattr(value, "shape"):
                continue
            if tuple(getattr(value, "shape", ())) not in (kernel.shape, kernel.T.shape):
                continue
            if hasattr(value, "path"):  # a variable: not a copy
                continue
            kind = "a NumPy array" if isinstance(value, np.ndarray) else "a tensor"
            return f"{kind}, self.{name}"
    return "a tensor or an array"


# ------------------------------------------------------------------ the task's ops


class _DenseTransposed(_architecture.Op):
    """`DenseTransposed("encoder")`: inputs @ encoderᵀ + a bias of its own (one per output)."""

    def kernel_shape(self, args, shapes):
        return None  # no kernel of its own

    def find(self, model, step, arch):
        width = arch.shapes[step.name][-1]
        return [v for v in variables(model) if _shape(v) == (width,)]

    def weights_of(self, obj):
        return (None, to_numpy(obj).astype("float64"))

    def needs(self, step, arch):
        width = arch.shapes[step.name][-1]
        return f"a bias of its own with {width} values, one per output"

    def select(self, step, weights):
        tied = weights.get(step.args["_pos"][0])
        own = weights.get(step.layer)
        return (tied[0] if tied else None, own[1] if own else None)

    def evaluate(self, args, xs, weights):
        kernel, bias = weights
        return xs[0] @ np.asarray(kernel).T + (bias if bias is not None else 0.0)

    def forms(self, step, arch):
        return []  # no built-in layer computes it

    def words(self, args):
        return f"DenseTransposed({args['_pos'][0]})"


class _Stale(_architecture.Op):
    """A tied step that reads a fixed copy of the kernel (for `check_follows`)."""

    def __init__(self, op, kernel):
        super().__init__(op.kind, op.weighted)
        object.__setattr__(self, "_op", op)
        object.__setattr__(self, "_kernel", kernel)

    def select(self, step, weights):
        return (self._kernel, self._op.select(step, weights)[1])

    def evaluate(self, args, xs, weights):
        return self._op.evaluate(args, xs, weights)


class _Abs(_architecture.Op):
    """`Abs()`: the absolute value, element by element (a distance's |a − b|)."""

    def evaluate(self, args, xs, weights):
        return np.abs(xs[0])

    def forms(self, step, arch):
        return []


class _GlobalAveragePooling1D(_architecture.Op):
    """`GlobalAveragePooling1D()`: the mean over the positions of a sequence."""

    def evaluate(self, args, xs, weights):
        return np.asarray(xs[0]).mean(axis=1)


class _TiedEmbeddingForm(keras.layers.Layer):
    """How `TiedEmbedding(V, D)` is written in the task's skeleton (for structural
    explanations only: it is never called)."""

    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension


_TiedEmbeddingForm.__name__ = "TiedEmbedding"


class _TiedEmbedding(_architecture.Op):
    """`TiedEmbedding(V, D)`: one V×D matrix and a bias of V values, used twice.

    Applied to token ids it returns their rows; applied again (a shared layer) to vectors
    of D values it returns `vectors @ matrixᵀ + bias`, one score per token. Which use a
    step is comes from its input: D values wide is a vector (so a task's sequences must
    not be D tokens long). Its weights are any V×D variable that is no layer's kernel and
    any variable of V values, in whatever layers the learner keeps them (one layer of
    their own, or a built-in `Embedding` and an output layer that refers to it)."""

    def kernel_shape(self, args, shapes):
        return tuple(args["_pos"][:2])

    def find(self, model, step, arch):
        vocabulary, dimension = self.kernel_shape(step.args, [])
        kernels = {id(layer.kernel) for layer in all_layers(model) if _has_kernel(layer)}
        own = [v for v in variables(model) if id(v) not in kernels]
        matrices = [v for v in own if _shape(v) == (vocabulary, dimension)]
        biases = [v for v in own if _shape(v) == (vocabulary,)]
        return [(m, b) for m in matrices for b in biases]

    def weights_of(self, obj):
        matrix, bias = obj
        return (to_numpy(matrix).astype("float64"), to_numpy(bias).astype("float64"))

    def needs(self, step, arch):
        vocabulary, dimension = self.kernel_shape(step.args, [])
        return (
            f"a {vocabulary}×{dimension} matrix and a bias of {vocabulary} values, one per "
            "token of the vocabulary"
        )

    def evaluate(self, args, xs, weights):
        matrix, bias = (np.asarray(w) for w in weights)
        x = np.asarray(xs[0])
        if x.shape[-1] == matrix.shape[1]:  # vectors: a score per token
            if bias.shape != (len(matrix),):  # the parser's probe has a bias of D zeros
                bias = 0.0
            return x @ matrix.T + bias
        ids = np.clip(x.astype(int), 0, len(matrix) - 1)
        return matrix[ids]

    def forms(self, step, arch):
        vocabulary, dimension = self.kernel_shape(step.args, [])
        config = {"vocabulary": vocabulary, "dimension": dimension}
        return [[(_TiedEmbeddingForm, config, arch.shapes[step.name])]]

    def words(self, args):
        return f"TiedEmbedding({args['_pos'][0]}, {args['_pos'][1]})"


class _SumPooling1D(_architecture.Op):
    """`SumPooling1D()`: the sum over the positions of a sequence (a known mistake's op)."""

    def evaluate(self, args, xs, weights):
        return np.asarray(xs[0]).sum(axis=1)

    def forms(self, step, arch):
        return []


def token_ids(*, vocabulary: int, length: int, batch: int = 16, seed: int = 0) -> np.ndarray:
    """Deterministic token ids, (batch, length) integers in [0, vocabulary), every id used
    when the batch allows (a check's inputs for a model that starts with an Embedding)."""
    rng = np.random.default_rng(seed)
    ids = np.resize(rng.permutation(vocabulary), batch * length)
    return rng.permutation(ids).reshape(batch, length).astype("int32")


OPS = {
    "DenseTransposed": _DenseTransposed("DenseTransposed", weighted=True),
    "TiedEmbedding": _TiedEmbedding("TiedEmbedding", weighted=True),
    "GlobalAveragePooling1D": _GlobalAveragePooling1D("GlobalAveragePooling1D"),
    "SumPooling1D": _SumPooling1D("SumPooling1D"),
    "Abs": _Abs("Abs"),
}


# ---------------------------------------------------------------------- cause tables

TIE_STEP = {
    "tied_language_model": (
        "make the 20 × 5 matrix once, in TiedEmbedding.build(), and score with it: "
        "vectors @ keras.ops.transpose(self.matrix) + a bias of 20, in call(reverse=True); "
        "call that one instance on the ids and on the hidden vector."
    ),
}

COUNTS = {
    "siamese": {
        133: (
            "the two inputs were concatenated before the encoder, so one Dense(6) reads "
            "all 20 values at once: there is one branch, not two that share an encoder.",
            "call the encoder on each input separately, then subtract the two encodings.",
        ),
    },
    "two_towers": {},
    "exact_copy": {},
    "drift_monitor": {},
    "tied_autoencoder": {
        65: (
            "the decoder has no bias of its own: only the encoder's parameters are counted.",
            "create the decoder's bias (12 values) in its build() with self.add_weight.",
        ),
    },
    "tied_language_model": {
        130: (
            "the scores have no bias of their own: only the matrix (100) and the Dense(5) "
            "(30) are counted.",
            "create a bias of 20 values, one per token, in TiedEmbedding.build() and add it "
            "to the scores.",
        ),
    },
}

NOTES = {
    "siamese": {
        ("order", "difference", ("right_code", "left_code")): (
            "the encodings were subtracted in the other order: right − left is the "
            "negative of left − right, so the head reads every feature with its sign flipped.",
            "subtract [left encoding, right encoding], in that order: Subtract()([a, b]) is a − b "
            "(if you did, list the inputs as keras.Model([left, right], ...): the same model "
            "comes from either swap).",
        ),
        ("merge", "difference", "Add"): (
            "the encodings were added: a sum cannot tell which example is which, nor "
            "how far apart they are.",
            "merge them with keras.layers.Subtract()([left encoding, right encoding]).",
        ),
    },
    "two_towers": {},
    "exact_copy": {
        ("activation", "hidden", "linear"): (
            "the copy holds the encoder's values but computes something else: its first "
            "layer has no relu, the encoder's has.",
            "let Keras repeat the architecture: keras.models.clone_model(encoder), then "
            "set_weights.",
        ),
    },
    "tied_autoencoder": {
        ("activation", "decoded", "relu"): (
            "a relu is applied to the decoder's output; the task asks for no activation there.",
            "return code @ kernelᵀ + bias as it is.",
        ),
    },
    "drift_monitor": {
        ("activation", "snapshot_hidden", "linear"): (
            "the snapshot holds the encoder's values but computes something else: its first "
            "layer has no relu, the encoder's has.",
            "let Keras repeat the architecture: keras.models.clone_model(encoder), then "
            "set_weights.",
        ),
        ("merge", "drift", "Add"): (
            "the encoder's and the snapshot's outputs are added: their sum is twice the "
            "encoding at the start, not a drift of zero.",
            "subtract them: keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]).",
        ),
    },
    "tied_language_model": {
        ("activation", "scores", "softmax"): (
            "a softmax is applied to the scores: the task asks for the scores themselves "
            "(logits), one per token; a loss with from_logits=True applies the softmax.",
            "return vectors @ matrixᵀ + bias as it is, with no activation.",
        ),
    },
}

KNOWN = {
    "siamese": {
        "both encodings from one input": (
            _architecture.architecture(
                """
                left = Input(10)
                right = Input(10)
                encoder = Dense(6, "tanh")
                left_code = encoder(left)
                right_code = encoder(left)
                difference = Subtract()(left_code, right_code)
                head = Dense(1, "sigmoid")(difference)
                """
            ),
            "both encodings come from the same input: their difference is zero, and the "
            "model's output never depends on what it is given.",
            "call the encoder once on the left input and once on the right input.",
        ),
        "the absolute difference": (
            _architecture.architecture(
                """
                left = Input(10)
                right = Input(10)
                encoder = Dense(6, "tanh")
                left_code = encoder(left)
                right_code = encoder(right)
                difference = Subtract()(left_code, right_code)
                distance = Abs()(difference)
                head = Dense(1, "sigmoid")(distance)
                """,
                ops=OPS,
            ),
            "the head reads |left − right|, a distance: it says how far apart the encodings "
            "are, not in which direction; the task's head reads the signed difference.",
            "feed the Subtract's output to the head as it is, without taking its absolute value.",
        ),
    },
    "tied_language_model": {
        "the vectors summed": (
            _architecture.architecture(
                """
                tokens = Input(4)
                embedding = TiedEmbedding(20, 5)
                vectors = embedding(tokens)
                context = SumPooling1D()(vectors)
                hidden = Dense(5, "tanh")(context)
                scores = embedding(hidden)
                """,
                ops=OPS,
            ),
            "the 4 vectors are summed, not averaged: the sum is 4 times the mean, so the "
            "Dense(5) reads vectors 4 times too large (and a context of another length would "
            "change their scale).",
            "average them: keras.layers.GlobalAveragePooling1D() (or keras.ops.mean over axis 1).",
        ),
    },
}


def _read_only_weights(match):
    from .keras_errors import Explanation

    return Explanation(
        "a model's weights is a read-only property in Keras 3: a list of values cannot be "
        "assigned to it.",
        "put the values into the copy's own variables: duplicate.set_weights(encoder."
        "get_weights()) (or assign each variable), or copy.deepcopy(encoder).",
    )


def _variable_has_no_t(match):
    from .keras_errors import Explanation

    return Explanation(
        "a Keras variable has no .T: it is not a NumPy array (and .numpy().T would copy "
        "today's values, which ties nothing).",
        "transpose the variable itself inside call(): keras.ops.transpose(self.tied_to.kernel).",
    )


def _kernel_read_only(match):
    from .keras_errors import Explanation

    return Explanation(
        "a Dense layer creates and owns its kernel: kernel is a read-only property, and a "
        "transpose of the encoder's kernel is a new tensor of today's values, not the variable.",
        "write a layer that keeps a reference to the encoder and transposes "
        "self.tied_to.kernel inside call(), as DenseTransposed does.",
    )


def _embedding_has_no_kernel(match):
    from .keras_errors import Explanation

    return Explanation(
        "an Embedding layer has no kernel: its matrix is the variable embeddings, one row "
        "per token of the vocabulary (vocabulary × dimension), where a Dense kernel is "
        "inputs × units.",
        "read the matrix itself (embedding.embeddings, or the one your TiedEmbedding makes "
        "in build()) and transpose it inside call(): vectors @ transpose(matrix) gives one "
        "score per token.",
    )


def _same_name(match):
    from .keras_errors import Explanation

    name = match.group("name")
    return Explanation(
        f"two layers (or models) in the model are both named '{name}': a duplicate made from "
        "the original — from_config(get_config()), clone_model, copy.deepcopy or copy.copy — "
        "keeps the original's name.",
        "give the duplicate a name of its own: drop it from the configuration before making "
        'it (config = layer.get_config(); del config["name"]), or set twin.name = "other" '
        "on a clone.",
    )


def _add_rules():
    """This topic's words for two errors (once, however often the module is loaded)."""
    from . import keras_errors

    rules = [
        (r"'Variable' object has no attribute 'T'", _variable_has_no_t, None),
        (r"'Embedding' object has no attribute 'kernel'", _embedding_has_no_kernel, None),
        (r"property 'weights' of '\w+' object has no setter", _read_only_weights, "copy"),
        (r"property 'kernel' of '\w+' object has no setter", _kernel_read_only, "sharing"),
    ]
    for pattern, make, context in rules:
        table = (
            keras_errors.RULES if context is None else keras_errors.CONTEXT_RULES.get(context, [])
        )
        if not any(known.pattern == pattern for known, _ in table):
            keras_errors.add_rule(re.compile(pattern), make, context=context)


_add_rules()


# ------------------------------------------------------- errors raised in the learner's code
# Each reads what `autograder.raised` gathered (Keras's message, the learner's innermost line,
# the cell's source) and names what happened there; None when it does not apply. They speak
# in this topic's contexts only ("sharing", "copy"), before the general tables.

_TOPIC = ("sharing", "copy")


def _class_node(raised_):
    import ast

    tree = _raised._tree(raised_.source)
    for node in ast.walk(tree) if tree else ():
        if isinstance(node, ast.ClassDef) and node.name == raised_.layer:
            return node
    return None


def _reads_of(raised_, attribute: str) -> int:
    """How many times the learner's class reads `self.<attribute>` outside build()."""
    import ast

    node = _class_node(raised_)
    if node is None:
        return 0
    count = 0
    for method in node.body:
        if not isinstance(method, ast.FunctionDef) or method.name in ("build", "__init__"):
            continue
        count += sum(
            1
            for n in ast.walk(method)
            if isinstance(n, ast.Attribute)
            and n.attr == attribute
            and isinstance(n.value, ast.Name)
            and n.value.id == "self"
        )
    return count


def _line_tree(line: str):
    import ast

    text = line.strip()
    for prefix in ("return ", ""):
        try:
            return ast.parse(text.removeprefix(prefix) if prefix else text)
        except SyntaxError:
            continue
    return None


def _added_weight(raised_) -> str:
    """The weight of the learner's class (made by add_weight) that is an operand of an
    element-wise +, -, * or / on the learner's line: 'bias' in `x @ self.matrix.T + self.bias`."""
    import ast

    tree = _line_tree(raised_.line)
    for node in ast.walk(tree) if tree else ():
        if not (
            isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.Add | ast.Sub | ast.Mult | ast.Div)
        ):
            continue
        for side in (node.right, node.left):
            if (
                isinstance(side, ast.Attribute)
                and isinstance(side.value, ast.Name)
                and side.value.id == "self"
                and _raised.weight_shape(raised_, side.attr)
            ):
                return side.attr
    return ""


def _weights_in_line(raised_) -> list[str]:
    return [
        name
        for name in dict.fromkeys(re.findall(r"self\.(\w+)", raised_.line))
        if _raised.weight_shape(raised_, name)
    ]


def _shape_parts(raised_):
    for pattern in _raised._SHAPE_PATTERNS:
        match = pattern.search(raised_.message)
        if match:
            groups = match.groupdict()
            return groups, _raised._dims(groups.get("a")), _raised._dims(groups.get("b"))
    return None, (), ()


def _weight_added(raised_, context=None):
    """A shape mismatch where several weights meet on one line, and the one added
    element-wise is the one that does not fit (a bias of the wrong length)."""
    from .keras_errors import Explanation

    if context not in _TOPIC or not raised_.layer:
        return None
    groups, a, b = _shape_parts(raised_)
    if groups is None or _raised._operation(raised_, groups.get("op")) != "element-wise":
        return None
    if len(_weights_in_line(raised_)) < 2:
        return None  # one weight on the line: the general explanation names it
    name = _added_weight(raised_)
    if not name or not a or not b:
        return None
    made = _raised.weight_shape(raised_, name)
    return Explanation(
        f"{raised_.where}, self.{name} (made with shape={made}: {_shape_text(b[1:] if b[:1] == (None,) else b)}) "
        f"is added to a result of shape {_raised._shape_words(a)}{raised_.code}: a weight "
        f"added element-wise needs one value per value of its last axis ({a[-1]}), and "
        f"self.{name} has {b[-1]}.",
        f"make self.{name} as long as what it is added to: {a[-1]} values, one per "
        f"{'score' if a[-1] and a[-1] > (b[-1] or 0) else 'feature'} (create it in build() "
        "from the sizes the layer knows).",
    )


def _weight_read_both_ways(raised_, context=None):
    """A product with a weight the layer also reads elsewhere (a lookup table used again to
    score), whose transpose fits: the weight's shape is fixed by its other use."""
    from .keras_errors import Explanation

    if context not in _TOPIC or not raised_.layer:
        return None
    groups, a, b = _shape_parts(raised_)
    if groups is None or _raised._operation(raised_, groups.get("op")) != "product":
        return None
    added = _added_weight(raised_)  # a bias added after the product is not multiplied
    weights = [w for w in _weights_in_line(raised_) if w != added]
    if len(weights) != 1 or len(b) != 2 or not a or a[-1] != b[-1] or b[0] == b[-1]:
        return None
    (name,) = weights
    if _reads_of(raised_, name) < 2:
        return None  # the weight serves this product only: the general advice fits
    if re.search(rf"transpose\(\s*self\.{name}\b|self\.{name}\.T\b", raised_.line):
        return None
    return Explanation(
        f"{raised_.where}, self.{name} ({_shape_text(b)}) is multiplied as it is"
        f"{raised_.code}: a matrix product needs the first tensor's last axis ({a[-1]}) to "
        f"equal the second's first ({b[0]}); its transpose ({b[-1]}×{b[0]}) fits. "
        f"self.{name} also serves another use in the layer, which fixes its shape.",
        f"multiply by its transpose, read at each call: keras.ops.transpose(self.{name}) — "
        "the same variable, read the other way round.",
    )


_SYMBOLIC_NUMPY = re.compile(r"'KerasTensor' object has no attribute 'numpy'")


def _symbolic_numpy(raised_, context=None):
    from .keras_errors import Explanation

    if context not in _TOPIC or not _SYMBOLIC_NUMPY.search(raised_.message):
        return None
    called = re.search(r"\b(?:np|numpy)\.(\w+)\(", raised_.line)
    use = (
        f"keras.ops.{called[1]}(a, b) or the layer that does it"
        if called
        else "a layer, or keras.ops,"
    )
    return Explanation(
        f".numpy() was called on a symbolic tensor{raised_.code}: while the model is built, "
        "keras.Input and the layers' outputs have a shape but no values, so there is nothing "
        "to put in a NumPy array.",
        f"compute on the tensors themselves with {use} (keras.layers.Subtract()([a, b]) "
        "subtracts two branches); the model computes the values when it runs.",
    )


_EAGER_NUMPY = re.compile(r"numpy\(\) is only available when eager execution is enabled")


def _numpy_in_call(raised_, context=None):
    from .keras_errors import Explanation

    if context not in _TOPIC or not _EAGER_NUMPY.search(raised_.message):
        return None
    read = re.search(r"self\.(\w+)\.numpy\(\)", raised_.line)
    name = f"self.{read[1]}" if read else "the variable"
    return Explanation(
        f"{raised_.where or 'in your code'}, .numpy() reads {name}'s values{raised_.code}, "
        "but Keras runs call() on symbolic tensors (to build the model, and in each compiled "
        "training step): there are no values to read there. A NumPy copy would be a "
        "constant anyway, today's values, that training never updates: it ties nothing.",
        f"use {name} itself with keras.ops, read at each call: keras.ops.transpose({name}) "
        f"instead of {name}.numpy().T.",
    )


_POSITIONAL = re.compile(
    r"Only input tensors may be passed as positional arguments\. The following argument "
    r"value should be passed as a keyword argument: (?P<value>.+?) \(of type"
)


def _call_parameters(raised_) -> list[str]:
    """The parameters of call() in the learner's classes (self left out), first found."""
    import ast

    tree = _raised._tree(raised_.source)
    for node in ast.walk(tree) if tree else ():
        if isinstance(node, ast.FunctionDef) and node.name == "call":
            return [a.arg for a in node.args.args[1:]]
    return []


def _positional_flag(raised_, context=None):
    from .keras_errors import Explanation

    match = _POSITIONAL.search(raised_.message)
    if context not in _TOPIC or not match:
        return None
    value = match["value"]
    params = _call_parameters(raised_)
    name = next((p for p in params[1:]), "")
    return Explanation(
        f"a layer takes its input tensors by position and every other argument by keyword: "
        f"{value} was passed by position{raised_.code}, and Keras refuses it.",
        f"name it: layer(x, {name}={value}), as your call() names it."
        if name
        else f"pass {value} by its parameter's name: layer(x, name={value}).",
    )


_FLOAT_IDS = re.compile(
    r"Value passed to parameter 'indices' has DataType (?P<dtype>\w+) not in list of allowed"
)


def _float_inputs(raised_) -> list[str]:
    """The keras.Input(...) calls of the learner's source that make float tensors."""
    import ast

    tree = _raised._tree(raised_.source)
    found = []
    for node in ast.walk(tree) if tree else ():
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name != "Input":
            continue
        dtype = next((k.value for k in node.keywords if k.arg == "dtype"), None)
        text = ast.unparse(dtype) if dtype is not None else ""
        if not re.search(r"int", text):
            found.append(ast.unparse(node))
    return found


def _float_ids(raised_, context=None):
    from .keras_errors import Explanation

    match = _FLOAT_IDS.search(raised_.message)
    if context not in _TOPIC or not match:
        return None
    dtype = match["dtype"]
    floats = _float_inputs(raised_)
    lookup = f"the lookup {raised_.where}{raised_.code}".replace("  ", " ")
    if floats:
        return Explanation(
            f"{lookup} received ids of dtype {dtype}: they come from {floats[0]}, whose "
            "dtype is float32 unless it is given, and a lookup picks rows by integer ids.",
            'give the input an integer dtype: keras.Input(shape=..., dtype="int32").',
        )
    flag = next((p for p in _call_parameters(raised_)[1:]), "")
    return Explanation(
        f"{lookup} received {dtype} values as ids: the inputs are integer ids, so it is "
        "another call of the layer — on vectors, a Dense's output, say — that took the "
        "lookup's branch of call()" + (f": it was called without {flag}=True." if flag else "."),
        f"call the layer on the vectors with {flag}=True, so that call() scores them."
        if flag
        else "call the layer on the vectors in the way that makes call() score them.",
    )


_RANK = re.compile(
    r"of layer '(?P<layer>[^']+)' is incompatible with the layer: expected ndim=(?P<n>\d+), "
    r"found ndim=(?P<f>\d+)\. Full shape received: (?P<shape>\([^)]*\))"
)


def _take_without_axis(raised_) -> bool:
    import ast

    tree = _raised._tree(raised_.source)
    for node in ast.walk(tree) if tree else ():
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "take"
            and len(node.args) < 3
            and not any(k.arg == "axis" for k in node.keywords)
        ):
            return True
    return False


def _lookup_flattened(raised_, context=None):
    from .keras_errors import Explanation

    match = _RANK.search(raised_.message)
    if context not in _TOPIC or not match or not _take_without_axis(raised_):
        return None
    return Explanation(
        f"{match['layer']} needs {match['n']} axes (batch, steps, features) and receives "
        f"{match['shape']}: the lookup returned one number per id, not a row. keras.ops.take "
        "without axis= reads the matrix as one flat list of numbers and picks single "
        "numbers from it.",
        "give take the axis of the rows: keras.ops.take(matrix, ids, axis=0) returns one "
        "row per id, (batch, ids, dimension).",
    )


_LIST_SHAPE = re.compile(r"'list' object has no attribute '(?:shape|dtype|_keras_history)'")


def _list_for_tensor(raised_, context=None):
    from .keras_errors import Explanation

    if context not in _TOPIC or not _LIST_SHAPE.search(raised_.message):
        return None
    listed = re.search(r"(\w+)\.outputs\b", "".join(raised_.source))
    if listed:
        return Explanation(
            f"a Python list reached a layer where one tensor goes{raised_.code}: a model built "
            f"on {listed[1]}.outputs (a list, even of one tensor) returns a list when it is "
            "called.",
            f"build it on the tensor itself: keras.Model(inputs, {listed[1]}(inputs)), or "
            f"{listed[1]}.output (one tensor); or take the list's [0].",
        )
    return Explanation(
        f"a Python list reached a layer where one tensor goes{raised_.code}: a model with "
        "a list of outputs returns a list when it is called.",
        "pass the tensor itself (print what each name holds: a list has no .shape).",
    )


_UNPACK = re.compile(r"(?P<kind>not enough|too many) values to unpack \(expected (?P<e>\d+)")


def _unpacked_layers(raised_, context=None):
    from .keras_errors import Explanation

    match = _UNPACK.search(raised_.message)
    if context not in _TOPIC or not match or ".layers" not in raised_.line:
        return None
    sliced = re.search(r"\.layers\s*\[[^\]]*:[^\]]*\]", raised_.line)
    return Explanation(
        f"`{raised_.line}` unpacks {match['e']} names from a list of another length: in "
        "Keras 3 a model's .layers lists its layers only — a Sequential's keras.Input is no "
        "layer of it"
        + (", so the slice leaves out a real layer." if sliced else ".")
        + " (Keras 2 listed an InputLayer first.)",
        "print model.layers to see what it holds, and unpack the list itself: "
        "first, second = model.layers.",
    )


_NEW_STATE = re.compile(r"You cannot add new elements of state")
_ASSIGNED = re.compile(r"^(?P<target>[\w.\[\]\(\)]+\.(?P<attr>\w+))\s*=\s*(?P<value>[^=].*)$")


def _assigned_variable(raised_, context=None):
    from .keras_errors import Explanation

    if context != "copy" or not _NEW_STATE.search(raised_.message) or raised_.layer:
        return None
    match = _ASSIGNED.match(raised_.line)
    if not match:
        return None
    return Explanation(
        f"`{raised_.line}` assigns another layer's variable to a layer that is already "
        "built: Keras refuses new state on a built layer — and a variable assigned that way "
        "would be shared, not copied.",
        "copy the values into the layer's own variables: "
        "snapshot.set_weights(encoder.get_weights()) for a whole model, or "
        f"{match['target']}.assign({match['value'].strip()}) for one variable.",
    )


_WIDTH = re.compile(
    r"of layer '(?P<layer>[^']+)' is incompatible with the layer: expected axis -1 of input "
    r"shape to have value (?P<want>\d+), but received input with shape (?P<shape>\([^)]*\))"
)


def _unpacked_names(raised_) -> dict[str, str]:
    """Names unpacked from a model's layers in the cell (`stem, top = encoder.layers`):
    name -> the model's expression."""
    import ast

    tree = _raised._tree(raised_.source)
    names = {}
    for node in ast.walk(tree) if tree else ():
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "layers"
            and isinstance(node.targets[0], ast.Tuple)
        ):
            for target in node.targets[0].elts:
                if isinstance(target, ast.Name):
                    names[target.id] = ast.unparse(node.value.value)
    return names


def _names_swapped(raised_, context=None):
    """A given layer called where the learner's name for another one is: the names of an
    unpacking from model.layers are in another order than the model's."""
    from .keras_errors import Explanation

    match = _WIDTH.search(raised_.message)
    if context not in _TOPIC or not match:
        return None
    names = _unpacked_names(raised_)
    layer = match["layer"]
    if layer not in names:
        return None
    called = [n for n in re.findall(r"\b(\w+)\(", raised_.line) if n in names and n != layer]
    if not called:
        return None
    model = names[layer]
    return Explanation(
        f"the layer named '{layer}' is called on {match['shape']}, though it was built for "
        f"{match['want']} values: `{', '.join(names)} = {model}.layers` gives the names in "
        f"the order the model lists its layers, so `{called[0]}` holds the layer named "
        f"'{layer}'.",
        f"print {model}.layers to see its order (the layer that reads the inputs comes "
        "first), and unpack the names in that order.",
    )


_MERGES = r"Subtract|Add|Multiply|Average|Maximum|Minimum|subtract|add|multiply|average"
_ELEMENTWISE_SHAPES = re.compile(
    r"Inputs have incompatible shapes\. Received shapes (?P<a>\([^)]*\)) and (?P<b>\([^)]*\))"
)


def _input_not_shared(raised_, context=None):
    """A merge of branches where one input skipped the shared layer the others go through."""
    import ast

    from .keras_errors import Explanation

    match = _ELEMENTWISE_SHAPES.search(raised_.message)
    if context != "sharing" or not match:
        return None
    tree = _line_tree(raised_.line)
    for node in ast.walk(tree) if tree else ():
        if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.List)):
            continue
        func = node.func.func if isinstance(node.func, ast.Call) else node.func
        merge = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if not re.fullmatch(_MERGES, merge):
            continue
        items = node.args[0].elts
        bare = [i for i in items if isinstance(i, ast.Name)]
        through = [i for i in items if isinstance(i, ast.Call) and isinstance(i.func, ast.Name)]
        if len(bare) != 1 or not through:
            continue
        (skipped,), layer = bare, through[0].func.id
        shapes = [match["a"], match["b"]]
        width = shapes[items.index(skipped)] if len(items) == 2 else ""
        return Explanation(
            f"`{skipped.id}` goes into {merge} as it is"
            + (f" {width}" if width else "")
            + f", while the other input went through {layer}: a shared layer serves both "
            "inputs only when each is passed through it.",
            f"call {layer} on {skipped.id} too: {layer}({skipped.id}), the same instance.",
        )
    return None


# ------------------------------------------------ a duplicate that Keras refuses by its name

_NAME_CLASH = re.compile(r'The name "(?P<name>[^"]+)" is used \d+ times in the model')


def _named_calls(error, name: str) -> list:
    """[(operation, [ids of the tensors each call read])] for the operations named `name`
    in the graph Keras was building when it raised (walked back from the `outputs` the
    traceback's frames hold)."""
    todo, seen, found = [], set(), {}
    tb = getattr(error, "__traceback__", None)
    while tb is not None:
        todo.append(tb.tb_frame.f_locals.get("outputs"))
        tb = tb.tb_next
    while todo:
        value = todo.pop()
        if isinstance(value, dict):
            todo.extend(value.values())
            continue
        if isinstance(value, list | tuple):
            todo.extend(value)
            continue
        history = getattr(value, "_keras_history", None)
        if history is None or id(value) in seen:
            continue
        seen.add(id(value))
        operation, node_index = history[0], history[1]
        try:
            node = operation._inbound_nodes[node_index]
        except (AttributeError, IndexError):
            continue
        inputs = list(node.input_tensors)
        if getattr(operation, "name", None) == name:
            calls = found.setdefault(id(operation), (operation, []))[1]
            ids = tuple(sorted(id(t) for t in inputs))
            if ids not in calls:
                calls.append(ids)
        todo.extend(inputs)
    return list(found.values())


def _function_text(raised_) -> str:
    """The source of the learner's function in which the error was raised."""
    import ast

    tree = _raised._tree(raised_.source)
    for node in ast.walk(tree) if tree else ():
        if isinstance(node, ast.FunctionDef) and node.lineno <= raised_.lineno <= (
            node.end_lineno or 0
        ):
            return "".join(raised_.source[node.lineno - 1 : node.end_lineno])
    return "".join(raised_.source)


def _copy_names(source: str, function: str) -> str:
    """A regex of the names under which the cell calls copy.<function> (`copy.copy`, or
    `shallow` after `from copy import copy as shallow`)."""
    names = [rf"\bcopy\.{function}"]
    for alias in re.finditer(
        rf"from\s+copy\s+import\s+[^\n]*?\b{function}\b(?:\s+as\s+(\w+))?", source
    ):
        names.append(rf"(?<![\w.]){alias[1] or function}")
    return "(?:" + "|".join(names) + ")"


def _copy_calls(source: str, function: str) -> str:
    return _copy_names(source, function) + r"\s*\("


def _duplicated_by(text: str, source: str = "") -> str:
    """How the learner's code made the second object, read from the code itself (`text`,
    the function; `source`, the cell, for its imports)."""
    source = source or text
    if re.search(_copy_calls(source, "deepcopy"), text) or re.search(r"\bdeepcopy\s*\(", text):
        return "copy.deepcopy"
    if "clone_model" in text or re.search(r"\bclone_layer\w*\s*\(", text):
        return "clone_model"
    if re.search(_copy_calls(source, "copy"), text):
        return "copy.copy"
    if "from_config" in text or re.search(r"\bdeserialize\s*\(", text):
        return "from_config"
    if re.search(r"set_random_seed\s*\(|\bseed\s*=", text):
        return "seed"
    return ""


def _kind_words(operation) -> str:
    inner = [
        layer.name
        for layer in getattr(operation, "layers", None) or []
        if type(layer).__name__ != "InputLayer"
    ]
    if isinstance(operation, keras.Model):
        return f"model '{operation.name}'" + (f" ({', '.join(inner[:4])})" if inner else "")
    return f"{type(operation).__name__} layer '{operation.name}'"


def _equal_values(a, b) -> bool:
    va, vb = a.get_weights(), b.get_weights()
    return (
        bool(va)
        and len(va) == len(vb)
        and all(x.shape == y.shape and np.array_equal(x, y) for x, y in zip(va, vb, strict=True))
    )


def _name_clash(raised_, context=None):
    """Keras refuses a model in which two objects carry one name: a duplicate of a layer or
    a model (copy.deepcopy, clone_model, from_config, a twin given the name). In a task that
    shares the object (a "sharing" context, or a duplicate that reads the very tensors its
    original reads), the duplicate itself is the mistake, not its name; in a copy task, a
    duplicate of another input's branch that kept the original's values is not fresh."""
    from .keras_errors import Explanation

    match = _NAME_CLASH.search(raised_.message)
    if not match or context not in ("sharing", "copy", "grafting"):
        return None
    name = match["name"]
    found = _named_calls(raised_.error, name)
    if len(found) < 2:
        return _same_name(match) if context == "copy" else None
    (first, first_calls), (second, second_calls) = found[:2]
    same_input = bool(set(first_calls) & set(second_calls))
    text = _function_text(raised_)
    how = _duplicated_by(text, "".join(raised_.source))
    copied = _equal_values(first, second)
    if "set_weights" in text and how in ("clone_model", "from_config"):
        how += " + set_weights"
    kind = "model" if isinstance(first, keras.Model) else "layer"
    made = {
        "copy.deepcopy": "copy.deepcopy made a second copy of",
        "copy.copy": "copy.copy made a second copy of",
        "clone_model": "clone_model made a second copy of",
        "clone_model + set_weights": "clone_model and set_weights(get_weights()) made a second "
        "copy of",
        "from_config": "from_config(get_config()) made a second copy of",
        "from_config + set_weights": "from_config and set_weights(get_weights()) made a second "
        "copy of",
        "seed": "the same code, run again with the same seed, made a second",
        "": "a second layer of the same name stands beside",
    }[how]
    seeded = " (the same seed)" if "seed" in text and how != "seed" else ""
    values = (
        f"the same values{seeded}, in variables of its own"
        if copied
        else "with variables and values of its own"
    )
    if context == "sharing" or (context == "grafting" and same_input):
        shared = (
            f"one {kind} whose one output every branch reads"
            if same_input
            else f"one {kind}, called on every input"
        )
        step = (
            f"call the {kind} once and give its output to every branch that reads it "
            "(features = trunk(x), then each head on features)"
            if same_input
            else f"create the {kind} once and call that same instance on each input it "
            "reads (encoder(left), encoder(right))"
        )
        return Explanation(
            f"{made} {_kind_words(first)}, {values}, where the task shares {shared}. Keras "
            f"stops first at the name the two carry ('{name}'), but renamed they would still "
            f"be two {kind}s, two sets of weights that training moves apart: a duplicate "
            "shares nothing, whatever values it starts from.",
            f"{step}: no copy, no clone, and then no second name either.",
        )
    if context != "copy":
        return None
    if copied and not same_input and (how.startswith("copy.") or how.endswith("set_weights")):
        did = how.replace(" + set_weights", " and set_weights(get_weights())")
        if how.startswith("copy."):  # the call as written: what was copied, under which name
            fn = how.split(".")[1]
            call = re.search(
                _copy_names("".join(raised_.source), fn) + r"\s*\(\s*[\w.\[\]]+\s*\)",
                text,
            )
            if call:
                did = f"`{call[0]}`" + ("" if how in call[0] else f" ({how})")
        return Explanation(
            f"{did} copied "
            f"'{name}' ({_kind_words(first)}) with its values, the same numbers in variables "
            "of its own, and with its name, which is what Keras refuses first. The name is the "
            "lesser problem: a copy that keeps the values is an exact copy, where the task "
            "asks for a fresh duplicate, the same configuration with initial values of its own.",
            "make the duplicate from the configuration, without the name: config = "
            'layer.get_config(); del config["name"]; type(layer).from_config(config) builds '
            "new variables with fresh values (for a model: keras.models.clone_model, then "
            "clone.name = ...).",
        )
    keeps = {
        "copy.deepcopy": "copy.deepcopy copies the name with everything else",
        "copy.copy": "copy.copy copies the name with everything else",
        "from_config": "from_config(get_config()) keeps the name the configuration holds",
        "clone_model": "clone_model keeps the original's name",
    }.get(how.split(" + ")[0], "")
    if not keeps:
        return _same_name(match)  # every way that keeps a name
    return Explanation(
        f"two layers (or models) in the model are both named '{name}': {keeps}.",
        "give the duplicate a name of its own: drop it from the configuration before making "
        'it (config = layer.get_config(); del config["name"]), or set twin.name = "other" '
        "on a clone or a copy.",
    )


_MECHANISMS = [
    _name_clash,
    _names_swapped,
    _input_not_shared,
    _weight_added,
    _weight_read_both_ways,
    _symbolic_numpy,
    _numpy_in_call,
    _positional_flag,
    _float_ids,
    _lookup_flattened,
    _list_for_tensor,
    _unpacked_layers,
    _assigned_variable,
]


def _add_mechanisms():
    """This topic's mechanisms, before the general tables (once, however often loaded)."""
    known = {
        getattr(m, "__qualname__", "") + getattr(m, "__module__", "") for m in _raised.BEFORE_TABLES
    }
    for mechanism in reversed(_MECHANISMS):
        if mechanism.__qualname__ + mechanism.__module__ not in known:
            _raised.BEFORE_TABLES.insert(0, mechanism)


_add_mechanisms()
