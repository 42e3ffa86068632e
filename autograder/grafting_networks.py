"""Grafted networks: where a base was cut, what training really changes, multi-output losses.

A grafted model holds a given network (the *base*), or the part of it below a
cut, under a new head. These checks answer what the general ones cannot:

- `check_cut`: the model holds the base's own layers up to the cut layer and
  none after it (not a copy, not cut too early or too late);
- `check_frozen_in_fit` / `check_trained_in_fit`: after `training.one_step`,
  which ran the learner's compiled training step, a part stayed put or moved,
  and when that contradicts its `trainable` flags, the message names the
  stale compiled step (flags changed after `fit`, model not compiled again);
- `check_output_shapes`: the shapes of every output of a multi-output model;
- `check_losses`: a multi-output model compiled with one loss per output and
  the loss weights asked for (the weighted total Keras computes, from the
  model's own predictions);
- `check_learning_rate`: a small enough learning rate for fine-tuning;
- `check_optimizer`, `check_output_names`, `check_loss`: what the statement names
  (Adam, the heads' names, the loss), each explained by its mechanism;
- `given(network)`: a given network as one step of a task's architecture
  (`ag.architecture(..., ops=...)`), cut at one of its layers and run with its own
  weights; `MaxOver(axis)`: a reduction over an axis; `known(arch, task)`: the
  topic's named mistakes that no single change to the description reaches (`KNOWN`),
  for `check_architecture(known=...)`. `COUNTS[task]` and `NOTES[task]` are the topic's
  words for `check_counts(causes=...)` and `check_architecture(notes=...)`.

`cut_output(base, at, x)` is the reference: what the base's own layers up to
`at` give on `x`, in inference mode. `output_of(model, i)` lets
`check_outputs` compare one head of a multi-output model.

    grafting_networks.check_cut(model, base, "features")      # the base itself, cut there
    step = training.one_step(model, x, y)             # as the learner's fit would
    grafting_networks.check_frozen_in_fit(step, model, base.get_layer("hidden"))
"""

from __future__ import annotations

import itertools

import numpy as np

from . import keras_errors
from .feedback import fail
from .frames import in_cell
from .graph import _layer_activation, _layer_config
from .keras_errors import Explanation, first_line
from .layers import all_layers, to_numpy, variables
from .outputs import run
from .quiet import captured_warnings, import_keras
from .shapes import output_shapes

keras = import_keras()

# Keras's own errors in a grafting task, explained in its terms (`ag.context("grafting")`).
keras_errors.add_rule(
    r"No such layer: (\S+?)\.? Existing layers are: \[(.*?)\]",
    lambda m: Explanation(
        f"get_layer looks a layer up by its exact name, and the network has no layer "
        f"'{m[1]}': its layers are {m[2]}.",
        "use the layer's exact name, as the task writes it (print [layer.name for layer in "
        "base.layers] to see them).",
    ),
    context="grafting",
)
keras_errors.add_rule(
    r"Output with path .* is not connected to `?inputs`?",
    lambda m: Explanation(
        "a layer's .output belongs to the network it was computed in: "
        "base.get_layer(...).output was computed from the base's own input, so a model "
        "from a new keras.Input to it has no path between them.",
        "cut from the base's own input, keras.Model(base.input, base.get_layer(...).output), "
        "then call the cut model on your new input.",
    ),
    context="grafting",
)

__all__ = [
    "check_cut",
    "check_frozen_in_fit",
    "check_inference_mode",
    "check_learning_rate",
    "check_loss",
    "check_losses",
    "check_optimizer",
    "check_output_names",
    "check_output_shapes",
    "check_trainable",
    "check_trained_in_fit",
    "cut_output",
    "given",
    "known",
    "output_of",
]


# --------------------------------------------------------------------------- the cut


def _inner_layers(base) -> list:
    """The base's layers in order, without its Input layers."""
    return [layer for layer in base.layers if not isinstance(layer, keras.layers.InputLayer)]


def _holds(layer, layer_ids, variable_ids) -> bool:
    """The model holds this very layer (the object, or every one of its variables)."""
    if id(layer) in layer_ids:
        return True
    own = variables(layer)
    return bool(own) and all(id(v) in variable_ids for v in own)


def _names(layers) -> str:
    return ", ".join(f"'{layer.name}'" for layer in layers)


def cut_output(base, at: str, x):
    """What the base's own layers up to `at` give on `x` (NumPy, inference mode).

    The reference for a model grafted onto `base` cut at layer `at`: it runs
    the base's own variables, so any model that holds them passes.
    """
    cut = keras.Model(base.inputs, base.get_layer(at).output)
    with captured_warnings():  # a one-input list called on an array: Keras warns
        return to_numpy(cut(x, training=False))


def check_cut(model, base, at: str, *, what="the base") -> None:
    """The model holds the base's own layers up to layer `at`, and none after it.

    Fails, naming the mix-up, when the model holds a copy of the base
    (clone_model, from_config, set_weights: new variables), the base cut too
    early (layers up to `at` missing) or too late (layers after `at`, such as
    the base's old head, still in the model).
    """
    __tracebackhide__ = True
    inner = _inner_layers(base)
    names = [layer.name for layer in inner]
    if at not in names:
        raise ValueError(f"the base has no layer named {at!r}; its layers are {names}")
    index = names.index(at)
    kept, dropped = inner[: index + 1], inner[index + 1 :]
    layer_ids = {id(layer) for layer in all_layers(model)}
    variable_ids = {id(v) for v in variables(model)}
    held = [layer for layer in inner if _holds(layer, layer_ids, variable_ids)]
    whole = index == len(inner) - 1
    expected = f"{what} itself" + (
        f", whole (its layers {_names(kept)})"
        if whole
        else f", cut after its layer '{at}' (its layers {_names(kept)})"
    )
    use = (
        f"call {what} itself on your input: a model is a layer."
        if whole
        else f"cut {what} you were given: keras.Model(base.inputs, "
        f"base.get_layer('{at}').output), and call that on your input."
    )
    weighted = [layer for layer in inner if variables(layer)]
    if not any(layer in held for layer in weighted):
        equal = _equal_copy(model, [layer for layer in kept if variables(layer)])
        fail(
            f"{what.capitalize()} inside the model",
            expected,
            "a copy of it: none of its variables is in the model"
            + (" (the copy has equal values)" if equal else ""),
            (
                "the model holds new variables that only start with the same values (a copy "
                "made by set_weights(get_weights()), copy.copy or deepcopy, or the network "
                f"loaded again): the copy does not share the weights of {what}, and drifts "
                "away in training."
                if equal
                else "clone_model / from_config(get_config()) build the same architecture with "
                "new variables and fresh values: the trained weights are left behind."
            ),
            use,
        )
    extra = [layer for layer in dropped if layer in held and variables(layer)]
    if extra:
        fail(
            f"Where {what} was cut",
            expected,
            f"{what} with layers after '{at}' still in the model: {_names(extra)}",
            "the base was used whole (its old head included) or cut at a later layer, so "
            "the new head sees what those layers make, not the features of the cut layer.",
            f"cut it at '{at}': keras.Model(base.inputs, base.get_layer('{at}').output).",
        )
    missing = [layer for layer in kept if layer not in held and variables(layer)]
    if missing:
        present = [layer for layer in kept if layer in held]
        where = f"after '{present[-1].name}'" if present else "before its first layer"
        received, how = _early_cut(_calling_code(), at, where, present, missing)
        fail(
            f"Where {what} was cut",
            expected,
            f"{what} {received}: {_names(missing)} missing",
            f"{how}, so the layers above it are not in the model and the head sees less "
            "processed features.",
            f"cut it at '{at}': keras.Model(base.inputs, base.get_layer('{at}').output).",
        )


def _calling_code() -> str:
    """The source of the learner's functions that the notebook cell running this check names
    (`ag.build(build_service_model, base)`): the cell is the first frame up the stack that
    comes from a cell, its names are looked up in its globals, and a function defined in a
    cell gives its source. '' when there is none."""
    import inspect
    import linecache
    import re
    import sys

    frame = sys._getframe(1)
    while frame is not None and not in_cell(frame.f_code.co_filename):
        frame = frame.f_back
    if frame is None:
        return ""
    cell = "".join(linecache.getlines(frame.f_code.co_filename))
    texts = []
    for name in dict.fromkeys(re.findall(r"[A-Za-z_]\w*", cell)):
        value = frame.f_globals.get(name)
        code = getattr(value, "__code__", None)
        if code is None or not in_cell(code.co_filename):
            continue
        try:
            texts.append(inspect.getsource(value))
        except (OSError, TypeError):
            continue
    return "\n".join(texts)


def _early_cut(code: str, at: str, where: str, present, missing) -> tuple[str, str]:
    """(where the cut was, how it came about) for a base cut before its layer `at`, read
    from the learner's `code`: the named layer's `.input` (the tensor it reads, the output of
    the layer before it), a layer picked by its position in `.layers[...]`, get_layer given
    another name, or, with no code to read, the layer the cut is after."""
    import re

    before = f"'{present[-1].name}'" if present else "the base's input"
    named = rf"get_layer\(\s*(?:name\s*=\s*)?['\"]{re.escape(at)}['\"]\s*\)\s*\.inputs?\b"
    aliases = re.findall(
        rf"(\w+)\s*=\s*[\w.]*get_layer\(\s*(?:name\s*=\s*)?['\"]{re.escape(at)}['\"]\s*\)\s*$",
        code,
        re.M,
    )
    through = any(re.search(rf"\b{a}\.inputs?\b", code) for a in aliases)
    if (re.search(named, code) or through) and missing[0].name == at:
        return (
            f"cut at the input of '{at}' (what {before} makes)",
            f"get_layer('{at}').input is the tensor '{at}' reads, not the one it makes: "
            f"the cut ends before '{at}' runs (its .output is the features)",
        )
    position = re.search(r"\.layers\[\s*(-?\d+)\s*\]", code)
    if position:
        return (
            f"cut {where}",
            f"the layer picked by its position, layers[{position[1]}], is {before}, not "
            f"'{at}' (counting positions is easy to get wrong by one; a name says which "
            "layer)",
        )
    if "get_layer" in code:
        return (
            f"cut {where}",
            f"get_layer(...) was given an earlier layer than '{at}' ({before})",
        )
    return f"cut {where}", f"the cut is at {before}, an earlier layer than '{at}'"


def _equal_copy(model, weighted) -> bool:
    """Every variable of these layers has a twin in the model: same shape, equal values."""
    own = [(tuple(w.shape), to_numpy(w)) for w in variables(model)]
    for layer in weighted:
        for v in variables(layer):
            shape, value = tuple(v.shape), to_numpy(v)
            if not any(s == shape and np.array_equal(w, value) for s, w in own):
                return False
    return True


# --------------------------------------------------------------------------- which layers train


def _trains(layer, trainable_ids) -> bool:
    """Some variable of the layer is among the model's trainable weights."""
    return any(id(v) in trainable_ids for v in variables(layer))


def _label(layer) -> str:
    return f"'{layer.name}' ({type(layer).__name__})"


def _leaves(model) -> list:
    """The model's layers that own variables and hold no other layers."""
    return [
        layer
        for layer in all_layers(model)
        if variables(layer) and not getattr(layer, "layers", None)
    ]


def _frozen_holders(model, layer) -> list:
    """The models (or layers holding layers) inside `model`, or `model` itself, that hold
    `layer` and whose own trainable flag is False."""
    holders = [model, *(x for x in all_layers(model) if getattr(x, "layers", None))]
    return [
        h
        for h in holders
        if h is not layer and not h.trainable and any(x is layer for x in all_layers(h))
    ]


def _sliced_from_input(model, loose):
    """(holder, its frozen first layers, the loose layer after them) when a loose layer
    comes right after a run of frozen layers that starts with an InputLayer frozen on its
    own (a slice of holder.layers counted from the input), else None."""
    holders = [model, *(x for x in all_layers(model) if getattr(x, "layers", None))]
    for x in loose:
        for h in holders:
            listed = list(getattr(h, "layers", None) or [])
            at = next((i for i, layer in enumerate(listed) if layer is x), None)
            if not at or type(listed[0]).__name__ != "InputLayer":
                continue
            prefix = listed[:at]
            if all(not layer.trainable for layer in prefix) and not _frozen_holders(
                model, listed[0]
            ):
                return h, prefix, x
    return None


def check_trainable(model, *, frozen=(), trainable=(), others=True, what="the model") -> None:
    """Which layers the model trains: `frozen` ones none of their variables, the others some.

    Decided from `model.trainable_weights` (what `fit` would update), so a
    flag set on a layer, on a model that holds it, or on a nested model all
    count the same. When the split differs, the message names each layer that
    trains where it should be frozen or the other way round, and why that
    happens (a trainable BatchNormalization, a whole model frozen, a flag not
    set).

    Args:
        frozen: layers (the given network's) that must not train.
        trainable: layers that must train.
        others: every other layer of the model with variables (the new head)
            must train too.
    """
    __tracebackhide__ = True
    trainable_ids = {id(v) for v in variables(model.trainable_weights)}
    frozen, trainable = list(frozen), list(trainable)
    named = {id(layer) for layer in frozen + trainable}
    if others:
        trainable += [layer for layer in _leaves(model) if id(layer) not in named]
    loose = [layer for layer in frozen if _trains(layer, trainable_ids)]
    stuck = [layer for layer in trainable if not _trains(layer, trainable_ids)]
    if not (loose or stuck):
        return
    wanted = ", ".join(_label(layer) for layer in frozen) or "nothing"
    to_train = ", ".join(_label(layer) for layer in trainable) or "nothing"
    received = []
    if loose:
        received.append("trains " + ", ".join(_label(layer) for layer in loose))
    if stuck:
        received.append("freezes " + ", ".join(_label(layer) for layer in stuck))
    causes, steps = [], []
    sliced = _sliced_from_input(model, loose)
    if sliced:  # the learner froze a slice of a layers list that starts with an InputLayer
        holder, prefix, left = sliced
        n = len(prefix)
        tail = (
            f"layers[:-1] (here layers[:{n}]) stops before the last layer"
            if left is holder.layers[-1]
            else f"layers[:{n}] is the input and " + ("one layer" if n == 2 else f"{n - 1} layers")
        )
        causes.append(
            f"the layers frozen are the first {n} of '{holder.name}'.layers ("
            + ", ".join(f"'{layer.name}'" for layer in prefix)
            + "); the first is the InputLayer, which holds nothing to freeze: a slice of "
            f".layers counts it, so {tail}, and '{left.name}' was left out."
        )
    if loose and _is_batchnorm(loose):
        causes.append(
            "a BatchNormalization left trainable runs in training mode inside fit: it "
            "normalises with each batch's statistics and overwrites the moving ones the "
            "base learned (training=False on the call does not stop it in Keras 3)."
        )
    others_loose = [
        layer for layer in loose if not isinstance(layer, keras.layers.BatchNormalization)
    ]
    if others_loose and not sliced:
        causes.append(
            "trainable = False was not set on "
            + ", ".join(f"'{layer.name}'" for layer in others_loose)
            + " (or was undone: setting trainable = True on a model sets it on every layer inside)."
        )
    if loose:
        steps.append("set trainable = False on " + ", ".join(f"'{layer.name}'" for layer in loose))
    hidden_by = [x for x in stuck if x.trainable and _frozen_holders(model, x)]
    by_model = [x for x in stuck if not x.trainable and _frozen_holders(model, x)]
    alone = [x for x in stuck if not x.trainable and not _frozen_holders(model, x)]
    if stuck and not trainable_ids and not hidden_by:
        causes.append("everything is frozen, the new layers included: fit would change nothing.")
    if hidden_by:
        holders = {id(h): h for x in hidden_by for h in _frozen_holders(model, x)}
        several = len(holders) > 1
        causes.append(
            ("the models " if several else "the model ")
            + ", ".join(f"'{h.name}'" for h in holders.values())
            + (" that hold " if several else " that holds ")
            + ", ".join(f"'{layer.name}'" for layer in hidden_by)
            + (" have" if several else " has")
            + " trainable = False: a model whose own flag is False trains none of its "
            "layers, whatever their own flags say (theirs say True)."
        )
        steps.append(
            "set trainable = True on "
            + ", ".join(f"'{h.name}'" for h in holders.values())
            + " first (it sets every layer inside to True), then trainable = False on the "
            "layers to freeze, one by one"
        )
    elif by_model and trainable_ids:
        causes.append(
            "trainable = False was set on a model that holds "
            + ", ".join(f"'{layer.name}'" for layer in by_model)
            + ", and a model's flag reaches every layer inside it"
            + (
                ": the task freezes nothing here, every layer trains."
                if not frozen
                else ", not only the ones the task names."
            )
        )
    if alone and trainable_ids:
        norms = [x for x in alone if isinstance(x, keras.layers.BatchNormalization)]
        causes.append(
            ", ".join(f"'{layer.name}'" for layer in alone)
            + " was frozen on its own (trainable = False on the layer, or in a loop over "
            "layers)"
            + (
                ": the task freezes nothing here; a base reused as it is, or fine-tuned, "
                "keeps its BatchNormalization frozen, but this one learns the new tasks "
                "whole, " + ", ".join(f"'{layer.name}'" for layer in norms) + " included."
                if norms and not frozen
                else "."
            )
        )
    if stuck and not hidden_by:
        steps.append(
            "leave "
            + ", ".join(f"'{layer.name}'" for layer in stuck)
            + " trainable"
            + (
                ": set trainable = False on no model that holds them"
                if by_model and not frozen
                else " (freeze layer by layer, or unfreeze it after freezing what holds it)"
                if by_model
                else ""
            )
        )
    fail(
        f"Which layers of {what} train",
        f"frozen: {wanted}; trainable: {to_train}",
        "; ".join(received),
        " ".join(causes),
        "; ".join(steps)
        + (
            ", then compile again (or model.make_train_function(force=True), which keeps the "
            "optimizer's state)."
            if getattr(model, "train_function", None) is not None  # a training step was made
            else ", before the model is compiled and trained."
        ),
        details=[
            f"  {_label(layer):<36} {'trainable' if _trains(layer, trainable_ids) else 'frozen'}"
            for layer in _leaves(model)
        ],
    )


# --------------------------------------------------------------------------- training


def _flagged_trainable(model) -> set[int]:
    return {id(v) for v in variables(model.trainable_weights)}


def _fail_norm_frozen_by_variables(norms, what, received) -> None:
    """Its variables are not among the model's trainable weights, yet the layer's own flag
    says trainable: frozen variable by variable, it runs in training mode in fit."""
    __tracebackhide__ = True
    names = ", ".join(f"'{layer.name}'" for layer in norms)
    fail(
        f"{what.capitalize()} as fit runs it",
        f"{what} unchanged: frozen, in inference mode",
        f"{received}: its moving mean and variance, although no variable of it is trainable",
        "the variables were frozen one by one (variable.trainable = False), but the layer "
        f"{names} itself is still trainable: a BatchNormalization whose own flag is True "
        "runs in training mode inside fit, normalises with each batch's statistics and "
        "overwrites the moving ones.",
        f"freeze the layer, not its variables: set trainable = False on {names} (or on the "
        "model that holds it).",
    )


def check_inference_mode(model, norm, inputs, *, what=None) -> None:
    """Called as fit calls it (training=True), the model leaves the moving statistics of the
    BatchNormalization `norm` as they are: the layer runs in inference mode.

    Cheaper than a training step, and the same for the layer's mode: a frozen
    BatchNormalization runs in inference mode whatever `training` says.
    """
    __tracebackhide__ = True
    what = what or f"the layer '{norm.name}'"
    saved = [np.array(to_numpy(v), copy=True) for v in norm.weights]
    try:
        with captured_warnings():
            model(inputs, training=True)
    except Exception:  # the model does not run: the output checks say why
        return
    finally:
        moved = [
            v
            for v, value in zip(norm.weights, saved, strict=True)
            if not np.array_equal(to_numpy(v), value)
        ]
        for v, value in zip(norm.weights, saved, strict=True):
            v.assign(value)
    if not moved:
        return
    received = f"{len(moved)} of its {len(saved)} variables changed"
    loose = _norm_in_training_mode(norm)
    if loose:
        _fail_norm_frozen_by_variables(loose, what, received)
    fail(
        f"{what.capitalize()} as fit runs it",
        f"{what} unchanged: frozen, in inference mode",
        f"{received}: its moving mean and variance",
        "a trainable BatchNormalization runs in training mode when fit calls the model "
        "(training=True, which reaches it whatever the call of the base said): it "
        "overwrites the moving statistics the base learned.",
        f"set trainable = False on {what}.",
    )


def _norm_in_training_mode(part) -> list:
    """BatchNormalization layers of `part` whose own flag (and every holder's) is trainable
    while none of their variables is: frozen variable by variable, in training mode in fit."""
    parts = part if isinstance(part, list | tuple) else [part]
    out = []
    for p in parts:
        for layer in [p, *all_layers(p)] if hasattr(p, "layers") else [p]:
            if not isinstance(layer, keras.layers.BatchNormalization) or not layer.trainable:
                continue
            own = [v for v in layer.weights if "moving" not in v.path]
            if own and not any(getattr(v, "trainable", True) for v in own):
                out.append(layer)
    return out


def _is_batchnorm(part) -> bool:
    parts = part if isinstance(part, list | tuple) else [part]
    return any(isinstance(p, keras.layers.BatchNormalization) for p in parts)


def check_frozen_in_fit(step, model, part, *, what="the frozen part") -> None:
    """No variable of `part` moved in the step `training.one_step` ran on `model`.

    When some did, the message says why: the part is still trainable, or its
    flags say frozen but the model was not compiled again after they changed
    (fit still runs the training step it traced before).
    """
    __tracebackhide__ = True
    own = variables(part)
    moved = [v for v in own if step.did_move(v)]
    if not moved:
        return
    flagged = _flagged_trainable(model)
    received = f"{len(moved)} of its {len(own)} variables changed"
    loose_norm = _norm_in_training_mode(part)
    if loose_norm:
        _fail_norm_frozen_by_variables(loose_norm, what, received)
    stale = not any(id(v) in flagged for v in own)  # its flags say frozen, yet it moved
    if stale:
        fail(
            f"{what.capitalize()} after one training step",
            f"{what} unchanged: it is frozen",
            f"{received}, although trainable is False on it",
            "trainable was set to False after the model had been compiled and trained, and the "
            "training step was not made again: fit keeps running the step it traced while the "
            "layers were trainable, so the freeze has no effect.",
            "after changing trainable, make the training step again: call model.compile(...) "
            "again, or model.make_train_function(force=True) (which keeps the optimizer and "
            "its state); then train.",
        )
    if _is_batchnorm(part):
        fail(
            f"{what.capitalize()} after one training step",
            f"{what} unchanged: frozen, in inference mode",
            f"{received}, its moving mean and variance included",
            "a trainable BatchNormalization runs in training mode inside fit: it normalises "
            "with each batch's statistics and updates its moving ones. training=False given "
            "when the base was called does not stop this in Keras 3: fit calls the whole "
            "model with training=True.",
            "set trainable = False on the BatchNormalization layer (a frozen one always runs "
            "in inference mode), then compile again.",
        )
    fail(
        f"{what.capitalize()} after one training step",
        f"{what} unchanged: it is frozen",
        f"{received}: it is still trainable",
        "trainable = False was not set on it, or was undone by setting trainable = True on "
        "a model or layer that contains it.",
        "set trainable = False on it, then compile again.",
    )


def check_trained_in_fit(step, model, part, *, what="the trainable part") -> None:
    """Some variable of `part` moved in the step `training.one_step` ran on `model`.

    When none did, the message says why: the part is frozen, or its flags say
    trainable but the model was not compiled again after it was unfrozen.
    """
    __tracebackhide__ = True
    if step.did_move(part):
        return
    flagged = _flagged_trainable(model)
    if any(id(v) in flagged for v in variables(part)):
        fail(
            f"{what.capitalize()} after one training step",
            f"{what} to change: it is trainable",
            "no change, although trainable is True on it",
            "it was unfrozen after the model had been compiled and trained, and the training "
            "step was not made again: fit keeps running the step it traced while the layer "
            "was frozen.",
            "after changing trainable, make the training step again: call model.compile(...) "
            "again, or model.make_train_function(force=True); then train.",
        )
    fail(
        f"{what.capitalize()} after one training step",
        f"{what} to change: it is trainable",
        "no change: it is frozen",
        "trainable = False is set on it, or on a model or layer that contains it.",
        "set trainable = True on it (after freezing what contains it), then compile again.",
    )


def check_learning_rate(model, *, at_most: float, given=None) -> None:
    """The model is compiled with a learning rate of at most `at_most`.

    `given`: the optimizer the model had before the learner's function ran; when the
    model still trains with that very object, at its old rate, the message says so.
    """
    __tracebackhide__ = True
    optimizer = getattr(model, "optimizer", None)
    if optimizer is None:
        fail(
            "Learning rate",
            f"a model compiled with a learning rate of at most {at_most:g}",
            "a model that is not compiled",
            "compile was not called on the model that is returned.",
            "call model.compile(optimizer=..., loss=...) before returning the model.",
        )
    rate = float(to_numpy(optimizer.learning_rate))
    if rate <= at_most * (1 + 1e-6):  # 1e-3 is stored as a float32, a hair above
        return
    alias = {k: v for k, v in vars(optimizer).items() if k in ("lr", "learning_rate_")}
    if alias:  # Keras 2's optimizer.lr = ...: Keras 3 stores it as a new attribute, unread
        name, value = next(iter(alias.items()))
        fail(
            "Learning rate for fine-tuning",
            f"a learning rate of at most {at_most:g}",
            f"{rate:g} ({type(optimizer).__name__}), with optimizer.{name} = {value!r} beside it",
            f"optimizer.{name} = ... (Keras 2's name) only adds an attribute that Keras 3 never "
            "reads: the rate the optimizer uses is optimizer.learning_rate, still "
            f"{rate:g}.",
            "compile again with a new optimizer made with the small rate, e.g. "
            f"keras.optimizers.SGD({at_most:g}).",
        )
    if given is not None and optimizer is given:
        # compile records every layer's flag as it was then: the flags of now, when the
        # learner compiled after changing them; the first round's, when they did not
        state = getattr(model, "_compiled_trainable_state", None) or {}
        recompiled = bool(state) and all(flag == layer.trainable for layer, flag in state.items())
        fail(
            "Learning rate for fine-tuning",
            f"a learning rate of at most {at_most:g}",
            f"{rate:g}: the optimizer the model was first trained with "
            f"({type(optimizer).__name__}), reused as it was",
            "the model was compiled again with its own optimizer (model.optimizer), whose "
            f"rate is still the {rate:g} that trained the new head: compiling again does "
            "not change an optimizer's rate."
            if recompiled
            else "the model was not compiled again, so it keeps the optimizer it was first "
            f"trained with, at the {rate:g} that trained the new head: tracing the step "
            "again (make_train_function(force=True)) keeps the optimizer and its rate.",
            f"compile with a new optimizer made with the small rate, e.g. "
            f"keras.optimizers.SGD({at_most:g}), or assign it first: "
            f"model.optimizer.learning_rate.assign({at_most / 10:g}).",
        )
    default = _default_rate(type(optimizer))
    fail(
        "Learning rate for fine-tuning",
        f"a learning rate of at most {at_most:g}",
        f"{rate:g} ({type(optimizer).__name__})",
        f"{rate:g}, {type(optimizer).__name__}'s default learning rate (what "
        f'optimizer="{type(optimizer).__name__.lower()}" or {type(optimizer).__name__}() '
        "without a rate gives), is a rate for training from scratch: it moves pretrained "
        "layers far from what they learned in the first few steps."
        if default is not None and np.isclose(rate, default, rtol=1e-6)
        else "fine-tuning pretrained layers with a learning rate made for a new head moves "
        "them far from what they learned in the first few steps.",
        f"compile again with a small learning rate, e.g. keras.optimizers.Adam({at_most / 10:g}).",
    )


def _default_rate(kind) -> float | None:
    """The learning rate an optimizer class takes when none is given."""
    import inspect

    try:
        value = inspect.signature(kind).parameters["learning_rate"].default
    except (KeyError, TypeError, ValueError):
        return None
    return float(value) if isinstance(value, int | float) else None


# --------------------------------------------------------------------------- several outputs


def check_output_shapes(model, expected, *, names=None, inputs=None) -> None:
    """The model has these outputs, in this order (shapes with the batch axis as None).

    Args:
        expected: one shape per output, e.g. `[(None, 4), (None, 1)]`.
        names: what each output is, for the feedback (e.g. `["kind", "price"]`).
        inputs: a batch to run a model that has no symbolic outputs (subclassed).
    """
    __tracebackhide__ = True
    expected = [tuple(s) for s in expected]
    names = names or [f"output {i + 1}" for i in range(len(expected))]
    got = output_shapes(model)
    if got is None and inputs is not None:
        out = run(model, inputs)
        out = (
            out if isinstance(out, list) else list(out.values()) if isinstance(out, dict) else [out]
        )
        got = [(None, *np.shape(o)[1:]) for o in out]
    got = got or []
    wanted = ", ".join(f"{n} {s}" for n, s in zip(names, expected, strict=True))
    if got == expected:
        return
    if len(got) != len(expected):
        fail(
            "Outputs of the model",
            f"{len(expected)} outputs: {wanted}",
            f"{len(got)} output{'s' if len(got) != 1 else ''}: " + ", ".join(map(str, got)),
            "a model with several heads returns one output per head; only "
            f"{len(got)} {'was' if len(got) == 1 else 'were'} given to keras.Model.",
            "return keras.Model(inputs, [" + ", ".join(names) + "]), one tensor per head.",
        )
    if sorted(map(str, got)) == sorted(map(str, expected)):
        fail(
            "Outputs of the model",
            wanted,
            ", ".join(map(str, got)),
            "the outputs are there, in another order; losses and targets are matched to "
            "outputs by position (or by name), so the order matters.",
            "pass the outputs to keras.Model in the order the task gives: ["
            + ", ".join(names)
            + "].",
        )
    fail(
        "Outputs of the model",
        wanted,
        ", ".join(map(str, got)),
        "a head has another size than the task asks.",
        "compare each head's units with the task.",
    )


def output_of(model, index: int):
    """One output of a multi-output model, as a model-like callable for `check_outputs`.

    `ag.check_outputs(output_of(model, 0), x, expected)` compares the first
    head's output with a reference.
    """

    def one_output(inputs, training=False):
        with captured_warnings():  # e.g. a one-input list called on an array
            outputs = model(inputs, training=training)
        if isinstance(outputs, dict):
            outputs = list(outputs.values())
        return outputs[index]

    return one_output


def _mean_loss(name, target, prediction) -> float:
    loss = keras.losses.get(name)
    return float(np.mean(to_numpy(loss(target, prediction))))


def check_losses(model, inputs, targets: dict, *, losses: dict, weights: dict) -> None:
    """The model is compiled with one loss per output and these loss weights.

    Compares the total loss Keras computes for the model's own predictions on
    (inputs, targets) with the weighted sum the task asks for, each loss
    computed from the same predictions.

    Args:
        targets: output name -> target array, in the model's output order.
        losses: output name -> the Keras name of its loss ("mse", ...).
        weights: output name -> its loss weight.
    """
    __tracebackhide__ = True
    names = list(targets)
    asked = " + ".join(f"{weights[n]:g} × {losses[n]} on '{n}'" for n in names)
    if not getattr(model, "compiled", False):
        fail(
            "Losses of the model",
            f"a model compiled with the loss {asked}",
            "a model that is not compiled",
            "compile was not called on the model that is returned.",
            "call model.compile(optimizer=..., loss={...}, loss_weights={...}) before returning it.",
        )
    predictions = run(model, inputs)
    predictions = predictions if isinstance(predictions, list) else [predictions]
    with captured_warnings():
        try:
            total = float(
                to_numpy(
                    model.compute_loss(
                        inputs, [targets[n] for n in names], predictions, training=False
                    )
                )
            )
        except Exception as exc:  # the learner's compiled losses may not fit the outputs
            said = _config_mix_up(model, names, losses, weights)
            fail(
                "Losses of the model",
                f"the loss {asked}",
                f"{type(exc).__name__}: {first_line(exc)[:160]}",
                *(
                    said
                    or (
                        "a loss does not fit the output it is given to: Keras could not "
                        "compute it from that output's predictions and targets.",
                        "give each output its loss by name: loss={"
                        + ", ".join(f"'{n}': '{losses[n]}'" for n in names)
                        + "}.",
                    )
                ),
            )
    per = {n: _mean_loss(losses[n], targets[n], p) for n, p in zip(names, predictions, strict=True)}
    expected = sum(weights[n] * per[n] for n in names)
    if np.isclose(total, expected, rtol=1e-4, atol=1e-5):
        return
    parts = " + ".join(f"{weights[n]:g} × {per[n]:.4f}" for n in names)
    said = _config_mix_up(model, names, losses, weights)
    if said:
        fail(
            "Losses of the model",
            f"a total loss of {expected:.4f} = {parts}",
            f"a total loss of {total:.4f}",
            *said,
        )
    for label, cause, step, other in _known_mix_ups(names, losses, weights):
        if np.isclose(total, sum(other[n] * per[n] for n in names), rtol=1e-4, atol=1e-5):
            fail(
                "Loss weights",
                f"a total loss of {expected:.4f} = {parts}",
                f"a total loss of {total:.4f}: {label}",
                cause,
                step,
            )
    fail(
        "Losses of the model",
        f"a total loss of {expected:.4f} = {parts}",
        f"a total loss of {total:.4f}",
        "a loss or a loss weight differs from the task's.",
        f"compile with loss={{{', '.join(f'{n!r}: {losses[n]!r}' for n in names)}}} and "
        f"loss_weights={{{', '.join(f'{n!r}: {weights[n]!r}' for n in names)}}}.",
    )


_ALIASES = {"mean_squared_error": "mse", "mean_absolute_error": "mae"}


def loss_name(loss) -> str | None:
    """A loss as given to compile (a name, a function, a Loss object), by its Keras name:
    "mse", "sparse_categorical_crossentropy", ...; None when it cannot be read."""
    if loss is None:
        return None
    if isinstance(loss, str):
        try:
            loss = keras.losses.get(loss)
        except Exception:  # an unknown name: compile would have refused it already
            return loss
    fn = getattr(loss, "fn", None)  # a Loss object wrapping a function
    name = getattr(fn or loss, "__name__", None) or getattr(loss, "name", None)
    return _ALIASES.get(name, name)


def _builtin_loss(name: str) -> bool:
    """One of Keras's own losses (not the learner's function that computes it)."""
    try:
        return loss_name(keras.losses.get(name)) == name
    except Exception:  # not a name Keras knows
        return False


def _compiled_config(model):
    """(losses, loss weights) exactly as given to compile, or (None, None) if unreadable."""
    compiled = getattr(model, "_compile_loss", None)
    if compiled is None:
        return getattr(model, "loss", None), None
    return getattr(compiled, "_user_loss", None), getattr(compiled, "_user_loss_weights", None)


def _by_output(config, names):
    """output name -> what `config` (a dict, a list in output order, or one value) gives it."""
    if isinstance(config, dict):
        return dict(config)
    if isinstance(config, list | tuple):
        return dict(zip(names, config, strict=False)) if len(config) == len(names) else None
    return dict.fromkeys(names, config) if config is not None else None


def _pairs(mapping, fmt) -> str:
    return ", ".join(f"'{n}': {fmt(v)}" for n, v in mapping.items())


def _config_mix_up(model, names, losses, weights):
    """(cause, next step) read from how compile was called, when that names the mistake:
    the mechanism (a list in another order, a dict with its values swapped, another loss,
    no loss weights), not only its symptom in the total."""
    given_losses, given_weights = _compiled_config(model)
    asked_losses = "loss={" + ", ".join(f"'{n}': '{losses[n]}'" for n in names) + "}"
    asked_weights = "loss_weights={" + ", ".join(f"'{n}': {weights[n]!r}" for n in names) + "}"
    outputs = list(getattr(model, "output_names", None) or names)
    for config, what in ((given_losses, "losses"), (given_weights, "loss weights")):
        if isinstance(config, dict) and sorted(config) != sorted(outputs):
            return (
                f"the {what} are given by name, for {', '.join(map(repr, config))}, but the "
                f"model's outputs are named {', '.join(map(repr, outputs))}: a name that is "
                "not an output's matches nothing.",
                f"name each head's layer as the task says, and give the {what} for those names.",
            )
    by_output = _by_output(given_losses, names)
    if by_output is not None:
        got = {n: loss_name(by_output.get(n)) for n in names}
        want = {n: loss_name(losses[n]) for n in names}
        if got != want:
            if sorted(map(str, got.values())) == sorted(map(str, want.values())):
                if isinstance(given_losses, dict):
                    return (
                        f"the loss dict gives {_pairs(got, repr)}: each loss is named for the "
                        "other output, so each head is trained with the other head's loss.",
                        f"swap the two values: {asked_losses}.",
                    )
                return (
                    f"the list of losses gives {_pairs(got, repr)}: a list of losses follows "
                    "the order of the model's outputs, not the meaning of the losses.",
                    f"name each loss's output: {asked_losses}.",
                )
            wrong = [n for n in names if got[n] != want[n]]
            n = wrong[0]
            extra = ""
            if (
                got[n] == "categorical_crossentropy"
                and want[n] == "sparse_categorical_crossentropy"
            ):
                extra = (
                    " (categorical_crossentropy expects one-hot targets; the targets of "
                    f"'{n}' are class numbers)"
                )
            return (
                f"the loss of '{n}' is {got[n]} where the task asks for {want[n]}{extra}.",
                f"compile with {asked_losses}.",
            )
    if given_weights is None:
        if dict.fromkeys(names, 1.0) != weights:
            return (
                "no loss_weights were given, so each output's loss counts fully and the "
                "task's balance between the heads is lost.",
                f"pass {asked_weights} to compile.",
            )
        return None
    by_output = _by_output(given_weights, names)
    if by_output is None:
        return None
    try:
        got = {n: float(by_output.get(n, 1.0)) for n in names}
    except (TypeError, ValueError):
        return None
    if all(np.isclose(got[n], weights[n]) for n in names):
        if isinstance(given_weights, dict) and not isinstance(given_losses, dict):
            keys = sorted(given_weights)
            if keys != list(outputs):
                return (
                    "the losses are a list and the loss weights a dict: Keras then reads the "
                    f"dict as a list too, its keys in sorted order ({', '.join(map(repr, keys))}), "
                    "and pairs it with the outputs by position, so the weights land on other "
                    "outputs than their names say.",
                    f"give both by name: {asked_losses} and {asked_weights} (or both as "
                    "lists, in the order of the outputs).",
                )
        return None
    if sorted(got.values()) == sorted(weights.values()):
        if isinstance(given_weights, dict):
            return (
                f"the loss_weights dict gives {_pairs(got, lambda v: f'{v:g}')}: the names are "
                "right, but each weight is written against the other output's name.",
                f"write each weight against its own output: {asked_weights}.",
            )
        return (
            f"the list of loss_weights gives {_pairs(got, lambda v: f'{v:g}')}: a list of "
            "loss weights follows the order of the model's outputs.",
            f"name each weight's output: {asked_weights}.",
        )
    n = next(n for n in names if not np.isclose(got[n], weights[n]))
    return (
        f"the loss weight of '{n}' is {got[n]:g} where the task asks for {weights[n]:g}.",
        f"pass {asked_weights} to compile.",
    )


def _known_mix_ups(names, losses, weights):
    """(label, cause, next step, weights) of the usual mistakes with loss weights."""
    asked = "loss_weights={" + ", ".join(f"'{n}': {weights[n]!r}" for n in names) + "}"
    ones = dict.fromkeys(names, 1.0)
    if ones != weights:
        yield (
            "every loss counted with weight 1",
            "no loss_weights were given (or all of them are 1), so each output's loss "
            "counts fully and the task's balance between the heads is lost.",
            f"pass {asked} to compile.",
            ones,
        )
    for order in itertools.permutations(names):
        other = {n: weights[m] for n, m in zip(names, order, strict=True)}
        if other != weights:
            given = ", ".join(f"'{n}' {other[n]:g}" for n in names)
            yield (
                f"the weights given to other outputs ({given})",
                "the loss weights were given in another order than the outputs: a list of "
                "loss_weights follows the order of the model's outputs.",
                f"name each weight's output: {asked}.",
                other,
            )


# --------------------------------------------------------------------------- what the statement names


def check_optimizer(model, name: str) -> None:
    """The model is compiled with the optimizer the task names (`"Adam"`, `"SGD"`, ...)."""
    __tracebackhide__ = True
    optimizer = getattr(model, "optimizer", None)
    if optimizer is None or not getattr(model, "compiled", False):
        fail(
            "Optimizer",
            f"a model compiled with {name}",
            "a model that is not compiled",
            "compile was not called on the model that is returned.",
            f'call model.compile(optimizer="{name.lower()}", ...) before returning it.',
        )
    inner = getattr(optimizer, "inner_optimizer", optimizer)  # a loss-scaling wrapper
    if isinstance(inner, getattr(keras.optimizers, name)):
        return
    got = type(inner).__name__
    fail(
        "Optimizer",
        f'{name} (optimizer="{name.lower()}", or keras.optimizers.{name}(...))',
        f"{got} (learning rate {float(to_numpy(inner.learning_rate)):g})",
        f"the model was compiled with {got} where the task asks for {name}: "
        + (
            "plain SGD takes one fixed step size for every weight, where Adam adapts each "
            "weight's step to its gradients, so the heads would train at another pace."
            if got == "SGD"
            else "another optimizer trains the model along another path."
        ),
        f'compile with optimizer="{name.lower()}" (or keras.optimizers.{name}()).',
    )


def check_output_names(model, names) -> None:
    """The model's outputs carry these names, in this order (losses by name find them)."""
    __tracebackhide__ = True
    names = list(names)
    got = list(getattr(model, "output_names", None) or [])
    if got == names:
        return
    if not set(got) & set(names):
        cause = (
            "the heads' layers were not given the task's names: Keras names each output after "
            f"its last layer ({', '.join(map(repr, got))}), so losses and loss weights given "
            f"by name ({', '.join(map(repr, names))}) find no output of that name."
        )
    else:
        wrong = [(g, n) for g, n in zip(got, names, strict=False) if g != n]
        cause = (
            f"the output that should be '{wrong[0][1]}' is named '{wrong[0][0]}': an output "
            "takes the name of the layer that makes it (the last layer of its head)."
            if wrong
            else "the outputs have other names than the task gives."
        )
    fail(
        "Names of the outputs",
        ", ".join(map(repr, names)),
        ", ".join(map(repr, got)) or "no names",
        cause,
        "give the last layer of each head the task's name: "
        + ", ".join(f"name={n!r}" for n in names)
        + ".",
    )


def check_loss(model, inputs, targets, *, loss: str) -> None:
    """A one-output model is compiled with this loss (computed from its own predictions)."""
    __tracebackhide__ = True
    if not getattr(model, "compiled", False):
        fail(
            "Loss of the model",
            f"a model compiled with the loss {loss}",
            "a model that is not compiled",
            "compile was not called on the model that is returned.",
            f'call model.compile(optimizer=..., loss="{loss}") before returning it.',
        )
    prediction = run(model, inputs)
    with captured_warnings():
        try:
            total = float(to_numpy(model.compute_loss(inputs, targets, prediction, training=False)))
        except Exception as exc:  # the learner's loss may not fit the targets
            total = f"{type(exc).__name__}: {first_line(exc)[:120]}"
    expected = _mean_loss(loss, targets, prediction)
    given, _ = _compiled_config(model)
    got = loss_name(given if not isinstance(given, list | tuple | dict) else None)
    if isinstance(total, float) and np.isclose(total, expected, rtol=1e-4, atol=1e-5):
        if got and got != loss_name(loss) and _builtin_loss(got):
            fail(  # another of Keras's losses that happens to agree on this model and batch
                "Loss of the model",
                f"the loss {loss}",
                f"the loss {got} ({total:.4f} on a fixed batch, the same value)",
                f"the model was compiled with the loss {got} where the task asks for {loss}: "
                "on this model's outputs and targets both give the same value, but they are "
                "different losses"
                + (
                    ": binary_crossentropy scores each output as a yes/no of its own, they "
                    "agree only for a softmax over 2 classes, and Keras then measures "
                    "'accuracy' as binary accuracy."
                    if got == "binary_crossentropy"
                    else "."
                ),
                f'compile with loss="{loss}".',
            )
        return
    fail(
        "Loss of the model",
        f"the loss {loss}: {expected:.4f} on a fixed batch",
        (f"{total:.4f}" if isinstance(total, float) else total)
        + (f", from the loss {got}" if got else ""),
        f"the model was compiled with the loss {got} where the task asks for {loss}."
        if got and got != loss_name(loss)
        else "the model computes another loss than the task's.",
        f'compile with loss="{loss}".',
    )


# --------------------------------------------------------------------------- the task's architecture

# reuse_vs_duplication explains a duplicate that Keras refuses by name in grafting tasks too
# (two trunks where one is shared)
from . import architecture as _architecture  # noqa: E402 -- after the checks it builds on
from . import reuse_vs_duplication as _reuse  # noqa: E402, F401 -- registers _name_clash


class Given(_architecture.Op):
    """A network the learner is given, as one step of a task's architecture.

    `features = Base("features")(readings)`: the given network cut after its layer
    `"features"` (no argument: whole), run with its own weights in inference mode. It
    holds no kernel to match: `check_cut` decides that the model holds the network itself.
    """

    def __init__(self, kind: str, network):
        super().__init__(kind)
        object.__setattr__(self, "network", network)
        object.__setattr__(self, "_cuts", {})

    def evaluate(self, args, xs, weights):
        at = args["_pos"][0] if args["_pos"] else None
        cut = self._cuts.get(at)
        if cut is None:
            out = self.network.get_layer(at).output if at else self.network.output
            cut = self._cuts[at] = keras.Model(self.network.inputs, out)
        with captured_warnings():  # a one-input list called on an array: Keras warns
            return np.asarray(
                to_numpy(cut(np.asarray(xs[0], "float32"), training=False)), "float64"
            )

    def forms(self, step, arch):
        """The network's own layers, in order up to the cut, as they are now (config,
        activation, trainable flag, name): a structural explanation then sees through it
        to the layers the learner added, missed or changed around it."""
        at = step.args["_pos"][0] if step.args["_pos"] else None
        chain = []
        for layer in self.network.layers:
            if type(layer).__name__ == "InputLayer":
                continue
            shape = tuple(layer.output.shape[1:])
            chain.append(
                (
                    type(layer).__name__,
                    {},
                    shape,
                    {
                        "config": _layer_config(layer, len(shape) + 1),
                        "activation": _layer_activation(layer),
                        "trainable": bool(layer.trainable),
                        "role": layer.name,
                    },
                )
            )
            if layer.name == at:
                break
        return [chain] if chain else []


class Reduce(_architecture.Op):
    """`MaxOver(axis)` / `MeanOver(axis)`: the maximum or mean over one axis (the batch
    axis not counted), however it is written (a pooling layer, keras.ops in a Lambda)."""

    def __init__(self, kind: str, how):
        super().__init__(kind)
        object.__setattr__(self, "how", how)

    def evaluate(self, args, xs, weights):
        axis = args.get("axis", args["_pos"][0] if args["_pos"] else 1)
        return self.how(np.asarray(xs[0], "float64"), axis=axis)

    def forms(self, step, arch):
        """Over the steps of a (steps, channels) map: the global pooling layer, or a
        pooling over every step then Flatten; any other reduction is computed in code."""
        shape = arch.shapes[step.inputs[0]]
        axis = step.args.get("axis", step.args["_pos"][0] if step.args["_pos"] else 1)
        if len(shape) != 2 or axis not in (1, -2):
            return []
        pool = "Max" if self.how is np.max else "Average"
        return [
            [(f"Global{pool}Pooling1D", {}, shape[1:])],
            [
                (f"{pool}Pooling1D", {"pool_size": shape[0]}, (1, shape[1])),
                ("Flatten", {}, shape[1:]),
            ],
            [("code", {}, shape[1:])],
        ]


def given(**networks) -> dict:
    """The ops of a grafting task: each given network under its name, and the reductions.

    `ag.architecture(text, ops=grafting_networks.given(Base=base, PatternNet=pattern_net))`.
    """
    return {
        **{kind: Given(kind, network) for kind, network in networks.items()},
        "MaxOver": Reduce("MaxOver", np.max),
        "MeanOver": Reduce("MeanOver", np.mean),
    }


def known(arch, task: str) -> dict:
    """`check_architecture(known=...)` for task `task`: its named mistakes that no single
    change to the description reaches (`KNOWN[task]`), each the description `arch` with one
    step computed another way, tried on the learner's own layers before the other changes."""
    out = {}
    for step_name, kind, args, cause, next_step in KNOWN.get(task, ()):
        i = next(k for k, s in enumerate(arch.steps) if s.name == step_name)
        step = arch.steps[i]
        op = step.op if kind == step.kind else _OPS[kind]
        changed = _architecture.replace(step, kind=kind, op=op, args={**step.args, **args})
        out[f"{step_name}: {kind} {args}"] = (
            _architecture._with(arch, i, changed),
            cause,
            next_step,
        )
    return out


_OPS = {"MaxOver": Reduce("MaxOver", np.max), "MeanOver": Reduce("MeanOver", np.mean)}


# --------------------------------------------------------------------------- the topic's words

COUNTS = {
    "parallel_merge": {
        ("trainable", 34): (
            "the head sees 8 + 25 = 33 values, not 13: the pattern map was flattened "
            "(5 positions × 5 detectors), not reduced over its positions.",
            "keep each detector's strongest response over the 5 positions: a global max "
            "pooling layer, or keras.ops.max over axis 1.",
        ),
    },
    "two_heads": {
        ("trainable", 669): (
            "the heads do not share the trunk: there are two trunks, one a copy, so each "
            "head trains its own and neither learns from the other's loss.",
            "call the one trunk once and give its output to both heads.",
        ),
    },
}

NOTES = {
    "two_heads": {},
    "extractor_head": {
        ("activation", "service", "linear"): (
            'the head has no activation: the task asks for Dense(2, activation="softmax").',
            'add activation="softmax" to the head.',
        ),
    },
    "parallel_merge": {
        ("order", "merged", ("patterns", "features")): (
            "the branches were concatenated in the other order, so the head's first 8 "
            "weights read the patterns.",
            "concatenate [features, patterns], in that order.",
        ),
    },
}

# (step, kind it becomes, its arguments, cause, next step): named mistakes that change
# how one step computes, beyond the built-in changes (activation, order, merge).
KNOWN = {
    "parallel_merge": (
        (
            "patterns",
            "MeanOver",
            {},
            "each detector's responses were averaged over the 5 positions (as in the "
            "lesson): a pattern seen at one position only is diluted by the other four, "
            "where the task keeps its strongest response.",
            "take the maximum over the positions instead: a global max pooling layer, or "
            "keras.ops.max over axis 1.",
        ),
        (
            "patterns",
            "MaxOver",
            {"axis": 2, "_pos": ()},
            "the maximum was taken over the 5 detectors at each position (the last axis), "
            "not over the 5 positions of each detector: the shapes agree, (None, 5), so "
            "nothing fails, but each value is the strongest detector at one position.",
            "reduce over the positions, axis 1 of (None, 5, 5): a global max pooling layer "
            "does it, or keras.ops.max(..., axis=1).",
        ),
    ),
}
