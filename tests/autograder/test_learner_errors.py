"""Errors raised inside a learner's own code get a specific cause, with no table entry for them.

Each file in `learner_errors/` is one learner's answer cell, written for this test and
named by assignment and task (`01_concatenation__two_branches__<mistake>.py`); none is
in tests/grading/answers/, and no `causes=`/`known=` table or keras_errors rule names its
message. Graded in process with the assignment's real test cell (tests/grading/harness.py),
each must fail with a cause that is not a check's fallback sentence (the GENERIC list of
benchmarks/feedback_causes.py) and that matches its `# Cause:` line: the explanation comes
from the error and the learner's line (autograder/raised.py).
"""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = Path(__file__).resolve().parent / "learner_errors"
sys.path[:0] = [str(ROOT / "tests" / "grading"), str(ROOT / "benchmarks")]

import harness  # noqa: E402
from feedback_causes import cause_of, is_generic  # noqa: E402

_CAUSE = re.compile(r'^# Cause: "(?P<cause>.+)"$', re.M)
ANSWERS = sorted(FOLDER.glob("*.py"))


@functools.cache
def grader(assignment: str) -> harness.Grader:
    return harness.Grader(harness.load(assignment))


@pytest.mark.parametrize("path", ANSWERS, ids=[p.stem for p in ANSWERS])
def test_an_error_in_the_learners_code_gets_a_specific_cause(path):
    assignment, task, _ = path.stem.split("__")
    source = path.read_text()
    outcome = grader(assignment).grade(task, source)
    assert outcome.points == 0, f"{path.stem} passed"
    cause = cause_of(outcome.message)
    assert not is_generic(cause), outcome.message
    assert re.search(_CAUSE.search(source)["cause"], cause), outcome.message


def test_the_folder_holds_answers_for_several_assignments():
    assert len({p.stem.split("__")[0] for p in ANSWERS}) >= 4
    assert all(_CAUSE.search(p.read_text()) for p in ANSWERS)
