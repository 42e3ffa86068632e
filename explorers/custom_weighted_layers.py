"""The weighted-merge explorer: raw weights (logits) in, mixing weights and output out.

Three layers, each usable alone:

- `mix_result(logits, temperature, normalise)`: what a learnable weighted
  merge makes of fixed example inputs: the mixing weights (softmax of the
  logits, or the two common mistakes: the logits divided by their sum, or
  used as they are), the merged output, and the layer's parameter count.
- `draw(result)`: the mixing weights as a bar chart, and the example inputs
  with the merged output drawn over them.
- `WeightedMergeExplorer`: widgets (one slider per logit) that connect
  controls to both.

>>> result = mix_result([0.0, 0.0, 0.0])
>>> result.weights.round(3).tolist()
[0.333, 0.333, 0.333]
>>> result.params
3
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import ipywidgets as widgets
import numpy as np

from explorers.base import Explorer
from explorers.drawing import NEUTRAL, PALETTE, WARNING, ExplorerFigure, FigureView

TITLE = "A learnable weighted merge: raw weights (logits) in, mixing weights and output out"

MAX_INPUTS = 4
POSITIONS = 8
NORMALISATIONS = ("softmax", "divide by the sum", "none")

_t = np.linspace(0.0, 1.0, POSITIONS)
# Four branches' outputs at 8 positions, distinct enough to see which one dominates.
EXAMPLE_INPUTS = np.array(
    [
        2 * _t - 1,  # rising
        1 - 2 * _t,  # falling
        np.sin(np.pi * _t),  # a bump
        np.full(POSITIONS, -0.5),  # flat
    ]
)
NAMES = ("rising", "falling", "bump", "flat")

# --------------------------------------------------------------------------- result


@dataclass(frozen=True, eq=False)
class MixResult:
    """What a weighted merge with these logits makes of the example inputs.

    Attributes:
        logits: the raw, trainable weights, one per input.
        temperature: what the logits are divided by before the softmax.
        normalise: how the logits become mixing weights (see NORMALISATIONS).
        weights: the mixing weights; None when they cannot be computed.
        output: the merged output at each position; None with no weights.
        params: the layer's parameter count: one logit per input.
        inside: True when the output stays within the inputs' range at every position.
        summary: what happened, in one sentence.
        warning: what is wrong with these weights ('' when nothing is).
    """

    logits: tuple[float, ...]
    temperature: float
    normalise: str
    weights: np.ndarray | None
    output: np.ndarray | None
    params: int
    inside: bool
    summary: str
    warning: str = ""

    @property
    def inputs(self) -> np.ndarray:
        """The example inputs that were merged, one row per input."""
        return EXAMPLE_INPUTS[: len(self.logits)]

    @property
    def ok(self) -> bool:
        """True when the weights are a proper mix: positive and summing to one."""
        return (
            self.weights is not None
            and bool(np.all(self.weights >= 0))
            and abs(float(self.weights.sum()) - 1.0) < 1e-6
        )

    def key(self) -> tuple:
        """What the picture depends on (two results with one key draw the same)."""
        return (self.logits, self.temperature, self.normalise)

    def __str__(self) -> str:
        lines = [f"logits {list(self.logits)}: {_rule(self)}"]
        if self.summary:
            lines.append(self.summary)
        if self.warning:
            lines.append(f"⚠ {self.warning}")
        lines.append(f"Parameters: {self.params} (one logit per input)")
        return "\n".join(lines)


def softmax(logits, temperature: float = 1.0) -> np.ndarray:
    """Positive weights that sum to one: exp(z / t) / sum(exp(z / t)).

    >>> softmax([0.0, np.log(3.0)]).round(2).tolist()
    [0.25, 0.75]
    """
    z = np.asarray(logits, dtype="float64") / temperature
    e = np.exp(z - z.max())
    return e / e.sum()


def mix_result(logits, temperature: float = 1.0, normalise: str = "softmax") -> MixResult:
    """What a learnable weighted merge with these logits makes of the example inputs.

    Args:
        logits: 2 to 4 raw weights, one per input (the layer's variable).
        temperature: divides the logits before the softmax (softmax only).
        normalise: "softmax" (the right way), "divide by the sum" or "none"
            (two common mistakes).

    Returns:
        A `MixResult`.

    Raises:
        ValueError: for a number of logits outside 2–4, a temperature that is
            not positive, or an unknown normalisation.

    >>> mix_result([1.0, -0.5], normalise="divide by the sum").weights.tolist()
    [2.0, -1.0]
    """
    z = tuple(float(v) for v in logits)
    if not 2 <= len(z) <= MAX_INPUTS:
        raise ValueError(f"give 2 to {MAX_INPUTS} logits, one per input. Received: {len(z)}")
    if not temperature > 0:
        raise ValueError(f"the temperature must be positive. Received: {temperature}")
    if normalise not in NORMALISATIONS:
        raise ValueError(f"normalise must be one of {NORMALISATIONS}. Received: {normalise!r}")
    inputs = EXAMPLE_INPUTS[: len(z)]
    weights, warning = _weights(np.array(z), temperature, normalise)
    if weights is None:
        return MixResult(z, temperature, normalise, None, None, len(z), False, "", warning)
    output = weights @ inputs
    inside = bool(np.all(output >= inputs.min(0) - 1e-9) and np.all(output <= inputs.max(0) + 1e-9))
    if not inside and not warning:
        warning = "the output leaves the range of the inputs."
    summary = _summary(weights)
    return MixResult(z, temperature, normalise, weights, output, len(z), inside, summary, warning)


def _summary(weights: np.ndarray) -> str:
    """What the weights do to the inputs, in one sentence that is true for any weights.

    >>> _summary(np.array([0.25, 0.75]))
    'weights 0.25, 0.75 (sum 1.00): the output follows input 2 (falling) most.'
    >>> _summary(np.array([2.0, 2.0]))
    'weights 2.00, 2.00 (sum 4.00, not 1): a blend scaled by 4.00, not a mix.'
    >>> _summary(np.array([-1.0, 0.0, 2.0]))
    'weights -1.00, 0.00, 2.00 (sum 1.00): input 1 (rising) enters upside down (a negative weight); input 3 (bump) has the largest weight; not a mix.'
    """
    total = float(weights.sum())
    listing = f"weights {_listing(weights)} (sum {total:.2f}"
    top = int(np.argmax(weights))
    negative = np.flatnonzero(weights < 0)
    if negative.size:
        names = " and ".join(f"input {i + 1} ({NAMES[i]})" for i in negative)
        verb = "enter" if negative.size > 1 else "enters"
        return (
            f"{listing}): {names} {verb} upside down (a negative weight); "
            f"input {top + 1} ({NAMES[top]}) has the largest weight; not a mix."
        )
    if abs(total - 1.0) > 1e-6:
        return f"{listing}, not 1): a blend scaled by {total:.2f}, not a mix."
    return f"{listing}): the output follows input {top + 1} ({NAMES[top]}) most."


def _sum_note(weights: np.ndarray) -> str:
    """The weights' sum, and why they are no mix when they are not.

    >>> _sum_note(np.array([-1.0, 0.0, 2.0]))
    'sum 1.00, but a weight is negative: not a mix'
    """
    total = float(weights.sum())
    if np.any(weights < 0):
        return f"sum {total:.2f}, but a weight is negative: not a mix"
    if abs(total - 1.0) > 1e-6:
        return f"sum {total:.2f}, not 1: not a mix"
    return f"sum {total:.2f}"


def _weights(z: np.ndarray, temperature: float, normalise: str):
    if normalise == "softmax":
        return softmax(z, temperature), ""
    if normalise == "none":
        total = z.sum()
        if np.all(z >= 0) and abs(total - 1) < 1e-6:
            return z, ""
        what = "some are negative" if np.any(z < 0) else f"they sum to {total:.2f}, not 1"
        return (
            z,
            f"used as they are, the logits are no mix: {what}, so the output is scaled or flipped.",
        )
    total = z.sum()
    if abs(total) < 1e-6:
        return None, (
            "the logits sum to 0: dividing by their sum divides by zero, and the layer outputs "
            "inf or nan (training would stop with a nan loss)."
        )
    w = z / total
    if np.any(w < 0):
        return w, (
            f"divided by their sum, the weights do sum to one but {_listing(w[w < 0])} "
            "is negative: the output leaves the range of the inputs."
        )
    if abs(total) < 0.5:
        return w, "the sum is close to 0: a small change of one logit swings every weight."
    return w, ""


def _listing(values) -> str:
    return ", ".join(f"{v:.2f}" for v in np.atleast_1d(values))


# --------------------------------------------------------------------------- drawing

FIGSIZE = (7.2, 3.0)
DPI = 80
_YLIM = 2.6  # the output panel's range; values beyond are clipped and marked


class MixFigure:
    """The explorer's figure, kept between redraws: only its data changes.

    Left: the mixing weights as bars, one colour per input (hatched when
    negative). Right: the example inputs (thin, coloured), the range they span
    (grey band) and the merged output (thick, black).
    """

    def __init__(self, figure: ExplorerFigure | None = None):
        self.figure = figure if figure is not None else ExplorerFigure(figsize=FIGSIZE, dpi=DPI)
        self.n = None

    def _layout(self, n: int) -> None:
        # Axes without ticks or tick labels: text is what costs most to render, so the
        # picture carries only the words it needs (bar values, input names, titles).
        fig = self.figure
        fig.clear()
        self.n = n
        self.bars_ax = fig.add_axes((0.02, 0.2, 0.36, 0.6))
        self.out_ax = fig.add_axes((0.45, 0.2, 0.53, 0.6))
        ax = self.bars_ax
        ax.set_axis_off()
        ax.set_xlim(-0.6, n - 0.4)
        positions = np.arange(n)
        self.bars = ax.bar(positions, np.zeros(n), color=PALETTE[:n], edgecolor="black")
        for i, bar in enumerate(self.bars):
            bar.set_gid(f"weight-{i}")
        ax.axhline(0, color="black", linewidth=0.8)
        self.bar_labels = [
            ax.text(i, 0, "", ha="center", va="bottom", fontsize=11) for i in range(n)
        ]
        self.bar_names = [
            ax.text(i, 0, f"input {i + 1}", ha="center", va="top", fontsize=11) for i in range(n)
        ]
        ax = self.out_ax
        ax.set_axis_off()
        x = np.arange(POSITIONS)
        inputs = EXAMPLE_INPUTS[:n]
        ax.axhline(0, color="#888888", linewidth=0.6)
        band = ax.fill_between(x, inputs.min(0), inputs.max(0), color=NEUTRAL, linewidth=0)
        band.set_gid("range")
        self.input_lines = [
            ax.plot(x, row, color=PALETTE[i], linewidth=1.2, marker="o", markersize=3)[0]
            for i, row in enumerate(inputs)
        ]
        (self.output_line,) = ax.plot(x, np.zeros(POSITIONS), color="black", linewidth=2.6)
        self.output_line.set_gid("output")
        ax.set_ylim(-_YLIM, _YLIM)
        ax.set_xlim(-0.3, POSITIONS - 0.7)
        fig.text(0.2, 0.84, "mixing weights", ha="center", fontsize=12)
        fig.text(
            0.715, 0.84, "inputs (thin), range (grey), output (thick)", ha="center", fontsize=12
        )
        self.caption = fig.text(0.01, 0.03, "", fontsize=11)
        self.title = fig.text(0.01, 0.97, "", fontsize=13, fontweight="bold", va="top")

    def update(self, result: MixResult) -> ExplorerFigure:
        """Redraw for a new result; the layout is rebuilt only when the input count changes."""
        n = len(result.logits)
        if n != self.n:
            self._layout(n)
        weights = result.weights if result.weights is not None else np.zeros(n)
        low, high = float(min(weights.min(), 0.0)), float(max(weights.max(), 1.0))
        span = high - low
        for i, (bar, label, w) in enumerate(zip(self.bars, self.bar_labels, weights, strict=True)):
            bar.set_height(w)
            bar.set_hatch("//" if w < 0 else None)
            bar.set_edgecolor(WARNING if w < 0 else "black")
            label.set_text("?" if result.weights is None else f"{w:.2f}")
            label.set_position((i, max(w, 0.0) + 0.02 * span))
        self.bars_ax.set_ylim(low - 0.12 * span, high + 0.15 * span)
        for i, name in enumerate(self.bar_names):
            name.set_position((i, min(weights[i], 0.0) - 0.02 * span))
        output = result.output if result.output is not None else np.full(POSITIONS, np.nan)
        self.output_line.set_ydata(np.clip(output, -_YLIM, _YLIM))
        self.output_line.set_linestyle("-" if result.inside else "--")
        self.output_line.set_color("black" if result.inside else WARNING)
        self.title.set_text(f"Weighted merge of {n} inputs: {_rule(result)}")
        self.caption.set_text(_caption(result))
        return self.figure


def _rule(result: MixResult) -> str:
    """How the weights are made, as a formula."""
    if result.normalise == "softmax":
        return f"weights = softmax(logits / {result.temperature:g})"
    if result.normalise == "divide by the sum":
        return "weights = logits / sum(logits)"
    return "weights = logits, not normalised"


def _caption(result: MixResult) -> str:
    """One short line under the picture (the widget's text gives the details)."""
    if result.weights is None:
        return "✗ The logits sum to 0: no weights (division by zero)."
    if result.ok:
        return "✓ A proper mix: positive weights, sum 1; the output stays in the grey band."
    if np.any(result.weights < 0):
        return "⚠ A negative weight: the output leaves the grey band (the inputs' range)."
    return f"⚠ The weights sum to {result.weights.sum():.2f}, not 1: the output is scaled."


def draw(result: MixResult, figure=None) -> ExplorerFigure:
    """Draw the mixing weights as bars and the merged output over the example inputs.

    Args:
        result: what `mix_result` returned.
        figure: a figure to redraw into; a new one if None.

    Returns:
        The figure. Its bars carry gids `"weight-<i>"`, the output line `"output"`,
        the inputs' range `"range"`.
    """
    return MixFigure(figure).update(result)


# --------------------------------------------------------------------------- widget


class WeightedMergeExplorer(Explorer):
    """Widgets around `mix_result` and `MixFigure`: one slider per logit.

    Args:
        logits: the starting logits of the four inputs (the first `inputs` are used).
        inputs: how many inputs are merged, 2 to 4.
        temperature: the softmax temperature.
        normalise: how the logits become weights (see NORMALISATIONS).

    Controls, by name: `inputs`, `logit1` … `logit4`, `temperature`, `normalise`.
    The weights are written in a Label with the CSS class `ckl-result`, the
    explanation in `ckl-explanation`, the figure in the FigureView `ckl-figure`.

    >>> explorer = WeightedMergeExplorer()
    >>> explorer.apply({"logit3": 2.0})
    >>> explorer.result_label.value
    'Mixing weights: 0.11, 0.11, 0.79 (sum 1.00) · 3 parameters'
    """

    def __init__(self, logits=(0.0, 0.0, 0.0, 0.0), inputs=3, temperature=1.0, normalise="softmax"):
        super().__init__()
        self.drawing = MixFigure()
        self._drawn = None
        style = {"description_width": "initial"}
        sliders = {
            f"logit{i + 1}": widgets.BoundedFloatText(
                value=value,
                min=-3.0,
                max=3.0,
                step=0.1,
                description=f"logit {i + 1} ({NAMES[i]}):",
                continuous_update=False,
                style=style,
                layout=widgets.Layout(width="330px"),
            )
            for i, value in enumerate(logits)
        }
        self.watch(
            inputs=widgets.ToggleButtons(
                options=[(f"{n} inputs", n) for n in range(2, MAX_INPUTS + 1)], value=inputs
            ),
            **sliders,
            temperature=widgets.BoundedFloatText(
                value=temperature,
                min=0.25,
                max=4.0,
                step=0.25,
                description="temperature:",
                continuous_update=False,
                style=style,
            ),
            normalise=widgets.Dropdown(
                options=NORMALISATIONS, value=normalise, description="normalise by:", style=style
            ),
        )
        c = self.controls
        self.result_label = widgets.Label().add_class("ckl-result")
        self.explanation = widgets.HTML().add_class("ckl-explanation")
        self.image = FigureView().add_class("ckl-figure")
        self.widget = widgets.VBox(
            [
                c["inputs"],
                widgets.HBox(
                    [
                        widgets.VBox([c[f"logit{i + 1}"] for i in range(MAX_INPUTS)]),
                        widgets.VBox([c["normalise"], c["temperature"]]),
                    ]
                ),
                self.result_label,
                self.explanation,
                self.image,
            ]
        ).add_class("ckl-explorer")
        self.refresh()

    def _logits(self) -> list[float]:
        n = self.controls["inputs"].value
        return [self.controls[f"logit{i + 1}"].value for i in range(n)]

    def sync_controls(self) -> None:
        """Show one slider per input; the temperature only matters for the softmax."""
        n = self.controls["inputs"].value
        for i in range(MAX_INPUTS):
            self.controls[f"logit{i + 1}"].layout.display = None if i < n else "none"
        self.controls["temperature"].disabled = self.controls["normalise"].value != "softmax"

    def compute(self) -> MixResult:
        """`mix_result` for the logits, temperature and normalisation in the controls."""
        c = self.controls
        return mix_result(self._logits(), c["temperature"].value, c["normalise"].value)

    def show(self, result: MixResult) -> None:
        """Write the weights and the explanation; redraw the figure if it changed."""
        if result.weights is None:
            self.result_label.value = (
                f"Mixing weights: none (division by zero) · {result.params} parameters"
            )
        else:
            self.result_label.value = (
                f"Mixing weights: {_listing(result.weights)} "
                f"({_sum_note(result.weights)}) · {result.params} parameters"
            )
        self.explanation.value = explanation_html(result)
        if result.key() != self._drawn:  # e.g. the temperature of a non-softmax: same picture
            self.drawing.update(result)
            self.image.show(self.drawing.figure)
            self._drawn = result.key()


def explanation_html(result: MixResult) -> str:
    """The explanation as HTML: what the weights do, what is wrong, the parameter count."""
    parts = []
    if result.summary:
        parts.append(html.escape(result.summary))
    if result.warning:
        parts.append(f"<b>⚠</b> {html.escape(result.warning)}")
        parts.append(
            "<b>Next step:</b> use keras.ops.softmax(logits): positive weights that sum to one, "
            "whatever the logits."
        )
    parts.append(
        f"<b>Parameters:</b> {result.params}, one logit per input, made in build() with "
        "add_weight; the temperature is a setting, not a weight."
    )
    return "<br>".join(parts)


def make_explorer() -> WeightedMergeExplorer:
    """The explorer with its default values (the registry's factory)."""
    return WeightedMergeExplorer()


# One control per change; the cycle ends on the defaults, so it can repeat. It
# visits softmax at several temperatures, both mistakes (including a sum of
# zero), and 2, 3 and 4 inputs.
BENCHMARK_CHANGES: tuple[dict, ...] = (
    {"logit3": 2.0},
    {"logit1": -1.0},
    {"temperature": 0.5},
    {"temperature": 3.0},
    {"temperature": 1.0},
    {"normalise": "divide by the sum"},
    {"logit2": -1.0},
    {"logit2": 0.0},
    {"normalise": "none"},
    {"inputs": 4},
    {"logit4": 1.5},
    {"normalise": "softmax"},
    {"inputs": 2},
    {"logit1": 0.0},
    {"inputs": 3},
    {"logit3": 0.0},
    {"logit4": 0.0},
)
