"""ckl-grade on a real class: parallel, robust to bad submissions, same scores as nbgrader.

One course, seven students: the reference, the blank, wrong answers, a
function that loops forever, one that kills its kernel, one that eats memory
without end, and a file that is not a notebook. Graded once with ckl-grade
(two workers), and the gradable ones once more with serial `nbgrader
autograde` in a copy of the course: the scores must agree cell by cell.
"""

from __future__ import annotations

import csv
import re
import shutil

import pytest
from conftest import ASSIGNMENT, ckl_grade, expected_points, make_course, nbgrader, submit
from nbgrader.api import Gradebook

# one class graded once for the whole module (its fixture), on one xdist worker
pytestmark = [pytest.mark.slow, pytest.mark.sandbox, pytest.mark.xdist_group("ckl_grade")]

STUDENTS = {
    "ada": "reference",
    "bob": "blank",
    "cy": "wrong",
    "dee": "loop",
    "eve": "killer",
    "fay": "hog",
    "gus": "broken",
}
CELL_TIMEOUT = "40"


def cell_scores(course, students) -> dict[str, dict[str, float]]:
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        out = {}
        for student in students:
            notebook = gradebook.find_submission_notebook(ASSIGNMENT, ASSIGNMENT, student)
            out[student] = {g.name.removesuffix("_tests"): g.score for g in notebook.grades}
        return out


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    course = make_course(tmp_path_factory.mktemp("class") / "course")
    for student, kind in STUDENTS.items():
        submit(course, student, kind)
    result = ckl_grade(ASSIGNMENT, "--workers", "2", "--cell-timeout", CELL_TIMEOUT, cwd=course)
    with (course / "grades" / ASSIGNMENT / "grades.csv").open() as handle:
        rows = {row["student_id"]: row for row in csv.DictReader(handle)}
    return course, result, rows


def test_every_submission_has_its_outcome(graded):
    _, result, rows = graded
    assert set(rows) == set(STUDENTS)
    status = {s: rows[s]["status"] for s in rows}
    assert status == {
        "ada": "graded",
        "bob": "graded",
        "cy": "graded",
        "dee": "graded",  # its looping cell timed out and lost its points, the rest ran
        "eve": "kernel died",
        "fay": "graded",  # its cell ran out of memory and lost its points, the rest ran
        "gus": "invalid notebook",
    }
    assert "two_branches_tests: timed out" in rows["dee"]["detail"]
    assert "tiled_metadata_tests: out of memory" in rows["fay"]["detail"]
    assert "inception_block_tests: the kernel died" in rows["eve"]["detail"]
    assert "not valid notebook JSON" in rows["gus"]["detail"]
    assert "7 submissions" in result.stdout


def test_each_loses_only_its_own_points(graded):
    _, _, rows = graded
    full = float(rows["ada"]["max_score"])
    expected = {
        "ada": full,
        "bob": 0.0,
        "cy": sum(expected_points("wrong").values()),
        "dee": full - 3,  # two_branches (3 points) timed out
        "eve": 3.0,  # killed its kernel in task 2: task 1's points kept, tasks 2-3 lost
        "fay": full - 4,  # tiled_metadata (4 points) ran out of memory
        "gus": 0.0,
    }
    assert {s: float(r["score"]) for s, r in rows.items()} == expected


def test_progress_bar_counts(graded):
    _, result, _ = graded
    assert "graded=5, failed=2, remaining=0" in result.stderr  # gus's invalid notebook counted
    assert "grading 01_concatenation" in result.stderr
    # dee's looping cell runs past the cell timeout: the bar names it while it grades
    assert re.search(
        r"still grading (\w+ \(\d+ s\), )?dee \((3\d|[4-9]\d|\d{3}) s\)", result.stderr
    )
    # the set-up check passed, and said what kind of kernels grade
    assert "ckl-grade: set-up checked" in result.stderr


def test_gradebook_has_each_grade_once(graded):
    course, _, _ = graded
    graded_students = ["ada", "bob", "cy", "dee", "eve", "fay"]
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        cells = [c.name for c in gradebook.find_notebook(ASSIGNMENT, ASSIGNMENT).grade_cells]
        for student in graded_students:
            notebook = gradebook.find_submission_notebook(ASSIGNMENT, ASSIGNMENT, student)
            names = [g.name for g in notebook.grades]
            assert sorted(names) == sorted(cells), student
            assert all(g.auto_score is not None for g in notebook.grades), student
        submissions = gradebook.find_assignment(ASSIGNMENT).submissions
        assert len({s.student_id for s in submissions}) == len(submissions)


def test_feedback_written_for_graded_submissions(graded):
    course, _, _ = graded
    for student in ["ada", "bob", "cy", "dee", "eve", "fay"]:
        assert (course / "feedback" / student / ASSIGNMENT / f"{ASSIGNMENT}.html").is_file()


def test_same_scores_as_serial_nbgrader_autograde(graded, tmp_path):
    course, _, _ = graded
    # serial nbgrader uses the same sandbox (nbgrader_config.py): its memory cap holds too
    students = ["ada", "bob", "cy", "eve", "fay"]
    serial = make_course(tmp_path / "serial")
    for student in students:
        shutil.copytree(
            course / "submitted" / student, serial / "submitted" / student, dirs_exist_ok=True
        )
    nbgrader("autograde", ASSIGNMENT, "--create", cwd=serial)
    assert cell_scores(serial, students) == cell_scores(course, students)


def test_in_process_grading_agrees(graded):
    course, _, _ = graded
    scores = cell_scores(course, ["ada", "cy"])
    assert scores["ada"] == expected_points("reference")
    assert scores["cy"] == expected_points("wrong")


def test_a_second_run_grades_nothing_again(graded):
    course, _, rows = graded
    again = ckl_grade(ASSIGNMENT, "--workers", "2", "--no-progress", cwd=course)
    assert "7 submissions" in again.stdout
    with (course / "grades" / ASSIGNMENT / "grades.csv").open() as handle:
        assert {r["student_id"]: r for r in csv.DictReader(handle)} == rows
