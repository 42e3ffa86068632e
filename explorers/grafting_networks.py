"""The grafting explorer: cut a trained base, put a head on it, freeze some layers.

Three layers, each usable alone:

- `graft_result(cut, head, units, frozen)`: what grafting a head onto the
  small convolutional base `BASE` gives, worked out from the layers'
  configurations (no model is built, so it takes well under a millisecond):
  every layer's output shape, the shape at the junction, the layers the head
  adds to make it fit, the output shape, and the trainable and non-trainable
  parameter counts, with what to watch for (a map reaching `Dense`, pooling a
  vector, a trainable BatchNormalization).
- `draw(result)`: the grafted model as a diagram: the base's layers in a row
  (frozen ones grey and marked "frozen", the ones above the cut faded and
  dashed: dropped), the cut, and the head under it.
- `GraftingExplorer`: widgets that connect controls to both.

`keras_model(result)` builds the same graft with Keras; the tests use it to
prove that the counts and shapes worked out here are Keras's own.

>>> result = graft_result(cut="conv3", head="pool", units=5, frozen=FREEZE_ALL)
>>> result.junction
(None, 8, 8, 32)
>>> result.output_shape
(None, 5)
>>> (result.trainable, result.non_trainable)
(165, 6128)
"""

from __future__ import annotations

import dataclasses
import html
import math
from dataclasses import dataclass, field

import ipywidgets as widgets
from matplotlib.patches import FancyArrowPatch, Rectangle

from explorers.axes import Shape, shape_text
from explorers.base import Explorer
from explorers.drawing import NEUTRAL, PALETTE, WARNING, ExplorerFigure, FigureView, canvas

TITLE = "Grafting: cut a base, add a head, freeze layers — junction shapes and counts"

# --------------------------------------------------------------------------- the base


@dataclass(frozen=True)
class LayerSpec:
    """One layer of the base: its name, its Keras class and the numbers that matter."""

    name: str
    kind: str  # "Conv2D", "BatchNormalization", "MaxPooling2D", "GlobalAveragePooling2D", "Dense"
    size: int = 0  # filters (Conv2D), units (Dense), pool size (MaxPooling2D)
    kernel: int = 0  # Conv2D kernel size


INPUT_SHAPE: Shape = (32, 32, 3)

# A small image classifier, as if trained on 10 classes: three convolution
# blocks, global pooling, a Dense layer of features, the old 10-class head.
BASE: tuple[LayerSpec, ...] = (
    LayerSpec("conv1", "Conv2D", 8, 3),
    LayerSpec("bn1", "BatchNormalization"),
    LayerSpec("pool1", "MaxPooling2D", 2),
    LayerSpec("conv2", "Conv2D", 16, 3),
    LayerSpec("bn2", "BatchNormalization"),
    LayerSpec("pool2", "MaxPooling2D", 2),
    LayerSpec("conv3", "Conv2D", 32, 3),
    LayerSpec("gap", "GlobalAveragePooling2D"),
    LayerSpec("dense", "Dense", 64),
    LayerSpec("old_head", "Dense", 10),
)
NAMES = tuple(spec.name for spec in BASE)
WEIGHTED = tuple(s.name for s in BASE if s.kind in ("Conv2D", "BatchNormalization", "Dense"))
FREEZE_ALL = WEIGHTED

# The heads a learner can graft, by key: what is put between the junction and
# the final Dense(units) so that a class vector comes out.
HEADS = {
    "pool": "GlobalAveragePooling2D → Dense(n)",
    "flatten": "Flatten → Dense(n)",
    "project": "projection to 16 → pooling if needed → Dense(n)",
    "dense": "Dense(n) straight on the junction",
}
PROJECTION = 16


def _layer_output(spec: LayerSpec, shape: Shape) -> Shape:
    if spec.kind == "Conv2D":  # padding="same": the grid is kept
        return (*shape[:-1], spec.size)
    if spec.kind == "MaxPooling2D":
        return (shape[0] // spec.size, shape[1] // spec.size, shape[2])
    if spec.kind == "GlobalAveragePooling2D":
        return (shape[-1],)
    if spec.kind == "Dense":
        return (*shape[:-1], spec.size)
    return shape  # BatchNormalization


def _layer_params(spec: LayerSpec, shape: Shape) -> tuple[int, int]:
    """(trainable-by-nature, never-trainable) parameters of a layer on inputs of `shape`."""
    width = shape[-1]
    if spec.kind == "Conv2D":
        return spec.kernel * spec.kernel * width * spec.size + spec.size, 0
    if spec.kind == "Dense":
        return width * spec.size + spec.size, 0
    if spec.kind == "BatchNormalization":
        return 2 * width, 2 * width  # gamma and beta; moving mean and variance
    return 0, 0


# --------------------------------------------------------------------------- result


@dataclass(frozen=True)
class Row:
    """One layer of the grafted model (or of the dropped part of the base).

    Attributes:
        name: the layer's name; kind: its Keras class (with its size).
        shape: its output shape, batch axis included (None).
        trainable, non_trainable: its parameters as the grafted model counts them.
        part: "base" (kept), "dropped" (above the cut) or "head" (new).
        frozen: trainable = False on it (base layers only).
    """

    name: str
    kind: str
    shape: Shape
    trainable: int
    non_trainable: int
    part: str
    frozen: bool = False

    @property
    def params(self) -> int:
        return self.trainable + self.non_trainable


@dataclass(frozen=True)
class GraftResult:
    """What grafting a head onto `BASE` cut after layer `cut` gives.

    Attributes:
        cut, head, units, frozen: the choices.
        rows: every layer of the base (kept or dropped), then the head's layers.
        junction: the shape where the head meets the base (batch axis None).
        output_shape: the grafted model's output shape; None when Keras refuses.
        error: why Keras refuses the head on this junction ("" when it builds).
        notes: what to watch for, in words (a map reaching Dense, a trainable
            BatchNormalization, the old head kept...).
    """

    cut: str
    head: str
    units: int
    frozen: tuple[str, ...]
    rows: tuple[Row, ...]
    junction: Shape
    output_shape: Shape | None
    error: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        """True when Keras builds the grafted model."""
        return not self.error

    @property
    def kept(self) -> tuple[Row, ...]:
        return tuple(r for r in self.rows if r.part == "base")

    @property
    def head_rows(self) -> tuple[Row, ...]:
        return tuple(r for r in self.rows if r.part == "head")

    @property
    def trainable(self) -> int:
        return sum(r.trainable for r in self.rows if r.part != "dropped")

    @property
    def non_trainable(self) -> int:
        return sum(r.non_trainable for r in self.rows if r.part != "dropped")

    @property
    def is_class_vector(self) -> bool:
        """The output is one vector of `units` scores per example."""
        return self.output_shape == (None, self.units)

    def __str__(self) -> str:
        lines = [
            f"Cut after '{self.cut}': junction {shape_text(self.junction)}; "
            f"head {HEADS[self.head].replace('(n)', f'({self.units})')}"
        ]
        if self.ok:
            lines.append(
                f"→ output {shape_text(self.output_shape)}; {self.trainable:,} trainable, "
                f"{self.non_trainable:,} non-trainable parameters"
            )
        else:
            lines.append(f"✗ {self.error}")
        lines += [f"• {note}" for note in self.notes]
        return "\n".join(lines)


def base_rows(frozen=()) -> list[Row]:
    """Every layer of `BASE` with its output shape and counts (nothing dropped)."""
    rows, shape = [], INPUT_SHAPE
    for spec in BASE:
        params, stats = _layer_params(spec, shape)
        shape = _layer_output(spec, shape)
        is_frozen = spec.name in frozen
        trainable = 0 if is_frozen else params
        kind = spec.kind + (f"({spec.size})" if spec.kind in ("Conv2D", "Dense") else "")
        rows.append(
            Row(
                spec.name,
                kind,
                (None, *shape),
                trainable,
                params - trainable + stats,
                "base",
                is_frozen,
            )
        )
    return rows


def graft_result(cut: str = "conv3", head: str = "pool", units: int = 5, frozen=FREEZE_ALL):
    """What grafting `head` with `units` outputs onto `BASE` cut after `cut` gives.

    Args:
        cut: the name of the base layer whose output the head reads (the base
            layers above it are dropped).
        head: a key of `HEADS`: how the junction is brought to a class vector.
        units: the number of classes of the new task (the last Dense's units).
        frozen: names of base layers with trainable = False (names above the
            cut are allowed and have no effect: those layers are dropped).

    Returns:
        A `GraftResult`.

    Raises:
        ValueError: for an unknown cut layer or head, or units below 1.

    >>> graft_result(cut="gap", head="pool").error.startswith("GlobalAveragePooling2D needs")
    True
    """
    if cut not in NAMES:
        raise ValueError(f"cut must be one of the base's layers {NAMES}. Received: {cut!r}")
    if head not in HEADS:
        raise ValueError(f"head must be one of {tuple(HEADS)}. Received: {head!r}")
    if units < 1:
        raise ValueError(f"units must be at least 1. Received: {units}")
    frozen = tuple(name for name in WEIGHTED if name in set(frozen))
    index = NAMES.index(cut)
    rows = [
        r if i <= index else Row(r.name, r.kind, r.shape, 0, 0, "dropped", r.frozen)
        for i, r in enumerate(base_rows(frozen))
    ]
    junction = rows[index].shape
    head_rows, error = _head(head, junction, units)
    output = head_rows[-1].shape if head_rows and not error else None
    result = GraftResult(cut, head, units, frozen, (*rows, *head_rows), junction, output, error)
    return _with_notes(result)


def _dense(name, shape, units) -> Row:
    width = shape[-1]
    return Row(name, f"Dense({units})", (*shape[:-1], units), width * units + units, 0, "head")


def _head(head: str, junction: Shape, units: int) -> tuple[list[Row], str]:
    """The head's layers on this junction, or Keras's refusal in words."""
    is_map = len(junction) == 4
    if head == "pool":
        if not is_map:
            return [], (
                f"GlobalAveragePooling2D needs a feature map (rank 4, batch included); the "
                f"junction {shape_text(junction)} is a vector. Keras raises ValueError: "
                f"expected ndim=4, found ndim={len(junction)}."
            )
        pooled = Row("pooling", "GlobalAveragePooling2D", (None, junction[-1]), 0, 0, "head")
        return [pooled, _dense("new_head", pooled.shape, units)], ""
    if head == "flatten":
        flat = Row("flatten", "Flatten", (None, math.prod(junction[1:])), 0, 0, "head")
        return [flat, _dense("new_head", flat.shape, units)], ""
    if head == "project":
        if is_map:
            width = junction[-1]
            project = Row(
                "projection",
                f"Conv2D({PROJECTION}, 1)",
                (*junction[:-1], PROJECTION),
                width * PROJECTION + PROJECTION,
                0,
                "head",
            )
            pooled = Row("pooling", "GlobalAveragePooling2D", (None, PROJECTION), 0, 0, "head")
            return [project, pooled, _dense("new_head", pooled.shape, units)], ""
        project = _dense("projection", junction, PROJECTION)
        return [project, _dense("new_head", project.shape, units)], ""
    return [_dense("new_head", junction, units)], ""


def _with_notes(r: GraftResult) -> GraftResult:
    notes = []
    if r.ok and not r.is_class_vector:
        notes.append(
            f"The output is {shape_text(r.output_shape)}, not one vector of {r.units} scores per "
            "example: Dense acts on the last axis only, so it scored every position of the map. "
            "Pool (GlobalAveragePooling2D) or Flatten the map first."
        )
    if r.head == "flatten" and r.ok and len(r.junction) == 4:
        pooled = r.junction[-1] * r.units + r.units
        notes.append(
            f"Flatten keeps all {math.prod(r.junction[1:]):,} values of the map: the new head has "
            f"{r.head_rows[-1].params:,} parameters, against {pooled:,} after pooling, and it "
            "ties every weight to one position of the image."
        )
    if r.cut == "old_head":
        notes.append(
            "The cut keeps the old head: the new head reads its 10 class probabilities, not "
            "features. Cut below the old head (e.g. after 'dense' or 'conv3')."
        )
    live_bn = [row.name for row in r.kept if row.kind == "BatchNormalization" and not row.frozen]
    if live_bn:
        notes.append(
            f"{', '.join(live_bn)} trainable: in fit a trainable BatchNormalization runs in "
            "training mode and rewrites its moving statistics, even when the base is called "
            "with training=False (Keras 3). Keep it frozen when you fine-tune."
        )
    trained_base = [row.name for row in r.kept if row.params and not row.frozen]
    if not trained_base and r.ok:
        notes.append("Feature extraction: only the new head learns; the base stays as trained.")
    elif trained_base and r.ok:
        notes.append(
            f"Fine-tuning: {', '.join(trained_base)} will learn too. Compile (again) after "
            "changing trainable, with a small learning rate."
        )
    return dataclasses.replace(r, notes=tuple(notes))


# --------------------------------------------------------------------------- Keras itself


def keras_base():
    """`BASE` built with Keras (input 32×32×3): the same layers, names and sizes."""
    import keras

    inputs = keras.Input(INPUT_SHAPE, name="image")
    x = inputs
    for spec in BASE:
        if spec.kind == "Conv2D":
            layer = keras.layers.Conv2D(
                spec.size, spec.kernel, padding="same", activation="relu", name=spec.name
            )
        elif spec.kind == "BatchNormalization":
            layer = keras.layers.BatchNormalization(name=spec.name)
        elif spec.kind == "MaxPooling2D":
            layer = keras.layers.MaxPooling2D(spec.size, name=spec.name)
        elif spec.kind == "GlobalAveragePooling2D":
            layer = keras.layers.GlobalAveragePooling2D(name=spec.name)
        else:
            activation = "softmax" if spec.name == "old_head" else "relu"
            layer = keras.layers.Dense(spec.size, activation=activation, name=spec.name)
        x = layer(x)
    return keras.Model(inputs, x, name="base")


def keras_model(result: GraftResult, base=None):
    """The graft of `result` built with Keras, on `base` (a new `keras_base()` if None).

    Raises Keras's own ValueError when the head does not fit the junction.
    """
    import keras

    base = base if base is not None else keras_base()
    for layer in base.layers:
        layer.trainable = layer.name not in result.frozen
    extractor = keras.Model(base.input, base.get_layer(result.cut).output, name="extractor")
    inputs = keras.Input(INPUT_SHAPE)
    x = extractor(inputs, training=False)
    is_map = len(x.shape) == 4
    if result.head == "pool":
        x = keras.layers.GlobalAveragePooling2D()(x)
    elif result.head == "flatten":
        x = keras.layers.Flatten()(x)
    elif result.head == "project" and is_map:
        x = keras.layers.GlobalAveragePooling2D()(keras.layers.Conv2D(PROJECTION, 1)(x))
    elif result.head == "project":
        x = keras.layers.Dense(PROJECTION)(x)
    return keras.Model(inputs, keras.layers.Dense(result.units)(x))


# --------------------------------------------------------------------------- drawing

FIGSIZE = (7.2, 3.9)
DPI = 80
FROZEN_FILL = NEUTRAL
TRAINABLE = PALETTE[4]  # sky blue: black text stays readable on it
HEAD = PALETTE[1]  # orange
_STEP = 98 / len(NAMES)
_WIDTH = _STEP - 1.4
_TOP, _HEIGHT = 56.0, 19.0  # the base's row
_HEAD_Y, _HEAD_H = 15.0, 12.0  # the head's row
LEGEND = (
    "blue: trainable · grey: frozen · white: no weights · faded, dashed: dropped · orange: new head"
)


def draw(result: GraftResult, figure=None) -> ExplorerFigure:
    """Draw the grafted model: the base in a row, the cut, the head beneath it.

    Base layers are blue when trainable, grey when frozen, white when they
    have no weights, faded and dashed when they lie above the cut (dropped).
    The head is orange; the junction's shape is written under the cut. Each
    block carries a gid: `"base-<name>"`, `"dropped-<name>"` or
    `"head-<name>"`.

    Every word is text (sharp in the SVG, read by `describe`): the layers'
    names, "frozen" in a frozen layer, each layer's parameter count under it.
    """
    fig = figure if figure is not None else ExplorerFigure(figsize=FIGSIZE, dpi=DPI)
    ax = canvas(fig)
    for artist in ax.lines:
        artist.remove()
    title = f"Cut after '{result.cut}', {HEADS[result.head].replace('(n)', f'({result.units})')}"
    ax.text(1, 97, title, fontsize=13, fontweight="bold", va="top")
    counts = (
        f"{result.trainable:,} trainable · {result.non_trainable:,} non-trainable parameters"
        if result.ok
        else "no model: the head does not fit the junction"
    )
    ax.text(1, 85, counts, fontsize=11.5, va="center")
    for i, row in enumerate(result.rows[: len(NAMES)]):
        _base_block(ax, row, 1 + i * _STEP)
        _base_labels(ax, row, 1 + i * _STEP + _WIDTH / 2)
    ax.text(1, 1, LEGEND, fontsize=11, va="bottom", color="#444444", wrap=True)
    index = NAMES.index(result.cut)
    junction_x = 1 + index * _STEP + _WIDTH / 2
    cut_x = 1 + (index + 1) * _STEP - 0.7
    ax.plot([cut_x, cut_x], [_TOP - 4, _TOP + _HEIGHT + 4], color=WARNING, ls="--", lw=1.5)
    ax.text(
        min(cut_x, 95.0), _TOP + _HEIGHT + 6, "✂ cut", color=WARNING, fontsize=11.5, ha="center"
    )
    _head_row(ax, result, junction_x)
    return fig


def _base_labels(ax, row: Row, centre: float) -> None:
    """A base layer's name (and "frozen") in its block, its parameter count under it.

    Text, not pixels: sharp at any size in the SVG. A dropped layer's words are grey
    (#595959 keeps 7:1 on white), as its block is faded.
    """
    colour = "#595959" if row.part == "dropped" else "black"
    ax.text(centre, _TOP + 12.5, row.name, ha="center", va="center", fontsize=11, color=colour)
    if row.frozen and row.part != "dropped":
        ax.text(centre, _TOP + 5, "frozen", ha="center", va="center", fontsize=11, style="italic")
    params = f"{row.params:,}" if row.params else "–"
    ax.text(centre, _TOP - 2, params, ha="center", va="top", fontsize=11, color=colour)


def _base_block(ax, row: Row, x: float) -> None:
    dropped = row.part == "dropped"
    if dropped:
        face, edge, line = "white", "#999999", "--"
    elif row.frozen:
        face, edge, line = FROZEN_FILL, "black", "-"
    elif row.params:
        face, edge, line = TRAINABLE, "black", "-"
    else:
        face, edge, line = "white", "black", "-"
    gid = f"{'dropped' if dropped else 'base'}-{row.name}"
    ax.add_artist(
        Rectangle((x, _TOP), _WIDTH, _HEIGHT, facecolor=face, edgecolor=edge, ls=line, gid=gid)
    )


def _head_row(ax, result: GraftResult, junction_x: float) -> None:
    ax.add_artist(
        FancyArrowPatch(
            (junction_x, _TOP - 9),
            (junction_x, _HEAD_Y + _HEAD_H + 10),
            arrowstyle="-|>",
            mutation_scale=8,
        )
    )
    label = f"junction {shape_text(result.junction)}"
    x_label = min(max(junction_x, 14.0), 86.0)
    ax.text(x_label, _HEAD_Y + _HEAD_H + 5, label, fontsize=11, ha="center", fontweight="bold")
    widths = [max(12.0, 1.35 * len(row.kind)) for row in result.head_rows] or [30.0]
    span = sum(widths) + 3 * (len(widths) - 1) + 20
    x = min(max(1.0, junction_x - span / 2), 99.0 - span)
    for row, w in zip(result.head_rows, widths, strict=False):
        rect = Rectangle((x, _HEAD_Y), w, _HEAD_H, facecolor=HEAD, edgecolor="black")
        rect.set_gid(f"head-{row.name}")
        ax.add_artist(rect)
        ax.text(x + w / 2, _HEAD_Y + _HEAD_H / 2, row.kind, ha="center", va="center", fontsize=11)
        x += w + 3
    if result.ok:
        out = f"→ {shape_text(result.output_shape)}"
        ax.text(x, _HEAD_Y + _HEAD_H / 2, out, va="center", fontsize=11, fontweight="bold")
        return
    rect = Rectangle((x, _HEAD_Y), widths[0], _HEAD_H, fc="white", ec=WARNING, ls="--")
    rect.set_gid("head-refused")
    ax.add_artist(rect)
    ax.text(
        x + widths[0] / 2,
        _HEAD_Y + _HEAD_H / 2,
        "✗ Keras refuses this head",
        ha="center",
        va="center",
        fontsize=11,
        color=WARNING,
    )


# --------------------------------------------------------------------------- widget


class GraftingExplorer(Explorer):
    """Widgets around `graft_result` and `draw`: cut, head, units, frozen layers.

    Controls, by name: `cut` (a base layer), `head` (a key of HEADS), `units`,
    `frozen` (base layers with trainable = False). The summary is written in a
    Label with the CSS class `ckl-result`, the details in `ckl-explanation`,
    the figure in the FigureView `ckl-figure`.

    >>> explorer = GraftingExplorer()
    >>> explorer.apply({"head": "flatten"})
    >>> explorer.result_label.value
    'Grafted model → (None, 5): 10,245 trainable, 6,128 non-trainable'
    """

    def __init__(self, cut="conv3", head="pool", units=5, frozen=FREEZE_ALL):
        super().__init__()
        self.figure = ExplorerFigure(figsize=FIGSIZE, dpi=DPI)
        style = {"description_width": "initial"}
        shapes = {row.name: row.shape for row in base_rows()}
        self.watch(
            cut=widgets.Dropdown(
                options=[(f"{n} → {shape_text(shapes[n])}", n) for n in NAMES],
                value=cut,
                description="cut after:",
                style=style,
            ),
            head=widgets.Dropdown(
                options=[(text, key) for key, text in HEADS.items()],
                value=head,
                description="head:",
                style=style,
                layout=widgets.Layout(width="420px"),
            ),
            units=widgets.BoundedIntText(
                value=units, min=1, max=20, description="classes n:", style=style
            ),
            frozen=widgets.SelectMultiple(
                options=list(WEIGHTED),
                value=tuple(frozen),
                rows=len(WEIGHTED),
                description="frozen:",
                style=style,
            ),
        )
        c = self.controls
        self.result_label = widgets.Label().add_class("ckl-result")
        self.explanation = widgets.HTML().add_class("ckl-explanation")
        self.image = FigureView().add_class("ckl-figure")
        hint = widgets.HTML("<i>Ctrl/Cmd-click to freeze or unfreeze several layers.</i>")
        self.widget = widgets.VBox(
            [
                widgets.HBox([widgets.VBox([c["cut"], c["head"], c["units"], hint]), c["frozen"]]),
                self.result_label,
                self.explanation,
                self.image,
            ]
        ).add_class("ckl-explorer")
        self.refresh()

    def compute(self) -> GraftResult:
        """`graft_result` for the controls' values."""
        c = self.controls
        return graft_result(c["cut"].value, c["head"].value, c["units"].value, c["frozen"].value)

    def show(self, result: GraftResult) -> None:
        """Write the summary and the details; redraw the figure."""
        if result.ok:
            self.result_label.value = (
                f"Grafted model → {shape_text(result.output_shape)}: {result.trainable:,} "
                f"trainable, {result.non_trainable:,} non-trainable"
            )
        else:
            self.result_label.value = "Grafted model: none, Keras raises ValueError"
        self.explanation.value = explanation_html(result)
        draw(result, figure=self.figure)
        self.image.show(self.figure)


def explanation_html(result: GraftResult) -> str:
    """The junction, Keras's refusal if any, the notes, and a table of the layers, as HTML."""
    parts = [
        f"<b>Junction:</b> {html.escape(shape_text(result.junction))}, the output of "
        f"'{html.escape(result.cut)}'"
    ]
    if result.error:
        parts.append(f"<b>✗ Keras refuses:</b> {html.escape(result.error)}")
    parts += [f"• {html.escape(note)}" for note in result.notes]
    return "<br>".join(parts) + layers_table(result)


def layers_table(result: GraftResult) -> str:
    """The grafted model's layers as an HTML table: shape, trainable and frozen counts."""
    cells = "padding:0 8px;text-align:{}"
    head = "".join(
        f"<th style='{cells.format(a)}'>{t}</th>"
        for t, a in (
            ("layer", "left"),
            ("output shape", "left"),
            ("trainable", "right"),
            ("non-trainable", "right"),
        )
    )
    rows = []
    for row in (*result.kept, *result.head_rows):
        what = "base, frozen" if row.frozen else ("new head" if row.part == "head" else "base")
        values = (
            (f"{row.name} ({html.escape(row.kind)}, {what})", "left"),
            (html.escape(shape_text(row.shape)), "left"),
            (f"{row.trainable:,}", "right"),
            (f"{row.non_trainable:,}", "right"),
        )
        rows.append("".join(f"<td style='{cells.format(a)}'>{v}</td>" for v, a in values))
    body = "".join(f"<tr>{r}</tr>" for r in rows)
    return f"<table style='font-size:90%;margin-top:6px'><tr>{head}</tr>{body}</table>"


def make_explorer() -> GraftingExplorer:
    """The explorer with its default values (the registry's factory)."""
    return GraftingExplorer()


# One control per change; the cycle ends on the defaults, so it can repeat. It
# visits a map and a vector at the junction, every head, a refused head, and
# fine-tuning with a BatchNormalization left trainable.
BENCHMARK_CHANGES: tuple[dict, ...] = (
    {"head": "flatten"},
    {"head": "project"},
    {"head": "dense"},
    {"cut": "dense"},
    {"head": "pool"},
    {"head": "project"},
    {"cut": "old_head"},
    {"cut": "pool2"},
    {"frozen": ("conv1", "bn1", "bn2")},
    {"units": 10},
    {"frozen": ("conv1", "bn1", "conv2", "bn2")},
    {"cut": "conv3"},
    {"head": "pool"},
    {"units": 5},
    {"frozen": FREEZE_ALL},
)
