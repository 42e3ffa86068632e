"""The same sandbox under serial `nbgrader autograde` (no ckl-grade): a sample of the attacks.

nbgrader_config.py puts every grading kernel in the sandbox, whoever starts it.
A few attacks of attacks.py, graded with `nbgrader autograde` and
`nbgrader generate_feedback` in a course of their own: the same scores and
flags as under ckl-grade, nothing they tried worked, nothing secret in their
feedback, the rest of the course unchanged, nothing left running.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from types import SimpleNamespace

import pytest
from catalogue import BY_STUDENT
from security_helpers import (
    ASSIGNMENT,
    CANARY,
    Listener,
    assert_contained,
    classroom,
    gradebook_outcome,
    leftovers,
    plant_secrets,
    require_sandbox,
    short_tmp,
    tree_digest,
)
from test_hostile_submissions import evil_kernelspec, write_submission

# one class graded once for the whole module (its fixture), on one xdist worker
pytestmark = [pytest.mark.slow, pytest.mark.sandbox, pytest.mark.xdist_group("security_nbgrader")]

SAMPLE = [
    "decoy",
    "a b",
    "linker",
    "mirror",
    "o'brien",
    # the records and the hidden tests (attacks_records.py, issue 20)
    "decoykeras",
    "historian",
    "zero",
    "overwriter",
    "latewriter",
    "framewalker",
]


@pytest.fixture(scope="module")
def serial(tmp_path_factory):
    require_sandbox()
    base = tmp_path_factory.mktemp("serial")
    ns = SimpleNamespace(
        base=base,
        course=classroom.make_course(base / "course"),
        tmp=short_tmp(),
        mark=base / "evil-kernel-started",
        listener=Listener(),
    )
    ns.jupyter = evil_kernelspec(base / "jupyter", ns.mark)
    plant_secrets(ns.course)
    for student in SAMPLE:
        write_submission(ns, BY_STUDENT[student])
    ns.before = tree_digest(ns.course)
    env = {
        **classroom.env(),
        "TMPDIR": str(ns.tmp),
        "JUPYTER_PATH": str(ns.jupyter),
        "CKL_CANARY": CANARY,
    }
    for step in (["autograde", ASSIGNMENT, "--create"], ["generate_feedback", ASSIGNMENT]):
        ns.result = subprocess.run(
            [sys.executable, "-m", "nbgrader", *step],
            cwd=ns.course,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert ns.result.returncode == 0, ns.result.stdout + ns.result.stderr
    ns.left = leftovers(str(base), str(ns.tmp))
    yield ns
    ns.listener.close()
    shutil.rmtree(ns.tmp, ignore_errors=True)


@pytest.mark.parametrize("student", SAMPLE)
def test_attack_under_nbgrader(serial, student):
    attack = BY_STUDENT[student]
    assert gradebook_outcome(serial.course, student) == (attack.score, set(attack.flagged))
    assert_contained(serial.course, student)


def test_nothing_else_changed_nor_left(serial):
    assert tree_digest(serial.course) == serial.before
    assert serial.left == []
    assert serial.listener.connections == 0
    assert not serial.mark.exists()
