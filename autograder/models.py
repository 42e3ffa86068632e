"""Finding layers and variables inside a learner's model, by what they are (reading layer).

Checks never rely on layer names or on `model.layers` positions (a layer used
twice appears twice in a Sequential's `layers`); they find layers by type and
by the shapes of their variables, and compare variables by object identity.

The search descends into nested models and into custom layers: every sublayer a
layer tracks (Keras 3 tracks a layer assigned to an attribute, or held in a list
or dict attribute, see `Layer._flatten_layers`) is found, so a residual block or an
encoder written as a custom `Layer` holding Dense sublayers is graded like any
other.
"""

from __future__ import annotations

import numpy as np

from .quiet import import_keras

keras = import_keras()


def unique(items):
    """Items in first-seen order, without repeats by object identity."""
    seen, out = set(), []
    for item in items:
        if id(item) not in seen:
            seen.add(id(item))
            out.append(item)
    return out


def sublayers(layer) -> list:
    """The layers directly inside `layer`: a model's `layers`, then every tracked sublayer."""
    direct = list(getattr(layer, "layers", None) or [])
    flatten = getattr(layer, "_flatten_layers", None)
    if flatten is not None:
        direct += [
            sub
            for sub in flatten(include_self=False, recursive=False)
            if not isinstance(sub, keras.layers.InputLayer)
        ]
    return unique(direct)


def all_layers(model) -> list:
    """Every layer inside a model or a layer, nested models' and custom layers' included, each once."""
    out, seen = [], {id(model)}

    def walk(layer):
        for sub in sublayers(layer):
            if id(sub) in seen:
                continue
            seen.add(id(sub))
            out.append(sub)
            walk(sub)

    walk(model)
    return out


def variables(obj) -> list:
    """The variables of a layer, a model or a list of them, each once."""
    if isinstance(obj, list | tuple):
        return unique(v for item in obj for v in variables(item))
    if isinstance(obj, keras.Variable):
        return [obj]
    return unique(obj.weights)


def to_numpy(x):
    """A NumPy array from a Keras variable, a backend tensor or an array.

    (keras.ops.convert_to_numpy on a Variable raises a DeprecationWarning
    under NumPy 2, which would reach stderr.)
    """
    return np.asarray(x.numpy() if hasattr(x, "numpy") else x)


def describe(layer) -> str:
    """'dense_3 (Dense, kernel 16×1)' — how feedback names a layer."""
    kernel = getattr(layer, "kernel", None)
    shape = "×".join(str(d) for d in kernel.shape) if kernel is not None else ""
    detail = f", kernel {shape}" if shape else ""
    return f"{layer.name} ({type(layer).__name__}{detail})"


def has_kernel(layer, shape: tuple | None) -> bool:
    """True when `shape` is None or the layer's kernel has that shape."""
    return shape is None or (
        getattr(layer, "kernel", None) is not None and tuple(layer.kernel.shape) == tuple(shape)
    )


def find_layers(model, cls, *, kernel_shape=None) -> list:
    """Every layer of type `cls` (with that kernel shape) inside `model`, each once, in order."""
    shape = tuple(kernel_shape) if kernel_shape is not None else None
    return [
        layer for layer in all_layers(model) if isinstance(layer, cls) and has_kernel(layer, shape)
    ]
