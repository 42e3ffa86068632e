"""Bad input from the instructor: a clear message and exit status 2, never a traceback."""

from __future__ import annotations

import re
import shutil

import nbformat
import pytest
from conftest import ASSIGNMENT, ROOT

from autograder.classroom import cli
from autograder.classroom.ledger import Ledger
from autograder.classroom.plan import PlanError, Submission, make_plan


@pytest.fixture
def course(tmp_path):
    shutil.copy(ROOT / "nbgrader_config.py", tmp_path)
    shutil.copytree(ROOT / "solutions" / ASSIGNMENT, tmp_path / "solutions" / ASSIGNMENT)
    return tmp_path


def submit(course, student, text=None):
    folder = course / "submitted" / student / ASSIGNMENT
    folder.mkdir(parents=True)
    path = folder / f"{ASSIGNMENT}.ipynb"
    if text is None:
        nbformat.write(nbformat.v4.new_notebook(), path)
    else:
        path.write_text(text)


BAD_INPUT = [
    (
        "missing config",
        lambda c: (c / "nbgrader_config.py").unlink(),
        ASSIGNMENT,
        r"No nbgrader_config\.py in .*--course DIR",
    ),
    (
        "unknown assignment",
        lambda c: submit(c, "ada"),
        "99_nothing",
        r"Unknown assignment '99_nothing'.*Assignments of this course: 01_concatenation",
    ),
    (
        "nothing submitted",
        lambda c: None,
        ASSIGNMENT,
        r"Nothing to grade: no submitted/\*/01_concatenation/.*nbgrader collect",
    ),
    (
        "empty submitted folder",
        lambda c: (c / "submitted").mkdir(),
        ASSIGNMENT,
        r"Nothing to grade",
    ),
]


@pytest.mark.parametrize(
    ("case", "setup", "assignment", "message"), BAD_INPUT, ids=[b[0] for b in BAD_INPUT]
)
def test_bad_input_gets_a_message_and_exit_2(course, case, setup, assignment, message, capsys):
    setup(course)
    status = cli.main([assignment, "--course", str(course), "--no-progress"])
    err = capsys.readouterr().err
    assert status == 2
    assert err.startswith("ckl-grade: ")
    assert "Traceback" not in err
    assert re.search(message, err, re.S), err


def test_workers_must_be_positive(course, capsys):
    assert cli.main([ASSIGNMENT, "--course", str(course), "--workers", "0"]) == 2
    assert "--workers must be at least 1" in capsys.readouterr().err


def test_invalid_notebook_is_found_before_any_worker(course):
    submit(course, "ada")
    submit(course, "bob", "{ not json")
    plan = make_plan(course, ASSIGNMENT)
    problems = {s.student: s.problem for s in plan.submissions}
    assert problems["ada"] == ""
    assert "not valid notebook JSON" in problems["bob"]


def test_plan_error_is_an_exception_with_the_message(tmp_path):
    with pytest.raises(PlanError, match=r"No nbgrader_config\.py"):
        make_plan(tmp_path, ASSIGNMENT)


def test_ledger_records_at_once_and_knows_versions(tmp_path):
    path = tmp_path / "grades" / "status.json"
    first = Submission("ada", tmp_path, "2026-11-22 10:00:00")
    ledger = Ledger(path)
    assert not ledger.done(first)
    ledger.record(first, "graded", "", 9.5)
    again = Ledger(path)  # as a new run would read it
    assert again.done(first)
    assert not again.done(Submission("ada", tmp_path, "2026-11-22 11:00:00"))  # resubmitted
    assert again.entries["ada"]["status"] == "graded"
    assert [p.name for p in path.parent.iterdir()] == ["status.json"]  # no temp file left


def test_refuses_to_grade_unsandboxed(course, capsys, monkeypatch):
    from autograder.sandbox import bwrap

    submit(course, "ada")
    monkeypatch.setattr(bwrap, "probe", lambda: "bubblewrap (bwrap) is not installed")
    assert cli.main([ASSIGNMENT, "--course", str(course), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert "bubblewrap (bwrap) is not installed" in err and "--no-sandbox" in err
    assert "Traceback" not in err


def test_refuses_when_bwrap_is_not_on_the_path(course):
    import subprocess
    import sys
    from pathlib import Path

    submit(course, "ada")
    bin_dir = Path(sys.executable).parent
    done = subprocess.run(
        [str(bin_dir / "ckl-grade"), ASSIGNMENT, "--no-progress"],
        cwd=course,
        env={"PATH": str(bin_dir), "HOME": str(course)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "apt-get install bubblewrap" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_assignment_missing_from_the_gradebook_is_recorded_from_its_source(course):
    """A fresh clone: exercises/ (the release folder) is committed, so `nbgrader
    generate_assignment NAME` skips it and records nothing; ckl-grade records it itself,
    leaving exercises/ as it is (never "generate it first" with the command that failed)."""
    from nbgrader.api import Gradebook

    from autograder.classroom.plan import db_url, prepare_gradebook

    release = course / "exercises" / ASSIGNMENT
    release.mkdir(parents=True)
    (release / "committed.txt").write_text("as git has it")
    submit(course, "ada")
    plan = make_plan(course, ASSIGNMENT)
    url = db_url(course)
    done = prepare_gradebook(url, plan)
    assert done.startswith(f"recorded {ASSIGNMENT} in the gradebook from solutions/{ASSIGNMENT}/")
    assert "exercises/ untouched" in done
    with Gradebook(url) as gradebook:
        notebooks = gradebook.find_assignment(ASSIGNMENT).notebooks
        assert [n.name for n in notebooks] == [ASSIGNMENT]
        assert len(notebooks[0].grade_cells) == 3
        gradebook.find_student("ada")
    assert sorted(p.name for p in release.iterdir()) == ["committed.txt"]
    assert prepare_gradebook(url, plan) == ""  # recorded once


def test_a_source_that_cannot_be_recorded_says_so_with_a_command_that_works(course):
    from autograder.classroom.plan import db_url, prepare_gradebook

    (course / "solutions" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").write_text("{ not json")
    submit(course, "ada")
    plan = make_plan(course, ASSIGNMENT)
    with pytest.raises(PlanError) as raised:
        prepare_gradebook(db_url(course), plan)
    message = str(raised.value)
    assert "recording it from solutions/01_concatenation/ failed" in message
    assert message.rstrip().endswith(f"nbgrader generate_assignment {ASSIGNMENT} --force")


def test_no_message_sends_the_instructor_to_generate_without_force():
    for path in (ROOT / "autograder" / "classroom").glob("*.py"):
        for line in path.read_text().splitlines():
            if "generate_assignment {" in line or "generate_assignment 0" in line:
                assert "--force" in line, f"{path.name}: {line.strip()}"
