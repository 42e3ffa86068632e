"""Outputs on fixed inputs, against a reference computed from the model's own weights.

The reference is computed from the learner's variables (found by type and
shape, see `autograder.reference`), so any initialisation passes and only the
wiring is graded.
"""

from __future__ import annotations

import contextlib

import numpy as np

from .feedback import fail
from .integrity import plain_array
from .keras_errors import explain, first_line
from .layers import to_numpy, variables
from .quiet import captured_warnings, import_keras

keras = import_keras()


def fixed_inputs(*shapes, batch: int = 2, seed: int = 0):
    """Deterministic float32 inputs of the given shapes (batch axis added).

    `fixed_inputs((4,), (6,))` -> [array (2, 4), array (2, 6)].
    """
    rng = np.random.default_rng(seed)
    arrays = [rng.normal(size=(batch, *shape)).astype("float32") for shape in shapes]
    return arrays[0] if len(arrays) == 1 else arrays


_CHOSEN = ("kernel", "bias", "embeddings", "recurrent_kernel", "gamma", "beta")


def _choosable(variable) -> bool:
    """Weights a check may set: kernels and biases (frozen too) and any trainable variable.

    Moving statistics (BatchNormalization's mean and variance) and seed states stay
    as they are.
    """
    leaf = variable.path.rsplit("/", 1)[-1]
    return leaf in _CHOSEN or bool(getattr(variable, "trainable", False))


def _centrable(layer) -> bool:
    """A built-in layer whose output is activation(op(x, kernel) + bias), bias per unit."""
    from keras.src.layers.convolutional.base_conv import BaseConv
    from keras.src.layers.convolutional.base_conv_transpose import BaseConvTranspose

    return (
        isinstance(layer, keras.layers.Dense | BaseConv | BaseConvTranspose)
        and getattr(layer, "bias", None) is not None
        and callable(getattr(layer, "activation", None))
    )


def _centre(values: np.ndarray) -> np.ndarray:
    """Per unit (last axis), the midpoint of the two middle values over everything else.

    Subtracted from the values, it leaves at least one strictly below zero and one
    strictly above in every unit that has two different values (an odd count's
    median would leave one value at exactly zero, where ReLU and identity agree).
    """
    flat = np.sort(values.reshape(-1, values.shape[-1]), axis=0)
    n = flat.shape[0]
    if n < 2:  # one value per unit: nothing to straddle
        return np.zeros(flat.shape[-1])
    return (flat[n // 2 - 1] + flat[n // 2]) / 2


def _inputs_for(model):
    shapes = [tuple(t.shape[1:]) for t in getattr(model, "inputs", None) or []]
    if not shapes or any(d is None for shape in shapes for d in shape):
        return None
    arrays = fixed_inputs(*shapes, batch=16)
    return arrays if len(shapes) > 1 else [arrays]


def _centre_biases(models, inputs) -> None:
    """Set each Dense/Conv bias so that its pre-activations on `inputs` take both signs.

    The models run once on `inputs`, in inference mode; each such layer, at its first
    call, is run without bias and activation on the values it really receives, and
    its bias becomes minus the per-unit centre of those values. Layers run in
    order, so every later layer sees the already centred outputs of earlier ones.
    Whatever the random values (and their order), a ReLU, a sigmoid or a missing
    activation on any such layer then changes the output. A model that does not
    run is left as it is: the check that runs it next says why.
    """
    from keras.src.layers.layer import Layer as _BaseLayer

    done: set[int] = set()
    previous = _BaseLayer.__call__

    def centring_call(self, *args, **kwargs):
        if id(self) in done or not _centrable(self):
            return previous(self, *args, **kwargs)
        done.add(id(self))
        activation = self.activation
        bias = self.bias
        bias.assign(np.zeros(tuple(bias.shape), dtype=bias.dtype))
        try:
            self.activation = keras.activations.linear
            pre = to_numpy(previous(self, *args, **kwargs))
        finally:
            self.activation = activation
        if pre.ndim and pre.shape[-1] == tuple(bias.shape)[-1] and len(bias.shape) == 1:
            bias.assign((-_centre(np.asarray(pre, dtype="float64"))).astype(bias.dtype))
        return previous(self, *args, **kwargs)

    for model in models:
        feed = inputs if inputs is not None else _inputs_for(model)
        if feed is None or not callable(model):
            continue
        arrays = feed if isinstance(feed, list | tuple) else [feed]
        tensors = [keras.ops.convert_to_tensor(np.asarray(a, "float32")) for a in arrays]
        _BaseLayer.__call__ = centring_call
        try:
            with captured_warnings():
                model(tensors if isinstance(feed, list | tuple) else tensors[0], training=False)
        except Exception:  # the learner's model may not run: the next check says why
            pass
        finally:
            _BaseLayer.__call__ = previous


@contextlib.contextmanager
def chosen_weights(*models, inputs=None, seed: int = 0):
    """Give the models' weights values the check chooses, then restore the learner's.

    Grading is then the same whatever the learner's initial weights, and whatever
    earlier cells drew from the random generators: each variable (in the model's
    own order) gets values from a generator seeded with `seed`, a kernel
    N(0, 1/fan_in), a bias N(0, 0.5²). Then every Dense and Conv layer's bias is
    centred on what that layer receives when the model runs on `inputs` (the
    check's own inputs; by default `fixed_inputs` of the model's input shapes,
    batch 16): each unit's pre-activations take both signs, so a ReLU, a sigmoid
    or a missing activation anywhere — on the output layer too — changes the
    output, whatever the seed or the order in which the variables were created.
    The learner's values come back when the block ends, even if a check inside
    it fails::

        with ag.chosen_weights(model, inputs=x):
            expected = ag.ref.dense(x, ag.find_layer(model, keras.layers.Dense))
            ag.check_outputs(model, x, expected)
    """
    rng = np.random.default_rng(seed)
    chosen = [v for v in variables(list(models)) if _choosable(v)]
    saved = [np.array(to_numpy(v), copy=True) for v in chosen]
    try:
        for v in chosen:
            shape = tuple(v.shape)
            leaf = v.path.rsplit("/", 1)[-1]
            if "kernel" in leaf and len(shape) >= 2:
                scale = 1.0 / np.sqrt(max(1, int(np.prod(shape[:-1]))))
            elif leaf == "gamma":
                v.assign(rng.uniform(0.5, 1.5, size=shape).astype(v.dtype))
                continue
            else:
                scale = 0.5
            v.assign((rng.normal(size=shape) * scale).astype(v.dtype))
        _centre_biases(models, inputs)
        yield
    finally:
        for v, value in zip(chosen, saved, strict=True):
            v.assign(value)


def run(model, inputs):
    """The model's output on `inputs` (inference mode) as numpy arrays."""
    __tracebackhide__ = True
    with captured_warnings():
        try:
            out = model(inputs, training=False)
        except Exception as exc:  # the learner's model may fail in any way
            explained = explain(exc)
            fail(
                "Running the model on a batch",
                "the model to run on a batch of inputs",
                f"{type(exc).__name__}: {first_line(exc)}",
                explained.cause if explained else "the model's wiring fails on real data.",
                explained.next_step
                if explained
                else "call your model on a small batch in a new cell.",
            )
    # grading security (issue 11): outputs must be genuine arrays, not look-alikes
    if isinstance(out, list | tuple):
        return [plain_array(to_numpy(o)) for o in out]
    if isinstance(out, dict):
        return {k: plain_array(to_numpy(o)) for k, o in out.items()}
    return plain_array(to_numpy(out))


def explain_structure(model):
    from .structure import explain

    return explain(model)


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
        doubled = got_array is not None and got_array.ndim and got_array.shape[0] == 2 * batch
        structural = None if doubled else explain_structure(model)
        if structural:
            fail(
                f"Output on a fixed batch of {batch}",
                f"an output of shape {expected.shape}",
                f"{len(got)} outputs"
                if got_array is None
                else f"an output of shape {got_array.shape}",
                structural.cause,
                structural.next_step,
            )
        fail(
            f"Output on a fixed batch of {batch}",
            f"an output of shape {expected.shape}",
            f"{len(got)} outputs" if got_array is None else f"an output of shape {got_array.shape}",
            f"a batch of {batch} examples came out as {2 * batch} rows: the tensors were "
            "concatenated along axis 0, the batch axis."
            if doubled
            else "the model's output has another shape than the task asks.",
            "concatenate along the feature axis: Concatenate(axis=-1), the default."
            if doubled
            else "run ag.check_output first; print model.output.shape and compare it with the task.",
        )
    if np.allclose(got_array, expected, atol=atol, rtol=rtol):
        return
    for label, (other, other_cause, other_step) in (known or {}).items():
        other = np.asarray(other)
        if other.shape == got_array.shape and np.allclose(got_array, other, atol=atol, rtol=rtol):
            fail(
                f"Output on a fixed batch of {batch}",
                "the output computed from your own weights, wired as the task asks",
                f"the output of a model with {label}",
                other_cause,
                other_step,
            )
    worst = float(np.max(np.abs(got_array - expected)))
    structural = explain_structure(model)
    fail(
        f"Output on a fixed batch of {batch}",
        "the output computed from your own weights, wired as the task asks",
        f"different values (largest difference {worst:.3g})",
        (structural.cause if structural else "")
        or cause
        or "the layers are right but wired differently, or an activation differs.",
        (structural.next_step if structural else "")
        or next_step
        or "check the order of the merge and each layer's activation against the task.",
    )
