"""The concatenation explorer: which axis, which shapes, which width.

Three layers, each usable alone:

- `concat_result(shapes, axis)`: what `keras.layers.Concatenate(axis=axis)`
  makes of inputs of these shapes: the result shape, or Keras's own error
  explained in plain words. `head_params(width, units)`: the parameters of a
  Dense layer placed after it.
- `draw(result)`: the inputs as coloured blocks laid along the merge axis,
  and the result made of them.
- `ConcatenationExplorer`: widgets that connect controls to both.

Shapes are written as for `keras.Input(shape=...)`, without the batch axis.
Axes are numbered as Keras numbers them, on the batched tensor: axis 0 is the
batch axis, `axis=-1` the last one.

>>> result = concat_result([(16, 16, 8), (16, 16, 4)], axis=-1)
>>> result.output_shape
(None, 16, 16, 12)
>>> head_params(result.width, units=10)
130
"""

from __future__ import annotations

import dataclasses
import html
import math
from dataclasses import dataclass

import ipywidgets as widgets
import keras
from matplotlib.patches import Rectangle

from explorers.axes import (
    Shape,
    axis_choices,
    axis_names,
    describe_axis,
    differing_axes,
    parse_shape,
    shape_text,
)
from explorers.base import Explorer, offer_axes, verdict_html
from explorers.drawing import PALETTE, WARNING, ExplorerFigure, FigureView, block, canvas

TITLE = "Concatenate: which axis, which shapes, the resulting width"

MAX_INPUTS = len(PALETTE)

# --------------------------------------------------------------------------- result


@dataclass(frozen=True)
class ConcatResult:
    """What `Concatenate(axis=axis)` makes of inputs of the given shapes.

    Attributes:
        shapes: the inputs' shapes with the batch axis, e.g. `(None, 16, 16, 8)`.
        axis: the axis as given (may be negative).
        output_shape: the result's shape, batch axis `None`; None on error.
        error: Keras's own error, `"ValueError: ..."`; None when Keras accepts.
        summary: what happened, in one sentence.
        cause: why it failed (or, along the batch axis, why it is probably wrong).
        next_step: what to do about it.
        mismatched: the axes, other than the merge axis, on which inputs disagree.
        parts: each input's size along the merge axis.
    """

    shapes: tuple[Shape, ...]
    axis: int
    output_shape: Shape | None
    error: str | None = None
    summary: str = ""
    cause: str = ""
    next_step: str = ""
    mismatched: tuple[int, ...] = ()
    parts: tuple[int | None, ...] = ()

    @property
    def ok(self) -> bool:
        """True when Keras builds the layer (even along the batch axis)."""
        return self.error is None

    @property
    def rank(self) -> int:
        """The largest rank among the inputs, batch axis included."""
        return max(len(s) for s in self.shapes)

    @property
    def axis_index(self) -> int | None:
        """The merge axis counted from 0, or None when it does not exist."""
        return self.axis % self.rank if -self.rank <= self.axis < self.rank else None

    @property
    def width(self) -> int | None:
        """The size of the result's last axis: what a Dense layer after it sees."""
        return self.output_shape[-1] if self.output_shape else None

    def __str__(self) -> str:
        inputs = ", ".join(shape_text(s) for s in self.shapes)
        lines = [f"Concatenate(axis={self.axis}) on {inputs}"]
        if self.ok:
            lines += [f"→ {shape_text(self.output_shape)}", self.summary]
        else:
            lines.append(f"✗ Keras: {self.error}")
        if self.cause:
            lines.append(f"Why: {self.cause}")
        if self.next_step:
            lines.append(f"Next step: {self.next_step}")
        return "\n".join(lines)


def concat_result(shapes, axis: int = -1) -> ConcatResult:
    """What `keras.layers.Concatenate(axis=axis)` makes of inputs of these shapes.

    Keras itself decides: its layer validates the shapes and computes the
    output shape (no tensor is made, so this takes about a millisecond). This
    function adds the explanation: which axis disagrees, why, what to do.

    Args:
        shapes: two to six shapes as passed to `keras.Input(shape=...)`,
            without the batch axis; `None` for a size that is not fixed.
        axis: the merge axis, numbered on the batched tensor (axis 0 is the
            batch axis; negative axes count from the end).

    Returns:
        A `ConcatResult`: the output shape, or Keras's error and its explanation.

    Raises:
        ValueError: for a number of shapes outside 2–6, or a size that is not
            a positive int or None.

    >>> concat_result([(4,), (6,)]).output_shape
    (None, 10)
    >>> concat_result([(16, 16, 8), (16, 16, 4)], axis=1).mismatched
    (3,)
    """
    batched = tuple((None, *_checked(s)) for s in shapes)
    if not 2 <= len(batched) <= MAX_INPUTS:
        raise ValueError(f"give 2 to {MAX_INPUTS} shapes to concatenate. Received: {len(batched)}")
    output, error = _keras_verdict(batched, axis)
    parts = tuple(s[axis] if -len(s) <= axis < len(s) else None for s in batched)
    result = ConcatResult(batched, axis, output, error, parts=parts)
    return _accepted(result) if error is None else _refused(result)


def head_params(width: int | None, units: int) -> int:
    """Parameters of `Dense(units)` on inputs whose last axis has `width` values.

    One weight per (input value, unit) pair plus one bias per unit. Dense acts
    on the last axis only: a feature map's height and width do not count.

    >>> head_params(12, units=10)
    130

    Raises:
        ValueError: if the width is None (not fixed) or either number is below 1.
    """
    if width is None:
        raise ValueError("the last axis has no fixed size (None): Dense cannot be built on it.")
    if width < 1 or units < 1:
        raise ValueError(f"width and units must be positive. Received: {width=}, {units=}")
    return width * units + units


def describe_head(result: ConcatResult, units: int) -> str:
    """The parameter count of `Dense(units)` after the concatenation, in words."""
    if not result.ok:
        return f"Dense({units}) after it: no parameter count, the concatenation fails."
    width = result.width
    if width is None:
        return f"Dense({units}) after it cannot be built: the last axis has no fixed size (None)."
    if result.axis_index == result.rank - 1:
        seen = f"{_sum_text(result.parts)} = {width} values"
    else:
        seen = f"{width} values (this merge leaves the last axis as it was)"
    return (
        f"Dense({units}) after it sees {seen} on the last axis: "
        f"{width} × {units} weights + {units} biases = {head_params(width, units):,} parameters."
    )


def _checked(shape) -> Shape:
    shape = tuple(shape)
    if not shape:
        raise ValueError("a shape needs at least one axis besides the batch axis, e.g. (4,).")
    for size in shape:
        if size is not None and (isinstance(size, bool) or not isinstance(size, int) or size < 1):
            raise ValueError(f"sizes must be positive integers or None. Received: {shape}")
    return shape


def _keras_verdict(batched, axis) -> tuple[Shape | None, str | None]:
    """Keras's own answer: (output shape, None) or (None, "ValueError: ...")."""
    # A fixed name: an automatic one would bump Keras's layer counter each time.
    layer = keras.layers.Concatenate(axis=axis, name="explorer_concatenate")
    try:
        layer.build(list(batched))
        return tuple(layer.compute_output_shape(list(batched))), None
    except (ValueError, IndexError) as error:
        return None, f"{type(error).__name__}: {error}"


def _sum_text(parts) -> str:
    return " + ".join(str(p) for p in parts)


def _which(r: ConcatResult, axes) -> str:
    return ", ".join(
        f"{describe_axis(a, r.rank)} differs: " + " vs ".join(str(s[a]) for s in r.shapes)
        for a in axes
    )


def _accepted(r: ConcatResult) -> ConcatResult:
    index = r.axis_index
    if index == 0:
        return dataclasses.replace(
            r,
            summary="Keras accepts it, but along the batch axis the examples are stacked, "
            "not joined: batches of 32 and 32 give 64 rows with the same features.",
            cause="axis 0 is the batch axis, the one keras.Input(shape=...) never counts; "
            "concatenating along it adds examples, not features.",
            next_step="to join the features of each example, use axis=-1 (the default).",
        )
    where = describe_axis(index, r.rank)
    if r.axis < 0:
        where += f", as axis={r.axis} counts from the end"
    total = "None" if None in r.parts else sum(r.parts)
    summary = f"joined along {where}: {_sum_text(r.parts)} = {total}"
    summary += "; every other axis matches." if r.rank > 2 else "."
    if None in r.parts:
        summary += " A free size (None) on the merge axis makes the result's size None."
    return dataclasses.replace(r, summary=summary)


def _refused(r: ConcatResult) -> ConcatResult:
    ranks = sorted({len(s) for s in r.shapes})
    if len(ranks) > 1:
        listed = " and ".join(str(rank) for rank in ranks)
        summary = f"Keras refuses: the inputs have different ranks ({listed}, batch included)."
        return dataclasses.replace(r, summary=summary, **_rank_words(r))
    index, rank = r.axis_index, r.rank
    if index is None:
        return dataclasses.replace(
            r,
            summary=f"Keras refuses: axis {r.axis} does not exist.",
            cause=f"tensors of shape {shape_text(r.shapes[0])} have axes 0 to {rank - 1} "
            f"(or -{rank} to -1); axis 0 is the batch axis.",
            next_step=f"use axis=-1 to join along the last axis ({axis_names(rank)[-1]}).",
        )
    mismatched = tuple(a for a in differing_axes(list(r.shapes)) if a != index)
    r = dataclasses.replace(
        r, mismatched=mismatched, summary=f"Keras refuses: {_which(r, mismatched)}."
    )
    return dataclasses.replace(r, **_mismatch_words(r, index, mismatched))


def _mismatch_words(r: ConcatResult, index: int, mismatched: tuple[int, ...]) -> dict[str, str]:
    rank, last = r.rank, r.rank - 1
    merge = describe_axis(index, rank)
    rule = f"every axis except the merge axis, {merge}, must match"
    if index == 0:
        fix = "to join the features of each example, use axis=-1 (the default)"
        if mismatched != (last,):
            fix += ", once the other axes agree"
        return {
            "cause": "axis 0 is the batch axis: concatenating along it stacks examples, "
            f"and {rule}; {_which(r, mismatched)}.",
            "next_step": f"{fix}.",
        }
    if mismatched == (last,):
        cause = (
            f"the shapes differ on {describe_axis(last, rank)}, but you concatenate along {merge}"
        )
        if rank >= 4 and index == 1:
            cause += ": PyTorch puts channels on axis 1, Keras keeps them last (channels-last)"
        projection = "Conv2D(n, 1)" if rank == 4 else "Dense(n)"
        return {
            "cause": f"{cause}.",
            "next_step": "use axis=-1 (the default) to join them along the last axis; to join "
            f"along {merge} instead, first give them one width with a projection ({projection}).",
        }
    if index == last and all(0 < a < last for a in mismatched):
        grid = "sequence lengths" if rank == 3 else "grids"
        return {
            "cause": f"{rule}, and the {grid} differ: Concatenate never resizes or broadcasts.",
            "next_step": _grid_fix(r, mismatched),
        }
    return {
        "cause": f"{rule}; {_which(r, mismatched)}.",
        "next_step": "make every other axis agree first: a projection (Dense, or Conv2D(n, 1) "
        "on feature maps) for widths; padding='same', pooling or upsampling for grids; "
        "Reshape for the rest.",
    }


def _grid_fix(r: ConcatResult, mismatched) -> str:
    dims = r.rank - 2
    suffix = f"{dims}D" if dims in (1, 2, 3) else "2D"
    sizes = [[s[a] for s in r.shapes if s[a] is not None] for a in mismatched]
    small, large = min(min(x) for x in sizes), max(max(x) for x in sizes)
    if small == 1:
        return (
            f"a size-1 axis is not stretched to {large}: repeat the smaller input first "
            f"(UpSampling{suffix}({large}), or RepeatVector({large}) on a vector)."
        )
    factors = {max(x) // min(x) if max(x) % min(x) == 0 else None for x in sizes}
    if len(factors) == 1 and None not in factors:
        (k,) = factors
        return (
            f"bring them to one size: MaxPooling{suffix}({k}) on the larger input "
            f"or UpSampling{suffix}({k}) on the smaller one."
        )
    differences = {max(x) - min(x) for x in sizes}
    if len(differences) == 1 and large - small <= 6:
        (d,) = differences
        crop = f", or crop the larger input with Cropping{suffix}({d // 2})" if d % 2 == 0 else ""
        return (
            "a convolution with padding='valid' (the default) shrinks the grid by "
            f"kernel_size − 1 ({large} → {small} for kernel_size={d + 1}): "
            f"use padding='same'{crop}."
        )
    return "make them agree first: padding='same', pooling, upsampling or cropping."


def _rank_words(r: ConcatResult) -> dict[str, str]:
    listing = ", ".join(
        f"input {i + 1} is {shape_text(s)} (rank {len(s)})" for i, s in enumerate(r.shapes)
    )
    cause = f"the inputs have different ranks: {listing}; Concatenate never flattens or tiles."
    low, high = min(r.shapes, key=len), max(r.shapes, key=len)
    if len(low) == 2 and len(high) >= 3 and None not in high[1:]:
        grid = high[1:-1]
        tile = f"RepeatVector({math.prod(grid)})"
        if len(grid) > 1:
            tile += f" then Reshape({shape_text((*grid, low[1]))})"
        noun, over = ("sequence", "its steps") if len(high) == 3 else ("feature map", "its grid")
        return {
            "cause": cause,
            "next_step": f"Flatten the {noun} (→ (None, {math.prod(high[1:])})) to join it with "
            f"the vector, or tile the vector over {over} ({tile}) to join them on the last axis.",
        }
    return {
        "cause": cause,
        "next_step": "give the inputs one rank first: Flatten, Reshape or RepeatVector.",
    }


# --------------------------------------------------------------------------- drawing

FIGSIZE = (7.2, 3.6)
DPI = 80
_LEFT, _RIGHT, _BASE, _HEIGHT = 46.0, 99.0, 26.0, 46.0
_GAP, _ARROW = 2.0, 5.0


def draw(result: ConcatResult, units: int | None = None, figure=None) -> ExplorerFigure:
    """Draw the inputs as coloured blocks laid along the merge axis, and the result.

    A block's width is the input's size along the merge axis; its height stands
    for all the other axes (their sizes multiplied; the batch axis is not drawn).
    Blocks of equal height join into the result, each keeping its colour; when
    Keras refuses, the result is crossed out and the caption names the axis
    that differs.

    Args:
        result: what `concat_result` returned.
        units: if given, the caption also gives the Dense head's parameter count.
        figure: a figure to redraw into (the widget reuses one); a new one if None.

    Returns:
        The figure. Its blocks carry gids: `"input-<i>"` and `"result-<i>"`.
    """
    fig = figure if figure is not None else ExplorerFigure(figsize=FIGSIZE, dpi=DPI)
    ax = canvas(fig)
    index = result.axis_index
    where = describe_axis(index, result.rank) if index is not None else f"axis {result.axis}"
    title = f"Concatenate(axis={result.axis}) along {where}"
    ax.text(1, 95, title, fontsize=13, fontweight="bold", va="top")
    legend = "width: size along the merge axis · height: all other axes (batch axis not drawn)"
    ax.text(1, 85, legend, fontsize=11, va="center", color="#444444", wrap=True)

    for i, shape in enumerate(result.shapes):
        block(ax, 1, 69.5 - i * 9, 2.2, 5, PALETTE[i])
        ax.text(4, 72 - i * 9, f"input {i + 1}: {shape_text(shape)}", fontsize=11.5, va="center")
    out = f"result: {shape_text(result.output_shape)}" if result.ok else "result: none"
    ax.text(4, 72 - len(result.shapes) * 9, out, fontsize=11.5, va="center", fontweight="bold")

    widths, heights = _block_sizes(result)
    labels = [("?" if index is None or p is None else str(p)) for p in result.parts]
    x = _LEFT
    for i, (part, w, h) in enumerate(zip(result.parts, widths, heights, strict=True)):
        dashed = "--" if part is None else "-"
        block(ax, x, _BASE, w, h, PALETTE[i], labels[i], gid=f"input-{i}", linestyle=dashed)
        x += w + _GAP
    ax.text(x + 1.5, _BASE + _HEIGHT / 2, "→", fontsize=17, va="center", ha="center")
    x += _ARROW
    if result.ok:
        for i, w in enumerate(widths):
            block(ax, x, _BASE, w, heights[0], PALETTE[i], labels[i], gid=f"result-{i}")
            x += w
        total = result.output_shape[index]
        ax.text(x + 0.8, _BASE + heights[0] / 2, f"= {total}", va="center", fontsize=11.5)
    else:
        room = max(_RIGHT - x, 12)
        cross = Rectangle(
            (x, _BASE), room, _HEIGHT, facecolor="white", edgecolor=WARNING, hatch="xx"
        )
        ax.add_artist(cross)
        box = {"facecolor": "white", "edgecolor": WARNING, "pad": 2}
        centre = (x + room / 2, _BASE + _HEIGHT / 2)
        ax.text(*centre, "✗ no result", ha="center", va="center", fontsize=12, bbox=box)

    caption = [_caption(result)]
    if units is not None:
        caption.append(describe_head(result, units))
    ax.text(1, 2, "\n".join(caption), fontsize=11, va="bottom", wrap=True)
    return fig


def draw_head(result: ConcatResult, units: int, figure=None) -> ExplorerFigure:
    """Draw the kernel of `Dense(units)` after the concatenation, rows coloured by input.

    Each input owns its own rows of the kernel (size along the last axis ×
    units weights), and the layer adds one bias per unit: this is why the
    parameter count follows the concatenated width.

    Args:
        result: what `concat_result` returned; it must be joined along the last axis.
        units: the Dense layer's units.
        figure: a figure to redraw into; a new one if None.

    Returns:
        The figure; its blocks carry gids `"kernel-<i>"` and `"bias"`.

    Raises:
        ValueError: if Keras refused the concatenation or it is not along the last axis.
    """
    if not result.ok or result.axis_index != result.rank - 1 or None in result.parts:
        raise ValueError("draw_head needs a concatenation of fixed sizes along the last axis.")
    fig = figure if figure is not None else ExplorerFigure(figsize=(7.2, 3.2), dpi=DPI)
    ax = canvas(fig)
    width = result.width
    total = head_params(width, units)
    title = f"Dense({units}) after the concatenation: {width} × {units} + {units} = {total:,} parameters"
    ax.text(1, 95, title, fontsize=13, fontweight="bold", va="top")
    left, span, top, room = 38.0, 24.0, 80.0, 52.0
    row = room / (width + 1)
    y = top
    for i, part in enumerate(result.parts):
        h = part * row
        y -= h
        block(ax, left, y, span, h, PALETTE[i], f"{part} × {units}", gid=f"kernel-{i}")
        rows = f"rows from input {i + 1} ({part} values)"
        ax.text(left - 1.5, y + h / 2, rows, ha="right", va="center", fontsize=11.5)
        ax.text(
            left + span + 1.5, y + h / 2, f"{part * units:,} weights", va="center", fontsize=11.5
        )
    y -= row + 1
    block(ax, left, y, span, row, "white", gid="bias")
    ax.text(left - 1.5, y + row / 2, "bias", ha="right", va="center", fontsize=11.5)
    ax.text(left + span + 1.5, y + row / 2, f"{units} biases", va="center", fontsize=11.5)
    ax.text(left + span / 2, top + 3, f"{units} units (columns)", ha="center", fontsize=11.5)
    caption = (
        "Each input owns its own rows of the kernel: Dense on a concatenation adds up one "
        "Dense per input, with a single bias."
    )
    ax.text(1, 2, caption, fontsize=11, va="bottom", wrap=True)
    return fig


def _block_sizes(result: ConcatResult) -> tuple[list[float], list[float]]:
    """Widths from the sizes along the merge axis; heights from the other axes."""
    n = len(result.shapes)
    nominal = [p if p is not None else 4 for p in result.parts]
    room = _RIGHT - _LEFT - _ARROW - _GAP * (n - 1) - 12
    scale = room / (2 * max(sum(nominal), 1))
    widths = [max(p * scale, 2.5) for p in nominal]
    volumes = [_other_volume(result, i) for i in range(n)]
    heights = [max(_HEIGHT * v / max(volumes), 0.15 * _HEIGHT) for v in volumes]
    return widths, heights


def _other_volume(result: ConcatResult, i: int) -> int:
    """Input i's sizes on the axes other than batch and merge axis, multiplied.

    A free size (None) counts as another input's size on that axis: it matches.
    """
    shape = result.shapes[i]
    merge = result.axis % len(shape) if -len(shape) <= result.axis < len(shape) else None
    volume = 1
    for a, size in enumerate(shape):
        if a in (0, merge):
            continue
        if size is None:
            known = [s[a] for s in result.shapes if a < len(s) and s[a] is not None]
            size = known[0] if known else 1
        volume *= size
    return volume


def _caption(result: ConcatResult) -> str:
    if not result.ok:
        return f"✗ {result.summary.removeprefix('Keras refuses: ')}"
    if result.axis_index == 0:
        return "⚠ Along the batch axis: the examples are stacked, no feature is joined."
    return "Each colour is one input. Equal heights (the other axes match) let the blocks join."


# --------------------------------------------------------------------------- widget


@dataclass(frozen=True)
class Unreadable:
    """A shape control holds text that is not a shape."""

    message: str


class ConcatenationExplorer(Explorer):
    """Widgets around `concat_result` and `draw`: shapes and axis in, result out.

    Args:
        shapes: the three inputs' shapes as text (the third is used with 3 inputs).
        inputs: how many inputs to concatenate, 2 or 3.
        axis: the merge axis.
        units: the units of the Dense head placed after the concatenation.

    Controls, by name: `inputs`, `shape1`, `shape2`, `shape3`, `axis`, `units`.
    The result shape is written in a Label with the CSS class `ckl-result`, the
    explanation in `ckl-explanation`, the head's parameters in `ckl-params`, the
    figure in the FigureView `ckl-figure`.

    >>> explorer = ConcatenationExplorer()
    >>> explorer.apply({"axis": 1})
    >>> explorer.result_label.value
    'Result shape: none, Keras raises ValueError'
    """

    def __init__(self, shapes=("16,16,8", "16,16,4", "16,16,2"), inputs=2, axis=-1, units=10):
        super().__init__()
        self.figure = ExplorerFigure(figsize=FIGSIZE, dpi=DPI)
        self._drawn = None
        style = {"description_width": "initial"}
        fields = {
            f"shape{i + 1}": widgets.Text(
                value=text,
                description=f"input {i + 1} shape:",
                placeholder="e.g. 16,16,8",
                continuous_update=False,
                style=style,
                layout=widgets.Layout(width="210px"),
            )
            for i, text in enumerate(shapes)
        }
        self.watch(
            inputs=widgets.ToggleButtons(options=[("2 inputs", 2), ("3 inputs", 3)], value=inputs),
            **fields,
            axis=widgets.Dropdown(options=axis_choices(4), value=axis, description="axis:"),
            units=widgets.BoundedIntText(
                value=units, min=1, max=64, description="Dense units:", style=style
            ),
        )
        c = self.controls
        self.result_label = widgets.Label().add_class("ckl-result")
        self.explanation = widgets.HTML().add_class("ckl-explanation")
        self.params = widgets.HTML().add_class("ckl-params")
        self.image = FigureView().add_class("ckl-figure")
        self.widget = widgets.VBox(
            [
                c["inputs"],
                widgets.HBox([c["shape1"], c["shape2"], c["shape3"]]),
                widgets.HBox([c["axis"], c["units"]]),
                self.result_label,
                self.explanation,
                self.params,
                self.image,
            ]
        ).add_class("ckl-explorer")
        self.refresh()

    def _texts(self) -> list[str]:
        return [self.controls[f"shape{i + 1}"].value for i in range(self.controls["inputs"].value)]

    def sync_controls(self) -> None:
        """Show the third shape only with 3 inputs; offer the axes of the inputs' rank."""
        self.controls["shape3"].layout.display = None if len(self._texts()) == 3 else "none"
        try:
            rank = 1 + max(len(parse_shape(t)) for t in self._texts())
        except ValueError:
            return
        offer_axes(self.controls["axis"], rank)

    def compute(self) -> ConcatResult | Unreadable:
        """`concat_result` for the shapes and axis in the controls."""
        try:
            shapes = [parse_shape(t) for t in self._texts()]
        except ValueError as error:
            return Unreadable(str(error))
        return concat_result(shapes, self.controls["axis"].value)

    def show(self, result: ConcatResult | Unreadable) -> None:
        """Write the result shape, the explanation and the head's parameters; redraw."""
        if isinstance(result, Unreadable):
            self.result_label.value = "Result shape: none, a shape cannot be read"
            self.explanation.value = f"<b>✗</b> {html.escape(result.message)}"
            self.params.value = ""
            return
        if result.ok:
            self.result_label.value = f"Result shape: {shape_text(result.output_shape)}"
        else:
            kind = result.error.split(":")[0]
            self.result_label.value = f"Result shape: none, Keras raises {kind}"
        self.explanation.value = explanation_html(result)
        self.params.value = html.escape(describe_head(result, self.controls["units"].value))
        if result != self._drawn:  # e.g. only the units changed: the picture stays
            draw(result, figure=self.figure)
            self.image.show(self.figure)
            self._drawn = result


def explanation_html(result: ConcatResult) -> str:
    """The explanation as HTML: what happened, Keras's message, why, what next."""
    return verdict_html(result.summary, result.error, result.cause, result.next_step)


def make_explorer() -> ConcatenationExplorer:
    """The explorer with its default values (the registry's factory)."""
    return ConcatenationExplorer()


# One control per change; the cycle ends on the defaults, so it can repeat. It
# visits every kind of answer: joined, wrong axis, grids or sequence lengths
# that differ, ranks that differ, the batch axis, 2 and 3 inputs.
BENCHMARK_CHANGES: tuple[dict, ...] = (
    {"axis": 1},
    {"axis": -1},
    {"shape2": "14,14,4"},
    {"shape2": "8,8,4"},
    {"shape2": "16,16,4"},
    {"inputs": 3},
    {"shape3": "32"},
    {"shape3": "16,16,2"},
    {"axis": 0},
    {"axis": 3},
    {"units": 32},
    {"inputs": 2},
    {"shape1": "10,8"},
    {"shape2": "5,8"},
    {"axis": 1},
    {"shape2": "5,16"},
    {"axis": -1},
    {"shape2": "10,16"},
    {"shape1": "16,16,8"},
    {"shape2": "16,16,8"},
    {"axis": 0},
    {"axis": -1},
    {"shape2": "16,16,4"},
    {"units": 10},
)
