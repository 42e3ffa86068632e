"""The instructor's whole nbgrader workflow on this course, with nbgrader's own commands.

generate → release → fetch (four students) → submit (a correct one, a blank
one, one with wrong answers, one after the due date) → collect → autograde →
generate and release feedback → students fetch it → export grades. The file
system exchange lives in a temporary folder; each student works in a folder
of their own and is named with `--student` (nbgrader's option for it). The
exported CSV must hold the scores those submissions deserve.
"""

from __future__ import annotations

import csv
import datetime
import os
import time

import nbformat
import pytest
from conftest import ASSIGNMENT, answers, expected_points, harness, make_course, nbgrader

pytestmark = [pytest.mark.slow, pytest.mark.sandbox]

ON_TIME = {"alice": "reference", "bob": "blank", "carol": "wrong"}
LATE = {"dave": "reference"}


def own_cache(home):
    """Each student keeps the record of their submissions in their own home, as on a hub."""
    return [f"--Exchange.cache={home / '.nbgrader-cache'}"]


def test_release_fetch_submit_collect_autograde_feedback_export(tmp_path):
    course = make_course(tmp_path / "course")
    exchange = tmp_path / "exchange"
    exchange.mkdir()
    os.chmod(exchange, 0o777)  # nbgrader checks the exchange is writable by all
    shared = [f"--Exchange.root={exchange}", "--CourseDirectory.course_id=combining-keras-layers"]

    nbgrader("release_assignment", ASSIGNMENT, *shared, cwd=course)

    def student_turn(student: str, kind: str):
        home = tmp_path / "students" / student
        home.mkdir(parents=True)
        nbgrader("fetch_assignment", ASSIGNMENT, *shared, *own_cache(home), cwd=home)
        path = home / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
        notebook = nbformat.read(path, as_version=4)
        for cell in notebook.cells:
            gid = cell.metadata.get("nbgrader", {}).get("grade_id")
            if cell.metadata.get("nbgrader", {}).get("solution") and gid in answers(kind):
                cell.source = answers(kind)[gid]
        nbformat.write(notebook, path)
        nbgrader("submit", ASSIGNMENT, f"--student={student}", *shared, *own_cache(home), cwd=home)
        return home

    homes = {s: student_turn(s, kind) for s, kind in ON_TIME.items()}
    due = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M:%S.%f UTC")
    nbgrader("db", "assignment", "add", ASSIGNMENT, f"--duedate={due}", cwd=course)
    time.sleep(1.5)
    homes |= {s: student_turn(s, kind) for s, kind in LATE.items()}

    nbgrader("collect", ASSIGNMENT, *shared, cwd=course)
    assert sorted(p.name for p in (course / "submitted").iterdir()) == sorted(homes)
    nbgrader(
        "autograde",
        ASSIGNMENT,
        "--create",
        "--LateSubmissionPlugin.penalty_method=zero",
        cwd=course,
    )
    nbgrader("generate_feedback", ASSIGNMENT, cwd=course)
    nbgrader("release_feedback", ASSIGNMENT, *shared, cwd=course)
    for student, home in homes.items():
        nbgrader(
            "fetch_feedback",
            ASSIGNMENT,
            f"--student={student}",
            *shared,
            *own_cache(home),
            cwd=home,
        )
        html = list((home / ASSIGNMENT / "feedback").glob(f"*/{ASSIGNMENT}.html"))
        assert len(html) == 1, student
        page = html[0].read_text()
        assert "Task 1" in page or "Two branches" in page
        # feedback reads ✗ first: what the checks said comes before any test cell's source
        assert page.index("What your checks said") < page.index("Grade cell:"), student
        if student == "carol":  # wrong answers: their ✗ messages are in that first part
            assert "✗" in page[: page.index("Grade cell:")], student

    nbgrader("export", cwd=course)
    with (course / "grades.csv").open() as handle:
        rows = {r["student_id"]: r for r in csv.DictReader(handle)}
    full = sum(t.points for t in harness.load(ASSIGNMENT).tasks.values())
    deserved = {
        "alice": full,
        "bob": 0.0,
        "carol": sum(expected_points("wrong").values()),
        "dave": 0.0,  # a full answer, after the due date, under the "zero" late policy
    }
    assert {s: float(r["score"]) for s, r in rows.items()} == deserved
    assert float(rows["dave"]["raw_score"]) == full
    assert float(rows["dave"]["late_submission_penalty"]) == full
    assert float(rows["alice"]["late_submission_penalty"]) == 0.0
    assert {float(r["max_score"]) for r in rows.values()} == {full}
