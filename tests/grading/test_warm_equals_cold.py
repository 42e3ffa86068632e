"""Warm kernels grade exactly as cold ones: the whole answer catalogue of one assignment.

Every answer of the catalogue (reference, blank, every wrong and every
alternative answer of every task) is handed in: student k hands in the k-th
answer of each task. The class is graded three ways — serial `nbgrader
autograde` with cold kernels (CKL_COLD=1), serial `nbgrader autograde` with
warm kernels (the default), and `ckl-grade` with two workers (warm) — and
every graded cell must get the same score, and the same flag for review, all
three ways, equal to what the in-process proof (harness) gives.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from itertools import zip_longest
from pathlib import Path

import harness
import nbformat
import pytest
from nbgrader.api import Gradebook

pytestmark = [pytest.mark.slow, pytest.mark.sandbox, pytest.mark.xdist_group("warm")]

# custom layers, Lambda-free models, identity checks: the topic with the most kinds of check
ASSIGNMENT = "03_custom_weighted_layers"


def catalogue(name: str) -> dict[str, dict[str, str]]:
    """Student id -> answers (task -> source) so that every answer is handed in once."""
    assignment = harness.load(name)
    per_task = {
        t: [task.answer, *(v.source for v in harness.variants(name) if v.task == t)]
        for t, task in assignment.tasks.items()
    }
    blank = harness.blank_answers(name)
    students = {"blank": blank}
    columns = zip_longest(*per_task.values())
    for k, column in enumerate(columns):
        students[f"s{k:02d}"] = {
            t: answer if answer is not None else task.answer
            for (t, task), answer in zip(assignment.tasks.items(), column, strict=True)
        }
    return students


def run(args, cwd, **env):
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    result = subprocess.run(
        args,
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PATH": path, **env},
        timeout=1800,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result


def course(tmp_path: Path, label: str, students) -> Path:
    root = tmp_path / label
    root.mkdir()
    shutil.copy(harness.ROOT / "nbgrader_config.py", root)
    shutil.copytree(harness.ROOT / "solutions" / ASSIGNMENT, root / "solutions" / ASSIGNMENT)
    run([sys.executable, "-m", "nbgrader", "generate_assignment", ASSIGNMENT, "--force"], root)
    for student, answers in students.items():
        folder = root / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True)
        notebook = harness.fill(ASSIGNMENT, answers, root=root)
        nbformat.write(notebook, folder / f"{ASSIGNMENT}.ipynb")
    return root


def cells(root: Path, students) -> dict[str, dict[str, tuple[float, bool]]]:
    out = {}
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:
        for student in students:
            notebook = gradebook.find_submission_notebook(ASSIGNMENT, ASSIGNMENT, student)
            out[student] = {
                g.name.removesuffix("_tests"): (g.score, bool(g.needs_manual_grade))
                for g in notebook.grades
            }
    return out


def test_warm_and_cold_kernels_give_every_cell_the_same_score(tmp_path):
    students = catalogue(ASSIGNMENT)
    nbgrader = [sys.executable, "-m", "nbgrader", "autograde", ASSIGNMENT, "--create"]
    cold = course(tmp_path, "cold", students)
    run(nbgrader, cold, CKL_COLD="1")
    warm = course(tmp_path, "warm", students)
    log = run(nbgrader, warm).stderr
    assert "cold kernels" not in log  # it really was warm
    pool = course(tmp_path, "pool", students)
    ckl_grade = str(Path(sys.executable).parent / "ckl-grade")
    run([ckl_grade, ASSIGNMENT, f"--course={pool}", "--workers=2", "--no-progress"], pool)

    by_route = {
        route: cells(root, students)
        for route, root in [("cold", cold), ("warm", warm), ("ckl-grade", pool)]
    }
    assert by_route["warm"] == by_route["cold"]
    assert by_route["ckl-grade"] == by_route["cold"]

    grader = harness.Grader(harness.load(ASSIGNMENT))
    for student, answers in students.items():
        expected = {t: grader.grade(t, a).points for t, a in answers.items()}
        scores = {t: score for t, (score, _) in by_route["warm"][student].items()}
        assert scores == expected, student
    # the catalogue really was graded: wrong answers lost points, and no cell was flagged
    assert any(
        s < harness.load(ASSIGNMENT).tasks[t].points
        for cellz in by_route["warm"].values()
        for t, (s, _) in cellz.items()
    )
    assert not any(flag for cellz in by_route["warm"].values() for _, flag in cellz.values())
