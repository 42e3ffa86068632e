"""Axes and shapes in words, as Keras numbers them (channels-last, batch first).

Shared by the explorers: a shape typed by a learner is read by `parse_shape`;
an axis of a batched tensor is named by `describe_axis`.
"""

from __future__ import annotations

import re

Shape = tuple[int | None, ...]

_NAMES = {
    1: ["batch"],
    2: ["batch", "features"],
    3: ["batch", "steps", "features"],
    4: ["batch", "height", "width", "channels"],
    5: ["batch", "depth", "height", "width", "channels"],
}


def axis_names(rank: int) -> list[str]:
    """Short names of the axes of a batched tensor of this rank.

    >>> axis_names(4)
    ['batch', 'height', 'width', 'channels']
    """
    if rank in _NAMES:
        return _NAMES[rank]
    return ["batch", *(f"axis {i}" for i in range(1, rank - 1)), "channels"]


def describe_axis(axis: int, rank: int) -> str:
    """An axis (counted from 0) of a batched tensor of this rank, in words.

    >>> describe_axis(3, rank=4)
    'axis 3 (channels)'
    >>> describe_axis(0, rank=2)
    'axis 0 (the batch axis)'
    """
    if axis == 0:
        return "axis 0 (the batch axis)"
    name = axis_names(rank)[axis]
    return f"axis {axis}" if name.startswith("axis") else f"axis {axis} ({name})"


def axis_choices(rank: int) -> list[tuple[str, int]]:
    """(label, axis) for every valid axis of a batched rank, negative ones first.

    >>> axis_choices(2)[0]
    ('-1 = axis 1 (features)', -1)
    """
    negative = [(f"{a} = {describe_axis(a % rank, rank)}", a) for a in range(-1, -rank - 1, -1)]
    positive = [(describe_axis(a, rank).removeprefix("axis "), a) for a in range(rank)]
    return negative + positive


def shape_text(shape: Shape) -> str:
    """A shape written as Python writes a tuple: `(None, 4)`, `(None,)`."""
    return str(tuple(shape))


def differing_axes(shapes: list[Shape]) -> list[int]:
    """The axes on which shapes of one rank disagree (None matches any size)."""
    rank = len(shapes[0])
    return [a for a in range(rank) if len({s[a] for s in shapes if s[a] is not None}) > 1]


_OUTER = re.compile(r"^\s*\(?(.*?),?\s*\)?\s*$")


def parse_shape(text: str, max_axes: int = 4) -> Shape:
    """Read a shape typed as `16,16,8` or `(16, 16, 8)`, without the batch axis.

    `None` or `?` stands for a size that is not fixed.

    >>> parse_shape("(None, 8)")
    (None, 8)

    Raises:
        ValueError: with a message that says how to write a shape.
    """
    sizes = []
    for piece in _OUTER.match(text).group(1).split(","):
        piece = piece.strip()
        if piece in ("None", "?"):
            sizes.append(None)
        elif piece.isdigit() and int(piece) > 0:
            sizes.append(int(piece))
        else:
            raise ValueError(
                f"cannot read {text!r} as a shape: write positive sizes separated by commas, "
                "without the batch axis, e.g. 16,16,8 (None for a free size)."
            )
    if len(sizes) > max_axes:
        raise ValueError(f"{text!r} has {len(sizes)} axes; at most {max_axes} are drawn here.")
    return tuple(sizes)
