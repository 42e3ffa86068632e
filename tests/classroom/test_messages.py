"""What ckl-grade tells the instructor: a misnamed notebook, and who needs attention."""

from __future__ import annotations

import nbformat

from autograder.classroom import cli, plan
from autograder.classroom.ledger import Ledger


def folder(tmp_path, student, files):
    path = tmp_path / "course" / "submitted" / student / "01_concatenation"
    path.mkdir(parents=True)
    for name in files:
        if name.endswith(".ipynb"):
            nbformat.write(nbformat.v4.new_notebook(), path / name)
        else:
            (path / name).write_text("x")
    return path


def test_a_copied_notebook_is_named_with_the_fix(tmp_path):
    path = folder(tmp_path, "ada", ["01_concatenation-Copy1.ipynb", "notes.txt"])
    problem = plan._problem(path, ["01_concatenation"])
    assert problem.startswith("missing notebook 01_concatenation.ipynb: ")
    assert "submitted/ada/01_concatenation/ holds 01_concatenation-Copy1.ipynb instead" in problem
    assert "Likely cause: the notebook was copied or renamed" in problem
    assert "rename it to 01_concatenation.ipynb" in problem
    assert "run ckl-grade again" in problem


def test_a_folder_without_a_notebook_says_what_it_holds(tmp_path):
    path = folder(tmp_path, "bob", ["answers.py"])
    problem = plan._problem(path, ["01_concatenation"])
    assert "has no notebook at all (it holds answers.py)" in problem
    assert "ask them to submit again" in problem


def test_the_summary_names_each_student_that_needs_attention(tmp_path):
    students = ["ada", "bob", "c\x1b[2Jd", "dee"]
    subs = [plan.Submission(s, tmp_path, "1") for s in students]
    course = plan.Plan(tmp_path, "01_concatenation", ["01_concatenation"], subs)
    ledger = Ledger(tmp_path / "status.json")
    ledger.record(subs[0], "graded", "", 1.0)
    ledger.record(subs[1], "invalid notebook", "missing notebook 01_concatenation.ipynb: …", 0)
    ledger.record(subs[2], "flagged", "two_branches_tests: flagged for review: x", 2.0)
    ledger.record(subs[3], "kernel died", "tiled_metadata_tests: the kernel died", 2.0)
    lines = cli.needs_attention(ledger, course)
    assert len(lines) == 3
    assert lines[0].startswith("  bob: invalid notebook (not graded) — missing notebook")
    assert lines[1].startswith("  c\\x1b[2Jd: flagged (scored 0 on the flagged tasks")
    assert "\x1b" not in "".join(lines)
    assert lines[2].startswith("  dee: kernel died")
    assert cli.needs_attention(ledger, course, limit=1)[-1].startswith("  … and 2 more")
