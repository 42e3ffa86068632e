"""Checks for topic 6, fusing layers: the fused model computes the original's function,
with variables of its own.

A test cell of `06_fusing_layers` reads like this::

    fused = ag.build(fuse_pair, pair)                 # the given pair must stay as it was
    fusing_layers.check_own_variables(fused, pair)    # new variables, none of the original's
    ag.check_counts(fused, total=28)
    layer = ag.find_layer(fused, keras.layers.Dense, kernel_shape=(6, 4))
    fusing_layers.check_same_function(
        fused, pair, READINGS, diagnose=fusing_layers.linear_chain(layer, [first, second])
    )

Pass or fail is behaviour: the fused model's outputs against the original's on fixed
inputs, within `TOLERANCE`. The explanation of a failure comes from the fused layer's
own weights compared with what the original's weights give when combined
(`linear_chain`, `side_by_side`, `folded_batchnorm`, `copied`): the forgotten bias
term, the kernels multiplied in the other order, BatchNormalization's epsilon or
moving statistics left out, statistics of a batch instead of the moving ones.

The combined weights themselves (`fused_linear`, `concatenated`, `folded`) are plain
NumPy, in float64, so the lesson, the explorer and the checks share one definition. The
exercise adapts two of them: branches that are *added* (a RepVGG block: `added`, judged by
`added_branches`) and BatchNormalization folded into the convolution *after* it
(`folded_into_next`, judged by `batchnorm_then_conv`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from . import keras_errors
from .feedback import fail
from .identity import shared
from .keras_errors import Explanation
from .layers import all_layers, to_numpy
from .outputs import run

# Outputs of the fused model may differ from the original's by float32 rounding only.
TOLERANCE = 1e-4


# --------------------------------------------------------------------------- errors, explained

# The task context of this topic's test cells (`ag.context("fusing")`): an error raised while
# the learner's function combines weights is explained in terms of the fusion.
keras_errors.CONTEXTS.setdefault(
    "fusing", "layers fused into one: weights multiplied, concatenated or rescaled"
)
keras_errors.add_rule(
    r"matmul: Input operand 1 has a mismatch in its core dimension 0.*\(size (\d+) is "
    r"different from (\d+)\)",
    lambda m: Explanation(
        "the kernels multiplied in the wrong order: the data meets the first layer's kernel "
        "first, so the fused kernel is W1 @ W2, where the inner sizes agree (W2 @ W1 pairs "
        f"a size {m[2]} with a size {m[1]}).",
        "write kernel = w1 @ w2 (first layer's kernel on the left) and bias = b1 @ w2 + b2.",
    ),
    context="fusing",
)
keras_errors.add_rule(
    r"all the input array dimensions except for the concatenation axis must match exactly",
    lambda m: Explanation(
        "the kernels were concatenated along the wrong axis: each branch adds units, "
        "so the kernels go side by side along their last axis (the units), which needs "
        "the same number of rows (the input width) in every kernel.",
        "np.concatenate(kernels, axis=-1), and the biases with np.concatenate(biases).",
    ),
    context="fusing",
)
keras_errors.add_rule(
    r"weight shape \((\d+), (\d+)\) is not compatible with provided weight shape "
    r"\(\2, \1\)",
    lambda m: Explanation(
        f"the fused kernel is transposed: a Dense kernel has one row per input and one "
        f"column per unit, ({m[1]}, {m[2]}) here.",
        "multiply the kernels as they are, w1 @ w2, without transposing them.",
    ),
    context="fusing",
)

keras_errors.add_rule(
    r"Unrecognized keyword arguments passed to (\w+): \{'weights'",
    lambda m: Explanation(
        f"Keras 3 layers take no weights= argument (Keras 2 did): {m[1]} refuses it, so the "
        "fused values cannot be given at construction that way.",
        "give the fused values after the layer is built, new.set_weights([kernel, bias]) (put "
        "it in a model that starts with keras.Input first), or at construction through "
        "kernel_initializer=keras.initializers.Constant(kernel) and "
        "bias_initializer=keras.initializers.Constant(bias).",
    ),
    context="fusing",
)

keras_errors.add_rule(
    r"operands could not be broadcast together with shapes \(3,3,(\d+),(\d+)\) \(\1,\)",
    lambda m: Explanation(
        f"the scale ({m[1]} values, one per input channel) was multiplied along the kernel's "
        f"last axis, its {m[2]} output channels, as when BatchNormalization comes after the "
        "convolution; here it comes before, so it scales what the convolution reads.",
        "scale the input-channel axis: kernel * scale[:, None] (axis 2 of (3, 3, in, out)).",
    ),
    context="fusing",
)
keras_errors.add_rule(
    r"weight shape \(3, 3, (\d+), (\d+)\) is not compatible with provided weight shape "
    r"\(3, 3, \1, (\d+)\)",
    lambda m: Explanation(
        f"the branches' kernels were put side by side ({m[3]} output channels, not {m[2]}), as "
        "for branches whose outputs are concatenated: these branches are added, so their "
        "kernels, written at one size, add up too.",
        "write the 1×1 kernel and the identity as 3×3 kernels (weights at the centre) and sum "
        "the three kernels; sum the two biases.",
    ),
    context="fusing",
)


def _sizes(text: str) -> tuple[int, ...]:
    return tuple(int(d) for d in re.findall(r"\d+", text))


_KERNEL_AXES = {
    2: ("its inputs (axis 0)", "its units (axis 1)"),
    4: (
        "its height (axis 0)",
        "its width (axis 1)",
        "its input channels (axis 2)",
        "its output channels (axis 3)",
    ),
}

_ONE = {2: ("input", "unit"), 4: ("row", "column", "input channel", "output channel")}


def _broadcast(m: re.Match) -> Explanation:
    """Two arrays of weights that do not combine element by element, read from their shapes:
    kernels that chain as a matrix product, a per-channel vector on the wrong axis of a
    kernel, a 1×1 kernel padded on its channel axes, or sizes taken from elsewhere."""
    a, b = _sizes(m["a"]), _sizes(m["b"])
    shown = f"{a} and {b}"
    if len(a) == len(b) == 2 and a != b and (a[1] == b[0] or b[1] == a[0]):
        first, second = (a, b) if a[1] == b[0] else (b, a)
        return Explanation(
            f"two kernels of shapes {first} and {second} were combined element by element (* "
            f"or +), which needs equal shapes; they chain as a matrix product (the inner "
            f"{first[1]}s meet): layers one after the other multiply their kernels, x @ W1 @ W2.",
            "use the matrix product @: kernel = w1 @ w2, bias = b1 @ w2 + b2.",
        )
    for kernel, other in ((a, b), (b, a)):
        if len(kernel) not in _KERNEL_AXES or len(kernel) < len(other):
            continue
        padded = (1,) * (len(kernel) - len(other)) + other
        if (
            len(kernel) == 4
            and padded[:2] == (1, 1)
            and padded[2:] == tuple(k + 2 for k in kernel[2:])
        ):
            return Explanation(
                f"arrays of shapes {shown} do not add: the 1×1 kernel was padded on its channel "
                "axes (2 and 3), which grows the channels, where the window (axes 0 and 1) was "
                "meant to grow from 1×1 to 3×3.",
                "pad the first two axes only: np.pad(k1, ((1, 1), (1, 1), (0, 0), (0, 0))).",
            )
        big = [i for i, d in enumerate(padded) if d != 1]
        if len(big) == 1:
            axis, n = big[0], padded[big[0]]
            homes = [i for i, d in enumerate(kernel) if d == n and i != axis]
            if homes and kernel[axis] != n:
                names = _KERNEL_AXES[len(kernel)]
                return Explanation(
                    f"the {n} values (one per {_ONE[len(kernel)][homes[-1]]}) were "
                    f"lined up with {names[axis]} of the kernel {kernel}, which has "
                    f"{kernel[axis]}: NumPy broadcasts from the last axis, so they must be "
                    f"shaped to meet {names[homes[-1]]}.",
                    "reshape them onto that axis: "
                    + ("v[:, None]" if homes[-1] == len(kernel) - 2 else "v.reshape(...)")
                    + f" (shape {tuple(n if i == homes[-1] else 1 for i in range(len(kernel)))}).",
                )
    return Explanation(
        f"arrays of shapes {shown} were combined element by element, which needs equal shapes "
        "(or size 1): one of them was not made at the size of the kernel part it joins. A Dense "
        "kernel is (inputs, units); a Conv2D kernel (height, width, input channels, output "
        "channels), and kernel[i, j] one window position's (input channels, output channels) "
        "matrix.",
        "print the shapes of the arrays on that line and size each from the kernel it joins "
        "(kernel.shape[-1] channels for np.eye, say), not from the size of the images or maps.",
    )


keras_errors.add_rule(
    r"weight shape (?P<want>\([\d, ]*\)) is not compatible with provided weight shape "
    r"(?P<got>\([\d, ]*\))",
    lambda m: Explanation(
        f"set_weights gave a layer whose variable has shape {m['want']} an array of shape "
        f"{m['got']}: the values are another layer's (or made for another size); if they "
        "came from model.layers[i], a functional model's list starts with its Input layer.",
        "read the values from the layer they belong to, by name: "
        'original.get_layer("name").get_weights(); print([w.shape for w in values]) first.',
    ),
    context="fusing",
)
keras_errors.add_rule(
    r"on layer '(?P<layer>[^']+)' with a weight list of length (?P<got>\d+), but the layer "
    r"was expecting (?P<want>[1-9]\d*) weights",
    lambda m: Explanation(
        f"the list given to set_weights holds {m['got']} arrays, but the object it was called "
        f"on has {m['want']} variables: set_weights wants exactly one array per variable of "
        "that object, in the order of its .weights (each layer's kernel, then its bias), not "
        "another model's list.",
        "build the list for the new model alone, one array per entry of "
        "[v.path for v in model.weights], or call set_weights on each new layer.",
    ),
    context="fusing",
)
keras_errors.add_rule(
    r"You cannot add new elements of state \(variables or sub-layers\) to a layer that is "
    r"already built",
    lambda m: Explanation(
        "a variable (or layer) was assigned to an attribute of a layer that is already built, "
        "e.g. new.kernel = old.kernel: Keras 3 refuses new state after build(), and such an "
        "assignment would share the original's variable, not copy its values.",
        "copy the values into the new layer's own variables: new.set_weights(old.get_weights()),"
        " or new.kernel.assign(old.kernel).",
    ),
    context="fusing",
)

for _pattern in (
    r"operands could not be broadcast together with shapes \((?P<a>[\d,]+)\) \((?P<b>[\d,]+)\)",
    r"Incompatible shapes: \[(?P<a>[\d,]+)\] vs\. \[(?P<b>[\d,]+)\]",
):
    keras_errors.add_rule(_pattern, _broadcast, context="fusing")

Diagnosis = Callable[[], Explanation | None]


# --------------------------------------------------------------------------- combined weights


def _kernel_bias(layer) -> tuple[np.ndarray, np.ndarray]:
    kernel = np.asarray(to_numpy(layer.kernel), "float64")
    bias = getattr(layer, "bias", None)
    units = kernel.shape[-1]
    return kernel, (np.asarray(to_numpy(bias), "float64") if bias is not None else np.zeros(units))


def fused_linear(chain: Sequence) -> tuple[np.ndarray, np.ndarray]:
    """(kernel, bias) of one Dense equal to Dense layers applied one after another.

    `x @ W1 + b1`, then `(.) @ W2 + b2`, is `x @ (W1 @ W2) + (b1 @ W2 + b2)`: the
    kernels multiplied in the order the data meets them, each earlier bias carried
    through every later kernel. Only valid with no activation between the layers.

    >>> import numpy as np
    >>> class D:  # anything with .kernel and .bias
    ...     def __init__(self, k, b): self.kernel, self.bias = np.array(k), np.array(b)
    >>> kernel, bias = fused_linear([D([[1.0, 2.0]], [1.0, 0.0]), D([[1.0], [1.0]], [0.5])])
    >>> kernel.tolist(), bias.tolist()
    ([[3.0]], [1.5])
    """
    kernel, bias = _kernel_bias(chain[0])
    for layer in chain[1:]:
        k, b = _kernel_bias(layer)
        kernel, bias = kernel @ k, bias @ k + b
    return kernel, bias


def concatenated(branches: Sequence) -> tuple[np.ndarray, np.ndarray]:
    """(kernel, bias) of one Dense equal to parallel Dense layers concatenated, in order."""
    pairs = [_kernel_bias(layer) for layer in branches]
    return np.concatenate([k for k, _ in pairs], axis=-1), np.concatenate([b for _, b in pairs])


def bn_scale_shift(bn, epsilon: float | None = None, statistics=None) -> tuple[np.ndarray, ...]:
    """(scale, shift) of BatchNormalization in inference mode: y = x * scale + shift.

    scale = gamma / sqrt(moving_variance + epsilon), shift = beta - moving_mean * scale.
    `epsilon` and `statistics` ((mean, variance)) replace the layer's own, to work
    out what a mistaken fold would give.
    """
    eps = bn.epsilon if epsilon is None else epsilon
    units = int(bn.moving_mean.shape[-1])
    gamma = _value(getattr(bn, "gamma", None), np.ones(units))
    beta = _value(getattr(bn, "beta", None), np.zeros(units))
    mean, variance = statistics or (_value(bn.moving_mean), _value(bn.moving_variance))
    scale = gamma / np.sqrt(np.asarray(variance, "float64") + eps)
    return scale, beta - np.asarray(mean, "float64") * scale


def _value(variable, default=None) -> np.ndarray:
    if variable is None:
        return default
    return np.asarray(to_numpy(variable), "float64")


def folded(layer, bn, **kwargs) -> tuple[np.ndarray, np.ndarray]:
    """(kernel, bias) of a Conv2D or Dense with BatchNormalization folded into it.

    Each output channel's kernel is multiplied by that channel's scale; the bias
    (0 for a layer without one) becomes `bias * scale + shift`. Holds in
    inference mode only: in training BN uses the statistics of each batch.
    """
    kernel, bias = _kernel_bias(layer)
    scale, shift = bn_scale_shift(bn, **kwargs)
    return kernel * scale, bias * scale + shift


# --------------------------------------------------------------------------- checks


def check_own_variables(fused, original, *, what="the fused model") -> None:
    """No variable of `fused` is a variable of `original`: it was built new, not shared."""
    __tracebackhide__ = True
    common = shared(fused, original)
    if not common:
        return
    ids = {id(v) for v in fused.weights}
    holders = [
        layer.name
        for layer in all_layers(original)
        if not layer._flatten_layers(include_self=False)  # leaf layers only
        and any(id(v) in ids for v in layer.weights)
    ]
    fail(
        f"Variables of {what}",
        f"{what} to have variables of its own: none of the original's",
        f"{len(common)} of its variables are the original's own: "
        + ", ".join(path for path, _ in common[:4])
        + (f" (layer {', '.join(repr(n) for n in holders[:3])})" if holders else ""),
        "sharing instead of new variables: the model holds layers of the original "
        "themselves, so training the fused model would change the original too (one "
        "variable, two models, as in topic 4), and a layer of the original computes its "
        "own small step, not the fused one.",
        "make a new layer for every part of the fused model and give it values: build it, "
        "then new.set_weights([...]), or pass kernel_initializer=keras.initializers."
        "Constant(...); for a layer kept as it is, copy its values into a new one.",
    )


def check_one_layer(model, cls, *, kernel_shape, what="the fused model"):
    """The model's only layer with weights: a `cls` with this kernel shape. Returns it."""
    __tracebackhide__ = True
    from .layers import find_layer

    kernel_shape = tuple(kernel_shape)
    weighted = [
        layer
        for layer in all_layers(model)
        if not layer._flatten_layers(include_self=False) and layer.weights
    ]
    if len(weighted) > 1:
        names = ", ".join(_kind_and_kernel(layer) for layer in weighted[:5])
        norm = [layer for layer in weighted if "Normalization" in type(layer).__name__]
        if norm:
            cause = (
                f"the {type(norm[0]).__name__} is still there, a layer of its own: folding "
                "puts its per-channel scale into the kernel and its shift into the bias, and "
                "leaves no normalization layer behind."
            )
        else:
            cause = (
                "the layers were kept side by side or one after the other (copies of the "
                "original's): the model may compute the right thing, but it is not fused."
            )
        fail(
            f"Layers of {what}",
            f"one {cls.__name__} with a {'×'.join(map(str, kernel_shape))} kernel, and no "
            "other layer with weights",
            f"{len(weighted)} layers with weights: {names}",
            cause,
            f"make one {cls.__name__} whose weights combine the original layers' weights.",
        )
    found = find_layer(model, cls, kernel_shape=kernel_shape, what=f"the fused {cls.__name__}")
    _check_nothing_else(model, found, cls, kernel_shape, what)
    return found


# Layers without weights that leave the fused function as it is, or only say how it ends:
# an activation written as a layer of its own is the same as activation= on the fused layer.
_PASSIVE = {
    "InputLayer",
    "ReLU",
    "Activation",
    "Dropout",
    "SpatialDropout1D",
    "SpatialDropout2D",
    "GaussianNoise",
    "GaussianDropout",
    "Identity",
}


def _reads_input(model, layer) -> bool:
    """Whether `layer` is called on one of `model`'s own inputs (a functional graph)."""
    inputs = {id(t) for t in getattr(model, "inputs", None) or []}
    for node in getattr(layer, "_inbound_nodes", []):
        if any(id(t) in inputs for t in getattr(node, "input_tensors", [])):
            return True
    return False


def _check_nothing_else(model, fused, cls, kernel_shape, what) -> None:
    """The fused layer computes the whole function: no other layer of the model computes
    (a merge, a Lambda, a Rescaling...), whatever it holds; an activation layer may follow."""
    __tracebackhide__ = True
    others = [
        layer
        for layer in all_layers(model)
        if layer is not fused
        and not layer._flatten_layers(include_self=False)
        and not layer.weights
        and type(layer).__name__ not in _PASSIVE
    ]
    if not others:
        return
    kinds = ", ".join(dict.fromkeys(type(layer).__name__ for layer in others))
    merges = [layer for layer in others if _reads_input(model, layer) and "Merge" in _bases(layer)]
    if merges:
        cause = (
            f"a merge layer ({type(merges[0]).__name__}) still combines the model's input itself with "
            f"the {cls.__name__}'s output: that branch (the identity) is computed outside the "
            "fused layer, so the block is not fused into one layer."
        )
        step = (
            f"put that branch into the {cls.__name__}'s kernel too (the identity is a kernel "
            "that copies each channel to itself) and remove the merge layer."
        )
    else:
        cause = (
            f"besides the fused {cls.__name__}, the model computes with {kinds}: part of the "
            "function happens outside the fused layer, so it is not one layer."
        )
        step = (
            f"fold what {kinds} computes into the {cls.__name__}'s kernel and bias, and keep "
            "only that layer (an activation after it may stay, as activation= or a layer)."
        )
    fail(
        f"Layers of {what}",
        f"one {cls.__name__} with a {'×'.join(map(str, kernel_shape))} kernel computing the "
        "whole function (an activation after it may stay)",
        f"also {kinds} (no weights of its own, but it computes)",
        cause,
        step,
    )


def _bases(layer) -> str:
    return " ".join(c.__name__ for c in type(layer).__mro__)


def _kind_and_kernel(layer) -> str:
    """'Dense 6×12', 'BatchNormalization (4 channels)': a layer by what it is, not its name."""
    kind = type(layer).__name__
    kernel = getattr(layer, "kernel", None)
    if kernel is not None:
        return f"{kind} {'×'.join(map(str, kernel.shape))}"
    return f"{kind} ({int(layer.weights[0].shape[-1])} channels)"


def check_same_function(
    fused,
    original,
    inputs,
    *,
    diagnose: Diagnosis | Sequence[Diagnosis] | None = None,
    atol: float = TOLERANCE,
    what: str = "the original model",
) -> None:
    """`fused` gives `original`'s outputs (inference mode) on `inputs`, within `atol`.

    Args:
        fused: the learner's fused model.
        original: the model it replaces (the one the learner was given).
        inputs: a fixed batch.
        diagnose: one or more functions (`linear_chain`, `side_by_side`,
            `folded_batchnorm`, `copied`) that name the mistake in the fused
            weights; the first that finds one explains the failure.
        atol: the tolerance, absolute and relative (float32 rounding only).
    """
    __tracebackhide__ = True
    want = np.asarray(run(original, inputs))
    got = run(fused, inputs)
    got = np.asarray(got) if not isinstance(got, list | dict) else None
    batch = want.shape[0]
    if got is None or got.shape != want.shape:
        fail(
            f"Output on a fixed batch of {batch}",
            f"an output of shape {want.shape}, as {what} gives",
            "several outputs" if got is None else f"an output of shape {got.shape}",
            "the fused model ends with another layer than the original: a fused model "
            "replaces the original, so it takes the same inputs and gives the same outputs.",
            "compare the last layer's units with the original's; print fused.output.shape.",
        )
    if np.allclose(got, want, atol=atol, rtol=atol):
        return
    worst = float(np.max(np.abs(got - want)))
    found = _low_precision(fused, worst, atol)
    for one in [] if found else [diagnose] if callable(diagnose) else list(diagnose or []):
        found = one()
        if found is not None:
            break
    if found is None:
        from .structure import explain

        found = explain(fused)
    fail(
        f"Same function as {what}, on a fixed batch of {batch}",
        f"the outputs of {what}, to within {atol:g}",
        f"outputs that differ by up to {worst:.3g}"
        if np.isfinite(got).all()
        else "outputs that hold NaN (not a number) where the original's hold numbers",
        found.cause
        if found
        else "the fused model computes another function: its weights are not the "
        "original's combined, or a layer or an activation differs from the original's.",
        found.next_step
        if found
        else "work the fused kernel and bias out in NumPy from the original's weights and "
        "compare them with your layer's, value by value.",
    )


# --------------------------------------------------------------------------- diagnoses

_LOW = ("float16", "bfloat16")


def _low_precision(model, worst: float, atol: float) -> Explanation | None:
    """The fused model computes or stores its values in 16 bits: the mechanism of a
    difference of rounding size, said before any weight is blamed."""
    low = []
    for layer in all_layers(model):
        policy = getattr(layer, "dtype_policy", None)
        compute = str(getattr(policy, "compute_dtype", "") or "")
        stored = {str(getattr(v, "dtype", "")) for v in layer.weights}
        dtype = next((d for d in (compute, *stored) if d in _LOW), None)
        if dtype:
            low.append((layer, dtype))
    if not low:
        return None
    layer, dtype = low[0]
    return Explanation(
        f"the fused layer computes in {dtype} (its dtype), not float32: {dtype} keeps about "
        f"3 significant digits, so its outputs are the original's rounded, here by up to "
        f"{worst:.2g}, more than the {atol:g} the task allows.",
        f"leave the layer's dtype at its default (float32): remove dtype={dtype!r}, or the "
        "mixed-precision policy, from the fused model.",
    )


def _close(a, b) -> bool:
    a, b = np.asarray(a, "float64"), np.asarray(b, "float64")
    return a.shape == b.shape and np.allclose(a, b, atol=1e-5, rtol=1e-4)


def _altered(actual, expected, formula: str, part: str = "kernel") -> Explanation | None:
    """The right values changed after they were computed, read from the values themselves:
    negative ones set to 0 (a ReLU, np.maximum, on the weights), rounded to a few decimals,
    or near but not equal. None when `actual` is not `expected` so altered."""
    actual, expected = np.asarray(actual, "float64"), np.asarray(expected, "float64")
    if actual.shape != expected.shape or not np.isfinite(actual).all():
        return None
    keep = "keep the computed values exactly as they are"
    if (expected < -1e-6).any() and _close(actual, np.maximum(expected, 0.0)):
        return Explanation(
            f"the fused {part} is {formula} with its negative values set to 0 (a ReLU or "
            "np.maximum applied to the weights): an activation acts on the layer's outputs "
            "each time it runs, not on its weights.",
            f'{keep}; where the task has a ReLU, give the layer activation="relu" (it then '
            "applies after the fused product).",
        )
    worst = float(np.max(np.abs(actual - expected)))
    if worst > 0.05 * max(float(np.max(np.abs(expected))), 1e-12):
        return None
    for decimals in range(5):
        if np.allclose(actual, np.round(expected, decimals), atol=1e-6, rtol=0):
            return Explanation(
                f"the fused {part} is {formula} rounded to {decimals} decimals (off by up to "
                f"{worst:.2g}): the fused layer must give the original's outputs to within "
                f"{TOLERANCE:g}, so rounding the weights is not allowed.",
                f"{keep}: no np.round, no shorter number format.",
            )
    return Explanation(
        f"the fused {part} is near {formula} but not equal to it (off by up to {worst:.2g}): "
        "the values were approximated, perturbed or computed in lower precision.",
        f"{keep}, in float32 or float64.",
    )


def _initial(layer, part: str) -> str:
    """The name of the random initializer whose draw `layer`'s `part` ("kernel", "bias")
    still holds, read by drawing it again: a Keras 3 initializer keeps the seed it drew with,
    so a layer whose values were never set equals its own initializer's draw. '' when the
    values were set (or the initializer is not random: a Constant holds values given)."""
    variable = getattr(layer, part, None)
    init = getattr(layer, f"{part}_initializer", None)
    if variable is None or getattr(init, "seed", None) is None:
        return ""
    try:
        draw = np.asarray(to_numpy(init(shape=tuple(variable.shape), dtype=variable.dtype)))
        value = np.asarray(to_numpy(variable))
    except Exception:  # an initializer that cannot draw again: no claim
        return ""
    if draw.shape != value.shape or not np.array_equal(draw, value) or not np.any(value):
        return ""
    return type(init).__name__


def _never_set(layer, recipe: str, what: str = "the fused layer") -> Explanation | None:
    """`layer`'s kernel never set: it still holds the random values its initializer drew when
    the layer was built (a new layer does not find the fused values by itself). None when the
    kernel was set to anything."""
    drawn = _initial(layer, "kernel")
    if not drawn:
        return None
    init, bias = getattr(layer, "bias_initializer", None), getattr(layer, "bias", None)
    try:
        bias_set = bias is not None and not np.array_equal(
            np.asarray(to_numpy(init(shape=tuple(bias.shape), dtype=bias.dtype))),
            np.asarray(to_numpy(bias)),
        )
    except Exception:  # no bias initializer to compare with: say nothing of the bias
        bias_set = False
    which = "its bias was set but its kernel never was" if bias_set else "its values were never set"
    return Explanation(
        f"{what}: {which}: the kernel is still the random one its initializer ({drawn}) drew "
        "when the layer was built, unrelated to the given layers' weights. A new layer does "
        "not find the fused values by itself; the function must compute them and put them "
        "into it.",
        f"compute {recipe}, then give them to the layer: new.set_weights([kernel, bias]) once "
        "it is built (or kernel.assign / bias.assign, or kernel_initializer="
        "keras.initializers.Constant(kernel) and bias_initializer=Constant(bias) when you "
        "create it).",
    )


def linear_chain(layer, chain: Sequence) -> Diagnosis:
    """What is wrong with `layer`'s weights as the fusion of the Dense layers `chain`."""

    def diagnose() -> Explanation | None:
        kernel, bias = _kernel_bias(layer)
        want_kernel, want_bias = fused_linear(chain)
        names = " @ ".join(f"W{i + 1}" for i in range(len(chain)))
        if not _close(kernel, want_kernel):
            later = " @ ".join(f"W{i + 2}" for i in range(len(chain) - 1))
            fresh = _never_set(layer, f"kernel = {names} and bias = b1 @ {later} + b{len(chain)}")
            if fresh is not None:
                return fresh
            kernels = [_kernel_bias(c)[0] for c in chain]
            if any(_close(kernel, k) for k in kernels):
                return Explanation(
                    "the fused kernel is one of the original kernels, not their product: "
                    "the other layer's kernel was left out.",
                    f"multiply the kernels in the order the data meets them: {names}.",
                )
            near = _altered(kernel, want_kernel, f"the product {names}")
            if near is not None:
                return near
            return Explanation(
                f"the fused kernel is not the product {names} (first layer's kernel on the "
                "left): the kernels were combined in another order or another way.",
                f"compute kernel = {names} with the kernels in the order the data meets them.",
            )
        if _close(bias, want_bias):
            return None
        last_bias = _kernel_bias(chain[-1])[1]
        carried = want_bias - last_bias
        later = " @ ".join(f"W{i + 2}" for i in range(len(chain) - 1))
        if _close(bias, last_bias):
            return Explanation(
                f"the bias forgotten: the fused bias is only the last layer's; the first "
                f"layer's bias passes through the later kernels too (b1 @ {later}).",
                f"use bias = b1 @ {later} + b{len(chain)}.",
            )
        if _close(bias, carried):
            return Explanation(
                f"the last layer's own bias b{len(chain)} was left out of the fused bias.",
                f"add it: bias = b1 @ {later} + b{len(chain)}.",
            )
        if _close(bias, np.zeros_like(bias)):
            return Explanation(
                "the bias forgotten: the fused layer's bias is zero, but the original "
                "layers add theirs.",
                f"set the fused bias to b1 @ {later} + b{len(chain)}.",
            )
        near = _altered(bias, want_bias, f"b1 @ {later} + b{len(chain)}", part="bias")
        if near is not None:
            return Explanation(f"the fused kernel is right, but {near.cause}", near.next_step)
        return Explanation(
            f"the fused kernel is right ({names}) but the bias is not b1 @ {later} + "
            f"b{len(chain)}.",
            "carry the first bias through the later kernels, then add the last bias.",
        )

    return diagnose


def side_by_side(layer, branches: Sequence) -> Diagnosis:
    """What is wrong with `layer`'s weights as parallel Dense `branches`, concatenated."""

    def diagnose() -> Explanation | None:
        import itertools

        kernel, bias = _kernel_bias(layer)
        want_kernel, want_bias = concatenated(branches)
        order = ", ".join(repr(b.name) for b in branches)
        if _close(kernel, want_kernel) and _close(bias, want_bias):
            return None
        if not _close(kernel, want_kernel):
            fresh = _never_set(
                layer, f"the branches' kernels and biases side by side, in the order {order}"
            )
            if fresh is not None:
                return fresh
        if _close(kernel, want_kernel):
            if _close(bias, np.zeros_like(bias)):
                return Explanation(
                    "the bias forgotten: the wide layer's bias is zero; it must hold the "
                    "branches' biases side by side.",
                    "concatenate the branches' biases, in the same order as their kernels.",
                )
            return Explanation(
                "the kernels are side by side in the right order, but the biases are not "
                "in that same order (or not the branches' biases).",
                f"concatenate the biases in the same order as the kernels: {order}.",
            )
        for perm in itertools.permutations(branches):
            if perm != tuple(branches) and _close(kernel, concatenated(perm)[0]):
                found = ", ".join(repr(b.name) for b in perm)
                return Explanation(
                    f"the branches were put side by side in the order {found}, not in the "
                    f"order of the original's Concatenate ({order}), so the outputs come out "
                    "swapped.",
                    f"concatenate kernels and biases in the order {order}.",
                )
        return Explanation(
            "the wide kernel is not the branches' kernels side by side along the units "
            "axis (axis -1): each column of the wide kernel is one unit of one branch.",
            f"np.concatenate([kernels], axis=-1), in the order {order}, and the same for "
            "the biases.",
        )

    return diagnose


def centred(kernel, size: int = 3) -> np.ndarray:
    """A 1×1 convolution's kernel as a `size`×`size` one: its weights at the window's centre,
    zeros around (with padding="same" the centre is the pixel itself)."""
    kernel = np.asarray(kernel, "float64")
    out = np.zeros((size, size, *kernel.shape[2:]))
    out[size // 2, size // 2] = kernel[0, 0]
    return out


def identity_kernel(channels: int, size: int = 3) -> np.ndarray:
    """The identity as a `size`×`size` convolution: channel c to channel c, at the centre."""
    return centred(np.eye(channels)[None, None], size)


def added(conv3, conv1) -> tuple[np.ndarray, np.ndarray]:
    """(kernel, bias) of one 3×3 convolution equal to `conv3(x) + conv1(x) + x` (RepVGG):
    the three kernels as 3×3 ones, summed; the two biases summed (the identity has none)."""
    k3, b3 = _kernel_bias(conv3)
    k1, b1 = _kernel_bias(conv1)
    channels = k3.shape[-1]
    return k3 + centred(k1, k3.shape[0]) + identity_kernel(channels, k3.shape[0]), b3 + b1


def added_branches(layer, conv3, conv1) -> Diagnosis:
    """What is wrong with `layer`'s weights as a 3×3 `conv3`, a 1×1 `conv1` and the identity,
    added (a RepVGG block fused): each branch's kernel left out or misplaced, the identity
    written as ones, the 1×1 broadcast over the window, the kernels averaged, a bias left out."""

    def diagnose() -> Explanation | None:
        kernel, bias = _kernel_bias(layer)
        want_kernel, want_bias = added(conv3, conv1)
        k3, b3 = _kernel_bias(conv3)
        k1, b1 = _kernel_bias(conv1)
        size, channels = k3.shape[0], k3.shape[-1]
        one, eye = centred(k1, size), identity_kernel(channels, size)
        corner = np.zeros_like(k3)
        corner[0, 0] = k1[0, 0]
        recipe = "kernel = k3, then kernel[1, 1] += k1[0, 0] + np.eye(channels); bias = b3 + b1"
        shift = bias - want_bias
        fresh = None if _close(kernel, want_kernel) else _never_set(layer, recipe)
        if fresh is not None:
            return fresh
        if _close(kernel, k3 + one) and np.allclose(shift, shift.flat[0]) and shift.flat[0]:
            return Explanation(
                "the identity branch was put into the bias, as a constant: it adds the input "
                "itself, which changes from pixel to pixel, so it belongs in the kernel (1 at "
                "the window's centre from each channel to the same channel), not the bias.",
                f"move it into the kernel: {recipe}.",
            )
        if not _close(kernel, want_kernel):
            known = [
                (
                    k3 + one,
                    "the identity branch was left out: the block adds its input itself, and "
                    "that is a convolution too (1 at the window's centre from each channel to "
                    "the same channel).",
                ),
                (
                    k3 + one + centred(np.ones((1, 1, channels, channels)), size),
                    "the identity was written as ones from every channel to every channel: "
                    "the identity copies channel c to channel c only, so its kernel at the "
                    "centre is the identity matrix (np.eye), not np.ones.",
                ),
                (
                    k3 + k1 + eye,
                    "the 1×1 kernel was added at every position of the 3×3 window (NumPy "
                    "broadcast its 1×1 window over the 3×3 one): a 1×1 convolution reads the "
                    "centre pixel only, so its weights belong at the centre alone.",
                ),
                (
                    k3 + corner + eye,
                    "the 1×1 kernel sits at the window's corner (kernel[0, 0]): with "
                    'padding="same" a 3×3 window is centred on its pixel, so the 1×1 '
                    "weights go to the centre, kernel[1, 1].",
                ),
                (
                    k3 + eye,
                    "the 1×1 branch was left out: only the 3×3 kernel and the identity are "
                    "in the fused kernel.",
                ),
                (
                    k3,
                    "the fused kernel is the 3×3 branch's alone: the 1×1 branch and the "
                    "identity were left out.",
                ),
                (
                    want_kernel / 3,
                    "the three kernels were averaged: the block adds its branches (Add), so "
                    "their kernels add up, with no division.",
                ),
                (
                    k3 + one - eye,
                    "the identity was subtracted: the block adds its input.",
                ),
            ]
            for candidate, cause in known:
                if _close(kernel, candidate):
                    return Explanation(
                        cause, f"write each branch as a 3×3 kernel and add them: {recipe}."
                    )
            placed = _placements(kernel, k3, k1)
            if placed:
                return Explanation(
                    placed, f"write each branch as a 3×3 kernel and add them: {recipe}."
                )
            near = _altered(kernel, want_kernel, "the sum of the three branches' kernels")
            if near is not None:
                return near
            return Explanation(
                "the fused kernel is not the sum of the three branches written as 3×3 kernels "
                "(the 3×3 kernel, the 1×1 kernel at the centre, the identity matrix at the "
                "centre).",
                f"build it branch by branch and compare with yours: {recipe}.",
            )
        if _close(bias, want_bias):
            return None
        for candidate, which in (
            (b3, "the 1×1 branch's bias b1"),
            (b1, "the 3×3 branch's bias b3"),
        ):
            if _close(bias, candidate):
                return Explanation(
                    f"the kernel is right, but {which} was left out of the fused bias: both "
                    "convolutions add their bias to the sum.",
                    "use bias = b3 + b1 (the identity adds none).",
                )
        if _close(bias, np.zeros_like(bias)):
            return Explanation(
                "the bias forgotten: the fused bias is zero, but both convolutions add theirs.",
                "set the fused bias to b3 + b1.",
            )
        return Explanation(
            "the kernel is right, but the bias is not b3 + b1: the identity adds no bias, "
            "and each convolution adds its own once.",
            "use bias = b3 + b1.",
        )

    return diagnose


def _placements(kernel, k3, k1) -> str:
    """Where each branch went in `kernel`, read from the kernel itself, when it is made of the
    branches at all: at each window position, the 3×3 kernel's own weights, the 1×1 kernel
    (or its transpose, or its product with the 3×3 one), the identity matrix or a matrix of
    ones, each some number of times (least squares; none left over). '' when it is not."""
    size, channels = k3.shape[0], k3.shape[-1]
    one = np.asarray(k1, "float64")[0, 0]
    eye, ones = np.eye(channels), np.ones((channels, channels))
    names = ("k3", "k1", "k1.T", "eye", "ones", "k3@k1")
    coef = np.zeros((size, size, len(names)))
    for i in range(size):
        for j in range(size):
            basis = [k3[i, j], one, one.T, eye, ones, k3[i, j] @ one]
            matrix = np.stack([b.ravel() for b in basis], axis=1)
            target = np.asarray(kernel[i, j], "float64").ravel()
            c, *_ = np.linalg.lstsq(matrix, target, rcond=None)
            if not np.allclose(matrix @ c, target, atol=1e-4, rtol=1e-3):
                return ""
            coef[i, j] = np.round(c, 3)
    centre = (size // 2, size // 2)
    where = lambda term: {  # noqa: E731
        (i, j): coef[i, j, names.index(term)]
        for i in range(size)
        for j in range(size)
        if abs(coef[i, j, names.index(term)]) > 1e-3
    }

    def at(positions) -> str:
        if len(positions) == size * size:
            return "at every position of the 3×3 window (broadcast over it)"
        return "at " + " and ".join(f"kernel[{i}, {j}]" for i, j in sorted(positions))

    said, misplaced = [], {}
    factor = coef[centre][0]
    times = np.zeros_like(coef)
    times[..., 0], times[centre][1], times[centre][3] = factor, factor, factor
    if factor not in (0.0, 1.0) and np.allclose(coef, times):
        return (
            f"the fused kernel is the sum of the three branches' kernels times {factor:g}: the "
            "block adds each branch once, so the kernels add with no factor."
        )
    product = where("k3@k1")
    if product:
        said.append(
            "the 3×3 kernel was multiplied by the 1×1 one (k3 @ k1, as for layers one after the "
            "other): these branches read the same input side by side and are added, so their "
            "kernels add"
        )
    own = set(coef[..., 0].ravel().tolist())
    if not product and own != {1.0}:
        said.append(
            "the 3×3 kernel's own weights are missing"
            if own == {0.0}
            else f"the 3×3 kernel is there {sorted(own)[0]:g} times, not once"
        )
    for term, label in (("k1", "the 1×1 kernel"), ("eye", "the identity (np.eye)")):
        found = where(term)
        if found == {centre: 1.0}:
            continue
        transposed = where("k1.T") if term == "k1" else {}
        if not found and transposed:
            said.append(
                f"{label} was transposed (k1[0, 0].T): a Keras kernel is (input channels, "
                "output channels), the same layout in the 1×1 and the 3×3 kernels, so it adds "
                "as it is"
            )
        elif not found and term == "eye" and where("ones"):
            said.append(f"{label} was written as ones, every channel to every channel")
        elif not found:
            if not (term == "k1" and product):
                said.append(f"{label} was left out")
        elif set(found) == {centre}:
            said.append(f"{label} is there {found[centre]:g} times, not once")
        elif centre not in found or len(found) > 1:
            misplaced.setdefault(at(found), []).append(label)
    for place, labels in misplaced.items():
        both = " and ".join(labels)
        said.append(
            f"{both} {'sit' if len(labels) > 1 else 'sits'} {place}, "
            + ("not only " if "every" in place else "not ")
            + 'at the window\'s centre kernel[1, 1] (with padding="same" the centre, index 1 '
            "counting from 0, is the pixel itself)"
        )
    if not said:
        return ""
    return "; ".join(said) + "."


def folded_into_next(bn, conv) -> tuple[np.ndarray, np.ndarray]:
    """(kernel, bias) of one convolution equal to BatchNormalization `bn` (inference) and then
    `conv` (no padding): `conv(x * scale + shift)` scales the kernel along its input-channel
    axis and adds the shift, through every weight of the window, to the bias."""
    scale, shift = bn_scale_shift(bn)
    kernel, bias = _kernel_bias(conv)
    return kernel * scale[:, None], bias + np.einsum("ijco,c->o", kernel, shift)


_BN_ROLES = ("gamma", "beta", "moving_mean", "moving_variance")  # bn.get_weights()'s order


def _bn_readings(bn, inputs=None) -> list[tuple[np.ndarray, np.ndarray, str]]:
    """(scale, shift, how) for the ways a fold may have read BatchNormalization's values: its
    get_weights() unpacked in another order, epsilon left out or Keras's default, the square
    root left out, the statistics of the batch `inputs` (BN on the model's input) — each as
    the per-channel scale and shift it gives. The right reading comes first, with how=''."""
    import itertools

    arrays = [np.asarray(w, "float64") for w in bn.get_weights()]
    eps = float(bn.epsilon)
    out = []
    with np.errstate(all="ignore"):
        for order in itertools.permutations(range(4)):
            g, b, m, v = (arrays[i] for i in order)
            how = (
                ""
                if order == (0, 1, 2, 3)
                else "bn.get_weights() was unpacked in another order: the values match "
                "reading it as (" + ", ".join(_BN_ROLES[i] for i in order) + "), but Keras "
                "returns " + ", ".join(_BN_ROLES) + ", in that order"
            )
            for e, sqrt, words in (
                (eps, True, ""),
                (0.0, True, f"epsilon was left out of the scale (this layer's is {eps:g})"),
                (1e-3, True, f"epsilon was taken as 0.001, not this layer's own ({eps:g})"),
                (
                    eps,
                    False,
                    "the square root was left out: BN divides by sqrt(moving_variance "
                    "+ epsilon), the standard deviation",
                ),
            ):
                if e == 1e-3 and abs(eps - 1e-3) < 1e-12:
                    continue
                scale = g / (np.sqrt(v + e) if sqrt else (v + e))
                out.append((scale, b - m * scale, "; ".join(w for w in (how, words) if w)))
        scale = arrays[0] / np.sqrt(arrays[3] + eps)
        out += [
            (
                scale,
                arrays[1] + arrays[2] * scale,
                "the moving mean's term was added to the shift, not subtracted: BN computes "
                "(x - moving_mean) * scale + beta, so shift = beta - moving_mean * scale",
            ),
            (
                scale,
                arrays[1] - arrays[2],
                "the moving mean was subtracted from the shift without the scale: shift = "
                "beta - moving_mean * scale",
            ),
        ]
        if inputs is not None:
            x = np.asarray(inputs, "float64")
            axes = tuple(range(x.ndim - 1))
            scale = arrays[0] / np.sqrt(x.var(axis=axes) + eps)
            out.append(
                (
                    scale,
                    arrays[1] - x.mean(axis=axes) * scale,
                    "the statistics of a batch (its mean and variance) were used, not BN's "
                    "moving_mean and moving_variance: in inference, the mode the fold stands "
                    "for, BN uses the moving ones",
                )
            )
    return out


def _same(a, b) -> bool:
    """_close, with NaN equal to NaN (a square root of a negative number)."""
    a, b = np.asarray(a, "float64"), np.asarray(b, "float64")
    return a.shape == b.shape and np.allclose(a, b, atol=1e-5, rtol=1e-4, equal_nan=True)


def _scaled_axis(kernel, base) -> int | None:
    """The one axis of the kernel along which it is `base` times a factor (the other axes
    unscaled): None when it is not a per-axis scaling of `base`."""
    for axis in range(base.ndim):
        others = tuple(a for a in range(base.ndim) if a != axis)
        with np.errstate(all="ignore"):
            ratio = np.where(base == 0, np.nan, kernel / base)
        factor = np.nanmedian(ratio, axis=others, keepdims=True)
        if np.all(np.isfinite(factor)) and _same(kernel, base * factor):
            return axis
    return None


_CONV_AXES = ("its height (axis 0)", "its width (axis 1)", "", "its output channels (axis 3)")


def _shift_factor(delta, carried, shape) -> str | None:
    """How the bias's share of BN's shift (`delta`, the folded bias minus the convolution's)
    relates to the right one (`carried`: the shift summed through every weight of the window
    of a kernel of `shape`) when it is that one times a constant: divided or multiplied by the
    window's size, the number of input channels or both (a mean taken where the convolution
    sums), or with its sign flipped. None when it is not a multiple of it, or is it."""
    norm = float(np.dot(carried, carried))
    if norm < 1e-12:
        return None
    c = float(np.dot(delta, carried)) / norm
    if not _same(delta, c * carried) or np.isclose(c, 1.0, rtol=1e-4):
        return None
    h, w, channels = shape[0], shape[1], shape[2]
    counts = [
        (h * w, f"the {h} × {w} window's {h * w} positions"),
        (channels, f"the {channels} input channels"),
        (h * w * channels, f"all {h * w * channels} weights of the window and its channels"),
    ]
    sums = (
        "the convolution adds up what every position of its window and every input "
        "channel contributes, so the shift reaches each output summed, not averaged"
    )
    for n, over in counts:
        if np.isclose(c, 1.0 / n, rtol=1e-4):
            return (
                f"BN's shift carried through the window was divided by {n}: it was averaged "
                f"over {over} (÷ {n}), where {sums}"
            )
        if n > 1 and np.isclose(c, float(n), rtol=1e-4):
            return (
                f"BN's shift carried through the window was multiplied by {n} ({over}) once "
                "more: the sum over the window already counts each weight once"
            )
    if np.isclose(c, -1.0, rtol=1e-4):
        return (
            "BN's shift was subtracted from the bias instead of added: the shifted input is "
            "x * scale + shift, and the convolution carries + shift to each output"
        )
    return None


def _read_fold(kernel, bias, k, b, readings, recipe) -> Explanation | None:
    """The fold's mistake read from the learner's kernel and bias: along which axis of the
    convolution's kernel `k` the scale was applied, and from which reading of BN's values
    (`_bn_readings`) the scale and the shift came."""
    through = lambda t: np.einsum("ijco,c->o", k, t)  # noqa: E731
    for scale, shift, how in readings[1:]:
        if _same(kernel, k * scale[:, None]) and _same(bias, b + through(shift)):
            nan = (
                " (a NaN comes from a square root of a negative number)"
                if np.isnan(kernel).any()
                else ""
            )
            return Explanation(f"{how}{nan}.", f"fold it as {recipe}.")
    axis = _scaled_axis(kernel, k)
    if axis is not None and axis != 2:
        channels = k.shape[2]
        return Explanation(
            f"the kernel was scaled along {_CONV_AXES[axis]}, not along its input channels "
            f"(axis 2): the {channels} scales, one per colour channel, multiply what each "
            "input channel contributes (scale[:, None, None, None] lines them up with the "
            "first axis).",
            f"fold it as {recipe}.",
        )
    right_scale = readings[0][0]
    if _same(kernel, k * right_scale[:, None]):
        delta = bias - b
        factor = _shift_factor(delta, through(readings[0][1]), k.shape)
        if factor is not None:
            return Explanation(f"the kernel is right, but {factor}.", f"fold it as {recipe}.")
        solved, *_ = np.linalg.lstsq(k.sum(axis=(0, 1)).T, delta, rcond=None)
        if _same(through(solved), delta):
            for scale, shift, how in readings:
                if how and _same(scale, right_scale) and _same(solved, shift):
                    return Explanation(f"the kernel is right, but {how}.", f"fold it as {recipe}.")
            return Explanation(
                "the kernel is right, and the bias is the convolution's plus a shift carried "
                "through every weight of the window, but not BN's shift beta - moving_mean * "
                "scale (another sign or term).",
                f"fold it as {recipe}.",
            )
        if np.allclose(delta, delta.flat[0], atol=1e-5, rtol=1e-4):
            return Explanation(
                f"the kernel is right, but the same number ({delta.flat[0]:.3g}) was added to "
                "every output channel's bias: the shift of input channel c reaches output o "
                "through that output's own weights kernel[:, :, c, o], so each output receives "
                "its own sum.",
                f"fold it as {recipe}.",
            )
    return None


def batchnorm_then_conv(layer, bn, conv, *, inputs=None) -> Diagnosis:
    """What is wrong with `layer`'s weights as BatchNormalization `bn` folded into the
    convolution `conv` after it: the kernel scaled on another axis or by another factor
    (epsilon, gamma), the shift left out of the bias or carried through the centre only,
    the shift taken as beta, the convolution's own bias left out; BN's values read in
    another order, or a batch's statistics (`inputs`, the batch BN reads) instead of the
    moving ones."""

    def diagnose() -> Explanation | None:
        kernel, bias = _kernel_bias(layer)
        want_kernel, want_bias = folded_into_next(bn, conv)
        k, b = _kernel_bias(conv)
        gamma, beta, _, variance = (np.asarray(w, "float64") for w in bn.get_weights())
        scale, shift = bn_scale_shift(bn)
        through = lambda s: np.einsum("ijco,c->o", k, s)  # noqa: E731
        recipe = (
            "kernel * scale[:, None] (the input-channel axis), bias + "
            'np.einsum("ijco,c->o", kernel, shift)'
        )
        if not _close(kernel, want_kernel):
            fresh = _never_set(layer, f"the folded values: {recipe}", "the folded layer")
            if fresh is not None:
                return fresh
            known = [
                (k, "the kernel was left unscaled: BN multiplies each input channel by its scale"),
                (
                    k / scale[:, None],
                    "the kernel was divided by the scale instead of multiplied",
                ),
                (
                    k * (gamma / np.sqrt(variance))[:, None],
                    f"epsilon was left out of the scale: gamma / sqrt(moving_variance + "
                    f"{bn.epsilon:g})",
                ),
                (
                    k * (gamma / np.sqrt(variance + 0.001))[:, None],
                    "epsilon was taken as 0.001, Keras's default, not this layer's own "
                    f"({bn.epsilon:g}, bn.epsilon)",
                ),
                (
                    k * (1.0 / np.sqrt(variance + bn.epsilon))[:, None],
                    "gamma was left out of the scale: scale = gamma / sqrt(moving_variance + "
                    "epsilon)",
                ),
            ]
            for candidate, cause in known:
                if _close(kernel, candidate):
                    return Explanation(f"{cause}.", f"fold it as {recipe}.")
            read = _read_fold(kernel, bias, k, b, _bn_readings(bn, inputs), recipe)
            if read is not None:
                return read
            return Explanation(
                "the folded kernel is not the convolution's kernel with each input channel "
                "(axis 2) multiplied by BN's scale for that channel.",
                f"fold it as {recipe}.",
            )
        if _close(bias, want_bias):
            return None
        centre = np.einsum("co,c->o", k[k.shape[0] // 2, k.shape[1] // 2], shift)
        known = [
            (
                b,
                "the shift was left out of the bias: BN adds it to every input value, and "
                "the convolution carries it to each output through all the weights of its "
                "window.",
            ),
            (
                b + centre,
                "the shift was carried through the centre of the window only: the "
                "convolution adds up all 3 × 3 positions, and each reads the shifted input.",
            ),
            (
                b + through(beta),
                "the shift was taken as beta: BN's shift is beta - moving_mean * scale.",
            ),
            (
                through(shift),
                "the convolution's own bias was left out of the folded bias.",
            ),
            (
                np.zeros_like(b),
                "the bias forgotten: the folded layer's bias is zero, but the convolution "
                "has one and BN's shift adds to it.",
            ),
        ]
        for candidate, cause in known:
            if _close(bias, candidate):
                return Explanation(f"the kernel is right, but {cause}", f"fold it as {recipe}.")
        read = _read_fold(kernel, bias, k, b, _bn_readings(bn, inputs), recipe)
        if read is not None:
            return read
        return Explanation(
            "the kernel is right, but the bias is not the convolution's bias plus BN's shift "
            "carried through every weight of the window.",
            f"use {recipe}.",
        )

    return diagnose


def folded_batchnorm(layer, conv, bn, *, inputs=None) -> Diagnosis:
    """What is wrong with `layer`'s weights as `conv` with BatchNormalization `bn` folded in.

    `inputs` (the batch the check runs) lets it recognise statistics of a batch used
    instead of the moving ones.
    """

    def diagnose() -> Explanation | None:
        kernel, bias = _kernel_bias(layer)
        base, _ = _kernel_bias(conv)
        want_kernel, want_bias = folded(conv, bn)
        kernel_ok, bias_ok = _close(kernel, want_kernel), _close(bias, want_bias)
        if kernel_ok and bias_ok:
            return None
        fresh = (
            None
            if kernel_ok
            else _never_set(
                layer,
                "scale = gamma / sqrt(moving_variance + epsilon), kernel = conv_kernel * scale and "
                "bias = beta - moving_mean * scale",
                "the folded layer",
            )
        )
        if fresh is not None:
            return fresh
        eps = float(bn.epsilon)
        named = [
            (
                dict(epsilon=0.0),
                f"BatchNormalization's epsilon was left out: the scale is gamma / "
                f"sqrt(moving_variance), not gamma / sqrt(moving_variance + {eps:g}).",
                "add the layer's own epsilon (bn.epsilon) under the square root.",
            ),
        ]
        if abs(eps - 1e-3) > 1e-9:
            named.append(
                (
                    dict(epsilon=1e-3),
                    f"epsilon was taken as 0.001, Keras's default, but this layer was made "
                    f"with epsilon={eps:g}.",
                    "read the layer's own value: bn.epsilon.",
                )
            )
        for kwargs, cause, step in named:
            k, b = folded(conv, bn, **kwargs)
            if _close(kernel, k) and _close(bias, b):
                return Explanation(cause, step)
        units = int(bn.moving_mean.shape[-1])
        scale, shift = bn_scale_shift(bn)
        gamma = _value(getattr(bn, "gamma", None), np.ones(units))
        beta = _value(getattr(bn, "beta", None), np.zeros(units))
        variance = _value(bn.moving_variance)
        if _close(kernel, base * gamma) and (_close(bias, beta) or _close(bias, want_bias)):
            return Explanation(
                "the moving statistics ignored: the kernel was scaled by gamma alone and the "
                "bias shifted by beta alone, as if BatchNormalization were a plain scale; "
                "it first subtracts moving_mean and divides by sqrt(moving_variance + epsilon).",
                "scale = gamma / sqrt(moving_variance + epsilon); bias = beta - moving_mean "
                "* scale.",
            )
        if _close(kernel, base / np.sqrt(variance + eps)) and not _close(gamma, np.ones(units)):
            return Explanation(
                "gamma was left out: the kernel was divided by sqrt(moving_variance + "
                "epsilon) alone, but BatchNormalization then multiplies each channel by its "
                "learned gamma.",
                "scale = gamma / sqrt(moving_variance + epsilon); kernel = conv_kernel * "
                "scale; bias = beta - moving_mean * scale.",
            )
        if kernel_ok and _close(bias, -_value(bn.moving_mean) * scale):
            return Explanation(
                "beta was left out of the bias: the bias is -moving_mean * scale, but "
                "BatchNormalization then adds its learned shift beta to each channel.",
                "bias = beta - moving_mean * scale.",
            )
        if _close(kernel, base * gamma / (variance + eps)):
            return Explanation(
                "the square root was left out: the scale is gamma / (moving_variance + "
                "epsilon), but BatchNormalization divides by the standard deviation.",
                "scale = gamma / np.sqrt(moving_variance + epsilon).",
            )
        if _close(kernel, base / scale):
            return Explanation(
                "the kernel was divided by the scale instead of multiplied by it.",
                "kernel = conv_kernel * scale, scale = gamma / sqrt(moving_variance + epsilon).",
            )
        if _close(kernel, base):
            return Explanation(
                "the kernel was left unscaled: BatchNormalization multiplies every output "
                "channel by its scale, so the folded kernel must be scaled too.",
                "kernel = conv_kernel * scale (one factor per output channel, the last axis).",
            )
        if kernel_ok:
            if _close(bias, shift + _value(bn.moving_mean) * scale):
                return Explanation(
                    "the moving mean ignored: the bias is beta alone, but BatchNormalization "
                    "first subtracts moving_mean from each channel.",
                    "bias = beta - moving_mean * scale (plus conv_bias * scale if it has one).",
                )
            if _close(bias, np.zeros_like(bias)):
                return Explanation(
                    "the bias forgotten: the folded layer's bias is zero, but "
                    "BatchNormalization shifts each channel by beta - moving_mean * scale.",
                    "give the folded layer a bias: beta - moving_mean * scale.",
                )
            return Explanation(
                "the folded kernel is right, but the bias is not beta - moving_mean * scale.",
                "bias = beta - moving_mean * scale (plus conv_bias * scale if it has one).",
            )
        ratio = _per_channel_ratio(kernel, base)
        if ratio is not None:
            batch = _batch_statistics(conv, inputs)
            if batch is not None and _close(ratio, bn_scale_shift(bn, statistics=batch)[0]):
                cause = "the statistics of a batch were used instead of the moving ones"
            else:
                cause = "each channel was scaled by another factor than the moving statistics give"
            return Explanation(
                f"{cause}: the fused model must compute what the original computes in "
                "inference, where BatchNormalization uses its moving_mean and "
                "moving_variance (what training mode uses is each batch's own statistics).",
                "scale = gamma / sqrt(bn.moving_variance + bn.epsilon), shift = beta - "
                "bn.moving_mean * scale: the layer's stored values, not a batch's.",
            )
        return Explanation(
            "the folded kernel is not the convolution's kernel scaled per output channel by "
            "gamma / sqrt(moving_variance + epsilon).",
            "kernel = conv_kernel * scale, with scale broadcast along the last axis.",
        )

    return diagnose


def _per_channel_ratio(kernel, base) -> np.ndarray | None:
    """kernel / base when it is one factor per output channel (last axis), else None."""
    if kernel.shape != base.shape:
        return None
    flat_k = kernel.reshape(-1, kernel.shape[-1])
    flat_b = base.reshape(-1, base.shape[-1])
    ratio = flat_k[0] / np.where(flat_b[0] == 0, 1, flat_b[0])
    return ratio if np.allclose(flat_k, flat_b * ratio, atol=1e-5, rtol=1e-4) else None


def _batch_statistics(conv, inputs):
    if inputs is None:
        return None
    try:
        out = np.asarray(to_numpy(conv(np.asarray(inputs, "float32"))), "float64")
    except Exception:  # the check's own inputs should fit; if not, no batch word
        return None
    axes = tuple(range(out.ndim - 1))
    return out.mean(axis=axes), out.var(axis=axes)


def given_weights(fused, earlier, inputs) -> Diagnosis:
    """Names the mistake of a fused model that computes `earlier`'s function, not its own.

    A hidden check fuses a second network with other weights; a function that took its
    numbers from elsewhere (values pasted into the code, a network loaded inside it)
    still gives the first network's outputs.
    """

    def diagnose() -> Explanation | None:
        try:
            same = np.allclose(run(fused, inputs), run(earlier, inputs), atol=TOLERANCE)
        except AssertionError:
            same = False
        if not same:
            return None
        return Explanation(
            "the fused weights do not come from the network given to the function: given "
            "a network with other weights, it returned the first network's fused model "
            "(numbers written into the code, or a network loaded inside the function).",
            "compute the fused kernel and bias from the argument's own layers, every time "
            "the function is called.",
        )

    return diagnose


def copied(layer, source) -> Diagnosis:
    """What is wrong with `layer`, meant to be a new layer holding `source`'s values."""

    def diagnose() -> Explanation | None:
        kernel, bias = _kernel_bias(layer)
        want_kernel, want_bias = _kernel_bias(source)
        if _close(kernel, want_kernel) and _close(bias, want_bias):
            return None
        if _initial(layer, "kernel"):
            return Explanation(
                f"the layer after the activation should compute what the original's "
                f"{source.name!r} computes, but its values were never set: its kernel is "
                f"still the random one its initializer ({_initial(layer, 'kernel')}) drew when "
                "it was built (a new layer does not take another's values by itself).",
                f"copy {source.name!r}'s values into it once it is built: "
                f"new.set_weights({source.name}.get_weights()) (or build it with "
                "kernel_initializer=keras.initializers.Constant(...)).",
            )
        return Explanation(
            f"the layer after the activation should compute what the original's "
            f"{source.name!r} computes, but holds other values (fresh ones, or another "
            "layer's).",
            f"copy its values into the new layer: new.set_weights({source.name}.get_weights()).",
        )

    return diagnose


def check_other_network(function, network, *, earlier, inputs, what: str) -> None:
    """The learner's `function` fuses `network` (another copy with other weights) into a
    model with `network`'s function: the fused values come from the network given.

    `earlier`: the network fused before, to recognise a function that ignores its argument
    (numbers written into the code, a network loaded inside it).
    """
    __tracebackhide__ = True
    from .learner import model as build

    fused = build(function, network)
    check_same_function(
        fused, network, inputs, diagnose=given_weights(fused, earlier, inputs), what=what
    )


# --------------------------------------------------------------------------- the topic's words

# `check_counts(causes=COUNTS[task])`: named misconceptions that structure cannot word.
COUNTS = {
    "fuse_chain": {
        21: (
            "fusing across an activation: all three layers were fused into one Dense(3), "
            "but the ReLU between 'project' and 'score' is not linear, so relu(x @ W2) @ W3 "
            "is not x @ (W2 @ W3).",
            "fuse only 'expand' and 'project'; keep 'score' as a separate new Dense(3).",
        ),
        275: (
            "the three layers were copied, not fused: 'expand' and 'project' have no "
            "activation between them and can be one layer.",
            "fuse 'expand' and 'project' into one Dense(8, relu); copy 'score' into a new Dense(3).",
        ),
        163: (
            "fusing across an activation: 'project' and 'score' were fused across the ReLU "
            "between them, and 'expand' was kept.",
            "fuse 'expand' with 'project' instead (nothing between them); keep 'score' apart.",
        ),
    },
}
