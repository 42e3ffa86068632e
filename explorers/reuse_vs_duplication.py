"""The reuse explorer: the second branch as the same layer, a new one, a clone, a copy, or tied.

A two-branch model reads two inputs of 3 values. Branch 1 is a `Dense(2)`
layer, `first`; how branch 2, `second`, is made is the choice:

| mode    | how `second` is made                                   | its variables          |
|---------|--------------------------------------------------------|------------------------|
| `same`  | `second = first`                                       | first's, the same objects |
| `new`   | `keras.layers.Dense(2)`                                | its own, fresh values  |
| `clone` | `Dense.from_config(config)` (first's config, renamed)  | its own, fresh values  |
| `copy`  | a new `Dense(2)`, then `set_weights(first.get_weights())` | its own, equal values |
| `tied`  | `TiedDense(first)`: first's kernel, a bias of its own  | first's kernel, own bias |

The branches are concatenated and a `Dense(1)` head gives the output. Three
layers, each usable alone:

- `reuse_case(mode)`: the parameter count, which variables are the same
  object, their values before and after one SGD step on a fixed batch, how far
  each moved, and whether the branches agree on one input. The five cases are
  computed once (about half a second) and kept, so asking again is instant.
- `draw(case, moment)`: the branches' variables as grids of coloured cells,
  linked when they are one object, and how far each moved in the step.
- `ReuseExplorer`: widgets that connect the choice to both.

>>> case = reuse_case("same")
>>> case.params, [row.same_object for row in case.rows]
(13, [True, True])
>>> copied = reuse_case("copy")
>>> copied.params, copied.agree_before, copied.agree_after > 0
(21, 0.0, True)
"""

from __future__ import annotations

import functools
import html
from dataclasses import dataclass

import ipywidgets as widgets
import keras
import numpy as np
import tensorflow as tf
from matplotlib import colormaps
from matplotlib.collections import PatchCollection
from matplotlib.patches import Rectangle

from explorers.base import Explorer
from explorers.drawing import PALETTE, ExplorerFigure, FigureView, block, canvas, describe, svg_text

TITLE = "Reuse or duplicate: which variables are shared, and what one training step does"

WIDTH, UNITS, BATCH = 3, 2, 4
LEARNING_RATE = 0.5

# key -> (label, the code that makes the second branch)
MODES: dict[str, tuple[str, str]] = {
    "same": ("same instance", "second = first"),
    "new": ("new instance", "second = keras.layers.Dense(2)"),
    "clone": (
        "clone (from_config)",
        'config = first.get_config(); config["name"] = "second"\n'
        "second = keras.layers.Dense.from_config(config)",
    ),
    "copy": (
        "copied weights",
        "second = keras.layers.Dense(2)\nsecond.set_weights(first.get_weights())  # once both are built",
    ),
    "tied": ("tied kernel", "second = TiedDense(first)  # first.kernel itself, a bias of its own"),
}

# Branch 1 as if it had been trained a little: fixed values, so the figures are
# the same at every run (a new or cloned layer still draws fresh values).
_RNG = np.random.default_rng(4)
FIRST_VALUES = [
    _RNG.uniform(-0.9, 0.9, size=(WIDTH, UNITS)).astype("float32"),
    np.array([0.3, -0.2], "float32"),
]
HEAD_VALUES = [np.array([[0.8], [-0.5], [0.6], [0.7]], "float32"), np.zeros(1, "float32")]
BATCH_A = _RNG.normal(size=(BATCH, WIDTH)).astype("float32")
BATCH_B = _RNG.normal(size=(BATCH, WIDTH)).astype("float32")
TARGETS = np.ones((BATCH, 1), "float32")
PROBE = np.array([[1.0, -0.5, 0.25]], "float32")


class TiedDense(keras.layers.Layer):
    """A Dense layer that uses another Dense layer's kernel (the variable itself) and its own bias.

    It keeps a reference to the other layer and reads `tied_to.kernel` at every
    call, so a change to that kernel, by training or by hand, reaches it at once.

    >>> first = keras.layers.Dense(2)
    >>> first.build((None, 3))
    >>> tied = TiedDense(first)
    >>> tied.build((None, 3))
    >>> [v.path.split("/")[-1] for v in tied.weights]
    ['bias', 'kernel', 'bias']
    """

    def __init__(self, tied_to, **kwargs):
        super().__init__(**kwargs)
        self.tied_to = tied_to

    def build(self, input_shape):
        self.bias = self.add_weight(shape=(self.tied_to.units,), initializer="zeros", name="bias")

    def call(self, inputs):
        return keras.ops.matmul(inputs, self.tied_to.kernel) + self.bias


# --------------------------------------------------------------------------- result


@dataclass(frozen=True)
class VariableRow:
    """One role (kernel or bias) in both branches.

    Attributes:
        role: "kernel" or "bias".
        first, second: the variables' paths.
        same_object: True when both branches hold the very same variable.
        equal_before, equal_after: whether their values are equal, before and
            after the training step.
        moved_first, moved_second: how far each moved in the step (the norm
            of the change; for one shared variable, both are the same number).
    """

    role: str
    first: str
    second: str
    same_object: bool
    equal_before: bool
    equal_after: bool
    moved_first: float
    moved_second: float

    @property
    def identity(self) -> str:
        """'same object', or 'separate' with what the values are like."""
        if self.same_object:
            return "same object"
        return "separate, equal values" if self.equal_before else "separate, other values"


@dataclass(frozen=True, eq=False)
class ReuseCase:
    """What one way of making the second branch gives (see `reuse_case`).

    Attributes:
        mode, label, code: the choice, in words and in code.
        params: `model.count_params()`, each variable counted once.
        parts: the parameters by layer: first, second's own, head.
        layers, weights: `len(model.layers)` and `len(model.weights)`.
        rows: the kernel and the bias, in both branches.
        values: `{"before" | "after": (first kernel, first bias, second kernel, second bias)}`.
        agree_before, agree_after: the largest difference between the two
            branches' outputs on one input (0.0: they agree).
        summary: what happened, in two sentences.
    """

    mode: str
    label: str
    code: str
    params: int
    parts: tuple[int, int, int]
    layers: int
    weights: int
    rows: tuple[VariableRow, ...]
    values: dict
    agree_before: float
    agree_after: float
    summary: str

    @property
    def shared(self) -> int:
        """How many variables both branches hold as the same object."""
        return sum(row.same_object for row in self.rows)

    @property
    def code_line(self) -> str:
        """The code on one line, without its comments."""
        return "; ".join(line.split("  #")[0].strip() for line in self.code.splitlines())

    def counts_text(self) -> str:
        """'13 parameters = first 8 + second 0 of its own + head 5'."""
        first, own, head = self.parts
        second = f"second {own}" if self.shared == 0 else f"second {own} of its own"
        return f"{self.params} parameters = first {first} + {second} + head {head}"

    def __str__(self) -> str:
        lines = [
            f"Second branch: {self.label}   ({self.code_line})",
            f"{self.counts_text()}; model.layers has {self.layers} entries, "
            f"model.weights {self.weights} variables",
        ]
        for row in self.rows:
            moved = (
                f"moved {row.moved_first:.3f} (one variable)"
                if row.same_object
                else f"moved {row.moved_first:.3f} and {row.moved_second:.3f}"
            )
            lines.append(f"  {row.role:<6} {row.identity:<24} {moved}")
        lines.append(
            f"Branches on one input: {_agreement(self.agree_before)} before the step, "
            f"{_agreement(self.agree_after)} after it."
        )
        lines.append(self.summary)
        return "\n".join(lines)


def _agreement(difference: float) -> str:
    return "agree" if difference == 0 else f"differ by up to {difference:.3f}"


SUMMARIES = {
    "same": "One layer called twice: both branches read the same two variables. The step "
    "moves each of them once, by the sum of both branches' gradients, so the branches "
    "still agree.",
    "new": "A new instance has variables of its own with fresh values: the branches "
    "disagree from the start, and each moves by its own gradient.",
    "clone": "from_config(get_config()) repeats the settings, not the values: a separate "
    "layer with fresh values, just like a new instance (clone_model does the same for a "
    "model).",
    "copy": "set_weights copied the values once into separate variables: the branches "
    "agree before the step. Each moves by its own gradient, so after one step they "
    "disagree: a copy is not a share.",
    "tied": "TiedDense keeps a reference to the first layer and uses its kernel: one kernel "
    "variable, two biases. The kernel moves once, by the summed gradient; the biases "
    "move apart.",
}


def reuse_case(mode: str = "copy") -> ReuseCase:
    """What the two-branch model gives when its second branch is made the `mode` way.

    Args:
        mode: "same", "new", "clone", "copy" or "tied" (see the module's table).

    Returns:
        A `ReuseCase`, computed with Keras on the first call for all five modes
        and kept: later calls take microseconds.

    Raises:
        ValueError: for another mode.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}. Received: mode={mode!r}")
    return all_cases()[mode]


def _fresh(seed: int):
    """Dense's default kernel initializer with a seed of its own.

    A fresh layer's values are still drawn at random, but the same ones at
    every run, so the explorer shows the same numbers in every kernel (the
    browser tests compare a lesson's explorer with one made in the test).
    """
    return keras.initializers.GlorotUniform(seed=seed)


@functools.cache
def all_cases() -> dict[str, ReuseCase]:
    """Every mode's case, built and trained for one step once (about half a second)."""
    return {mode: _compute(mode) for mode in MODES}


def build_model(mode: str):
    """The two-branch model for `mode`: (model, first, second, head)."""
    a = keras.Input((WIDTH,), name="a")
    b = keras.Input((WIDTH,), name="b")
    first = keras.layers.Dense(UNITS, name="first", kernel_initializer=_fresh(1))
    if mode == "same":
        second = first
    elif mode in ("new", "copy"):
        second = keras.layers.Dense(UNITS, name="second", kernel_initializer=_fresh(2))
    elif mode == "clone":
        config = first.get_config()
        config["name"] = "second"  # a model's layers need names of their own
        second = keras.layers.Dense.from_config(config)
    elif mode == "tied":
        second = TiedDense(first, name="second")
    else:
        raise ValueError(f"mode must be one of {', '.join(MODES)}. Received: mode={mode!r}")
    head = keras.layers.Dense(1, name="head")
    merged = keras.layers.Concatenate(name="merge")([first(a), second(b)])
    model = keras.Model([a, b], head(merged), name=f"branches_{mode}")
    first.set_weights(FIRST_VALUES)
    head.set_weights(HEAD_VALUES)
    if mode == "copy":
        second.set_weights(first.get_weights())
    return model, first, second, head


def train_step(model, inputs, targets, learning_rate: float = LEARNING_RATE) -> float:
    """One plain SGD step on the mean squared error, as fit would take it; returns the loss.

    `model.trainable_variables` lists a shared variable once, and the gradient
    tape adds up what each use of it contributes: a shared kernel receives the
    sum of both branches' gradients.
    """
    with tf.GradientTape() as tape:
        loss = keras.ops.mean(keras.ops.square(model(inputs, training=True) - targets))
    variables = model.trainable_variables
    for variable, gradient in zip(variables, tape.gradient(loss, variables), strict=True):
        variable.assign_sub(learning_rate * gradient)
    return float(loss)


def _kernel_and_bias(layer) -> tuple:
    kernel = layer.tied_to.kernel if isinstance(layer, TiedDense) else layer.kernel
    return kernel, layer.bias


def _values(layers) -> tuple[np.ndarray, ...]:
    return tuple(np.array(v.numpy()) for layer in layers for v in _kernel_and_bias(layer))


def _difference(first, second) -> float:
    gap = np.abs(np.asarray(first(PROBE)) - np.asarray(second(PROBE)))
    return float(np.round(gap.max(), 6))


def _compute(mode: str) -> ReuseCase:
    model, first, second, head = build_model(mode)
    before = _values([first, second])
    agree_before = _difference(first, second)
    train_step(model, [BATCH_A, BATCH_B], TARGETS)
    after = _values([first, second])
    agree_after = _difference(first, second)

    rows = []
    pairs = zip(_kernel_and_bias(first), _kernel_and_bias(second), strict=True)
    for i, (mine, theirs) in enumerate(pairs):
        rows.append(
            VariableRow(
                role=("kernel", "bias")[i],
                first=mine.path,
                second=theirs.path,
                same_object=mine is theirs,
                equal_before=bool(np.array_equal(before[i], before[i + 2])),
                equal_after=bool(np.array_equal(after[i], after[i + 2])),
                moved_first=float(np.linalg.norm(after[i] - before[i])),
                moved_second=float(np.linalg.norm(after[i + 2] - before[i + 2])),
            )
        )
    first_ids = {id(v) for v in first.weights}
    own = sum(int(np.prod(v.shape)) for v in second.weights if id(v) not in first_ids)
    label, code = MODES[mode]
    return ReuseCase(
        mode=mode,
        label=label,
        code=code,
        params=model.count_params(),
        parts=(first.count_params(), own, head.count_params()),
        layers=len(model.layers),
        weights=len(model.weights),
        rows=tuple(rows),
        values={"before": before, "after": after},
        agree_before=agree_before,
        agree_after=agree_after,
        summary=SUMMARIES[mode],
    )


# --------------------------------------------------------------------------- drawing

FIGSIZE = (7.2, 3.6)
DPI = 80
VALUE_RANGE = 1.2  # values from -1.2 to 1.2 span the colour map
_CMAP = colormaps["cividis"]
SHARED = PALETTE[2]  # bluish green: one variable, both branches
_CELL_W, _CELL_H = 4.5, 8.5
_GRIDS = (19.0, 48.0)  # left edge of branch 1's and branch 2's grids
_TOPS = {"kernel": 73.0, "bias": 37.0}  # top edge of each role's grid
_BAR_LEFT, _BAR_ROOM, _BAR_H, _BAR_STEP = 84.0, 14.0, 5.0, 8.0


def _colours(values) -> np.ndarray:
    """RGBA colours of weight values on the cividis scale (dark negative, light positive)."""
    return _CMAP(0.5 + 0.5 * np.clip(np.ravel(values) / VALUE_RANGE, -1, 1))


def _cells(ax, values, x, top, gid) -> None:
    """One cell per weight, coloured by its value, as one collection; a kernel is inputs × units.

    The collection's gid is `"cells-" + gid`; the grid's outline (a Rectangle) has `gid`.
    """
    grid = np.atleast_2d(values)
    rows, cols = grid.shape
    squares = [
        Rectangle((x + c * _CELL_W, top - (r + 1) * _CELL_H), _CELL_W, _CELL_H)
        for r in range(rows)
        for c in range(cols)
    ]
    cells = PatchCollection(squares, facecolors=_colours(grid), edgecolors="white", linewidths=0.5)
    cells.set_gid(f"cells-{gid}")
    ax.add_collection(cells)
    outline = Rectangle(
        (x, top - rows * _CELL_H), cols * _CELL_W, rows * _CELL_H, fill=False, linewidth=1.5
    )
    outline.set_gid(gid)
    ax.add_artist(outline)


def draw(case: ReuseCase, moment: str = "after", figure=None) -> ExplorerFigure:
    """Draw both branches' variables as grids of coloured cells, linked when they are one object.

    Each cell is one weight, coloured by its value (cividis: dark is negative,
    light is positive). Between the branches, each row says whether the kernel
    (or the bias) is the same object or a separate variable; on the right,
    bars show how far each variable moved in the training step, on one scale
    for every mode.

    Args:
        case: what `reuse_case` returned.
        moment: "before" or "after" the training step: which values are drawn.
        figure: a figure to redraw into (the widget reuses one); a new one if None.

    Returns:
        The figure. Its grids' outlines carry gids `"first-kernel"`,
        `"second-bias"`, ... and their cells `"cells-first-kernel"`, ...; the
        links between one variable's two uses `"link-kernel"`, `"link-bias"`;
        the bars `"moved-first-kernel"`, ... (one bar for a shared variable).

    Raises:
        ValueError: for a moment other than "before" or "after".
    """
    if moment not in ("before", "after"):
        raise ValueError(f"moment must be 'before' or 'after'. Received: moment={moment!r}")
    fig = figure if figure is not None else ExplorerFigure(figsize=FIGSIZE, dpi=DPI)
    ax = canvas(fig)
    for collection in list(ax.collections):
        collection.remove()
    when = "before the step" if moment == "before" else "after one step"
    ax.text(1, 97, f"Second branch: {case.label}, {when}", fontsize=13, fontweight="bold", va="top")
    ax.text(1, 86.5, f"weight value: −{VALUE_RANGE}", fontsize=11, va="center")
    ax.text(44, 86.5, f"+{VALUE_RANGE}", fontsize=11, va="center")
    strip = [Rectangle((25 + i * 2.0, 84.0), 2.0, 5.0) for i in range(9)]
    scale = np.linspace(-VALUE_RANGE, VALUE_RANGE, 9)
    ax.add_collection(PatchCollection(strip, facecolors=_colours(scale), linewidths=0))

    values = case.values[moment]
    width = UNITS * _CELL_W
    left, right = _GRIDS[0] + width + 1.0, _GRIDS[1] - 3.0
    for branch, x in enumerate(_GRIDS):
        ax.text(x + width / 2, 77.0, f"branch {branch + 1}", ha="center", fontsize=12)
    for i, row in enumerate(case.rows):
        top = _TOPS[row.role]
        height = np.atleast_2d(values[i]).shape[0] * _CELL_H
        middle = top - height / 2
        for branch, x in enumerate(_GRIDS):
            tag = SHARED if row.same_object else PALETTE[branch]
            block(ax, x - 2.0, top - height, 1.2, height, tag, linewidth=0)
            _cells(ax, values[2 * branch + i], x, top, f"{('first', 'second')[branch]}-{row.role}")
        shape = "×".join(map(str, np.shape(values[i])))
        ax.text(
            _GRIDS[0] - 3, middle, f"{row.role} {shape}", ha="right", va="center", fontsize=11.5
        )
        if row.same_object:
            link = ax.annotate(
                "",
                xy=(right, middle),
                xytext=(left, middle),
                arrowprops={"arrowstyle": "<->", "color": SHARED, "linewidth": 2},
            )
            link.set_gid(f"link-{row.role}")
            words = "same object"
        else:
            equal = row.equal_before if moment == "before" else row.equal_after
            words = "separate,\n" + ("equal" if equal else "differ")
        ax.text(
            (left + right) / 2,
            middle + (2 if row.same_object else 0),
            words,
            ha="center",
            va="bottom" if row.same_object else "center",
            fontsize=11.5,
        )

    _bars(ax, case)
    difference = case.agree_before if moment == "before" else case.agree_after
    verdict = "equal" if difference == 0 else f"differ by up to {difference:.2f}"
    first, own, head = case.parts
    caption = (
        f"{case.params} parameters ({first} + {own} + {head}); branches on one input: {verdict}"
    )
    ax.text(1, 2, caption, fontsize=11.5, va="bottom", wrap=True)
    return fig


def _bars(ax, case: ReuseCase) -> None:
    """How far each variable moved in the step (size of the change), one bar per variable."""
    largest = max(max(r.moved_first, r.moved_second) for c in all_cases().values() for r in c.rows)
    ax.text(_BAR_LEFT - 19, 77.0, "moved by the step:", fontsize=11.5)
    y = 71.0
    for row in case.rows:
        bars = [("first", row.moved_first, PALETTE[0]), ("second", row.moved_second, PALETTE[1])]
        if row.same_object:
            bars = [("shared", row.moved_first, SHARED)]
        labels = []
        for name, moved, colour in bars:
            length = max(_BAR_ROOM * moved / largest, 0.4)
            gid = "moved-first" if row.same_object else f"moved-{name}"
            block(ax, _BAR_LEFT, y - _BAR_H, length, _BAR_H, colour, gid=f"{gid}-{row.role}")
            label = f"{row.role} ({name})" if row.same_object else f"{name}.{row.role}"
            labels.append(f"{label}  {moved:.2f}")
            y -= _BAR_STEP
        # One text per role, its lines beside the bars (fewer texts draw faster).
        middle = y + _BAR_STEP * len(bars) / 2 + (_BAR_STEP - _BAR_H) / 2
        ax.text(
            _BAR_LEFT - 1,
            middle,
            "\n".join(labels),
            ha="right",
            va="center",
            fontsize=11,
            linespacing=1.75,
        )
        y -= 6.0


# --------------------------------------------------------------------------- widget


@dataclass(frozen=True)
class View:
    """What the explorer shows: a case, at a moment."""

    case: ReuseCase
    moment: str


class ReuseExplorer(Explorer):
    """Widgets around `reuse_case` and `draw`: how the second branch is made, before or after a step.

    Controls, by name: `second` (the mode) and `moment` ("before" or "after").
    The parameter count is written in a Label with the CSS class `ckl-result`,
    the identity table in `ckl-identity`, the explanation in
    `ckl-explanation`, the figure in the FigureView `ckl-figure`.

    >>> explorer = ReuseExplorer()
    >>> explorer.apply({"second": "same"})
    >>> explorer.result_label.value
    'Parameters: 13 parameters = first 8 + second 0 of its own + head 5'
    """

    def __init__(self, second: str = "copy", moment: str = "after"):
        super().__init__()
        self.figure = ExplorerFigure(figsize=FIGSIZE, dpi=DPI)
        self.pictures: dict[tuple[str, str], tuple[str, str]] = {}  # (mode, moment) -> SVG, alt
        self.watch(
            second=widgets.ToggleButtons(
                options=[(label, key) for key, (label, _) in MODES.items()],
                value=second,
                description="second branch:",
                style={"description_width": "initial", "button_width": "130px"},
            ),
            moment=widgets.ToggleButtons(
                options=[("before the step", "before"), ("after one step", "after")],
                value=moment,
                description="values:",
                style={"description_width": "initial", "button_width": "130px"},
            ),
        )
        self.code = widgets.HTML().add_class("ckl-code")
        self.result_label = widgets.Label().add_class("ckl-result")
        self.table = widgets.HTML().add_class("ckl-identity")
        self.explanation = widgets.HTML().add_class("ckl-explanation")
        self.image = FigureView().add_class("ckl-figure")
        c = self.controls
        self.widget = widgets.VBox(
            [
                c["second"],
                c["moment"],
                self.code,
                self.result_label,
                self.table,
                self.explanation,
                self.image,
            ]
        ).add_class("ckl-explorer")
        self.refresh()

    def compute(self) -> View:
        """The precomputed case for the chosen mode, at the chosen moment."""
        return View(reuse_case(self.controls["second"].value), self.controls["moment"].value)

    def show(self, view: View) -> None:
        """Write the code, the counts, the identity table and the explanation; show the picture.

        The cases never change once computed, so each of the ten pictures (five
        modes, before or after the step) is drawn the first time it is shown
        and kept: coming back to it costs no drawing.
        """
        case = view.case
        self.code.value = f"<pre>{html.escape(case.code)}</pre>"
        self.result_label.value = f"Parameters: {case.counts_text()}"
        self.table.value = identity_table(case)
        self.explanation.value = explanation_html(case, view.moment)
        key = (case.mode, view.moment)
        if key not in self.pictures:
            draw(case, view.moment, figure=self.figure)
            self.pictures[key] = (svg_text(self.figure), describe(self.figure))
        svg, alt = self.pictures[key]
        self.image.show(svg=svg, alt=alt)


_CELL_STYLE = 'style="padding: 1px 10px; text-align: left; border-bottom: 1px solid #ccc"'


def identity_table(case: ReuseCase) -> str:
    """An HTML table: per variable, the same object or not, equal values, how far it moved."""
    titles = [
        "variable",
        "branch 1",
        "branch 2",
        "same object?",
        "equal values before / after",
        "moved in the step",
    ]
    lines = ["<tr>" + "".join(f"<th {_CELL_STYLE}>{t}</th>" for t in titles) + "</tr>"]
    for row in case.rows:
        moved = (
            f"{row.moved_first:.3f} (once)"
            if row.same_object
            else f"{row.moved_first:.3f} and {row.moved_second:.3f}"
        )
        cells = [
            row.role,
            f"<code>{html.escape(row.first)}</code>",
            f"<code>{html.escape(row.second)}</code>",
            "<b>yes</b>, one variable" if row.same_object else "no, two variables",
            f"{_yes(row.equal_before)} / {_yes(row.equal_after)}",
            moved,
        ]
        lines.append("<tr>" + "".join(f"<td {_CELL_STYLE}>{c}</td>" for c in cells) + "</tr>")
    return f'<table style="border-collapse: collapse">{"".join(lines)}</table>'


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def explanation_html(case: ReuseCase, moment: str) -> str:
    """What happened, and what model.layers, model.weights and count_params() say."""
    difference = case.agree_before if moment == "before" else case.agree_after
    when = "before the step" if moment == "before" else "after one step"
    agreement = (
        f"<b>Branches {when}:</b> {'agree' if difference == 0 else 'differ'}"
        f" (largest difference on one input: {difference:.3f})."
    )
    listing = (
        f"<code>model.layers</code>: {case.layers} entries · <code>model.weights</code>: "
        f"{case.weights} variables · <code>model.count_params()</code>: {case.params}"
    )
    return "<br>".join([html.escape(case.summary, quote=False), agreement, listing])


def make_explorer() -> ReuseExplorer:
    """The explorer with its default values (the registry's factory)."""
    return ReuseExplorer()


# One control per change; the cycle visits every mode at both moments and ends
# on the defaults (copied weights, after the step), so it can repeat.
BENCHMARK_CHANGES: tuple[dict, ...] = (
    {"moment": "before"},
    {"second": "same"},
    {"moment": "after"},
    {"second": "new"},
    {"moment": "before"},
    {"second": "clone"},
    {"moment": "after"},
    {"second": "tied"},
    {"moment": "before"},
    {"second": "copy"},
    {"moment": "after"},
)
