"""The fusion explorer: when several layers are one, and what fusing them saves.

Three layers, each usable alone:

- `fusion_result(chain, inputs, hidden, outputs, mistake)`: the original layers
  (built by Keras with fixed weights), the fused layer worked out from them, both
  parameter counts, the fused kernel's shape, and the largest difference between
  the two outputs on a fixed batch — or Keras's own error, or the reason the
  fusion is not valid, in plain words.
- `draw(result)`: the weight matrices as coloured grids being multiplied,
  put side by side or rescaled, and the fused matrix they give.
- `FusionExplorer`: widgets that connect controls to both.

Chains (`CHAINS`): two linear `Dense` layers; the same with a ReLU between them
(not fusable); two parallel `Dense` branches, concatenated; a `Conv2D` without
bias followed by `BatchNormalization` (fused for inference).

>>> r = fusion_result("linear", 4, 8, 3)
>>> (r.original_params, r.fused_params, r.kernel_shape)
(67, 15, (4, 3))
>>> r.same_function
True
>>> fusion_result("activation", 4, 8, 3).same_function
False
"""

from __future__ import annotations

import dataclasses
import html
from dataclasses import dataclass

import ipywidgets as widgets
import keras
import numpy as np

from autograder.fusing_layers import bn_scale_shift, concatenated, folded, fused_linear
from explorers.base import Explorer, verdict_html
from explorers.drawing import PALETTE, WARNING, ExplorerFigure, FigureView, canvas

TITLE = "Fusing layers: two linear layers, parallel branches, BatchNormalization folded"

CHAINS = {
    "linear": "Dense → Dense (no activation)",
    "activation": "Dense + ReLU → Dense",
    "parallel": "Dense ‖ Dense, concatenated",
    "conv_bn": "Conv2D → BatchNormalization",
}

# Mistakes a learner can make on purpose, per chain: the explorer shows what they do.
MISTAKES = {
    "linear": ("none", "bias forgotten", "kernels in the other order"),
    "activation": ("none",),
    "parallel": ("none", "bias forgotten", "branches in the other order"),
    "conv_bn": ("none", "epsilon left out", "moving statistics ignored", "batch statistics"),
}

# Below this, the two outputs differ by float32 rounding only.
ROUNDING = 1e-4
EPSILON = 0.01  # the explorer's BatchNormalization: epsilon matters with small variances
IMAGE = 6  # conv_bn works on IMAGE × IMAGE feature maps
BATCH = 8
FIGSIZE, DPI = (7.4, 3.0), 80


@dataclass(frozen=True)
class FusionResult:
    """What fusing a chain of layers gives.

    Attributes:
        chain: a key of `CHAINS`.
        sizes: (inputs, hidden, outputs): input width (channels for conv_bn), the
            first layer's units (unused for conv_bn), the last layer's units (filters).
        mistake: one of `MISTAKES[chain]`, "none" for the right fusion.
        original_params: parameters of the original layers (BatchNormalization's
            moving statistics included).
        fused_params: parameters of the fused layer.
        kernel_shape: the fused kernel's shape; None when it cannot be made.
        output_shape: the output's shape, batch axis None.
        max_difference: largest |fused − original| on a fixed batch; None on error.
        valid: the fusion is exact in principle (False across an activation).
        error: Keras's (or NumPy's) own error, "ValueError: ..."; None otherwise.
        summary, cause, next_step: what happened, why, what to do.
        matrices: what the figure draws, name -> 2-D array.
        fused_weights: [kernel, bias] of the fused layer, as loaded into Keras.
    """

    chain: str
    sizes: tuple[int, int, int]
    mistake: str
    original_params: int
    fused_params: int
    kernel_shape: tuple[int, ...] | None
    output_shape: tuple
    max_difference: float | None
    valid: bool
    error: str | None = None
    summary: str = ""
    cause: str = ""
    next_step: str = ""
    matrices: dict = dataclasses.field(default_factory=dict, compare=False, repr=False)
    fused_weights: tuple = dataclasses.field(default=(), compare=False, repr=False)

    @property
    def same_function(self) -> bool:
        """The fused layer gives the original's outputs, to float32 rounding."""
        return self.max_difference is not None and self.max_difference <= ROUNDING

    @property
    def saved(self) -> int:
        """Parameters the fusion saves (0 or negative when it saves none)."""
        return self.original_params - self.fused_params

    def difference_text(self) -> str:
        """The largest output difference, in words that are the same on every machine."""
        if self.max_difference is None:
            return "no output (the fused layer could not be made)"
        if self.max_difference <= ROUNDING:
            return f"below {ROUNDING:g} (float32 rounding only)"
        return f"{self.max_difference:.2g}"


def _weights(shapes, seed: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [rng.normal(0.0, 0.5, shape).astype("float32") for shape in shapes]


class _Dense:
    """A Dense layer's weights, applied in NumPy (what keras.layers.Dense computes)."""

    def __init__(self, kernel, bias, activation=None, name="dense"):
        self.kernel, self.bias, self.activation, self.name = kernel, bias, activation, name

    def __call__(self, x):
        out = np.asarray(x, "float64") @ self.kernel + self.bias
        return np.maximum(out, 0.0) if self.activation == "relu" else out

    def count_params(self) -> int:
        return int(self.kernel.size + self.bias.size)


def conv2d_same(x, kernel, bias=0.0) -> np.ndarray:
    """A stride-1, padding="same" 2-D convolution in NumPy (channels last), as Conv2D computes."""
    kh, kw = kernel.shape[:2]
    padded = np.pad(np.asarray(x, "float64"), ((0, 0), (kh // 2,) * 2, (kw // 2,) * 2, (0, 0)))
    rows, cols = x.shape[1], x.shape[2]
    out = np.zeros((*x.shape[:3], kernel.shape[-1]))
    for i in range(kh):
        for j in range(kw):
            out += padded[:, i : i + rows, j : j + cols, :] @ kernel[i, j]
    return out + bias


_LOADERS: dict = {}


def keras_accepts(kind: str, input_shape: tuple, units: int, values) -> str | None:
    """Keras's own verdict on loading `values` into a new Dense or Conv2D: None, or its error.

    The layer (one per kind and shape, built once) is Keras's: its `set_weights` checks
    the shapes and says what it expected.
    """
    key = (kind, input_shape, units)
    layer = _LOADERS.get(key)
    if layer is None:
        if kind == "Dense":
            layer = keras.layers.Dense(units, name="fused")
        else:
            layer = keras.layers.Conv2D(units, 3, padding="same", name="fused")
        layer.build((None, *input_shape))
        _LOADERS[key] = layer
    try:
        layer.set_weights(values)
    except ValueError as error:
        return f"ValueError: {error}"
    return None


def _checked_sizes(inputs, hidden, outputs) -> tuple[int, int, int]:
    sizes = (inputs, hidden, outputs)
    for size in sizes:
        if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= 64:
            raise ValueError(f"sizes must be integers from 1 to 64. Received: {sizes}")
    return sizes


def fusion_result(
    chain: str = "linear", inputs: int = 4, hidden: int = 8, outputs: int = 3, mistake="none"
) -> FusionResult:
    """Fuse a chain of layers and compare the fused layer with the original on a fixed batch.

    Args:
        chain: a key of `CHAINS`.
        inputs: the input width (for conv_bn: input channels).
        hidden: the first layer's units (linear, activation) or the first branch's
            (parallel); unused for conv_bn.
        outputs: the last layer's units (the second branch's; conv_bn: filters).
        mistake: one of `MISTAKES[chain]`, to see what it does.

    Returns:
        A `FusionResult`.

    Raises:
        ValueError: an unknown chain or mistake, or a size outside 1–64.

    >>> fusion_result("parallel", 4, 8, 3).fused_params
    55
    >>> fusion_result("conv_bn", 3, 8, 4).fused_params
    112
    """
    if chain not in CHAINS:
        raise ValueError(f"chain must be one of {', '.join(CHAINS)}. Received: chain={chain!r}")
    if mistake not in MISTAKES[chain]:
        raise ValueError(
            f"for {chain}, mistake must be one of {', '.join(MISTAKES[chain])}. "
            f"Received: mistake={mistake!r}"
        )
    sizes = _checked_sizes(inputs, hidden, outputs)
    if chain == "conv_bn":
        return _conv_bn(sizes, mistake)
    if chain == "parallel":
        return _parallel(sizes, mistake)
    return _linear(chain, sizes, mistake)


def _batch(*shape) -> np.ndarray:
    return np.random.default_rng(0).normal(size=(BATCH, *shape)).astype("float32")


def _linear(chain, sizes, mistake) -> FusionResult:
    n_in, n_hidden, n_out = sizes
    activation = "relu" if chain == "activation" else None
    w1, b1, w2, b2 = _weights([(n_in, n_hidden), (n_hidden,), (n_hidden, n_out), (n_out,)], 1)
    first = _Dense(w1, b1, activation=activation, name="first")
    second = _Dense(w2, b2, name="second")
    x = _batch(n_in)
    want = second(first(x))
    kernel, bias = (a.astype("float32") for a in fused_linear([first, second]))
    matrices = {"W1": w1, "W2": w2, "W1 @ W2": kernel}
    error = None
    if mistake == "bias forgotten":
        bias = b2
    elif mistake == "kernels in the other order":
        try:
            kernel = w2 @ w1
            matrices["W1 @ W2"] = kernel
        except ValueError as exc:
            error = f"ValueError: {exc}"
    error = error or keras_accepts("Dense", (n_in,), n_out, [kernel, bias])
    difference = None if error else float(np.max(np.abs(_Dense(kernel, bias)(x) - want)))
    return _explained(
        FusionResult(
            chain=chain,
            sizes=sizes,
            mistake=mistake,
            original_params=first.count_params() + second.count_params(),
            fused_params=n_in * n_out + n_out,
            kernel_shape=(n_in, n_out),
            output_shape=(None, n_out),
            max_difference=difference,
            valid=chain == "linear",
            error=error,
            matrices=matrices,
            fused_weights=(kernel, bias),
        )
    )


def _parallel(sizes, mistake) -> FusionResult:
    n_in, n_a, n_b = sizes
    wa, ba, wb, bb = _weights([(n_in, n_a), (n_a,), (n_in, n_b), (n_b,)], 2)
    left, right = _Dense(wa, ba, name="left"), _Dense(wb, bb, name="right")
    x = _batch(n_in)
    want = np.concatenate([left(x), right(x)], axis=-1)
    order = [right, left] if mistake == "branches in the other order" else [left, right]
    kernel, bias = (a.astype("float32") for a in concatenated(order))
    if mistake == "bias forgotten":
        bias = np.zeros_like(bias)
    error = keras_accepts("Dense", (n_in,), n_a + n_b, [kernel, bias])
    return _explained(
        FusionResult(
            chain="parallel",
            sizes=sizes,
            mistake=mistake,
            original_params=left.count_params() + right.count_params(),
            fused_params=int(kernel.size + bias.size),
            kernel_shape=(n_in, n_a + n_b),
            output_shape=(None, n_a + n_b),
            max_difference=float(np.max(np.abs(_Dense(kernel, bias)(x) - want))),
            valid=True,
            error=error,
            matrices={"W_left": wa, "W_right": wb, "[W_left  W_right]": kernel},
            fused_weights=(kernel, bias),
        )
    )


class _BatchNorm:
    """BatchNormalization's weights (what `autograder.fusing_layers.folded` reads)."""

    def __init__(self, n, epsilon):
        rng = np.random.default_rng(4)
        self.gamma = (1.0 + rng.normal(0.0, 0.3, n)).astype("float32")
        self.beta = rng.normal(0.0, 0.5, n).astype("float32")
        self.moving_mean = rng.normal(0.0, 0.5, n).astype("float32")
        self.moving_variance = (0.02 + np.abs(rng.normal(0.0, 0.5, n))).astype("float32")
        self.epsilon = epsilon

    def __call__(self, x):
        scale, shift = bn_scale_shift(self)
        return x * scale + shift

    def count_params(self) -> int:
        return 4 * self.gamma.size


class _Conv:
    def __init__(self, kernel):
        self.kernel, self.bias = kernel, None


def _conv_bn(sizes, mistake) -> FusionResult:
    n_in, _, n_out = sizes
    (k,) = _weights([(3, 3, n_in, n_out)], 3)
    bn = _BatchNorm(n_out, EPSILON)
    x = _batch(IMAGE, IMAGE, n_in)
    maps = conv2d_same(x, k)
    want = bn(maps)
    options = {}
    if mistake == "epsilon left out":
        options = {"epsilon": 0.0}
    elif mistake == "batch statistics":
        options = {"statistics": (maps.mean(axis=(0, 1, 2)), maps.var(axis=(0, 1, 2)))}
    kernel, bias = folded(_Conv(k), bn, **options)
    if mistake == "moving statistics ignored":
        kernel, bias = k * bn.gamma, bn.beta
    kernel, bias = np.asarray(kernel, "float32"), np.asarray(bias, "float32")
    error = keras_accepts("Conv2D", (IMAGE, IMAGE, n_in), n_out, [kernel, bias])
    scale, _ = bn_scale_shift(bn)
    return _explained(
        FusionResult(
            chain="conv_bn",
            sizes=sizes,
            mistake=mistake,
            original_params=int(k.size) + bn.count_params(),
            fused_params=int(kernel.size + bias.size),
            kernel_shape=(3, 3, n_in, n_out),
            output_shape=(None, IMAGE, IMAGE, n_out),
            max_difference=float(np.max(np.abs(conv2d_same(x, kernel, bias) - want))),
            valid=True,
            error=error,
            matrices={
                # one row per filter: its 3×3×channels weights along the row
                "conv kernel": k.reshape(-1, n_out).T,
                "scale": scale.reshape(-1, 1),
                "folded kernel": kernel.reshape(-1, n_out).T,
            },
            fused_weights=(kernel, bias),
        )
    )


def keras_models(result: FusionResult):
    """(original, fused): the result's two models built by Keras, with the same weights.

    The explorer computes in NumPy (fast enough to follow a slider); this is the
    ground truth its tests compare with. The fused model is None when Keras refused
    its weights.
    """
    n_in, n_hidden, n_out = result.sizes
    if result.chain == "conv_bn":
        x = keras.Input((IMAGE, IMAGE, n_in))
        conv = keras.layers.Conv2D(n_out, 3, padding="same", use_bias=False)
        bn = keras.layers.BatchNormalization(epsilon=EPSILON)
        original = keras.Model(x, bn(conv(x)))
        conv.set_weights(_weights([(3, 3, n_in, n_out)], 3))
        ref = _BatchNorm(n_out, EPSILON)
        bn.set_weights([ref.gamma, ref.beta, ref.moving_mean, ref.moving_variance])
        fused = keras.layers.Conv2D(n_out, 3, padding="same")
    elif result.chain == "parallel":
        x = keras.Input((n_in,))
        left, right = keras.layers.Dense(n_hidden), keras.layers.Dense(n_out)
        original = keras.Model(x, keras.layers.Concatenate()([left(x), right(x)]))
        wa, ba, wb, bb = _weights([(n_in, n_hidden), (n_hidden,), (n_in, n_out), (n_out,)], 2)
        left.set_weights([wa, ba])
        right.set_weights([wb, bb])
        fused = keras.layers.Dense(n_hidden + n_out)
    else:
        x = keras.Input((n_in,))
        activation = "relu" if result.chain == "activation" else None
        first = keras.layers.Dense(n_hidden, activation=activation)
        second = keras.layers.Dense(n_out)
        original = keras.Model(x, second(first(x)))
        w1, b1, w2, b2 = _weights([(n_in, n_hidden), (n_hidden,), (n_hidden, n_out), (n_out,)], 1)
        first.set_weights([w1, b1])
        second.set_weights([w2, b2])
        fused = keras.layers.Dense(n_out)
    if result.error:
        return original, None
    model = keras.Model(x, fused(x))
    fused.set_weights(list(result.fused_weights))
    return original, model


def fixed_batch(result: FusionResult) -> np.ndarray:
    """The batch the result's largest difference was measured on."""
    n_in = result.sizes[0]
    return _batch(IMAGE, IMAGE, n_in) if result.chain == "conv_bn" else _batch(n_in)


# --------------------------------------------------------------------------- words

_WHY = {
    ("linear", "none"): (
        "x @ W1 + b1, then @ W2 + b2, is x @ (W1 @ W2) + (b1 @ W2 + b2): one Dense.",
        "",
    ),
    ("linear", "bias forgotten"): (
        "the first layer's bias passes through W2 too: the fused bias is b1 @ W2 + b2, not b2.",
        "use bias = b1 @ W2 + b2.",
    ),
    ("linear", "kernels in the other order"): (
        "the data meets W1 first, so the product is W1 @ W2; W2 @ W1 pairs the wrong sizes "
        "(and, where the sizes happen to fit, computes something else).",
        "kernel = W1 @ W2, the first layer's kernel on the left.",
    ),
    ("activation", "none"): (
        "fusion is not valid across an activation: relu(x @ W1 + b1) @ W2 is not "
        "x @ (W1 @ W2) + ..., because ReLU is not linear (it zeroes the negative values "
        "first). The counts only say what fusion would save if it were allowed.",
        "fuse only layers with no activation between them; keep the layer after a ReLU.",
    ),
    ("parallel", "none"): (
        "each branch is a block of columns of one wide kernel: [x @ Wl + bl, x @ Wr + br] is "
        "x @ [Wl Wr] + [bl br]. The count does not drop; one product replaces two, and the "
        "Concatenate goes away.",
        "",
    ),
    ("parallel", "bias forgotten"): (
        "the wide layer's bias must hold the branches' biases side by side.",
        "bias = np.concatenate([bl, br]).",
    ),
    ("parallel", "branches in the other order"): (
        "the columns of the wide kernel come in the order of the Concatenate; in the other "
        "order the outputs come out swapped.",
        "concatenate kernels and biases in the Concatenate's order.",
    ),
    ("conv_bn", "none"): (
        "in inference BatchNormalization is a fixed per-channel scale and shift: "
        "scale = gamma / sqrt(moving_variance + epsilon) multiplies each output channel of the "
        "kernel, shift = beta - moving_mean * scale becomes the bias. In training mode BN uses "
        "each batch's own statistics, so the fold holds for inference only.",
        "",
    ),
    ("conv_bn", "epsilon left out"): (
        f"the scale is gamma / sqrt(moving_variance + epsilon); this BN has epsilon={EPSILON:g}, "
        "and channels with a small variance change a lot without it.",
        "read the layer's own bn.epsilon.",
    ),
    ("conv_bn", "moving statistics ignored"): (
        "BatchNormalization first subtracts moving_mean and divides by "
        "sqrt(moving_variance + epsilon); gamma and beta alone are not the layer.",
        "scale = gamma / sqrt(moving_variance + epsilon), shift = beta - moving_mean * scale.",
    ),
    ("conv_bn", "batch statistics"): (
        "these are the statistics of one batch, what BN uses in training; in inference it "
        "uses its moving statistics, so the folded layer must too.",
        "fold with bn.moving_mean and bn.moving_variance.",
    ),
}


def _explained(r: FusionResult) -> FusionResult:
    cause, step = _WHY[(r.chain, r.mistake)]
    if r.error:
        summary = "Keras refuses the fused weights." if "Layer" in r.error else "No fused kernel."
    elif r.same_function:
        summary = (
            f"Fused: one layer, {r.fused_params:,} parameters instead of {r.original_params:,}; "
            "the same outputs."
        )
    else:
        summary = (
            f"Not the same function: the outputs differ by up to {r.difference_text()}."
            if r.valid
            else f"Not valid: pretending gives outputs that differ by up to {r.difference_text()}."
        )
    if r.valid and r.mistake == "none":
        step = ""
    return dataclasses.replace(r, summary=summary, cause=cause, next_step=step)


def explanation_html(result: FusionResult) -> str:
    """The summary, Keras's error if any, why, and what next, as HTML."""
    return verdict_html(result.summary, result.error or "", result.cause, result.next_step)


def counts_text(result: FusionResult) -> str:
    """Both parameter counts, the fused kernel's shape and the output difference, in words."""
    kernel = "×".join(map(str, result.kernel_shape)) if result.kernel_shape else "none"
    return (
        f"original: {result.original_params:,} parameters · fused: {result.fused_params:,} "
        f"(kernel {kernel}) · largest output difference on a fixed batch of {BATCH}: "
        f"{result.difference_text()}"
    )


# --------------------------------------------------------------------------- figure

_ASPECT = FIGSIZE[0] / FIGSIZE[1]  # pixels per x unit / pixels per y unit (0-100 both)
_OPERATOR = {"linear": "@", "activation": "→ ReLU →", "parallel": "‖", "conv_bn": "× scale"}


def draw(result: FusionResult, figure=None) -> ExplorerFigure:
    """The weight matrices as grids of coloured cells: the original's two, the fused one.

    Each cell is one weight (colour: its value, purple negative, orange positive, on
    a colour-blind-safe diverging map). Linear: W1 @ W2 = the fused kernel (rows:
    inputs, columns: units). Parallel: the two kernels side by side. Conv + BN: the
    convolution's kernel (one row per filter, its 3×3×channels weights along the
    row), each row times its filter's scale. Across a ReLU the product is crossed out.

    Args:
        result: what `fusion_result` returned.
        figure: a figure to redraw into (the widget reuses one); a new one if None.

    Returns:
        The figure: one axes, an image per matrix, each with its name as the image's
        gid (tests read them).
    """
    fig = figure if figure is not None else ExplorerFigure(figsize=FIGSIZE, dpi=DPI)
    ax = canvas(fig)
    for artist in [*ax.images, *ax.lines]:
        artist.remove()
    names = list(result.matrices)
    values = [np.asarray(result.matrices[n], "float64") for n in names]
    limit = max(float(np.max(np.abs(v))) for v in values) or 1.0
    slots = ((4, 28), (38, 62), (74, 98))  # x ranges of the three matrices
    width, height = 24.0, 60.0
    # square cells, one size for all three matrices (one x unit is _ASPECT times as many
    # pixels as one y unit): a row of one lines up with the same row of the others (the
    # conv's filter, its scale, the fused filter)
    cell = min(min(width / v.shape[1], height / (v.shape[0] * _ASPECT), 3.0) for v in values)
    for (left, right), name, v in zip(slots, names, values, strict=True):
        w, h = cell * v.shape[1], cell * v.shape[0] * _ASPECT
        x0, y0 = left + (width - w) / 2, 12 + (height - h) / 2
        ax.imshow(
            v,
            cmap="PuOr_r",
            vmin=-limit,
            vmax=limit,
            extent=(x0, x0 + w, y0, y0 + h),
            aspect="auto",
            interpolation="nearest",
            gid=name,
        )
        label = f"{name}  ({v.shape[0]}×{v.shape[1]})"
        ax.text((left + right) / 2, 75, label, ha="center", va="bottom", fontsize=11)
    if not result.valid or result.error:
        left, right = slots[2]
        ax.plot([left, right], [12, 72], color=WARNING, linewidth=2)
        ax.plot([left, right], [72, 12], color=WARNING, linewidth=2)
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 100)
    for x, text in ((33, _OPERATOR[result.chain]), (68, "=" if result.valid else "≠")):
        ax.text(x, 42, text, ha="center", va="center", fontsize=13, color=PALETTE[0])
    ax.text(1, 97, f"{CHAINS[result.chain]}", fontsize=12, fontweight="bold", va="top")
    ax.text(1, 89, result.summary, fontsize=11.5, va="top")
    words = f"{result.original_params:,} parameters → {result.fused_params:,} in the fused layer"
    ax.text(1, 2, words, fontsize=11, va="bottom", color="#444444")
    return fig


# --------------------------------------------------------------------------- widget


class FusionExplorer(Explorer):
    """Widgets around `fusion_result` and `draw`: chain, sizes, a mistake to try.

    Controls, by name: `chain` (a key of CHAINS), `inputs`, `hidden`, `outputs`,
    `mistake` (its options follow the chain). The summary is written in a Label
    with the CSS class `ckl-result`, the counts in `ckl-counts`, the explanation
    in `ckl-explanation`, the figure in the FigureView `ckl-figure`.

    >>> explorer = FusionExplorer()
    >>> explorer.apply({"chain": "activation"})
    >>> explorer.result_label.value
    'Fusion not valid: 4×8×3 across a ReLU, outputs differ by up to 1.5'
    """

    def __init__(self, chain="linear", inputs=4, hidden=8, outputs=3, mistake="none"):
        super().__init__()
        self.figure = ExplorerFigure(figsize=FIGSIZE, dpi=DPI)
        style = {"description_width": "initial"}
        self.watch(
            chain=widgets.Dropdown(
                options=[(text, key) for key, text in CHAINS.items()],
                value=chain,
                description="chain:",
                style=style,
            ),
            inputs=widgets.BoundedIntText(value=inputs, min=1, max=16, description="inputs:"),
            hidden=widgets.BoundedIntText(value=hidden, min=1, max=32, description="hidden:"),
            outputs=widgets.BoundedIntText(value=outputs, min=1, max=16, description="outputs:"),
            mistake=widgets.Dropdown(
                options=list(MISTAKES[chain]), value=mistake, description="try:", style=style
            ),
        )
        c = self.controls
        self.result_label = widgets.Label().add_class("ckl-result")
        self.counts = widgets.HTML().add_class("ckl-counts")
        self.explanation = widgets.HTML().add_class("ckl-explanation")
        self.image = FigureView().add_class("ckl-figure")
        self.widget = widgets.VBox(
            [
                widgets.HBox([c["chain"], c["mistake"]]),
                widgets.HBox([c["inputs"], c["hidden"], c["outputs"]]),
                self.result_label,
                self.counts,
                self.explanation,
                self.image,
            ]
        ).add_class("ckl-explorer")
        self.refresh()

    def sync_controls(self) -> None:
        """Offer the chain's mistakes; name the sliders for the chain; hide `hidden` for conv_bn."""
        chain = self.controls["chain"].value
        mistake = self.controls["mistake"]
        options = tuple(MISTAKES[chain])
        if tuple(mistake.options) != options:
            value = mistake.value if mistake.value in options else "none"
            mistake.options = options
            mistake.value = value
        labels = {
            "conv_bn": ("channels in:", "hidden:", "filters:"),
            "parallel": ("inputs:", "left units:", "right units:"),
        }.get(chain, ("inputs:", "hidden:", "outputs:"))
        for name, label in zip(("inputs", "hidden", "outputs"), labels, strict=True):
            self.controls[name].description = label
        self.controls["hidden"].layout.display = "none" if chain == "conv_bn" else None

    def compute(self) -> FusionResult:
        """`fusion_result` for the controls' values."""
        c = self.controls
        return fusion_result(
            c["chain"].value,
            c["inputs"].value,
            c["hidden"].value,
            c["outputs"].value,
            c["mistake"].value,
        )

    def show(self, result: FusionResult) -> None:
        """Write the summary, the counts and the explanation; redraw the figure."""
        self.result_label.value = result_words(result)
        self.counts.value = html.escape(counts_text(result))
        self.explanation.value = explanation_html(result)
        draw(result, figure=self.figure)
        self.image.show(self.figure)


def result_words(result: FusionResult) -> str:
    """One line: fused or not, the fused kernel, both counts, or why not."""
    i, h, o = result.sizes
    sizes = f"{i}×{o} conv 3×3" if result.chain == "conv_bn" else f"{i}×{h}×{o}"
    if result.error:
        return f"No fused layer: {result.error.split(':')[0]} ({sizes})"
    if not result.valid:
        return (
            f"Fusion not valid: {sizes} across a ReLU, outputs differ by up to "
            f"{result.difference_text()}"
        )
    if result.same_function:
        return (
            f"Fused: {result.original_params:,} → {result.fused_params:,} parameters, "
            f"kernel {'×'.join(map(str, result.kernel_shape))}, same outputs"
        )
    return f"Wrong fusion ({result.mistake}): outputs differ by up to {result.difference_text()}"


def make_explorer() -> FusionExplorer:
    """The explorer with its default values (the registry's factory)."""
    return FusionExplorer()


# One control per change; the cycle ends on the defaults, so it can repeat. It visits
# every chain, every mistake, sizes where the other kernel order fits the shapes, and
# a BatchNormalization folded right and wrong.
BENCHMARK_CHANGES: tuple[dict, ...] = (
    {"mistake": "bias forgotten"},
    {"mistake": "kernels in the other order"},
    {"outputs": 4},
    {"mistake": "none"},
    {"hidden": 16},
    {"chain": "activation"},
    {"chain": "parallel"},
    {"mistake": "branches in the other order"},
    {"mistake": "bias forgotten"},
    {"mistake": "none"},
    {"chain": "conv_bn"},
    {"mistake": "epsilon left out"},
    {"mistake": "moving statistics ignored"},
    {"mistake": "batch statistics"},
    {"mistake": "none"},
    {"inputs": 8},
    {"inputs": 4},
    {"chain": "linear"},
    {"hidden": 8},
    {"outputs": 3},
)
