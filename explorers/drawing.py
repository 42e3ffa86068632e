"""Figures shared by the explorers: palette, SVG rendering, text alternatives, blocks.

Figures are made without pyplot, so nothing is shown by accident at the end
of a cell and one figure can be redrawn many times. `ExplorerFigure` shows
itself as SVG (vector: sharp at any width, its text real text) when it is the
last expression of a notebook cell, as an `<img>` (HTML) whose `alt` is its text
alternative (`describe`: what the figure says, in reading order), also its plain text. An explorer shows its
figure in a `FigureView`: an `<img>` with that text as its `alt`.

Every figure is a light card: a white background and a grey border drawn in the
image itself, so it reads the same in JupyterLab's and the site's light and dark
themes (its colours are chosen for white: the palette, black text).
"""

from __future__ import annotations

import base64
import html
import io
import re

import ipywidgets as widgets
import matplotlib
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


CARD_EDGE = "#767676"  # the card's border: 4.5:1 on white, 3:1 or more on dark backgrounds
# SVG text as text (sharp, selectable, a tenth of the size of paths); ids and metadata
# fixed, so the same figure gives the same bytes (the site's build caches on them).
SVG_RC = {"svg.fonttype": "none", "svg.hashsalt": "ckl"}


class ExplorerFigure(Figure):
    """A matplotlib Figure that notebooks display as SVG, with a text alternative.

    Args:
        description: what the figure shows in words; if None, `describe` reads it
            from the figure's own text when it is shown.
    """

    def __init__(self, *args, description: str | None = None, **kwargs):
        kwargs.setdefault("facecolor", "white")
        kwargs.setdefault("edgecolor", CARD_EDGE)
        kwargs.setdefault("linewidth", 1.5)
        super().__init__(*args, **kwargs)
        FigureCanvasAgg(self)
        self.description = description

    def _repr_mimebundle_(self, include=None, exclude=None):
        # text/html first: an <img> with its alt (JupyterLab's SVG renderer gives none);
        # image/svg+xml for any front end that does not show HTML.
        svg, alt = svg_text(self), describe(self)
        return {"text/html": figure_html(svg, alt), "image/svg+xml": svg, "text/plain": alt}


def svg_text(figure: Figure) -> str:
    """The figure as SVG (text kept as text, no date: the same figure, the same bytes)."""
    buffer = io.StringIO()
    with matplotlib.rc_context(SVG_RC):
        figure.savefig(
            buffer,
            format="svg",
            metadata={"Date": None},
            facecolor=figure.get_facecolor(),
            edgecolor=figure.get_edgecolor(),
        )
    return buffer.getvalue()


def describe(figure: Figure) -> str:
    """The figure's text alternative: its `description`, or its own words in reading order.

    Every visible text of the figure, top to bottom and left to right (the title
    first, the caption last), each once, as sentences: what a sighted reader reads
    in it, without the arrows and ticks that only point.
    """
    own = getattr(figure, "description", None)
    if own:
        return own
    renderer = figure.canvas.get_renderer()
    found = []
    for text in [*figure.texts, *(t for ax in figure.axes for t in ax.texts)]:
        words = " ".join(text.get_text().split())
        words = re.sub(r"^[→←↑↓✂✗✓⚠·•\s]+|[→←↑↓\s]+$", "", words)
        if not text.get_visible() or not re.search(r"\w", words):
            continue
        box = text.get_window_extent(renderer)
        found.append((-round(box.y1 / 8), box.x0, words))
    seen, parts = set(), []
    for _, _, words in sorted(found):
        if words not in seen:
            seen.add(words)
            parts.append(words if words[-1] in ".:;!?)" else words + ".")
    return " ".join(parts)


class FigureView(widgets.HTML):
    """An explorer's figure: an SVG `<img>` whose `alt` says what it shows.

    `svg` holds the image's SVG text and `alt` its text alternative, as last shown.
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.svg = ""
        self.alt = ""

    def show(self, figure: Figure | None = None, *, svg: str = "", alt: str = "") -> None:
        """Show a figure (or SVG text already rendered, with its `alt`)."""
        if figure is not None:
            svg, alt = svg_text(figure), describe(figure)
        self.svg, self.alt = svg, alt
        self.value = figure_html(svg, alt)


def figure_html(svg: str, alt: str) -> str:
    """An `<img>` of SVG text: as wide as its output allows, never wider than drawn × 1.25."""
    data = base64.b64encode(svg.encode()).decode()
    size = re.search(r'<svg[^>]*\bwidth="([\d.]+)pt"', svg)
    width = round(float(size.group(1)) * 4 / 3 * 1.25) if size else 900
    return (
        f'<img class="ckl-figure-img" alt="{html.escape(alt)}" '
        f'src="data:image/svg+xml;base64,{data}" '
        f'style="width: 100%; max-width: {width}px; height: auto; display: block">'
    )


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
            fontsize=11.5,
            color=TEXT_ON.get(colour, "black"),
        )
