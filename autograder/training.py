"""Behaviour under training: what one optimizer step changes (a judge).

Frozen weights must stay put, shared weights move together (they are one
variable), duplicated ones move apart. `one_step` runs one step on a fixed
batch and reports which variables moved; the checks below read that report.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .causes import report
from .failure import Failure
from .keras_errors import first_line
from .models import to_numpy, variables
from .quiet import captured_warnings, import_keras

keras = import_keras()


@dataclass
class Step:
    """Which variables moved in one optimizer step (by object identity)."""

    moved: list
    still: list

    def did_move(self, obj) -> bool:
        """True if any variable of a layer/model/variable moved."""
        ids = {id(v) for v in self.moved}
        return any(id(v) in ids for v in variables(obj))

    def all_still(self, obj) -> bool:
        """True if no variable of obj moved."""
        return not self.did_move(obj)


def one_step(model, inputs, targets, *, use_compiled=True, learning_rate=0.1) -> Step:
    """Run one optimizer step on (inputs, targets); report which variables moved.

    Args:
        use_compiled: if the learner compiled the model, train with their
            compiled step (through `fit`), so that a stale compiled state
            (freezing after training, without compiling again) is what runs,
            as it would in their own `fit`. Otherwise compile with SGD and a
            mean squared error first.
    """
    __tracebackhide__ = True
    before = {id(v): to_numpy(v).copy() for v in variables(model)}
    with captured_warnings():
        try:
            if not (use_compiled and getattr(model, "compiled", False)):
                model.compile(optimizer=keras.optimizers.SGD(learning_rate), loss="mse")
            batch = len(inputs[0] if isinstance(inputs, list | tuple) else inputs)
            # fit, not train_on_batch: each caches its own traced step, and the
            # learner's stale state (frozen after fit, not recompiled) is fit's.
            model.fit(inputs, targets, batch_size=batch, epochs=1, shuffle=False, verbose=0)
        except Exception as exc:  # the learner's model may fail to train
            report(
                Failure(
                    "training.one_step",
                    "One training step",
                    "the model to train for one step on a fixed batch",
                    f"{type(exc).__name__}: {first_line(exc)}",
                    model=model,
                    error=exc,
                )
            )
    moved, still = [], []
    for v in variables(model):
        (still if np.array_equal(before[id(v)], to_numpy(v)) else moved).append(v)
    return Step(moved, still)


def check_frozen(step: Step, part, *, what="the frozen part", cause="", next_step="") -> None:
    """No variable of `part` moved during the step."""
    __tracebackhide__ = True
    own = variables(part)
    moving = [v for v in own if step.did_move(v)]
    if not moving:
        return
    report(
        Failure(
            "training.check_frozen",
            f"{what} after one training step",
            f"{what} unchanged (frozen)",
            f"{len(moving)} of its {len(own)} variables changed",
            cause=cause,
            next_step=next_step,
        )
    )


def check_moves(step: Step, part, *, what="the trainable part", cause="", next_step="") -> None:
    """Some variable of `part` moved during the step."""
    __tracebackhide__ = True
    if step.did_move(part):
        return
    report(
        Failure(
            "training.check_moves",
            f"{what} after one training step",
            f"{what} to change (it is trainable)",
            "no change",
            cause=cause,
            next_step=next_step,
        )
    )
