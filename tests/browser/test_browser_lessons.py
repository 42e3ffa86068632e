"""Every lesson in a real JupyterLab: it runs, and every explorer answers a learner's changes.

For each lesson (`course/*.ipynb`, whatever is there): open it, Run → Run All
Cells, wait for the idle kernel, find no error or stderr output; then, for
each explorer box (`.ckl-explorer`), check it starts as a new explorer of the
lesson's module does (`spec.make()`), and replay the module's own cycle of
changes (`spec.changes`) on the real controls, one by one. After each change
the same change is applied to an explorer in this process, and the browser
must show what it shows: the result (`.ckl-result`) and every other text
output with a `ckl-` class. The first change that alters the result is
screenshotted (`.artifacts/browser/<lesson>.png`).

Then each explorer is operated with the keyboard alone (keyboard.py: Tab to every
visible control, change it with its keys, the page and its status region must say what
a twin explorer says), its figure checked (figures_check.py: a meaningful alt, text
no smaller than the notebook's Markdown text), and checked with axe-core (WCAG 2.2
A/AA): no serious or critical violation inside the explorer, nor, on the first lesson,
in anything the lesson shows (its Markdown and every output; JupyterLab's own editors are not ours).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

import nbformat
import pytest
from keyboard import operate
from lab_page import (
    control_action,
    image_sources,
    image_values,
    open_notebook,
    output_classes,
    output_texts,
    settle,
    wait_for_images,
    wait_for_texts,
)
from lab_server import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("browser"), pytest.mark.timeout(900)]

LESSONS = sorted((ROOT / "course").glob("*.ipynb"))


def lesson_explorers(path) -> list[str]:
    """The explorer modules a lesson imports (`from explorers import X`, `import explorers.X`)."""
    import explorers

    names = []
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type != "code":
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "explorers":
                names += [a.name for a in node.names]
            elif isinstance(node, ast.Import):
                names += [
                    a.name.split(".")[1] for a in node.names if a.name.startswith("explorers.")
                ]
    return [n for n in dict.fromkeys(names) if n in explorers.EXPLORERS]


@dataclass
class Replay:
    """What replaying an explorer's changes did."""

    checked: list[dict] = field(default_factory=list)  # changes whose outputs were compared
    skipped: list[str] = field(default_factory=list)  # changes a person could not make
    first_result_change: dict | None = None


def replay(box, spec, screenshot) -> Replay:
    """Apply the spec's changes to the box's controls and to an in-process twin."""
    twin = spec.make()
    classes = output_classes(twin)
    wait_for_texts(box, output_texts(twin, classes), f"{spec.name}: before any change")
    done = Replay()
    pending = []  # changes made whose outputs did not change (checked with the next ones)
    for change in spec.changes:
        ((name, value),) = change.items()
        control = twin.controls[name]
        action = control_action(name, control, value)
        located = box.locator(f".ckl-control-{name}")
        if action is None:
            done.skipped.append(f"{change}: {type(control).__name__} is not supported")
            continue
        if getattr(control, "disabled", False) or not located.is_visible():
            done.skipped.append(f"{change}: the control is hidden or disabled")
            continue
        before, figures = output_texts(twin, classes), image_values(twin)
        sources = image_sources(box)
        twin.apply(change)
        after = output_texts(twin, classes)
        action.perform(located)
        pending.append(change)
        if after == before:
            continue
        wait_for_texts(box, after, f"{spec.name}: after {pending}")
        done.checked += pending
        pending = []
        if done.first_result_change is None and after["ckl-result"] != before["ckl-result"]:
            done.first_result_change = change
            wait_for_images(box, sources if image_values(twin) != figures else None)
            settle(box)
            screenshot(box)
    return done


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda p: p.stem)
def test_lesson_runs_and_its_explorers_answer(lesson, lab, page, artifacts):
    import explorers  # imports Keras: only when the test runs

    modules = lesson_explorers(lesson)
    assert modules, f"{lesson.name} imports no explorer (from explorers import <module>)"
    path = f"course/{lesson.name}"
    notebook = open_notebook(page, lab, path, workspace=f"lesson-{lesson.stem}")

    notebook.run_all_from_menu()
    notebook.wait_until_run()
    assert notebook.problems() == [], "error or stderr output in the lesson"
    assert notebook.unexecuted() == [], "code cells that did not run"

    boxes = notebook.panel.locator(".ckl-explorer")
    assert boxes.count() >= 1, "no explorer is displayed (.ckl-explorer)"
    defaults = {name: explorers.EXPLORERS[name].make().result_label.value for name in modules}
    shown = set()
    problems: list[str] = []
    for i in range(boxes.count()):
        box = boxes.nth(i)
        box.scroll_into_view_if_needed()
        initial = " ".join(box.locator(".ckl-result").text_content().split())
        matches = [n for n, text in defaults.items() if " ".join(text.split()) == initial]
        assert matches, (
            f"explorer {i + 1} starts with {initial!r}; a new explorer of "
            f"{modules} starts with {list(defaults.values())}"
        )
        spec = explorers.EXPLORERS[matches[0]]
        shown.add(spec.name)
        suffix = "" if i == 0 else f"-{i + 1}"
        target = artifacts / f"{lesson.stem}{suffix}.png"
        result = replay(box, spec, lambda b, target=target: b.screenshot(path=target))
        assert result.first_result_change is not None, (
            f"{spec.name}: no change a person can make altered the result "
            f"(skipped: {result.skipped})"
        )
        assert target.exists()
        used = operate(page, box, spec)
        assert used.result_changes >= 1, (
            f"{spec.name}: no key press changed the result (reached {used.reached}, "
            f"set {used.changed})"
        )
        problems += explorer_accessibility(page, box, f"{spec.name}")
    assert shown == set(modules), f"explorers imported but not displayed: {set(modules) - shown}"
    if lesson == LESSONS[0]:
        problems += explorer_accessibility(page, None, "the notebook", notebook=True)
    assert problems == [], "axe-core finds\n  " + "\n  ".join(problems)


def explorer_accessibility(page, box, what: str, notebook: bool = False) -> list[str]:
    """axe-core's serious or critical WCAG 2.2 A/AA violations in an explorer (or notebook)."""
    from axe_check import blocking, require_axe, violations

    require_axe()
    if notebook:  # what the lesson puts on the page: its text and outputs (JupyterLab's own
        # editors and panels are JupyterLab's to fix)
        shown = ".jp-NotebookPanel:not(.lm-mod-hidden)"
        found = violations(page, f"{shown} .jp-Cell-outputArea, {shown} .jp-MarkdownOutput")
    else:
        from figures_check import figure_problems

        box.evaluate("box => box.setAttribute('data-ckl-axe', '1')")
        found = violations(page, "[data-ckl-axe='1']")
        # its figure: a meaningful alt, text as large as the notebook's Markdown text
        figures = figure_problems(page, "[data-ckl-axe='1']", ".jp-RenderedMarkdown p")
        box.evaluate("box => box.removeAttribute('data-ckl-axe')")
        return [f"{what}: {v}" for v in blocking(found)] + [f"{what}: {p}" for p in figures]
    return [f"{what}: {v}" for v in blocking(found)]


def test_the_lesson_checks_see_errors_stderr_and_cells_left_unrun(lab, page):
    """What makes a lesson fail above: an error, a line on stderr, a cell Run All never reached."""
    cells = [
        "import sys\nprint('a warning', file=sys.stderr)",
        "raise ValueError('a broken lesson cell')",
        "print('never run: Run All stops at an error')",
    ]
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    notebook.metadata.kernelspec = {
        "name": "python3",
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
    }
    nbformat.write(notebook, lab.root / "course" / "broken.ipynb")
    opened = open_notebook(page, lab, "course/broken.ipynb", workspace="broken")
    opened.run_all_from_menu()
    opened.wait_until_run()
    problems = opened.problems()
    assert len(problems) == 2, problems
    assert problems[0] == "cell 0: a warning"
    assert problems[1].startswith("cell 1: ") and "ValueError: a broken lesson cell" in problems[1]
    assert opened.unexecuted() == [2]
