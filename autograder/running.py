"""Running a learner's model quietly, on inputs and weights the check chooses (reading layer).

`run_quietly` calls a model in inference mode with Python warnings recorded (never
printed); `fixed_inputs` makes deterministic inputs; `chosen_weights` gives a model's
variables values the check chooses for the length of a block, so that grading does not
depend on the learner's initial weights. Nothing here judges or explains: a model that
fails to run raises its own exception, for the judging check to report.
"""

from __future__ import annotations

import contextlib

import numpy as np

from .models import to_numpy, variables
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


def run_quietly(model, inputs):
    """The model's raw output on `inputs` (inference mode), its Python warnings recorded.

    Whatever the learner's model raises propagates: the judging check reports it.
    """
    with captured_warnings():
        return model(inputs, training=False)
