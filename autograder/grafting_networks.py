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
- `check_learning_rate`: a small enough learning rate for fine-tuning.

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

from .feedback import fail
from .keras_errors import first_line
from .layers import all_layers, to_numpy, variables
from .outputs import run
from .quiet import captured_warnings, import_keras
from .shapes import output_shapes

keras = import_keras()

__all__ = [
    "check_cut",
    "check_frozen_in_fit",
    "check_learning_rate",
    "check_losses",
    "check_output_shapes",
    "check_trainable",
    "check_trained_in_fit",
    "cut_output",
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
                "set_weights(get_weights()) copies values once into new variables: the "
                f"copy does not share the weights of {what}, and drifts away in training."
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
        fail(
            f"Where {what} was cut",
            expected,
            f"{what} cut {where}: {_names(missing)} missing",
            f"get_layer(...) was given an earlier layer than '{at}', so the layers above "
            "it are not in the model and the head sees less processed features.",
            f"cut it at '{at}': keras.Model(base.inputs, base.get_layer('{at}').output).",
        )


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
    if loose and _is_batchnorm(loose):
        causes.append(
            "a BatchNormalization left trainable runs in training mode inside fit: it "
            "normalises with each batch's statistics and overwrites the moving ones the "
            "base learned (training=False on the call does not stop it in Keras 3)."
        )
    others_loose = [
        layer for layer in loose if not isinstance(layer, keras.layers.BatchNormalization)
    ]
    if others_loose:
        causes.append(
            "trainable = False was not set on "
            + ", ".join(f"'{layer.name}'" for layer in others_loose)
            + " (or was undone: setting trainable = True on a model sets it on every layer inside)."
        )
    if loose:
        steps.append("set trainable = False on " + ", ".join(f"'{layer.name}'" for layer in loose))
    if stuck and not trainable_ids:
        causes.append("everything is frozen, the new layers included: fit would change nothing.")
    elif stuck:
        causes.append(
            "trainable = False reached "
            + ", ".join(f"'{layer.name}'" for layer in stuck)
            + " as well: freezing a model (or looping over all its layers) freezes every "
            "layer inside it, not only the ones the task names."
        )
    if stuck:
        steps.append(
            "leave " + ", ".join(f"'{layer.name}'" for layer in stuck) + " trainable"
            " (freeze layer by layer, or unfreeze it after freezing what holds it)"
        )
    fail(
        f"Which layers of {what} train",
        f"frozen: {wanted}; trainable: {to_train}",
        "; ".join(received),
        " ".join(causes),
        "; ".join(steps) + ", then compile again.",
        details=[
            f"  {_label(layer):<36} {'trainable' if _trains(layer, trainable_ids) else 'frozen'}"
            for layer in _leaves(model)
        ],
    )


# --------------------------------------------------------------------------- training


def _flagged_trainable(model) -> set[int]:
    return {id(v) for v in variables(model.trainable_weights)}


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
    stale = not any(id(v) in flagged for v in own)  # its flags say frozen, yet it moved
    received = f"{len(moved)} of its {len(own)} variables changed"
    if stale:
        fail(
            f"{what.capitalize()} after one training step",
            f"{what} unchanged: it is frozen",
            f"{received}, although trainable is False on it",
            "trainable was set to False after the model had been compiled and trained, and the "
            "model was not compiled again: fit keeps running the training step it traced "
            "while the layers were trainable, so the freeze has no effect.",
            "after changing trainable, call model.compile(...) again, then train.",
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
            "it was unfrozen after the model had been compiled and trained, and the model "
            "was not compiled again: fit keeps running the training step it traced while "
            "the layer was frozen.",
            "after changing trainable, call model.compile(...) again, then train.",
        )
    fail(
        f"{what.capitalize()} after one training step",
        f"{what} to change: it is trainable",
        "no change: it is frozen",
        "trainable = False is set on it, or on a model or layer that contains it.",
        "set trainable = True on it (after freezing what contains it), then compile again.",
    )


def check_learning_rate(model, *, at_most: float) -> None:
    """The model is compiled with a learning rate of at most `at_most`."""
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
    fail(
        "Learning rate for fine-tuning",
        f"a learning rate of at most {at_most:g}",
        f"{rate:g} ({type(optimizer).__name__})",
        "fine-tuning pretrained layers with a learning rate made for a new head moves them "
        "far from what they learned in the first few steps.",
        f"compile again with a small learning rate, e.g. keras.optimizers.Adam({at_most / 10:g}).",
    )


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
            # Keras's own words would blame a layer; the shapes that meet are a target's
            # and another output's, so a loss was given to the wrong output.
            fail(
                "Losses of the model",
                f"the loss {asked}",
                f"{type(exc).__name__}: {first_line(exc)[:160]}",
                "a loss does not fit the output it is given to: the targets of one head meet "
                "the predictions of the other, so the losses (a list follows the order of "
                "the outputs) were given to the outputs in another order, or a loss expects "
                "targets of another kind.",
                "give each output its loss by name: loss={"
                + ", ".join(f"'{n}': '{losses[n]}'" for n in names)
                + "}.",
            )
    per = {n: _mean_loss(losses[n], targets[n], p) for n, p in zip(names, predictions, strict=True)}
    expected = sum(weights[n] * per[n] for n in names)
    if np.isclose(total, expected, rtol=1e-4, atol=1e-5):
        return
    parts = " + ".join(f"{weights[n]:g} × {per[n]:.4f}" for n in names)
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
