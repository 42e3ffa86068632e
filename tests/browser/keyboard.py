"""Operate an explorer in JupyterLab with the keyboard alone: Tab to each control, change it.

`operate(box, twin)` starts just before the explorer's box (focus placed on the box, as
a reader who has scrolled to it), then for each visible control, in the order of the
page: presses Tab until the focus is inside it (a control Tab never reaches fails), and
changes it with the keys a person would use:

- a drop-down (`<select>`) or a list: ArrowDown (ArrowUp on the last option);
- toggle buttons: Tab to an option that is not chosen, then Space;
- a number field: ArrowUp (ArrowDown at the maximum), then Enter;
- a slider: ArrowRight on its handle (ArrowLeft at the maximum);
- a checkbox: Space;
- a text field: select all, type the value `spec.changes` gives it, Enter.

The value the control then holds in the page is read back and applied to an explorer
in this process (the twin); the page must show what the twin shows, and the explorer's
status region (`role="status"`, what a screen reader announces) must read the twin's
result line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import ipywidgets as widgets
from lab_page import output_classes, output_texts, wait_for_texts

MAX_TABS = 40

# The value the control now holds in the page, as ipywidgets numbers it.
READ_BACK = """(control) => {
    const select = control.querySelector('select');
    if (select) return {kind: 'select', indices: Array.from(select.selectedOptions).map(o => o.index)};
    const active = control.querySelectorAll('button.mod-active');
    if (control.querySelector('button')) {
        return {kind: 'buttons', indices: Array.from(active).map(b => Number(b.value))};
    }
    const box = control.querySelector('input[type=checkbox]');
    if (box) return {kind: 'checkbox', checked: box.checked};
    const readout = control.querySelector('.widget-readout');
    if (readout) return {kind: 'slider', text: readout.textContent};
    const input = control.querySelector('input, textarea');
    return {kind: 'text', text: input ? input.value : null};
}"""


@dataclass
class Operated:
    """What the keyboard did to one explorer."""

    reached: list[str] = field(default_factory=list)  # controls Tab reached, in order
    changed: list[dict[str, Any]] = field(default_factory=list)  # values the keys gave
    result_changes: int = 0


def focused_in(box, name: str) -> bool:
    return box.evaluate(
        """(box, name) => {
            const control = box.querySelector('.ckl-control-' + name);
            return !!(control && document.activeElement && control.contains(document.activeElement));
        }""",
        name,
    )


def visible_controls(box, names: list[str]) -> list[str]:
    """The names of the box's visible controls, in the page's order."""
    return box.evaluate(
        """(box, names) => Array.from(box.querySelectorAll('*'))
            .filter(el => el.offsetParent !== null)
            .flatMap(el => names.filter(n => el.classList.contains('ckl-control-' + n)))""",
        names,
    )


def tab_to(page, box, name: str) -> int:
    """Press Tab until the focus is inside the control; how many presses it took."""
    for presses in range(1, MAX_TABS + 1):
        page.keyboard.press("Tab")
        if focused_in(box, name):
            return presses
    raise AssertionError(f"Tab did not reach the control {name!r} in {MAX_TABS} presses")


def value_from(control, shown: dict) -> Any:
    """The twin's value for what the page's control shows."""
    options = getattr(control, "_options_values", None)
    kind = shown["kind"]
    if kind in ("select", "buttons"):
        indices = shown["indices"]
        if isinstance(control, widgets.SelectMultiple):
            return tuple(options[i] for i in indices)
        return options[indices[0]]
    if kind == "checkbox":
        return shown["checked"]
    if kind == "slider" or isinstance(control.value, int | float):
        return type(control.value)(float(shown["text"]))
    return shown["text"]


def press_to_change(page, box, name: str, control, spec_changes) -> bool:
    """Change the focused control with the keys; False if this kind is not handled."""
    located = box.locator(f".ckl-control-{name}")
    if isinstance(control, widgets.ToggleButtons):
        for _ in range(len(control.options)):
            index = page.evaluate("() => document.activeElement.value")
            if str(index) != str(control.index):
                page.keyboard.press("Space")
                return True
            page.keyboard.press("Tab")
            if not focused_in(box, name):
                return False
        return False
    if isinstance(control, widgets.Dropdown | widgets.Select | widgets.SelectMultiple):
        last = len(control.options) - 1
        index = control.index if not isinstance(control.index, tuple) else -1
        page.keyboard.press("ArrowUp" if index == last else "ArrowDown")
        return True
    if isinstance(control, widgets.IntSlider | widgets.FloatSlider):
        if not located.locator(".noUi-handle").first.evaluate("h => h === document.activeElement"):
            return False
        page.keyboard.press("ArrowLeft" if control.value >= control.max else "ArrowRight")
        return True
    if isinstance(control, widgets.Checkbox):
        page.keyboard.press("Space")
        return True
    if isinstance(control, widgets.BoundedIntText | widgets.BoundedFloatText):
        page.keyboard.press("ArrowDown" if control.value >= control.max else "ArrowUp")
        page.keyboard.press("Enter")
        return True
    if isinstance(control, widgets.Text):
        values = [c[name] for c in spec_changes if name in c and c[name] != control.value]
        if not values:
            return False
        page.keyboard.press("ControlOrMeta+a")
        page.keyboard.type(str(values[0]))
        page.keyboard.press("Enter")
        return True
    return False


def operate(page, box, spec) -> Operated:
    """Tab to each visible control of the explorer box and change it from the keyboard."""
    twin = spec.make()
    classes = output_classes(twin)
    wait_for_texts(box, output_texts(twin, classes), f"{spec.name}: before the keyboard")
    done = Operated()
    box.evaluate("box => { box.tabIndex = -1; box.focus(); }")
    for name in visible_controls(box, list(twin.controls)):
        control = twin.controls[name]
        if name in done.reached or getattr(control, "disabled", False):
            continue
        if name not in visible_controls(box, [name]):  # hidden by an earlier change
            continue
        tab_to(page, box, name)
        done.reached.append(name)
        before = output_texts(twin, classes)
        if not press_to_change(page, box, name, control, spec.changes):
            continue
        located = box.locator(f".ckl-control-{name}")
        page.wait_for_timeout(150)  # the change event, then the kernel's round trip
        value = value_from(control, located.evaluate(READ_BACK))
        if value == control.value:
            continue
        twin.apply({name: value})
        done.changed.append({name: value})
        after = output_texts(twin, classes)
        wait_for_texts(box, after, f"{spec.name}: after the keyboard set {name}={value!r}")
        status = box.locator("[role=status]")
        heard = " ".join((status.text_content() or "").split())
        assert heard == after["ckl-result"], (
            f"{spec.name}: the status region says {heard!r}, the result is {after['ckl-result']!r}"
        )
        done.result_changes += after["ckl-result"] != before["ckl-result"]
        assert focused_in(box, name), (
            f"{spec.name}: the focus left {name!r} after its change (a redraw took it away)"
        )
    return done
