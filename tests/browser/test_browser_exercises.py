"""Every exercise in a real JupyterLab, validated with nbgrader's own Validate button.

For each student notebook (`exercises/*/*.ipynb`, whatever is there): open it
as a learner does, press Validate on the blank notebook and see nbgrader's
dialog report every graded test cell as failed, each with the course's
"not written yet" message (no traceback of the checks); then type the reference
answer from `solutions/` into each answer cell's editor (the answer without
nbgrader's `### BEGIN/END SOLUTION` lines, as a learner would write it), press
Validate again and see "Success! Your notebook passes all the tests.". The
notebook Validate saved is read back from disk: it holds exactly what was
typed, so the success is the typed answer's.

The instructor's side: the formgrader opens in the same JupyterLab (menu
Nbgrader → Formgrader) and lists every assignment of the course.
"""

from __future__ import annotations

import re
import sys

import nbformat
import pytest
from lab_page import open_notebook
from lab_server import ROOT

sys.path.insert(0, str(ROOT / "tests" / "grading"))

import harness

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("browser"), pytest.mark.timeout(900)]

EXERCISES = sorted((ROOT / "exercises").glob("*/*.ipynb"))
SUCCESS = "Success! Your notebook passes all the tests."
MARKERS = ("### BEGIN SOLUTION", "### END SOLUTION")


def nbgrader_cells(notebook, kind: str) -> dict[str, int]:
    """grade_id -> cell index of the answer cells (`solution`) or graded test cells (`grade`)."""
    found = {}
    for index, cell in enumerate(notebook.cells):
        meta = cell.metadata.get("nbgrader", {})
        is_answer = bool(meta.get("solution"))
        is_test = bool(meta.get("grade")) and not is_answer
        if (kind == "solution" and is_answer) or (kind == "grade" and is_test):
            found[meta["grade_id"]] = index
    return found


def typed_answer(source: str) -> str:
    """The reference answer as a learner types it: no nbgrader marker lines."""
    lines = [line for line in source.splitlines() if line.strip() not in MARKERS]
    return "\n".join(lines)


def test_every_exercise_has_its_reference():
    assert EXERCISES, "no exercise notebooks in exercises/"
    for exercise in EXERCISES:
        assert (ROOT / "solutions" / exercise.relative_to(ROOT / "exercises")).exists()


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda p: p.parent.name)
def test_validate_fails_blank_and_passes_reference(exercise, lab, page, artifacts):
    assignment = exercise.parent.name
    path = f"exercises/{assignment}/{exercise.name}"
    student = nbformat.read(exercise, as_version=4)
    answers = nbgrader_cells(student, "solution")
    tests = nbgrader_cells(student, "grade")
    assert answers and tests, f"{path} has no answer or no graded test cells"
    # The reference answers, read from solutions/ as the grading proof reads them.
    tasks = harness.load(assignment).tasks
    reference = {name: typed_answer(task.answer) for name, task in tasks.items()}
    assert set(reference) == set(answers), "student and reference answer cells differ"

    notebook = open_notebook(page, lab, path, workspace=f"exercise-{assignment}")

    # The blank notebook: every graded test cell fails.
    dialog = notebook.validate()
    message = dialog.locator("#validation-message")
    assert "validation-failed" in message.get_attribute("class"), message.inner_text()
    failed = message.get_by_text("The following cell failed:", exact=True).count()
    assert failed == len(tests), (
        f"blank {assignment}: {failed} cells failed, {len(tests)} graded test cells expected to"
    )
    # Each failed cell: the check's ✗ message first, then the cell (autograder.validation
    # swaps nbgrader's order): the course's feedback, not a traceback of its checks.
    shown = message.locator(".jp-RenderedText pre")
    errors = [" ".join(shown.nth(i).inner_text().split()) for i in range(0, shown.count(), 2)]
    assert len(errors) == len(tests)
    for error in errors:
        assert re.match(r"✗ [\w.]+\(\) is not written yet Expected: ", error), error
        assert "Traceback" not in error and "autograder/" not in error, error
    shown.nth(0).scroll_into_view_if_needed()  # the picture shows the first message
    dialog.screenshot(path=artifacts / f"{assignment}-validate-blank.png")
    notebook.close_dialog(dialog)

    # The reference answer, typed into each answer cell.
    for grade_id, index in answers.items():
        notebook.replace_cell_source(index, reference[grade_id])
    dialog = notebook.validate()
    message = dialog.locator("#validation-message")
    text = message.inner_text()
    assert "validation-success" in message.get_attribute("class"), text
    assert SUCCESS in text
    dialog.screenshot(path=artifacts / f"{assignment}-validate-reference.png")
    notebook.close_dialog(dialog)

    saved = nbformat.read(lab.root / path, as_version=4)
    for grade_id, index in answers.items():
        assert saved.cells[index].source == reference[grade_id], f"{grade_id}: not saved as typed"


def test_formgrader_lists_the_assignments(lab, page, artifacts):
    names = sorted(p.name for p in (ROOT / "solutions").iterdir() if p.is_dir())
    page.goto(lab.page_url("course", workspace="formgrader"))
    page.locator(".jp-LabShell").wait_for()
    page.get_by_role("menuitem", name="Nbgrader", exact=True).click()
    page.get_by_role("menuitem", name="Formgrader", exact=True).click()
    frame = page.frame_locator("#formgrader iframe")
    cells = frame.locator("#main-table tr .name")
    cells.filter(has_text=names[-1]).wait_for()
    listed = sorted(" ".join(text.split()) for text in cells.all_inner_texts())
    assert listed == names, f"formgrader lists {listed}, the course has {names}"
    # The server's nbgrader_config.py gives it an exchange of its own: release and
    # collect are available, so nbgrader shows no warning about a missing exchange.
    assert frame.locator("#warning-exchange").count() == 0
    page.locator("#formgrader").screenshot(path=artifacts / "formgrader.png")
