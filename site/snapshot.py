"""Static snapshots of ipywidgets, for pages read without a kernel.

An executed notebook keeps each widget's last state in its metadata
(`application/vnd.jupyter.widget-state+json`, written by nbclient). A page
without a kernel cannot run the widgets, and ipywidgets' own HTML manager is
loaded from a CDN, which an offline site cannot reach. So each widget output
is replaced by plain HTML drawn from that state: boxes as boxes, text outputs
(Label, HTML) with their CSS classes (`ckl-result`, `ckl-explanation`, ...),
figures as the `<img>` their explorer drew (with its text alternative), and each control as its description and value. The
explorers' classes are kept, so a page shows and can be checked as the
explorer looked when the lesson's cell ran.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Mapping
from typing import Any

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
NOTE = (
    "A static snapshot of the explorer as the lesson leaves it. "
    "Open the lesson in JupyterLab (<code>make lab</code>) to change its controls."
)


class SnapshotError(ValueError):
    """A widget whose state cannot be drawn as static HTML."""


def _classes(state: Mapping[str, Any], *own: str) -> str:
    return " ".join([*own, *state.get("_dom_classes", ())])


def _buffers(model: Mapping[str, Any]) -> dict[str, str]:
    """The model's binary fields (an Image's `value`), base64, by field name."""
    found = {}
    for buffer in model.get("buffers", ()):
        if buffer.get("encoding") != "base64":
            raise SnapshotError(f"a {model['model_name']} buffer is not base64")
        found[".".join(map(str, buffer["path"]))] = buffer["data"]
    return found


def _description(state: Mapping[str, Any]) -> str:
    text = state.get("description") or ""
    if not text:
        return ""
    shown = text if state.get("description_allow_html") else html.escape(text)
    return f'<span class="ckl-w-description">{shown}</span>'


def _value_text(name: str, state: Mapping[str, Any]) -> str:
    """What a control shows as its value, in words."""
    labels = state.get("_options_labels")
    if labels is not None and "index" in state:
        index = state["index"]
        if index is None:
            return "(none)"
        if isinstance(index, list):  # SelectMultiple, SelectionRangeSlider
            return ", ".join(labels[i] for i in index) or "(none)"
        return labels[index]
    if name in ("CheckboxModel", "ToggleButtonModel"):
        return "☑ on" if state.get("value") else "☐ off"
    value = state.get("value")
    if isinstance(value, float) and state.get("readout_format"):
        try:
            return format(value, state["readout_format"])
        except ValueError:
            return repr(value)
    if isinstance(value, list):
        return " – ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _output_html(outputs) -> str:
    """The outputs an `Output` widget captured, drawn as text, HTML or PNG."""
    parts = []
    for output in outputs:
        if output.get("output_type") == "stream":
            parts.append(f"<pre>{html.escape(output.get('text', ''))}</pre>")
        elif output.get("output_type") == "error":
            parts.append(f"<pre>{html.escape(output.get('ename', ''))}</pre>")
        else:
            data = output.get("data", {})
            alt = html.escape(" ".join(str(data.get("text/plain", "")).split()), quote=True)
            if "image/svg+xml" in data:
                svg = base64.b64encode(str(data["image/svg+xml"]).encode()).decode()
                parts.append(f'<img alt="{alt}" src="data:image/svg+xml;base64,{svg}">')
            elif "image/png" in data:
                parts.append(f'<img alt="{alt}" src="data:image/png;base64,{data["image/png"]}">')
            elif "text/html" in data:
                parts.append(data["text/html"])
            elif "text/plain" in data:
                parts.append(f"<pre>{html.escape(data['text/plain'])}</pre>")
    return "".join(parts)


def render(model_id: str, models: Mapping[str, Mapping[str, Any]]) -> str:
    """The static HTML of one widget and everything inside it.

    Args:
        model_id: the widget's model id (from a widget-view output).
        models: the notebook's widget state, by model id.

    Raises:
        SnapshotError: if a widget (or one inside it) is missing from the
            state or is of a kind that has no static form here.
    """
    if model_id.startswith("IPY_MODEL_"):
        model_id = model_id.removeprefix("IPY_MODEL_")
    if model_id not in models:
        raise SnapshotError(f"widget {model_id} is not in the notebook's widget state")
    model = models[model_id]
    name, state = model["model_name"], model["state"]
    kind = name.removesuffix("Model").lower()
    if name in ("AccordionModel", "TabModel", "StackModel"):
        titles = list(state.get("titles") or ())
        parts = []
        for i, child in enumerate(state.get("children", ())):
            title = titles[i] if i < len(titles) and titles[i] else f"part {i + 1}"
            parts.append(f'<div class="ckl-w-title">{html.escape(title)}</div>')
            parts.append(render(child, models))
        return f'<div class="{_classes(state, "ckl-w-vbox")}">{"".join(parts)}</div>'
    if "children" in state:  # Box, HBox, VBox, GridBox
        inner = "".join(render(child, models) for child in state["children"])
        return f'<div class="{_classes(state, f"ckl-w-{kind}")}">{inner}</div>'
    if name in ("LabelModel", "HTMLModel", "HTMLMathModel"):
        # a Label's text is escaped; an HTML widget's value is the course's own markup
        value = state.get("value", "")
        text = html.escape(value) if name == "LabelModel" else value
        box = f'<div class="{_classes(state, f"ckl-w-{kind}")}">{text}</div>'
        label = _description(state)
        return f'<div class="ckl-w-hbox">{label}{box}</div>' if label else box
    if name == "ImageModel":
        data = _buffers(model).get("value")
        if not data:
            return ""
        size = "".join(
            f' {attr}="{html.escape(str(state[attr]))}"'
            for attr in ("width", "height")
            if state.get(attr)
        )
        kind = html.escape(state.get("format") or "png")
        return (
            f'<img class="{_classes(state, "ckl-w-image")}" alt="explorer figure"'
            f' src="data:image/{kind};base64,{data}"{size}>'
        )
    if name == "OutputModel":
        inner = _output_html(state.get("outputs", ()))
        return f'<div class="{_classes(state, "ckl-w-output")}">{inner}</div>'
    if name == "ButtonModel":
        text = html.escape(state.get("description", ""))
        return f'<button class="{_classes(state, "ckl-w-button")}" disabled>{text}</button>'
    if "value" in state or "index" in state:  # every other control: its value, in words
        value = html.escape(_value_text(name, state))
        return (
            f'<div class="{_classes(state, "ckl-w-control")}">{_description(state)}'
            f'<span class="ckl-w-value">{value}</span></div>'
        )
    raise SnapshotError(f"no static form for a {name} widget: add one to site/snapshot.py")


def replace_widgets(notebook) -> int:
    """Replace every widget output of an executed notebook by its static snapshot.

    The widget state is removed from the notebook's metadata afterwards (the
    page then loads no widget script). Returns how many outputs were replaced.

    Raises:
        SnapshotError: see `render`.
    """
    state = notebook.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    replaced = 0
    for cell in notebook.cells:
        for output in cell.get("outputs", ()):
            view = output.get("data", {}).get(WIDGET_VIEW)
            if view is None:
                continue
            body = render(view["model_id"], state)
            output["data"] = {
                "text/html": (
                    f'<div class="ckl-snapshot">{body}<p class="ckl-snapshot-note">{NOTE}</p></div>'
                ),
                "text/plain": output["data"].get("text/plain", ""),
            }
            replaced += 1
    notebook.metadata.pop("widgets", None)
    return replaced
