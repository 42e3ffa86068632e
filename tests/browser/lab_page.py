"""Drive a notebook in JupyterLab 4 as a person would: menus, toolbar, editors, widgets.

Selectors are JupyterLab 4's and ipywidgets 8's own classes (`.jp-Notebook-cell`,
`.jp-InputPrompt`, `.jp-Notebook-ExecutionIndicator`, `.widget-readout`, ...);
an explorer is found by the CSS classes `explorers.base.Explorer` gives it
(`ckl-explorer`, `ckl-control-NAME`, `ckl-result`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets
import nbformat

if TYPE_CHECKING:
    from lab_server import LabServer
    from playwright.sync_api import Locator, Page

# Running a whole lesson or validating an exercise imports Keras (about 6 s of
# CPU) and runs every cell: generous limits, as the machine may be shared.
RUN_TIMEOUT_MS = 300_000
VALIDATE_TIMEOUT_MS = 300_000
RESULT_TIMEOUT_S = 30.0

STDERR = ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"


class NotebookPage:
    """One notebook open in JupyterLab in a browser page.

    Args:
        page: the browser page.
        path: the notebook's path below the server's root.
        notebook: its content, as on disk when it was opened.
        kernel_idle: asks the server whether this notebook's kernel is started and idle.
    """

    def __init__(
        self,
        page: Page,
        path: str,
        notebook: nbformat.NotebookNode,
        kernel_idle: Callable[[], bool],
    ):
        self.page = page
        self.path = path
        self.notebook = notebook
        self.kernel_idle = kernel_idle
        self.panel = page.locator(".jp-NotebookPanel").filter(visible=True)

    @property
    def cells(self) -> Locator:
        return self.panel.locator(".jp-Notebook-cell")

    def wait_until_open(self, timeout_ms: float = 120_000) -> None:
        """Wait until every cell is shown and the notebook has its kernel, started and idle.

        Until its session has a kernel, JupyterLab shows "No Kernel" and would
        answer Run All with its Select Kernel dialog: the server is asked
        too, and the toolbar must name the notebook's kernel.
        """
        deadline = time.monotonic() + timeout_ms / 1000
        while not self.kernel_idle():
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.path}: no idle kernel after {timeout_ms / 1000:.0f} s")
            time.sleep(0.2)
        self.page.wait_for_function(
            """([panel, n, kernel]) =>
                panel.querySelectorAll('.jp-Notebook-cell').length === n
                && panel.querySelector('.jp-Toolbar-kernelName')?.textContent.trim() === kernel""",
            arg=[
                self.panel.element_handle(),
                len(self.notebook.cells),
                self.notebook.metadata.kernelspec.display_name,
            ],
            timeout=timeout_ms,
        )
        self.wait_for_kernel_idle(timeout_ms)

    def wait_for_kernel_idle(self, timeout_ms: float = 120_000) -> None:
        self.panel.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").wait_for(
            timeout=timeout_ms
        )

    # ------------------------------------------------------------------ running

    def run_all_from_menu(self) -> None:
        """Run → Run All Cells, from JupyterLab's menu bar."""
        self.page.get_by_role("menuitem", name="Run", exact=True).click()
        self.page.get_by_role("menuitem", name="Run All Cells", exact=True).click()

    def wait_until_run(self, timeout_ms: float = RUN_TIMEOUT_MS) -> None:
        """Wait until the run is over: first cell done, no cell queued, kernel idle.

        A dialog that opens meanwhile (JupyterLab asking for a kernel, say)
        ends the wait at once, with the dialog's text.
        """
        handle = self.page.wait_for_function(
            """panel => {
                if (document.querySelector('.jp-Dialog')) return 'dialog';
                const status = panel.querySelector('.jp-Notebook-ExecutionIndicator');
                const prompts = Array.from(panel.querySelectorAll('.jp-CodeCell .jp-InputPrompt'))
                    .map(p => p.textContent);
                return prompts.length > 0 && /\\[\\d+\\]/.test(prompts[0])
                    && !prompts.some(p => p.includes('*'))
                    && status && status.dataset.status === 'idle' && 'done';
            }""",
            arg=self.panel.element_handle(),
            timeout=timeout_ms,
            polling=500,
        )
        if handle.json_value() == "dialog":
            text = " ".join(self.page.locator(".jp-Dialog").first.inner_text().split())
            raise AssertionError(f"{self.path}: a dialog opened during Run All: {text}")

    def problems(self) -> list[str]:
        """Error and stderr outputs, each with its cell's number and first lines."""
        found = self.panel.evaluate(
            """(panel, selector) => Array.from(panel.querySelectorAll('.jp-Notebook-cell'))
                .flatMap((cell, i) => Array.from(cell.querySelectorAll(selector))
                    .map(out => `cell ${i}: ${out.textContent.trim().slice(0, 600)}`))""",
            STDERR,
        )
        return list(found)

    def unexecuted(self) -> list[int]:
        """Numbers of the code cells with code that have no execution count."""
        prompts = self.panel.evaluate(
            """panel => Array.from(panel.querySelectorAll('.jp-Notebook-cell')).map(cell =>
                cell.classList.contains('jp-CodeCell')
                    ? cell.querySelector('.jp-InputPrompt').textContent : null)"""
        )
        return [
            i
            for i, (cell, prompt) in enumerate(zip(self.notebook.cells, prompts, strict=True))
            if cell.cell_type == "code" and cell.source.strip() and not _counted(prompt)
        ]

    # ------------------------------------------------------------------ editing

    def replace_cell_source(self, index: int, source: str) -> None:
        """Click into a cell's editor, select all, and put `source` in its place.

        `insert_text` types the text as one input event, so the editor's
        auto-indentation and bracket closing do not change it.
        """
        editor = self.cells.nth(index).locator(".cm-content")
        editor.scroll_into_view_if_needed()
        editor.click()
        self.page.keyboard.press("ControlOrMeta+a")
        self.page.keyboard.insert_text(source)
        self.page.keyboard.press("Escape")

    # ------------------------------------------------------------------ nbgrader

    def validate(self, timeout_ms: float = VALIDATE_TIMEOUT_MS) -> Locator:
        """Press nbgrader's Validate button; the dialog with the results."""
        button = self.panel.locator(".jp-NotebookPanel-toolbar .validate-button")
        button.get_by_text("Validate", exact=True).click()
        dialog = self.page.locator(".jp-Dialog").filter(has_text="Validation Results")
        dialog.wait_for(timeout=timeout_ms)
        dialog.locator("#validation-message").wait_for()
        return dialog

    def close_dialog(self, dialog: Locator) -> None:
        dialog.locator(".jp-Dialog-button.jp-mod-accept").click()
        dialog.wait_for(state="detached")


def _counted(prompt: str | None) -> bool:
    return bool(prompt) and any(ch.isdigit() for ch in prompt)


def open_notebook(page: Page, lab: LabServer, path: str, workspace: str) -> NotebookPage:
    """Open the notebook at `path` in a workspace of its own; wait until it is ready to run."""
    notebook = nbformat.read(lab.root / path, as_version=4)
    page.goto(lab.page_url(path, workspace=workspace))
    opened = NotebookPage(page, path, notebook, lambda: lab.kernel_idle(path))
    opened.wait_until_open()
    return opened


# ---------------------------------------------------------------------- explorers


def widget_tree(widget) -> list:
    """The widget and every widget inside it, depth first (the order of the DOM)."""
    found = [widget]
    for child in getattr(widget, "children", ()) or ():
        found.extend(widget_tree(child))
    return found


def output_classes(explorer) -> list[str]:
    """The `ckl-` classes of an explorer's text outputs (Label, HTML): result first."""
    classes = []
    for widget in widget_tree(explorer.widget):
        if isinstance(widget, widgets.Label | widgets.HTML | widgets.HTMLMath):
            mine = [c for c in widget._dom_classes if c.startswith("ckl-")]
            mine = [c for c in mine if not c.startswith("ckl-control-")]
            if mine:
                classes.append(mine[0])
    if "ckl-result" in classes:
        classes.remove("ckl-result")
    return ["ckl-result", *classes]


def output_texts(explorer, classes: list[str]) -> dict[str, str]:
    """What the explorer's text outputs read, as the browser shows their text."""
    texts = {}
    for widget in widget_tree(explorer.widget):
        for cls in classes:
            if cls in widget._dom_classes and cls not in texts:
                value = widget.value
                if isinstance(widget, widgets.HTML | widgets.HTMLMath):
                    value = html_text(value)
                texts[cls] = normalise(value)
    return texts


def image_values(explorer) -> list[bytes | str]:
    """The explorer's figures: an Image's bytes, a FigureView's SVG text (its `svg`)."""
    return [
        w.svg if hasattr(w, "svg") else w.value
        for w in widget_tree(explorer.widget)
        if isinstance(w, widgets.Image) or hasattr(w, "svg")
    ]


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text(markup: str) -> str:
    """The text of HTML markup, as the DOM's textContent gives it."""
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


def normalise(text: str | None) -> str | None:
    """Whitespace runs (non-breaking spaces included) as one space."""
    return None if text is None else " ".join(text.split())


@dataclass
class Action:
    """How to give one control one value in the browser."""

    control: str
    kind: str
    perform: Callable[[Locator], None]


def control_action(name: str, control, value: Any) -> Action | None:
    """How a person sets this ipywidgets 8 control to `value`; None if not supported.

    Dropdown/Select/SelectMultiple: choose in the <select>; ToggleButtons and
    RadioButtons: click the option; Checkbox/ToggleButton: click; Text and the
    number boxes: type and press Enter; sliders: type into the editable readout
    and press Enter. Options are found by index, as ipywidgets numbers them.
    """
    kind = type(control).__name__
    if isinstance(control, widgets.SelectMultiple):
        indices = [control._options_values.index(v) for v in value]
        return Action(name, kind, lambda loc: loc.locator("select").select_option(index=indices))
    if isinstance(control, widgets.Dropdown | widgets.Select):
        index = control._options_values.index(value)
        return Action(name, kind, lambda loc: loc.locator("select").select_option(index=index))
    if isinstance(control, widgets.ToggleButtons):
        index = control._options_values.index(value)
        return Action(name, kind, lambda loc: loc.locator(f"button[value='{index}']").click())
    if isinstance(control, widgets.RadioButtons):
        index = control._options_values.index(value)
        return Action(name, kind, lambda loc: loc.locator(f"input[value='{index}']").check())
    if isinstance(control, widgets.Checkbox):
        return Action(
            name, kind, lambda loc: loc.locator("input[type=checkbox]").set_checked(bool(value))
        )
    if isinstance(control, widgets.ToggleButton):
        return Action(name, kind, lambda loc: loc.click() if control.value != value else None)
    if isinstance(
        control,
        widgets.Text
        | widgets.IntText
        | widgets.FloatText
        | widgets.BoundedIntText
        | widgets.BoundedFloatText,
    ):
        return Action(name, kind, lambda loc: _type_and_enter(loc.locator("input"), str(value)))
    if isinstance(control, widgets.IntSlider | widgets.FloatSlider) and control.readout:
        return Action(
            name, kind, lambda loc: _type_and_enter(loc.locator(".widget-readout"), str(value))
        )
    return None


def _type_and_enter(field: Locator, text: str) -> None:
    field.fill(text)
    field.press("Enter")


def browser_texts(box: Locator, classes: list[str]) -> dict[str, str | None]:
    """The text each output element of the explorer box shows now."""
    texts = box.evaluate(
        """(box, classes) => classes.map(c => {
            const el = box.querySelector('.' + c);
            return el ? el.textContent : null;
        })""",
        classes,
    )
    return {cls: normalise(text) for cls, text in zip(classes, texts, strict=True)}


def image_sources(box: Locator) -> list[str]:
    return box.evaluate("box => Array.from(box.querySelectorAll('img')).map(i => i.src)")


def wait_for_texts(box: Locator, expected: dict[str, str], what: str) -> None:
    """Wait until the browser shows `expected` in the explorer's outputs."""
    classes = list(expected)
    deadline = time.monotonic() + RESULT_TIMEOUT_S
    shown = browser_texts(box, classes)
    while shown != expected:
        if time.monotonic() > deadline:
            differ = {c: (shown[c], expected[c]) for c in classes if shown[c] != expected[c]}
            lines = "\n".join(
                f"  .{c}: shown {s!r}\n  {'':{len(c) + 1}}  expected {e!r}"
                for c, (s, e) in differ.items()
            )
            raise AssertionError(
                f"{what}: after {RESULT_TIMEOUT_S:.0f} s the browser shows\n{lines}"
            )
        box.page.wait_for_timeout(100)
        shown = browser_texts(box, classes)


def wait_for_images(box: Locator, before: list[str] | None = None) -> None:
    """Wait until the box's images differ from `before` (if given) and are loaded."""
    box.page.wait_for_function(
        """([box, before]) => {
            const images = Array.from(box.querySelectorAll('img'));
            const changed = before === null || images.some((img, i) => img.src !== before[i]);
            return changed && images.every(img => img.complete && img.naturalWidth > 0);
        }""",
        arg=[box.element_handle(), before],
        timeout=RESULT_TIMEOUT_S * 1000,
    )


def settle(box: Locator) -> None:
    """Scroll the box into view and wait until its position stops moving."""
    box.scroll_into_view_if_needed()
    previous = None
    for _ in range(50):
        current = box.bounding_box()
        if current is not None and current == previous:
            return
        previous = current
        box.page.wait_for_timeout(100)
