"""Parameter counts: total, trainable and non-trainable, with a per-layer table."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .feedback import compare_counts, count, fail, ratio
from .layers import all_layers, variables
from .quiet import import_keras
from .structure import difference

# Differences in a layer's own arguments that a table keyed on counts cannot tell apart
# from a topology mistake of the same count: the structural word wins over the table.
_INVISIBLE_IN_COUNTS = {
    "use_bias",
    "trainable",
    "activation",
    "kernel_size",
    "strides",
    "padding",
    "shared",
    "swap",
}

keras = import_keras()


@dataclass(frozen=True)
class Counts:
    total: int
    trainable: int
    non_trainable: int


def _size(variable) -> int:
    return int(np.prod(variable.shape))


def counts(model) -> Counts:
    """Counts of a built model's parameters, each shared variable once.

    Raises CheckFailed if the model (or a layer in it) has no weights yet.
    """
    __tracebackhide__ = True
    if not getattr(model, "built", True):
        fail(
            "Parameter count",
            "a built model",
            f"{model.name}, which is not built yet",
            "a Sequential model without an Input has no weights until it is called once.",
            "start it with keras.Input(shape=...) (e.g. keras.Sequential([keras.Input((4,)), ...])).",
        )
    trainable = sum(_size(v) for v in variables(model.trainable_weights))
    frozen = sum(_size(v) for v in variables(model.non_trainable_weights))
    return Counts(trainable + frozen, trainable, frozen)


def breakdown(model) -> list[str]:
    """One line per layer with weights: name, type, trainable and frozen counts."""
    rows = []
    for layer in all_layers(model):
        if isinstance(layer, keras.Model) or not layer.weights:
            continue
        train = sum(_size(v) for v in layer.trainable_weights)
        frozen = sum(_size(v) for v in layer.non_trainable_weights)
        extra = f" + {count(frozen)} non-trainable" if frozen else ""
        rows.append(f"  {layer.name:<22} {type(layer).__name__:<20} {count(train):>8}{extra}")
    return ["Your model, layer by layer (trainable parameters):", *rows] if rows else []


def check_counts(
    model,
    *,
    total: int | None = None,
    trainable: int | None = None,
    non_trainable: int | None = None,
    causes: dict | None = None,
    title: str = "Parameter count",
) -> Counts:
    """Check a model's parameter counts.

    Args:
        model: the learner's keras model.
        total, trainable, non_trainable: the expected counts (None: not checked).
        causes: known wrong counts and what they mean. When a test registered the
            task's architecture (`ag.expect`), the first structural difference is the
            cause where there is no entry, and also where it lies in a layer's own
            arguments (bias, activation, trainable, kernel, sharing, swapped inputs),
            which a count cannot tell from the entry's mistake. E.g.
            `{("trainable", 105): ("the branches were added, not concatenated", "use Concatenate")}`
            or with the kind left out, `{105: (...)}`. A value may be a cause
            string alone.
        title: the heading of the feedback.

    Returns:
        The model's Counts.

    Raises:
        CheckFailed: a count differs; the message gives the per-layer table.
    """
    __tracebackhide__ = True
    got = counts(model)
    causes = causes or {}
    for kind, expected in (
        ("total", total),
        ("trainable", trainable),
        ("non_trainable", non_trainable),
    ):
        if expected is None:
            continue
        received = getattr(got, kind)
        if received == expected:
            continue
        words = kind.replace("_", "-")
        hint = causes.get((kind, received), causes.get(received))
        if isinstance(hint, str):
            hint = (hint, "")
        found = difference(model)
        if found is not None and (hint is None or found.what in _INVISIBLE_IN_COUNTS):
            hint = (found.cause, found.next_step)
        cause, step = hint or _generic_cause(kind, expected, received)
        fail(
            title,
            f"{count(expected)} {words} parameters",
            f"{count(received)} {words} parameters ({compare_counts(expected, received)})",
            cause,
            step or "compare your layers with the task, using the table below.",
            details=breakdown(model),
        )
    return got


def _generic_cause(kind, expected, received):
    if kind == "non_trainable" and received > expected:
        return (
            "more weights are frozen than the task asks (trainable = False on too much).",
            "freeze only the part the task names.",
        )
    if kind == "non_trainable":
        return (
            "fewer weights are frozen than the task asks.",
            "set trainable = False on the part the task names, then compile again.",
        )
    if (ratio(received, expected) or (0,))[0] == 2:
        return (
            "twice as many: a layer was duplicated where one instance should be shared.",
            "create the layer once and call that same instance on each input.",
        )
    return (
        "a layer has another size than the task asks, or one is missing or extra; "
        "a layer's parameter count follows from the width of what reaches it.",
        "",
    )
