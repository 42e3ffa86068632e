"""Parameter counts: total, trainable and non-trainable, with a per-layer table (a judge).

`check_counts` decides; a refused count goes, with the table of known causes the test
cell gave, to the explaining layer (`autograder.causes`), which says why.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .causes import report
from .failure import Failure
from .feedback import compare_counts, count
from .models import all_layers, variables
from .quiet import import_keras

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
        report(
            Failure(
                "parameters.counts",
                "Parameter count",
                "a built model",
                f"{model.name}, which is not built yet",
                model=model,
            )
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
        report(
            Failure(
                "parameters.check_counts",
                title,
                f"{count(expected)} {words} parameters",
                f"{count(received)} {words} parameters ({compare_counts(expected, received)})",
                model=model,
                details=breakdown(model),
                kind=kind,
                expected_count=expected,
                received_count=received,
                causes=causes,
            )
        )
    return got
