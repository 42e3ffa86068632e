"""Reference computations in NumPy, from a layer's own variables.

A test computes what the model should output by applying the learner's
kernels and biases itself, with the activation the task asks for (not the one
the learner's layer happens to have), so a wrong activation is caught too.
"""

from __future__ import annotations

import numpy as np

from .models import to_numpy
from .quiet import import_keras

keras = import_keras()

ACTIVATIONS = {
    "linear": lambda x: x,
    None: lambda x: x,
    "relu": lambda x: np.maximum(x, 0.0),
    "sigmoid": lambda x: 1.0 / (1.0 + np.exp(-x)),
    "tanh": np.tanh,
    "softmax": lambda x: (
        np.exp(x - x.max(-1, keepdims=True))
        / np.exp(x - x.max(-1, keepdims=True)).sum(-1, keepdims=True)
    ),
}


def _weights(layer):
    kernel = to_numpy(layer.kernel)
    bias = getattr(layer, "bias", None)
    bias = to_numpy(bias) if bias is not None else 0.0
    return kernel, bias


def dense(x, layer, activation=None) -> np.ndarray:
    """`activation(x @ kernel + bias)` with the layer's own kernel and bias."""
    kernel, bias = _weights(layer)
    return ACTIVATIONS[activation](np.asarray(x) @ kernel + bias)


def conv2d(x, layer, activation=None, padding="same") -> np.ndarray:
    """A 2-D convolution (stride 1, channels last) with the layer's own weights."""
    kernel, bias = _weights(layer)
    out = keras.ops.conv(np.asarray(x, "float32"), kernel, strides=1, padding=padding)
    return ACTIVATIONS[activation](to_numpy(out) + bias)


def concat(*arrays, axis=-1) -> np.ndarray:
    return np.concatenate(arrays, axis=axis)
