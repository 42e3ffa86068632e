"""What every explorer widget shares: controls in, one result and one picture out.

A subclass creates its controls, passes them to `watch`, and implements
`compute` (the plain function applied to the controls' values) and `show`
(put a result on screen). Changing any control then calls `refresh` once.

Every explorer also says its result in words to assistive technology: after each
refresh an `ANNOUNCER` element (`role="status"`, polite) inside the explorer reads
the result line (`ckl-result`), so a learner who changes a control from the keyboard
hears what changed without leaving it. It is visually hidden: the same words are on
screen in the result line.

Numbers are asked for in number fields (`BoundedIntText`, `BoundedFloatText`), not
sliders: ipywidgets' slider handle has no accessible name (axe-core: serious), a field
has its description as its label, and its arrow keys step it.
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Iterator, Mapping
from typing import Any

import ipywidgets as widgets


class Explorer:
    """Base class of the course's widget explorers.

    Attributes:
        controls: the widgets a learner changes, by name.
        widget: the box that is displayed.
        result: what `compute` returned at the last refresh.
        redraws: how many times `refresh` has run (tests and benchmarks read it).
    """

    def __init__(self):
        self.controls: dict[str, widgets.ValueWidget] = {}
        self.widget: widgets.Box = widgets.VBox()
        self.result: Any = None
        self.redraws = 0
        self._held = 0
        self.announcer = widgets.HTML().add_class("ckl-announcement")

    def watch(self, **controls: widgets.ValueWidget) -> None:
        """Register controls: a change to any of them refreshes the explorer.

        Each control gets the CSS class `ckl-control-NAME`, by which browser
        tests find it (the result is shown in an element of class `ckl-result`).
        """
        for name, control in controls.items():
            self.controls[name] = control
            control.add_class(f"ckl-control-{name}")
            control.observe(self._on_change, names="value")

    @contextlib.contextmanager
    def hold(self) -> Iterator[None]:
        """Change controls inside this block without refreshing."""
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1

    def apply(self, change: Mapping[str, Any]) -> None:
        """Set controls by name, then refresh once (as a learner's change would)."""
        if len(change) == 1:
            ((name, value),) = change.items()
            self.controls[name].value = value
            return
        with self.hold():
            for name, value in change.items():
                self.controls[name].value = value
        self.refresh()

    def compute(self) -> Any:
        """The plain computation for the controls' current values."""
        raise NotImplementedError

    def show(self, result: Any) -> None:
        """Put a result on screen: text widgets and the figure."""
        raise NotImplementedError

    def sync_controls(self) -> None:
        """Adjust controls that depend on others (e.g. valid axes); no refresh."""

    def refresh(self) -> None:
        """Recompute and redraw from the controls' current values."""
        with self.hold():
            self.sync_controls()
        self.result = self.compute()
        self.show(self.result)
        self.announce()
        self.redraws += 1

    def announcement(self) -> str:
        """What the explorer says after a change: its result line (`ckl-result`), in words."""
        for widget in _tree(self.widget):
            if "ckl-result" in getattr(widget, "_dom_classes", ()):
                value = getattr(widget, "value", "")
                return " ".join(html_words(value).split())
        return ""

    def announce(self) -> None:
        """Put the announcement in the explorer's status region (added at the end of its box)."""
        if self.announcer not in self.widget.children:
            self.widget.children = (*self.widget.children, self.announcer)
        self.announcer.value = (
            f'<div role="status" aria-live="polite" aria-atomic="true" style="{SR_ONLY}">'
            f"{html.escape(self.announcement())}</div>"
        )

    def _on_change(self, change: Mapping[str, Any]) -> None:
        if not self._held:
            self.refresh()

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)


# Visually hidden, still read by screen readers (the usual "sr-only" rules).
SR_ONLY = (
    "position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; "
    "clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0"
)


def _tree(widget) -> list:
    found = [widget]
    for child in getattr(widget, "children", ()) or ():
        found.extend(_tree(child))
    return found


def html_words(markup: str) -> str:
    """The words of some HTML (tags dropped, entities read)."""
    import re

    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def verdict_html(
    summary: str, error: str = "", cause: str = "", next_step: str = "", notes=()
) -> str:
    """What happened, Keras's own message, why, and what next, as HTML lines."""
    parts = [html.escape(summary)]
    parts += [f"⚠ {html.escape(note)}." for note in notes]
    if error:
        parts.append(f"<b>Keras says:</b> <code>{html.escape(error)}</code>")
    if cause:
        parts.append(f"<b>Why:</b> {html.escape(cause)}")
    if next_step:
        parts.append(f"<b>Next step:</b> {html.escape(next_step)}")
    return "<br>".join(parts)


def offer_axes(dropdown, rank: int) -> None:
    """Give an axis Dropdown the axes of a tensor of `rank`, keeping its value if valid."""
    from explorers.axes import axis_choices

    options = tuple(axis_choices(rank))
    if tuple(dropdown.options) != options:
        value = dropdown.value if -rank <= dropdown.value < rank else -1
        dropdown.options = options
        dropdown.value = value
