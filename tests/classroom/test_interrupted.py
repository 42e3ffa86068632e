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

pytestmark = pytest.mark.slow

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
    deadline = time.monotonic() + 600
    while not (ledger.is_file() and json.loads(ledger.read_text())):
        assert first.poll() is None, "the first run ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.2)
    first.send_signal(signal.SIGKILL)
    first.wait()
    recorded = set(json.loads(ledger.read_text()))
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
