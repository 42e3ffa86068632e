"""The element-wise merge explorer: which shapes fit, and what each merge computes.

Three layers, each usable alone:

- `merge_result(merge, shapes, axes, normalize)`: what `keras.layers.Add()`
  (or Subtract, Multiply, Average, Maximum, Minimum, Dot) makes of inputs of
  these shapes: the result shape, or Keras's own error explained in plain
  words, with the axes Keras stretches (broadcasts) named.
  `numeric_example(result)`: the merge worked out on two short vectors.
  `projection_params(width_in, width_out)`: the parameters of the projection
  (`Dense`, or a 1×1 `Conv2D`) that makes two widths agree.
- `draw(result)`: the two vectors as rows of cells, and the merge's result
  under them (or why there is none).
- `MergeExplorer`: widgets that connect controls to both.

Shapes are written as for `keras.Input(shape=...)`, without the batch axis.
Axes are numbered as Keras numbers them, on the batched tensor: axis 0 is the
batch axis, `axis=-1` the last one.

>>> merge_result("Add", [(4,), (4,)]).output_shape
(None, 4)
>>> merge_result("Multiply", [(4,), (1,)]).stretched
('input 2 has size 1 on axis 1 (features): Keras repeats it 4 times',)
>>> merge_result("Add", [(256,), (32,)]).ok
False
>>> projection_params(256, 32)
8224
"""

from __future__ import annotations

import dataclasses
import html
from dataclasses import dataclass

import ipywidgets as widgets
import keras
import numpy as np
from matplotlib.patches import Rectangle

from explorers.axes import Shape, axis_choices, describe_axis, parse_shape, shape_text
from explorers.base import Explorer, offer_axes, verdict_html
from explorers.drawing import (
    NEUTRAL,
    PALETTE,
    WARNING,
    ExplorerFigure,
    FigureView,
    block,
    canvas,
)

TITLE = "Element-wise merges and Dot: which shapes fit, what each merge computes"

MERGES = ("Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum", "Dot")
MAX_INPUTS = 6

# What each merge computes from the values a and b found at one position.
FORMULAS = {
    "Add": "a + b",
    "Subtract": "a − b",
    "Multiply": "a × b",
    "Average": "(a + b) / 2",
    "Maximum": "max(a, b)",
    "Minimum": "min(a, b)",
    "Dot": "Σ a × b",
}

# --------------------------------------------------------------------------- result


@dataclass(frozen=True)
class MergeResult:
    """What a merge layer makes of inputs of the given shapes.

    Attributes:
        merge: the layer's class name, e.g. `"Add"`.
        shapes: the inputs' shapes with the batch axis, e.g. `(None, 4)`.
        axes: Dot's `axes` (an int, or a pair); None for the other merges.
        normalize: Dot's `normalize`.
        output_shape: the result's shape, batch axis `None`; None on error.
        error: Keras's own error, `"ValueError: ..."`; None when Keras accepts.
        summary: what happened, in one sentence.
        cause: why it failed (or what to check when Keras stretched an input).
        next_step: what to do about it.
        mismatched: the axes (of the result's rank) on which sizes disagree.
        stretched: in words, each axis on which Keras repeats an input.
        projection: (input, width in, width out) of the projection that would
            make the last axes agree, when only they disagree; else None.
    """

    merge: str
    shapes: tuple[Shape, ...]
    axes: int | tuple[int, int] | None
    normalize: bool
    output_shape: Shape | None
    error: str | None = None
    summary: str = ""
    cause: str = ""
    next_step: str = ""
    mismatched: tuple[int, ...] = ()
    stretched: tuple[str, ...] = ()
    projection: tuple[int, int, int] | None = None

    @property
    def ok(self) -> bool:
        """True when Keras accepts the inputs and the merge runs on data."""
        return self.error is None

    @property
    def rank(self) -> int:
        """The largest rank among the inputs, batch axis included."""
        return max(len(s) for s in self.shapes)

    @property
    def params(self) -> int:
        """The merge layer's own parameters: always 0, a merge has no weights."""
        return 0

    @property
    def call(self) -> str:
        """The layer as it is written in code, e.g. `Dot(axes=1, normalize=True)`."""
        if self.merge != "Dot":
            return f"{self.merge}()"
        extra = ", normalize=True" if self.normalize else ""
        return f"Dot(axes={self.axes}{extra})"

    def __str__(self) -> str:
        inputs = ", ".join(shape_text(s) for s in self.shapes)
        lines = [f"{self.call} on {inputs}"]
        if self.ok:
            lines += [f"→ {shape_text(self.output_shape)}", self.summary]
        else:
            lines.append(f"✗ Keras: {self.error}")
        if self.cause:
            lines.append(f"Why: {self.cause}")
        if self.next_step:
            lines.append(f"Next step: {self.next_step}")
        return "\n".join(lines)


def merge_result(merge: str, shapes, axes=-1, normalize: bool = False) -> MergeResult:
    """What `keras.layers.<merge>()` makes of inputs of these shapes.

    Keras itself decides: its layer validates the shapes and computes the
    output shape (no tensor is made, so this takes about a millisecond). This
    function adds the explanation: which axis disagrees or is stretched, why,
    and what to do.

    Args:
        merge: one of `MERGES`: "Add", "Subtract", "Multiply", "Average",
            "Maximum", "Minimum" or "Dot".
        shapes: two to six shapes as passed to `keras.Input(shape=...)`,
            without the batch axis; `None` for a size that is not fixed.
        axes: for Dot only: the axis of both inputs to multiply and sum along
            (an int, numbered on the batched tensor), or a pair (axis of
            input 1, axis of input 2).
        normalize: for Dot only: divide both inputs by their length along
            the axes first, so that the result is the cosine similarity.

    Returns:
        A `MergeResult`: the output shape, or Keras's error and its explanation.

    Raises:
        ValueError: for an unknown merge, a number of shapes outside 2–6, or
            a size that is not a positive int or None.

    >>> merge_result("Average", [(16, 16, 8), (16, 16, 8)]).output_shape
    (None, 16, 16, 8)
    >>> merge_result("Dot", [(5, 4), (6, 4)], axes=2).output_shape
    (None, 5, 6)
    """
    if merge not in MERGES:
        raise ValueError(f"merge must be one of {', '.join(MERGES)}. Received: merge={merge!r}")
    batched = tuple((None, *_checked(s)) for s in shapes)
    if not 2 <= len(batched) <= MAX_INPUTS:
        raise ValueError(f"give 2 to {MAX_INPUTS} shapes to merge. Received: {len(batched)}")
    dot = merge == "Dot"
    output, error = _keras_verdict(merge, batched, axes, normalize)
    result = MergeResult(
        merge, batched, axes if dot else None, bool(normalize) and dot, output, error
    )
    if dot:
        return _dot_accepted(result) if error is None else _dot_refused(result)
    return _accepted(result) if error is None else _refused(result)


def projection_params(width_in: int, width_out: int) -> int:
    """Parameters of the projection `Dense(width_out)` on `width_in` values.

    One weight per (input value, unit) pair and one bias per unit. A 1×1
    `Conv2D(width_out, 1)` on `width_in` channels has the same count.

    >>> projection_params(16, 32)
    544

    Raises:
        ValueError: if either width is not a positive int.
    """
    for width in (width_in, width_out):
        if not isinstance(width, int) or isinstance(width, bool) or width < 1:
            raise ValueError(f"widths must be positive integers. Received: {width_in}, {width_out}")
    return width_in * width_out + width_out


def describe_params(result: MergeResult) -> str:
    """The parameters involved, in words: none for the merge, and the projection's."""
    words = f"{result.call} has no weights: count_params() = 0."
    if result.projection:
        which, w_in, w_out = result.projection
        layer = "a 1×1 Conv2D" if len(result.shapes[which - 1]) >= 4 else "Dense"
        words += (
            f" The projection that fixes it, {layer}({w_out}) on input {which} "
            f"({w_in} → {w_out}), has {w_in} × {w_out} + {w_out} = "
            f"{projection_params(w_in, w_out):,} parameters."
        )
    return words


def _checked(shape) -> Shape:
    shape = tuple(shape)
    if not shape:
        raise ValueError("a shape needs at least one axis besides the batch axis, e.g. (4,).")
    for size in shape:
        if size is not None and (isinstance(size, bool) or not isinstance(size, int) or size < 1):
            raise ValueError(f"sizes must be positive integers or None. Received: {shape}")
    return shape


def _make_layer(merge, axes, normalize):
    # A fixed name: an automatic one would bump Keras's layer counter each time.
    if merge == "Dot":
        return keras.layers.Dot(axes=axes, normalize=normalize, name="explorer_dot")
    return getattr(keras.layers, merge)(name=f"explorer_{merge.lower()}")


def _keras_verdict(merge, batched, axes, normalize) -> tuple[Shape | None, str | None]:
    """Keras's own answer: (output shape, None) or (None, "ValueError: ...")."""
    try:
        layer = _make_layer(merge, axes, normalize)
        layer.build(list(batched))
        output = tuple(layer.compute_output_shape(list(batched)))
    except (ValueError, IndexError, TypeError) as error:
        return None, f"{type(error).__name__}: {error}"
    if merge == "Dot" and 0 in _dot_axes(axes, batched):
        # Keras accepts axis 0 while building (both sizes are None) and only
        # fails when data flows: ask it, on one example of each input.
        data = [np.zeros([1] + [s or 1 for s in shape[1:]], "float32") for shape in batched]
        try:
            layer(data)
        except ValueError as error:
            return None, f"ValueError: {_first_message_line(error)}"
    return output, None


def _first_message_line(error) -> str:
    """Keras's message without its 'Exception encountered when calling' wrapper."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    lines = [line.replace("\x1b[1m", "").replace("\x1b[0m", "") for line in lines]
    if lines and lines[0].startswith("Exception encountered") and len(lines) > 1:
        return lines[1]
    return lines[0] if lines else ""


def _dot_axes(axes, batched) -> tuple[int, int]:
    """Dot's axes as two non-negative axes, one per input (as Keras reads them)."""
    pair = (axes, axes) if isinstance(axes, int) else tuple(axes)
    return tuple(a % len(s) if a < 0 else a for a, s in zip(pair, batched[:2], strict=False))


def _aligned(shapes) -> list[Shape]:
    """Shapes of one rank, as Keras lines them up: a lower rank gets size-1 axes after the batch axis."""
    rank = max(len(s) for s in shapes)
    return [(s[0], *([1] * (rank - len(s))), *s[1:]) for s in shapes]


def _sizes_text(shapes, axis) -> str:
    return " vs ".join(str(s[axis]) for s in shapes)


def _accepted(r: MergeResult) -> MergeResult:
    rank, aligned = r.rank, _aligned(r.shapes)
    notes = []
    for i, shape in enumerate(r.shapes):
        if len(shape) < rank:
            added = range(1, 1 + rank - len(shape))
            names = ", ".join(describe_axis(a, rank) for a in added)
            notes.append(
                f"input {i + 1} has rank {len(shape)}, not {rank}: Keras lines up the last "
                f"axes and repeats it over {names}"
            )
    for axis in range(1, rank):
        sizes = {s[axis] for s in aligned} - {None}
        if 1 in sizes and len(sizes) > 1:
            big = max(sizes)
            for i, shape in enumerate(aligned):
                if shape[axis] == 1 and len(r.shapes[i]) == rank:
                    notes.append(
                        f"input {i + 1} has size 1 on {describe_axis(axis, rank)}: "
                        f"Keras repeats it {big} times"
                    )
    formula = _formula(len(r.shapes), r.merge)
    summary = f"each value of the result is {formula}, from the values at the same position"
    if notes:
        summary += (
            "; the shapes differ, yet fit: Keras broadcasts, repeating an input along an "
            "axis where it has size 1 (or that it lacks)."
        )
        cause = (
            "no error, but check that you meant it: a size-1 input is repeated, so one value "
            "acts on many positions (a gate or a shortcut of width 1 is usually a layer "
            "with 1 unit where N were meant)."
        )
        next_step = "to act on each position separately, give both inputs the same shape."
    elif any(None in s[1:] for s in r.shapes):
        summary += (
            ": the shapes agree, as None (a size not fixed yet) matches any size; "
            "the data must then bring equal sizes."
        )
        cause = next_step = ""
    else:
        summary += ": the shapes are equal, so the result has that shape too."
        cause = next_step = ""
    return dataclasses.replace(
        r, summary=summary, cause=cause, next_step=next_step, stretched=tuple(notes)
    )


def _formula(n: int, merge: str) -> str:
    if n == 2:
        return FORMULAS[merge]
    names = ", ".join("abcdef"[:n])
    return {
        "Add": " + ".join("abcdef"[:n]),
        "Average": f"({' + '.join('abcdef'[:n])}) / {n}",
        "Maximum": f"max({names})",
        "Minimum": f"min({names})",
        "Multiply": " × ".join("abcdef"[:n]),
    }.get(merge, FORMULAS[merge])


def _refused(r: MergeResult) -> MergeResult:
    if r.merge == "Subtract" and len(r.shapes) != 2:
        return dataclasses.replace(
            r,
            summary=f"Keras refuses: Subtract takes exactly 2 inputs, not {len(r.shapes)}.",
            cause="Subtract computes input 1 − input 2: with more inputs, what to subtract "
            "from what is not defined.",
            next_step="subtract two at a time, or Add the others and Subtract the sum.",
        )
    rank, aligned = r.rank, _aligned(r.shapes)
    mismatched = tuple(a for a in range(1, rank) if len({s[a] for s in aligned} - {None, 1}) > 1)
    which = "; ".join(
        f"{describe_axis(a, rank)} differs: {_sizes_text(aligned, a)}" for a in mismatched
    )
    rule = (
        f"{r.merge} combines the values at the same position of each input, so every axis "
        "must have the same size in all inputs (or size 1, which Keras repeats)"
    )
    last = rank - 1
    projection = None
    widths = [shape[last] for shape in aligned]
    if mismatched == (last,) and len(r.shapes) == 2 and None not in widths:
        wide = 0 if widths[0] > widths[1] else 1
        w_in, w_out = widths[wide], widths[1 - wide]
        projection = (wide + 1, w_in, w_out)
        layer = f"Conv2D({w_out}, 1)" if len(r.shapes[wide]) >= 4 else f"Dense({w_out})"
        cause = (
            f"{rule}; the last axis, {describe_axis(last, rank)}, differs: {widths[0]} vs "
            f"{widths[1]}. Unlike Concatenate, an element-wise merge has no axis whose sizes "
            "may differ."
        )
        next_step = (
            f"project one input to the other's width first, e.g. {layer} on input {wide + 1} "
            f"({w_in} → {w_out}); in a residual connection the projection goes on the "
            "shortcut, to the branch's width. Or Concatenate, if you meant to keep both "
            "side by side."
        )
    elif mismatched and all(0 < a < last for a in mismatched):
        cause = f"{rule}; the grids or sequence lengths differ ({which})."
        next_step = (
            "bring them to one grid first: padding='same' on convolutions, pooling on the "
            "larger input, or upsampling on the smaller one."
        )
    else:
        cause = f"{rule}; {which or 'the shapes cannot be lined up'}."
        next_step = (
            "make the shapes equal first: a projection (Dense, or Conv2D(n, 1) on feature "
            "maps) for widths; padding, pooling or upsampling for grids; Reshape for the rest."
        )
    summary = f"Keras refuses: {which}." if which else "Keras refuses these shapes."
    return dataclasses.replace(
        r,
        summary=summary,
        cause=cause,
        next_step=next_step,
        mismatched=mismatched,
        projection=projection,
    )


def _dot_accepted(r: MergeResult) -> MergeResult:
    a1, a2 = _dot_axes(r.axes, r.shapes)
    s1, s2 = r.shapes[0], r.shapes[1]
    size = s1[a1]
    where = (
        f"{describe_axis(a1, len(s1))} of both inputs"
        if (a1, len(s1)) == (a2, len(s2))
        else f"{describe_axis(a1, len(s1))} of input 1 and {describe_axis(a2, len(s2))} of input 2"
    )
    kept = len(r.output_shape) - 1
    if len(s1) == len(s2) == 2:
        what = f"the {size} products a × b are summed into one number per example"
    else:
        what = (
            f"every position of input 1 meets every position of input 2: the result keeps "
            f"{kept} axes, the others of input 1 then those of input 2"
        )
    summary = f"multiplies along {where} and sums: {what}"
    if r.normalize:
        summary += (
            "; normalize=True first divides both by their length along that axis, so each "
            "number is a cosine similarity, between −1 and 1."
        )
    else:
        summary += "."
    return dataclasses.replace(r, summary=summary)


def _dot_refused(r: MergeResult) -> MergeResult:
    if len(r.shapes) != 2:
        return dataclasses.replace(
            r,
            summary=f"Keras refuses: Dot takes exactly 2 inputs, not {len(r.shapes)}.",
            cause="a dot product pairs the values of two tensors.",
            next_step="take the dot product of two inputs at a time.",
        )
    try:
        a1, a2 = _dot_axes(r.axes, r.shapes)
        s1, s2 = r.shapes[0][a1], r.shapes[1][a2]
    except (IndexError, ValueError, TypeError):
        return dataclasses.replace(
            r,
            summary=f"Keras refuses: axes={r.axes} does not exist on these inputs.",
            cause=f"the inputs have ranks {len(r.shapes[0])} and {len(r.shapes[1])} "
            "(batch included); axis 0 is the batch axis.",
            next_step="use axes=-1 to take the dot product along the last axes.",
        )
    if 0 in (a1, a2):
        return dataclasses.replace(
            r,
            summary="Keras refuses, at run time: Dot cannot sum along axis 0, the batch axis.",
            cause="axis 0 holds the examples; Dot pairs the values of one example with the "
            "values of the same example, so the batch axis is never summed over. Keras "
            "builds the layer (both sizes are None) and fails only when data arrives.",
            next_step="use axes=-1 (or the axis of the features) instead.",
        )
    n1, n2 = len(r.shapes[0]), len(r.shapes[1])
    return dataclasses.replace(
        r,
        summary=f"Keras refuses: {describe_axis(a1, n1)} of input 1 has {s1} values, "
        f"{describe_axis(a2, n2)} of input 2 has {s2}.",
        cause="Dot multiplies the two inputs value by value along the chosen axes, then "
        f"sums: both axes must have the same size, and {s1} ≠ {s2}. Dot never broadcasts.",
        next_step="choose axes of equal size (axes=(i, j) picks a different axis for each "
        f"input), or project one input with Dense({s1}) first.",
        mismatched=(a1,),
    )


# --------------------------------------------------------------------------- numbers

# Short, readable values; the second input's are chosen so every merge differs.
VALUES_A = (3.0, -1.0, 2.0, 0.5, -2.0, 1.0, 1.5, -0.5)
VALUES_B = (1.0, 2.0, -1.0, 1.5, 0.5, -3.0, 2.0, 1.0)
ONE_VALUE = 2.0  # the value of an input whose axis has size 1
MAX_CELLS = 6  # each cell is a text to render: few cells keep redrawing fast


@dataclass(frozen=True)
class NumericExample:
    """A merge worked out on one short vector per input.

    Attributes:
        a, b: the inputs' values along the merge's axis (one of them may hold
            a single value, which Keras repeats).
        out: the result's values: one per position, or one number for Dot;
            empty when Keras refuses.
        source: for Maximum and Minimum, which input (0 or 1) each result
            value comes from; empty otherwise.
        products: for Dot, the products a × b before they are summed.
        note: what the vectors stand for, in words.
    """

    a: tuple[float, ...]
    b: tuple[float, ...]
    out: tuple[float, ...]
    source: tuple[int, ...] = ()
    products: tuple[float, ...] = ()
    note: str = ""

    @property
    def stretched(self) -> int | None:
        """The input (0 or 1) whose single value is repeated, or None."""
        if len(self.a) == 1 and len(self.b) > 1:
            return 0
        if len(self.b) == 1 and len(self.a) > 1:
            return 1
        return None

    @property
    def width(self) -> int:
        """The number of positions drawn."""
        return max(len(self.a), len(self.b))


def _example_sizes(r: MergeResult) -> tuple[int | None, int | None]:
    """The sizes of the axis the example runs along, for input 1 and input 2."""
    if r.merge == "Dot":
        try:
            a1, a2 = _dot_axes(r.axes, r.shapes)
            return r.shapes[0][a1], r.shapes[1][a2]
        except (IndexError, ValueError, TypeError):
            pass
    return r.shapes[0][-1], r.shapes[1][-1]


def numeric_example(result: MergeResult) -> NumericExample:
    """The merge of `result` worked out with numbers on two short vectors.

    The vectors run along the last axis (for Dot, along the axes summed
    over), at one position of one example, with at most 6 values (a free
    size, `None`, takes the other input's size, or 4). The result follows
    Keras: it is computed by the formulas the layers use (the tests compare
    it with the layers themselves).

    >>> numeric_example(merge_result("Maximum", [(3,), (3,)])).out
    (3.0, 2.0, 2.0)
    """
    s1, s2 = _example_sizes(result)
    s1, s2 = (s1 or s2 or 4), (s2 or s1 or 4)
    n1, n2 = min(s1, MAX_CELLS), min(s2, MAX_CELLS)
    if n1 == n2 and s1 != s2:  # both cut to 8: keep the rows' lengths in proportion
        small = max(2, round(MAX_CELLS * min(s1, s2) / max(s1, s2)))
        n1, n2 = (MAX_CELLS, small) if s1 > s2 else (small, MAX_CELLS)
    a = np.array([ONE_VALUE]) if n1 == 1 < n2 else np.array(VALUES_A[:n1])
    b = np.array([ONE_VALUE]) if n2 == 1 < n1 else np.array(VALUES_B[:n2])
    if result.merge != "Dot":
        note = "values along the last axis, at one position"
    elif result.ok and len(result.output_shape) > 2:
        note = "values that Dot multiplies and sums, at one position of each input"
    else:
        note = "values along the axis that Dot multiplies and sums"
    if max(s1, s2) > MAX_CELLS:
        note += f" (at most {MAX_CELLS} cells drawn)"
    if len(result.shapes) > 2:
        note += ", inputs 1 and 2 only"
    if not result.ok or (n1 != n2 and 1 not in (n1, n2)):
        return NumericExample(tuple(map(float, a)), tuple(map(float, b)), (), note=note)
    a, b = np.broadcast_arrays(a, b)
    if result.merge == "Dot":
        products = a * b
        value = products.sum()
        if result.normalize:
            value = value / (np.linalg.norm(a) * np.linalg.norm(b))
        return NumericExample(
            tuple(VALUES_A[:n1]),
            tuple(VALUES_B[:n2]),
            (float(value),),
            products=tuple(float(p) for p in products),
            note=note,
        )
    out = {
        "Add": a + b,
        "Subtract": a - b,
        "Multiply": a * b,
        "Average": (a + b) / 2,
        "Maximum": np.maximum(a, b),
        "Minimum": np.minimum(a, b),
    }[result.merge]
    source = ()
    if result.merge in ("Maximum", "Minimum"):
        source = tuple(int(x != y) for x, y in zip(out, a, strict=True))
    first = (ONE_VALUE,) if n1 == 1 < n2 else tuple(VALUES_A[:n1])
    second = (ONE_VALUE,) if n2 == 1 < n1 else tuple(VALUES_B[:n2])
    return NumericExample(first, second, tuple(float(v) for v in out), source, note=note)


# --------------------------------------------------------------------------- drawing

FIGSIZE = (7.2, 3.0)
DPI = 80
_LEFT, _RIGHT = 33.0, 99.0
_ROWS = {"a": 66.0, "b": 50.0, "products": 30.0, "out": 30.0, "sum": 12.0}
_CELL_H = 11.0


def _number(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def draw(result: MergeResult, example: NumericExample | None = None, figure=None) -> ExplorerFigure:
    """Draw the merge on numbers: one row of cells per input, the result under them.

    Each cell holds one value along the last axis (for Dot, along the axis
    summed over). A size-1 input is drawn once, then as faded dashed copies:
    the values Keras repeats. The result row has one cell per position; for
    Maximum and Minimum each result cell takes the colour of the input it
    came from; for Dot, the products are summed into one number. When Keras
    refuses, the result is crossed out and the caption names the axis.

    Args:
        result: what `merge_result` returned.
        example: the numbers to draw; `numeric_example(result)` if None.
        figure: a figure to redraw into (the widget reuses one); a new one if None.

    Returns:
        The figure. Its cells carry gids: `"a-<i>"`, `"b-<i>"`, `"stretched-<i>"`,
        `"out-<i>"`, `"product-<i>"` and `"sum"`.
    """
    example = example or numeric_example(result)
    fig = figure if figure is not None else ExplorerFigure(figsize=FIGSIZE, dpi=DPI)
    ax = canvas(fig)
    inputs = " and ".join(shape_text(s) for s in result.shapes[:2])
    more = f" (+{len(result.shapes) - 2} more)" if len(result.shapes) > 2 else ""
    out = shape_text(result.output_shape) if result.ok else "no result"
    title = f"{result.call} on {inputs}{more} → {out}"
    ax.text(1, 97, title, fontsize=13, fontweight="bold", va="top")
    ax.text(1, 86, example.note, fontsize=11, va="center", color="#444444")

    cell = min(9.0, (_RIGHT - _LEFT - 19) / max(example.width, 1))
    sizes = _example_sizes(result)
    for key, i, values in (("a", 0, example.a), ("b", 1, example.b)):
        label = f"input {i + 1}: {shape_text(result.shapes[i])}"
        _row(ax, key, label, values, cell, PALETTE[i])
        if sizes[i] is not None and sizes[i] > len(values) > 1:
            y = _ROWS[key] + _CELL_H / 2
            more = f"… {sizes[i]} values"
            ax.text(_LEFT + len(values) * cell + 1, y, more, fontsize=11, va="center")
        if example.stretched == i:
            _stretched(ax, _ROWS[key], values[0], example.width, cell, PALETTE[i])

    if not example.out:
        room = _RIGHT - _LEFT
        cross = Rectangle((_LEFT, 20), room, 20, facecolor="white", edgecolor=WARNING, hatch="xx")
        ax.add_artist(cross)
        box = {"facecolor": "white", "edgecolor": WARNING, "pad": 2}
        ax.text(
            _LEFT + room / 2, 30, "✗ no result", ha="center", va="center", fontsize=12, bbox=box
        )
        ax.text(1, 30, "result: none", fontsize=11.5, va="center", fontweight="bold")
    elif result.merge == "Dot":
        _row(ax, "products", "a × b", example.products, cell, NEUTRAL, gid="product")
        y, wide = _ROWS["sum"], max(cell, 9.0)
        label = "cosine: the result" if result.normalize else "sum: the result"
        ax.text(1, y + _CELL_H / 2, label, fontsize=11.5, va="center", fontweight="bold")
        block(ax, _LEFT, y, wide, _CELL_H, PALETTE[2], _number(example.out[0]), gid="sum")
        words = f"= {_number(sum(example.products))}"
        if result.normalize:
            na, nb = float(np.linalg.norm(example.a)), float(np.linalg.norm(example.b))
            words += f" / (|a| {_number(na)} × |b| {_number(nb)})"
        ax.text(_LEFT + wide + 1.5, y + _CELL_H / 2, words, fontsize=11.5, va="center")
    else:
        n = len(example.out)
        colours = [PALETTE[s] for s in example.source] if example.source else [PALETTE[2]] * n
        label = f"{result.merge}: {FORMULAS[result.merge]}"
        _row(ax, "out", label, example.out, cell, colours, gid="out", bold=True)

    ax.text(1, 2, _caption(result, example), fontsize=11, va="bottom")
    return fig


def _row(ax, key, label, values, cell, colours, gid=None, bold=False):
    y = _ROWS[key]
    weight = "bold" if bold else "normal"
    ax.text(1, y + _CELL_H / 2, label, fontsize=11.5, va="center", fontweight=weight)
    colours = colours if isinstance(colours, list) else [colours] * len(values)
    for i, (value, colour) in enumerate(zip(values, colours, strict=True)):
        text = _number(value)
        block(ax, _LEFT + i * cell, y, cell, _CELL_H, colour, text, gid=f"{gid or key}-{i}")


def _stretched(ax, y, value, width, cell, colour):
    """Faded dashed copies of a single value: what Keras repeats."""
    for i in range(1, width):
        x = _LEFT + i * cell
        block(ax, x, y, cell, _CELL_H, colour, gid=f"stretched-{i}", linestyle="--", alpha=0.35)
        ax.text(
            x + cell / 2, y + _CELL_H / 2, _number(value), ha="center", va="center", fontsize=11.5
        )
    words = "← repeated by Keras"
    ax.text(_LEFT + width * cell + 1, y + _CELL_H / 2, words, fontsize=11, va="center")


def _caption(result: MergeResult, example: NumericExample) -> str:
    if not result.ok:
        return f"✗ {result.summary.removeprefix('Keras refuses: ')}"
    if result.merge == "Dot":
        return "Multiplied position by position, then summed. 0 parameters."
    if example.source:
        return "Each result takes the colour of the input it comes from. 0 parameters."
    if example.stretched is not None:
        return (
            f"Input {example.stretched + 1}'s one value is repeated at every position. "
            "0 parameters."
        )
    return "Each result is computed from its own position only. 0 parameters."


# --------------------------------------------------------------------------- widget


@dataclass(frozen=True)
class Unreadable:
    """A shape control holds text that is not a shape."""

    message: str


class MergeExplorer(Explorer):
    """Widgets around `merge_result`, `numeric_example` and `draw`.

    Args:
        merge: the merge layer, one of `MERGES`.
        shapes: the two inputs' shapes as text (e.g. "4", "16,16,8").
        axes: Dot's axes (shown only for Dot).
        normalize: Dot's normalize (shown only for Dot).

    Controls, by name: `merge`, `shape1`, `shape2`, `axes`, `normalize`. The
    result shape is written in a Label with the CSS class `ckl-result`, the
    explanation in `ckl-explanation`, the parameters in `ckl-params`, the
    figure in the FigureView `ckl-figure`.

    >>> explorer = MergeExplorer()
    >>> explorer.apply({"shape2": "6"})
    >>> explorer.result_label.value
    'Result shape: none, Keras raises ValueError'
    """

    def __init__(self, merge="Add", shapes=("4", "4"), axes=-1, normalize=False):
        super().__init__()
        self.figure = ExplorerFigure(figsize=FIGSIZE, dpi=DPI)
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
            merge=widgets.Dropdown(options=list(MERGES), value=merge, description="merge:"),
            **fields,
            axes=widgets.Dropdown(options=axis_choices(2), value=axes, description="Dot axes:"),
            normalize=widgets.Checkbox(value=normalize, description="normalize (cosine)"),
        )
        c = self.controls
        self.result_label = widgets.Label().add_class("ckl-result")
        self.explanation = widgets.HTML().add_class("ckl-explanation")
        self.params = widgets.HTML().add_class("ckl-params")
        self.image = FigureView().add_class("ckl-figure")
        self.widget = widgets.VBox(
            [
                widgets.HBox([c["merge"], c["shape1"], c["shape2"]]),
                widgets.HBox([c["axes"], c["normalize"]]),
                self.result_label,
                self.explanation,
                self.params,
                self.image,
            ]
        ).add_class("ckl-explorer")
        self.refresh()

    def _texts(self) -> list[str]:
        return [self.controls["shape1"].value, self.controls["shape2"].value]

    def sync_controls(self) -> None:
        """Show Dot's controls only for Dot; offer the axes of input 1's rank."""
        dot = self.controls["merge"].value == "Dot"
        for name in ("axes", "normalize"):
            self.controls[name].layout.display = None if dot else "none"
        try:
            rank = 1 + len(parse_shape(self.controls["shape1"].value))
        except ValueError:
            return
        offer_axes(self.controls["axes"], rank)

    def compute(self) -> MergeResult | Unreadable:
        """`merge_result` for the merge, shapes and Dot settings in the controls."""
        try:
            shapes = [parse_shape(t) for t in self._texts()]
        except ValueError as error:
            return Unreadable(str(error))
        c = self.controls
        return merge_result(c["merge"].value, shapes, c["axes"].value, c["normalize"].value)

    def show(self, result: MergeResult | Unreadable) -> None:
        """Write the result shape, the explanation and the parameters; redraw."""
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
        self.params.value = html.escape(describe_params(result))
        draw(result, figure=self.figure)
        self.image.show(self.figure)


def explanation_html(result: MergeResult) -> str:
    """The explanation as HTML: what happened, Keras's message, why, what next."""
    return verdict_html(
        result.summary, result.error, result.cause, result.next_step, notes=result.stretched
    )


def make_explorer() -> MergeExplorer:
    """The explorer with its default values (the registry's factory)."""
    return MergeExplorer()


# One control per change; the cycle ends on the defaults, so it can repeat. It
# visits every merge, equal shapes, a size-1 axis, a rank that differs, widths
# that differ (the residual without projection), feature maps, and Dot with
# its axes and normalize.
BENCHMARK_CHANGES: tuple[dict, ...] = (
    {"merge": "Subtract"},
    {"merge": "Multiply"},
    {"shape2": "1"},
    {"merge": "Average"},
    {"merge": "Maximum"},
    {"shape2": "6"},
    {"merge": "Minimum"},
    {"shape2": "4"},
    {"merge": "Dot"},
    {"normalize": True},
    {"shape2": "6"},
    {"shape2": "4"},
    {"normalize": False},
    {"merge": "Add"},
    {"shape1": "256"},
    {"shape2": "32"},
    {"shape1": "32"},
    {"shape2": "4"},
    {"shape1": "8,8,4"},
    {"shape2": "8,8,1"},
    {"shape2": "8,8,16"},
    {"shape2": "4"},
    {"merge": "Dot"},
    {"axes": 1},
    {"axes": 3},
    {"axes": -1},
    {"merge": "Add"},
    {"shape1": "4"},
)
