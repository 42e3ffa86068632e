"""ckl-grade killed midway leaves nothing running, and a second run finishes the rest.

The first run is killed with SIGKILL (the harshest interruption: no clean-up
code runs) once it has recorded one submission. Its workers and kernels must
end by themselves; the second run grades only what was not recorded, and the
end result is the one an uninterrupted run gives.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import ASSIGNMENT, BIN, ckl_grade, env, expected_points, make_course, submit
from nbgrader.api import Gradebook

pytestmark = [pytest.mark.slow, pytest.mark.sandbox]

STUDENTS = {"ada": "reference", "bob": "reference", "cy": "wrong", "dan": "blank"}


def processes_in(course: Path) -> list[int]:
    """Processes other than this one whose command line or working directory is in `course`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            cwd = os.readlink(entry / "cwd")
        except OSError:
            continue
        if str(course) in cmdline or cwd.startswith(str(course)):
            found.append(int(entry.name))
    return found


def test_killed_run_then_second_run(tmp_path):
    course = make_course(tmp_path / "course")
    for student, kind in STUDENTS.items():
        submit(course, student, kind)
    ledger = course / "grades" / ASSIGNMENT / "status.json"

    first = subprocess.Popen(
        [str(BIN / "ckl-grade"), ASSIGNMENT, "--workers", "1", "--no-progress"],
        cwd=course,
        env=env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def done() -> set[str]:
        if not ledger.is_file():
            return set()
        entries = json.loads(ledger.read_text())
        return {s for s, e in entries.items() if e["status"] != "grading"}

    deadline = time.monotonic() + 600
    while not done():
        assert first.poll() is None, "the first run ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.2)
    first.send_signal(signal.SIGKILL)
    first.wait()
    recorded = done()
    assert 1 <= len(recorded) < len(STUDENTS)

    deadline = time.monotonic() + 15
    while processes_in(course) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert processes_in(course) == [], "workers or kernels outlived the killed run"

    second = ckl_grade(ASSIGNMENT, "--workers", "2", cwd=course)
    counts = json.loads(ledger.read_text())
    assert set(counts) == set(STUDENTS)
    # the second run's progress started from what the first had recorded
    assert f"{len(recorded)}/{len(STUDENTS)}" in second.stderr

    with (course / "grades" / ASSIGNMENT / "grades.csv").open() as handle:
        rows = {r["student_id"]: r for r in csv.DictReader(handle)}
    uninterrupted = {s: sum(expected_points(kind).values()) for s, kind in STUDENTS.items()}
    assert {s: float(r["score"]) for s, r in rows.items()} == uninterrupted
    assert {r["status"] for r in rows.values()} == {"graded"}

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        for student in STUDENTS:
            notebook = gradebook.find_submission_notebook(ASSIGNMENT, ASSIGNMENT, student)
            names = [g.name for g in notebook.grades]
            assert len(names) == len(set(names)) == 3, student


def test_killed_force_run_never_leaves_work_recorded_as_done(tmp_path):
    """`--force` killed while a submission is in flight: the next run grades it again."""
    import nbformat

    students = {"ada": "reference", "cy": "wrong"}
    course = make_course(tmp_path / "course")
    for student, kind in students.items():
        submit(course, student, kind)
    ckl_grade(ASSIGNMENT, "--workers", "1", "--no-progress", cwd=course)
    ledger = course / "grades" / ASSIGNMENT / "status.json"

    forced = subprocess.Popen(
        [str(BIN / "ckl-grade"), ASSIGNMENT, "--workers", "1", "--no-progress", "--force"],
        cwd=course,
        env=env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 600
    in_flight = set()
    while not in_flight:
        assert forced.poll() is None, "the forced run ended before it could be interrupted"
        assert time.monotonic() < deadline
        entries = json.loads(ledger.read_text())
        in_flight = {s for s, e in entries.items() if e["status"] == "grading"}
        time.sleep(0.1)
    # killed once that submission's autograde has begun (its old results are gone), while
    # it runs: a warm kernel grades in seconds, so no fixed wait is safe
    old = [course / "autograded" / s / ASSIGNMENT / f"{ASSIGNMENT}.ipynb" for s in in_flight]
    begun = time.monotonic() + 5
    while any(path.exists() for path in old) and time.monotonic() < begun:
        time.sleep(0.05)
    forced.send_signal(signal.SIGKILL)
    forced.wait()
    assert {e["status"] for s, e in json.loads(ledger.read_text()).items() if s in in_flight} == {
        "grading"
    }

    ckl_grade(ASSIGNMENT, "--workers", "1", "--no-progress", cwd=course)
    entries = json.loads(ledger.read_text())
    assert {e["status"] for e in entries.values()} == {"graded"}
    for student in students:
        path = course / "autograded" / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
        nb = nbformat.read(path, as_version=4)
        tests = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")]
        assert tests and all(c.outputs for c in tests), f"{student}: not executed"
    with (course / "grades" / ASSIGNMENT / "grades.csv").open() as handle:
        rows = {r["student_id"]: r for r in csv.DictReader(handle)}
    assert {s: float(r["score"]) for s, r in rows.items()} == {
        s: sum(expected_points(kind).values()) for s, kind in students.items()
    }
