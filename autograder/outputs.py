"""Outputs on fixed inputs, against a reference computed from the model's own weights (a judge).

The reference is computed from the learner's variables (found by type and
shape, see `autograder.reference`), so any initialisation passes and only the
wiring is graded. `fixed_inputs` and `chosen_weights` (the check's own inputs and
weights) are read from `autograder.running` and keep their names here.
"""

from __future__ import annotations

import numpy as np

from .causes import report
from .failure import Failure
from .integrity import plain_array
from .keras_errors import first_line
from .models import to_numpy
from .quiet import import_keras
from .running import chosen_weights, fixed_inputs, run_quietly  # noqa: F401 -- ag.* names

keras = import_keras()


def run(model, inputs):
    """The model's output on `inputs` (inference mode) as numpy arrays."""
    __tracebackhide__ = True
    try:
        out = run_quietly(model, inputs)
    except Exception as exc:  # the learner's model may fail in any way
        report(
            Failure(
                "outputs.run",
                "Running the model on a batch",
                "the model to run on a batch of inputs",
                f"{type(exc).__name__}: {first_line(exc)}",
                model=model,
                error=exc,
            )
        )
    # grading security (issue 11): outputs must be genuine arrays, not look-alikes
    if isinstance(out, list | tuple):
        return [plain_array(to_numpy(o)) for o in out]
    if isinstance(out, dict):
        return {k: plain_array(to_numpy(o)) for k, o in out.items()}
    return plain_array(to_numpy(out))


def check_outputs(
    model,
    inputs,
    expected,
    *,
    atol: float = 1e-5,
    rtol: float = 1e-4,
    cause: str = "",
    next_step: str = "",
    known: dict | None = None,
) -> None:
    """The model's output on `inputs` equals `expected` (shape and values).

    Args:
        model: the learner's model.
        inputs: an array or a list of arrays (see `fixed_inputs`).
        expected: the reference output, computed from the model's own weights.
        cause, next_step: what a mismatch of values most likely means (used when
            no structural difference from the architecture registered with
            `ag.expect` explains it).
        known: other outputs a known mistake would give, and what it means:
            `{"branches in reverse order": (array, cause, next_step)}`; they come first.
    """
    __tracebackhide__ = True
    got = run(model, inputs)
    expected = np.asarray(expected)
    got_array = np.asarray(got) if not isinstance(got, list | dict) else None
    batch = expected.shape[0]
    if got_array is None or got_array.shape != expected.shape:
        report(
            Failure(
                "outputs.check_outputs.shape",
                f"Output on a fixed batch of {batch}",
                f"an output of shape {expected.shape}",
                f"{len(got)} outputs"
                if got_array is None
                else f"an output of shape {got_array.shape}",
                model=model,
                batch=batch,
                doubled=bool(
                    got_array is not None and got_array.ndim and got_array.shape[0] == 2 * batch
                ),
            )
        )
    if np.allclose(got_array, expected, atol=atol, rtol=rtol):
        return
    for label, (other, other_cause, other_step) in (known or {}).items():
        other = np.asarray(other)
        if other.shape == got_array.shape and np.allclose(got_array, other, atol=atol, rtol=rtol):
            report(
                Failure(
                    "outputs.check_outputs.known",
                    f"Output on a fixed batch of {batch}",
                    "the output computed from your own weights, wired as the task asks",
                    f"the output of a model with {label}",
                    model=model,
                    cause=other_cause,
                    next_step=other_step,
                    known=label,
                )
            )
    worst = float(np.max(np.abs(got_array - expected)))
    report(
        Failure(
            "outputs.check_outputs",
            f"Output on a fixed batch of {batch}",
            "the output computed from your own weights, wired as the task asks",
            f"different values (largest difference {worst:.3g})",
            model=model,
            cause=cause,
            next_step=next_step,
            largest_difference=worst,
        )
    )
