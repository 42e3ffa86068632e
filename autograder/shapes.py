"""Input and output shapes of a model, the batch axis shown as None (a judge).

Functional and Sequential models carry symbolic inputs and outputs; a
subclassed model has none until it runs, so these checks then run it on a
fixed batch instead. Either way a correct answer passes, however it is written.
"""

from __future__ import annotations

import numpy as np

from .causes import report
from .failure import Failure
from .outputs import run


def _shape(tensor) -> tuple:
    return tuple(tensor.shape)


def input_shapes(model) -> list[tuple] | None:
    """Shapes of the model's symbolic inputs; None for a subclassed model."""
    inputs = getattr(model, "inputs", None)
    return [_shape(t) for t in inputs] if inputs else None


def output_shapes(model) -> list[tuple] | None:
    """Shapes of the model's symbolic outputs; None for a subclassed model."""
    outputs = getattr(model, "outputs", None)
    return [_shape(t) for t in outputs] if outputs else None


def _batch_of(shapes: list[tuple], batch: int = 2) -> list[np.ndarray]:
    rng = np.random.default_rng(0)
    return [rng.normal(size=(batch, *s[1:])).astype("float32") for s in shapes]


def check_inputs(model, expected: list[tuple], *, cause="", next_step="") -> None:
    """The model's inputs, in order, have these shapes (batch axis None)."""
    __tracebackhide__ = True
    expected = [tuple(s) for s in expected]
    got = input_shapes(model)
    if got is None:  # subclassed: it must accept a batch of these shapes
        batch = _batch_of(expected)
        run(model, batch[0] if len(batch) == 1 else batch)
        return
    if got == expected:
        return
    report(
        Failure(
            "shapes.check_inputs",
            "Input shapes",
            ", ".join(map(str, expected)),
            ", ".join(map(str, got)) or "no inputs",
            model=model,
            cause=cause,
            next_step=next_step,
            reordered=sorted(map(str, got)) == sorted(map(str, expected)),
            expected_shapes=expected,
            received_shapes=got,
        )
    )


def check_output(model, expected: tuple, *, inputs=None, cause="", next_step="") -> None:
    """The model has one output of this shape (batch axis None).

    With `inputs` (arrays), the model also runs on them and the real output's
    shape must match with the batch filled in: a merge along the batch axis
    passes the symbolic check but doubles the rows here.
    """
    __tracebackhide__ = True
    expected = tuple(expected)
    got = output_shapes(model)
    if got is None and inputs is None:  # subclassed: run it on the shapes it was built for
        built = [s for s in (getattr(model, "_build_shapes_dict", None) or {}).values() if s]
        if not built:
            report(
                Failure(
                    "shapes.check_output.unbuilt",
                    "Output shape",
                    str(expected),
                    "a model that has not run yet, so it has no output shape",
                    model=model,
                )
            )
        shapes = built[0] if isinstance(built[0][0], list | tuple) else [built[0]]
        batch = _batch_of([tuple(s) for s in shapes])
        inputs = batch[0] if len(batch) == 1 else batch
    if got is not None and got != [expected]:
        _wrong_shape(model, expected, ", ".join(map(str, got)), len(got[0]), cause, next_step)
    if inputs is None:
        return
    out = run(model, inputs)
    if isinstance(out, list | dict):
        _wrong_shape(model, expected, f"{len(out)} outputs", None, cause, next_step)
    batch = np.asarray(inputs[0] if isinstance(inputs, list | tuple) else inputs).shape[0]
    want = (batch, *expected[1:])
    if out.shape == want:
        return
    if out.ndim and out.shape[0] == 2 * batch:
        report(
            Failure(
                "shapes.check_output.batch_axis",
                f"Output on a fixed batch of {batch}",
                f"an output of shape {want}",
                f"an output of shape {out.shape}",
                model=model,
                batch=batch,
            )
        )
    _wrong_shape(model, expected, f"{out.shape} on a batch of {batch}", out.ndim, cause, next_step)


def _wrong_shape(model, expected, received, rank, cause, next_step):
    """Refuse a wrong output shape (the explaining layer weighs structure, `cause`, the rank)."""
    __tracebackhide__ = True
    report(
        Failure(
            "shapes.check_output",
            "Output shape",
            str(expected),
            received,
            model=model,
            cause=cause,
            next_step=next_step,
            rank=rank,
            expected_shape=expected,
        )
    )
