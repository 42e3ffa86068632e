"""Figures shared by the explorers: palette, PNG rendering, labelled blocks.

Figures are made without pyplot, so nothing is shown by accident at the end
of a cell and one figure can be redrawn many times. `ExplorerFigure` shows
itself as a PNG when it is the last expression of a notebook cell.
"""

from __future__ import annotations

import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

# Okabe & Ito (2008), safe for the common colour-vision deficiencies. Inputs are
# drawn in this order; the text colour on each keeps enough contrast.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#F0E442")
TEXT_ON = {
    "#0072B2": "white",
    "#E69F00": "black",
    "#009E73": "white",
    "#CC79A7": "black",
    "#56B4E9": "black",
    "#F0E442": "black",
}
WARNING = "#D55E00"  # vermillion, always paired with a hatch or words
NEUTRAL = "#DDDDDD"


class ExplorerFigure(Figure):
    """A matplotlib Figure that notebooks display as a PNG image."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        FigureCanvasAgg(self)

    def _repr_png_(self) -> bytes:
        return png_bytes(self)


def png_bytes(figure: Figure) -> bytes:
    """Render a figure to PNG bytes at its own dpi (fast, light compression)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=figure.dpi, pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


def canvas(figure: Figure):
    """One axes covering the figure, in 0–100 units, emptied for a new drawing.

    The axes is kept between drawings: removing its artists is faster than
    clearing it or the figure.
    """
    if figure.axes:
        ax = figure.axes[0]
        for artist in [*ax.patches, *ax.texts, *ax.artists]:
            artist.remove()
        return ax
    ax = figure.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 100)
    ax.set_axis_off()
    return ax


def block(ax, x, y, width, height, colour, text="", gid=None, **style):
    """A filled rectangle with centred text; `gid` lets tests find it."""
    ax.add_artist(
        Rectangle((x, y), width, height, facecolor=colour, edgecolor="black", gid=gid, **style)
    )
    if text:
        ax.text(
            x + width / 2,
            y + height / 2,
            text,
            ha="center",
            va="center",
            fontsize=8,
            color=TEXT_ON.get(colour, "black"),
        )
