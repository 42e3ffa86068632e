"""The proof that grading is right (DESIGN.md), for every graded task.

For each task of each assignment in solutions/: the reference answer scores
full marks, the blank from exercises/ scores zero, every wrong answer under
tests/grading/answers/ loses the task's points with the message meant for it,
and every alternative correct answer scores full marks. Answers run against
the solution notebook's test cells, hidden tests included, exactly as nbgrader
autograde runs them (test_nbgrader_autograde.py shows the scores agree) — and
again against the visible part alone, the self-check a learner working on their
own runs: a wrong answer must not get its ✓ there, and gets the same message.
"""

from __future__ import annotations

import re
from functools import cache

import harness
import pytest

ASSIGNMENTS = sorted(p.name for p in (harness.ROOT / "solutions").iterdir() if p.is_dir())
TASKS = [(a, t) for a in ASSIGNMENTS for t in harness.load(a).tasks]
VARIANTS = [v for a in ASSIGNMENTS for v in harness.variants(a)]


@cache
def grader(assignment: str) -> harness.Grader:
    return harness.Grader(harness.load(assignment))


@pytest.mark.parametrize(("assignment", "task"), TASKS, ids=[f"{a}/{t}" for a, t in TASKS])
def test_reference_scores_full(assignment, task):
    g = grader(assignment)
    outcome = g.grade(task, g.assignment.tasks[task].answer)
    assert outcome.message == ""
    assert outcome.points == outcome.max_points > 0


@pytest.mark.parametrize(("assignment", "task"), TASKS, ids=[f"{a}/{t}" for a, t in TASKS])
def test_reference_passes_the_visible_check(assignment, task):
    g = grader(assignment)
    outcome = g.grade(task, g.assignment.tasks[task].answer, visible_only=True)
    assert outcome.message == ""


@pytest.mark.parametrize(("assignment", "task"), TASKS, ids=[f"{a}/{t}" for a, t in TASKS])
def test_blank_scores_zero(assignment, task):
    blank = harness.blank_answers(assignment)[task]
    assert "raise NotImplementedError()" in blank
    outcome = grader(assignment).grade(task, blank)
    assert outcome.points == 0
    assert re.search(r"is not written yet", outcome.message)


@pytest.mark.parametrize("visible_only", [False, True], ids=["full", "visible"])
@pytest.mark.parametrize("variant", VARIANTS, ids=[v.id for v in VARIANTS])
def test_answer_variant(variant, visible_only):
    outcome = grader(variant.assignment).grade(
        variant.task, variant.source, visible_only=visible_only
    )
    if variant.passes:
        assert outcome.message == ""
        assert outcome.points == outcome.max_points
    else:
        assert outcome.points == 0
        assert outcome.message.startswith("CheckFailed: ✗"), outcome.message
        assert re.search(variant.message, outcome.message), outcome.message
        for label in ("Expected:", "Received:", "Likely cause:", "Next step:"):
            assert label in outcome.message


@pytest.mark.parametrize(("assignment", "task"), TASKS, ids=[f"{a}/{t}" for a, t in TASKS])
def test_each_task_has_its_proof(assignment, task):
    """At least three wrong answers, each with a message of its own, and two alternatives."""
    mine = [v for v in VARIANTS if (v.assignment, v.task) == (assignment, task)]
    wrong = [v for v in mine if not v.passes]
    alternatives = [v for v in mine if v.passes]
    assert len(wrong) >= 3, f"{assignment}/{task}: {len(wrong)} wrong answers"
    assert len(alternatives) >= 2, f"{assignment}/{task}: {len(alternatives)} alternatives"
    assert all(v.path.name.startswith("wrong_") for v in wrong)
    assert all(v.path.name.startswith("alt_") for v in alternatives)
    assert len({v.message for v in wrong}) == len(wrong), "two wrong answers expect one message"
    # and no wrong answer's message would also match another's outcome
    for v in wrong:
        others = [w for w in wrong if w is not v]
        outcome = grader(assignment).grade(task, v.source)
        assert not any(re.search(w.message, outcome.message) for w in others), v.id


def test_answer_warning_reaches_stdout_not_stderr(capfd):
    """A Keras UserWarning raised by a correct answer is shown as a note, on stdout."""
    (variant,) = [v for v in VARIANTS if v.path.stem == "alt_sequential_branches_warning"]
    outcome = grader(variant.assignment).grade(variant.task, variant.source)
    assert outcome.points == outcome.max_points
    assert "Python warned: Do not pass an `input_shape`" in outcome.stdout
    assert capfd.readouterr().err == ""
