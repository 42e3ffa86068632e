"""Real `nbgrader autograde` on real submissions agrees with the in-process proof.

For every assignment: a temporary course directory with the repository's
nbgrader_config.py and solutions/, `nbgrader generate_assignment`, and one
submission each from a student who hands in the reference, the blank, two
mixes of wrong answers and two mixes of alternative answers. Each graded
cell's score in the gradebook must equal what test_grading_proof.py's
in-process grading gives. One alternative raises a Keras UserWarning inside
a test cell: nbgrader scores stderr output as a failure, so it proves the
warning is kept off stderr; `nbgrader validate` (the Validate button, which
uses no IgnorePattern) must pass it too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import harness
import nbformat
import pytest
from nbgrader.api import Gradebook

pytestmark = [pytest.mark.slow, pytest.mark.sandbox]

ASSIGNMENTS = sorted(p.name for p in (harness.ROOT / "solutions").iterdir() if p.is_dir())
NBGRADER = [sys.executable, "-m", "nbgrader"]


def submissions(name: str) -> dict[str, dict[str, str]]:
    """Student id -> the answers they hand in (task -> answer cell source)."""
    assignment = harness.load(name)
    variants = harness.variants(name)
    by_task = {
        t: (
            [v for v in variants if v.task == t and not v.passes],
            [v for v in variants if v.task == t and v.passes],
        )
        for t in assignment.tasks
    }
    return {
        "reference": {t: task.answer for t, task in assignment.tasks.items()},
        "blank": harness.blank_answers(name),
        "wrong_a": {t: wrong[0].source for t, (wrong, _) in by_task.items()},
        "wrong_b": {t: wrong[1].source for t, (wrong, _) in by_task.items()},
        "alternative_a": {t: alt[0].source for t, (_, alt) in by_task.items()},
        "alternative_b": {t: alt[-1].source for t, (_, alt) in by_task.items()},
    }


def run(args, cwd):
    # nbgrader runs `alembic` (beside python in the venv) to create the gradebook.
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    env = {**os.environ, "PATH": path}
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_autograde_matches_in_process_grading(name, tmp_path):
    shutil.copy(harness.ROOT / "nbgrader_config.py", tmp_path)
    shutil.copytree(harness.ROOT / "solutions" / name, tmp_path / "solutions" / name)
    run([*NBGRADER, "generate_assignment", name, "--force"], tmp_path)
    students = submissions(name)
    for student, answers in students.items():
        folder = tmp_path / "submitted" / student / name
        folder.mkdir(parents=True)
        nbformat.write(harness.fill(name, answers, root=tmp_path), folder / f"{name}.ipynb")
    run([*NBGRADER, "autograde", name, "--create"], tmp_path)

    grader = harness.Grader(harness.load(name))
    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}") as gradebook:
        for student, answers in students.items():
            notebook = gradebook.find_submission_notebook(name, name, student)
            scores = {g.name.removesuffix("_tests"): g.score for g in notebook.grades}
            expected = {t: grader.grade(t, a).points for t, a in answers.items()}
            assert scores == expected, student

    full = sum(t.points for t in grader.assignment.tasks.values())
    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}") as gradebook:
        assert gradebook.find_submission(name, "reference").score == full
        assert gradebook.find_submission(name, "blank").score == 0


def test_keras_warning_in_a_test_cell_costs_nothing(tmp_path):
    """The correct answer that makes Keras warn inside a test cell: full marks, twice."""
    name = "01_concatenation"
    (variant,) = [v for v in harness.variants(name) if "warning" in v.path.stem]
    answers = {t: task.answer for t, task in harness.load(name).tasks.items()}
    answers[variant.task] = variant.source
    notebook = tmp_path / f"{name}.ipynb"
    nbformat.write(harness.fill(name, answers), notebook)
    result = run([*NBGRADER, "validate", str(notebook)], tmp_path)
    assert "Success! Your notebook passes all the tests." in result.stdout, result.stdout
